//! The register of the residential group (danh sách hộ gia đình, SPEC §9) and the search a
//! secretary types into at the door: any part of the number, the address or the head's name,
//! accents optional.

use super::suggest::fold;

/// One household of the register, as the meeting holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Household {
    /// The group's own number or code ("27-014"), unique in the meeting.
    pub household_no: String,
    /// House number and alley: "K19/4 Phú Lộc 10".
    pub address: String,
    /// The head of the household (chủ hộ).
    pub head_name: String,
    /// Number of people, when the group's list says.
    pub members: Option<u32>,
    pub phone: String,
    pub note: String,
}

/// The longest number a register may give a household, in characters: a number is a row's
/// identity in the files, not a text.
pub const MAX_NUMBER_CHARS: usize = 20;

/// Whether `household_no` can number a household: not empty, at most [`MAX_NUMBER_CHARS`].
pub fn is_household_no(household_no: &str) -> bool {
    !household_no.is_empty() && household_no.chars().count() <= MAX_NUMBER_CHARS
}

impl Household {
    /// "27-014 · K19/4 Phú Lộc 10 · Nguyễn Văn Tám".
    pub fn label(&self) -> String {
        format!(
            "{} · {} · {}",
            self.household_no, self.address, self.head_name
        )
    }
}

/// An address as two writings of it are compared: folded (no case, no accents) and without
/// what follows its first comma, so that "K19/4 Phú Lộc 10, tổ 27" as a speaker gave it is the
/// address "K19/4 Phú Lộc 10" of the register.
pub fn address_key(address: &str) -> String {
    let folded = fold(address);
    match folded.split_once(',') {
        Some((house, _)) => house.trim_end().to_owned(),
        None => folded,
    }
}

/// The households of a register prepared for searching as each key is typed: their folded
/// texts are computed once, not per key.
#[derive(Debug, Clone, Default)]
pub struct RegisterIndex {
    entries: Vec<Folded>,
}

#[derive(Debug, Clone)]
struct Folded {
    number: String,
    address: String,
    name: String,
    /// Number, address and name in lower case with their accents: what is typed with accents
    /// finds those written so first.
    accented: String,
}

/// How well a household matches what was typed; lower comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The number typed exactly.
    Number,
    /// The number starts with what was typed.
    NumberStart,
    /// The first word typed starts the head's name or the address.
    Start,
    /// Every word typed is somewhere in the household's texts.
    Inside,
}

impl RegisterIndex {
    pub fn new(households: &[Household]) -> RegisterIndex {
        RegisterIndex {
            entries: households
                .iter()
                .map(|h| Folded {
                    number: fold(&h.household_no),
                    address: fold(&h.address),
                    name: fold(&h.head_name),
                    accented: format!("{} {} {}", h.household_no, h.address, h.head_name)
                        .to_lowercase(),
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The households matching `typed`, as indexes into the register it was built from, best
    /// first and at most `limit`: every word typed must be part of the number, the address or
    /// the head's name ("tam" finds "Tám", "19/4" finds "K19/4 Phú Lộc 10", "k19 tam" finds
    /// both at once). A household whose number is typed exactly comes first, then those whose
    /// number starts with the first word, then those whose name or address has a word
    /// starting with it; otherwise the register's order is kept. Typed with accents, those
    /// written with the same accents come before the others ("tâm" finds Trần Thị Tâm before
    /// Nguyễn Văn Tám). Nothing typed: nothing found.
    pub fn find(&self, typed: &str, limit: usize) -> Vec<usize> {
        let words: Vec<String> = typed.split_whitespace().map(fold).collect();
        let accented: Vec<String> = if typed.is_ascii() {
            Vec::new()
        } else {
            typed.split_whitespace().map(str::to_lowercase).collect()
        };
        let Some(first) = words.first() else {
            return Vec::new();
        };
        let mut found: Vec<((bool, Rank), usize)> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            let inside = |word: &String| {
                entry.number.contains(word.as_str())
                    || entry.address.contains(word.as_str())
                    || entry.name.contains(word.as_str())
            };
            if !words.iter().all(inside) {
                continue;
            }
            let starts = |text: &str| text.split(' ').any(|part| part.starts_with(first.as_str()));
            let rank = if words.len() == 1 && entry.number == *first {
                Rank::Number
            } else if entry.number.starts_with(first.as_str()) {
                Rank::NumberStart
            } else if starts(&entry.name) || starts(&entry.address) {
                Rank::Start
            } else {
                Rank::Inside
            };
            let other_accents = !accented
                .iter()
                .all(|word| entry.accented.contains(word.as_str()));
            found.push(((other_accents, rank), index));
        }
        // Stable: equal ranks keep the register's order.
        found.sort_by_key(|(rank, _)| *rank);
        found.truncate(limit);
        found.into_iter().map(|(_, index)| index).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn household(no: &str, address: &str, head: &str) -> Household {
        Household {
            household_no: no.into(),
            address: address.into(),
            head_name: head.into(),
            members: None,
            phone: String::new(),
            note: String::new(),
        }
    }

    fn register() -> Vec<Household> {
        vec![
            household("1", "K19/2 Phú Lộc 10", "Lê Văn Hùng"),
            household("2", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám"),
            household("12", "K19/14 Phú Lộc 10", "Trần Thị Tâm"),
            household("21", "K21/1 Phú Lộc 10", "Phạm Minh Tuấn"),
        ]
    }

    fn found(typed: &str) -> Vec<String> {
        let register = register();
        RegisterIndex::new(&register)
            .find(typed, 10)
            .into_iter()
            .map(|i| register[i].household_no.clone())
            .collect()
    }

    #[test]
    fn any_part_of_number_address_or_name_finds_accents_optional() {
        assert_eq!(found("tam"), ["2", "12"]);
        // Typed with its accent, the one written so comes first.
        assert_eq!(found("TÁM"), ["2", "12"]);
        assert_eq!(found("tâm"), ["12", "2"]);
        assert_eq!(found("19/4"), ["2"]);
        assert_eq!(found("k19 tam"), ["2", "12"]);
        assert_eq!(found("tuan"), ["21"]);
        assert_eq!(found("xyz"), Vec::<String>::new());
        assert_eq!(found("  "), Vec::<String>::new());
    }

    #[test]
    fn a_number_typed_exactly_comes_first_then_names_and_addresses_starting_with_it() {
        // "2" is household 2; it is also inside 12, 21 and every "K19/2…" address.
        assert_eq!(found("2"), ["2", "21", "1", "12"]);
        assert_eq!(found("hung"), ["1"]);
    }

    #[test]
    fn at_most_the_limit_is_returned() {
        let register = register();
        assert_eq!(RegisterIndex::new(&register).find("phu loc", 2).len(), 2);
    }

    #[test]
    fn an_address_with_its_group_after_a_comma_is_the_same_address() {
        assert_eq!(
            address_key("K19/4 Phú Lộc 10, tổ 27"),
            address_key("k19/4 phu loc 10")
        );
        assert_ne!(
            address_key("K19/4 Phú Lộc 10"),
            address_key("K19/14 Phú Lộc 10")
        );
        assert_eq!(address_key(""), "");
    }

    #[test]
    fn the_label_names_number_address_and_head() {
        assert_eq!(
            household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám").label(),
            "27-014 · K19/4 Phú Lộc 10 · Nguyễn Văn Tám"
        );
    }
}
