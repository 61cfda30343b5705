//! What a meeting looks like right now, for the secretary's screen and for the chair's screen
//! in another process (`hopdan show`): the speaking-time limit, the turns each resident has had,
//! the item being discussed, and one consistent snapshot of it all. Also the read-only opening
//! that the chair's screen uses: it never writes, migrates or locks anything.

use std::path::Path;

use rusqlite::{OptionalExtension, params};

use crate::domain::{AgendaItem, Meeting, MeetingId, SpeakingLimit, TurnCounts, Vote};

use super::agenda::{ensure_item, read_agenda};
use super::meetings::{ensure_open, meeting_not_found, read_meeting};
use super::votes::read_votes;
use super::{Floor, QueuedSpeaker, Result, Store, schema};

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
    /// Opens the database at `path` for reading only, for a screen that follows another
    /// process's writes. Creates nothing (no file, no lock), runs no migration and takes no
    /// writer lock, so it works while the secretary's app is writing (WAL readers never block
    /// the writer). Refuses a file that does not exist or holds no hopdan data yet
    /// ([`StoreError::NoDatabase`]), another program's file ([`StoreError::NotADatabase`]),
    /// a schema older or newer than this version's ([`StoreError::OlderSchema`],
    /// [`StoreError::NewerSchema`]). Like [`Store::open`] it reads only the first pages: damage
    /// elsewhere shows as [`StoreError::Corrupt`] when a damaged page is read.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Ok(Store {
            conn: schema::open_read_only(path)?,
            damaged: None,
        })
    }

    /// A number that changes whenever another connection commits a change to the database:
    /// cheap to ask several times a second, so a reader reloads only when something changed.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |row| row.get(0))?)
    }

    /// Creates a meeting without agenda, with its speaking-time limit, in one transaction.
    pub fn create_meeting_with_limit(
        &mut self,
        meeting: &Meeting,
        limit: SpeakingLimit,
    ) -> Result<MeetingId> {
        self.insert_record_with_limit(
            &crate::domain::MeetingRecord {
                meeting: meeting.clone(),
                agenda: Vec::new(),
                opinions: Vec::new(),
                votes: Vec::new(),
            },
            limit,
        )
    }

    /// How long each speaker may speak in the meeting.
    pub fn speaking_limit(&self, id: MeetingId) -> Result<SpeakingLimit> {
        read_speaking_limit(&self.conn, id)
    }

    /// Changes how long each speaker may speak; refused for a closed meeting.
    pub fn set_speaking_limit(&mut self, id: MeetingId, limit: SpeakingLimit) -> Result<()> {
        let tx = self.write()?;
        ensure_open(&tx, id)?;
        tx.prepare_cached("UPDATE meetings SET speaking_limit_s = ?2 WHERE id = ?1")?
            .execute(params![id, limit.seconds()])?;
        tx.commit()?;
        Ok(())
    }

    /// The turns already had by the residents in `queue` and by the one with the `floor`.
    pub fn turns_had(
        &self,
        id: MeetingId,
        queue: &[QueuedSpeaker],
        floor: Option<&Floor>,
    ) -> Result<TurnsHad> {
        Ok(TurnsHad::of(&self.turn_counts(id)?, queue, floor))
    }

    /// How many turns each resident has had in the meeting, from one query.
    fn turn_counts(&self, id: MeetingId) -> Result<TurnCounts> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT speaker_name, speaker_address FROM opinions WHERE meeting_id = ?1",
        )?;
        let speakers = stmt
            .query_map([id], |row| {
                Ok(crate::domain::Speaker {
                    name: row.get(0)?,
                    address: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(TurnCounts::of(&speakers))
    }

    /// Records that the secretary moved to item `item_no`, so that the chair's screen follows.
    /// Refused for a closed meeting and for an item that does not exist.
    ///
    /// Committed without waiting for the disk (`synchronous=NORMAL`): it is written on every
    /// ← →, the other process sees it at once, and a power cut could lose only where the
    /// secretary was, which the next saved entry makes durable anyway.
    pub fn select_item(&mut self, id: MeetingId, item_no: u32) -> Result<()> {
        self.without_full_sync(|store| {
            let tx = store.write()?;
            ensure_open(&tx, id)?;
            ensure_item(&tx, id, item_no)?;
            tx.prepare_cached(
                "INSERT INTO selected_items (meeting_id, item_no) VALUES (?1, ?2) \
                 ON CONFLICT (meeting_id) DO UPDATE SET item_no = excluded.item_no \
                 WHERE item_no IS NOT excluded.item_no",
            )?
            .execute(params![id, item_no])?;
            tx.commit()?;
            Ok(())
        })
    }

    /// Runs `write` on a connection with `synchronous=NORMAL`, then puts `FULL` back for every
    /// other write.
    fn without_full_sync<T>(&mut self, write: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let written = write(self);
        let restored = self.conn.pragma_update(None, "synchronous", "FULL");
        let value = written?;
        restored?;
        Ok(value)
    }

    /// The item being discussed: that of the speaker who has the floor; else the one the
    /// secretary last moved to; else the first. `None` while the meeting has no agenda.
    pub fn current_item(&self, id: MeetingId) -> Result<Option<u32>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT COALESCE(\
                   (SELECT item_no FROM floor WHERE meeting_id = ?1), \
                   (SELECT item_no FROM selected_items WHERE meeting_id = ?1), \
                   (SELECT MIN(item_no) FROM agenda_items WHERE meeting_id = ?1))",
            )?
            .query_row([id], |row| row.get(0))?)
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
        };
        tx.finish()?;
        Ok(snapshot)
    }
}

fn read_speaking_limit(conn: &rusqlite::Connection, id: MeetingId) -> Result<SpeakingLimit> {
    conn.prepare_cached("SELECT speaking_limit_s FROM meetings WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?
        .map(SpeakingLimit::from_seconds)
        .ok_or_else(|| meeting_not_found(id))
}
