//! The command line (SPEC §3): parses arguments and runs one command.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::TypedValueParser;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::io::Write;
use thiserror::Error;

use crate::documents::{MinutesTitle, render_minutes_titled, render_word};
use crate::domain::{MeetingId, SystemClock};
use crate::export::{ExportError, ExportOptions, ExportWriter, Folder, ImportError, write_export};
use crate::i18n::{CliWords, Lang, Strings};
use crate::messages;
use crate::store::{ImportFailure, Store, StoreError, Verification, WriterLock};
use crate::tui::{self, App, theme::Theme};

/// Prints a line to standard output. What comes from data shows its escapes instead of sending
/// them to the terminal, and a closed pipe (`hopdan list | head -1`) or a terminal that has gone
/// ends nothing with a panic: there is nobody left to tell.
macro_rules! say {
    ($($arg:tt)*) => {{
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stdout().lock(), "{}", crate::domain::text::visible(&line));
    }};
}

/// [`say!`] to standard error.
macro_rules! complain {
    ($($arg:tt)*) => {{
        let line = format!($($arg)*);
        let _ = writeln!(std::io::stderr().lock(), "{}", crate::domain::text::visible(&line));
    }};
}

/// The commands and options. What `--help` says of each is in the user's language
/// (`crate::i18n::CliWords`), set on the parser by [`command`].
#[derive(Debug, Parser)]
#[command(name = "hopdan", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "PATH", env = "HOPDAN_DB")]
    pub db: Option<PathBuf>,

    #[arg(long, global = true, value_name = "vi|en", env = "HOPDAN_LANG")]
    pub lang: Option<Lang>,

    /// The folder `x` offers in the interface until one has been used.
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The interface on a temporary copy of the sample consultation.
    Demo,
    List,
    Import {
        dir: PathBuf,
    },
    Export {
        #[arg(long, value_name = "ID")]
        meeting: Option<MeetingId>,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long)]
        no_bom: bool,
        #[arg(long, conflicts_with_all = ["meeting", "minutes", "docx", "title"])]
        all: bool,
        #[arg(long)]
        minutes: bool,
        #[arg(long)]
        docx: bool,
        #[arg(long, value_name = "TITLE", value_parser = title_parser())]
        title: Option<MinutesTitle>,
    },
    /// The chair's screen: read only.
    Show {
        #[arg(long, value_name = "ID")]
        meeting: Option<MeetingId>,
    },
    Verify {
        #[arg(long, value_name = "ID")]
        meeting: Option<MeetingId>,
    },
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The register of a meeting (SPEC §9).
    Households {
        #[command(subcommand)]
        action: HouseholdsCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum HouseholdsCommand {
    /// Replaces the register of an open meeting by the households of a group's spreadsheet.
    Import {
        file: PathBuf,
        #[arg(long, value_name = "ID")]
        meeting: MeetingId,
    },
}

/// `--title`: one of the codes of [`MinutesTitle`], which `--help` lists.
fn title_parser() -> impl TypedValueParser<Value = MinutesTitle> {
    clap::builder::PossibleValuesParser::new(MinutesTitle::ALL.map(MinutesTitle::code))
        .map(|code| code.parse().unwrap_or_default())
}

/// The parser of the command line, its help in the language of `w`.
pub fn command(w: &CliWords) -> clap::Command {
    // clap's own help flag and help command would speak English: ours take their place.
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .help(w.help);
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(w.version);
    let cmd = Cli::command()
        .about(w.about)
        .long_about(w.long_about)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(help)
        .arg(version)
        // Their words name the variables already; clap's "[env: …]" would add English.
        .mut_arg("db", |a| a.help(w.db).hide_env(true))
        .mut_arg("lang", |a| a.help(w.lang).hide_env(true))
        .mut_arg("export_dir", |a| a.help(w.export_dir))
        .mut_subcommand("demo", |c| c.about(w.demo))
        .mut_subcommand("list", |c| c.about(w.list))
        .mut_subcommand("import", |c| {
            c.about(w.import).mut_arg("dir", |a| a.help(w.import_dir))
        })
        .mut_subcommand("export", |c| {
            c.about(w.export)
                .mut_arg("meeting", |a| a.help(w.export_meeting))
                .mut_arg("out", |a| a.help(w.export_out))
                .mut_arg("no_bom", |a| a.help(w.export_no_bom))
                .mut_arg("all", |a| a.help(w.export_all))
                .mut_arg("minutes", |a| a.help(w.export_minutes))
                .mut_arg("docx", |a| a.help(w.export_docx))
                .mut_arg("title", |a| {
                    a.help(w.export_title).hide_possible_values(true)
                })
        })
        .mut_subcommand("show", |c| {
            c.about(w.show)
                .mut_arg("meeting", |a| a.help(w.show_meeting))
        })
        .mut_subcommand("verify", |c| {
            c.about(w.verify)
                .mut_arg("meeting", |a| a.help(w.verify_meeting))
        })
        .mut_subcommand("backup", |c| {
            c.about(w.backup).mut_arg("out", |a| a.help(w.backup_out))
        })
        .mut_subcommand("households", |c| {
            c.about(w.households).mut_subcommand("import", |c| {
                c.about(w.households_import)
                    .mut_arg("file", |a| a.help(w.households_import_file))
                    .mut_arg("meeting", |a| a.help(w.households_import_meeting))
            })
        });
    let headed = |cmd: clap::Command| {
        cmd.help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            w.usage_heading
        ))
        .subcommand_help_heading(w.commands_heading)
        .subcommand_value_name(w.command_placeholder)
        .mut_args(|a| {
            let heading = if a.is_positional() {
                w.arguments_heading
            } else {
                w.options_heading
            };
            a.help_heading(heading)
        })
    };
    headed(cmd).mut_subcommands(|c| headed(c).mut_subcommands(headed))
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
    #[error("cannot read {}: {cause}", .path.display())]
    RegisterUnreadable {
        path: PathBuf,
        #[source]
        cause: std::io::Error,
    },
    #[error("{}: {error}", .path.display())]
    Register {
        path: PathBuf,
        error: crate::records::RegisterError,
    },
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
            CliError::RegisterUnreadable { path, cause } => {
                (strings.cli_register_unreadable)(path, &messages::io_cause(strings, cause))
            }
            CliError::Register { path, error } => messages::register_error(strings, path, error),
            CliError::NotVerified { id, verification } => {
                messages::verification(strings, *id, verification)
            }
        }
    }
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

