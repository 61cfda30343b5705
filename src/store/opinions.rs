//! What residents said: an opinion is saved when its speaker's turn ends, and can be corrected
//! (who spoke, on which item, the stance and the text).

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::agenda::ensure_item;
use super::audit::{AUDIT_OPINION, Entry, log_correction_as};
use super::drafts::delete_opinion_drafts;
use super::rows::{all_rows, code_at, speaker_at, time_at};
use super::speakers::{delete_floor, ensure_named, read_floor};
use super::{Result, Store, StoreError};
use crate::domain::{MeetingId, Opinion, OpinionCorrection, Stance, format_time};

/// The columns read by [`opinion_from_row`], in order; the queries name them through this
/// macro, so that they cannot drift from the mapping.
macro_rules! opinion_columns {
    () => {
        "item_no, turn_no, speaker_name, speaker_address, stance, opinion, started_at, duration_s"
    };
}

fn opinion_from_row(row: &Row<'_>) -> rusqlite::Result<Opinion> {
    Ok(Opinion {
        item_no: row.get(0)?,
        turn_no: row.get(1)?,
        speaker: speaker_at(row, 2)?,
        stance: code_at(row, 4)?,
        text: row.get(5)?,
        started_at: time_at(row, 6)?,
        duration_s: row.get(7)?,
    })
}

impl Store {
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
        let tx = self.write_open_meeting(id)?;
        let floor = read_floor(&tx, id)?.ok_or(StoreError::NoFloor)?.floor;
        let turn_no = next_turn_no(&tx, id, floor.item_no)?;
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
        delete_opinion_drafts(&tx, id)?;
        tx.commit()?;
        Ok(opinion)
    }

    /// Corrects a saved opinion: its speaker, stance and text, and its item. Moved to another
    /// item, it becomes that item's latest turn (the turn it leaves stays a gap: turn numbers
    /// name entries of the log and of printed minutes, so none is reused or renumbered). The
    /// previous values go to the audit log, under the opinion's key after the correction.
    pub fn correct_opinion(
        &mut self,
        id: MeetingId,
        item_no: u32,
        turn_no: u32,
        corrected: &OpinionCorrection,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Opinion> {
        ensure_named(&corrected.speaker)?;
        let tx = self.write_open_meeting(id)?;
        let new_turn_no = if corrected.item_no == item_no {
            turn_no
        } else {
            ensure_item(&tx, id, corrected.item_no)?;
            next_turn_no(&tx, id, corrected.item_no)?
        };
        log_correction_as(
            &tx,
            id,
            Entry::Opinion { item_no, turn_no },
            Entry::Opinion {
                item_no: corrected.item_no,
                turn_no: new_turn_no,
            },
            reason,
            &at,
        )?;
        tx.prepare_cached(
            "UPDATE opinions SET item_no = ?4, turn_no = ?5, speaker_name = ?6, \
             speaker_address = ?7, stance = ?8, opinion = ?9 \
             WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3",
        )?
        .execute(params![
            id,
            item_no,
            turn_no,
            corrected.item_no,
            new_turn_no,
            corrected.speaker.name,
            corrected.speaker.address,
            corrected.stance.code(),
            corrected.text
        ])?;
        let opinion = tx
            .prepare_cached(concat!(
                "SELECT ",
                opinion_columns!(),
                " FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3"
            ))?
            .query_row(
                params![id, corrected.item_no, new_turn_no],
                opinion_from_row,
            )?;
        tx.commit()?;
        Ok(opinion)
    }

    /// Opinions of an item, by turn_no.
    pub fn opinions(&self, id: MeetingId, item_no: u32) -> Result<Vec<Opinion>> {
        all_rows(
            &self.conn,
            concat!(
                "SELECT ",
                opinion_columns!(),
                " FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 ORDER BY turn_no"
            ),
            params![id, item_no],
            opinion_from_row,
        )
    }

    /// How many opinions the item has.
    pub fn opinion_count(&self, id: MeetingId, item_no: u32) -> Result<usize> {
        let count: i64 = self
            .conn
            .prepare_cached("SELECT COUNT(*) FROM opinions WHERE meeting_id = ?1 AND item_no = ?2")?
            .query_row(params![id, item_no], |row| row.get(0))?;
        // A count is never below zero.
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// The opinions of an item from its `skip`th by turn_no, at most `take` of them: a page of
    /// [`Store::opinions`] for an item too long to read whole.
    pub fn opinions_window(
        &self,
        id: MeetingId,
        item_no: u32,
        skip: usize,
        take: usize,
    ) -> Result<Vec<Opinion>> {
        // SQLite's integers are i64; a window that large is the whole item.
        let [skip, take] = [skip, take].map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        all_rows(
            &self.conn,
            concat!(
                "SELECT ",
                opinion_columns!(),
                " FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 ORDER BY turn_no \
                 LIMIT ?3 OFFSET ?4"
            ),
            params![id, item_no, take, skip],
            opinion_from_row,
        )
    }
}

/// The turn_no after the last the item `item_no` ever had: also after those of opinions moved
/// away since (the audit log keeps where they were), so that a turn number, once given, names
/// one opinion for good, in the log and in the minutes.
fn next_turn_no(conn: &Connection, id: MeetingId, item_no: u32) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT MAX(\
               (SELECT COALESCE(MAX(turn_no), 0) FROM opinions \
                WHERE meeting_id = ?1 AND item_no = ?2), \
               (SELECT COALESCE(MAX(json_extract(old_values, '$.turn_no')), 0) FROM audit_log \
                WHERE meeting_id = ?1 AND entity = ?3 \
                AND json_extract(old_values, '$.item_no') = ?2)) + 1",
        )?
        .query_row(params![id, item_no, AUDIT_OPINION], |row| row.get(0))?)
}

