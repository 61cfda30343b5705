//! Random key sequences on every screen, at random terminal sizes: nothing panics, and the
//! record only grows — no saved opinion or vote is lost, every vote obeys SPEC §1.

mod common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tempfile::TempDir;

use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::theme::Theme;

use common::{Draw, Drive, Harness, add_open_sample, db_in};

/// One thing a person (or a misbehaving terminal) can send.
fn event() -> impl Strategy<Value = Event> {
    let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
    let none = KeyModifiers::NONE;
    prop_oneof![
        // The screen keys, more often than anything else.
        4 => prop::sample::select(vec!['a', 'n', 'o', 'u', 'd', 'p', 'i', 'v', 's', 'c', 'x', 'q', 'y', '+', '-', '?', '[', ']', 't', 'h', 'e'])
            .prop_map(move |c| key(KeyCode::Char(c), none)),
        3 => prop::sample::select(vec!['0', '1', '2', '3', '4', '5', '7', '9', 'ạ', 'Đ', 'ư', ' ', 'k', 'e', 'f', 'w', '\u{301}'])
            .prop_map(move |c| key(KeyCode::Char(c), none)),
        3 => prop::sample::select(vec![
            KeyCode::Enter, KeyCode::Esc, KeyCode::Tab, KeyCode::BackTab, KeyCode::Up,
            KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::Backspace, KeyCode::Delete,
            KeyCode::Home, KeyCode::End, KeyCode::F(5),
        ]).prop_map(move |code| key(code, none)),
        1 => prop::sample::select(vec!['s', 'c', 'h', 'u', 'k', 'w', 'z', 't'])
            .prop_map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))),
        1 => prop::sample::select(vec!['1', '2', '3', '4', 'f', 'b'])
            .prop_map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT))),
        1 => prop::sample::select(vec![
            "Nguyễn Văn Hùng", "\u{1b}[2J\u{1b}]52;c;eA==\u{7}", "Đo\u{302}\u{300}ng y\u{301}\r\n",
            "\u{202e}abc", "=1+2", "42", "\u{85}\u{9b}x",
        ]).prop_map(|s| Event::Paste(s.to_owned())),
        1 => (1u16..200, 1u16..60).prop_map(|(w, h)| Event::Resize(w, h)),
    ]
}

fn counts(store: &Store, id: i64, items: &[u32]) -> (usize, usize) {
    items.iter().fold((0, 0), |(o, v), item| {
        (
            o + store.opinions(id, *item).unwrap().len(),
            v + store.votes(id, *item).unwrap().len(),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_never_panic_and_never_lose_an_entry(
        events in prop::collection::vec(event(), 1..160),
        size in (1u16..200, 1u16..60),
        start_with_sample in any::<bool>(),
    ) {
        let dir = TempDir::new().unwrap();
        let sample = start_with_sample
            .then(|| add_open_sample(&mut Store::open(&db_in(dir.path())).unwrap()));
        let mut h = Harness::with_theme(dir, Lang::Vi, Theme::new(true));
        if let Some(id) = sample {
            h.app.open_meeting(id);
        }
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        let mut before: Option<(i64, (usize, usize))> = None;

        for event in events {
            if let Event::Resize(width, height) = event {
                terminal.backend_mut().resize(width, height);
            }
            h.event(event);
            h.clock.advance(3);
            terminal.draw(|frame| h.render(frame)).unwrap();
            if h.app.should_quit {
                break;
            }
            // Invariants on the open meeting, read back from the database.
            if let Some(live) = &h.app.live {
                let id = live.id;
                let meeting = h.store().meeting(id).unwrap();
                prop_assert!(meeting.households_present <= meeting.households_total);
                let items: Vec<u32> = h.store().agenda(id).unwrap().iter().map(|i| i.item_no).collect();
                for item in &items {
                    for vote in h.store().votes(id, *item).unwrap() {
                        prop_assert!(vote.counts.validate().is_ok(), "{vote:?}");
                    }
                }
                let now = counts(h.store(), id, &items);
                if let Some((was_id, was)) = before
                    && was_id == id
                {
                    prop_assert!(now.0 >= was.0 && now.1 >= was.1, "entries lost: {was:?} -> {now:?}");
                }
                before = Some((id, now));
            }
        }
    }
}
