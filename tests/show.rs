//! The chair's screen (`hopdan show`) in-process: a read-only store on the file the secretary's
//! store writes, following its commits; the item it shows; looking at other items and back; the
//! screens at 80×24 and 160×48 in both languages; what it refuses to open. (The same with two
//! real processes is in tests/pty.rs.)

mod common;

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use tempfile::TempDir;

use hopdan::domain::{Clock, FixedClock, MeetingId, MeetingStatus, Speaker, SpeakingLimit, Stance};
use hopdan::i18n::Lang;
use hopdan::messages::store_error;
use hopdan::store::{Store, StoreError, WriterLock};
use hopdan::tui::show::{Show, ShowAction, action_for};
use hopdan::tui::theme::Theme;

use common::{
    Draw, Drive, Harness, START, assert_screens, counts, files_in, hung, lan, older_database,
    open_sample_without_register, speaker, t, take_floor, temp_db,
};

/// The secretary's side: a database holding the sample meeting, open, and the store that writes
/// it (holding the writer lock, as the app does).
struct Secretary {
    dir: TempDir,
    db: PathBuf,
    store: Store,
    id: MeetingId,
    clock: Rc<FixedClock>,
    _lock: WriterLock,
}

impl Secretary {
    fn new() -> Secretary {
        let (dir, db, id) = open_sample_without_register();
        let lock = WriterLock::acquire(&db).unwrap();
        Secretary {
            store: Store::open(&db).unwrap(),
            dir,
            db,
            id,
            clock: Rc::new(FixedClock::at(START)),
            _lock: lock,
        }
    }

    /// The chair's screen on the same file, with the same clock, without colour.
    fn show(&self, lang: Lang) -> Show {
        self.show_with(lang, Theme::new(false))
    }

    fn show_with(&self, lang: Lang, theme: Theme) -> Show {
        let store = Store::open_read_only(&self.db).unwrap();
        let mut show = Show::new(store, Box::new(self.clock.clone()), lang, theme, None);
        show.refresh();
        show
    }

    /// Queues `who` and gives them the floor on `item_no` now.
    fn floor(&mut self, who: &Speaker, item_no: u32) {
        take_floor(&mut self.store, self.id, who, item_no, self.clock.now());
    }
}

// ----- Following the secretary -----

#[test]
fn the_chair_screen_shows_what_the_other_connection_commits() {
    let mut secretary = Secretary::new();
    let mut show = secretary.show(Lang::Vi);
    let text = show.screen();
    assert!(
        text.contains("Nội dung 1/4 · Nâng cấp, mở rộng kiệt"),
        "{text}"
    );
    assert!(text.contains("Chưa có ai phát biểu"), "{text}");
    assert!(text.contains("● TRỰC TIẾP"), "{text}");

    // Nothing committed: nothing is read again (the screen keeps what it has, even if it were
    // wrong).
    show.snapshot = None;
    show.refresh();
    assert!(show.snapshot.is_none());

    // A speaker takes the floor on item 2: the screen moves to item 2 and shows them.
    secretary.floor(&hung(), 2);
    secretary
        .store
        .enqueue(secretary.id, &lan(), t(START))
        .unwrap();
    show.refresh();
    let text = show.screen();
    assert!(text.contains("Nội dung 2/4 · Các hộ lùi cổng"), "{text}");
    assert!(text.contains("Nguyễn Văn Hùng (mới)"), "{text}");
    assert!(
        text.contains("Tiếp theo: 1. Phạm Thị Lan (lần 3)"),
        "{text}"
    );
    assert!(text.contains("⏱ 00:00 / 03:00"), "{text}");

    // The clock runs between commits, from the floor's start and the clock.
    secretary.clock.advance(75);
    assert!(show.screen().contains("⏱ 01:15 / 03:00"));

    // A re-vote that fails: its result replaces the one of the sample.
    assert!(text.contains("T H Ô N G   Q U A"), "{text}");
    assert!(!text.contains("K H Ô N G   T H Ô N G"), "{text}");
    let rule = secretary.store.agenda(secretary.id).unwrap()[1].rule;
    secretary
        .store
        .add_vote(secretary.id, 2, counts(42, 20, 18, 2), rule, t(START))
        .unwrap();
    show.refresh();
    let text = show.screen();
    assert!(text.contains("K H Ô N G   T H Ô N G   Q U A"), "{text}");

    // Attendance and the speaking time follow too.
    secretary
        .store
        .set_households_present(secretary.id, 27)
        .unwrap();
    secretary
        .store
        .set_speaking_limit(secretary.id, SpeakingLimit::from_minutes(5).unwrap())
        .unwrap();
    show.refresh();
    let text = show.screen();
    assert!(text.contains("Có mặt 27/55 hộ · KHÔNG đủ số hộ"), "{text}");
    assert!(text.contains("tối đa 5 phút mỗi lượt"), "{text}");
    assert!(text.contains("⏱ 01:15 / 05:00"), "{text}");

    // The turn ends: the screen goes to the item the secretary is on.
    secretary.store.select_item(secretary.id, 3).unwrap();
    show.refresh();
    assert!(show.screen().contains("Nội dung 2/4"));
    secretary
        .store
        .save_opinion_from_floor(secretary.id, Stance::Support, "Đồng ý", t(START))
        .unwrap();
    show.refresh();
    let text = show.screen();
    assert!(text.contains("Nội dung 3/4 · Mức đóng góp"), "{text}");
    assert!(text.contains("Chưa có ai phát biểu"), "{text}");
}

