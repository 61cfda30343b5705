//! The SQLite store: one file holds every meeting (SPEC §5).
//!
//! Every write runs in a `BEGIN IMMEDIATE` transaction and is committed before the call
//! returns, so that when the screen says "saved" the entry is on disk (WAL, synchronous=FULL).

use std::path::Path;

use chrono::{DateTime, FixedOffset};

use crate::domain::{
    AgendaItem, DecisionRule, Meeting, MeetingId, MeetingRecord, MeetingStatus, Opinion, Speaker,
    Stance, Vote, VoteCounts,
};

mod error;
pub use error::StoreError;

pub type Result<T> = std::result::Result<T, StoreError>;

/// One line of the meetings list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSummary {
    pub id: MeetingId,
    pub title: String,
    pub started_at: DateTime<FixedOffset>,
    pub status: MeetingStatus,
}

/// A resident waiting for the floor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedSpeaker {
    /// Stable id of the queue entry.
    pub queue_id: i64,
    pub speaker: Speaker,
    pub requested_at: DateTime<FixedOffset>,
}

/// The resident who has the floor now, on which item, since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Floor {
    pub item_no: u32,
    pub speaker: Speaker,
    pub started_at: DateTime<FixedOffset>,
}

/// An open SQLite database of meetings.
pub struct Store {
    conn: rusqlite::Connection,
}

impl Store {
    /// Opens (creating it and its folder if needed) the database at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        unimplemented!("{path:?}")
    }

    /// All meetings, newest `started_at` first.
    pub fn list_meetings(&self) -> Result<Vec<MeetingSummary>> {
        unimplemented!()
    }

    /// The id of the meeting with the latest `started_at`, if any.
    pub fn latest_meeting_id(&self) -> Result<Option<MeetingId>> {
        unimplemented!()
    }

    pub fn create_meeting(&mut self, meeting: &Meeting) -> Result<MeetingId> {
        unimplemented!("{meeting:?}")
    }

    pub fn meeting(&self, id: MeetingId) -> Result<Meeting> {
        unimplemented!("{id}")
    }

    pub fn set_households_present(&mut self, id: MeetingId, present: u32) -> Result<()> {
        unimplemented!("{id} {present}")
    }

    /// The agenda, by item_no.
    pub fn agenda(&self, id: MeetingId) -> Result<Vec<AgendaItem>> {
        unimplemented!("{id}")
    }

    /// Appends an item numbered one after the last.
    pub fn add_agenda_item(
        &mut self,
        id: MeetingId,
        title: &str,
        description: &str,
        rule: DecisionRule,
    ) -> Result<AgendaItem> {
        unimplemented!("{id} {title} {description} {rule:?}")
    }

    /// Speakers waiting, in the order they asked.
    pub fn queue(&self, id: MeetingId) -> Result<Vec<QueuedSpeaker>> {
        unimplemented!("{id}")
    }

    pub fn enqueue(
        &mut self,
        id: MeetingId,
        speaker: &Speaker,
        at: DateTime<FixedOffset>,
    ) -> Result<QueuedSpeaker> {
        unimplemented!("{id} {speaker:?} {at}")
    }

    pub fn remove_from_queue(&mut self, id: MeetingId, queue_id: i64) -> Result<()> {
        unimplemented!("{id} {queue_id}")
    }

    /// Takes a speaker off the queue and gives them the floor on `item_no`, starting their turn.
    pub fn give_floor(
        &mut self,
        id: MeetingId,
        queue_id: i64,
        item_no: u32,
        at: DateTime<FixedOffset>,
    ) -> Result<Floor> {
        unimplemented!("{id} {queue_id} {item_no} {at}")
    }

    pub fn floor(&self, id: MeetingId) -> Result<Option<Floor>> {
        unimplemented!("{id}")
    }

    /// Ends the current turn without an opinion, putting the speaker back at the head of the queue.
    pub fn return_floor_to_queue(&mut self, id: MeetingId) -> Result<()> {
        unimplemented!("{id}")
    }

    /// Records what the speaker who has the floor said, and ends their turn.
    pub fn save_opinion_from_floor(
        &mut self,
        id: MeetingId,
        stance: Stance,
        text: &str,
        ended_at: DateTime<FixedOffset>,
    ) -> Result<Opinion> {
        unimplemented!("{id} {stance} {text} {ended_at}")
    }

    /// Corrects a saved opinion; the previous values go to the audit log.
    pub fn correct_opinion(
        &mut self,
        id: MeetingId,
        item_no: u32,
        turn_no: u32,
        stance: Stance,
        text: &str,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Opinion> {
        unimplemented!("{id} {item_no} {turn_no} {stance} {text} {at} {reason}")
    }

    /// Opinions of an item, by turn_no.
    pub fn opinions(&self, id: MeetingId, item_no: u32) -> Result<Vec<Opinion>> {
        unimplemented!("{id} {item_no}")
    }

    /// Saves a new vote on an item (vote_no one after the last). Refuses invalid counts.
    pub fn add_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        counts: VoteCounts,
        rule: DecisionRule,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        unimplemented!("{id} {item_no} {counts:?} {rule:?} {at}")
    }

    /// Corrects the counts of a saved vote; the previous values go to the audit log.
    pub fn correct_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        vote_no: u32,
        counts: VoteCounts,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Vote> {
        unimplemented!("{id} {item_no} {vote_no} {counts:?} {at} {reason}")
    }

    /// Votes on an item, by vote_no.
    pub fn votes(&self, id: MeetingId, item_no: u32) -> Result<Vec<Vote>> {
        unimplemented!("{id} {item_no}")
    }

    /// Keeps text being typed (`key` names the field) so it survives a crash.
    pub fn save_draft(
        &mut self,
        id: MeetingId,
        key: &str,
        content: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<()> {
        unimplemented!("{id} {key} {content} {at}")
    }

    pub fn draft(&self, id: MeetingId, key: &str) -> Result<Option<String>> {
        unimplemented!("{id} {key}")
    }

    pub fn delete_draft(&mut self, id: MeetingId, key: &str) -> Result<()> {
        unimplemented!("{id} {key}")
    }

    /// The whole meeting, as exported.
    pub fn load_record(&self, id: MeetingId) -> Result<MeetingRecord> {
        unimplemented!("{id}")
    }

    /// Inserts a whole meeting (an import) in one transaction: all of it or nothing.
    pub fn insert_record(&mut self, record: &MeetingRecord) -> Result<MeetingId> {
        unimplemented!("{record:?}")
    }
}
