//! Show-of-hands votes: a new vote or a re-vote, and the correction of a vote with its reason.

use crate::domain::{TypedCounts, VoteCounts, VoteError, VoteMethod};
use crate::messages;

use super::required_reason;

use crate::i18n::Strings;
use crate::tui::app::{App, FormKind, Live, Popup};
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
        // An item with options is voted option by option.
        let item_no = live.selected_item().map_or(0, |item| item.item_no);
        if correcting.is_none() && live.options_of(item_no).next().is_some() {
            return self.start_options_vote();
        }
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
        // A new vote starts from the attendance on screen; a correction from the vote. With
        // a register both are the sign-in list's count, then and now: not typed.
        let present = counts.map_or(live.meeting.households_present, |c| c.households_present);
        let by_sign_in = live.door.has_register();
        let form = Form::new(title, fields, |field| match field {
            VoteField::HouseholdsPresent => {
                let present = Field::count(s.field_households_present, Some(present));
                if by_sign_in {
                    present.given(s.register.from_sign_in)
                } else {
                    present
                }
            }
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
        // A restored draft may already break a rule: said at once, as when typed.
        if let Some(Popup::Form(_, form)) = self.popups.last_mut() {
            let error = vote_problem(self.strings, self.live.as_ref(), form);
            form.error = error;
        }
    }

    /// The counts typed in a vote form so far, measured against the meeting's households.
    pub fn typed_vote_counts(&self, form: &Form) -> Option<TypedCounts> {
        typed_counts(self.live.as_ref(), form)
    }

    /// Checks the counts as they are typed: the form says at once which count breaks a rule
    /// of SPEC §1, before Enter.
    pub(super) fn check_vote_as_typed(&self, form: &mut Form) {
        form.error = vote_problem(self.strings, self.live.as_ref(), form);
    }

    /// Opens the correction of the latest vote on the selected item.
    pub(super) fn correct_latest_vote(&mut self) {
        let live = self.live.as_ref();
        let latest = live.and_then(|live| live.latest_vote());
        // The counts of a vote among options stay as counted; a re-vote takes their place.
        if let Some(vote) = latest
            && live.is_some_and(|live| live.option_counts(vote).is_some())
        {
            let item_no = vote.item_no;
            return self.error((self.strings.options.err_options_vote_not_corrected)(
                item_no,
            ));
        }
        // A ballot's counts are the committee's or the ballots': they are not typed over.
        if let Some(vote) = latest
            && vote.method != VoteMethod::Hands
        {
            let (item_no, vote_no) = (vote.item_no, vote.vote_no);
            return self.error((self.strings.ballots.err_ballot_not_corrected)(
                item_no, vote_no,
            ));
        }
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
        if let Err(err) = counts.validate() {
            let field = blamed_field(err, form);
            form.focus_field(field);
            return Err(count_problem(s, form, field, err));
        }
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
        if correcting.is_none() {
            self.offer_round_after(item_no, vote.outcome());
        }
        Ok(())
    }
}

fn typed_counts(live: Option<&Live>, form: &Form) -> Option<TypedCounts> {
    Some(TypedCounts {
        households_total: live?.meeting.households_total,
        households_present: form.typed_count(VoteField::HouseholdsPresent),
        votes_for: form.typed_count(VoteField::For),
        votes_against: form.typed_count(VoteField::Against),
        votes_abstain: form.typed_count(VoteField::Abstain),
    })
}

/// What is wrong with the counts typed so far, naming the count to look at; `None` while
/// they obey the rules.
fn vote_problem(s: &Strings, live: Option<&Live>, form: &Form) -> Option<String> {
    let so_far = typed_counts(live, form)?.so_far()?;
    let err = so_far.validate().err()?;
    Some(count_problem(s, form, blamed_field(err, form), err))
}

fn count_problem(s: &Strings, form: &Form, field: VoteField, err: VoteError) -> String {
    (s.err_count_breaks_rule)(form.label(field), &messages::vote_error(s, err))
}

/// The count to name when the counts break `err`: the households present when they exceed all
/// households or are being typed; else the hand count being typed, or the last one typed.
fn blamed_field(err: VoteError, form: &Form) -> VoteField {
    const HANDS: [VoteField; 3] = [VoteField::For, VoteField::Against, VoteField::Abstain];
    let focused = form.focused_name::<VoteField>();
    match err {
        VoteError::PresentExceedsTotal { .. } => VoteField::HouseholdsPresent,
        VoteError::CastExceedsPresent { .. } => match focused {
            Some(field) if field == VoteField::HouseholdsPresent || HANDS.contains(&field) => field,
            _ => HANDS
                .into_iter()
                .rev()
                .find(|field| form.typed_count(*field).is_some_and(|n| n > 0))
                .unwrap_or(VoteField::HouseholdsPresent),
        },
    }
}
