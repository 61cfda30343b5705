//! Agenda items: moving between them, what the live screen reads of the selected one, adding
//! one, correcting one.

use crate::domain::{AgendaItem, DecisionRule, Threshold, VoteBase};
use crate::messages;
use crate::store::StoreError;

use super::required_reason;
use crate::tui::action::Scroll;
use crate::tui::app::{App, FormKind, MessageKind, Pane};
use crate::tui::form::fields::AgendaItemField;
use crate::tui::form::{Field, Form};
use crate::tui::selection::step;
use crate::tui::view;
use crate::tui::window::{self, Window};

impl App {
    pub(super) fn move_item(&mut self, forward: bool) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let item = step(live.item, live.agenda.len(), forward);
        if item != live.item {
            // What was just said belonged to the item left.
            self.message = self.message.take().filter(|m| m.kind != MessageKind::Info);
            if let Some(left) = live.selected_item().map(|i| i.item_no) {
                let shown = (
                    std::mem::take(&mut live.opinions),
                    std::mem::take(&mut live.votes),
                );
                live.other_items.insert(left, shown);
            }
            live.item = item;
            // The latest opinion, as the pane shows it before it has the focus.
            live.opinion_selected = usize::MAX;
            let kept = live
                .selected_item()
                .map(|i| i.item_no)
                .and_then(|item_no| live.other_items.remove(&item_no));
            match kept {
                Some((opinions, votes)) => {
                    live.opinion_selected = opinions.len().saturating_sub(1);
                    live.opinions = opinions;
                    live.votes = votes;
                }
                None => self.load_item(),
            }
            self.record_selected_item();
        }
    }

    /// Records the item now selected, so that the chair's screen in another process follows
    /// the secretary. A closed meeting no longer changes, so nothing is recorded for it.
    fn record_selected_item(&mut self) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            return;
        };
        if live.is_closed() {
            return;
        }
        if let Err(err) = self.store.select_item(live.id, item_no) {
            self.store_error(&err);
        }
    }

    /// Reloads what the live screen shows of the selected item.
    pub(super) fn reload_item(&mut self) {
        if let Some(live) = self.live.as_mut() {
            // A write may have changed any item (an opinion goes to the item of the floor).
            live.other_items.clear();
        }
        self.load_item();
    }

    /// Reads how many opinions the selected item has and those the pane shows, its votes, and
    /// which opinions of the meeting were corrected.
    fn load_item(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            live.opinions = Window::default();
            live.votes.clear();
            return;
        };
        let loaded = self
            .store
            .opinion_count(live.id, item_no)
            .and_then(|total| {
                Ok((
                    total,
                    self.store.votes(live.id, item_no)?,
                    self.store.corrected_opinions(live.id)?,
                ))
            });
        match loaded {
            Ok((total, votes, corrected)) => {
                live.opinion_selected = live.opinion_selected.min(total.saturating_sub(1));
                // None of them loaded yet: the next line reads those shown.
                live.opinions = Window::new(0, Vec::new(), total);
                live.votes = votes;
                live.corrected_opinions = corrected.into_iter().collect();
                self.keep_opinions_in_view();
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// PgUp, PgDn, Home and End on the opinions pane: a page of it up or down, the first
    /// opinion, the latest.
    pub(super) fn page_opinions(&mut self, by: Scroll) {
        let page = view::opinions_page(self);
        let Some(live) = self.live.as_mut() else {
            return;
        };
        if live.focus != Pane::Opinions {
            return;
        }
        let last = live.opinions.len().saturating_sub(1);
        let at = live.opinion_selected;
        live.opinion_selected = match by {
            Scroll::Up => at.saturating_sub(1),
            Scroll::Down => at + 1,
            Scroll::PageUp => at.saturating_sub(page),
            Scroll::PageDown => at.saturating_add(page),
            Scroll::Home => 0,
            Scroll::End => last,
        }
        .min(last);
    }

    /// Reads the opinions around those the pane shows unless they are loaded: after the
    /// selection, the focus, the item or the size of the terminal changed.
    pub(super) fn keep_opinions_in_view(&mut self) {
        // The pane is never taller than the terminal, and an opinion takes two of its rows.
        let reach = usize::from(self.size.height);
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            return;
        };
        let around = live.opinion_in_view();
        if live.opinions.covers(around, reach) {
            return;
        }
        let total = live.opinions.len();
        let range = window::to_load(total, around, reach);
        match self
            .store
            .opinions_window(live.id, item_no, range.start, range.len())
        {
            Ok(rows) => live.opinions = Window::new(range.start, rows, total),
            Err(err) => self.store_error(&err),
        }
    }

    pub(super) fn add_item(&mut self) {
        self.open_form(FormKind::AgendaItem, self.agenda_form());
    }

    pub(super) fn agenda_form(&self) -> Form {
        let s = self.strings;
        Form::new(s.item_form_title, AgendaItemField::ALL, |field| {
            self.agenda_field(field, None)
        })
    }

    /// A field of an agenda item's form, empty or filled with `item`.
    fn agenda_field(&self, field: AgendaItemField, item: Option<&AgendaItem>) -> Field {
        let s = self.strings;
        let rule = item.map(|i| i.rule).unwrap_or_default();
        match field {
            AgendaItemField::Title => Field::text(s.field_item_title)
                .with_text(item.map_or("", |i| &i.title))
                .required(),
            AgendaItemField::Description => Field::multiline(s.field_item_description)
                .with_text(item.map_or("", |i| &i.description)),
            AgendaItemField::VoteBase => {
                let bases = VoteBase::ALL.iter().map(|b| s.vote_base(*b)).collect();
                let chosen = VoteBase::ALL.iter().position(|b| *b == rule.base);
                Field::choice(s.field_vote_base, bases, chosen.unwrap_or(0))
            }
            AgendaItemField::Threshold => {
                let thresholds = Threshold::ALL.iter().map(|t| s.threshold(*t)).collect();
                let chosen = Threshold::ALL.iter().position(|t| *t == rule.threshold);
                Field::choice(s.field_threshold, thresholds, chosen.unwrap_or(0))
            }
            AgendaItemField::TakesPledges => {
                let r = s.register;
                let options = vec![r.takes_pledges_no, r.takes_pledges_yes];
                let takes = item.is_some_and(|i| i.takes_pledges);
                Field::choice(r.field_takes_pledges, options, usize::from(takes))
            }
            AgendaItemField::Reason => Field::text(s.field_reason).required(),
        }
    }

    /// The title, description and rule typed in an agenda item's form.
    fn item_from_form(&self, item_no: u32, form: &mut Form) -> Result<AgendaItem, String> {
        Ok(AgendaItem {
            item_no,
            title: form.required_text(AgendaItemField::Title, self.strings)?,
            description: form.text(AgendaItemField::Description),
            rule: DecisionRule {
                base: VoteBase::ALL[form.choice(AgendaItemField::VoteBase)],
                threshold: Threshold::ALL[form.choice(AgendaItemField::Threshold)],
            },
            takes_pledges: form.choice(AgendaItemField::TakesPledges) == 1,
        })
    }

    /// Opens the correction of the selected agenda item. Its rule is shown after a vote too,
    /// and a change of it refused on saving with the reason why.
    pub(super) fn correct_selected_item(&mut self) {
        let Some(item) = self.live.as_ref().and_then(|live| live.selected_item()) else {
            return self.info(self.strings.no_item_selected);
        };
        let s = self.strings;
        // An item with options says how many: they are listed and changed with their own key.
        let options = self
            .live
            .as_ref()
            .map_or(0, |live| live.options_of(item.item_no).count());
        let mut title = (s.item_correct_title)(item.item_no);
        if options > 0 {
            title = format!("{title} · {}", (s.options.item_options_count)(options));
        }
        let form = Form::new(title, AgendaItemField::CORRECTION, |field| {
            self.agenda_field(field, Some(item))
        });
        let item_no = item.item_no;
        self.open_form(FormKind::CorrectItem { item_no }, form);
    }

    pub(super) fn submit_item_correction(
        &mut self,
        item_no: u32,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let corrected = self.item_from_form(item_no, form)?;
        let reason = required_reason(form, AgendaItemField::Reason, s)?;
        let live = self.live.as_mut().ok_or(s.nothing_selected)?;
        let took_pledges = live
            .agenda
            .iter()
            .find(|i| i.item_no == item_no)
            .is_some_and(|i| i.takes_pledges);
        // The mark first: the store refuses to take it off an item with pledges, and then
        // nothing of the correction is saved.
        if corrected.takes_pledges != took_pledges {
            self.store
                .set_takes_pledges(live.id, item_no, corrected.takes_pledges)
                .map_err(|e| {
                    form.focus_field(AgendaItemField::TakesPledges);
                    messages::store_error(s, &e)
                })?;
        }
        let item = self
            .store
            .correct_agenda_item(live.id, &corrected, self.clock.now(), &reason)
            .map_err(|e| {
                if corrected.takes_pledges != took_pledges {
                    // Best effort: the item keeps the mark it had, as the rest of it.
                    let _ = self.store.set_takes_pledges(live.id, item_no, took_pledges);
                }
                if matches!(e, StoreError::RuleFixedByVote { .. }) {
                    form.focus_field(AgendaItemField::VoteBase);
                }
                messages::store_error(s, &e)
            })?;
        if let Some(shown) = live.agenda.iter_mut().find(|i| i.item_no == item_no) {
            *shown = item;
        }
        self.info(s.saved_correction);
        Ok(())
    }

    pub(super) fn submit_agenda_item(&mut self, form: &mut Form) -> Result<(), String> {
        let s = self.strings;
        // Its number is the store's to give: one after the last.
        let typed = self.item_from_form(0, form)?;
        let live = self.live.as_mut().ok_or(s.nothing_selected)?;
        let mut item = self
            .store
            .add_agenda_item(live.id, &typed.title, &typed.description, typed.rule)
            .map_err(|e| messages::store_error(s, &e))?;
        if typed.takes_pledges {
            // The item is saved; a failure to mark it is said, and `r` marks it later.
            match self.store.set_takes_pledges(live.id, item.item_no, true) {
                Ok(()) => item.takes_pledges = true,
                Err(e) => {
                    let message = messages::store_error(s, &e);
                    live.item = live.agenda.len();
                    live.agenda.push(item);
                    self.reload_item();
                    self.record_selected_item();
                    self.error(message);
                    return Ok(());
                }
            }
        }
        live.item = live.agenda.len();
        live.agenda.push(item);
        live.focus = Pane::Queue;
        let item_no = live.agenda[live.item].item_no;
        self.reload_item();
        self.record_selected_item();
        self.info((s.saved_item)(item_no));
        Ok(())
    }
}
