//! What the tests start from: a database in a folder of its own, the sample consultation, a
//! meeting built by hand, residents, counts and times; and what several of them do to a
//! database: write it from an older version, change it behind hopdan's back, try to change a
//! closed meeting.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use rusqlite::Connection;
use tempfile::TempDir;

use hopdan::domain::{
    AgendaItem, DecisionRule, Household, Meeting, MeetingId, MeetingRecord, MeetingStatus,
    OpinionCorrection, Speaker, Stance, Threshold, VoteBase, VoteCounts, parse_time,
};
use hopdan::store::{Floor, Store, StoreError};

/// The time every test meeting starts at, and where the app's clock stands when it starts.
pub const START: &str = "2022-06-12T08:00:00+07:00";

pub fn t(text: &str) -> DateTime<FixedOffset> {
    parse_time(text).unwrap()
}

/// The database file of a test folder, the one the app and `hopdan --db` are given.
pub fn db_in(dir: &Path) -> PathBuf {
    dir.join("hopdan.db")
}

/// A new folder, and where its database file goes (nothing is created yet).
pub fn temp_db() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let db = db_in(dir.path());
    (dir, db)
}

/// A store on a new database file in a folder of its own.
pub fn temp_store() -> (TempDir, Store) {
    let (dir, db) = temp_db();
    let store = Store::open(&db).unwrap();
    (dir, store)
}

/// The folder of the sample consultation's four CSV files (SPEC §8).
pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/kiet-19-phu-loc-10")
}

/// Adds the sample consultation as an open meeting, so that it can still be written to.
pub fn add_open_sample(store: &mut Store) -> MeetingId {
    store
        .insert_record(&hopdan::sample::sample_record_as_open().unwrap())
        .unwrap()
}

/// The sample consultation, open, as a meeting held without a register (SPEC §1: presence
/// typed, votes among the households typed): for what works the same with or without one, at
/// a clock before the sample's sign-in ended.
pub fn sample_without_register() -> MeetingRecord {
    let mut record = hopdan::sample::sample_record_as_open().unwrap();
    record.households.clear();
    record.attendance.clear();
    record.pledges.clear();
    for item in &mut record.agenda {
        item.takes_pledges = false;
    }
    record
}

/// A new folder whose database holds the sample consultation without its register, open.
pub fn open_sample_without_register() -> (TempDir, PathBuf, MeetingId) {
    let (dir, db) = temp_db();
    let id = Store::open(&db)
        .unwrap()
        .insert_record(&sample_without_register())
        .unwrap();
    (dir, db, id)
}

/// A new folder whose database holds the sample consultation, open. The store that wrote it is
/// closed again: everything is in the file itself.
pub fn open_sample() -> (TempDir, PathBuf, MeetingId) {
    let (dir, db) = temp_db();
    let id = add_open_sample(&mut Store::open(&db).unwrap());
    (dir, db, id)
}

/// A household of the register, of four people.
pub fn household(no: &str, address: &str, head: &str) -> Household {
    Household {
        household_no: no.into(),
        address: address.into(),
        head_name: head.into(),
        members: Some(4),
        phone: String::new(),
        note: String::new(),
    }
}

/// An open meeting of 55 households, 42 of them present, that started before the app's clock.
pub fn meeting() -> Meeting {
    Meeting {
        title: "Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10".into(),
        ward: "Phường Thanh Khê Tây".into(),
        residential_group: "Tổ dân phố 27".into(),
        location: "Nhà văn hóa tổ 27".into(),
        started_at: t("2022-06-12T07:30:00+07:00"),
        ended_at: None,
        chair: "Trần Thị Mai".into(),
        chair_title: "Tổ trưởng tổ dân phố".into(),
        secretary: "Lê Văn Bình".into(),
        households_total: 55,
        households_present: 42,
        status: MeetingStatus::Open,
    }
}

/// Adds `meeting()` with these items on its agenda, each decided by more than half of all
/// households.
pub fn add_meeting(store: &mut Store, agenda: &[&str]) -> MeetingId {
    let id = store.create_meeting(&meeting()).unwrap();
    for title in agenda {
        store.add_agenda_item(id, title, "", ALL_HALF).unwrap();
    }
    id
}

/// Passes with more than half of all households: the rule most items of a consultation have.
pub const ALL_HALF: DecisionRule = DecisionRule {
    base: VoteBase::AllHouseholds,
    threshold: Threshold::MoreThanHalf,
};

pub const PRESENT_TWO_THIRDS: DecisionRule = DecisionRule {
    base: VoteBase::Present,
    threshold: Threshold::TwoThirds,
};

pub fn speaker(name: &str, address: &str) -> Speaker {
    Speaker {
        name: name.into(),
        address: address.into(),
    }
}

/// Residents of the kiệt; Lan has spoken twice in the sample, Hùng and Tuấn never.
pub fn hung() -> Speaker {
    speaker("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27")
}

pub fn lan() -> Speaker {
    speaker("Phạm Thị Lan", "K19/12 Phú Lộc 10, tổ 27")
}

pub fn tuan() -> Speaker {
    speaker("Hoàng Minh Tuấn", "K19/20 Phú Lộc 10, tổ 27")
}

