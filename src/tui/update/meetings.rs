//! The meetings list: opening a meeting, creating one, loading the sample; and correcting the
//! details of the open one.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::domain::{
    Meeting, MeetingDetails, MeetingId, MeetingStatus, SpeakingLimit, format_when, parse_when,
};
use crate::i18n::Strings;
use crate::messages;
use crate::store::{Store, StoreError};

use super::required_reason;
use super::speakers::speaking_limit_value;
use crate::tui::app::{App, Door, FormKind, Live, Pane, Popup, Screen};
use crate::tui::form::fields::MeetingField;
use crate::tui::form::{Field, Form};
use crate::tui::window::Window;

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
        // A restored draft may name a group that has a register already.
        self.fit_meeting_form_to_group();
    }

    /// Fits the new meeting's form on top to the ward and group typed in it: with a register
    /// of that group, the households are offered from it (see [`MeetingField::Register`]).
    fn fit_meeting_form_to_group(&mut self) {
        let Some(Popup::Form(FormKind::Meeting, mut form)) = self.popups.pop() else {
            return;
        };
        self.fit_meeting_form(&mut form);
        self.popups.push(Popup::Form(FormKind::Meeting, form));
    }

    /// Fits the new meeting's `form` to the ward and group typed in it, as they are typed.
    pub(super) fn fit_meeting_form(&self, form: &mut Form) {
        if let Err(message) = fit_to_group(&self.store, self.strings, form) {
            form.error = Some(message);
        }
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
        let floor_editor = floor
            .as_ref()
            .and_then(|floor| self.waiting_floor_editor(id, floor.speaker.clone()));
        self.live = Some(Live {
            id,
            meeting,
            agenda,
            item,
            queue,
            floor,
            opinions: Window::default(),
            votes: Vec::new(),
            corrected_opinions: HashSet::new(),
            other_items: HashMap::new(),
            focus: Pane::Queue,
            queue_selected: 0,
            // The latest opinion (reload_item keeps it within the list).
            opinion_selected: usize::MAX,
            floor_editor,
            speaking_limit,
            turns,
            guests: Vec::new(),
            conclusions: Vec::new(),
            pledges: Vec::new(),
            options: Vec::new(),
            option_votes: Vec::new(),
            ballots: Default::default(),
            door: Door::default(),
        });
        self.reload_register();
        self.reload_guests();
        self.reload_conclusions();
        self.reload_pledges();
        self.reload_options();
        self.reload_ballots();
        self.reload_item();
        self.screen = Screen::Live;
        if needs_agenda {
            self.open_form(FormKind::AgendaItem, self.agenda_form());
        }
    }

    /// Back to the meetings list, which may have changed meanwhile. What the meeting's screen
    /// said (an export's folder, a saved vote) is not about the list: it goes.
    pub(super) fn leave_meeting(&mut self) {
        self.live = None;
        self.message = None;
        self.screen = Screen::Meetings;
        self.reload_meetings();
    }

    pub(super) fn meeting_form(&self) -> Form {
        let s = self.strings;
        let now = format_when(&self.clock.now());
        let limit = SpeakingLimit::DEFAULT.minutes_rounded_up();
        Form::new(
            s.meeting_form_title,
            MeetingField::ALL,
            |field| match field {
                MeetingField::StartedAt => {
                    Field::text(s.field_started_at).with_text(&now).required()
                }
                MeetingField::SpeakingLimit => Field::count(s.field_speaking_limit, Some(limit)),
                other => self.meeting_field(other, None),
            },
        )
    }

    /// The form that corrects the details of the open meeting, filled with them.
    pub(super) fn meeting_details_form(&self, meeting: &Meeting) -> Form {
        let s = self.strings;
        let details = meeting.details();
        Form::new(s.meeting_details_title, MeetingField::DETAILS, |field| {
            self.meeting_field(field, Some(&details))
        })
    }

    /// A field of the meeting's form, empty or filled with `details`.
    fn meeting_field(&self, field: MeetingField, details: Option<&MeetingDetails>) -> Field {
        let s = self.strings;
        let text = |label, value: fn(&MeetingDetails) -> &str| {
            Field::text(label).with_text(details.map(value).unwrap_or_default())
        };
        match field {
            MeetingField::Title => text(s.field_title, |d| &d.title).required(),
            MeetingField::Ward => text(s.field_ward, |d| &d.ward),
            MeetingField::ResidentialGroup => text(s.field_group, |d| &d.residential_group),
            MeetingField::Location => text(s.field_location, |d| &d.location),
            MeetingField::StartedAt => {
                let started = details.map(|d| format_when(&d.started_at));
                Field::text(s.field_started_at)
                    .with_text(&started.unwrap_or_default())
                    .required()
            }
            MeetingField::Chair => text(s.field_chair, |d| &d.chair),
            MeetingField::ChairTitle => text(s.field_chair_title, |d| &d.chair_title),
            MeetingField::Secretary => text(s.field_secretary, |d| &d.secretary),
            MeetingField::Register => {
                let r = s.register;
                // The first option names the register's households once a group has one.
                Field::choice(r.field_households_from, vec!["", r.households_typed], 0).hidden()
            }
            MeetingField::HouseholdsTotal => {
                let total = Field::count(
                    s.field_households_total,
                    details.map(|d| d.households_total),
                );
                // A meeting's register gives its number of households (SPEC §9).
                let from_register =
                    details.is_some() && self.live.as_ref().is_some_and(|l| l.door.has_register());
                if from_register {
                    total.given(s.register.from_register)
                } else {
                    total
                }
            }
            MeetingField::HouseholdsPresent => Field::count(s.field_households_present, None),
            MeetingField::SpeakingLimit => Field::count(s.field_speaking_limit, None),
            MeetingField::Reason => Field::text(s.field_reason).required(),
        }
    }

    /// The header and the number of households of a meeting's form: those typed, or
    /// `from_register`.
    fn details_from_form(
        &self,
        form: &mut Form,
        from_register: Option<u32>,
    ) -> Result<MeetingDetails, String> {
        let s = self.strings;
        let title = form.required_text(MeetingField::Title, s)?;
        let started_text = form.required_text(MeetingField::StartedAt, s)?;
        let started_at = parse_when(&started_text, *self.clock.now().offset()).map_err(|err| {
            form.focus_field(MeetingField::StartedAt);
            messages::when_error(s, err)
        })?;
        Ok(MeetingDetails {
            title,
            ward: form.text(MeetingField::Ward),
            residential_group: form.text(MeetingField::ResidentialGroup),
            location: form.text(MeetingField::Location),
            started_at,
            chair: form.text(MeetingField::Chair),
            chair_title: form.text(MeetingField::ChairTitle),
            secretary: form.text(MeetingField::Secretary),
            households_total: match from_register {
                Some(households) => households,
                None => form.count(MeetingField::HouseholdsTotal, s)?,
            },
        })
    }

    /// The new meeting of a form; with the households of a register, none present yet (the
    /// sign-in list counts them).
    fn meeting_from_form(
        &self,
        form: &mut Form,
        from_register: Option<u32>,
    ) -> Result<Meeting, String> {
        let s = self.strings;
        let details = self.details_from_form(form, from_register)?;
        let households_present = match from_register {
            Some(_) => 0,
            None => form.count(MeetingField::HouseholdsPresent, s)?,
        };
        if households_present > details.households_total {
            form.focus_field(MeetingField::HouseholdsPresent);
            return Err((s.err_present_exceeds_total)(
                households_present,
                details.households_total,
            ));
        }
        Ok(Meeting {
            title: details.title,
            ward: details.ward,
            residential_group: details.residential_group,
            location: details.location,
            started_at: details.started_at,
            ended_at: None,
            chair: details.chair,
            chair_title: details.chair_title,
            secretary: details.secretary,
            households_total: details.households_total,
            households_present,
            status: MeetingStatus::Open,
        })
    }

    pub(super) fn edit_meeting_details(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let form = self.meeting_details_form(&live.meeting);
        self.open_form(FormKind::CorrectMeeting, form);
    }

    pub(super) fn submit_meeting_details(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let details = self.details_from_form(form, None)?;
        let reason = required_reason(form, MeetingField::Reason, s)?;
        let live = self.live.as_mut().ok_or(s.nothing_selected)?;
        let present = live.meeting.households_present;
        if present > details.households_total {
            form.focus_field(MeetingField::HouseholdsTotal);
            return Err((s.err_present_exceeds_total)(
                present,
                details.households_total,
            ));
        }
        live.meeting = self
            .store
            .correct_meeting_details(live.id, &details, self.clock.now(), &reason)
            .map_err(|e| {
                if matches!(e, StoreError::TotalFixedByVotes { .. }) {
                    form.focus_field(MeetingField::HouseholdsTotal);
                }
                messages::store_error(s, &e)
            })?;
        self.info(s.saved_correction);
        Ok(())
    }

    /// Creates the meeting of the form and opens it. With the register of its group chosen
    /// in the form, the meeting takes a copy of it; chosen or declined there, it is not
    /// offered again.
    pub(super) fn submit_meeting(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let offered = fit_to_group(&self.store, s, form)?;
        let chosen = offered.filter(|_| form.choice(MeetingField::Register) == USE_REGISTER);
        let meeting = self.meeting_from_form(form, chosen.map(|(_, households)| households))?;
        let limit = speaking_limit_value(form, MeetingField::SpeakingLimit, s)?;
        let id = self
            .store
            .create_meeting_with_limit(&meeting, limit)
            .map_err(|e| messages::store_error(s, &e))?;
        // The meeting exists now: a register that cannot be copied is said on its screen,
        // and offered again at its sign-in.
        let copied = chosen.map(|(from, _)| {
            self.store
                .households(from)
                .and_then(|households| self.store.set_register(id, &households))
        });
        self.open_meeting(id);
        match copied {
            Some(Ok(())) => {
                let households = self.live.as_ref().map_or(0, |l| l.door.households.len());
                self.info((s.register.saved_meeting_with_register)(households));
            }
            Some(Err(err)) => {
                self.store_error(&err);
                return Ok(());
            }
            None => self.info(s.saved_meeting),
        }
        if let Some(live) = self.live.as_mut() {
            live.door.offered |= offered.is_some();
        }
        self.offer_group_register();
        Ok(())
    }
}

