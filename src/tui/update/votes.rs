//! Show-of-hands votes: a new vote or a re-vote, and the correction of a vote with its reason.

use crate::domain::VoteCounts;
use crate::messages;

use super::required_reason;

use crate::tui::app::{App, FormKind};
use crate::tui::form::fields::VoteField;
use crate::tui::form::{Field, Form};

impl App {
    pub(super) fn start_vote(&mut self, correcting: Option<u32>) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        if live.selected_item().is_none() {
            return self.info(self.strings.no_item_selected);
        }
        let s = self.strings;
        let corrected = correcting.and_then(|no| live.votes.iter().find(|v| v.vote_no == no));
        let (title, fields, counts) = match corrected {
            Some(vote) => (
                (s.correct_vote_title)(vote.vote_no),
                VoteField::CORRECTION,
                Some(vote.counts),
            ),
            None => {
                let title = match live.votes.len() {
                    0 => s.vote_form_title.to_owned(),
                    n => (s.revote_form_title)(n + 1),
                };
                (title, VoteField::NEW, None)
            }
        };
        // A new vote starts from the attendance on screen; a correction from the vote.
        let present = counts.map_or(live.meeting.households_present, |c| c.households_present);
        let form = Form::new(title, fields, |field| match field {
            VoteField::HouseholdsPresent => Field::count(s.field_households_present, Some(present)),
            VoteField::For => Field::count(s.field_votes_for, counts.map(|c| c.votes_for)),
            VoteField::Against => {
                Field::count(s.field_votes_against, counts.map(|c| c.votes_against))
            }
            VoteField::Abstain => {
                Field::count(s.field_votes_abstain, counts.map(|c| c.votes_abstain))
            }
            VoteField::Reason => Field::text(s.field_reason).required(),
        })
        .focus_on(VoteField::For);
        self.open_form(FormKind::Vote { correcting }, form);
    }

    /// Opens the correction of the latest vote on the selected item.
    pub(super) fn correct_latest_vote(&mut self) {
        let latest = self.live.as_ref().and_then(|live| live.latest_vote());
        match latest.map(|vote| vote.vote_no) {
            Some(vote_no) => self.start_vote(Some(vote_no)),
            None => self.info(self.strings.no_vote_to_correct),
        }
    }

    pub(super) fn submit_vote(
        &mut self,
        correcting: Option<u32>,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let item = live.selected_item().ok_or(s.no_item_selected)?;
        let (item_no, rule) = (item.item_no, item.rule);
        let counts = VoteCounts {
            households_total: live.meeting.households_total,
            households_present: form.count(VoteField::HouseholdsPresent, s)?,
            votes_for: form.count(VoteField::For, s)?,
            votes_against: form.count(VoteField::Against, s)?,
            votes_abstain: form.count(VoteField::Abstain, s)?,
        };
        counts.validate().map_err(|e| messages::vote_error(s, e))?;
        let id = live.id;
        let now = self.clock.now();
        let saved = match correcting {
            Some(vote_no) => {
                let reason = required_reason(form, VoteField::Reason, s)?;
                self.store
                    .correct_vote(id, item_no, vote_no, counts, now, &reason)
            }
            None => self.store.add_vote(id, item_no, counts, rule, now),
        };
        let vote = saved.map_err(|e| messages::store_error(s, &e))?;
        self.info((s.saved_vote)(s.outcome(vote.outcome())));
        self.reload_item();
        Ok(())
    }
}
