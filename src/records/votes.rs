//! `votes.csv`: every vote, with what the rules made of it; how a vote taken by ballot was
//! taken is in `ballots.csv`.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, time};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{
    DecisionRule, MIN_OPTIONS, MeetingId, OptionCounts, Outcome, Threshold, Vote, VoteBase,
    VoteCounts, VoteError, VoteMethod,
};

#[derive(Debug, Serialize, Deserialize)]
pub struct VoteRow {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    pub vote_no: Ordinal,
    #[serde(with = "time")]
    pub voted_at: DateTime<FixedOffset>,
    pub households_total: u32,
    pub households_present: u32,
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
    /// present − for − against − abstain: written for the reader, checked on import.
    pub not_voting: u32,
    pub vote_base: VoteBase,
    pub threshold: Threshold,
    /// What the rules give for these counts: written for the reader, checked on import.
    pub result: Outcome,
    pub corrections: u32,
}

impl Table for VoteRow {
    const FILE: &'static str = "votes.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Vote {
            item_no: self.item_no.0,
            vote_no: self.vote_no.0,
        }
    }
}

impl VoteRow {
    pub fn new(vote: &Vote, meeting_id: MeetingId) -> Self {
        let c = &vote.counts;
        VoteRow {
            meeting_id,
            item_no: Ordinal(vote.item_no),
            vote_no: Ordinal(vote.vote_no),
            voted_at: vote.voted_at,
            households_total: c.households_total,
            households_present: c.households_present,
            votes_for: c.votes_for,
            votes_against: c.votes_against,
            votes_abstain: c.votes_abstain,
            not_voting: c.not_voting(),
            vote_base: vote.rule.base,
            threshold: vote.rule.threshold,
            result: vote.outcome(),
            corrections: vote.corrections,
        }
    }

    /// The vote, if it was taken among the meeting's `households_total` households, its counts
    /// keep the rules of SPEC §1 and the computed columns agree. `options` is `None` for a
    /// vote on a yes/no question; for a vote on a choice among options (SPEC §15) it holds the
    /// hands for each option put, (option_no, votes) by option_no, which the counts and the
    /// result of the row must be those of.
    pub(super) fn check_among(
        self,
        households_total: u32,
        options: Option<Vec<(u32, u32)>>,
        method: VoteMethod,
    ) -> Checked<Vote> {
        if self.households_total != households_total {
            return Err((
                "households_total",
                Problem::OtherTotal {
                    found: self.households_total,
                    expected: households_total,
                },
            ));
        }
        self.check(options, method)
    }

    /// The vote, if its counts keep the rules of SPEC §1 and the computed columns agree (with
    /// `options`, those of [`VoteRow::check_among`]).
    fn check(self, options: Option<Vec<(u32, u32)>>, method: VoteMethod) -> Checked<Vote> {
        let counts = VoteCounts {
            households_total: self.households_total,
            households_present: self.households_present,
            votes_for: self.votes_for,
            votes_against: self.votes_against,
            votes_abstain: self.votes_abstain,
        };
        if let Err(e) = counts.validate() {
            let column = match e {
                VoteError::PresentExceedsTotal { .. } => "households_present",
                VoteError::CastExceedsPresent { .. } => "votes_for",
            };
            return Err((column, Problem::Counts(e)));
        }
        if self.not_voting != counts.not_voting() {
            return Err((
                "not_voting",
                Problem::NotVoting {
                    found: self.not_voting,
                    expected: counts.not_voting(),
                },
            ));
        }
        let rule = DecisionRule {
            base: self.vote_base,
            threshold: self.threshold,
        };
        // A ballot's counts are the committee's or the ballots': never typed over.
        if method != VoteMethod::Hands && self.corrections > 0 {
            return Err((
                "corrections",
                Problem::BallotVoteCorrected {
                    item_no: self.item_no.0,
                    vote_no: self.vote_no.0,
                },
            ));
        }
        if let Some(options) = options {
            self.check_options(options, rule, method)?;
        } else {
            self.check_result(&counts, rule, method)?;
        }
        Ok(Vote {
            item_no: self.item_no.0,
            vote_no: self.vote_no.0,
            voted_at: self.voted_at,
            counts,
            rule,
            corrections: self.corrections,
            method,
        })
    }

    /// The result of a vote on a yes/no question is what the rules of SPEC §1 give, as the
    /// vote's method applies them (SPEC §12).
    fn check_result(
        &self,
        counts: &VoteCounts,
        rule: DecisionRule,
        method: VoteMethod,
    ) -> Checked<()> {
        let computed = method.outcome(counts, rule);
        if self.result != computed {
            return Err((
                "result",
                Problem::WrongResult {
                    found: self.result,
                    computed,
                    base: rule.base,
                    threshold: rule.threshold,
                },
            ));
        }
        Ok(())
    }

    /// A vote on a choice among options puts at least two of them; its row holds the leading
    /// option's votes, the others' and the abstentions, and the result of the rule of SPEC §15.
    fn check_options(
        &self,
        options: Vec<(u32, u32)>,
        rule: DecisionRule,
        method: VoteMethod,
    ) -> Checked<()> {
        // As the store refuses: a miscounted vote among options is taken again.
        if self.corrections > 0 {
            return Err((
                "corrections",
                Problem::OptionsVoteCorrected {
                    item_no: self.item_no.0,
                    vote_no: self.vote_no.0,
                },
            ));
        }
        if options.len() < MIN_OPTIONS {
            return Err((
                "vote_no",
                Problem::TooFewOptionCounts {
                    item_no: self.item_no.0,
                    vote_no: self.vote_no.0,
                    found: options.len(),
                },
            ));
        }
        let counts = OptionCounts {
            households_total: self.households_total,
            households_present: self.households_present,
            options,
            abstain: self.votes_abstain,
        };
        let columns = counts.as_vote_counts();
        if self.votes_for != columns.votes_for {
            let leading = counts.leading_votes();
            let option_no = counts
                .options
                .iter()
                .find(|&&(_, votes)| votes == leading)
                .map_or(0, |&(no, _)| no);
            return Err((
                "votes_for",
                Problem::NotLeadingVotes {
                    found: self.votes_for,
                    expected: columns.votes_for,
                    option_no,
                },
            ));
        }
        if self.votes_against != columns.votes_against {
            return Err((
                "votes_against",
                Problem::NotOtherVotes {
                    found: self.votes_against,
                    expected: columns.votes_against,
                },
            ));
        }
        let decided = method.decide(&counts, rule);
        if self.result != decided.outcome() {
            return Err((
                "result",
                Problem::WrongOptionsResult {
                    found: self.result,
                    computed: decided.outcome(),
                    adopted: decided.adopted(),
                    base: rule.base,
                    threshold: rule.threshold,
                },
            ));
        }
        Ok(())
    }
}
