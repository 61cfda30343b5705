//! Reading the files of a meeting back into a [`MeetingRecord`], checking everything.
//!
//! Each file is first split into rows (`raw`: the exact header, as many fields as columns), then
//! each row is read into its row struct by a deserializer that checks every cell as it goes, so
//! that a bad cell is reported as a typed problem of its column; then the rows are checked
//! against each other. The first problem found is reported with the file, the line (1-based,
//! the header is line 1) and the column. Nothing is returned unless everything is right.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, Read};
use std::path::Path;

use serde::de::DeserializeOwned;

use super::corrections::{current_cells, opinion_cells, read_corrections};
use super::error::Checked;
use super::raw::{RawRow, RawTable};
use super::register_changes::read_register_changes;
use super::{
    AgendaRow, AttendanceRow, BOM, BallotCorrectionRow, BallotRow, ConclusionRow, CorrectionRow,
    CsvFile, GuestRow, HouseholdBallotRow, HouseholdRow, ImportError, ImportProblem, MeetingRow,
    OpinionRow, OptionRow, OptionVoteRow, Part, PledgeItemRow, PledgeRow, RegisterChangeRow, Table,
    VoteRow, half_copied, is_added_later,
};
use crate::domain::{
    AgendaItem, Attendance, BallotCountError, BallotDetails, BallotRound, BallotVote, EntryKey,
    Household, ItemOption, Meeting, MeetingBallots, MeetingId, MeetingRecord, Opinion,
    OptionCounts, OptionVote, Pledge, SecretBallotCounts, SecretOptionsCounts, Vote, VoteMethod,
    format_time, present_at, present_now,
};

type Result<T> = std::result::Result<T, ImportError>;

/// The files of a meeting folder, wherever they are.
pub trait Files {
    /// The folder, to name in a message; empty for files given in memory.
    fn dir(&self) -> &Path;

    /// The file `name` from its first byte (an error of kind `NotFound` if there is none). A
    /// large file is opened more than once rather than held in memory.
    fn open(&self, name: &'static str) -> io::Result<Box<dyn BufRead + '_>>;
}

impl Files for [CsvFile] {
    fn dir(&self) -> &Path {
        Path::new("")
    }

    fn open(&self, name: &'static str) -> io::Result<Box<dyn BufRead + '_>> {
        match self.iter().find(|f| f.name == name) {
            Some(file) => Ok(Box::new(file.bytes.as_slice())),
            None => Err(io::ErrorKind::NotFound.into()),
        }
    }
}

/// Where the opinions of a meeting being read go, one at a time: a list in memory
/// ([`import_from`]) or a database transaction, so that a meeting of any size is read in
/// little memory.
pub trait OpinionSink {
    type Error: From<ImportError>;

    /// The meeting and its agenda, checked, before the first opinion.
    fn begin(
        &mut self,
        meeting: &Meeting,
        agenda: &[AgendaItem],
    ) -> std::result::Result<(), Self::Error>;

    /// Whether an opinion `item_no`, `turn_no` was already taken.
    fn contains(&mut self, item_no: u32, turn_no: u32) -> std::result::Result<bool, Self::Error>;

    /// An opinion, checked; none with its key was taken before.
    fn push(&mut self, opinion: Opinion) -> std::result::Result<(), Self::Error>;

    /// The opinion `item_no`, `turn_no` taken, if any: what the history of corrections is
    /// rebuilt from.
    fn get(
        &mut self,
        item_no: u32,
        turn_no: u32,
    ) -> std::result::Result<Option<Opinion>, Self::Error>;
}

/// The opinions in memory, for [`import_from`].
#[derive(Default)]
struct Listed {
    opinions: Vec<Opinion>,
    keys: HashSet<(u32, u32)>,
}

impl OpinionSink for Listed {
    type Error = ImportError;

    fn begin(&mut self, _: &Meeting, _: &[AgendaItem]) -> Result<()> {
        Ok(())
    }

    fn contains(&mut self, item_no: u32, turn_no: u32) -> Result<bool> {
        Ok(self.keys.contains(&(item_no, turn_no)))
    }

    fn push(&mut self, opinion: Opinion) -> Result<()> {
        self.keys.insert((opinion.item_no, opinion.turn_no));
        self.opinions.push(opinion);
        Ok(())
    }

