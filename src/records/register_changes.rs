//! `register_changes.csv`: the history of the households' side of the record — households
//! corrected or marked as moved away, pledges corrected or removed — one row per field, as
//! `corrections.csv` keeps the history of the other files.
//!
//! A correction has a row per field it changed (old and new value); one that changed nothing
//! has one row with an empty `field`, so that its reason stays in the record. A household
//! that moved away, or a pledge removed, has a row for every field of the entry as it was, its
//! new value empty. Import walks back from the register and pledges as they are now, through
//! the changes, to what each entry held before.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, household_no, line, multiline, time};
use super::corrections::cells_of;
use super::de::deserialize_row;
use super::error::Problem;
use super::raw::{RawRow, RawTable};
use super::{HouseholdRow, ImportError, Part, PledgeRow, Table, columns};
use crate::domain::{
    AfterChange, ChangeAction, ChangedEntry, ChangedKind, MeetingId, MeetingRecord, Pledge,
    RegisterChange, after_change,
};

#[derive(Debug, Serialize, Deserialize)]
pub struct RegisterChangeRow {
    pub meeting_id: MeetingId,
    /// 1, 2, … in the order the changes were made; the rows of one change share it.
    pub change_no: Ordinal,
    #[serde(with = "time")]
    pub changed_at: DateTime<FixedOffset>,
    pub entity: ChangedKind,
    /// The item of a pledge; empty for a household.
    pub item_no: Option<Ordinal>,
    #[serde(with = "household_no")]
    pub household_no: Cow<'static, str>,
    pub action: ChangeAction,
    /// The column of the entry's file; empty for a correction that changed nothing.
    #[serde(with = "line")]
    pub field: Cow<'static, str>,
    #[serde(with = "line")]
    pub old_value: Cow<'static, str>,
    #[serde(with = "line")]
    pub new_value: Cow<'static, str>,
    #[serde(with = "multiline")]
    pub reason: Cow<'static, str>,
}

impl Table for RegisterChangeRow {
    const FILE: &'static str = "register_changes.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::RegisterChange {
            change_no: self.change_no.0,
        }
    }
}

/// The columns of an entry's file that name it rather than hold it.
const KEYS: &[&str] = &["meeting_id", "household_no", "item_no"];

/// The file whose row an entry of `kind` is.
fn file_of(kind: ChangedKind) -> &'static str {
    match kind {
        ChangedKind::Household => HouseholdRow::FILE,
        ChangedKind::Pledge => PledgeRow::FILE,
    }
}

/// The columns of the file whose row an entry of `kind` is.
fn file_columns(kind: ChangedKind) -> &'static [&'static str] {
    match kind {
        ChangedKind::Household => columns::<HouseholdRow<'static>>(),
        ChangedKind::Pledge => columns::<PledgeRow<'static>>(),
    }
}

/// The columns of an entry of `kind` a change keeps, in the order of its file.
fn kept_columns(kind: ChangedKind) -> impl Iterator<Item = &'static str> {
    file_columns(kind)
        .iter()
        .copied()
        .filter(|column| !KEYS.contains(column))
}

/// Of a row's cells, those a change keeps.
fn kept(mut cells: BTreeMap<String, String>) -> BTreeMap<String, String> {
    cells.retain(|column, _| !KEYS.contains(&column.as_str()));
    cells
}

/// The cells of the household or pledge `entry` as the record has it now, as a change keeps
/// them; `None` if the record has no such entry.
pub fn current_entry_cells(
    record: &MeetingRecord,
    entry: &ChangedEntry,
) -> Option<BTreeMap<String, String>> {
    let cells = match entry {
        ChangedEntry::Household { household_no } => record
            .households
            .iter()
            .find(|h| &h.household_no == household_no)
            .map(|h| cells_of(&HouseholdRow::new(h, 0)))?,
        ChangedEntry::Pledge {
            item_no,
            household_no,
        } => {
            return record
                .pledges
                .iter()
                .find(|p| p.item_no == *item_no && &p.household_no == household_no)
                .map(pledge_cells);
        }
    };
    Some(kept(cells))
}

/// The cells of a pledge as a change keeps them: its row but its keys.
pub fn pledge_cells(pledge: &Pledge) -> BTreeMap<String, String> {
    kept(cells_of(&PledgeRow::new(pledge, 0)))
}

