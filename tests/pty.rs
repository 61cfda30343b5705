//! The real binary in a pseudo-terminal, typed at as a person would, and killed on purpose:
//! SIGKILL at many points, SIGHUP and SIGTERM, a terminal that goes away. Waits are for what the
//! screen shows (with a deadline), never fixed sleeps.
#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, FromRawFd};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

use hopdan::domain::{Consent, Measure, Stance, Standing, present_at};
use hopdan::store::{Store, WriterLock};

use common::{counts, hung, open_sample, open_sample_without_register, t, take_floor};

const ROWS: u16 = 30;
const COLS: u16 = 100;
const SCREEN: (NonZeroU16, NonZeroU16) = (
    NonZeroU16::new(ROWS).unwrap(),
    NonZeroU16::new(COLS).unwrap(),
);
/// Generous: a loaded CI machine may be slow; the waits end as soon as the screen is right.
const DEADLINE: Duration = Duration::from_secs(20);

struct Session {
    child: Box<dyn Child + Send + Sync>,
    reader_thread: Option<std::thread::JoinHandle<()>>,
    stop: Arc<AtomicBool>,
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    screen: Arc<Mutex<vt100::Parser>>,
    updates: Receiver<()>,
}

impl Session {
    fn start(db: &Path, shell_prefix: Option<&str>) -> Session {
        let bin = env!("CARGO_BIN_EXE_hopdan");
        let cmd = match shell_prefix {
            // e.g. `trap "" HUP;` so that hopdan inherits SIGHUP ignored, as under nohup.
            Some(prefix) => {
                let mut cmd = CommandBuilder::new("sh");
                cmd.arg("-c");
                cmd.arg(format!("{prefix} exec \"$0\" --db \"$1\"",));
                cmd.arg(bin);
                cmd.arg(db);
                cmd
            }
            None => {
                let mut cmd = CommandBuilder::new(bin);
                cmd.arg("--db");
                cmd.arg(db);
                cmd
            }
        };
        Session::spawn(cmd)
    }

    /// The interface on `db` with `args` after `--db`.
    fn with_args(db: &Path, args: &[&std::ffi::OsStr]) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_hopdan"));
        cmd.arg("--db");
        cmd.arg(db);
        for arg in args {
            cmd.arg(arg);
        }
        Session::spawn(cmd)
    }

    /// The chair's screen, `hopdan show`, on `db`.
    fn show(db: &Path) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_hopdan"));
        cmd.arg("show");
        cmd.arg("--db");
        cmd.arg(db);
        Session::spawn(cmd)
    }

    fn spawn(mut cmd: CommandBuilder) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        cmd.env("TERM", "xterm-256color");
        cmd.env("HOPDAN_LANG", "vi");
        cmd.env_remove("HOPDAN_DB");
        let child = pair.slave.spawn_command(cmd).expect("hopdan starts");
        drop(pair.slave);

        let screen = Arc::new(Mutex::new(vt100::Parser::new(SCREEN.0, SCREEN.1, 0)));
        let (tx, updates) = channel();
        // The reader owns its own copy of the terminal's master side and polls it, so that it can
        // let go of it on request: the terminal is only gone once every copy is closed.
        let master_fd = pair.master.as_raw_fd().expect("a unix pty");
        // SAFETY: dup of a valid open descriptor; the File owns the copy.
        let reader = unsafe { std::fs::File::from_raw_fd(libc::dup(master_fd)) };
        let stop = Arc::new(AtomicBool::new(false));
        let parser = Arc::clone(&screen);
        let stop_reader = Arc::clone(&stop);
        let reader_thread =
            std::thread::spawn(move || read_screen(reader, &parser, &tx, &stop_reader));
        // SAFETY: as for the reader. portable-pty's own writer sends a newline and EOF when it is
        // dropped; a plain descriptor closes without typing anything.
        let writer: Box<dyn Write + Send> =
            Box::new(unsafe { std::fs::File::from_raw_fd(libc::dup(master_fd)) });
        Session {
            child,
            reader_thread: Some(reader_thread),
            stop,
            master: Some(pair.master),
            writer: Some(writer),
            screen,
            updates,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            if self.contents().contains(text) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!(
                    "the screen never showed {text:?}; it shows:\n{}",
                    self.contents()
                );
            }
            // Woken by the next output of the app (or the deadline).
            let _ = self.updates.recv_timeout(left);
        }
    }

    /// Waits until the screen no longer shows `text`.
    fn wait_for_gone(&self, text: &str) {
        let deadline = Instant::now() + DEADLINE;
        while self.contents().contains(text) {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!("the screen still shows {text:?}:\n{}", self.contents());
            }
            let _ = self.updates.recv_timeout(left);
        }
    }

    /// Opens the first meeting of the list.
    fn open_first_meeting(&mut self) {
        self.wait_for("Cuộc họp");
        self.send("\r");
    }

    /// Gives the floor to a resident who has not queued (`n` with nobody waiting asks who), and
    /// waits for the opinion editor.
    fn floor(&mut self, name: &str) {
        self.send(&format!("n{name}\r\r"));
        self.wait_for("Quan điểm");
    }

    fn send(&mut self, bytes: &str) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(bytes.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    fn pid(&self) -> i32 {
        self.child.process_id().expect("a pid") as i32
    }

    fn signal(&self, signal: i32) {
        // SAFETY: sending a signal to our own child process.
        assert_eq!(unsafe { libc::kill(self.pid(), signal) }, 0);
    }

    fn kill9(mut self) {
        self.signal(libc::SIGKILL);
        self.child.wait().unwrap();
    }

    /// Waits for the process to end, says how long that took, and checks that it ended by
    /// itself: never killed by a signal (an abort is a crash and a core dump on many systems).
    fn exits_within(&mut self, limit: Duration) -> Duration {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                let took = start.elapsed();
                assert!(took <= limit, "took {took:?} to exit ({status:?})");
                assert_eq!(status.signal(), None, "ended by a signal: {status:?}");
                return took;
            }
            if start.elapsed() > limit {
                self.signal(libc::SIGKILL);
                panic!("still running after {limit:?}");
            }
            // Polling the process table is the wait itself; a short pause keeps it cheap.
            std::thread::park_timeout(Duration::from_millis(10));
        }
    }

    /// Closes the terminal, as when its window is closed.
    fn hang_up(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.reader_thread.take() {
            thread.join().unwrap();
        }
        self.writer = None;
        self.master = None;
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Feeds what the app writes to the terminal into the screen model until asked to stop or the
/// terminal ends, waking `wait_for` after each chunk.
fn read_screen(
    mut reader: std::fs::File,
    parser: &Mutex<vt100::Parser>,
    tx: &std::sync::mpsc::Sender<()>,
    stop: &AtomicBool,
) {
    let mut buf = [0u8; 8192];
    while !stop.load(Ordering::Relaxed) {
        let mut fds = libc::pollfd {
            fd: reader.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let ready = unsafe { libc::poll(&mut fds, 1, 50) };
        if ready <= 0 {
            continue;
        }
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                parser.lock().unwrap().process(&buf[..n]);
                let _ = tx.send(());
            }
        }
    }
}

