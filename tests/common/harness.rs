//! The secretary's app as the program runs it, on a database file of its own with a clock the
//! test moves, typed at the way the event loop delivers keys; and the drawing of it, or of the
//! chair's screen, on a terminal in memory.

use std::path::PathBuf;
use std::rc::Rc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::{Frame, Terminal};
use tempfile::TempDir;

use hopdan::domain::{FixedClock, MeetingId};
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::App;
use hopdan::tui::app::{Editor, Popup, Screen};
use hopdan::tui::form::{FieldName, Form};
use hopdan::tui::keymap::action_for;
use hopdan::tui::show::{self, Show};
use hopdan::tui::theme::Theme;
use hopdan::tui::view::{render, render_show};

use super::fixtures::{START, db_in};

/// Typing, one terminal event at a time.
pub trait Drive {
    /// One event, handled as the event loop handles it.
    fn event(&mut self, event: Event);

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

/// Something drawn on the terminal: the secretary's app or the chair's screen.
pub trait Draw {
    fn render(&self, frame: &mut Frame);

    /// A terminal of `width` × `height` with one frame drawn.
    fn draw(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| self.render(frame)).unwrap();
        terminal
    }

    fn screen_at(&self, width: u16, height: u16) -> String {
        self.draw(width, height).backend().to_string()
    }

    /// The text on a 100×30 terminal: room for every pane, and for most lines whole.
    fn screen(&self) -> String {
        self.screen_at(100, 30)
    }
}

/// Snapshots of a screen at 80×24, the smallest size hopdan draws, and at 160×48, named
/// `{name}_80x24` and `{name}_160x48`. A macro, so that the snapshots are those of the test
/// file that takes them.
#[allow(unused_macros)] // used by some test files only
macro_rules! assert_screens {
    ($name:expr, $screen:expr) => {
        for (width, height) in [(80, 24), (160, 48)] {
            let terminal = $crate::common::Draw::draw($screen, width, height);
            insta::assert_snapshot!(format!("{}_{width}x{height}", $name), terminal.backend());
        }
    };
}
#[allow(unused_imports)]
pub(crate) use assert_screens;

/// The app on the database of a folder of its own, typed at as a secretary would.
pub struct Harness {
    pub app: App,
    /// The app's clock, which only moves when the test moves it.
    pub clock: Rc<FixedClock>,
    /// The folder of the database file and of the exports; removed with the harness.
    pub dir: TempDir,
    lang: Lang,
}

impl Harness {
    /// The app on an empty database in a new folder.
    pub fn new(lang: Lang) -> Self {
        Self::on(TempDir::new().unwrap(), lang)
    }

    /// The app as the program starts it, on the database in `dir`, without colour (so that
    /// snapshots hold text only).
    pub fn on(dir: TempDir, lang: Lang) -> Self {
        Self::with_theme(dir, lang, Theme::new(false))
    }

    /// The app as the program starts it, on the database in `dir`; exports go to `dir/export`.
    pub fn with_theme(dir: TempDir, lang: Lang, theme: Theme) -> Self {
        let clock = Rc::new(FixedClock::at(START));
        let store = Store::open(&db_in(dir.path())).unwrap();
        let mut app = App::new(
            store,
            Box::new(clock.clone()),
            lang,
            theme,
            dir.path().to_path_buf(),
            // Relative, so that whatever is typed into the export prompt stays in `dir`.
            PathBuf::from("export"),
        );
        app.start();
        Harness {
            app,
            clock,
            dir,
            lang,
        }
    }

    /// The app on a new database, with the sample meeting open as the demo opens it.
    pub fn sample(lang: Lang) -> Self {
        let mut h = Self::new(lang);
        h.open_sample();
        h
    }

    /// The app on a new database with [`super::sample_without_register`] open.
    pub fn sample_without_register(lang: Lang) -> Self {
        let mut h = Self::new(lang);
        let id = h
            .app
            .store
            .insert_record(&super::sample_without_register())
            .unwrap();
        h.app.open_meeting(id);
        assert_eq!(h.app.screen, Screen::Live);
        h.app.message = None;
        h
    }

    /// Opens the sample meeting as the demo does: `s` on the first screen.
    pub fn open_sample(&mut self) {
        self.key(KeyCode::Char('s'));
        assert_eq!(self.app.screen, Screen::Live);
        self.app.message = None;
    }

    /// Opens the first meeting of the list, as Enter on the first screen does.
    pub fn open_first_meeting(&mut self) -> MeetingId {
        assert_eq!(self.app.screen, Screen::Meetings);
        self.key(KeyCode::Enter);
        assert_eq!(self.app.screen, Screen::Live);
        self.app.message = None;
        self.meeting_id()
    }

    /// The app closed as on quitting; the folder, to open something else on its database.
    pub fn quit(self) -> TempDir {
        let Harness { app, dir, .. } = self;
        drop(app);
        dir
    }

