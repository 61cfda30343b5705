//! The pure domain of hopdan: meetings, agenda items, opinions, votes and the rules that decide
//! them. No I/O and no clock reads happen here.

pub mod clock;
pub mod meeting;
pub mod rules;
pub mod speaking;
pub mod text;
pub mod vote;

pub use clock::{Clock, FixedClock, SystemClock, format_time, parse_time};
pub use meeting::{
    AgendaItem, Meeting, MeetingId, MeetingRecord, MeetingStatus, Opinion, Speaker, Stance,
};
pub use rules::{DecisionRule, Outcome, Threshold, VoteBase, has_quorum};
pub use speaking::{ClockState, SpeakingClock, SpeakingLimit, TurnCounts};
pub use vote::{CountError, Vote, VoteCounts, VoteError, format_share, parse_count, per_mille};

/// A code (in the database or a CSV file) that names no known value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{found}\" is not one of: {}", expected.join(", "))]
pub struct CodeError {
    pub found: String,
    pub expected: &'static [&'static str],
}
