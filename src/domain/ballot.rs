//! Ballots (SPEC §12): how an item's vote is taken — by show of hands, by secret ballot at the
//! meeting, or by a ballot delivered to every household of the register — the checks a secret
//! ballot's tally obeys, the counts a household-ballot round derives from its ballots, and the
//! date by which a round's result must be reported.
//!
//! A secret ballot (bỏ phiếu kín, Decree 59/2023 Art. 3(5), Form 02) is counted by a committee of
//! 3–5 with one head, watched by two household witnesses. Its counts enter votes.csv as the
//! meeting's attendance and the choices on the valid ballots, and the item's rule decides as for
//! a show of hands, quorum included; the base `cast` is the valid ballots.
//!
//! A household-ballot round (phiếu lấy ý kiến hộ gia đình, Law 10/2022 Art. 19, Form 04) has one
//! ballot per household of the register; it has no quorum test and its base is all households
//! whatever the item's base: a household that returns nothing is not voting. In votes.csv its
//! households_present is the number of ballots returned.
//!
//! The errors here say in English which rule is broken. The messages layer must give each a
//! Vietnamese sentence:
//! - [`CommitteeError`]: too few members (fewer than 3), too many (more than 5), a member
//!   without a name (with the member's place in the list), the same name twice (with the name),
//!   no head, more than one head (with their number);
//! - [`WitnessError`]: a witness without a household number (first or second), the same
//!   household as both witnesses (with its number), a witness household not in the register
//!   (with its number);
//! - [`BallotCountError`]: households present above all households, ballots issued above the
//!   households present, ballots returned above those issued, valid + invalid not equal to
//!   those returned, for + against + abstain not equal to the valid ballots, the options' votes
//!   + abstain not equal to the valid ballots (each with the numbers compared);
//! - [`BallotError`]: a household not in the register, a second ballot from the same household,
//!   a correction of a ballot that was never entered, an option number on a yes/no question,
//!   for/against on an options item, a number that is not one of the round's options (each with
//!   the household's number, and the option where there is one);
//! - a ballot choice that cannot be read (a [`CodeError`] from [`BallotChoice`]'s `from_str`).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Weekday};
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use super::CodeError;
use super::options::{OptionCounts, OptionVote, OptionsOutcome};
use super::rules::{DecisionRule, Outcome, VoteMethod};
use super::vote::VoteCounts;

/// The fewest members a counting committee has (Decree 59/2023 Art. 3(5)).
pub const MIN_COMMITTEE: usize = 3;
/// The most members a counting committee has.
pub const MAX_COMMITTEE: usize = 5;

/// One member of the counting committee (tổ kiểm phiếu).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitteeMember {
    pub name: String,
    /// The head of the committee (tổ trưởng).
    pub is_head: bool,
}

/// The counting committee of a secret ballot: 3–5 people, exactly one of them its head.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CountingCommittee {
    pub members: Vec<CommitteeMember>,
}

/// Why a counting committee cannot count.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CommitteeError {
    #[error("the counting committee has {count} members, fewer than {MIN_COMMITTEE}")]
    TooFew { count: usize },
    #[error("the counting committee has {count} members, more than {MAX_COMMITTEE}")]
    TooMany { count: usize },
    /// `position` counts from 1.
    #[error("member {position} of the counting committee has no name")]
    EmptyName { position: usize },
    #[error("\"{name}\" is twice in the counting committee")]
    NameTwice { name: String },
    #[error("the counting committee has no head")]
    NoHead,
    #[error("the counting committee has {count} heads, not one")]
    SeveralHeads { count: usize },
}

/// A name as two writings of it are compared: NFC, spaces collapsed, lower case. Accents stay:
/// Tám and Tâm are two people.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .collect::<String>()
        .to_lowercase()
}

