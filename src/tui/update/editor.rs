//! The opinion editor: the opinion of whoever has the floor, and corrections of opinions
//! already saved (their speaker, item and reason asked on saving).

use crate::domain::{MeetingId, OpinionCorrection, Speaker, Stance, text};
use crate::messages;

use crate::tui::action::Action;
use crate::tui::app::{App, Editor, EditorTarget, FormKind, Pending, Popup};
use crate::tui::form::fields::OpinionCorrectionField;
use crate::tui::form::{Field, Form};
use crate::tui::keymap;

use super::required_reason;

impl App {
    /// Opens the editor for the opinion of whoever has the floor: the one left open, else the
    /// draft kept in the database, else an empty one.
    pub(super) fn open_floor_editor(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let Some(floor) = live.floor.clone() else {
            return self.info(self.strings.no_floor);
        };
        let id = live.id;
        match live.floor_editor.take() {
            Some(editor) => self.popups.push(Popup::Editor(editor)),
            None => {
                let (stance, text) = self.opinion_draft(id);
                self.open_editor(EditorTarget::Floor, floor.speaker, stance, &text);
            }
        }
    }

    /// Opens the opinion editor. Its look is set once here: the view draws the editor's own
    /// text box, which keeps its scroll position and layout from one frame to the next.
    pub(super) fn open_editor(
        &mut self,
        target: EditorTarget,
        speaker: Speaker,
        stance: Option<Stance>,
        text: &str,
    ) {
        let editor = self.new_editor(target, speaker, stance, text);
        self.popups.push(Popup::Editor(editor));
    }

    fn new_editor(
        &self,
        target: EditorTarget,
        speaker: Speaker,
        stance: Option<Stance>,
        text: &str,
    ) -> Box<Editor> {
        let mut editor = Editor::new(target, speaker, stance, text);
        editor
            .text
            .set_block(ratatui::widgets::Block::bordered().border_style(self.theme.border()));
        editor
            .text
            .set_placeholder_text(self.strings.editor_placeholder);
        editor.text.set_placeholder_style(self.theme.dim());
        Box::new(editor)
    }

    /// The opinion left half written for whoever has the floor when the app last stopped,
    /// as an editor kept closed: the live screen says it is waiting.
    pub(super) fn waiting_floor_editor(
        &self,
        id: MeetingId,
        speaker: Speaker,
    ) -> Option<Box<Editor>> {
        let (stance, text) = self.opinion_draft(id);
        let typed = stance.is_some() || !text.trim().is_empty();
        typed.then(|| self.new_editor(EditorTarget::Floor, speaker, stance, &text))
    }

    pub(super) fn edit_selected_opinion(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(opinion) = live.selected_opinion() else {
            return self.info(self.strings.nothing_selected);
        };
        let target = EditorTarget::Correction {
            item_no: opinion.item_no,
            turn_no: opinion.turn_no,
        };
        let (speaker, stance, text) = (
            opinion.speaker.clone(),
            Some(opinion.stance),
            opinion.text.clone(),
        );
        self.open_editor(target, speaker, stance, &text);
    }

    pub(super) fn update_editor(&mut self, mut editor: Box<Editor>, action: Action) {
        let mut changed = false;
        match action {
            Action::Edit(key) => changed = self.typing.input(&mut editor.text, key),
            Action::Paste(pasted) => {
                changed = editor
                    .text
                    .insert_str(text::clean(&pasted, text::Lines::Multi));
            }
            Action::SetStance(stance) => {
                changed = editor.stance != Some(stance);
                editor.stance = Some(stance);
            }
            Action::CycleStance => {
                // From no stance, the first one: Tab always lands on a stance.
                editor.stance = Some(editor.stance.map_or(Stance::ALL[0], Stance::next));
                changed = true;
            }
            Action::Undo => changed = editor.text.undo(),
            Action::Save => return self.save_opinion(editor),
            Action::Cancel => match editor.target {
                // Closing keeps what was typed: the floor's opinion waits for `o`.
                EditorTarget::Floor => {
                    if let Some(live) = self.live.as_mut() {
                        live.floor_editor = Some(editor);
                    }
                    return;
                }
                EditorTarget::Correction { .. } if self.correction_is_changed(&editor) => {
                    self.popups.push(Popup::Editor(editor));
                    return self.ask(
                        self.strings.confirm_discard_form.to_owned(),
                        Pending::Discard,
                    );
                }
                EditorTarget::Correction { .. } => return,
            },
            _ => {}
        }
        if changed && editor.target == EditorTarget::Floor {
            self.draft_pending = true;
        }
        self.popups.push(Popup::Editor(editor));
    }

