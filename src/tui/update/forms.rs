//! Forms: typing into them, saving them (each kind by the feature it belongs to), cancelling
//! them.

use crate::tui::action::Action;
use crate::tui::app::{App, EditorTarget, FormKind, Pending, Popup};
use crate::tui::form::Form;

impl App {
    /// Opens a form, refilled with what was typed in the same form before a crash or a kill,
    /// if its draft is in the database (and says so).
    pub(super) fn open_form(&mut self, kind: FormKind, mut form: Form) {
        self.clear_info();
        form.draft = self.form_draft_key(&kind);
        let draft = form.draft.as_ref().and_then(|key| self.read_draft(key));
        if let Some(content) = draft
            && content != form.draft_content()
            && form.restore_draft(&content)
        {
            self.info(self.strings.draft_restored);
        }
        self.form_draft_pending = false;
        self.popups.push(Popup::Form(kind, Box::new(form)));
    }

    pub(super) fn update_form(&mut self, kind: FormKind, mut form: Box<Form>, action: Action) {
        match action {
            Action::Edit(key) => self.form_draft_pending |= form.input(key, &mut self.typing),
            Action::Paste(text) => self.form_draft_pending |= form.paste(&text),
            Action::NextField => form.next_field(),
            Action::PrevField => form.prev_field(),
            Action::PickSuggestion { down } => form.pick_suggestion(down),
            Action::Submit if form.suggestions().is_some_and(|s| s.picked().is_some()) => {
                self.fill_in_picked(&kind, &mut form);
                self.form_draft_pending = true;
            }
            Action::Submit if !form.is_last_field() => form.next_field(),
            Action::Submit | Action::Save => {
                if let Err(message) = self.submit_form(&kind, &mut form) {
                    form.error = Some(message);
                    self.clear_info();
                } else {
                    self.forget_form_draft(&form);
                    return;
                }
            }
            Action::Cancel if form.is_changed() => {
                // Its draft goes only once the discard is confirmed.
                self.popups.push(Popup::Form(kind, form));
                self.ask(
                    self.strings.confirm_discard_form.to_owned(),
                    Pending::Discard,
                );
                return;
            }
            Action::Cancel => return self.close_form(kind, form),
            _ => {}
        }
        if matches!(kind, FormKind::Vote { .. }) && form.error.is_none() {
            self.check_vote_as_typed(&mut form);
        }
        if let FormKind::OptionsVote { put, vote_no, .. } = &kind {
            self.fit_options_vote_form(put, *vote_no, &mut form);
        }
        if matches!(kind, FormKind::Pledge { .. }) && form.error.is_none() {
            self.check_pledge_as_typed(&mut form);
        }
        if matches!(kind, FormKind::Meeting) {
            self.fit_meeting_form(&mut form);
        }
        self.popups.push(Popup::Form(kind, form));
    }

    /// Saves what a form holds. On success the form is gone; on failure the message says why
    /// and everything typed stays.
    fn submit_form(&mut self, kind: &FormKind, form: &mut Form) -> Result<(), String> {
        match kind {
            FormKind::Meeting => self.submit_meeting(form),
            FormKind::CorrectMeeting => self.submit_meeting_details(form),
            FormKind::AgendaItem => self.submit_agenda_item(form),
            FormKind::CorrectItem { item_no } => self.submit_item_correction(*item_no, form),
            FormKind::Speaker { then_floor } => self.submit_speaker(*then_floor, form),
            FormKind::CorrectQueued { queue_id } => self.submit_queued_correction(*queue_id, form),
            FormKind::Present => self.submit_present(form),
            FormKind::Vote { correcting } => self.submit_vote(*correcting, form),
            FormKind::SpeakingLimit => self.submit_speaking_limit(form),
            FormKind::Guest { correcting } => self.submit_guest(*correcting, form),
            FormKind::Conclusion { item_no } => self.submit_conclusion(*item_no, form),
            FormKind::ItemOption {
                item_no,
                correcting,
                ..
            } => self.submit_option(*item_no, *correcting, form),
            FormKind::OptionsVote { item_no, put, .. } => {
                self.submit_options_vote(*item_no, put, form)
            }
            FormKind::ExportFolder => self.submit_export_folder(form),
            FormKind::BallotMethod { item_no } => self.submit_ballot_method(*item_no, form),
            FormKind::SecretBallot { item_no, .. } => self.submit_secret_ballot(*item_no, form),
            FormKind::HouseholdBallot {
                item_no,
                vote_no,
                household_no,
                correcting,
            } => self.submit_household_ballot(*item_no, *vote_no, household_no, *correcting, form),
            FormKind::Pledge {
                item_no,
                household_no,
                correcting,
            } => self.submit_pledge(*item_no, household_no, *correcting, form),
            FormKind::Representative {
                household_no,
                standing,
            } => self.submit_representative(household_no, *standing, form),
            FormKind::Household { correcting } => {
                self.submit_household(correcting.as_deref(), form)
            }
            FormKind::MovedAway { household_no } => self.submit_moved_away(household_no, form),
            FormKind::RemovePledge {
                item_no,
                household_no,
            } => self.submit_pledge_removal(*item_no, household_no, form),
            FormKind::RegisterFile => self.submit_register_file(form),
            FormKind::OpinionCorrection {
                item_no,
                turn_no,
                stance,
                text,
                ..
            } => self.submit_opinion_correction(*item_no, *turn_no, *stance, text, form),
        }
    }

    /// Closes a form without saving it, forgetting its draft.
    fn close_form(&mut self, kind: FormKind, form: Box<Form>) {
        self.forget_form_draft(&form);
        if let FormKind::OpinionCorrection {
            item_no,
            turn_no,
            speaker,
            stance,
            text,
        } = kind
        {
            // Back to the correction being made, nothing lost.
            let target = EditorTarget::Correction { item_no, turn_no };
            self.open_editor(target, speaker, Some(stance), &text);
        }
    }

    /// Closes the form or the editor under the confirmation, dropping what was typed.
    pub(super) fn discard(&mut self) {
        match self.popups.pop() {
            Some(Popup::Form(kind, form)) => self.close_form(kind, form),
            Some(Popup::Editor(_)) | None => {}
            Some(other) => self.popups.push(other),
        }
    }
}
