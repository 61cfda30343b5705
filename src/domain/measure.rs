//! Lengths and areas of land given for an alley (SPEC §11): exact decimals with up to two
//! places, kept as whole hundredths so that no sum or product is ever rounded by floating point.

use std::fmt;

use thiserror::Error;

/// A length in metres or an area in square metres, in hundredths: 2,5 m is `Measure(250)`
/// (centimetres), 15,75 m² is `Measure(1575)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Measure(pub u32);

/// The largest length or area a household can pledge: more is a typing mistake, not a gift.
/// (1000 m or 1000 m², in hundredths.)
pub const MAX_MEASURE: Measure = Measure(100_000);

/// Why a typed measure is not one.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MeasureError {
    #[error("a number is required")]
    Empty,
    #[error("\"{0}\" is not a number such as 2,5")]
    NotANumber(String),
    #[error("\"{0}\" is negative")]
    Negative(String),
    #[error("\"{0}\" has more than two decimal places")]
    TooPrecise(String),
    #[error("\"{0}\" is more than 1000")]
    TooLarge(String),
}

impl Measure {
    pub const ZERO: Measure = Measure(0);

    /// Reads "2,5", "2.5", "2.50", "3" or " 0,6 ": digits with at most one decimal comma or
    /// point and at most two decimals, up to [`MAX_MEASURE`]. "2,5,3", "-1", "1e3" are refused.
    pub fn parse(text: &str) -> Result<Measure, MeasureError> {
        let text = text.trim();
        let refused = || text.to_owned();
        if text.is_empty() {
            return Err(MeasureError::Empty);
        }
        if text.starts_with('-') {
            return Err(MeasureError::Negative(refused()));
        }
        let (whole, decimals) = match text.split_once([',', '.']) {
            Some((whole, decimals)) => (whole, decimals),
            None => (text, ""),
        };
        let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() && decimals.is_empty()
            || !digits(whole)
            || !digits(decimals)
            || text.ends_with([',', '.'])
        {
            return Err(MeasureError::NotANumber(refused()));
        }
        if decimals.len() > 2 {
            return Err(MeasureError::TooPrecise(refused()));
        }
        let whole: u64 = if whole.is_empty() {
            0
        } else {
            // More digits than any measure under the limit has: too large, whatever they are.
            if whole.trim_start_matches('0').len() > 6 {
                return Err(MeasureError::TooLarge(refused()));
            }
            whole
                .parse()
                .map_err(|_| MeasureError::NotANumber(refused()))?
        };
        let hundredths = match decimals.len() {
            0 => 0,
            1 => u64::from(decimals.as_bytes()[0] - b'0') * 10,
            _ => decimals.parse::<u64>().unwrap_or(0),
        };
        let value = whole * 100 + hundredths;
        if value > u64::from(MAX_MEASURE.0) {
            return Err(MeasureError::TooLarge(refused()));
        }
        Ok(Measure(value as u32))
    }

    /// The area of a strip `frontage` long and `depth` deep, rounded half up to hundredths of
    /// a square metre.
    pub fn area(frontage: Measure, depth: Measure) -> Measure {
        // cm × cm = cm²; a hundredth of a square metre is 100 cm².
        let square_cm = u64::from(frontage.0) * u64::from(depth.0);
        Measure(u32::try_from((square_cm + 50) / 100).unwrap_or(u32::MAX))
    }

    /// Adds up measures; a sum beyond what a `u32` holds stays at its largest value.
    pub fn sum(measures: impl IntoIterator<Item = Measure>) -> Measure {
        let total: u64 = measures.into_iter().map(|m| u64::from(m.0)).sum();
        Measure(u32::try_from(total).unwrap_or(u32::MAX))
    }

    /// As people read it: "2,5", "3", "0,06" with `separator` ',' (Vietnamese) or '.'.
    pub fn display(self, separator: char) -> String {
        let (whole, hundredths) = (self.0 / 100, self.0 % 100);
        match hundredths {
            0 => whole.to_string(),
            h if h % 10 == 0 => format!("{whole}{separator}{}", h / 10),
            h => format!("{whole}{separator}{h:02}"),
        }
    }

