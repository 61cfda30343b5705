//! The audit log: every correction of a saved vote or opinion, with the previous values, the
//! time and the reason (SPEC §5). Append-only (migration 0002), and undeletable once the
//! meeting is closed (migration 0010): the corrections are part of the sealed record.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, params};
use serde_json::Value;

use super::rows::{all_rows, time_at};
use super::{Missing, Result, Store, StoreError};
use crate::domain::{Correction, EntryKey, EntryKind, MeetingId, Stance, format_time};
use crate::records::key_before;

/// One row of the audit log: a correction of a saved entry (SPEC §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    /// What was changed: `"vote"` or `"opinion"`.
    pub entity: String,
    /// The agenda item of the entry.
    pub item_no: Option<u32>,
    /// The vote_no of a vote, the turn_no of an opinion.
    pub number: Option<u32>,
    /// `"correct"` (later maybe `"delete"`).
    pub action: String,
    /// The complete previous row as a JSON object, with the column names as keys, e.g.
    /// `{"meeting_id":1,"item_no":1,"vote_no":1,"voted_at":"2022-06-12T09:10:00+07:00",…}`.
    pub old_values: String,
    pub reason: String,
    pub at: DateTime<FixedOffset>,
}

/// What a corrected entry held before the correction, as far as a reader of the log needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Previous {
    Vote(PreviousCounts),
    Opinion(PreviousOpinion),
}

/// The counts of a vote before its correction.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct PreviousCounts {
    pub households_present: u32,
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
}

/// The stance and text of an opinion before its correction.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct PreviousOpinion {
    pub stance: Stance,
    #[serde(rename = "opinion")]
    pub text: String,
}

impl AuditEntry {
    /// The previous values, read from [`AuditEntry::old_values`]; `None` if they are not those
    /// of a vote or an opinion as hopdan writes them.
    pub fn previous(&self) -> Option<Previous> {
        match self.entity.as_str() {
            AUDIT_VOTE => serde_json::from_str(&self.old_values)
                .ok()
                .map(Previous::Vote),
            AUDIT_OPINION => serde_json::from_str(&self.old_values)
                .ok()
                .map(Previous::Opinion),
            _ => None,
        }
    }
}

/// The audit log's `entity` of a vote.
pub const AUDIT_VOTE: &str = "vote";

/// The audit log's `entity` of an opinion.
pub const AUDIT_OPINION: &str = "opinion";

/// The audit log's `action` of a correction.
pub const AUDIT_CORRECT: &str = "correct";

impl Store {
    /// The opinions of a meeting that were corrected after they were saved, as (item_no,
    /// turn_no) under their present key, each once.
    pub fn corrected_opinions(&self, id: MeetingId) -> Result<Vec<(u32, u32)>> {
        all_rows(
            &self.conn,
            "SELECT DISTINCT item_no, number FROM audit_log \
             WHERE meeting_id = ?1 AND entity = ?2 AND item_no IS NOT NULL \
             AND number IS NOT NULL ORDER BY item_no, number",
            params![id, AUDIT_OPINION],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
    }

    /// The audit log of a meeting, oldest entry first.
    pub fn audit_log(&self, id: MeetingId) -> Result<Vec<AuditEntry>> {
        all_rows(
            &self.conn,
            "SELECT id, entity, item_no, number, action, old_values, reason, at \
             FROM audit_log WHERE meeting_id = ?1 ORDER BY id",
            [id],
            |row| {
                Ok(AuditEntry {
                    id: row.get(0)?,
                    entity: row.get(1)?,
                    item_no: row.get(2)?,
                    number: row.get(3)?,
                    action: row.get(4)?,
                    old_values: row.get(5)?,
                    reason: row.get(6)?,
                    at: time_at(row, 7)?,
                })
            },
        )
    }
}

/// A saved entry that a correction changes.
#[derive(Debug, Clone, Copy)]
pub(super) enum Entry {
    Vote,
    Opinion,
}

impl Entry {
    /// The audit log's `entity`.
    fn entity(self) -> &'static str {
        match self {
            Entry::Vote => AUDIT_VOTE,
            Entry::Opinion => AUDIT_OPINION,
        }
    }

