//! Items with several options on the screens (SPEC §15): the options listed before the vote,
//! then a bar for each option put with its shares, the abstentions, the leading option marked
//! and what was decided in words — on the live screen's vote pane, the chair's board and the
//! chair's screen in another window (`hopdan show`); then the screens drawn.

mod common;

use crossterm::event::KeyCode;
use tempfile::TempDir;

use hopdan::domain::{MeetingId, OptionCounts};
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::app::Screen;
use hopdan::tui::show::Show;
use hopdan::tui::theme::Theme;

use common::{Draw, Drive, Harness, add_meeting, assert_screens, db_in, t};

/// A meeting of 55 households, 42 present, whose second item is a choice among three options.
fn meeting_with_options() -> (TempDir, MeetingId) {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open(&db_in(dir.path())).unwrap();
    let id = add_meeting(
        &mut store,
        &[
            "Mở rộng kiệt 19 Phú Lộc 10",
            "Chọn phương án mở rộng đoạn đầu kiệt",
        ],
    );
    for title in [
        "3 m toàn tuyến",
        "2,5 m đoạn đầu kiệt, 3 m đoạn còn lại",
        "Giữ nguyên",
    ] {
        store.add_option(id, 2, title, "").unwrap();
    }
    (dir, id)
}

fn hands(present: u32, options: &[(u32, u32)], abstain: u32) -> OptionCounts {
    OptionCounts {
        households_total: 55,
        households_present: present,
        options: options.to_vec(),
        abstain,
    }
}

/// Adds a vote of item 2 to the meeting's database, at `time` on the day of the meeting.
fn vote(dir: &TempDir, id: MeetingId, counts: &OptionCounts, time: &str) {
    let mut store = Store::open(&db_in(dir.path())).unwrap();
    let at = t(&format!("2022-06-12T{time}:00+07:00"));
    store.add_options_vote(id, 2, counts, at).unwrap();
}

/// The first vote: 20 / 16 / 4 and 2 abstaining; none has more than half of all 55.
fn first_vote(dir: &TempDir, id: MeetingId) {
    vote(dir, id, &hands(42, &[(1, 20), (2, 16), (3, 4)], 2), "09:40");
}

/// The run-off between options 1 and 2: 30 of 55 for option 1.
fn run_off(dir: &TempDir, id: MeetingId) {
    vote(dir, id, &hands(42, &[(1, 30), (2, 10)], 2), "09:50");
}

/// The app on the meeting in `dir`, on item 2.
fn open(dir: TempDir, lang: Lang) -> Harness {
    let mut h = Harness::on(dir, lang);
    h.open_first_meeting();
    h.key(KeyCode::Right);
    h
}

/// The chair's screen in another window, on the database of `h`.
fn show(h: &Harness, lang: Lang) -> Show {
    let store = Store::open_read_only(&h.db()).unwrap();
    let mut show = Show::new(
        store,
        Box::new(h.clock.clone()),
        lang,
        Theme::new(false),
        None,
    );
    show.refresh();
    show
}

/// Words as the board writes them when they fit letter-spaced.
fn spaced(words: &str) -> String {
    let spaced: String = words.chars().flat_map(|c| [c, ' ']).collect();
    spaced.trim_end().to_owned()
}

/// Whether the board says `words` in capitals, letter-spaced or not.
fn on_board(screen: &str, words: &str) -> bool {
    let words = words.to_uppercase();
    screen.contains(&words) || screen.contains(&spaced(&words))
}

