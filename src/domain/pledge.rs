//! Land pledges (hiến đất, SPEC §11): for an item that asks households to give land, what each
//! affected household gives and whether it agrees, and the item's totals.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};
use thiserror::Error;

use super::CodeError;
use super::measure::{MAX_MEASURE, Measure};
use super::rules::code_enum;

/// Whether a household agrees to give the land asked of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Consent {
    /// Đồng ý hiến.
    Agreed,
    /// Chưa đồng ý.
    Undecided,
    /// Không đồng ý.
    Refused,
}

code_enum!(Consent {
    Consent::Agreed => "agreed",
    Consent::Undecided => "undecided",
    Consent::Refused => "refused",
});

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::Agreed, Consent::Undecided, Consent::Refused];
}

/// One affected household's pledge on one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pledge {
    pub item_no: u32,
    pub household_no: String,
    /// Length along the alley, in centimetres.
    pub frontage: Measure,
    /// How far the boundary moves back, in centimetres.
    pub depth: Measure,
    /// Hundredths of a square metre: frontage × depth unless the secretary typed another.
    pub area: Measure,
    /// What must be moved: "cổng, tường rào 4 m".
    pub structures: String,
    pub consent: Consent,
    pub note: String,
    pub recorded_at: DateTime<FixedOffset>,
}

/// Why a pledge cannot be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PledgeError {
    #[error("the area is more than 1000 m²")]
    AreaTooLarge,
}

impl Pledge {
    /// The area to keep: the one typed, or frontage × depth when none was typed.
    pub fn area_of(frontage: Measure, depth: Measure, typed: Option<Measure>) -> Measure {
        typed.unwrap_or_else(|| Measure::area(frontage, depth))
    }

    /// Checks what a single field cannot: the area, computed or typed, is not absurd.
    pub fn validate(&self) -> Result<(), PledgeError> {
        if self.area > MAX_MEASURE {
            return Err(PledgeError::AreaTooLarge);
        }
        Ok(())
    }
}

/// An item's pledges counted (SPEC §11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PledgeTotals {
    /// Households with a pledge on the item.
    pub affected: u32,
    pub agreed: u32,
    pub undecided: u32,
    pub refused: u32,
    /// The area of the households that agreed.
    pub area_agreed: Measure,
    /// The frontage of the households that agreed.
    pub frontage_agreed: Measure,
}

impl PledgeTotals {
    /// The totals of the pledges of one item.
    pub fn of<'a>(pledges: impl IntoIterator<Item = &'a Pledge>) -> PledgeTotals {
        let mut totals = PledgeTotals::default();
        let mut area = Vec::new();
        let mut frontage = Vec::new();
        for pledge in pledges {
            totals.affected += 1;
            match pledge.consent {
                Consent::Agreed => {
                    totals.agreed += 1;
                    area.push(pledge.area);
                    frontage.push(pledge.frontage);
                }
                Consent::Undecided => totals.undecided += 1,
                Consent::Refused => totals.refused += 1,
            }
        }
        totals.area_agreed = Measure::sum(area);
        totals.frontage_agreed = Measure::sum(frontage);
        totals
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pledge(no: &str, frontage: &str, depth: &str, consent: Consent) -> Pledge {
        let (frontage, depth) = (
            Measure::parse(frontage).unwrap(),
            Measure::parse(depth).unwrap(),
        );
        Pledge {
            item_no: 2,
            household_no: no.into(),
            frontage,
            depth,
            area: Pledge::area_of(frontage, depth, None),
            structures: String::new(),
            consent,
            note: String::new(),
            recorded_at: DateTime::parse_from_rfc3339("2026-06-12T09:00:00+07:00").unwrap(),
        }
    }

    #[test]
    fn totals_count_each_consent_and_add_the_area_agreed() {
        let pledges = [
            pledge("1", "5", "0,5", Consent::Agreed),
            pledge("2", "4,2", "0,5", Consent::Agreed),
            pledge("3", "6", "0,6", Consent::Refused),
            pledge("4", "5", "0,5", Consent::Undecided),
        ];
        let totals = PledgeTotals::of(&pledges);
        assert_eq!(
            (
                totals.affected,
                totals.agreed,
                totals.undecided,
                totals.refused
            ),
            (4, 2, 1, 1)
        );
        // 2,5 m² + 2,1 m².
        assert_eq!(totals.area_agreed, Measure(460));
        assert_eq!(totals.frontage_agreed, Measure(920));
        assert_eq!(PledgeTotals::of(&[]), PledgeTotals::default());
    }

    #[test]
    fn a_typed_area_wins_over_the_product_and_an_absurd_one_is_refused() {
        assert_eq!(
            Pledge::area_of(Measure(500), Measure(50), Some(Measure(300))),
            Measure(300)
        );
        let mut big = pledge("1", "1000", "1000", Consent::Agreed);
        assert_eq!(big.validate(), Err(PledgeError::AreaTooLarge));
        big.area = MAX_MEASURE;
        assert_eq!(big.validate(), Ok(()));
    }

    #[test]
    fn consents_have_codes() {
        for consent in Consent::ALL {
            assert_eq!(consent.code().parse::<Consent>(), Ok(consent));
        }
    }
}
