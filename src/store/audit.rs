//! The audit log: every correction of a saved entry — the meeting's details, an agenda item, a
//! queued speaker, an opinion, a vote — with the previous values, the time and the reason
//! (SPEC §5). Append-only (migration 0002), and undeletable once the meeting is closed
//! (migration 0010): the corrections are part of the sealed record.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, params};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::rows::{all_rows, time_at};
use super::{Missing, Result, Store, StoreError};
use crate::domain::{
    ChangeAction, ChangedEntry, Correction, DecisionRule, EntryKey, EntryKind, MeetingDetails,
    MeetingId, Speaker, Stance, Threshold, VoteBase, format_time, parse_time,
};
use crate::domain::{Household, Measure, Pledge, RegisterChange};
use crate::records::{key_before, pledge_cells};

/// One row of the audit log: a correction of a saved entry (SPEC §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    /// What was changed: [`AUDIT_MEETING`], [`AUDIT_AGENDA_ITEM`], [`AUDIT_QUEUED_SPEAKER`],
    /// [`AUDIT_OPINION`] or [`AUDIT_VOTE`].
    pub entity: String,
    /// The agenda item of the entry after the change; `None` for the meeting and the queue.
    pub item_no: Option<u32>,
    /// The vote_no of a vote, the turn_no of an opinion (after the change: a moved opinion's
    /// turn on its new item), the id of a queued speaker; `None` for the meeting and an item.
    pub number: Option<u32>,
    /// `"correct"` (later maybe `"delete"`).
    pub action: String,
    /// The complete previous row as a JSON object, with the column names of its CSV file as
    /// keys, e.g. `{"meeting_id":1,"item_no":1,"vote_no":1,"voted_at":"2022-06-12T09:10:00+07:00",…}`.
    pub old_values: String,
    pub reason: String,
    pub at: DateTime<FixedOffset>,
}

/// What a corrected entry held before the correction, as far as a reader of the log needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Previous {
    Meeting(MeetingDetails),
    AgendaItem(PreviousAgendaItem),
    QueuedSpeaker(PreviousSpeaker),
    Vote(PreviousCounts),
    Opinion(PreviousOpinion),
    /// A household of the register, as it was before its correction or its moving away.
    Household(Household),
    /// A land pledge, as it was before its correction or its removal.
    Pledge(Pledge),
}

impl Previous {
    /// The household a household's or a pledge's previous values are about: the log names
    /// them by it (their `number` is not kept from one register to its copy).
    pub fn household_no(&self) -> Option<&str> {
        match self {
            Previous::Household(h) => Some(&h.household_no),
            Previous::Pledge(p) => Some(&p.household_no),
            _ => None,
        }
    }
}

/// A household as the log keeps it.
#[derive(Deserialize)]
struct PreviousHousehold {
    household_no: String,
    address: String,
    head_name: String,
    members: Option<u32>,
    phone: String,
    note: String,
}

impl From<PreviousHousehold> for Household {
    fn from(h: PreviousHousehold) -> Self {
        Household {
            household_no: h.household_no,
            address: h.address,
            head_name: h.head_name,
            members: h.members,
            phone: h.phone,
            note: h.note,
        }
    }
}

/// A pledge as the log keeps it: the cells of its row in pledges.csv.
#[derive(Deserialize)]
struct PreviousPledge {
    item_no: u32,
    household_no: String,
    frontage_m: String,
    depth_m: String,
    area_m2: String,
    structures: String,
    consent: String,
    note: String,
    recorded_at: String,
}

impl PreviousPledge {
    fn pledge(self) -> Option<Pledge> {
        Some(Pledge {
            item_no: self.item_no,
            household_no: self.household_no,
            frontage: Measure::parse(&self.frontage_m).ok()?,
            depth: Measure::parse(&self.depth_m).ok()?,
            area: Measure::parse(&self.area_m2).ok()?,
            structures: self.structures,
            consent: self.consent.parse().ok()?,
            note: self.note,
            recorded_at: parse_time(&self.recorded_at).ok()?,
        })
    }
}

/// The details of a meeting before their correction, as the log keeps them.
#[derive(Deserialize)]
struct PreviousMeeting {
    title: String,
    ward: String,
    residential_group: String,
    location: String,
    #[serde(deserialize_with = "time")]
    started_at: DateTime<FixedOffset>,
    chair: String,
    chair_title: String,
    secretary: String,
    households_total: u32,
}

impl From<PreviousMeeting> for MeetingDetails {
    fn from(m: PreviousMeeting) -> Self {
        MeetingDetails {
            title: m.title,
            ward: m.ward,
            residential_group: m.residential_group,
            location: m.location,
            started_at: m.started_at,
            chair: m.chair,
            chair_title: m.chair_title,
            secretary: m.secretary,
            households_total: m.households_total,
        }
    }
}