fn integrity_ok(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let result: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(result, "ok");
}

#[test]
fn sigkill_at_many_points_loses_no_confirmed_entry_and_offers_the_drafts_back() {
    let (_dir, db, id) = open_sample();
    let mut confirmed_speakers: Vec<String> = Vec::new();
    let mut confirmed_opinions: Vec<String> = Vec::new();
    // The draft typed before the last kill, if the screen showed it.
    let mut pending_draft: Option<String> = None;
    // The name typed into a speaker form that was never submitted before the last kill.
    let mut pending_form: Option<String> = None;
    let kills = 60;

    for round in 0..kills {
        let mut s = Session::start(&db, None);
        s.open_first_meeting();
        s.wait_for("Đăng ký phát biểu");

        if let Some(draft) = pending_draft.take() {
            // The opinion typed before the kill comes back, and is saved now.
            s.send("o");
            s.wait_for(&draft);
            s.send("\x1b1\x13"); // Alt+1 (support), Ctrl+S
            s.wait_for("Đã lưu ý kiến");
            confirmed_opinions.push(draft);
        }
        if let Some(name) = pending_form.take() {
            // The half-filled form comes back too, and is submitted now.
            s.send("a");
            s.wait_for("Đã khôi phục");
            s.wait_for(&name);
            s.send("\r\r");
            s.wait_for(&format!("Đã thêm {name}"));
            confirmed_speakers.push(name);
        }

        match round % 5 {
            // Killed with nothing typed.
            0 => {}
            // Killed right after a speaker was confirmed.
            1 => {
                let name = format!("Người thứ {round}");
                s.send(&format!("a{name}\r\r"));
                s.wait_for(&format!("Đã thêm {name}"));
                confirmed_speakers.push(name);
            }
            // Killed in the middle of an opinion: the draft must come back.
            2 | 3 => {
                let name = format!("Người thứ {round}");
                s.send(&format!("a{name}\r\r"));
                s.wait_for(&format!("Đã thêm {name}"));
                confirmed_speakers.push(name);
                s.send("n");
                // Whoever is first in the queue gets the floor; the editor opens.
                s.wait_for("Quan điểm");
                let draft = format!("Ý kiến dở dang số {round}");
                s.send(&draft);
                s.wait_for(&draft);
                pending_draft = Some(draft);
            }
            // Killed with a form half filled in: it must come back.
            _ => {
                let name = format!("Người nhập dở {round}");
                s.send(&format!("a{name}"));
                s.wait_for(&name);
                pending_form = Some(name);
            }
        }
        s.kill9();
        integrity_ok(&db);
    }

    let store = Store::open(&db).unwrap();
    let mut everyone: Vec<String> = store
        .queue(id)
        .unwrap()
        .into_iter()
        .map(|q| q.speaker.name)
        .collect();
    let record = store.load_record(id).unwrap();
    everyone.extend(record.opinions.iter().map(|o| o.speaker.name.clone()));
    everyone.extend(store.floor(id).unwrap().map(|f| f.speaker.name));
    for name in &confirmed_speakers {
        assert!(everyone.contains(name), "{name} was confirmed but is gone");
    }
    for text in &confirmed_opinions {
        assert!(
            record.opinions.iter().any(|o| &o.text == text),
            "opinion {text:?} is gone"
        );
    }
    assert!(confirmed_opinions.len() >= 20);
    integrity_ok(&db);
}

#[test]
fn sigterm_saves_the_draft_and_exits_within_a_second() {
    let (_dir, db, id) = open_sample();
    let mut s = Session::start(&db, None);
    s.open_first_meeting();
    s.floor("Trần Văn Ba");
    s.send("Đang nói dở");
    s.wait_for("Đang nói dở");
    s.signal(libc::SIGTERM);
    s.exits_within(Duration::from_secs(1));
    let store = Store::open(&db).unwrap();
    let draft = store.draft(id, "opinion").unwrap().unwrap();
    assert!(draft.ends_with("Đang nói dở"), "{draft}");
}

#[test]
fn sighup_ends_the_app_within_a_second() {
    let (_dir, db, _) = open_sample();
    let mut s = Session::start(&db, None);
    s.open_first_meeting();
    s.wait_for("Đăng ký phát biểu");
    s.signal(libc::SIGHUP);
    s.exits_within(Duration::from_secs(1));
    integrity_ok(&db);
}

