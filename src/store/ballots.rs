//! Votes taken by ballot (SPEC §12): a secret ballot at the meeting, counted by a committee and
//! watched by two witnesses, and a household-ballot round, whose ballots come in one household
//! at a time and whose counts are derived from them.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::agenda::{ensure_item, item_rule, option_count};
use super::households::read_households;
use super::options::{check_options_put, insert_option_counts, read_option_votes};
use super::rows::{all_rows, code_at, opt_time_at, time_at};
use super::votes::{insert_next_vote, vote_method};
use super::{Result, Store, StoreError};
use crate::domain::{
    BallotChoice, BallotCorrection, BallotDetails, BallotRound, BallotSheets, BallotVote,
    CommitteeMember, CountingCommittee, HouseholdBallot, MeetingBallots, MeetingId, MeetingRecord,
    OptionCounts, RoundBallot, SecretBallotCounts, SecretOptionsCounts, Vote, VoteCounts,
    VoteMethod, Witnesses, format_time, received_before_round,
};

/// A secret ballot's checked tally: its vote's columns, its sheets, and its counts per option
/// on an options item.
struct Secret<'a> {
    counts: VoteCounts,
    sheets: BallotSheets,
    options: Option<&'a OptionCounts>,
}

/// What a secret ballot adds to its vote: the committee that counted it and the witnesses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count<'a> {
    pub committee: &'a CountingCommittee,
    pub witnesses: &'a Witnesses,
}

impl Store {
    /// How every vote of the meeting not taken by show of hands was taken, the households'
    /// ballots and their corrections.
    pub fn ballots(&self, id: MeetingId) -> Result<MeetingBallots> {
        read_ballots(&self.conn, id)
    }

    /// Saves a secret ballot on a yes/no item: the tally checked by SPEC §12 (returned ≤ issued
    /// ≤ present, valid + invalid = returned, for + against + abstain = valid), the committee
    /// and the witnesses (households of the register, when there is one). Present is the
    /// attendance, as for a show of hands.
    pub fn add_secret_ballot(
        &mut self,
        id: MeetingId,
        item_no: u32,
        tally: &SecretBallotCounts,
        count: Count<'_>,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        tally.validate()?;
        let secret = Secret {
            counts: tally.as_vote_counts(),
            sheets: tally.sheets(),
            options: None,
        };
        self.save_secret(id, item_no, &secret, count, at)
    }

    /// Saves a secret ballot on an options item: each valid ballot marks one option (of those
    /// put) or abstains.
    pub fn add_secret_options_ballot(
        &mut self,
        id: MeetingId,
        item_no: u32,
        tally: &SecretOptionsCounts,
        count: Count<'_>,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        tally.validate()?;
        let secret = Secret {
            counts: tally.as_vote_counts(),
            sheets: tally.sheets,
            options: Some(&tally.choices),
        };
        self.save_secret(id, item_no, &secret, count, at)
    }

    /// Saves a secret ballot whose tally was checked: on a yes/no item, or among the options
    /// it puts.
    fn save_secret(
        &mut self,
        id: MeetingId,
        item_no: u32,
        secret: &Secret<'_>,
        count: Count<'_>,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, item_no)?;
        match secret.options {
            Some(choices) => check_options_put(&tx, id, item_no, choices)?,
            None if option_count(&tx, id, item_no)? > 0 => {
                return Err(StoreError::OptionsNotOfItem { item_no });
            }
            None => {}
        }
        check_count(&tx, id, &count)?;
        let rule = item_rule(&tx, id, item_no)?;
        let vote = insert_next_vote(
            &tx,
            id,
            item_no,
            secret.counts,
            rule,
            VoteMethod::Secret,
            at,
        )?;
        insert_vote_ballot(
            &tx,
            id,
            (vote.item_no, vote.vote_no),
            &secret.sheets,
            Some(count.witnesses),
            None,
        )?;
        insert_committee(&tx, id, vote.item_no, vote.vote_no, count.committee)?;
        if let Some(choices) = secret.options {
            insert_option_counts(&tx, id, &vote, choices)?;
        }
        tx.commit()?;
        Ok(vote)
    }