impl CountingCommittee {
    /// A committee of `names`, the one at `head` (from 0) its head.
    pub fn new(names: &[&str], head: usize) -> CountingCommittee {
        CountingCommittee {
            members: names
                .iter()
                .enumerate()
                .map(|(i, name)| CommitteeMember {
                    name: (*name).to_owned(),
                    is_head: i == head,
                })
                .collect(),
        }
    }

    /// The head's name, when there is exactly one.
    pub fn head(&self) -> Option<&str> {
        let mut heads = self.members.iter().filter(|m| m.is_head);
        match (heads.next(), heads.next()) {
            (Some(head), None) => Some(&head.name),
            _ => None,
        }
    }

    /// Checks, in this order: 3–5 members, each with a name, no name twice, exactly one head.
    pub fn validate(&self) -> Result<(), CommitteeError> {
        let count = self.members.len();
        if count < MIN_COMMITTEE {
            return Err(CommitteeError::TooFew { count });
        }
        if count > MAX_COMMITTEE {
            return Err(CommitteeError::TooMany { count });
        }
        let mut seen = HashSet::new();
        for (i, member) in self.members.iter().enumerate() {
            let key = name_key(&member.name);
            if key.is_empty() {
                return Err(CommitteeError::EmptyName { position: i + 1 });
            }
            if !seen.insert(key) {
                return Err(CommitteeError::NameTwice {
                    name: member.name.trim().to_owned(),
                });
            }
        }
        match self.members.iter().filter(|m| m.is_head).count() {
            0 => Err(CommitteeError::NoHead),
            1 => Ok(()),
            count => Err(CommitteeError::SeveralHeads { count }),
        }
    }
}

/// The two households that witness the count of a secret ballot, by household number.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Witnesses {
    pub first: String,
    pub second: String,
}

/// Why the witnesses of a count cannot witness it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WitnessError {
    /// `position` is 1 or 2.
    #[error("witness {position} has no household number")]
    Missing { position: usize },
    #[error("household {household_no} cannot be both witnesses")]
    Same { household_no: String },
    #[error("household {household_no} is not in the register")]
    NotInRegister { household_no: String },
}

impl Witnesses {
    /// Checks that there are two different households and, when the meeting has a register
    /// (its household numbers), that both are in it.
    pub fn validate(&self, register: Option<&[String]>) -> Result<(), WitnessError> {
        let first = self.first.trim();
        let second = self.second.trim();
        if first.is_empty() {
            return Err(WitnessError::Missing { position: 1 });
        }
        if second.is_empty() {
            return Err(WitnessError::Missing { position: 2 });
        }
        if first == second {
            return Err(WitnessError::Same {
                household_no: first.to_owned(),
            });
        }
        if let Some(register) = register {
            for witness in [first, second] {
                if !register.iter().any(|no| no == witness) {
                    return Err(WitnessError::NotInRegister {
                        household_no: witness.to_owned(),
                    });
                }
            }
        }
        Ok(())
    }
}

/// Why a secret ballot's tally cannot be saved. Each names the check of SPEC §12 it breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum BallotCountError {
    #[error("households present ({present}) exceed all households ({total})")]
    PresentExceedsTotal { present: u32, total: u32 },
    #[error("ballots issued ({issued}) exceed the households present ({present})")]
    IssuedExceedsPresent { issued: u32, present: u32 },
    #[error("ballots returned ({returned}) exceed the ballots issued ({issued})")]
    ReturnedExceedsIssued { returned: u32, issued: u32 },
    #[error("valid + invalid ballots ({sorted}) are not the ballots returned ({returned})")]
    SortedNotReturned { sorted: u64, returned: u32 },
    #[error("for + against + abstain ({counted}) are not the valid ballots ({valid})")]
    VotesNotValid { counted: u64, valid: u32 },
    #[error("the options' votes + abstain ({counted}) are not the valid ballots ({valid})")]
    OptionVotesNotValid { counted: u64, valid: u32 },
}

/// The ballots of a secret ballot as the committee sorted them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BallotSheets {
    pub issued: u32,
    pub returned: u32,
    pub valid: u32,
    pub invalid: u32,
}

