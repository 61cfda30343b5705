//! Text being typed and not yet confirmed, kept as it is typed so that it comes back after a
//! crash (SPEC §5): a meeting's drafts, and those of a form that belongs to no meeting yet.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, Store};
use crate::domain::{MeetingId, format_time};

/// Drafts whose key starts with this are cleared when an opinion is saved.
const OPINION_DRAFT_PREFIX: &str = "opinion";

impl Store {
    /// Keeps text being typed (`key` names the field) so it survives a crash. Never waits for
    /// another program's write lock ([`StoreError::Busy`] at once): the caller keeps the text
    /// and tries again.
    ///
    /// [`StoreError::Busy`]: super::StoreError::Busy
    pub fn save_draft(
        &mut self,
        id: MeetingId,
        key: &str,
        content: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<()> {
        self.write_now(|tx| {
            super::meetings::ensure_open(tx, id)?;
            tx.prepare_cached(
                "INSERT INTO drafts (meeting_id, key, content, updated_at) \
                 VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (meeting_id, key) DO UPDATE \
                 SET content = excluded.content, updated_at = excluded.updated_at",
            )?
            .execute(params![id, key, content, format_time(&at)])?;
            Ok(())
        })
    }

    /// The draft kept under `key`, if any.
    pub fn draft(&self, id: MeetingId, key: &str) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT content FROM drafts WHERE meeting_id = ?1 AND key = ?2")?;
        Ok(stmt
            .query_row(params![id, key], |row| row.get(0))
            .optional()?)
    }

    /// Forgets the draft kept under `key` (nothing happens if there is none).
    pub fn delete_draft(&mut self, id: MeetingId, key: &str) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        tx.prepare_cached("DELETE FROM drafts WHERE meeting_id = ?1 AND key = ?2")?
            .execute(params![id, key])?;
        tx.commit()?;
        Ok(())
    }

    /// Keeps text being typed that belongs to no meeting yet (the form of a new meeting) so it
    /// survives a crash. `key` names what is typed; an empty key is refused. Never waits, as
    /// [`Store::save_draft`].
    pub fn save_app_draft(
        &mut self,
        key: &str,
        content: &str,
        at: DateTime<FixedOffset>,
    ) -> Result<()> {
        self.write_now(|tx| {
            tx.prepare_cached(
                "INSERT INTO app_drafts (key, content, updated_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (key) DO UPDATE \
                 SET content = excluded.content, updated_at = excluded.updated_at",
            )?
            .execute(params![key, content, format_time(&at)])?;
            Ok(())
        })
    }

    /// The draft belonging to no meeting kept under `key`, if any.
    pub fn app_draft(&self, key: &str) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT content FROM app_drafts WHERE key = ?1")?;
        Ok(stmt.query_row([key], |row| row.get(0)).optional()?)
    }

    /// Forgets the draft belonging to no meeting kept under `key` (nothing happens if there is
    /// none).
    pub fn delete_app_draft(&mut self, key: &str) -> Result<()> {
        let tx = self.write()?;
        tx.prepare_cached("DELETE FROM app_drafts WHERE key = ?1")?
            .execute([key])?;
        tx.commit()?;
        Ok(())
    }
}

/// Forgets the meeting's drafts of an opinion, in the caller's transaction.
pub(super) fn delete_opinion_drafts(conn: &Connection, id: MeetingId) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM drafts WHERE meeting_id = ?1 AND substr(key, 1, length(?2)) = ?2",
    )?
    .execute(params![id, OPINION_DRAFT_PREFIX])?;
    Ok(())
}
