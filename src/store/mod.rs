//! The SQLite store: one file holds every meeting (SPEC §5).
//!
//! Every write runs in a `BEGIN IMMEDIATE` transaction and is committed before the call
//! returns, so that when the screen says "saved" the entry is on disk (WAL, synchronous=FULL).
//!
//! A closed meeting is read-only twice over: every write method checks the status first and
//! returns [`StoreError::MeetingClosed`], and triggers (migration 0002) refuse any change to its
//! rows from any other code path. It is closed together with the SHA-256 fingerprint of its
//! content and one digest per row (migration 0003, [`fingerprint`]), which
//! [`Store::verify_meeting`] checks again.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use crate::domain::{
    AgendaItem, DecisionRule, Meeting, MeetingId, MeetingRecord, MeetingStatus, Opinion, Speaker,
    SpeakingLimit, Stance, Vote, VoteCounts, VoteError, format_time,
};

mod error;
pub mod fingerprint;
mod integrity;
mod live;
#[macro_use]
mod rows;
mod schema;
mod writer;

pub use error::{BackupFailure, Missing, OpenFailure, StoreError};
pub use fingerprint::{Fingerprint, Part, Scheme};
pub use integrity::{Change, Difference, Verification};
pub use live::{LiveSnapshot, TurnsHad};
pub use writer::WriterLock;

use rows::{
    agenda_item_from_row, code_at, meeting_from_row, opinion_from_row, time_at, vote_from_row,
};

pub type Result<T> = std::result::Result<T, StoreError>;

/// One line of the meetings list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSummary {
    pub id: MeetingId,
    pub title: String,
    pub started_at: DateTime<FixedOffset>,
    pub status: MeetingStatus,
}

/// A resident waiting for the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedSpeaker {
    /// Stable id of the queue entry.
    pub queue_id: i64,
    pub speaker: Speaker,
    pub requested_at: DateTime<FixedOffset>,
}

/// The resident who has the floor now, on which item, since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Floor {
    pub item_no: u32,
    pub speaker: Speaker,
    pub started_at: DateTime<FixedOffset>,
}

impl Floor {
    /// How long the speaker has spoken at `now`, in whole seconds (0 before the start).
    pub fn elapsed(&self, now: DateTime<FixedOffset>) -> u32 {
        u32::try_from((now - self.started_at).num_seconds().max(0)).unwrap_or(u32::MAX)
    }
}

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

/// The audit log's `entity` of a vote.
pub const AUDIT_VOTE: &str = "vote";
/// The audit log's `entity` of an opinion.
pub const AUDIT_OPINION: &str = "opinion";
/// The audit log's `action` of a correction.
pub const AUDIT_CORRECT: &str = "correct";

/// Drafts whose key starts with this are cleared when an opinion is saved.
const OPINION_DRAFT_PREFIX: &str = "opinion";

/// An open SQLite database of meetings.
pub struct Store {
    conn: rusqlite::Connection,
    /// Set when a check found the file damaged: from then on every write is refused with this
    /// detail, so nothing is written into a damaged file.
    damaged: Option<String>,
}

impl Store {
    /// Opens (creating it and its folder if needed) the database at `path` and brings its
    /// schema up to date.
    ///
    /// Refuses, without changing the file: an existing file that is not a SQLite database or is
    /// another program's database ([`StoreError::NotADatabase`]) and a database written by a
    /// newer hopdan ([`StoreError::NewerSchema`]). Opening reads only the first pages, so that
    /// a database of years of meetings opens at once: damage elsewhere in the file shows as
    /// [`StoreError::Corrupt`] when a damaged page is read, and is found by
    /// [`Store::quick_check`] (run in the background by the interface, see
    /// [`Store::spawn_quick_check`]) and before a schema upgrade changes the file. The
    /// connection runs with `journal_mode=WAL`, `synchronous=FULL`, `foreign_keys=ON` and a busy
    /// timeout of 3 s.
    pub fn open(path: &Path) -> Result<Store> {
        Ok(Store {
            conn: schema::open(path)?,
            damaged: None,
        })
    }