#[test]
fn the_item_discussed_is_the_floors_else_the_secretarys_else_the_first() {
    let mut secretary = Secretary::new();
    let id = secretary.id;
    assert_eq!(secretary.store.current_item(id).unwrap(), Some(1));
    secretary.store.select_item(id, 3).unwrap();
    assert_eq!(secretary.store.current_item(id).unwrap(), Some(3));
    secretary.floor(&speaker("Lê Văn Tám", ""), 2);
    assert_eq!(secretary.store.current_item(id).unwrap(), Some(2));
    secretary.store.return_floor_to_queue(id).unwrap();
    assert_eq!(secretary.store.current_item(id).unwrap(), Some(3));
    assert!(matches!(
        secretary.store.select_item(id, 9),
        Err(StoreError::NotFound { .. })
    ));
    // No agenda, no item.
    let mut meeting = secretary.store.meeting(id).unwrap();
    meeting.title = "Chưa có nội dung".into();
    let empty = secretary.store.create_meeting(&meeting).unwrap();
    assert_eq!(secretary.store.current_item(empty).unwrap(), None);
    // A closed meeting keeps the item it was closed on.
    secretary
        .store
        .close_meeting(id, t("2022-06-12T11:00:00+07:00"))
        .unwrap();
    assert_eq!(secretary.store.current_item(id).unwrap(), Some(3));
    assert!(matches!(
        secretary.store.select_item(id, 1),
        Err(StoreError::MeetingClosed)
    ));
}

