//! Show-of-hands votes: a new vote or a re-vote, and the correction of a vote with its reason.

use crate::domain::VoteCounts;
use crate::i18n::{self, fill};

use crate::tui::app::{App, FormKind};
use crate::tui::form::Form;

/// Vote form fields, in order.
const VOTE_PRESENT: usize = 0;
const VOTE_FOR: usize = 1;
const VOTE_AGAINST: usize = 2;
const VOTE_ABSTAIN: usize = 3;
const VOTE_REASON: usize = 4;

impl App {
    pub(super) fn start_vote(&mut self, correcting: Option<u32>) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        if live.selected_item().is_none() {
            return self.info(self.strings.no_item_selected);
        }
        let s = self.strings;
        let form = match correcting.and_then(|no| live.votes.iter().find(|v| v.vote_no == no)) {
            Some(vote) => Form::new(fill(s.correct_vote_title, &[&vote.vote_no]))
                .count(
                    s.field_households_present,
                    Some(vote.counts.households_present),
                )
                .count(s.field_votes_for, Some(vote.counts.votes_for))
                .count(s.field_votes_against, Some(vote.counts.votes_against))
                .count(s.field_votes_abstain, Some(vote.counts.votes_abstain))
                .text(s.field_reason, "", true)
                .focus_on(VOTE_FOR),
            None => {
                let title = match live.votes.len() {
                    0 => s.vote_form_title.to_owned(),
                    n => fill(s.revote_form_title, &[&(n + 1)]),
                };
                Form::new(title)
                    .count(
                        s.field_households_present,
                        Some(live.meeting.households_present),
                    )
                    .count(s.field_votes_for, None)
                    .count(s.field_votes_against, None)
                    .count(s.field_votes_abstain, None)
                    .focus_on(VOTE_FOR)
            }
        };
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
            households_present: form.count_value(VOTE_PRESENT, s)?,
            votes_for: form.count_value(VOTE_FOR, s)?,
            votes_against: form.count_value(VOTE_AGAINST, s)?,
            votes_abstain: form.count_value(VOTE_ABSTAIN, s)?,
        };
        counts.validate().map_err(|e| i18n::vote_error(s, e))?;
        let id = live.id;
        let now = self.clock.now();
        let saved = match correcting {
            Some(vote_no) => {
                let reason = form.value(VOTE_REASON);
                if reason.is_empty() {
                    form.set_focus(VOTE_REASON);
                    return Err(s.err_reason_required.to_owned());
                }
                self.store
                    .correct_vote(id, item_no, vote_no, counts, now, &reason)
            }
            None => self.store.add_vote(id, item_no, counts, rule, now),
        };
        let vote = saved.map_err(|e| i18n::store_error(s, &e))?;
        self.info(fill(s.saved_vote, &[&s.outcome(vote.outcome())]));
        self.reload_item();
        Ok(())
    }
}
