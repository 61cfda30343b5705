//! Actions change the app here. Every write goes to the store first; the screen says "saved"
//! only after the store has committed it.
//!
//! This file routes each action to the feature it belongs to; each feature has a file of its
//! own.

mod agenda;
mod attendance;
mod ballots;
mod conclusions;
mod door;
mod drafts;
mod editor;
mod forms;
mod guests;
mod meetings;
mod options;
mod pledges;
mod record;
mod register;
mod speakers;
mod votes;

use crate::i18n::Strings;
use crate::messages;
use crate::store::{Setting, StoreError};

use super::action::{Action, Scroll};
use super::app::{App, Pane, Pending, Popup, Screen};
use super::form::{FieldName, Form};
use super::selection::step;
use super::view;

impl App {
    /// Loads the meetings list; the first thing the app shows.
    pub fn start(&mut self) {
        self.reload_meetings();
        // A setting that cannot be read or names no mode leaves typing as it is: off.
        let kept = self.store.setting(Setting::TypingMode).ok().flatten();
        if let Some(mode) = kept.and_then(|code| code.parse().ok()) {
            self.typing.set_mode(mode);
        }
        if self.meeting_draft_waiting() {
            self.info(self.strings.meeting_draft_waiting);
        }
    }

    pub fn update(&mut self, action: Action) {
        self.handle(action);
        // Whatever the action moved, the opinions the pane shows are loaded.
        self.keep_opinions_in_view();
    }

    fn handle(&mut self, action: Action) {
        if let Action::Resized(size) = action {
            self.size = size;
            return;
        }
        if action == Action::NextTypingMode {
            self.typing.next_mode();
            let code = self.typing.mode().code();
            if let Err(err) = self.store.set_setting(Setting::TypingMode, code) {
                self.store_error(&err);
            }
            return;
        }
        // Only typing continues the word the input method is composing.
        if !matches!(action, Action::Edit(_)) {
            self.typing.end_word();
        }
        if action == Action::Quit {
            self.ask(self.strings.confirm_quit.to_owned(), Pending::Quit);
            return;
        }
        if let Some(popup) = self.popups.pop() {
            self.update_popup(popup, action);
            return;
        }
        match self.screen {
            Screen::Meetings => self.update_meetings(action),
            Screen::Live => self.update_live(action),
            Screen::Chair => self.update_chair(action),
            Screen::SignIn => self.update_sign_in(action),
        }
    }

    /// Handles an action for the popup taken off the stack; keeps it open by pushing it back.
    fn update_popup(&mut self, popup: Popup, action: Action) {
        match popup {
            Popup::Help { top } => self.scroll_help(top, action),
            Popup::History(_) => {}
            Popup::Guests { selected } => self.update_guests(selected, action),
            Popup::Pledges { item_no, selected } => self.update_pledges(item_no, selected, action),
            Popup::Options { item_no, selected } => self.update_options(item_no, selected, action),
            Popup::FindHousehold(search) => self.update_household_search(search, action),
            Popup::Round {
                item_no,
                vote_no,
                selected,
            } => self.update_round(item_no, vote_no, selected, action),
            Popup::Confirm { question, on_yes } => match action {
                Action::Confirm(true) => self.confirmed(on_yes),
                Action::Confirm(false) | Action::Cancel => {}
                _ => self.popups.push(Popup::Confirm { question, on_yes }),
            },
            Popup::Form(kind, form) => self.update_form(kind, form, action),
            Popup::Editor(editor) => self.update_editor(editor, action),
        }
    }

    /// Moves the help from line `top`, never past its last page; it stays open.
    fn scroll_help(&mut self, top: usize, action: Action) {
        let Action::Scroll(by) = action else { return };
        let (lines, page) = view::help_extent(self);
        let last_top = lines.saturating_sub(page);
        let top = match by {
            Scroll::Up => top.saturating_sub(1),
            Scroll::Down => top + 1,
            Scroll::PageUp => top.saturating_sub(page),
            Scroll::PageDown => top + page,
            Scroll::Home => 0,
            Scroll::End => last_top,
        };
        self.popups.push(Popup::Help {
            top: top.min(last_top),
        });
    }

    fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::Quit => self.should_quit = true,
            Pending::CloseMeeting => self.close_meeting(),
            Pending::Discard => self.discard(),
            Pending::LeaveMeeting => self.leave_meeting(),
            Pending::RemoveQueued(queue_id) => self.remove_queued(queue_id),
            Pending::ReturnFloor => self.return_floor(),
            Pending::RemoveGuest(guest_no) => self.remove_guest(guest_no),
            Pending::UseRegister(from) => self.use_register_of(from),
            Pending::RemoveOption { item_no, option_no } => self.remove_option(item_no, option_no),
            Pending::OpenRound { item_no } => self.open_round(item_no),
            Pending::CountRound { item_no, vote_no } => self.count_round(item_no, vote_no),
        }
    }

    fn update_meetings(&mut self, action: Action) {
        match action {
            Action::Up | Action::Down => {
                self.meetings_selected = step(
                    self.meetings_selected,
                    self.meetings.len(),
                    action == Action::Down,
                )
            }
            Action::Activate => {
                if let Some(summary) = self.meetings.get(self.meetings_selected) {
                    self.open_meeting(summary.id);
                }
            }
            Action::NewMeeting => self.new_meeting(),
            Action::LoadSample => self.load_sample(),
            Action::ShowHelp => self.popups.push(Popup::Help { top: 0 }),
            Action::Back => self.ask(self.strings.confirm_quit.to_owned(), Pending::Quit),
            _ => {}
        }
    }

    fn update_live(&mut self, action: Action) {
        let Some(live) = self.live.as_mut() else {
            self.screen = Screen::Meetings;
            return;
        };
        // A closed meeting is read-only: say so before any form opens for nothing.
        if live.is_closed() && changes_the_record(&action, live.focus) {
            return self.info(self.strings.meeting_closed);
        }
        match action {
            Action::Up | Action::Down => {
                let down = action == Action::Down;
                match live.focus {
                    Pane::Agenda => self.move_item(down),
                    Pane::Queue => {
                        live.queue_selected = step(live.queue_selected, live.queue.len(), down)
                    }
                    Pane::Opinions => {
                        live.opinion_selected =
                            step(live.opinion_selected, live.opinions.len(), down)
                    }
                }
            }
            Action::Scroll(by) => self.page_opinions(by),
            Action::PrevItem => self.move_item(false),
            Action::NextItem => self.move_item(true),
            Action::FocusNext => live.focus = live.focus.next(),
            Action::FocusPrev => live.focus = live.focus.prev(),
            Action::Activate => match live.focus {
                // The item chosen, its opinions are what the secretary came for.
                Pane::Agenda => live.focus = Pane::Opinions,
                Pane::Queue => {
                    if let Some(queued) = live.queue.get(live.queue_selected) {
                        let queue_id = queued.queue_id;
                        self.give_floor(queue_id);
                    } else {
                        self.next_speaker();
                    }
                }
                Pane::Opinions => self.edit_selected_opinion(),
            },
            Action::AddSpeaker => self.add_speaker(),
            Action::NextSpeaker => self.next_speaker(),
            Action::OpenEditor => self.open_floor_editor(),
            Action::RemoveQueued => self.ask_remove_queued(),
            Action::ReturnFloor => self.ask_return_floor(),
            Action::PresentUp => self.step_present(true),
            Action::PresentDown => self.step_present(false),
            Action::EditPresent => self.edit_present(),
            Action::AddItem => self.add_item(),
            Action::StartVote => self.start_vote(None),
            Action::CorrectVote => self.correct_latest_vote(),
            Action::ToggleChair => self.screen = Screen::Chair,
            Action::Export => self.ask_export_folder(),
            Action::CloseMeeting => self.ask_close_meeting(),
            Action::ShowHistory => self.show_history(),
            Action::EditMeetingDetails => self.edit_meeting_details(),
            Action::EditSelected => match live.focus {
                Pane::Agenda => self.correct_selected_item(),
                Pane::Queue => self.correct_selected_queued(),
                Pane::Opinions => self.edit_selected_opinion(),
            },
            Action::EditSpeakingLimit => self.edit_speaking_limit(),
            Action::ShowGuests => self.popups.push(Popup::Guests { selected: 0 }),
            Action::WriteConclusion => self.write_conclusion(),
            Action::ShowPledges => self.show_pledges(),
            Action::ShowOptions => self.show_options(),
            Action::StartBallot => self.start_ballot(),
            Action::OptionFromOpinion => self.option_from_opinion(),
            Action::OpenSignIn => self.open_sign_in(),
            Action::ShowHelp => self.popups.push(Popup::Help { top: 0 }),
            Action::Back => self.ask(
                self.strings.confirm_leave_meeting.to_owned(),
                Pending::LeaveMeeting,
            ),
            _ => {}
        }
    }

    fn update_chair(&mut self, action: Action) {
        match action {
            Action::PrevItem => self.move_item(false),
            Action::NextItem => self.move_item(true),
            Action::Back => self.screen = Screen::Live,
            Action::ShowHelp => self.popups.push(Popup::Help { top: 0 }),
            _ => {}
        }
    }

    fn ask(&mut self, question: String, on_yes: Pending) {
        self.popups.push(Popup::Confirm { question, on_yes });
    }

    /// The outcome of the check of the whole file for damage: a damaged file gets no more
    /// writes, and the secretary is told (on paper from here on, and restore from a backup).
    pub fn file_checked(&mut self, result: Result<(), StoreError>) {
        if let Err(err @ StoreError::Corrupt { detail }) = &result {
            self.store.refuse_writes(detail.clone());
            self.store_error(err);
        }
    }

    fn store_error(&mut self, err: &StoreError) {
        self.error(messages::store_error(self.strings, err));
    }
}

/// Whether an action on the live screen would write to the meeting.
pub(crate) fn changes_the_record(action: &Action, focus: Pane) -> bool {
    match action {
        Action::AddSpeaker
        | Action::NextSpeaker
        | Action::OpenEditor
        | Action::RemoveQueued
        | Action::ReturnFloor
        | Action::PresentUp
        | Action::PresentDown
        | Action::EditPresent
        | Action::AddItem
        | Action::StartVote
        | Action::CorrectVote
        | Action::EditSpeakingLimit
        | Action::EditMeetingDetails
        | Action::EditSelected
        | Action::WriteConclusion
        | Action::OptionFromOpinion
        | Action::CloseMeeting => true,
        Action::Activate => focus != Pane::Agenda,
        _ => false,
    }
}

/// The reason typed in the field `field` of a correction, or the sentence that asks for one
/// (focusing the field): no correction is kept without its reason (SPEC §5).
fn required_reason(form: &mut Form, field: impl FieldName, s: &Strings) -> Result<String, String> {
    let reason = form.text(field);
    if reason.is_empty() {
        form.focus_field(field);
        return Err(s.err_reason_required.to_owned());
    }
    Ok(reason)
}
