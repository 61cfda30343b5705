//! `pledge_items.csv`: the agenda items that ask households to give land (SPEC §11), whether
//! or not any household has pledged yet. `agenda.csv` keeps its columns (SPEC §14), so the mark
//! is a file of its own.

use serde::{Deserialize, Serialize};

use super::cell::Ordinal;
use super::{Part, Table};
use crate::domain::MeetingId;

#[derive(Debug, Serialize, Deserialize)]
pub struct PledgeItemRow {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
}

impl Table for PledgeItemRow {
    const FILE: &'static str = "pledge_items.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::PledgeItem {
            item_no: self.item_no.0,
        }
    }
}
