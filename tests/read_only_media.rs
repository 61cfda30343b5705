//! A database on a medium nobody can write (a write-protected stick, a read-only mount): the
//! commands that only read work there and leave it as it was. The medium is a small tmpfs
//! mounted read-only, which needs root (as in CI); elsewhere these tests say so and pass.
#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use predicates::prelude::*;
use tempfile::TempDir;

use hopdan::store::Store;

use common::{files_in, hopdan, imported_sample};

/// A tmpfs holding copies of `files`, mounted read-only; unmounted when dropped.
struct ReadOnlyMount {
    dir: TempDir,
}

impl ReadOnlyMount {
    /// `None` (and a line saying why) where mounting is not allowed, except in CI.
    fn with(files: &[&Path]) -> Option<ReadOnlyMount> {
        let dir = TempDir::new().unwrap();
        let mounted = Process::new("mount")
            .args(["-t", "tmpfs", "-o", "size=16m", "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI runs as root and must be able to mount a tmpfs"
            );
            eprintln!("skipped: mounting a tmpfs needs root");
            return None;
        }
        for file in files {
            std::fs::copy(file, dir.path().join(file.file_name().unwrap())).unwrap();
        }
        let remounted = Process::new("mount")
            .args(["-o", "remount,ro"])
            .arg(dir.path())
            .status()
            .unwrap();
        assert!(remounted.success());
        Some(ReadOnlyMount { dir })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

impl Drop for ReadOnlyMount {
    fn drop(&mut self) {
        let _ = Process::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn list_verify_export_backup_and_show_read_a_database_on_a_read_only_medium() {
    let (dir, db) = imported_sample();
    let Some(medium) = ReadOnlyMount::with(&[&db]) else {
        return;
    };
    let db = medium.path("hopdan.db");
    let before = std::fs::read(&db).unwrap();

    hopdan(&db)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("1\t2022-06-12\tclosed\t"));
    hopdan(&db)
        .args(["--lang", "en", "verify"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Meeting 1 is intact"));
    let out = dir.path().join("out");
    hopdan(&db)
        .args(["export", "--minutes", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(files_in(&out).contains(&"minutes.html".to_owned()));
    let copy = dir.path().join("copy.db");
    hopdan(&db)
        .args(["backup", "--out"])
        .arg(&copy)
        .assert()
        .success();
    assert_eq!(
        Store::open_existing(&copy)
            .unwrap()
            .list_meetings()
            .unwrap()
            .len(),
        1
    );
    // The chair's screen reads it the same way.
    let show = Store::open_read_only(&db).unwrap();
    assert_eq!(show.list_meetings().unwrap().len(), 1);

    assert_eq!(files_in(medium.dir.path()), ["hopdan.db"]);
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn entries_still_in_the_write_ahead_log_are_read_from_it() {
    let (_dir, db) = imported_sample();
    let mut store = Store::open(&db).unwrap();
    let second = store.insert_record(&hopdan::sample::sample_record_as_open().unwrap());
    let second = second.unwrap();
    // Copied while the store is open: the new meeting is only in the -wal file yet.
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    let shm = PathBuf::from(format!("{}-shm", db.display()));
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    let medium = ReadOnlyMount::with(&[&db, &wal, &shm]);
    drop(store);
    let Some(medium) = medium else {
        return;
    };
    hopdan(&medium.path("hopdan.db"))
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!("{second}\t")));
}

#[test]
fn the_interface_refuses_a_read_only_medium_before_anyone_types() {
    let (_dir, db) = imported_sample();
    let Some(medium) = ReadOnlyMount::with(&[&db]) else {
        return;
    };
    hopdan(&medium.path("hopdan.db"))
        .args(["--lang", "en"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"));
}
