//! The sign-in at the door (điểm danh, SPEC §10): a household is found by typing any part of
//! its number, address or head's name, and signed in with Enter; its standing, its leaving and
//! a sign-in made by mistake take one key each. Every change is committed before it is said.

use crate::domain::{Attendance, Standing, format_day, text};
use crate::messages::{self, clock_time};
use crate::store::{Representative, StoreError};

use crate::tui::action::{Action, Scroll};
use crate::tui::app::{App, FormKind, Pending, Screen};
use crate::tui::form::fields::RepresentativeField;
use crate::tui::form::{Field, Form};
use crate::tui::selection::step;

impl App {
    /// Opens the sign-in screen, offering the group's latest register to a meeting without one.
    pub(super) fn open_sign_in(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        self.screen = Screen::SignIn;
        live.door.clear_search();
        self.offer_group_register();
    }

    /// Offers a meeting without a register that of the group's latest meeting, once: when the
    /// meeting is created and when its sign-in screen is first opened.
    pub(super) fn offer_group_register(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        if live.door.has_register() || live.door.offered || live.is_closed() {
            return;
        }
        live.door.offered = true;
        let id = live.id;
        let offer = (|| {
            let Some((from, households)) = self.store.latest_register_of_group(id)? else {
                return Ok(None);
            };
            let day = format_day(&self.store.meeting(from)?.started_at);
            Ok::<_, StoreError>(Some((from, households, day)))
        })();
        match offer {
            Ok(Some((from, households, day))) => {
                let question = (self.strings.register.offer_register)(households as usize, &day);
                self.ask(question, Pending::UseRegister(from));
            }
            Ok(None) => {}
            Err(err) => self.store_error(&err),
        }
    }

    /// Reads the register and the sign-in list of the open meeting again, after a write that
    /// changes the register, and the households present and in all with them.
    pub(super) fn reload_register(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let loaded = (|| {
            Ok::<_, StoreError>((
                self.store.households(live.id)?,
                self.store.attendance(live.id)?,
                self.store.meeting(live.id)?,
            ))
        })();
        match loaded {
            Ok((households, attendance, meeting)) => {
                live.door.set_register(households, attendance);
                live.door.select_search();
                live.meeting.households_present = meeting.households_present;
                live.meeting.households_total = meeting.households_total;
            }
            Err(err) => self.store_error(&err),
        }
    }

    pub(super) fn update_sign_in(&mut self, action: Action) {
        let Some(live) = self.live.as_mut() else {
            self.screen = Screen::Meetings;
            return;
        };
        let writes = !matches!(
            action,
            Action::Up
                | Action::Down
                | Action::Scroll(_)
                | Action::Back
                | Action::Edit(_)
                | Action::Paste(_)
        );
        if live.is_closed() && writes {
            return self.info(self.strings.meeting_closed);
        }
        let door = &mut live.door;
        match action {
            Action::Up | Action::Down => {
                door.selected = step(door.selected, door.found.len(), action == Action::Down)
            }
            Action::Scroll(by) => {
                // About a screenful of rows: the list is the window less its header lines.
                let page = usize::from(self.size.height.saturating_sub(9)).max(1);
                let last = door.found.len().saturating_sub(1);
                door.selected = match by {
                    Scroll::PageDown => (door.selected + page).min(last),
                    _ => door.selected.saturating_sub(page),
                };
            }
            Action::Edit(key) if self.typing.input(&mut door.search, key) => {
                door.refresh();
                self.clear_info();
            }
            Action::Paste(text) => {
                // What is pasted replaces what is selected, as what is typed does.
                let replaced = door.search.is_selecting() && door.search.delete_char();
                if door.search.insert_str(text::clean_line(&text)) || replaced {
                    door.refresh();
                }
            }
            Action::Activate | Action::CycleStanding | Action::SignOut | Action::CancelSignIn => {
                match action {
                    Action::Activate => self.sign_in_selected(),
                    Action::CycleStanding => self.cycle_standing(),
                    Action::SignOut => self.sign_out_selected(),
                    _ => self.cancel_selected_sign_in(),
                }
                // Done or refused, what was typed is selected: the next household is typed
                // over it, or another key acts on the same one.
                if let Some(live) = self.live.as_mut() {
                    live.door.select_search();
                }
            }
            Action::AddHousehold => self.add_household(),
            Action::CorrectHousehold => self.correct_selected_household(),
            Action::MovedAway => self.ask_moved_away(),
            Action::ImportRegister => self.ask_register_file(),
            Action::Back => {
                self.screen = Screen::Live;
                self.clear_info();
            }
            _ => {}
        }
    }

    /// The household selected and whether it is present now.
    fn selected_household_no(&self) -> Option<(String, Option<Attendance>)> {
        let door = &self.live.as_ref()?.door;
        let household = door.selected_household()?;
        let attendance = door.attendance_of(&household.household_no).cloned();
        Some((household.household_no.clone(), attendance))
    }

    /// Says why nothing can be done on the selected row: no register, or nothing found.
    pub(super) fn nothing_to_act_on(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let r = self.strings.register;
        if live.door.has_register() {
            let typed = live.door.typed();
            self.info((r.nothing_found)(typed.trim()));
        } else {
            self.info(r.no_register);
        }
    }

