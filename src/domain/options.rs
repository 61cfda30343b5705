//! Questions with several options (phương án, SPEC §15): the options of an item, the hands
//! counted for each in a vote, and the rule that adopts one or calls a run-off.
//!
//! The item's rule applies to each option: an option is adopted when it reaches the threshold
//! of the base AND has strictly more votes than every other option. Otherwise none is adopted
//! and the next vote of the item is a run-off between the two leading options; when a tie
//! leaves more than two in the running, the chair picks.

use super::rules::{DecisionRule, Outcome, Threshold, VoteBase, VoteMethod, has_quorum};
use super::vote::{VoteCounts, VoteError};

/// The fewest options a choice has: fewer is a yes/no question.
pub const MIN_OPTIONS: usize = 2;
/// The most options an item may offer.
pub const MAX_OPTIONS: usize = 6;

/// One option of an item: "3 m toàn tuyến".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemOption {
    pub item_no: u32,
    /// 1, 2, … in the order the options were put; the number the chair calls them by.
    pub option_no: u32,
    pub title: String,
    pub description: String,
}

/// The hands raised for one option in one vote of its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionVote {
    pub item_no: u32,
    pub vote_no: u32,
    pub option_no: u32,
    pub votes: u32,
}

/// The counts of one vote on an options item: the hands for each option put to the vote (all
/// of the item's, or the two of a run-off), in option order, and the abstentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionCounts {
    pub households_total: u32,
    pub households_present: u32,
    /// (option_no, votes), by option_no.
    pub options: Vec<(u32, u32)>,
    pub abstain: u32,
}

/// What a vote on an options item decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionsOutcome {
    /// Not more than half of all households present: nothing is decided.
    NoQuorum,
    Adopted {
        option_no: u32,
    },
    /// No option reached the threshold with strictly more votes than every other.
    NoneAdopted {
        run_off: RunOff,
    },
}

/// The run-off a vote that adopted nothing calls for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunOff {
    /// Between these two options: the two leading ones.
    Between(u32, u32),
    /// The leading option, and those tied for second place: the chair picks which of them
    /// goes to the run-off.
    TieForSecond { leader: u32, tied: Vec<u32> },
    /// More than two options tied at the top: the chair picks two of them.
    TieAtTop(Vec<u32>),
}

impl OptionsOutcome {
    /// The outcome as votes.csv states it: passed when an option is adopted.
    pub fn outcome(&self) -> Outcome {
        match self {
            OptionsOutcome::NoQuorum => Outcome::NoQuorum,
            OptionsOutcome::Adopted { .. } => Outcome::Passed,
            OptionsOutcome::NoneAdopted { .. } => Outcome::Failed,
        }
    }

    pub fn adopted(&self) -> Option<u32> {
        match self {
            OptionsOutcome::Adopted { option_no } => Some(*option_no),
            _ => None,
        }
    }
}

/// The counts of `vote` option by option, from the hands of a meeting's votes
/// (`option_votes`); `None` for a vote on a yes/no question, which has none.
pub fn option_counts(option_votes: &[OptionVote], vote: &super::Vote) -> Option<OptionCounts> {
    let options: Vec<(u32, u32)> = option_votes
        .iter()
        .filter(|o| o.item_no == vote.item_no && o.vote_no == vote.vote_no)
        .map(|o| (o.option_no, o.votes))
        .collect();
    (!options.is_empty()).then_some(OptionCounts {
        households_total: vote.counts.households_total,
        households_present: vote.counts.households_present,
        options,
        abstain: vote.counts.votes_abstain,
    })
}

impl OptionCounts {
    /// The hands raised for the options, abstentions aside.
    pub fn for_options(&self) -> u64 {
        self.options
            .iter()
            .map(|&(_, votes)| u64::from(votes))
            .sum()
    }

    /// The most votes any option has (0 without options).
    pub fn leading_votes(&self) -> u32 {
        self.options
            .iter()
            .map(|&(_, votes)| votes)
            .max()
            .unwrap_or(0)
    }

    /// The counts as the columns of votes.csv keep them (SPEC §4 keeps its columns): for is
    /// the leading option's votes, against those of all the others, abstain the abstentions.
    /// So cast, the base `cast` and not_voting are those of the options vote.
    pub fn as_vote_counts(&self) -> VoteCounts {
        let leading = self.leading_votes();
        let others = self.for_options().saturating_sub(u64::from(leading));
        VoteCounts {
            households_total: self.households_total,
            households_present: self.households_present,
            votes_for: leading,
            votes_against: u32::try_from(others).unwrap_or(u32::MAX),
            votes_abstain: self.abstain,
        }
    }

    /// The base the item's rule measures an option against: all households, those present,
    /// or the hands raised (options and abstentions).
    pub fn base(&self, base: VoteBase) -> u32 {
        self.as_vote_counts().base(base)
    }

