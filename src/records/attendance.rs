//! `attendance.csv`: who signed in for which household, and when they left (SPEC §10).

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{household_no, line, optional_time, time};
use super::error::{Checked, Problem};
use super::households::key;
use super::{Part, Table};
use crate::domain::{Attendance, MeetingId, Standing, format_time};

#[derive(Debug, Serialize, Deserialize)]
pub struct AttendanceRow<'a> {
    pub meeting_id: MeetingId,
    #[serde(with = "household_no")]
    pub household_no: Cow<'a, str>,
    #[serde(with = "line")]
    pub representative_name: Cow<'a, str>,
    pub standing: Standing,
    #[serde(with = "time")]
    pub arrived_at: DateTime<FixedOffset>,
    /// Empty while the representative is present.
    #[serde(with = "optional_time")]
    pub left_at: Option<DateTime<FixedOffset>>,
    #[serde(with = "line")]
    pub note: Cow<'a, str>,
}

impl Table for AttendanceRow<'_> {
    const FILE: &'static str = "attendance.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Attendance {
            household_no: key(&self.household_no),
            arrived_at: self.arrived_at,
        }
    }
}

impl<'a> AttendanceRow<'a> {
    pub fn new(attendance: &'a Attendance, meeting_id: MeetingId) -> Self {
        AttendanceRow {
            meeting_id,
            household_no: Cow::Borrowed(&attendance.household_no),
            representative_name: Cow::Borrowed(&attendance.representative_name),
            standing: attendance.standing,
            arrived_at: attendance.arrived_at,
            left_at: attendance.left_at,
            note: Cow::Borrowed(&attendance.note),
        }
    }
}

impl AttendanceRow<'static> {
    /// The presence, if someone came and did not leave before arriving. (Whether the
    /// household is in the register is checked against `households.csv`.)
    pub(super) fn check(self) -> Checked<Attendance> {
        if self.representative_name.is_empty() {
            return Err(("representative_name", Problem::Blank));
        }
        // A proxy's note says whose proxy it is (SPEC §10).
        if self.standing == Standing::Proxy && self.note.trim().is_empty() {
            return Err(("note", Problem::Blank));
        }
        if let Some(left) = self.left_at
            && left < self.arrived_at
        {
            return Err((
                "left_at",
                Problem::LeavesBeforeArriving {
                    arrived: format_time(&self.arrived_at),
                    left: format_time(&left),
                },
            ));
        }
        Ok(Attendance {
            household_no: self.household_no.into_owned(),
            representative_name: self.representative_name.into_owned(),
            standing: self.standing,
            arrived_at: self.arrived_at,
            left_at: self.left_at,
            note: self.note.into_owned(),
        })
    }
}
