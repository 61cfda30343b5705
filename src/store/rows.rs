//! Reading rows into domain values. Every column list here matches the `*_from_row` function
//! below it, so that the SELECTs of the store cannot drift from the mapping.

use std::str::FromStr;

use chrono::{DateTime, FixedOffset};
use rusqlite::Row;
use rusqlite::types::Type;

use crate::domain::{
    AgendaItem, CodeError, DecisionRule, Meeting, Opinion, Speaker, Vote, VoteCounts, parse_time,
};

/// A time column written by `format_time`.
pub(super) fn time_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<DateTime<FixedOffset>> {
    let text = row.get_ref(idx)?.as_str()?;
    parse_time(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

pub(super) fn opt_time_at(
    row: &Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<DateTime<FixedOffset>>> {
    match row.get_ref(idx)?.as_str_or_null()? {
        None => Ok(None),
        Some(text) => parse_time(text)
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))),
    }
}

/// A code column (`support`, `all_households`, `open`, …).
pub(super) fn code_at<T: FromStr<Err = CodeError>>(
    row: &Row<'_>,
    idx: usize,
) -> rusqlite::Result<T> {
    let text = row.get_ref(idx)?.as_str()?;
    text.parse().map_err(|e: CodeError| {
        rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
    })
}

/// The columns read by [`meeting_from_row`], in order.
macro_rules! meeting_columns {
    () => {
        "title, ward, residential_group, location, started_at, ended_at, chair, chair_title, \
         secretary, households_total, households_present, status"
    };
}

pub(super) fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        title: row.get(0)?,
        ward: row.get(1)?,
        residential_group: row.get(2)?,
        location: row.get(3)?,
        started_at: time_at(row, 4)?,
        ended_at: opt_time_at(row, 5)?,
        chair: row.get(6)?,
        chair_title: row.get(7)?,
        secretary: row.get(8)?,
        households_total: row.get(9)?,
        households_present: row.get(10)?,
        status: code_at(row, 11)?,
    })
}

/// The columns read by [`agenda_item_from_row`], in order.
macro_rules! agenda_columns {
    () => {
        "item_no, title, description, vote_base, threshold"
    };
}

pub(super) fn agenda_item_from_row(row: &Row<'_>) -> rusqlite::Result<AgendaItem> {
    Ok(AgendaItem {
        item_no: row.get(0)?,
        title: row.get(1)?,
        description: row.get(2)?,
        rule: DecisionRule {
            base: code_at(row, 3)?,
            threshold: code_at(row, 4)?,
        },
    })
}

/// The columns read by [`opinion_from_row`], in order.
macro_rules! opinion_columns {
    () => {
        "item_no, turn_no, speaker_name, speaker_address, stance, opinion, started_at, duration_s"
    };
}

pub(super) fn opinion_from_row(row: &Row<'_>) -> rusqlite::Result<Opinion> {
    Ok(Opinion {
        item_no: row.get(0)?,
        turn_no: row.get(1)?,
        speaker: Speaker {
            name: row.get(2)?,
            address: row.get(3)?,
        },
        stance: code_at(row, 4)?,
        text: row.get(5)?,
        started_at: time_at(row, 6)?,
        duration_s: row.get(7)?,
    })
}

/// The columns read by [`vote_from_row`], in order.
macro_rules! vote_columns {
    () => {
        "item_no, vote_no, voted_at, households_total, households_present, votes_for, \
         votes_against, votes_abstain, vote_base, threshold, corrections"
    };
}

pub(super) fn vote_from_row(row: &Row<'_>) -> rusqlite::Result<Vote> {
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
        rule: DecisionRule {
            base: code_at(row, 8)?,
            threshold: code_at(row, 9)?,
        },
        corrections: row.get(10)?,
    })
}
