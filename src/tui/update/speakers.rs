//! Speakers and the floor: the queue (and correcting who is in it), giving the floor, taking it
//! back, and how long a turn may last.

use crate::domain::{Speaker, SpeakingLimit};
use crate::i18n::Strings;
use crate::messages;

use super::required_reason;
use crate::tui::app::{App, Door, FormKind, Pane, Pending};
use crate::tui::form::fields::{SpeakerField, SpeakingLimitField};
use crate::tui::form::{Field, FieldName, Form};

impl App {
    /// Reloads the queue and the floor after they changed.
    pub(super) fn reload_speakers(&mut self) {
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

    /// Fills in the name and address of the person picked among those offered.
    pub(super) fn fill_in_picked(&self, kind: &FormKind, form: &mut Form) {
        if !matches!(kind, FormKind::Speaker { .. }) {
            return;
        }
        let Some(person) = form.take_picked() else {
            return;
        };
        form.set_text(SpeakerField::Name, &person.name);
        form.set_text(SpeakerField::Address, &person.address);
        // Enter again adds them; the address can still be corrected first.
        form.focus_field(SpeakerField::Address);
    }

    /// The people offered while a speaker's name is typed: those in the queue and on the
    /// floor, then everyone heard in the meeting, the most recent first.
    fn known_speakers(&self) -> Vec<Speaker> {
        let Some(live) = self.live.as_ref() else {
            return Vec::new();
        };
        let waiting = live.floor.iter().map(|f| f.speaker.clone());
        let queued = live.queue.iter().rev().map(|q| q.speaker.clone());
        // Without the earlier speakers the form still works: only fewer names are offered.
        let heard = self.store.speakers_heard(live.id).unwrap_or_default();
        waiting.chain(queued).chain(heard).collect()
    }

    pub(super) fn add_speaker(&mut self) {
        self.open_form(FormKind::Speaker { then_floor: false }, self.speaker_form());
    }

    pub(super) fn next_speaker(&mut self) {
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

    pub(super) fn give_floor(&mut self, queue_id: i64) {
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

    /// Asks before taking the selected resident off the queue.
    pub(super) fn ask_remove_queued(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
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

    pub(super) fn remove_queued(&mut self, queue_id: i64) {
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

    /// Asks before ending the turn of whoever has the floor without saving their opinion.
    pub(super) fn ask_return_floor(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        match &live.floor {
            Some(floor) => {
                let question = (self.strings.confirm_return_floor)(&floor.speaker.name);
                self.ask(question, Pending::ReturnFloor);
            }
            None => self.info(self.strings.no_floor),
        }
    }

    /// Puts whoever has the floor back at the head of the queue.
    pub(super) fn return_floor(&mut self) {
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
                self.forget_opinion_draft(id);
                self.info((self.strings.returned_floor)(&name));
                self.reload_speakers();
            }
            Err(err) => self.store_error(&err),
        }
    }

    fn speaker_form(&self) -> Form {
        let s = self.strings;
        let empty_door = Door::default();
        let door = self.live.as_ref().map_or(&empty_door, |live| &live.door);
        let empty = Speaker::default();
        Form::new(s.speaker_form_title, SpeakerField::ALL, |field| {
            speaker_field(s, field, &empty)
        })
        .suggesting_from(SpeakerField::Name, self.known_speakers())
        .suggesting_households(&door.households, door.index.clone())
    }

    /// The name and address typed in a speaker's form.
    fn speaker_from_form(&self, form: &mut Form) -> Result<Speaker, String> {
        Ok(Speaker {
            name: form.required_text(SpeakerField::Name, self.strings)?,
            address: form.text(SpeakerField::Address),
        })
    }

    /// Opens the correction of the name and address of the speaker selected in the queue.
    pub(super) fn correct_selected_queued(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(queued) = live.queue.get(live.queue_selected) else {
            return self.info(self.strings.nothing_selected);
        };
        let s = self.strings;
        let form = Form::new(
            (s.queued_correct_title)(&queued.speaker.name),
            SpeakerField::CORRECTION,
            |field| speaker_field(s, field, &queued.speaker),
        );
        let queue_id = queued.queue_id;
        self.open_form(FormKind::CorrectQueued { queue_id }, form);
    }

    pub(super) fn submit_queued_correction(
        &mut self,
        queue_id: i64,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let speaker = self.speaker_from_form(form)?;
        let reason = required_reason(form, SpeakerField::Reason, s)?;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        self.store
            .correct_queued_speaker(live.id, queue_id, &speaker, self.clock.now(), &reason)
            .map_err(|e| messages::store_error(s, &e))?;
        self.info(s.saved_correction);
        self.reload_speakers();
        Ok(())
    }

    pub(super) fn submit_speaker(
        &mut self,
        then_floor: bool,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let speaker = self.speaker_from_form(form)?;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let queued = self
            .store
            .enqueue(live.id, &speaker, self.clock.now())
            .map_err(|e| messages::store_error(s, &e))?;
        self.info((s.saved_queued)(&speaker.name));
        self.reload_speakers();
        if then_floor {
            self.give_floor(queued.queue_id);
        }
        Ok(())
    }

    pub(super) fn edit_speaking_limit(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let form = self.speaking_limit_form(live.speaking_limit);
        self.open_form(FormKind::SpeakingLimit, form);
    }

    fn speaking_limit_form(&self, limit: SpeakingLimit) -> Form {
        let s = self.strings;
        let minutes = limit.minutes_rounded_up();
        Form::new(
            s.speaking_limit_form_title,
            SpeakingLimitField::ALL,
            |SpeakingLimitField::Minutes| Field::count(s.field_speaking_limit, Some(minutes)),
        )
    }

    pub(super) fn submit_speaking_limit(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let limit = speaking_limit_value(form, SpeakingLimitField::Minutes, s)?;
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
        Ok(())
    }
}

/// A field of a speaker's form, filled with `speaker`.
fn speaker_field(s: &Strings, field: SpeakerField, speaker: &Speaker) -> Field {
    match field {
        SpeakerField::Name => Field::text(s.field_speaker_name)
            .with_text(&speaker.name)
            .required(),
        SpeakerField::Address => Field::text(s.field_speaker_address).with_text(&speaker.address),
        SpeakerField::Reason => Field::text(s.field_reason).required(),
    }
}

/// The minutes typed in the count field `field` as a speaking-time limit, or an error naming
/// the field (and focusing it).
pub(super) fn speaking_limit_value(
    form: &mut Form,
    field: impl FieldName,
    s: &Strings,
) -> Result<SpeakingLimit, String> {
    let minutes = form.count(field, s)?;
    SpeakingLimit::from_minutes(minutes).ok_or_else(|| {
        form.focus_field(field);
        (s.err_speaking_limit_too_long)(form.label(field))
    })
}
