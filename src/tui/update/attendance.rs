//! Attendance: the households present, changed by one or typed, always on screen.

use crate::messages;
use crate::store::StoreError;

use crate::tui::app::{App, FormKind};
use crate::tui::form::fields::PresentField;
use crate::tui::form::{Field, Form};

impl App {
    /// One household more or fewer, within the households of the group.
    pub(super) fn step_present(&mut self, up: bool) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let present = live.meeting.households_present;
        let present = if up {
            present.saturating_add(1).min(live.meeting.households_total)
        } else {
            present.saturating_sub(1)
        };
        self.set_present(present);
    }

    pub(super) fn edit_present(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let s = self.strings;
        // With a register the number is counted from the sign-in list: no form to type it in.
        if live.door.has_register() {
            return self.error(s.register.err_presence_from_register);
        }
        let present = live.meeting.households_present;
        let form = Form::new(
            s.present_form_title,
            PresentField::ALL,
            |PresentField::HouseholdsPresent| {
                Field::count(s.field_households_present, Some(present))
            },
        );
        self.open_form(FormKind::Present, form);
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

    pub(super) fn submit_present(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let present = form.count(PresentField::HouseholdsPresent, s)?;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let total = live.meeting.households_total;
        if present > total {
            return Err((s.err_present_exceeds_total)(present, total));
        }
        // A failed write keeps the form open with the number typed.
        self.write_present(present)
            .map_err(|e| messages::store_error(s, &e))
    }
}