/// An agenda item before its correction.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PreviousAgendaItem {
    pub title: String,
    pub description: String,
    pub vote_base: VoteBase,
    pub threshold: Threshold,
}

impl PreviousAgendaItem {
    pub fn rule(&self) -> DecisionRule {
        DecisionRule {
            base: self.vote_base,
            threshold: self.threshold,
        }
    }
}

/// A queued speaker before the correction of their name or address.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PreviousSpeaker {
    #[serde(rename = "speaker_name")]
    pub name: String,
    #[serde(rename = "speaker_address")]
    pub address: String,
}

/// The counts of a vote before its correction.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PreviousCounts {
    pub households_present: u32,
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
}

/// An opinion before its correction: where it stood, who spoke, the stance and the text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PreviousOpinion {
    pub item_no: u32,
    pub turn_no: u32,
    pub speaker_name: String,
    pub speaker_address: String,
    pub stance: Stance,
    #[serde(rename = "opinion")]
    pub text: String,
}

impl PreviousOpinion {
    pub fn speaker(&self) -> Speaker {
        Speaker {
            name: self.speaker_name.clone(),
            address: self.speaker_address.clone(),
        }
    }
}

fn time<'de, D: Deserializer<'de>>(de: D) -> std::result::Result<DateTime<FixedOffset>, D::Error> {
    let text = String::deserialize(de)?;
    parse_time(&text).map_err(serde::de::Error::custom)
}

impl AuditEntry {
    /// The previous values, read from [`AuditEntry::old_values`]; `None` if they are not those
    /// of an entry as hopdan writes them.
    pub fn previous(&self) -> Option<Previous> {
        let values = self.old_values.as_str();
        match self.entity.as_str() {
            AUDIT_MEETING => serde_json::from_str::<PreviousMeeting>(values)
                .ok()
                .map(|m| Previous::Meeting(m.into())),
            AUDIT_AGENDA_ITEM => serde_json::from_str(values).ok().map(Previous::AgendaItem),
            AUDIT_QUEUED_SPEAKER => serde_json::from_str(values)
                .ok()
                .map(Previous::QueuedSpeaker),
            AUDIT_VOTE => serde_json::from_str(values).ok().map(Previous::Vote),
            AUDIT_OPINION => serde_json::from_str(values).ok().map(Previous::Opinion),
            AUDIT_HOUSEHOLD => serde_json::from_str::<PreviousHousehold>(values)
                .ok()
                .map(|h| Previous::Household(h.into())),
            AUDIT_PLEDGE => serde_json::from_str::<PreviousPledge>(values)
                .ok()
                .and_then(PreviousPledge::pledge)
                .map(Previous::Pledge),
            _ => None,
        }
    }
}

/// The audit log's `entity` of the meeting's details.
pub const AUDIT_MEETING: &str = "meeting";

/// The audit log's `entity` of an agenda item.
pub const AUDIT_AGENDA_ITEM: &str = "agenda_item";

/// The audit log's `entity` of a speaker waiting in the queue.
pub const AUDIT_QUEUED_SPEAKER: &str = "queued_speaker";

/// The audit log's `entity` of a vote.
pub const AUDIT_VOTE: &str = "vote";

/// The audit log's `entity` of an opinion.
pub const AUDIT_OPINION: &str = "opinion";

/// The audit log's `action` of a correction.
pub const AUDIT_CORRECT: &str = "correct";

/// The audit log's `entity` for a household of the register. Its entries, and those of the
/// pledges, are the record's `register_changes.csv`, not its corrections.
pub const AUDIT_HOUSEHOLD: &str = "household";

/// The audit log's `entity` for a household's land pledge on an item.
pub const AUDIT_PLEDGE: &str = "pledge";

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

/// A saved entry that a correction changes, by its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Entry {
    /// The meeting's own row: its details.
    Meeting,
    AgendaItem {
        item_no: u32,
    },
    QueuedSpeaker {
        queue_id: i64,
    },
    Vote {
        item_no: u32,
        vote_no: u32,
    },
    Opinion {
        item_no: u32,
        turn_no: u32,
    },
    /// A household of the register, by its position in it.
    Household {
        position: u32,
    },
}

