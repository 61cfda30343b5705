//! Writing a meeting as the CSV files of SPEC §4.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;
use thiserror::Error;

use crate::domain::{MeetingId, MeetingRecord};
use crate::durable::{self, Readers};
use crate::records::{ExportOptions, TABLES, Tables};

/// Why the files could not be written. Each names the path concerned.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error("cannot create the folder {}: {error}", path.display())]
    CreateDir {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
    #[error("cannot write {}: {error}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
}

/// Writes the CSV files of a meeting, and the documents given (name in the folder and content),
/// into `dir` (created if missing) and returns their paths.
///
/// Each file is first written in full to a temporary file in `dir` and flushed to disk; only
/// when all of them are written are they renamed into place, together, so no file is ever left
/// half-written and no CSV file goes out without the documents asked for with it. Existing
/// files of the same names are replaced.
pub fn write_export(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
    documents: &[(&'static str, &[u8])],
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let mut export = ExportWriter::create(dir, options)?;
    export.append(record, meeting_id)?;
    export.finish_with(documents)
}

/// An export of any number of meetings into one set of the files, one meeting at a time, so
/// that a whole database goes out without being held in memory. The files appear, all at once
/// and complete, only at [`ExportWriter::finish`]; until then they are temporary files in the
/// folder, removed again if the writer is dropped.
pub struct ExportWriter {
    dir: PathBuf,
    tables: Tables<BufWriter<NamedTempFile>>,
}

impl ExportWriter {
    /// Creates `dir` if missing and starts the files in it.
    pub fn create(dir: &Path, options: ExportOptions) -> Result<Self, ExportError> {
        create_dir(dir)?;
        let mut temps = Vec::with_capacity(TABLES.len());
        for table in TABLES {
            temps.push(BufWriter::with_capacity(
                1 << 16,
                staging_file(dir, table.file)?,
            ));
        }
        let tables = Tables::start(temps, options).map_err(|error| ExportError::Write {
            path: dir.to_path_buf(),
            error,
        })?;
        Ok(ExportWriter {
            dir: dir.to_path_buf(),
            tables,
        })
    }

    /// Appends the rows of one meeting to the files.
    pub fn append(
        &mut self,
        record: &MeetingRecord,
        meeting_id: MeetingId,
    ) -> Result<(), ExportError> {
        self.tables
            .append(record, meeting_id)
            .map_err(|error| ExportError::Write {
                path: self.dir.clone(),
                error,
            })
    }

    /// Flushes the files to disk, then renames them all into place; returns their paths.
    pub fn finish(self) -> Result<Vec<PathBuf>, ExportError> {
        self.finish_with(&[])
    }

    /// As [`ExportWriter::finish`], with more files (name and content) put in place in the
    /// same step as the tables.
    fn finish_with(self, more: &[(&'static str, &[u8])]) -> Result<Vec<PathBuf>, ExportError> {
        let dir = self.dir;
        let sinks = self.tables.finish().map_err(|error| ExportError::Write {
            path: dir.clone(),
            error,
        })?;
        let mut staged = Vec::with_capacity(TABLES.len() + more.len());
        for (name, sink) in TABLES.iter().map(|table| table.file).zip(sinks) {
            let temp = sink
                .into_inner()
                .map_err(|e| write_error(&dir, name, e.into_error()))?;
            staged.push((name, temp));
        }
        for &(name, bytes) in more {
            let mut temp = staging_file(&dir, name)?;
            temp.write_all(bytes)
                .map_err(|error| write_error(&dir, name, error))?;
            staged.push((name, temp));
        }
        durable::put_in_place(&dir, staged).map_err(|(name, error)| write_error(&dir, name, error))
    }
}

fn create_dir(dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|error| ExportError::CreateDir {
        path: dir.to_path_buf(),
        error,
    })
}

/// A temporary file in `dir` that becomes `name` once written in full: the exported files are
/// meant to be copied and shared.
fn staging_file(dir: &Path, name: &str) -> Result<NamedTempFile, ExportError> {
    durable::staging_file(dir, name.as_ref(), Readers::Shared)
        .map_err(|error| write_error(dir, name, error))
}

fn write_error(dir: &Path, name: &str, error: io::Error) -> ExportError {
    ExportError::Write {
        path: dir.join(name),
        error,
    }
}