    /// All meetings, newest `started_at` first (ties: the higher id first).
    pub fn list_meetings(&self) -> Result<Vec<MeetingSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, started_at, status FROM meetings \
             ORDER BY unixepoch(started_at) DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(MeetingSummary {
                id: row.get(0)?,
                title: row.get(1)?,
                started_at: time_at(row, 2)?,
                status: code_at(row, 3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The ids of all meetings, in the order they were created.
    pub fn meeting_ids(&self) -> Result<Vec<MeetingId>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM meetings ORDER BY id")?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The id of the meeting with the latest `started_at`, if any.
    pub fn latest_meeting_id(&self) -> Result<Option<MeetingId>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM meetings ORDER BY unixepoch(started_at) DESC, id DESC LIMIT 1",
        )?;
        Ok(stmt.query_row([], |row| row.get(0)).optional()?)
    }

    /// Creates a meeting without agenda. One given as closed is closed at once, with its
    /// fingerprint, as [`Store::insert_record`] does.
    pub fn create_meeting(&mut self, meeting: &Meeting) -> Result<MeetingId> {
        self.create_meeting_with_limit(meeting, SpeakingLimit::DEFAULT)
    }

    /// The meeting `id`, or [`StoreError::NotFound`].
    pub fn meeting(&self, id: MeetingId) -> Result<Meeting> {
        read_meeting(&self.conn, id)
    }

    /// Sets the households present now; refuses more than all households.
    pub fn set_households_present(&mut self, id: MeetingId, present: u32) -> Result<()> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let total: u32 = tx
            .prepare_cached("SELECT households_total FROM meetings WHERE id = ?1")?
            .query_row([id], |row| row.get(0))?;
        check_attendance(present, total)?;
        tx.prepare_cached("UPDATE meetings SET households_present = ?2 WHERE id = ?1")?
            .execute(params![id, present])?;
        tx.commit()?;
        Ok(())
    }

    /// The agenda, by item_no.
    pub fn agenda(&self, id: MeetingId) -> Result<Vec<AgendaItem>> {
        read_agenda(&self.conn, id)
    }