impl Entry {
    /// The audit log's `entity`.
    fn entity(self) -> &'static str {
        match self {
            Entry::Meeting => AUDIT_MEETING,
            Entry::AgendaItem { .. } => AUDIT_AGENDA_ITEM,
            Entry::QueuedSpeaker { .. } => AUDIT_QUEUED_SPEAKER,
            Entry::Vote { .. } => AUDIT_VOTE,
            Entry::Opinion { .. } => AUDIT_OPINION,
            Entry::Household { .. } => AUDIT_HOUSEHOLD,
        }
    }

    /// The audit log's `item_no` and `number` of the entry.
    fn key(self) -> (Option<u32>, Option<i64>) {
        match self {
            Entry::Meeting => (None, None),
            Entry::AgendaItem { item_no } => (Some(item_no), None),
            Entry::QueuedSpeaker { queue_id } => (None, Some(queue_id)),
            Entry::Vote { item_no, vote_no } => (Some(item_no), Some(vote_no.into())),
            Entry::Opinion { item_no, turn_no } => (Some(item_no), Some(turn_no.into())),
            Entry::Household { position } => (None, Some(position.into())),
        }
    }

    /// The `INSERT INTO audit_log … SELECT` that copies the entry's row (meeting `?1`, keyed by
    /// those of `?2` and `?3`, as [`Entry::key`] gives them, that it has) into the log with the
    /// entity, action, reason and time `?4`–`?7` and the log's item_no and number `?8`, `?9`:
    /// its values as a JSON object keyed by the column names of its CSV file
    /// ([`AuditEntry::old_values`]). Of the meeting, its details only: attendance, the end and
    /// the status change on their own and are never part of a correction.
    fn copy_into_log(self) -> &'static str {
        match self {
            Entry::Meeting => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT id, ?4, ?8, ?9, ?5, json_object(\
                   'meeting_id', id, 'title', title, 'ward', ward, \
                   'residential_group', residential_group, 'location', location, \
                   'started_at', started_at, 'chair', chair, \
                   'chair_title', chair_title, 'secretary', secretary, \
                   'households_total', households_total), ?6, ?7 \
                 FROM meetings WHERE id = ?1"
            }
            Entry::AgendaItem { .. } => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, ?8, ?9, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'title', title, \
                   'description', description, 'vote_base', vote_base, \
                   'threshold', threshold), ?6, ?7 \
                 FROM agenda_items WHERE meeting_id = ?1 AND item_no = ?2"
            }
            // The queue has no file of its own: its keys are those of the speaker's columns.
            Entry::QueuedSpeaker { .. } => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, ?8, ?9, ?5, json_object(\
                   'meeting_id', meeting_id, 'speaker_name', speaker_name, \
                   'speaker_address', speaker_address, 'requested_at', requested_at), ?6, ?7 \
                 FROM speaker_queue WHERE meeting_id = ?1 AND id = ?3"
            }
            Entry::Vote { .. } => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, ?8, ?9, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'vote_no', vote_no, \
                   'voted_at', voted_at, 'households_total', households_total, \
                   'households_present', households_present, 'votes_for', votes_for, \
                   'votes_against', votes_against, 'votes_abstain', votes_abstain, \
                   'vote_base', vote_base, 'threshold', threshold, 'corrections', corrections), \
                   ?6, ?7 \
                 FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3"
            }
            Entry::Opinion { .. } => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, ?8, ?9, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'turn_no', turn_no, \
                   'speaker_name', speaker_name, 'speaker_address', speaker_address, \
                   'stance', stance, 'opinion', opinion, 'started_at', started_at, \
                   'duration_s', duration_s), ?6, ?7 \
                 FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3"
            }
            Entry::Household { .. } => {
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, ?8, ?9, ?5, json_object(\
                   'meeting_id', meeting_id, 'household_no', household_no, \
                   'address', address, 'head_name', head_name, 'members', members, \
                   'phone', phone, 'note', note), ?6, ?7 \
                 FROM households WHERE meeting_id = ?1 AND position = ?3"
            }
        }
    }

    /// How [`StoreError::NotFound`] names the entry.
    fn missing(self, meeting: MeetingId) -> Missing {
        match self {
            Entry::Meeting => Missing::Meeting { id: meeting },
            Entry::AgendaItem { item_no } => Missing::AgendaItem { meeting, item_no },
            Entry::QueuedSpeaker { queue_id } => Missing::QueueEntry { meeting, queue_id },
            Entry::Vote { item_no, vote_no } => Missing::Vote {
                meeting,
                item_no,
                vote_no,
            },
            Entry::Opinion { item_no, turn_no } => Missing::Turn {
                meeting,
                item_no,
                turn_no,
            },
            // Looked up by its number in the same transaction just before: only the meeting
            // itself can be missing.
            Entry::Household { .. } => Missing::Meeting { id: meeting },
        }
    }
}

/// Keeps a saved entry of meeting `id` in the audit log as it is before its correction, with
/// the `reason` and the time `at`, in the caller's transaction. [`StoreError::NotFound`] if
/// there is no such entry.
pub(super) fn log_correction(
    conn: &Connection,
    id: MeetingId,
    entry: Entry,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    log_correction_as(conn, id, entry, entry, reason, at)
}

