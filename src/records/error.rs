//! What can be wrong with the files of a meeting, and where.

use std::fmt;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::Part;
use crate::domain::{
    BallotCountError, BallotError, ChangeAction, ChangedKind, CodeError, CommitteeError,
    CountError, EntryKind, MeasureError, MeetingId, Outcome, PledgeError, Threshold, VoteBase,
    VoteError, WitnessError,
};

/// Where an import failed and why: `votes.csv line 3, column votes_for: "-1" is not a whole
/// number ≥ 0`.
#[derive(Debug)]
pub struct ImportError {
    /// The file, one of [`super::TABLES`].
    pub file: &'static str,
    /// 1-based physical line where the row starts; the header is line 1.
    pub line: Option<u64>,
    pub column: Option<&'static str>,
    pub problem: ImportProblem,
}

/// What is wrong, without the place (see [`ImportError`]).
#[derive(Debug, Error)]
pub enum ImportProblem {
    /// `dir` is empty when the files were given in memory.
    #[error("{}", missing(dir))]
    Missing { dir: PathBuf },
    #[error("cannot be read: {0}")]
    Unreadable(#[source] std::io::Error),
    #[error("is not valid CSV: {0}")]
    NotCsv(String),
    /// Mostly UTF-8, but not in this cell: a damaged byte.
    #[error("the text is not valid UTF-8")]
    NotUtf8,
    /// Neither UTF-8 nor Windows-1258, the two encodings Excel saves Vietnamese CSV in.
    #[error("the text is neither UTF-8 nor Windows-1258")]
    UnknownEncoding,
    /// `"Nang cap" junk`: a quoted cell goes on after its closing quote, so where it ends is a
    /// guess; read leniently it would become `Nang cap junk`.
    #[error("a quoted cell goes on after its closing quote")]
    TextAfterQuote,
    #[error("the file is empty; its first line must be the header {}", expected.join(","))]
    Empty { expected: &'static [&'static str] },
    #[error("the header must be \"{}\", not \"{}\"", expected.join(","), found.join(","))]
    WrongHeader {
        found: Vec<String>,
        expected: &'static [&'static str],
    },
    #[error("the row has {found} fields, expected {expected}")]
    FieldCount { found: usize, expected: usize },
    #[error("there is no meeting row (exactly one is expected)")]
    NoMeetingRow,
    #[error("a second meeting row (exactly one is expected)")]
    ExtraMeetingRow,
    #[error("\"{0}\" is not a meeting id (a whole number)")]
    BadMeetingId(String),
    #[error("meeting id {found} differs from {expected} in meeting.csv")]
    OtherMeeting {
        found: MeetingId,
        expected: MeetingId,
    },
    #[error(transparent)]
    Count(CountError),
    #[error("\"{0}\" must be 1 or more")]
    Zero(String),
    #[error(transparent)]
    Code(CodeError),
    #[error("a time is required")]
    NoTime,
    #[error("a closed meeting has the time it ended")]
    ClosedWithoutEnd,
    #[error("households_total {found} differs from {expected} in meeting.csv")]
    OtherTotal { found: u32, expected: u32 },
    #[error("\"{0}\" is not a time in ISO 8601 with its offset, such as 2022-06-12T08:30:00+07:00")]
    BadTime(String),
    #[error("the meeting ends ({ended}) before it starts ({started})")]
    EndsBeforeStart { started: String, ended: String },
    #[error(transparent)]
    Counts(VoteError),
    #[error("{found} differs from households present − for − against − abstain = {expected}")]
    NotVoting { found: u32, expected: u32 },
    #[error(
        "\"{found}\" differs from \"{computed}\", the result of these counts under {base} / {threshold}"
    )]
    WrongResult {
        found: Outcome,
        computed: Outcome,
        base: VoteBase,
        threshold: Threshold,
    },
    #[error("the cell is empty; it must say something")]
    Blank,
    #[error("item {0} is not in agenda.csv")]
    UnknownItem(u32),
    #[error("the row {part} appears twice (first on line {first_line})")]
    /// The part is boxed: a household's number makes it large, and errors are kept small.
    Duplicate { part: Box<Part>, first_line: u64 },
    #[error("correction {found} comes where correction {expected} is due")]
    CorrectionOutOfOrder { found: u32, expected: u32 },
    #[error("differs from the first row of correction {correction_no} (line {first_line})")]
    CorrectionDiffers { correction_no: u32, first_line: u64 },
    #[error("item_no and number do not name an entry of the kind {entity}")]
    KeyDoesNotFit { entity: EntryKind },
    #[error("the corrected entry is not in {file}")]
    NoSuchEntry { file: &'static str },
    #[error("\"{found}\" is not a column of {file} that a correction changes")]
    NotAField { found: String, file: &'static str },
    #[error("the field {0} appears twice in one correction")]
    FieldTwice(String),
    #[error("a correction that changed nothing has one row, with empty values")]
    EmptyField,
    #[error("the new value \"{found}\" differs from \"{held}\", what the entry held next")]
    NewValueDiffers { found: String, held: String },
    #[error(
        "vote {vote_no} of item {item_no} has {counted} corrections in votes.csv, {listed} here"
    )]
    CorrectionCount {
        item_no: u32,
        vote_no: u32,
        counted: u32,
        listed: usize,
    },
    #[error("the household number \"{0}\" is longer than {max} characters", max = super::HouseholdNo::MAX_CHARS)]
    HouseholdNoTooLong(String),
    #[error(transparent)]
    Measure(MeasureError),
    #[error(transparent)]
    Pledge(PledgeError),
    #[error("the representative leaves ({left}) before arriving ({arrived})")]
    LeavesBeforeArriving { arrived: String, left: String },
    #[error("household {0} is not in households.csv")]
    UnknownHousehold(String),
    #[error("item {0} is not in pledge_items.csv: it takes no land pledges")]
    ItemTakesNoPledges(u32),
    #[error("households_total {total} differs from the {register} households of households.csv")]
    OtherRegisterTotal { total: u32, register: usize },
    #[error(
        "households_present {present} differs from the {counted} households attendance.csv has present"
    )]
    OtherPresentThanList { present: u32, counted: u32 },
    #[error("a change of a {entity} cannot be \"{action}\" with this item_no")]
    ChangeDoesNotFit {
        entity: ChangedKind,
        action: ChangeAction,
    },
    #[error(
        "a household moved away or a pledge removed has one row per field, its new value empty: not so for {field}"
    )]
    EndedEntryRows { field: String },
    #[error("household {household_no} is signed in again at {arrived} while still present")]
    StaysOverlap {
        household_no: String,
        arrived: String,
    },
    #[error(
        "vote {vote_no} of item {item_no} says {found} households present; attendance.csv counts {counted} present then"
    )]
    PresentNotAttendance {
        item_no: u32,
        vote_no: u32,
        found: u32,
        counted: u32,
    },
    #[error(
        "vote {vote_no} of item {item_no} is a vote among options: its counts are never corrected (a re-vote is taken)"
    )]
    OptionsVoteCorrected { item_no: u32, vote_no: u32 },
    #[error("item {item_no} has an option {option_no}; an item offers at most {max} options", max = crate::domain::MAX_OPTIONS)]
    TooManyOptions { item_no: u32, option_no: u32 },
    #[error(
        "the options of item {item_no} are numbered 1, 2, … without gaps: option {found} comes where option {expected} is due"
    )]
    OptionOutOfOrder {
        item_no: u32,
        found: u32,
        expected: u32,
    },
    #[error(
        "item {0} has no options in options.csv: it is a yes/no question, without counts per option"
    )]
    ItemWithoutOptions(u32),
    #[error("item {item_no} has no option {option_no} in options.csv")]
    UnknownOption { item_no: u32, option_no: u32 },
    #[error("vote {vote_no} of item {item_no} is not in votes.csv")]
    VoteNotInVotes { item_no: u32, vote_no: u32 },
    #[error(
        "vote {vote_no} of item {item_no} is on a choice among options, but option_votes.csv counts the hands of {found} of them; a vote puts at least {min}",
        min = crate::domain::MIN_OPTIONS
    )]
    TooFewOptionCounts {
        item_no: u32,
        vote_no: u32,
        found: usize,
    },
    #[error(
        "{found} differs from {expected}, the votes of option {option_no}, the leading one in option_votes.csv"
    )]
    NotLeadingVotes {
        found: u32,
        expected: u32,
        option_no: u32,
    },
    #[error(
        "{found} differs from {expected}, the votes of the options other than the leading one in option_votes.csv"
    )]
    NotOtherVotes { found: u32, expected: u32 },
    #[error(
        "\"{found}\" differs from \"{computed}\", the result of the counts of option_votes.csv under {base} / {threshold}"
    )]
    WrongOptionsResult {
        found: Outcome,
        computed: Outcome,
        /// The option the counts adopt, if any.
        adopted: Option<u32>,
        base: VoteBase,
        threshold: Threshold,
    },
    #[error("a show of hands has no row in ballots.csv; only secret and household_ballot do")]
    HandsInBallots,
    #[error("only a household-ballot round has counted_at")]
    SecretWithCountedAt,
    #[error("a household-ballot round has no counting committee and no witnesses")]
    RoundWithCommittee,
    #[error("{0}")]
    Committee(CommitteeError),
    #[error("{0}")]
    Witness(WitnessError),
    #[error("{0}")]
    BallotCount(BallotCountError),
    #[error("{0}")]
    Ballot(BallotError),
    #[error("{found} differs from {expected}, what the ballots of household_ballots.csv give")]
    NotBallotCount { found: u32, expected: u32 },
    #[error("a ballot to every household needs the register (households.csv)")]
    RoundWithoutRegister,
    #[error("vote {vote_no} of item {item_no} is not a household-ballot round in ballots.csv")]
    NotARound { item_no: u32, vote_no: u32 },
    #[error("vote {vote_no} of item {item_no} was taken by ballot: its counts are never corrected")]
    BallotVoteCorrected { item_no: u32, vote_no: u32 },
    #[error("the ballot is received at {received}, before its round opened at {opened}")]
    BallotBeforeRound { received: String, opened: String },
    #[error("the round is counted at {counted}, before its ballot received at {received}")]
    CountedBeforeBallot { counted: String, received: String },
}

/// The short name the row structs use for what is wrong with a row.
pub(super) use ImportProblem as Problem;

/// A row turned into its domain value, or the column at fault and why.
pub(super) type Checked<T> = std::result::Result<T, (&'static str, ImportProblem)>;

fn missing(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        "the file is missing".to_owned()
    } else {
        format!("the file is missing from the folder {}", dir.display())
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, " line {line}, column {column}: ")?,
            (Some(line), None) => write!(f, " line {line}: ")?,
            (None, Some(column)) => write!(f, ", column {column}: ")?,
            (None, None) => f.write_str(": ")?,
        }
        write!(f, "{}", self.problem)
    }
}

// The message already contains the problem; no source, so that error chains print it once.
impl std::error::Error for ImportError {}

impl ImportError {
    pub fn file(file: &'static str, problem: ImportProblem) -> Self {
        ImportError {
            file,
            line: None,
            column: None,
            problem,
        }
    }
}
