//! Changes to the households' side of the record (SPEC §9, §11): a household of the register
//! corrected or marked as moved away, a land pledge corrected or removed. Like a correction of
//! an opinion or a vote (SPEC §5), each keeps what the entry held before, when and why.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};

use super::CodeError;
use super::rules::code_enum;

/// The kind of entry a change concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangedKind {
    /// A household of the register: a row of `households.csv`.
    Household,
    /// A household's land pledge on an item: a row of `pledges.csv`.
    Pledge,
}

code_enum!(ChangedKind {
    ChangedKind::Household => "household",
    ChangedKind::Pledge => "pledge",
});

/// What the change did to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeAction {
    /// Some of its fields were corrected; the entry stays.
    Correct,
    /// The household left the register: it has moved away.
    MovedAway,
    /// The pledge was recorded by mistake and taken out.
    Removed,
}

code_enum!(ChangeAction {
    ChangeAction::Correct => "correct",
    ChangeAction::MovedAway => "moved_away",
    ChangeAction::Removed => "removed",
});

impl ChangeAction {
    /// Whether the entry is gone after the change.
    pub fn ends_entry(self) -> bool {
        matches!(self, ChangeAction::MovedAway | ChangeAction::Removed)
    }

    /// Whether a change of this action can concern an entry of `kind`: a household moves
    /// away, a pledge is removed, and both are corrected.
    pub fn fits(self, kind: ChangedKind) -> bool {
        matches!(
            (kind, self),
            (_, ChangeAction::Correct)
                | (ChangedKind::Household, ChangeAction::MovedAway)
                | (ChangedKind::Pledge, ChangeAction::Removed)
        )
    }
}

/// Which household or pledge, by the household's number in the register (and the item).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangedEntry {
    Household { household_no: String },
    Pledge { item_no: u32, household_no: String },
}

impl ChangedEntry {
    pub fn kind(&self) -> ChangedKind {
        match self {
            ChangedEntry::Household { .. } => ChangedKind::Household,
            ChangedEntry::Pledge { .. } => ChangedKind::Pledge,
        }
    }

    pub fn household_no(&self) -> &str {
        match self {
            ChangedEntry::Household { household_no }
            | ChangedEntry::Pledge { household_no, .. } => household_no,
        }
    }

    /// The item of a pledge.
    pub fn item_no(&self) -> Option<u32> {
        match self {
            ChangedEntry::Household { .. } => None,
            ChangedEntry::Pledge { item_no, .. } => Some(*item_no),
        }
    }
}

/// One change of a household or a pledge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterChange {
    pub entry: ChangedEntry,
    pub action: ChangeAction,
    pub at: DateTime<FixedOffset>,
    pub reason: String,
    /// What the entry held before, by the columns of its file but its keys (meeting_id,
    /// household_no, item_no), as the file writes each cell: `K19/4 Phú Lộc 10`, `2.50`.
    pub before: BTreeMap<String, String>,
}

/// What the entry of `changes[index]` held right after it: what the next change of the same
/// entry found, `None` if this change ended the entry (and nothing later is about it), else
/// `Current` (the entry as the record has it now).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterChange<'a> {
    Changed(&'a BTreeMap<String, String>),
    Gone,
    Current,
}

/// The state of the entry right after `changes[index]`; `changes` is in the order they were
/// made. A household marked as moved away and added again later starts over: nothing follows
/// the change that ended it.
pub fn after_change(changes: &[RegisterChange], index: usize) -> AfterChange<'_> {
    let change = &changes[index];
    if change.action.ends_entry() {
        return AfterChange::Gone;
    }
    changes[index + 1..]
        .iter()
        .find(|later| later.entry == change.entry)
        .map_or(AfterChange::Current, |later| {
            AfterChange::Changed(&later.before)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_time;

    fn change(household_no: &str, action: ChangeAction, address: &str) -> RegisterChange {
        RegisterChange {
            entry: ChangedEntry::Household {
                household_no: household_no.into(),
            },
            action,
            at: parse_time("2022-06-12T08:20:00+07:00").unwrap(),
            reason: "ghi nhầm".into(),
            before: BTreeMap::from([("address".to_owned(), address.to_owned())]),
        }
    }

    #[test]
    fn households_move_away_and_pledges_are_removed() {
        assert!(ChangeAction::MovedAway.fits(ChangedKind::Household));
        assert!(!ChangeAction::MovedAway.fits(ChangedKind::Pledge));
        assert!(ChangeAction::Removed.fits(ChangedKind::Pledge));
        assert!(!ChangeAction::Removed.fits(ChangedKind::Household));
        assert!(ChangeAction::Correct.fits(ChangedKind::Pledge));
        assert_eq!("moved_away".parse(), Ok(ChangeAction::MovedAway));
        assert_eq!(ChangedKind::Pledge.code(), "pledge");
    }

    #[test]
    fn a_change_is_followed_by_the_next_of_the_same_entry_or_the_entry_as_it_is() {
        let changes = [
            change("1", ChangeAction::Correct, "K19/1"),
            change("2", ChangeAction::Correct, "K19/2"),
            change("1", ChangeAction::Correct, "K19/1a"),
            change("2", ChangeAction::MovedAway, "K19/2a"),
        ];
        assert_eq!(
            after_change(&changes, 0),
            AfterChange::Changed(&changes[2].before)
        );
        assert_eq!(
            after_change(&changes, 1),
            AfterChange::Changed(&changes[3].before)
        );
        assert_eq!(after_change(&changes, 2), AfterChange::Current);
        assert_eq!(after_change(&changes, 3), AfterChange::Gone);
    }
}
