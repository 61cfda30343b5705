//! Attendance (SPEC §10): a household signs in with its representative, may leave, and the
//! meeting's households_present follows the list.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::households::{has_register, position_of, sync_presence};
use super::rows::{all_rows, code_at, opt_time_at, time_at};
use super::{Result, Store, StoreError};
use crate::domain::{Attendance, MeetingId, Standing, format_time};

fn attendance_from_row(row: &Row<'_>) -> rusqlite::Result<Attendance> {
    Ok(Attendance {
        household_no: row.get(0)?,
        representative_name: row.get(1)?,
        standing: code_at(row, 2)?,
        arrived_at: time_at(row, 3)?,
        left_at: opt_time_at(row, 4)?,
        note: row.get(5)?,
    })
}

/// Who comes for a household: its head unless another is named.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Representative {
    /// Empty: the household's head.
    pub name: String,
    pub standing: Standing,
    /// For a proxy, whose proxy it is.
    pub note: String,
}

impl Store {
    /// Who signed in, by arrival (then the register's order).
    pub fn attendance(&self, id: MeetingId) -> Result<Vec<Attendance>> {
        read_attendance(&self.conn, id)
    }

    /// Signs in household `household_no` at `at`. Refused for a household not in the register
    /// and for one present ([`StoreError::AlreadySignedIn`], naming when it arrived). A
    /// household that left comes back: under its last stay if no vote was taken while it was
    /// away (nothing it counted changes), else as a new stay, with who came for it now.
    pub fn sign_in(
        &mut self,
        id: MeetingId,
        household_no: &str,
        representative: &Representative,
        at: DateTime<FixedOffset>,
    ) -> Result<Attendance> {
        let tx = self.write_open_meeting(id)?;
        position_of(&tx, id, household_no)?;
        let last = last_stay(&tx, id, household_no)?;
        // Back before any vote counted it away: its last stay goes on.
        let goes_on = match &last {
            None => false,
            Some(last) => match last.left_at {
                None => {
                    return Err(StoreError::AlreadySignedIn {
                        household_no: household_no.to_owned(),
                        arrived_at: last.arrived_at,
                    });
                }
                Some(left_at) => !vote_since(&tx, id, left_at)?,
            },
        };
        if let (true, Some(last)) = (goes_on, &last) {
            tx.prepare_cached(
                "UPDATE attendance SET left_at = NULL \
                 WHERE meeting_id = ?1 AND household_no = ?2 AND arrived_at = ?3",
            )?
            .execute(params![id, household_no, format_time(&last.arrived_at)])?;
        } else {
            let name = representative_name(&tx, id, household_no, representative)?;
            // A stay begins after the one before it ended and after the latest vote.
            let not_before = last.and_then(|l| l.left_at).map_or(at, |left| at.max(left));
            let arrived_at = after_last_vote(&tx, id, not_before)?;
            tx.prepare_cached(
                "INSERT INTO attendance \
                 (meeting_id, household_no, representative_name, standing, arrived_at, left_at, note) \
                 VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6)",
            )?
            .execute(params![
                id,
                household_no,
                name,
                representative.standing.code(),
                format_time(&arrived_at),
                representative.note
            ])?;
        }
        sync_presence(&tx, id)?;
        let signed_in = last_stay(&tx, id, household_no)?.expect("signed in just now");
        tx.commit()?;
        Ok(signed_in)
    }

    /// Changes who represents a present household, and in what standing.
    pub fn change_representative(
        &mut self,
        id: MeetingId,
        household_no: &str,
        representative: &Representative,
    ) -> Result<Attendance> {
        let tx = self.write_open_meeting(id)?;
        position_of(&tx, id, household_no)?;
        let name = representative_name(&tx, id, household_no, representative)?;
        let changed = tx
            .prepare_cached(
                "UPDATE attendance SET representative_name = ?3, standing = ?4, note = ?5 \
                 WHERE meeting_id = ?1 AND household_no = ?2 AND left_at IS NULL",
            )?
            .execute(params![
                id,
                household_no,
                name,
                representative.standing.code(),
                representative.note
            ])?;
        if changed == 0 {
            return Err(StoreError::NotSignedIn {
                household_no: household_no.to_owned(),
            });
        }
        let changed = last_stay(&tx, id, household_no)?.expect("changed just now");
        tx.commit()?;
        Ok(changed)
    }