#[test]
fn the_options_are_listed_then_a_vote_that_adopts_none_then_its_run_off() {
    let (dir, id) = meeting_with_options();

    // Before the vote: the options, on the live screen and the chair's.
    let mut h = open(dir, Lang::Vi);
    let live = h.screen_at(160, 48);
    assert!(
        live.contains("Chưa biểu quyết. Nhấn v để nhập kết quả."),
        "{live}"
    );
    assert!(live.contains("│1. 3 m toàn tuyến"), "{live}");
    assert!(
        live.contains("│2. 2,5 m đoạn đầu kiệt, 3 m đoạn còn lại"),
        "{live}"
    );
    assert!(live.contains("│3. Giữ nguyên"), "{live}");
    h.key(KeyCode::Char('c'));
    assert_eq!(h.app.screen, Screen::Chair);
    let chair = h.screen_at(80, 24);
    assert!(chair.contains("Chưa biểu quyết nội dung này"), "{chair}");
    assert!(chair.contains("Các phương án:"), "{chair}");
    assert!(chair.contains("3. Giữ nguyên"), "{chair}");

    // The first vote adopts none: a run-off between the two leading options.
    let dir = h.quit();
    first_vote(&dir, id);
    let h = open(dir, Lang::Vi);
    let live = h.screen_at(160, 48);
    assert!(
        live.contains("Chưa phương án nào đạt: biểu quyết lại giữa phương án 1 và 2"),
        "{live}"
    );
    assert!(live.contains("#1 09:40"), "{live}");
    assert!(live.contains("▸1. 3 m toàn tuyến"), "{live}");
    assert!(live.contains("36,4% tổng số hộ · 47,6% có mặt"), "{live}");
    assert!(
        live.contains(" 2. 2,5 m đoạn đầu kiệt, 3 m đoạn còn lại"),
        "{live}"
    );
    assert!(live.contains(" Không biểu quyết"), "{live}");
    // Not the yes/no tally, whose for and against would be the leader and the others.
    assert!(!live.contains("Tán thành"), "{live}");
    assert!(!live.contains("KHÔNG THÔNG QUA"), "{live}");
    // At 80×24 the pane still says what was decided.
    let small = h.screen_at(80, 24);
    assert!(small.contains("Chưa phương án nào đạt"), "{small}");
    assert!(small.contains("▸1. 3 m toàn tuyến"), "{small}");

    let mut h = h;
    h.key(KeyCode::Char('c'));
    let chair = h.screen_at(160, 48);
    assert!(
        chair.contains("CHƯA PHƯƠNG ÁN NÀO ĐẠT: BIỂU QUYẾT LẠI GIỮA PHƯƠNG ÁN 1 VÀ 2"),
        "{chair}"
    );
    assert!(chair.contains("▸ 1. 3 m toàn tuyến"), "{chair}");
    // The counts in large digits, a column each, their shares under them.
    assert!(chair.contains("PHƯƠNG ÁN 1"), "{chair}");
    assert!(chair.contains("KHÔNG BIỂU QUYẾT"), "{chair}");
    assert!(chair.contains("36,4% so với tổng số hộ"), "{chair}");
    assert!(chair.contains("47,6% so với số hộ có mặt"), "{chair}");
    assert!(chair.contains("Có mặt 42/55 hộ: đủ số hộ"), "{chair}");
    assert!(!chair.contains("TÁN THÀNH"), "{chair}");
    // At 80×24 the shares go beside each option.
    let small = h.screen_at(80, 24);
    assert!(small.contains("CHƯA PHƯƠNG ÁN NÀO ĐẠT"), "{small}");
    assert!(
        small.contains(
            "▸ 1. 3 m toàn tuyến        36,4% so với tổng số hộ · 47,6% so với số hộ có mặt"
        ),
        "{small}"
    );

    // The run-off adopts option 1, and says between which options it was.
    let dir = h.quit();
    run_off(&dir, id);
    let mut h = open(dir, Lang::Vi);
    let live = h.screen_at(160, 48);
    assert!(live.contains("Phương án 1 được thông qua"), "{live}");
    assert!(
        live.contains("#2 09:50 · Biểu quyết lại giữa phương án 1 và 2"),
        "{live}"
    );
    assert!(live.contains("▸1. 3 m toàn tuyến"), "{live}");
    assert!(!live.contains("3. Giữ nguyên"), "{live}");
    h.key(KeyCode::Char('c'));
    for (width, height) in [(80, 24), (160, 48)] {
        let chair = h.screen_at(width, height);
        assert!(
            chair.contains(&spaced("PHƯƠNG ÁN 1 ĐƯỢC THÔNG QUA")),
            "{chair}"
        );
        assert!(
            chair.contains("Biểu quyết lại giữa phương án 1 và 2"),
            "{chair}"
        );
        assert!(chair.contains("BIỂU QUYẾT LẠI: LẦN 2"), "{chair}");
    }

    // The chair's screen in another window reads the options and their hands too.
    let show = show(&h, Lang::Vi);
    let snapshot = show.snapshot.as_ref().expect("a meeting");
    assert_eq!(snapshot.options.len(), 3);
    assert_eq!(snapshot.option_votes.len(), 5);
    assert_eq!(show.shown_item().map(|i| i.item_no), Some(2));
    let screen = show.screen_at(160, 48);
    assert!(
        screen.contains(&spaced("PHƯƠNG ÁN 1 ĐƯỢC THÔNG QUA")),
        "{screen}"
    );
    assert!(screen.contains("▸ 1. 3 m toàn tuyến"), "{screen}");
    assert!(screen.contains("54,5% so với tổng số hộ"), "{screen}");
    assert!(screen.contains("71,4% so với số hộ có mặt"), "{screen}");
    let small = show.screen_at(80, 24);
    assert!(
        small.contains(&spaced("PHƯƠNG ÁN 1 ĐƯỢC THÔNG QUA")),
        "{small}"
    );
}

