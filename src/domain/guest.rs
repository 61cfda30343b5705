//! Guests and officials present (đại biểu tham dự): people who attend the meeting without being
//! a household of the residential group — the ward People's Committee, the Fatherland Front,
//! the mass organisations.

/// One guest, in the order the secretary listed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guest {
    /// 1, 2, … in the order they were added; kept when an earlier guest is removed.
    pub guest_no: u32,
    pub name: String,
    /// Position and organisation: "Phó Chủ tịch UBND phường".
    pub role: String,
}

impl Guest {
    /// "Nguyễn Văn A — Phó Chủ tịch UBND phường", or the name alone when no role was given.
    pub fn label(&self) -> String {
        if self.role.is_empty() {
            self.name.clone()
        } else {
            format!("{} — {}", self.name, self.role)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_joins_name_and_role_and_leaves_out_a_missing_role() {
        let guest = Guest {
            guest_no: 1,
            name: "Nguyễn Văn A".into(),
            role: "Phó Chủ tịch UBND phường".into(),
        };
        assert_eq!(guest.label(), "Nguyễn Văn A — Phó Chủ tịch UBND phường");
        let no_role = Guest {
            role: String::new(),
            ..guest
        };
        assert_eq!(no_role.label(), "Nguyễn Văn A");
    }
}