    /// The app dies without saving anything or closing its connection, as with `kill -9`; the
    /// folder, to start another on its database.
    pub fn crash(self) -> TempDir {
        let Harness { app, dir, .. } = self;
        std::mem::forget(app);
        dir
    }

    pub fn store(&self) -> &Store {
        &self.app.store
    }

    pub fn db(&self) -> PathBuf {
        db_in(self.dir.path())
    }

    /// Where `x` writes the files of meeting `id`.
    pub fn export_dir(&self, id: MeetingId) -> PathBuf {
        self.dir.path().join("export").join(format!("meeting-{id}"))
    }

    /// The meeting open on the live screen.
    pub fn meeting_id(&self) -> MeetingId {
        self.app.live.as_ref().expect("a meeting is open").id
    }

    /// The line at the bottom of the screen, or nothing.
    pub fn message(&self) -> String {
        self.app
            .message
            .as_ref()
            .map(|m| m.text.clone())
            .unwrap_or_default()
    }

    /// Whether the message says that a form came back with what was being typed.
    pub fn says_restored(&self) -> bool {
        self.message() == self.lang.strings().draft_restored
    }

    /// Adds a resident to the queue with the form of `a`.
    pub fn queue(&mut self, name: &str, address: &str) {
        self.key(KeyCode::Char('a'));
        self.field(name);
        self.field(address);
    }

    /// Gives the floor to a resident who has not queued (`n` with nobody waiting asks who); the
    /// opinion editor opens.
    pub fn floor(&mut self, name: &str, address: &str) {
        self.key(KeyCode::Char('n'));
        self.field(name);
        self.field(address);
        assert!(matches!(self.app.popup(), Some(Popup::Editor(_))));
    }

    /// The form on top.
    pub fn form(&self) -> &Form {
        match self.app.popup() {
            Some(Popup::Form(_, form)) => form,
            other => panic!("no form open: {other:?}"),
        }
    }

    /// Moves the focus of the form on top to `field`, with ↓ as a secretary would.
    pub fn form_focus<F: FieldName>(&mut self, field: F) {
        for _ in 0..self.form().fields.len() {
            if self.form().focused_name() == Some(field) {
                return;
            }
            self.key(KeyCode::Down);
        }
        panic!("the form has no field {field:?}");
    }

    /// What each field of the form on top holds.
    pub fn values(&self) -> Vec<String> {
        let form = self.form();
        (0..form.fields.len()).map(|i| form.value(i)).collect()
    }

    /// The text of the focused field of the form on top, as typed.
    pub fn field_text(&self) -> String {
        self.form().focused().input.lines().join("\n")
    }

    /// The opinion editor on top.
    pub fn editor(&self) -> &Editor {
        match self.app.popup() {
            Some(Popup::Editor(editor)) => editor,
            other => panic!("no editor open: {other:?}"),
        }
    }

    /// The text in the opinion editor, as typed.
    pub fn editor_text(&self) -> String {
        self.editor().raw_text()
    }

    /// Saves the opinion being typed on item 1 (Ctrl+S), choosing "support" (Alt+1) first if no
    /// stance is chosen; its text as stored.
    pub fn save_opinion(&mut self) -> String {
        if self.editor().stance.is_none() {
            self.alt('1');
        }
        self.ctrl('s');
        let opinions = self.store().opinions(self.meeting_id(), 1).unwrap();
        opinions.last().unwrap().text.clone()
    }

    /// The key bar of a screen `width` columns wide, as many lines as it takes.
    pub fn key_bar_lines(&self, width: u16) -> String {
        let terminal = self.draw(width, 30);
        let buffer = terminal.backend().buffer();
        let row = |y: u16| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect::<String>()
                .trim_end()
                .to_owned()
        };
        // The bar starts under the message line, the first empty row from the bottom.
        let mut lines: Vec<String> = (0..buffer.area.height)
            .rev()
            .map(row)
            .take_while(|line| !line.is_empty())
            .collect();
        lines.reverse();
        lines.join("\n")
    }

    /// The bottom row of a screen wide enough for the key bar to fit on one line.
    pub fn key_bar(&self) -> String {
        let terminal = self.draw(120, 30);
        let buffer = terminal.backend().buffer();
        (0..buffer.area.width)
            .map(|x| buffer[(x, buffer.area.height - 1)].symbol().to_owned())
            .collect::<String>()
            .trim_end()
            .to_owned()
    }
}

impl Drive for Harness {
    /// Each event is one batch of the event loop, with its draft write.
    fn event(&mut self, event: Event) {
        if let Some(action) = action_for(&self.app, event) {
            self.app.update(action);
        }
        self.app.save_pending_draft();
    }
}

impl Draw for Harness {
    fn render(&self, frame: &mut Frame) {
        render(&self.app, frame);
    }
}

impl Drive for Show {
    fn event(&mut self, event: Event) {
        if let Some(action) = show::action_for(self, &event) {
            self.update(action);
        }
    }
}

impl Draw for Show {
    fn render(&self, frame: &mut Frame) {
        render_show(self, frame);
    }
}
