//! `conclusions.csv`: the chair's conclusion on each item that has one.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, multiline};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{Conclusion, MeetingId};

#[derive(Debug, Serialize, Deserialize)]
pub struct ConclusionRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    #[serde(with = "multiline")]
    pub conclusion: Cow<'a, str>,
}

impl Table for ConclusionRow<'_> {
    const FILE: &'static str = "conclusions.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Conclusion {
            item_no: self.item_no.0,
        }
    }
}

impl<'a> ConclusionRow<'a> {
    pub fn new(conclusion: &'a Conclusion, meeting_id: MeetingId) -> Self {
        ConclusionRow {
            meeting_id,
            item_no: Ordinal(conclusion.item_no),
            conclusion: Cow::Borrowed(&conclusion.text),
        }
    }
}

impl ConclusionRow<'static> {
    /// An item without a conclusion has no row: an empty one would print as written.
    pub(super) fn check(self) -> Checked<Conclusion> {
        if self.conclusion.is_empty() {
            return Err(("conclusion", Problem::Blank));
        }
        Ok(Conclusion {
            item_no: self.item_no.0,
            text: self.conclusion.into_owned(),
        })
    }
}
