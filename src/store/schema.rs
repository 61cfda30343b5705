//! Opening a database file safely and bringing its schema up to date.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use rusqlite_migration::{M, Migrations};

use super::{OpenFailure, Result, StoreError};

/// The numbered migrations; the schema version is their count (SQLite's `user_version`).
const STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!(
        "migrations/0002_closed_meetings_read_only.sql"
    )),
    M::up(include_str!("migrations/0003_fingerprints.sql")),
    M::up(include_str!("migrations/0004_app_drafts.sql")),
    M::up(include_str!("migrations/0005_speaking_limit.sql")),
    M::up(include_str!("migrations/0006_selected_item.sql")),
];

/// The newest schema version this build knows.
pub(crate) const SCHEMA_VERSION: i64 = STEPS.len() as i64;

/// `PRAGMA application_id` of a hopdan database: "hopd" (set by migration 0001).
pub(crate) const APPLICATION_ID: i64 = 0x686F_7064;

/// How long a write waits for another connection's lock before giving up with `Busy`.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_millis(3000);

/// Enough for every distinct statement of the store, so that none is prepared twice.
const STATEMENT_CACHE_CAPACITY: usize = 64;

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(STEPS)
}

/// Opens `path` as described on [`super::Store::open`].
pub(crate) fn open(path: &Path) -> Result<Connection> {
    check_header(path)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| StoreError::CannotOpen {
            path: path.to_owned(),
            cause: e.into(),
        })?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
    let contents = check_contents(&conn, path)?;
    if matches!(contents, Contents::Older { .. }) {
        // An upgrade rewrites parts of the file: check all of it first.
        let problems = super::integrity::page_problems(&conn, "quick_check")
            .map_err(|e| open_error(path, e))?;
        if !problems.is_empty() {
            return Err(StoreError::Corrupt {
                detail: problems.join("; "),
            });
        }
    }
    configure(&mut conn, path)?;
    Ok(conn)
}

/// Opens `path` for reading only, as described on [`super::Store::open_read_only`].
pub(crate) fn open_read_only(path: &Path) -> Result<Connection> {
    let no_database = || StoreError::NoDatabase {
        path: path.to_owned(),
    };
    match std::fs::metadata(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => return Err(no_database()),
        Err(e) => {
            return Err(StoreError::CannotOpen {
                path: path.to_owned(),
                cause: e.into(),
            });
        }
        Ok(_) => {}
    }
    check_header(path)?;
    // No CREATE flag: a file that vanished meanwhile is an error, never a new empty file.
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
    // Only the program that writes may migrate; a reader knows exactly one schema.
    match check_contents(&conn, path)? {
        Contents::Empty => return Err(no_database()),
        Contents::Older { found } => {
            return Err(StoreError::OlderSchema {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Contents::Current => {}
    }
    // A second lock on the door: even SQL that would write is refused by the connection.
    conn.pragma_update(None, "query_only", "ON")?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
    Ok(conn)
}

/// Refuses, without writing anything, an existing non-empty file that does not start with the
/// SQLite header.
fn check_header(path: &Path) -> Result<()> {
    let cannot_open = |error: std::io::Error| StoreError::CannotOpen {
        path: path.to_owned(),
        cause: error.into(),
    };
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(cannot_open(e)),
    };
    let metadata = file.metadata().map_err(cannot_open)?;
    if metadata.is_dir() {
        return Err(cannot_open(ErrorKind::IsADirectory.into()));
    }
    if metadata.len() == 0 {
        return Ok(());
    }
    let mut header = [0u8; 16];
    match file.read_exact(&mut header) {
        Ok(()) if &header == SQLITE_HEADER => Ok(()),
        Ok(()) => Err(StoreError::NotADatabase {
            path: path.to_owned(),
        }),
        Err(e) if e.kind() == ErrorKind::UnexpectedEof => Err(StoreError::NotADatabase {
            path: path.to_owned(),
        }),
        Err(e) => Err(cannot_open(e)),
    }
}

/// What an existing file holds, as far as opening it is concerned.
#[derive(Debug, PartialEq, Eq)]
enum Contents {
    /// Nothing yet: a new database.
    Empty,
    /// A hopdan database of the schema this build writes.
    Current,
    /// A hopdan database of an older schema (version `found`), to be upgraded.
    Older { found: i64 },
}

/// Checks, before anything is written to the file, that it is a hopdan database this version
/// knows (or an empty one).
fn check_contents(conn: &Connection, path: &Path) -> Result<Contents> {
    let sql = |e| open_error(path, e);
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
    let application_id: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(sql)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(sql)?;
    if objects > 0 && application_id != APPLICATION_ID {
        // Another program's database: not ours to change.
        return Err(StoreError::NotADatabase {
            path: path.to_owned(),
        });
    }
    let user_version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if user_version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: user_version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(if objects == 0 {
        Contents::Empty
    } else if user_version < SCHEMA_VERSION {
        Contents::Older {
            found: user_version,
        }
    } else {
        Contents::Current
    })
}

/// Sets the connection's pragmas and brings the schema up to date.
fn configure(conn: &mut Connection, path: &Path) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::CannotOpen {
            path: path.to_owned(),
            cause: OpenFailure::NoWriteAheadLog { mode },
        });
    }
    // Migrations take the write lock at once, so that two copies starting together wait for
    // each other instead of failing half-way.
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    let migrated = migrations().to_latest(conn);
    conn.set_transaction_behavior(TransactionBehavior::Deferred);
    migrated?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
    Ok(())
}

/// Maps the errors of opening a file, which name the file.
fn open_error(path: &Path, err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_owned(),
        },
        Some(ErrorCode::CannotOpen) => StoreError::CannotOpen {
            path: path.to_owned(),
            cause: err.into(),
        },
        _ => err.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn the_schema_version_is_the_number_of_migrations() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let app_id: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap();
        assert_eq!(app_id, APPLICATION_ID);
    }
}
