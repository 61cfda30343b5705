//! Unit tests that look inside the store: its connection's pragmas, the triggers of
//! migration 0002 and the mapping of SQLite's errors.

use std::time::Duration;

use rusqlite::{Connection, OpenFlags, params};

use chrono::{DateTime, FixedOffset};

use super::*;
use crate::domain::{
    AgendaItem, Conclusion, DecisionRule, Guest, Meeting, MeetingId, MeetingRecord, MeetingStatus,
    Opinion, Speaker, Stance, Vote, VoteCounts, parse_time,
};

fn t(text: &str) -> DateTime<FixedOffset> {
    parse_time(text).unwrap()
}

fn meeting() -> Meeting {
    Meeting {
        title: "Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10".into(),
        ward: "Phường Thanh Khê Tây".into(),
        residential_group: "Tổ dân phố 27".into(),
        location: "Nhà văn hóa tổ 27".into(),
        started_at: t("2022-06-12T08:30:00+07:00"),
        ended_at: None,
        chair: "Trần Thị Mai".into(),
        chair_title: "Tổ trưởng".into(),
        secretary: "Lê Văn Bình".into(),
        households_total: 55,
        households_present: 42,
        status: MeetingStatus::Open,
    }
}

fn counts() -> VoteCounts {
    VoteCounts {
        households_total: 55,
        households_present: 42,
        votes_for: 38,
        votes_against: 3,
        votes_abstain: 1,
    }
}

/// A store with one closed meeting (agenda item 1, an opinion, a vote, no drafts) and its id.
fn closed_meeting(store: &mut Store) -> MeetingId {
    let speaker = Speaker {
        name: "Nguyễn Văn Hùng".into(),
        address: "K19/4 Phú Lộc 10, tổ 27".into(),
    };
    let mut m = meeting();
    m.status = MeetingStatus::Closed;
    m.ended_at = Some(t("2022-06-12T10:15:00+07:00"));
    store
        .insert_record(&MeetingRecord {
            meeting: m,
            agenda: vec![AgendaItem {
                item_no: 1,
                title: "Mở rộng kiệt".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            }],
            opinions: vec![Opinion {
                item_no: 1,
                turn_no: 1,
                speaker,
                stance: Stance::Support,
                text: "Đồng ý".into(),
                started_at: t("2022-06-12T08:41:00+07:00"),
                duration_s: 60,
            }],
            votes: vec![Vote {
                item_no: 1,
                vote_no: 1,
                voted_at: t("2022-06-12T09:10:00+07:00"),
                counts: counts(),
                rule: DecisionRule::default(),
                corrections: 0,
                method: crate::domain::VoteMethod::Hands,
            }],
            guests: vec![Guest {
                guest_no: 1,
                name: "Nguyễn Văn A".into(),
                role: "Phó Chủ tịch UBND phường".into(),
            }],
            conclusions: vec![Conclusion {
                item_no: 1,
                text: "Thống nhất mở rộng kiệt.".into(),
            }],
            corrections: vec![],
            households: Vec::new(),
            attendance: Vec::new(),
            pledges: Vec::new(),
            register_changes: Vec::new(),
            options: Vec::new(),
            option_votes: Vec::new(),
            ballots: Default::default(),
        })
        .unwrap()
}

#[test]
fn the_connection_runs_with_wal_full_sync_foreign_keys_and_a_busy_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let pragma = |name: &str| -> String {
        store
            .conn
            .pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0))
            .map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(s) => s,
                other => format!("{other:?}"),
            })
            .unwrap()
    };
    assert_eq!(pragma("journal_mode"), "wal");
    assert_eq!(pragma("synchronous"), "2");
    assert_eq!(pragma("foreign_keys"), "1");
    assert_eq!(pragma("busy_timeout"), "3000");
    assert_eq!(pragma("user_version"), schema::SCHEMA_VERSION.to_string());
    assert_eq!(pragma("application_id"), schema::APPLICATION_ID.to_string());
}

#[test]
fn recording_the_selected_item_leaves_every_other_write_fully_synced() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let id = store.create_meeting(&meeting()).unwrap();
    for title in ["Mở rộng kiệt", "Lắp đèn chiếu sáng"] {
        store
            .add_agenda_item(id, title, "", DecisionRule::default())
            .unwrap();
    }
    let synchronous = |store: &Store| -> i64 {
        store
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap()
    };
    store.select_item(id, 2).unwrap();
    assert_eq!(synchronous(&store), 2, "FULL again after a selection");
    assert_eq!(store.current_item(id).unwrap(), Some(2));
    // Also when the selection is refused.
    assert!(store.select_item(id, 9).is_err());
    assert_eq!(synchronous(&store), 2);
}

