//! `ballots.csv`, `household_ballots.csv` and `ballot_corrections.csv`: the votes taken by
//! ballot (SPEC §12), the households' ballots of each household-ballot round, and each ballot as
//! it was before a correction. `votes.csv` keeps its columns: a vote without a row in
//! `ballots.csv` was taken by show of hands.
//!
//! A row of `ballots.csv` holds the method, the ballots issued, returned, valid and invalid, the
//! counting committee (its head first) and the two witnesses of a secret ballot, and when a
//! household-ballot round was counted (empty while it is open). A round's ballots issued are its
//! households, and its ballots returned and valid are the rows of `household_ballots.csv`.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, household_no, line, multiline, optional_time, time};
use super::error::{Checked, Problem};
use super::households::key;
use super::{Part, Table};
use crate::domain::{
    BallotChoice, BallotCorrection, BallotDetails, BallotSheets, BallotVote, CommitteeMember,
    CountingCommittee, HouseholdBallot, MAX_COMMITTEE, MeetingId, RoundBallot, VoteMethod,
    Witnesses,
};

#[derive(Debug, Serialize, Deserialize)]
pub struct BallotRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    pub vote_no: Ordinal,
    pub method: VoteMethod,
    pub ballots_issued: u32,
    pub ballots_returned: u32,
    pub ballots_valid: u32,
    pub ballots_invalid: u32,
    #[serde(with = "line")]
    pub committee_head: Cow<'a, str>,
    #[serde(with = "line")]
    pub committee_2: Cow<'a, str>,
    #[serde(with = "line")]
    pub committee_3: Cow<'a, str>,
    #[serde(with = "line")]
    pub committee_4: Cow<'a, str>,
    #[serde(with = "line")]
    pub committee_5: Cow<'a, str>,
    #[serde(with = "line")]
    pub witness_1: Cow<'a, str>,
    #[serde(with = "line")]
    pub witness_2: Cow<'a, str>,
    /// When a household-ballot round was counted; empty while it is open, and for a secret
    /// ballot (its time is the vote's).
    #[serde(with = "optional_time")]
    pub counted_at: Option<DateTime<FixedOffset>>,
}

impl Table for BallotRow<'_> {
    const FILE: &'static str = "ballots.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::BallotVote {
            item_no: self.item_no.0,
            vote_no: self.vote_no.0,
        }
    }
}

/// The committee as written: the head first, then the others in their order.
fn committee_cells(committee: &CountingCommittee) -> [Cow<'_, str>; MAX_COMMITTEE] {
    let head = committee.members.iter().filter(|m| m.is_head);
    let others = committee.members.iter().filter(|m| !m.is_head);
    let mut names = head.chain(others).map(|m| Cow::Borrowed(m.name.as_str()));
    std::array::from_fn(|_| names.next().unwrap_or_default())
}

impl<'a> BallotRow<'a> {
    /// The row of a ballot vote; `households` and `returned` are those of a household-ballot
    /// round (its register, its ballots), unused for a secret ballot.
    pub fn new(
        vote: &'a BallotVote,
        meeting_id: MeetingId,
        households: u32,
        returned: u32,
    ) -> Self {
        let empty = || Cow::Borrowed("");
        let (sheets, committee, witnesses, counted_at) = match &vote.details {
            BallotDetails::Secret {
                sheets,
                committee,
                witnesses,
            } => (
                *sheets,
                committee_cells(committee),
                [
                    Cow::Borrowed(witnesses.first.as_str()),
                    Cow::Borrowed(witnesses.second.as_str()),
                ],
                None,
            ),
            BallotDetails::HouseholdRound { counted_at } => (
                BallotSheets {
                    issued: households,
                    returned,
                    valid: returned,
                    invalid: 0,
                },
                std::array::from_fn(|_| empty()),
                [empty(), empty()],
                *counted_at,
            ),
        };
        let [
            committee_head,
            committee_2,
            committee_3,
            committee_4,
            committee_5,
        ] = committee;
        let [witness_1, witness_2] = witnesses;
        BallotRow {
            meeting_id,
            item_no: Ordinal(vote.item_no),
            vote_no: Ordinal(vote.vote_no),
            method: vote.details.method(),
            ballots_issued: sheets.issued,
            ballots_returned: sheets.returned,
            ballots_valid: sheets.valid,
            ballots_invalid: sheets.invalid,
            committee_head,
            committee_2,
            committee_3,
            committee_4,
            committee_5,
            witness_1,
            witness_2,
            counted_at,
        }
    }
}

