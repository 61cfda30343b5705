//! Actions change the app here. Every write goes to the store first; the screen says "saved"
//! only after the store has committed it.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};

use crate::documents::render_minutes;
use crate::domain::text;
use crate::domain::{
    DecisionRule, Meeting, MeetingId, MeetingStatus, Speaker, SpeakingLimit, Stance, Threshold,
    VoteBase, VoteCounts,
};
use crate::export::{ExportOptions, write_export};
use crate::i18n::Strings;
use crate::messages;
use crate::store::StoreError;

use super::action::Action;
use super::app::{App, Editor, EditorTarget, FormKind, Live, Pane, Pending, Popup, Screen};
use super::form::{DraftKey, Form};

/// The draft that keeps the opinion being typed: first line the stance code, then the text.
const OPINION_DRAFT: &str = "opinion";

/// The app draft (it belongs to no meeting yet) that keeps the form of a new meeting. The
/// drafts of the other forms are kept with their meeting under keys starting with "form." (see
/// `form_draft_key`), never with "opinion", which saving an opinion clears.
const MEETING_FORM_DRAFT: &str = "form.meeting";

/// Vote form fields, in order.
const VOTE_PRESENT: usize = 0;
const VOTE_FOR: usize = 1;
const VOTE_AGAINST: usize = 2;
const VOTE_ABSTAIN: usize = 3;
const VOTE_REASON: usize = 4;

/// The field of the meeting form that holds the minutes each speaker may speak.
const MEETING_SPEAKING_LIMIT: usize = 10;

impl App {
    /// Loads the meetings list; the first thing the app shows.
    pub fn start(&mut self) {
        self.reload_meetings();
        if self.meeting_draft_waiting() {
            self.info(self.strings.meeting_draft_waiting);
        }
    }

    pub fn update(&mut self, action: Action) {
        if action == Action::NextTypingMode {
            return self.typing.next_mode();
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
        }
    }

    fn ask(&mut self, question: String, on_yes: Pending) {
        self.popups.push(Popup::Confirm { question, on_yes });
    }

    // ----- Meetings list -----

    fn reload_meetings(&mut self) {
        match self.store.list_meetings() {
            Ok(meetings) => {
                self.meetings = meetings;
                self.meetings_selected = self
                    .meetings_selected
                    .min(self.meetings.len().saturating_sub(1));
            }
            Err(err) => self.store_error(&err),
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
            Action::NewMeeting => self.open_form(FormKind::Meeting, self.meeting_form()),
            Action::LoadSample => self.load_sample(),
            Action::ShowHelp => self.popups.push(Popup::Help),
            Action::Back => self.should_quit = true,
            _ => {}
        }
    }