#[test]
fn the_secretarys_moves_are_recorded_and_the_meeting_reopens_where_they_were() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.keys(&[KeyCode::Right, KeyCode::Right]);
    assert_eq!(h.store().current_item(id).unwrap(), Some(3));
    h.key(KeyCode::Left);
    assert_eq!(h.store().current_item(id).unwrap(), Some(2));
    // The chair view's arrows move the secretary too.
    h.key(KeyCode::Char('c'));
    h.key(KeyCode::Right);
    assert_eq!(h.store().current_item(id).unwrap(), Some(3));
    // A new item is where the secretary goes.
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('i'));
    h.field("Lắp đèn chiếu sáng");
    h.keys(&[KeyCode::Tab, KeyCode::Enter, KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(h.store().current_item(id).unwrap(), Some(5));
    h.key(KeyCode::Left);

    let mut h = Harness::on(h.quit(), Lang::Vi);
    h.app.open_meeting(id);
    assert_eq!(h.app.live.as_ref().unwrap().item, 3, "item 4, the fourth");
}

#[test]
fn without_a_meeting_id_the_latest_open_meeting_is_followed() {
    let (_dir, db) = temp_db();
    let mut writer = Store::open(&db).unwrap();
    let clock = Rc::new(FixedClock::at(START));
    let mut show = Show::new(
        Store::open_read_only(&db).unwrap(),
        Box::new(clock.clone()),
        Lang::En,
        Theme::new(false),
        None,
    );
    show.refresh();
    let text = show.screen();
    assert!(
        text.contains("No meeting yet. It appears here as soon as the secretary creates it."),
        "{text}"
    );

    // A closed meeting (the sample, imported), then an open one that started earlier: the open
    // one is followed.
    let closed = writer
        .insert_record(&hopdan::sample::sample_record().unwrap())
        .unwrap();
    show.refresh();
    assert_eq!(show.snapshot.as_ref().unwrap().id, closed);
    let text = show.screen();
    assert!(text.contains("This meeting is closed: read only"), "{text}");
    let mut record = hopdan::sample::sample_record_as_open().unwrap();
    record.meeting.title = "Họp tổ 28".into();
    record.meeting.started_at = t("2022-01-01T08:00:00+07:00");
    let open = writer.insert_record(&record).unwrap();
    show.refresh();
    assert_eq!(show.snapshot.as_ref().unwrap().id, open);
    assert!(show.screen().contains("Họp tổ 28"));

    // Named on the command line: that one, whatever else happens.
    let mut named = Show::new(
        Store::open_read_only(&db).unwrap(),
        Box::new(clock),
        Lang::En,
        Theme::new(false),
        Some(closed),
    );
    named.refresh();
    assert_eq!(named.snapshot.as_ref().unwrap().id, closed);
    assert_eq!(
        named.snapshot.as_ref().unwrap().meeting.status,
        MeetingStatus::Closed
    );
}

// ----- Looking at other items -----

#[test]
fn arrows_look_at_other_items_and_esc_goes_back_to_following() {
    let mut secretary = Secretary::new();
    let mut show = secretary.show(Lang::En);
    show.key(KeyCode::Right);
    assert_eq!(show.browsing, Some(2));
    let text = show.screen();
    assert!(text.contains("Item 2 of 4"), "{text}");
    assert!(text.contains("BROWSING · Esc: back to live"), "{text}");
    assert!(text.contains("Esc/f back to live"), "{text}");
    show.key(KeyCode::Right);
    show.key(KeyCode::Right);
    show.key(KeyCode::Right);
    // The last item: a further arrow stays there.
    assert_eq!(show.browsing, Some(4));
    show.key(KeyCode::Left);
    assert_eq!(show.browsing, Some(3));

    // The meeting moves on meanwhile: the chair keeps looking where they were.
    secretary.floor(&speaker("Lê Văn Tám", "K19/4 Phú Lộc 10, tổ 27"), 2);
    show.refresh();
    assert_eq!(show.shown_item().unwrap().item_no, 3);
    let text = show.screen();
    assert!(
        text.contains("Lê Văn Tám (turn 2) · K19/4 Phú Lộc 10, tổ 27 · agenda item 2"),
        "{text}"
    );

    // Esc follows again; a second Esc quits.
    show.key(KeyCode::Esc);
    assert_eq!(show.browsing, None);
    assert_eq!(show.shown_item().unwrap().item_no, 2);
    assert!(show.screen().contains("● LIVE"));
    // Arriving on the item being discussed is following it.
    show.key(KeyCode::Left);
    assert_eq!(show.browsing, Some(1));
    show.key(KeyCode::Right);
    assert_eq!(show.browsing, None);
    show.key(KeyCode::Right);
    show.key(KeyCode::Char('f'));
    assert_eq!(show.browsing, None);
    assert!(!show.should_quit);
    show.key(KeyCode::Esc);
    assert!(show.should_quit);
}

#[test]
fn help_opens_with_a_question_mark_and_any_key_closes_it() {
    let secretary = Secretary::new();
    let mut show = secretary.show(Lang::Vi);
    show.key(KeyCode::Char('?'));
    assert!(show.help);
    let text = show.screen();
    assert!(text.contains("Phím tắt"), "{text}");
    assert!(text.contains("về nội dung đang thảo luận"), "{text}");
    show.key(KeyCode::Char('x'));
    assert!(!show.help);
    show.key(KeyCode::Char('?'));
    show.key(KeyCode::Right);
    assert!(!show.help);
    assert_eq!(
        show.browsing, None,
        "the key that closed the help did nothing else"
    );
    show.key(KeyCode::Char('?'));
    show.key(KeyCode::Char('q'));
    assert!(show.should_quit);
    // Ctrl+C quits at once: nothing here can be lost.
    let mut show = secretary.show(Lang::Vi);
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(action_for(&show, &ctrl_c), Some(ShowAction::Quit));
    show.update(ShowAction::Quit);
    assert!(show.should_quit);
}

// ----- The speaker's clock -----

#[test]
fn the_clock_warns_in_the_last_thirty_seconds_and_says_when_time_is_up() {
    let mut secretary = Secretary::new();
    secretary.floor(&speaker("Trần Thị Tám", ""), 1);
    let show = secretary.show(Lang::Vi);
    secretary.clock.advance(149);
    let text = show.screen();
    assert!(text.contains("⏱ 02:29 / 03:00  Trần Thị Tám"), "{text}");
    secretary.clock.advance(1);
    assert!(show.screen().contains("⚠ 02:30 / 03:00 · còn 00:30"));
    secretary.clock.advance(42);
    assert!(show.screen().contains("⏱ 03:12 / 03:00 · HẾT GIỜ +00:12"));

    // No limit: no warning, ever.
    secretary
        .store
        .set_speaking_limit(secretary.id, SpeakingLimit::NONE)
        .unwrap();
    let mut show = show;
    show.refresh();
    let text = show.screen();
    assert!(text.contains("⏱ 03:12  Trần Thị Tám"), "{text}");
    assert!(text.contains("không giới hạn thời gian"), "{text}");
    assert!(!text.contains("HẾT GIỜ") && !text.contains('⚠'), "{text}");
}

/// The style of the first cell of `needle` on screen.
fn style_of(terminal: &Terminal<TestBackend>, needle: &str) -> ratatui::buffer::Cell {
    let text = terminal.backend().to_string();
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{text}"));
    // Lines are quoted by the backend's Display; count characters before the needle.
    let col = line[..line.find(needle).unwrap()].chars().count() - 1;
    terminal.backend().buffer()[(col as u16, row as u16)].clone()
}

#[test]
fn the_clock_turns_yellow_then_red_and_without_colour_bold_then_reversed() {
    let mut secretary = Secretary::new();
    secretary.floor(&speaker("Trần Thị Tám", ""), 1);
    let colour = secretary.show_with(Lang::En, Theme::new(true));
    let plain = secretary.show(Lang::En);

    secretary.clock.advance(60);
    assert_eq!(
        style_of(&colour.draw(100, 30), "⏱ 01:00").fg,
        Color::LightGreen
    );
    let calm = style_of(&plain.draw(100, 30), "⏱ 01:00");
    assert!(
        !calm
            .modifier
            .intersects(Modifier::BOLD | Modifier::REVERSED)
    );

    secretary.clock.advance(100);
    let warning = style_of(&colour.draw(100, 30), "⚠ 02:40");
    assert_eq!((warning.fg, warning.bg), (Color::Black, Color::Yellow));
    let warning = style_of(&plain.draw(100, 30), "⚠ 02:40 / 03:00 · 00:20 left");
    assert!(warning.modifier.contains(Modifier::BOLD));
    assert!(!warning.modifier.contains(Modifier::REVERSED));

    secretary.clock.advance(25);
    let up = style_of(&colour.draw(100, 30), "⏱ 03:05");
    assert_eq!((up.fg, up.bg), (Color::White, Color::Red));
    let up = style_of(&plain.draw(100, 30), "⏱ 03:05 / 03:00 · TIME UP +00:05");
    assert!(up.modifier.contains(Modifier::REVERSED | Modifier::BOLD));
}

// ----- Screens -----

/// The sample meeting with Phạm Thị Lan (her third turn) speaking on item 1 and two residents
/// waiting, one new.
fn busy_meeting() -> Secretary {
    let mut secretary = Secretary::new();
    secretary.floor(&lan(), 1);
    for who in [hung(), speaker("Lê Văn Tám", "K19/4 Phú Lộc 10, tổ 27")] {
        secretary
            .store
            .enqueue(secretary.id, &who, t(START))
            .unwrap();
    }
    secretary
}

#[test]
fn snapshot_show_in_both_languages() {
    let secretary = busy_meeting();
    let vi = secretary.show(Lang::Vi);
    let en = secretary.show(Lang::En);
    // Vietnamese in the last seconds of the turn, English after time is up.
    secretary.clock.advance(165);
    assert_screens!("show_vi", &vi);
    secretary.clock.advance(30);
    assert_screens!("show_en", &en);
}

#[test]
fn a_long_queue_says_how_many_more_are_waiting() {
    let mut secretary = Secretary::new();
    for i in 1..=12 {
        secretary
            .store
            .enqueue(
                secretary.id,
                &speaker(&format!("Người thứ {i}"), ""),
                t(START),
            )
            .unwrap();
    }
    let show = secretary.show(Lang::Vi);
    let small = show.screen_at(80, 24);
    let line = small
        .lines()
        .find(|l| l.contains("Tiếp theo:"))
        .unwrap()
        .to_owned();
    assert!(line.contains("1. Người thứ 1 (mới)"), "{line}");
    assert!(line.contains("người nữa"), "{line}");
    let large = show.screen_at(160, 48);
    assert!(large.contains("Đăng ký phát biểu (12)"), "{large}");
    assert!(large.contains("6. Người thứ 6 (mới)"), "{large}");
    assert!(large.contains("và 6 người nữa"), "{large}");
}

#[test]
fn no_size_down_to_one_cell_panics_and_small_windows_ask_to_be_enlarged() {
    let secretary = busy_meeting();
    let mut show = secretary.show(Lang::Vi);
    // Every layout and its edges: too small, compact, large.
    let widths = [1, 2, 10, 40, 79, 80, 81, 100, 119, 120, 121, 160, 170];
    let heights = [1, 2, 10, 23, 24, 25, 30, 39, 40, 41, 48, 50];
    for help in [false, true] {
        show.help = help;
        for width in widths {
            for height in heights {
                show.draw(width, height);
            }
        }
    }
    show.help = false;
    assert!(show.screen_at(79, 24).contains("Cửa sổ quá nhỏ"));
    assert!(show.screen_at(80, 23).contains("Cửa sổ quá nhỏ"));
    assert!(!show.screen_at(80, 24).contains("Cửa sổ quá nhỏ"));
}

// ----- Opening read-only -----

fn refused(path: &Path) -> StoreError {
    match Store::open_read_only(path) {
        Ok(_) => panic!("{} was opened", path.display()),
        Err(err) => err,
    }
}

#[test]
fn a_missing_or_empty_file_is_refused_and_nothing_is_created() {
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("chưa-có").join("hopdan.db");
    let err = refused(&missing);
    assert!(
        matches!(err, StoreError::NoDatabase { ref path } if path == &missing),
        "{err:?}"
    );
    assert_eq!(
        store_error(Lang::Vi.strings(), &err),
        format!(
            "Chưa có dữ liệu hopdan ở {}; hãy mở tệp này bằng hopdan một lần trước (tệp không \
             được tạo ra).",
            missing.display()
        )
    );
    assert!(
        store_error(Lang::En.strings(), &err)
            .ends_with("open that file once with hopdan first (it was not created).")
    );
    assert!(files_in(dir.path()).is_empty());

    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    assert!(matches!(refused(&empty), StoreError::NoDatabase { .. }));
    // An SQLite file with nothing in it yet is no better.
    rusqlite::Connection::open(dir.path().join("blank.db"))
        .unwrap()
        .execute_batch("PRAGMA user_version = 0; VACUUM")
        .unwrap();
    assert!(matches!(
        refused(&dir.path().join("blank.db")),
        StoreError::NoDatabase { .. }
    ));
    assert_eq!(files_in(dir.path()), ["blank.db", "empty.db"]);
    assert_eq!(std::fs::read(&empty).unwrap(), b"");
}

#[test]
fn another_programs_file_and_other_schemas_are_refused_unchanged() {
    let dir = TempDir::new().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Biên bản họp tổ 27").unwrap();
    assert!(matches!(refused(&notes), StoreError::NotADatabase { .. }));
    assert_eq!(
        std::fs::read_to_string(&notes).unwrap(),
        "Biên bản họp tổ 27"
    );

    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE songs (title TEXT)")
        .unwrap();
    assert!(matches!(refused(&other), StoreError::NotADatabase { .. }));

    // The schema of hopdan before this version: only the interface may bring it up to date.
    let older = dir.path().join("older.db");
    drop(older_database(&older, 4));
    let before = std::fs::read(&older).unwrap();
    let err = refused(&older);
    assert!(
        matches!(
            err,
            StoreError::OlderSchema { found: 4, supported } if supported > 4
        ),
        "{err:?}"
    );
    assert!(
        store_error(Lang::En.strings(), &err).contains("open it once with hopdan first"),
        "{}",
        store_error(Lang::En.strings(), &err)
    );
    assert!(store_error(Lang::Vi.strings(), &err).contains("phiên bản hopdan cũ hơn"));
    assert_eq!(std::fs::read(&older).unwrap(), before);
    // Opened once by the interface, it is fine.
    drop(Store::open(&older).unwrap());
    Store::open_read_only(&older).unwrap();

    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    assert!(matches!(
        refused(&newer),
        StoreError::NewerSchema { found: 99, .. }
    ));
}

#[test]
fn the_read_only_store_cannot_write_and_takes_no_writer_lock() {
    let secretary = Secretary::new();
    // The secretary holds the writer lock; the reader opens anyway.
    let mut reader = Store::open_read_only(&secretary.db).unwrap();
    let before = reader.meeting(secretary.id).unwrap();
    assert!(matches!(
        reader.set_households_present(secretary.id, 40),
        Err(StoreError::ReadOnly)
    ));
    assert!(matches!(
        reader.ensure_writable(),
        Err(StoreError::ReadOnly)
    ));
    assert!(matches!(
        reader.select_item(secretary.id, 2),
        Err(StoreError::ReadOnly)
    ));
    assert_eq!(reader.meeting(secretary.id).unwrap(), before);
    assert!(files_in(secretary.dir.path()).contains(&"hopdan.db.lock".to_owned()));
}

#[test]
fn snapshot_show_of_a_corrected_re_vote_in_both_languages() {
    let mut secretary = busy_meeting();
    let rule = secretary.store.agenda(secretary.id).unwrap()[0].rule;
    secretary
        .store
        .add_vote(secretary.id, 1, counts(42, 30, 8, 2), rule, t(START))
        .unwrap();
    secretary
        .store
        .correct_vote(
            secretary.id,
            1,
            2,
            counts(42, 31, 7, 2),
            t(START),
            "Đếm nhầm",
        )
        .unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let show = secretary.show(lang);
        let small = show.screen_at(80, 24);
        common::assert_says_corrected_revote(&small, lang);
        assert_screens!(format!("show_revote_{lang}"), &show);
    }
}

