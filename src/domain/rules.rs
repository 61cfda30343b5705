//! The decision rules of Law 10/2022/QH15 and Decrees 59/2023 and 61/2023 (SPEC §1).
//!
//! All arithmetic is done on integers widened to `u64`, so that no count can overflow and no
//! rounding can ever turn a failed vote into a passed one.

use std::fmt;
use std::str::FromStr;

use super::CodeError;

/// What the number of votes for is compared against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VoteBase {
    /// All households of the residential group (the law's default denominator).
    #[default]
    AllHouseholds,
    /// Households with a representative present at the moment of the vote.
    Present,
    /// Households that raised a hand: for + against + abstain.
    Cast,
}

/// How large a share of the base must vote for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Threshold {
    /// for × 2 > base ("trên 50%").
    #[default]
    MoreThanHalf,
    /// for × 3 ≥ base × 2 ("từ hai phần ba").
    TwoThirds,
    /// for × 4 ≥ base × 3 ("từ ba phần tư").
    ThreeQuarters,
}

/// The decision rule of one agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DecisionRule {
    pub base: VoteBase,
    pub threshold: Threshold,
}

/// The result of a show-of-hands vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    Passed,
    Failed,
    NoQuorum,
}

/// A meeting is valid when more than half of all households are represented.
pub fn has_quorum(households_present: u32, households_total: u32) -> bool {
    u64::from(households_present) * 2 > u64::from(households_total)
}

impl Threshold {
    /// Whether `votes_for` reaches this threshold of `base`. A base of 0 never passes.
    pub fn is_met(self, votes_for: u32, base: u32) -> bool {
        if base == 0 {
            return false;
        }
        let (votes_for, base) = (u64::from(votes_for), u64::from(base));
        match self {
            Threshold::MoreThanHalf => votes_for * 2 > base,
            Threshold::TwoThirds => votes_for * 3 >= base * 2,
            Threshold::ThreeQuarters => votes_for * 4 >= base * 3,
        }
    }

    pub const ALL: [Threshold; 3] = [
        Threshold::MoreThanHalf,
        Threshold::TwoThirds,
        Threshold::ThreeQuarters,
    ];
}

impl VoteBase {
    pub const ALL: [VoteBase; 3] = [VoteBase::AllHouseholds, VoteBase::Present, VoteBase::Cast];
}

macro_rules! code_enum {
    ($ty:ty { $($variant:path => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The stable code used in the database and in CSV files.
            pub fn code(self) -> &'static str {
                match self { $($variant => $code),+ }
            }
        }
        impl FromStr for $ty {
            type Err = CodeError;
            fn from_str(s: &str) -> Result<Self, CodeError> {
                match s {
                    $($code => Ok($variant),)+
                    _ => Err(CodeError {
                        found: s.to_owned(),
                        expected: &[$($code),+],
                    }),
                }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            /// Asks for an enum with the codes as its variants, so that a reader can say which
            /// codes it expected; any text that is one of the codes is accepted.
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_enum(
                    stringify!($ty),
                    &[$($code),+],
                    $crate::domain::CodeVisitor(std::marker::PhantomData),
                )
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(VoteBase {
    VoteBase::AllHouseholds => "all_households",
    VoteBase::Present => "present",
    VoteBase::Cast => "cast",
});
code_enum!(Threshold {
    Threshold::MoreThanHalf => "more_than_half",
    Threshold::TwoThirds => "two_thirds",
    Threshold::ThreeQuarters => "three_quarters",
});
code_enum!(Outcome {
    Outcome::Passed => "passed",
    Outcome::Failed => "failed",
    Outcome::NoQuorum => "no_quorum",
});

/// How an item's vote is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum VoteMethod {
    /// Show of hands (biểu quyết giơ tay), counted at once (SPEC §1).
    #[default]
    Hands,
    /// Secret ballot at the meeting (bỏ phiếu kín).
    Secret,
    /// A ballot delivered to every household of the register (phiếu lấy ý kiến hộ gia đình).
    HouseholdBallot,
}

code_enum!(VoteMethod {
    VoteMethod::Hands => "hands",
    VoteMethod::Secret => "secret",
    VoteMethod::HouseholdBallot => "household_ballot",
});

impl VoteMethod {
    pub const ALL: [VoteMethod; 3] = [
        VoteMethod::Hands,
        VoteMethod::Secret,
        VoteMethod::HouseholdBallot,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quorum_needs_strictly_more_than_half_of_all_households() {
        let cases = [
            // (present, total, quorum)
            (0, 0, false),
            (0, 1, false),
            (1, 1, true),
            (1, 2, false),
            (2, 4, false),
            (3, 4, true),
            (27, 55, false),
            (28, 55, true),
            (30, 60, false),
            (31, 60, true),
            (u32::MAX, u32::MAX, true),
        ];
        for (present, total, expected) in cases {
            assert_eq!(has_quorum(present, total), expected, "{present} of {total}");
        }
    }

    #[test]
    fn thresholds_at_their_exact_edges() {
        use Threshold::*;
        let cases = [
            // (threshold, for, base, met)
            (MoreThanHalf, 2, 4, false),
            (MoreThanHalf, 3, 4, true),
            (MoreThanHalf, 1, 1, true),
            (MoreThanHalf, 0, 1, false),
            (MoreThanHalf, 28, 55, true),
            (MoreThanHalf, 27, 55, false),
            (TwoThirds, 2, 3, true),
            (TwoThirds, 1, 3, false),
            (TwoThirds, 3, 5, false),
            (TwoThirds, 4, 6, true),
            (TwoThirds, 37, 55, true),
            (TwoThirds, 36, 55, false),
            (ThreeQuarters, 3, 4, true),
            (ThreeQuarters, 2, 4, false),
            (ThreeQuarters, 41, 55, false),
            (ThreeQuarters, 42, 55, true),
            (ThreeQuarters, u32::MAX, u32::MAX, true),
        ];
        for (threshold, votes_for, base, expected) in cases {
            assert_eq!(
                threshold.is_met(votes_for, base),
                expected,
                "{threshold}: {votes_for} of {base}"
            );
        }
    }

    #[test]
    fn a_base_of_zero_never_passes() {
        for threshold in Threshold::ALL {
            assert!(!threshold.is_met(0, 0), "{threshold}");
            assert!(!threshold.is_met(5, 0), "{threshold}");
        }
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for base in VoteBase::ALL {
            assert_eq!(base.code().parse::<VoteBase>().unwrap(), base);
        }
        for threshold in Threshold::ALL {
            assert_eq!(threshold.code().parse::<Threshold>().unwrap(), threshold);
        }
        for outcome in [Outcome::Passed, Outcome::Failed, Outcome::NoQuorum] {
            assert_eq!(outcome.code().parse::<Outcome>().unwrap(), outcome);
        }
        let err = "half".parse::<Threshold>().unwrap_err();
        assert_eq!(err.found, "half");
        assert!(err.to_string().contains("more_than_half"));
    }

    #[test]
    fn serde_writes_and_reads_the_codes() {
        for threshold in Threshold::ALL {
            let json = serde_json::to_string(&threshold).unwrap();
            assert_eq!(json, format!("\"{}\"", threshold.code()));
            assert_eq!(serde_json::from_str::<Threshold>(&json).unwrap(), threshold);
        }
        assert_eq!(
            serde_json::to_string(&Outcome::NoQuorum).unwrap(),
            "\"no_quorum\""
        );
        assert!(serde_json::from_str::<VoteBase>("\"everyone\"").is_err());
    }
}