impl BallotRow<'static> {
    /// The ballot vote the row describes, if its method is a ballot and it holds what that
    /// method has: a committee and witnesses for a secret ballot (checked against the vote and
    /// the register by the reader), none for a household-ballot round.
    pub(super) fn check(self) -> Checked<BallotVote> {
        let item_no = self.item_no.0;
        let vote_no = self.vote_no.0;
        let names = [
            ("committee_head", &self.committee_head),
            ("committee_2", &self.committee_2),
            ("committee_3", &self.committee_3),
            ("committee_4", &self.committee_4),
            ("committee_5", &self.committee_5),
            ("witness_1", &self.witness_1),
            ("witness_2", &self.witness_2),
        ];
        let details = match self.method {
            VoteMethod::Hands => return Err(("method", Problem::HandsInBallots)),
            VoteMethod::Secret => {
                if self.counted_at.is_some() {
                    return Err(("counted_at", Problem::SecretWithCountedAt));
                }
                let committee = CountingCommittee {
                    members: names[..MAX_COMMITTEE]
                        .iter()
                        .enumerate()
                        .filter(|(_, (_, name))| !name.is_empty())
                        .map(|(i, (_, name))| CommitteeMember {
                            name: name.to_string(),
                            is_head: i == 0,
                        })
                        .collect(),
                };
                // A gap in the columns: the members after it would move up on the way back.
                if let Some(gap) = (1..MAX_COMMITTEE)
                    .find(|&i| names[i - 1].1.is_empty() && !names[i].1.is_empty())
                {
                    return Err((names[gap - 1].0, Problem::Blank));
                }
                committee
                    .validate()
                    .map_err(|e| ("committee_head", Problem::Committee(e)))?;
                let witnesses = Witnesses {
                    first: self.witness_1.to_string(),
                    second: self.witness_2.to_string(),
                };
                witnesses
                    .validate(None)
                    .map_err(|e| ("witness_1", Problem::Witness(e)))?;
                BallotDetails::Secret {
                    sheets: BallotSheets {
                        issued: self.ballots_issued,
                        returned: self.ballots_returned,
                        valid: self.ballots_valid,
                        invalid: self.ballots_invalid,
                    },
                    committee,
                    witnesses,
                }
            }
            VoteMethod::HouseholdBallot => {
                if let Some((column, _)) = names.iter().find(|(_, name)| !name.is_empty()) {
                    return Err((column, Problem::RoundWithCommittee));
                }
                if self.ballots_invalid != 0 {
                    return Err((
                        "ballots_invalid",
                        Problem::NotBallotCount {
                            found: self.ballots_invalid,
                            expected: 0,
                        },
                    ));
                }
                if self.ballots_valid != self.ballots_returned {
                    return Err((
                        "ballots_valid",
                        Problem::NotBallotCount {
                            found: self.ballots_valid,
                            expected: self.ballots_returned,
                        },
                    ));
                }
                BallotDetails::HouseholdRound {
                    counted_at: self.counted_at,
                }
            }
        };
        Ok(BallotVote {
            item_no,
            vote_no,
            details,
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct HouseholdBallotRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    pub vote_no: Ordinal,
    #[serde(with = "household_no")]
    pub household_no: Cow<'a, str>,
    /// `for`, `against`, `abstain`, or the number of the option marked.
    #[serde(with = "line")]
    pub choice: Cow<'a, str>,
    #[serde(with = "time")]
    pub received_at: DateTime<FixedOffset>,
    #[serde(with = "line")]
    pub collected_by: Cow<'a, str>,
    #[serde(with = "multiline")]
    pub opinion: Cow<'a, str>,
}

impl Table for HouseholdBallotRow<'_> {
    const FILE: &'static str = "household_ballots.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::HouseholdBallot {
            item_no: self.item_no.0,
            vote_no: self.vote_no.0,
            household_no: key(&self.household_no),
        }
    }
}

