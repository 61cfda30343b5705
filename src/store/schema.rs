//! Opening a database file safely and bringing its schema up to date.

use std::io::ErrorKind;
use std::path::Path;

use rusqlite::{Connection, ErrorCode, TransactionBehavior};
use rusqlite_migration::{M, Migrations};

use super::connection::{self, open_error};
use super::integrity::page_problems;
use super::{Result, StoreError};

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
    M::up(include_str!("migrations/0007_seal_scheme.sql")),
    M::up(include_str!("migrations/0008_settings.sql")),
    M::up(include_str!("migrations/0009_guests_conclusions.sql")),
    M::up(include_str!("migrations/0010_audit_sealed.sql")),
    M::up(include_str!("migrations/0011_replace_refused.sql")),
    M::up(include_str!("migrations/0012_households.sql")),
    M::up(include_str!("migrations/0013_options.sql")),
    M::up(include_str!("migrations/0014_ballots.sql")),
];

/// The newest schema version this build knows.
pub(crate) const SCHEMA_VERSION: i64 = STEPS.len() as i64;

/// `PRAGMA application_id` of a hopdan database: "hopd" (set by migration 0001).
pub(crate) const APPLICATION_ID: i64 = 0x686F_7064;

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(STEPS)
}

/// Opens `path` as described on [`super::Store::open`].
pub(crate) fn open(path: &Path) -> Result<Connection> {
    connection::check_header(path)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| StoreError::CannotOpen {
            path: path.to_owned(),
            cause: e.into(),
        })?;
    }
    // A link counts as there even when what it points to is not (a stick not plugged in):
    // only a file this call makes is removed again.
    let existed = std::fs::symlink_metadata(path).is_ok();
    let opened = connection::open_for_writing(path)
        .map_err(|e| open_error(path, e))
        .and_then(|conn| {
            let contents = check_contents(&conn, path)?;
            bring_up_to_date(conn, contents, path)
        });
    if opened.is_err() && !existed {
        // A database that could not be set up (a full disk) leaves no empty file behind.
        remove_with_journals(path);
    }
    opened
}

/// Removes a database file that this call created and its journal files, if any.
pub(crate) fn remove_with_journals(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}

/// Opens `path` as described on [`super::Store::open_existing`].
pub(crate) fn open_existing(path: &Path) -> Result<Connection> {
    ensure_exists(path)?;
    connection::check_header(path)?;
    let writable = connection::open_existing_for_writing(path)
        .map_err(|e| open_error(path, e))
        .and_then(|conn| match check_contents(&conn, path)? {
            // Refused before the journal mode is set, which would write to the file.
            Contents::Empty => Err(no_database(path)),
            contents => bring_up_to_date(conn, contents, path),
        });
    match writable {
        Err(error) if could_be_read_only_medium(&error) => {
            read_only_medium(path).map_err(|e| if says_more(&e) { e } else { error })
        }
        result => result,
    }
}

/// Opens `path` for reading only, as described on [`super::Store::open_read_only`].
pub(crate) fn open_read_only(path: &Path) -> Result<Connection> {
    ensure_exists(path)?;
    connection::check_header(path)?;
    let conn = connection::open_for_reading(path).map_err(|e| open_error(path, e));
    let conn = match conn.and_then(|conn| reader_of_current_schema(conn, path)) {
        Err(error) if could_be_read_only_medium(&error) => {
            read_only_medium(path).map_err(|e| if says_more(&e) { e } else { error })
        }
        result => result,
    }?;
    connection::refuse_writes(&conn)?;
    Ok(conn)
}

/// A file on a medium nobody can write, opened for reading (see
/// [`connection::open_on_read_only_medium`]). SQLite refuses every write to it; a copy of it
/// (`VACUUM INTO`, a backup) can still be made elsewhere.
fn read_only_medium(path: &Path) -> Result<Connection> {
    let conn = connection::open_on_read_only_medium(path).map_err(|e| open_error(path, e))?;
    reader_of_current_schema(conn, path)
}

/// Whether opening failed the way it does where the file or its folder cannot be written:
/// SQLite could not make its journal files, or the file would not take a write.
fn could_be_read_only_medium(error: &StoreError) -> bool {
    match error {
        StoreError::CannotOpen { .. } | StoreError::ReadOnly => true,
        StoreError::Sqlite(e) => matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen)
        ),
        _ => false,
    }
}

/// Whether a refusal on a read-only medium says more than the first attempt's: the file is
/// readable there, but of a schema this version reads only after upgrading it.
fn says_more(error: &StoreError) -> bool {
    matches!(
        error,
        StoreError::OlderSchema { .. }
            | StoreError::NewerSchema { .. }
            | StoreError::NoDatabase { .. }
    )
}

/// A reading connection, if its file is of this version's schema.
fn reader_of_current_schema(conn: Connection, path: &Path) -> Result<Connection> {
    // Only the program that writes may migrate; a reader knows exactly one schema.
    match check_contents(&conn, path)? {
        Contents::Empty => return Err(no_database(path)),
        Contents::Older { found } => {
            return Err(StoreError::OlderSchema {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Contents::Current => {}
    }
    Ok(conn)
}

fn no_database(path: &Path) -> StoreError {
    StoreError::NoDatabase {
        path: path.to_owned(),
    }
}

/// Refuses a missing `path` (a dangling link included) with [`StoreError::NoDatabase`] before
/// SQLite is asked to open it, so that no folder, file or lock is made for a mistyped path.
fn ensure_exists(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(no_database(path)),
        Err(e) => Err(StoreError::CannotOpen {
            path: path.to_owned(),
            cause: e.into(),
        }),
    }
}

/// Upgrades a database of an older schema (after checking every page of it) and sets up the
/// connection for durable writes.
fn bring_up_to_date(mut conn: Connection, contents: Contents, path: &Path) -> Result<Connection> {
    if matches!(contents, Contents::Older { .. }) {
        // An upgrade rewrites parts of the file: check all of it first.
        let problems = page_problems(&conn, "quick_check").map_err(|e| open_error(path, e))?;
        if !problems.is_empty() {
            return Err(StoreError::Corrupt {
                detail: problems.join("; "),
            });
        }
    }
    connection::make_writes_durable(&conn, path)?;
    migrate(&mut conn)?;
    Ok(conn)
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

/// Brings the schema up to date.
fn migrate(conn: &mut Connection) -> Result<()> {
    // Migrations take the write lock at once, so that two copies starting together wait for
    // each other instead of failing half-way.
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    let migrated = migrations().to_latest(conn);
    conn.set_transaction_behavior(TransactionBehavior::Deferred);
    migrated?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn open_existing_creates_nothing_and_opens_what_open_made() {
        let dir = tempfile::TempDir::new().unwrap();
        let db = dir.path().join("folder").join("hopdan.db");
        assert!(matches!(
            open_existing(&db),
            Err(StoreError::NoDatabase { ref path }) if path == &db
        ));
        assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
        drop(open(&db).unwrap());
        open_existing(&db).unwrap();
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