/// Parses the process arguments, runs the command and says how it went.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let env_lang = std::env::var("HOPDAN_LANG").ok();
    // The help and the mistakes are said in the language asked for, known before parsing.
    let lang = lang_before_parsing(&args, env_lang.as_deref());
    let cli = match parse(&args, lang) {
        Ok(cli) => cli,
        Err(usage) if usage.code == 0 => {
            print!("{}", usage.text);
            return ExitCode::SUCCESS;
        }
        Err(usage) => {
            eprint!("{}", usage.text);
            return ExitCode::from(usage.code);
        }
    };
    let strings = cli.lang.unwrap_or_default().strings();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            complain!("hopdan: {}", err.message(strings));
            ExitCode::FAILURE
        }
    }
}

/// What the command line says instead of running a command: the help or the version (on
/// stdout, exit 0), or a mistake (on stderr, exit 2).
#[derive(Debug)]
pub struct Usage {
    pub text: String,
    pub code: u8,
}

/// The command line parsed, with its help and its mistakes in `lang`.
pub fn parse(args: &[OsString], lang: Lang) -> std::result::Result<Cli, Usage> {
    let w = lang.strings().cli;
    // `hopdan help [COMMAND]`, as clap's own help command had it, is that command's `--help`.
    let mut args = args.to_vec();
    if let Some(at) = first_word(&args).filter(|&at| args[at] == "help") {
        args.remove(at);
        args.push(OsString::from("--help"));
    }
    let args = args.as_slice();
    let matches = command(w)
        .try_get_matches_from(args)
        .map_err(|err| usage_error(w, &err, args))?;
    Cli::from_arg_matches(&matches).map_err(|err| usage_error(w, &err, args))
}

