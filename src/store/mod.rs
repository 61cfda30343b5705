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
//!
//! The methods of [`Store`] stand in one file per topic, each with its queries and row mapping:
//! `meetings`, `guests`, `households` (the register), `attendance` (the sign-in), `agenda`,
//! `pledges`, `conclusions`, `speakers` (the queue and the floor),
//! `opinions`, `votes`, `audit`
//! (corrections), `drafts`, `settings` (the secretary's choices), `seal` (closing, fingerprints, the whole record), `live` (what the
//! screens read, nothing written) and `integrity` (checks of the file, backups). `connection`
//! and `schema` open the file; `rows` reads typed columns.

use std::path::Path;

use rusqlite::{Transaction, TransactionBehavior};

use crate::domain::MeetingId;

mod agenda;
mod attendance;
mod audit;
mod ballots;
mod conclusions;
mod connection;
mod drafts;
mod error;
pub mod fingerprint;
mod guests;
mod households;
mod integrity;
mod live;
mod meetings;
mod opinions;
mod options;
mod pledges;
mod rows;
mod schema;
mod seal;
mod settings;
mod speakers;
mod votes;
mod writer;

pub use attendance::Representative;
pub use audit::{
    AUDIT_AGENDA_ITEM, AUDIT_CORRECT, AUDIT_HOUSEHOLD, AUDIT_MEETING, AUDIT_OPINION, AUDIT_PLEDGE,
    AUDIT_QUEUED_SPEAKER, AUDIT_VOTE, AuditEntry, Previous, PreviousAgendaItem, PreviousCounts,
    PreviousOpinion, PreviousSpeaker,
};
pub use ballots::Count;
pub use error::{BackupFailure, Missing, OpenFailure, StoreError};
pub use fingerprint::{Fingerprint, Part, Scheme};
pub use households::AUDIT_MOVED_AWAY;
pub use live::{LiveSnapshot, TurnsHad};
pub use meetings::MeetingSummary;
pub use seal::{Change, Difference, ImportFailure, Verification};
pub use settings::Setting;
pub use speakers::{Floor, QueuedSpeaker};
pub use writer::WriterLock;

pub type Result<T> = std::result::Result<T, StoreError>;

/// Removes a database file, and its journal files, that was created for work that then failed
/// (a refused import): the caller knows it did not exist before.
pub fn remove_new_database(path: &Path) {
    schema::remove_with_journals(path);
}

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

    /// Opens the database at `path` as [`Store::open`] does, upgrading an older schema, but only
    /// if it is there: for the commands that read (`list`, `export`, `verify`, `backup`), so
    /// that a mistyped path creates nothing. A file that does not exist or holds no hopdan data
    /// yet is refused with [`StoreError::NoDatabase`], leaving no folder, file or journal
    /// behind; every other refusal is that of [`Store::open`].
    pub fn open_existing(path: &Path) -> Result<Store> {
        Ok(Store {
            conn: schema::open_existing(path)?,
            damaged: None,
        })
    }

    /// Opens the database at `path` for reading only, for a screen that follows another
    /// process's writes. Creates nothing (no file, no lock), runs no migration and takes no
    /// writer lock, so it works while the secretary's app is writing (WAL readers never block
    /// the writer). Refuses a file that does not exist or holds no hopdan data yet
    /// ([`StoreError::NoDatabase`]), another program's file ([`StoreError::NotADatabase`]),
    /// a schema older or newer than this version's ([`StoreError::OlderSchema`],
    /// [`StoreError::NewerSchema`]). Like [`Store::open`] it reads only the first pages: damage
    /// elsewhere shows as [`StoreError::Corrupt`] when a damaged page is read.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Ok(Store {
            conn: schema::open_read_only(path)?,
            damaged: None,
        })
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

    /// Runs `write` in a [`Store::write`] transaction and commits it, without waiting for
    /// another program's write lock: refused with [`StoreError::Busy`] at once. For what is
    /// written as it is typed (a draft, the item on screen), so that a key never waits for the
    /// file; the caller writes it again later.
    fn write_now<T>(&mut self, write: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.conn.busy_timeout(std::time::Duration::ZERO)?;
        let written = (|| -> Result<T> {
            let tx = self.write()?;
            let value = write(&tx)?;
            tx.commit()?;
            Ok(value)
        })();
        let restored = self.conn.busy_timeout(connection::BUSY_TIMEOUT);
        let value = written?;
        restored?;
        Ok(value)
    }

    /// [`Store::write`] for a change to the meeting `id`, refused while it does not exist
    /// ([`StoreError::NotFound`]) or is closed ([`StoreError::MeetingClosed`]): checked under
    /// the write lock, so that nothing can close it in between.
    fn write_open_meeting(&mut self, id: MeetingId) -> Result<Transaction<'_>> {
        let tx = self.write()?;
        meetings::ensure_open(&tx, id)?;
        Ok(tx)
    }
}

#[cfg(test)]
mod tests;
