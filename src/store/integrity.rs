//! Closing a meeting with its fingerprint, checking it again, the integrity check of the file
//! and consistent backups (SPEC §5, issue 3 points 4 and 7).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::fingerprint::{self, Fingerprint, Part, Scheme, part_from_key, part_key};
use super::rows::code_at;
use super::{
    BackupFailure, Result, Store, StoreError, ensure_open, import_files, meeting_not_found,
    read_meeting,
};
use crate::domain::{MeetingId, MeetingRecord, MeetingStatus, format_time};
use crate::durable::{self, Readers};

/// What a check of a meeting against its fingerprint found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// The meeting is still open: it has no fingerprint yet, there is nothing to check.
    Open,
    /// The meeting is closed but has no fingerprint: it was closed by a version of hopdan that
    /// did not record one. There is nothing to check against.
    Unsealed,
    /// The content is what it was when the meeting was closed.
    Intact { fingerprint: Fingerprint },
    /// The content changed since the meeting was closed.
    Altered {
        /// The fingerprint recorded when the meeting was closed.
        expected: Fingerprint,
        /// The fingerprint of the content now; `None` when the rows can no longer be read as
        /// a meeting at all (a value hopdan never writes, such as a time that is not a time).
        found: Option<Fingerprint>,
        /// The rows that differ, in the order of the export; empty when it cannot be said
        /// (e.g. the digests of the rows were removed as well).
        differences: Vec<Difference>,
    },
}

impl Verification {
    /// Whether the meeting has a fingerprint and its content still matches it.
    pub fn is_intact(&self) -> bool {
        matches!(self, Verification::Intact { .. })
    }

    /// The CSV files in which some row differs, each once, in export order.
    pub fn altered_files(&self) -> Vec<&'static str> {
        let mut files: Vec<&'static str> = Vec::new();
        if let Verification::Altered { differences, .. } = self {
            for d in differences {
                if !files.contains(&d.part.file()) {
                    files.push(d.part.file());
                }
            }
        }
        files
    }
}

/// One row that is not as it was when the meeting was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Difference {
    pub part: Part,
    pub change: Change,
}

/// How a row differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// The row is there but its content differs.
    Changed,
    /// The row was there when the meeting was closed and is gone.
    Removed,
    /// The row was not there when the meeting was closed.
    Added,
}

