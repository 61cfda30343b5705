//! `opinions.csv`: every speaker turn, in speaking order within its item.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, line, multiline, time};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{MeetingId, Opinion, Speaker, Stance};

#[derive(Debug, Serialize, Deserialize)]
pub struct OpinionRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    pub turn_no: Ordinal,
    #[serde(with = "line")]
    pub speaker_name: Cow<'a, str>,
    #[serde(with = "line")]
    pub speaker_address: Cow<'a, str>,
    pub stance: Stance,
    #[serde(with = "multiline")]
    pub opinion: Cow<'a, str>,
    #[serde(with = "time")]
    pub started_at: DateTime<FixedOffset>,
    pub duration_s: u32,
}

impl Table for OpinionRow<'_> {
    const FILE: &'static str = "opinions.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Opinion {
            item_no: self.item_no.0,
            turn_no: self.turn_no.0,
        }
    }
}

impl<'a> OpinionRow<'a> {
    pub fn new(opinion: &'a Opinion, meeting_id: MeetingId) -> Self {
        OpinionRow {
            meeting_id,
            item_no: Ordinal(opinion.item_no),
            turn_no: Ordinal(opinion.turn_no),
            speaker_name: Cow::Borrowed(&opinion.speaker.name),
            speaker_address: Cow::Borrowed(&opinion.speaker.address),
            stance: opinion.stance,
            opinion: Cow::Borrowed(&opinion.text),
            started_at: opinion.started_at,
            duration_s: opinion.duration_s,
        }
    }
}

impl OpinionRow<'static> {
    pub(super) fn check(self) -> Checked<Opinion> {
        if self.speaker_name.is_empty() {
            return Err(("speaker_name", Problem::Blank));
        }
        Ok(Opinion {
            item_no: self.item_no.0,
            turn_no: self.turn_no.0,
            speaker: Speaker {
                name: self.speaker_name.into_owned(),
                address: self.speaker_address.into_owned(),
            },
            stance: self.stance,
            text: self.opinion.into_owned(),
            started_at: self.started_at,
            duration_s: self.duration_s,
        })
    }
}
