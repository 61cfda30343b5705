//! Time as hopdan sees it: injected, so that tests decide what "now" is.

use chrono::{DateTime, FixedOffset, Local, SubsecRound};

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
    time.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
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
}