impl BallotSheets {
    /// returned ≤ issued ≤ present ≤ total; valid + invalid = returned.
    fn validate(&self, present: u32, total: u32) -> Result<(), BallotCountError> {
        if present > total {
            return Err(BallotCountError::PresentExceedsTotal { present, total });
        }
        if self.issued > present {
            return Err(BallotCountError::IssuedExceedsPresent {
                issued: self.issued,
                present,
            });
        }
        if self.returned > self.issued {
            return Err(BallotCountError::ReturnedExceedsIssued {
                returned: self.returned,
                issued: self.issued,
            });
        }
        let sorted = u64::from(self.valid) + u64::from(self.invalid);
        if sorted != u64::from(self.returned) {
            return Err(BallotCountError::SortedNotReturned {
                sorted,
                returned: self.returned,
            });
        }
        Ok(())
    }
}

/// The tally of a secret ballot on a yes/no question (Form 02).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SecretBallotCounts {
    pub households_total: u32,
    /// The attendance at the meeting when the ballots were issued.
    pub households_present: u32,
    pub issued: u32,
    pub returned: u32,
    pub valid: u32,
    pub invalid: u32,
    /// Counted on the valid ballots.
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
}

impl SecretBallotCounts {
    pub fn sheets(&self) -> BallotSheets {
        BallotSheets {
            issued: self.issued,
            returned: self.returned,
            valid: self.valid,
            invalid: self.invalid,
        }
    }

    /// Checks, in this order: present ≤ total, issued ≤ present, returned ≤ issued,
    /// valid + invalid = returned, for + against + abstain = valid.
    pub fn validate(&self) -> Result<(), BallotCountError> {
        self.sheets()
            .validate(self.households_present, self.households_total)?;
        let counted = u64::from(self.votes_for)
            + u64::from(self.votes_against)
            + u64::from(self.votes_abstain);
        if counted != u64::from(self.valid) {
            return Err(BallotCountError::VotesNotValid {
                counted,
                valid: self.valid,
            });
        }
        Ok(())
    }

    /// The columns of votes.csv: the attendance, and the choices on the valid ballots (so that
    /// cast, and the base `cast`, are the valid ballots).
    pub fn as_vote_counts(&self) -> VoteCounts {
        VoteCounts {
            households_total: self.households_total,
            households_present: self.households_present,
            votes_for: self.votes_for,
            votes_against: self.votes_against,
            votes_abstain: self.votes_abstain,
        }
    }

    /// The result under the item's `rule`, quorum included as for a show of hands.
    pub fn outcome(&self, rule: DecisionRule) -> Outcome {
        VoteMethod::Secret.outcome(&self.as_vote_counts(), rule)
    }
}

/// The tally of a secret ballot on an options item: the ballots sorted, and the choices on the
/// valid ones (each marks one option or abstains) with the meeting's total and attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretOptionsCounts {
    pub sheets: BallotSheets,
    pub choices: OptionCounts,
}

impl SecretOptionsCounts {
    /// The checks of [`SecretBallotCounts::validate`], the options' votes + abstain taking the
    /// place of for + against + abstain.
    pub fn validate(&self) -> Result<(), BallotCountError> {
        self.sheets.validate(
            self.choices.households_present,
            self.choices.households_total,
        )?;
        let counted = self.choices.for_options() + u64::from(self.choices.abstain);
        if counted != u64::from(self.sheets.valid) {
            return Err(BallotCountError::OptionVotesNotValid {
                counted,
                valid: self.sheets.valid,
            });
        }
        Ok(())
    }

    /// The columns of votes.csv, as for a show of hands on the options.
    pub fn as_vote_counts(&self) -> VoteCounts {
        self.choices.as_vote_counts()
    }

    /// What the ballot decided under the item's `rule` (SPEC §15), quorum included.
    pub fn decide(&self, rule: DecisionRule) -> OptionsOutcome {
        VoteMethod::Secret.decide(&self.choices, rule)
    }
}