    /// Opens a household-ballot round on item `item_no`: a ballot to every household of the
    /// register, none returned yet. `options` are the options on the ballot of an options item
    /// (all of the item's when `None`, or the two of a run-off); ignored for a yes/no item.
    pub fn open_ballot_round(
        &mut self,
        id: MeetingId,
        item_no: u32,
        options: Option<&[u32]>,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        let tx = self.write_open_meeting(id)?;
        ensure_item(&tx, id, item_no)?;
        let register = register_of(&tx, id)?;
        if register.is_empty() {
            return Err(StoreError::RoundNeedsRegister);
        }
        let item_options = option_count(&tx, id, item_no)?;
        let put: Vec<u32> = match options {
            _ if item_options == 0 => Vec::new(),
            Some(put) => put.to_vec(),
            None => (1..=u32::try_from(item_options).unwrap_or(u32::MAX)).collect(),
        };
        let round = BallotRound::put(register, put);
        if let Some(counts) = round.option_counts() {
            check_options_put(&tx, id, item_no, &counts)?;
        }
        let rule = item_rule(&tx, id, item_no)?;
        let vote = insert_next_vote(
            &tx,
            id,
            item_no,
            round.vote_counts(),
            rule,
            VoteMethod::HouseholdBallot,
            at,
        )?;
        insert_vote_ballot(
            &tx,
            id,
            (vote.item_no, vote.vote_no),
            &round.sheets(),
            None,
            None,
        )?;
        if let Some(counts) = round.option_counts() {
            insert_option_counts(&tx, id, &vote, &counts)?;
        }
        tx.commit()?;
        Ok(vote)
    }

    /// Enters a household's returned ballot in round `vote_no` of item `item_no`: a household
    /// of the register, once per round, while the round is open. The round's counts follow.
    pub fn add_household_ballot(
        &mut self,
        id: MeetingId,
        item_no: u32,
        vote_no: u32,
        ballot: &HouseholdBallot,
    ) -> Result<Vote> {
        let tx = self.write_open_meeting(id)?;
        let mut round = open_round(&tx, id, item_no, vote_no)?;
        check_received(&tx, id, item_no, vote_no, ballot)?;
        round.add(ballot.clone())?;
        let entry_no = round.returned();
        insert_household_ballot(&tx, id, item_no, vote_no, entry_no, ballot)?;
        let vote = update_round_counts(&tx, id, item_no, vote_no, &round)?;
        tx.commit()?;
        Ok(vote)
    }

    /// Corrects a household's ballot in an open round: the ballot as it was is kept with the
    /// time and the reason, and the round's counts follow.
    pub fn correct_household_ballot(
        &mut self,
        id: MeetingId,
        item_no: u32,
        vote_no: u32,
        ballot: &HouseholdBallot,
        at: DateTime<FixedOffset>,
        reason: &str,
    ) -> Result<Vote> {
        if reason.trim().is_empty() {
            return Err(StoreError::BallotCorrectionWithoutReason);
        }
        let tx = self.write_open_meeting(id)?;
        let mut round = open_round(&tx, id, item_no, vote_no)?;
        check_received(&tx, id, item_no, vote_no, ballot)?;
        let was = round.correct(ballot.clone())?;
        insert_ballot_correction(
            &tx,
            id,
            &BallotCorrection {
                item_no,
                vote_no,
                corrected_at: at,
                reason: reason.trim().to_owned(),
                was,
            },
        )?;
        tx.prepare_cached(
            "UPDATE household_ballots SET choice = ?5, received_at = ?6, collected_by = ?7, \
             opinion = ?8 WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3 \
             AND household_no = ?4",
        )?
        .execute(params![
            id,
            item_no,
            vote_no,
            ballot.household_no,
            ballot.choice.to_string(),
            format_time(&ballot.received_at),
            ballot.collected_by.trim(),
            ballot.opinion.trim()
        ])?;
        let vote = update_round_counts(&tx, id, item_no, vote_no, &round)?;
        tx.commit()?;
        Ok(vote)
    }

    /// Closes round `vote_no` of item `item_no` and counts it: no ballot is entered after.
    pub fn count_ballot_round(
        &mut self,
        id: MeetingId,
        item_no: u32,
        vote_no: u32,
        at: DateTime<FixedOffset>,
    ) -> Result<Vote> {
        let tx = self.write_open_meeting(id)?;
        open_round(&tx, id, item_no, vote_no)?;
        let last_received: Option<String> = tx
            .prepare_cached(
                "SELECT received_at FROM household_ballots \
                 WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3 \
                 ORDER BY unixepoch(received_at) DESC LIMIT 1",
            )?
            .query_row(params![id, item_no, vote_no], |row| row.get(0))
            .optional()?;
        // Counted no earlier than the last ballot came in.
        let at = match last_received.map(|t| crate::domain::parse_time(&t)) {
            Some(Ok(last)) if last > at => last,
            _ => at,
        };
        tx.prepare_cached(
            "UPDATE vote_ballots SET counted_at = ?4 \
             WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
        )?
        .execute(params![id, item_no, vote_no, format_time(&at)])?;
        let vote = read_vote(&tx, id, item_no, vote_no)?;
        tx.commit()?;
        Ok(vote)
    }
}

