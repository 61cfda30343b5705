//! Reading a meeting folder from disk.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::domain::MeetingRecord;
use crate::records::{Files, ImportError, ImportProblem, TABLES, import_from, is_added_later};

/// The files of a meeting folder on disk (every entry of [`crate::records::TABLES`]; those of
/// [`crate::records::ADDED_LATER`] may be missing), for [`crate::store::Store::import`], which
/// reads a folder of any size in little memory.
#[derive(Debug, Clone)]
pub struct Folder {
    dir: PathBuf,
}

impl Folder {
    /// The folder `dir`, once every file it must have is there and can be opened.
    pub fn open(dir: &Path) -> Result<Self, ImportError> {
        for table in TABLES {
            let name = table.file;
            match File::open(dir.join(name)) {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound && is_added_later(name) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
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
        Ok(Folder {
            dir: dir.to_path_buf(),
        })
    }
}

impl Files for Folder {
    fn dir(&self) -> &Path {
        &self.dir
    }

    fn open(&self, name: &'static str) -> io::Result<Box<dyn BufRead + '_>> {
        // Large buffers: the opinions are read a few times over, in a few large reads.
        Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            File::open(self.dir.join(name))?,
        )))
    }
}

/// Reads and checks the files of a meeting folder, all of them into memory.
pub fn import_dir(dir: &Path) -> Result<MeetingRecord, ImportError> {
    import_from(&Folder::open(dir)?)
}