/// What a household's ballot marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BallotChoice {
    /// Tán thành.
    For,
    /// Không tán thành.
    Against,
    /// Ý kiến khác / không biểu quyết.
    Abstain,
    /// One option of an options item, by its number.
    Option(u32),
}

const CHOICE_CODES: &[&str] = &["for", "against", "abstain", "an option number (1, 2, …)"];

impl fmt::Display for BallotChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BallotChoice::For => f.write_str("for"),
            BallotChoice::Against => f.write_str("against"),
            BallotChoice::Abstain => f.write_str("abstain"),
            BallotChoice::Option(no) => write!(f, "{no}"),
        }
    }
}

impl FromStr for BallotChoice {
    type Err = CodeError;

    /// `for`, `against`, `abstain`, or an option number from 1.
    fn from_str(s: &str) -> Result<BallotChoice, CodeError> {
        match s {
            "for" => Ok(BallotChoice::For),
            "against" => Ok(BallotChoice::Against),
            "abstain" => Ok(BallotChoice::Abstain),
            _ => s
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| s.parse::<u32>().ok())
                .flatten()
                .filter(|&no| no > 0)
                .map(BallotChoice::Option)
                .ok_or_else(|| CodeError {
                    found: s.to_owned(),
                    expected: CHOICE_CODES,
                }),
        }
    }
}

/// One household's ballot in a household-ballot round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdBallot {
    pub household_no: String,
    pub choice: BallotChoice,
    pub received_at: DateTime<FixedOffset>,
    /// Who collected the ballot from the household.
    pub collected_by: String,
    /// What the household wrote besides its choice; empty when nothing.
    pub opinion: String,
}

/// Why a household's ballot cannot be entered in its round.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BallotError {
    #[error("household {household_no} is not in the register")]
    NotInRegister { household_no: String },
    #[error("household {household_no} has already returned a ballot in this round")]
    SecondBallot { household_no: String },
    #[error("household {household_no} has no ballot in this round to correct")]
    NoBallot { household_no: String },
    #[error("household {household_no} marked option {option_no} on a yes/no question")]
    OptionOnYesNo {
        household_no: String,
        option_no: u32,
    },
    #[error("household {household_no} marked {choice} on a choice among options")]
    YesNoOnOptions {
        household_no: String,
        choice: BallotChoice,
    },
    #[error("household {household_no} marked option {option_no}, not one of this round's")]
    NotAnOption {
        household_no: String,
        option_no: u32,
    },
}

/// A household-ballot round of one item: the households of the register, the options on the
/// ballot for an options item, and the ballots returned so far, at most one per household.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotRound {
    register: Vec<String>,
    /// `None` for a yes/no question; the option numbers on the ballot otherwise (all of the
    /// item's, or the two of a run-off).
    options: Option<Vec<u32>>,
    ballots: Vec<HouseholdBallot>,
    /// Each household of the register, with the index of its ballot in `ballots` once it has
    /// one: a ward's round has 2,000 households, looked up at every ballot and every row.
    entered: HashMap<String, Option<usize>>,
}

impl BallotRound {
    /// A round on a yes/no question among the households numbered in `register`.
    pub fn yes_no(register: Vec<String>) -> BallotRound {
        BallotRound::new(register, None)
    }

    /// A round on an options item, the ballot offering `options` (by number).
    pub fn options(register: Vec<String>, mut options: Vec<u32>) -> BallotRound {
        options.sort_unstable();
        options.dedup();
        BallotRound::new(register, Some(options))
    }

    /// A round on the options numbered `options` (the item's, or a run-off's), or on a yes/no
    /// question when there are none.
    pub fn put(register: Vec<String>, options: Vec<u32>) -> BallotRound {
        if options.is_empty() {
            BallotRound::yes_no(register)
        } else {
            BallotRound::options(register, options)
        }
    }