    /// Appends an item numbered one after the last.
    pub fn add_agenda_item(
        &mut self,
        id: MeetingId,
        title: &str,
        description: &str,
        rule: DecisionRule,
    ) -> Result<AgendaItem> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let item_no: u32 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(item_no), 0) + 1 FROM agenda_items WHERE meeting_id = ?1",
            )?
            .query_row([id], |row| row.get(0))?;
        let item = AgendaItem {
            item_no,
            title: title.to_owned(),
            description: description.to_owned(),
            rule,
        };
        insert_agenda_item(&tx, id, &item)?;
        tx.commit()?;
        Ok(item)
    }

    /// Speakers waiting, in the order they asked.
    pub fn queue(&self, id: MeetingId) -> Result<Vec<QueuedSpeaker>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, speaker_name, speaker_address, requested_at FROM speaker_queue \
             WHERE meeting_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([id], |row| {
            Ok(QueuedSpeaker {
                queue_id: row.get(0)?,
                speaker: Speaker {
                    name: row.get(1)?,
                    address: row.get(2)?,
                },
                requested_at: time_at(row, 3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a speaker at the end of the queue.
    pub fn enqueue(
        &mut self,
        id: MeetingId,
        speaker: &Speaker,
        at: DateTime<FixedOffset>,
    ) -> Result<QueuedSpeaker> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let position: i64 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM speaker_queue WHERE meeting_id = ?1",
            )?
            .query_row([id], |row| row.get(0))?;
        let queue_id = insert_queue_entry(&tx, id, position, speaker, &at)?;
        tx.commit()?;
        Ok(QueuedSpeaker {
            queue_id,
            speaker: speaker.clone(),
            requested_at: at,
        })
    }

    /// Takes a speaker off the queue without giving them the floor.
    pub fn remove_from_queue(&mut self, id: MeetingId, queue_id: i64) -> Result<()> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let removed = tx
            .prepare_cached("DELETE FROM speaker_queue WHERE id = ?1 AND meeting_id = ?2")?
            .execute(params![queue_id, id])?;
        if removed == 0 {
            return Err(queue_entry_not_found(id, queue_id));
        }
        tx.commit()?;
        Ok(())
    }

    /// Takes a speaker off the queue and gives them the floor on `item_no`, starting their turn.
    /// Refuses with [`StoreError::FloorTaken`] while someone else has the floor.
    pub fn give_floor(
        &mut self,
        id: MeetingId,
        queue_id: i64,
        item_no: u32,
        at: DateTime<FixedOffset>,
    ) -> Result<Floor> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        if let Some(current) = read_floor(&tx, id)? {
            return Err(StoreError::FloorTaken {
                speaker: current.floor.speaker.name,
            });
        }
        ensure_item(&tx, id, item_no)?;
        let (speaker, requested_at): (Speaker, String) = tx
            .prepare_cached(
                "SELECT speaker_name, speaker_address, requested_at FROM speaker_queue \
                 WHERE id = ?1 AND meeting_id = ?2",
            )?
            .query_row(params![queue_id, id], |row| {
                Ok((
                    Speaker {
                        name: row.get(0)?,
                        address: row.get(1)?,
                    },
                    row.get(2)?,
                ))
            })
            .optional()?
            .ok_or_else(|| queue_entry_not_found(id, queue_id))?;
        tx.prepare_cached("DELETE FROM speaker_queue WHERE id = ?1")?
            .execute([queue_id])?;
        tx.prepare_cached(
            "INSERT INTO floor (meeting_id, item_no, speaker_name, speaker_address, \
             requested_at, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            id,
            item_no,
            speaker.name,
            speaker.address,
            requested_at,
            format_time(&at)
        ])?;
        tx.commit()?;
        Ok(Floor {
            item_no,
            speaker,
            started_at: at,
        })
    }

    /// Who has the floor now, if anyone.
    pub fn floor(&self, id: MeetingId) -> Result<Option<Floor>> {
        Ok(read_floor(&self.conn, id)?.map(|current| current.floor))
    }

    /// Ends the current turn without an opinion, putting the speaker back at the head of the queue.
    pub fn return_floor_to_queue(&mut self, id: MeetingId) -> Result<()> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let current = read_floor(&tx, id)?.ok_or(StoreError::NoFloor)?;
        let position: i64 = tx
            .prepare_cached(
                "SELECT COALESCE(MIN(position), 1) - 1 FROM speaker_queue WHERE meeting_id = ?1",
            )?
            .query_row([id], |row| row.get(0))?;
        insert_queue_entry(
            &tx,
            id,
            position,
            &current.floor.speaker,
            &current.requested_at,
        )?;
        delete_floor(&tx, id)?;
        tx.commit()?;
        Ok(())
    }

    /// Records what the speaker who has the floor said, and ends their turn: the opinion gets
    /// the next turn_no of the item and the time since the floor was given, the floor is
    /// cleared and the meeting's drafts whose key starts with `"opinion"` are deleted, all in
    /// one transaction. The text is stored as given (the caller cleans it).
    pub fn save_opinion_from_floor(
        &mut self,
        id: MeetingId,
        stance: Stance,
        text: &str,
        ended_at: DateTime<FixedOffset>,
    ) -> Result<Opinion> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let floor = read_floor(&tx, id)?.ok_or(StoreError::NoFloor)?.floor;
        let turn_no: u32 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(turn_no), 0) + 1 FROM opinions \
                 WHERE meeting_id = ?1 AND item_no = ?2",
            )?
            .query_row(params![id, floor.item_no], |row| row.get(0))?;
        let duration_s = floor.elapsed(ended_at);
        let opinion = Opinion {
            item_no: floor.item_no,
            turn_no,
            speaker: floor.speaker,
            stance,
            text: text.to_owned(),
            started_at: floor.started_at,
            duration_s,
        };
        insert_opinion(&tx, id, &opinion)?;
        delete_floor(&tx, id)?;
        tx.prepare_cached(
            "DELETE FROM drafts WHERE meeting_id = ?1 AND substr(key, 1, length(?2)) = ?2",
        )?
        .execute(params![id, OPINION_DRAFT_PREFIX])?;
        tx.commit()?;
        Ok(opinion)
    }

    /// Corrects a saved opinion; the previous values go to the audit log.
    #[allow(clippy::too_many_arguments)]
    pub fn correct_opinion(
        &mut self,
        id: MeetingId,
        item_no: u32,
        turn_no: u32,
        stance: Stance,
        text: &str,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Opinion> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let audited = tx
            .prepare_cached(
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, item_no, turn_no, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'turn_no', turn_no, \
                   'speaker_name', speaker_name, 'speaker_address', speaker_address, \
                   'stance', stance, 'opinion', opinion, 'started_at', started_at, \
                   'duration_s', duration_s), ?6, ?7 \
                 FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3",
            )?
            .execute(params![
                id,
                item_no,
                turn_no,
                AUDIT_OPINION,
                AUDIT_CORRECT,
                reason,
                format_time(&at)
            ])?;
        if audited == 0 {
            return Err(StoreError::NotFound(Missing::Turn {
                meeting: id,
                item_no,
                turn_no,
            }));
        }
        tx.prepare_cached(
            "UPDATE opinions SET stance = ?4, opinion = ?5 \
             WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3",
        )?
        .execute(params![id, item_no, turn_no, stance.code(), text])?;
        let opinion = tx
            .prepare_cached(concat!(
                "SELECT ",
                opinion_columns!(),
                " FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3"
            ))?
            .query_row(params![id, item_no, turn_no], opinion_from_row)?;
        tx.commit()?;
        Ok(opinion)
    }

    /// Opinions of an item, by turn_no.
    pub fn opinions(&self, id: MeetingId, item_no: u32) -> Result<Vec<Opinion>> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT ",
            opinion_columns!(),
            " FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 ORDER BY turn_no"
        ))?;
        let rows = stmt.query_map(params![id, item_no], opinion_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves a new vote on an item (vote_no one after the last). Refuses invalid counts.
    pub fn add_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        counts: VoteCounts,
        rule: DecisionRule,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        counts.validate()?;
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        ensure_item(&tx, id, item_no)?;
        let vote_no: u32 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(vote_no), 0) + 1 FROM votes \
                 WHERE meeting_id = ?1 AND item_no = ?2",
            )?
            .query_row(params![id, item_no], |row| row.get(0))?;
        let vote = Vote {
            item_no,
            vote_no,
            voted_at: at,
            counts,
            rule,
            corrections: 0,
        };
        insert_vote(&tx, id, &vote)?;
        tx.commit()?;
        Ok(vote)
    }

    /// Corrects the counts of a saved vote; the previous values go to the audit log and the
    /// vote's `corrections` goes up by one. Refuses invalid counts.
    pub fn correct_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        vote_no: u32,
        counts: VoteCounts,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Vote> {
        counts.validate()?;
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        let audited = tx
            .prepare_cached(
                "INSERT INTO audit_log \
                 (meeting_id, entity, item_no, number, action, old_values, reason, at) \
                 SELECT meeting_id, ?4, item_no, vote_no, ?5, json_object(\
                   'meeting_id', meeting_id, 'item_no', item_no, 'vote_no', vote_no, \
                   'voted_at', voted_at, 'households_total', households_total, \
                   'households_present', households_present, 'votes_for', votes_for, \
                   'votes_against', votes_against, 'votes_abstain', votes_abstain, \
                   'vote_base', vote_base, 'threshold', threshold, 'corrections', corrections), \
                   ?6, ?7 \
                 FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
            )?
            .execute(params![
                id,
                item_no,
                vote_no,
                AUDIT_VOTE,
                AUDIT_CORRECT,
                reason,
                format_time(&at)
            ])?;
        if audited == 0 {
            return Err(StoreError::NotFound(Missing::Vote {
                meeting: id,
                item_no,
                vote_no,
            }));
        }
        tx.prepare_cached(
            "UPDATE votes SET households_total = ?4, households_present = ?5, votes_for = ?6, \
             votes_against = ?7, votes_abstain = ?8, corrections = corrections + 1 \
             WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
        )?
        .execute(params![
            id,
            item_no,
            vote_no,
            counts.households_total,
            counts.households_present,
            counts.votes_for,
            counts.votes_against,
            counts.votes_abstain
        ])?;
        let vote = tx
            .prepare_cached(concat!(
                "SELECT ",
                vote_columns!(),
                " FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3"
            ))?
            .query_row(params![id, item_no, vote_no], vote_from_row)?;
        tx.commit()?;
        Ok(vote)
    }

    /// Votes on an item, by vote_no.
    pub fn votes(&self, id: MeetingId, item_no: u32) -> Result<Vec<Vote>> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT ",
            vote_columns!(),
            " FROM votes WHERE meeting_id = ?1 AND item_no = ?2 ORDER BY vote_no"
        ))?;
        let rows = stmt.query_map(params![id, item_no], vote_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The audit log of a meeting, oldest entry first.
    pub fn audit_log(&self, id: MeetingId) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, entity, item_no, number, action, old_values, reason, at \
             FROM audit_log WHERE meeting_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |row| {
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
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Keeps text being typed (`key` names the field) so it survives a crash.
    pub fn save_draft(
        &mut self,
        id: MeetingId,
        key: &str,
        content: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<()> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        tx.prepare_cached(
            "INSERT INTO drafts (meeting_id, key, content, updated_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (meeting_id, key) DO UPDATE \
             SET content = excluded.content, updated_at = excluded.updated_at",
        )?
        .execute(params![id, key, content, format_time(&at)])?;
        tx.commit()?;
        Ok(())
    }

    /// The draft kept under `key`, if any.
    pub fn draft(&self, id: MeetingId, key: &str) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT content FROM drafts WHERE meeting_id = ?1 AND key = ?2")?;
        Ok(stmt
            .query_row(params![id, key], |row| row.get(0))
            .optional()?)
    }

    /// Forgets the draft kept under `key` (nothing happens if there is none).
    pub fn delete_draft(&mut self, id: MeetingId, key: &str) -> Result<()> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        tx.prepare_cached("DELETE FROM drafts WHERE meeting_id = ?1 AND key = ?2")?
            .execute(params![id, key])?;
        tx.commit()?;
        Ok(())
    }

    /// Keeps text being typed that belongs to no meeting yet (the form of a new meeting) so it
    /// survives a crash. `key` names what is typed; an empty key is refused.
    pub fn save_app_draft(
        &mut self,
        key: &str,
        content: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO app_drafts (key, content, updated_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (key) DO UPDATE \
             SET content = excluded.content, updated_at = excluded.updated_at",
        )?
        .execute(params![key, content, format_time(&at)])?;
        tx.commit()?;
        Ok(())
    }

    /// The draft belonging to no meeting kept under `key`, if any.
    pub fn app_draft(&self, key: &str) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT content FROM app_drafts WHERE key = ?1")?;
        Ok(stmt.query_row([key], |row| row.get(0)).optional()?)
    }

    /// Forgets the draft belonging to no meeting kept under `key` (nothing happens if there is
    /// none).
    pub fn delete_app_draft(&mut self, key: &str) -> Result<()> {
        let tx = self.write()?;
        tx.prepare_cached("DELETE FROM app_drafts WHERE key = ?1")?
            .execute([key])?;
        tx.commit()?;
        Ok(())
    }

    /// The whole meeting, as exported, read in one consistent snapshot.
    pub fn load_record(&self, id: MeetingId) -> Result<MeetingRecord> {
        let tx = self.conn.unchecked_transaction()?;
        let record = import_files(&tx, id)?;
        tx.finish()?;
        Ok(record)
    }

    /// Inserts a whole meeting (an import) in one transaction: all of it or nothing. Keeps the
    /// status, `ended_at` and each vote's `corrections` as given; a closed meeting is closed
    /// last, after its rows are in, and its fingerprint (that of the record as stored, see
    /// [`fingerprint::of_record`]) is recorded then. Refuses invalid attendance or vote counts.
    pub fn insert_record(&mut self, record: &MeetingRecord) -> Result<MeetingId> {
        self.insert_record_with_limit(record, SpeakingLimit::DEFAULT)
    }

    /// [`Store::insert_record`] with the meeting's speaking-time limit (not part of the CSV
    /// files: an import gets the default).
    fn insert_record_with_limit(
        &mut self,
        record: &MeetingRecord,
        limit: SpeakingLimit,
    ) -> Result<MeetingId> {
        let meeting = &record.meeting;
        check_attendance(meeting.households_present, meeting.households_total)?;
        for vote in &record.votes {
            vote.counts.validate()?;
        }
        let tx = self.write()?;
        let id = insert_meeting(&tx, meeting, MeetingStatus::Open)?;
        if limit != SpeakingLimit::DEFAULT {
            tx.prepare_cached("UPDATE meetings SET speaking_limit_s = ?2 WHERE id = ?1")?
                .execute(params![id, limit.seconds()])?;
        }
        for item in &record.agenda {
            insert_agenda_item(&tx, id, item)?;
        }
        for opinion in &record.opinions {
            insert_opinion(&tx, id, opinion)?;
        }
        for vote in &record.votes {
            insert_vote(&tx, id, vote)?;
        }
        match meeting.status {
            MeetingStatus::Open => {}
            MeetingStatus::Closed => {
                integrity::seal(&tx, id)?;
            }
        }
        tx.commit()?;
        Ok(id)
    }

    /// Refuses every write from now on, with [`StoreError::Corrupt`] and `detail`: what a
    /// check found wrong with the file.
    pub fn refuse_writes(&mut self, detail: String) {
        self.damaged = Some(detail);
    }

    /// Starts a write transaction that holds the write lock from its first statement.
    fn write(&mut self) -> Result<Transaction<'_>> {
        if let Some(detail) = &self.damaged {
            return Err(StoreError::Corrupt {
                detail: detail.clone(),
            });
        }
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }
}