#[test]
fn a_speaker_name_longer_than_the_line_ends_with_an_ellipsis() {
    let mut secretary = Secretary::new();
    let long =
        "Nguyễn Thị Hồng Nhung đại diện Ban công tác Mặt trận khu dân cư số 5 phường Thanh Khê Tây";
    secretary
        .store
        .enqueue(secretary.id, &speaker(long, ""), t(START))
        .unwrap();
    let screen = secretary.show(Lang::Vi).screen_at(80, 24);
    let line = screen.lines().find(|l| l.contains("Tiếp theo:")).unwrap();
    assert!(line.contains("…│"), "{line}");
}

#[test]
fn an_item_title_longer_than_its_line_ends_with_an_ellipsis() {
    let mut secretary = Secretary::new();
    let rule = secretary.store.agenda(secretary.id).unwrap()[0].rule;
    let long = "Mở rộng kiệt và làm cống thoát nước dọc kiệt 19 Phú Lộc 10 đến đường Khe Cạn";
    secretary
        .store
        .add_agenda_item(secretary.id, long, "", rule)
        .unwrap();
    let mut show = secretary.show(Lang::Vi);
    show.keys(&[KeyCode::Right; 4]);
    let screen = show.screen_at(80, 24);
    let line = screen.lines().find(|l| l.contains("Nội dung 5/5")).unwrap();
    assert!(line.contains("…"), "{line}");
}
