//! Show-of-hands votes: the counts typed by the secretary, their validation and their result.

use chrono::{DateTime, FixedOffset};
use thiserror::Error;

use super::rules::{DecisionRule, Outcome, VoteBase, VoteMethod, has_quorum};

/// The counts of one show-of-hands vote, as they stood at the moment of the vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct VoteCounts {
    pub households_total: u32,
    pub households_present: u32,
    pub votes_for: u32,
    pub votes_against: u32,
    pub votes_abstain: u32,
}

/// Why a vote cannot be saved. Each names the rule of SPEC §1 that the counts break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum VoteError {
    #[error("households present ({present}) exceed all households ({total})")]
    PresentExceedsTotal { present: u32, total: u32 },
    #[error("for + against + abstain ({cast}) exceed the households present ({present})")]
    CastExceedsPresent { cast: u64, present: u32 },
}

/// Why a typed count is not a count.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CountError {
    #[error("a count is required")]
    Empty,
    #[error("\"{0}\" is not a whole number ≥ 0")]
    NotAWholeNumber(String),
    #[error("\"{0}\" is too large")]
    TooLarge(String),
}

/// Parses a count typed by a person or read from a file: plain ASCII digits, surrounding spaces
/// allowed, nothing else (no sign, no decimal point, no thousands separator).
pub fn parse_count(text: &str) -> Result<u32, CountError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CountError::Empty);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CountError::NotAWholeNumber(text.to_owned()));
    }
    text.parse()
        .map_err(|_| CountError::TooLarge(text.to_owned()))
}

impl VoteCounts {
    /// Households that raised a hand for one of the options.
    pub fn cast(&self) -> u64 {
        u64::from(self.votes_for) + u64::from(self.votes_against) + u64::from(self.votes_abstain)
    }

    /// Checks the rules of SPEC §1 that every saved vote obeys.
    pub fn validate(&self) -> Result<(), VoteError> {
        if self.households_present > self.households_total {
            return Err(VoteError::PresentExceedsTotal {
                present: self.households_present,
                total: self.households_total,
            });
        }
        if self.cast() > u64::from(self.households_present) {
            return Err(VoteError::CastExceedsPresent {
                cast: self.cast(),
                present: self.households_present,
            });
        }
        Ok(())
    }

    /// Households present that did not raise a hand. Only meaningful for valid counts.
    pub fn not_voting(&self) -> u32 {
        // Valid counts guarantee cast ≤ present, so this never saturates for a saved vote.
        u32::try_from(u64::from(self.households_present).saturating_sub(self.cast())).unwrap_or(0)
    }

    /// The number the votes for are compared against under `base`.
    pub fn base(&self, base: VoteBase) -> u32 {
        match base {
            VoteBase::AllHouseholds => self.households_total,
            VoteBase::Present => self.households_present,
            // Valid counts keep cast ≤ present ≤ u32::MAX.
            VoteBase::Cast => u32::try_from(self.cast()).unwrap_or(u32::MAX),
        }
    }

    /// The result under `rule`: without quorum nothing passes, whatever the counts.
    pub fn outcome(&self, rule: DecisionRule) -> Outcome {
        if !has_quorum(self.households_present, self.households_total) {
            Outcome::NoQuorum
        } else if rule.threshold.is_met(self.votes_for, self.base(rule.base)) {
            Outcome::Passed
        } else {
            Outcome::Failed
        }
    }
}

/// The counts of a vote while they are being typed: each `None` until it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TypedCounts {
    pub households_total: u32,
    pub households_present: Option<u32>,
    pub votes_for: Option<u32>,
    pub votes_against: Option<u32>,
    pub votes_abstain: Option<u32>,
}

impl TypedCounts {
    /// Whether every count is typed: the counts would be saved as they are.
    pub fn is_complete(&self) -> bool {
        self.households_present.is_some()
            && self.votes_for.is_some()
            && self.votes_against.is_some()
            && self.votes_abstain.is_some()
    }