#[test]
fn a_closed_terminal_ends_the_app_even_with_sighup_ignored() {
    let (_dir, db, id) = open_sample();
    let mut s = Session::start(&db, Some("trap '' HUP;"));
    s.open_first_meeting();
    s.floor("Lê Thị Năm");
    s.send("Chưa kịp lưu");
    s.wait_for("Chưa kịp lưu");
    s.hang_up();
    s.exits_within(Duration::from_secs(1));
    let store = Store::open(&db).unwrap();
    let draft = store.draft(id, "opinion").unwrap();
    assert!(
        draft
            .as_deref()
            .is_some_and(|d| d.ends_with("Chưa kịp lưu")),
        "draft {draft:?}; the screen showed:\n{}",
        s.contents()
    );
}

#[test]
fn input_method_bytes_and_the_built_in_telex_edit_the_opinion_through_the_terminal() {
    let (_dir, db, id) = open_sample();
    let mut s = Session::start(&db, None);
    s.open_first_meeting();
    s.floor("Trần Văn Ba");
    // "Đồng" as some input methods send it: each mark replaces the letter before it, by 0x08.
    s.send("Tôi D\x08Đo\x08ô\x08ồng");
    s.wait_for("Tôi Đồng");
    // The word rewritten in one burst after the tone key, with DEL (0x7F) for Backspace.
    s.send(" Đông\x7f\x7f\x7fồng");
    s.wait_for("Tôi Đồng Đồng");
    // The built-in Telex, switched on with Ctrl+T.
    s.send("\x14");
    s.wait_for("Ctrl+T gõ: Telex");
    s.send(" ys mowr roongj kieetj");
    s.wait_for("Tôi Đồng Đồng ý mở rộng kiệt");
    // A bracketed paste of decomposed text, as macOS puts it on the clipboard.
    s.send("\x1b[200~, kie\u{302}\u{323}t 19\x1b[201~\x08\x08\x08\x08");
    s.wait_for("Tôi Đồng Đồng ý mở rộng kiệt, kiệ");
    s.send("\x1b1\x13"); // Alt+1 (support), Ctrl+S
    s.wait_for("Đã lưu ý kiến");
    let record = Store::open(&db).unwrap().load_record(id).unwrap();
    let saved = record
        .opinions
        .iter()
        .find(|o| o.speaker.name == "Trần Văn Ba")
        .map(|o| o.text.as_str());
    assert_eq!(saved, Some("Tôi Đồng Đồng ý mở rộng kiệt, kiệ"));
}

// ----- The chair's screen in another process -----

/// How long the chair's screen took to show `text` after it was saved.
fn shown_within(session: &Session, text: &str) -> Duration {
    let saved = Instant::now();
    session.wait_for(text);
    saved.elapsed()
}

#[test]
fn the_chair_screen_follows_what_the_secretary_saves_in_another_process() {
    let (_dir, db, id) = open_sample_without_register();
    // The secretary: the writer lock and a store, as the app holds them.
    let _writer_lock = WriterLock::acquire(&db).unwrap();
    let mut secretary = Store::open(&db).unwrap();
    let mut show = Session::show(&db);
    show.wait_for("Nội dung 1/4 · Nâng cấp, mở rộng kiệt 19 Phú Lộc 10 lên 3 m");
    show.wait_for("Chưa có ai phát biểu");

    let now = t("2022-06-12T09:20:00+07:00");
    take_floor(&mut secretary, id, &hung(), 2, now);
    let took = shown_within(&show, "Nguyễn Văn Hùng (mới)");
    show.wait_for("Nội dung 2/4 · Các hộ lùi cổng");
    eprintln!("the floor reached the chair's screen in {took:?}");

    // A re-vote on item 2 that fails.
    let rule = secretary.agenda(id).unwrap()[1].rule;
    secretary
        .add_vote(id, 2, counts(42, 20, 19, 3), rule, now)
        .unwrap();
    let took = shown_within(&show, "K H Ô N G   T H Ô N G   Q U A");
    eprintln!("the vote reached the chair's screen in {took:?}");

    // q quits at once, and the secretary never noticed anything.
    show.send("q");
    show.exits_within(Duration::from_secs(2));
    secretary
        .save_opinion_from_floor(id, Stance::Support, "Đồng ý", now)
        .unwrap();
    integrity_ok(&db);
}

#[test]
fn the_chair_screen_never_writes_the_database_file_or_takes_a_lock() {
    let (_dir, db, _) = open_sample();
    // The store is closed: everything is in the file itself, nothing in a -wal file.
    let lock = PathBuf::from(format!("{}.lock", db.display()));
    assert!(!lock.exists());
    let before = std::fs::read(&db).unwrap();
    let modified = std::fs::metadata(&db).unwrap().modified().unwrap();

    let mut show = Session::show(&db);
    show.wait_for("KẾT QUẢ BIỂU QUYẾT");
    // Looking around: other items, the help, back.
    show.send("\x1b[C");
    show.wait_for("XEM LẠI");
    show.send("?");
    show.wait_for("Phím tắt");
    show.send("x");
    show.send("f");
    show.wait_for("● TRỰC TIẾP");
    // Meanwhile a secretary can take the writer lock: the screen holds none.
    drop(WriterLock::acquire(&db).unwrap());
    std::fs::remove_file(&lock).unwrap();
    show.send("q");
    show.exits_within(Duration::from_secs(2));

    assert!(
        std::fs::read(&db).unwrap() == before,
        "the database file changed"
    );
    assert_eq!(
        std::fs::metadata(&db).unwrap().modified().unwrap(),
        modified
    );
    assert!(!lock.exists());
}

#[test]
fn the_chair_screen_ends_on_sigterm_and_restores_the_terminal() {
    let (_dir, db, _) = open_sample();
    let mut show = Session::show(&db);
    show.wait_for("KẾT QUẢ BIỂU QUYẾT");
    show.signal(libc::SIGTERM);
    show.exits_within(Duration::from_secs(1));
    // The alternate screen was left: what hopdan drew is gone from the terminal.
    show.wait_for_gone("KẾT QUẢ BIỂU QUYẾT");
}

