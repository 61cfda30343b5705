//! Speaking time and speaking turns on the secretary's side: the limit of a meeting (set in the
//! new-meeting form, changed with `t`, refused once closed, in the database too), the clock that
//! warns and says when time is up, the duration that goes into opinions.csv, and the turns each
//! resident has had beside their name.

mod common;

use crossterm::event::KeyCode;

use hopdan::domain::{MeetingStatus, SpeakingLimit};
use hopdan::i18n::Lang;
use hopdan::store::{Store, StoreError};
use hopdan::tui::app::Popup;

use common::{Draw, Drive, Harness, older_database, open_sample, t, tamper, temp_db};

// ----- The limit -----

#[test]
fn t_changes_the_limit_and_zero_means_none() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    assert_eq!(
        h.store().speaking_limit(id).unwrap(),
        SpeakingLimit::DEFAULT
    );
    h.key(KeyCode::Char('t'));
    assert_eq!(h.values(), ["3"]);
    // A digit typed on arrival replaces the number, as in every count.
    h.field("5");
    assert_eq!(h.store().speaking_limit(id).unwrap().seconds(), 300);
    assert_eq!(h.message(), "Mỗi lượt phát biểu tối đa 5 phút.");

    h.key(KeyCode::Char('t'));
    h.field("0");
    assert_eq!(h.store().speaking_limit(id).unwrap(), SpeakingLimit::NONE);
    assert_eq!(h.message(), "Không giới hạn thời gian phát biểu.");

    // More than a day: refused, the number stays to be corrected.
    h.key(KeyCode::Char('t'));
    h.field("1441");
    // The form stays open.
    assert_eq!(
        h.form().error.as_deref(),
        Some("Phút mỗi lượt nói: tối đa 1440 phút (24 giờ).")
    );
    assert_eq!(h.values(), ["1441"]);
    assert_eq!(h.store().speaking_limit(id).unwrap(), SpeakingLimit::NONE);
}

#[test]
fn the_new_meeting_form_sets_the_limit() {
    let mut h = Harness::new(Lang::En);
    h.key(KeyCode::Char('n'));
    h.field("Street lights");
    h.keys(&[KeyCode::Enter; 7]);
    h.field("55");
    h.field("42");
    // Minutes per turn, prefilled with the default; 2 replaces it.
    h.field("2");
    let id = h.meeting_id();
    assert_eq!(h.store().speaking_limit(id).unwrap().seconds(), 120);
}

#[test]
fn a_closed_meeting_keeps_its_limit_in_the_app_the_store_and_the_database() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.store().meeting(id).unwrap().status, MeetingStatus::Closed);
    h.key(KeyCode::Char('t'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.message(), "Cuộc họp đã kết thúc: không thể sửa.");
    let db = h.db();
    let _dir = h.quit();

    let mut store = Store::open(&db).unwrap();
    assert!(matches!(
        store.set_speaking_limit(id, SpeakingLimit::NONE),
        Err(StoreError::MeetingClosed)
    ));
    let conn = rusqlite::Connection::open(&db).unwrap();
    let refused = conn
        .execute(
            "UPDATE meetings SET speaking_limit_s = 60 WHERE id = ?1",
            [id],
        )
        .unwrap_err();
    assert!(refused.to_string().contains("meeting closed"), "{refused}");
    assert_eq!(store.speaking_limit(id).unwrap(), SpeakingLimit::DEFAULT);
    assert!(store.verify_meeting(id).unwrap().is_intact());
}