    fn get(&mut self, item_no: u32, turn_no: u32) -> Result<Option<Opinion>> {
        Ok(self
            .opinions
            .iter()
            .find(|o| o.item_no == item_no && o.turn_no == turn_no)
            .cloned())
    }
}

/// Checks the files of a meeting, given in memory, and builds the record. `files` is looked up
/// by name; their order does not matter. The files of [`super::ADDED_LATER`] that a folder
/// exported by an earlier version lacks read as empty tables (a folder with only some of a
/// version's files is refused, as half copied). Without
/// `corrections.csv` the record has no corrections and each vote keeps its count of them.
pub fn import_files(files: &[CsvFile]) -> Result<MeetingRecord> {
    import_from(files)
}

/// [`import_files`] of files wherever they are.
pub fn import_from(files: &(impl Files + ?Sized)) -> Result<MeetingRecord> {
    let mut listed = Listed::default();
    let mut record = import_into(files, &mut listed)?;
    listed.opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    record.opinions = listed.opinions;
    Ok(record)
}

/// Checks the files of a meeting as [`import_files`] does, with the same errors, and builds
/// the record, but for its opinions: those go to `sink`, one at a time as they are read
/// (`opinions.csv` is never held in memory), and the record handed back has none. The
/// other files are read whole.
pub fn import_into<S: OpinionSink>(
    files: &(impl Files + ?Sized),
    sink: &mut S,
) -> std::result::Result<MeetingRecord, S::Error> {
    let open = |name: &'static str| -> Result<Option<Box<dyn BufRead + '_>>> {
        match files.open(name) {
            Ok(file) => Ok(Some(file)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(ImportError::file(name, ImportProblem::Unreadable(e))),
        }
    };
    let missing = |name: &'static str| {
        ImportError::file(
            name,
            ImportProblem::Missing {
                dir: files.dir().to_path_buf(),
            },
        )
    };
    let whole = |name: &'static str| -> Result<Option<Vec<u8>>> {
        let Some(mut file) = open(name)? else {
            return Ok(None);
        };
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)
            .map_err(|e| ImportError::file(name, ImportProblem::Unreadable(e)))?;
        Ok(Some(bytes))
    };
    let find = |name: &'static str| whole(name)?.ok_or_else(|| missing(name));

    // The files of each later version came in together, after those of the versions before.
    let mut there = Vec::new();
    for name in super::ADDED_LATER.iter().flat_map(|files| files.iter()) {
        if open(name)?.is_some() {
            there.push(*name);
        }
    }
    if let Some(name) = half_copied(|name| there.contains(&name)) {
        return Err(missing(name).into());
    }

    let meetings = RawTable::read::<MeetingRow>(&find(MeetingRow::FILE)?)?;
    let mut rows = meetings.rows.iter();
    let Some(first) = rows.next() else {
        return Err(ImportError::file(MeetingRow::FILE, ImportProblem::NoMeetingRow).into());
    };
    let row: MeetingRow = meetings.deserialize(first)?;
    let meeting_id = row.meeting_id;
    let meeting = meetings.checked(first, row.check())?;
    let meeting_line = first.line;
    if let Some(second) = rows.next() {
        return Err(meetings
            .error(second.line, None, ImportProblem::ExtraMeetingRow)
            .into());
    }

