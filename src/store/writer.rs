//! One secretary at a time: the interactive app holds an exclusive lock on `<database>.lock`,
//! named after the database's canonical path, for as long as it runs, so a second copy on the same file is refused with a clear message
//! instead of two people editing one meeting. The operating system releases the lock when the
//! process ends in any way, a crash or `kill -9` included. Readers (list, export, verify,
//! backup) do not take it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::{Result, Store, StoreError};

/// Held while the app may write; dropping it releases the lock.
#[derive(Debug)]
pub struct WriterLock {
    file: File,
    /// The lock file, if taking the lock created it.
    created: Option<PathBuf>,
}

/// The lock file that goes with a database file, named after the file's canonical path: a
/// symbolic link, `..` or another spelling of the same file finds the same lock. A database not
/// created yet is named by its folder's canonical path.
fn lock_path(database: &Path) -> PathBuf {
    let canonical = std::fs::canonicalize(database).unwrap_or_else(|_| {
        let folder = database.parent().filter(|f| !f.as_os_str().is_empty());
        match (folder.map(std::fs::canonicalize), database.file_name()) {
            (Some(Ok(folder)), Some(name)) => folder.join(name),
            _ => database.to_owned(),
        }
    });
    let mut name = canonical.into_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

impl WriterLock {
    /// Takes the lock of `database`, creating its folder if needed. Call it before opening the
    /// database, so that a second copy never migrates or writes the file under the first.
    pub fn acquire(database: &Path) -> Result<WriterLock> {
        if let Some(folder) = database.parent().filter(|f| !f.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(folder);
        }
        let path = lock_path(database);
        let existed = std::fs::symlink_metadata(&path).is_ok();
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
            Ok(()) => Ok(WriterLock {
                file,
                created: (!existed).then_some(path),
            }),
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

impl WriterLock {
    /// Releases the lock after a start that failed, removing the lock file if taking the lock
    /// made it, so that a failed first start (a full disk) leaves nothing behind.
    pub fn give_up(self) {
        let WriterLock { file, created } = self;
        drop(file);
        if let Some(path) = created {
            let _ = std::fs::remove_file(path);
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

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_or_another_spelling_of_the_path_finds_the_same_lock() {
        let dir = tempfile::TempDir::new().unwrap();
        let db = dir.path().join("hopdan.db");
        Store::open(&db).unwrap();
        let link = dir.path().join("link.db");
        std::os::unix::fs::symlink(&db, &link).unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let detour = dir.path().join("sub").join("..").join("hopdan.db");

        let _first = WriterLock::acquire(&db).unwrap();
        for other in [&link, &detour] {
            let refused = WriterLock::acquire(other).unwrap_err();
            assert!(
                matches!(refused, StoreError::InUse { ref path } if path == other),
                "{other:?}: {refused:?}"
            );
        }
    }

    #[test]
    fn a_database_not_created_yet_is_locked_through_its_folder() {
        let dir = tempfile::TempDir::new().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let db = dir.path().join("new.db");
        let _first = WriterLock::acquire(&db).unwrap();
        let detour = dir.path().join("sub").join("..").join("new.db");
        assert!(matches!(
            WriterLock::acquire(&detour),
            Err(StoreError::InUse { .. })
        ));
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
