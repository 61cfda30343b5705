//! Show-of-hands votes: saved, corrected (the old counts go to the audit log), re-voted.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::agenda::{ensure_item, option_count};
use super::attendance::{after_last_attendance, check_present_by_list};
use super::audit::{Entry, log_correction};
use super::meetings::check_vote_among;
use super::rows::{all_rows, code_at, rule_at, time_at};
use super::{Result, Store, StoreError};
use crate::domain::{DecisionRule, MeetingId, Vote, VoteCounts, VoteMethod, format_time};

/// The columns read by [`vote_from_row`], in order; the queries name them through this
/// macro, so that they cannot drift from the mapping.
macro_rules! vote_columns {
    () => {
        "item_no, vote_no, voted_at, households_total, households_present, votes_for, \
         votes_against, votes_abstain, vote_base, threshold, corrections, method"
    };
}

fn vote_from_row(row: &Row<'_>) -> rusqlite::Result<Vote> {
    Ok(Vote {
        item_no: row.get(0)?,
        vote_no: row.get(1)?,
        voted_at: time_at(row, 2)?,
        counts: VoteCounts {
            households_total: row.get(3)?,
            households_present: row.get(4)?,
            votes_for: row.get(5)?,
            votes_against: row.get(6)?,
            votes_abstain: row.get(7)?,
        },
        rule: rule_at(row, 8)?,
        corrections: row.get(10)?,
        method: code_at(row, 11)?,
    })
}

impl Store {
    /// Saves a new vote on an item (vote_no one after the last). Refuses invalid counts.
    pub fn add_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        counts: VoteCounts,
        rule: DecisionRule,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        counts.validate()?;
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, item_no)?;
        // An item with options is voted on option by option.
        if option_count(&tx, id, item_no)? > 0 {
            return Err(StoreError::OptionsNotOfItem { item_no });
        }
        let vote = insert_next_vote(&tx, id, item_no, counts, rule, VoteMethod::Hands, at)?;
        tx.commit()?;
        Ok(vote)
    }

    /// Corrects the counts of a saved vote; the previous values go to the audit log and the
    /// vote's `corrections` goes up by one. Refuses invalid counts.
    pub fn correct_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        vote_no: u32,
        counts: VoteCounts,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Vote> {
        counts.validate()?;
        let tx = self.write_open_meeting(id)?;
        // Its counts are the options': a re-vote is taken instead (for is only the leader's).
        if option_count(&tx, id, item_no)? > 0 {
            return Err(StoreError::OptionsVoteNotCorrected { item_no });
        }
        // A ballot's counts are the committee's or the ballots': they are not typed over.
        if vote_method(&tx, id, item_no, vote_no)?.is_some_and(|m| m != VoteMethod::Hands) {
            return Err(StoreError::BallotNotCorrected { item_no, vote_no });
        }
        check_vote_among(&tx, id, &counts)?;
        let voted_at = tx
            .prepare_cached(
                "SELECT voted_at FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
            )?
            .query_row(params![id, item_no, vote_no], |row| time_at(row, 0))
            .optional()?;
        if let Some(voted_at) = voted_at {
            check_present_by_list(&tx, id, counts.households_present, voted_at)?;
        }
        log_correction(&tx, id, Entry::Vote { item_no, vote_no }, reason, &at)?;
        tx.prepare_cached(
            "UPDATE votes SET households_total = ?4, households_present = ?5, votes_for = ?6, \
             votes_against = ?7, votes_abstain = ?8, corrections = corrections + 1 \
             WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
        )?
        .execute(params![
            id,
            item_no,
            vote_no,
            counts.households_total,
            counts.households_present,
            counts.votes_for,
            counts.votes_against,
            counts.votes_abstain
        ])?;
        let vote =
            read_vote(&tx, id, item_no, vote_no)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
        tx.commit()?;
        Ok(vote)
    }

    /// Votes on an item, by vote_no.
    pub fn votes(&self, id: MeetingId, item_no: u32) -> Result<Vec<Vote>> {
        all_rows(
            &self.conn,
            concat!(
                "SELECT ",
                vote_columns!(),
                " FROM votes WHERE meeting_id = ?1 AND item_no = ?2 ORDER BY vote_no"
            ),
            params![id, item_no],
            vote_from_row,
        )
    }
}