    /// The counts so far, a hand count not yet typed taken as 0 (no hand raised yet). Without
    /// the households present there is nothing to measure against: `None`.
    pub fn so_far(&self) -> Option<VoteCounts> {
        Some(VoteCounts {
            households_total: self.households_total,
            households_present: self.households_present?,
            votes_for: self.votes_for.unwrap_or(0),
            votes_against: self.votes_against.unwrap_or(0),
            votes_abstain: self.votes_abstain.unwrap_or(0),
        })
    }
}

/// A share `part / whole` in tenths of a percent, rounded half up; `None` when `whole` is 0.
/// Shown to people only; never used to decide anything.
pub fn per_mille(part: u32, whole: u32) -> Option<u32> {
    if whole == 0 {
        return None;
    }
    let (part, whole) = (u64::from(part), u64::from(whole));
    u32::try_from((part * 1000 * 2 + whole) / (whole * 2)).ok()
}

/// Formats a share for display: `"72,7%"` (Vietnamese decimal comma) or `"72.7%"`.
pub fn format_share(part: u32, whole: u32, decimal_separator: char) -> String {
    match per_mille(part, whole) {
        Some(pm) => format!("{}{}{}%", pm / 10, decimal_separator, pm % 10),
        None => "—".to_owned(),
    }
}

/// One saved show-of-hands vote on an agenda item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub item_no: u32,
    /// 1 for the first vote on the item, 2 for a re-vote, …; the latest one counts.
    pub vote_no: u32,
    pub voted_at: DateTime<FixedOffset>,
    pub counts: VoteCounts,
    /// The rule in force when the vote was taken (copied from the agenda item).
    pub rule: DecisionRule,
    /// How many times the counts were corrected after the vote was first saved.
    pub corrections: u32,
    /// How it was taken: by show of hands unless by ballot (SPEC §12).
    pub method: VoteMethod,
}

impl Vote {
    /// The result by the rules of the vote's method: a household-ballot round has no quorum
    /// test and is measured against all households.
    pub fn outcome(&self) -> Outcome {
        self.method.outcome(&self.counts, self.rule)
    }
}