    /// Whether a correction differs from the opinion as saved: what closing it would throw
    /// away. It may have come back from its reason form, so the saved opinion is the measure,
    /// not what the editor opened with.
    fn correction_is_changed(&self, editor: &Editor) -> bool {
        let EditorTarget::Correction { item_no, turn_no } = editor.target else {
            return false;
        };
        let saved = self.live.as_ref().and_then(|live| {
            live.opinions
                .iter()
                .find(|o| o.item_no == item_no && o.turn_no == turn_no)
        });
        saved.is_none_or(|opinion| {
            Some(opinion.stance) != editor.stance
                || opinion.text != text::clean_multiline(&editor.raw_text())
        })
    }

    fn save_opinion(&mut self, editor: Box<Editor>) {
        let s = self.strings;
        let text = text::clean_multiline(&editor.raw_text());
        if text.is_empty() {
            self.info(s.opinion_empty);
            self.popups.push(Popup::Editor(editor));
            return;
        }
        let Some(stance) = editor.stance else {
            let (set_keys, cycle_key) = keymap::stance_keys();
            self.error((s.err_stance_missing)(&set_keys, &cycle_key));
            self.popups.push(Popup::Editor(editor));
            return;
        };
        let Some(live) = self.live.as_mut() else {
            return;
        };
        match editor.target {
            EditorTarget::Floor => {
                match self
                    .store
                    .save_opinion_from_floor(live.id, stance, &text, self.clock.now())
                {
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
                let speaker = editor.speaker;
                let form = Form::new(
                    (s.opinion_correct_title)(turn_no),
                    OpinionCorrectionField::ALL,
                    |field| match field {
                        OpinionCorrectionField::SpeakerName => Field::text(s.field_speaker_name)
                            .with_text(&speaker.name)
                            .required(),
                        OpinionCorrectionField::SpeakerAddress => {
                            Field::text(s.field_speaker_address).with_text(&speaker.address)
                        }
                        OpinionCorrectionField::Item => {
                            Field::count(s.field_opinion_item, Some(item_no))
                        }
                        OpinionCorrectionField::Reason => Field::text(s.field_reason).required(),
                    },
                )
                // Most corrections change only the stance or the text: the reason is all that
                // is left to type, and ↑ reaches the speaker and the item.
                .focus_on(OpinionCorrectionField::Reason);
                let kind = FormKind::OpinionCorrection {
                    item_no,
                    turn_no,
                    speaker,
                    stance,
                    text,
                };
                self.open_form(kind, form);
            }
        }
    }

    /// Saves the correction of an opinion once its speaker, item and reason are given.
    pub(super) fn submit_opinion_correction(
        &mut self,
        item_no: u32,
        turn_no: u32,
        stance: Stance,
        text: &str,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let speaker = Speaker {
            name: form.required_text(OpinionCorrectionField::SpeakerName, s)?,
            address: form.text(OpinionCorrectionField::SpeakerAddress),
        };
        let corrected = OpinionCorrection {
            item_no: form.count(OpinionCorrectionField::Item, s)?,
            speaker,
            stance,
            text: text.to_owned(),
        };
        let reason = required_reason(form, OpinionCorrectionField::Reason, s)?;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        self.store
            .correct_opinion(
                live.id,
                item_no,
                turn_no,
                &corrected,
                self.clock.now(),
                &reason,
            )
            .map_err(|e| messages::store_error(s, &e))?;
        self.info(s.saved_correction);
        self.reload_item();
        Ok(())
    }
}