/// The committee and the witnesses of a secret ballot, the witnesses among the register's
/// households when the meeting has one.
fn check_count(conn: &Connection, id: MeetingId, count: &Count<'_>) -> Result<()> {
    count.committee.validate()?;
    let register = register_of(conn, id)?;
    let register = (!register.is_empty()).then_some(register.as_slice());
    count.witnesses.validate(register)?;
    Ok(())
}

/// The row of `vote_ballots` of `vote`: its ballots, the witnesses of a secret ballot (none for a
/// round), and when a round was counted.
fn insert_vote_ballot(
    conn: &Connection,
    id: MeetingId,
    (item_no, vote_no): (u32, u32),
    sheets: &BallotSheets,
    witnesses: Option<&Witnesses>,
    counted_at: Option<&DateTime<FixedOffset>>,
) -> Result<()> {
    let witness = |pick: fn(&Witnesses) -> &str| witnesses.map_or("", |w| pick(w).trim());
    conn.prepare_cached(
        "INSERT INTO vote_ballots (meeting_id, item_no, vote_no, ballots_issued, \
         ballots_returned, ballots_valid, ballots_invalid, witness_1, witness_2, counted_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        id,
        item_no,
        vote_no,
        sheets.issued,
        sheets.returned,
        sheets.valid,
        sheets.invalid,
        witness(|w| &w.first),
        witness(|w| &w.second),
        counted_at.map(format_time)
    ])?;
    Ok(())
}

fn insert_committee(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    vote_no: u32,
    committee: &CountingCommittee,
) -> Result<()> {
    // The head first, as ballots.csv writes the committee: the same order after an import.
    let head = committee.members.iter().filter(|m| m.is_head);
    let others = committee.members.iter().filter(|m| !m.is_head);
    for (position, member) in (1u32..).zip(head.chain(others)) {
        conn.prepare_cached(
            "INSERT INTO ballot_committee (meeting_id, item_no, vote_no, position, name, \
             is_head) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            id,
            item_no,
            vote_no,
            position,
            member.name.trim(),
            member.is_head
        ])?;
    }
    Ok(())
}

/// The household numbers of the meeting's register, in its order; empty without one.
fn register_of(conn: &Connection, id: MeetingId) -> Result<Vec<String>> {
    Ok(read_households(conn, id)?
        .into_iter()
        .map(|h| h.household_no)
        .collect())
}

/// Round `vote_no` of item `item_no` with the ballots entered so far, if it is a round still
/// open.
fn open_round(conn: &Connection, id: MeetingId, item_no: u32, vote_no: u32) -> Result<BallotRound> {
    if vote_method(conn, id, item_no, vote_no)? != Some(VoteMethod::HouseholdBallot) {
        return Err(StoreError::NoSuchRound { item_no, vote_no });
    }
    let counted: Option<String> = conn
        .prepare_cached(
            "SELECT counted_at FROM vote_ballots \
             WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
        )?
        .query_row(params![id, item_no, vote_no], |row| row.get(0))?;
    if counted.is_some() {
        return Err(StoreError::RoundCounted { item_no, vote_no });
    }
    let put: Vec<u32> = read_option_votes(conn, id)?
        .into_iter()
        .filter(|o| o.item_no == item_no && o.vote_no == vote_no)
        .map(|o| o.option_no)
        .collect();
    let register = register_of(conn, id)?;
    let round = BallotRound::put(register, put);
    let ballots = all_rows(
        conn,
        "SELECT item_no, vote_no, household_no, choice, received_at, collected_by, opinion \
         FROM household_ballots WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3 \
         ORDER BY entry_no",
        params![id, item_no, vote_no],
        round_ballot_from_row,
    )?;
    Ok(round.with_ballots(ballots.into_iter().map(|b| b.ballot))?)
}

