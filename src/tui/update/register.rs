//! The register in the app (SPEC §9): read from a file, a household added, corrected (with
//! its reason, in the audit log) or taken out as moved away.

use std::path::Path;

use crate::domain::Household;
use crate::i18n::Strings;
use crate::messages;
use crate::records;

use crate::tui::app::{App, FormKind};
use crate::tui::form::fields::{HouseholdField, ReasonField, RegisterFileField};
use crate::tui::form::{Field, Form};

use super::record::folder_path;
use super::required_reason;

impl App {
    pub(super) fn ask_register_file(&mut self) {
        let r = self.strings.register;
        let form = Form::new(r.register_file_title, RegisterFileField::ALL, |_| {
            Field::text(r.field_register_file).required()
        });
        self.open_form(FormKind::RegisterFile, form);
    }

    /// Reads the file typed and makes its households the register of the meeting; what was
    /// left out of the file is said after the count.
    pub(super) fn submit_register_file(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        let typed = form.required_text(RegisterFileField::Path, s)?;
        let path = folder_path(&typed, &self.start_dir);
        let (households, warnings) = read_register_file(&path, s)?;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        self.store
            .set_register(live.id, &households)
            .map_err(|e| messages::store_error(s, &e))?;
        self.reload_register();
        let mut said = (s.register.register_saved)(households.len());
        for warning in warnings {
            said.push(' ');
            said.push_str(&warning);
        }
        self.info(said);
        Ok(())
    }

    pub(super) fn add_household(&mut self) {
        let last = self
            .live
            .as_ref()
            .and_then(|live| live.door.households.last())
            .map(|h| h.household_no.as_str());
        let form = match last.and_then(next_number) {
            Some(next) => {
                let numbered = Household {
                    household_no: next,
                    address: String::new(),
                    head_name: String::new(),
                    members: None,
                    phone: String::new(),
                    note: String::new(),
                };
                household_form(self.strings, HouseholdField::NEW, Some(&numbered))
                    .focus_on(HouseholdField::Address)
            }
            None => household_form(self.strings, HouseholdField::NEW, None),
        };
        self.open_form(FormKind::Household { correcting: None }, form);
    }

    pub(super) fn correct_selected_household(&mut self) {
        let Some(household) = self
            .live
            .as_ref()
            .and_then(|live| live.door.selected_household())
            .cloned()
        else {
            return self.nothing_to_act_on();
        };
        let form = household_form(self.strings, HouseholdField::CORRECTION, Some(&household))
            .focus_on(HouseholdField::Address);
        self.open_form(
            FormKind::Household {
                correcting: Some(household.household_no),
            },
            form,
        );
    }

    pub(super) fn submit_household(
        &mut self,
        correcting: Option<&str>,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let r = s.register;
        let members = form.text(HouseholdField::Members);
        let members = if members.is_empty() {
            None
        } else {
            match members.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    form.focus_field(HouseholdField::Members);
                    return Err(r.err_members_not_number.to_owned());
                }
            }
        };
        let household = Household {
            household_no: form.required_text(HouseholdField::Number, s)?,
            address: form.required_text(HouseholdField::Address, s)?,
            head_name: form.text(HouseholdField::Head),
            members,
            phone: form.text(HouseholdField::Phone),
            note: form.text(HouseholdField::Note),
        };
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let said = match correcting {
            None => {
                self.store
                    .add_household(live.id, &household)
                    .map_err(|e| messages::store_error(s, &e))?;
                (r.household_added)(&household.household_no)
            }
            Some(household_no) => {
                let reason = required_reason(form, HouseholdField::Reason, s)?;
                self.store
                    .correct_household(live.id, household_no, &household, self.clock.now(), &reason)
                    .map_err(|e| messages::store_error(s, &e))?;
                (r.household_corrected)(household_no)
            }
        };
        self.reload_register();
        self.info(said);
        Ok(())
    }

    pub(super) fn ask_moved_away(&mut self) {
        let Some(household_no) = self
            .live
            .as_ref()
            .and_then(|live| live.door.selected_household())
            .map(|h| h.household_no.clone())
        else {
            return self.nothing_to_act_on();
        };
        let r = self.strings.register;
        let form = Form::new(
            (r.moved_away_title)(&household_no),
            ReasonField::ALL,
            |_| Field::text(r.field_moved_away_reason).required(),
        );
        self.open_form(FormKind::MovedAway { household_no }, form);
    }

    pub(super) fn submit_moved_away(
        &mut self,
        household_no: &str,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let reason = required_reason(form, ReasonField::Reason, s)?;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        self.store
            .mark_moved_away(live.id, household_no, self.clock.now(), &reason)
            .map_err(|e| messages::store_error(s, &e))?;
        self.reload_register();
        self.info((s.register.household_moved_away)(household_no));
        Ok(())
    }
}

