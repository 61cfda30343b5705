//! `pledges.csv`: the land each affected household gives for an item, and whether it agrees
//! (SPEC §11). Lengths and areas are written with a dot and two decimals: "2.50".

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, household_no, line, measure, time};
use super::error::{Checked, Problem};
use super::households::key;
use super::{Part, Table};
use crate::domain::{Consent, Measure, MeetingId, Pledge};

#[derive(Debug, Serialize, Deserialize)]
pub struct PledgeRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    #[serde(with = "household_no")]
    pub household_no: Cow<'a, str>,
    #[serde(with = "measure")]
    pub frontage_m: Measure,
    #[serde(with = "measure")]
    pub depth_m: Measure,
    #[serde(with = "measure")]
    pub area_m2: Measure,
    #[serde(with = "line")]
    pub structures: Cow<'a, str>,
    pub consent: Consent,
    #[serde(with = "line")]
    pub note: Cow<'a, str>,
    #[serde(with = "time")]
    pub recorded_at: DateTime<FixedOffset>,
}

impl Table for PledgeRow<'_> {
    const FILE: &'static str = "pledges.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Pledge {
            item_no: self.item_no.0,
            household_no: key(&self.household_no),
        }
    }
}

impl<'a> PledgeRow<'a> {
    pub fn new(pledge: &'a Pledge, meeting_id: MeetingId) -> Self {
        PledgeRow {
            meeting_id,
            item_no: Ordinal(pledge.item_no),
            household_no: Cow::Borrowed(&pledge.household_no),
            frontage_m: pledge.frontage,
            depth_m: pledge.depth,
            area_m2: pledge.area,
            structures: Cow::Borrowed(&pledge.structures),
            consent: pledge.consent,
            note: Cow::Borrowed(&pledge.note),
            recorded_at: pledge.recorded_at,
        }
    }
}

impl PledgeRow<'static> {
    /// The pledge, if the domain keeps it (its area is not absurd). Whether the household is
    /// in the register is checked against `households.csv`.
    pub(super) fn check(self) -> Checked<Pledge> {
        let pledge = Pledge {
            item_no: self.item_no.0,
            household_no: self.household_no.into_owned(),
            frontage: self.frontage_m,
            depth: self.depth_m,
            area: self.area_m2,
            structures: self.structures.into_owned(),
            consent: self.consent,
            note: self.note.into_owned(),
            recorded_at: self.recorded_at,
        };
        pledge
            .validate()
            .map_err(|e| ("area_m2", Problem::Pledge(e)))?;
        Ok(pledge)
    }
}
