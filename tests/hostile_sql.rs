//! SQL another program could run against the file: a closed meeting's rows stay as sealed.
//! `REPLACE` deletes the row it collides with without firing that row's delete triggers, so
//! each statement below would reopen or empty a closed meeting if only deletes were guarded.

mod common;

use std::path::Path;

use rusqlite::Connection;

use hopdan::domain::MeetingStatus;
use hopdan::store::{Store, Verification};

use common::{ALL_HALF, add_meeting, counts, t, temp_db};

/// A closed meeting (1) with items, a vote and its correction in the audit log, beside an open
/// one (2).
fn closed_and_open(db: &Path) {
    let mut store = Store::open(db).unwrap();
    let closed = add_meeting(&mut store, &["Mở rộng kiệt", "Đóng góp"]);
    store
        .add_vote(
            closed,
            1,
            counts(42, 30, 10, 2),
            ALL_HALF,
            t("2022-06-12T09:10:00+07:00"),
        )
        .unwrap();
    store
        .correct_vote(
            closed,
            1,
            1,
            counts(42, 31, 9, 2),
            t("2022-06-12T09:12:00+07:00"),
            "đếm lại",
        )
        .unwrap();
    store
        .close_meeting(closed, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    add_meeting(&mut store, &["Khác"]);
}

/// Every row of the database, as text, to see that nothing changed.
fn everything(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut rows = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let width = stmt.column_count();
        let mut query = stmt.query([]).unwrap();
        while let Some(row) = query.next().unwrap() {
            let cells: Vec<String> = (0..width)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            rows.push(format!("{table}: {}", cells.join(", ")));
        }
    }
    rows
}

/// Runs `sql` as another program would, with foreign keys on and off: it must fail, and leave
/// the file as it was, the closed meeting closed and intact.
fn refused(sql: &str) {
    for foreign_keys in [true, false] {
        let (_dir, db) = temp_db();
        closed_and_open(&db);
        let conn = Connection::open(&db).unwrap();
        conn.pragma_update(None, "foreign_keys", foreign_keys)
            .unwrap();
        let before = everything(&conn);
        let result = conn.execute_batch(sql);
        assert!(
            result.is_err(),
            "accepted with foreign_keys={foreign_keys}: {sql}"
        );
        assert_eq!(everything(&conn), before, "{sql}");
        drop(conn);

        let store = Store::open(&db).unwrap();
        assert_eq!(
            store.load_record(1).unwrap().meeting.status,
            MeetingStatus::Closed
        );
        assert!(
            matches!(
                store.verify_meeting(1).unwrap(),
                Verification::Intact { .. }
            ),
            "{sql}"
        );
    }
}

const ALL_COLUMNS: &str = "id, title, ward, residential_group, location, started_at, ended_at, \
     chair, chair_title, secretary, households_total, households_present, status, fingerprint";

#[test]
fn a_closed_meeting_cannot_be_replaced_by_an_open_copy_of_itself() {
    refused(&format!(
        "INSERT OR REPLACE INTO meetings ({ALL_COLUMNS}) SELECT id, title, ward, \
         residential_group, location, started_at, NULL, chair, chair_title, secretary, \
         households_total, households_present, 'open', NULL FROM meetings WHERE id = 1"
    ));
    refused(&format!(
        "REPLACE INTO meetings ({ALL_COLUMNS}) SELECT {ALL_COLUMNS} FROM meetings WHERE id = 1"
    ));
}

#[test]
fn an_open_meeting_cannot_take_the_id_of_a_closed_one() {
    refused("UPDATE OR REPLACE meetings SET id = 1 WHERE id = 2");
    refused("UPDATE meetings SET id = 3 WHERE id = 1");
}

#[test]
fn the_audit_log_of_a_closed_meeting_cannot_be_replaced() {
    refused(
        "INSERT OR REPLACE INTO audit_log (id, meeting_id, entity, item_no, number, action, \
         old_values, reason, at) SELECT id, 2, entity, item_no, number, action, '{}', 'x', at \
         FROM audit_log WHERE meeting_id = 1",
    );
}

#[test]
fn no_row_of_a_closed_meeting_can_be_replaced_by_a_copy() {
    // Every table with a meeting_id: its closed rows, inserted again over themselves.
    let (_dir, db) = temp_db();
    closed_and_open(&db);
    let conn = Connection::open(&db).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT DISTINCT m.name FROM sqlite_schema m, pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND c.name = 'meeting_id' ORDER BY m.name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(tables.len() >= 9, "{tables:?}");
    let with_closed_rows: Vec<String> = tables
        .into_iter()
        .filter(|table| {
            conn.query_row(
                &format!("SELECT count(*) FROM \"{table}\" WHERE meeting_id = 1"),
                [],
                |r| r.get::<_, i64>(0),
            )
            .unwrap()
                > 0
        })
        .collect();
    drop(conn);
    for table in ["agenda_items", "audit_log", "meeting_digests", "votes"] {
        assert!(
            with_closed_rows.iter().any(|t| t == table),
            "{with_closed_rows:?}"
        );
    }
    for table in with_closed_rows {
        refused(&format!(
            "REPLACE INTO \"{table}\" SELECT * FROM \"{table}\" WHERE meeting_id = 1"
        ));
    }
}