/// [`log_correction`] of another change than a correction: `action` names it.
pub(super) fn log_action(
    conn: &Connection,
    id: MeetingId,
    entry: Entry,
    action: &str,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    log_as(conn, id, entry, entry, action, reason, at)
}

/// [`log_correction`] of an entry whose key the correction changes (an opinion moved to
/// another item): the log names it by its key after the change, `corrected`, so that the
/// entry it describes can be found; its old key is in the old values.
pub(super) fn log_correction_as(
    conn: &Connection,
    id: MeetingId,
    entry: Entry,
    corrected: Entry,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    log_as(conn, id, entry, corrected, AUDIT_CORRECT, reason, at)
}

fn log_as(
    conn: &Connection,
    id: MeetingId,
    entry: Entry,
    corrected: Entry,
    action: &str,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    let (item_no, number) = entry.key();
    let (logged_item_no, logged_number) = corrected.key();
    let copied = conn
        .prepare_cached(entry.copy_into_log())?
        .execute(params![
            id,
            item_no,
            number,
            entry.entity(),
            action,
            reason,
            format_time(at),
            logged_item_no,
            logged_number
        ])?;
    if copied == 0 {
        return Err(StoreError::NotFound(entry.missing(id)));
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
    "members",
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
            // A household whose number of members the list does not say.
            None if cell.is_empty() && column == "members" => Value::Null,
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

/// Keeps a pledge, as it was before `action` changed it, in the audit log with the `reason`
/// and the time `at`, in the caller's transaction.
pub(super) fn log_pledge(
    conn: &Connection,
    id: MeetingId,
    pledge: &Pledge,
    action: ChangeAction,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    let entry = ChangedEntry::Pledge {
        item_no: pledge.item_no,
        household_no: pledge.household_no.clone(),
    };
    insert_register_change(conn, id, &entry, action, &pledge_cells(pledge), reason, at)
}

/// The changes of the register and the pledges of meeting `id`, oldest first.
pub(super) fn read_register_changes(
    conn: &Connection,
    id: MeetingId,
) -> Result<Vec<RegisterChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity, item_no, action, old_values, reason, at FROM audit_log \
         WHERE meeting_id = ?1 AND entity IN (?2, ?3) ORDER BY id",
    )?;
    let mut rows = stmt.query(params![id, AUDIT_HOUSEHOLD, AUDIT_PLEDGE])?;
    let mut changes = Vec::new();
    while let Some(row) = rows.next()? {
        let entity: String = row.get(0)?;
        let item_no: Option<u32> = row.get(1)?;
        let action: String = row.get(2)?;
        let old_values: String = row.get(3)?;
        let mut before = cells_of_json(&old_values);
        // The log keeps the whole row; the change names the entry by its keys.
        let household_no = before.remove("household_no").unwrap_or_default();
        before.remove("item_no");
        let entry = match (entity.as_str(), item_no) {
            (AUDIT_PLEDGE, Some(item_no)) => ChangedEntry::Pledge {
                item_no,
                household_no,
            },
            _ => ChangedEntry::Household { household_no },
        };
        let Ok(action) = action.parse::<ChangeAction>() else {
            continue;
        };
        changes.push(RegisterChange {
            entry,
            action,
            at: time_at(row, 5)?,
            reason: row.get(4)?,
            before,
        });
    }
    Ok(changes)
}

/// Writes the register changes of an imported record into the audit log of meeting `id`, in
/// order, in the caller's transaction.
pub(super) fn insert_register_changes(
    conn: &Connection,
    id: MeetingId,
    changes: &[RegisterChange],
) -> Result<()> {
    for change in changes {
        insert_register_change(
            conn,
            id,
            &change.entry,
            change.action,
            &change.before,
            &change.reason,
            &change.at,
        )?;
    }
    Ok(())
}

fn insert_register_change(
    conn: &Connection,
    id: MeetingId,
    entry: &ChangedEntry,
    action: ChangeAction,
    before: &BTreeMap<String, String>,
    reason: &str,
    at: &DateTime<FixedOffset>,
) -> Result<()> {
    let mut cells = before.clone();
    cells.insert("household_no".to_owned(), entry.household_no().to_owned());
    let entity = match entry {
        ChangedEntry::Household { .. } => AUDIT_HOUSEHOLD,
        ChangedEntry::Pledge { item_no, .. } => {
            cells.insert("item_no".to_owned(), item_no.to_string());
            AUDIT_PLEDGE
        }
    };
    conn.prepare_cached(
        "INSERT INTO audit_log \
         (meeting_id, entity, item_no, number, action, old_values, reason, at) \
         VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        entity,
        entry.item_no(),
        action.code(),
        json_of_cells(id, &cells),
        reason,
        format_time(at)
    ])?;
    Ok(())
}
