//! The meetings list: opening a meeting, creating one, loading the sample.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};

use crate::domain::{Meeting, MeetingId, MeetingStatus, SpeakingLimit};
use crate::messages;
use crate::store::StoreError;

use super::speakers::speaking_limit_value;
use crate::tui::app::{App, FormKind, Live, Pane, Screen};
use crate::tui::form::fields::MeetingField;
use crate::tui::form::{Field, Form};

impl App {
    pub(super) fn reload_meetings(&mut self) {
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

    pub(super) fn new_meeting(&mut self) {
        self.open_form(FormKind::Meeting, self.meeting_form());
    }

    pub(super) fn load_sample(&mut self) {
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
            corrected_opinions: HashSet::new(),
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

    /// Back to the meetings list, which may have changed meanwhile.
    pub(super) fn leave_meeting(&mut self) {
        self.live = None;
        self.screen = Screen::Meetings;
        self.reload_meetings();
    }

    pub(super) fn meeting_form(&self) -> Form {
        let s = self.strings;
        let now = self.clock.now().format("%Y-%m-%d %H:%M").to_string();
        let limit = SpeakingLimit::DEFAULT.minutes_rounded_up();
        Form::new(
            s.meeting_form_title,
            MeetingField::ALL,
            |field| match field {
                MeetingField::Title => Field::text(s.field_title).required(),
                MeetingField::Ward => Field::text(s.field_ward),
                MeetingField::ResidentialGroup => Field::text(s.field_group),
                MeetingField::Location => Field::text(s.field_location),
                MeetingField::StartedAt => {
                    Field::text(s.field_started_at).with_text(&now).required()
                }
                MeetingField::Chair => Field::text(s.field_chair),
                MeetingField::ChairTitle => Field::text(s.field_chair_title),
                MeetingField::Secretary => Field::text(s.field_secretary),
                MeetingField::HouseholdsTotal => Field::count(s.field_households_total, None),
                MeetingField::HouseholdsPresent => Field::count(s.field_households_present, None),
                MeetingField::SpeakingLimit => Field::count(s.field_speaking_limit, Some(limit)),
            },
        )
    }

    fn meeting_from_form(&self, form: &mut Form) -> Result<Meeting, String> {
        let s = self.strings;
        let title = form.required_text(MeetingField::Title, s)?;
        let started_text = form.required_text(MeetingField::StartedAt, s)?;
        let started_at = parse_local_time(&started_text, self.clock.now()).ok_or_else(|| {
            form.focus_field(MeetingField::StartedAt);
            s.err_bad_time.to_owned()
        })?;
        let households_total = form.count(MeetingField::HouseholdsTotal, s)?;
        let households_present = form.count(MeetingField::HouseholdsPresent, s)?;
        if households_present > households_total {
            form.focus_field(MeetingField::HouseholdsPresent);
            return Err((s.err_present_exceeds_total)(
                households_present,
                households_total,
            ));
        }
        Ok(Meeting {
            title,
            ward: form.text(MeetingField::Ward),
            residential_group: form.text(MeetingField::ResidentialGroup),
            location: form.text(MeetingField::Location),
            started_at,
            ended_at: None,
            chair: form.text(MeetingField::Chair),
            chair_title: form.text(MeetingField::ChairTitle),
            secretary: form.text(MeetingField::Secretary),
            households_total,
            households_present,
            status: MeetingStatus::Open,
        })
    }

    pub(super) fn submit_meeting(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let meeting = self.meeting_from_form(form)?;
        let limit = speaking_limit_value(form, MeetingField::SpeakingLimit, s)?;
        let id = self
            .store
            .create_meeting_with_limit(&meeting, limit)
            .map_err(|e| messages::store_error(s, &e))?;
        self.open_meeting(id);
        self.info(s.saved_meeting);
        Ok(())
    }
}

/// Reads "2022-06-12 08:30" in the offset of `now`; a full RFC 3339 time is accepted too.
pub fn parse_local_time(text: &str, now: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    if let Ok(time) = crate::domain::parse_time(text) {
        return Some(time);
    }
    let naive = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M").ok()?;
    now.offset().from_local_datetime(&naive).single()
}