/// `text` with the usage line's "[OPTIONS]", which clap always writes in English, in the
/// user's language.
fn with_options_placeholder(w: &CliWords, text: &str) -> String {
    text.replace("[OPTIONS]", &format!("[{}]", w.options_placeholder))
}

/// Where the first word that is not an option or an option's value stands in `args`.
fn first_word(args: &[OsString]) -> Option<usize> {
    let mut at = 1;
    while let Some(arg) = args.get(at) {
        match arg.to_str() {
            Some("--db" | "--lang" | "--export-dir") => at += 2,
            Some(option) if option.starts_with('-') => at += 1,
            _ => return Some(at),
        }
    }
    None
}

/// `--lang` as written in `args` (`--lang en`, `--lang=en`), else `$HOPDAN_LANG`, else
/// Vietnamese. A language that is not one still gets Vietnamese, in which the parser then says
/// so.
pub fn lang_before_parsing(args: &[OsString], env: Option<&str>) -> Lang {
    let mut written = None;
    let mut words = args.iter().skip(1).filter_map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        match word {
            "--" => break,
            "--lang" => written = words.next(),
            _ => {
                if let Some(value) = word.strip_prefix("--lang=") {
                    written = Some(value);
                }
            }
        }
    }
    written
        .or(env)
        .and_then(|value| value.parse().ok())
        .unwrap_or_default()
}

