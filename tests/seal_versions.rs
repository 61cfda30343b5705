//! Meetings sealed by earlier versions of hopdan stay verifiable forever (SPEC §14).
//!
//! `tests/fixtures/seal-v1/hopdan.db` was written by the version that sealed with the first
//! fingerprint scheme (the four CSV files of SPEC §4): meeting 1 is the sample consultation
//! closed by `hopdan import`, meeting 2 a meeting held in the app and closed there after a vote
//! correction. `expected/` holds what that version printed and exported for them. Today's hopdan
//! must open the file (upgrading its schema), list, verify and export both with the same bytes:
//! the four CSV files exactly as that version wrote them; the minutes as today's hopdan writes
//! them, which adds what later versions brought (the chair's conclusion, left to fill in; what
//! meeting 2's correction changed, when and why, where they said only that it was corrected).

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use hopdan::records::ExportOptions;
use hopdan::store::Scheme;
use predicates::prelude::*;
use tempfile::TempDir;

use common::{add_meeting, db_in, imported_sample, t, tamper, temp_store};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal-v1")
}

/// A copy of the fixture database in a new folder (opening it upgrades its schema in place).
fn fixture_copy() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("hopdan.db");
    std::fs::copy(fixture().join("hopdan.db"), &db).unwrap();
    (dir, db)
}

fn hopdan(db: &Path, lang: &str) -> Command {
    let mut cmd = common::hopdan(db);
    cmd.args(["--lang", lang]);
    cmd
}

/// The scheme recorded with each meeting's seal, by id.
fn schemes(db: &Path) -> Vec<(i64, i64)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, seal_scheme FROM meetings ORDER BY id")
        .unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn expected(name: &str) -> Vec<u8> {
    let path = fixture().join("expected").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_same_file(written: &Path, expected_name: &str) {
    let bytes = std::fs::read(written).unwrap_or_else(|e| panic!("{}: {e}", written.display()));
    assert!(
        bytes == expected(expected_name),
        "{} differs from expected/{expected_name}",
        written.display()
    );
}

const CSV_FILES: [&str; 4] = ["meeting.csv", "agenda.csv", "opinions.csv", "votes.csv"];

/// The files added after the first scheme: a meeting sealed under it has no rows in them, so an
/// export writes their header alone.
const ADDED_FILES: [(&str, &str); 2] = [
    ("guests.csv", "\u{feff}meeting_id,guest_no,name,role\r\n"),
    (
        "conclusions.csv",
        "\u{feff}meeting_id,item_no,conclusion\r\n",
    ),
];

fn assert_header_only(out: &Path) {
    for (file, header) in ADDED_FILES {
        let written = std::fs::read_to_string(out.join(file)).unwrap();
        assert_eq!(written, header, "{}", out.join(file).display());
    }
}

/// The `corrections.csv` exported today for meeting `id` of the fixture: meeting 1 was imported
/// from a folder without its history, meeting 2 was corrected once in the app.
fn expected_corrections(id: &str) -> String {
    let header = "\u{feff}meeting_id,correction_no,corrected_at,entity,item_no,number,field,\
                  old_value,new_value,reason\r\n";
    let rows = match id {
        "1" => "",
        _ => {
            "2,1,2026-12-03T10:55:59+00:00,vote,1,1,votes_for,25,27,\
              Đếm lại: hai hộ giơ tay muộn\r\n\
              2,1,2026-12-03T10:55:59+00:00,vote,1,1,votes_against,4,3,\
              Đếm lại: hai hộ giơ tay muộn\r\n"
        }
    };
    format!("{header}{rows}")
}

#[test]
fn the_list_is_what_the_first_version_printed() {
    let (_dir, db) = fixture_copy();
    let out = hopdan(&db, "vi").arg("list").assert().success();
    assert_eq!(out.get_output().stdout, expected("list.txt"));
}

#[test]
fn both_meetings_verify_as_intact_with_their_original_fingerprints() {
    let (_dir, db) = fixture_copy();
    for id in ["1", "2"] {
        for lang in ["vi", "en"] {
            let out = hopdan(&db, lang)
                .args(["verify", "--meeting", id])
                .assert()
                .success();
            assert_eq!(
                String::from_utf8_lossy(&out.get_output().stdout),
                String::from_utf8_lossy(&expected(&format!("verify-{id}.{lang}.txt"))),
                "meeting {id} in {lang}"
            );
        }
    }
}

#[test]
fn each_meeting_exports_the_same_files_and_minutes() {
    let (dir, db) = fixture_copy();
    for id in ["1", "2"] {
        for lang in ["vi", "en"] {
            let out = dir.path().join(format!("out-{id}-{lang}"));
            hopdan(&db, lang)
                .args(["export", "--minutes", "--meeting", id, "--out"])
                .arg(&out)
                .assert()
                .success();
            for file in CSV_FILES {
                assert_same_file(&out.join(file), &format!("meeting-{id}/{file}"));
            }
            assert_header_only(&out);
            // Beside them, the history of corrections, which scheme 1 did not seal.
            let corrections = std::fs::read_to_string(out.join("corrections.csv")).unwrap();
            assert_eq!(corrections, expected_corrections(id));
            for (file, ext) in [("minutes.md", "md"), ("minutes.html", "html")] {
                assert_same_file(
                    &out.join(file),
                    &format!("meeting-{id}/minutes.{lang}.{ext}"),
                );
            }
        }
    }
}

#[test]
fn the_whole_database_exports_the_same_files() {
    let (dir, db) = fixture_copy();
    let out = dir.path().join("all");
    hopdan(&db, "vi")
        .args(["export", "--all", "--out"])
        .arg(&out)
        .assert()
        .success();
    for file in CSV_FILES {
        assert_same_file(&out.join(file), &format!("all/{file}"));
    }
    assert_header_only(&out);
}

#[test]
fn the_exported_folders_import_again_closed_and_intact() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("new.db");
    for id in ["1", "2"] {
        let folder = fixture().join("expected").join(format!("meeting-{id}"));
        hopdan(&db, "en")
            .arg("import")
            .arg(&folder)
            .assert()
            .success();
    }
    for id in ["1", "2"] {
        // Exit 0: intact under the fingerprint recorded at this import.
        hopdan(&db, "en")
            .args(["verify", "--meeting", id])
            .assert()
            .success()
            .stdout(predicate::str::contains("intact"));
    }
}