impl<'a> HouseholdBallotRow<'a> {
    pub fn new(ballot: &'a RoundBallot, meeting_id: MeetingId) -> Self {
        let b = &ballot.ballot;
        HouseholdBallotRow {
            meeting_id,
            item_no: Ordinal(ballot.item_no),
            vote_no: Ordinal(ballot.vote_no),
            household_no: Cow::Borrowed(&b.household_no),
            choice: Cow::Owned(b.choice.to_string()),
            received_at: b.received_at,
            collected_by: Cow::Borrowed(&b.collected_by),
            opinion: Cow::Borrowed(&b.opinion),
        }
    }
}

impl HouseholdBallotRow<'static> {
    /// The ballot; whether its round takes it is checked against the round by the reader.
    pub(super) fn check(self) -> Checked<RoundBallot> {
        let choice = choice_of(&self.choice)?;
        Ok(RoundBallot {
            item_no: self.item_no.0,
            vote_no: self.vote_no.0,
            ballot: HouseholdBallot {
                household_no: self.household_no.into_owned(),
                choice,
                received_at: self.received_at,
                collected_by: self.collected_by.into_owned(),
                opinion: self.opinion.into_owned(),
            },
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct BallotCorrectionRow<'a> {
    pub meeting_id: MeetingId,
    /// 1, 2, … in the order the corrections were made.
    pub correction_no: Ordinal,
    #[serde(with = "time")]
    pub corrected_at: DateTime<FixedOffset>,
    pub item_no: Ordinal,
    pub vote_no: Ordinal,
    #[serde(with = "household_no")]
    pub household_no: Cow<'a, str>,
    /// The ballot as it was before the correction.
    #[serde(with = "line")]
    pub choice: Cow<'a, str>,
    #[serde(with = "time")]
    pub received_at: DateTime<FixedOffset>,
    #[serde(with = "line")]
    pub collected_by: Cow<'a, str>,
    #[serde(with = "multiline")]
    pub opinion: Cow<'a, str>,
    #[serde(with = "multiline")]
    pub reason: Cow<'a, str>,
}

impl Table for BallotCorrectionRow<'_> {
    const FILE: &'static str = "ballot_corrections.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::BallotCorrection {
            correction_no: self.correction_no.0,
        }
    }
}

impl<'a> BallotCorrectionRow<'a> {
    pub fn new(
        correction: &'a BallotCorrection,
        correction_no: u32,
        meeting_id: MeetingId,
    ) -> Self {
        let was = &correction.was;
        BallotCorrectionRow {
            meeting_id,
            correction_no: Ordinal(correction_no),
            corrected_at: correction.corrected_at,
            item_no: Ordinal(correction.item_no),
            vote_no: Ordinal(correction.vote_no),
            household_no: Cow::Borrowed(&was.household_no),
            choice: Cow::Owned(was.choice.to_string()),
            received_at: was.received_at,
            collected_by: Cow::Borrowed(&was.collected_by),
            opinion: Cow::Borrowed(&was.opinion),
            reason: Cow::Borrowed(&correction.reason),
        }
    }
}

impl BallotCorrectionRow<'static> {
    /// The correction, if it says why; whether its ballot is in its round is checked by the
    /// reader.
    pub(super) fn check(self) -> Checked<(u32, BallotCorrection)> {
        if self.reason.trim().is_empty() {
            return Err(("reason", Problem::Blank));
        }
        let choice = choice_of(&self.choice)?;
        Ok((
            self.correction_no.0,
            BallotCorrection {
                item_no: self.item_no.0,
                vote_no: self.vote_no.0,
                corrected_at: self.corrected_at,
                reason: self.reason.into_owned(),
                was: HouseholdBallot {
                    household_no: self.household_no.into_owned(),
                    choice,
                    received_at: self.received_at,
                    collected_by: self.collected_by.into_owned(),
                    opinion: self.opinion.into_owned(),
                },
            },
        ))
    }
}

/// A ballot's choice: `for`, `against`, `abstain` or an option's number.
fn choice_of(cell: &str) -> Checked<BallotChoice> {
    cell.parse().map_err(|e| ("choice", Problem::Code(e)))
}
