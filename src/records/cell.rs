//! How one cell is written and read: text through the formula guard and cleaned on the way in,
//! times in ISO 8601 with their offset, numbers that count from 1.
//!
//! The reader of [`super::read`] recognises the newtype names below and checks the cell itself,
//! so that a bad cell is reported as a typed problem of its column; with any other deserializer
//! the same checks run here and fail with serde's generic error.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, FixedOffset, SubsecRound};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::{HouseholdNo, guard_text, unguard_text};
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{Measure, format_time, parse_time};

/// The newtype name under which a time is asked for.
pub(super) const TIME: &str = "hopdan::records::Time";
/// The newtype name under which an [`Ordinal`] is asked for.
pub(super) const ORDINAL: &str = "hopdan::records::Ordinal";
/// The newtype name under which a [`HouseholdNo`] is asked for.
pub(super) const HOUSEHOLD_NO: &str = "hopdan::records::HouseholdNo";
/// The newtype name under which a [`Measure`] is asked for.
pub(super) const MEASURE: &str = "hopdan::records::Measure";

/// A number of the 1, 2, … kind: item_no, turn_no, vote_no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Ordinal(pub u32);

impl<'de> Deserialize<'de> for Ordinal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrdinalVisitor;
        impl<'de> Visitor<'de> for OrdinalVisitor {
            type Value = Ordinal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number of 1 or more")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Ordinal, E> {
                match u32::try_from(n) {
                    Ok(0) | Err(_) => Err(E::invalid_value(de::Unexpected::Unsigned(n), &self)),
                    Ok(n) => Ok(Ordinal(n)),
                }
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Ordinal, D::Error> {
                u32::deserialize(d).and_then(|n| self.visit_u64(u64::from(n)))
            }
        }
        deserializer.deserialize_newtype_struct(ORDINAL, OrdinalVisitor)
    }
}

/// A single-line text: guarded on the way out; unguarded and cleaned (NFC, no control
/// characters, trimmed) on the way in.
pub(super) mod line {
    use super::*;

    pub fn serialize<S: Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&guard_text(text))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, str>, D::Error> {
        let cell = Cow::<str>::deserialize(d)?;
        Ok(Cow::Owned(clean_line(unguard_text(&cell))))
    }
}

/// A text that may span several lines: as [`mod@line`], keeping its line breaks.
pub(super) mod multiline {
    use super::*;

    pub use super::line::serialize;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, str>, D::Error> {
        let cell = Cow::<str>::deserialize(d)?;
        Ok(Cow::Owned(clean_multiline(unguard_text(&cell))))
    }
}

/// A time in RFC 3339 to the second, with its offset: `2022-06-12T08:30:00+07:00`.
pub(super) mod time {
    use super::*;

    pub fn serialize<S: Serializer>(
        time: &DateTime<FixedOffset>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format_time(time))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        d.deserialize_newtype_struct(TIME, TimeVisitor)
    }

    struct TimeVisitor;

    impl<'de> Visitor<'de> for TimeVisitor {
        type Value = DateTime<FixedOffset>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a time in ISO 8601 with its offset")
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            // Seconds are what the files hold; a fraction typed by hand is dropped.
            parse_time(text)
                .map(|t| t.trunc_subsecs(0))
                .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
        }
        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(self)
        }
    }
}

/// A time, or an empty cell.
pub(super) mod optional_time {
    use super::*;

    pub fn serialize<S: Serializer>(
        time: &Option<DateTime<FixedOffset>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => super::time::serialize(time, serializer),
            None => serializer.serialize_str(""),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        struct OptionalTime;
        impl<'de> Visitor<'de> for OptionalTime {
            type Value = Option<DateTime<FixedOffset>>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time or nothing")
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                super::time::deserialize(d).map(Some)
            }
        }
        d.deserialize_option(OptionalTime)
    }
}

/// A household's number: a text cell (guarded, cleaned) that is a [`HouseholdNo`]: never
/// empty, never longer than [`HouseholdNo::MAX_CHARS`]. Written as it is, whatever it is.
pub(super) mod household_no {
    use super::*;

    pub use super::line::serialize;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, str>, D::Error> {
        d.deserialize_newtype_struct(HOUSEHOLD_NO, NumberVisitor)
    }

    struct NumberVisitor;

    impl<'de> Visitor<'de> for NumberVisitor {
        type Value = Cow<'static, str>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "a household number of 1 to {} characters",
                HouseholdNo::MAX_CHARS
            )
        }
        fn visit_str<E: de::Error>(self, cell: &str) -> Result<Self::Value, E> {
            let text = clean_line(unguard_text(cell));
            match HouseholdNo::new(&text) {
                Some(_) => Ok(Cow::Owned(text)),
                None => Err(E::invalid_value(de::Unexpected::Str(cell), &self)),
            }
        }
        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(self)
        }
    }
}

/// A length or an area: written "2.50"; read as [`Measure::parse`] reads it ("2,5" too).
pub(super) mod measure {
    use super::*;

    pub fn serialize<S: Serializer>(measure: &Measure, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&measure.to_csv())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Measure, D::Error> {
        d.deserialize_newtype_struct(MEASURE, MeasureVisitor)
    }

    struct MeasureVisitor;

    impl<'de> Visitor<'de> for MeasureVisitor {
        type Value = Measure;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a length or an area such as 2.50")
        }
        fn visit_u64<E: de::Error>(self, hundredths: u64) -> Result<Measure, E> {
            u32::try_from(hundredths)
                .map(Measure)
                .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(hundredths), &self))
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Measure, E> {
            Measure::parse(text).map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
        }
        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Measure, D::Error> {
            d.deserialize_str(self)
        }
    }
}
