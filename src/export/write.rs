//! Writing a meeting as the CSV files of SPEC §4.

use std::borrow::Borrow;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::documents::is_ballot_document;
use crate::domain::{MeetingId, MeetingRecord, Opinion};
use crate::durable::{self, StagedFolder};
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
    /// The folder holds files an export does not write; it would take their place.
    #[error("{} holds {found}, which is not part of an export", path.display())]
    NotAnExportFolder { path: PathBuf, found: String },
    #[error("cannot write {}: {error}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
}

/// The documents an export writes beside the tables (the minutes of `documents::minutes`, and
/// the Word documents of the minutes and their lists): an earlier export's folder holding them
/// may be replaced. So may one holding the documents of its votes by ballot, named by their
/// item and vote.
pub const DOCUMENT_FILES: &[&str] = &[
    "minutes.md",
    "minutes.html",
    "minutes.docx",
    "attendance.docx",
    "pledges.docx",
];

/// Writes the CSV files of a meeting, and the documents given (name in the folder and content),
/// into `dir` and returns their paths.
///
/// The files are written in full into a new folder beside `dir` and flushed to disk; only when
/// all of them are written does that folder take the place of `dir`, in one step, so no file
/// is ever left half-written, no CSV file goes out without the documents asked for with it,
/// and no file of an earlier export stays beside them. `dir` may be missing, empty, or hold an
/// earlier export; a folder holding anything else is refused and left as it is.
pub fn write_export(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
    documents: &[(&str, &[u8])],
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let mut export = ExportWriter::create(dir, options)?;
    export.append(record, meeting_id)?;
    export.finish_with(documents)
}

/// An export of any number of meetings into one set of the files, one meeting at a time, so
/// that a whole database goes out without being held in memory. The files appear, all at once
/// and complete, only at [`ExportWriter::finish`]; until then they are in a hidden folder
/// beside `dir`, removed again if the writer is dropped (or by the next export, after a kill).
pub struct ExportWriter {
    /// The folder as it was named, for the paths returned.
    named: PathBuf,
    /// The folder itself, whatever name led to it.
    dir: PathBuf,
    place: Place,
    tables: Tables<BufWriter<File>>,
}

/// Where the files are written until they are complete.
enum Place {
    /// A new folder beside the export's, which then takes its place in one step.
    Beside(StagedFolder),
    /// Hidden files in the export's folder itself, each renamed to its name once all are
    /// written: for a folder that cannot be swapped (a mounted stick's root) or whose parent
    /// cannot be written.
    Inside,
}

/// What a file of an export is called in its folder until the export is complete.
fn hidden_name(name: &str) -> String {
    format!(".{name}.hopdan.tmp")
}

impl Place {
    /// A folder beside `dir` where that can take `dir`'s place; `dir` itself otherwise.
    fn for_export(dir: &Path) -> Result<Place, ExportError> {
        let exists = dir.is_dir();
        if exists && is_mount_point(dir) {
            return Ok(Place::Inside);
        }
        match StagedFolder::beside(dir) {
            Ok(staged) => Ok(Place::Beside(staged)),
            Err(_) if exists => Ok(Place::Inside),
            Err(error) => Err(ExportError::CreateDir {
                path: dir.to_path_buf(),
                error,
            }),
        }
    }

    /// Where the file `name` is written until the export is complete.
    fn path_of(&self, dir: &Path, name: &str) -> PathBuf {
        match self {
            Place::Beside(staged) => staged.path().join(name),
            Place::Inside => dir.join(hidden_name(name)),
        }
    }

    /// Puts the written (and flushed) files `names` in place in `dir`.
    fn put_in_place(self, dir: &Path, names: &[&str]) -> io::Result<()> {
        match self {
            Place::Beside(staged) => staged.put_in_place(),
            Place::Inside => {
                for name in names {
                    std::fs::rename(dir.join(hidden_name(name)), dir.join(name))?;
                }
                // No document of an earlier export stays beside files it does not describe.
                let stale: Vec<PathBuf> = std::fs::read_dir(dir)?
                    .filter_map(Result::ok)
                    .map(|entry| entry.file_name().to_string_lossy().into_owned())
                    .filter(|name| is_document_name(name) && !names.contains(&name.as_str()))
                    .map(|name| dir.join(name))
                    .collect();
                for path in stale {
                    let _ = std::fs::remove_file(path);
                }
                durable::sync_dir(dir);
                Ok(())
            }
        }
    }
}