    /// Signs out a present household at `at` (it leaves the meeting).
    pub fn sign_out(
        &mut self,
        id: MeetingId,
        household_no: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<Attendance> {
        let tx = self.write_open_meeting(id)?;
        position_of(&tx, id, household_no)?;
        let present = last_stay(&tx, id, household_no)?.filter(Attendance::is_present);
        let Some(present) = present else {
            return Err(StoreError::NotSignedIn {
                household_no: household_no.to_owned(),
            });
        };
        // One cannot leave before arriving: a clock set back still leaves at the arrival.
        let left_at = after_last_vote(&tx, id, at.max(present.arrived_at))?;
        tx.prepare_cached(
            "UPDATE attendance SET left_at = ?3 \
             WHERE meeting_id = ?1 AND household_no = ?2 AND left_at IS NULL",
        )?
        .execute(params![id, household_no, format_time(&left_at)])?;
        sync_presence(&tx, id)?;
        let left = last_stay(&tx, id, household_no)?.expect("signed out just now");
        tx.commit()?;
        Ok(left)
    }

    /// Takes back a household's latest sign-in, made by mistake, while no vote has been taken
    /// since it arrived (a vote counted it present): [`StoreError::SignInCounted`] otherwise.
    /// A stay before it stays as it was.
    pub fn cancel_sign_in(&mut self, id: MeetingId, household_no: &str) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        position_of(&tx, id, household_no)?;
        let Some(earlier) = last_stay(&tx, id, household_no)? else {
            return Err(StoreError::NotSignedIn {
                household_no: household_no.to_owned(),
            });
        };
        if vote_since(&tx, id, earlier.arrived_at)? {
            return Err(StoreError::SignInCounted {
                household_no: household_no.to_owned(),
            });
        }
        tx.prepare_cached(
            "DELETE FROM attendance WHERE meeting_id = ?1 AND household_no = ?2 AND arrived_at = ?3",
        )?
        .execute(params![id, household_no, format_time(&earlier.arrived_at)])?;
        sync_presence(&tx, id)?;
        tx.commit()?;
        Ok(())
    }
}

pub(super) fn read_attendance(conn: &Connection, id: MeetingId) -> Result<Vec<Attendance>> {
    all_rows(
        conn,
        "SELECT a.household_no, a.representative_name, a.standing, a.arrived_at, a.left_at, a.note \
         FROM attendance a JOIN households h \
           ON h.meeting_id = a.meeting_id AND h.household_no = a.household_no \
         WHERE a.meeting_id = ?1 ORDER BY unixepoch(a.arrived_at), h.position",
        [id],
        attendance_from_row,
    )
}

/// The name of who represents the household: the one given, else its head's.
fn representative_name(
    conn: &Connection,
    id: MeetingId,
    household_no: &str,
    representative: &Representative,
) -> Result<String> {
    let name = if representative.name.is_empty() {
        conn.prepare_cached(
            "SELECT head_name FROM households WHERE meeting_id = ?1 AND household_no = ?2",
        )?
        .query_row(params![id, household_no], |row| row.get::<_, String>(0))?
    } else {
        representative.name.clone()
    };
    if name.is_empty() {
        return Err(StoreError::NamelessRepresentative {
            household_no: household_no.to_owned(),
        });
    }
    // The list says whose proxy a proxy holds (SPEC §10).
    if representative.standing == Standing::Proxy && representative.note.trim().is_empty() {
        return Err(StoreError::ProxyWithoutNote {
            household_no: household_no.to_owned(),
        });
    }
    Ok(name)
}

