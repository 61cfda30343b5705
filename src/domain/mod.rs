//! The pure domain of hopdan: meetings, their guests, agenda items, opinions, votes, the chair's
//! conclusions and the rules that decide them. No I/O and no clock reads happen here.

pub mod attendance;
pub mod ballot;
pub mod clock;
pub mod conclusion;
pub mod correction;
pub mod guest;
pub mod household;
pub mod measure;
pub mod meeting;
pub mod options;
pub mod pledge;
pub mod register_change;
pub mod rules;
pub mod speaking;
pub mod suggest;
pub mod text;
pub mod vote;
pub mod when;

pub use attendance::{Attendance, Standing, present_at, present_now};
pub use ballot::{
    BallotChoice, BallotCorrection, BallotCountError, BallotDetails, BallotError, BallotRound,
    BallotSheets, BallotVote, CommitteeError, CommitteeMember, CountingCommittee, HouseholdBallot,
    MAX_COMMITTEE, MIN_COMMITTEE, MeetingBallots, REPORTING_WORKING_DAYS, RoundBallot,
    SecretBallotCounts, SecretOptionsCounts, WitnessError, Witnesses, received_before_round,
    reporting_deadline,
};
pub use clock::{Clock, FixedClock, SystemClock, format_time, parse_time};
pub use conclusion::Conclusion;
pub use correction::{After, Correction, EntryKey, EntryKind, after_correction};
pub use guest::Guest;
pub use household::{Household, RegisterIndex};
pub use measure::{MAX_MEASURE, Measure, MeasureError};
pub use meeting::{
    AgendaItem, Meeting, MeetingDetails, MeetingId, MeetingRecord, MeetingStatus, Opinion,
    OpinionCorrection, Speaker, Stance,
};
pub use options::{
    ItemOption, MAX_OPTIONS, MIN_OPTIONS, OptionCounts, OptionVote, OptionsOutcome, RunOff,
    option_counts,
};
pub use pledge::{Consent, Pledge, PledgeError, PledgeTotals};
pub use register_change::{
    AfterChange, ChangeAction, ChangedEntry, ChangedKind, RegisterChange, after_change,
};
pub use rules::{DecisionRule, Outcome, Threshold, VoteBase, VoteMethod, has_quorum};
pub use speaking::{ClockState, SpeakingClock, SpeakingLimit, TurnCounts};
pub use vote::{
    CountError, TypedCounts, Vote, VoteCounts, VoteError, format_share, parse_count, per_mille,
};
pub use when::{WhenError, format_day, format_when, parse_when};

/// A code (in the database or a CSV file) that names no known value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{found}\" is not one of: {}", expected.join(", "))]
pub struct CodeError {
    pub found: String,
    pub expected: &'static [&'static str],
}

/// Reads a code enum (see `rules::code_enum`) from a text or from a unit variant.
pub(crate) struct CodeVisitor<T>(pub(crate) std::marker::PhantomData<T>);

impl<'de, T: std::str::FromStr<Err = CodeError>> serde::de::Visitor<'de> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a code")
    }

    fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<T, E> {
        code.parse().map_err(E::custom)
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        use serde::de::{Error, VariantAccess};
        let (code, variant): (String, _) = data.variant()?;
        variant.unit_variant()?;
        code.parse().map_err(A::Error::custom)
    }
}
