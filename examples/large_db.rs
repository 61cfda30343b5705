//! Builds the large benchmark database (see `benches/support/large_db.rs`) at a path of your
//! choice, to try the app or the export script on years of meetings:
//!
//! ```sh
//! cargo run --release --example large_db -- /tmp/large.db
//! cargo run --release -- --db /tmp/large.db
//! ```

#[path = "../benches/support/large_db.rs"]
mod large_db;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: large_db PATH   (PATH must not exist yet)");
        return ExitCode::from(2);
    };
    if path.exists() {
        eprintln!("{} exists already; give a new path", path.display());
        return ExitCode::FAILURE;
    }
    let id = large_db::build(&path);
    println!(
        "{}: {} closed meetings with {} opinions and {} votes, and open meeting {id} with {} turns",
        path.display(),
        large_db::CLOSED_MEETINGS,
        large_db::CLOSED_MEETINGS * large_db::OPINIONS_PER_MEETING,
        large_db::CLOSED_MEETINGS * large_db::VOTES_PER_MEETING,
        large_db::BIG_MEETING_TURNS,
    );
    ExitCode::SUCCESS
}
