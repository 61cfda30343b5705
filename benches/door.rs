//! The sign-in at the door with a register of 2,000 households: a key typed into the search
//! and the frame drawn at 200×60, and one sign-in committed (a database file on disk,
//! `synchronous=FULL`). Budgets (BENCHMARKS.md): ≤ 1 ms per key, ≤ 5 ms per sign-in.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::DateTime;
use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use hopdan::domain::{Household, SystemClock};
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::App;
use hopdan::tui::app::Screen;
use hopdan::tui::keymap::action_for;
use hopdan::tui::theme::Theme;
use hopdan::tui::view::render;

#[path = "support/meeting.rs"]
mod meeting;

const HOUSEHOLDS: u32 = 2_000;
const NAMES: [&str; 8] = [
    "Nguyễn Văn Tám",
    "Trần Thị Tâm",
    "Lê Văn Hùng",
    "Phạm Minh Tuấn",
    "Đặng Thị Lan",
    "Hoàng Văn Nam",
    "Võ Thị Hoa",
    "Huỳnh Tấn Phát",
];

fn register() -> Vec<Household> {
    (1..=HOUSEHOLDS)
        .map(|i| Household {
            household_no: format!("27-{i:04}"),
            address: format!("K{}/{} Phú Lộc {}", 10 + i % 40, i % 97, 1 + i % 12),
            head_name: format!("{} {i}", NAMES[i as usize % NAMES.len()]),
            members: Some(1 + i % 6),
            phone: String::new(),
            note: String::new(),
        })
        .collect()
}

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = action_for(app, event) {
        app.update(action);
    }
}

fn door(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hopdan.db");
    let mut store = Store::open(&path).expect("open the database");
    let start = DateTime::parse_from_rfc3339("2026-06-12T07:30:00+07:00").unwrap();
    let id = meeting::open_meeting(&mut store, start, HOUSEHOLDS, 0);
    store.set_register(id, &register()).unwrap();
    let mut app = App::new(
        store,
        Box::new(SystemClock),
        Lang::Vi,
        Theme::new(true),
        dir.path().to_path_buf(),
        dir.path().to_path_buf(),
    );
    app.start();
    app.open_meeting(id);
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(app.screen, Screen::SignIn);

    let mut group = c.benchmark_group("door");
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    // "ngu" finds the 250 Nguyễn of the register; each key adds or takes back a letter.
    for ch in "ngu".chars() {
        press(&mut app, KeyCode::Char(ch));
    }
    let mut type_letter = true;
    group.bench_function("search key + frame, 2,000 households/200x60", |b| {
        b.iter(|| {
            let key = if type_letter {
                KeyCode::Char('y')
            } else {
                KeyCode::Backspace
            };
            press(&mut app, key);
            type_letter = !type_letter;
            terminal.draw(|frame| render(&app, frame)).unwrap();
        })
    });
    if let Some(live) = app.live.as_mut() {
        live.door.clear_search();
    }

    // Enter on the first household of the register, taken back between runs (not timed).
    group.bench_function("sign in one household, committed", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let _ = app.store.cancel_sign_in(id, "27-0001");
                if let Some(live) = app.live.as_mut() {
                    live.door.attendance.clear();
                }
                let start = Instant::now();
                press(&mut app, KeyCode::Enter);
                spent += start.elapsed();
                black_box(app.live.as_ref().map(|l| l.meeting.households_present));
            }
            spent
        })
    });
    group.finish();
    let signed_in = app.store.attendance(id).unwrap();
    assert_eq!(signed_in.len(), 1, "the sign-in was committed");
    assert_eq!(signed_in[0].household_no, "27-0001");
}

criterion_group!(benches, door);
criterion_main!(benches);
