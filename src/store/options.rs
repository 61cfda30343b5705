//! Items that are a choice among several options (SPEC §15): the options put while the item
//! is discussed, and a vote that counts the hands for each.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, Row, params};

use super::agenda::{ensure_item, item_rule, option_count};
use super::rows::all_rows;
use super::votes::insert_next_vote;
use super::{Result, Store, StoreError};
use crate::domain::{
    ItemOption, MAX_OPTIONS, MIN_OPTIONS, MeetingId, OptionCounts, OptionVote, Vote, VoteMethod,
};

fn option_from_row(row: &Row<'_>) -> rusqlite::Result<ItemOption> {
    Ok(ItemOption {
        item_no: row.get(0)?,
        option_no: row.get(1)?,
        title: row.get(2)?,
        description: row.get(3)?,
    })
}

fn option_vote_from_row(row: &Row<'_>) -> rusqlite::Result<OptionVote> {
    Ok(OptionVote {
        item_no: row.get(0)?,
        vote_no: row.get(1)?,
        option_no: row.get(2)?,
        votes: row.get(3)?,
    })
}

impl Store {
    /// The options of every item of the meeting, by item_no then option_no.
    pub fn options(&self, id: MeetingId) -> Result<Vec<ItemOption>> {
        read_options(&self.conn, id)
    }

    /// The hands for each option in every vote of the meeting, by item, vote and option.
    pub fn option_votes(&self, id: MeetingId) -> Result<Vec<OptionVote>> {
        read_option_votes(&self.conn, id)
    }

    /// Puts a new option to item `item_no`, after those it has: a resident's proposal from
    /// the floor. Refused once the item has a vote (the options were put to it) and beyond
    /// [`MAX_OPTIONS`]. Gives the option's number.
    pub fn add_option(
        &mut self,
        id: MeetingId,
        item_no: u32,
        title: &str,
        description: &str,
    ) -> Result<u32> {
        let tx = self.write_open_meeting(id)?;
        ensure_options_open(&tx, id, item_no)?;
        ensure_title(title)?;
        let count = option_count(&tx, id, item_no)?;
        if count >= MAX_OPTIONS {
            return Err(StoreError::TooManyOptions { item_no });
        }
        let option_no = u32::try_from(count + 1).unwrap_or(u32::MAX);
        insert_option(
            &tx,
            id,
            &ItemOption {
                item_no,
                option_no,
                title: title.to_owned(),
                description: description.to_owned(),
            },
        )?;
        tx.commit()?;
        Ok(option_no)
    }

