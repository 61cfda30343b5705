//! The sign-in at the door with a register of 2,000 households: a key typed into the search
//! and the frame drawn at 200×60, and one sign-in committed (a database file on disk,
//! `synchronous=FULL`), and the register imported from the group's own spreadsheet as Excel
//! saves it in the Vietnamese locale (';', Windows-1258). Budgets (BENCHMARKS.md): ≤ 1 ms per
//! key, ≤ 5 ms per sign-in, ≤ 100 ms per register import.

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

/// The register as a group keeps it in Excel: Vietnamese headings, ';' between cells, saved
/// in Windows-1258.
fn spreadsheet(households: &[Household]) -> Vec<u8> {
    let mut text = String::from("Số hộ;Địa chỉ;Chủ hộ;Số nhân khẩu;Điện thoại;Ghi chú\r\n");
    for h in households {
        let members = h.members.map(|m| m.to_string()).unwrap_or_default();
        text.push_str(&format!(
            "{};{};{};{members};{};{}\r\n",
            h.household_no, h.address, h.head_name, h.phone, h.note
        ));
    }
    let text = tones_apart(&text);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&text);
    assert!(!unmappable, "the names are written in Windows-1258");
    bytes.into_owned()
}

/// `text` as Windows-1258 holds Vietnamese: the letters with their hat, breve or horn whole,
/// the tone after them as a combining mark ("ễ" is "ê" and a tilde).
fn tones_apart(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let mut out = String::with_capacity(text.len() * 2);
    for letter in text.chars() {
        let parts: String = letter.nfd().collect();
        let tone = parts.chars().find(|c| TONES.contains(c));
        out.extend(parts.chars().filter(|c| !TONES.contains(c)).nfc());
        out.extend(tone);
    }
    out
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

    // The register read from the file and saved as a meeting's register, in one transaction.
    let file = spreadsheet(&register());
    let imported = meeting::open_meeting(&mut store, start, HOUSEHOLDS, 0);
    c.bench_function(
        "door/register import, 2,000 households, Windows-1258",
        |b| {
            b.iter(|| {
                let read = hopdan::records::read_register(black_box(&file)).unwrap();
                store.set_register(imported, &read.households).unwrap();
            })
        },
    );
    assert_eq!(store.households(imported).unwrap(), register());
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
    // Unless a filter left the sign-in out, it was committed.
    let signed_in = app.store.attendance(id).unwrap();
    assert!(signed_in.len() <= 1);
    assert!(signed_in.iter().all(|a| a.household_no == "27-0001"));
}

criterion_group!(benches, door);
criterion_main!(benches);
