//! The documents a meeting leaves behind, rendered from its record in the user's language: the
//! official minutes (biên bản) as
//! text, a web page and Word documents, with the lists attached to them.
//!
//! Pure: a document is text or bytes in memory; `export` and the interface write them out.

pub mod minutes;

pub use minutes::{
    ATTENDANCE_DOCX, MINUTES_DOCX, MINUTES_HTML, MINUTES_MD, Minutes, MinutesTitle, PLEDGES_DOCX,
    WordDocuments, ballot_count_file, ballot_results_file, ballot_sheets_file, is_ballot_document,
    render_minutes, render_minutes_titled, render_word,
};