#[test]
fn x_offers_the_folder_given_with_export_dir_and_writes_there() {
    let (dir, db, id) = open_sample();
    let out = dir.path().join("xuất");
    let mut s = Session::with_args(&db, &["--export-dir".as_ref(), out.as_os_str()]);
    s.open_first_meeting();
    s.send("x");
    s.wait_for("Thư mục");
    s.send("\r");
    let written = out.join(format!("meeting-{id}"));
    s.wait_for("Đã xuất CSV");
    assert!(written.join("votes.csv").is_file());
    s.signal(libc::SIGTERM);
    s.exits_within(Duration::from_secs(1));
}

// ----- A whole meeting, typed as a secretary would, with the awkward keys -----

/// Esc as the terminal sends it, alone: the app must see it before the next key, or the two
/// would read as Alt+key.
fn esc_then(s: &mut Session, question: &str) {
    s.send("\x1b");
    s.wait_for(question);
}

#[test]
fn a_whole_meeting_in_vietnamese_loses_nothing_to_esc_q_or_ctrl_s_pressed_at_awkward_moments() {
    let (_dir, db) = common::temp_db();
    let mut s = Session::start(&db, None);
    s.wait_for("Chưa có cuộc họp nào");
    // q on the first screen asks; "không" keeps the app open.
    s.send("q");
    s.wait_for("Thoát hopdan?");
    s.send("k");
    s.wait_for_gone("Thoát hopdan?");

    // The new meeting: Ctrl+S before the required counts says what is missing, keeps the rest.
    s.send("n");
    s.wait_for("Cuộc họp mới");
    s.send("Về việc mở rộng kiệt 19 Phú Lộc 10\tThanh Khê Tây\t27");
    s.send("\x13");
    s.wait_for("Cần nhập Tổng số hộ.");
    s.wait_for("Về việc mở rộng kiệt 19 Phú Lộc 10");
    // Esc with all that typed asks; "không" keeps it.
    esc_then(&mut s, "Bỏ những gì đã nhập?");
    s.send("n");
    s.wait_for_gone("Bỏ những gì đã nhập?");
    s.wait_for("Thanh Khê Tây");
    // The form put the cursor on the count it asked for.
    s.send("55\t42");
    s.send("\x13");
    // The agenda comes next; Ctrl+S from its first field saves it.
    s.wait_for("Đã tạo cuộc họp.");
    s.send("Mở rộng kiệt lên 3 m\x13");
    s.wait_for("Đã lưu nội dung 1.");

    // A speaker: Esc halfway asks; "không" keeps the name, Ctrl+S saves.
    s.send("aLê Văn Tám\tK19/4 Phú Lộc 10");
    s.wait_for("K19/4 Phú Lộc 10");
    esc_then(&mut s, "Bỏ những gì đã nhập?");
    s.send("k");
    s.wait_for_gone("Bỏ những gì đã nhập?");
    s.send("\x13");
    s.wait_for("Đã thêm Lê Văn Tám vào danh sách phát biểu.");

    // The floor: an opinion half typed, Esc closes the editor and keeps it; Esc again would
    // leave the meeting and asks; o brings the opinion back whole.
    s.send("n");
    s.wait_for("Quan điểm");
    s.send("Tôi đồng ý mở rộng kiệt");
    s.wait_for("Tôi đồng ý mở rộng kiệt");
    s.send("\x1b");
    s.wait_for_gone("Quan điểm");
    esc_then(&mut s, "Về danh sách cuộc họp?");
    s.send("n");
    s.wait_for_gone("Về danh sách cuộc họp?");
    s.send("o");
    s.wait_for("Quan điểm");
    s.send(", đề nghị làm cống trước");
    // Ctrl+S without a stance keeps the text and says which keys choose one.
    s.send("\x13");
    s.wait_for("Chưa lưu: hãy chọn quan điểm");
    s.send("\x1b1");
    s.send("\x13");
    s.wait_for("Đã lưu ý kiến của Lê Văn Tám");

    // The vote: Esc with counts typed asks; "không" keeps them.
    s.send("v");
    s.wait_for("Tán thành");
    s.send("40\r1\r");
    esc_then(&mut s, "Bỏ những gì đã nhập?");
    s.send("k");
    s.wait_for_gone("Bỏ những gì đã nhập?");
    s.send("1\r");
    s.wait_for("Đã lưu biểu quyết: THÔNG QUA.");

    // q leaves the meeting only once asked; q on the list quits only once asked.
    s.send("q");
    s.wait_for("Về danh sách cuộc họp?");
    s.send("c");
    s.wait_for("Về việc mở rộng kiệt 19 Phú Lộc 10");
    s.send("q");
    s.wait_for("Thoát hopdan?");
    s.send("y");
    s.exits_within(Duration::from_secs(5));

    let store = Store::open(&db).unwrap();
    let meetings = store.list_meetings().unwrap();
    assert_eq!(meetings.len(), 1);
    let record = store.load_record(meetings[0].id).unwrap();
    assert_eq!(record.meeting.title, "Về việc mở rộng kiệt 19 Phú Lộc 10");
    assert_eq!(record.meeting.ward, "Thanh Khê Tây");
    assert_eq!(record.meeting.residential_group, "27");
    assert_eq!(
        (
            record.meeting.households_total,
            record.meeting.households_present
        ),
        (55, 42)
    );
    assert_eq!(record.agenda[0].title, "Mở rộng kiệt lên 3 m");
    let opinion = &record.opinions[0];
    assert_eq!(opinion.speaker.name, "Lê Văn Tám");
    assert_eq!(opinion.speaker.address, "K19/4 Phú Lộc 10");
    assert_eq!(opinion.stance, Stance::Support);
    assert_eq!(
        opinion.text,
        "Tôi đồng ý mở rộng kiệt, đề nghị làm cống trước"
    );
    let counts = record.votes[0].counts;
    assert_eq!(
        (counts.votes_for, counts.votes_against, counts.votes_abstain),
        (40, 1, 1)
    );
    integrity_ok(&db);
}