/// The rows of `register_changes.csv` for a record.
pub fn register_change_rows(
    record: &MeetingRecord,
    meeting_id: MeetingId,
) -> Vec<RegisterChangeRow> {
    let mut rows = Vec::new();
    for (index, change) in record.register_changes.iter().enumerate() {
        let row = |field: &'static str, old: &str, new: &str| RegisterChangeRow {
            meeting_id,
            change_no: Ordinal(u32::try_from(index + 1).unwrap_or(u32::MAX)),
            changed_at: change.at,
            entity: change.entry.kind(),
            item_no: change.entry.item_no().map(Ordinal),
            household_no: Cow::Owned(change.entry.household_no().to_owned()),
            action: change.action,
            field: Cow::Borrowed(field),
            old_value: Cow::Owned(old.to_owned()),
            new_value: Cow::Owned(new.to_owned()),
            reason: Cow::Owned(change.reason.clone()),
        };
        let old = |column: &str| change.before.get(column).map_or("", String::as_str);
        let kind = change.entry.kind();
        let current;
        let after = match after_change(&record.register_changes, index) {
            AfterChange::Gone => {
                rows.extend(kept_columns(kind).map(|column| row(column, old(column), "")));
                continue;
            }
            AfterChange::Changed(cells) => Some(cells),
            AfterChange::Current => {
                current = current_entry_cells(record, &change.entry);
                current.as_ref()
            }
        };
        let first = rows.len();
        for column in kept_columns(kind) {
            let new = after
                .and_then(|cells| cells.get(column))
                .map_or("", String::as_str);
            if old(column) != new {
                rows.push(row(column, old(column), new));
            }
        }
        if rows.len() == first {
            rows.push(row("", "", ""));
        }
    }
    rows
}

/// One change as the file has it: its first row and, per row, the field and its values.
struct Listed<'r> {
    first: &'r RawRow,
    row: RegisterChangeRow,
    entry: ChangedEntry,
    changes: Vec<(&'r RawRow, RegisterChangeRow)>,
}

/// Reads `register_changes.csv` against the record it belongs to (its register and pledges
/// as they are now) and rebuilds what each changed entry held before each change. Refuses a
/// file whose new values are not what the entries hold after the changes, a correction of a
/// household or pledge that is not there, and old values its file would not take.
pub(super) fn read_register_changes(
    bytes: &[u8],
    record: &MeetingRecord,
    meeting_id: MeetingId,
) -> Result<Vec<RegisterChange>, ImportError> {
    let table = RawTable::read::<RegisterChangeRow>(bytes)?;
    let listed = list_changes(&table, meeting_id)?;
    for change in &listed {
        check_fields(&table, change)?;
    }
    rebuild(&table, &listed, record)
}

fn list_changes(table: &RawTable, meeting_id: MeetingId) -> Result<Vec<Listed<'_>>, ImportError> {
    let mut listed: Vec<Listed<'_>> = Vec::new();
    for raw in &table.rows {
        let row: RegisterChangeRow = table.deserialize(raw)?;
        if row.meeting_id != meeting_id {
            return Err(table.error(
                raw.line,
                Some("meeting_id"),
                Problem::OtherMeeting {
                    found: row.meeting_id,
                    expected: meeting_id,
                },
            ));
        }
        match listed.last_mut() {
            Some(last) if last.row.change_no == row.change_no => {
                let differing = [
                    ("changed_at", last.row.changed_at != row.changed_at),
                    ("entity", last.row.entity != row.entity),
                    ("item_no", last.row.item_no != row.item_no),
                    ("household_no", last.row.household_no != row.household_no),
                    ("action", last.row.action != row.action),
                    ("reason", last.row.reason != row.reason),
                ];
                if let Some((column, _)) = differing.iter().find(|(_, differs)| *differs) {
                    return Err(table.error(
                        raw.line,
                        Some(column),
                        Problem::CorrectionDiffers {
                            correction_no: row.change_no.0,
                            first_line: last.first.line,
                        },
                    ));
                }
                last.changes.push((raw, row));
            }
            _ => {
                let expected = u32::try_from(listed.len() + 1).unwrap_or(u32::MAX);
                if row.change_no.0 != expected {
                    return Err(table.error(
                        raw.line,
                        Some("change_no"),
                        Problem::CorrectionOutOfOrder {
                            found: row.change_no.0,
                            expected,
                        },
                    ));
                }
                let household_no = row.household_no.to_string();
                let entry = match (row.entity, row.item_no) {
                    (ChangedKind::Household, None) => ChangedEntry::Household { household_no },
                    (ChangedKind::Pledge, Some(item_no)) => ChangedEntry::Pledge {
                        item_no: item_no.0,
                        household_no,
                    },
                    (entity, _) => {
                        return Err(table.error(
                            raw.line,
                            Some("item_no"),
                            Problem::ChangeDoesNotFit {
                                entity,
                                action: row.action,
                            },
                        ));
                    }
                };
                if !row.action.fits(row.entity) {
                    return Err(table.error(
                        raw.line,
                        Some("action"),
                        Problem::ChangeDoesNotFit {
                            entity: row.entity,
                            action: row.action,
                        },
                    ));
                }
                let first = RegisterChangeRow {
                    household_no: row.household_no.clone(),
                    field: Cow::Borrowed(""),
                    old_value: Cow::Borrowed(""),
                    new_value: Cow::Borrowed(""),
                    reason: row.reason.clone(),
                    ..row
                };
                listed.push(Listed {
                    first: raw,
                    row: first,
                    entry,
                    changes: vec![(raw, row)],
                });
            }
        }
    }
    Ok(listed)
}

