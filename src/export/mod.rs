//! The CSV files of SPEC §4: export of a meeting and import of a meeting folder.
//!
//! Export format = import format: UTF-8 (with a BOM unless asked not to), comma-separated,
//! RFC 4180 quoting only where needed, CRLF line ends, header row first, one file per table.
//! Text cells that a spreadsheet would read as a formula get a leading `'`; import removes it.
//!
//! Exporting a record, importing the files and exporting again gives the same bytes.
//!
//! The official minutes (`minutes.md`, `minutes.html`) are rendered by [`minutes`] and written
//! the same way as the CSV files.

mod import;
pub mod minutes;
mod write;

pub use import::{ImportError, ImportProblem, import_dir, import_files};
pub use minutes::{MINUTES_HTML, MINUTES_MD, Minutes, render_minutes};
pub use write::{ExportError, ExportWriter, export_files, write_export};

/// The UTF-8 byte order mark that makes Excel read the files as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const MEETING_CSV: &str = "meeting.csv";
pub const AGENDA_CSV: &str = "agenda.csv";
pub const OPINIONS_CSV: &str = "opinions.csv";
pub const VOTES_CSV: &str = "votes.csv";

/// The four files of a meeting folder, in the order they are written and read.
pub const FILE_NAMES: [&str; 4] = [MEETING_CSV, AGENDA_CSV, OPINIONS_CSV, VOTES_CSV];

pub const MEETING_COLUMNS: [&str; 13] = [
    "meeting_id",
    "title",
    "ward",
    "residential_group",
    "location",
    "started_at",
    "ended_at",
    "chair",
    "chair_title",
    "secretary",
    "households_total",
    "households_present",
    "status",
];

pub const AGENDA_COLUMNS: [&str; 6] = [
    "meeting_id",
    "item_no",
    "title",
    "description",
    "vote_base",
    "threshold",
];

pub const OPINIONS_COLUMNS: [&str; 9] = [
    "meeting_id",
    "item_no",
    "turn_no",
    "speaker_name",
    "speaker_address",
    "stance",
    "opinion",
    "started_at",
    "duration_s",
];

pub const VOTES_COLUMNS: [&str; 14] = [
    "meeting_id",
    "item_no",
    "vote_no",
    "voted_at",
    "households_total",
    "households_present",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "not_voting",
    "vote_base",
    "threshold",
    "result",
    "corrections",
];

/// How the files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Start each file with the UTF-8 byte order mark (the default; `--no-bom` turns it off).
    pub bom: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions { bom: true }
    }
}

/// One exported file: its name in the folder and its whole content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFile {
    /// `meeting.csv`, `agenda.csv`, `opinions.csv` or `votes.csv`.
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

/// Whether a text cell would be taken for a formula by a spreadsheet: it starts (after any
/// `'` already there) with `=`, `+`, `-`, `@`, tab or CR.
///
/// Looking past leading `'` makes the guard reversible for every text: `=x` is written `'=x`,
/// `'=x` is written `''=x`, and import removes exactly one `'` from both.
fn looks_like_formula(text: &str) -> bool {
    matches!(
        text.trim_start_matches('\'').chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// The text as written in a cell: with a leading `'` when a spreadsheet could run it.
pub fn guard_text(text: &str) -> std::borrow::Cow<'_, str> {
    if looks_like_formula(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The exact inverse of [`guard_text`]: removes the one `'` that export added.
pub fn unguard_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(cell) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_is_reversible_for_every_text() {
        let cases = [
            ("=1+2", "'=1+2"),
            ("+84 905", "'+84 905"),
            ("-5 hộ", "'-5 hộ"),
            ("@abc", "'@abc"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''-", "'''-"),
            ("'abc", "'abc"),
            ("'", "'"),
            ("", ""),
            ("Đồng ý", "Đồng ý"),
            ("a=b", "a=b"),
        ];
        for (text, cell) in cases {
            assert_eq!(guard_text(text), cell, "{text:?}");
            assert_eq!(unguard_text(cell), text, "{cell:?}");
        }
        // Cells not written by the exporter keep what they have.
        assert_eq!(unguard_text("=x"), "=x");
        assert_eq!(unguard_text("'x"), "'x");
    }
}