// ----- A meeting held with its register: the door, a speaker, a vote, the land -----

/// The group's list of 40 households: number, address, head of household.
const REGISTER: [(&str, &str, &str); 40] = [
    ("1", "K19/1 Phú Lộc 10", "Lê Văn Hùng"),
    ("2", "K19/2 Phú Lộc 10", "Nguyễn Văn Tám"),
    ("3", "K19/3 Phú Lộc 10", "Trần Thị Tâm"),
    ("4", "K19/4 Phú Lộc 10", "Phạm Minh Tuấn"),
    ("5", "K19/5 Phú Lộc 10", "Đặng Thị Lan"),
    ("6", "K19/6 Phú Lộc 10", "Hoàng Văn Nam"),
    ("7", "K19/7 Phú Lộc 10", "Võ Thị Mai"),
    ("8", "K19/8 Phú Lộc 10", "Huỳnh Văn Dũng"),
    ("9", "K19/9 Phú Lộc 10", "Phan Thị Hoa"),
    ("10", "K19/10 Phú Lộc 10", "Bùi Văn Sơn"),
    ("11", "K19/11 Phú Lộc 10", "Đỗ Thị Hạnh"),
    ("12", "K19/12 Phú Lộc 10", "Ngô Văn Phúc"),
    ("13", "K19/13 Phú Lộc 10", "Dương Thị Thu"),
    ("14", "K19/14 Phú Lộc 10", "Lý Văn Quang"),
    ("15", "K19/15 Phú Lộc 10", "Trương Thị Hương"),
    ("16", "K19/16 Phú Lộc 10", "Đinh Văn Lợi"),
    ("17", "K19/17 Phú Lộc 10", "Mai Thị Xuân"),
    ("18", "K19/18 Phú Lộc 10", "Cao Văn Thành"),
    ("19", "K19/19 Phú Lộc 10", "Lâm Thị Ngọc"),
    ("20", "K19/20 Phú Lộc 10", "Tạ Văn Khoa"),
    ("21", "K21/1 Phú Lộc 10", "Hồ Thị Bích"),
    ("22", "K21/3 Phú Lộc 10", "Châu Văn Lộc"),
    ("23", "K21/5 Phú Lộc 10", "Lưu Thị Yến"),
    ("24", "K21/7 Phú Lộc 10", "Kiều Văn Hải"),
    ("25", "K21/9 Phú Lộc 10", "Tôn Nữ Diệu"),
    ("26", "K21/11 Phú Lộc 10", "Nguyễn Thị Nhung"),
    ("27", "K21/13 Phú Lộc 10", "Trần Văn Bình"),
    ("28", "K21/15 Phú Lộc 10", "Lê Thị Kim"),
    ("29", "K21/17 Phú Lộc 10", "Phạm Văn Đức"),
    ("30", "K21/19 Phú Lộc 10", "Hoàng Thị Oanh"),
    ("31", "K23/2 Phú Lộc 10", "Võ Văn Tài"),
    ("32", "K23/4 Phú Lộc 10", "Huỳnh Thị Lệ"),
    ("33", "K23/6 Phú Lộc 10", "Phan Văn Toàn"),
    ("34", "K23/8 Phú Lộc 10", "Bùi Thị Hằng"),
    ("35", "K23/10 Phú Lộc 10", "Đỗ Văn Khánh"),
    ("36", "K23/12 Phú Lộc 10", "Ngô Thị Liên"),
    ("37", "K23/14 Phú Lộc 10", "Dương Văn Tín"),
    ("38", "K23/16 Phú Lộc 10", "Lý Thị Sương"),
    ("39", "K23/18 Phú Lộc 10", "Trương Văn Vinh"),
    ("40", "K23/20 Phú Lộc 10", "Đinh Thị Hồng"),
];

/// What the secretary types at the door for each of the 30 households that come, and the
/// household it finds first: parts of names without their accents, one with them, parts of
/// addresses, numbers.
const AT_THE_DOOR: [(&str, &str); 30] = [
    ("hung", "1"),
    ("tam", "2"),
    ("Tâm", "3"),
    ("19/4", "4"),
    ("lan", "5"),
    ("6", "6"),
    ("mai", "7"),
    ("dung", "8"),
    ("9", "9"),
    ("son", "10"),
    ("19/11", "11"),
    ("12", "12"),
    ("thu", "13"),
    ("quang", "14"),
    ("huong", "15"),
    ("16", "16"),
    ("xuan", "17"),
    ("thanh", "18"),
    ("19/19", "19"),
    ("khoa", "20"),
    ("21/1", "21"),
    ("chau", "22"),
    ("yen", "23"),
    ("hai", "24"),
    ("dieu", "25"),
    ("nhung", "26"),
    ("27", "27"),
    ("kim", "28"),
    ("duc", "29"),
    ("oanh", "30"),
];

/// The pledges on the item: the fragment typed in the search, frontage, depth, the area they
/// come to, and the consent as → presses from "not chosen" (1 agreed, 2 undecided, 3 refused).
const PLEDGES: [(&str, &str, &str, &str, usize); 10] = [
    ("19/1", "2,5", "0.5", "1,25", 1),
    ("tam", "4", "0,5", "2", 1),
    ("Tâm", "5,2", "0,6", "3,12", 1),
    ("tuan", "3.5", "0.5", "1,75", 1),
    ("19/5", "6", "0,4", "2,4", 1),
    ("nam", "4,5", "0,5", "2,25", 2),
    ("mai", "3", "0,5", "1,5", 1),
    ("dung", "7", "0,6", "4,2", 3),
    ("phan thi", "2", "0,5", "1", 1),
    ("son", "5", "0,5", "2,5", 1),
];