    fn new(mut register: Vec<String>, options: Option<Vec<u32>>) -> BallotRound {
        let mut entered = HashMap::with_capacity(register.len());
        register.retain(|no| entered.insert(no.clone(), None).is_none());
        BallotRound {
            register,
            options,
            ballots: Vec::new(),
            entered,
        }
    }

    /// A round with its ballots entered in order; the first refused is the error.
    pub fn with_ballots(
        mut self,
        ballots: impl IntoIterator<Item = HouseholdBallot>,
    ) -> Result<BallotRound, BallotError> {
        for ballot in ballots {
            self.add(ballot)?;
        }
        Ok(self)
    }

    pub fn ballots(&self) -> &[HouseholdBallot] {
        &self.ballots
    }

    pub fn register(&self) -> &[String] {
        &self.register
    }

    /// The option numbers on the ballot, for an options item.
    pub fn option_numbers(&self) -> Option<&[u32]> {
        self.options.as_deref()
    }

    /// The ballot `household_no` returned, if it did.
    pub fn ballot_of(&self, household_no: &str) -> Option<&HouseholdBallot> {
        let at = (*self.entered.get(household_no)?)?;
        self.ballots.get(at)
    }

    /// The households of the register that have returned nothing yet, in the register's order.
    pub fn not_returned(&self) -> impl Iterator<Item = &str> {
        self.register
            .iter()
            .filter(|no| self.ballot_of(no).is_none())
            .map(String::as_str)
    }

    /// Whether `ballot` may be entered in this round, a ballot of its household aside.
    fn check(&self, ballot: &HouseholdBallot) -> Result<(), BallotError> {
        let household_no = || ballot.household_no.clone();
        if !self.entered.contains_key(&ballot.household_no) {
            return Err(BallotError::NotInRegister {
                household_no: household_no(),
            });
        }
        match (&self.options, ballot.choice) {
            (_, BallotChoice::Abstain) => Ok(()),
            (None, BallotChoice::For | BallotChoice::Against) => Ok(()),
            (None, BallotChoice::Option(option_no)) => Err(BallotError::OptionOnYesNo {
                household_no: household_no(),
                option_no,
            }),
            (Some(_), choice @ (BallotChoice::For | BallotChoice::Against)) => {
                Err(BallotError::YesNoOnOptions {
                    household_no: household_no(),
                    choice,
                })
            }
            (Some(options), BallotChoice::Option(option_no)) => {
                if options.contains(&option_no) {
                    Ok(())
                } else {
                    Err(BallotError::NotAnOption {
                        household_no: household_no(),
                        option_no,
                    })
                }
            }
        }
    }

    /// Enters a returned ballot: a household of the register, once per round, marking a choice
    /// the round offers.
    pub fn add(&mut self, ballot: HouseholdBallot) -> Result<(), BallotError> {
        self.check(&ballot)?;
        if self.ballot_of(&ballot.household_no).is_some() {
            return Err(BallotError::SecondBallot {
                household_no: ballot.household_no,
            });
        }
        self.entered
            .insert(ballot.household_no.clone(), Some(self.ballots.len()));
        self.ballots.push(ballot);
        Ok(())
    }

    /// Replaces the ballot of `ballot`'s household, as a correction does, and gives back the
    /// one it replaces (for the audit).
    pub fn correct(&mut self, ballot: HouseholdBallot) -> Result<HouseholdBallot, BallotError> {
        self.check(&ballot)?;
        let Some(Some(at)) = self.entered.get(&ballot.household_no).copied() else {
            return Err(BallotError::NoBallot {
                household_no: ballot.household_no,
            });
        };
        Ok(std::mem::replace(&mut self.ballots[at], ballot))
    }

    /// All households of the register: the base of the round.
    pub fn households(&self) -> u32 {
        u32::try_from(self.register.len()).unwrap_or(u32::MAX)
    }

