//! Dates and times as a secretary types and reads them: the Vietnamese way, day first
//! ("02/12/2026 19:30", "2/12/2026 7h05"), and ISO 8601 as well ("2026-12-02 19:30", or with its
//! offset as in the CSV files). Files keep ISO (see `clock::format_time`); this is for people.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use thiserror::Error;

/// Why a typed date and time was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum WhenError {
    #[error("not a date and time such as 02/12/2026 19:30")]
    Unreadable,
    #[error("{day:02}/{month:02}/{year} is not a day of the calendar")]
    NoSuchDay { day: u32, month: u32, year: i32 },
    #[error("{hour:02}:{minute:02} is not a time of day")]
    NoSuchTime { hour: u32, minute: u32 },
}

/// Reads a date and time typed by a person. A time without an offset is in `offset` (the
/// computer's, where the meeting is held). Accepted, with spaces around the parts allowed:
/// - day first: `02/12/2026 19:30`, `2/12/2026 7:05`, `2-12-2026 19h30`, `02.12.2026 19h`, and
///   the time first as it is said: `19:30 02/12/2026`;
/// - ISO: `2026-12-02 19:30`, `2026-12-02T19:30`, and RFC 3339 with its own offset
///   (`2026-12-02T19:30:00+07:00`), kept as written.
pub fn parse_when(text: &str, offset: FixedOffset) -> Result<DateTime<FixedOffset>, WhenError> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Ok(time);
    }
    let (date, time) = split_date_and_time(text).ok_or(WhenError::Unreadable)?;
    let date = parse_date(date)?;
    let time = parse_time_of_day(time)?;
    offset
        .from_local_datetime(&NaiveDateTime::new(date, time))
        .single()
        .ok_or(WhenError::Unreadable)
}

/// A date and time as the screens show it: `02/12/2026 19:30`.
pub fn format_when(time: &DateTime<FixedOffset>) -> String {
    time.format("%d/%m/%Y %H:%M").to_string()
}

/// A date as the screens show it: `02/12/2026`.
pub fn format_day(time: &DateTime<FixedOffset>) -> String {
    time.format("%d/%m/%Y").to_string()
}

/// The date part and the time part, in whichever order they were typed ("T" or spaces between).
fn split_date_and_time(text: &str) -> Option<(&str, &str)> {
    let (first, second) = match text.split_once(|c: char| c.is_whitespace() || c == 'T') {
        Some((first, second)) => (first.trim(), second.trim()),
        None => return None,
    };
    let is_time = |part: &str| part.contains([':', 'h', 'H']);
    match (is_time(first), is_time(second)) {
        (false, true) => Some((first, second)),
        (true, false) => Some((second, first)),
        _ => None,
    }
}

/// `02/12/2026`, `2-12-2026`, `2.12.2026` (day first) or `2026-12-02` (ISO).
fn parse_date(text: &str) -> Result<NaiveDate, WhenError> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let [a, b, c] = parts[..] else {
        return Err(WhenError::Unreadable);
    };
    let (day, month, year) = if a.len() == 4 { (c, b, a) } else { (a, b, c) };
    if year.len() != 4 || day.len() > 2 || month.len() > 2 {
        return Err(WhenError::Unreadable);
    }
    let (day, month, year) = (number(day)?, number(month)?, number(year)?);
    let year = i32::try_from(year).map_err(|_| WhenError::Unreadable)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(WhenError::NoSuchDay { day, month, year })
}

/// `19:30`, `7:05`, `19h30`, `19h`, `19:30:15` (the seconds are dropped: minutes are what a
/// secretary writes).
fn parse_time_of_day(text: &str) -> Result<NaiveTime, WhenError> {
    let lower = text.to_lowercase();
    let (hour, rest) = lower.split_once([':', 'h']).ok_or(WhenError::Unreadable)?;
    let (minute, seconds) = rest.split_once(':').unwrap_or((rest, "00"));
    let minute = if minute.is_empty() && lower.ends_with('h') {
        "0"
    } else {
        minute
    };
    if hour.len() > 2 || minute.len() > 2 || seconds.len() != 2 {
        return Err(WhenError::Unreadable);
    }
    number(seconds)?;
    let (hour, minute) = (number(hour)?, number(minute)?);
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or(WhenError::NoSuchTime { hour, minute })
}