/// Every vote of the meeting, by item_no then vote_no.
pub(super) fn read_votes(conn: &Connection, id: MeetingId) -> Result<Vec<Vote>> {
    all_rows(
        conn,
        concat!(
            "SELECT ",
            vote_columns!(),
            " FROM votes WHERE meeting_id = ?1 ORDER BY item_no, vote_no"
        ),
        [id],
        vote_from_row,
    )
}

/// How vote `vote_no` of item `item_no` was taken; `None` if there is no such vote.
pub(super) fn vote_method(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    vote_no: u32,
) -> Result<Option<VoteMethod>> {
    Ok(conn
        .prepare_cached(
            "SELECT method FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
        )?
        .query_row(params![id, item_no, vote_no], |row| code_at(row, 0))
        .optional()?)
}

/// Refuses what needs every household-ballot round of item `item_no` (of every item when
/// `None`) counted — a new vote of the item, closing the meeting — while one is still open.
pub(super) fn ensure_no_open_round(
    conn: &Connection,
    id: MeetingId,
    item_no: Option<u32>,
) -> Result<()> {
    let open: Option<(u32, u32)> = conn
        .prepare_cached(
            "SELECT item_no, vote_no FROM vote_ballots JOIN votes \
             USING (meeting_id, item_no, vote_no) WHERE meeting_id = ?1 \
             AND (?2 IS NULL OR item_no = ?2) AND method = 'household_ballot' \
             AND counted_at IS NULL ORDER BY item_no, vote_no LIMIT 1",
        )?
        .query_row(params![id, item_no], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match open {
        Some((item_no, vote_no)) => Err(StoreError::RoundOpen { item_no, vote_no }),
        None => Ok(()),
    }
}

/// Vote `vote_no` of item `item_no`, if there is one.
pub(super) fn read_vote(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    vote_no: u32,
) -> Result<Option<Vote>> {
    Ok(conn
        .prepare_cached(concat!(
            "SELECT ",
            vote_columns!(),
            " FROM votes WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3"
        ))?
        .query_row(params![id, item_no, vote_no], vote_from_row)
        .optional()?)
}

/// Saves `counts` as the next vote of item `item_no` under `rule`, taken by `method`, in the
/// caller's transaction: among the meeting's households, with the households present the
/// sign-in list has at its time (a time before the latest sign-in moves after it). A
/// household-ballot round counts as present the ballots returned, not the sign-in list.
pub(super) fn insert_next_vote(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    counts: VoteCounts,
    rule: DecisionRule,
    method: VoteMethod,
    at: DateTime<FixedOffset>,
) -> Result<Vote> {
    check_vote_among(conn, id, &counts)?;
    ensure_no_open_round(conn, id, Some(item_no))?;
    let at = after_last_attendance(conn, id, at)?;
    if method != VoteMethod::HouseholdBallot {
        check_present_by_list(conn, id, counts.households_present, at)?;
    }
    let vote_no: u32 = conn
        .prepare_cached(
            "SELECT COALESCE(MAX(vote_no), 0) + 1 FROM votes WHERE meeting_id = ?1 AND item_no = ?2",
        )?
        .query_row(params![id, item_no], |row| row.get(0))?;
    let vote = Vote {
        item_no,
        vote_no,
        voted_at: at,
        counts,
        rule,
        corrections: 0,
        method,
    };
    insert_vote(conn, id, &vote)?;
    Ok(vote)
}

pub(super) fn insert_vote(conn: &Connection, id: MeetingId, vote: &Vote) -> Result<()> {
    conn.prepare_cached(concat!(
        "INSERT INTO votes (meeting_id, ",
        vote_columns!(),
        ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    ))?
    .execute(params![
        id,
        vote.item_no,
        vote.vote_no,
        format_time(&vote.voted_at),
        vote.counts.households_total,
        vote.counts.households_present,
        vote.counts.votes_for,
        vote.counts.votes_against,
        vote.counts.votes_abstain,
        vote.rule.base.code(),
        vote.rule.threshold.code(),
        vote.corrections,
        vote.method.code()
    ])?;
    Ok(())
}