/// The floor as stored, with when the speaker first asked for it.
struct CurrentFloor {
    floor: Floor,
    requested_at: DateTime<FixedOffset>,
}

fn check_attendance(present: u32, total: u32) -> Result<()> {
    if present > total {
        return Err(VoteError::PresentExceedsTotal { present, total }.into());
    }
    Ok(())
}

fn meeting_not_found(id: MeetingId) -> StoreError {
    StoreError::NotFound(Missing::Meeting { id })
}

fn queue_entry_not_found(id: MeetingId, queue_id: i64) -> StoreError {
    StoreError::NotFound(Missing::QueueEntry {
        meeting: id,
        queue_id,
    })
}

/// Refuses changes to a meeting that does not exist or is closed.
fn ensure_open(conn: &Connection, id: MeetingId) -> Result<()> {
    let status: Option<MeetingStatus> = conn
        .prepare_cached("SELECT status FROM meetings WHERE id = ?1")?
        .query_row([id], |row| code_at(row, 0))
        .optional()?;
    match status {
        None => Err(meeting_not_found(id)),
        Some(MeetingStatus::Closed) => Err(StoreError::MeetingClosed),
        Some(MeetingStatus::Open) => Ok(()),
    }
}

fn ensure_item(conn: &Connection, id: MeetingId, item_no: u32) -> Result<()> {
    let exists = conn
        .prepare_cached("SELECT 1 FROM agenda_items WHERE meeting_id = ?1 AND item_no = ?2")?
        .exists(params![id, item_no])?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::NotFound(Missing::AgendaItem {
            meeting: id,
            item_no,
        }))
    }
}