/// Vietnamese text as Excel saves it in the Vietnamese locale: Windows-1258, whose letters
/// carry their vowel marks (â, ơ, ư, …) and whose five tones follow them as combining marks.
fn windows_1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let mut split = String::new();
    for c in text.chars() {
        let decomposed: String = c.nfd().collect();
        split.extend(decomposed.chars().filter(|c| !TONES.contains(c)).nfc());
        split.extend(decomposed.chars().filter(|c| TONES.contains(c)));
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

/// The register as the group keeps it: Vietnamese headings, ';' between the cells, CRLF.
fn write_group_list(path: &Path) {
    let mut text = String::from("Số hộ;Địa chỉ;Chủ hộ;Số nhân khẩu\r\n");
    for (i, (no, address, head)) in REGISTER.iter().enumerate() {
        text.push_str(&format!("{no};{address};{head};{}\r\n", members(i)));
    }
    std::fs::write(path, windows_1258(&text)).unwrap();
}

/// The members of the `i`th household of the list.
fn members(i: usize) -> u32 {
    2 + u32::try_from(i % 5).unwrap()
}

fn head_of(no: &str) -> &'static str {
    REGISTER.iter().find(|(n, ..)| *n == no).unwrap().2
}

/// The line of the screen that holds `label`.
fn line_with(s: &Session, label: &str) -> String {
    let contents = s.contents();
    contents
        .lines()
        .find(|line| line.contains(label))
        .unwrap_or_else(|| panic!("no line with {label:?}:\n{contents}"))
        .to_owned()
}

/// Data lines of an exported CSV file, the header left out.
fn rows_in(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.split("\r\n").filter(|line| !line.is_empty()).count() - 1
}

