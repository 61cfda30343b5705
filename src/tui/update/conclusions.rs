//! The chair's conclusion on the selected item: written, rewritten or cleared in a form.

use crate::messages;

use crate::tui::app::{App, FormKind};
use crate::tui::form::fields::ConclusionField;
use crate::tui::form::{Field, Form};

impl App {
    pub(super) fn write_conclusion(&mut self) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|item| item.item_no) else {
            return self.info(s.nothing_selected);
        };
        let written = live
            .selected_conclusion()
            .map(|c| c.text.clone())
            .unwrap_or_default();
        let form = Form::new(
            (s.conclusion_form_title)(item_no),
            ConclusionField::ALL,
            |_| Field::multiline(s.field_conclusion).with_text(&written),
        );
        self.open_form(FormKind::Conclusion { item_no }, form);
    }

    /// Saves the conclusion as typed; an empty one clears it, so that the minutes leave its
    /// line to fill in by hand.
    pub(super) fn submit_conclusion(
        &mut self,
        item_no: u32,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let text = form.text(ConclusionField::Text);
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let had_one = live.conclusions.iter().any(|c| c.item_no == item_no);
        self.store
            .set_conclusion(live.id, item_no, &text)
            .map_err(|e| messages::store_error(s, &e))?;
        self.reload_conclusions();
        if !text.is_empty() {
            self.info((s.saved_conclusion)(item_no));
        } else if had_one {
            self.info((s.cleared_conclusion)(item_no));
        }
        Ok(())
    }

    /// Reads the conclusions again after a write (or on opening the meeting).
    pub(super) fn reload_conclusions(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        match self.store.conclusions(live.id) {
            Ok(conclusions) => live.conclusions = conclusions,
            Err(err) => self.store_error(&err),
        }
    }
}
