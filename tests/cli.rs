//! The command line, run as a user would run it: list, import, export, bad arguments, errors.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

use common::{db_in, files_in, hopdan, imported_sample, open_sample, sample_dir, tamper, temp_db};

/// A new folder holding a hopdan database with no meeting in it yet.
fn empty_database() -> (TempDir, PathBuf) {
    let (dir, db) = temp_db();
    drop(hopdan::store::Store::open(&db).unwrap());
    (dir, db)
}

#[test]
fn import_prints_the_new_id_and_list_shows_the_meeting() {
    let (_dir, db) = temp_db();
    // The first import creates the database.
    hopdan(&db)
        .args(["import"])
        .arg(sample_dir())
        .assert()
        .success()
        .stdout("1\n");
    hopdan(&db)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "1\t2022-06-12\tclosed\tVề việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10",
        ));
    // A second import is a second meeting.
    hopdan(&db)
        .arg("import")
        .arg(sample_dir())
        .assert()
        .success()
        .stdout("2\n");
}

#[test]
fn export_writes_the_sample_back_byte_for_byte() {
    let (dir, db) = imported_sample();
    let out = dir.path().join("out");
    // Global options after the command name work too.
    Command::cargo_bin("hopdan")
        .unwrap()
        .env_remove("HOPDAN_DB")
        .args(["export", "--out"])
        .arg(&out)
        .arg("--db")
        .arg(&db)
        .assert()
        .success()
        .stdout(
            hopdan::records::TABLES
                .iter()
                .map(|table| format!("{}\n", out.join(table.file).display()))
                .collect::<String>(),
        );
    for name in hopdan::records::TABLES.iter().map(|table| table.file) {
        let original = std::fs::read(sample_dir().join(name)).unwrap();
        let exported = std::fs::read(out.join(name)).unwrap();
        assert!(
            original == exported,
            "{name} differs after import and export"
        );
    }
}

#[test]
fn export_without_bom_and_of_a_named_meeting() {
    let (dir, db) = imported_sample();
    let out = dir.path().join("out");
    hopdan(&db)
        .args(["export", "--meeting", "1", "--no-bom", "--out"])
        .arg(&out)
        .assert()
        .success();
    let meeting = std::fs::read(out.join("meeting.csv")).unwrap();
    assert!(meeting.starts_with(b"meeting_id,"));
    hopdan(&db)
        .args(["export", "--meeting", "9", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("hopdan: "));
}

#[test]
fn the_database_comes_from_the_environment_when_not_given() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("env.db");
    Command::cargo_bin("hopdan")
        .unwrap()
        .env("HOPDAN_DB", &db)
        .arg("import")
        .arg(sample_dir())
        .assert()
        .success();
    assert!(db.is_file());
}

#[test]
fn bad_usage_exits_2() {
    let (_dir, db) = temp_db();
    for args in [
        &["frobnicate"][..],
        &["export"], // --out is required
        &["export", "--meeting", "one", "--out", "x"],
        &["--lang", "fr", "list"],
        &["import"],
    ] {
        hopdan(&db)
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::ends_with("\n"));
    }
}

#[test]
fn help_is_there_for_every_command() {
    let (_dir, db) = temp_db();
    for command in [
        &[][..],
        &["demo"],
        &["list"],
        &["import"],
        &["export"],
        &["verify"],
        &["backup"],
    ] {
        hopdan(&db)
            .args(command)
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains("--db"));
    }
}

#[test]
fn a_missing_folder_or_file_fails_with_one_sentence() {
    let (dir, db) = temp_db();
    hopdan(&db)
        .arg("import")
        .arg(dir.path().join("nowhere"))
        .assert()
        .code(1)
        .stderr(
            predicate::str::starts_with("hopdan: ").and(predicate::str::contains("meeting.csv")),
        );

    // A folder with three of the four files.
    let partial = dir.path().join("partial");
    std::fs::create_dir(&partial).unwrap();
    for name in ["meeting.csv", "agenda.csv", "opinions.csv"] {
        std::fs::copy(sample_dir().join(name), partial.join(name)).unwrap();
    }
    hopdan(&db)
        .arg("import")
        .arg(&partial)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("votes.csv"));
    // Nothing was written, not even an empty database.
    assert_eq!(files_in(dir.path()), ["partial"]);
}