/// Whether `dir` is the root of a file system of its own (a mounted stick): a folder that can
/// be written into but not replaced.
#[cfg(unix)]
fn is_mount_point(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let parent = dir.parent().unwrap_or(dir);
    match (std::fs::metadata(dir), std::fs::metadata(parent)) {
        (Ok(own), Ok(above)) => own.dev() != above.dev() || own.ino() == above.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_mount_point(dir: &Path) -> bool {
    dir.parent().is_none()
}

impl ExportWriter {
    /// Checks that `dir` may be replaced by an export and starts the files beside it.
    pub fn create(named: &Path, options: ExportOptions) -> Result<Self, ExportError> {
        check_replaceable(named)?;
        // "." or a folder reached through a link is taken by its real place, so that the folder
        // beside it is beside it.
        let dir = std::fs::canonicalize(named).unwrap_or_else(|_| named.to_path_buf());
        let place = Place::for_export(&dir)?;
        let mut files = Vec::with_capacity(TABLES.len());
        for table in TABLES {
            let file = File::create(place.path_of(&dir, table.file))
                .map_err(|error| write_error(&dir, table.file, error))?;
            files.push(BufWriter::with_capacity(1 << 16, file));
        }
        let tables = Tables::start(files, options).map_err(|error| ExportError::Write {
            path: dir.clone(),
            error,
        })?;
        Ok(ExportWriter {
            named: named.to_path_buf(),
            dir,
            place,
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

    /// Appends the rows of one meeting whose opinions come one at a time, by item_no then
    /// turn_no, from `opinions` (see [`Tables::append_streamed`]); an opinion that cannot be
    /// read stops the export with its error.
    pub fn append_streamed<O: Borrow<Opinion>, S, E: From<ExportError> + From<S>>(
        &mut self,
        record: &MeetingRecord,
        opinions: impl IntoIterator<Item = Result<O, S>>,
        meeting_id: MeetingId,
    ) -> Result<(), E> {
        let opinions = opinions.into_iter().map(|o| o.map_err(Failed::Read));
        self.tables
            .append_streamed(record, opinions, meeting_id)
            .map_err(|failed| match failed {
                Failed::Read(error) => E::from(error),
                Failed::Write(error) => E::from(ExportError::Write {
                    path: self.dir.clone(),
                    error,
                }),
            })
    }

    /// Flushes the files to disk, then puts them all in place; returns their paths.
    pub fn finish(self) -> Result<Vec<PathBuf>, ExportError> {
        self.finish_with(&[])
    }

    /// As [`ExportWriter::finish`], with more files (name and content) put in place in the
    /// same step as the tables.
    fn finish_with(self, more: &[(&str, &[u8])]) -> Result<Vec<PathBuf>, ExportError> {
        let ExportWriter {
            named,
            dir,
            place,
            tables,
        } = self;
        let sinks = tables.finish().map_err(|error| ExportError::Write {
            path: dir.clone(),
            error,
        })?;
        let mut names = Vec::with_capacity(TABLES.len() + more.len());
        for (name, sink) in TABLES.iter().map(|table| table.file).zip(sinks) {
            let file = sink
                .into_inner()
                .map_err(|e| write_error(&dir, name, e.into_error()))?;
            file.sync_all().map_err(|e| write_error(&dir, name, e))?;
            names.push(name);
        }
        for &(name, bytes) in more {
            let mut file =
                File::create(place.path_of(&dir, name)).map_err(|e| write_error(&dir, name, e))?;
            file.write_all(bytes)
                .and_then(|()| file.sync_all())
                .map_err(|e| write_error(&dir, name, e))?;
            names.push(name);
        }
        place
            .put_in_place(&dir, &names)
            .map_err(|error| ExportError::Write {
                path: dir.clone(),
                error,
            })?;
        Ok(names.into_iter().map(|name| named.join(name)).collect())
    }
}

/// Why a streamed append stopped: a row that could not be read, or a file not written.
enum Failed<S> {
    Read(S),
    Write(io::Error),
}

impl<S> From<io::Error> for Failed<S> {
    fn from(error: io::Error) -> Self {
        Failed::Write(error)
    }
}

/// Refuses a `dir` that holds anything but what an export writes (or the hidden files an
/// earlier version left when killed while exporting): the export takes the folder's place.
fn check_replaceable(dir: &Path) -> Result<(), ExportError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => {
            return Err(ExportError::CreateDir {
                path: dir.to_path_buf(),
                error,
            });
        }
    };
    for entry in entries {
        let entry = entry.map_err(|error| ExportError::CreateDir {
            path: dir.to_path_buf(),
            error,
        })?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let exported = TABLES.iter().any(|table| table.file == name)
            || is_document_name(&name)
            || (name.starts_with('.') && name.ends_with(".tmp"));
        if !exported || !entry.file_type().is_ok_and(|t| t.is_file()) {
            return Err(ExportError::NotAnExportFolder {
                path: dir.to_path_buf(),
                found: name.into_owned(),
            });
        }
    }
    Ok(())
}

/// Whether `name` is a document an export writes beside the tables.
fn is_document_name(name: &str) -> bool {
    DOCUMENT_FILES.contains(&name) || is_ballot_document(name)
}

fn write_error(dir: &Path, name: &str, error: io::Error) -> ExportError {
    ExportError::Write {
        path: dir.join(name),
        error,
    }
}
