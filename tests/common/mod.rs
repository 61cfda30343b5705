//! What the integration tests share: the data they start from, the app typed at in-process
//! (`Harness`) and drawn on a terminal in memory, and the program run as a command (`hopdan`).
#![allow(dead_code)] // each test file uses a different part

mod fixtures;
mod harness;
pub mod pdf;
#[cfg(target_os = "linux")]
mod tmpfs;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

#[cfg(target_os = "linux")]
#[allow(unused_imports)]
pub use tmpfs::Tmpfs;
#[allow(unused_imports)] // each test file uses a different part
pub use {fixtures::*, harness::*};

/// `hopdan --db db`, as a user runs it: neither the database nor the language comes from the
/// environment the tests run in.
pub fn hopdan(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("hopdan").unwrap();
    cmd.env_remove("HOPDAN_DB")
        .env_remove("HOPDAN_LANG")
        .arg("--db")
        .arg(db);
    cmd
}

/// A new folder whose database holds the sample consultation as `hopdan import` brings it in:
/// meeting 1, closed.
pub fn imported_sample() -> (TempDir, PathBuf) {
    let (dir, db) = temp_db();
    hopdan(&db)
        .arg("import")
        .arg(sample_dir())
        .assert()
        .success();
    (dir, db)
}