    /// Households present that raised no hand, neither for an option nor to abstain.
    pub fn not_voting(&self) -> u32 {
        self.as_vote_counts().not_voting()
    }

    /// Each household raises one hand: the options' votes and the abstentions together are
    /// at most the households present, who are at most all households.
    pub fn validate(&self) -> Result<(), VoteError> {
        let cast = self.for_options() + u64::from(self.abstain);
        if self.households_present > self.households_total {
            return Err(VoteError::PresentExceedsTotal {
                present: self.households_present,
                total: self.households_total,
            });
        }
        if cast > u64::from(self.households_present) {
            return Err(VoteError::CastExceedsPresent {
                cast,
                present: self.households_present,
            });
        }
        Ok(())
    }

    /// What the vote decided under the item's `rule` (SPEC §15).
    pub fn decide(&self, rule: DecisionRule) -> OptionsOutcome {
        if !has_quorum(self.households_present, self.households_total) {
            return OptionsOutcome::NoQuorum;
        }
        self.decide_on(rule.threshold, self.as_vote_counts().base(rule.base))
    }

    /// What the vote decided when each option is measured by `threshold` against `base`,
    /// without a quorum test (a household-ballot round has none, SPEC §12).
    pub fn decide_on(&self, threshold: Threshold, base: u32) -> OptionsOutcome {
        let mut ranked = self.options.clone();
        // Most votes first; among equals, the option put first.
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(&(first, top)) = ranked.first() else {
            return OptionsOutcome::NoneAdopted {
                run_off: RunOff::TieAtTop(Vec::new()),
            };
        };
        let at_top: Vec<u32> = ranked
            .iter()
            .filter(|&&(_, votes)| votes == top)
            .map(|&(no, _)| no)
            .collect();
        if at_top.len() == 1 && threshold.is_met(top, base) {
            return OptionsOutcome::Adopted { option_no: first };
        }
        let run_off = match at_top.len() {
            1 => {
                let second = ranked.get(1).map_or(0, |&(_, votes)| votes);
                let tied: Vec<u32> = ranked[1..]
                    .iter()
                    .filter(|&&(_, votes)| votes == second)
                    .map(|&(no, _)| no)
                    .collect();
                match tied.as_slice() {
                    [only] => RunOff::Between(first, *only),
                    _ => RunOff::TieForSecond {
                        leader: first,
                        tied,
                    },
                }
            }
            2 => RunOff::Between(at_top[0], at_top[1]),
            _ => RunOff::TieAtTop(at_top),
        };
        OptionsOutcome::NoneAdopted { run_off }
    }
}

impl VoteMethod {
    /// What a vote on an options item taken this way decided, from its per-option counts.
    pub fn decide(self, counts: &OptionCounts, rule: DecisionRule) -> OptionsOutcome {
        match self {
            VoteMethod::Hands | VoteMethod::Secret => counts.decide(rule),
            VoteMethod::HouseholdBallot => {
                counts.decide_on(rule.threshold, counts.households_total)
            }
        }
    }
}

