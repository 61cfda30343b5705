//! Land pledges (SPEC §11): kept per household for an item that takes them.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::agenda::ensure_item;
use super::audit::log_pledge;
use super::households::position_of;
use super::rows::{all_rows, code_at, time_at};
use super::{Result, Store, StoreError};
use crate::domain::{ChangeAction, Measure, MeetingId, Pledge, format_time};

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

    /// Records a household's pledge on an item that takes pledges. Refuses an absurd area, a
    /// household not in the register and a second pledge of the household on the item
    /// ([`StoreError::AlreadyPledged`]: that one is corrected, with a reason).
    pub fn save_pledge(&mut self, id: MeetingId, pledge: &Pledge) -> Result<()> {
        pledge.validate()?;
        let tx = self.write_open_meeting(id)?;
        ensure_pledgeable(&tx, id, pledge)?;
        if read_pledge(&tx, id, pledge.item_no, &pledge.household_no)?.is_some() {
            return Err(StoreError::AlreadyPledged {
                item_no: pledge.item_no,
                household_no: pledge.household_no.clone(),
            });
        }
        insert_pledge(&tx, id, pledge)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces a household's pledge on an item by `corrected` (the household changed its
    /// mind, or it was taken down wrong). The pledge as it was goes to the audit log with
    /// `reason` and the time `at`.
    pub fn correct_pledge(
        &mut self,
        id: MeetingId,
        corrected: &Pledge,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<()> {
        corrected.validate()?;
        let tx = self.write_open_meeting(id)?;
        ensure_pledgeable(&tx, id, corrected)?;
        let was = existing_pledge(&tx, id, corrected.item_no, &corrected.household_no)?;
        log_pledge(&tx, id, &was, ChangeAction::Correct, reason, &at)?;
        delete_pledge(&tx, id, corrected.item_no, &corrected.household_no)?;
        insert_pledge(&tx, id, corrected)?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a household's pledge on an item, recorded by mistake. The pledge goes to the
    /// audit log with `reason` and the time `at`.
    pub fn remove_pledge(
        &mut self,
        id: MeetingId,
        item_no: u32,
        household_no: &str,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        let was = existing_pledge(&tx, id, item_no, household_no)?;
        log_pledge(&tx, id, &was, ChangeAction::Removed, reason, &at)?;
        delete_pledge(&tx, id, item_no, household_no)?;
        tx.commit()?;
        Ok(())
    }
}

/// The item takes pledges and the household is in the register.
fn ensure_pledgeable(conn: &Connection, id: MeetingId, pledge: &Pledge) -> Result<()> {
    ensure_item(conn, id, pledge.item_no)?;
    ensure_takes_pledges(conn, id, pledge.item_no)?;
    position_of(conn, id, &pledge.household_no)?;
    Ok(())
}

fn read_pledge(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    household_no: &str,
) -> Result<Option<Pledge>> {
    Ok(conn
        .prepare_cached(
            "SELECT item_no, household_no, frontage_cm, depth_cm, area, structures, consent, \
             note, recorded_at FROM pledges \
             WHERE meeting_id = ?1 AND item_no = ?2 AND household_no = ?3",
        )?
        .query_row(params![id, item_no, household_no], pledge_from_row)
        .optional()?)
}

/// The household's pledge on the item; [`StoreError::NoPledge`] if it made none.
fn existing_pledge(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    household_no: &str,
) -> Result<Pledge> {
    read_pledge(conn, id, item_no, household_no)?.ok_or_else(|| StoreError::NoPledge {
        item_no,
        household_no: household_no.to_owned(),
    })
}

fn delete_pledge(conn: &Connection, id: MeetingId, item_no: u32, household_no: &str) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM pledges WHERE meeting_id = ?1 AND item_no = ?2 AND household_no = ?3",
    )?
    .execute(params![id, item_no, household_no])?;
    Ok(())
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