impl Store {
    /// Closes the meeting `id` at `ended_at` and returns its fingerprint.
    ///
    /// In one immediate transaction: refuses a meeting that is already closed
    /// ([`StoreError::MeetingClosed`]) or does not exist ([`StoreError::NotFound`]) and an end
    /// before the start ([`StoreError::EndsBeforeStart`]); removes the meeting's speaker queue,
    /// floor and drafts (a closed meeting has none: the caller asks before discarding them);
    /// sets `ended_at` and the status `closed`; records the fingerprint of the content
    /// ([`fingerprint::of_record`] of the record as [`Store::load_record`] returns it from now
    /// on) and the digest of each row; and runs `PRAGMA integrity_check`. If the check finds
    /// damage nothing is changed and the error is [`StoreError::Corrupt`].
    pub fn close_meeting(
        &mut self,
        id: MeetingId,
        ended_at: DateTime<FixedOffset>,
    ) -> Result<Fingerprint> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        for sql in [
            "DELETE FROM speaker_queue WHERE meeting_id = ?1",
            "DELETE FROM floor WHERE meeting_id = ?1",
            "DELETE FROM drafts WHERE meeting_id = ?1",
        ] {
            tx.prepare_cached(sql)?.execute([id])?;
        }
        tx.prepare_cached("UPDATE meetings SET ended_at = ?2 WHERE id = ?1")?
            .execute(params![id, format_time(&ended_at)])?;
        // As stored (whole seconds), the way an import of the exported files checks it.
        let meeting = read_meeting(&tx, id)?;
        if let Some(ended) = meeting.ended_at
            && ended < meeting.started_at
        {
            return Err(StoreError::EndsBeforeStart {
                started: format_time(&meeting.started_at),
                ended: format_time(&ended),
            });
        }
        let fingerprint = seal(&tx, id)?;
        check_pages(&tx, "integrity_check")?;
        tx.commit()?;
        Ok(fingerprint)
    }

    /// The fingerprint recorded when the meeting was closed; `None` while it is open (or if it
    /// was closed without one, see [`Verification::Unsealed`]).
    pub fn meeting_fingerprint(&self, id: MeetingId) -> Result<Option<Fingerprint>> {
        read_fingerprint(&self.conn, id)
    }

    /// The meeting for its minutes, with the fingerprint to print in them: the one recorded at
    /// closing, checked against this very content (read in one snapshot); `None` while the
    /// meeting is open or was closed without one. Refused ([`StoreError::AlteredSinceClosing`])
    /// when the content changed since.
    pub fn record_for_minutes(
        &self,
        id: MeetingId,
    ) -> Result<(MeetingRecord, Option<Fingerprint>)> {
        let tx = self.conn.unchecked_transaction()?;
        let record = import_files(&tx, id)?;
        let recorded = read_fingerprint(&tx, id)?;
        tx.finish()?;
        let Some(recorded) = recorded else {
            return Ok((record, None));
        };
        if fingerprint::of_record(&record, Scheme::CURRENT) != recorded {
            return Err(StoreError::AlteredSinceClosing { id });
        }
        Ok((record, Some(recorded)))
    }

    /// Computes the fingerprint of the meeting's content again, from one consistent snapshot,
    /// and compares it with the one recorded when it was closed; if they differ, the digests of
    /// the rows say which rows differ.
    pub fn verify_meeting(&self, id: MeetingId) -> Result<Verification> {
        let tx = self.conn.unchecked_transaction()?;
        let row: Option<(MeetingStatus, Option<String>)> = tx
            .prepare_cached("SELECT status, fingerprint FROM meetings WHERE id = ?1")?
            .query_row([id], |row| Ok((code_at(row, 0)?, row.get(1)?)))
            .optional()?;
        let (status, recorded) = row.ok_or_else(|| meeting_not_found(id))?;
        let Some(recorded) = recorded else {
            return Ok(match status {
                MeetingStatus::Open => Verification::Open,
                MeetingStatus::Closed => Verification::Unsealed,
            });
        };
        let expected = Fingerprint::from_stored(recorded);
        let mut recorded_parts = BTreeMap::new();
        {
            let mut stmt = tx.prepare_cached(
                "SELECT part, digest FROM meeting_digests WHERE meeting_id = ?1 ORDER BY part",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(row) = rows.next()? {
                let key: String = row.get(0)?;
                let digest: String = row.get(1)?;
                // A key hopdan never writes names nothing it can report.
                if let Some(part) = part_from_key(&key) {
                    recorded_parts.insert(part, digest);
                }
            }
        }
        let record = match import_files(&tx, id) {
            Ok(record) => Some(record),
            Err(StoreError::Sqlite(
                rusqlite::Error::FromSqlConversionFailure(..)
                | rusqlite::Error::InvalidColumnType(..)
                | rusqlite::Error::IntegralValueOutOfRange(..),
            )) => None,
            Err(other) => return Err(other),
        };
        tx.finish()?;

        let Some(record) = record else {
            return Ok(Verification::Altered {
                expected,
                found: None,
                differences: Vec::new(),
            });
        };
        let now = fingerprint::seal(&record, Scheme::CURRENT);
        if now.fingerprint == expected {
            return Ok(Verification::Intact {
                fingerprint: expected,
            });
        }
        let differences = if recorded_parts.is_empty() {
            Vec::new()
        } else {
            differences(&recorded_parts, &now.parts)
        };
        Ok(Verification::Altered {
            expected,
            found: Some(now.fingerprint),
            differences,
        })
    }

    /// Runs `PRAGMA integrity_check` on the whole file: [`StoreError::Corrupt`] names what it
    /// found if it is not `ok`.
    pub fn integrity_check(&self) -> Result<()> {
        check_pages(&self.conn, "integrity_check")
    }

    /// Runs `PRAGMA quick_check` on the whole file (every page, without matching indexes to
    /// their tables): [`StoreError::Corrupt`] names what it found if it is not `ok`. It reads
    /// the whole file: a fraction of a second for years of meetings.
    pub fn quick_check(&self) -> Result<()> {
        check_pages(&self.conn, "quick_check")
    }

    /// Runs [`Store::quick_check`] in a thread, on a read-only connection of its own, so that
    /// the interface shows its first screen at once and learns of damage a moment later.
    /// A database in memory has nothing to check.
    pub fn spawn_quick_check(&self) -> std::thread::JoinHandle<Result<()>> {
        let path = self.database_path();
        std::thread::spawn(move || {
            let Some(path) = path else { return Ok(()) };
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Connection::open_with_flags(&path, flags)?;
            conn.busy_timeout(super::schema::BUSY_TIMEOUT)?;
            check_pages(&conn, "quick_check")
        })
    }

    /// Writes a consistent copy of the whole database to `path`, while this or another copy of
    /// hopdan may be writing.
    ///
    /// The copy (`VACUUM INTO`, one read snapshot: what is committed when it starts, nothing
    /// of a transaction still open) is written to a temporary file in the destination folder
    /// (created if missing), switched to a rollback journal so that it is one self-contained
    /// file, checked with `PRAGMA quick_check`, flushed to disk and only then renamed to `path`.
    /// So `path` is either left as it was or is the complete copy; an older file there is
    /// replaced. The copy gets the permissions of the database file.
    ///
    /// Refuses, writing nothing, a `path` that is the database itself or one of its `-wal`,
    /// `-shm` or `-journal` files ([`StoreError::BackupOverDatabase`]). Other failures are
    /// [`StoreError::Backup`] (naming `path`) or, from SQLite, e.g. [`StoreError::DiskFull`].
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        let failed = |cause: BackupFailure| StoreError::Backup {
            path: path.to_owned(),
            cause,
        };
        let io_failed = |error: std::io::Error| failed(error.into());
        let Some(name) = path.file_name() else {
            return Err(failed(BackupFailure::NoFileName));
        };
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        fs::create_dir_all(parent).map_err(io_failed)?;
        let dir = parent.canonicalize().map_err(io_failed)?;
        let target = dir.join(name);

        let database = self.database_path();
        if let Some(database) = &database
            && is_database_file(database, &target)
        {
            return Err(StoreError::BackupOverDatabase {
                path: path.to_owned(),
            });
        }
        if target.is_dir() {
            return Err(io_failed(std::io::ErrorKind::IsADirectory.into()));
        }

        // The owner's only until it has the database's own permissions.
        let temp = durable::staging_file(&dir, name, Readers::Owner).map_err(io_failed)?;
        let temp_name = temp
            .path()
            .to_str()
            .ok_or_else(|| failed(BackupFailure::NameNotUnicode))?
            .to_owned();

        self.conn.execute("VACUUM INTO ?1", [&temp_name])?;
        {
            let copy = Connection::open_with_flags(
                temp.path(),
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            let mode: String =
                copy.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("delete") {
                return Err(failed(BackupFailure::JournalMode { mode }));
            }
            let problems = page_problems(&copy, "quick_check")?;
            if !problems.is_empty() {
                let detail = problems.join("; ");
                return Err(failed(BackupFailure::CopyDamaged { detail }));
            }
            copy.close().map_err(|(_, e)| StoreError::from(e))?;
        }
        if let Some(database) = &database
            && let Ok(metadata) = fs::metadata(database)
        {
            fs::set_permissions(temp.path(), metadata.permissions()).map_err(io_failed)?;
        }
        durable::put_in_place(&dir, vec![(name, temp)]).map_err(|(_, e)| io_failed(e))?;
        Ok(())
    }

    /// The database file, with symbolic links resolved; `None` for a database in memory.
    fn database_path(&self) -> Option<PathBuf> {
        let path = self.conn.path().filter(|p| !p.is_empty())?;
        let path = Path::new(path);
        Some(path.canonicalize().unwrap_or_else(|_| path.to_owned()))
    }
}

