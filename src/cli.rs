//! The command line (SPEC §3): parses arguments and runs one command.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use thiserror::Error;

use crate::documents::render_minutes;
use crate::domain::{MeetingId, SystemClock};
use crate::export::{
    ExportError, ExportOptions, ExportWriter, ImportError, import_dir, write_export,
};
use crate::i18n::{Lang, Strings};
use crate::messages;
use crate::store::{Store, StoreError, Verification, WriterLock};
use crate::tui::{self, App, theme::Theme};

#[derive(Debug, Parser)]
#[command(
    name = "hopdan",
    version,
    about = "Live minutes and show-of-hands votes for residents' consultation meetings",
    long_about = "Live minutes and show-of-hands votes for residents' consultation meetings \
                  (họp dân). Without a command, opens the terminal interface."
)]
pub struct Cli {
    /// The database file [default: $HOPDAN_DB, else <user data dir>/hopdan/hopdan.db]
    #[arg(long, global = true, value_name = "PATH", env = "HOPDAN_DB")]
    pub db: Option<PathBuf>,

    /// Language of the interface: vi or en [default: $HOPDAN_LANG, else vi]
    #[arg(long, global = true, value_name = "vi|en", env = "HOPDAN_LANG")]
    pub lang: Option<Lang>,

    /// The folder the interface offers for the `x` key [default: the one used last, else
    /// ./hopdan-export]
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the interface on a temporary copy of the sample consultation
    Demo,
    /// List the meetings: id, date, status, title
    List,
    /// Import a meeting folder of CSV files and print its new id
    Import {
        /// The folder holding meeting.csv, agenda.csv, opinions.csv and votes.csv
        dir: PathBuf,
    },
    /// Write the CSV files of a meeting (the latest one unless --meeting is given), and with
    /// --minutes its official minutes
    Export {
        /// The id of the meeting, as `hopdan list` shows it
        #[arg(long, value_name = "ID")]
        meeting: Option<MeetingId>,
        /// The folder to write the files to (created if missing)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Leave out the UTF-8 byte order mark (Excel needs it to read Vietnamese)
        #[arg(long)]
        no_bom: bool,
        /// Every meeting of the database, one after another in the same four files
        #[arg(long, conflicts_with_all = ["meeting", "minutes"])]
        all: bool,
        /// Also write the official minutes: minutes.md and minutes.html (print-ready, A4), in
        /// the language of --lang
        #[arg(long)]
        minutes: bool,
    },
    /// Follow the meeting live, read-only, for the chair or a projector in another window
    Show {
        /// The id of the meeting [default: the latest open meeting, else the latest]
        #[arg(long, value_name = "ID")]
        meeting: Option<MeetingId>,
    },
    /// Check a closed meeting against the fingerprint recorded when it was closed
    Verify {
        /// The id of the meeting (the latest one if absent)
        #[arg(long, value_name = "ID")]
        meeting: Option<MeetingId>,
    },
    /// Write a consistent copy of the database, also while the interface is writing to it
    Backup {
        /// The file to write (replaced whole if it exists; never the database itself)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// Why a command failed. `Display` is English; [`CliError::message`] says it in the language in
/// force, and is what the user reads.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("there is no meeting to export")]
    NoMeetingToExport,
    #[error("no user data folder is known on this system; give one with --db PATH")]
    NoDataDir,
    #[error("the current folder cannot be read: {0}")]
    CurrentDir(#[source] std::io::Error),
    #[error("cannot create a temporary folder for the demo: {0}")]
    DemoTempDir(#[source] std::io::Error),
    #[error("the terminal failed: {0}")]
    Terminal(#[source] std::io::Error),
    #[error("there is no meeting")]
    NoMeeting,
    /// `verify` could not confirm that the meeting is as it was closed.
    #[error("meeting {id} could not be verified: {verification:?}")]
    NotVerified {
        id: MeetingId,
        verification: Verification,
    },
}

impl CliError {
    /// The error as one sentence in the language of `strings`.
    pub fn message(&self, strings: &Strings) -> String {
        match self {
            CliError::Store(e) => messages::store_error(strings, e),
            CliError::Import(e) => messages::import_error(strings, e),
            CliError::Export(e) => messages::export_error(strings, e),
            CliError::NoMeetingToExport => strings.cli_no_meeting_to_export.to_owned(),
            CliError::NoDataDir => strings.cli_no_data_dir.to_owned(),
            CliError::CurrentDir(e) => (strings.cli_current_dir)(&messages::io_cause(strings, e)),
            CliError::DemoTempDir(e) => {
                (strings.cli_demo_temp_dir)(&messages::io_cause(strings, e))
            }
            CliError::Terminal(e) => (strings.cli_terminal_failed)(&messages::io_cause(strings, e)),
            CliError::NoMeeting => strings.meetings_empty.to_owned(),
            CliError::NotVerified { id, verification } => {
                messages::verification(strings, *id, verification)
            }
        }
    }
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

/// Parses the process arguments, runs the command and says how it went.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version exit 0, bad usage exits 2; clap says why in its own words.
        Err(err) => err.exit(),
    };
    let strings = cli.lang.unwrap_or_default().strings();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("hopdan: {}", err.message(strings));
            ExitCode::FAILURE
        }
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let lang = cli.lang.unwrap_or_default();
    match cli.command {
        None => {
            let path = database_path(cli.db.as_deref())?;
            // Held until the app ends: one secretary per database file.
            let _writer = WriterLock::acquire(&path)?;
            let mut store = Store::open(&path)?;
            // Refuse a file that cannot be saved to before anyone types into it.
            store.ensure_writable()?;
            let mut app = new_app(store, lang, cli.export_dir.as_deref())?;
            app.start();
            tui::run(app).map_err(CliError::Terminal)?;
        }
        Some(Command::Demo) => demo(lang, cli.export_dir.as_deref())?,
        Some(Command::List) => list(&open_existing_store(cli.db.as_deref())?, lang)?,
        Some(Command::Import { dir }) => {
            let record = import_dir(&dir)?;
            let mut store = Store::open(&database_path(cli.db.as_deref())?)?;
            // Nothing is written into a damaged file.
            store.quick_check()?;
            let id = store.insert_record(&record)?;
            println!("{id}");
        }
        Some(Command::Export {
            meeting,
            out,
            no_bom,
            all,
            minutes,
        }) => {
            let store = open_existing_store(cli.db.as_deref())?;
            let options = ExportOptions { bom: !no_bom };
            let files = if all {
                // One meeting in memory at a time, however large the database.
                let mut export = ExportWriter::create(&out, options)?;
                for id in store.meeting_ids()? {
                    export.append(&store.load_record(id)?, id)?;
                }
                export.finish()?
            } else {
                let id = meeting_or_latest(&store, meeting, CliError::NoMeetingToExport)?;
                // Checked before anything is written: no CSV files without their minutes.
                if minutes {
                    let (record, fingerprint) = store.record_for_minutes(id)?;
                    let minutes = render_minutes(&record, lang.strings(), fingerprint.as_ref());
                    write_export(&record, id, options, &minutes.files(), &out)?
                } else {
                    write_export(&store.load_record(id)?, id, options, &[], &out)?
                }
            };
            for file in files {
                println!("{}", file.display());
            }
        }
        Some(Command::Show { meeting }) => show(cli.db.as_deref(), meeting, lang)?,
        Some(Command::Verify { meeting }) => {
            let store = open_existing_store(cli.db.as_deref())?;
            let id = meeting_or_latest(&store, meeting, CliError::NoMeeting)?;
            let verification = store.verify_meeting(id)?;
            if !verification.is_intact() {
                return Err(CliError::NotVerified { id, verification });
            }
            println!(
                "{}",
                messages::verification(lang.strings(), id, &verification)
            );
        }
        Some(Command::Backup { out }) => {
            open_existing_store(cli.db.as_deref())?.backup_to(&out)?;
            println!("{}", out.display());
        }
    }
    Ok(())
}

/// The meeting named on the command line, else the one that started last.
fn meeting_or_latest(
    store: &Store,
    meeting: Option<MeetingId>,
    none: CliError,
) -> Result<MeetingId> {
    match meeting {
        Some(id) => Ok(id),
        None => store.latest_meeting_id()?.ok_or(none),
    }
}

/// `--db`, else `$HOPDAN_DB` (both read by clap), else the user's data folder.
fn database_path(db: Option<&Path>) -> Result<PathBuf> {
    match db {
        Some(path) => Ok(path.to_owned()),
        None => dirs::data_dir()
            .map(|dir| dir.join("hopdan").join("hopdan.db"))
            .ok_or(CliError::NoDataDir),
    }
}

/// The database of a command that reads it: never created here, so that a mistyped `--db`
/// is said instead of becoming an empty database.
fn open_existing_store(db: Option<&Path>) -> Result<Store> {
    Ok(Store::open_existing(&database_path(db)?)?)
}

/// The app on `store`; `x` offers `export_dir` (taken from the folder the app starts in), else
/// `hopdan-export` there, until a folder has been used.
fn new_app(store: Store, lang: Lang, export_dir: Option<&Path>) -> Result<App> {
    let start = std::env::current_dir().map_err(CliError::CurrentDir)?;
    let export_root = start.join(export_dir.unwrap_or(Path::new("hopdan-export")));
    Ok(App::new(
        store,
        Box::new(SystemClock),
        lang,
        Theme::from_env(),
        export_root,
    ))
}

fn demo(lang: Lang, export_dir: Option<&Path>) -> Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("hopdan-demo-")
        .tempdir()
        .map_err(CliError::DemoTempDir)?;
    let mut store = Store::open(&dir.path().join("demo.db"))?;
    let id = store.insert_record(&crate::sample::sample_record_as_open()?)?;
    let mut app = new_app(store, lang, export_dir)?;
    app.start();
    app.open_meeting(id);
    tui::run(app).map_err(CliError::Terminal)?;
    Ok(())
}

/// The chair's screen: reads the database, never writes it, takes no lock.
fn show(db: Option<&Path>, meeting: Option<MeetingId>, lang: Lang) -> Result<()> {
    let store = Store::open_read_only(&database_path(db)?)?;
    if let Some(id) = meeting {
        // A mistyped id is said at once, not shown as an empty screen.
        store.meeting(id)?;
    }
    let show = tui::show::Show::new(
        store,
        Box::new(SystemClock),
        lang,
        Theme::from_env(),
        meeting,
    );
    tui::show::run(show).map_err(CliError::Terminal)
}

fn list(store: &Store, lang: Lang) -> Result<()> {
    let strings = lang.strings();
    let meetings = store.list_meetings()?;
    if meetings.is_empty() {
        eprintln!("{}", strings.meetings_empty);
    }
    for m in meetings {
        println!(
            "{}\t{}\t{}\t{}",
            m.id,
            m.started_at.format("%Y-%m-%d"),
            m.status.code(),
            m.title
        );
    }
    Ok(())
}
