//! What a meeting looks like right now, for the secretary's screen and for the chair's screen
//! in another process (`hopdan show`): the turns each resident has had, the meeting to follow,
//! and one consistent snapshot of it all. Only reads, so that all of it works on a store opened
//! with [`Store::open_read_only`].

use rusqlite::OptionalExtension;

use crate::domain::{
    AgendaItem, ItemOption, Meeting, MeetingId, OptionVote, Pledge, SpeakingLimit, TurnCounts, Vote,
};

use super::agenda::read_agenda;
use super::meetings::{read_meeting, read_speaking_limit};
use super::options::{read_option_votes, read_options};
use super::pledges::read_pledges;
use super::rows::{all_rows, speaker_at};
use super::votes::read_votes;
use super::{Floor, QueuedSpeaker, Result, Store};

/// Everything the chair's screen shows of a meeting, read in one consistent snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveSnapshot {
    pub id: MeetingId,
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    pub queue: Vec<QueuedSpeaker>,
    pub floor: Option<Floor>,
    /// Every vote of the meeting, by item_no then vote_no.
    pub votes: Vec<Vote>,
    pub speaking_limit: SpeakingLimit,
    pub turns: TurnsHad,
    /// The item being discussed (see [`Store::current_item`]); `None` without an agenda.
    pub current_item: Option<u32>,
    /// The land pledges of the meeting, by item_no then in the register's order.
    pub pledges: Vec<Pledge>,
    /// The options of the items that are a choice among several, by item_no then option_no,
    /// and the hands for each in every vote of those items.
    pub options: Vec<ItemOption>,
    pub option_votes: Vec<OptionVote>,
}

/// The turns already had in the meeting by each resident in the queue and by the one who has
/// the floor. Looked up once per load, not per frame: each lookup normalizes a name and an
/// address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TurnsHad {
    queue: Vec<u32>,
    floor: u32,
}

impl TurnsHad {
    pub fn of(counts: &TurnCounts, queue: &[QueuedSpeaker], floor: Option<&Floor>) -> TurnsHad {
        TurnsHad {
            queue: queue.iter().map(|q| counts.turns_had(&q.speaker)).collect(),
            floor: floor.map_or(0, |f| counts.turns_had(&f.speaker)),
        }
    }

    /// The turns had by the resident at `position` in the queue (0 = next).
    pub fn queued(&self, position: usize) -> u32 {
        self.queue.get(position).copied().unwrap_or(0)
    }

    /// The turns had by the resident who has the floor, before this one.
    pub fn floor(&self) -> u32 {
        self.floor
    }
}

impl LiveSnapshot {
    /// The vote that counts for an item: the latest one.
    pub fn latest_vote(&self, item_no: u32) -> Option<&Vote> {
        self.votes
            .iter()
            .filter(|v| v.item_no == item_no)
            .max_by_key(|v| v.vote_no)
    }
}

impl Store {
    /// A number that changes whenever another connection commits a change to the database:
    /// cheap to ask several times a second, so a reader reloads only when something changed.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |row| row.get(0))?)
    }

    /// The turns already had by the residents in `queue` and by the one with the `floor`.
    pub fn turns_had(
        &self,
        id: MeetingId,
        queue: &[QueuedSpeaker],
        floor: Option<&Floor>,
    ) -> Result<TurnsHad> {
        // Nobody to count for (a meeting opened to be read): the opinions are not read at all.
        let counts = if queue.is_empty() && floor.is_none() {
            TurnCounts::default()
        } else {
            self.turn_counts(id)?
        };
        Ok(TurnsHad::of(&counts, queue, floor))
    }

    /// How many turns each resident has had in the meeting, from one query: a row for each
    /// name and address as typed, with its count, not one for each opinion.
    fn turn_counts(&self, id: MeetingId) -> Result<TurnCounts> {
        let speakers = all_rows(
            &self.conn,
            "SELECT speaker_name, speaker_address, COUNT(*) FROM opinions WHERE meeting_id = ?1 \
             GROUP BY speaker_name, speaker_address",
            [id],
            |row| Ok((speaker_at(row, 0)?, row.get::<_, u32>(2)?)),
        )?;
        Ok(TurnCounts::of_counted(
            speakers.iter().map(|(speaker, turns)| (speaker, *turns)),
        ))
    }

    /// The meeting a screen follows when none is named: the latest open one, else the latest.
    pub fn meeting_to_follow(&self) -> Result<Option<MeetingId>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id FROM meetings \
                 ORDER BY status = 'open' DESC, unixepoch(started_at) DESC, id DESC LIMIT 1",
            )?
            .query_row([], |row| row.get(0))
            .optional()?)
    }

    /// The meeting as the chair's screen shows it, read in one transaction so that the floor,
    /// the queue and the votes agree with each other. The opinions' text is not read: the
    /// secretary's every draft save changes the database, and the screen needs only who spoke.
    pub fn live_snapshot(&self, id: MeetingId) -> Result<LiveSnapshot> {
        let tx = self.conn.unchecked_transaction()?;
        let queue = self.queue(id)?;
        let floor = self.floor(id)?;
        let snapshot = LiveSnapshot {
            id,
            meeting: read_meeting(&tx, id)?,
            agenda: read_agenda(&tx, id)?,
            turns: self.turns_had(id, &queue, floor.as_ref())?,
            queue,
            floor,
            votes: read_votes(&tx, id)?,
            speaking_limit: read_speaking_limit(&tx, id)?,
            current_item: self.current_item(id)?,
            pledges: read_pledges(&tx, id)?,
            options: read_options(&tx, id)?,
            option_votes: read_option_votes(&tx, id)?,
        };
        tx.finish()?;
        Ok(snapshot)
    }
}