    fn load_sample(&mut self) {
        let record = match crate::sample::sample_record_as_open() {
            Ok(record) => record,
            Err(err) => return self.error(messages::import_error(self.strings, &err)),
        };
        match self.store.insert_record(&record) {
            Ok(id) => {
                self.open_meeting(id);
                self.info(self.strings.sample_loaded);
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Opens a meeting on the live screen, at the item being discussed: that of whoever has the
    /// floor, else the one the secretary was last on (the chair's screen shows the same).
    pub fn open_meeting(&mut self, id: MeetingId) {
        let loaded = (|| {
            let meeting = self.store.meeting(id)?;
            let agenda = self.store.agenda(id)?;
            let queue = self.store.queue(id)?;
            let floor = self.store.floor(id)?;
            let current = self.store.current_item(id)?;
            let limit = self.store.speaking_limit(id)?;
            let turns = self.store.turns_had(id, &queue, floor.as_ref())?;
            Ok::<_, StoreError>((meeting, agenda, queue, floor, current, limit, turns))
        })();
        let (meeting, agenda, queue, floor, current, speaking_limit, turns) = match loaded {
            Ok(parts) => parts,
            Err(err) => return self.store_error(&err),
        };
        let item = current
            .and_then(|no| agenda.iter().position(|a| a.item_no == no))
            .unwrap_or(0);
        let needs_agenda = agenda.is_empty() && meeting.status == MeetingStatus::Open;
        self.live = Some(Live {
            id,
            meeting,
            agenda,
            item,
            queue,
            floor,
            opinions: Vec::new(),
            votes: Vec::new(),
            other_items: HashMap::new(),
            focus: Pane::Queue,
            queue_selected: 0,
            // The latest opinion (reload_item keeps it within the list).
            opinion_selected: usize::MAX,
            floor_editor: None,
            speaking_limit,
            turns,
        });
        self.reload_item();
        self.screen = Screen::Live;
        if needs_agenda {
            self.open_form(FormKind::AgendaItem, self.agenda_form());
        }
    }

    // ----- Live meeting -----

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
            Action::PrevItem => self.move_item(false),
            Action::NextItem => self.move_item(true),
            Action::FocusNext => live.focus = live.focus.next(),
            Action::FocusPrev => live.focus = live.focus.prev(),
            Action::Activate => match live.focus {
                Pane::Agenda => live.focus = Pane::Queue,
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
            Action::AddSpeaker => {
                self.open_form(FormKind::Speaker { then_floor: false }, self.speaker_form())
            }
            Action::NextSpeaker => self.next_speaker(),
            Action::OpenEditor => self.open_floor_editor(),
            Action::RemoveQueued => {
                let selected = (live.focus == Pane::Queue)
                    .then(|| live.queue.get(live.queue_selected))
                    .flatten();
                match selected {
                    Some(queued) => {
                        let question = (self.strings.confirm_remove_queued)(&queued.speaker.name);
                        let queue_id = queued.queue_id;
                        self.ask(question, Pending::RemoveQueued(queue_id));
                    }
                    None => self.info(self.strings.nothing_selected),
                }
            }
            Action::ReturnFloor => match &live.floor {
                Some(floor) => {
                    let question = (self.strings.confirm_return_floor)(&floor.speaker.name);
                    self.ask(question, Pending::ReturnFloor);
                }
                None => self.info(self.strings.no_floor),
            },
            Action::PresentUp | Action::PresentDown => {
                let present = live.meeting.households_present;
                let present = if action == Action::PresentUp {
                    present.saturating_add(1).min(live.meeting.households_total)
                } else {
                    present.saturating_sub(1)
                };
                self.set_present(present);
            }
            Action::EditPresent => {
                let form = Form::new(self.strings.present_form_title).count(
                    self.strings.field_households_present,
                    Some(live.meeting.households_present),
                );
                self.open_form(FormKind::Present, form);
            }
            Action::AddItem => self.open_form(FormKind::AgendaItem, self.agenda_form()),
            Action::StartVote => self.start_vote(None),
            Action::CorrectVote => match live.latest_vote() {
                Some(vote) => {
                    let vote_no = vote.vote_no;
                    self.start_vote(Some(vote_no));
                }
                None => self.info(self.strings.no_vote_to_correct),
            },
            Action::ToggleChair => self.screen = Screen::Chair,
            Action::Export => self.export(),
            Action::CloseMeeting => {
                let mut question = self.strings.confirm_close.to_owned();
                let waiting = live.queue.len() + usize::from(live.floor.is_some());
                if waiting > 0 {
                    question.push(' ');
                    question.push_str(&(self.strings.confirm_close_waiting)(waiting));
                }
                self.ask(question, Pending::CloseMeeting);
            }
            Action::ShowHistory => self.show_history(),
            Action::EditSpeakingLimit => {
                let limit = live.speaking_limit;
                let form = self.speaking_limit_form(limit);
                self.open_form(FormKind::SpeakingLimit, form);
            }
            Action::ShowHelp => self.popups.push(Popup::Help),
            Action::Back => {
                self.live = None;
                self.screen = Screen::Meetings;
                self.reload_meetings();
            }
            _ => {}
        }
    }

    fn update_chair(&mut self, action: Action) {
        match action {
            Action::PrevItem => self.move_item(false),
            Action::NextItem => self.move_item(true),
            Action::Back => self.screen = Screen::Live,
            Action::ShowHelp => self.popups.push(Popup::Help),
            _ => {}
        }
    }

    fn move_item(&mut self, forward: bool) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let item = step(live.item, live.agenda.len(), forward);
        if item != live.item {
            if let Some(left) = live.selected_item().map(|i| i.item_no) {
                let shown = (
                    std::mem::take(&mut live.opinions),
                    std::mem::take(&mut live.votes),
                );
                live.other_items.insert(left, shown);
            }
            live.item = item;
            // The latest opinion, as the pane shows it before it has the focus.
            live.opinion_selected = usize::MAX;
            let kept = live
                .selected_item()
                .map(|i| i.item_no)
                .and_then(|item_no| live.other_items.remove(&item_no));
            match kept {
                Some((opinions, votes)) => {
                    live.opinion_selected = opinions.len().saturating_sub(1);
                    live.opinions = opinions;
                    live.votes = votes;
                }
                None => self.load_item(),
            }
            self.record_selected_item();
        }
    }

    /// Records the item now selected, so that the chair's screen in another process follows
    /// the secretary. A closed meeting no longer changes, so nothing is recorded for it.
    fn record_selected_item(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            return;
        };
        if live.is_closed() {
            return;
        }
        if let Err(err) = self.store.select_item(live.id, item_no) {
            self.store_error(&err);
        }
    }