    /// The `INSERT INTO audit_log … SELECT` that copies the entry's row (meeting `?1`, item
    /// `?2`, number `?3`) into the log with the entity, action, reason and time `?4`–`?7`: its
    /// values as a JSON object keyed by column name ([`AuditEntry::old_values`]).
    fn copy_into_log(self) -> &'static str {
        match self {
            Entry::Vote => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, item_no, vote_no, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'vote_no', vote_no, \
                   'voted_at', voted_at, 'households_total', households_total, \
                   'households_present', households_present, 'votes_for', votes_for, \
                   'votes_against', votes_against, 'votes_abstain', votes_abstain, \
                   'vote_base', vote_base, 'threshold', threshold, 'corrections', corrections), \
                   ?6, ?7 \
                 FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3"
            }
            Entry::Opinion => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, item_no, turn_no, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'turn_no', turn_no, \
                   'speaker_name', speaker_name, 'speaker_address', speaker_address, \
                   'stance', stance, 'opinion', opinion, 'started_at', started_at, \
                   'duration_s', duration_s), ?6, ?7 \
                 FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3"
            }
        }
    }

    /// How [`StoreError::NotFound`] names the entry.
    fn missing(self, meeting: MeetingId, item_no: u32, number: u32) -> Missing {
        match self {
            Entry::Vote => Missing::Vote {
                meeting,
                item_no,
                vote_no: number,
            },
            Entry::Opinion => Missing::Turn {
                meeting,
                item_no,
                turn_no: number,
            },
        }
    }
}

/// Keeps a saved entry in the audit log as it is before its correction, with the `reason` and
/// the time `at`, in the caller's transaction: the vote `number` (vote_no) or opinion
/// (turn_no) on item `item_no` of meeting `id`. [`StoreError::NotFound`] if there is none.
pub(super) fn log_correction(
    conn: &Connection,
    entry: Entry,
    id: MeetingId,
    item_no: u32,
    number: u32,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    let copied = conn
        .prepare_cached(entry.copy_into_log())?
        .execute(params![
            id,
            item_no,
            number,
            entry.entity(),
            AUDIT_CORRECT,
            reason,
            format_time(at)
        ])?;
    if copied == 0 {
        return Err(StoreError::NotFound(entry.missing(id, item_no, number)));
    }
    Ok(())
}

/// The corrections of the record of meeting `id`, oldest first: the audit log's entries about
/// the entries of the record's files (the speaker queue is not part of the record).
pub(super) fn read_corrections(conn: &Connection, id: MeetingId) -> Result<Vec<Correction>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity, item_no, number, old_values, reason, at \
         FROM audit_log WHERE meeting_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([id])?;
    let mut corrections = Vec::new();
    while let Some(row) = rows.next()? {
        let entity: String = row.get(0)?;
        let Ok(kind) = entity.parse::<EntryKind>() else {
            continue;
        };
        let Some(entry) = EntryKey::new(kind, row.get(1)?, row.get(2)?) else {
            continue;
        };
        let old_values: String = row.get(3)?;
        let before = cells_of_json(&old_values);
        corrections.push(Correction {
            entry,
            was: key_before(entry, &before),
            at: time_at(row, 5)?,
            reason: row.get(4)?,
            before,
        });
    }
    Ok(corrections)
}

/// The cells of a row kept as a JSON object (meeting_id aside), written as its CSV file writes
/// them. Anything but an object (which hopdan never writes) holds no cells.
fn cells_of_json(old_values: &str) -> BTreeMap<String, String> {
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(old_values) else {
        return BTreeMap::new();
    };
    object
        .into_iter()
        .filter(|(column, _)| column != "meeting_id")
        .map(|(column, value)| {
            let cell = match value {
                Value::String(text) => text,
                Value::Null => String::new(),
                other => other.to_string(),
            };
            (column, cell)
        })
        .collect()
}

/// The columns whose cells the audit log keeps as JSON numbers, as SQLite's `json_object`
/// writes the integer columns.
const NUMBER_COLUMNS: &[&str] = &[
    "item_no",
    "turn_no",
    "vote_no",
    "households_total",
    "households_present",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "corrections",
    "duration_s",
];

/// The previous row of a correction as the audit log keeps it: a JSON object keyed by column,
/// with the meeting's id.
fn json_of_cells(id: MeetingId, cells: &BTreeMap<String, String>) -> String {
    let mut object = serde_json::Map::new();
    object.insert("meeting_id".to_owned(), Value::from(id));
    for (column, cell) in cells {
        let number = NUMBER_COLUMNS
            .contains(&column.as_str())
            .then(|| cell.parse::<u64>().ok())
            .flatten();
        let value = match number {
            Some(n) => Value::from(n),
            // An open meeting has no end yet: NULL in the database.
            None if cell.is_empty() && column == "ended_at" => Value::Null,
            None => Value::String(cell.clone()),
        };
        object.insert(column.clone(), value);
    }
    Value::Object(object).to_string()
}

/// Writes the corrections of an imported record into the audit log of meeting `id`, in order,
/// in the caller's transaction.
pub(super) fn insert_corrections(
    conn: &Connection,
    id: MeetingId,
    corrections: &[Correction],
) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO audit_log \
         (meeting_id, entity, item_no, number, action, old_values, reason, at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for correction in corrections {
        let entry = correction.entry;
        insert.execute(params![
            id,
            entry.kind().code(),
            entry.item_no(),
            entry.number(),
            AUDIT_CORRECT,
            json_of_cells(id, &correction.before),
            correction.reason,
            format_time(&correction.at)
        ])?;
    }
    Ok(())
}