/// Every opinion of the meeting, by item_no then turn_no.
pub(super) fn read_all_opinions(conn: &Connection, id: MeetingId) -> Result<Vec<Opinion>> {
    all_rows(
        conn,
        concat!(
            "SELECT ",
            opinion_columns!(),
            " FROM opinions WHERE meeting_id = ?1 ORDER BY item_no, turn_no"
        ),
        [id],
        opinion_from_row,
    )
}

/// Hands every opinion of the meeting, by item_no then turn_no, to `each` as they are read
/// (never all in memory at once).
pub(super) fn for_each_opinion<T, E: From<StoreError>>(
    conn: &Connection,
    id: MeetingId,
    each: impl FnOnce(&mut dyn Iterator<Item = Result<Opinion>>) -> std::result::Result<T, E>,
) -> std::result::Result<T, E> {
    let mut stmt = conn
        .prepare_cached(concat!(
            "SELECT ",
            opinion_columns!(),
            " FROM opinions WHERE meeting_id = ?1 ORDER BY item_no, turn_no"
        ))
        .map_err(StoreError::from)?;
    let mut rows = stmt
        .query_map([id], opinion_from_row)
        .map_err(StoreError::from)?
        .map(|row| row.map_err(StoreError::from));
    each(&mut rows)
}

/// The opinion `item_no`, `turn_no` of the meeting, if there is one.
pub(super) fn read_opinion(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    turn_no: u32,
) -> Result<Option<Opinion>> {
    Ok(conn
        .prepare_cached(concat!(
            "SELECT ",
            opinion_columns!(),
            " FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3"
        ))?
        .query_row(params![id, item_no, turn_no], opinion_from_row)
        .optional()?)
}

/// Whether the meeting has an opinion `item_no`, `turn_no`.
pub(super) fn has_opinion(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    turn_no: u32,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM opinions WHERE meeting_id = ?1 AND item_no = ?2 AND turn_no = ?3",
        )?
        .query_row(params![id, item_no, turn_no], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(super) fn insert_opinion(conn: &Connection, id: MeetingId, opinion: &Opinion) -> Result<()> {
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