#[test]
fn ties_and_a_meeting_short_of_households_are_said_in_words() {
    let cases: &[(OptionCounts, &str, &str)] = &[
        (
            hands(42, &[(1, 20), (2, 8), (3, 8)], 6),
            "Phương án 2 và 3 bằng phiếu nhau: chủ trì chọn phương án vào biểu quyết lại",
            "Options 2 and 3 are tied: the chair picks the option for the run-off",
        ),
        (
            hands(42, &[(1, 12), (2, 12), (3, 12)], 6),
            "Phương án 1, 2 và 3 bằng phiếu nhau: chủ trì chọn hai phương án vào biểu quyết lại",
            "Options 1, 2 and 3 are tied: the chair picks two options for the run-off",
        ),
        (
            hands(27, &[(1, 25), (2, 2), (3, 0)], 0),
            "KHÔNG ĐỦ SỐ HỘ",
            "NO QUORUM",
        ),
    ];
    for (counts, vi, en) in cases {
        let (dir, id) = meeting_with_options();
        vote(&dir, id, counts, "09:40");
        let mut h = open(dir, Lang::Vi);
        h.key(KeyCode::Char('c'));
        let chair = h.screen_at(160, 48);
        assert!(on_board(&chair, vi), "{chair}");
        let dir = h.quit();
        let h = open(dir, Lang::En);
        let live = h.screen_at(160, 48);
        // The pane is narrower than the sentence: it is broken between words.
        let first_word = en.split(' ').next().unwrap();
        assert!(live.contains(&format!("│{first_word}")), "{live}");
        let mut h = h;
        h.key(KeyCode::Char('c'));
        let chair = h.screen_at(160, 48);
        assert!(on_board(&chair, en), "{chair}");
    }
}

#[test]
fn snapshot_options_on_the_live_screen_and_the_chairs() {
    for (lang, code) in [(Lang::Vi, "vi"), (Lang::En, "en")] {
        let (dir, id) = meeting_with_options();
        first_vote(&dir, id);
        let mut h = open(dir, lang);
        assert_screens!(format!("options_live_{code}"), &h);
        h.key(KeyCode::Char('c'));
        assert_screens!(format!("options_chair_{code}"), &h);
        let dir = h.quit();
        run_off(&dir, id);
        let mut h = open(dir, lang);
        assert_screens!(format!("options_run_off_live_{code}"), &h);
        h.key(KeyCode::Char('c'));
        assert_screens!(format!("options_run_off_chair_{code}"), &h);
    }
}

