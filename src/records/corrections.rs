//! `corrections.csv`: the history of corrections, one row per field a correction changed.
//!
//! The audit log keeps what an entry held before each correction; the new value of a field is
//! what the next correction of the same entry found, or the entry as it is now. A correction that
//! changed no field is one row with an empty `field`, so that its reason stays in the record.
//! Import walks the other way: from the entries as they are now, back through the corrections,
//! to what each one held before.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, line, multiline, time};
use super::raw::{RawRow, RawTable};
use super::{
    AgendaRow, ImportError, ImportProblem, MeetingRow, OpinionRow, Part, Table, VoteRow,
    unguard_text,
};
use crate::domain::text::clean_line;
use crate::domain::{
    After, Correction, EntryKey, EntryKind, MeetingId, MeetingRecord, Opinion, after_correction,
};

#[derive(Debug, Serialize, Deserialize)]
pub struct CorrectionRow {
    pub meeting_id: MeetingId,
    /// 1, 2, … in the order the corrections were made; the rows of one correction share it.
    pub correction_no: Ordinal,
    #[serde(with = "time")]
    pub corrected_at: DateTime<FixedOffset>,
    pub entity: EntryKind,
    pub item_no: Option<Ordinal>,
    /// The turn_no of an opinion, the vote_no of a vote.
    pub number: Option<Ordinal>,
    /// The column of the entry's file; empty for a correction that changed nothing.
    #[serde(with = "line")]
    pub field: Cow<'static, str>,
    #[serde(with = "multiline")]
    pub old_value: Cow<'static, str>,
    #[serde(with = "multiline")]
    pub new_value: Cow<'static, str>,
    #[serde(with = "multiline")]
    pub reason: Cow<'static, str>,
}

impl Table for CorrectionRow {
    const FILE: &'static str = "corrections.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Correction {
            correction_no: self.correction_no.0,
        }
    }
}

/// Columns the audit log does not keep with an entry: the meeting's id (the database's) and
/// what the rules compute from a vote's counts.
const NOT_KEPT: &[&str] = &["meeting_id", "not_voting", "result"];

/// The count of a vote's corrections, which each correction raises by one: kept with the entry,
/// never a change of its own.
const CORRECTIONS: &str = "corrections";

/// The columns whose cells may span several lines; every other value is one line.
const MULTILINE_COLUMNS: &[&str] = &["description", "opinion"];

/// The columns of the meeting's details, what a correction of the meeting changes. Attendance,
/// the end and the status change on their own during the meeting: they are never part of one.
const MEETING_DETAILS: &[&str] = &[
    "title",
    "ward",
    "residential_group",
    "location",
    "started_at",
    "chair",
    "chair_title",
    "secretary",
    "households_total",
];

/// The columns a correction of an entry of `kind` can change, in the order of its file.
fn corrected_columns(kind: EntryKind) -> impl Iterator<Item = &'static str> {
    let columns = match kind {
        EntryKind::Meeting => MEETING_DETAILS,
        EntryKind::AgendaItem => super::columns::<AgendaRow<'static>>(),
        EntryKind::Opinion => super::columns::<OpinionRow<'static>>(),
        EntryKind::Vote => super::columns::<VoteRow>(),
    };
    columns
        .iter()
        .copied()
        .filter(|column| !NOT_KEPT.contains(column) && *column != CORRECTIONS)
}

/// The file whose row an entry of `kind` is.
fn file_of(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Meeting => MeetingRow::FILE,
        EntryKind::AgendaItem => AgendaRow::FILE,
        EntryKind::Opinion => OpinionRow::FILE,
        EntryKind::Vote => VoteRow::FILE,
    }
}

