//! The chair's conclusion on each item: written, rewritten or cleared while the meeting is open.

use rusqlite::{Connection, Row, params};

use super::agenda::ensure_item;
use super::rows::all_rows;
use super::{Result, Store};
use crate::domain::{Conclusion, MeetingId};

fn conclusion_from_row(row: &Row<'_>) -> rusqlite::Result<Conclusion> {
    Ok(Conclusion {
        item_no: row.get(0)?,
        text: row.get(1)?,
    })
}

impl Store {
    /// The conclusions of the meeting, by item_no.
    pub fn conclusions(&self, id: MeetingId) -> Result<Vec<Conclusion>> {
        read_conclusions(&self.conn, id)
    }

    /// Records the chair's conclusion on item `item_no`, replacing any earlier one; an empty
    /// text clears it, so that the minutes leave the line to fill in by hand. The text is
    /// stored as given (the caller cleans it).
    pub fn set_conclusion(&mut self, id: MeetingId, item_no: u32, text: &str) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, item_no)?;
        if text.is_empty() {
            tx.prepare_cached("DELETE FROM conclusions WHERE meeting_id = ?1 AND item_no = ?2")?
                .execute(params![id, item_no])?;
        } else {
            tx.prepare_cached(
                "INSERT INTO conclusions (meeting_id, item_no, conclusion) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (meeting_id, item_no) DO UPDATE SET conclusion = excluded.conclusion",
            )?
            .execute(params![id, item_no, text])?;
        }
        tx.commit()?;
        Ok(())
    }
}

pub(super) fn read_conclusions(conn: &Connection, id: MeetingId) -> Result<Vec<Conclusion>> {
    all_rows(
        conn,
        "SELECT item_no, conclusion FROM conclusions WHERE meeting_id = ?1 ORDER BY item_no",
        [id],
        conclusion_from_row,
    )
}

pub(super) fn insert_conclusion(
    conn: &Connection,
    id: MeetingId,
    conclusion: &Conclusion,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO conclusions (meeting_id, item_no, conclusion) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, conclusion.item_no, conclusion.text])?;
    Ok(())
}
