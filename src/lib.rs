//! hopdan: live minutes and show-of-hands votes for residents' consultation meetings.
//!
//! `domain` holds the rules and is pure; `store` keeps everything in one SQLite file; `export`
//! reads and writes the CSV files; `tui` is the terminal interface; `cli` ties them together.

pub mod cli;
pub mod documents;
pub mod domain;
mod durable;
pub mod export;
pub mod i18n;
pub mod records;
pub mod sample;
pub mod store;
pub mod tui;