    /// Enter: the selected household signs in with its head; the search line empties for the
    /// next one.
    fn sign_in_selected(&mut self) {
        let Some((household_no, _)) = self.selected_household_no() else {
            return self.nothing_to_act_on();
        };
        let live = self.live.as_mut().expect("a household is selected");
        let at = self.clock.now();
        match self
            .store
            .sign_in(live.id, &household_no, &Representative::default(), at)
        {
            Ok(signed) => {
                let said = (self.strings.register.signed_in)(
                    &household_no,
                    &signed.representative_name,
                    &clock_time(&signed.arrived_at),
                );
                self.signed(signed);
                // The household just signed in stays selected, for Tab if a member or a proxy
                // came for it.
                if let Some(live) = self.live.as_mut() {
                    live.door.clear_search();
                    live.door.select_household(&household_no);
                }
                self.info(said);
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Keeps the attendance the store returned, and the households present with it.
    fn signed(&mut self, attendance: Attendance) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        live.door
            .attendance
            .insert(attendance.household_no.clone(), attendance);
        live.meeting.households_present = live.door.present();
    }

    /// Tab: the next standing of the representative of the selected household present. The
    /// head needs no name; a member or a proxy is asked for.
    fn cycle_standing(&mut self) {
        let Some((household_no, attendance)) = self.selected_household_no() else {
            return self.nothing_to_act_on();
        };
        let r = self.strings.register;
        let Some(attendance) = attendance.filter(Attendance::is_present) else {
            return self.info((r.not_present)(&household_no));
        };
        let standing = attendance.standing.next();
        if standing == Standing::Head {
            let head = Representative::default();
            return self.change_representative(&household_no, &head);
        }
        let names = match standing {
            Standing::Proxy => RepresentativeField::PROXY,
            _ => RepresentativeField::MEMBER,
        };
        // The name typed for a member is offered again when it turns out to be a proxy.
        let name = match attendance.standing {
            Standing::Head => String::new(),
            _ => attendance.representative_name.clone(),
        };
        let title = format!(
            "{} · {}",
            (r.representative_form_title)(&household_no),
            self.strings.register.standing(standing)
        );
        let mut form = Form::new(title, names, |field| match field {
            RepresentativeField::Name => Field::text(r.field_representative)
                .with_text(&name)
                .required(),
            RepresentativeField::ProxyFor => Field::text(r.field_proxy_note)
                .with_text(&attendance.note)
                .required(),
        });
        // The member named a moment ago turns out to hold a proxy: whose is asked next.
        if standing == Standing::Proxy && !name.is_empty() {
            form.focus_field(RepresentativeField::ProxyFor);
        }
        self.open_form(
            FormKind::Representative {
                household_no,
                standing,
            },
            form,
        );
    }

    pub(super) fn submit_representative(
        &mut self,
        household_no: &str,
        standing: Standing,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let name = form.required_text(RepresentativeField::Name, s)?;
        let note = if standing == Standing::Proxy {
            let note = form.text(RepresentativeField::ProxyFor);
            if note.is_empty() {
                form.focus_field(RepresentativeField::ProxyFor);
                return Err(s.register.err_proxy_note_required.to_owned());
            }
            note
        } else {
            String::new()
        };
        let representative = Representative {
            name,
            standing,
            note,
        };
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let changed = self
            .store
            .change_representative(live.id, household_no, &representative)
            .map_err(|e| messages::store_error(s, &e))?;
        self.said_representative(changed);
        Ok(())
    }

    fn change_representative(&mut self, household_no: &str, representative: &Representative) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        match self
            .store
            .change_representative(live.id, household_no, representative)
        {
            Ok(changed) => self.said_representative(changed),
            Err(err) => self.store_error(&err),
        }
    }

    fn said_representative(&mut self, changed: Attendance) {
        let said = (self.strings.register.representative_changed)(
            &changed.household_no,
            &changed.representative_name,
            self.strings.register.standing(changed.standing),
        );
        self.signed(changed);
        self.info(said);
    }

    /// The selected household leaves now.
    fn sign_out_selected(&mut self) {
        let Some((household_no, _)) = self.selected_household_no() else {
            return self.nothing_to_act_on();
        };
        let live = self.live.as_ref().expect("a household is selected");
        match self
            .store
            .sign_out(live.id, &household_no, self.clock.now())
        {
            Ok(left) => {
                let time = left.left_at.as_ref().map(clock_time).unwrap_or_default();
                let said = (self.strings.register.signed_out)(&household_no, &time);
                self.signed(left);
                self.info(said);
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Takes back the sign-in of the selected household (signed in by mistake); the store
    /// refuses once a vote counted it.
    fn cancel_selected_sign_in(&mut self) {
        let Some((household_no, _)) = self.selected_household_no() else {
            return self.nothing_to_act_on();
        };
        let live = self.live.as_mut().expect("a household is selected");
        match self.store.cancel_sign_in(live.id, &household_no) {
            Ok(()) => {
                live.door.attendance.remove(&household_no);
                live.meeting.households_present = live.door.present();
                self.info((self.strings.register.sign_in_cancelled)(&household_no));
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Yes to the register of an earlier meeting of the group.
    pub(super) fn use_register_of(&mut self, from: crate::domain::MeetingId) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let id = live.id;
        let result = self.store.households(from).and_then(|households| {
            self.store
                .set_register(id, &households)
                .map(|()| households)
        });
        match result {
            Ok(households) => {
                self.reload_register();
                self.info((self.strings.register.register_saved)(households.len()));
            }
            Err(err) => self.store_error(&err),
        }
    }
}