/// A copy of the sample whose votes.csv says "failed" on line 3 where the counts pass.
fn sample_with_a_bad_row(dir: &Path) -> PathBuf {
    let bad = dir.join("bad");
    std::fs::create_dir(&bad).unwrap();
    for name in ["meeting.csv", "agenda.csv", "opinions.csv", "votes.csv"] {
        std::fs::copy(sample_dir().join(name), bad.join(name)).unwrap();
    }
    let votes = std::fs::read_to_string(bad.join("votes.csv")).unwrap();
    let mut lines: Vec<&str> = votes.split("\r\n").collect();
    let broken = lines[2].replacen(",passed,", ",failed,", 1);
    lines[2] = &broken;
    std::fs::write(bad.join("votes.csv"), lines.join("\r\n")).unwrap();
    bad
}

#[test]
fn an_import_with_a_bad_row_names_it_and_writes_nothing() {
    let (dir, db) = temp_db();
    let bad = sample_with_a_bad_row(dir.path());
    hopdan(&db)
        .args(["--lang", "en", "import"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(
            predicate::str::starts_with("hopdan: votes.csv line 3, column result: \"failed\"")
                .and(predicate::str::contains("differs from \"passed\"")),
        );
    assert_eq!(files_in(dir.path()), ["bad"]);
}

#[test]
fn an_import_with_a_bad_row_names_it_in_vietnamese_by_default() {
    let (dir, db) = temp_db();
    let bad = sample_with_a_bad_row(dir.path());
    for lang in [&[][..], &["--lang", "vi"]] {
        hopdan(&db)
            .args(lang)
            .arg("import")
            .arg(&bad)
            .assert()
            .code(1)
            .stderr(
                predicate::str::starts_with("hopdan: votes.csv dòng 3, cột result: \"failed\"")
                    .and(predicate::str::contains("khác với \"passed\""))
                    .and(predicate::str::contains("line").not()),
            );
    }
    assert_eq!(files_in(dir.path()), ["bad"]);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "biên bản họp tổ 27\n").unwrap();
    hopdan(&db)
        .arg("list")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("notes.txt"));
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "biên bản họp tổ 27\n"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_named_in_the_language_in_force() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "biên bản họp tổ 27\n").unwrap();
    let vi = format!(
        "hopdan: Tệp {} không phải tệp dữ liệu hopdan; tệp được giữ nguyên.\n",
        db.display()
    );
    let en = format!(
        "hopdan: {} is not a hopdan database file; it was left unchanged.\n",
        db.display()
    );
    hopdan(&db).arg("list").assert().code(1).stderr(vi.clone());
    hopdan(&db)
        .args(["list", "--lang", "vi"])
        .assert()
        .code(1)
        .stderr(vi.clone());
    hopdan(&db)
        .args(["--lang", "en", "list"])
        .assert()
        .code(1)
        .stderr(en.clone());
    // $HOPDAN_LANG chooses when --lang is not given, and --lang wins over it.
    hopdan(&db)
        .env("HOPDAN_LANG", "en")
        .arg("list")
        .assert()
        .code(1)
        .stderr(en);
    hopdan(&db)
        .env("HOPDAN_LANG", "en")
        .args(["--lang", "vi", "list"])
        .assert()
        .code(1)
        .stderr(vi);
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "biên bản họp tổ 27\n"
    );
}

#[test]
fn export_with_no_meeting_says_so() {
    let (dir, db) = empty_database();
    hopdan(&db)
        .args(["--lang", "en", "export", "--out"])
        .arg(dir.path().join("out"))
        .assert()
        .code(1)
        .stderr("hopdan: There is no meeting to export.\n");
}

#[test]
fn export_with_no_meeting_says_so_in_vietnamese_by_default() {
    let (dir, db) = empty_database();
    for lang in [&[][..], &["--lang", "vi"]] {
        hopdan(&db)
            .args(["export", "--out"])
            .arg(dir.path().join("out"))
            .args(lang)
            .assert()
            .code(1)
            .stderr("hopdan: Chưa có cuộc họp nào để xuất.\n");
    }
}

