//! The meetings themselves: the list, creating one, reading one, correcting its details, and
//! its attendance.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{Entry, log_correction};
use super::households::has_register;
use super::rows::{all_rows, code_at, opt_time_at, time_at};
use super::{Missing, Result, Store, StoreError};
use crate::domain::{
    Meeting, MeetingDetails, MeetingId, MeetingStatus, SpeakingLimit, VoteError, format_time,
};

/// One line of the meetings list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSummary {
    pub id: MeetingId,
    pub title: String,
    pub started_at: DateTime<FixedOffset>,
    pub status: MeetingStatus,
}

/// The columns read by [`meeting_from_row`], in order; the queries name them through this
/// macro, so that they cannot drift from the mapping.
macro_rules! meeting_columns {
    () => {
        "title, ward, residential_group, location, started_at, ended_at, chair, chair_title, \
         secretary, households_total, households_present, status"
    };
}

fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        title: row.get(0)?,
        ward: row.get(1)?,
        residential_group: row.get(2)?,
        location: row.get(3)?,
        started_at: time_at(row, 4)?,
        ended_at: opt_time_at(row, 5)?,
        chair: row.get(6)?,
        chair_title: row.get(7)?,
        secretary: row.get(8)?,
        households_total: row.get(9)?,
        households_present: row.get(10)?,
        status: code_at(row, 11)?,
    })
}

impl Store {
    /// All meetings, newest `started_at` first (ties: the higher id first).
    pub fn list_meetings(&self) -> Result<Vec<MeetingSummary>> {
        all_rows(
            &self.conn,
            "SELECT id, title, started_at, status FROM meetings \
             ORDER BY unixepoch(started_at) DESC, id DESC",
            [],
            |row| {
                Ok(MeetingSummary {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    started_at: time_at(row, 2)?,
                    status: code_at(row, 3)?,
                })
            },
        )
    }

    /// The ids of all meetings, in the order they were created.
    pub fn meeting_ids(&self) -> Result<Vec<MeetingId>> {
        all_rows(
            &self.conn,
            "SELECT id FROM meetings ORDER BY id",
            [],
            |row| row.get(0),
        )
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

    /// Creates a meeting without agenda, with its speaking-time limit, in one transaction.
    pub fn create_meeting_with_limit(
        &mut self,
        meeting: &Meeting,
        limit: SpeakingLimit,
    ) -> Result<MeetingId> {
        self.insert_record_with_limit(
            &crate::domain::MeetingRecord {
                meeting: meeting.clone(),
                agenda: Vec::new(),
                opinions: Vec::new(),
                votes: Vec::new(),
                guests: Vec::new(),
                conclusions: Vec::new(),
                corrections: Vec::new(),
                households: Vec::new(),
                attendance: Vec::new(),
                pledges: Vec::new(),
                register_changes: Vec::new(),
                options: Vec::new(),
                option_votes: Vec::new(),
                ballots: Default::default(),
            },
            limit,
        )
    }

    /// The meeting `id`, or [`StoreError::NotFound`].
    pub fn meeting(&self, id: MeetingId) -> Result<Meeting> {
        read_meeting(&self.conn, id)
    }

    /// Sets the households present now; refuses more than all households, and any number in a
    /// meeting with a register, whose presence is counted from its sign-in list.
    pub fn set_households_present(&mut self, id: MeetingId, present: u32) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        if has_register(&tx, id)? {
            return Err(StoreError::PresenceFromRegister);
        }
        check_attendance(present, households_total(&tx, id)?)?;
        tx.prepare_cached("UPDATE meetings SET households_present = ?2 WHERE id = ?1")?
            .execute(params![id, present])?;
        tx.commit()?;
        Ok(())
    }

