//! A disk that fills up: a first start on a full disk leaves nothing behind, and typing cannot
//! take the space a save needs, because the write-ahead log stays small.

mod common;

use std::path::{Path, PathBuf};

use hopdan::store::Store;

#[cfg(target_os = "linux")]
use common::Tmpfs;
use common::{add_meeting, t, temp_db};

fn wal_of(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", db.display()))
}

#[test]
fn typing_for_a_long_time_keeps_the_write_ahead_log_small() {
    let (_dir, db) = temp_db();
    let mut store = Store::open(&db).unwrap();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let mut text = String::new();
    let mut largest = 0;
    // An opinion of two thousand keys, each kept as a draft as it is typed.
    for key in 0..2000 {
        text.push(if key % 7 == 6 { ' ' } else { 'a' });
        store
            .save_draft(id, "opinion", &text, t("2022-06-12T08:41:00+07:00"))
            .unwrap();
        largest = largest.max(std::fs::metadata(wal_of(&db)).unwrap().len());
    }
    assert!(largest <= 1 << 20, "the log grew to {largest} bytes");
}

#[cfg(target_os = "linux")]
#[test]
fn a_first_start_on_a_full_disk_says_so_and_leaves_no_file() {
    use predicates::prelude::*;
    let Some(disk) = Tmpfs::mount("256k") else {
        return;
    };
    disk.fill();
    let db = disk.join("hopdan.db");
    let sample = common::sample_dir().into_os_string();
    // The interface, and an import into a new database.
    for args in [vec![], vec!["import".into(), sample]] {
        common::hopdan(&db)
            .args(["--lang", "en"])
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("disk is full"));
        assert_eq!(common::files_in(disk.path()), ["fill"], "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_nearly_full_disk_typing_leaves_the_space_freed_for_the_save() {
    use hopdan::domain::Stance;
    let Some(disk) = Tmpfs::mount("4m") else {
        return;
    };
    let db = disk.join("hopdan.db");
    let mut store = Store::open(&db).unwrap();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    common::take_floor(
        &mut store,
        id,
        &common::hung(),
        1,
        t("2022-06-12T08:40:00+07:00"),
    );
    disk.fill();
    // The secretary frees a little space, then goes on typing a long opinion.
    disk.free(640 * 1024);
    let mut text = String::new();
    for key in 0..2000 {
        text.push(if key % 7 == 6 { ' ' } else { 'a' });
        store
            .save_draft(id, "opinion", &text, t("2022-06-12T08:41:00+07:00"))
            .unwrap_or_else(|e| panic!("key {key}: {e}"));
    }
    store
        .save_opinion_from_floor(id, Stance::Support, &text, t("2022-06-12T08:45:00+07:00"))
        .unwrap();
}

#[cfg(unix)]
#[test]
fn a_failed_first_start_never_removes_a_link_that_points_nowhere_yet() {
    let dir = tempfile::TempDir::new().unwrap();
    // A link to a stick that is not plugged in.
    let link = dir.path().join("hopdan.db");
    std::os::unix::fs::symlink(dir.path().join("usb").join("hopdan.db"), &link).unwrap();
    common::hopdan(&link)
        .arg("import")
        .arg(common::sample_dir())
        .assert()
        .code(1);
    assert!(std::fs::symlink_metadata(&link).is_ok(), "the link is gone");
}