fn read_meeting(conn: &Connection, id: MeetingId) -> Result<Meeting> {
    conn.prepare_cached(concat!(
        "SELECT ",
        meeting_columns!(),
        " FROM meetings WHERE id = ?1"
    ))?
    .query_row([id], meeting_from_row)
    .optional()?
    .ok_or_else(|| meeting_not_found(id))
}

/// The whole meeting; call it inside a transaction for a consistent snapshot.
fn import_files(conn: &Connection, id: MeetingId) -> Result<MeetingRecord> {
    let meeting = read_meeting(conn, id)?;
    let agenda = read_agenda(conn, id)?;
    let opinions = conn
        .prepare_cached(concat!(
            "SELECT ",
            opinion_columns!(),
            " FROM opinions WHERE meeting_id = ?1 ORDER BY item_no, turn_no"
        ))?
        .query_map([id], opinion_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(MeetingRecord {
        meeting,
        agenda,
        opinions,
        votes: read_votes(conn, id)?,
    })
}

/// Every vote of the meeting, by item_no then vote_no.
fn read_votes(conn: &Connection, id: MeetingId) -> Result<Vec<Vote>> {
    Ok(conn
        .prepare_cached(concat!(
            "SELECT ",
            vote_columns!(),
            " FROM votes WHERE meeting_id = ?1 ORDER BY item_no, vote_no"
        ))?
        .query_map([id], vote_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn read_agenda(conn: &Connection, id: MeetingId) -> Result<Vec<AgendaItem>> {
    let mut stmt = conn.prepare_cached(concat!(
        "SELECT ",
        agenda_columns!(),
        " FROM agenda_items WHERE meeting_id = ?1 ORDER BY item_no"
    ))?;
    let rows = stmt.query_map([id], agenda_item_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn read_floor(conn: &Connection, id: MeetingId) -> Result<Option<CurrentFloor>> {
    Ok(conn
        .prepare_cached(
            "SELECT item_no, speaker_name, speaker_address, started_at, requested_at \
             FROM floor WHERE meeting_id = ?1",
        )?
        .query_row([id], |row| {
            Ok(CurrentFloor {
                floor: Floor {
                    item_no: row.get(0)?,
                    speaker: Speaker {
                        name: row.get(1)?,
                        address: row.get(2)?,
                    },
                    started_at: time_at(row, 3)?,
                },
                requested_at: time_at(row, 4)?,
            })
        })
        .optional()?)
}

fn delete_floor(conn: &Connection, id: MeetingId) -> Result<()> {
    conn.prepare_cached("DELETE FROM floor WHERE meeting_id = ?1")?
        .execute([id])?;
    Ok(())
}

fn insert_meeting(
    conn: &Connection,
    meeting: &Meeting,
    status: MeetingStatus,
) -> Result<MeetingId> {
    conn.prepare_cached(concat!(
        "INSERT INTO meetings (",
        meeting_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        meeting.title,
        meeting.ward,
        meeting.residential_group,
        meeting.location,
        format_time(&meeting.started_at),
        meeting.ended_at.as_ref().map(format_time),
        meeting.chair,
        meeting.chair_title,
        meeting.secretary,
        meeting.households_total,
        meeting.households_present,
        status.code()
    ])?;
    Ok(conn.last_insert_rowid())
}

fn insert_agenda_item(conn: &Connection, id: MeetingId, item: &AgendaItem) -> Result<()> {
    conn.prepare_cached(concat!(
        "INSERT INTO agenda_items (meeting_id, ",
        agenda_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    ))?
    .execute(params![
        id,
        item.item_no,
        item.title,
        item.description,
        item.rule.base.code(),
        item.rule.threshold.code()
    ])?;
    Ok(())
}

fn insert_queue_entry(
    conn: &Connection,
    id: MeetingId,
    position: i64,
    speaker: &Speaker,
    requested_at: &DateTime<FixedOffset>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO speaker_queue (meeting_id, position, speaker_name, speaker_address, \
         requested_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        position,
        speaker.name,
        speaker.address,
        format_time(requested_at)
    ])?;
    Ok(conn.last_insert_rowid())
}

fn insert_opinion(conn: &Connection, id: MeetingId, opinion: &Opinion) -> Result<()> {
    conn.prepare_cached(concat!(
        "INSERT INTO opinions (meeting_id, ",
        opinion_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        id,
        opinion.item_no,
        opinion.turn_no,
        opinion.speaker.name,
        opinion.speaker.address,
        opinion.stance.code(),
        opinion.text,
        format_time(&opinion.started_at),
        opinion.duration_s
    ])?;
    Ok(())
}

fn insert_vote(conn: &Connection, id: MeetingId, vote: &Vote) -> Result<()> {
    conn.prepare_cached(concat!(
        "INSERT INTO votes (meeting_id, ",
        vote_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        id,
        vote.item_no,
        vote.vote_no,
        format_time(&vote.voted_at),
        vote.counts.households_total,
        vote.counts.households_present,
        vote.counts.votes_for,
        vote.counts.votes_against,
        vote.counts.votes_abstain,
        vote.rule.base.code(),
        vote.rule.threshold.code(),
        vote.corrections
    ])?;
    Ok(())
}

#[cfg(test)]
mod tests;