/// The first option of [`MeetingField::Register`]: the households are the register's.
const USE_REGISTER: usize = 0;

/// Shows the choice of the register of the ward and group typed in the new meeting's `form`
/// when there is one, with its number of households; the counts are hidden while it is
/// chosen. Returns that register (the meeting it is copied from, its households).
fn fit_to_group(
    store: &Store,
    s: &Strings,
    form: &mut Form,
) -> Result<Option<(MeetingId, u32)>, String> {
    let ward = form.text(MeetingField::Ward);
    let group = form.text(MeetingField::ResidentialGroup);
    // A group is named before its register is looked for.
    let offered = if group.is_empty() {
        None
    } else {
        store
            .latest_register_of(&ward, &group)
            .map_err(|e| messages::store_error(s, &e))?
    };
    let r = s.register;
    if let Some((_, households)) = offered {
        let options = vec![
            Cow::Owned((r.households_from_group_register)(households)),
            Cow::Borrowed(r.households_typed),
        ];
        form.set_options(MeetingField::Register, options);
    }
    let from_register = offered.is_some() && form.choice(MeetingField::Register) == USE_REGISTER;
    form.set_hidden(MeetingField::Register, offered.is_none());
    form.set_hidden(MeetingField::HouseholdsTotal, from_register);
    form.set_hidden(MeetingField::HouseholdsPresent, from_register);
    Ok(offered)
}