    let mut context = Context {
        meeting_id,
        item_nos: Vec::new(),
    };
    let mut agenda = context.read(&find(AgendaRow::FILE)?, AgendaRow::check)?;
    context.item_nos = agenda.iter().map(|item| item.item_no).collect();
    agenda.sort_by_key(|item| item.item_no);
    let added_later = |name: &'static str| -> Result<Option<Vec<u8>>> {
        match whole(name)? {
            None if is_added_later(name) => Ok(None),
            None => Err(missing(name)),
            found => Ok(found),
        }
    };
    // Before the sink has the agenda: which items take pledges is in the register's files.
    let register = Register::read(&context, (&meeting, meeting_line), &added_later)?;
    for item in &mut agenda {
        item.takes_pledges = register.pledge_items.contains(&item.item_no);
    }
    sink.begin(&meeting, &agenda)?;

    if open(OpinionRow::FILE)?.is_none() {
        return Err(missing(OpinionRow::FILE).into());
    }
    let opinions = move || files.open(OpinionRow::FILE);
    context.stream(&opinions, sink)?;

    let options = match added_later(OptionRow::FILE)? {
        Some(bytes) => read_options(&context, &bytes)?,
        None => Vec::new(),
    };
    let option_votes = match added_later(OptionVoteRow::FILE)? {
        Some(bytes) => context.read_lined(&bytes, |row: OptionVoteRow| row.check(&options))?,
        None => Vec::new(),
    };
    // The hands for each option put in each vote: (option_no, votes) by option_no.
    let mut hands: HashMap<(u32, u32), Vec<(u32, u32)>> = HashMap::new();
    for (_, o) in &option_votes {
        hands
            .entry((o.item_no, o.vote_no))
            .or_default()
            .push((o.option_no, o.votes));
    }
    for put in hands.values_mut() {
        put.sort_unstable();
    }

    // How each vote taken by ballot was taken, before the votes: their results follow it.
    let ballot_votes = match added_later(BallotRow::FILE)? {
        Some(bytes) => context.read_lined(&bytes, BallotRow::check)?,
        None => Vec::new(),
    };
    let method_of = |item_no: u32, vote_no: u32| {
        ballot_votes
            .iter()
            .find(|(_, b)| b.item_no == item_no && b.vote_no == vote_no)
            .map_or(VoteMethod::Hands, |(_, b)| b.details.method())
    };

    let households_total = meeting.households_total;
    let mut votes = context.read(&find(VoteRow::FILE)?, |row: VoteRow| {
        let item_no = row.item_no.0;
        let put = options.iter().any(|o| o.item_no == item_no).then(|| {
            hands
                .get(&(item_no, row.vote_no.0))
                .cloned()
                .unwrap_or_default()
        });
        let method = method_of(item_no, row.vote_no.0);
        let vote = row.check_among(households_total, put, method)?;
        // A round's households present are the ballots returned, not the sign-in list.
        if method != VoteMethod::HouseholdBallot {
            register.check_vote(&vote)?;
        }
        Ok(vote)
    })?;
    for (line, o) in &option_votes {
        if !votes
            .iter()
            .any(|v| v.item_no == o.item_no && v.vote_no == o.vote_no)
        {
            return Err(ImportError {
                file: OptionVoteRow::FILE,
                line: Some(*line),
                column: Some("vote_no"),
                problem: ImportProblem::VoteNotInVotes {
                    item_no: o.item_no,
                    vote_no: o.vote_no,
                },
            }
            .into());
        }
    }
    let mut option_votes: Vec<OptionVote> = option_votes.into_iter().map(|(_, o)| o).collect();
    option_votes.sort_by_key(|o| (o.item_no, o.vote_no, o.option_no));
    let ballots = read_ballots(
        &context,
        &added_later,
        ballot_votes,
        &votes,
        &option_votes,
        &register.households,
        meeting.status == crate::domain::MeetingStatus::Closed,
    )?;
    let mut guests = match added_later(GuestRow::FILE)? {
        Some(bytes) => context.read(&bytes, GuestRow::check)?,
        None => Vec::new(),
    };
    let mut conclusions = match added_later(ConclusionRow::FILE)? {
        Some(bytes) => context.read(&bytes, ConclusionRow::check)?,
        None => Vec::new(),
    };

    votes.sort_by_key(|v| (v.item_no, v.vote_no));
    guests.sort_by_key(|g| g.guest_no);
    conclusions.sort_by_key(|c| c.item_no);
    let Register {
        households,
        attendance,
        pledges,
        ..
    } = register;
    let mut record = MeetingRecord {
        meeting,
        agenda,
        opinions: Vec::new(),
        votes,
        guests,
        conclusions,
        corrections: Vec::new(),
        households,
        attendance,
        pledges,
        register_changes: Vec::new(),
        options,
        option_votes,
        ballots,
    };
    if let Some(bytes) = added_later(RegisterChangeRow::FILE)? {
        record.register_changes = read_register_changes(&bytes, &record, meeting_id)?;
    }
    if let Some(bytes) = whole(CorrectionRow::FILE)? {
        // The opinions are in the sink; a failure there ends the rebuild and is what is said.
        let mut failed = None;
        let rebuilt = read_corrections(&bytes, &record, meeting_id, &mut |key| match key {
            EntryKey::Opinion { item_no, turn_no } => match sink.get(item_no, turn_no) {
                Ok(opinion) => opinion.as_ref().map(opinion_cells),
                Err(e) => {
                    failed.get_or_insert(e);
                    None
                }
            },
            other => current_cells(&record, other),
        });
        if let Some(e) = failed {
            return Err(e);
        }
        record.corrections = rebuilt?;
    }
    Ok(record)
}

/// The register of `households.csv`, and the attendance and pledges that name its households,
/// checked against each other and against the meeting: each in the order export writes it.
struct Register {
    households: Vec<Household>,
    attendance: Vec<Attendance>,
    pledges: Vec<Pledge>,
    /// The items that take pledges, by item_no.
    pledge_items: Vec<u32>,
}

