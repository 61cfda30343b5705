//! The agenda of a meeting: its items and the decision rule of each, and their corrections.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{Entry, log_correction};
use super::rows::{all_rows, rule_at};
use super::{Missing, Result, Store, StoreError};
use crate::domain::{AgendaItem, DecisionRule, MeetingId};

/// The columns read by [`agenda_item_from_row`], in order; the queries name them through this
/// macro, so that they cannot drift from the mapping.
macro_rules! agenda_columns {
    () => {
        "item_no, title, description, vote_base, threshold, takes_pledges"
    };
}

fn agenda_item_from_row(row: &Row<'_>) -> rusqlite::Result<AgendaItem> {
    Ok(AgendaItem {
        item_no: row.get(0)?,
        title: row.get(1)?,
        description: row.get(2)?,
        rule: rule_at(row, 3)?,
        takes_pledges: row.get(5)?,
    })
}

impl Store {
    /// The agenda, by item_no.
    pub fn agenda(&self, id: MeetingId) -> Result<Vec<AgendaItem>> {
        read_agenda(&self.conn, id)
    }

    /// Appends an item numbered one after the last.
    pub fn add_agenda_item(
        &mut self,
        id: MeetingId,
        title: &str,
        description: &str,
        rule: DecisionRule,
    ) -> Result<AgendaItem> {
        let tx = self.write_open_meeting(id)?;
        let item_no: u32 = tx
            .prepare_cached(
                "SELECT COALESCE(MAX(item_no), 0) + 1 FROM agenda_items WHERE meeting_id = ?1",
            )?
            .query_row([id], |row| row.get(0))?;
        let item = AgendaItem {
            item_no,
            title: title.to_owned(),
            description: description.to_owned(),
            rule,
            takes_pledges: false,
        };
        insert_agenda_item(&tx, id, &item)?;
        tx.commit()?;
        Ok(item)
    }

    /// Corrects an agenda item, named by its item_no: its title and description, and its rule
    /// only while it has no vote ([`StoreError::RuleFixedByVote`]): each vote was decided by
    /// the rule in force. The previous values go to the audit log.
    pub fn correct_agenda_item(
        &mut self,
        id: MeetingId,
        corrected: &AgendaItem,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<AgendaItem> {
        let item_no = corrected.item_no;
        let tx = self.write_open_meeting(id)?;
        let rule = item_rule(&tx, id, item_no)?;
        if rule != corrected.rule && has_votes(&tx, id, item_no)? {
            return Err(StoreError::RuleFixedByVote { item_no });
        }
        log_correction(&tx, id, Entry::AgendaItem { item_no }, reason, &at)?;
        tx.prepare_cached(
            "UPDATE agenda_items SET title = ?3, description = ?4, vote_base = ?5, \
             threshold = ?6 WHERE meeting_id = ?1 AND item_no = ?2",
        )?
        .execute(params![
            id,
            item_no,
            corrected.title,
            corrected.description,
            corrected.rule.base.code(),
            corrected.rule.threshold.code()
        ])?;
        tx.commit()?;
        Ok(corrected.clone())
    }

    /// Records that the secretary moved to item `item_no`, so that the chair's screen follows.
    /// Refused for a closed meeting and for an item that does not exist.
    ///
    /// Committed without waiting for the disk (`synchronous=NORMAL`): it is written on every
    /// ← →, the other process sees it at once, and a power cut could lose only where the
    /// secretary was, which the next saved entry makes durable anyway.
    pub fn select_item(&mut self, id: MeetingId, item_no: u32) -> Result<()> {
        self.without_full_sync(|store| {
            store.write_now(|tx| {
                super::meetings::ensure_open(tx, id)?;
                ensure_item(tx, id, item_no)?;
                tx.prepare_cached(
                    "INSERT INTO selected_items (meeting_id, item_no) VALUES (?1, ?2) \
                     ON CONFLICT (meeting_id) DO UPDATE SET item_no = excluded.item_no \
                     WHERE item_no IS NOT excluded.item_no",
                )?
                .execute(params![id, item_no])?;
                Ok(())
            })
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
}

pub(super) fn ensure_item(conn: &Connection, id: MeetingId, item_no: u32) -> Result<()> {
    let exists = conn
        .prepare_cached("SELECT 1 FROM agenda_items WHERE meeting_id = ?1 AND item_no = ?2")?
        .exists(params![id, item_no])?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::NotFound(Missing::AgendaItem {
            meeting: id,
            item_no,
        }))
    }
}

/// The decision rule of item `item_no`; [`StoreError::NotFound`] if there is no such item.
pub(super) fn item_rule(conn: &Connection, id: MeetingId, item_no: u32) -> Result<DecisionRule> {
    conn.prepare_cached(
        "SELECT vote_base, threshold FROM agenda_items WHERE meeting_id = ?1 AND item_no = ?2",
    )?
    .query_row(params![id, item_no], |row| rule_at(row, 0))
    .optional()?
    .ok_or(StoreError::NotFound(Missing::AgendaItem {
        meeting: id,
        item_no,
    }))
}

/// How many options item `item_no` has: 0 for a yes/no question.
pub(super) fn option_count(conn: &Connection, id: MeetingId, item_no: u32) -> Result<usize> {
    let count: i64 = conn
        .prepare_cached("SELECT COUNT(*) FROM item_options WHERE meeting_id = ?1 AND item_no = ?2")?
        .query_row(params![id, item_no], |row| row.get(0))?;
    Ok(usize::try_from(count).unwrap_or(0))
}

fn has_votes(conn: &Connection, id: MeetingId, item_no: u32) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM votes WHERE meeting_id = ?1 AND item_no = ?2")?
        .exists(params![id, item_no])?)
}

pub(super) fn read_agenda(conn: &Connection, id: MeetingId) -> Result<Vec<AgendaItem>> {
    all_rows(
        conn,
        concat!(
            "SELECT ",
            agenda_columns!(),
            " FROM agenda_items WHERE meeting_id = ?1 ORDER BY item_no"
        ),
        [id],
        agenda_item_from_row,
    )
}

pub(super) fn insert_agenda_item(
    conn: &Connection,
    id: MeetingId,
    item: &AgendaItem,
) -> Result<()> {
    conn.prepare_cached(concat!(
        "INSERT INTO agenda_items (meeting_id, ",
        agenda_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    ))?
    .execute(params![
        id,
        item.item_no,
        item.title,
        item.description,
        item.rule.base.code(),
        item.rule.threshold.code(),
        item.takes_pledges
    ])?;
    Ok(())
}
