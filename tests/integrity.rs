//! Closed meetings, their fingerprints and backups (SPEC §5; issue 3, points 4 and 7), on real
//! temporary files, with second connections that write behind the app's back.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use hopdan::domain::{DecisionRule, MeetingId, MeetingRecord, MeetingStatus};
use hopdan::export::{ExportOptions, export_files, import_dir, import_files, write_export};
use hopdan::store::fingerprint::{self, Fingerprint, Scheme};
use hopdan::store::{Change, Difference, Part, Store, StoreError, Verification};
use rusqlite::Connection;
use tempfile::TempDir;

use common::{
    add_open_sample, assert_every_change_refused, counts, files_in, hung, speaker, t, tamper,
    temp_db, temp_store,
};

const ENDED_AT: &str = "2022-06-12T10:20:00+07:00";

/// The sample consultation, open, with a correction, two residents waiting, one with the floor
/// and drafts being typed: everything a meeting has when the chair closes it.
fn busy_meeting(store: &mut Store) -> MeetingId {
    let id = add_open_sample(store);
    store
        .correct_vote(
            id,
            2,
            1,
            counts(42, 36, 5, 1),
            t("2022-06-12T09:40:00+07:00"),
            "Đếm lại số phiếu",
        )
        .unwrap();
    let first = store
        .enqueue(id, &hung(), t("2022-06-12T10:10:00+07:00"))
        .unwrap();
    store
        .enqueue(
            id,
            &speaker("Trần Thị Hoa", "K19/4 Phú Lộc 10, tổ 27"),
            t("2022-06-12T10:11:00+07:00"),
        )
        .unwrap();
    store
        .give_floor(id, first.queue_id, 3, t("2022-06-12T10:12:00+07:00"))
        .unwrap();
    store
        .save_draft(
            id,
            "opinion",
            "Tôi đồng ý nhưng",
            t("2022-06-12T10:13:00+07:00"),
        )
        .unwrap();
    store
        .save_draft(id, "vote_form", "38", t("2022-06-12T10:13:30+07:00"))
        .unwrap();
    id
}

/// A database with the busy meeting, closed; its id and fingerprint.
fn closed_db() -> (TempDir, PathBuf, MeetingId, Fingerprint) {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let id = busy_meeting(&mut store);
    let fp = store.close_meeting(id, t(ENDED_AT)).unwrap();
    (dir, path, id, fp)
}