/// A mistake on the command line as one sentence in the user's language, then how the command
/// is written and where its help is; the help and the version as clap writes them (in the
/// user's language, from [`command`]).
fn usage_error(w: &CliWords, err: &clap::Error, args: &[OsString]) -> Usage {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Usage {
                text: with_options_placeholder(w, &err.render().to_string()),
                code: u8::try_from(err.exit_code()).unwrap_or(2),
            };
        }
        _ => {}
    }
    let context = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(value)) => value.clone(),
        Some(ContextValue::Strings(values)) => values.join(", "),
        Some(ContextValue::StyledStr(text)) => text.to_string(),
        _ => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let mut sentence = match err.kind() {
        ErrorKind::UnknownArgument => (w.unknown_argument)(&arg),
        ErrorKind::InvalidSubcommand => {
            (w.unknown_command)(&context(ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match context(ContextKind::InvalidValue) {
                // `--db` last, with nothing after it.
                value if value.is_empty() => (w.no_value)(&arg),
                value => (w.invalid_value)(&value, &arg),
            }
        }
        ErrorKind::MissingRequiredArgument => (w.missing_arguments)(&arg),
        ErrorKind::ArgumentConflict => match context(ContextKind::PriorArg) {
            // The same option twice.
            prior if prior.is_empty() || prior == arg => (w.repeated)(&arg),
            prior => (w.conflict)(&arg, &prior),
        },
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            (w.no_value)(&arg)
        }
        _ => w.bad_usage.to_owned(),
    };
    let values = context(ContextKind::ValidValue);
    if !values.is_empty() {
        sentence.push(' ');
        sentence.push_str(&(w.possible_values)(&values));
    }
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .map(context)
        .into_iter()
        .find(|s| !s.is_empty());
    if let Some(suggested) = suggested {
        sentence.push(' ');
        sentence.push_str(&(w.did_you_mean)(&suggested));
    }
    // How the command named in `args` is written, and where its help is.
    let mut parser = command(w);
    parser.build();
    let named = args
        .iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .find(|arg| parser.find_subcommand(arg).is_some());
    let (name, usage) = match named.and_then(|name| parser.find_subcommand_mut(name)) {
        Some(sub) => (format!("hopdan {}", sub.get_name()), sub.render_usage()),
        None => ("hopdan".to_owned(), parser.render_usage()),
    };
    // clap heads the usage with its English word; the user's takes its place.
    let usage = with_options_placeholder(w, &usage.to_string());
    let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim();
    Usage {
        text: format!(
            "hopdan: {sentence}\n\n{} {usage}\n\n{}\n",
            w.usage_heading,
            (w.see_help)(&name)
        ),
        code: 2,
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let lang = cli.lang.unwrap_or_default();
    match cli.command {
        None => {
            let path = database_path(cli.db.as_deref())?;
            // Held until the app ends: one secretary per database file.
            let writer = WriterLock::acquire(&path)?;
            let store = Store::open(&path).and_then(|mut store| {
                // Refuse a file that cannot be saved to before anyone types into it.
                store.ensure_writable()?;
                Ok(store)
            });
            let store = match store {
                Ok(store) => store,
                Err(error) => {
                    writer.give_up();
                    return Err(error.into());
                }
            };
            let _writer = writer;
            let mut app = new_app(store, lang, cli.export_dir.as_deref())?;
            app.start();
            tui::run(app).map_err(CliError::Terminal)?;
        }
        Some(Command::Demo) => demo(lang, cli.export_dir.as_deref())?,
        Some(Command::List) => list(&open_existing_store(cli.db.as_deref())?, lang)?,
        Some(Command::Import { dir }) => {
            let folder = Folder::open(&dir)?;
            let path = database_path(cli.db.as_deref())?;
            // A link counts as there, even to a stick not plugged in: never removed.
            let created = std::fs::symlink_metadata(&path).is_err();
            let imported = (|| -> Result<MeetingId, CliError> {
                let mut store = Store::open(&path)?;
                // Nothing is written into a damaged file.
                store.quick_check()?;
                store.import(&folder).map_err(|e| match e {
                    ImportFailure::Files(e) => CliError::Import(e),
                    ImportFailure::Store(e) => CliError::Store(e),
                })
            })();
            // The files are read as they go into the database; a database this import created
            // for a folder it then refused is removed again, so a refused import leaves nothing.
            if imported.is_err() && created {
                crate::store::remove_new_database(&path);
            }
            let id = imported?;
            say!("{id}");
        }
        Some(Command::Export {
            meeting,
            out,
            no_bom,
            all,
            minutes,
            docx,
            title,
        }) => {
            let store = open_existing_store(cli.db.as_deref())?;
            let options = ExportOptions { bom: !no_bom };
            let files = if all {
                // One meeting in memory at a time, however large the database.
                let mut export = ExportWriter::create(&out, options)?;
                for id in store.meeting_ids()? {
                    export.append(&store.checked_record(id)?.0, id)?;
                }
                export.finish()?
            } else {
                let id = meeting_or_latest(&store, meeting, CliError::NoMeetingToExport)?;
                if minutes || docx {
                    // The documents need the whole record. Checked before anything is written:
                    // no CSV files without their documents.
                    let (record, fingerprint) = store.checked_record(id)?;
                    let (strings, title) = (lang.strings(), title.unwrap_or_default());
                    let minutes = minutes.then(|| {
                        render_minutes_titled(&record, strings, fingerprint.as_ref(), title)
                    });
                    let word =
                        docx.then(|| render_word(&record, strings, fingerprint.as_ref(), title));
                    let mut documents = Vec::new();
                    if let Some(minutes) = &minutes {
                        documents.extend(minutes.files());
                    }
                    if let Some(word) = &word {
                        documents.extend(word.files());
                    }
                    write_export(&record, id, options, &documents, &out)?
                } else {
                    // The opinions go from the database to the files one at a time, however
                    // many.
                    store.checked_record_streamed(id, |record, opinions, _| {
                        let mut export = ExportWriter::create(&out, options)?;
                        export.append_streamed::<_, _, CliError>(record, opinions, id)?;
                        Ok::<_, CliError>(export.finish()?)
                    })?
                }
            };
            for file in files {
                say!("{}", file.display());
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
            say!(
                "{}",
                messages::verification(lang.strings(), id, &verification)
            );
        }
        Some(Command::Backup { out }) => {
            open_existing_store(cli.db.as_deref())?.backup_to(&out)?;
            say!("{}", out.display());
        }
        Some(Command::Households {
            action: HouseholdsCommand::Import { file, meeting },
        }) => import_register(cli.db.as_deref(), &file, meeting, lang)?,
    }
    Ok(())
}

/// `hopdan households import`: the register of meeting `id` replaced by the households of a
/// group's spreadsheet, all of them or none. Once saved, what the reader left out or filled in
/// is said on stderr, and how many households there are now on stdout; a refusal is one
/// sentence.
fn import_register(db: Option<&Path>, file: &Path, id: MeetingId, lang: Lang) -> Result<()> {
    let strings = lang.strings();
    let bytes = std::fs::read(file).map_err(|cause| CliError::RegisterUnreadable {
        path: file.to_owned(),
        cause,
    })?;
    let register = crate::records::read_register(&bytes).map_err(|error| CliError::Register {
        path: file.to_owned(),
        error,
    })?;
    let mut store = open_existing_store(db)?;
    store.set_register(id, &register.households)?;
    for warning in &register.warnings {
        complain!("hopdan: {}", messages::register_warning(strings, warning));
    }
    let total = store.meeting(id)?.households_total;
    say!(
        "{}",
        (strings.cli_households_imported)(register.households.len(), id, total)
    );
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
        start,
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
        complain!("{}", strings.meetings_empty);
    }
    let mut out = std::io::stdout().lock();
    for m in meetings {
        // The fields are made visible one by one: the tabs between them are the format.
        let line = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            m.id,
            m.started_at.format("%Y-%m-%d"),
            m.status.code(),
            crate::domain::text::visible(&m.title)
        );
        if line.is_err() {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_read_before_parsing_from_the_args_else_the_environment() {
        let args = |words: &[&str]| -> Vec<OsString> {
            std::iter::once("hopdan")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect()
        };
        assert_eq!(lang_before_parsing(&args(&["--help"]), None), Lang::Vi);
        assert_eq!(
            lang_before_parsing(&args(&["--help"]), Some("en")),
            Lang::En
        );
        assert_eq!(
            lang_before_parsing(&args(&["export", "--lang", "en", "--help"]), Some("vi")),
            Lang::En
        );
        assert_eq!(lang_before_parsing(&args(&["--lang=en"]), None), Lang::En);
        assert_eq!(
            lang_before_parsing(&args(&["--lang", "fr"]), Some("en")),
            Lang::Vi
        );
        assert_eq!(
            lang_before_parsing(&args(&["import", "--", "--lang", "en"]), None),
            Lang::Vi
        );
    }

    /// A command or an option added without its words would show no help.
    #[test]
    fn every_command_and_option_has_its_help_in_both_languages() {
        for lang in [Lang::Vi, Lang::En] {
            let mut cmd = command(lang.strings().cli);
            cmd.build();
            let commands = std::iter::once(&cmd)
                .chain(cmd.get_subcommands())
                .chain(cmd.get_subcommands().flat_map(|c| c.get_subcommands()));
            for command in commands {
                assert!(command.get_about().is_some(), "{}", command.get_name());
                for arg in command.get_arguments() {
                    assert!(
                        arg.get_help().is_some(),
                        "{} {}",
                        command.get_name(),
                        arg.get_id()
                    );
                }
            }
        }
    }
}
