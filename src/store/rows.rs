//! Reading typed columns: times and codes as the store writes them.

use std::str::FromStr;

use chrono::{DateTime, FixedOffset};
use rusqlite::Row;
use rusqlite::types::Type;

use crate::domain::{CodeError, parse_time};

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
