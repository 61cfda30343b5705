//! One secretary at a time: the interactive app holds an exclusive lock on `<database>.lock`
//! for as long as it runs, so a second copy on the same file is refused with a clear message
//! instead of two people editing one meeting. The operating system releases the lock when the
//! process ends in any way, a crash or `kill -9` included. Readers (list, export, verify,
//! backup) do not take it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::{Result, Store, StoreError};

/// Held while the app may write; dropping it releases the lock.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

/// The lock file that goes with a database file.
fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl WriterLock {
    /// Takes the lock of `database`, creating its folder if needed. Call it before opening the
    /// database, so that a second copy never migrates or writes the file under the first.
    pub fn acquire(database: &Path) -> Result<WriterLock> {
        let path = lock_path(database);
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(folder);
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|error| match error.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    StoreError::ReadOnly
                }
                _ => StoreError::CannotOpen {
                    path: path.clone(),
                    cause: error.into(),
                },
            })?;
        match file.try_lock() {
            Ok(()) => Ok(WriterLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse {
                path: database.to_owned(),
            }),
            Err(TryLockError::Error(error)) => Err(StoreError::CannotOpen {
                path,
                cause: error.into(),
            }),
        }
    }
}

impl Store {
    /// Proves that entries can be saved: writes the database header inside a transaction and
    /// rolls it back. A read-only file, folder or disk is refused before anyone types.
    pub fn ensure_writable(&mut self) -> Result<()> {
        if self.conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly);
        }
        let tx = self.write()?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        tx.execute_batch(&format!("PRAGMA user_version = {version}"))?;
        tx.rollback()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::TempDir::new().unwrap();
        let db = dir.path().join("hopdan.db");
        let first = WriterLock::acquire(&db).unwrap();
        let second = WriterLock::acquire(&db).unwrap_err();
        assert!(
            matches!(second, StoreError::InUse { ref path } if path == &db),
            "{second:?}"
        );
        drop(first);
        WriterLock::acquire(&db).unwrap();
    }

    #[test]
    fn a_writable_database_passes_and_a_read_only_connection_does_not() {
        let dir = tempfile::TempDir::new().unwrap();
        let db = dir.path().join("hopdan.db");
        let mut store = Store::open(&db).unwrap();
        store.ensure_writable().unwrap();
        drop(store);
        let read_only =
            rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        let mut store = Store {
            conn: read_only,
            damaged: None,
        };
        assert!(matches!(store.ensure_writable(), Err(StoreError::ReadOnly)));
    }
}