    /// The ballots returned so far.
    pub fn returned(&self) -> u32 {
        u32::try_from(self.ballots.len()).unwrap_or(u32::MAX)
    }

    /// The round's ballots as a row of ballots.csv counts them: one issued to each household,
    /// those returned all valid.
    pub fn sheets(&self) -> BallotSheets {
        BallotSheets {
            issued: self.households(),
            returned: self.returned(),
            valid: self.returned(),
            invalid: 0,
        }
    }

    /// How far the round has come: (ballots returned, households).
    pub fn progress(&self) -> (u32, u32) {
        (self.returned(), self.households())
    }

    fn count(&self, choice: BallotChoice) -> u32 {
        let n = self.ballots.iter().filter(|b| b.choice == choice).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// The per-option counts of an options round (with households_present the ballots
    /// returned); `None` for a yes/no question.
    pub fn option_counts(&self) -> Option<OptionCounts> {
        let options = self.options.as_ref()?;
        Some(OptionCounts {
            households_total: self.households(),
            households_present: self.returned(),
            options: options
                .iter()
                .map(|&no| (no, self.count(BallotChoice::Option(no))))
                .collect(),
            abstain: self.count(BallotChoice::Abstain),
        })
    }

    /// The columns of votes.csv: households_present is the ballots returned. For an options
    /// round, as [`OptionCounts::as_vote_counts`] keeps them.
    pub fn vote_counts(&self) -> VoteCounts {
        match self.option_counts() {
            Some(counts) => counts.as_vote_counts(),
            None => VoteCounts {
                households_total: self.households(),
                households_present: self.returned(),
                votes_for: self.count(BallotChoice::For),
                votes_against: self.count(BallotChoice::Against),
                votes_abstain: self.count(BallotChoice::Abstain),
            },
        }
    }

    /// The result under the item's threshold, measured against all households, without a
    /// quorum test: half of all households is not enough, and a round nobody answered fails.
    /// For an options round, passed when an option is adopted.
    pub fn outcome(&self, rule: DecisionRule) -> Outcome {
        match self.decide(rule) {
            Some(decided) => decided.outcome(),
            None => VoteMethod::HouseholdBallot.outcome(&self.vote_counts(), rule),
        }
    }

    /// What an options round decided (SPEC §15, measured against all households, no quorum
    /// test); `None` for a yes/no question.
    pub fn decide(&self, rule: DecisionRule) -> Option<OptionsOutcome> {
        self.option_counts()
            .map(|counts| VoteMethod::HouseholdBallot.decide(&counts, rule))
    }
}

/// Working days within which a household-ballot round's result must reach the commune People's
/// Committee and the Front committee (Decree 59/2023 Art. 4(7)).
pub const REPORTING_WORKING_DAYS: u32 = 5;

/// The last day to report the result of a round that ended on `ended`: the fifth working day
/// after it, Saturdays and Sundays skipped. Public holidays (Tết, 30/4, 2/9, …) are not known
/// to the app: when one falls in the period, the secretary adds it.
pub fn reporting_deadline(ended: NaiveDate) -> NaiveDate {
    let mut day = ended;
    let mut counted = 0;
    while counted < REPORTING_WORKING_DAYS {
        let Some(next) = day.succ_opt() else {
            return day;
        };
        day = next;
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            counted += 1;
        }
    }
    day
}

/// Whether a ballot received at `received` came back before its round opened at `opened`.
/// Times of ballots are typed to the minute, so the minute the round opened counts as after.
pub fn received_before_round(
    received: &DateTime<FixedOffset>,
    opened: &DateTime<FixedOffset>,
) -> bool {
    received.timestamp().div_euclid(60) < opened.timestamp().div_euclid(60)
}

