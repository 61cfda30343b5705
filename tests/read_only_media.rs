//! A database on a medium nobody can write (a write-protected stick, a read-only mount): the
//! commands that only read work there and leave it as it was. The medium is a small tmpfs
//! mounted read-only (see `common::Tmpfs`).
#![cfg(target_os = "linux")]

mod common;

use std::path::{Path, PathBuf};

use hopdan::store::Store;
use predicates::prelude::*;

use common::{Tmpfs, files_in, hopdan, imported_sample};

/// A tmpfs holding copies of `files`, mounted read-only.
fn read_only_medium(files: &[&Path]) -> Option<Tmpfs> {
    let medium = Tmpfs::mount("16m")?;
    medium.copy_in(files);
    medium.make_read_only();
    Some(medium)
}

#[test]
fn list_verify_export_backup_and_show_read_a_database_on_a_read_only_medium() {
    let (dir, db) = imported_sample();
    let Some(medium) = read_only_medium(&[&db]) else {
        return;
    };
    let db = medium.join("hopdan.db");
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

    assert_eq!(files_in(medium.path()), ["hopdan.db"]);
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
    let medium = read_only_medium(&[&db, &wal, &shm]);
    drop(store);
    let Some(medium) = medium else {
        return;
    };
    hopdan(&medium.join("hopdan.db"))
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!("{second}\t")));
}

#[test]
fn the_interface_refuses_a_read_only_medium_before_anyone_types() {
    let (_dir, db) = imported_sample();
    let Some(medium) = read_only_medium(&[&db]) else {
        return;
    };
    hopdan(&medium.join("hopdan.db"))
        .args(["--lang", "en"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"));
}