#[test]
fn a_meeting_with_its_register_signs_in_thirty_households_and_records_ten_pledges() {
    let (dir, db) = common::temp_db();
    let list = dir.path().join("danh-sach-ho.csv");
    write_group_list(&list);
    let households: Vec<hopdan::domain::Household> = REGISTER
        .iter()
        .enumerate()
        .map(|(i, (no, address, head))| hopdan::domain::Household {
            members: Some(members(i)),
            ..common::household(no, address, head)
        })
        .collect();
    let out = dir.path().join("xuất");
    let mut s = Session::with_args(&db, &["--export-dir".as_ref(), out.as_os_str()]);
    s.wait_for("Chưa có cuộc họp nào");

    // The meeting, with its ward and group; the agenda waits until the households are in.
    s.send("n");
    s.wait_for("Cuộc họp mới");
    s.send("Về việc mở rộng kiệt 19 Phú Lộc 10\tThanh Khê Tây\t27\tNhà văn hóa tổ 27\t");
    s.send("\tTrần Văn Bình\tTổ trưởng\tLê Thị Hạnh\t40\t0");
    s.send("\x13");
    s.wait_for("Đã tạo cuộc họp.");
    s.wait_for("Thêm nội dung lấy ý kiến");
    s.send("\x1b");
    s.wait_for_gone("Thêm nội dung lấy ý kiến");

    // The door: no register yet; the group's file is read.
    s.send("b");
    s.wait_for("Cuộc họp chưa có danh sách hộ.");
    s.send("\x06"); // Ctrl+F
    s.wait_for("Nhập danh sách hộ từ tệp CSV");
    s.send(&format!("{}\r", list.display()));
    s.wait_for("Đã lưu danh sách 40 hộ.");
    s.wait_for("Có mặt 0/40 hộ (theo điểm danh)");
    // The tones Excel wrote apart are joined again.
    s.wait_for("Trương Thị Hương");

    for (typed, no) in AT_THE_DOOR {
        s.send(&format!("{typed}\r"));
        s.wait_for(&format!("Hộ số {no} đã điểm danh lúc"));
        let said = line_with(&s, &format!("Hộ số {no} đã điểm danh lúc"));
        assert!(said.contains(&format!(": {}.", head_of(no))), "{said}");
        match no {
            // A son came for household 6: Tab, his name.
            "6" => {
                s.send("\t");
                s.wait_for("Người đại diện hộ số 6 · thành viên được cử");
                s.send("Hoàng Minh Quân\r");
                s.wait_for("Hộ số 6: người đại diện là Hoàng Minh Quân (thành viên được cử).");
            }
            // A neighbour holds the proxy of household 15: Tab twice, and whose proxy.
            "15" => {
                s.send("\t");
                s.wait_for("Người đại diện hộ số 15 · thành viên được cử");
                s.send("Nguyễn Thị Mỹ\r");
                s.wait_for("Hộ số 15: người đại diện là Nguyễn Thị Mỹ (thành viên được cử).");
                s.send("\t");
                s.wait_for("Người đại diện hộ số 15 · ủy quyền");
                s.send("Bà Trương Thị Hương, chủ hộ, ốm\r");
                s.wait_for("Hộ số 15: người đại diện là Nguyễn Thị Mỹ (ủy quyền).");
            }
            _ => {}
        }
    }
    s.wait_for("Có mặt 30/40 hộ (theo điểm danh) · đủ số hộ");
    // Household 1 at the door again: refused, with when it came.
    s.send("hung\r");
    s.wait_for("Hộ số 1 đã điểm danh lúc");
    s.wait_for("Có mặt 30/40 hộ (theo điểm danh)");
    // Household 20 leaves before the vote.
    s.send("khoa\x0f"); // Ctrl+O
    s.wait_for("Hộ số 20 ra về lúc");
    s.wait_for("Có mặt 29/40 hộ (theo điểm danh)");
    esc_then(&mut s, "Đăng ký phát biểu");

    // The item, taking land pledges.
    s.send("i");
    s.wait_for("Thêm nội dung lấy ý kiến");
    s.send("Mở rộng kiệt 19 lên 3 m, các hộ hiến đất\t\t\t\t");
    s.wait_for("◀ không ▶");
    s.send("\x1b[C"); // →
    s.wait_for("◀ có ▶");
    s.send("\x13");
    s.wait_for("Đã lưu nội dung 1.");
    s.wait_for("Hiến đất: chưa có hộ đăng ký");

    // A speaker picked from the register by part of the name: name and address filled in.
    s.send("a");
    s.wait_for("Đăng ký phát biểu");
    s.send("cao van");
    s.wait_for("Cao Văn Thành · K19/18 Phú Lộc 10");
    s.send("\x1b[B"); // ↓
    s.wait_for("▸ Cao Văn Thành · K19/18 Phú Lộc 10");
    s.send("\r");
    s.wait_for_gone("▸ Cao Văn Thành");
    assert!(line_with(&s, "Họ tên*").contains("Cao Văn Thành"));
    assert!(line_with(&s, "Địa chỉ hộ").contains("K19/18 Phú Lộc 10"));
    s.send("\r");
    s.wait_for("Đã thêm Cao Văn Thành vào danh sách phát biểu.");
    s.send("n");
    s.wait_for("Quan điểm");
    s.send("Gia đình tôi đồng ý hiến 0,5 m để mở rộng kiệt");
    s.wait_for("Gia đình tôi đồng ý hiến 0,5 m");
    s.send("\x1b1\x13"); // Alt+1 (support), Ctrl+S
    s.wait_for("Đã lưu ý kiến của Cao Văn Thành");
    // A resident of the register, not an official: no "(ngoài tổ)" beside the name.
    assert!(!s.contents().contains("(ngoài tổ)"), "{}", s.contents());

    // The vote: the households present come from the list.
    s.send("v");
    s.wait_for("Tán thành");
    let present = line_with(&s, "Số hộ có mặt");
    assert!(present.contains(" 29 (theo điểm danh) "), "{present}");
    s.send("25\r2\r2\r");
    s.wait_for("Đã lưu biểu quyết: THÔNG QUA.");

    // Ten pledges, each household found by a fragment.
    s.send("w");
    s.wait_for("Chưa có hộ nào đăng ký hiến đất cho nội dung này.");
    for (n, (typed, frontage, depth, area, consent)) in PLEDGES.iter().enumerate() {
        s.send("a");
        s.wait_for("Tìm hộ:");
        s.send(&format!("{typed}\r"));
        s.wait_for("Chiều dài (m)*");
        let no = (n + 1).to_string();
        s.send(&format!("{frontage}\r{depth}\r"));
        s.wait_for(&format!("= {area} m²"));
        s.send("\rcổng, tường rào\r");
        s.send(&"\x1b[C".repeat(*consent));
        s.send("\x13");
        s.wait_for(&format!("Đã lưu đăng ký hiến đất của hộ số {no}."));
    }
    s.wait_for("10 hộ: 8 đồng ý, 1 chưa đồng ý, 1 không đồng ý · 15,52 m² đồng ý hiến");
    s.send("w");
    s.wait_for("Hiến đất: 8/10 hộ đồng ý");

    // The files and the minutes, into the folder given with --export-dir.
    s.send("x");
    s.wait_for("Thư mục");
    s.send("\r");
    s.wait_for("Đã xuất CSV");

    s.send("q");
    s.wait_for("Về danh sách cuộc họp?");
    s.send("y");
    s.wait_for("Về việc mở rộng kiệt 19 Phú Lộc 10");
    s.send("q");
    s.wait_for("Thoát hopdan?");
    s.send("y");
    s.exits_within(Duration::from_secs(5));

    // What the store holds.
    let store = Store::open(&db).unwrap();
    let id = store.list_meetings().unwrap()[0].id;
    let record = store.load_record(id).unwrap();
    assert_eq!(record.meeting.ward, "Thanh Khê Tây");
    assert_eq!(record.meeting.residential_group, "27");
    assert_eq!(record.meeting.chair, "Trần Văn Bình");
    assert_eq!(store.households(id).unwrap(), households);
    assert_eq!(
        (
            record.meeting.households_present,
            record.meeting.households_total
        ),
        (29, 40)
    );
    let attendance = store.attendance(id).unwrap();
    assert_eq!(attendance.len(), 30);
    let left: Vec<&str> = attendance
        .iter()
        .filter(|a| a.left_at.is_some())
        .map(|a| a.household_no.as_str())
        .collect();
    assert_eq!(left, ["20"]);
    let of = |no: &str| attendance.iter().find(|a| a.household_no == no).unwrap();
    assert_eq!(
        (of("6").standing, of("6").representative_name.as_str()),
        (Standing::Member, "Hoàng Minh Quân")
    );
    assert_eq!(
        (
            of("15").standing,
            of("15").representative_name.as_str(),
            of("15").note.as_str()
        ),
        (
            Standing::Proxy,
            "Nguyễn Thị Mỹ",
            "Bà Trương Thị Hương, chủ hộ, ốm"
        )
    );
    for (_, no) in AT_THE_DOOR
        .iter()
        .filter(|(_, no)| !["6", "15"].contains(no))
    {
        assert_eq!(of(no).standing, Standing::Head, "{no}");
        assert_eq!(of(no).representative_name, head_of(no), "{no}");
    }
    let opinion = &record.opinions[0];
    assert_eq!(
        (
            opinion.speaker.name.as_str(),
            opinion.speaker.address.as_str()
        ),
        ("Cao Văn Thành", "K19/18 Phú Lộc 10")
    );
    let vote = &store.votes(id, 1).unwrap()[0];
    assert_eq!(vote.counts.households_present, 29);
    assert_eq!(present_at(&attendance, vote.voted_at), 29);
    let pledges = store.pledges(id).unwrap();
    assert_eq!(pledges.len(), 10);
    for (n, (_, frontage, depth, area, consent)) in PLEDGES.iter().enumerate() {
        let pledge = pledges
            .iter()
            .find(|p| p.household_no == (n + 1).to_string())
            .unwrap();
        let m = |text: &str| Measure::parse(text).unwrap();
        assert_eq!(
            (pledge.frontage, pledge.depth, pledge.area),
            (m(frontage), m(depth), m(area)),
            "household {}",
            n + 1
        );
        assert_eq!(pledge.consent, Consent::ALL[consent - 1]);
        assert_eq!(pledge.item_no, 1);
    }
    integrity_ok(&db);

    // What the export wrote.
    let folder = out.join(format!("meeting-{id}"));
    assert_eq!(rows_in(&folder.join("households.csv")), 40);
    assert_eq!(rows_in(&folder.join("attendance.csv")), 30);
    assert_eq!(rows_in(&folder.join("pledges.csv")), 10);
    let minutes = std::fs::read_to_string(folder.join("minutes.md")).unwrap();
    for heading in [
        "DANH SÁCH HỘ GIA ĐÌNH DỰ HỌP",
        "DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ HIẾN ĐẤT",
        "(có danh sách kèm theo)",
    ] {
        assert!(minutes.contains(heading), "{heading} is not in the minutes");
    }
}