/// The cells of an entry of the record as its file writes them, by column, as the audit log
/// keeps an entry (without [`NOT_KEPT`]); `None` if the record has no such entry.
pub fn current_cells(record: &MeetingRecord, key: EntryKey) -> Option<BTreeMap<String, String>> {
    let mut cells = match key {
        EntryKey::Meeting => cells_of(&MeetingRow::new(&record.meeting, 0)),
        EntryKey::AgendaItem { item_no } => record
            .agenda
            .iter()
            .find(|item| item.item_no == item_no)
            .map(|item| cells_of(&AgendaRow::new(item, 0)))?,
        EntryKey::Opinion { item_no, turn_no } => {
            return record
                .opinions
                .iter()
                .find(|o| o.item_no == item_no && o.turn_no == turn_no)
                .map(opinion_cells);
        }
        EntryKey::Vote { item_no, vote_no } => record
            .votes
            .iter()
            .find(|v| v.item_no == item_no && v.vote_no == vote_no)
            .map(|v| cells_of(&VoteRow::new(v, 0)))?,
    };
    for column in NOT_KEPT {
        cells.remove(*column);
    }
    retain_correctable(key.kind(), &mut cells);
    Some(cells)
}

/// Keeps of an entry's cells those a correction of it may change and what names it: of the
/// meeting, only its details ([`MEETING_DETAILS`]).
fn retain_correctable(kind: EntryKind, cells: &mut BTreeMap<String, String>) {
    if kind == EntryKind::Meeting {
        cells.retain(|column, _| MEETING_DETAILS.contains(&column.as_str()));
    }
}

/// [`current_cells`] of an opinion.
pub fn opinion_cells(opinion: &Opinion) -> BTreeMap<String, String> {
    let mut cells = cells_of(&OpinionRow::new(opinion, 0));
    for column in NOT_KEPT {
        cells.remove(*column);
    }
    cells
}

/// A row as the writer writes it, read back cell by cell (without the formula guard).
pub(super) fn cells_of<T: Table>(row: &T) -> BTreeMap<String, String> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    // Writing CSV to memory cannot fail, nor reading back what was written.
    writer.serialize(row).expect("writing CSV to memory");
    let bytes = writer.into_inner().expect("writing CSV to memory");
    let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
    let header = reader.headers().expect("the header just written").clone();
    let record = reader
        .records()
        .next()
        .and_then(Result::ok)
        .unwrap_or_default();
    header
        .iter()
        .zip(record.iter())
        .map(|(column, cell)| (column.to_owned(), unguard_text(cell).to_owned()))
        .collect()
}

/// The rows of `corrections.csv` for a record.
pub fn correction_rows(record: &MeetingRecord, meeting_id: MeetingId) -> Vec<CorrectionRow> {
    let mut rows = Vec::new();
    for (index, correction) in record.corrections.iter().enumerate() {
        let current;
        let after = match after_correction(&record.corrections, index) {
            After::Corrected(before_next) => Some(before_next),
            After::Current(key) => {
                current = current_cells(record, key);
                current.as_ref()
            }
        };
        let row = |field: &'static str, old: &str, new: &str| CorrectionRow {
            meeting_id,
            correction_no: Ordinal(u32::try_from(index + 1).unwrap_or(u32::MAX)),
            corrected_at: correction.at,
            entity: correction.entry.kind(),
            item_no: correction.entry.item_no().map(Ordinal),
            number: correction.entry.number().map(Ordinal),
            field: Cow::Borrowed(field),
            old_value: Cow::Owned(old.to_owned()),
            new_value: Cow::Owned(new.to_owned()),
            reason: Cow::Owned(correction.reason.clone()),
        };
        let first = rows.len();
        for column in corrected_columns(correction.entry.kind()) {
            let Some(old) = correction.before.get(column) else {
                continue;
            };
            let new = after
                .and_then(|cells| cells.get(column))
                .map_or("", String::as_str);
            if old != new {
                rows.push(row(column, old, new));
            }
        }
        if rows.len() == first {
            rows.push(row("", "", ""));
        }
    }
    rows
}

/// One row of a correction: a field, its value before and after.
struct FieldChange<'r> {
    field: Cow<'static, str>,
    old: Cow<'static, str>,
    new: Cow<'static, str>,
    raw: &'r RawRow,
}

/// One correction as the file has it: its rows, checked against each other.
struct Listed<'r> {
    first: &'r RawRow,
    row: CorrectionRow,
    entry: EntryKey,
    /// One per row, in the file's order.
    changes: Vec<FieldChange<'r>>,
}

