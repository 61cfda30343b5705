//! Reading a meeting folder from disk.

use std::path::Path;

use crate::domain::MeetingRecord;
use crate::records::{
    CorrectionRow, CsvFile, ImportError, ImportProblem, TABLES, Table, import_files,
};

/// Reads and checks the files of a meeting folder (every entry of [`TABLES`]; a folder written
/// before `corrections.csv` existed has none, and reads as a meeting without its history).
pub fn import_dir(dir: &Path) -> Result<MeetingRecord, ImportError> {
    let mut files = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let name = table.file;
        match std::fs::read(dir.join(name)) {
            Ok(bytes) => files.push(CsvFile { name, bytes }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && name == CorrectionRow::FILE => {}
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