impl VoteMethod {
    /// The result of a yes/no vote taken this way, from its columns in votes.csv: what import
    /// recomputes. A show of hands and a secret ballot need a quorum; a household-ballot round
    /// has none, and its base is all households whatever the rule's base.
    pub fn outcome(self, counts: &VoteCounts, rule: DecisionRule) -> Outcome {
        match self {
            VoteMethod::Hands | VoteMethod::Secret => counts.outcome(rule),
            VoteMethod::HouseholdBallot => {
                if rule
                    .threshold
                    .is_met(counts.votes_for, counts.households_total)
                {
                    Outcome::Passed
                } else {
                    Outcome::Failed
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::Threshold;

    fn counts(total: u32, present: u32, f: u32, a: u32, ab: u32) -> VoteCounts {
        VoteCounts {
            households_total: total,
            households_present: present,
            votes_for: f,
            votes_against: a,
            votes_abstain: ab,
        }
    }

    #[test]
    fn invalid_counts_are_refused_with_the_rule_they_break() {
        assert_eq!(
            counts(55, 56, 0, 0, 0).validate(),
            Err(VoteError::PresentExceedsTotal {
                present: 56,
                total: 55
            })
        );
        assert_eq!(
            counts(55, 42, 40, 2, 1).validate(),
            Err(VoteError::CastExceedsPresent {
                cast: 43,
                present: 42
            })
        );
        assert_eq!(counts(55, 42, 40, 2, 0).validate(), Ok(()));
        assert_eq!(counts(0, 0, 0, 0, 0).validate(), Ok(()));
        // No overflow when the counts are at their limits.
        assert!(
            counts(u32::MAX, u32::MAX, u32::MAX, u32::MAX, u32::MAX)
                .validate()
                .is_err()
        );
    }

    #[test]
    fn counts_are_whole_numbers_at_least_zero() {
        assert_eq!(parse_count(" 42 "), Ok(42));
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count(""), Err(CountError::Empty));
        for bad in ["-1", "+3", "4.5", "4,5", "1e3", "abc", "４２"] {
            assert_eq!(
                parse_count(bad),
                Err(CountError::NotAWholeNumber(bad.into())),
                "{bad}"
            );
        }
        assert_eq!(
            parse_count("99999999999"),
            Err(CountError::TooLarge("99999999999".into()))
        );
    }

    #[test]
    fn outcome_follows_quorum_base_and_threshold() {
        let rule = |base, threshold| DecisionRule { base, threshold };
        let all_half = rule(VoteBase::AllHouseholds, Threshold::MoreThanHalf);
        let cases = [
            // (counts, rule, outcome)
            (counts(55, 42, 38, 3, 1), all_half, Outcome::Passed),
            (counts(55, 42, 27, 10, 5), all_half, Outcome::Failed),
            (counts(55, 42, 28, 10, 4), all_half, Outcome::Passed),
            // No quorum wins over any count.
            (counts(55, 27, 27, 0, 0), all_half, Outcome::NoQuorum),
            (counts(4, 2, 2, 0, 0), all_half, Outcome::NoQuorum),
            // Present base: 2 of 4 present is not more than half …
            (
                counts(6, 4, 2, 2, 0),
                rule(VoteBase::Present, Threshold::MoreThanHalf),
                Outcome::Failed,
            ),
            (
                counts(6, 4, 3, 1, 0),
                rule(VoteBase::Present, Threshold::MoreThanHalf),
                Outcome::Passed,
            ),
            // … cast base counts only raised hands.
            (
                counts(6, 4, 2, 1, 0),
                rule(VoteBase::Cast, Threshold::TwoThirds),
                Outcome::Passed,
            ),
            (
                counts(6, 4, 2, 1, 1),
                rule(VoteBase::Cast, Threshold::TwoThirds),
                Outcome::Failed,
            ),
            // Cast base of 0 never passes.
            (
                counts(6, 4, 0, 0, 0),
                rule(VoteBase::Cast, Threshold::MoreThanHalf),
                Outcome::Failed,
            ),
            (
                counts(4, 3, 3, 0, 0),
                rule(VoteBase::AllHouseholds, Threshold::ThreeQuarters),
                Outcome::Passed,
            ),
            (
                counts(4, 3, 2, 1, 0),
                rule(VoteBase::AllHouseholds, Threshold::ThreeQuarters),
                Outcome::Failed,
            ),
        ];
        for (counts, rule, expected) in cases {
            assert_eq!(counts.outcome(rule), expected, "{counts:?} under {rule:?}");
        }
    }

    #[test]
    fn counts_so_far_take_what_is_not_typed_as_no_hand_raised() {
        let typed = TypedCounts {
            households_total: 55,
            households_present: Some(42),
            votes_for: Some(30),
            ..TypedCounts::default()
        };
        assert!(!typed.is_complete());
        let so_far = typed.so_far().unwrap();
        assert_eq!(so_far, counts(55, 42, 30, 0, 0));
        assert_eq!(so_far.outcome(DecisionRule::default()), Outcome::Passed);
        // The rules apply to the counts so far: too many hands already breaks one.
        let too_many = TypedCounts {
            votes_against: Some(13),
            ..typed
        };
        assert_eq!(
            too_many.so_far().unwrap().validate(),
            Err(VoteError::CastExceedsPresent {
                cast: 43,
                present: 42
            })
        );
        let complete = TypedCounts {
            votes_against: Some(3),
            votes_abstain: Some(1),
            ..typed
        };
        assert!(complete.is_complete());
        let without_present = TypedCounts {
            households_present: None,
            ..complete
        };
        assert_eq!(without_present.so_far(), None);
    }

    #[test]
    fn not_voting_and_shares() {
        let c = counts(55, 42, 38, 3, 1);
        assert_eq!(c.not_voting(), 0);
        assert_eq!(counts(55, 42, 30, 3, 1).not_voting(), 8);
        assert_eq!(per_mille(38, 55), Some(691));
        assert_eq!(per_mille(1, 3), Some(333));
        assert_eq!(per_mille(2, 3), Some(667));
        assert_eq!(per_mille(1, 0), None);
        assert_eq!(format_share(38, 42, ','), "90,5%");
        assert_eq!(format_share(38, 42, '.'), "90.5%");
        assert_eq!(format_share(3, 0, '.'), "—");
    }
}
