//! `guests.csv`: the guests and officials present, in the order they were listed.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, line};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{Guest, MeetingId};

#[derive(Debug, Serialize, Deserialize)]
pub struct GuestRow<'a> {
    pub meeting_id: MeetingId,
    pub guest_no: Ordinal,
    #[serde(with = "line")]
    pub name: Cow<'a, str>,
    #[serde(with = "line")]
    pub role: Cow<'a, str>,
}

impl Table for GuestRow<'_> {
    const FILE: &'static str = "guests.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::Guest {
            guest_no: self.guest_no.0,
        }
    }
}

impl<'a> GuestRow<'a> {
    pub fn new(guest: &'a Guest, meeting_id: MeetingId) -> Self {
        GuestRow {
            meeting_id,
            guest_no: Ordinal(guest.guest_no),
            name: Cow::Borrowed(&guest.name),
            role: Cow::Borrowed(&guest.role),
        }
    }
}

impl GuestRow<'static> {
    pub(super) fn check(self) -> Checked<Guest> {
        if self.name.is_empty() {
            return Err(("name", Problem::Blank));
        }
        Ok(Guest {
            guest_no: self.guest_no.0,
            name: self.name.into_owned(),
            role: self.role.into_owned(),
        })
    }
}
