//! The audit log: every correction of a saved vote or opinion, with the previous values, the
//! time and the reason (SPEC §5). Append-only (migration 0002).

use chrono::{DateTime, FixedOffset};

use super::rows::{all_rows, time_at};
use super::{Result, Store};
use crate::domain::MeetingId;

/// One row of the audit log: a correction of a saved entry (SPEC §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    /// What was changed: `"vote"` or `"opinion"`.
    pub entity: String,
    /// The agenda item of the entry.
    pub item_no: Option<u32>,
    /// The vote_no of a vote, the turn_no of an opinion.
    pub number: Option<u32>,
    /// `"correct"` (later maybe `"delete"`).
    pub action: String,
    /// The complete previous row as a JSON object, with the column names as keys, e.g.
    /// `{"meeting_id":1,"item_no":1,"vote_no":1,"voted_at":"2022-06-12T09:10:00+07:00",…}`.
    pub old_values: String,
    pub reason: String,
    pub at: DateTime<FixedOffset>,
}

/// The audit log's `entity` of a vote.
pub const AUDIT_VOTE: &str = "vote";

/// The audit log's `entity` of an opinion.
pub const AUDIT_OPINION: &str = "opinion";

/// The audit log's `action` of a correction.
pub const AUDIT_CORRECT: &str = "correct";

impl Store {
    /// The audit log of a meeting, oldest entry first.
    pub fn audit_log(&self, id: MeetingId) -> Result<Vec<AuditEntry>> {
        all_rows(
            &self.conn,
            "SELECT id, entity, item_no, number, action, old_values, reason, at \
             FROM audit_log WHERE meeting_id = ?1 ORDER BY id",
            [id],
            |row| {
                Ok(AuditEntry {
                    id: row.get(0)?,
                    entity: row.get(1)?,
                    item_no: row.get(2)?,
                    number: row.get(3)?,
                    action: row.get(4)?,
                    old_values: row.get(5)?,
                    reason: row.get(6)?,
                    at: time_at(row, 7)?,
                })
            },
        )
    }
}
