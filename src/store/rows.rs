//! Reading rows: every row of a query, and the typed columns as the store writes them.

use std::str::FromStr;

use chrono::{DateTime, FixedOffset};
use rusqlite::types::Type;
use rusqlite::{Connection, Params, Row};

use super::Result;
use crate::domain::{CodeError, DecisionRule, Speaker, parse_time};

/// Every row of the (cached) statement `sql`, each read with `from_row`.
pub(super) fn all_rows<T>(
    conn: &Connection,
    sql: &str,
    params: impl Params,
    from_row: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A decision rule stored as `vote_base, threshold`, the base in column `idx`.
pub(super) fn rule_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<DecisionRule> {
    Ok(DecisionRule {
        base: code_at(row, idx)?,
        threshold: code_at(row, idx + 1)?,
    })
}

/// A speaker stored as `speaker_name, speaker_address`, the name in column `idx`.
pub(super) fn speaker_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<Speaker> {
    Ok(Speaker {
        name: row.get(idx)?,
        address: row.get(idx + 1)?,
    })
}

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
