//! What the integration tests share: an app on a database file with a clock the test controls,
//! and keys typed into it the way the event loop delivers them.
#![allow(dead_code)] // each test file uses a different part

use std::path::Path;
use std::rc::Rc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use hopdan::domain::FixedClock;
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::App;
use hopdan::tui::keymap::action_for;
use hopdan::tui::theme::Theme;

/// The time every test meeting starts at.
pub const START: &str = "2022-06-12T08:00:00+07:00";

/// The app as the program starts it, on the database in `dir`, without colour (so that
/// snapshots hold text only); exports go to `dir/export`.
pub fn app_in(dir: &Path, clock: Rc<FixedClock>, lang: Lang) -> App {
    let store = Store::open(&dir.join("hopdan.db")).unwrap();
    let mut app = App::new(
        store,
        Box::new(clock),
        lang,
        Theme::new(false),
        dir.join("export"),
    );
    app.start();
    app
}

/// Typing into the app: each event is one batch of the event loop, with its draft write.
pub trait Drive {
    fn app_mut(&mut self) -> &mut App;

    fn event(&mut self, event: Event) {
        let app = self.app_mut();
        if let Some(action) = action_for(app, event) {
            app.update(action);
        }
        app.save_pending_draft();
    }

    fn key(&mut self, code: KeyCode) {
        self.event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    fn keys(&mut self, codes: &[KeyCode]) {
        for code in codes {
            self.key(*code);
        }
    }

    fn ctrl(&mut self, c: char) {
        self.event(Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::CONTROL,
        )));
    }

    fn alt(&mut self, c: char) {
        self.event(Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::ALT,
        )));
    }

    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// Sends what a terminal sends as bytes, read into keys as crossterm 0.29 reads them
    /// (`event/sys/unix/parse.rs`): 0x08 is Ctrl+H, 0x7F is Backspace, CR is Enter, an
    /// upper-case letter carries Shift. Input methods send such bursts to rewrite a word.
    fn terminal_bytes(&mut self, bytes: &str) {
        for c in bytes.chars() {
            let key = match c {
                '\u{8}' => KeyEvent::new(KeyCode::Char('h'), KeyModifiers::CONTROL),
                '\u{7f}' => KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
                '\r' => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
                c if c.is_uppercase() => KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT),
                c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            };
            self.event(Event::Key(key));
        }
    }

    /// Types into the focused field, then moves on with Enter.
    fn field(&mut self, text: &str) {
        self.type_text(text);
        self.key(KeyCode::Enter);
    }
}

/// Changes the database behind the app's back, as another program could: the triggers that keep
/// closed meetings read-only are dropped first, then `sql` runs, all in one transaction.
pub fn tamper(db: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(db).unwrap();
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
