//! The integrity check of the file and consistent backups (SPEC §5).

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::connection;
use super::{BackupFailure, Result, Store, StoreError};
use crate::durable;

impl Store {
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
            let conn = connection::open_for_reading(&path)?;
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
        let temp = durable::staging_file(&dir, name).map_err(io_failed)?;
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