impl super::Vote {
    /// What the vote decided among the options it put (`counts`, from its hands or ballots), by
    /// the rules of its method.
    pub fn decide(&self, counts: &OptionCounts) -> OptionsOutcome {
        self.method.decide(counts, self.rule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::{Threshold, VoteBase};

    fn counts(total: u32, present: u32, options: &[u32], abstain: u32) -> OptionCounts {
        OptionCounts {
            households_total: total,
            households_present: present,
            options: options
                .iter()
                .enumerate()
                .map(|(i, &votes)| (i as u32 + 1, votes))
                .collect(),
            abstain,
        }
    }

    fn rule(base: VoteBase, threshold: Threshold) -> DecisionRule {
        DecisionRule { base, threshold }
    }

    const ALL_HALF: DecisionRule = DecisionRule {
        base: VoteBase::AllHouseholds,
        threshold: Threshold::MoreThanHalf,
    };

    fn adopted(option_no: u32) -> OptionsOutcome {
        OptionsOutcome::Adopted { option_no }
    }

    fn run_off(run_off: RunOff) -> OptionsOutcome {
        OptionsOutcome::NoneAdopted { run_off }
    }

    #[test]
    fn an_option_is_adopted_at_the_threshold_of_each_base_with_2_3_and_6_options() {
        use Threshold::*;
        use VoteBase::*;
        let cases: &[(DecisionRule, OptionCounts, OptionsOutcome)] = &[
            // 55 households, 41 present. More than half of all: 28.
            (ALL_HALF, counts(55, 41, &[28, 10], 3), adopted(1)),
            (
                ALL_HALF,
                counts(55, 41, &[27, 11], 3),
                run_off(RunOff::Between(1, 2)),
            ),
            (ALL_HALF, counts(55, 41, &[5, 28, 8], 0), adopted(2)),
            (
                ALL_HALF,
                counts(55, 41, &[20, 14, 7], 0),
                run_off(RunOff::Between(1, 2)),
            ),
            // Of those present: 21 of 41.
            (
                rule(Present, MoreThanHalf),
                counts(55, 41, &[21, 14, 6], 0),
                adopted(1),
            ),
            (
                rule(Present, MoreThanHalf),
                counts(55, 41, &[20, 15, 6], 0),
                run_off(RunOff::Between(1, 2)),
            ),
            // Of the hands raised (options and abstentions): 20 of 30 is two thirds.
            (
                rule(Cast, TwoThirds),
                counts(55, 41, &[20, 6, 0, 0, 1, 0], 3),
                adopted(1),
            ),
            (
                rule(Cast, TwoThirds),
                counts(55, 41, &[19, 6, 0, 0, 1, 0], 4),
                run_off(RunOff::Between(1, 2)),
            ),
            // Three quarters of all: 42 of 55; six options.
            (
                rule(AllHouseholds, ThreeQuarters),
                counts(55, 50, &[1, 2, 42, 1, 1, 1], 0),
                adopted(3),
            ),
            (
                rule(AllHouseholds, ThreeQuarters),
                counts(55, 50, &[1, 2, 41, 3, 1, 1], 0),
                run_off(RunOff::Between(3, 4)),
            ),
        ];
        for (rule, counts, expected) in cases {
            assert_eq!(&counts.decide(*rule), expected, "{rule:?} {counts:?}");
        }
    }

    #[test]
    fn a_tie_at_the_top_adopts_nothing() {
        // One hand each: two tied options reach at most half of any base, so a tie never
        // meets a threshold; the rule refuses it on its own all the same.
        assert_eq!(
            counts(40, 40, &[20, 20], 0).decide(rule(VoteBase::Present, Threshold::MoreThanHalf)),
            run_off(RunOff::Between(1, 2))
        );
        // Tied at the top among three: the chair picks.
        assert_eq!(
            counts(55, 41, &[12, 12, 12], 2).decide(ALL_HALF),
            run_off(RunOff::TieAtTop(vec![1, 2, 3]))
        );
        // Two tied at the top go to the run-off, whoever is third.
        assert_eq!(
            counts(55, 41, &[12, 13, 12, 13], 0).decide(ALL_HALF),
            run_off(RunOff::Between(2, 4))
        );
    }

    #[test]
    fn a_tie_for_second_place_is_said_with_the_options_in_it() {
        assert_eq!(
            counts(55, 41, &[20, 8, 8], 5).decide(ALL_HALF),
            run_off(RunOff::TieForSecond {
                leader: 1,
                tied: vec![2, 3]
            })
        );
        assert_eq!(
            counts(55, 41, &[3, 20, 3, 3], 0).decide(ALL_HALF),
            run_off(RunOff::TieForSecond {
                leader: 2,
                tied: vec![1, 3, 4]
            })
        );
    }

    #[test]
    fn a_base_of_zero_adopts_nothing_and_without_quorum_nothing_is_decided() {
        let nobody = counts(55, 41, &[0, 0], 0);
        assert_eq!(
            nobody.decide(rule(VoteBase::Cast, Threshold::MoreThanHalf)),
            run_off(RunOff::Between(1, 2))
        );
        assert_eq!(
            counts(55, 27, &[27, 0, 0], 0).decide(ALL_HALF),
            OptionsOutcome::NoQuorum
        );
        assert_eq!(counts(55, 28, &[28, 0, 0], 0).decide(ALL_HALF), adopted(1));
        assert_eq!(OptionsOutcome::NoQuorum.outcome(), Outcome::NoQuorum);
        assert_eq!(adopted(2).outcome(), Outcome::Passed);
        assert_eq!(adopted(2).adopted(), Some(2));
    }

    #[test]
    fn the_base_of_each_rule_and_the_households_that_raised_no_hand() {
        let c = counts(55, 41, &[12, 21, 5], 2);
        assert_eq!(c.base(VoteBase::AllHouseholds), 55);
        assert_eq!(c.base(VoteBase::Present), 41);
        assert_eq!(c.base(VoteBase::Cast), 40);
        assert_eq!(c.not_voting(), 1);
        assert_eq!(counts(55, 41, &[0, 0], 0).not_voting(), 41);
    }

    #[test]
    fn the_columns_of_votes_csv_hold_the_leader_the_others_and_the_abstentions() {
        let c = counts(55, 41, &[12, 21, 5], 2);
        let v = c.as_vote_counts();
        assert_eq!((v.votes_for, v.votes_against, v.votes_abstain), (21, 17, 2));
        assert_eq!(v.not_voting(), 1);
        assert!(c.validate().is_ok());
        assert_eq!(
            counts(55, 41, &[30, 10], 2).validate(),
            Err(VoteError::CastExceedsPresent {
                cast: 42,
                present: 41
            })
        );
        assert_eq!(
            counts(40, 41, &[1, 1], 0).validate(),
            Err(VoteError::PresentExceedsTotal {
                present: 41,
                total: 40
            })
        );
    }
}
