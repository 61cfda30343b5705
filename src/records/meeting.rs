//! `meeting.csv`: one row, the meeting itself.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{line, optional_time, time};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{Meeting, MeetingId, MeetingStatus, VoteError, format_time};

#[derive(Debug, Serialize, Deserialize)]
pub struct MeetingRow<'a> {
    pub meeting_id: MeetingId,
    #[serde(with = "line")]
    pub title: Cow<'a, str>,
    #[serde(with = "line")]
    pub ward: Cow<'a, str>,
    #[serde(with = "line")]
    pub residential_group: Cow<'a, str>,
    #[serde(with = "line")]
    pub location: Cow<'a, str>,
    #[serde(with = "time")]
    pub started_at: DateTime<FixedOffset>,
    #[serde(with = "optional_time")]
    pub ended_at: Option<DateTime<FixedOffset>>,
    #[serde(with = "line")]
    pub chair: Cow<'a, str>,
    #[serde(with = "line")]
    pub chair_title: Cow<'a, str>,
    #[serde(with = "line")]
    pub secretary: Cow<'a, str>,
    pub households_total: u32,
    pub households_present: u32,
    pub status: MeetingStatus,
}

impl Table for MeetingRow<'_> {
    const FILE: &'static str = "meeting.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Meeting
    }
}

impl<'a> MeetingRow<'a> {
    pub fn new(meeting: &'a Meeting, meeting_id: MeetingId) -> Self {
        MeetingRow {
            meeting_id,
            title: Cow::Borrowed(&meeting.title),
            ward: Cow::Borrowed(&meeting.ward),
            residential_group: Cow::Borrowed(&meeting.residential_group),
            location: Cow::Borrowed(&meeting.location),
            started_at: meeting.started_at,
            ended_at: meeting.ended_at,
            chair: Cow::Borrowed(&meeting.chair),
            chair_title: Cow::Borrowed(&meeting.chair_title),
            secretary: Cow::Borrowed(&meeting.secretary),
            households_total: meeting.households_total,
            households_present: meeting.households_present,
            status: meeting.status,
        }
    }
}

impl MeetingRow<'static> {
    /// The meeting, if its times and counts agree with each other.
    pub(super) fn check(self) -> Checked<Meeting> {
        if self.title.is_empty() {
            return Err(("title", Problem::Blank));
        }
        if self.status == MeetingStatus::Closed && self.ended_at.is_none() {
            return Err(("ended_at", Problem::ClosedWithoutEnd));
        }
        if let Some(ended) = self.ended_at
            && ended < self.started_at
        {
            return Err((
                "ended_at",
                Problem::EndsBeforeStart {
                    started: format_time(&self.started_at),
                    ended: format_time(&ended),
                },
            ));
        }
        if self.households_present > self.households_total {
            return Err((
                "households_present",
                Problem::Counts(VoteError::PresentExceedsTotal {
                    present: self.households_present,
                    total: self.households_total,
                }),
            ));
        }
        Ok(Meeting {
            title: self.title.into_owned(),
            ward: self.ward.into_owned(),
            residential_group: self.residential_group.into_owned(),
            location: self.location.into_owned(),
            started_at: self.started_at,
            ended_at: self.ended_at,
            chair: self.chair.into_owned(),
            chair_title: self.chair_title.into_owned(),
            secretary: self.secretary.into_owned(),
            households_total: self.households_total,
            households_present: self.households_present,
            status: self.status,
        })
    }
}