    /// Changes the words of an option before the item's first vote (nothing has counted it
    /// yet, so nothing needs to be kept of what it said).
    pub fn edit_option(
        &mut self,
        id: MeetingId,
        item_no: u32,
        option_no: u32,
        title: &str,
        description: &str,
    ) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        ensure_options_open(&tx, id, item_no)?;
        ensure_title(title)?;
        let changed = tx
            .prepare_cached(
                "UPDATE item_options SET title = ?4, description = ?5 \
                 WHERE meeting_id = ?1 AND item_no = ?2 AND option_no = ?3",
            )?
            .execute(params![id, item_no, option_no, title, description])?;
        if changed == 0 {
            return Err(StoreError::NoSuchOption { item_no, option_no });
        }
        tx.commit()?;
        Ok(())
    }

    /// Takes an option back before the item's first vote; those after it move up one, so
    /// the options stay numbered 1, 2, … as the chair calls them.
    pub fn remove_option(&mut self, id: MeetingId, item_no: u32, option_no: u32) -> Result<()> {
        let tx = self.write_open_meeting(id)?;
        ensure_options_open(&tx, id, item_no)?;
        let removed = tx
            .prepare_cached(
                "DELETE FROM item_options WHERE meeting_id = ?1 AND item_no = ?2 AND option_no = ?3",
            )?
            .execute(params![id, item_no, option_no])?;
        if removed == 0 {
            return Err(StoreError::NoSuchOption { item_no, option_no });
        }
        // One at a time, upwards, so that the key is never taken twice.
        let later: Vec<u32> = all_rows(
            &tx,
            "SELECT option_no FROM item_options \
             WHERE meeting_id = ?1 AND item_no = ?2 AND option_no > ?3 ORDER BY option_no",
            params![id, item_no, option_no],
            |row| row.get(0),
        )?;
        for number in later {
            tx.prepare_cached(
                "UPDATE item_options SET option_no = ?4 \
                 WHERE meeting_id = ?1 AND item_no = ?2 AND option_no = ?3",
            )?
            .execute(params![id, item_no, number, number - 1])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Saves a vote on an options item: the hands for each option put (all of the item's, or
    /// the two of a run-off) and the abstentions, checked as every vote is (each household
    /// one hand, presence as the list has it). votes keeps its §1 columns: for is the leading
    /// option's votes, against the others', abstain the abstentions.
    pub fn add_options_vote(
        &mut self,
        id: MeetingId,
        item_no: u32,
        counts: &OptionCounts,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        counts.validate()?;
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, item_no)?;
        check_options_put(&tx, id, item_no, counts)?;
        let rule = item_rule(&tx, id, item_no)?;
        let vote = insert_next_vote(
            &tx,
            id,
            item_no,
            counts.as_vote_counts(),
            rule,
            VoteMethod::Hands,
            at,
        )?;
        insert_option_counts(&tx, id, &vote, counts)?;
        tx.commit()?;
        Ok(vote)
    }
}

/// Refuses `counts` unless they put two or more different options of item `item_no`, one that
/// has at least two: how any vote among options, by hands or by ballot, is checked.
pub(super) fn check_options_put(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    counts: &OptionCounts,
) -> Result<()> {
    let options = option_count(conn, id, item_no)?;
    if options < MIN_OPTIONS {
        return Err(StoreError::TooFewOptions { item_no });
    }
    let put = &counts.options;
    let known = |no: u32| usize::try_from(no).is_ok_and(|no| (1..=options).contains(&no));
    let mut numbers: Vec<u32> = put.iter().map(|&(no, _)| no).collect();
    numbers.sort_unstable();
    numbers.dedup();
    if put.len() < MIN_OPTIONS || numbers.len() != put.len() || !numbers.iter().all(|&n| known(n)) {
        return Err(StoreError::OptionsNotOfItem { item_no });
    }
    Ok(())
}

/// Saves the counts of each option `counts` puts, as those of `vote`.
pub(super) fn insert_option_counts(
    conn: &Connection,
    id: MeetingId,
    vote: &Vote,
    counts: &OptionCounts,
) -> Result<()> {
    for &(option_no, votes) in &counts.options {
        insert_option_vote(
            conn,
            id,
            &OptionVote {
                item_no: vote.item_no,
                vote_no: vote.vote_no,
                option_no,
                votes,
            },
        )?;
    }
    Ok(())
}

/// Options can be put to an item, and changed, until its first vote.
fn ensure_options_open(conn: &Connection, id: MeetingId, item_no: u32) -> Result<()> {
    ensure_item(conn, id, item_no)?;
    let voted = conn
        .prepare_cached("SELECT 1 FROM votes WHERE meeting_id = ?1 AND item_no = ?2")?
        .exists(params![id, item_no])?;
    if voted {
        return Err(StoreError::OptionsFixedByVote { item_no });
    }
    Ok(())
}

fn ensure_title(title: &str) -> Result<()> {
    if title.trim().is_empty() {
        return Err(StoreError::OptionWithoutTitle);
    }
    Ok(())
}

pub(super) fn read_options(conn: &Connection, id: MeetingId) -> Result<Vec<ItemOption>> {
    all_rows(
        conn,
        "SELECT item_no, option_no, title, description FROM item_options \
         WHERE meeting_id = ?1 ORDER BY item_no, option_no",
        [id],
        option_from_row,
    )
}

pub(super) fn read_option_votes(conn: &Connection, id: MeetingId) -> Result<Vec<OptionVote>> {
    all_rows(
        conn,
        "SELECT item_no, vote_no, option_no, votes FROM option_votes \
         WHERE meeting_id = ?1 ORDER BY item_no, vote_no, option_no",
        [id],
        option_vote_from_row,
    )
}

pub(super) fn insert_option(conn: &Connection, id: MeetingId, option: &ItemOption) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO item_options (meeting_id, item_no, option_no, title, description) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        option.item_no,
        option.option_no,
        option.title,
        option.description
    ])?;
    Ok(())
}

pub(super) fn insert_option_vote(
    conn: &Connection,
    id: MeetingId,
    vote: &OptionVote,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO option_votes (meeting_id, item_no, vote_no, option_no, votes) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        vote.item_no,
        vote.vote_no,
        vote.option_no,
        vote.votes
    ])?;
    Ok(())
}