// ----- An item with several options: put from the keyboard, voted on, run off -----

#[test]
fn options_are_put_voted_on_and_run_off_through_the_terminal() {
    let (dir, db) = common::temp_db();
    let out = dir.path().join("xuat");
    let id = {
        let mut store = Store::open(&db).unwrap();
        let id = common::add_meeting(&mut store, &["Phương án mở rộng kiệt 19"]);
        // A resident has proposed something else from the floor.
        let at = common::t("2022-06-12T08:10:00+07:00");
        let loi = hopdan::domain::Speaker {
            name: "Đặng Văn Lợi".into(),
            address: "K19/7 Phú Lộc 10".into(),
        };
        common::take_floor(&mut store, id, &loi, 1, at);
        store
            .save_opinion_from_floor(
                id,
                hopdan::domain::Stance::Other,
                "Đề nghị đoạn đầu kiệt chỉ mở 2,5 m, phía trong mở 3 m.",
                at,
            )
            .unwrap();
        id
    };
    let mut s = Session::with_args(&db, &["--export-dir".as_ref(), out.as_os_str()]);
    s.wait_for("Về việc nâng cấp");
    s.send("\r");
    s.wait_for("Nội dung lấy ý kiến");
    s.send("f");
    s.wait_for("Chưa có phương án nào.");
    for title in ["3 m toàn tuyến", "Giữ nguyên"] {
        s.send("a");
        s.wait_for("Thêm phương án");
        s.send(title);
        s.send("\x13");
        s.wait_for_gone("Thêm phương án");
    }
    s.wait_for("Đã lưu phương án 2 của nội dung 1.");
    s.send("\x1b");
    s.wait_for_gone("Phương án của nội dung 1");
    // The proposal from the floor becomes option 3 in a few keys: its text is the description.
    s.send("\t");
    s.send("F");
    s.wait_for("Phương án theo đề xuất của Đặng Văn Lợi");
    s.send("2,5 m đầu kiệt\r");
    s.wait_for("Đã lưu phương án 3 của nội dung 1.");

    // No option reaches more than half of the 55 households: a run-off between the two first.
    s.send("v");
    s.wait_for("Biểu quyết chọn phương án");
    s.send("20\r7\r14\r1\r\r");
    s.wait_for("Đã lưu biểu quyết: Chưa phương án nào đạt");
    s.send("v");
    s.wait_for("Biểu quyết lại giữa phương án 1 và 3");
    s.send("30\r10\r2\r\r");
    s.wait_for("Đã lưu biểu quyết: Phương án 1 được thông qua.");

    // The chair's screen says it to the room.
    s.send("c");
    s.wait_for("Biểu quyết lại giữa phương án 1 và 3");
    s.wait_for("P H Ư Ơ N G   Á N   1   Đ Ư Ợ C   T H Ô N G   Q U A");
    s.send("\x1b");
    s.wait_for_gone("KẾT QUẢ BIỂU QUYẾT");

    // The files and the minutes.
    s.send("x");
    s.wait_for("Thư mục");
    s.send("\r");
    s.wait_for("Đã xuất CSV");
    s.send("q");
    s.wait_for("Về danh sách cuộc họp?");
    s.send("c");
    s.send("q");
    s.wait_for("Thoát hopdan?");
    s.send("y");
    s.exits_within(Duration::from_secs(5));

    let store = Store::open(&db).unwrap();
    let hands: Vec<_> = store
        .option_votes(id)
        .unwrap()
        .into_iter()
        .map(|v| (v.vote_no, v.option_no, v.votes))
        .collect();
    assert_eq!(
        hands,
        [(1, 1, 20), (1, 2, 7), (1, 3, 14), (2, 1, 30), (2, 3, 10)]
    );
    let folder = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap_or_else(|| out.clone());
    let options = std::fs::read_to_string(folder.join("options.csv")).unwrap();
    assert!(
        options.contains("1,1,3,2,5 m đầu kiệt,") || options.contains(",1,3,\"2,5 m đầu kiệt\","),
        "{options}"
    );
    assert!(
        options.contains("Đề nghị đoạn đầu kiệt chỉ mở 2,5 m"),
        "{options}"
    );
    let minutes = std::fs::read_to_string(folder.join("minutes.md")).unwrap();
    assert!(
        minutes.contains("Biểu quyết lại giữa phương án 1 và phương án 3"),
        "{minutes}"
    );
    assert!(
        minutes.contains("Phương án 1 (3 m toàn tuyến) được thông qua với 30/55 hộ"),
        "{minutes}"
    );
    integrity_ok(&db);
}
