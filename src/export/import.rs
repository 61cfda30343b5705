//! Reading a meeting folder from disk.

use std::path::Path;

use crate::domain::MeetingRecord;
use crate::records::{ADDED_LATER, CsvFile, ImportError, ImportProblem, TABLES, import_files};

/// Reads and checks the files of a meeting folder (every entry of [`TABLES`]; those of
/// [`ADDED_LATER`] may be missing).
pub fn import_dir(dir: &Path) -> Result<MeetingRecord, ImportError> {
    let mut files = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let name = table.file;
        match std::fs::read(dir.join(name)) {
            Ok(bytes) => files.push(CsvFile { name, bytes }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && ADDED_LATER.contains(&name) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ImportError::file(
                    name,
                    ImportProblem::Missing {
                        dir: dir.to_path_buf(),
                    },
                ));
            }
            Err(e) => return Err(ImportError::file(name, ImportProblem::Unreadable(e))),
        }
    }
    import_files(&files)
}
