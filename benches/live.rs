//! The live meeting screen with the 2,000-turn meeting of the large database: one key handled
//! and the frame drawn, as the event loop does per key; and opening the database to the first
//! frame. Budgets (BENCHMARKS.md): ≤ 1 ms per key at 200×60, ≤ 50 ms to the first frame.

mod support;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use hopdan::domain::{MeetingId, SystemClock};
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::App;
use hopdan::tui::keymap::action_for;
use hopdan::tui::theme::Theme;
use hopdan::tui::view::render;

use support::large_db;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn app_on(path: &Path, export_root: &Path) -> App {
    let store = Store::open(path).expect("open the database");
    let mut app = App::new(
        store,
        Box::new(SystemClock),
        Lang::Vi,
        Theme::new(true),
        export_root.to_path_buf(),
        export_root.to_path_buf(),
    );
    app.start();
    app
}

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = action_for(app, event) {
        app.update(action);
    }
}

fn draw(app: &App, terminal: &mut Terminal<TestBackend>) {
    terminal.draw(|frame| render(app, frame)).expect("draw");
}

/// A private copy of the large database: the app writes drafts into it.
fn working_copy(dir: &Path) -> (std::path::PathBuf, MeetingId) {
    let (path, id) = large_db::cached();
    let copy = dir.join("hopdan.db");
    std::fs::copy(&path, &copy).expect("copy the large database");
    (copy, id)
}

fn keystroke(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = working_copy(dir.path());
    let mut app = app_on(&path, dir.path());
    app.open_meeting(id);
    let mut group = c.benchmark_group("keystroke");
    // Between item 1 (2,000 opinions) and item 2: each key loads the item shown.
    for (width, height) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        press(&mut app, KeyCode::Left);
        press(&mut app, KeyCode::Left);
        let mut forward = true;
        group.bench_function(format!("switch items/{width}x{height}"), |b| {
            b.iter(|| {
                let key = if forward {
                    KeyCode::Right
                } else {
                    KeyCode::Left
                };
                press(&mut app, key);
                forward = !forward;
                draw(&app, &mut terminal);
            })
        });
    }
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    assert_eq!(app.live.as_ref().unwrap().opinions.len(), 2_000);

    // The opening focus is the queue; the next pane is the opinions, at the latest one. Go to
    // the middle.
    press(&mut app, KeyCode::Tab);
    for _ in 0..1_000 {
        press(&mut app, KeyCode::Up);
    }
    assert_eq!(app.live.as_ref().unwrap().opinion_selected, 999);
    for (width, height) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        draw(&app, &mut terminal);
        let mut down = true;
        group.bench_function(format!("move in 2,000 opinions/{width}x{height}"), |b| {
            b.iter(|| {
                press(&mut app, if down { KeyCode::Down } else { KeyCode::Up });
                down = !down;
                draw(&app, &mut terminal);
            })
        });
    }

    // The opinion editor of the speaker who has the floor, with a summary half a screen long.
    press(&mut app, KeyCode::Char('o'));
    for word in std::iter::repeat_n("Đồng ý mở rộng kiệt ", 20) {
        for ch in word.chars() {
            press(&mut app, KeyCode::Char(ch));
        }
    }
    for (width, height) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        draw(&app, &mut terminal);
        let mut type_letter = true;
        group.bench_function(
            format!("type in the opinion editor/{width}x{height}"),
            |b| {
                b.iter(|| {
                    let key = if type_letter {
                        KeyCode::Char('ệ')
                    } else {
                        KeyCode::Backspace
                    };
                    press(&mut app, key);
                    type_letter = !type_letter;
                    draw(&app, &mut terminal);
                })
            },
        );
    }
    group.finish();
    // What was typed stays a draft of this copy only.
    app.save_pending_draft();
}

fn first_frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (path, id) = working_copy(dir.path());
    let mut group = c.benchmark_group("start");
    group.sample_size(20);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    group.bench_function("open the large database to the first frame", |b| {
        b.iter(|| {
            let app = app_on(&path, dir.path());
            draw(&app, &mut terminal);
            black_box(app)
        })
    });
    group.bench_function("open the 2,000-turn meeting and draw it", |b| {
        let mut app = app_on(&path, dir.path());
        b.iter(|| {
            app.open_meeting(id);
            draw(&app, &mut terminal);
        })
    });
    group.finish();
}

criterion_group!(benches, keystroke, first_frame);
criterion_main!(benches);