    /// As a machine field of a CSV file: always a dot and two decimals, "2.50".
    pub fn to_csv(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl fmt::Display for Measure {
    /// The CSV form, "2.50".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_csv())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_or_a_point_reads_the_same_and_up_to_two_decimals() {
        assert_eq!(Measure::parse("2,5"), Ok(Measure(250)));
        assert_eq!(Measure::parse("2.5"), Ok(Measure(250)));
        assert_eq!(Measure::parse(" 2.50 "), Ok(Measure(250)));
        assert_eq!(Measure::parse("0,6"), Ok(Measure(60)));
        assert_eq!(Measure::parse("0,06"), Ok(Measure(6)));
        assert_eq!(Measure::parse(",5"), Ok(Measure(50)));
        assert_eq!(Measure::parse("3"), Ok(Measure(300)));
        assert_eq!(Measure::parse("1000"), Ok(MAX_MEASURE));
        assert_eq!(Measure::parse("0"), Ok(Measure::ZERO));
    }

    #[test]
    fn what_is_not_a_measure_is_refused_by_name() {
        let refused = |text: &str| Measure::parse(text).unwrap_err();
        assert_eq!(refused(""), MeasureError::Empty);
        assert_eq!(refused("  "), MeasureError::Empty);
        assert_eq!(refused("2,5,3"), MeasureError::NotANumber("2,5,3".into()));
        assert_eq!(refused("2."), MeasureError::NotANumber("2.".into()));
        assert_eq!(refused("1e3"), MeasureError::NotANumber("1e3".into()));
        assert_eq!(refused("2 m"), MeasureError::NotANumber("2 m".into()));
        assert_eq!(refused(","), MeasureError::NotANumber(",".into()));
        assert_eq!(refused("-0,5"), MeasureError::Negative("-0,5".into()));
        assert_eq!(refused("2,555"), MeasureError::TooPrecise("2,555".into()));
        assert_eq!(refused("1000,01"), MeasureError::TooLarge("1000,01".into()));
        assert_eq!(
            refused("99999999999999999999"),
            MeasureError::TooLarge("99999999999999999999".into())
        );
    }

    #[test]
    fn the_area_of_a_strip_is_rounded_half_up_to_hundredths_of_a_square_metre() {
        assert_eq!(Measure::area(Measure(1250), Measure(60)), Measure(750));
        // 0,33 m × 0,33 m = 0,1089 m² → 0,11 m².
        assert_eq!(Measure::area(Measure(33), Measure(33)), Measure(11));
        // 0,05 m × 0,05 m = 0,0025 m² → 0,00 m²; 0,15 × 0,05 = 0,0075 → 0,01.
        assert_eq!(Measure::area(Measure(5), Measure(5)), Measure(0));
        assert_eq!(Measure::area(Measure(15), Measure(5)), Measure(1));
        assert_eq!(
            Measure::area(MAX_MEASURE, MAX_MEASURE),
            Measure(100_000_000)
        );
    }

    #[test]
    fn people_read_a_comma_and_no_trailing_zeros_files_read_a_dot_and_two_decimals() {
        assert_eq!(Measure(250).display(','), "2,5");
        assert_eq!(Measure(300).display(','), "3");
        assert_eq!(Measure(6).display(','), "0,06");
        assert_eq!(Measure(1575).display('.'), "15.75");
        assert_eq!(Measure(250).to_csv(), "2.50");
        assert_eq!(Measure(6).to_csv(), "0.06");
        assert_eq!(Measure::ZERO.to_csv(), "0.00");
        for text in ["2.50", "0.06", "1000.00", "15.75"] {
            assert_eq!(Measure::parse(text).unwrap().to_csv(), text);
        }
    }

    #[test]
    fn sums_are_exact() {
        let parts = ["0,1", "0,2", "0,3"].map(|t| Measure::parse(t).unwrap());
        assert_eq!(Measure::sum(parts), Measure(60));
        assert_eq!(
            Measure::sum([Measure(u32::MAX), Measure(1)]),
            Measure(u32::MAX)
        );
    }
}
