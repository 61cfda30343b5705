//! An export folder changes as a whole: a reader, or a kill, never finds CSV files of one export
//! beside another's, or without the minutes asked for with them.

mod common;

use hopdan::domain::MeetingRecord;
use hopdan::export::{ExportError, ExportOptions, ExportWriter, import_dir, write_export};

use common::{files_in, sample_dir};

const OPTIONS: ExportOptions = ExportOptions { bom: true };
/// The CSV files of an export, sorted by name.
fn csv_files() -> Vec<&'static str> {
    let mut names: Vec<&str> = hopdan::records::TABLES.iter().map(|t| t.file).collect();
    names.sort();
    names
}

fn sample() -> MeetingRecord {
    import_dir(&sample_dir()).unwrap()
}

#[test]
fn a_new_export_replaces_the_whole_earlier_one() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = dir.path().join("out");
    let minutes: &[(&'static str, &[u8])] = &[("minutes.md", b"# old"), ("minutes.html", b"old")];
    write_export(&sample(), 1, OPTIONS, minutes, &out).unwrap();
    assert_eq!(files_in(&out).len(), csv_files().len() + 2);

    let mut other = sample();
    other.opinions.truncate(1);
    write_export(&other, 2, OPTIONS, &[], &out).unwrap();
    // No minutes of the first export beside the files of the second.
    assert_eq!(files_in(&out), csv_files());
    assert_eq!(import_dir(&out).unwrap().opinions.len(), 1);
    assert_eq!(files_in(dir.path()), ["out"]);
}

#[test]
fn until_it_finishes_the_earlier_export_stays_as_it_was() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = dir.path().join("out");
    write_export(&sample(), 1, OPTIONS, &[], &out).unwrap();
    let before: Vec<Vec<u8>> = csv_files()
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();

    let mut export = ExportWriter::create(&out, OPTIONS).unwrap();
    let mut other = sample();
    other.opinions.clear();
    export.append(&other, 2).unwrap();
    let during: Vec<Vec<u8>> = csv_files()
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    assert_eq!(during, before);
    // Given up (as by an error): nothing of it is left.
    drop(export);
    assert_eq!(files_in(dir.path()), ["out"]);
    assert_eq!(files_in(&out), csv_files());
}

#[test]
fn what_a_killed_export_left_is_removed_by_the_next_one() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = dir.path().join("out");
    // A run killed while writing leaves its hidden folder beside the export, and an earlier
    // version's temporary files inside it.
    let left = dir.path().join(".out.hopdan-x1Yz");
    std::fs::create_dir(&left).unwrap();
    std::fs::write(left.join("meeting.csv"), "half").unwrap();
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join(".votes.csv.a1b2.tmp"), "half").unwrap();

    write_export(&sample(), 1, OPTIONS, &[], &out).unwrap();
    assert_eq!(files_in(dir.path()), ["out"]);
    assert_eq!(files_in(&out), csv_files());
}

#[test]
fn a_folder_holding_other_files_is_refused_and_left_as_it_is() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("meeting.csv"), "keep").unwrap();
    std::fs::write(out.join("ghi chú.txt"), "keep").unwrap();
    let refused = write_export(&sample(), 1, OPTIONS, &[], &out).unwrap_err();
    assert!(
        matches!(&refused, ExportError::NotAnExportFolder { found, .. } if found == "ghi chú.txt"),
        "{refused:?}"
    );
    assert_eq!(files_in(&out), ["ghi chú.txt", "meeting.csv"]);
    assert_eq!(std::fs::read(out.join("meeting.csv")).unwrap(), b"keep");
    assert_eq!(files_in(dir.path()), ["out"]);
}

#[test]
fn every_document_an_export_writes_may_be_replaced_by_the_next() {
    use hopdan::documents::{
        ATTENDANCE_DOCX, MINUTES_DOCX, MINUTES_HTML, MINUTES_MD, PLEDGES_DOCX,
    };
    use hopdan::export::DOCUMENT_FILES;
    for name in [
        MINUTES_MD,
        MINUTES_HTML,
        MINUTES_DOCX,
        ATTENDANCE_DOCX,
        PLEDGES_DOCX,
    ] {
        assert!(DOCUMENT_FILES.contains(&name), "{name}");
    }
}

#[test]
fn the_folder_hopdan_runs_in_can_be_the_export_folder() {
    let (dir, db) = common::imported_sample();
    let here = dir.path().join("xuat");
    std::fs::create_dir(&here).unwrap();
    for _ in 0..2 {
        common::hopdan(&db)
            .current_dir(&here)
            .args(["export", "--out", "."])
            .assert()
            .success();
        assert_eq!(files_in(&here), csv_files());
    }
    // Nothing left beside it.
    assert!(
        files_in(dir.path())
            .iter()
            .all(|name| !name.starts_with(".xuat"))
    );
}

#[cfg(target_os = "linux")]
#[test]
fn the_root_of_a_mounted_stick_is_written_in_place_and_replaced_whole() {
    let Some(stick) = common::Tmpfs::mount("4m") else {
        return;
    };
    let minutes: &[(&'static str, &[u8])] = &[("minutes.md", b"# cu")];
    write_export(&sample(), 1, OPTIONS, minutes, stick.path()).unwrap();
    let mut with_minutes = csv_files();
    with_minutes.push("minutes.md");
    with_minutes.sort();
    assert_eq!(files_in(stick.path()), with_minutes);
    let mut other = sample();
    other.opinions.truncate(1);
    write_export(&other, 1, OPTIONS, &[], stick.path()).unwrap();
    assert_eq!(import_dir(stick.path()).unwrap().opinions.len(), 1);
    // The minutes of the first export do not stay beside files they do not describe.
    assert_eq!(files_in(stick.path()), csv_files());
}
