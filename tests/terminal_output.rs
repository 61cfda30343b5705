//! What reaches a terminal outside the interface: data shows its escapes instead of running
//! them, and a reader that goes away (`hopdan list | head -1`) ends nothing with a panic.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use predicates::prelude::*;

use common::{hopdan, imported_sample, sample_dir, tamper, temp_db};

/// An OSC 52 clipboard write, a clear-screen and a C1 control: each would act on the terminal.
const HOSTILE: &str = "\u{1b}]52;c;cm0gLXJmIH4=\u{07}\u{1b}[2J\u{9b}31m";

fn has_no_controls(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c != '\n' && hopdan::domain::text::is_forbidden(c))
}

#[test]
fn an_import_error_shows_the_escapes_of_the_cell_it_names() {
    let (dir, db) = temp_db();
    let folder = dir.path().join("hostile");
    std::fs::create_dir(&folder).unwrap();
    for name in ["meeting.csv", "agenda.csv", "opinions.csv", "votes.csv"] {
        std::fs::copy(sample_dir().join(name), folder.join(name)).unwrap();
    }
    let meeting = std::fs::read_to_string(folder.join("meeting.csv")).unwrap();
    let hostile = meeting.replacen("2022-06-12T08:00:00+07:00", HOSTILE, 1);
    assert_ne!(hostile, meeting);
    std::fs::write(folder.join("meeting.csv"), hostile).unwrap();

    let output = hopdan(&db)
        .args(["--lang", "en", "import"])
        .arg(&folder)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(has_no_controls(&stderr), "{stderr:?}");
    assert!(
        stderr.contains(r"\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\u{9b}31m"),
        "{stderr}"
    );
}

#[test]
fn list_shows_the_escapes_of_a_title_stored_with_them() {
    let (_dir, db) = imported_sample();
    tamper(
        &db,
        "UPDATE meetings SET title = 'Kiệt' || char(27) || ']52;c;cm0=' || char(7) || \
         char(155) || '2J' || char(9) || 'x' WHERE id = 1",
    );
    hopdan(&db)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::function(|out: &str| {
            has_no_controls(&out.replace('\t', " "))
                && out.ends_with("\tclosed\tKiệt\\x1b]52;c;cm0=\\x07\\u{9b}2J\\x09x\n")
        }));
}

#[test]
fn a_reader_that_stops_early_ends_list_quietly() {
    let (_dir, db) = imported_sample();
    // Enough lines to fill the pipe, so that hopdan is still writing when the reader leaves.
    tamper(
        &db,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) \
         INSERT INTO meetings (title, ward, residential_group, location, started_at, chair, \
         chair_title, secretary, households_total, households_present) \
         SELECT title, ward, residential_group, location, started_at, chair, chair_title, \
         secretary, households_total, households_present FROM meetings, n WHERE id = 1",
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_hopdan"))
        .arg("--db")
        .arg(&db)
        .arg("list")
        .env_remove("HOPDAN_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is gone: what hopdan writes from now on fails with a broken pipe.
    let output = child.wait_with_output().unwrap();
    assert!(first.starts_with("3001\t"), "{first}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
