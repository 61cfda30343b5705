//! `options.csv` and `option_votes.csv`: the options of the items that are a choice among
//! several (SPEC §15), and the hands raised for each option in each vote of such an item.
//! `agenda.csv` and `votes.csv` keep their columns (SPEC §14): an item with rows here is an
//! options item, and its votes' rows of `votes.csv` hold what
//! [`OptionCounts::as_vote_counts`](crate::domain::OptionCounts::as_vote_counts) gives.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::cell::{Ordinal, line, multiline};
use super::error::{Checked, Problem};
use super::{Part, Table};
use crate::domain::{ItemOption, MAX_OPTIONS, MeetingId, OptionVote};

#[derive(Debug, Serialize, Deserialize)]
pub struct OptionRow<'a> {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    pub option_no: Ordinal,
    #[serde(with = "line")]
    pub title: Cow<'a, str>,
    #[serde(with = "multiline")]
    pub description: Cow<'a, str>,
}

impl Table for OptionRow<'_> {
    const FILE: &'static str = "options.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::ItemOption {
            item_no: self.item_no.0,
            option_no: self.option_no.0,
        }
    }
}

impl<'a> OptionRow<'a> {
    pub fn new(option: &'a ItemOption, meeting_id: MeetingId) -> Self {
        OptionRow {
            meeting_id,
            item_no: Ordinal(option.item_no),
            option_no: Ordinal(option.option_no),
            title: Cow::Borrowed(&option.title),
            description: Cow::Borrowed(&option.description),
        }
    }
}

impl OptionRow<'static> {
    /// The option, if it has a title and its number is one an item may have.
    pub(super) fn check(self) -> Checked<ItemOption> {
        let max = u32::try_from(MAX_OPTIONS).unwrap_or(u32::MAX);
        if self.option_no.0 > max {
            return Err((
                "option_no",
                Problem::TooManyOptions {
                    item_no: self.item_no.0,
                    option_no: self.option_no.0,
                },
            ));
        }
        if self.title.is_empty() {
            return Err(("title", Problem::Blank));
        }
        Ok(ItemOption {
            item_no: self.item_no.0,
            option_no: self.option_no.0,
            title: self.title.into_owned(),
            description: self.description.into_owned(),
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct OptionVoteRow {
    pub meeting_id: MeetingId,
    pub item_no: Ordinal,
    pub vote_no: Ordinal,
    pub option_no: Ordinal,
    pub votes: u32,
}

impl Table for OptionVoteRow {
    const FILE: &'static str = "option_votes.csv";

    fn meeting_id(&self) -> MeetingId {
        self.meeting_id
    }

    fn part(&self) -> Part {
        Part::OptionVote {
            item_no: self.item_no.0,
            vote_no: self.vote_no.0,
            option_no: self.option_no.0,
        }
    }
}

impl OptionVoteRow {
    pub fn new(option_vote: &OptionVote, meeting_id: MeetingId) -> Self {
        OptionVoteRow {
            meeting_id,
            item_no: Ordinal(option_vote.item_no),
            vote_no: Ordinal(option_vote.vote_no),
            option_no: Ordinal(option_vote.option_no),
            votes: option_vote.votes,
        }
    }

    /// The counts of one option in one vote, if it is an option of its item (`options`, the
    /// options of the meeting by item_no then option_no).
    pub(super) fn check(self, options: &[ItemOption]) -> Checked<OptionVote> {
        let item_no = self.item_no.0;
        let option_no = self.option_no.0;
        if !options.iter().any(|o| o.item_no == item_no) {
            return Err(("item_no", Problem::ItemWithoutOptions(item_no)));
        }
        if !options
            .iter()
            .any(|o| o.item_no == item_no && o.option_no == option_no)
        {
            return Err(("option_no", Problem::UnknownOption { item_no, option_no }));
        }
        Ok(OptionVote {
            item_no,
            vote_no: self.vote_no.0,
            option_no,
            votes: self.votes,
        })
    }
}
