//! Corrections of a saved entry: what it held before, when and why (SPEC §5).

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};

use super::CodeError;
use super::rules::code_enum;

/// The kind of entry a correction changed: one row of one of the record's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// The meeting's own row: title, times, chair, households…
    Meeting,
    AgendaItem,
    Opinion,
    Vote,
}

code_enum!(EntryKind {
    EntryKind::Meeting => "meeting",
    EntryKind::AgendaItem => "agenda_item",
    EntryKind::Opinion => "opinion",
    EntryKind::Vote => "vote",
});

/// Which entry of the record: its kind and its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKey {
    Meeting,
    AgendaItem { item_no: u32 },
    Opinion { item_no: u32, turn_no: u32 },
    Vote { item_no: u32, vote_no: u32 },
}

impl EntryKey {
    /// The key of an entry of `kind` with these key numbers; `None` when they do not fit the
    /// kind (an item without number is an agenda item, not an opinion).
    pub fn new(kind: EntryKind, item_no: Option<u32>, number: Option<u32>) -> Option<EntryKey> {
        match (kind, item_no, number) {
            (EntryKind::Meeting, None, None) => Some(EntryKey::Meeting),
            (EntryKind::AgendaItem, Some(item_no), None) => Some(EntryKey::AgendaItem { item_no }),
            (EntryKind::Opinion, Some(item_no), Some(turn_no)) => {
                Some(EntryKey::Opinion { item_no, turn_no })
            }
            (EntryKind::Vote, Some(item_no), Some(vote_no)) => {
                Some(EntryKey::Vote { item_no, vote_no })
            }
            _ => None,
        }
    }

    pub fn kind(self) -> EntryKind {
        match self {
            EntryKey::Meeting => EntryKind::Meeting,
            EntryKey::AgendaItem { .. } => EntryKind::AgendaItem,
            EntryKey::Opinion { .. } => EntryKind::Opinion,
            EntryKey::Vote { .. } => EntryKind::Vote,
        }
    }

    /// The agenda item the entry belongs to (or is).
    pub fn item_no(self) -> Option<u32> {
        match self {
            EntryKey::Meeting => None,
            EntryKey::AgendaItem { item_no }
            | EntryKey::Opinion { item_no, .. }
            | EntryKey::Vote { item_no, .. } => Some(item_no),
        }
    }

    /// The turn_no of an opinion, the vote_no of a vote.
    pub fn number(self) -> Option<u32> {
        match self {
            EntryKey::Meeting | EntryKey::AgendaItem { .. } => None,
            EntryKey::Opinion { turn_no, .. } => Some(turn_no),
            EntryKey::Vote { vote_no, .. } => Some(vote_no),
        }
    }
}

/// One correction of a saved entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The entry as it is keyed after the correction (an opinion moved to another item is
    /// found under its new item and turn).
    pub entry: EntryKey,
    /// The entry's key before the correction: the same unless the correction moved it.
    pub was: EntryKey,
    pub at: DateTime<FixedOffset>,
    pub reason: String,
    /// What the entry held before, as the audit log keeps it: the columns of its file (but the
    /// meeting's id and what the rules compute) and the cell written there: `support`,
    /// `2022-06-12T09:10:00+07:00`, `25`.
    pub before: BTreeMap<String, String>,
}

/// What an entry held right after one of its corrections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After<'a> {
    /// What a later correction found before it changed the entry again.
    Corrected(&'a BTreeMap<String, String>),
    /// Nothing changed it since: the entry as the record has it now, at this key.
    Current(EntryKey),
}

/// The state of the entry right after `corrections[index]`: the next correction of the same
/// entry (the first later one whose `was` is this one's `entry`), else the entry as it is now.
/// `corrections` is in the order they were made.
pub fn after_correction(corrections: &[Correction], index: usize) -> After<'_> {
    let entry = corrections[index].entry;
    corrections[index + 1..]
        .iter()
        .find(|later| later.was == entry)
        .map_or(After::Current(entry), |later| {
            After::Corrected(&later.before)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_time;

    fn correction(entry: EntryKey, was: EntryKey, votes_for: &str) -> Correction {
        Correction {
            entry,
            was,
            at: parse_time("2022-06-12T09:20:00+07:00").unwrap(),
            reason: "đếm lại".into(),
            before: BTreeMap::from([("votes_for".to_owned(), votes_for.to_owned())]),
        }
    }

    #[test]
    fn keys_fit_their_kind() {
        assert_eq!(
            EntryKey::new(EntryKind::Meeting, None, None),
            Some(EntryKey::Meeting)
        );
        assert_eq!(
            EntryKey::new(EntryKind::AgendaItem, Some(2), None),
            Some(EntryKey::AgendaItem { item_no: 2 })
        );
        assert_eq!(EntryKey::new(EntryKind::AgendaItem, Some(2), Some(1)), None);
        assert_eq!(EntryKey::new(EntryKind::Vote, Some(2), None), None);
        assert_eq!(EntryKey::new(EntryKind::Meeting, Some(1), None), None);
        let key = EntryKey::Opinion {
            item_no: 1,
            turn_no: 3,
        };
        assert_eq!(
            EntryKey::new(key.kind(), key.item_no(), key.number()),
            Some(key)
        );
        assert_eq!("agenda_item".parse(), Ok(EntryKind::AgendaItem));
        assert!("queued_speaker".parse::<EntryKind>().is_err());
    }

    #[test]
    fn the_state_after_a_correction_is_what_the_next_one_found_or_the_current_entry() {
        let vote = EntryKey::Vote {
            item_no: 1,
            vote_no: 1,
        };
        let moved = EntryKey::Opinion {
            item_no: 2,
            turn_no: 1,
        };
        let from = EntryKey::Opinion {
            item_no: 1,
            turn_no: 3,
        };
        let log = [
            correction(vote, vote, "25"),
            correction(moved, from, "x"),
            correction(vote, vote, "24"),
        ];
        assert_eq!(after_correction(&log, 0), After::Corrected(&log[2].before));
        assert_eq!(after_correction(&log, 1), After::Current(moved));
        assert_eq!(after_correction(&log, 2), After::Current(vote));
    }
}