#[test]
fn the_database_itself_refuses_changes_to_a_closed_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let id = closed_meeting(&mut store);
    let open_id = store.create_meeting(&meeting()).unwrap();
    let refused = [
        format!("UPDATE meetings SET title = 'Sửa' WHERE id = {id}"),
        format!("UPDATE meetings SET status = 'open' WHERE id = {id}"),
        format!("DELETE FROM meetings WHERE id = {id}"),
        format!(
            "INSERT INTO agenda_items (meeting_id, item_no, title, description, vote_base, \
             threshold) VALUES ({id}, 2, 'Thêm', '', 'present', 'two_thirds')"
        ),
        format!("UPDATE agenda_items SET title = 'Sửa' WHERE meeting_id = {id}"),
        format!("DELETE FROM agenda_items WHERE meeting_id = {id}"),
        format!("UPDATE opinions SET opinion = 'Sửa' WHERE meeting_id = {id}"),
        format!("DELETE FROM opinions WHERE meeting_id = {id}"),
        format!("UPDATE votes SET votes_for = 1 WHERE meeting_id = {id}"),
        format!("DELETE FROM votes WHERE meeting_id = {id}"),
        format!(
            "INSERT INTO speaker_queue (meeting_id, position, speaker_name, speaker_address, \
             requested_at) VALUES ({id}, 1, 'A', 'B', '2022-06-12T09:00:00+07:00')"
        ),
        format!("INSERT INTO drafts VALUES ({id}, 'opinion', 'x', '2022-06-12T09:00:00+07:00')"),
        format!(
            "INSERT INTO audit_log (meeting_id, entity, item_no, number, action, old_values, \
             reason, at) VALUES ({id}, 'vote', 1, 1, 'correct', '{{}}', 'x', \
             '2022-06-12T09:00:00+07:00')"
        ),
        format!("INSERT INTO guests VALUES ({id}, 2, 'Lê Thị C', 'Chủ tịch Hội Phụ nữ')"),
        format!("UPDATE guests SET role = 'Sửa' WHERE meeting_id = {id}"),
        format!("DELETE FROM guests WHERE meeting_id = {id}"),
        format!("UPDATE conclusions SET conclusion = 'Sửa' WHERE meeting_id = {id}"),
        format!("DELETE FROM conclusions WHERE meeting_id = {id}"),
        format!(
            "INSERT INTO households VALUES ({id}, '27-001', 1, 'K19/1', 'Lê Văn A', 4, '', '')"
        ),
        format!(
            "INSERT INTO attendance VALUES ({id}, '27-001', 'Lê Văn A', 'head', \
             '2022-06-12T07:50:00+07:00', NULL, '')"
        ),
        format!(
            "INSERT INTO pledges VALUES ({id}, 1, '27-001', 500, 50, 250, '', 'agreed', '', \
             '2022-06-12T09:00:00+07:00')"
        ),
        // Moving a row of an open meeting into the closed one.
        format!("UPDATE drafts SET meeting_id = {id} WHERE meeting_id = {open_id}"),
        format!("UPDATE guests SET meeting_id = {id} WHERE meeting_id = {open_id}"),
    ];
    store
        .save_draft(open_id, "opinion", "x", t("2022-06-12T09:00:00+07:00"))
        .unwrap();
    store.add_guest(open_id, "Trần Văn D", "").unwrap();
    let before = store.load_record(id).unwrap();
    for sql in &refused {
        let err = StoreError::from(store.conn.execute_batch(sql).unwrap_err());
        assert!(matches!(err, StoreError::MeetingClosed), "{sql}: {err:?}");
    }
    assert_eq!(store.load_record(id).unwrap(), before);
    assert_eq!(
        store.draft(open_id, "opinion").unwrap().as_deref(),
        Some("x")
    );

    // The fingerprint recorded when it was closed can be neither changed nor removed.
    let recorded = store.meeting_fingerprint(id).unwrap().unwrap();
    for sql in [
        format!("UPDATE meetings SET fingerprint = 'def456' WHERE id = {id}"),
        format!("UPDATE meetings SET fingerprint = NULL WHERE id = {id}"),
        format!(
            "UPDATE meeting_digests SET digest = '{}' WHERE meeting_id = {id}",
            "0".repeat(64)
        ),
        format!("DELETE FROM meeting_digests WHERE meeting_id = {id}"),
        format!(
            "INSERT INTO meeting_digests VALUES ({id}, 'votes.csv:1:2', '{}')",
            "0".repeat(64)
        ),
    ] {
        let err = StoreError::from(store.conn.execute_batch(&sql).unwrap_err());
        assert!(matches!(err, StoreError::MeetingClosed), "{sql}: {err:?}");
    }
    assert_eq!(store.meeting_fingerprint(id).unwrap(), Some(recorded));
}