/// A ballot cannot come back before its round was opened.
fn check_received(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    vote_no: u32,
    ballot: &HouseholdBallot,
) -> Result<()> {
    let opened = read_vote(conn, id, item_no, vote_no)?.voted_at;
    if received_before_round(&ballot.received_at, &opened) {
        return Err(StoreError::BallotBeforeRound {
            received_at: format_time(&ballot.received_at),
            opened_at: format_time(&opened),
        });
    }
    Ok(())
}

fn read_vote(conn: &Connection, id: MeetingId, item_no: u32, vote_no: u32) -> Result<Vote> {
    super::votes::read_vote(conn, id, item_no, vote_no)?
        .ok_or(StoreError::NoSuchRound { item_no, vote_no })
}

/// Sets the round's row of votes, its hands per option and its ballots returned to what its
/// ballots count.
fn update_round_counts(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    vote_no: u32,
    round: &BallotRound,
) -> Result<Vote> {
    let VoteCounts {
        households_present,
        votes_for,
        votes_against,
        votes_abstain,
        ..
    } = round.vote_counts();
    conn.prepare_cached(
        "UPDATE votes SET households_present = ?4, votes_for = ?5, votes_against = ?6, \
         votes_abstain = ?7 WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
    )?
    .execute(params![
        id,
        item_no,
        vote_no,
        households_present,
        votes_for,
        votes_against,
        votes_abstain
    ])?;
    conn.prepare_cached(
        "UPDATE vote_ballots SET ballots_returned = ?4, ballots_valid = ?4 \
         WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3",
    )?
    .execute(params![id, item_no, vote_no, round.returned()])?;
    if let Some(counts) = round.option_counts() {
        for (option_no, votes) in counts.options {
            conn.prepare_cached(
                "UPDATE option_votes SET votes = ?5 \
                 WHERE meeting_id = ?1 AND item_no = ?2 AND vote_no = ?3 AND option_no = ?4",
            )?
            .execute(params![id, item_no, vote_no, option_no, votes])?;
        }
    }
    read_vote(conn, id, item_no, vote_no)
}

fn insert_household_ballot(
    conn: &Connection,
    id: MeetingId,
    item_no: u32,
    vote_no: u32,
    entry_no: u32,
    ballot: &HouseholdBallot,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO household_ballots (meeting_id, item_no, vote_no, household_no, entry_no, \
         choice, received_at, collected_by, opinion) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id,
        item_no,
        vote_no,
        ballot.household_no,
        entry_no,
        ballot.choice.to_string(),
        format_time(&ballot.received_at),
        ballot.collected_by.trim(),
        ballot.opinion.trim()
    ])?;
    Ok(())
}

fn insert_ballot_correction(
    conn: &Connection,
    id: MeetingId,
    correction: &BallotCorrection,
) -> Result<()> {
    let was = &correction.was;
    conn.prepare_cached(
        "INSERT INTO ballot_corrections (meeting_id, correction_no, item_no, vote_no, \
         household_no, corrected_at, reason, choice, received_at, collected_by, opinion) \
         VALUES (?1, (SELECT COALESCE(MAX(correction_no), 0) + 1 FROM ballot_corrections \
         WHERE meeting_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        id,
        correction.item_no,
        correction.vote_no,
        was.household_no,
        format_time(&correction.corrected_at),
        correction.reason,
        was.choice.to_string(),
        format_time(&was.received_at),
        was.collected_by,
        was.opinion
    ])?;
    Ok(())
}

fn ballot_at(row: &Row<'_>, first: usize) -> rusqlite::Result<HouseholdBallot> {
    Ok(HouseholdBallot {
        household_no: row.get(first)?,
        choice: code_at::<BallotChoice>(row, first + 1)?,
        received_at: time_at(row, first + 2)?,
        collected_by: row.get(first + 3)?,
        opinion: row.get(first + 4)?,
    })
}

fn round_ballot_from_row(row: &Row<'_>) -> rusqlite::Result<RoundBallot> {
    Ok(RoundBallot {
        item_no: row.get(0)?,
        vote_no: row.get(1)?,
        ballot: ballot_at(row, 2)?,
    })
}

