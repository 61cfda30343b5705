//! The guests and officials present: their list, adding one, correcting one, removing one.

use crate::messages;

use crate::tui::action::Action;
use crate::tui::app::{App, FormKind, Pending, Popup};
use crate::tui::form::fields::GuestField;
use crate::tui::form::{Field, Form};
use crate::tui::selection::step;

impl App {
    /// Handles an action for the list of guests; keeps it open by pushing it back.
    pub(super) fn update_guests(&mut self, selected: usize, action: Action) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let count = live.guests.len();
        let selected = selected.min(count.saturating_sub(1));
        let changes = matches!(
            action,
            Action::AddGuest | Action::CorrectGuest | Action::RemoveGuest
        );
        if changes && live.is_closed() {
            self.info(self.strings.meeting_closed);
            return self.popups.push(Popup::Guests { selected });
        }
        let guest = live.guests.get(selected).cloned();
        let selected = match action {
            Action::Cancel => return,
            Action::Up | Action::Down => step(selected, count, action == Action::Down),
            _ => selected,
        };
        self.popups.push(Popup::Guests { selected });
        match (action, guest) {
            (Action::AddGuest, _) => {
                let form = self.guest_form(self.strings.guest_form_title, "", "");
                self.open_form(FormKind::Guest { correcting: None }, form);
            }
            (Action::CorrectGuest, Some(guest)) => {
                let form =
                    self.guest_form(self.strings.guest_correct_title, &guest.name, &guest.role);
                let kind = FormKind::Guest {
                    correcting: Some(guest.guest_no),
                };
                self.open_form(kind, form);
            }
            (Action::RemoveGuest, Some(guest)) => self.ask(
                (self.strings.confirm_remove_guest)(&guest.name),
                Pending::RemoveGuest(guest.guest_no),
            ),
            _ => {}
        }
    }

    fn guest_form(&self, title: &str, name: &str, role: &str) -> Form {
        let s = self.strings;
        Form::new(title, GuestField::ALL, |field| match field {
            GuestField::Name => Field::text(s.field_guest_name).with_text(name).required(),
            GuestField::Role => Field::text(s.field_guest_role).with_text(role),
        })
    }

    pub(super) fn submit_guest(
        &mut self,
        correcting: Option<u32>,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let name = form.required_text(GuestField::Name, s)?;
        let role = form.text(GuestField::Role);
        let id = self.live.as_ref().ok_or(s.nothing_selected)?.id;
        let saved = match correcting {
            None => self.store.add_guest(id, &name, &role),
            Some(guest_no) => self.store.correct_guest(id, guest_no, &name, &role),
        }
        .map_err(|e| messages::store_error(s, &e))?;
        self.reload_guests();
        let position = self.live.as_ref().and_then(|live| {
            live.guests
                .iter()
                .position(|g| g.guest_no == saved.guest_no)
        });
        // The list under the form shows the guest just saved.
        if let (Some(position), Some(Popup::Guests { selected })) =
            (position, self.popups.last_mut())
        {
            *selected = position;
        }
        self.info(match correcting {
            None => (s.saved_guest)(&saved.name),
            Some(_) => (s.corrected_guest)(&saved.name),
        });
        Ok(())
    }

    pub(super) fn remove_guest(&mut self, guest_no: u32) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let name = live
            .guests
            .iter()
            .find(|g| g.guest_no == guest_no)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        match self.store.remove_guest(live.id, guest_no) {
            Ok(()) => {
                self.reload_guests();
                self.info((self.strings.removed_guest)(&name));
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Reads the guests again after a write (or on opening the meeting).
    pub(super) fn reload_guests(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        match self.store.guests(live.id) {
            Ok(guests) => live.guests = guests,
            Err(err) => self.store_error(&err),
        }
    }
}