fn number(text: &str) -> Result<u32, WhenError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(WhenError::Unreadable);
    }
    text.parse().map_err(|_| WhenError::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format_time;

    fn hanoi() -> FixedOffset {
        FixedOffset::east_opt(7 * 3600).unwrap()
    }

    fn parsed(text: &str) -> Result<String, WhenError> {
        parse_when(text, hanoi()).map(|t| format_time(&t))
    }

    #[test]
    fn the_vietnamese_forms_and_iso_are_read() {
        let evening = Ok("2026-12-02T19:30:00+07:00".to_owned());
        for typed in [
            "02/12/2026 19:30",
            "2/12/2026 19:30",
            " 02/12/2026   19:30 ",
            "2-12-2026 19:30",
            "02.12.2026 19:30",
            "02/12/2026 19h30",
            "02/12/2026 19H30",
            "19:30 02/12/2026",
            "19h30 2/12/2026",
            "02/12/2026 19:30:45",
            "2026-12-02 19:30",
            "2026-12-02T19:30",
            "2026-12-02T19:30:00+07:00",
        ] {
            assert_eq!(parsed(typed), evening, "{typed:?}");
        }
        assert_eq!(
            parsed("02/12/2026 7:05"),
            Ok("2026-12-02T07:05:00+07:00".to_owned())
        );
        assert_eq!(
            parsed("2/6/2022 8h"),
            Ok("2022-06-02T08:00:00+07:00".to_owned())
        );
        assert_eq!(
            parsed("29/02/2024 00:00"),
            Ok("2024-02-29T00:00:00+07:00".to_owned())
        );
    }

    #[test]
    fn a_time_with_its_own_offset_keeps_it() {
        assert_eq!(
            parsed("2026-12-02T12:30:00Z"),
            Ok("2026-12-02T12:30:00+00:00".to_owned())
        );
        assert_eq!(
            parsed("2026-12-02T19:30:00-03:00"),
            Ok("2026-12-02T19:30:00-03:00".to_owned())
        );
    }

    #[test]
    fn days_and_times_not_in_the_calendar_are_refused_by_name() {
        assert_eq!(
            parsed("31/02/2026 19:30"),
            Err(WhenError::NoSuchDay {
                day: 31,
                month: 2,
                year: 2026
            })
        );
        assert_eq!(
            parsed("29/02/2026 08:00"),
            Err(WhenError::NoSuchDay {
                day: 29,
                month: 2,
                year: 2026
            })
        );
        assert_eq!(
            parsed("02/13/2026 08:00"),
            Err(WhenError::NoSuchDay {
                day: 2,
                month: 13,
                year: 2026
            })
        );
        assert_eq!(
            parsed("02/12/2026 24:00"),
            Err(WhenError::NoSuchTime {
                hour: 24,
                minute: 0
            })
        );
        assert_eq!(
            parsed("02/12/2026 19:60"),
            Err(WhenError::NoSuchTime {
                hour: 19,
                minute: 60
            })
        );
    }

    #[test]
    fn what_is_not_a_date_and_time_is_unreadable() {
        for typed in [
            "",
            "02/12/2026",
            "19:30",
            "hôm nay 19:30",
            "02/12/26 19:30",
            "12/2026 19:30",
            "002/12/2026 19:30",
            "02/12/2026 19:3x",
            "02/12/2026 -1:30",
            "02/12/2026 19:30 20:00",
            "2026-12-02T19:30:00+25:00",
        ] {
            assert_eq!(parsed(typed), Err(WhenError::Unreadable), "{typed:?}");
        }
    }

    #[test]
    fn screens_show_day_first() {
        let time = parse_when("2026-12-02T07:05:00+07:00", hanoi()).unwrap();
        assert_eq!(format_when(&time), "02/12/2026 07:05");
        assert_eq!(format_day(&time), "02/12/2026");
        assert_eq!(parse_when(&format_when(&time), hanoi()), Ok(time));
    }
}