/// A correction names columns its entry's file has, each once (an empty field is its only
/// row); a change that ended its entry names every column once, with no new value.
fn check_fields(table: &RawTable, change: &Listed<'_>) -> Result<(), ImportError> {
    let kind = change.entry.kind();
    let ends = change.row.action.ends_entry();
    let mut seen: Vec<&str> = Vec::new();
    for (raw, row) in &change.changes {
        let field = row.field.as_ref();
        let problem = if field.is_empty() && !ends {
            (change.changes.len() > 1 || !row.old_value.is_empty() || !row.new_value.is_empty())
                .then_some(Problem::EmptyField)
        } else if !kept_columns(kind).any(|column| column == field) {
            Some(Problem::NotAField {
                found: field.to_owned(),
                file: file_of(kind),
            })
        } else if seen.contains(&field) {
            Some(Problem::FieldTwice(field.to_owned()))
        } else if ends && !row.new_value.is_empty() {
            Some(Problem::EndedEntryRows {
                field: field.to_owned(),
            })
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(table.error(raw.line, Some("field"), problem));
        }
        seen.push(field);
    }
    if ends && let Some(missing) = kept_columns(kind).find(|column| !seen.contains(column)) {
        return Err(table.error(
            change.first.line,
            Some("field"),
            Problem::EndedEntryRows {
                field: missing.to_owned(),
            },
        ));
    }
    Ok(())
}

/// What each changed entry held before each change, walking from the register and pledges
/// as they are now back to the first change.
fn rebuild(
    table: &RawTable,
    listed: &[Listed<'_>],
    record: &MeetingRecord,
) -> Result<Vec<RegisterChange>, ImportError> {
    let mut state: HashMap<ChangedEntry, BTreeMap<String, String>> = HashMap::new();
    let mut changes = Vec::with_capacity(listed.len());
    for change in listed.iter().rev() {
        let entry = &change.entry;
        let before = if change.row.action.ends_entry() {
            change
                .changes
                .iter()
                .map(|(_, row)| (row.field.to_string(), row.old_value.to_string()))
                .collect()
        } else {
            let Some(mut cells) = state
                .remove(entry)
                .or_else(|| current_entry_cells(record, entry))
            else {
                return Err(table.error(
                    change.first.line,
                    Some("household_no"),
                    Problem::NoSuchEntry {
                        file: file_of(entry.kind()),
                    },
                ));
            };
            for (raw, row) in &change.changes {
                if row.field.is_empty() {
                    continue;
                }
                let held = cells.get(row.field.as_ref()).map_or("", String::as_str);
                if held != row.new_value {
                    return Err(table.error(
                        raw.line,
                        Some("new_value"),
                        Problem::NewValueDiffers {
                            found: row.new_value.to_string(),
                            held: held.to_owned(),
                        },
                    ));
                }
                cells.insert(row.field.to_string(), row.old_value.to_string());
            }
            cells
        };
        check_old_values(table, change, &before)?;
        state.insert(entry.clone(), before.clone());
        changes.push(RegisterChange {
            entry: entry.clone(),
            action: change.row.action,
            at: change.row.changed_at,
            reason: change.row.reason.to_string(),
            before,
        });
    }
    changes.reverse();
    Ok(changes)
}

/// What an entry held before a change reads as a row of its own file would: a number of
/// members, a length, a consent, a time where those go.
fn check_old_values(
    table: &RawTable,
    change: &Listed<'_>,
    before: &BTreeMap<String, String>,
) -> Result<(), ImportError> {
    let kind = change.entry.kind();
    let all = file_columns(kind);
    let cells: Vec<String> = all
        .iter()
        .map(|&column| match column {
            "meeting_id" => "0".to_owned(),
            "household_no" => change.entry.household_no().to_owned(),
            "item_no" => change.entry.item_no().unwrap_or(1).to_string(),
            other => before.get(other).cloned().unwrap_or_default(),
        })
        .collect();
    let problem = match kind {
        ChangedKind::Household => deserialize_row::<HouseholdRow<'static>>(&cells)
            .map(drop)
            .map_err(|e| (e.column, e.problem)),
        ChangedKind::Pledge => deserialize_row::<PledgeRow<'static>>(&cells)
            .map_err(|e| (e.column, e.problem))
            .and_then(|row| {
                let column = |name| all.iter().position(|&c| c == name);
                row.check()
                    .map(drop)
                    .map_err(|(name, problem)| (column(name), problem))
            }),
    };
    let Err((column, problem)) = problem else {
        return Ok(());
    };
    // The row of the field at fault, else the change's first.
    let field = column.and_then(|i| all.get(i).copied());
    let raw = change
        .changes
        .iter()
        .find(|(_, row)| Some(row.field.as_ref()) == field)
        .map_or(change.first, |(raw, _)| *raw);
    Err(table.error(raw.line, Some("old_value"), problem))
}
