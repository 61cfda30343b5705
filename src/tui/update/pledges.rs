//! Land pledges (SPEC §11): the list of an item's pledges, finding the household by typing,
//! the form of a pledge with its area computed as it is typed, correcting and removing one.

use crossterm::event::KeyCode;

use crate::domain::{Consent, MAX_MEASURE, Measure, MeasureError, Pledge};
use crate::messages;

use super::required_reason;
use crate::tui::action::Action;
use crate::tui::app::{App, FormKind, HouseholdSearch, Popup, SearchFor};
use crate::tui::form::fields::{PledgeField, ReasonField};
use crate::tui::form::{AreaPreview, Field, Form};
use crate::tui::selection::step;

impl App {
    /// Opens the pledges of the selected item, reading the register again (it may have been
    /// imported meanwhile). An item that takes none says so in the message line.
    pub(super) fn show_pledges(&mut self) {
        let s = self.strings;
        let Some(item) = self.live.as_ref().and_then(|l| l.selected_item()) else {
            return self.info(s.no_item_selected);
        };
        if !item.takes_pledges {
            let item_no = item.item_no;
            return self.info((s.register.item_takes_no_pledges)(item_no));
        }
        let item_no = item.item_no;
        self.reload_register();
        self.reload_pledges();
        self.clear_info();
        self.popups.push(Popup::Pledges {
            item_no,
            selected: 0,
        });
    }