    /// Reloads what the live screen shows of the selected item.
    fn reload_item(&mut self) {
        if let Some(live) = self.live.as_mut() {
            // A write may have changed any item (an opinion goes to the item of the floor).
            live.other_items.clear();
        }
        self.load_item();
    }

    /// Reads the opinions and votes of the selected item.
    fn load_item(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            live.opinions.clear();
            live.votes.clear();
            return;
        };
        let loaded = self
            .store
            .opinions(live.id, item_no)
            .and_then(|opinions| Ok((opinions, self.store.votes(live.id, item_no)?)));
        match loaded {
            Ok((opinions, votes)) => {
                live.opinion_selected = live.opinion_selected.min(opinions.len().saturating_sub(1));
                live.opinions = opinions;
                live.votes = votes;
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Reloads the queue and the floor after they changed.
    fn reload_speakers(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let loaded = self.store.queue(live.id).and_then(|queue| {
            let floor = self.store.floor(live.id)?;
            let turns = self.store.turns_had(live.id, &queue, floor.as_ref())?;
            Ok((queue, floor, turns))
        });
        match loaded {
            Ok((queue, floor, turns)) => {
                live.queue_selected = live.queue_selected.min(queue.len().saturating_sub(1));
                live.queue = queue;
                live.floor = floor;
                live.turns = turns;
            }
            Err(err) => self.store_error(&err),
        }
    }

    fn next_speaker(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        if live.floor.is_some() {
            return self.info(self.strings.floor_is_taken);
        }
        match live.queue.first() {
            Some(first) => {
                let queue_id = first.queue_id;
                self.give_floor(queue_id);
            }
            // Nobody queued: whoever stands up is added and speaks at once.
            None => self.open_form(FormKind::Speaker { then_floor: true }, self.speaker_form()),
        }
    }

    fn give_floor(&mut self, queue_id: i64) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        if live.floor.is_some() {
            return self.info(self.strings.floor_is_taken);
        }
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            return self.info(self.strings.no_item_selected);
        };
        let id = live.id;
        match self
            .store
            .give_floor(id, queue_id, item_no, self.clock.now())
        {
            Ok(floor) => {
                self.info((self.strings.saved_floor)(&floor.speaker.name));
                self.reload_speakers();
                self.open_floor_editor();
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Opens the editor for the opinion of whoever has the floor: the one left open, else the
    /// draft kept in the database, else an empty one.
    fn open_floor_editor(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let Some(floor) = live.floor.clone() else {
            return self.info(self.strings.no_floor);
        };
        match live.floor_editor.take() {
            Some(editor) => self.popups.push(Popup::Editor(editor)),
            None => {
                let draft = self.store.draft(live.id, OPINION_DRAFT).ok().flatten();
                let (stance, text) = draft
                    .as_deref()
                    .map(parse_opinion_draft)
                    .unwrap_or_default();
                self.open_editor(EditorTarget::Floor, floor.speaker, stance, &text);
            }
        }
    }

    /// Opens the opinion editor. Its look is set once here: the view draws the editor's own
    /// text box, which keeps its scroll position and layout from one frame to the next.
    fn open_editor(&mut self, target: EditorTarget, speaker: Speaker, stance: Stance, text: &str) {
        let mut editor = Editor::new(target, speaker, stance, text);
        editor
            .text
            .set_block(ratatui::widgets::Block::bordered().border_style(self.theme.border()));
        editor
            .text
            .set_placeholder_text(self.strings.editor_placeholder);
        editor.text.set_placeholder_style(self.theme.dim());
        self.popups.push(Popup::Editor(Box::new(editor)));
    }

    fn edit_selected_opinion(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(opinion) = live.opinions.get(live.opinion_selected) else {
            return self.info(self.strings.nothing_selected);
        };
        let target = EditorTarget::Correction {
            item_no: opinion.item_no,
            turn_no: opinion.turn_no,
        };
        let (speaker, stance, text) = (
            opinion.speaker.clone(),
            opinion.stance,
            opinion.text.clone(),
        );
        self.open_editor(target, speaker, stance, &text);
    }

    fn set_present(&mut self, present: u32) {
        if let Err(err) = self.write_present(present) {
            self.store_error(&err);
        }
    }

    /// Records the number of households present and says so.
    fn write_present(&mut self, present: u32) -> Result<(), StoreError> {
        let Some(live) = self.live.as_mut() else {
            return Ok(());
        };
        self.store.set_households_present(live.id, present)?;
        live.meeting.households_present = present;
        self.info((self.strings.saved_present)(present));
        Ok(())
    }

    fn start_vote(&mut self, correcting: Option<u32>) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        if live.selected_item().is_none() {
            return self.info(self.strings.no_item_selected);
        }
        let s = self.strings;
        let form = match correcting.and_then(|no| live.votes.iter().find(|v| v.vote_no == no)) {
            Some(vote) => Form::new((s.correct_vote_title)(vote.vote_no))
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
                    n => (s.revote_form_title)(n + 1),
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

    fn export(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let id = live.id;
        let (record, fingerprint) = match self.store.record_for_minutes(id) {
            Ok(found) => found,
            Err(err) => return self.store_error(&err),
        };
        let minutes = render_minutes(&record, self.strings, fingerprint.as_ref());
        let dir = self.export_root.join(format!("meeting-{id}"));
        let written = write_export(
            &record,
            id,
            ExportOptions { bom: true },
            &minutes.files(),
            &dir,
        );
        match written {
            Ok(_) => self.info((self.strings.exported_with_minutes)(&dir)),
            Err(err) => self.error(messages::export_error(self.strings, &err)),
        }
    }

    fn close_meeting(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let id = live.id;
        match self.store.close_meeting(id, self.clock.now()) {
            Ok(fingerprint) => {
                self.open_meeting(id);
                self.info((self.strings.saved_closed)(&fingerprint.grouped()));
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Shows the corrections of the selected item: what it was before, when, and why.
    fn show_history(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            return self.info(self.strings.no_item_selected);
        };
        match self.store.audit_log(live.id) {
            Ok(entries) => {
                let entries = entries
                    .into_iter()
                    .filter(|e| e.item_no == Some(item_no))
                    .collect();
                self.popups.push(Popup::History(entries));
            }
            Err(err) => self.store_error(&err),
        }
    }

    // ----- Popups -----

    /// Handles an action for the popup taken off the stack; keeps it open by pushing it back.
    fn update_popup(&mut self, popup: Popup, action: Action) {
        match popup {
            Popup::Help | Popup::History(_) => {}
            Popup::Confirm { question, on_yes } => match action {
                Action::Confirm(true) => self.confirmed(on_yes),
                Action::Confirm(false) | Action::Cancel => {}
                _ => self.popups.push(Popup::Confirm { question, on_yes }),
            },
            Popup::Form(kind, form) => self.update_form(kind, form, action),
            Popup::Editor(editor) => self.update_editor(editor, action),
        }
    }

    fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::Quit => self.should_quit = true,
            Pending::CloseMeeting => self.close_meeting(),
            Pending::DiscardForm => {
                if let Some(Popup::Form(_, form)) = self.popups.pop() {
                    self.forget_form_draft(&form);
                }
            }
            Pending::RemoveQueued(queue_id) => {
                let Some(live) = self.live.as_ref() else {
                    return;
                };
                let name = live
                    .queue
                    .iter()
                    .find(|q| q.queue_id == queue_id)
                    .map(|q| q.speaker.name.clone())
                    .unwrap_or_default();
                match self.store.remove_from_queue(live.id, queue_id) {
                    Ok(()) => {
                        self.info((self.strings.removed_queued)(&name));
                        self.reload_speakers();
                    }
                    Err(err) => self.store_error(&err),
                }
            }
            Pending::ReturnFloor => {
                let Some(live) = self.live.as_mut() else {
                    return;
                };
                let name = live
                    .floor
                    .as_ref()
                    .map(|f| f.speaker.name.clone())
                    .unwrap_or_default();
                let id = live.id;
                match self.store.return_floor_to_queue(id) {
                    Ok(()) => {
                        live.floor_editor = None;
                        // The typed opinion was dropped on purpose; its draft goes too.
                        let _ = self.store.delete_draft(id, OPINION_DRAFT);
                        self.info((self.strings.returned_floor)(&name));
                        self.reload_speakers();
                    }
                    Err(err) => self.store_error(&err),
                }
            }
        }
    }

    fn update_form(&mut self, kind: FormKind, mut form: Form, action: Action) {
        match action {
            Action::Edit(key) => self.form_draft_pending |= form.input(key, &mut self.typing),
            Action::Paste(text) => self.form_draft_pending |= form.paste(&text),
            Action::NextField => form.next_field(),
            Action::PrevField => form.prev_field(),
            Action::Submit if !form.is_last_field() => form.next_field(),
            Action::Submit => {
                if let Err(message) = self.submit_form(&kind, &mut form) {
                    form.error = Some(message);
                } else {
                    self.forget_form_draft(&form);
                    return;
                }
            }
            Action::Cancel => {
                let worth_keeping = matches!(
                    kind,
                    FormKind::Meeting | FormKind::AgendaItem | FormKind::Speaker { .. }
                ) && form.has_text();
                if worth_keeping {
                    // Its draft goes only once the discard is confirmed.
                    self.popups.push(Popup::Form(kind, form));
                    self.ask(
                        self.strings.confirm_discard_form.to_owned(),
                        Pending::DiscardForm,
                    );
                    return;
                }
                self.forget_form_draft(&form);
                if let FormKind::OpinionReason {
                    item_no,
                    turn_no,
                    speaker,
                    stance,
                    text,
                } = kind
                {
                    // Back to the correction being made, nothing lost.
                    let target = EditorTarget::Correction { item_no, turn_no };
                    self.open_editor(target, speaker, stance, &text);
                }
                return;
            }
            _ => {}
        }
        self.popups.push(Popup::Form(kind, form));
    }

    /// Saves what a form holds. On success the form is gone; on failure the message says why
    /// and everything typed stays.
    fn submit_form(&mut self, kind: &FormKind, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        match kind {
            FormKind::Meeting => {
                let meeting = self.meeting_from_form(form)?;
                let limit = speaking_limit_value(form, MEETING_SPEAKING_LIMIT, s)?;
                let id = self
                    .store
                    .create_meeting_with_limit(&meeting, limit)
                    .map_err(|e| messages::store_error(s, &e))?;
                self.open_meeting(id);
                self.info(s.saved_meeting);
            }
            FormKind::AgendaItem => {
                let title = form.required_text(0, s)?;
                let description = form.value(1);
                let rule = DecisionRule {
                    base: VoteBase::ALL[form.choice_index(2)],
                    threshold: Threshold::ALL[form.choice_index(3)],
                };
                let live = self.live.as_mut().ok_or(s.nothing_selected)?;
                let item = self
                    .store
                    .add_agenda_item(live.id, &title, &description, rule)
                    .map_err(|e| messages::store_error(s, &e))?;
                live.item = live.agenda.len();
                live.agenda.push(item);
                live.focus = Pane::Queue;
                let item_no = live.agenda[live.item].item_no;
                self.reload_item();
                self.record_selected_item();
                self.info((s.saved_item)(item_no));
            }
            FormKind::Speaker { then_floor } => {
                let speaker = Speaker {
                    name: form.required_text(0, s)?,
                    address: form.value(1),
                };
                let live = self.live.as_ref().ok_or(s.nothing_selected)?;
                let queued = self
                    .store
                    .enqueue(live.id, &speaker, self.clock.now())
                    .map_err(|e| messages::store_error(s, &e))?;
                self.info((s.saved_queued)(&speaker.name));
                self.reload_speakers();
                if *then_floor {
                    self.give_floor(queued.queue_id);
                }
            }
            FormKind::Present => {
                let present = form.count_value(0, s)?;
                let live = self.live.as_ref().ok_or(s.nothing_selected)?;
                let total = live.meeting.households_total;
                if present > total {
                    return Err((s.err_present_exceeds_total)(present, total));
                }
                // A failed write keeps the form open with the number typed.
                self.write_present(present)
                    .map_err(|e| messages::store_error(s, &e))?;
            }
            FormKind::Vote { correcting } => self.submit_vote(*correcting, form)?,
            FormKind::SpeakingLimit => {
                let limit = speaking_limit_value(form, 0, s)?;
                let live = self.live.as_mut().ok_or(s.nothing_selected)?;
                self.store
                    .set_speaking_limit(live.id, limit)
                    .map_err(|e| messages::store_error(s, &e))?;
                live.speaking_limit = limit;
                self.info(if limit.is_none() {
                    s.saved_no_speaking_limit.to_owned()
                } else {
                    (s.saved_speaking_limit)(limit.minutes_rounded_up())
                });
            }
            FormKind::OpinionReason {
                item_no,
                turn_no,
                stance,
                text,
                ..
            } => {
                let reason = form.value(0);
                if reason.is_empty() {
                    return Err(s.err_reason_required.to_owned());
                }
                let live = self.live.as_ref().ok_or(s.nothing_selected)?;
                self.store
                    .correct_opinion(
                        live.id,
                        *item_no,
                        *turn_no,
                        *stance,
                        text,
                        self.clock.now(),
                        &reason,
                    )
                    .map_err(|e| messages::store_error(s, &e))?;
                self.info(s.saved_correction);
                self.reload_item();
            }
        }
        Ok(())
    }

    fn submit_vote(&mut self, correcting: Option<u32>, form: &mut Form) -> Result<(), String> {
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
        counts.validate().map_err(|e| messages::vote_error(s, e))?;
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
        let vote = saved.map_err(|e| messages::store_error(s, &e))?;
        self.info((s.saved_vote)(s.outcome(vote.outcome())));
        self.reload_item();
        Ok(())
    }

    fn update_editor(&mut self, mut editor: Box<Editor>, action: Action) {
        let mut changed = false;
        match action {
            Action::Edit(key) => changed = self.typing.input(&mut editor.text, key),
            Action::Paste(pasted) => {
                changed = editor
                    .text
                    .insert_str(text::clean(&pasted, text::Lines::Multi));
            }
            Action::SetStance(stance) => {
                changed = editor.stance != stance;
                editor.stance = stance;
            }
            Action::CycleStance => {
                editor.stance = editor.stance.next();
                changed = true;
            }
            Action::Submit => return self.save_opinion(editor),
            Action::Cancel => {
                // Closing keeps what was typed: the floor's opinion waits for `o`.
                if editor.target == EditorTarget::Floor
                    && let Some(live) = self.live.as_mut()
                {
                    live.floor_editor = Some(editor);
                }
                return;
            }
            _ => {}
        }
        if changed && editor.target == EditorTarget::Floor {
            self.draft_pending = true;
        }
        self.popups.push(Popup::Editor(editor));
    }

    /// Writes the opinion and the form being typed to the database, if they changed since the
    /// last write. Called once the keys waiting have been handled, so a burst of keys costs one
    /// write.
    pub fn save_pending_draft(&mut self) {
        if std::mem::take(&mut self.form_draft_pending) {
            self.save_form_draft();
        }
        if !std::mem::take(&mut self.draft_pending) {
            return;
        }
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let editor = self.popups.iter().rev().find_map(|p| match p {
            Popup::Editor(editor) if editor.target == EditorTarget::Floor => Some(&**editor),
            _ => None,
        });
        let Some(editor) = editor.or(live.floor_editor.as_deref()) else {
            return;
        };
        let content = format!("{}\n{}", editor.stance.code(), editor.raw_text());
        if let Err(err) = self
            .store
            .save_draft(live.id, OPINION_DRAFT, &content, self.clock.now())
        {
            self.store_error(&err);
        }
    }

    fn save_opinion(&mut self, editor: Box<Editor>) {
        let s = self.strings;
        let text = text::clean_multiline(&editor.raw_text());
        if text.is_empty() {
            self.info(s.opinion_empty);
            self.popups.push(Popup::Editor(editor));
            return;
        }
        let Some(live) = self.live.as_mut() else {
            return;
        };
        match editor.target {
            EditorTarget::Floor => {
                match self.store.save_opinion_from_floor(
                    live.id,
                    editor.stance,
                    &text,
                    self.clock.now(),
                ) {
                    Ok(opinion) => {
                        live.floor_editor = None;
                        self.info((s.saved_opinion)(&opinion.speaker.name, opinion.turn_no));
                        self.reload_speakers();
                        self.reload_item();
                        if let Some(live) = self.live.as_mut() {
                            live.opinion_selected = live.opinions.len().saturating_sub(1);
                        }
                    }
                    Err(err) => {
                        // Keep the editor and its text: nothing typed is lost.
                        self.store_error(&err);
                        self.popups.push(Popup::Editor(editor));
                    }
                }
            }
            EditorTarget::Correction { item_no, turn_no } => {
                let form = Form::new(s.field_reason).text(s.field_reason, "", true);
                let kind = FormKind::OpinionReason {
                    item_no,
                    turn_no,
                    speaker: editor.speaker,
                    stance: editor.stance,
                    text,
                };
                self.open_form(kind, form);
            }
        }
    }

    // ----- Forms -----

    /// Where the draft of a form of `kind` is kept: per meeting (and per item, per vote or per
    /// opinion where the form is about one), or, for a new meeting, in the app's drafts.
    fn form_draft_key(&self, kind: &FormKind) -> Option<DraftKey> {
        let key = match kind {
            FormKind::Meeting => {
                return Some(DraftKey {
                    meeting: None,
                    key: MEETING_FORM_DRAFT.to_owned(),
                });
            }
            FormKind::AgendaItem => "form.agenda_item".to_owned(),
            FormKind::Speaker { then_floor: false } => "form.speaker".to_owned(),
            FormKind::Speaker { then_floor: true } => "form.speaker.floor".to_owned(),
            FormKind::Present => "form.present".to_owned(),
            FormKind::SpeakingLimit => "form.speaking_limit".to_owned(),
            FormKind::Vote { correcting } => {
                let item_no = self.live.as_ref()?.selected_item()?.item_no;
                match correcting {
                    None => format!("form.vote.{item_no}"),
                    Some(vote_no) => format!("form.vote.{item_no}.correct.{vote_no}"),
                }
            }
            FormKind::OpinionReason {
                item_no, turn_no, ..
            } => format!("form.opinion_reason.{item_no}.{turn_no}"),
        };
        Some(DraftKey {
            meeting: Some(self.live.as_ref()?.id),
            key,
        })
    }

    /// The draft kept under `key`, if any. A draft that cannot be read is as good as none: the
    /// form opens empty rather than not at all.
    fn read_draft(&self, key: &DraftKey) -> Option<String> {
        let read = match key.meeting {
            Some(id) => self.store.draft(id, &key.key),
            None => self.store.app_draft(&key.key),
        };
        read.ok().flatten()
    }

    /// Opens a form, refilled with what was typed in the same form before a crash or a kill,
    /// if its draft is in the database (and says so).
    fn open_form(&mut self, kind: FormKind, mut form: Form) {
        form.draft = self.form_draft_key(&kind);
        let draft = form.draft.as_ref().and_then(|key| self.read_draft(key));
        if let Some(content) = draft
            && content != form.draft_content()
            && form.restore_draft(&content)
        {
            self.info(self.strings.draft_restored);
        }
        self.form_draft_pending = false;
        self.popups.push(Popup::Form(kind, form));
    }

    /// Forgets the draft of a form that was saved or deliberately cancelled. A draft that
    /// cannot be deleted now is harmless: it is only offered again in the same form.
    fn forget_form_draft(&mut self, form: &Form) {
        self.form_draft_pending = false;
        let Some(key) = &form.draft else {
            return;
        };
        let _ = match key.meeting {
            Some(id) => self.store.delete_draft(id, &key.key),
            None => self.store.delete_app_draft(&key.key),
        };
    }

    /// Writes what the open form holds to the drafts table.
    fn save_form_draft(&mut self) {
        let form = self.popups.iter().rev().find_map(|p| match p {
            Popup::Form(_, form) => Some(form),
            _ => None,
        });
        let Some((key, content)) = form.and_then(|f| Some((f.draft.clone()?, f.draft_content())))
        else {
            return;
        };
        let now = self.clock.now();
        let saved = match key.meeting {
            Some(id) => self.store.save_draft(id, &key.key, &content, now),
            None => self.store.save_app_draft(&key.key, &content, now),
        };
        if let Err(err) = saved {
            self.store_error(&err);
        }
    }

    /// Whether the form of a new meeting was being filled in when the app last stopped.
    fn meeting_draft_waiting(&self) -> bool {
        let mut form = self.meeting_form();
        let pristine = form.draft_content();
        self.store
            .app_draft(MEETING_FORM_DRAFT)
            .ok()
            .flatten()
            .is_some_and(|content| form.restore_draft(&content) && form.draft_content() != pristine)
    }

    fn meeting_form(&self) -> Form {
        let s = self.strings;
        let now = self.clock.now().format("%Y-%m-%d %H:%M").to_string();
        Form::new(s.meeting_form_title)
            .text(s.field_title, "", true)
            .text(s.field_ward, "", false)
            .text(s.field_group, "", false)
            .text(s.field_location, "", false)
            .text(s.field_started_at, &now, true)
            .text(s.field_chair, "", false)
            .text(s.field_chair_title, "", false)
            .text(s.field_secretary, "", false)
            .count(s.field_households_total, None)
            .count(s.field_households_present, None)
            .count(
                s.field_speaking_limit,
                Some(SpeakingLimit::DEFAULT.minutes_rounded_up()),
            )
    }

    fn speaking_limit_form(&self, limit: SpeakingLimit) -> Form {
        let s = self.strings;
        Form::new(s.speaking_limit_form_title)
            .count(s.field_speaking_limit, Some(limit.minutes_rounded_up()))
    }

    fn meeting_from_form(&self, form: &mut Form) -> Result<Meeting, String> {
        let s = self.strings;
        let title = form.required_text(0, s)?;
        let started_text = form.required_text(4, s)?;
        let started_at = parse_local_time(&started_text, self.clock.now()).ok_or_else(|| {
            form.set_focus(4);
            s.err_bad_time.to_owned()
        })?;
        let households_total = form.count_value(8, s)?;
        let households_present = form.count_value(9, s)?;
        if households_present > households_total {
            form.set_focus(9);
            return Err((s.err_present_exceeds_total)(
                households_present,
                households_total,
            ));
        }
        Ok(Meeting {
            title,
            ward: form.value(1),
            residential_group: form.value(2),
            location: form.value(3),
            started_at,
            ended_at: None,
            chair: form.value(5),
            chair_title: form.value(6),
            secretary: form.value(7),
            households_total,
            households_present,
            status: MeetingStatus::Open,
        })
    }

    fn agenda_form(&self) -> Form {
        let s = self.strings;
        let bases = VoteBase::ALL.iter().map(|b| s.vote_base(*b)).collect();
        let thresholds = Threshold::ALL.iter().map(|t| s.threshold(*t)).collect();
        Form::new(s.item_form_title)
            .text(s.field_item_title, "", true)
            .multiline(s.field_item_description, "")
            .choice(s.field_vote_base, bases, 0)
            .choice(s.field_threshold, thresholds, 0)
    }

    fn speaker_form(&self) -> Form {
        let s = self.strings;
        Form::new(s.speaker_form_title)
            .text(s.field_speaker_name, "", true)
            .text(s.field_speaker_address, "", false)
    }

    // ----- Errors -----

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
fn changes_the_record(action: &Action, focus: Pane) -> bool {
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
        | Action::CloseMeeting => true,
        Action::Activate => focus != Pane::Agenda,
        _ => false,
    }
}

/// The minutes typed in the count field `index` as a speaking-time limit, or an error naming
/// the field (and focusing it).
fn speaking_limit_value(
    form: &mut Form,
    index: usize,
    s: &Strings,
) -> Result<SpeakingLimit, String> {
    let minutes = form.count_value(index, s)?;
    SpeakingLimit::from_minutes(minutes).ok_or_else(|| {
        form.set_focus(index);
        (s.err_speaking_limit_too_long)(form.fields[index].label)
    })
}

/// Moves an index one step in a list of `len`, staying inside it.
pub(super) fn step(index: usize, len: usize, forward: bool) -> usize {
    if forward {
        (index + 1).min(len.saturating_sub(1))
    } else {
        index.saturating_sub(1)
    }
}

/// Reads a draft written by `save_opinion_draft`.
fn parse_opinion_draft(draft: &str) -> (Stance, String) {
    let (code, text) = draft.split_once('\n').unwrap_or((draft, ""));
    (code.parse().unwrap_or_default(), text.to_owned())
}

/// Reads "2022-06-12 08:30" in the offset of `now`; a full RFC 3339 time is accepted too.
pub fn parse_local_time(text: &str, now: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    if let Ok(time) = crate::domain::parse_time(text) {
        return Some(time);
    }
    let naive = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M").ok()?;
    now.offset().from_local_datetime(&naive).single()
}