/// Reads `corrections.csv` against the record it belongs to (the entries as they are now) and
/// rebuilds what each corrected entry held before each correction. Refuses a file whose new
/// values are not what the entries hold after the corrections, and a vote with more
/// corrections here than its `corrections` in votes.csv. Fewer are the corrections made before
/// their history was exported: a meeting imported from a folder of an earlier version keeps
/// its counts without their history, and must go out and come back in as it is.
///
/// `current` gives the cells of an entry as it is now ([`current_cells`] of the whole record):
/// the opinions need not be in `record`.
pub(super) fn read_corrections(
    bytes: &[u8],
    record: &MeetingRecord,
    meeting_id: MeetingId,
    current: &mut dyn FnMut(EntryKey) -> Option<BTreeMap<String, String>>,
) -> Result<Vec<Correction>, ImportError> {
    let table = RawTable::read::<CorrectionRow>(bytes)?;
    let listed = list_corrections(&table, meeting_id)?;
    for correction in &listed {
        check_fields(&table, correction)?;
    }
    let corrections = rebuild(&table, &listed, current)?;
    check_counts(record, &corrections)?;
    Ok(corrections)
}

/// The rows of the file, read and grouped by correction: numbered 1, 2, … in order, each
/// correction's rows alike but for their field and values.
fn list_corrections(
    table: &RawTable,
    meeting_id: MeetingId,
) -> Result<Vec<Listed<'_>>, ImportError> {
    let mut listed: Vec<Listed<'_>> = Vec::new();
    for raw in &table.rows {
        let row: CorrectionRow = table.deserialize(raw)?;
        if row.meeting_id != meeting_id {
            return Err(table.error(
                raw.line,
                Some("meeting_id"),
                ImportProblem::OtherMeeting {
                    found: row.meeting_id,
                    expected: meeting_id,
                },
            ));
        }
        // A value reads as a cell of its own column would.
        let value = |cell: &Cow<'static, str>| -> Cow<'static, str> {
            if MULTILINE_COLUMNS.contains(&row.field.as_ref()) {
                cell.clone()
            } else {
                Cow::Owned(clean_line(cell))
            }
        };
        let change = FieldChange {
            field: row.field.clone(),
            old: value(&row.old_value),
            new: value(&row.new_value),
            raw,
        };
        match listed.last_mut() {
            Some(last) if last.row.correction_no == row.correction_no => {
                let differing = [
                    ("corrected_at", last.row.corrected_at != row.corrected_at),
                    ("entity", last.row.entity != row.entity),
                    ("item_no", last.row.item_no != row.item_no),
                    ("number", last.row.number != row.number),
                    ("reason", last.row.reason != row.reason),
                ];
                if let Some((column, _)) = differing.iter().find(|(_, differs)| *differs) {
                    return Err(table.error(
                        raw.line,
                        Some(column),
                        ImportProblem::CorrectionDiffers {
                            correction_no: row.correction_no.0,
                            first_line: last.first.line,
                        },
                    ));
                }
                last.changes.push(change);
            }
            _ => {
                let expected = u32::try_from(listed.len() + 1).unwrap_or(u32::MAX);
                if row.correction_no.0 != expected {
                    return Err(table.error(
                        raw.line,
                        Some("correction_no"),
                        ImportProblem::CorrectionOutOfOrder {
                            found: row.correction_no.0,
                            expected,
                        },
                    ));
                }
                let Some(entry) = EntryKey::new(
                    row.entity,
                    row.item_no.map(|n| n.0),
                    row.number.map(|n| n.0),
                ) else {
                    let column = match (row.entity, row.item_no) {
                        (EntryKind::Meeting, Some(_)) | (_, None) => "item_no",
                        _ => "number",
                    };
                    return Err(table.error(
                        raw.line,
                        Some(column),
                        ImportProblem::KeyDoesNotFit { entity: row.entity },
                    ));
                };
                listed.push(Listed {
                    first: raw,
                    row,
                    entry,
                    changes: vec![change],
                });
            }
        }
    }
    Ok(listed)
}