impl Register {
    /// `meeting` is the meeting of `meeting.csv` and the line it is on.
    fn read(
        context: &Context,
        (meeting, meeting_line): (&Meeting, u64),
        added_later: &dyn Fn(&'static str) -> Result<Option<Vec<u8>>>,
    ) -> Result<Register> {
        let households = match added_later(HouseholdRow::FILE)? {
            Some(bytes) => context.read(&bytes, HouseholdRow::check)?,
            None => Vec::new(),
        };
        if !households.is_empty() && households.len() != meeting.households_total as usize {
            return Err(ImportError {
                file: MeetingRow::FILE,
                line: Some(meeting_line),
                column: Some("households_total"),
                problem: ImportProblem::OtherRegisterTotal {
                    total: meeting.households_total,
                    register: households.len(),
                },
            });
        }
        let position: HashMap<&str, usize> = households
            .iter()
            .enumerate()
            .map(|(i, h)| (h.household_no.as_str(), i))
            .collect();
        let known = |number: &str| -> std::result::Result<usize, (&'static str, ImportProblem)> {
            position.get(number).copied().ok_or_else(|| {
                (
                    "household_no",
                    ImportProblem::UnknownHousehold(number.to_owned()),
                )
            })
        };
        let mut attendance = match added_later(AttendanceRow::FILE)? {
            Some(bytes) => context.read_lined(&bytes, |row: AttendanceRow| {
                let attendance = row.check()?;
                known(&attendance.household_no)?;
                Ok(attendance)
            })?,
            None => Vec::new(),
        };
        let pledge_items = match added_later(PledgeItemRow::FILE)? {
            Some(bytes) => context.read(&bytes, |row: PledgeItemRow| Ok(row.item_no.0))?,
            None => Vec::new(),
        };
        let mut pledges = match added_later(PledgeRow::FILE)? {
            Some(bytes) => context.read(&bytes, |row: PledgeRow| {
                let pledge = row.check()?;
                known(&pledge.household_no)?;
                if !pledge_items.contains(&pledge.item_no) {
                    return Err(("item_no", ImportProblem::ItemTakesNoPledges(pledge.item_no)));
                }
                Ok(pledge)
            })?,
            None => Vec::new(),
        };
        let order = |number: &str| position.get(number).copied().unwrap_or(usize::MAX);
        attendance.sort_by_key(|(_, a)| (a.arrived_at, order(&a.household_no)));
        check_stays(&attendance)?;
        let attendance: Vec<Attendance> = attendance.into_iter().map(|(_, a)| a).collect();
        let counted = present_now(&attendance);
        if !households.is_empty() && meeting.households_present != counted {
            return Err(ImportError {
                file: MeetingRow::FILE,
                line: Some(meeting_line),
                column: Some("households_present"),
                problem: ImportProblem::OtherPresentThanList {
                    present: meeting.households_present,
                    counted,
                },
            });
        }
        pledges.sort_by_key(|p| (p.item_no, order(&p.household_no)));
        Ok(Register {
            households,
            attendance,
            pledges,
            pledge_items,
        })
    }

    /// With a register, a vote counts as present the households signed in at its time.
    fn check_vote(&self, vote: &crate::domain::Vote) -> super::error::Checked<()> {
        if self.households.is_empty() {
            return Ok(());
        }
        let counted = present_at(&self.attendance, vote.voted_at);
        let found = vote.counts.households_present;
        if found != counted {
            return Err((
                "households_present",
                ImportProblem::PresentNotAttendance {
                    item_no: vote.item_no,
                    vote_no: vote.vote_no,
                    found,
                    counted,
                },
            ));
        }
        Ok(())
    }
}

/// The ballots of `ballots.csv` (read before the votes, `ballot_votes`), `household_ballots.csv`
/// and `ballot_corrections.csv`, each checked against the votes, the hands per option and the
/// register: a secret ballot's tally by SPEC §12, a round's counts by its ballots.
fn read_ballots(
    context: &Context,
    added_later: &dyn Fn(&'static str) -> Result<Option<Vec<u8>>>,
    ballot_votes: Vec<(u64, BallotVote)>,
    votes: &[Vote],
    option_votes: &[OptionVote],
    households: &[Household],
    closed: bool,
) -> Result<MeetingBallots> {
    let error = |file: &'static str, line: u64, column: &'static str, problem| ImportError {
        file,
        line: Some(line),
        column: Some(column),
        problem,
    };
    let household_ballots = match added_later(HouseholdBallotRow::FILE)? {
        Some(bytes) => context.read_lined(&bytes, HouseholdBallotRow::check)?,
        None => Vec::new(),
    };
    let mut corrections = match added_later(BallotCorrectionRow::FILE)? {
        Some(bytes) => context.read_lined(&bytes, BallotCorrectionRow::check)?,
        None => Vec::new(),
    };
    let register: Vec<String> = households.iter().map(|h| h.household_no.clone()).collect();
    let put_of = |vote: &Vote| -> Vec<(u32, u32)> {
        option_votes
            .iter()
            .filter(|o| o.item_no == vote.item_no && o.vote_no == vote.vote_no)
            .map(|o| (o.option_no, o.votes))
            .collect()
    };
    let mut rounds: Vec<((u32, u32), BallotRound)> = Vec::new();
    for (line, ballot_vote) in &ballot_votes {
        let (item_no, vote_no) = (ballot_vote.item_no, ballot_vote.vote_no);
        let Some(vote) = votes
            .iter()
            .find(|v| v.item_no == item_no && v.vote_no == vote_no)
        else {
            return Err(error(
                BallotRow::FILE,
                *line,
                "vote_no",
                ImportProblem::VoteNotInVotes { item_no, vote_no },
            ));
        };
        let put = put_of(vote);
        match &ballot_vote.details {
            BallotDetails::Secret {
                sheets, witnesses, ..
            } => {
                let checked = if put.is_empty() {
                    SecretBallotCounts {
                        households_total: vote.counts.households_total,
                        households_present: vote.counts.households_present,
                        issued: sheets.issued,
                        returned: sheets.returned,
                        valid: sheets.valid,
                        invalid: sheets.invalid,
                        votes_for: vote.counts.votes_for,
                        votes_against: vote.counts.votes_against,
                        votes_abstain: vote.counts.votes_abstain,
                    }
                    .validate()
                } else {
                    SecretOptionsCounts {
                        sheets: *sheets,
                        choices: OptionCounts {
                            households_total: vote.counts.households_total,
                            households_present: vote.counts.households_present,
                            options: put,
                            abstain: vote.counts.votes_abstain,
                        },
                    }
                    .validate()
                };
                checked.map_err(|e| {
                    // The column of the count the check found wrong.
                    let column = match e {
                        BallotCountError::PresentExceedsTotal { .. }
                        | BallotCountError::IssuedExceedsPresent { .. } => "ballots_issued",
                        BallotCountError::ReturnedExceedsIssued { .. } => "ballots_returned",
                        BallotCountError::SortedNotReturned { .. }
                        | BallotCountError::VotesNotValid { .. }
                        | BallotCountError::OptionVotesNotValid { .. } => "ballots_valid",
                    };
                    error(
                        BallotRow::FILE,
                        *line,
                        column,
                        ImportProblem::BallotCount(e),
                    )
                })?;
                let known = (!register.is_empty()).then_some(register.as_slice());
                witnesses.validate(known).map_err(|e| {
                    error(
                        BallotRow::FILE,
                        *line,
                        "witness_1",
                        ImportProblem::Witness(e),
                    )
                })?;
            }
            BallotDetails::HouseholdRound { counted_at } => {
                if register.is_empty() {
                    return Err(error(
                        BallotRow::FILE,
                        *line,
                        "method",
                        ImportProblem::RoundWithoutRegister,
                    ));
                }
                // A meeting is closed once each of its rounds is counted, never before.
                if closed && counted_at.is_none() {
                    return Err(error(
                        BallotRow::FILE,
                        *line,
                        "counted_at",
                        ImportProblem::Blank,
                    ));
                }
                let round =
                    BallotRound::put(register.clone(), put.iter().map(|&(no, _)| no).collect());
                rounds.push(((item_no, vote_no), round));
            }
        }
    }
    let round_of = |rounds: &mut Vec<((u32, u32), BallotRound)>, item_no, vote_no| {
        rounds
            .iter()
            .position(|(key, _)| *key == (item_no, vote_no))
            .ok_or(ImportProblem::NotARound { item_no, vote_no })
    };
    for (line, b) in &household_ballots {
        let at = |column, problem| error(HouseholdBallotRow::FILE, *line, column, problem);
        let index = round_of(&mut rounds, b.item_no, b.vote_no).map_err(|p| at("vote_no", p))?;
        let opened = votes
            .iter()
            .find(|v| v.item_no == b.item_no && v.vote_no == b.vote_no)
            .map(|v| v.voted_at);
        if let Some(opened) = opened
            && crate::domain::received_before_round(&b.ballot.received_at, &opened)
        {
            return Err(at(
                "received_at",
                ImportProblem::BallotBeforeRound {
                    received: format_time(&b.ballot.received_at),
                    opened: format_time(&opened),
                },
            ));
        }
        rounds[index]
            .1
            .add(b.ballot.clone())
            .map_err(|e| at("household_no", ImportProblem::Ballot(e)))?;
    }
    // What the rows of ballots.csv, by line, say a round issued and got back (its BallotVote
    // keeps neither): a ballot to every household of the register, and its ballots.
    let round_sheets: HashMap<u64, (u32, u32)> = match added_later(BallotRow::FILE)? {
        Some(bytes) => context
            .read_lined(&bytes, |row: BallotRow<'static>| {
                Ok((row.ballots_issued, row.ballots_returned))
            })?
            .into_iter()
            .collect(),
        None => HashMap::new(),
    };
    // The line of a vote's row of votes.csv, and of an option's row of option_votes.csv: read
    // again only to name the row a round's counts disagree with.
    let vote_line = |key: (u32, u32)| -> Result<Option<u64>> {
        let Some(bytes) = added_later(VoteRow::FILE)? else {
            return Ok(None);
        };
        let rows = context.read_lined(&bytes, |row: VoteRow| Ok((row.item_no.0, row.vote_no.0)))?;
        Ok(rows
            .into_iter()
            .find(|(_, k)| *k == key)
            .map(|(line, _)| line))
    };
    let option_line = |key: (u32, u32, u32)| -> Result<Option<u64>> {
        let Some(bytes) = added_later(OptionVoteRow::FILE)? else {
            return Ok(None);
        };
        let rows = context.read_lined(&bytes, |row: OptionVoteRow| {
            Ok((row.item_no.0, row.vote_no.0, row.option_no.0))
        })?;
        Ok(rows
            .into_iter()
            .find(|(_, k)| *k == key)
            .map(|(line, _)| line))
    };
    // Each round's counts are what its ballots give.
    for (line, ballot_vote) in &ballot_votes {
        let BallotDetails::HouseholdRound { counted_at } = &ballot_vote.details else {
            continue;
        };
        let key = (ballot_vote.item_no, ballot_vote.vote_no);
        let Some((_, round)) = rounds.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        let Some(vote) = votes.iter().find(|v| (v.item_no, v.vote_no) == key) else {
            continue;
        };
        if let Some(&(issued, returned)) = round_sheets.get(line) {
            if issued != round.households() {
                return Err(error(
                    BallotRow::FILE,
                    *line,
                    "ballots_issued",
                    ImportProblem::OtherTotal {
                        found: issued,
                        expected: round.households(),
                    },
                ));
            }
            if returned != round.returned() {
                return Err(error(
                    BallotRow::FILE,
                    *line,
                    "ballots_returned",
                    ImportProblem::NotBallotCount {
                        found: returned,
                        expected: round.returned(),
                    },
                ));
            }
        }
        let derived = round.vote_counts();
        for (column, found, expected) in [
            (
                "households_present",
                vote.counts.households_present,
                derived.households_present,
            ),
            ("votes_for", vote.counts.votes_for, derived.votes_for),
            (
                "votes_against",
                vote.counts.votes_against,
                derived.votes_against,
            ),
            (
                "votes_abstain",
                vote.counts.votes_abstain,
                derived.votes_abstain,
            ),
        ] {
            if found != expected {
                return Err(ImportError {
                    file: VoteRow::FILE,
                    line: vote_line(key)?,
                    column: Some(column),
                    problem: ImportProblem::NotBallotCount { found, expected },
                });
            }
        }
        if let Some(counts) = round.option_counts() {
            for (option_no, expected) in counts.options {
                let found = option_votes
                    .iter()
                    .find(|o| (o.item_no, o.vote_no) == key && o.option_no == option_no)
                    .map_or(0, |o| o.votes);
                if found != expected {
                    return Err(ImportError {
                        file: OptionVoteRow::FILE,
                        line: option_line((key.0, key.1, option_no))?,
                        column: Some("votes"),
                        problem: ImportProblem::NotBallotCount { found, expected },
                    });
                }
            }
        }
        if let Some(counted) = counted_at
            && let Some(last) = round.ballots().iter().map(|b| b.received_at).max()
            && *counted < last
        {
            return Err(error(
                BallotRow::FILE,
                *line,
                "counted_at",
                ImportProblem::CountedBeforeBallot {
                    counted: format_time(counted),
                    received: format_time(&last),
                },
            ));
        }
    }
    corrections.sort_by_key(|(_, (no, _))| *no);
    for (line, (_, correction)) in &corrections {
        let at = |column, problem| error(BallotCorrectionRow::FILE, *line, column, problem);
        let index = round_of(&mut rounds, correction.item_no, correction.vote_no)
            .map_err(|p| at("vote_no", p))?;
        // The ballot as it was: one the round took, of a household that has a ballot now.
        rounds[index]
            .1
            .clone()
            .correct(correction.was.clone())
            .map_err(|e| at("household_no", ImportProblem::Ballot(e)))?;
    }
    let mut ballot_votes: Vec<BallotVote> = ballot_votes.into_iter().map(|(_, b)| b).collect();
    ballot_votes.sort_by_key(|b| (b.item_no, b.vote_no));
    let mut household_ballots: Vec<_> = household_ballots.into_iter().map(|(_, b)| b).collect();
    // By round, keeping the order the ballots came in within it.
    household_ballots.sort_by_key(|b| (b.item_no, b.vote_no));
    Ok(MeetingBallots {
        votes: ballot_votes,
        household_ballots,
        corrections: corrections.into_iter().map(|(_, (_, c))| c).collect(),
    })
}

/// The options of `options.csv`, by item_no then option_no: each item's numbered 1, 2, …
/// without gaps, and none alone (a choice has at least [`crate::domain::MIN_OPTIONS`]).
fn read_options(context: &Context, bytes: &[u8]) -> Result<Vec<ItemOption>> {
    let mut options = context.read_lined(bytes, OptionRow::check)?;
    options.sort_by_key(|(_, o)| (o.item_no, o.option_no));
    let error = |line: u64, problem| ImportError {
        file: OptionRow::FILE,
        line: Some(line),
        column: Some("option_no"),
        problem,
    };
    for item in options.chunk_by(|(_, a), (_, b)| a.item_no == b.item_no) {
        for (expected, (line, option)) in (1..).zip(item) {
            if option.option_no != expected {
                return Err(error(
                    *line,
                    ImportProblem::OptionOutOfOrder {
                        item_no: option.item_no,
                        found: option.option_no,
                        expected,
                    },
                ));
            }
        }
    }
    Ok(options.into_iter().map(|(_, o)| o).collect())
}

/// A household's stays, in `attendance` sorted by arrival, each with its line in
/// `attendance.csv`, follow one another: each begins after the one before it ended. A stay
/// that begins too early is named by its line.
fn check_stays(attendance: &[(u64, Attendance)]) -> Result<()> {
    let mut left_at: HashMap<&str, Option<chrono::DateTime<chrono::FixedOffset>>> = HashMap::new();
    for (line, stay) in attendance {
        if let Some(before) = left_at.get(stay.household_no.as_str())
            && before.is_none_or(|left| left > stay.arrived_at)
        {
            return Err(ImportError {
                file: AttendanceRow::FILE,
                line: Some(*line),
                column: Some("arrived_at"),
                problem: ImportProblem::StaysOverlap {
                    household_no: stay.household_no.clone(),
                    arrived: crate::domain::format_time(&stay.arrived_at),
                },
            });
        }
        left_at.insert(&stay.household_no, stay.left_at);
    }
    Ok(())
}

/// What the rows of one table are checked against: the meeting of `meeting.csv` and its items.
struct Context {
    meeting_id: MeetingId,
    item_nos: Vec<u32>,
}

impl Context {
    /// Reads every row of a table, checks that it belongs to this meeting, to a known item and
    /// is there once, then checks the row itself.
    fn read<T: Table + DeserializeOwned, V>(
        &self,
        bytes: &[u8],
        check: impl Fn(T) -> Checked<V>,
    ) -> Result<Vec<V>> {
        let values = self.read_lined(bytes, check)?;
        Ok(values.into_iter().map(|(_, value)| value).collect())
    }

