//! The documents a meeting leaves behind, rendered from its record in the user's language: the
//! official minutes (biên bản) today.
//!
//! Pure: a document is text or bytes in memory; `export` and the interface write them out.

pub mod minutes;

pub use minutes::{MINUTES_HTML, MINUTES_MD, Minutes, render_minutes};