#[test]
fn a_meeting_is_closed_together_with_its_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let id = store.create_meeting(&meeting()).unwrap();
    for sql in [
        format!("UPDATE meetings SET status = 'closed' WHERE id = {id}"),
        "INSERT INTO meetings (title, ward, residential_group, location, started_at, chair, \
         chair_title, secretary, households_total, households_present, status) \
         VALUES ('a', 'b', 'c', 'd', '2022-06-12T08:30:00+07:00', 'e', 'f', 'g', 5, 3, 'closed')"
            .to_owned(),
    ] {
        let err = store.conn.execute_batch(&sql).unwrap_err();
        assert!(err.to_string().contains("fingerprint"), "{sql}: {err}");
    }
    assert_eq!(store.meeting(id).unwrap().status, MeetingStatus::Open);

    // A meeting closed by a version that recorded no fingerprint (as if): one can be recorded
    // once, with the digests of its rows written first.
    store
        .conn
        .execute_batch(&format!(
            "DROP TRIGGER meetings_close_with_fingerprint; \
             UPDATE meetings SET status = 'closed' WHERE id = {id};"
        ))
        .unwrap();
    assert_eq!(store.verify_meeting(id).unwrap(), Verification::Unsealed);
    assert_eq!(store.meeting_fingerprint(id).unwrap(), None);
    store
        .conn
        .execute_batch(&format!(
            "INSERT INTO meeting_digests VALUES ({id}, 'meeting.csv', '{}'); \
             UPDATE meetings SET fingerprint = 'abc123' WHERE id = {id};",
            "0".repeat(64)
        ))
        .unwrap();
    for sql in [
        format!("UPDATE meetings SET fingerprint = 'def456' WHERE id = {id}"),
        format!(
            "INSERT INTO meeting_digests VALUES ({id}, 'agenda.csv:1', '{}')",
            "0".repeat(64)
        ),
    ] {
        let err = StoreError::from(store.conn.execute_batch(&sql).unwrap_err());
        assert!(matches!(err, StoreError::MeetingClosed), "{sql}: {err:?}");
    }
}

#[test]
fn the_audit_log_is_append_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let id = store.create_meeting(&meeting()).unwrap();
    store
        .add_agenda_item(id, "Mở rộng kiệt", "", DecisionRule::default())
        .unwrap();
    store
        .add_vote(
            id,
            1,
            counts(),
            DecisionRule::default(),
            t("2022-06-12T09:10:00+07:00"),
        )
        .unwrap();
    let mut corrected = counts();
    corrected.votes_for = 37;
    store
        .correct_vote(
            id,
            1,
            1,
            corrected,
            t("2022-06-12T09:12:00+07:00"),
            "Đếm lại",
        )
        .unwrap();
    let err = store
        .conn
        .execute_batch("UPDATE audit_log SET reason = 'khác'")
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    assert_eq!(store.audit_log(id).unwrap()[0].reason, "Đếm lại");
}

#[test]
fn a_write_blocked_by_another_connection_reports_busy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hopdan.db");
    let mut first = Store::open(&path).unwrap();
    let id = first.create_meeting(&meeting()).unwrap();
    let mut second = Store::open(&path).unwrap();
    second.conn.busy_timeout(Duration::from_millis(50)).unwrap();

    first.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = second
        .save_draft(id, "opinion", "Đồng ý", t("2022-06-12T08:41:00+07:00"))
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy), "{err:?}");
    // Reading still works while the other copy writes (WAL).
    assert_eq!(second.meeting(id).unwrap(), meeting());
    first.conn.execute_batch("ROLLBACK").unwrap();

    second
        .save_draft(id, "opinion", "Đồng ý", t("2022-06-12T08:41:00+07:00"))
        .unwrap();
    assert_eq!(
        first.draft(id, "opinion").unwrap().as_deref(),
        Some("Đồng ý")
    );
}

