//! How the store opens a connection to a database file: the look at the file before SQLite
//! touches it, the flags, the busy timeout and the pragmas a connection runs with (SPEC §5).

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{OpenFailure, Result, StoreError};

/// How long a statement waits for another connection's lock before giving up with `Busy`.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_millis(3000);

/// Enough for every distinct statement of the store, so that none is prepared twice.
const STATEMENT_CACHE_CAPACITY: usize = 64;

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Opens `path` for reading and writing, creating the file if it is missing.
pub(super) fn open_for_writing(path: &Path) -> rusqlite::Result<Connection> {
    open(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Opens an existing `path` for reading and writing. Without the CREATE flag, a file that
/// vanished meanwhile is an error, never a new empty file.
pub(super) fn open_existing_for_writing(path: &Path) -> rusqlite::Result<Connection> {
    open(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Opens an existing `path` for reading only. Without the CREATE flag, a file that vanished
/// meanwhile is an error, never a new empty file.
pub(super) fn open_for_reading(path: &Path) -> rusqlite::Result<Connection> {
    open(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// Opens an existing `path` that nobody can write to (a write-protected stick, a read-only
/// mount) for reading. SQLite cannot make the `-shm` file a WAL database is read through in a
/// folder it cannot write, so the file is read as immutable: nothing can change it there. A
/// `-wal` file left beside it may hold committed entries not yet in the file, and then the
/// file is read through it instead.
pub(super) fn open_on_read_only_medium(path: &Path) -> rusqlite::Result<Connection> {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let has_wal = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    let uri = format!(
        "file:{}?{}",
        uri_path(path),
        if has_wal { "mode=ro" } else { "immutable=1" }
    );
    open(
        Path::new(&uri),
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// A path as the path of a `file:` URI: the characters that would end or escape it are
/// percent-encoded.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            '\\' => out.push('/'),
            c => out.push(c),
        }
    }
    out
}

fn open(path: &Path, flags: OpenFlags) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
    Ok(conn)
}

/// Pages of the write-ahead log after which a commit copies them into the file: with a draft
/// committed at every key, the log would otherwise grow by a page per key up to SQLite's 1000.
const WAL_CHECKPOINT_PAGES: u32 = 64;

/// The size the write-ahead log is cut back to after a checkpoint. Kept small so that typing
/// never takes the space a save needs on a nearly full disk: the log is written over from its
/// start after each checkpoint instead of growing.
const WAL_SIZE_LIMIT: u32 = 512 * 1024;

/// Makes every commit durable before it returns and keeps the rows consistent:
/// `foreign_keys=ON`, `synchronous=FULL`, `journal_mode=WAL` (refused if SQLite cannot
/// switch the file to it), with a small write-ahead log.
pub(super) fn make_writes_durable(conn: &Connection, path: &Path) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "wal_autocheckpoint", WAL_CHECKPOINT_PAGES)?;
    conn.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::CannotOpen {
            path: path.to_owned(),
            cause: OpenFailure::NoWriteAheadLog { mode },
        });
    }
    Ok(())
}

/// A second lock on the door of a reader: even SQL that would write is refused.
pub(super) fn refuse_writes(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(())
}

/// Refuses, without writing anything, an existing non-empty file that does not start with the
/// SQLite header.
pub(super) fn check_header(path: &Path) -> Result<()> {
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

/// Maps the errors of opening a file, which name the file.
pub(super) fn open_error(path: &Path, err: rusqlite::Error) -> StoreError {
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