/// The number after `last` in the register's own way of numbering: "27-014" → "27-015",
/// "9" → "10"; none for a number that does not end in digits.
fn next_number(last: &str) -> Option<String> {
    let digits = last.len() - last.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, number) = last.split_at(last.len() - digits);
    let next = number.parse::<u64>().ok()?.checked_add(1)?;
    Some(format!("{prefix}{next:0digits$}"))
}

/// The form of a household, filled with `household` (for its correction when `names` asks
/// why).
fn household_form(
    s: &'static Strings,
    names: &'static [HouseholdField],
    household: Option<&Household>,
) -> Form {
    let r = s.register;
    let title = match household {
        Some(h) if names.contains(&HouseholdField::Reason) => {
            (r.correct_household_title)(&h.household_no)
        }
        _ => r.household_form_title.to_owned(),
    };
    let value = |text: fn(&Household) -> String| household.map(text).unwrap_or_default();
    Form::new(title, names, |field| match field {
        HouseholdField::Number => Field::text(r.field_household_no)
            .with_text(&value(|h| h.household_no.clone()))
            .required(),
        HouseholdField::Address => Field::text(r.field_address)
            .with_text(&value(|h| h.address.clone()))
            .required(),
        HouseholdField::Head => {
            Field::text(r.field_head_name).with_text(&value(|h| h.head_name.clone()))
        }
        HouseholdField::Members => Field::text(r.field_members).with_text(&value(|h| {
            h.members.map(|n| n.to_string()).unwrap_or_default()
        })),
        HouseholdField::Phone => Field::text(r.field_phone).with_text(&value(|h| h.phone.clone())),
        HouseholdField::Note => Field::text(r.field_note).with_text(&value(|h| h.note.clone())),
        HouseholdField::Reason => Field::text(s.field_reason).required(),
    })
}

/// The households of a group's register file ([`records::read_register`]: English or
/// Vietnamese headings, ';' or ',', UTF-8 or Windows-1258) and what the reader left out or
/// filled in, said in the user's language; or why the file cannot be read, as a sentence.
pub fn read_register_file(
    path: &Path,
    s: &Strings,
) -> Result<(Vec<Household>, Vec<String>), String> {
    let bytes = std::fs::read(path)
        .map_err(|cause| (s.cli_register_unreadable)(path, &messages::io_cause(s, &cause)))?;
    let register =
        records::read_register(&bytes).map_err(|e| messages::register_error(s, path, &e))?;
    let warnings = register
        .warnings
        .iter()
        .map(|warning| messages::register_warning(s, warning))
        .collect();
    Ok((register.households, warnings))
}

#[cfg(test)]
mod tests {
    use super::next_number;

    #[test]
    fn the_next_number_follows_the_registers_own() {
        assert_eq!(next_number("27-014").as_deref(), Some("27-015"));
        assert_eq!(next_number("27-099").as_deref(), Some("27-100"));
        assert_eq!(next_number("9").as_deref(), Some("10"));
        assert_eq!(next_number("H5"), Some("H6".to_owned()));
        assert_eq!(next_number("K19/4A"), None);
        assert_eq!(next_number(""), None);
    }
}