    /// Corrects the details of an open meeting: its header and its number of households,
    /// which may not fall below the households present, nor change once the meeting has a vote
    /// ([`StoreError::TotalFixedByVotes`]: every vote counts the households of its meeting).
    /// The previous values go to the audit log.
    pub fn correct_meeting_details(
        &mut self,
        id: MeetingId,
        details: &MeetingDetails,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Meeting> {
        let tx = self.write_open_meeting(id)?;
        let (present, total, voted): (u32, u32, bool) = tx
            .prepare_cached(
                "SELECT households_present, households_total, \
                   EXISTS (SELECT 1 FROM votes WHERE meeting_id = ?1) \
                 FROM meetings WHERE id = ?1",
            )?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        if details.households_total != total && has_register(&tx, id)? {
            return Err(StoreError::TotalFromRegister);
        }
        if voted && details.households_total != total {
            return Err(StoreError::TotalFixedByVotes { id });
        }
        check_attendance(present, details.households_total)?;
        log_correction(&tx, id, Entry::Meeting, reason, &at)?;
        tx.prepare_cached(
            "UPDATE meetings SET title = ?2, ward = ?3, residential_group = ?4, location = ?5, \
             started_at = ?6, chair = ?7, chair_title = ?8, secretary = ?9, \
             households_total = ?10 WHERE id = ?1",
        )?
        .execute(params![
            id,
            details.title,
            details.ward,
            details.residential_group,
            details.location,
            format_time(&details.started_at),
            details.chair,
            details.chair_title,
            details.secretary,
            details.households_total
        ])?;
        let meeting = read_meeting(&tx, id)?;
        tx.commit()?;
        Ok(meeting)
    }

    /// How long each speaker may speak in the meeting.
    pub fn speaking_limit(&self, id: MeetingId) -> Result<SpeakingLimit> {
        read_speaking_limit(&self.conn, id)
    }

    /// Changes how long each speaker may speak; refused for a closed meeting.
    pub fn set_speaking_limit(&mut self, id: MeetingId, limit: SpeakingLimit) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        write_speaking_limit(&tx, id, limit)?;
        tx.commit()?;
        Ok(())
    }
}

/// All households of the meeting `id`.
pub(super) fn households_total(conn: &Connection, id: MeetingId) -> Result<u32> {
    Ok(conn
        .prepare_cached("SELECT households_total FROM meetings WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?)
}

/// Refuses the counts of a vote taken among another number of households than the meeting's.
pub(super) fn check_vote_among(
    conn: &Connection,
    id: MeetingId,
    counts: &crate::domain::VoteCounts,
) -> Result<()> {
    let expected = households_total(conn, id)?;
    if counts.households_total != expected {
        return Err(StoreError::OtherHouseholdsTotal {
            found: counts.households_total,
            expected,
        });
    }
    Ok(())
}

pub(super) fn check_attendance(present: u32, total: u32) -> Result<()> {
    if present > total {
        return Err(VoteError::PresentExceedsTotal { present, total }.into());
    }
    Ok(())
}

/// What `sql` selects of the meeting `id` (its `?1`), read with `from_row`;
/// [`StoreError::NotFound`] if there is no such meeting.
pub(super) fn read_from_meeting<T>(
    conn: &Connection,
    id: MeetingId,
    sql: &str,
    from_row: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    conn.prepare_cached(sql)?
        .query_row([id], from_row)
        .optional()?
        .ok_or(StoreError::NotFound(Missing::Meeting { id }))
}

/// Refuses changes to a meeting that does not exist or is closed.
pub(super) fn ensure_open(conn: &Connection, id: MeetingId) -> Result<()> {
    let status = read_from_meeting(
        conn,
        id,
        "SELECT status FROM meetings WHERE id = ?1",
        |row| code_at(row, 0),
    )?;
    match status {
        MeetingStatus::Closed => Err(StoreError::MeetingClosed),
        MeetingStatus::Open => Ok(()),
    }
}

pub(super) fn read_meeting(conn: &Connection, id: MeetingId) -> Result<Meeting> {
    read_from_meeting(
        conn,
        id,
        concat!(
            "SELECT ",
            meeting_columns!(),
            " FROM meetings WHERE id = ?1"
        ),
        meeting_from_row,
    )
}

pub(super) fn insert_meeting(
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

pub(super) fn read_speaking_limit(conn: &Connection, id: MeetingId) -> Result<SpeakingLimit> {
    read_from_meeting(
        conn,
        id,
        "SELECT speaking_limit_s FROM meetings WHERE id = ?1",
        |row| row.get(0),
    )
    .map(SpeakingLimit::from_seconds)
}

pub(super) fn write_speaking_limit(
    conn: &Connection,
    id: MeetingId,
    limit: SpeakingLimit,
) -> Result<()> {
    conn.prepare_cached("UPDATE meetings SET speaking_limit_s = ?2 WHERE id = ?1")?
        .execute(params![id, limit.seconds()])?;
    Ok(())
}
