//! The register of a meeting (SPEC §9): replaced from a group's list, a household added,
//! corrected or marked as moved away (both audited), and the meeting's households_total and
//! households_present kept equal to the register and its attendance.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{Entry, log_action, log_correction};
use super::rows::all_rows;
use super::{Result, Store, StoreError};
use crate::domain::household::is_household_no;
use crate::domain::{Household, MeetingId};

/// The audit log's action for a household marked as moved away: its row as it was.
pub const AUDIT_MOVED_AWAY: &str = "moved_away";

fn household_from_row(row: &Row<'_>) -> rusqlite::Result<Household> {
    Ok(Household {
        household_no: row.get(0)?,
        address: row.get(1)?,
        head_name: row.get(2)?,
        members: row.get(3)?,
        phone: row.get(4)?,
        note: row.get(5)?,
    })
}

impl Store {
    /// The register of the meeting, in its order; empty for a meeting without one.
    pub fn households(&self, id: MeetingId) -> Result<Vec<Household>> {
        read_households(&self.conn, id)
    }

    /// Replaces the register of an open meeting by `households` (a group's own list, or the
    /// register of an earlier meeting), in their order; its households_total becomes their
    /// number. Refused once the meeting has a vote (each counted the households of its
    /// meeting), anyone has signed in or pledged (they name households of the register), or a
    /// household was corrected or moved away (its history is about this register).
    pub fn set_register(&mut self, id: MeetingId, households: &[Household]) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        ensure_no_votes(&tx, id)?;
        let in_use: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM attendance WHERE meeting_id = ?1) \
                 OR EXISTS (SELECT 1 FROM pledges WHERE meeting_id = ?1)",
            )?
            .query_row([id], |row| row.get(0))?;
        if in_use {
            return Err(StoreError::RegisterInUse);
        }
        // A household corrected or moved away keeps its history against the register it is
        // part of: a new list would leave that history about households it does not hold.
        let changed: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM audit_log WHERE meeting_id = ?1 AND entity = ?2)",
            )?
            .query_row(params![id, super::audit::AUDIT_HOUSEHOLD], |row| row.get(0))?;
        if changed {
            return Err(StoreError::RegisterHasHistory);
        }
        tx.prepare_cached("DELETE FROM households WHERE meeting_id = ?1")?
            .execute([id])?;
        insert_households(&tx, id, households)?;
        sync_presence(&tx, id)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a household at the end of the register; refused once the meeting has a vote.
    pub fn add_household(&mut self, id: MeetingId, household: &Household) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        ensure_no_votes(&tx, id)?;
        let position: u32 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM households WHERE meeting_id = ?1",
            )?
            .query_row([id], |row| row.get(0))?;
        insert_household(&tx, id, position, household)?;
        sync_presence(&tx, id)?;
        tx.commit()?;
        Ok(())
    }

    /// Corrects the address, head, members, phone and note of household `household_no` (its
    /// number stays: the sign-in and the pledges name it). The previous row goes to the
    /// audit log with `reason`.
    pub fn correct_household(
        &mut self,
        id: MeetingId,
        household_no: &str,
        corrected: &Household,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        let position = position_of(&tx, id, household_no)?;
        if corrected.household_no != household_no {
            return Err(StoreError::HouseholdNumberKept {
                household_no: household_no.to_owned(),
            });
        }
        log_correction(&tx, id, Entry::Household { position }, reason, &at)?;
        tx.prepare_cached(
            "UPDATE households SET address = ?3, head_name = ?4, members = ?5, phone = ?6, \
             note = ?7 WHERE meeting_id = ?1 AND household_no = ?2",
        )?
        .execute(params![
            id,
            household_no,
            corrected.address,
            corrected.head_name,
            corrected.members,
            corrected.phone,
            corrected.note
        ])?;
        tx.commit()?;
        Ok(())
    }

    /// Takes household `household_no` out of the register: it has moved away. Its row goes to
    /// the audit log with `reason`. Refused once the meeting has a vote (the number of
    /// households would change under it) and while the household has signed in or pledged.
    pub fn mark_moved_away(
        &mut self,
        id: MeetingId,
        household_no: &str,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        let position = position_of(&tx, id, household_no)?;
        ensure_no_votes(&tx, id)?;
        let in_use: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM attendance \
                                WHERE meeting_id = ?1 AND household_no = ?2) \
                 OR EXISTS (SELECT 1 FROM pledges WHERE meeting_id = ?1 AND household_no = ?2)",
            )?
            .query_row(params![id, household_no], |row| row.get(0))?;
        if in_use {
            return Err(StoreError::HouseholdInUse {
                household_no: household_no.to_owned(),
            });
        }
        // The last household gone would leave a meeting without a register and its total.
        if read_households(&tx, id)?.len() == 1 {
            return Err(StoreError::LastHousehold {
                household_no: household_no.to_owned(),
            });
        }
        log_action(
            &tx,
            id,
            Entry::Household { position },
            AUDIT_MOVED_AWAY,
            reason,
            &at,
        )?;
        tx.prepare_cached("DELETE FROM households WHERE meeting_id = ?1 AND household_no = ?2")?
            .execute(params![id, household_no])?;
        sync_presence(&tx, id)?;
        tx.commit()?;
        Ok(())
    }

    /// The register of the latest meeting (by start, not `id` itself) of the same ward and
    /// residential group that has one: what a new meeting of the group is offered.
    pub fn latest_register_of_group(&self, id: MeetingId) -> Result<Option<(MeetingId, u32)>> {
        let group: Option<(String, String)> = self
            .conn
            .prepare_cached("SELECT ward, residential_group FROM meetings WHERE id = ?1")?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        match group {
            Some((ward, group)) => latest_register(&self.conn, &ward, &group, Some(id)),
            None => Ok(None),
        }
    }

    /// The register of the latest meeting (by start) of the ward and residential group, as
    /// they are written, that has one, and its number of households: what the form of a new
    /// meeting of the group offers before the meeting exists.
    pub fn latest_register_of(&self, ward: &str, group: &str) -> Result<Option<(MeetingId, u32)>> {
        latest_register(&self.conn, ward, group, None)
    }
}

