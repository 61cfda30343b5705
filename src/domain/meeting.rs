//! A consultation meeting, its agenda and the opinions voiced on it (SPEC §1).

use chrono::{DateTime, FixedOffset};

use super::CodeError;
use super::attendance::Attendance;
use super::ballot::{BallotRound, MeetingBallots};
use super::conclusion::Conclusion;
use super::correction::{Correction, EntryKey};
use super::guest::Guest;
use super::household::Household;
use super::options::{ItemOption, OptionCounts, OptionVote, option_counts};
use super::pledge::Pledge;
use super::register_change::RegisterChange;
use super::rules::{DecisionRule, code_enum};
use super::vote::Vote;
use std::fmt;
use std::str::FromStr;

/// The database id of a meeting.
pub type MeetingId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MeetingStatus {
    #[default]
    Open,
    /// Read-only: the record is final.
    Closed,
}

code_enum!(MeetingStatus {
    MeetingStatus::Open => "open",
    MeetingStatus::Closed => "closed",
});

/// Everything about a meeting except its agenda, opinions and votes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// "Về việc …": what the residents are consulted on.
    pub title: String,
    pub ward: String,
    pub residential_group: String,
    pub location: String,
    pub started_at: DateTime<FixedOffset>,
    pub ended_at: Option<DateTime<FixedOffset>>,
    pub chair: String,
    pub chair_title: String,
    pub secretary: String,
    /// All households of the residential group: the denominator of the law's rules.
    pub households_total: u32,
    /// Households with a representative present now; changes during the meeting.
    pub households_present: u32,
    pub status: MeetingStatus,
}

impl Meeting {
    /// What the secretary may correct of the meeting while it is open.
    pub fn details(&self) -> MeetingDetails {
        MeetingDetails {
            title: self.title.clone(),
            ward: self.ward.clone(),
            residential_group: self.residential_group.clone(),
            location: self.location.clone(),
            started_at: self.started_at,
            chair: self.chair.clone(),
            chair_title: self.chair_title.clone(),
            secretary: self.secretary.clone(),
            households_total: self.households_total,
        }
    }
}

/// The header of a meeting and its number of households: what a correction of the meeting's
/// details may change. Attendance, the end and the status have their own ways to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDetails {
    pub title: String,
    pub ward: String,
    pub residential_group: String,
    pub location: String,
    pub started_at: DateTime<FixedOffset>,
    pub chair: String,
    pub chair_title: String,
    pub secretary: String,
    /// Never below the households present.
    pub households_total: u32,
}

/// One matter the residents are consulted on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    /// 1, 2, … in the order of the agenda.
    pub item_no: u32,
    pub title: String,
    pub description: String,
    pub rule: DecisionRule,
    /// The item asks households to give land: it keeps their pledges (SPEC §11).
    pub takes_pledges: bool,
}

/// Where a speaker stands on the item. No default: the secretary always chooses one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    /// Đồng ý.
    Support,
    /// Không đồng ý.
    Oppose,
    /// Ý kiến khác / đề xuất: a proposal.
    Other,
    /// Câu hỏi / kiến nghị.
    Question,
}

code_enum!(Stance {
    Stance::Support => "support",
    Stance::Oppose => "oppose",
    Stance::Other => "other",
    Stance::Question => "question",
});

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Support,
        Stance::Oppose,
        Stance::Other,
        Stance::Question,
    ];

    /// The next stance in `ALL`, wrapping around: one key cycles through them.
    pub fn next(self) -> Stance {
        let i = Stance::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Stance::ALL[(i + 1) % Stance::ALL.len()]
    }
}

/// A resident who asks for the floor.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Speaker {
    pub name: String,
    /// The household: house number, alley, group, e.g. "K19/4 Phú Lộc 10, tổ 27".
    pub address: String,
}

/// One speaker turn on an agenda item and what was said in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opinion {
    pub item_no: u32,
    /// 1, 2, … in speaking order within the item.
    pub turn_no: u32,
    pub speaker: Speaker,
    pub stance: Stance,
    /// The secretary's summary of what was said; may span several lines.
    pub text: String,
    pub started_at: DateTime<FixedOffset>,
    /// Speaking time in seconds.
    pub duration_s: u32,
}