/// The household's latest stay: the one it is in, or the last it left.
fn last_stay(conn: &Connection, id: MeetingId, household_no: &str) -> Result<Option<Attendance>> {
    Ok(conn
        .prepare_cached(
            "SELECT household_no, representative_name, standing, arrived_at, left_at, note \
             FROM attendance WHERE meeting_id = ?1 AND household_no = ?2 \
             ORDER BY unixepoch(arrived_at) DESC LIMIT 1",
        )?
        .query_row(params![id, household_no], attendance_from_row)
        .optional()?)
}

/// `at`, or the second after the meeting's latest vote if that is later. A vote is saved with
/// the households present at its time; a sign-in or a sign-out after it, in the same second
/// (times are whole seconds) or under a clock set back, must not change what the list counts
/// at the vote's time.
fn after_last_vote(
    conn: &Connection,
    id: MeetingId,
    at: DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>> {
    let latest: Option<i64> = conn
        .prepare_cached("SELECT MAX(unixepoch(voted_at)) FROM votes WHERE meeting_id = ?1")?
        .query_row([id], |row| row.get(0))?;
    Ok(not_before(at, latest.map(|latest| latest + 1)))
}

/// `at`, or the latest arrival or departure of the sign-in list if that is later: the time a
/// vote is taken at, so that the list counts at it who is present now, whatever a clock set
/// back says.
pub(super) fn after_last_attendance(
    conn: &Connection,
    id: MeetingId,
    at: DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>> {
    let latest: Option<i64> = conn
        .prepare_cached(
            "SELECT MAX(MAX(unixepoch(arrived_at), COALESCE(unixepoch(left_at), 0))) \
             FROM attendance WHERE meeting_id = ?1",
        )?
        .query_row([id], |row| row.get(0))?;
    Ok(not_before(at, latest))
}

/// `at`, moved on to the Unix second `earliest` if it is before it (offset kept).
fn not_before(at: DateTime<FixedOffset>, earliest: Option<i64>) -> DateTime<FixedOffset> {
    match earliest {
        Some(earliest) if at.timestamp() < earliest => {
            at + chrono::TimeDelta::seconds(earliest - at.timestamp())
        }
        _ => at,
    }
}

/// Whether a vote of the meeting was taken at `since` or later.
fn vote_since(conn: &Connection, id: MeetingId, since: DateTime<FixedOffset>) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM votes WHERE meeting_id = ?1 AND unixepoch(voted_at) >= unixepoch(?2)",
        )?
        .exists(params![id, format_time(&since)])?)
}

pub(super) fn insert_attendance(
    conn: &Connection,
    id: MeetingId,
    attendance: &Attendance,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO attendance \
         (meeting_id, household_no, representative_name, standing, arrived_at, left_at, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        attendance.household_no,
        attendance.representative_name,
        attendance.standing.code(),
        format_time(&attendance.arrived_at),
        attendance.left_at.as_ref().map(format_time),
        attendance.note
    ])?;
    Ok(())
}

/// With a register, refuses a vote at `at` whose households present are not those the
/// sign-in list counts then ([`StoreError::PresentNotAttendance`]).
pub(super) fn check_present_by_list(
    conn: &Connection,
    id: MeetingId,
    present: u32,
    at: DateTime<FixedOffset>,
) -> Result<()> {
    if !has_register(conn, id)? {
        return Ok(());
    }
    let expected = present_at(conn, id, at)?;
    if present != expected {
        return Err(StoreError::PresentNotAttendance {
            found: present,
            expected,
        });
    }
    Ok(())
}

/// Households present at `at` by the attendance list: as a vote taken then counts them.
fn present_at(conn: &Connection, id: MeetingId, at: DateTime<FixedOffset>) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT COUNT(*) FROM attendance WHERE meeting_id = ?1 \
             AND unixepoch(arrived_at) <= unixepoch(?2) \
             AND (left_at IS NULL OR unixepoch(left_at) > unixepoch(?2))",
        )?
        .query_row(params![id, format_time(&at)], |row| row.get(0))?)
}
