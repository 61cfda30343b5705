//! The guests and officials present: listed, corrected and removed while the meeting is open.

use rusqlite::{Connection, Row, params};

use super::rows::all_rows;
use super::{Missing, Result, Store, StoreError};
use crate::domain::{Guest, MeetingId};

fn guest_from_row(row: &Row<'_>) -> rusqlite::Result<Guest> {
    Ok(Guest {
        guest_no: row.get(0)?,
        name: row.get(1)?,
        role: row.get(2)?,
    })
}

impl Store {
    /// The guests, by guest_no.
    pub fn guests(&self, id: MeetingId) -> Result<Vec<Guest>> {
        read_guests(&self.conn, id)
    }

    /// Adds a guest numbered one after the last. The texts are stored as given (the caller
    /// cleans them); an empty name is refused by the database.
    pub fn add_guest(&mut self, id: MeetingId, name: &str, role: &str) -> Result<Guest> {
        let tx = self.write_open_meeting(id)?;
        let guest_no: u32 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(guest_no), 0) + 1 FROM guests WHERE meeting_id = ?1",
            )?
            .query_row([id], |row| row.get(0))?;
        let guest = Guest {
            guest_no,
            name: name.to_owned(),
            role: role.to_owned(),
        };
        insert_guest(&tx, id, &guest)?;
        tx.commit()?;
        Ok(guest)
    }

    /// Replaces the name and role of guest `guest_no`.
    pub fn correct_guest(
        &mut self,
        id: MeetingId,
        guest_no: u32,
        name: &str,
        role: &str,
    ) -> Result<Guest> {
        let tx = self.write_open_meeting(id)?;
        let changed = tx
            .prepare_cached(
                "UPDATE guests SET name = ?3, role = ?4 WHERE meeting_id = ?1 AND guest_no = ?2",
            )?
            .execute(params![id, guest_no, name, role])?;
        if changed == 0 {
            return Err(missing_guest(id, guest_no));
        }
        tx.commit()?;
        Ok(Guest {
            guest_no,
            name: name.to_owned(),
            role: role.to_owned(),
        })
    }

    /// Removes guest `guest_no` (listed by mistake, or left before the meeting began). The
    /// others keep their numbers.
    pub fn remove_guest(&mut self, id: MeetingId, guest_no: u32) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        let removed = tx
            .prepare_cached("DELETE FROM guests WHERE meeting_id = ?1 AND guest_no = ?2")?
            .execute(params![id, guest_no])?;
        if removed == 0 {
            return Err(missing_guest(id, guest_no));
        }
        tx.commit()?;
        Ok(())
    }
}

fn missing_guest(meeting: MeetingId, guest_no: u32) -> StoreError {
    StoreError::NotFound(Missing::Guest { meeting, guest_no })
}

pub(super) fn read_guests(conn: &Connection, id: MeetingId) -> Result<Vec<Guest>> {
    all_rows(
        conn,
        "SELECT guest_no, name, role FROM guests WHERE meeting_id = ?1 ORDER BY guest_no",
        [id],
        guest_from_row,
    )
}

pub(super) fn insert_guest(conn: &Connection, id: MeetingId, guest: &Guest) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO guests (meeting_id, guest_no, name, role) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, guest.guest_no, guest.name, guest.role])?;
    Ok(())
}
