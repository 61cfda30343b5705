//! `agenda.csv`: the items the residents are consulted on.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, line, multiline};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{AgendaItem, DecisionRule, MeetingId, Threshold, VoteBase};

#[derive(Debug, Serialize, Deserialize)]
pub struct AgendaRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    #[serde(with = "line")]
    pub title: Cow<'a, str>,
    #[serde(with = "multiline")]
    pub description: Cow<'a, str>,
    pub vote_base: VoteBase,
    pub threshold: Threshold,
}

impl Table for AgendaRow<'_> {
    const FILE: &'static str = "agenda.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::AgendaItem {
            item_no: self.item_no.0,
        }
    }
}

impl<'a> AgendaRow<'a> {
    pub fn new(item: &'a AgendaItem, meeting_id: MeetingId) -> Self {
        AgendaRow {
            meeting_id,
            item_no: Ordinal(item.item_no),
            title: Cow::Borrowed(&item.title),
            description: Cow::Borrowed(&item.description),
            vote_base: item.rule.base,
            threshold: item.rule.threshold,
        }
    }
}

impl AgendaRow<'static> {
    pub(super) fn check(self) -> Checked<AgendaItem> {
        if self.title.is_empty() {
            return Err(("title", Problem::Blank));
        }
        Ok(AgendaItem {
            item_no: self.item_no.0,
            title: self.title.into_owned(),
            description: self.description.into_owned(),
            rule: DecisionRule {
                base: self.vote_base,
                threshold: self.threshold,
            },
            takes_pledges: false,
        })
    }
}
