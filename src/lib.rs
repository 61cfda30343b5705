//! hopdan: live minutes and show-of-hands votes for residents' consultation meetings.
//!
//! `domain` holds the rules and is pure; `i18n` holds the words of both languages; `records`
//! defines the CSV tables; `store` keeps everything in one SQLite file; `export` reads and writes
//! the CSV files and `documents` renders the minutes; `messages` says every error in the user's
//! language; `tui` is the terminal interface; `cli` ties them together. Each uses only those
//! named before it.

pub mod cli;
pub mod documents;
pub mod domain;
mod durable;
pub mod export;
pub mod i18n;
pub mod messages;
pub mod records;
pub mod sample;
pub mod store;
pub mod tui;
