use std::fmt;
use std::io;
use std::path::PathBuf;

use rusqlite::ErrorCode;
use thiserror::Error;

use chrono::{DateTime, FixedOffset};

use crate::domain::{
    BallotCountError, BallotError, CommitteeError, MeetingId, PledgeError, VoteError, WitnessError,
};

/// The message of the triggers that keep a closed meeting read-only (migration 0002).
pub(crate) const MEETING_CLOSED_MESSAGE: &str = "meeting closed";

/// What can go wrong with the database, in words a secretary can act on.
///
/// Every SQLite error goes through [`From<rusqlite::Error>`], the one place where SQLite's
/// result codes become these variants.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The file exists but is not a SQLite database, or is another program's database.
    /// It has not been modified.
    #[error("{} is not a hopdan database file; it was left unchanged", path.display())]
    NotADatabase { path: PathBuf },

    /// The file or its folder cannot be opened or created.
    #[error("cannot open the database file {}: {cause}", path.display())]
    CannotOpen {
        path: PathBuf,
        #[source]
        cause: OpenFailure,
    },

    /// The database was written by a newer hopdan; it has not been modified.
    #[error(
        "the database was written by a newer version of hopdan (schema {found}, this version \
         knows up to {supported}); please update hopdan"
    )]
    NewerSchema { found: i64, supported: i64 },

    /// A reader was pointed at a file that does not exist yet, or holds no hopdan data yet.
    /// Nothing was created.
    #[error(
        "there is no hopdan database at {} yet; open it once with hopdan first",
        path.display()
    )]
    NoDatabase { path: PathBuf },

    /// A reader found a database of an older hopdan, which only the interface may update.
    #[error(
        "the database was written by an older version of hopdan (schema {found}, this version \
         uses {supported}); open it once with hopdan first to update it"
    )]
    OlderSchema { found: i64, supported: i64 },

    /// The integrity check failed or SQLite found damaged pages.
    #[error("the database file is damaged ({detail}); restore it from a backup")]
    Corrupt { detail: String },

    /// Another program (or another copy of hopdan) holds a lock on the database
    /// (SQLITE_BUSY or SQLITE_LOCKED).
    #[error("the database is in use by another program; try again in a moment")]
    Busy,

    /// Another copy of hopdan has the database open for writing.
    #[error("{} is open in another hopdan window; close that one first", path.display())]
    InUse { path: PathBuf },

    /// The file, its folder or the disk is read-only (SQLITE_READONLY).
    #[error("the database cannot be written: the file, its folder or the disk is read-only")]
    ReadOnly,

    /// The disk is full (SQLITE_FULL).
    #[error("the disk is full: free some space and try again; nothing already saved was lost")]
    DiskFull,

    /// A meeting, agenda item, queue entry, opinion or vote that does not exist.
    #[error("{0} was not found")]
    NotFound(Missing),

    /// Counts that break a rule of SPEC §1 (also used for households present > total).
    #[error("{0}")]
    InvalidVote(#[from] VoteError),

    /// The meeting is closed, so it is read-only.
    #[error("the meeting is closed and can no longer be changed")]
    MeetingClosed,

    /// A speaker without a name: the record names who spoke.
    #[error("a speaker needs a name")]
    NamelessSpeaker,

    /// The counts of a vote taken among another number of households than the meeting has.
    #[error("a vote counts {found} households in all, the meeting {expected}")]
    OtherHouseholdsTotal { found: u32, expected: u32 },

    /// A change of the number of households of a meeting that has votes: each was counted
    /// among the households the meeting had then.
    #[error("meeting {id} has votes, so its number of households can no longer change")]
    TotalFixedByVotes { id: crate::domain::MeetingId },

    /// A change of the rule of an agenda item that has been voted on: its votes were decided by
    /// the rule in force.
    #[error("agenda item {item_no} has been voted on, so its rule can no longer change")]
    RuleFixedByVote { item_no: u32 },

    /// An action on the current speaker while nobody has the floor.
    #[error("nobody has the floor")]
    NoFloor,

    /// Giving the floor while someone else (`speaker`) still has it.
    #[error("{speaker} still has the floor; end their turn first")]
    FloorTaken { speaker: String },

    /// A closed meeting whose content no longer matches the fingerprint recorded when it was
    /// closed: its export would pass other content on as the sealed record.
    #[error(
        "meeting {id} was changed after it was closed; nothing was exported \
         (hopdan verify --meeting {id} shows what changed)"
    )]
    AlteredSinceClosing { id: crate::domain::MeetingId },

    /// A household number the register does not hold.
    #[error("household {household_no} is not in the register")]
    UnknownHousehold { household_no: String },

    /// A household number that is empty or longer than a number may be.
    #[error("\"{household_no}\" cannot number a household")]
    BadHouseholdNumber { household_no: String },

    /// A household number given twice in one register.
    #[error("household {household_no} is in the register twice")]
    DuplicateHousehold { household_no: String },

    /// A correction that would renumber a household: its sign-in and pledges name it.
    #[error("household {household_no} keeps its number")]
    HouseholdNumberKept { household_no: String },

    /// Marking as moved away a household that signed in or pledged.
    #[error("household {household_no} has signed in or pledged, so it stays in the register")]
    HouseholdInUse { household_no: String },

    /// Replacing the register of a meeting where a household was corrected or moved away.
    #[error("households of the register were corrected or moved away, so it is not replaced")]
    RegisterHasHistory,

    /// Replacing the register of a meeting where households have signed in or pledged.
    #[error("households have signed in or pledged, so the register can no longer be replaced")]
    RegisterInUse,

    /// A second sign-in of a household that is present.
    #[error("household {household_no} signed in already, at {arrived_at}")]
    AlreadySignedIn {
        household_no: String,
        arrived_at: DateTime<FixedOffset>,
    },

    /// Signing out, or changing the representative of, a household that is not present.
    #[error("household {household_no} has not signed in")]
    NotSignedIn { household_no: String },

    /// Taking back a sign-in that a vote has counted.
    #[error("a vote counted household {household_no} present, so its sign-in stays")]
    SignInCounted { household_no: String },

    /// A sign-in without a name: no representative given and the register names no head.
    #[error("household {household_no} needs the name of its representative")]
    NamelessRepresentative { household_no: String },

    /// Marking as moved away the only household of the register.
    #[error("household {household_no} is the last of the register")]
    LastHousehold { household_no: String },

    /// A proxy signed in without saying whose proxy it holds.
    #[error("the proxy for household {household_no} needs a note saying whose proxy it is")]
    ProxyWithoutNote { household_no: String },

    /// Setting the households present by hand in a meeting with a register.
    #[error("the households present are counted from the sign-in list")]
    PresenceFromRegister,

    /// Setting the number of households by hand in a meeting with a register.
    #[error("the number of households is that of the register")]
    TotalFromRegister,

    /// A vote whose households present are not those the sign-in list counts at its time.
    #[error("a vote counts {found} households present, the sign-in list {expected}")]
    PresentNotAttendance { found: u32, expected: u32 },

    /// A pledge on an item that does not ask households for land.
    #[error("agenda item {item_no} takes no land pledges")]
    ItemTakesNoPledges { item_no: u32 },

    /// A second pledge of a household on an item: the first is corrected instead.
    #[error("household {household_no} has pledged on agenda item {item_no} already")]
    AlreadyPledged { item_no: u32, household_no: String },

    /// Correcting or removing a pledge the household has not made.
    #[error("household {household_no} has no pledge on agenda item {item_no}")]
    NoPledge { item_no: u32, household_no: String },

    /// A seventh option.
    #[error("agenda item {item_no} has the most options an item may have")]
    TooManyOptions { item_no: u32 },

    /// A vote among options on an item with fewer than two.
    #[error("agenda item {item_no} needs at least two options")]
    TooFewOptions { item_no: u32 },

    /// A vote that puts fewer than two options, one twice, or one the item does not have.
    #[error("the vote does not put two or more different options of agenda item {item_no}")]
    OptionsNotOfItem { item_no: u32 },

    /// Changing the options of an item that has been voted on.
    #[error("agenda item {item_no} has been voted on, so its options can no longer change")]
    OptionsFixedByVote { item_no: u32 },

    #[error("agenda item {item_no} has no option {option_no}")]
    NoSuchOption { item_no: u32, option_no: u32 },

    #[error("an option needs a title")]
    OptionWithoutTitle,

    /// Correcting the counts of a vote among options: a re-vote is taken instead.
    #[error("the counts of a vote among the options of agenda item {item_no} are not corrected")]
    OptionsVoteNotCorrected { item_no: u32 },

    /// A secret ballot counted by a committee that cannot count it.
    #[error("{0}")]
    Committee(#[from] CommitteeError),

    /// A secret ballot with witnesses that cannot witness it.
    #[error("{0}")]
    Witness(#[from] WitnessError),

    /// A secret ballot's tally that breaks a check of SPEC §12.
    #[error("{0}")]
    BallotCount(#[from] BallotCountError),

    /// A household's ballot that its round does not accept.
    #[error("{0}")]
    Ballot(#[from] BallotError),

    /// Correcting the counts of a vote taken by ballot.
    #[error(
        "vote {vote_no} of agenda item {item_no} was taken by ballot; its counts are not typed over"
    )]
    BallotNotCorrected { item_no: u32, vote_no: u32 },

    /// A household-ballot round in a meeting without a register.
    #[error("a ballot to every household needs the register of the residential group")]
    RoundNeedsRegister,

    /// Vote `vote_no` of the item is not a household-ballot round.
    #[error("vote {vote_no} of agenda item {item_no} is not a household-ballot round")]
    NoSuchRound { item_no: u32, vote_no: u32 },

    /// A ballot entered or corrected in a round already counted.
    #[error("the household-ballot round {vote_no} of agenda item {item_no} is counted already")]
    RoundCounted { item_no: u32, vote_no: u32 },

    /// Another vote of the item, or the end of the meeting, while a round is still open.
    #[error("the household-ballot round {vote_no} of agenda item {item_no} is not counted yet")]
    RoundOpen { item_no: u32, vote_no: u32 },

    /// A ballot received before its round was opened.
    #[error("a ballot received at {received_at} is before its round opened at {opened_at}")]
    BallotBeforeRound {
        received_at: String,
        opened_at: String,
    },

    /// A correction of a ballot without a reason.
    #[error("a correction of a ballot needs a reason")]
    BallotCorrectionWithoutReason,

    /// Unmarking an item that has pledges.
    #[error("agenda item {item_no} has land pledges")]
    ItemHasPledges { item_no: u32 },

    #[error("{0}")]
    InvalidPledge(#[from] PledgeError),

    /// Closing a meeting at a time before it started.
    #[error("the meeting cannot end ({ended}) before it starts ({started})")]
    EndsBeforeStart { started: String, ended: String },

    /// A backup asked to go where it would replace the database itself (or its `-wal`,
    /// `-shm` or `-journal` file). Nothing was written.
    #[error(
        "{} is the database itself; choose another file for the backup",
        path.display()
    )]
    BackupOverDatabase { path: PathBuf },

    /// The backup file could not be written; any previous file at `path` is unchanged.
    #[error("cannot write the backup {}: {cause}", path.display())]
    Backup {
        path: PathBuf,
        #[source]
        cause: BackupFailure,
    },

    /// The schema could not be brought up to date.
    #[error("the database could not be updated to this version of hopdan: {0}")]
    Migration(#[source] rusqlite_migration::Error),

    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(#[source] rusqlite::Error),
}

/// Why a database file could not be opened or created.
#[derive(Debug, Error)]
pub enum OpenFailure {
    /// The operating system refused the file, its folder or its lock file.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// SQLite could not open or create the file (SQLITE_CANTOPEN); it does not say why.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// The file system cannot keep SQLite's write-ahead log (some network shares cannot).
    #[error("SQLite could not switch it to write-ahead logging (mode: {mode})")]
    NoWriteAheadLog { mode: String },
}

/// Why a backup could not be written.
#[derive(Debug, Error)]
pub enum BackupFailure {
    /// The operating system refused the folder, the copy or putting it in place.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The path ends in `..` or is a root.
    #[error("it does not name a file")]
    NoFileName,
    /// SQLite takes the path of the copy as UTF-8 text.
    #[error("the folder's name is not valid Unicode")]
    NameNotUnicode,
    /// The copy could not leave write-ahead logging to become one self-contained file.
    #[error("the copy stayed in journal mode {mode}")]
    JournalMode { mode: String },
    /// The check of the copy found damage: `detail` is what it reported.
    #[error("the copy is damaged ({detail})")]
    CopyDamaged { detail: String },
}

/// What the store was asked for and does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Meeting {
        id: MeetingId,
    },
    AgendaItem {
        meeting: MeetingId,
        item_no: u32,
    },
    QueueEntry {
        meeting: MeetingId,
        queue_id: i64,
    },
    /// The turn of an opinion.
    Turn {
        meeting: MeetingId,
        item_no: u32,
        turn_no: u32,
    },
    Vote {
        meeting: MeetingId,
        item_no: u32,
        vote_no: u32,
    },
    Guest {
        meeting: MeetingId,
        guest_no: u32,
    },
}

