//! What becomes of the record: exporting it, closing the meeting, the history of corrections.

use crate::documents::render_minutes;
use crate::export::{ExportOptions, write_export};
use crate::messages;

use crate::tui::app::{App, Pending, Popup};

impl App {
    pub(super) fn export(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let id = live.id;
        let (record, fingerprint) = match self.store.checked_record(id) {
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

    /// Asks before closing the meeting, saying who is still waiting to speak.
    pub(super) fn ask_close_meeting(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let mut question = self.strings.confirm_close.to_owned();
        let waiting = live.queue.len() + usize::from(live.floor.is_some());
        if waiting > 0 {
            question.push(' ');
            question.push_str(&(self.strings.confirm_close_waiting)(waiting));
        }
        self.ask(question, Pending::CloseMeeting);
    }

    pub(super) fn close_meeting(&mut self) {
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

    /// Shows the corrections of the selected item and of what belongs to no item (the
    /// meeting's details, the queue): what it was before, when, and why.
    pub(super) fn show_history(&mut self) {
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
                    .filter(|e| e.item_no.is_none_or(|no| no == item_no))
                    .collect();
                self.popups.push(Popup::History(entries));
            }
            Err(err) => self.store_error(&err),
        }
    }
}