    /// [`Context::read`], each value with the line of its row, for checks of the rows against
    /// each other that name a row.
    fn read_lined<T: Table + DeserializeOwned, V>(
        &self,
        bytes: &[u8],
        check: impl Fn(T) -> Checked<V>,
    ) -> Result<Vec<(u64, V)>> {
        let table = RawTable::read::<T>(bytes)?;
        let mut first_lines: HashMap<Part, u64> = HashMap::new();
        let mut values = Vec::with_capacity(table.rows.len());
        for raw in &table.rows {
            let row: T = table.deserialize(raw)?;
            let part = self.belongs(&table, raw, &row)?;
            match first_lines.entry(part) {
                Entry::Occupied(first) => {
                    return Err(table.error(
                        raw.line,
                        Some(part.key_column()),
                        ImportProblem::Duplicate {
                            part: Box::new(part),
                            first_line: *first.get(),
                        },
                    ));
                }
                Entry::Vacant(slot) => {
                    slot.insert(raw.line);
                }
            }
            values.push((raw.line, table.checked(raw, check(row))?));
        }
        Ok(values)
    }

    /// [`Context::read`] of `opinions.csv`, a row at a time into `sink`. A key seen before is
    /// asked of the sink; only then is the file read again for the line it was first on.
    fn stream<S: OpinionSink>(
        &self,
        open: &super::raw::Open<'_>,
        sink: &mut S,
    ) -> std::result::Result<(), S::Error> {
        RawTable::stream::<OpinionRow, S::Error>(open, |table, raw| {
            let row: OpinionRow = table.deserialize(&raw)?;
            let part = self.belongs(table, &raw, &row)?;
            if sink.contains(row.item_no.0, row.turn_no.0)? {
                let first_line = first_line_of(open, part)?;
                return Err(table
                    .error(
                        raw.line,
                        Some(part.key_column()),
                        ImportProblem::Duplicate {
                            part: Box::new(part),
                            first_line,
                        },
                    )
                    .into());
            }
            sink.push(table.checked(&raw, row.check())?)
        })?;
        Ok(())
    }