#[test]
fn the_upgrade_records_scheme_1_for_the_meetings_sealed_before() {
    let (_dir, db) = fixture_copy();
    hopdan(&db, "en").arg("list").assert().success();
    assert_eq!(schemes(&db), [(1, 1), (2, 1)]);
}

#[test]
fn sealing_records_the_current_scheme_whatever_the_column_held() {
    // The column's default is 1, today's scheme too: start from another value, so that only the
    // seal's own write can make it the current scheme. Import and closing share that write.
    let (dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let db = db_in(dir.path());
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute("UPDATE meetings SET seal_scheme = 5 WHERE id = ?1", [id])
        .unwrap();
    assert_eq!(schemes(&db), [(id, 5)]);
    store
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    assert_eq!(schemes(&db), [(id, Scheme::CURRENT.number())]);
    assert!(store.verify_meeting(id).unwrap().is_intact());
}

#[test]
fn a_meeting_sealed_now_covers_its_guests_and_conclusions() {
    let (dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt", "Đóng góp"]);
    store
        .add_guest(id, "Nguyễn Văn A", "Phó Chủ tịch UBND phường")
        .unwrap();
    store
        .set_conclusion(id, 2, "Thống nhất mức đóng góp.")
        .unwrap();
    store
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    let db = db_in(dir.path());
    assert_eq!(schemes(&db), [(id, Scheme::CURRENT.number())]);
    assert!(store.verify_meeting(id).unwrap().is_intact());
    drop(store);

    tamper(
        &db,
        &format!(
            "UPDATE guests SET role = 'Chủ tịch UBND phường' WHERE meeting_id = {id}; \
             UPDATE conclusions SET conclusion = 'Chưa thống nhất.' WHERE meeting_id = {id}"
        ),
    );
    let out = hopdan(&db, "vi")
        .args(["verify", "--meeting", &id.to_string()])
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(text.contains("đại biểu thứ 1"), "{text}");
    assert!(
        text.contains("kết luận của chủ trì về nội dung 2"),
        "{text}"
    );
    hopdan(&db, "en")
        .args(["verify", "--meeting", &id.to_string()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("guest 1"))
        .stderr(predicate::str::contains("the chair's conclusion on item 2"));
}

/// Imports `folder` (sealed then under the current scheme), records on it the seal an earlier
/// version made — its `scheme` and `fingerprint` — and checks that `hopdan verify` confirms it,
/// printing the fingerprint in groups; then that `alteration` (SQL behind the seal) is found
/// and named with `named`.
fn verifies_as_sealed_then(
    folder: &Path,
    (scheme, fingerprint): (Scheme, &str),
    alteration: &str,
    named: &str,
) {
    let (dir, _store) = temp_store();
    let db = db_in(dir.path());
    drop(_store);
    hopdan(&db, "en")
        .arg("import")
        .arg(folder)
        .assert()
        .success();
    assert_eq!(schemes(&db), [(1, Scheme::CURRENT.number())]);
    let number = scheme.number();
    tamper(
        &db,
        &format!(
            "UPDATE meetings SET fingerprint = '{fingerprint}', seal_scheme = {number} WHERE id = 1"
        ),
    );
    let grouped = fingerprint
        .as_bytes()
        .chunks(4)
        .map(|group| std::str::from_utf8(group).unwrap())
        .collect::<Vec<_>>()
        .join(" ");
    hopdan(&db, "en")
        .args(["verify", "--meeting", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(grouped));
    assert_eq!(schemes(&db), [(1, number)]);
    // The triggers that would refuse it are gone since the first change.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(alteration, [])
        .unwrap();
    hopdan(&db, "en")
        .args(["verify", "--meeting", "1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(named));
}

/// `tests/fixtures/seal-v2-sample`: the sample consultation's folder as the version that sealed
/// with scheme 2 shipped it (its seven files, no register), and the fingerprint that version
/// printed on its minutes.
const SAMPLE_SCHEME_2: &str = "f69eaf2ec81bb0ee0d7693dd9f74b218cfb73e845245ba86d123f8c38b77bdb9";

fn sample_of_scheme_2() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal-v2-sample")
}

#[test]
fn a_meeting_sealed_under_scheme_2_verifies_as_before() {
    let folder = sample_of_scheme_2();
    let record = hopdan::export::import_dir(&folder).unwrap();
    assert!(record.households.is_empty());
    assert_eq!(
        hopdan::store::fingerprint::of_record(&record, Scheme::V2).as_str(),
        SAMPLE_SCHEME_2
    );
    // The folder imported today is sealed under the current scheme; as the version of scheme 2
    // sealed it, it verifies (the rows' digests are those scheme 2 took, the folder having no
    // register), and an altered vote is still found.
    verifies_as_sealed_then(
        &folder,
        (Scheme::V2, SAMPLE_SCHEME_2),
        "UPDATE votes SET votes_against = votes_against - 1 WHERE meeting_id = 1 AND item_no = 1",
        "vote 1 of item 1",
    );
}

/// `tests/fixtures/seal-v3-sample`: the sample consultation's folder as the version that sealed
/// with scheme 3 shipped it (its eleven files: the register, attendance and pledges, no history
/// of the register), and the fingerprint that version printed on its minutes.
const SAMPLE_SCHEME_3: &str = "294facf7005e89a81c9774f3f1796a1fe9c20205fb605563cd68645c702226c5";

#[test]
fn a_meeting_sealed_under_scheme_3_verifies_as_before() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal-v3-sample");
    let record = hopdan::export::import_dir(&folder).unwrap();
    assert_eq!(record.households.len(), 55);
    assert!(record.register_changes.is_empty());
    assert_eq!(
        hopdan::store::fingerprint::of_record(&record, Scheme::V3).as_str(),
        SAMPLE_SCHEME_3
    );
    // An altered pledge is still found, by the digests of scheme 3.
    verifies_as_sealed_then(
        &folder,
        (Scheme::V3, SAMPLE_SCHEME_3),
        "UPDATE pledges SET consent = 'agreed' WHERE meeting_id = 1 AND consent = 'refused'",
        "pledge",
    );
}

/// `tests/fixtures/seal-v4-sample`: the sample consultation's folder as the version that sealed
/// with scheme 4 shipped it (its twelve files: with the history of the register, no options),
/// and the fingerprint that version printed on its minutes.
const SAMPLE_SCHEME_4: &str = "46823c0a1cb4722aecb9150e08987ef2a1e182d50ebf60c5bf95e7fa8df9e99c";

#[test]
fn a_meeting_sealed_under_scheme_4_verifies_as_before() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal-v4-sample");
    let record = hopdan::export::import_dir(&folder).unwrap();
    assert!(record.options.is_empty() && record.option_votes.is_empty());
    assert_eq!(
        hopdan::store::fingerprint::of_record(&record, Scheme::V4).as_str(),
        SAMPLE_SCHEME_4
    );
    assert_ne!(
        hopdan::store::fingerprint::of_record(&record, Scheme::V5).as_str(),
        SAMPLE_SCHEME_4
    );
    // An altered vote is still found, by the digests of scheme 4.
    verifies_as_sealed_then(
        &folder,
        (Scheme::V4, SAMPLE_SCHEME_4),
        "UPDATE votes SET votes_against = votes_against - 1 WHERE meeting_id = 1 AND item_no = 1",
        "vote 1 of item 1",
    );
}

/// `tests/fixtures/seal-v5-sample`: the sample consultation's folder as the version that sealed
/// with scheme 5 shipped it (its fourteen files: with the options, no ballots), and the
/// fingerprint that version printed on its minutes.
const SAMPLE_SCHEME_5: &str = "2672b2f4c7c040b9e637a01b0a88b924fdc7aac48b614f155780cc55ea08a492";

#[test]
fn a_meeting_sealed_under_scheme_5_verifies_as_before() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal-v5-sample");
    let record = hopdan::export::import_dir(&folder).unwrap();
    assert!(record.ballots.votes.is_empty() && !record.options.is_empty());
    assert_eq!(
        hopdan::store::fingerprint::of_record(&record, Scheme::V5).as_str(),
        SAMPLE_SCHEME_5
    );
    assert_ne!(
        hopdan::store::fingerprint::of_record(&record, Scheme::V6).as_str(),
        SAMPLE_SCHEME_5
    );
    // An altered count of an option is still found, by the digests of scheme 5.
    verifies_as_sealed_then(
        &folder,
        (Scheme::V5, SAMPLE_SCHEME_5),
        "UPDATE option_votes SET votes = votes - 1 WHERE meeting_id = 1 AND item_no = 4 \
         AND vote_no = 1 AND option_no = 2",
        "option 2 in vote 1 of item 4",
    );
}

#[test]
fn the_scheme_of_a_sealed_meeting_cannot_be_changed() {
    let (_dir, db) = imported_sample();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let err = conn
        .execute("UPDATE meetings SET seal_scheme = 2 WHERE id = 1", [])
        .unwrap_err();
    assert!(err.to_string().contains("meeting closed"), "{err}");
    assert_eq!(schemes(&db), [(1, Scheme::CURRENT.number())]);
}

#[test]
fn a_seal_under_a_scheme_this_version_does_not_know_is_not_confirmed() {
    let (dir, db) = imported_sample();
    tamper(&db, "UPDATE meetings SET seal_scheme = 99 WHERE id = 1");
    hopdan(&db, "en")
        .args(["verify", "--meeting", "1"])
        .assert()
        .code(1);
    // Nor are minutes printed with a fingerprint nobody can check.
    hopdan(&db, "en")
        .args(["export", "--minutes", "--meeting", "1", "--out"])
        .arg(dir.path().join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("hopdan verify --meeting 1"));
}

#[test]
fn the_corrections_of_a_meeting_sealed_now_are_sealed_with_it() {
    // The sample, closed by its import under today's scheme, with its one vote correction.
    let (_dir, db) = imported_sample();
    assert_eq!(schemes(&db), [(1, Scheme::CURRENT.number())]);
    hopdan(&db, "en")
        .args(["verify", "--meeting", "1"])
        .assert()
        .success();
    for (sql, vi, en) in [
        (
            "UPDATE audit_log SET reason = 'Không có lý do' WHERE meeting_id = 1",
            "lần sửa thứ 1: đã bị sửa",
            "correction 1: changed",
        ),
        (
            "UPDATE audit_log SET old_values = json_set(old_values, '$.votes_for', 35) \
             WHERE meeting_id = 1",
            "lần sửa thứ 1: đã bị sửa",
            "correction 1: changed",
        ),
        (
            "DELETE FROM audit_log WHERE meeting_id = 1",
            "lần sửa thứ 1: đã bị xóa",
            "correction 1: removed",
        ),
    ] {
        let (_dir, db) = imported_sample();
        tamper(&db, sql);
        for (lang, words) in [("vi", vi), ("en", en)] {
            hopdan(&db, lang)
                .args(["verify", "--meeting", "1"])
                .assert()
                .code(1)
                .stderr(predicate::str::contains(words));
        }
    }
}

#[test]
fn the_history_of_corrections_cannot_be_deleted_or_rewritten_through_sql() {
    let (_dir, db) = imported_sample();
    let conn = rusqlite::Connection::open(&db).unwrap();
    for sql in [
        "DELETE FROM audit_log WHERE meeting_id = 1",
        "UPDATE audit_log SET reason = 'khác' WHERE meeting_id = 1",
    ] {
        assert!(conn.execute(sql, []).is_err(), "{sql}");
    }
    // Nor while the meeting is open: what was corrected reaches the seal.
    let (dir, mut store) = temp_store();
    let id = common::add_open_sample(&mut store);
    let conn = rusqlite::Connection::open(db_in(dir.path())).unwrap();
    let err = conn
        .execute("DELETE FROM audit_log WHERE meeting_id = ?1", [id])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    assert_eq!(store.audit_log(id).unwrap().len(), 1);
}

#[test]
fn a_meeting_whose_history_was_not_kept_goes_out_and_comes_back_the_same() {
    // Meeting 1 came from a folder without corrections.csv: its vote counts one correction
    // whose history no file holds.
    let (dir, db) = fixture_copy();
    let out = dir.path().join("out");
    hopdan(&db, "en")
        .args(["export", "--meeting", "1", "--out"])
        .arg(&out)
        .assert()
        .success();
    let copy = dir.path().join("copy.db");
    hopdan(&copy, "en")
        .arg("import")
        .arg(&out)
        .assert()
        .success();
    let again = dir.path().join("again");
    hopdan(&copy, "en")
        .args(["export", "--out"])
        .arg(&again)
        .assert()
        .success();
    for file in CSV_FILES.iter().chain(&["corrections.csv"]) {
        let first = std::fs::read(out.join(file)).unwrap();
        let second = std::fs::read(again.join(file)).unwrap();
        assert!(first == second, "{file} differs after import and export");
    }
}

#[test]
fn a_meeting_sealed_now_covers_its_register() {
    let (dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let household = |no: &str, address: &str, head: &str| hopdan::domain::Household {
        household_no: no.into(),
        address: address.into(),
        head_name: head.into(),
        members: Some(4),
        phone: String::new(),
        note: String::new(),
    };
    store
        .set_register(
            id,
            &[
                household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám"),
                household("27-002", "K19/2 Phú Lộc 10", "Lê Văn Hùng"),
            ],
        )
        .unwrap();
    store
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    let db = db_in(dir.path());
    assert_eq!(schemes(&db), [(id, Scheme::CURRENT.number())]);
    assert!(store.verify_meeting(id).unwrap().is_intact());
    drop(store);

    tamper(
        &db,
        &format!(
            "UPDATE households SET head_name = 'Lê Văn Hưng' \
             WHERE meeting_id = {id} AND household_no = '27-002'"
        ),
    );
    hopdan(&db, "vi")
        .args(["verify", "--meeting", &id.to_string()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "hộ số 27-002 trong danh sách hộ: ",
        ));
    hopdan(&db, "en")
        .args(["verify", "--meeting", &id.to_string()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "household 27-002 of the register: ",
        ))
        .stderr(predicate::str::contains("27-014").not());
}

#[test]
fn the_history_of_the_register_and_the_pledges_is_sealed_with_the_meeting() {
    let (dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let household = |no: &str, address: &str, head: &str| hopdan::domain::Household {
        household_no: no.into(),
        address: address.into(),
        head_name: head.into(),
        members: Some(4),
        phone: String::new(),
        note: String::new(),
    };
    store
        .set_register(
            id,
            &[
                household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám"),
                household("27-002", "K19/2 Phú Lộc 10", "Lê Văn Hùng"),
                household("27-003", "K19/3 Phú Lộc 10", "Hồ Thị Năm"),
            ],
        )
        .unwrap();
    let at = t("2022-06-12T08:10:00+07:00");
    store
        .correct_household(
            id,
            "27-002",
            &household("27-002", "K19/2 Phú Lộc 10", "Lê Văn Hưng"),
            at,
            "Ghi sai tên chủ hộ",
        )
        .unwrap();
    store
        .mark_moved_away(id, "27-003", at, "Đã chuyển về quận Liên Chiểu")
        .unwrap();
    store
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    let record = store.load_record(id).unwrap();
    assert_eq!(record.register_changes.len(), 2);
    let files = hopdan::records::export_files(&record, id, ExportOptions { bom: false });
    let changes = files
        .iter()
        .find(|f| f.name == "register_changes.csv")
        .unwrap();
    assert_eq!(
        std::str::from_utf8(&changes.bytes).unwrap(),
        "meeting_id,change_no,changed_at,entity,item_no,household_no,action,field,old_value,\
         new_value,reason\r\n\
         1,1,2022-06-12T08:10:00+07:00,household,,27-002,correct,head_name,Lê Văn Hùng,\
         Lê Văn Hưng,Ghi sai tên chủ hộ\r\n\
         1,2,2022-06-12T08:10:00+07:00,household,,27-003,moved_away,address,K19/3 Phú Lộc 10,,\
         Đã chuyển về quận Liên Chiểu\r\n\
         1,2,2022-06-12T08:10:00+07:00,household,,27-003,moved_away,head_name,Hồ Thị Năm,,\
         Đã chuyển về quận Liên Chiểu\r\n\
         1,2,2022-06-12T08:10:00+07:00,household,,27-003,moved_away,members,4,,\
         Đã chuyển về quận Liên Chiểu\r\n\
         1,2,2022-06-12T08:10:00+07:00,household,,27-003,moved_away,phone,,,\
         Đã chuyển về quận Liên Chiểu\r\n\
         1,2,2022-06-12T08:10:00+07:00,household,,27-003,moved_away,note,,,\
         Đã chuyển về quận Liên Chiểu\r\n"
    );
    assert!(store.verify_meeting(id).unwrap().is_intact());
    drop(store);

    // Rewriting a reason behind the seal is found and named.
    let db = db_in(dir.path());
    tamper(
        &db,
        &format!(
            "UPDATE audit_log SET reason = 'Theo yêu cầu' \
             WHERE meeting_id = {id} AND entity = 'household' AND action = 'moved_away'"
        ),
    );
    hopdan(&db, "vi")
        .args(["verify", "--meeting", &id.to_string()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "lần thay đổi thứ 2 của danh sách hộ hoặc đăng ký hiến đất",
        ))
        .stderr(predicate::str::contains("lần thay đổi thứ 1").not());
}
