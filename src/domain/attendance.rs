//! Attendance (điểm danh, SPEC §10): with a register, presence is a list — each household signs
//! in with its representative — and the number present at any moment is counted from it.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};

use super::CodeError;
use super::rules::code_enum;

/// Who represents a household (Decree 59/2023 Art. 3(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Standing {
    /// The head of the household (chủ hộ).
    #[default]
    Head,
    /// A member the household nominated (thành viên được hộ cử).
    Member,
    /// A person the household authorised (người được ủy quyền); the note says by whom.
    Proxy,
}

code_enum!(Standing {
    Standing::Head => "head",
    Standing::Member => "member",
    Standing::Proxy => "proxy",
});

impl Standing {
    pub const ALL: [Standing; 3] = [Standing::Head, Standing::Member, Standing::Proxy];

    /// The next standing, for the one key that changes it: head → member → proxy → head.
    pub fn next(self) -> Standing {
        match self {
            Standing::Head => Standing::Member,
            Standing::Member => Standing::Proxy,
            Standing::Proxy => Standing::Head,
        }
    }
}

/// One stay of a household at the meeting, from its arrival: a household that leaves and
/// comes back after a vote has one for each time, never two at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    pub household_no: String,
    /// Who came for the household: its head unless another was named.
    pub representative_name: String,
    pub standing: Standing,
    pub arrived_at: DateTime<FixedOffset>,
    /// When the representative left; `None` while present.
    pub left_at: Option<DateTime<FixedOffset>>,
    /// For a proxy, whose proxy it is.
    pub note: String,
}

impl Attendance {
    pub fn is_present(&self) -> bool {
        self.left_at.is_none()
    }

    /// Present at `at`: arrived then or before, and not yet left (one who leaves at a vote's
    /// second is not counted in it).
    pub fn is_present_at(&self, at: DateTime<FixedOffset>) -> bool {
        self.arrived_at <= at && self.left_at.is_none_or(|left| at < left)
    }
}

/// Households present now: signed in and not left.
pub fn present_now(attendance: &[Attendance]) -> u32 {
    count(attendance.iter().filter(|a| a.is_present()))
}

/// Households present at `at`, as a vote taken then counts them.
pub fn present_at(attendance: &[Attendance], at: DateTime<FixedOffset>) -> u32 {
    count(attendance.iter().filter(|a| a.is_present_at(at)))
}

fn count<'a>(present: impl Iterator<Item = &'a Attendance>) -> u32 {
    u32::try_from(present.count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-06-12T{hm}:00+07:00")).unwrap()
    }

    fn signed_in(no: &str, arrived: &str, left: Option<&str>) -> Attendance {
        Attendance {
            household_no: no.into(),
            representative_name: "Nguyễn Văn A".into(),
            standing: Standing::Head,
            arrived_at: time(arrived),
            left_at: left.map(time),
            note: String::new(),
        }
    }

    #[test]
    fn presence_at_a_time_counts_who_had_arrived_and_had_not_left() {
        let list = [
            signed_in("1", "07:50", None),
            signed_in("2", "08:05", Some("09:10")),
            signed_in("3", "09:00", None),
        ];
        assert_eq!(present_at(&list, time("07:49")), 0);
        assert_eq!(present_at(&list, time("07:50")), 1);
        assert_eq!(present_at(&list, time("09:00")), 3);
        // Leaving at the vote's minute: not counted in it.
        assert_eq!(present_at(&list, time("09:10")), 2);
        assert_eq!(present_now(&list), 2);
    }

    #[test]
    fn standings_have_codes_and_turn_round() {
        assert_eq!("proxy".parse::<Standing>(), Ok(Standing::Proxy));
        assert!("chủ hộ".parse::<Standing>().is_err());
        assert_eq!(Standing::Head.next().next().next(), Standing::Head);
        for standing in Standing::ALL {
            assert_eq!(standing.code().parse::<Standing>(), Ok(standing));
        }
    }
}