/// `who` asks to speak and is given the floor on `item_no`, both at `at`.
pub fn take_floor(
    store: &mut Store,
    id: MeetingId,
    who: &Speaker,
    item_no: u32,
    at: DateTime<FixedOffset>,
) -> Floor {
    let queued = store.enqueue(id, who, at).unwrap();
    store.give_floor(id, queued.queue_id, item_no, at).unwrap()
}

/// A show of hands among the 55 households of the sample and of `meeting()`.
pub fn counts(present: u32, votes_for: u32, against: u32, abstain: u32) -> VoteCounts {
    VoteCounts {
        households_total: 55,
        households_present: present,
        votes_for,
        votes_against: against,
        votes_abstain: abstain,
    }
}

/// The migrations of every schema an older hopdan may have left, oldest first.
const OLDER_MIGRATIONS: [&str; 4] = [
    include_str!("../../src/store/migrations/0001_initial.sql"),
    include_str!("../../src/store/migrations/0002_closed_meetings_read_only.sql"),
    include_str!("../../src/store/migrations/0003_fingerprints.sql"),
    include_str!("../../src/store/migrations/0004_app_drafts.sql"),
];

/// A database file of schema `version`, as the hopdan of that version created it, still empty;
/// the connection, to fill it in as that version would have.
pub fn older_database(db: &Path, version: u32) -> Connection {
    let conn = Connection::open(db).unwrap();
    for sql in &OLDER_MIGRATIONS[..version as usize] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", version).unwrap();
    conn
}

/// Every change the store offers to meeting `id` is refused, as it is to a closed meeting.
pub fn assert_every_change_refused(store: &mut Store, id: MeetingId) {
    let at = t("2022-06-12T11:00:00+07:00");
    let refused = |r: Result<(), StoreError>| {
        assert!(matches!(r, Err(StoreError::MeetingClosed)), "{r:?}");
    };
    refused(store.set_households_present(id, 40));
    refused(store.add_agenda_item(id, "Thêm", "", ALL_HALF).map(drop));
    refused(store.enqueue(id, &hung(), at).map(drop));
    refused(store.remove_from_queue(id, 1));
    refused(store.give_floor(id, 1, 1, at).map(drop));
    refused(store.return_floor_to_queue(id));
    refused(
        store
            .save_opinion_from_floor(id, Stance::Support, "x", at)
            .map(drop),
    );
    let corrected = OpinionCorrection {
        item_no: 1,
        speaker: hung(),
        stance: Stance::Oppose,
        text: "x".into(),
    };
    refused(
        store
            .correct_opinion(id, 1, 1, &corrected, at, "sửa")
            .map(drop),
    );
    refused(
        store
            .correct_meeting_details(id, &meeting().details(), at, "sửa")
            .map(drop),
    );
    let item = AgendaItem {
        item_no: 1,
        title: "Sửa".into(),
        description: String::new(),
        rule: ALL_HALF,
        takes_pledges: false,
    };
    refused(store.correct_agenda_item(id, &item, at, "sửa").map(drop));
    refused(
        store
            .correct_queued_speaker(id, 1, &lan(), at, "sửa")
            .map(drop),
    );
    refused(
        store
            .add_vote(id, 1, counts(42, 40, 0, 0), ALL_HALF, at)
            .map(drop),
    );
    refused(
        store
            .correct_vote(id, 1, 1, counts(42, 40, 0, 0), at, "sửa")
            .map(drop),
    );
    refused(store.save_draft(id, "opinion", "x", at));
    refused(store.delete_draft(id, "opinion"));
    refused(store.add_guest(id, "Nguyễn Văn A", "UBND phường").map(drop));
    refused(store.correct_guest(id, 1, "Nguyễn Văn B", "").map(drop));
    refused(store.remove_guest(id, 1));
    refused(store.set_conclusion(id, 1, "Thống nhất."));
    refused(store.set_conclusion(id, 1, ""));
}

/// The names in a folder, sorted.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Changes the database behind the app's back, as another program could: the triggers that keep
/// closed meetings read-only are dropped first, then `sql` runs, all in one transaction.
pub fn tamper(db: &Path, sql: &str) {
    let conn = Connection::open(db).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(triggers.len() > 20, "{triggers:?}");
    let mut batch = String::from("BEGIN;");
    for name in &triggers {
        batch.push_str(&format!("DROP TRIGGER \"{name}\";"));
    }
    batch.push_str(sql);
    batch.push_str(";COMMIT;");
    conn.execute_batch(&batch).unwrap();
}

/// Checks that a chair's screen says its vote is vote 2 of the item, corrected once, and keeps
/// its row of households not voting.
pub fn assert_says_corrected_revote(screen: &str, lang: hopdan::i18n::Lang) {
    let words = match lang {
        hopdan::i18n::Lang::Vi => [
            "BIỂU QUYẾT LẠI: LẦN 2",
            "ĐÃ SỬA SỐ LIỆU 1 LẦN",
            "Không tham gia",
        ],
        hopdan::i18n::Lang::En => ["RE-VOTE: VOTE 2", "COUNTS CORRECTED ONCE", "Not voting"],
    };
    for words in words {
        assert!(screen.contains(words), "{words}: {screen}");
    }
}