/// Records the fingerprint of the meeting `id` and the digests of its rows, and closes it, in
/// the caller's transaction. The content is read back from the database, so that the
/// fingerprint is that of what [`Store::load_record`] will return.
pub(super) fn seal(conn: &Connection, id: MeetingId) -> Result<Fingerprint> {
    let mut record = import_files(conn, id)?;
    record.meeting.status = MeetingStatus::Closed;
    let sealed = fingerprint::seal(&record, Scheme::CURRENT);
    conn.prepare_cached("DELETE FROM meeting_digests WHERE meeting_id = ?1")?
        .execute([id])?;
    {
        let mut insert = conn.prepare_cached(
            "INSERT INTO meeting_digests (meeting_id, part, digest) VALUES (?1, ?2, ?3)",
        )?;
        for (part, digest) in &sealed.parts {
            insert.execute(params![id, part_key(*part), digest])?;
        }
    }
    conn.prepare_cached("UPDATE meetings SET status = ?2, fingerprint = ?3 WHERE id = ?1")?
        .execute(params![
            id,
            MeetingStatus::Closed.code(),
            sealed.fingerprint.as_str()
        ])?;
    Ok(sealed.fingerprint)
}

/// The fingerprint recorded when meeting `id` was closed, if any.
fn read_fingerprint(conn: &Connection, id: MeetingId) -> Result<Option<Fingerprint>> {
    let fingerprint: Option<Option<String>> = conn
        .prepare_cached("SELECT fingerprint FROM meetings WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?;
    Ok(fingerprint
        .ok_or_else(|| meeting_not_found(id))?
        .map(Fingerprint::from_stored))
}

/// The rows whose digest differs between the seal and now, in export order.
fn differences(recorded: &BTreeMap<Part, String>, now: &BTreeMap<Part, String>) -> Vec<Difference> {
    let mut out = Vec::new();
    for (part, digest) in recorded {
        match now.get(part) {
            None => out.push(Difference {
                part: *part,
                change: Change::Removed,
            }),
            Some(d) if d != digest => out.push(Difference {
                part: *part,
                change: Change::Changed,
            }),
            Some(_) => {}
        }
    }
    for part in now.keys() {
        if !recorded.contains_key(part) {
            out.push(Difference {
                part: *part,
                change: Change::Added,
            });
        }
    }
    out.sort();
    out
}

/// Runs `PRAGMA integrity_check` or `quick_check` (`pragma` is one of these fixed names):
/// [`StoreError::Corrupt`] with what it reports unless that is `ok`.
pub(super) fn check_pages(conn: &Connection, pragma: &str) -> Result<()> {
    let problems = page_problems(conn, pragma)?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Corrupt {
            detail: problems.join("; "),
        })
    }
}

/// The lines of `PRAGMA integrity_check` / `quick_check` other than `ok` (at most 5).
pub(super) fn page_problems(conn: &Connection, pragma: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA {pragma}(5)"))?;
    let mut rows = stmt.query([])?;
    let mut problems = Vec::new();
    while let Some(row) = rows.next()? {
        let line: String = row.get(0)?;
        if line != "ok" {
            problems.push(line);
        }
    }
    Ok(problems)
}

/// Whether writing `target` (absolute, its folder's links resolved) would replace the database
/// file `database` or one of the files SQLite keeps next to it.
fn is_database_file(database: &Path, target: &Path) -> bool {
    let mut names = vec![database.to_owned()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut side = database.as_os_str().to_owned();
        side.push(suffix);
        names.push(PathBuf::from(side));
    }
    if names.iter().any(|n| n == target) {
        return true;
    }
    // The same file under another name (a link).
    let resolved = target.canonicalize();
    if let Ok(resolved) = &resolved
        && names.iter().any(|n| n == resolved)
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (fs::metadata(target), fs::metadata(database))
            && a.dev() == b.dev()
            && a.ino() == b.ino()
        {
            return true;
        }
    }
    false
}