#[test]
fn an_unknown_meeting_is_named_in_the_language_in_force() {
    let (dir, db) = empty_database();
    let out = dir.path().join("out");
    hopdan(&db)
        .args(["export", "--meeting", "9", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr("hopdan: Không tìm thấy cuộc họp 9.\n");
    hopdan(&db)
        .args(["--lang", "en", "export", "--meeting", "9", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr("hopdan: There is no meeting 9.\n");
}

#[test]
fn verify_says_intact_then_names_what_was_altered() {
    let (_dir, db) = imported_sample();
    hopdan(&db).arg("verify").assert().success().stdout(
        predicate::str::starts_with(
            "Cuộc họp 1 còn nguyên như khi kết thúc. Dấu vân tay SHA-256: ",
        )
        .and(predicate::function(|out: &str| out.lines().count() == 1))
        .and(predicate::str::ends_with("\n")),
    );

    tamper(
        &db,
        "UPDATE votes SET votes_for = votes_for - 1 WHERE item_no = 2",
    );
    hopdan(&db)
        .args(["verify", "--meeting", "1", "--lang", "en"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("hopdan: Meeting 1 was changed after it was closed:")
                .and(predicate::str::ends_with("\n  vote 1 of item 2: changed\n")),
        );
}

#[test]
fn export_docx_writes_the_word_documents_under_the_title_chosen() {
    let (dir, db) = imported_sample();
    let out = dir.path().join("out");
    hopdan(&db)
        .args([
            "--lang",
            "en",
            "export",
            "--docx",
            "--title",
            "ban-ghi-nho",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("minutes.docx"));
    let files = files_in(&out);
    for name in ["minutes.docx", "attendance.docx", "pledges.docx"] {
        assert!(files.contains(&name.to_owned()), "{name} in {files:?}");
        let bytes = std::fs::read(out.join(name)).unwrap();
        assert!(bytes.starts_with(b"PK"), "{name} is a zip file");
    }
    // The text documents come with --minutes only.
    assert!(!files.contains(&"minutes.md".to_owned()), "{files:?}");
    let docx = std::fs::read(out.join("minutes.docx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(xml.contains(">MEMORANDUM<"), "the title chosen");
    assert!(
        xml.contains(">SOCIALIST REPUBLIC OF VIET NAM<"),
        "in English"
    );

    // Both kinds at once, into the same folder again: the earlier export is replaced.
    hopdan(&db)
        .args([
            "export",
            "--minutes",
            "--docx",
            "--title",
            "nghi-quyet",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let files = files_in(&out);
    for name in ["minutes.md", "minutes.html", "minutes.docx", "pledges.docx"] {
        assert!(files.contains(&name.to_owned()), "{name} in {files:?}");
    }
    let md = std::fs::read_to_string(out.join("minutes.md")).unwrap();
    assert!(
        md.contains("# NGHỊ QUYẾT CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ\n"),
        "{md}"
    );

    // A title that is not one of the four is a usage error; so is a title with --all.
    hopdan(&db)
        .args(["export", "--docx", "--title", "bien_ban", "--out"])
        .arg(dir.path().join("bad"))
        .assert()
        .code(2);
    hopdan(&db)
        .args(["export", "--all", "--title", "bien-ban", "--out"])
        .arg(dir.path().join("bad"))
        .assert()
        .code(2);
    assert!(!dir.path().join("bad").exists());
}

#[test]
fn exports_carry_the_fingerprint_only_while_the_content_still_matches_it() {
    let (dir, db) = imported_sample();
    let verified = hopdan(&db).arg("verify").output().unwrap().stdout;
    let verified = String::from_utf8(verified).unwrap();
    let fingerprint = verified.trim_end().rsplit(": ").next().unwrap().to_owned();
    let out = dir.path().join("out");
    hopdan(&db)
        .args(["export", "--minutes", "--out"])
        .arg(&out)
        .assert()
        .success();
    let minutes = std::fs::read_to_string(out.join("minutes.md")).unwrap();
    assert!(
        minutes.contains(&fingerprint),
        "{fingerprint} in the minutes"
    );

    tamper(
        &db,
        "UPDATE votes SET votes_for = votes_for - 1 WHERE item_no = 2",
    );
    let again = dir.path().join("again");
    hopdan(&db)
        .args(["--lang", "en", "export", "--minutes", "--out"])
        .arg(&again)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "hopdan: Meeting 1 was changed after it was closed, so nothing was exported; \
             to see what changed: hopdan verify --meeting 1\n",
        );
    // Nothing is written: no CSV files without their minutes.
    assert!(!again.exists() || std::fs::read_dir(&again).unwrap().next().is_none());
    // Nor the CSV files alone, or with every meeting: imported again, they would be a closed
    // meeting sealed anew over the altered content.
    for all in [&[][..], &["--all"]] {
        hopdan(&db)
            .args(["--lang", "en", "export"])
            .args(all)
            .arg("--out")
            .arg(&again)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::starts_with(
                "hopdan: Meeting 1 was changed after it was closed, so nothing was exported",
            ));
        assert!(!again.exists() || std::fs::read_dir(&again).unwrap().next().is_none());
    }
}

#[test]
fn the_csv_files_streamed_from_the_database_are_those_written_from_the_whole_record() {
    let (dir, db) = imported_sample();
    let export = |args: &[&str], out: &str| {
        let out = dir.path().join(out);
        hopdan(&db)
            .args(["--lang", "en", "export"])
            .args(args)
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        out
    };
    // With the minutes the whole record is read; without them, the opinions one at a time.
    let whole = export(&["--minutes"], "whole");
    let streamed = export(&[], "streamed");
    for file in files_in(&streamed) {
        assert_eq!(
            std::fs::read(streamed.join(&file)).unwrap(),
            std::fs::read(whole.join(&file)).unwrap(),
            "{file}"
        );
    }
    assert_eq!(files_in(&streamed).len(), files_in(&whole).len() - 2);

    // An opinion altered after closing: its pass over the opinions finds it before any file
    // is written.
    tamper(
        &db,
        "UPDATE opinions SET opinion = opinion || '.' \
         WHERE item_no = 2 AND turn_no = (SELECT MAX(turn_no) FROM opinions WHERE item_no = 2)",
    );
    let again = dir.path().join("again");
    for all in [&[][..], &["--all"]] {
        hopdan(&db)
            .args(["--lang", "en", "export"])
            .args(all)
            .arg("--out")
            .arg(&again)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::starts_with(
                "hopdan: Meeting 1 was changed after it was closed, so nothing was exported",
            ));
        assert!(!again.exists() || std::fs::read_dir(&again).unwrap().next().is_none());
    }
}

#[test]
fn verify_of_an_open_meeting_has_nothing_to_check() {
    let (_dir, db, _) = open_sample();
    hopdan(&db)
        .args(["--lang", "en", "verify"])
        .assert()
        .code(1)
        .stderr("hopdan: Meeting 1 is still open, so it has no fingerprint to check yet.\n");
}

#[test]
fn backup_writes_a_database_that_opens_with_the_same_meetings() {
    let (dir, db) = imported_sample();
    let copy = dir.path().join("backups").join("hopdan-copy.db");
    hopdan(&db)
        .arg("backup")
        .arg("--out")
        .arg(&copy)
        .assert()
        .success()
        .stdout(format!("{}\n", copy.display()));
    let listed = hopdan(&db).arg("list").output().unwrap().stdout;
    hopdan(&copy).arg("list").assert().success().stdout(listed);
    hopdan(&copy).arg("verify").assert().success();
    // Never over the database itself.
    hopdan(&db)
        .arg("backup")
        .arg("--out")
        .arg(&db)
        .assert()
        .code(1);
}

#[test]
fn a_second_hopdan_on_the_same_file_is_refused_before_the_screen_opens() {
    let (_dir, db) = imported_sample();
    // The interface of a first copy holds this lock while it runs.
    let _first = hopdan::store::WriterLock::acquire(&db).unwrap();
    hopdan(&db)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "đang được mở trong một cửa sổ hopdan khác",
        ));
    // Reading commands still work beside it.
    hopdan(&db).arg("list").assert().success();
}

#[test]
fn a_read_only_database_is_refused_before_anyone_types() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        eprintln!("skipped: file permissions do not bind root; this runs as an ordinary user");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let (dir, db) = imported_sample();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = std::fs::read(&db).unwrap();
    hopdan(&db)
        .args(["--lang", "en"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"));
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn export_all_writes_every_meeting_into_one_set_of_files() {
    let (dir, db) = temp_db();
    for _ in 0..2 {
        hopdan(&db)
            .arg("import")
            .arg(sample_dir())
            .assert()
            .success();
    }
    let out = dir.path().join("all");
    hopdan(&db)
        .args(["export", "--all", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("opinions.csv"));
    for name in ["meeting.csv", "agenda.csv", "opinions.csv", "votes.csv"] {
        // The sample's rows for meeting 1, then the same rows again for meeting 2: one header.
        let sample = String::from_utf8(std::fs::read(sample_dir().join(name)).unwrap()).unwrap();
        let (header, rows) = sample.split_once("\r\n").unwrap();
        let again: String = rows
            .split_inclusive("\r\n")
            .map(|row| {
                let rest = row
                    .strip_prefix("1,")
                    .expect("sample rows are of meeting 1");
                format!("2,{rest}")
            })
            .collect();
        let expected = format!("{header}\r\n{rows}{again}");
        let exported = String::from_utf8(std::fs::read(out.join(name)).unwrap()).unwrap();
        assert!(exported == expected, "{name} is not both meetings' rows");
    }
    // Every meeting, or one: not both.
    hopdan(&db)
        .args(["export", "--all", "--meeting", "1", "--out"])
        .arg(&out)
        .assert()
        .code(2);
}

#[test]
fn show_names_a_meeting_that_does_not_exist_before_taking_the_screen() {
    let (_dir, db) = imported_sample();
    hopdan(&db)
        .args(["--lang", "en", "show", "--meeting", "7"])
        .assert()
        .code(1)
        .stderr("hopdan: There is no meeting 7.\n");
    hopdan(&db)
        .args(["show", "--meeting", "x"])
        .assert()
        .code(2);
    hopdan(&db)
        .args(["show", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--meeting <ID>"));
}

/// The commands that only read the database, each with what it needs; export and backup would
/// write into `dir`.
fn reading_commands(dir: &Path) -> [Vec<OsString>; 5] {
    let arg = OsString::from;
    [
        vec![arg("list")],
        vec![arg("export"), arg("--out"), dir.join("out").into()],
        vec![arg("verify")],
        vec![arg("backup"), arg("--out"), dir.join("copy.db").into()],
        vec![arg("show")],
    ]
}

fn no_database_vi(db: &Path) -> String {
    format!(
        "hopdan: Chưa có dữ liệu hopdan ở {}; hãy mở tệp này bằng hopdan một lần trước (tệp \
         không được tạo ra).\n",
        db.display()
    )
}

fn no_database_en(db: &Path) -> String {
    format!(
        "hopdan: There is no hopdan data at {} yet; open that file once with hopdan first (it \
         was not created).\n",
        db.display()
    )
}

#[test]
fn reading_commands_on_a_missing_database_say_so_and_create_nothing() {
    let dir = TempDir::new().unwrap();
    // SQLite would create the file a dangling link points to.
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(dir.path().join("target.db"), &link).unwrap();
    let mistyped = [
        dir.path().join("nowhere").join("hopdan.db"),
        db_in(dir.path()),
        link,
    ];
    for db in &mistyped {
        for command in reading_commands(dir.path()) {
            hopdan(db)
                .args(&command)
                .assert()
                .code(1)
                .stdout("")
                .stderr(no_database_vi(db));
            hopdan(db)
                .args(&command)
                .args(["--lang", "en"])
                .assert()
                .code(1)
                .stdout("")
                .stderr(no_database_en(db));
        }
    }
    // No folder, database, journal, lock, export folder or backup.
    assert_eq!(files_in(dir.path()), ["link.db"]);
}

#[test]
fn reading_commands_leave_an_empty_file_as_it_is() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("empty.db");
    std::fs::write(&db, b"").unwrap();
    for command in reading_commands(dir.path()) {
        hopdan(&db)
            .args(&command)
            .args(["--lang", "en"])
            .assert()
            .code(1)
            .stderr(no_database_en(&db));
    }
    assert_eq!(files_in(dir.path()), ["empty.db"]);
    assert_eq!(std::fs::read(&db).unwrap(), b"");
}

#[test]
fn reading_commands_bring_an_older_database_up_to_date() {
    let dir = TempDir::new().unwrap();
    let db = db_in(dir.path());
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal-v1/hopdan.db");
    std::fs::copy(fixture, &db).unwrap();
    let copy = dir.path().join("copy.db");
    hopdan(&db)
        .arg("backup")
        .arg("--out")
        .arg(&copy)
        .assert()
        .success()
        .stdout(format!("{}\n", copy.display()));
    hopdan(&copy)
        .args(["verify", "--meeting", "2"])
        .assert()
        .success();
}

#[test]
fn a_database_with_no_meeting_lists_nothing_and_says_so() {
    let (_dir, db) = empty_database();
    hopdan(&db)
        .arg("list")
        .assert()
        .success()
        .stdout("")
        .stderr("Chưa có cuộc họp nào.\n");
    hopdan(&db)
        .args(["list", "--lang", "en"])
        .assert()
        .success()
        .stdout("")
        .stderr("No meetings yet.\n");
}

#[test]
fn help_is_in_vietnamese_by_default_and_in_english_when_asked() {
    let (_dir, db) = temp_db();
    for command in [&[][..], &["export"], &["show"]] {
        hopdan(&db)
            .args(command)
            .arg("--help")
            .env_remove("HOPDAN_LANG")
            .assert()
            .success()
            .stdout(
                predicate::str::contains("Cách dùng: hopdan")
                    .and(predicate::str::contains("Tùy chọn:"))
                    .and(predicate::str::contains("In hướng dẫn này"))
                    .and(predicate::str::contains("Usage:").not()),
            );
        for (args, env) in [(&["--lang", "en"][..], None), (&[][..], Some("en"))] {
            let mut english = hopdan(&db);
            if let Some(lang) = env {
                english.env("HOPDAN_LANG", lang);
            }
            english
                .args(args)
                .args(command)
                .arg("--help")
                .assert()
                .success()
                .stdout(
                    predicate::str::contains("Usage: hopdan")
                        .and(predicate::str::contains("Print help"))
                        .and(predicate::str::contains("Cách dùng").not()),
                );
        }
    }
    // `help COMMAND`, as clap had it, is that command's help.
    hopdan(&db)
        .args(["help", "export"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Cách dùng: hopdan export"));
    hopdan(&db)
        .args(["export", "--help", "--lang=en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("The folder to write the files to"));
    hopdan(&db)
        .arg("--help")
        .env_remove("HOPDAN_LANG")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("--export-dir <DIR>")
                .and(predicate::str::contains("Lệnh:"))
                .and(predicate::str::contains(
                    "Ghi biên bản và biểu quyết giơ tay",
                )),
        );
}

#[test]
fn bad_usage_is_said_in_the_users_language() {
    let (_dir, db) = temp_db();
    hopdan(&db)
        .arg("frobnicate")
        .env_remove("HOPDAN_LANG")
        .assert()
        .code(2)
        .stderr(
            "hopdan: Không có lệnh frobnicate.\n\nCách dùng: hopdan [TÙY CHỌN] [LỆNH]\n\n\
             Xem hướng dẫn: hopdan --help\n",
        );
    hopdan(&db)
        .args(["--lang", "en", "frobnicate"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "hopdan: There is no command frobnicate.\n",
        ));
    hopdan(&db)
        .args(["export", "--meeting", "một"])
        .env_remove("HOPDAN_LANG")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "hopdan: Giá trị \"một\" không hợp lệ cho --meeting <ID>.\n\n\
             Cách dùng: hopdan export",
        ));
    hopdan(&db)
        .args(["export", "--out"])
        .env_remove("HOPDAN_LANG")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "hopdan: --out <DIR> cần một giá trị.",
        ));
    hopdan(&db)
        .args(["--expor", "x"])
        .env_remove("HOPDAN_LANG")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Có phải ý bạn là --export-dir?"));
    hopdan(&db)
        .args(["export"])
        .env("HOPDAN_LANG", "en")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "hopdan: --out <DIR> must be given.",
        ));
}

// ---------------------------------------------------------------------------------------------
// hopdan households import: the register from a group's own spreadsheet.

/// A database with one open meeting of 55 households and no vote yet, and its id.
fn meeting_without_votes() -> (TempDir, PathBuf, hopdan::domain::MeetingId) {
    let (dir, mut store) = common::temp_store();
    let id = common::add_meeting(&mut store, &["Mở rộng kiệt"]);
    drop(store);
    let db = db_in(dir.path());
    (dir, db, id)
}

/// A group's list as Excel saves it in the Vietnamese locale: `;`, Windows-1258, the tones as
/// marks after their letters; a column hopdan does not use.
fn group_list(dir: &Path) -> PathBuf {
    let text = "STT;Đi\u{323}a chi\u{309};Chu\u{309} hô\u{323};So\u{301} nhân khâ\u{309}u\r\n\
                1;K19/2 Phu\u{301} Lô\u{323}c 10;Lê Văn Hu\u{300}ng;4\r\n\
                2;K19/4 Phu\u{301} Lô\u{323}c 10;Nguyê\u{303}n Văn Ta\u{301}m;\r\n\
                3;K19/6 Phu\u{301} Lô\u{323}c 10;Trâ\u{300}n Thi\u{323} Tâm;2\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(text);
    assert!(!unmappable);
    let path = dir.join("danh-sach-ho.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn households_import_replaces_the_register_and_says_the_new_total() {
    let (dir, db, id) = meeting_without_votes();
    let file = group_list(dir.path());
    hopdan(&db)
        .args(["households", "import"])
        .arg(&file)
        .args(["--meeting", &id.to_string()])
        .assert()
        .success()
        .stdout(format!(
            "Đã nhập 3 hộ vào danh sách hộ của cuộc họp {id}; tổng số hộ nay là 3.\n"
        ))
        .stderr(
            predicate::str::contains("Đã bỏ qua các cột không dùng đến: \"STT\".")
                .and(predicate::str::contains("3 hộ không có số hộ")),
        );
    let store = hopdan::store::Store::open(&db).unwrap();
    let households = store.households(id).unwrap();
    let heads: Vec<&str> = households.iter().map(|h| h.head_name.as_str()).collect();
    assert_eq!(heads, ["Lê Văn Hùng", "Nguyễn Văn Tám", "Trần Thị Tâm"]);
    assert_eq!(households[0].household_no, "1");
    assert_eq!(households[0].members, Some(4));
    assert_eq!(store.meeting(id).unwrap().households_total, 3);
    drop(store);
    // Again, in English: the register is replaced, not added to.
    hopdan(&db)
        .args(["--lang", "en", "households", "import"])
        .arg(&file)
        .args(["--meeting", &id.to_string()])
        .assert()
        .success()
        .stdout(format!(
            "3 households imported into the register of meeting {id}; the total is now 3.\n"
        ))
        .stderr(predicate::str::contains(
            "Columns not used, ignored: \"STT\".",
        ));
}

#[test]
fn households_import_refuses_in_a_sentence_and_saves_nothing() {
    let (dir, db, id) = meeting_without_votes();
    let meeting = id.to_string();
    let bad = dir.path().join("sai.csv");
    std::fs::write(
        &bad,
        "Địa chỉ;Chủ hộ;Số nhân khẩu\r\nK19/2;Lê Văn Hùng;4\r\nK19/4;Nguyễn Văn Tám;bốn\r\n",
    )
    .unwrap();
    hopdan(&db)
        .args(["households", "import"])
        .arg(&bad)
        .args(["--meeting", &meeting])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "hopdan: {} dòng 3: số nhân khẩu \"bốn\" không phải số nguyên ≥ 0.\n",
            bad.display()
        ));
    let no_address = dir.path().join("thieu.csv");
    std::fs::write(&no_address, "Số hộ,Họ tên chủ hộ\r\n1,Lê Văn Hùng\r\n").unwrap();
    hopdan(&db)
        .args(["--lang", "en", "households", "import"])
        .arg(&no_address)
        .args(["--meeting", &meeting])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "thieu.csv: no column is the address (address or Địa chỉ)",
        ));
    hopdan(&db)
        .args(["--lang", "en", "households", "import"])
        .arg(dir.path().join("none.csv"))
        .args(["--meeting", &meeting])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("hopdan: Cannot read the file "));
    let good = group_list(dir.path());
    hopdan(&db)
        .args(["--lang", "en", "households", "import"])
        .arg(&good)
        .args(["--meeting", "99"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("99"));
    let store = hopdan::store::Store::open(&db).unwrap();
    assert!(store.households(id).unwrap().is_empty());
    assert_eq!(store.meeting(id).unwrap().households_total, 55);
}

#[test]
fn households_import_is_refused_once_the_meeting_has_voted() {
    let (dir, db, id) = open_sample();
    let file = group_list(dir.path());
    let out = hopdan(&db)
        .args(["households", "import"])
        .arg(&file)
        .args(["--meeting", &id.to_string()])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("hopdan: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("biểu quyết"), "{stderr}");
    // The sample's own register of 55 households stays.
    let store = hopdan::store::Store::open(&db).unwrap();
    assert_eq!(store.households(id).unwrap().len(), 55);
}

#[test]
fn households_import_has_its_help_in_both_languages() {
    let (_dir, db) = empty_database();
    hopdan(&db)
        .args(["households", "import", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Chủ hộ").and(predicate::str::contains("--meeting")));
    hopdan(&db)
        .args(["--lang", "en", "households", "import", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("head-of-household"));
    // The meeting must be named: a register replaced is not one to guess.
    hopdan(&db)
        .args(["households", "import", "x.csv"])
        .assert()
        .code(2);
}
