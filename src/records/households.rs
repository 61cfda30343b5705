//! `households.csv`: the register the meeting is held with (SPEC §9), in the register's order.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::cell::{household_no, line};
use super::error::Checked;
use super::{HouseholdNo, Part, Table};
use crate::domain::{Household, MeetingId};

#[derive(Debug, Serialize, Deserialize)]
pub struct HouseholdRow<'a> {
    pub meeting_id: MeetingId,
    #[serde(with = "household_no")]
    pub household_no: Cow<'a, str>,
    #[serde(with = "line")]
    pub address: Cow<'a, str>,
    #[serde(with = "line")]
    pub head_name: Cow<'a, str>,
    /// Number of people; empty when the group's list does not say.
    pub members: Option<u32>,
    #[serde(with = "line")]
    pub phone: Cow<'a, str>,
    #[serde(with = "line")]
    pub note: Cow<'a, str>,
}

impl Table for HouseholdRow<'_> {
    const FILE: &'static str = "households.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Household {
            household_no: key(&self.household_no),
        }
    }
}

impl<'a> HouseholdRow<'a> {
    pub fn new(household: &'a Household, meeting_id: MeetingId) -> Self {
        HouseholdRow {
            meeting_id,
            household_no: Cow::Borrowed(&household.household_no),
            address: Cow::Borrowed(&household.address),
            head_name: Cow::Borrowed(&household.head_name),
            members: household.members,
            phone: Cow::Borrowed(&household.phone),
            note: Cow::Borrowed(&household.note),
        }
    }
}

/// The number of a row as its part names it. A row read from a file always has one that
/// fits (the reader refuses others); one written from a register that could not be imported
/// (empty or too long) is named by what fits of it.
pub(super) fn key(number: &str) -> HouseholdNo {
    let fits: String = number.chars().take(HouseholdNo::MAX_CHARS).collect();
    HouseholdNo::new(&fits)
        .or_else(|| HouseholdNo::new("?"))
        .expect("\"?\" is a household number")
}

impl HouseholdRow<'static> {
    pub(super) fn check(self) -> Checked<Household> {
        Ok(Household {
            household_no: self.household_no.into_owned(),
            address: self.address.into_owned(),
            head_name: self.head_name.into_owned(),
            members: self.members,
            phone: self.phone.into_owned(),
            note: self.note.into_owned(),
        })
    }
}