/// In English, for logs: `turn 3 on agenda item 2 of meeting 1`.
impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Missing::Meeting { id } => write!(f, "meeting {id}"),
            Missing::AgendaItem { meeting, item_no } => {
                write!(f, "agenda item {item_no} of meeting {meeting}")
            }
            Missing::QueueEntry { meeting, queue_id } => {
                write!(f, "queue entry {queue_id} of meeting {meeting}")
            }
            Missing::Turn {
                meeting,
                item_no,
                turn_no,
            } => write!(
                f,
                "turn {turn_no} on agenda item {item_no} of meeting {meeting}"
            ),
            Missing::Vote {
                meeting,
                item_no,
                vote_no,
            } => write!(
                f,
                "vote {vote_no} on agenda item {item_no} of meeting {meeting}"
            ),
            Missing::Guest { meeting, guest_no } => {
                write!(f, "guest {guest_no} of meeting {meeting}")
            }
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(failure, message) = &err {
            match failure.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return StoreError::Busy,
                ErrorCode::ReadOnly => return StoreError::ReadOnly,
                ErrorCode::DiskFull => return StoreError::DiskFull,
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
                    return StoreError::Corrupt {
                        detail: message.clone().unwrap_or_else(|| failure.to_string()),
                    };
                }
                ErrorCode::ConstraintViolation
                    if message.as_deref() == Some(MEETING_CLOSED_MESSAGE) =>
                {
                    return StoreError::MeetingClosed;
                }
                _ => {}
            }
        }
        StoreError::Sqlite(err)
    }
}

impl From<rusqlite_migration::Error> for StoreError {
    fn from(err: rusqlite_migration::Error) -> Self {
        match err {
            rusqlite_migration::Error::RusqliteError { err, .. } => err.into(),
            other => StoreError::Migration(other),
        }
    }
}
