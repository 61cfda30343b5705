//! Land pledges (SPEC §11): kept per household for an item that takes them.

use rusqlite::{Connection, Row, params};

use super::agenda::ensure_item;
use super::households::position_of;
use super::rows::{all_rows, code_at, time_at};
use super::{Result, Store, StoreError};
use crate::domain::{Measure, MeetingId, Pledge, format_time};

fn pledge_from_row(row: &Row<'_>) -> rusqlite::Result<Pledge> {
    Ok(Pledge {
        item_no: row.get(0)?,
        household_no: row.get(1)?,
        frontage: Measure(row.get(2)?),
        depth: Measure(row.get(3)?),
        area: Measure(row.get(4)?),
        structures: row.get(5)?,
        consent: code_at(row, 6)?,
        note: row.get(7)?,
        recorded_at: time_at(row, 8)?,
    })
}

impl Store {
    /// The pledges of the meeting, by item, then in the register's order.
    pub fn pledges(&self, id: MeetingId) -> Result<Vec<Pledge>> {
        read_pledges(&self.conn, id)
    }

    /// Marks item `item_no` as asking households for land, or not. An item with pledges keeps
    /// the mark ([`StoreError::ItemHasPledges`]).
    pub fn set_takes_pledges(&mut self, id: MeetingId, item_no: u32, takes: bool) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, item_no)?;
        if !takes {
            let pledged = tx
                .prepare_cached("SELECT 1 FROM pledges WHERE meeting_id = ?1 AND item_no = ?2")?
                .exists(params![id, item_no])?;
            if pledged {
                return Err(StoreError::ItemHasPledges { item_no });
            }
        }
        tx.prepare_cached(
            "UPDATE agenda_items SET takes_pledges = ?3 WHERE meeting_id = ?1 AND item_no = ?2",
        )?
        .execute(params![id, item_no, takes])?;
        tx.commit()?;
        Ok(())
    }

    /// Records a household's pledge on an item that takes pledges, or replaces the one it
    /// had there. Refuses an absurd area and a household not in the register.
    pub fn save_pledge(&mut self, id: MeetingId, pledge: &Pledge) -> Result<()> {
        pledge.validate()?;
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, pledge.item_no)?;
        ensure_takes_pledges(&tx, id, pledge.item_no)?;
        position_of(&tx, id, &pledge.household_no)?;
        tx.prepare_cached(
            "DELETE FROM pledges WHERE meeting_id = ?1 AND item_no = ?2 AND household_no = ?3",
        )?
        .execute(params![id, pledge.item_no, pledge.household_no])?;
        insert_pledge(&tx, id, pledge)?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a household's pledge on an item (recorded by mistake).
    pub fn remove_pledge(&mut self, id: MeetingId, item_no: u32, household_no: &str) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        let removed = tx
            .prepare_cached(
                "DELETE FROM pledges WHERE meeting_id = ?1 AND item_no = ?2 AND household_no = ?3",
            )?
            .execute(params![id, item_no, household_no])?;
        if removed == 0 {
            return Err(StoreError::UnknownHousehold {
                household_no: household_no.to_owned(),
            });
        }
        tx.commit()?;
        Ok(())
    }
}

fn ensure_takes_pledges(conn: &Connection, id: MeetingId, item_no: u32) -> Result<()> {
    let takes: bool = conn
        .prepare_cached(
            "SELECT takes_pledges FROM agenda_items WHERE meeting_id = ?1 AND item_no = ?2",
        )?
        .query_row(params![id, item_no], |row| row.get(0))?;
    if !takes {
        return Err(StoreError::ItemTakesNoPledges { item_no });
    }
    Ok(())
}

pub(super) fn read_pledges(conn: &Connection, id: MeetingId) -> Result<Vec<Pledge>> {
    all_rows(
        conn,
        "SELECT p.item_no, p.household_no, p.frontage_cm, p.depth_cm, p.area, p.structures, \
         p.consent, p.note, p.recorded_at \
         FROM pledges p JOIN households h \
           ON h.meeting_id = p.meeting_id AND h.household_no = p.household_no \
         WHERE p.meeting_id = ?1 ORDER BY p.item_no, h.position",
        [id],
        pledge_from_row,
    )
}

pub(super) fn insert_pledge(conn: &Connection, id: MeetingId, pledge: &Pledge) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO pledges (meeting_id, item_no, household_no, frontage_cm, depth_cm, area, \
         structures, consent, note, recorded_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        id,
        pledge.item_no,
        pledge.household_no,
        pledge.frontage.0,
        pledge.depth.0,
        pledge.area.0,
        pledge.structures,
        pledge.consent.code(),
        pledge.note,
        format_time(&pledge.recorded_at)
    ])?;
    Ok(())
}