#[test]
fn a_full_disk_reports_disk_full_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let id = store.create_meeting(&meeting()).unwrap();
    store
        .save_draft(id, "opinion", "Đồng ý", t("2022-06-12T08:41:00+07:00"))
        .unwrap();
    // Pretend the disk is full: the file may not grow by a single page.
    let pages: i64 = store
        .conn
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .unwrap();
    store
        .conn
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let long = "Đồng ý mở rộng kiệt. ".repeat(5000);
    let err = store
        .save_draft(id, "opinion", &long, t("2022-06-12T08:42:00+07:00"))
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull), "{err:?}");
    assert_eq!(
        store.draft(id, "opinion").unwrap().as_deref(),
        Some("Đồng ý")
    );
}

#[test]
fn a_read_only_database_reports_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hopdan.db");
    let id = Store::open(&path)
        .unwrap()
        .create_meeting(&meeting())
        .unwrap();
    // As if the file or the disk were read-only.
    let mut store = Store {
        conn: Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap(),
        damaged: None,
    };
    assert_eq!(store.meeting(id).unwrap(), meeting());
    let err = store.set_households_present(id, 40).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly), "{err:?}");
}

#[test]
fn other_constraint_errors_are_not_mistaken_for_a_closed_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let err = store
        .conn
        .execute_batch("INSERT INTO drafts VALUES (42, 'k', 'v', 'x')")
        .unwrap_err();
    assert!(matches!(StoreError::from(err), StoreError::Sqlite(_)));
}

#[test]
fn drafts_of_no_meeting_need_a_key_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    for sql in [
        "INSERT INTO app_drafts VALUES ('', 'x', '2022-06-12T09:00:00+07:00')",
        "INSERT INTO app_drafts VALUES (NULL, 'x', '2022-06-12T09:00:00+07:00')",
        "INSERT INTO app_drafts VALUES ('k', NULL, '2022-06-12T09:00:00+07:00')",
        "INSERT INTO app_drafts VALUES ('k', x'00', '2022-06-12T09:00:00+07:00')",
    ] {
        let err = store.conn.execute_batch(sql).unwrap_err();
        assert!(
            matches!(StoreError::from(err), StoreError::Sqlite(_)),
            "{sql}"
        );
    }
    store
        .conn
        .execute_batch("INSERT INTO app_drafts VALUES ('k', 'v', '2022-06-12T09:00:00+07:00')")
        .unwrap();
    assert_eq!(store.app_draft("k").unwrap().as_deref(), Some("v"));
}

#[test]
fn time_spoken_is_whole_seconds_from_the_floors_start_and_never_negative() {
    let started = "2022-06-12T08:30:00+07:00";
    let floor = Floor {
        item_no: 1,
        speaker: Speaker {
            name: "Lê Văn Tám".into(),
            address: String::new(),
        },
        started_at: parse_time(started).unwrap(),
    };
    let at = |text: &str| parse_time(text).unwrap();
    assert_eq!(floor.elapsed(at("2022-06-12T08:31:35.900+07:00")), 95);
    // A clock read just before the turn began (another computer's clock) shows zero.
    assert_eq!(floor.elapsed(at("2022-06-12T08:29:55+07:00")), 0);
    assert_eq!(floor.elapsed(at("2222-06-12T08:30:00+07:00")), u32::MAX);
}