/// Every ballot vote of the meeting with its committee, every household's ballot and every
/// correction of one.
pub(super) fn read_ballots(conn: &Connection, id: MeetingId) -> Result<MeetingBallots> {
    let committees = all_rows(
        conn,
        "SELECT item_no, vote_no, name, is_head FROM ballot_committee \
         WHERE meeting_id = ?1 ORDER BY item_no, vote_no, position",
        [id],
        |row| {
            Ok((
                row.get::<_, u32>(0)?,
                row.get::<_, u32>(1)?,
                CommitteeMember {
                    name: row.get(2)?,
                    is_head: row.get(3)?,
                },
            ))
        },
    )?;
    let votes = all_rows(
        conn,
        "SELECT b.item_no, b.vote_no, v.method, b.ballots_issued, b.ballots_returned, \
         b.ballots_valid, b.ballots_invalid, b.witness_1, b.witness_2, b.counted_at \
         FROM vote_ballots b JOIN votes v USING (meeting_id, item_no, vote_no) \
         WHERE b.meeting_id = ?1 ORDER BY b.item_no, b.vote_no",
        [id],
        |row| {
            let item_no: u32 = row.get(0)?;
            let vote_no: u32 = row.get(1)?;
            let method: VoteMethod = code_at(row, 2)?;
            let details = match method {
                VoteMethod::HouseholdBallot => BallotDetails::HouseholdRound {
                    counted_at: opt_time_at(row, 9)?,
                },
                _ => BallotDetails::Secret {
                    sheets: BallotSheets {
                        issued: row.get(3)?,
                        returned: row.get(4)?,
                        valid: row.get(5)?,
                        invalid: row.get(6)?,
                    },
                    committee: CountingCommittee {
                        members: committees
                            .iter()
                            .filter(|(i, v, _)| *i == item_no && *v == vote_no)
                            .map(|(_, _, member)| member.clone())
                            .collect(),
                    },
                    witnesses: Witnesses {
                        first: row.get(7)?,
                        second: row.get(8)?,
                    },
                },
            };
            Ok(BallotVote {
                item_no,
                vote_no,
                details,
            })
        },
    )?;
    let household_ballots = all_rows(
        conn,
        "SELECT item_no, vote_no, household_no, choice, received_at, collected_by, opinion \
         FROM household_ballots WHERE meeting_id = ?1 ORDER BY item_no, vote_no, entry_no",
        [id],
        round_ballot_from_row,
    )?;
    let corrections = all_rows(
        conn,
        "SELECT item_no, vote_no, corrected_at, reason, household_no, choice, received_at, \
         collected_by, opinion FROM ballot_corrections WHERE meeting_id = ?1 \
         ORDER BY correction_no",
        [id],
        |row| {
            Ok(BallotCorrection {
                item_no: row.get(0)?,
                vote_no: row.get(1)?,
                corrected_at: time_at(row, 2)?,
                reason: row.get(3)?,
                was: ballot_at(row, 4)?,
            })
        },
    )?;
    Ok(MeetingBallots {
        votes,
        household_ballots,
        corrections,
    })
}

/// Inserts the ballots of an imported meeting, after its votes and their hands per option.
pub(super) fn insert_ballots(
    conn: &Connection,
    id: MeetingId,
    record: &MeetingRecord,
) -> Result<()> {
    let ballots = &record.ballots;
    for vote in &ballots.votes {
        let key = (vote.item_no, vote.vote_no);
        match &vote.details {
            BallotDetails::Secret {
                sheets,
                committee,
                witnesses,
            } => {
                insert_vote_ballot(conn, id, key, sheets, Some(witnesses), None)?;
                insert_committee(conn, id, vote.item_no, vote.vote_no, committee)?;
            }
            BallotDetails::HouseholdRound { counted_at } => {
                let sheets = record
                    .votes
                    .iter()
                    .find(|v| (v.item_no, v.vote_no) == key)
                    .and_then(|v| record.ballot_round(v))
                    .map(|round| round.sheets())
                    .unwrap_or_default();
                insert_vote_ballot(conn, id, key, &sheets, None, counted_at.as_ref())?;
            }
        }
    }
    let mut entry_no = 0;
    let mut round = None;
    for b in &ballots.household_ballots {
        if round != Some((b.item_no, b.vote_no)) {
            round = Some((b.item_no, b.vote_no));
            entry_no = 0;
        }
        entry_no += 1;
        insert_household_ballot(conn, id, b.item_no, b.vote_no, entry_no, &b.ballot)?;
    }
    for correction in &ballots.corrections {
        insert_ballot_correction(conn, id, correction)?;
    }
    Ok(())
}
