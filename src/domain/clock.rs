//! Time as hopdan sees it: injected, so that tests decide what "now" is.

use chrono::{DateTime, FixedOffset, Local, SecondsFormat, SubsecRound};

/// The source of "now". Timestamps are whole seconds with the local UTC offset.
pub trait Clock {
    fn now(&self) -> DateTime<FixedOffset>;
}

/// A shared clock: a test keeps one handle to move time while the app reads the other.
impl<C: Clock + ?Sized> Clock for std::rc::Rc<C> {
    fn now(&self) -> DateTime<FixedOffset> {
        (**self).now()
    }
}

/// The computer's clock in its local time zone.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset().trunc_subsecs(0)
    }
}

/// A clock that shows whatever time a test sets.
#[derive(Debug, Clone)]
pub struct FixedClock(pub std::cell::Cell<DateTime<FixedOffset>>);

impl FixedClock {
    /// A clock stopped at an RFC 3339 time such as `2022-06-12T08:30:00+07:00`.
    pub fn at(rfc3339: &str) -> Self {
        FixedClock(std::cell::Cell::new(
            DateTime::parse_from_rfc3339(rfc3339).expect("a valid RFC 3339 time"),
        ))
    }

    pub fn advance(&self, seconds: i64) {
        self.0
            .set(self.0.get() + chrono::Duration::seconds(seconds));
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<FixedOffset> {
        self.0.get()
    }
}

/// The one textual form of a time in the database and in CSV files: `2022-06-12T08:30:00+07:00`.
pub fn format_time(time: &DateTime<FixedOffset>) -> String {
    // RFC 3339 to the second, the offset always as ±hh:mm (never `Z`); chrono's writer for it
    // is several times faster than a strftime pattern, and an export writes one per row.
    time.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Parses a time written by `format_time` (any RFC 3339 time is accepted).
pub fn parse_time(text: &str) -> Result<DateTime<FixedOffset>, chrono::ParseError> {
    DateTime::parse_from_rfc3339(text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip_with_their_offset() {
        let t = parse_time("2022-06-12T08:30:00+07:00").unwrap();
        assert_eq!(format_time(&t), "2022-06-12T08:30:00+07:00");
        let clock = FixedClock::at("2022-06-12T08:30:00+07:00");
        clock.advance(95);
        assert_eq!(format_time(&clock.now()), "2022-06-12T08:31:35+07:00");
    }

    #[test]
    fn a_time_is_written_to_the_second_with_a_numeric_offset() {
        for (given, written) in [
            ("2022-06-12T01:30:00Z", "2022-06-12T01:30:00+00:00"),
            ("2022-06-12T08:30:59.999+07:00", "2022-06-12T08:30:59+07:00"),
            ("2022-12-31T23:05:09-03:30", "2022-12-31T23:05:09-03:30"),
        ] {
            assert_eq!(format_time(&parse_time(given).unwrap()), written);
        }
    }
}