/// Audit rows as edits after the fact write them: the meeting's own row, an agenda item, an
/// opinion moved to another item (keyed by where it is now, its old key in old_values), and the
/// speaker queue, which is not part of the record.
#[test]
fn corrections_of_every_kind_of_entry_go_out_and_come_back() {
    use crate::records::{ExportOptions, export_files, import_files};

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let item = |item_no, title: &str| AgendaItem {
        item_no,
        title: title.into(),
        description: String::new(),
        rule: DecisionRule::default(),
        takes_pledges: false,
    };
    let id = store
        .insert_record(&MeetingRecord {
            meeting: meeting(),
            agenda: vec![item(1, "Mở rộng kiệt"), item(2, "Đóng góp")],
            opinions: vec![Opinion {
                item_no: 2,
                turn_no: 1,
                speaker: Speaker {
                    name: "Nguyễn Văn Hùng".into(),
                    address: "K19/4 Phú Lộc 10".into(),
                },
                stance: Stance::Other,
                text: "Đề nghị góp theo mặt tiền.".into(),
                started_at: t("2022-06-12T08:41:00+07:00"),
                duration_s: 150,
            }],
            votes: vec![],
            guests: vec![],
            conclusions: vec![],
            corrections: vec![],
            households: Vec::new(),
            attendance: Vec::new(),
            pledges: Vec::new(),
            register_changes: Vec::new(),
            options: Vec::new(),
            option_votes: Vec::new(),
            ballots: Default::default(),
        })
        .unwrap();
    let audit = |entity: &str, item_no: &str, number: &str, old_values: String, at: &str| {
        store
            .conn
            .execute(
                &format!(
                    "INSERT INTO audit_log (meeting_id, entity, item_no, number, action, \
                     old_values, reason, at) VALUES (?1, ?2, {item_no}, {number}, 'edit', ?3, \
                     'Sửa sau cuộc họp', ?4)"
                ),
                params![id, entity, old_values, at],
            )
            .unwrap();
    };
    audit(
        "meeting",
        "NULL",
        "NULL",
        serde_json::json!({
            "meeting_id": id, "title": "Về việc mở rộng kiệt", "ward": "Phường Thanh Khê Tây",
            "residential_group": "Tổ dân phố 27", "location": "Nhà văn hóa tổ 27",
            "started_at": "2022-06-12T08:30:00+07:00", "chair": "Trần Thị Mai",
            "chair_title": "Tổ trưởng", "secretary": "Lê Văn Bình", "households_total": 56
        })
        .to_string(),
        "2022-06-12T11:00:00+07:00",
    );
    audit(
        "agenda_item",
        "2",
        "NULL",
        serde_json::json!({
            "meeting_id": id, "item_no": 2, "title": "Đóng góp kinh phí", "description": "",
            "vote_base": "all_households", "threshold": "more_than_half"
        })
        .to_string(),
        "2022-06-12T11:01:00+07:00",
    );
    audit(
        "queued_speaker",
        "NULL",
        "3",
        r#"{"speaker_name":"Lê Văn Tám"}"#.to_owned(),
        "2022-06-12T11:02:00+07:00",
    );
    audit(
        "opinion",
        "2",
        "1",
        serde_json::json!({
            "meeting_id": id, "item_no": 1, "turn_no": 3, "speaker_name": "Nguyễn Văn Hùng",
            "speaker_address": "K19/4 Phú Lộc 10", "stance": "other",
            "opinion": "Đề nghị góp theo mặt tiền.", "started_at": "2022-06-12T08:41:00+07:00",
            "duration_s": 150
        })
        .to_string(),
        "2022-06-12T11:03:00+07:00",
    );

    let record = store.load_record(id).unwrap();
    assert_eq!(
        record.corrections.len(),
        3,
        "the queue is not in the record"
    );
    let moved = &record.corrections[2];
    assert_eq!(
        moved.was,
        crate::domain::EntryKey::Opinion {
            item_no: 1,
            turn_no: 3
        }
    );
    let files = export_files(&record, id, ExportOptions { bom: false });
    let corrections = files.iter().find(|f| f.name == "corrections.csv").unwrap();
    let text = std::str::from_utf8(&corrections.bytes).unwrap();
    assert_eq!(
        text.lines().skip(1).collect::<Vec<_>>(),
        [
            "1,1,2022-06-12T11:00:00+07:00,meeting,,,title,Về việc mở rộng kiệt,\
             \"Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10\",Sửa sau cuộc họp",
            "1,1,2022-06-12T11:00:00+07:00,meeting,,,households_total,56,55,Sửa sau cuộc họp",
            "1,2,2022-06-12T11:01:00+07:00,agenda_item,2,,title,Đóng góp kinh phí,Đóng góp,\
             Sửa sau cuộc họp",
            "1,3,2022-06-12T11:03:00+07:00,opinion,2,1,item_no,1,2,Sửa sau cuộc họp",
            "1,3,2022-06-12T11:03:00+07:00,opinion,2,1,turn_no,3,1,Sửa sau cuộc họp",
        ]
    );

    // Into another database: the same record, and the audit log rebuilt with the same values.
    let mut copy = Store::open(&dir.path().join("copy.db")).unwrap();
    let copy_id = copy.insert_record(&import_files(&files).unwrap()).unwrap();
    let again = copy.load_record(copy_id).unwrap();
    assert_eq!(again, record);
    assert_eq!(
        export_files(&again, id, ExportOptions { bom: false }),
        files
    );
    let values = |store: &Store, id| -> Vec<serde_json::Value> {
        store
            .audit_log(id)
            .unwrap()
            .iter()
            .filter(|e| e.entity != "queued_speaker")
            .map(|e| {
                let mut v: serde_json::Value = serde_json::from_str(&e.old_values).unwrap();
                v.as_object_mut().unwrap().remove("meeting_id");
                v
            })
            .collect()
    };
    assert_eq!(values(&copy, copy_id), values(&store, id));
}
