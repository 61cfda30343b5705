//! Residents asking for the floor: the queue (its names and addresses can be corrected), and
//! the one who has the floor now (SPEC §1).

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, params};

use super::agenda::ensure_item;
use super::audit::{Entry, log_correction};
use super::rows::{all_rows, speaker_at, time_at};
use super::{Missing, Result, Store, StoreError};
use crate::domain::{MeetingId, Speaker, format_time};

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

/// The floor as stored, with when the speaker first asked for it.
pub(super) struct CurrentFloor {
    pub(super) floor: Floor,
    requested_at: DateTime<FixedOffset>,
}

impl Store {
    /// Everyone who has spoken in the meeting, the most recent first: the names offered while
    /// a speaker's name is typed. A name and address typed the same way at several turns come
    /// once, where their latest turn puts them: a row per person, not per turn.
    pub fn speakers_heard(&self, id: MeetingId) -> Result<Vec<Speaker>> {
        all_rows(
            &self.conn,
            "SELECT speaker_name, speaker_address FROM (\
               SELECT speaker_name, speaker_address, ROW_NUMBER() OVER (\
                 ORDER BY unixepoch(started_at) DESC, item_no DESC, turn_no DESC) AS latest \
               FROM opinions WHERE meeting_id = ?1) \
             GROUP BY speaker_name, speaker_address ORDER BY MIN(latest)",
            [id],
            |row| speaker_at(row, 0),
        )
    }

    /// Speakers waiting, in the order they asked.
    pub fn queue(&self, id: MeetingId) -> Result<Vec<QueuedSpeaker>> {
        all_rows(
            &self.conn,
            "SELECT id, speaker_name, speaker_address, requested_at FROM speaker_queue \
             WHERE meeting_id = ?1 ORDER BY position",
            [id],
            |row| {
                Ok(QueuedSpeaker {
                    queue_id: row.get(0)?,
                    speaker: speaker_at(row, 1)?,
                    requested_at: time_at(row, 3)?,
                })
            },
        )
    }

    /// Adds a speaker at the end of the queue.
    pub fn enqueue(
        &mut self,
        id: MeetingId,
        speaker: &Speaker,
        at: DateTime<FixedOffset>,
    ) -> Result<QueuedSpeaker> {
        ensure_named(speaker)?;
        let tx = self.write_open_meeting(id)?;
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

    /// Corrects the name and address of a speaker waiting in the queue; the previous values go
    /// to the audit log.
    pub fn correct_queued_speaker(
        &mut self,
        id: MeetingId,
        queue_id: i64,
        speaker: &Speaker,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<QueuedSpeaker> {
        ensure_named(speaker)?;
        let tx = self.write_open_meeting(id)?;
        log_correction(&tx, id, Entry::QueuedSpeaker { queue_id }, reason, &at)?;
        tx.prepare_cached(
            "UPDATE speaker_queue SET speaker_name = ?3, speaker_address = ?4 \
             WHERE id = ?1 AND meeting_id = ?2",
        )?
        .execute(params![queue_id, id, speaker.name, speaker.address])?;
        let requested_at = tx
            .prepare_cached("SELECT requested_at FROM speaker_queue WHERE id = ?1")?
            .query_row([queue_id], |row| time_at(row, 0))?;
        tx.commit()?;
        Ok(QueuedSpeaker {
            queue_id,
            speaker: speaker.clone(),
            requested_at,
        })
    }

    /// Takes a speaker off the queue without giving them the floor.
    pub fn remove_from_queue(&mut self, id: MeetingId, queue_id: i64) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
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
        let tx = self.write_open_meeting(id)?;
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
                Ok((speaker_at(row, 0)?, row.get(2)?))
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
        let tx = self.write_open_meeting(id)?;
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
}

fn queue_entry_not_found(id: MeetingId, queue_id: i64) -> StoreError {
    StoreError::NotFound(Missing::QueueEntry {
        meeting: id,
        queue_id,
    })
}

pub(super) fn read_floor(conn: &Connection, id: MeetingId) -> Result<Option<CurrentFloor>> {
    Ok(conn
        .prepare_cached(
            "SELECT item_no, speaker_name, speaker_address, started_at, requested_at \
             FROM floor WHERE meeting_id = ?1",
        )?
        .query_row([id], |row| {
            Ok(CurrentFloor {
                floor: Floor {
                    item_no: row.get(0)?,
                    speaker: speaker_at(row, 1)?,
                    started_at: time_at(row, 3)?,
                },
                requested_at: time_at(row, 4)?,
            })
        })
        .optional()?)
}

pub(super) fn delete_floor(conn: &Connection, id: MeetingId) -> Result<()> {
    conn.prepare_cached("DELETE FROM floor WHERE meeting_id = ?1")?
        .execute([id])?;
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

/// Refuses a speaker without a name ([`StoreError::NamelessSpeaker`]): the record names who
/// spoke, and a file with a nameless opinion would not import again.
pub(super) fn ensure_named(speaker: &Speaker) -> Result<()> {
    if speaker.name.trim().is_empty() {
        return Err(StoreError::NamelessSpeaker);
    }
    Ok(())
}