#[test]
fn recording_a_missing_fingerprint_cannot_carry_a_new_limit_with_it() {
    // A meeting closed by an older version, without a fingerprint: recording one is the only
    // change migration 0002 allows, and the limit may not slip in with it.
    let (_dir, db, id) = open_sample();
    tamper(
        &db,
        &format!("UPDATE meetings SET status = 'closed' WHERE id = {id}"),
    );
    // tamper dropped every trigger: put the schema back as the migrations leave it.
    let conn = rusqlite::Connection::open(&db).unwrap();
    for sql in [
        include_str!("../src/store/migrations/0002_closed_meetings_read_only.sql"),
        include_str!("../src/store/migrations/0005_speaking_limit.sql")
            .split_once("CREATE TRIGGER")
            .map(|(_, trigger)| format!("CREATE TRIGGER{trigger}"))
            .unwrap()
            .as_str(),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    let fingerprint = "a".repeat(64);
    let sneaky = conn
        .execute(
            "UPDATE meetings SET fingerprint = ?2, speaking_limit_s = 0 WHERE id = ?1",
            rusqlite::params![id, fingerprint],
        )
        .unwrap_err();
    assert!(sneaky.to_string().contains("meeting closed"), "{sneaky}");
    conn.execute(
        "UPDATE meetings SET fingerprint = ?2 WHERE id = ?1",
        rusqlite::params![id, fingerprint],
    )
    .unwrap();
    let limit: u32 = conn
        .query_row(
            "SELECT speaking_limit_s FROM meetings WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(limit, 180);
}

#[test]
fn imported_and_older_meetings_get_three_minutes() {
    let (_dir, db) = temp_db();
    // A meeting written before speaking limits existed (schema 4).
    older_database(&db, 4)
        .execute_batch(
            "INSERT INTO meetings (title, ward, residential_group, location, started_at, \
             ended_at, chair, chair_title, secretary, households_total, households_present, \
             status) VALUES ('Cũ', 'P', 'T', 'N', '2022-06-12T08:30:00+07:00', NULL, \
             'C', 'CT', 'S', 55, 42, 'open');",
        )
        .unwrap();
    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.speaking_limit(1).unwrap(), SpeakingLimit::DEFAULT);
    let imported = store
        .insert_record(&hopdan::sample::sample_record().unwrap())
        .unwrap();
    assert_eq!(
        store.speaking_limit(imported).unwrap(),
        SpeakingLimit::DEFAULT
    );
    let meeting = store.meeting(1).unwrap();
    let none = store
        .create_meeting_with_limit(&meeting, SpeakingLimit::NONE)
        .unwrap();
    assert_eq!(store.speaking_limit(none).unwrap(), SpeakingLimit::NONE);
    // A meeting given as closed gets its limit before it is sealed.
    let mut closed = meeting.clone();
    closed.status = MeetingStatus::Closed;
    closed.ended_at = Some(t("2022-06-12T10:00:00+07:00"));
    let ten = SpeakingLimit::from_minutes(10).unwrap();
    let sealed = store.create_meeting_with_limit(&closed, ten).unwrap();
    assert_eq!(store.speaking_limit(sealed).unwrap(), ten);
    assert!(store.verify_meeting(sealed).unwrap().is_intact());
}

// ----- The clock -----

#[test]
fn the_clock_on_the_live_screen_and_in_the_editor_warns_then_says_time_is_up() {
    let mut h = Harness::sample(Lang::Vi);
    h.queue("Trần Thị Tám", "K19/3 Phú Lộc 10");
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Esc);
    h.clock.advance(149);
    let text = h.screen();
    assert!(text.contains("⏱ 02:29 / 03:00"), "{text}");
    assert!(!text.contains('⚠'), "{text}");
    h.clock.advance(1);
    assert!(h.screen().contains("⚠ 02:30 / 03:00 · còn 00:30"));
    h.clock.advance(45);
    assert!(h.screen().contains("⏱ 03:15 / 03:00 · HẾT GIỜ +00:15"));
    // The editor, which covers the screen while the opinion is typed, shows it too.
    h.key(KeyCode::Char('o'));
    assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
    assert!(h.screen().contains("HẾT GIỜ +00:15"));
    h.key(KeyCode::Esc);

    // Without a limit the clock only counts.
    h.key(KeyCode::Char('t'));
    h.field("0");
    let text = h.screen();
    assert!(text.contains("⏱ 03:15 "), "{text}");
    assert!(
        !text.contains("HẾT GIỜ") && !text.contains("/ 00:00"),
        "{text}"
    );
}

#[test]
fn the_real_speaking_time_goes_into_opinions_csv_even_past_the_limit() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.queue("Trần Thị Tám", "K19/3 Phú Lộc 10");
    h.key(KeyCode::Char('n'));
    h.type_text("Đề nghị làm cống trước.");
    h.clock.advance(212);
    h.alt('1');
    h.ctrl('s');
    let last = h.store().opinions(id, 1).unwrap().pop().unwrap();
    assert_eq!(
        (last.speaker.name.as_str(), last.duration_s),
        ("Trần Thị Tám", 212)
    );

    h.key(KeyCode::Char('x'));
    h.key(KeyCode::Enter); // into the folder offered
    let csv = std::fs::read_to_string(h.export_dir(id).join("opinions.csv")).unwrap();
    let row = csv
        .lines()
        .find(|l| l.contains("Trần Thị Tám"))
        .expect("the opinion is exported");
    assert!(row.ends_with(",2022-06-12T08:00:00+07:00,212"), "{row}");
    // The columns are those of SPEC §4, no more.
    assert_eq!(
        csv.lines().next().unwrap().trim_start_matches('\u{feff}'),
        "meeting_id,item_no,turn_no,speaker_name,speaker_address,stance,opinion,started_at,duration_s"
    );
}

// ----- Turns -----

#[test]
fn each_resident_shows_the_turns_they_have_had_wherever_their_name_appears() {
    let mut h = Harness::sample(Lang::Vi);
    // Lan spoke twice in the sample; typed another way she is the same person.
    h.queue("  phạm thị LAN ", "k19/12 phú lộc 10,  tổ 27");
    h.queue("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27");
    let text = h.screen();
    assert!(text.contains("1. phạm thị LAN (lần 3)"), "{text}");
    assert!(text.contains("2. Nguyễn Văn Hùng (mới)"), "{text}");

    // On the floor too; once she has spoken, her next request is her fourth turn.
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Esc);
    assert!(h.screen().contains("phạm thị LAN (lần 3)"));
    h.key(KeyCode::Char('o'));
    h.type_text("Cảm ơn.");
    h.alt('1');
    h.ctrl('s');
    h.queue("Phạm Thị Lan", "K19/12 Phú Lộc 10, tổ 27");
    let text = h.screen();
    assert!(text.contains("Phạm Thị Lan (lần 4)"), "{text}");

    // A turn handed back to the queue without an opinion is not a turn had.
    h.key(KeyCode::Char('n')); // Hùng, first in the queue
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('u'));
    h.key(KeyCode::Char('y'));
    assert!(h.screen().contains("1. Nguyễn Văn Hùng (mới)"));
}

#[test]
fn english_says_new_and_turn() {
    let mut h = Harness::sample(Lang::En);
    h.queue("Phạm Thị Lan", "K19/12 Phú Lộc 10, tổ 27");
    h.queue("Nguyễn Văn Hùng", "");
    let text = h.screen();
    assert!(text.contains("1. Phạm Thị Lan (turn 3)"), "{text}");
    assert!(text.contains("2. Nguyễn Văn Hùng (new)"), "{text}");
}
