//! What becomes of the record: exporting it, closing the meeting, the history of corrections.

use std::path::{Path, PathBuf};

use crate::documents::{MinutesTitle, render_minutes_titled, render_word};
use crate::export::{ExportOptions, write_export};
use crate::messages;

use crate::store::Setting;
use crate::tui::app::{App, FormKind, Pending, Popup};
use crate::tui::form::fields::ExportFolderField;
use crate::tui::form::{Field, Form};

impl App {
    /// Asks where to export, offering the folder used last (else the one the app was started
    /// with).
    pub(super) fn ask_export_folder(&mut self) {
        if self.live.is_none() {
            return;
        }
        let s = self.strings;
        let last = self.store.setting(Setting::ExportFolder).ok().flatten();
        let folder = last.unwrap_or_else(|| self.export_root.display().to_string());
        let titles = MinutesTitle::ALL
            .map(|title| title.words(s.minutes))
            .to_vec();
        let minutes = MinutesTitle::ALL
            .iter()
            .position(|title| *title == MinutesTitle::default())
            .unwrap_or(0);
        let mut form = Form::new(
            s.export_form_title,
            ExportFolderField::ALL,
            |field| match field {
                ExportFolderField::Folder => Field::text(s.field_export_folder)
                    .required()
                    .with_text(&folder),
                ExportFolderField::Title => {
                    Field::choice(s.field_minutes_title, titles.clone(), minutes)
                }
            },
        );
        // The folder is what is typed; the title (BIÊN BẢN unless the chair says otherwise) is
        // above it.
        form.focus_field(ExportFolderField::Folder);
        self.open_form(FormKind::ExportFolder, form);
    }

    /// Writes the files into `<folder>/meeting-<id>` and says where. A folder that cannot be
    /// written keeps the form open with the reason, to type another; a record that cannot be
    /// exported (changed after closing) closes it, as no folder would help.
    pub(super) fn submit_export_folder(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let typed = form.required_text(ExportFolderField::Folder, s)?;
        let Some(id) = self.live.as_ref().map(|live| live.id) else {
            return Ok(());
        };
        let folder = folder_path(&typed, &self.start_dir);
        let (record, fingerprint) = match self.store.checked_record(id) {
            Ok(found) => found,
            Err(err) => {
                self.store_error(&err);
                return Ok(());
            }
        };
        let title = MinutesTitle::ALL
            .get(form.choice(ExportFolderField::Title))
            .copied()
            .unwrap_or_default();
        let minutes = render_minutes_titled(&record, s, fingerprint.as_ref(), title);
        let word = render_word(&record, s, fingerprint.as_ref(), title);
        let mut documents = minutes.files().to_vec();
        documents.extend(word.files());
        let dir = folder.join(format!("meeting-{id}"));
        let options = ExportOptions { bom: true };
        write_export(&record, id, options, &documents, &dir)
            .map_err(|err| messages::export_error(s, &err))?;
        // Offered next time as it was typed. Not kept (a full disk), the export is done all
        // the same.
        let _ = self.store.set_setting(Setting::ExportFolder, &typed);
        self.info((s.exported_with_minutes)(&dir));
        Ok(())
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

/// The folder a secretary typed, made whole: `~` is their home folder, and a folder typed
/// without its full path is taken from `start`, the folder the app started in, so that the
/// message names where the files are.
pub(super) fn folder_path(typed: &str, start: &Path) -> PathBuf {
    let home = || dirs::home_dir().unwrap_or_default();
    let path = match typed.strip_prefix('~') {
        Some("") => home(),
        Some(rest) if rest.starts_with(['/', std::path::MAIN_SEPARATOR]) => home().join(&rest[1..]),
        _ => PathBuf::from(typed),
    };
    start.join(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_folder_is_made_whole() {
        let home = dirs::home_dir().unwrap();
        let start = Path::new("/srv/phuong");
        assert_eq!(folder_path("~", start), home);
        assert_eq!(folder_path("~/xuat", start), home.join("xuat"));
        assert_eq!(folder_path("xuat", start), start.join("xuat"));
        assert_eq!(folder_path("/tmp/xuat", start), PathBuf::from("/tmp/xuat"));
    }
}