    /// The row's part, if it belongs to this meeting and to a known item.
    fn belongs<T: Table>(&self, table: &RawTable, raw: &RawRow, row: &T) -> Result<Part> {
        let found = row.meeting_id();
        if found != self.meeting_id {
            return Err(table.error(
                raw.line,
                Some("meeting_id"),
                ImportProblem::OtherMeeting {
                    found,
                    expected: self.meeting_id,
                },
            ));
        }
        let part = row.part();
        if let Some(item_no) = part.item_no()
            && !matches!(part, Part::AgendaItem { .. })
            && !self.item_nos.contains(&item_no)
        {
            return Err(table.error(
                raw.line,
                Some("item_no"),
                ImportProblem::UnknownItem(item_no),
            ));
        }
        Ok(part)
    }
}

/// The line of the first row of `opinions.csv` that is `part`; the file was read through once
/// without error, so reading it again finds it.
fn first_line_of(open: &super::raw::Open<'_>, part: Part) -> Result<u64> {
    let mut found = None;
    let scan = RawTable::stream::<OpinionRow, ImportError>(open, |table, raw| {
        if found.is_none() && table.deserialize::<OpinionRow>(&raw)?.part() == part {
            found = Some(raw.line);
        }
        Ok(())
    });
    match (scan, found) {
        (_, Some(line)) => Ok(line),
        (Err(e), None) => Err(e),
        (Ok(_), None) => Ok(0),
    }
}

/// The data rows of a file written by [`super::Tables`]: each row's part and its exact bytes
/// (its CRLF included). Rows that do not read as a row of the file's table are left out.
pub fn rows_of(file: &CsvFile) -> Vec<(Part, &[u8])> {
    let Some(table) = super::table(file.name) else {
        return Vec::new();
    };
    let bytes = file.bytes.strip_prefix(BOM).unwrap_or(&file.bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let mut record = ::csv::StringRecord::new();
    let mut found: Vec<(Option<Part>, usize)> = Vec::new();
    // The writer wrote these bytes, so they always parse; a failure just ends the list.
    while let Ok(true) = reader.read_record(&mut record) {
        let mut start = record
            .position()
            .map_or(bytes.len(), |p| {
                usize::try_from(p.byte()).unwrap_or(bytes.len())
            })
            .min(bytes.len());
        // The reader ends a line at its CR and counts the LF as part of what follows; every
        // row the writer writes ends with CRLF and starts with a digit.
        if bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        found.push(((table.part_of)(&cells), start));
    }
    let mut out = Vec::with_capacity(found.len());
    for (i, &(part, start)) in found.iter().enumerate() {
        let end = found.get(i + 1).map_or(bytes.len(), |&(_, next)| next);
        if let Some(part) = part {
            out.push((part, &bytes[start..end.max(start)]));
        }
    }
    out
}