fn is_lower_hex_64(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A second connection to the file, as any other program would open it.
fn raw(path: &Path) -> Connection {
    Connection::open(path).unwrap()
}

#[test]
fn closing_clears_the_queue_floor_and_drafts_and_records_a_fingerprint() {
    let (_dir, mut store) = temp_store();
    let id = busy_meeting(&mut store);
    let other = busy_meeting(&mut store);
    assert_eq!(store.meeting_fingerprint(id).unwrap(), None);
    assert_eq!(store.verify_meeting(id).unwrap(), Verification::Open);
    let before = store.load_record(id).unwrap();

    let fp = store.close_meeting(id, t(ENDED_AT)).unwrap();
    assert!(is_lower_hex_64(fp.as_str()), "{fp}");
    assert_eq!(fp.to_string(), fp.as_str());

    let after = store.load_record(id).unwrap();
    assert_eq!(after.meeting.status, MeetingStatus::Closed);
    assert_eq!(after.meeting.ended_at, Some(t(ENDED_AT)));
    // Only the status and the end changed; every entry is kept, nothing added.
    let mut expected = before.clone();
    expected.meeting.status = MeetingStatus::Closed;
    expected.meeting.ended_at = Some(t(ENDED_AT));
    assert_eq!(after, expected);
    assert_eq!(fingerprint::of_record(&after, Scheme::CURRENT), fp);
    assert_eq!(store.meeting_fingerprint(id).unwrap(), Some(fp.clone()));

    assert_eq!(store.queue(id).unwrap(), vec![]);
    assert_eq!(store.floor(id).unwrap(), None);
    assert_eq!(store.draft(id, "opinion").unwrap(), None);
    assert_eq!(store.draft(id, "vote_form").unwrap(), None);
    // The audit log is kept: the sample's correction and the meeting's own.
    assert_eq!(store.audit_log(id).unwrap().len(), 2);
    // The other meeting is untouched.
    assert_eq!(store.queue(other).unwrap().len(), 1);
    assert!(store.floor(other).unwrap().is_some());
    assert_eq!(
        store.draft(other, "opinion").unwrap().as_deref(),
        Some("Tôi đồng ý nhưng")
    );
    assert_eq!(store.meeting_fingerprint(other).unwrap(), None);
    store.integrity_check().unwrap();
}

#[test]
fn closing_twice_or_before_the_start_is_refused_and_changes_nothing() {
    let (_dir, path, id, fp) = closed_db();
    let mut store = Store::open(&path).unwrap();
    let record = store.load_record(id).unwrap();
    let err = store
        .close_meeting(id, t("2022-06-12T11:00:00+07:00"))
        .unwrap_err();
    assert!(matches!(err, StoreError::MeetingClosed), "{err:?}");
    assert_eq!(store.load_record(id).unwrap(), record);
    assert_eq!(store.meeting_fingerprint(id).unwrap(), Some(fp));

    assert!(matches!(
        store.close_meeting(999, t(ENDED_AT)),
        Err(StoreError::NotFound { .. })
    ));

    // An end before the start: refused, and the queue, floor and drafts are still there.
    let open = busy_meeting(&mut store);
    let err = store
        .close_meeting(open, t("2022-06-12T07:59:59+07:00"))
        .unwrap_err();
    match &err {
        StoreError::EndsBeforeStart { started, ended } => {
            assert_eq!(started, "2022-06-12T08:00:00+07:00");
            assert_eq!(ended, "2022-06-12T07:59:59+07:00");
        }
        other => panic!("expected EndsBeforeStart, got {other:?}"),
    }
    assert!(!err.to_string().contains('\n'));
    let meeting = store.meeting(open).unwrap();
    assert_eq!(meeting.status, MeetingStatus::Open);
    assert_eq!(meeting.ended_at, None);
    assert_eq!(store.queue(open).unwrap().len(), 1);
    assert!(store.floor(open).unwrap().is_some());
    assert!(store.draft(open, "opinion").unwrap().is_some());
    // The same instant in another offset is not before the start.
    store
        .close_meeting(open, t("2022-06-12T01:00:00+00:00"))
        .unwrap();
}

#[test]
fn a_closed_meeting_is_read_only_through_the_app_and_through_raw_sql() {
    let (_dir, path, id, fp) = closed_db();
    let mut store = Store::open(&path).unwrap();
    let record = store.load_record(id).unwrap();
    assert_every_change_refused(&mut store, id);

    // Any other program: every table that holds a row of the meeting.
    let conn = raw(&path);
    let d = "0".repeat(64);
    let statements = [
        format!("UPDATE meetings SET households_present = 40 WHERE id = {id}"),
        format!("UPDATE meetings SET status = 'open' WHERE id = {id}"),
        format!("UPDATE meetings SET ended_at = NULL WHERE id = {id}"),
        format!("UPDATE meetings SET fingerprint = '{d}' WHERE id = {id}"),
        format!("DELETE FROM meetings WHERE id = {id}"),
        format!("UPDATE agenda_items SET threshold = 'present' WHERE meeting_id = {id}"),
        format!("DELETE FROM agenda_items WHERE meeting_id = {id} AND item_no = 3"),
        format!(
            "INSERT INTO agenda_items (meeting_id, item_no, title, description, vote_base, \
             threshold) VALUES ({id}, 9, 'Thêm', '', 'present', 'two_thirds')"
        ),
        format!("UPDATE opinions SET stance = 'oppose' WHERE meeting_id = {id}"),
        format!("DELETE FROM opinions WHERE meeting_id = {id}"),
        format!(
            "INSERT INTO opinions VALUES ({id}, 1, 99, 'A', 'B', 'support', 'x', \
             '2022-06-12T09:00:00+07:00', 5)"
        ),
        format!("UPDATE votes SET votes_for = votes_for - 1 WHERE meeting_id = {id}"),
        format!("UPDATE votes SET corrections = 0 WHERE meeting_id = {id}"),
        format!("DELETE FROM votes WHERE meeting_id = {id}"),
        format!(
            "INSERT INTO votes VALUES ({id}, 1, 2, '2022-06-12T09:00:00+07:00', 55, 42, 40, 0, \
             0, 'all_households', 'more_than_half', 0, 'hands')"
        ),
        format!(
            "INSERT INTO speaker_queue (meeting_id, position, speaker_name, speaker_address, \
             requested_at) VALUES ({id}, 1, 'A', 'B', '2022-06-12T09:00:00+07:00')"
        ),
        format!(
            "INSERT INTO floor VALUES ({id}, 1, 'A', 'B', '2022-06-12T09:00:00+07:00', \
             '2022-06-12T09:00:00+07:00')"
        ),
        format!("INSERT INTO drafts VALUES ({id}, 'opinion', 'x', '2022-06-12T09:00:00+07:00')"),
        format!("DELETE FROM audit_log WHERE meeting_id = {id}"),
        format!(
            "INSERT INTO audit_log (meeting_id, entity, item_no, number, action, old_values, \
             reason, at) VALUES ({id}, 'vote', 1, 1, 'correct', '{{}}', 'x', \
             '2022-06-12T09:00:00+07:00')"
        ),
        format!("UPDATE meeting_digests SET digest = '{d}' WHERE meeting_id = {id}"),
        format!("DELETE FROM meeting_digests WHERE meeting_id = {id}"),
        format!("INSERT INTO meeting_digests VALUES ({id}, 'votes.csv:1:2', '{d}')"),
    ];
    for sql in &statements {
        let err = conn.execute_batch(sql).unwrap_err();
        assert!(err.to_string().contains("meeting closed"), "{sql}: {err}");
    }
    drop(conn);
    assert_eq!(store.load_record(id).unwrap(), record);
    assert_eq!(store.audit_log(id).unwrap().len(), 2);
    assert_eq!(
        store.verify_meeting(id).unwrap(),
        Verification::Intact { fingerprint: fp }
    );
}

#[test]
fn the_fingerprint_is_stable_across_reopening_and_equals_that_of_an_import_of_the_export() {
    let (dir, path, id, fp) = closed_db();
    let record = {
        let store = Store::open(&path).unwrap();
        assert_eq!(store.meeting_fingerprint(id).unwrap(), Some(fp.clone()));
        assert_eq!(
            store.verify_meeting(id).unwrap(),
            Verification::Intact {
                fingerprint: fp.clone()
            }
        );
        store.load_record(id).unwrap()
    };
    assert_eq!(fingerprint::of_record(&record, Scheme::CURRENT), fp);

    // Exported (with a BOM and its database id), imported into another database: closed, with
    // the same fingerprint.
    let (_dir2, mut copy) = temp_store();
    add_open_sample(&mut copy);
    let files = export_files(&record, id, ExportOptions::default());
    let imported = import_files(&files).unwrap();
    let copy_id = copy.insert_record(&imported).unwrap();
    assert_ne!(copy_id, id);
    assert_eq!(copy.meeting_fingerprint(copy_id).unwrap(), Some(fp.clone()));
    assert_eq!(
        copy.verify_meeting(copy_id).unwrap(),
        Verification::Intact {
            fingerprint: fp.clone()
        }
    );
    // Through a folder, without a BOM.
    let out = dir.path().join("xuất");
    write_export(&record, 7, ExportOptions { bom: false }, &[], &out).unwrap();
    let again = copy.insert_record(&import_dir(&out).unwrap()).unwrap();
    assert_eq!(copy.meeting_fingerprint(again).unwrap(), Some(fp.clone()));
    assert_eq!(
        copy.load_record(again).unwrap().meeting.status,
        MeetingStatus::Closed
    );

    // The canonical content can be rebuilt from the exported files.
    let mut canonical = Vec::new();
    for file in export_files(&record, 0, ExportOptions { bom: false }) {
        canonical.extend_from_slice(file.name.as_bytes());
        canonical.push(b'\n');
        canonical.extend_from_slice(&file.bytes);
    }
    assert_eq!(
        fingerprint::canonical_bytes(&record, Scheme::CURRENT),
        canonical
    );
}

#[test]
fn the_closed_sample_imports_with_a_fingerprint() {
    let (_dir, mut store) = temp_store();
    let sample = hopdan::sample::sample_record().unwrap();
    assert_eq!(sample.meeting.status, MeetingStatus::Closed);
    let id = store.insert_record(&sample).unwrap();
    let fp = store.meeting_fingerprint(id).unwrap().unwrap();
    assert_eq!(fp, fingerprint::of_record(&sample, Scheme::CURRENT));
    assert!(store.verify_meeting(id).unwrap().is_intact());
    // A closed meeting given to create_meeting is closed the same way.
    let empty = store.create_meeting(&sample.meeting).unwrap();
    assert!(store.verify_meeting(empty).unwrap().is_intact());
}

/// What `verify` says after `sql` was run on the closed meeting behind the app's back.
fn verify_after(sql: &str) -> (Fingerprint, Verification) {
    let (_dir, path, id, fp) = closed_db();
    tamper(&path, &sql.replace("{id}", &id.to_string()));
    let store = Store::open(&path).unwrap();
    (fp, store.verify_meeting(id).unwrap())
}

fn differences_after(sql: &str) -> Vec<Difference> {
    match verify_after(sql) {
        (
            fp,
            Verification::Altered {
                expected,
                found,
                differences,
            },
        ) => {
            assert_eq!(expected, fp, "{sql}");
            let found = found.expect("the rows can still be read");
            assert_ne!(found, fp, "{sql}");
            assert!(is_lower_hex_64(found.as_str()));
            differences
        }
        (_, other) => panic!("{sql}: expected Altered, got {other:?}"),
    }
}

fn changed(part: Part) -> Difference {
    Difference {
        part,
        change: Change::Changed,
    }
}

#[test]
fn a_vote_changed_behind_the_apps_back_fails_verification_and_is_named() {
    let (_dir, path, id, fp) = closed_db();
    tamper(
        &path,
        &format!(
            "UPDATE votes SET votes_for = votes_for - 1, votes_abstain = votes_abstain + 1 \
             WHERE meeting_id = {id} AND item_no = 2 AND vote_no = 1"
        ),
    );
    let store = Store::open(&path).unwrap();
    let verification = store.verify_meeting(id).unwrap();
    let Verification::Altered {
        expected,
        found,
        differences,
    } = &verification
    else {
        panic!("expected Altered, got {verification:?}");
    };
    assert_eq!(expected, &fp);
    assert_ne!(found.as_ref(), Some(&fp));
    // The vote's correction now leads to other counts than it did.
    assert_eq!(
        differences,
        &vec![
            changed(Part::Vote {
                item_no: 2,
                vote_no: 1
            }),
            changed(Part::Correction { correction_no: 2 }),
        ]
    );
    assert_eq!(
        verification.altered_files(),
        vec!["votes.csv", "corrections.csv"]
    );
    assert!(!verification.is_intact());
    assert_eq!(differences[0].part.item_no(), Some(2));
    assert_eq!(
        differences[0].part.to_string(),
        "votes.csv (item_no 2, vote_no 1)"
    );
    // The recorded fingerprint itself is untouched.
    assert_eq!(store.meeting_fingerprint(id).unwrap(), Some(fp));
}

#[test]
fn every_kind_of_change_behind_the_apps_back_is_found_and_named() {
    let cases: Vec<(&str, Vec<Difference>)> = vec![
        (
            "UPDATE meetings SET title = title || '.' WHERE id = {id}",
            vec![changed(Part::Meeting)],
        ),
        (
            "UPDATE meetings SET households_present = 40 WHERE id = {id}",
            vec![changed(Part::Meeting)],
        ),
        (
            "UPDATE agenda_items SET threshold = 'more_than_half' \
             WHERE meeting_id = {id} AND item_no = 2",
            vec![changed(Part::AgendaItem { item_no: 2 })],
        ),
        (
            "UPDATE opinions SET opinion = replace(opinion, 'không', 'có') \
             WHERE meeting_id = {id} AND item_no = 3 AND turn_no = 2",
            vec![changed(Part::Opinion {
                item_no: 3,
                turn_no: 2,
            })],
        ),
        (
            "UPDATE opinions SET duration_s = duration_s + 1 \
             WHERE meeting_id = {id} AND item_no = 1 AND turn_no = 1",
            vec![changed(Part::Opinion {
                item_no: 1,
                turn_no: 1,
            })],
        ),
        (
            "DELETE FROM opinions WHERE meeting_id = {id} AND item_no = 1 AND turn_no = 5",
            vec![Difference {
                part: Part::Opinion {
                    item_no: 1,
                    turn_no: 5,
                },
                change: Change::Removed,
            }],
        ),
        (
            "INSERT INTO votes VALUES ({id}, 3, 2, '2022-06-12T10:15:00+07:00', 55, 42, 20, 20, \
             2, 'all_households', 'more_than_half', 0, 'hands')",
            vec![Difference {
                part: Part::Vote {
                    item_no: 3,
                    vote_no: 2,
                },
                change: Change::Added,
            }],
        ),
        (
            "UPDATE votes SET corrections = 0 WHERE meeting_id = {id} AND item_no = 2",
            vec![changed(Part::Vote {
                item_no: 2,
                vote_no: 1,
            })],
        ),
        (
            "INSERT INTO guests VALUES ({id}, 9, 'Nguyễn Văn A', 'UBND phường')",
            vec![Difference {
                part: Part::Guest { guest_no: 9 },
                change: Change::Added,
            }],
        ),
        (
            "UPDATE guests SET role = 'Chủ tịch UBND phường' WHERE meeting_id = {id} \
             AND guest_no = 1",
            vec![changed(Part::Guest { guest_no: 1 })],
        ),
        (
            "DELETE FROM conclusions WHERE meeting_id = {id} AND item_no = 2",
            vec![Difference {
                part: Part::Conclusion { item_no: 2 },
                change: Change::Removed,
            }],
        ),
        // Changing two files at once names both.
        (
            "UPDATE agenda_items SET title = 'Khác' WHERE meeting_id = {id} AND item_no = 1; \
             UPDATE votes SET votes_against = 2 WHERE meeting_id = {id} AND item_no = 1",
            vec![
                changed(Part::AgendaItem { item_no: 1 }),
                changed(Part::Vote {
                    item_no: 1,
                    vote_no: 1,
                }),
            ],
        ),
    ];
    for (sql, expected) in cases {
        assert_eq!(differences_after(sql), expected, "{sql}");
    }
}

#[test]
fn reopening_a_meeting_behind_the_apps_back_does_not_pass_as_open() {
    let differences = differences_after(
        "UPDATE meetings SET status = 'open', ended_at = NULL WHERE id = {id}; \
         UPDATE votes SET votes_for = 41, votes_against = 0, votes_abstain = 0 \
         WHERE meeting_id = {id} AND item_no = 3",
    );
    // The vote's correction now leads to other counts than it did.
    assert_eq!(
        differences,
        vec![
            changed(Part::Meeting),
            changed(Part::Vote {
                item_no: 3,
                vote_no: 1
            }),
            changed(Part::Correction { correction_no: 1 }),
        ]
    );
}

#[test]
fn verification_says_altered_even_when_it_cannot_say_where() {
    // The row digests removed as well: the fingerprint still catches the change.
    assert_eq!(
        differences_after(
            "DELETE FROM meeting_digests WHERE meeting_id = {id}; \
             UPDATE votes SET votes_for = 1 WHERE meeting_id = {id} AND item_no = 1",
        ),
        vec![]
    );
    // The recorded fingerprint replaced, the content untouched.
    let (_, verification) = verify_after(&format!(
        "UPDATE meetings SET fingerprint = '{}' WHERE id = {{id}}",
        "a".repeat(64)
    ));
    match verification {
        Verification::Altered {
            expected,
            found,
            differences,
        } => {
            assert_eq!(expected.as_str(), "a".repeat(64));
            assert!(found.is_some());
            assert_eq!(differences, vec![]);
        }
        other => panic!("expected Altered, got {other:?}"),
    }
    // A value hopdan never writes: the record cannot even be read back.
    let (fp, verification) =
        verify_after("UPDATE votes SET voted_at = 'hôm qua' WHERE meeting_id = {id}");
    assert_eq!(
        verification,
        Verification::Altered {
            expected: fp,
            found: None,
            differences: vec![],
        }
    );
}

#[test]
fn open_unknown_and_unsealed_meetings() {
    let (_dir, mut store) = temp_store();
    let id = busy_meeting(&mut store);
    assert_eq!(store.verify_meeting(id).unwrap(), Verification::Open);
    assert_eq!(store.meeting_fingerprint(id).unwrap(), None);
    assert!(matches!(
        store.verify_meeting(999),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.meeting_fingerprint(999),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(Verification::Open.altered_files(), Vec::<&str>::new());
}

#[test]
fn closing_refuses_a_damaged_database() {
    let (_dir, path) = temp_db();
    let id = busy_meeting(&mut Store::open(&path).unwrap());
    // An index that no longer matches its table: what integrity_check finds (and quick_check,
    // the quicker check run in the background and before imports, does not).
    raw(&path)
        .execute_batch(
            "CREATE INDEX opinions_by_speaker ON opinions (speaker_name);
             PRAGMA writable_schema = ON;
             UPDATE sqlite_schema
                 SET sql = 'CREATE INDEX opinions_by_speaker ON opinions (speaker_address)'
                 WHERE name = 'opinions_by_speaker';
             PRAGMA writable_schema = OFF;",
        )
        .unwrap();
    let mut store = Store::open(&path).unwrap();
    let err = store.integrity_check().unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    let err = store.close_meeting(id, t(ENDED_AT)).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    // Nothing was changed: still open, no fingerprint, the floor and drafts still there.
    let meeting = store.meeting(id).unwrap();
    assert_eq!(meeting.status, MeetingStatus::Open);
    assert_eq!(meeting.ended_at, None);
    assert_eq!(store.meeting_fingerprint(id).unwrap(), None);
    assert!(store.floor(id).unwrap().is_some());
    assert!(store.draft(id, "opinion").unwrap().is_some());
}

// ---------------------------------------------------------------------------------------------
// Backups

/// Every meeting of the database, whole.
fn records(store: &Store) -> Vec<MeetingRecord> {
    store
        .list_meetings()
        .unwrap()
        .iter()
        .map(|m| store.load_record(m.id).unwrap())
        .collect()
}

fn assert_same_meetings(backup: &Store, source: &Store) {
    let meetings = source.list_meetings().unwrap();
    assert_eq!(backup.list_meetings().unwrap(), meetings);
    for m in meetings {
        assert_eq!(
            backup.load_record(m.id).unwrap(),
            source.load_record(m.id).unwrap()
        );
        assert_eq!(
            backup.meeting_fingerprint(m.id).unwrap(),
            source.meeting_fingerprint(m.id).unwrap()
        );
        assert_eq!(
            backup.verify_meeting(m.id).unwrap(),
            source.verify_meeting(m.id).unwrap()
        );
    }
}

/// The journal mode written in a database file's header: 1 rollback, 2 WAL.
fn header_journal_version(path: &Path) -> (u8, u8) {
    let bytes = std::fs::read(path).unwrap();
    (bytes[18], bytes[19])
}

#[test]
fn a_backup_is_a_whole_database_in_one_file() {
    let (dir, path, id, fp) = closed_db();
    let mut store = Store::open(&path).unwrap();
    let open = busy_meeting(&mut store);
    let out_dir = dir.path().join("sao lưu").join("2022");
    let out = out_dir.join("hopdan-2022-06-12.db");
    store.backup_to(&out).unwrap();

    // One self-contained file, nothing else left in the folder.
    assert_eq!(files_in(&out_dir), vec!["hopdan-2022-06-12.db"]);
    assert_eq!(header_journal_version(&out), (1, 1));
    let backup = Store::open(&out).unwrap();
    backup.integrity_check().unwrap();
    assert_same_meetings(&backup, &store);
    assert_eq!(
        backup.verify_meeting(id).unwrap(),
        Verification::Intact { fingerprint: fp }
    );
    // The open meeting's queue, floor and drafts come along.
    assert_eq!(backup.queue(open).unwrap(), store.queue(open).unwrap());
    assert_eq!(backup.floor(open).unwrap(), store.floor(open).unwrap());
    assert_eq!(
        backup.draft(open, "opinion").unwrap(),
        store.draft(open, "opinion").unwrap()
    );
    drop(backup);

    // An older backup at the same place is replaced whole.
    store
        .add_vote(
            open,
            3,
            counts(41, 30, 10, 1),
            DecisionRule::default(),
            t("2022-06-12T10:30:00+07:00"),
        )
        .unwrap();
    for side in ["-wal", "-shm"] {
        let mut p = out.as_os_str().to_owned();
        p.push(side);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    store.backup_to(&out).unwrap();
    let backup = Store::open(&out).unwrap();
    assert_same_meetings(&backup, &store);
    assert_eq!(backup.votes(open, 3).unwrap().len(), 2);

    // A file that was not a database before.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    store.backup_to(&junk).unwrap();
    assert_same_meetings(&Store::open(&junk).unwrap(), &store);
}

#[cfg(unix)]
#[test]
fn a_backup_keeps_the_permissions_of_the_database() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path, _, _) = closed_db();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let store = Store::open(&path).unwrap();
    let out = dir.path().join("copy.db");
    store.backup_to(&out).unwrap();
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn a_backup_while_another_connection_holds_a_write_transaction() {
    let (dir, path, _, _) = closed_db();
    let mut store = Store::open(&path).unwrap();
    let open = busy_meeting(&mut store);
    let committed = records(&store);

    // Another program is half-way through a write.
    let writer = raw(&path);
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    writer
        .execute_batch(&format!(
            "INSERT INTO votes VALUES ({open}, 1, 2, '2022-06-12T10:30:00+07:00', 55, 42, 40, 1, \
             1, 'all_households', 'more_than_half', 0, 'hands');
             UPDATE meetings SET households_present = 30 WHERE id = {open};"
        ))
        .unwrap();

    let out = dir.path().join("backup.db");
    store.backup_to(&out).unwrap();
    writer.execute_batch("COMMIT").unwrap();
    drop(writer);

    // The backup has what was committed when it was taken, and nothing half-done.
    let backup = Store::open(&out).unwrap();
    assert_eq!(records(&backup), committed);
    assert_eq!(backup.votes(open, 1).unwrap().len(), 1);
    // The source has the other program's write.
    assert_eq!(store.votes(open, 1).unwrap().len(), 2);
    assert_eq!(store.meeting(open).unwrap().households_present, 30);
}

#[test]
fn a_backup_while_another_copy_of_hopdan_writes() {
    let (dir, path, closed, fp) = closed_db();
    let mut store = Store::open(&path).unwrap();
    let open = add_open_sample(&mut store);
    let base_votes = store.votes(open, 1).unwrap().len() as u32;

    // Another copy adds votes on item 1, one transaction each, until told to stop.
    let stop = Arc::new(AtomicBool::new(false));
    let (started_tx, started_rx) = mpsc::channel();
    let writer = {
        let path = path.clone();
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut other = Store::open(&path).unwrap();
            let mut n: u32 = 0;
            loop {
                let f = n % 40;
                other
                    .add_vote(
                        open,
                        1,
                        counts(41, f, 40 - f, 1),
                        DecisionRule::default(),
                        t("2022-06-12T10:30:00+07:00"),
                    )
                    .unwrap();
                other
                    .save_draft(open, "opinion", &format!("bản nháp {n}"), t(ENDED_AT))
                    .unwrap();
                n += 1;
                if n == 1 {
                    started_tx.send(()).unwrap();
                }
                if stop.load(Ordering::SeqCst) && n >= 20 {
                    return n;
                }
            }
        })
    };
    started_rx.recv().unwrap();

    let mut seen = Vec::new();
    for i in 0..6 {
        let out = dir.path().join(format!("backup-{i}.db"));
        store.backup_to(&out).unwrap();
        let backup = Store::open(&out).unwrap();
        backup.integrity_check().unwrap();
        // The closed meeting is whole and verifies.
        assert_eq!(
            backup.load_record(closed).unwrap(),
            store.load_record(closed).unwrap()
        );
        assert_eq!(
            backup.verify_meeting(closed).unwrap(),
            Verification::Intact {
                fingerprint: fp.clone()
            }
        );
        // The meeting being written: a consistent moment, every vote whole and in order.
        let votes = backup.votes(open, 1).unwrap();
        let added = votes.len() as u32 - base_votes;
        assert!(added >= 1, "the first vote was committed before the backup");
        for (k, vote) in votes.iter().enumerate().skip(base_votes as usize) {
            let n = k as u32 - base_votes;
            assert_eq!(vote.vote_no, k as u32 + 1);
            assert_eq!(vote.counts, counts(41, n % 40, 40 - n % 40, 1));
        }
        // The draft was saved right after each vote: it belongs to the last vote or the one
        // before it (when the backup fell between the two commits).
        let draft = backup.draft(open, "opinion").unwrap().unwrap();
        assert!(
            draft == format!("bản nháp {}", added - 1)
                || draft == format!("bản nháp {}", added.saturating_sub(2)),
            "{draft} after {added} votes"
        );
        seen.push(added);
    }
    stop.store(true, Ordering::SeqCst);
    let written = writer.join().unwrap();
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_eq!(
        store.votes(open, 1).unwrap().len() as u32,
        base_votes + written
    );
    let leftovers: Vec<String> = files_in(dir.path())
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
}

#[test]
fn a_backup_never_replaces_the_database_itself() {
    let (dir, path, id, fp) = closed_db();
    let store = Store::open(&path).unwrap();
    let record = store.load_record(id).unwrap();
    let names_before = files_in(dir.path());
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).unwrap();
    let mut targets = vec![
        path.clone(),
        d.join(".").join("hopdan.db"),
        d.join("sub").join("..").join("hopdan.db"),
        d.join("hopdan.db-wal"),
        d.join("hopdan.db-shm"),
        d.join("hopdan.db-journal"),
    ];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&path, d.join("link.db")).unwrap();
        targets.push(d.join("link.db"));
        std::os::unix::fs::symlink(d, d.join("sub").join("up")).unwrap();
        targets.push(d.join("sub").join("up").join("hopdan.db"));
    }
    for target in &targets {
        match store.backup_to(target) {
            Err(StoreError::BackupOverDatabase { path: p }) => assert_eq!(&p, target),
            other => panic!(
                "{}: expected BackupOverDatabase, got {other:?}",
                target.display()
            ),
        }
    }
    let err = store.backup_to(&path).unwrap_err().to_string();
    assert!(err.contains("hopdan.db") && !err.contains('\n'), "{err}");

    // Nothing was written or left behind, and the database is as it was.
    let mut expected = names_before.clone();
    expected.push("sub".into());
    #[cfg(unix)]
    expected.push("link.db".into());
    expected.sort();
    assert_eq!(files_in(d), expected);
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.load_record(id).unwrap(), record);
    assert!(store.verify_meeting(id).unwrap().is_intact());
    assert_eq!(store.meeting_fingerprint(id).unwrap(), Some(fp));
}

