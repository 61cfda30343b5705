//! A meeting folder on disk (SPEC §4): the files of [`crate::records`] written out together with
//! any documents asked for, and read back from a folder.
//!
//! Exporting a record, importing the files and exporting again gives the same bytes.

mod import;
mod write;

pub use import::{Folder, import_dir};
pub use write::{DOCUMENT_FILES, ExportError, ExportWriter, write_export};

pub use crate::records::{
    CsvFile, ExportOptions, ImportError, ImportProblem, export_files, import_files,
};