/// The latest meeting of `ward` and `group` but `except` that has a register, and its number
/// of households. The names are compared as a secretary types them again: without regard to
/// the case of their letters of the basic Latin alphabet ("tổ dân phố 27" is "Tổ dân phố 27")
/// or to spaces around them.
fn latest_register(
    conn: &Connection,
    ward: &str,
    group: &str,
    except: Option<MeetingId>,
) -> Result<Option<(MeetingId, u32)>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, (SELECT COUNT(*) FROM households h WHERE h.meeting_id = m.id) \
             FROM meetings m \
             WHERE lower(trim(m.ward)) = lower(trim(?1)) \
               AND lower(trim(m.residential_group)) = lower(trim(?2)) AND m.id IS NOT ?3 \
               AND EXISTS (SELECT 1 FROM households h WHERE h.meeting_id = m.id) \
             ORDER BY unixepoch(m.started_at) DESC, m.id DESC LIMIT 1",
        )?
        .query_row(params![ward, group, except], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?)
}

pub(super) fn read_households(conn: &Connection, id: MeetingId) -> Result<Vec<Household>> {
    all_rows(
        conn,
        "SELECT household_no, address, head_name, members, phone, note FROM households \
         WHERE meeting_id = ?1 ORDER BY position",
        [id],
        household_from_row,
    )
}

/// Inserts `households` after any the register has, in their order.
pub(super) fn insert_households(
    conn: &Connection,
    id: MeetingId,
    households: &[Household],
) -> Result<()> {
    // A number given twice is refused by `insert_household`, which looks for it first.
    for (index, household) in households.iter().enumerate() {
        let position = u32::try_from(index + 1).unwrap_or(u32::MAX);
        insert_household(conn, id, position, household)?;
    }
    Ok(())
}

fn insert_household(
    conn: &Connection,
    id: MeetingId,
    position: u32,
    household: &Household,
) -> Result<()> {
    if !is_household_no(&household.household_no) {
        return Err(StoreError::BadHouseholdNumber {
            household_no: household.household_no.clone(),
        });
    }
    let taken: bool = conn
        .prepare_cached("SELECT 1 FROM households WHERE meeting_id = ?1 AND household_no = ?2")?
        .exists(params![id, household.household_no])?;
    if taken {
        return Err(StoreError::DuplicateHousehold {
            household_no: household.household_no.clone(),
        });
    }
    conn.prepare_cached(
        "INSERT INTO households \
         (meeting_id, household_no, position, address, head_name, members, phone, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        id,
        household.household_no,
        position,
        household.address,
        household.head_name,
        household.members,
        household.phone,
        household.note
    ])?;
    Ok(())
}

/// Where household `household_no` stands in the register, or
/// [`StoreError::UnknownHousehold`].
pub(super) fn position_of(conn: &Connection, id: MeetingId, household_no: &str) -> Result<u32> {
    conn.prepare_cached(
        "SELECT position FROM households WHERE meeting_id = ?1 AND household_no = ?2",
    )?
    .query_row(params![id, household_no], |row| row.get(0))
    .optional()?
    .ok_or_else(|| StoreError::UnknownHousehold {
        household_no: household_no.to_owned(),
    })
}

/// Whether the meeting holds a register.
pub(super) fn has_register(conn: &Connection, id: MeetingId) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM households WHERE meeting_id = ?1 LIMIT 1")?
        .exists([id])?)
}

fn ensure_no_votes(conn: &Connection, id: MeetingId) -> Result<()> {
    let voted = conn
        .prepare_cached("SELECT 1 FROM votes WHERE meeting_id = ?1 LIMIT 1")?
        .exists([id])?;
    if voted {
        return Err(StoreError::TotalFixedByVotes { id });
    }
    Ok(())
}

/// With a register, sets the meeting's households_total to its number of households and
/// households_present to those signed in and not left; without one, leaves both as typed.
pub(super) fn sync_presence(conn: &Connection, id: MeetingId) -> Result<()> {
    conn.prepare_cached(
        "UPDATE meetings SET \
           households_total = (SELECT COUNT(*) FROM households WHERE meeting_id = ?1), \
           households_present = (SELECT COUNT(*) FROM attendance \
                                 WHERE meeting_id = ?1 AND left_at IS NULL) \
         WHERE id = ?1 AND EXISTS (SELECT 1 FROM households WHERE meeting_id = ?1)",
    )?
    .execute([id])?;
    Ok(())
}