/// What a vote taken by ballot holds besides its row of votes.csv (SPEC §12).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotDetails {
    /// A secret ballot at the meeting: the ballots as the committee sorted them, the committee
    /// and the two witnesses. The vote's counts are the choices on the valid ballots.
    Secret {
        sheets: BallotSheets,
        committee: CountingCommittee,
        witnesses: Witnesses,
    },
    /// A household-ballot round: its ballots are the meeting's [`RoundBallot`]s of the vote,
    /// and its counts derive from them. `counted_at` is when the round was closed and counted;
    /// `None` while ballots are still coming in.
    HouseholdRound {
        counted_at: Option<DateTime<FixedOffset>>,
    },
}

impl BallotDetails {
    pub fn method(&self) -> VoteMethod {
        match self {
            BallotDetails::Secret { .. } => VoteMethod::Secret,
            BallotDetails::HouseholdRound { .. } => VoteMethod::HouseholdBallot,
        }
    }
}

/// A vote of an item taken by ballot: a row of ballots.csv. A vote without one was taken by
/// show of hands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotVote {
    pub item_no: u32,
    pub vote_no: u32,
    pub details: BallotDetails,
}

/// One household's ballot in the household-ballot round that is vote `vote_no` of item
/// `item_no`: a row of household_ballots.csv.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundBallot {
    pub item_no: u32,
    pub vote_no: u32,
    pub ballot: HouseholdBallot,
}

/// A correction of a household's ballot: the ballot as it was before, when and why it was
/// corrected. The ballot as it is now is the round's [`RoundBallot`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotCorrection {
    pub item_no: u32,
    pub vote_no: u32,
    pub corrected_at: DateTime<FixedOffset>,
    pub reason: String,
    pub was: HouseholdBallot,
}

/// The ballots of a meeting: how each vote not taken by show of hands was taken, the
/// households' ballots of its rounds, and their corrections.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MeetingBallots {
    /// By item_no then vote_no.
    pub votes: Vec<BallotVote>,
    /// By item_no, vote_no, then the order the ballots were entered.
    pub household_ballots: Vec<RoundBallot>,
    /// In the order they were made.
    pub corrections: Vec<BallotCorrection>,
}

impl MeetingBallots {
    /// How vote `vote_no` of item `item_no` was taken, when by ballot.
    pub fn details(&self, item_no: u32, vote_no: u32) -> Option<&BallotDetails> {
        self.votes
            .iter()
            .find(|v| v.item_no == item_no && v.vote_no == vote_no)
            .map(|v| &v.details)
    }

    /// The ballots returned in a household-ballot round, in the order they were entered.
    pub fn ballots_of(&self, item_no: u32, vote_no: u32) -> impl Iterator<Item = &HouseholdBallot> {
        self.household_ballots
            .iter()
            .filter(move |b| b.item_no == item_no && b.vote_no == vote_no)
            .map(|b| &b.ballot)
    }

    /// The household-ballot round that is vote `vote_no` of item `item_no`, among the
    /// households numbered `register`, with the options it put (from the meeting's
    /// `option_votes`) and the ballots returned; `None` for a vote taken otherwise.
    pub fn round(
        &self,
        register: Vec<String>,
        option_votes: &[OptionVote],
        item_no: u32,
        vote_no: u32,
    ) -> Option<BallotRound> {
        let Some(BallotDetails::HouseholdRound { .. }) = self.details(item_no, vote_no) else {
            return None;
        };
        let options = option_votes
            .iter()
            .filter(|o| o.item_no == item_no && o.vote_no == vote_no)
            .map(|o| o.option_no)
            .collect();
        // The store and import enter only ballots the round accepts.
        BallotRound::put(register, options)
            .with_ballots(self.ballots_of(item_no, vote_no).cloned())
            .ok()
    }

    /// The corrections of the ballots of a round, oldest first.
    pub fn corrections_of(
        &self,
        item_no: u32,
        vote_no: u32,
    ) -> impl Iterator<Item = &BallotCorrection> {
        self.corrections
            .iter()
            .filter(move |c| c.item_no == item_no && c.vote_no == vote_no)
    }
}

#[cfg(test)]
mod tests;