#[test]
fn snapshot_show_with_options() {
    let (dir, id) = meeting_with_options();
    first_vote(&dir, id);
    let h = open(dir, Lang::Vi);
    let show = show(&h, Lang::Vi);
    assert_screens!("options_show_vi", &show);
}

#[test]
fn six_options_with_long_titles_still_say_the_outcome_at_80x24() {
    let dir = TempDir::new().unwrap();
    let id = {
        let mut store = Store::open(&db_in(dir.path())).unwrap();
        let agenda: Vec<String> = (1..=6).map(|n| format!("Nội dung số {n}")).collect();
        let agenda: Vec<&str> = agenda.iter().map(String::as_str).collect();
        let id = add_meeting(&mut store, &agenda);
        for n in 1..=6 {
            let title = format!("Phương án mở rộng số {n}: lùi cổng hai bên, đổ bê tông, làm cống");
            store.add_option(id, 2, &title, "").unwrap();
        }
        id
    };
    let counts = hands(42, &[(1, 2), (2, 30), (3, 3), (4, 2), (5, 1), (6, 1)], 3);
    vote(&dir, id, &counts, "09:40");
    let mut h = open(dir, Lang::Vi);
    // The live pane gives up the shares, the time and the abstentions before an option.
    for (width, height) in [(80, 24), (100, 30), (160, 48)] {
        let live = h.screen_at(width, height);
        assert!(live.contains("Phương án 2 được thông qua"), "{live}");
        assert!(live.contains("▸2. Phương án mở rộng số 2"), "{live}");
        assert!(live.contains("6. Phương án mở rộng số 6"), "{live}");
    }
    h.key(KeyCode::Char('c'));
    for (width, height) in [(80, 24), (100, 30), (160, 48)] {
        let chair = h.screen_at(width, height);
        assert!(on_board(&chair, "Phương án 2 được thông qua"), "{chair}");
        assert!(chair.contains("▸ 2. Phương án mở rộng số 2"), "{chair}");
        assert!(chair.contains("6. Phương án mở rộng số 6"), "{chair}");
        assert!(chair.contains("Không biểu quyết"), "{chair}");
    }
    let small = h.screen_at(80, 24);
    assert!(small.contains("30 54,5% · 71,4%"), "{small}");
}

#[test]
fn the_leading_option_is_drawn_in_the_colour_of_for_and_the_others_are_not() {
    let (dir, id) = meeting_with_options();
    first_vote(&dir, id);
    let mut h = Harness::with_theme(dir, Lang::Vi, Theme::new(true));
    h.open_first_meeting();
    h.key(KeyCode::Right);
    h.key(KeyCode::Char('c'));
    let terminal = h.draw(80, 24);
    let buffer = terminal.backend().buffer();
    let colour = Theme::new(true);
    // The first cell of the row of each option: its mark, or the blank before the others.
    let row_of = |text: &str| {
        (0..buffer.area.height)
            .find(|&y| {
                let row: String = (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol().to_owned())
                    .collect();
                row.contains(text)
            })
            .unwrap_or_else(|| panic!("no row with {text}"))
    };
    let leader = &buffer[(1, row_of("1. 3 m toàn tuyến"))];
    assert_eq!(leader.symbol(), "▸");
    assert_eq!(leader.fg, colour.count_for().fg.unwrap());
    // The bar of the second option, under its title.
    let second = &buffer[(3, row_of("2. 2,5 m") + 1)];
    assert_eq!(second.symbol(), "█");
    assert_ne!(second.fg, colour.count_for().fg.unwrap());
}