    /// Handles an action for the list of an item's pledges; keeps it open by pushing it back.
    pub(super) fn update_pledges(&mut self, item_no: u32, selected: usize, action: Action) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let count = live.pledges_of(item_no).count();
        let selected = selected.min(count.saturating_sub(1));
        let chosen = live
            .pledges_of(item_no)
            .nth(selected)
            .map(|p| p.household_no.clone());
        let changes = matches!(
            action,
            Action::AddPledge | Action::CorrectPledge | Action::RemovePledge
        );
        let no_register = live.door.households.is_empty();
        let selected = match action {
            Action::Cancel => return,
            Action::Up | Action::Down => step(selected, count, action == Action::Down),
            _ => selected,
        };
        self.popups.push(Popup::Pledges { item_no, selected });
        if changes && self.live.as_ref().is_some_and(|l| l.is_closed()) {
            return self.info(s.meeting_closed);
        }
        match (action, chosen) {
            (Action::AddPledge, _) if no_register => {
                let id = self.live.as_ref().map_or(0, |l| l.id);
                self.error((s.register.pledges_need_register)(id));
            }
            (Action::AddPledge, _) => {
                self.clear_info();
                self.popups
                    .push(Popup::FindHousehold(Box::new(HouseholdSearch::new(
                        item_no,
                        SearchFor::Pledge,
                    ))));
            }
            (Action::CorrectPledge, Some(household_no)) => {
                self.open_pledge_form(item_no, &household_no);
            }
            (Action::RemovePledge, Some(household_no)) => {
                let label = self.household_label(&household_no);
                let r = s.register;
                let form = Form::new((r.remove_pledge_title)(&label), ReasonField::ALL, |_| {
                    Field::text(r.field_remove_pledge_reason).required()
                });
                self.open_form(
                    FormKind::RemovePledge {
                        item_no,
                        household_no,
                    },
                    form,
                );
            }
            _ => {}
        }
    }

    /// Handles an action for the search of a household: typing finds, ↑ ↓ pick, Enter opens
    /// the pledge of the one picked (its correction if it has one).
    pub(super) fn update_household_search(
        &mut self,
        mut search: Box<HouseholdSearch>,
        action: Action,
    ) {
        let typed_before = search.typed();
        match action {
            Action::Cancel => return,
            Action::Edit(key) if key.code == KeyCode::Enter => {}
            Action::Edit(key) => {
                self.typing.input(&mut search.input, key);
            }
            Action::Paste(text) => {
                let cleaned = crate::domain::text::clean_line(&text);
                search.input.insert_str(cleaned);
            }
            Action::PickSuggestion { down } => {
                search.picked = step(search.picked, search.found.len(), down);
            }
            Action::Submit => {
                let picked = search.found.get(search.picked).copied();
                let household_no = self.live.as_ref().and_then(|live| {
                    let household = live.door.households.get(picked?)?;
                    Some(household.household_no.clone())
                });
                if let Some(household_no) = household_no {
                    return match search.purpose {
                        SearchFor::Pledge => self.open_pledge_form(search.item_no, &household_no),
                        SearchFor::Ballot { vote_no } => {
                            self.open_ballot_form(search.item_no, vote_no, &household_no)
                        }
                    };
                }
            }
            _ => {}
        }
        let typed = search.typed();
        if typed != typed_before {
            search.found = self.live.as_ref().map_or_else(Vec::new, |live| {
                live.door.index.find(&typed, HouseholdSearch::SHOWN)
            });
            search.picked = 0;
        }
        self.popups.push(Popup::FindHousehold(search));
    }

    /// Opens the form of household `household_no`'s pledge on item `item_no`: filled with the
    /// pledge it has, else empty with no consent chosen.
    fn open_pledge_form(&mut self, item_no: u32, household_no: &str) {
        let s = self.strings;
        let r = s.register;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let pledge = live
            .pledges_of(item_no)
            .find(|p| p.household_no == household_no)
            .cloned();
        let label = self.household_label(household_no);
        let title = match pledge {
            Some(_) => (r.pledge_correct_title)(&label),
            None => (r.pledge_form_title)(&label),
        };
        let sep = s.decimal_separator;
        let shown = |m: Measure| m.display(sep);
        let p = pledge.as_ref();
        // The area is shown only when it is not the product: a computed one stays computed
        // when the lengths are corrected.
        let typed_area = p
            .filter(|p| p.area != Pledge::area_of(p.frontage, p.depth, None))
            .map(|p| shown(p.area));
        let fields = match pledge {
            Some(_) => PledgeField::CORRECTION,
            None => PledgeField::NEW,
        };
        let form = Form::new(title, fields, |field| match field {
            PledgeField::Frontage => Field::text(r.label_frontage)
                .with_text(&p.map(|p| shown(p.frontage)).unwrap_or_default())
                .required(),
            PledgeField::Depth => Field::text(r.label_depth)
                .with_text(&p.map(|p| shown(p.depth)).unwrap_or_default())
                .required(),
            PledgeField::Area => {
                Field::text(r.label_area).with_text(typed_area.as_deref().unwrap_or_default())
            }
            PledgeField::Structures => {
                Field::text(r.field_structures).with_text(p.map_or("", |p| &p.structures))
            }
            PledgeField::Consent => {
                let mut options = vec![r.consent_not_chosen];
                options.extend(Consent::ALL.iter().map(|c| r.consent(*c)));
                let chosen = p
                    .and_then(|p| Consent::ALL.iter().position(|c| *c == p.consent))
                    .map_or(0, |at| at + 1);
                Field::choice(r.field_consent, options, chosen).required()
            }
            PledgeField::Note => {
                Field::text(r.field_pledge_note).with_text(p.map_or("", |p| &p.note))
            }
            PledgeField::Reason => Field::text(s.field_reason).required(),
        });
        let kind = FormKind::Pledge {
            item_no,
            household_no: household_no.to_owned(),
            correcting: pledge.is_some(),
        };
        self.open_form(kind, form);
    }

    /// "27-014 · K19/4 Phú Lộc 10 · Nguyễn Văn Tám", or the number alone if the register does
    /// not have it.
    fn household_label(&self, household_no: &str) -> String {
        self.live
            .as_ref()
            .and_then(|l| l.door.find(household_no))
            .map_or_else(|| household_no.to_owned(), |h| h.label())
    }

    /// Saves the pledge of the form; `correcting` one made earlier, with the reason typed.
    pub(super) fn submit_pledge(
        &mut self,
        item_no: u32,
        household_no: &str,
        correcting: bool,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let r = s.register;
        let frontage = read_measure(form, PledgeField::Frontage, r.field_frontage, s)?;
        let depth = read_measure(form, PledgeField::Depth, r.field_depth, s)?;
        let typed_area = if form.text(PledgeField::Area).is_empty() {
            None
        } else {
            Some(read_measure(form, PledgeField::Area, r.field_area, s)?)
        };
        let consent = match form.choice(PledgeField::Consent) {
            0 => {
                form.focus_field(PledgeField::Consent);
                return Err((r.err_choose)(r.field_consent));
            }
            chosen => Consent::ALL[chosen - 1],
        };
        let pledge = Pledge {
            item_no,
            household_no: household_no.to_owned(),
            frontage,
            depth,
            area: Pledge::area_of(frontage, depth, typed_area),
            structures: form.text(PledgeField::Structures),
            consent,
            note: form.text(PledgeField::Note),
            recorded_at: self.clock.now(),
        };
        if pledge.validate().is_err() {
            let blamed = if typed_area.is_some() {
                PledgeField::Area
            } else {
                PledgeField::Depth
            };
            form.focus_field(blamed);
            return Err(r.err_area_too_large.to_owned());
        }
        let id = self.live.as_ref().ok_or(s.nothing_selected)?.id;
        let saved = if correcting {
            let reason = required_reason(form, PledgeField::Reason, s)?;
            self.store
                .correct_pledge(id, &pledge, pledge.recorded_at, &reason)
        } else {
            self.store.save_pledge(id, &pledge)
        };
        saved.map_err(|e| messages::store_error(s, &e))?;
        self.reload_pledges();
        // The list under the form shows the pledge just saved.
        let position = self.live.as_ref().and_then(|live| {
            live.pledges_of(item_no)
                .position(|p| p.household_no == household_no)
        });
        if let (Some(at), Some(Popup::Pledges { selected, .. })) =
            (position, self.popups.last_mut())
        {
            *selected = at;
        }
        self.info((r.saved_pledge)(household_no));
        Ok(())
    }

    /// Says at once what is wrong with a measure once the secretary has left its field (the
    /// one being typed may be half done: "2,"), and an area that would be absurd.
    pub(super) fn check_pledge_as_typed(&self, form: &mut Form) {
        let s = self.strings;
        let r = s.register;
        let measures = [
            (PledgeField::Frontage, r.field_frontage),
            (PledgeField::Depth, r.field_depth),
            (PledgeField::Area, r.field_area),
        ];
        let focused = form.focused_name::<PledgeField>();
        for (field, name) in measures {
            let typed = form.text(field);
            if Some(field) == focused || typed.is_empty() {
                continue;
            }
            if let Err(err) = Measure::parse(&typed) {
                form.error = Some(messages::measure_error(s, name, &err));
                return;
            }
        }
        let area = match AreaPreview::of(form) {
            AreaPreview::Computed { area, .. } | AreaPreview::Typed(area) => area,
            AreaPreview::Unknown => return,
        };
        if area > MAX_MEASURE {
            form.error = Some(r.err_area_too_large.to_owned());
        }
    }

    pub(super) fn submit_pledge_removal(
        &mut self,
        item_no: u32,
        household_no: &str,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let reason = required_reason(form, ReasonField::Reason, s)?;
        let id = self.live.as_ref().ok_or(s.nothing_selected)?.id;
        self.store
            .remove_pledge(id, item_no, household_no, self.clock.now(), &reason)
            .map_err(|e| messages::store_error(s, &e))?;
        self.reload_pledges();
        self.info((s.register.removed_pledge)(household_no));
        Ok(())
    }

    /// Reads the pledges of the meeting again after a write (or on opening the meeting).
    pub(super) fn reload_pledges(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        match self.store.pledges(live.id) {
            Ok(pledges) => live.pledges = pledges,
            Err(err) => self.store_error(&err),
        }
    }
}

/// The measure typed in `field`, or the sentence naming the field (`name`, without its unit)
/// and focusing it.
fn read_measure(
    form: &mut Form,
    field: PledgeField,
    name: &str,
    s: &crate::i18n::Strings,
) -> Result<Measure, String> {
    Measure::parse(&form.text(field)).map_err(|err: MeasureError| {
        form.focus_field(field);
        messages::measure_error(s, name, &err)
    })
}
