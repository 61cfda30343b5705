//! What the tests that read a printed document back share: finding the programs, running one
//! with a time limit, and the text of a page as poppler's `pdftotext` reads it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The first of `names` found on the PATH.
pub fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Runs a command to its end, at most `limit`; its stdout on success.
pub fn run(command: &mut Command, limit: Duration) -> Vec<u8> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    // Read the pipes on their own threads, so that a chatty program never blocks on a full one.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut bytes).map(|_| bytes)
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut bytes).map(|_| bytes)
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = out.join().unwrap().unwrap();
    let stderr = err.join().unwrap().unwrap();
    assert!(
        status.success(),
        "{command:?} failed ({status}): {}",
        String::from_utf8_lossy(&stderr)
    );
    stdout
}

/// The text of one page, with every run of white space made one space (lines wrap anywhere).
pub fn page_text(pdftotext: &Path, pdf: &Path, page: usize) -> String {
    let text = run(
        Command::new(pdftotext)
            .args([
                "-enc",
                "UTF-8",
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
            ])
            .arg(pdf)
            .arg("-"),
        Duration::from_secs(30),
    );
    String::from_utf8(text)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Says why a test that needs `message`'s tools does not run, and gives `None`; in CI (`CI`
/// set), where the tools are installed, fails instead.
pub fn skipped<T>(test: &str, message: &str) -> Option<T> {
    if std::env::var_os("CI").is_some() {
        panic!("{message}");
    }
    // Straight to the terminal: the test harness would swallow `eprintln!`.
    let _ = writeln!(std::io::stderr(), "{test} skipped: {message}");
    None
}