#[test]
fn a_failed_backup_leaves_the_previous_file_alone() {
    let (dir, path, _, _) = closed_db();
    let store = Store::open(&path).unwrap();
    // A folder where the file should go.
    let folder = dir.path().join("folder.db");
    std::fs::create_dir(&folder).unwrap();
    assert!(matches!(
        store.backup_to(&folder),
        Err(StoreError::Backup { .. })
    ));
    // A file where a folder should be.
    let blocker = dir.path().join("blocker");
    std::fs::write(&blocker, b"keep me").unwrap();
    let err = store.backup_to(&blocker.join("copy.db")).unwrap_err();
    assert!(matches!(err, StoreError::Backup { .. }), "{err:?}");
    assert!(err.to_string().contains("copy.db"), "{err}");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"keep me");

    // A read-only folder (root may write anyway: then there is nothing to show).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        let previous = locked.join("copy.db");
        std::fs::write(&previous, b"the previous backup").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        let probe = locked.join("probe");
        if std::fs::write(&probe, b"").is_ok() {
            let _ = std::fs::remove_file(&probe);
            eprintln!("skipped the read-only folder case: running as a user who may write anyway");
        } else {
            let err = store.backup_to(&previous).unwrap_err();
            assert!(matches!(err, StoreError::Backup { .. }), "{err:?}");
            assert_eq!(std::fs::read(&previous).unwrap(), b"the previous backup");
            assert_eq!(files_in(&locked), vec!["copy.db"]);
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn minutes_get_the_fingerprint_of_the_content_they_print_or_nothing() {
    let (_dir, path, id, fp) = closed_db();
    let store = Store::open(&path).unwrap();
    let (record, fingerprint) = store.checked_record(id).unwrap();
    assert_eq!(fingerprint, Some(fp));
    assert_eq!(record, store.load_record(id).unwrap());
    drop(store);

    tamper(
        &path,
        &format!("UPDATE opinions SET opinion = 'khác' WHERE meeting_id = {id}"),
    );
    let mut store = Store::open(&path).unwrap();
    assert!(matches!(
        store.checked_record(id),
        Err(StoreError::AlteredSinceClosing { id: named }) if named == id
    ));

    let open = busy_meeting(&mut store);
    let (_, fingerprint) = store.checked_record(open).unwrap();
    assert_eq!(fingerprint, None);
}