/// What each corrected entry held before each correction, walking from the entries as they are
/// now back to the first correction.
fn rebuild(
    table: &RawTable,
    listed: &[Listed<'_>],
    current: &mut dyn FnMut(EntryKey) -> Option<BTreeMap<String, String>>,
) -> Result<Vec<Correction>, ImportError> {
    let mut state: HashMap<EntryKey, BTreeMap<String, String>> = HashMap::new();
    let mut corrections = Vec::with_capacity(listed.len());
    for correction in listed.iter().rev() {
        let entry = correction.entry;
        let Some(mut cells) = state.remove(&entry).or_else(|| current(entry)) else {
            return Err(table.error(
                correction.first.line,
                Some("item_no"),
                ImportProblem::NoSuchEntry {
                    file: file_of(entry.kind()),
                },
            ));
        };
        for FieldChange {
            field,
            old,
            new,
            raw,
        } in &correction.changes
        {
            if field.is_empty() {
                continue;
            }
            let held = cells.get(field.as_ref()).map_or("", String::as_str);
            if held != new.as_ref() {
                return Err(table.error(
                    raw.line,
                    Some("new_value"),
                    ImportProblem::NewValueDiffers {
                        found: new.to_string(),
                        held: held.to_owned(),
                    },
                ));
            }
            cells.insert(field.to_string(), old.to_string());
        }
        if let Some(count) = cells.get_mut(CORRECTIONS) {
            let before = count.parse::<u32>().unwrap_or(0).saturating_sub(1);
            *count = before.to_string();
        }
        let was = key_before(entry, &cells);
        corrections.push(Correction {
            entry,
            was,
            at: correction.row.corrected_at,
            reason: correction.row.reason.to_string(),
            before: cells.clone(),
        });
        state.insert(was, cells);
    }
    corrections.reverse();
    Ok(corrections)
}

/// No vote has more corrections listed than votes.csv counts.
fn check_counts(record: &MeetingRecord, corrections: &[Correction]) -> Result<(), ImportError> {
    let mut listed_of: HashMap<EntryKey, usize> = HashMap::new();
    for correction in corrections {
        *listed_of.entry(correction.entry).or_default() += 1;
    }
    for vote in &record.votes {
        let key = EntryKey::Vote {
            item_no: vote.item_no,
            vote_no: vote.vote_no,
        };
        let listed = listed_of.get(&key).copied().unwrap_or(0);
        if u32::try_from(listed).map_or(true, |listed| listed > vote.corrections) {
            return Err(ImportError::file(
                CorrectionRow::FILE,
                ImportProblem::CorrectionCount {
                    item_no: vote.item_no,
                    vote_no: vote.vote_no,
                    counted: vote.corrections,
                    listed,
                },
            ));
        }
    }
    Ok(())
}

/// Every field named is a column a correction of the entry can change, once; an empty field
/// is a correction's only row.
fn check_fields(table: &RawTable, correction: &Listed<'_>) -> Result<(), ImportError> {
    let kind = correction.entry.kind();
    let mut seen: Vec<&str> = Vec::new();
    for FieldChange {
        field,
        old,
        new,
        raw,
    } in &correction.changes
    {
        let problem = if field.is_empty() {
            if correction.changes.len() > 1 || !old.is_empty() || !new.is_empty() {
                Some(ImportProblem::EmptyField)
            } else {
                None
            }
        } else if !corrected_columns(kind).any(|column| column == field.as_ref()) {
            Some(ImportProblem::NotAField {
                found: field.to_string(),
                file: file_of(kind),
            })
        } else if seen.contains(&field.as_ref()) {
            Some(ImportProblem::FieldTwice(field.to_string()))
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(table.error(raw.line, Some("field"), problem));
        }
        seen.push(field);
    }
    Ok(())
}

/// The key of an entry of `entry`'s kind whose cells are `cells`: an opinion's item and turn
/// may differ from `entry`'s when the correction moved it.
pub fn key_before(entry: EntryKey, cells: &BTreeMap<String, String>) -> EntryKey {
    let number = |column: &str| cells.get(column).and_then(|cell| cell.parse().ok());
    let item_no = number("item_no").or(entry.item_no());
    let number = match entry {
        EntryKey::Opinion { .. } => number("turn_no"),
        EntryKey::Vote { .. } => number("vote_no"),
        EntryKey::Meeting | EntryKey::AgendaItem { .. } => None,
    }
    .or(entry.number());
    EntryKey::new(
        entry.kind(),
        item_no.filter(|_| entry.item_no().is_some()),
        number,
    )
    .unwrap_or(entry)
}