/// What a correction of a saved opinion sets: who spoke, on which item, their stance and what
/// they said. Its turn, start and speaking time stay as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpinionCorrection {
    /// Another item than the opinion's moves it there, as that item's latest turn.
    pub item_no: u32,
    pub speaker: Speaker,
    pub stance: Stance,
    pub text: String,
}

/// A whole meeting: what is exported to and imported from the CSV files of SPEC §4.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRecord {
    pub meeting: Meeting,
    /// Sorted by item_no.
    pub agenda: Vec<AgendaItem>,
    /// Sorted by (item_no, turn_no).
    pub opinions: Vec<Opinion>,
    /// Sorted by (item_no, vote_no).
    pub votes: Vec<Vote>,
    /// Guests and officials present, sorted by guest_no.
    pub guests: Vec<Guest>,
    /// At most one per item, sorted by item_no.
    pub conclusions: Vec<Conclusion>,
    /// Corrections of the entries above, in the order they were made.
    pub corrections: Vec<Correction>,
    /// The register the meeting is held with, in the register's order; empty without one.
    pub households: Vec<Household>,
    /// Who signed in for which household, by arrival.
    pub attendance: Vec<Attendance>,
    /// Land pledges, sorted by item_no, then the register's order.
    pub pledges: Vec<Pledge>,
    /// Households corrected or moved away, pledges corrected or removed, in the order the
    /// changes were made.
    pub register_changes: Vec<RegisterChange>,
    /// The options of the items that are a choice among several (SPEC §15), by item_no then
    /// option_no; an item without options is a yes/no question.
    pub options: Vec<ItemOption>,
    /// The hands for each option in each vote of such an item, by item_no, vote_no, option_no.
    pub option_votes: Vec<OptionVote>,
    /// How the votes not taken by show of hands were taken, and the households' ballots.
    pub ballots: MeetingBallots,
}

impl MeetingRecord {
    /// The options of item `item_no`, in order; none for a yes/no question.
    pub fn options_of(&self, item_no: u32) -> impl Iterator<Item = &ItemOption> {
        self.options.iter().filter(move |o| o.item_no == item_no)
    }

    /// The counts of `vote` on an options item, with the options it put; `None` for a vote on
    /// a yes/no question.
    pub fn option_counts(&self, vote: &Vote) -> Option<OptionCounts> {
        option_counts(&self.option_votes, vote)
    }

    /// The household-ballot round that is `vote`, with the meeting's register and the ballots
    /// returned; `None` for a vote taken otherwise.
    pub fn ballot_round(&self, vote: &Vote) -> Option<BallotRound> {
        let register = self.households.iter().map(|h| h.household_no.clone());
        self.ballots.round(
            register.collect(),
            &self.option_votes,
            vote.item_no,
            vote.vote_no,
        )
    }

    /// The corrections of one entry, oldest first: those made to it under its present key and,
    /// back through each move (an opinion to another item), under the keys it had before.
    pub fn corrections_of(&self, entry: EntryKey) -> Vec<&Correction> {
        let mut found = Vec::new();
        let mut key = entry;
        // Newest first, following the key back at each move; the log runs oldest first.
        for correction in self.corrections.iter().rev() {
            if correction.entry == key {
                found.push(correction);
                key = correction.was;
            }
        }
        found.reverse();
        found
    }

    /// The vote that counts for an item: the latest one.
    pub fn latest_vote(&self, item_no: u32) -> Option<&Vote> {
        self.votes
            .iter()
            .filter(|v| v.item_no == item_no)
            .max_by_key(|v| v.vote_no)
    }

    /// The chair's conclusion on an item, if one was written.
    pub fn conclusion(&self, item_no: u32) -> Option<&Conclusion> {
        self.conclusions.iter().find(|c| c.item_no == item_no)
    }
}
