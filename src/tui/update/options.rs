//! Items that are a choice among several options (SPEC §15): the options read with the
//! meeting and after each change, the list of an item's options, a proposal from the floor
//! put as an option, and the vote among them with its run-off.

use std::borrow::Cow;

use crate::domain::{
    ItemOption, MAX_OPTIONS, MIN_OPTIONS, OptionCounts, OptionsOutcome, RunOff, VoteError,
};
use crate::i18n::Strings;
use crate::messages;

use crate::tui::action::Action;
use crate::tui::app::{App, FormKind, Live, OptionsPut, Pane, Pending, Popup};
use crate::tui::form::fields::{OptionField, OptionsVoteField};
use crate::tui::form::{Field, FieldKind, Form};
use crate::tui::selection::step;

// The vote form has a count for each option an item may have, and three fields more.
const _: () = assert!(OptionsVoteField::ALL.len() == MAX_OPTIONS + 3);

impl App {
    /// Reads the options of the meeting's items and the hands for each again, after a write
    /// (or on opening the meeting).
    pub(super) fn reload_options(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let read = self
            .store
            .options(live.id)
            .and_then(|options| Ok((options, self.store.option_votes(live.id)?)));
        match read {
            Ok((options, option_votes)) => {
                live.options = options;
                live.option_votes = option_votes;
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// Opens the options of the selected item.
    pub(super) fn show_options(&mut self) {
        let Some(item_no) = self
            .live
            .as_ref()
            .and_then(|l| l.selected_item())
            .map(|i| i.item_no)
        else {
            return self.info(self.strings.no_item_selected);
        };
        self.clear_info();
        self.popups.push(Popup::Options {
            item_no,
            selected: 0,
        });
    }

    /// Handles an action for the list of an item's options; keeps it open by pushing it back.
    pub(super) fn update_options(&mut self, item_no: u32, selected: usize, action: Action) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let count = live.options_of(item_no).count();
        let selected = selected.min(count.saturating_sub(1));
        let chosen = live.options_of(item_no).nth(selected).cloned();
        let selected = match action {
            Action::Cancel => return,
            Action::Up | Action::Down => step(selected, count, action == Action::Down),
            _ => selected,
        };
        self.popups.push(Popup::Options { item_no, selected });
        let changes = matches!(
            action,
            Action::AddOption | Action::CorrectOption | Action::RemoveOption
        );
        if !changes {
            return;
        }
        if let Err(refused) = self.options_open(item_no, action == Action::AddOption) {
            return self.error(refused);
        }
        let o = self.strings.options;
        match (action, chosen) {
            (Action::AddOption, _) => self.open_option_form(item_no, None, None),
            (Action::CorrectOption, Some(option)) => {
                self.open_option_form(item_no, Some(&option), None)
            }
            (Action::RemoveOption, Some(option)) => self.ask(
                (o.confirm_remove_option)(option.option_no, &option.title),
                Pending::RemoveOption {
                    item_no,
                    option_no: option.option_no,
                },
            ),
            _ => {}
        }
    }

    /// Whether the options of item `item_no` may change now (and one more be added, when
    /// `adding`); else the sentence the store would refuse it with.
    fn options_open(&self, item_no: u32, adding: bool) -> Result<(), String> {
        let s = self.strings;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        if live.is_closed() {
            return Err(s.meeting_closed.to_owned());
        }
        let voted =
            live.selected_item().is_some_and(|i| i.item_no == item_no) && !live.votes.is_empty();
        if voted {
            return Err((s.options.err_options_fixed_by_vote)(item_no));
        }
        if adding && live.options_of(item_no).count() >= MAX_OPTIONS {
            return Err((s.options.err_too_many_options)(item_no, MAX_OPTIONS));
        }
        Ok(())
    }

    /// The form of a new option, of the correction of `option`, or of a proposal from the
    /// floor: the opinion `from`'s text as its description, its speaker named.
    fn open_option_form(
        &mut self,
        item_no: u32,
        option: Option<&ItemOption>,
        from: Option<(u32, String, String)>,
    ) {
        let o = self.strings.options;
        let title = match (option, &from) {
            (Some(option), _) => (o.option_correct_title)(item_no, option.option_no),
            (None, Some((_, speaker, _))) => (o.option_from_opinion_title)(item_no, speaker),
            (None, None) => (o.option_form_title)(item_no),
        };
        let (name, description) = match (option, &from) {
            (Some(option), _) => (option.title.clone(), option.description.clone()),
            (None, Some((_, speaker, text))) => (
                String::new(),
                format!("{text} {}", (o.proposed_by)(speaker)),
            ),
            (None, None) => (String::new(), String::new()),
        };
        let fields = match from {
            Some(_) => OptionField::PROPOSAL,
            None => OptionField::ALL,
        };
        let form = Form::new(title, fields, |field| match field {
            OptionField::Title => Field::text(o.field_option_title)
                .with_text(&name)
                .required(),
            OptionField::Description => {
                Field::multiline(o.field_option_description).with_text(&description)
            }
        })
        .focus_on(OptionField::Title);
        let kind = FormKind::ItemOption {
            item_no,
            correcting: option.map(|o| o.option_no),
            from_turn: from.map(|(turn_no, _, _)| turn_no),
        };
        self.open_form(kind, form);
    }

    /// The selected opinion, a resident's proposal, as a new option of its item: its text is
    /// the description, the secretary types a short title.
    pub(super) fn option_from_opinion(&mut self) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let opinion = (live.focus == Pane::Opinions)
            .then(|| live.selected_opinion())
            .flatten();
        let Some(opinion) = opinion else {
            return self.info(s.nothing_selected);
        };
        let (item_no, turn_no) = (opinion.item_no, opinion.turn_no);
        let from = (turn_no, opinion.speaker.name.clone(), opinion.text.clone());
        if let Err(refused) = self.options_open(item_no, true) {
            return self.error(refused);
        }
        self.open_option_form(item_no, None, Some(from));
    }

    pub(super) fn submit_option(
        &mut self,
        item_no: u32,
        correcting: Option<u32>,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let title = form.required_text(OptionField::Title, s)?;
        let description = form.text(OptionField::Description);
        let id = self.live.as_ref().ok_or(s.nothing_selected)?.id;
        let saved = match correcting {
            Some(option_no) => self
                .store
                .edit_option(id, item_no, option_no, &title, &description)
                .map(|()| option_no),
            None => self.store.add_option(id, item_no, &title, &description),
        };
        let option_no = saved.map_err(|e| messages::store_error(s, &e))?;
        self.reload_options();
        self.info((s.options.saved_option)(item_no, option_no));
        Ok(())
    }

    pub(super) fn remove_option(&mut self, item_no: u32, option_no: u32) {
        let s = self.strings;
        let Some(id) = self.live.as_ref().map(|l| l.id) else {
            return;
        };
        match self.store.remove_option(id, item_no, option_no) {
            Ok(()) => {
                // The options after it move up: a draft kept under their old numbers, or a
                // vote's counts typed against them, would now fill in another option.
                let max = u32::try_from(MAX_OPTIONS).unwrap_or(0);
                let keys = (option_no..=max)
                    .map(|no| format!("form.option.{item_no}.correct.{no}"))
                    .chain([format!("form.options_vote.{item_no}.1")]);
                for key in keys {
                    if let Err(err) = self.store.delete_draft(id, &key) {
                        self.store_error(&err);
                    }
                }
                self.reload_options();
                self.info((s.options.removed_option)(item_no, option_no));
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// `v` on an item with options: the vote among them, or the run-off the vote before
    /// calls for. Fewer than two options cannot be voted on.
    pub(super) fn start_options_vote(&mut self) {
        let s = self.strings;
        let o = s.options;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(item) = live.selected_item() else {
            return self.info(s.no_item_selected);
        };
        let item_no = item.item_no;
        let options: Vec<ItemOption> = live.options_of(item_no).cloned().collect();
        if options.len() < MIN_OPTIONS {
            return self.error((o.err_too_few_options)(item_no));
        }
        let put = run_off_called(live).unwrap_or(OptionsPut::All);
        let vote_no = live.votes.last().map_or(1, |v| v.vote_no + 1);
        let title = match &put {
            OptionsPut::All if vote_no == 1 => o.options_vote_title.to_owned(),
            OptionsPut::All => (o.options_revote_title)(vote_no as usize),
            OptionsPut::Between(a, b) => (o.run_off_title)(*a, *b),
            OptionsPut::Pick(_) => o.run_off_pick_title.to_owned(),
        };
        // A run-off can also be the whole vote again, the one before having been miscounted:
        // its counts are never corrected.
        let pairs: Vec<Cow<'static, str>> = match &put {
            OptionsPut::All => vec![Cow::Borrowed("")],
            OptionsPut::Between(a, b) => vec![
                Cow::Owned((o.pair_choice)(*a, *b)),
                Cow::Borrowed(o.all_options_choice),
            ],
            OptionsPut::Pick(pairs) => pairs
                .iter()
                .map(|&(a, b)| Cow::Owned((o.pair_choice)(a, b)))
                .chain([Cow::Borrowed(o.all_options_choice)])
                .collect(),
        };
        let present = live.meeting.households_present;
        let by_sign_in = live.door.has_register();
        let picking = !matches!(put, OptionsPut::All);
        let mut form = Form::new(title, OptionsVoteField::ALL, |field| match field {
            OptionsVoteField::Pair => {
                let mut pair = Field::choice(o.field_run_off_pair, Vec::new(), 0);
                pair.kind = FieldKind::Choice(pairs.clone());
                if picking { pair } else { pair.hidden() }
            }
            OptionsVoteField::Option(no) => {
                match options.iter().find(|option| option.option_no == no) {
                    Some(option) => {
                        Field::count(s.field_votes_for, None)
                            .labelled((o.option_label)(no, &option.title))
                    }
                    None => Field::count(s.field_votes_for, None).hidden(),
                }
            }
            OptionsVoteField::Abstain => Field::count(o.field_options_abstain, None),
            OptionsVoteField::HouseholdsPresent => {
                let present = Field::count(s.field_households_present, Some(present));
                if by_sign_in {
                    present.given(s.register.from_sign_in)
                } else {
                    present
                }
            }
        });
        show_options_put(&mut form, &put, options.len());
        // The run-off called for is typed at once; the pair, or all options, is above it.
        if let OptionsPut::Between(a, _) = put {
            form.focus_field(OptionsVoteField::Option(a));
        }
        let kind = FormKind::OptionsVote {
            item_no,
            vote_no,
            put,
        };
        self.open_form(kind, form);
        // A restored draft may pick another pair, or already break a rule.
        if let Some(Popup::Form(FormKind::OptionsVote { put, .. }, form)) = self.popups.last_mut() {
            let options = options.len();
            show_options_put(form, put, options);
            form.error = options_vote_problem(self.strings, self.live.as_ref(), put, form);
        }
    }

    /// After each key in a vote among options: the counts of the options picked are shown,
    /// and what breaks a rule is said at once.
    pub(super) fn fit_options_vote_form(&self, put: &OptionsPut, vote_no: u32, form: &mut Form) {
        let count = self.live.as_ref().map_or(0, |live| {
            live.selected_item()
                .map_or(0, |item| live.options_of(item.item_no).count())
        });
        show_options_put(form, put, count);
        let o = self.strings.options;
        form.title = match (put, put_of(put, form, count).as_slice()) {
            (OptionsPut::All, _) if vote_no == 1 => o.options_vote_title.to_owned(),
            (OptionsPut::Between(..), &[a, b]) => (o.run_off_title)(a, b),
            (OptionsPut::Pick(_), &[_, _]) => o.run_off_pick_title.to_owned(),
            _ => (o.options_revote_title)(vote_no as usize),
        };
        if form.error.is_none() {
            form.error = options_vote_problem(self.strings, self.live.as_ref(), put, form);
        }
    }

    /// The outcome of the counts typed so far, in words: the leading option while counts are
    /// missing, what the vote decides once all are typed; `None` while nothing can be said.
    pub fn options_vote_preview(&self, put: &OptionsPut, form: &Form) -> Option<String> {
        let live = self.live.as_ref()?;
        let rule = live.selected_item()?.rule;
        let typed = typed_option_counts(live, put, form)?;
        typed.counts.validate().ok()?;
        let o = self.strings.options;
        if typed.complete {
            return Some(crate::messages::options_outcome(
                self.strings,
                &typed.counts.decide(rule),
            ));
        }
        let (leader, votes) = leader(&typed.counts)?;
        Some((o.preview_leading)(leader, votes))
    }

    pub(super) fn submit_options_vote(
        &mut self,
        item_no: u32,
        put: &OptionsPut,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let rule = live
            .agenda
            .iter()
            .find(|i| i.item_no == item_no)
            .ok_or(s.no_item_selected)?
            .rule;
        let total = live.meeting.households_total;
        let id = live.id;
        let mut options = Vec::new();
        for no in put_numbers(live, put, form) {
            options.push((no, form.count(OptionsVoteField::Option(no), s)?));
        }
        let counts = OptionCounts {
            households_total: total,
            households_present: form.count(OptionsVoteField::HouseholdsPresent, s)?,
            abstain: form.count(OptionsVoteField::Abstain, s)?,
            options,
        };
        if let Err(err) = counts.validate() {
            let field = blamed_field(err, &put_numbers(live, put, form), form);
            form.focus_field(field);
            return Err(count_problem(s, form, field, err));
        }
        let now = self.clock.now();
        self.store
            .add_options_vote(id, item_no, &counts, now)
            .map_err(|e| messages::store_error(s, &e))?;
        let decided = counts.decide(rule);
        let words = crate::messages::options_outcome(s, &decided);
        self.info((s.saved_vote)(&words));
        self.reload_item();
        self.reload_options();
        self.offer_round_after(item_no, decided.outcome());
        Ok(())
    }
}

/// The run-off the selected item's latest vote calls for, if it was a vote among options that
/// adopted nothing.
fn run_off_called(live: &Live) -> Option<OptionsPut> {
    let vote = live.latest_vote()?;
    let counts = live.option_counts(vote)?;
    let OptionsOutcome::NoneAdopted { run_off } = vote.decide(&counts) else {
        return None;
    };
    Some(match run_off {
        RunOff::Between(a, b) => OptionsPut::Between(a, b),
        RunOff::TieForSecond { leader, tied } => {
            OptionsPut::Pick(tied.into_iter().map(|t| (leader, t)).collect())
        }
        RunOff::TieAtTop(tied) => OptionsPut::Pick(
            tied.iter()
                .enumerate()
                .flat_map(|(i, &a)| tied[i + 1..].iter().map(move |&b| (a, b)))
                .collect(),
        ),
    })
}

/// The options put to the vote: all of the item's, the two of a run-off, or the pair picked.
fn put_of(put: &OptionsPut, form: &Form, options: usize) -> Vec<u32> {
    match put {
        OptionsPut::All => (1..=u32::try_from(options).unwrap_or(0)).collect(),
        OptionsPut::Between(a, b) if form.choice(OptionsVoteField::Pair) == 0 => vec![*a, *b],
        OptionsPut::Pick(pairs) if form.choice(OptionsVoteField::Pair) < pairs.len() => {
            let (a, b) = pairs[form.choice(OptionsVoteField::Pair)];
            vec![a, b]
        }
        // The last choice: every option again.
        _ => (1..=u32::try_from(options).unwrap_or(0)).collect(),
    }
}

fn put_numbers(live: &Live, put: &OptionsPut, form: &Form) -> Vec<u32> {
    let options = live
        .selected_item()
        .map_or(0, |item| live.options_of(item.item_no).count());
    put_of(put, form, options)
}

/// Shows the count of each option put and hides the others.
fn show_options_put(form: &mut Form, put: &OptionsPut, options: usize) {
    let numbers = put_of(put, form, options);
    let max = u32::try_from(MAX_OPTIONS).unwrap_or(0);
    for no in 1..=max {
        let hidden = !numbers.contains(&no);
        if form.is_hidden(OptionsVoteField::Option(no)) != hidden {
            form.set_hidden(OptionsVoteField::Option(no), hidden);
        }
    }
}

/// The counts typed so far, an empty count as no hand raised; `complete` once all are typed.
struct TypedOptionCounts {
    counts: OptionCounts,
    complete: bool,
}

fn typed_option_counts(live: &Live, put: &OptionsPut, form: &Form) -> Option<TypedOptionCounts> {
    let present = form.typed_count(OptionsVoteField::HouseholdsPresent)?;
    let numbers = put_numbers(live, put, form);
    let typed: Vec<(u32, Option<u32>)> = numbers
        .iter()
        .map(|&no| (no, form.typed_count(OptionsVoteField::Option(no))))
        .collect();
    let abstain = form.typed_count(OptionsVoteField::Abstain);
    let complete = abstain.is_some() && typed.iter().all(|(_, votes)| votes.is_some());
    Some(TypedOptionCounts {
        counts: OptionCounts {
            households_total: live.meeting.households_total,
            households_present: present,
            options: typed
                .into_iter()
                .map(|(no, votes)| (no, votes.unwrap_or(0)))
                .collect(),
            abstain: abstain.unwrap_or(0),
        },
        complete,
    })
}

/// The option with the most hands so far (the first put among equals), if any has one.
fn leader(counts: &OptionCounts) -> Option<(u32, u32)> {
    counts
        .options
        .iter()
        .copied()
        .filter(|&(_, votes)| votes > 0)
        .fold(None, |best: Option<(u32, u32)>, (no, votes)| match best {
            Some((_, most)) if most >= votes => best,
            _ => Some((no, votes)),
        })
}

/// What is wrong with the counts typed so far, naming the count to look at; `None` while
/// they obey the rules.
fn options_vote_problem(
    s: &Strings,
    live: Option<&Live>,
    put: &OptionsPut,
    form: &Form,
) -> Option<String> {
    let live = live?;
    let typed = typed_option_counts(live, put, form)?;
    let err = typed.counts.validate().err()?;
    let numbers = put_numbers(live, put, form);
    Some(count_problem(
        s,
        form,
        blamed_field(err, &numbers, form),
        err,
    ))
}

fn count_problem(s: &Strings, form: &Form, field: OptionsVoteField, err: VoteError) -> String {
    (s.err_count_breaks_rule)(form.label(field), &messages::options_vote_error(s, err))
}

/// The count to name when the counts break `err`: the households present when they exceed all
/// households; else the count being typed, or the last one typed.
fn blamed_field(err: VoteError, put: &[u32], form: &Form) -> OptionsVoteField {
    let hands: Vec<OptionsVoteField> = put
        .iter()
        .map(|&no| OptionsVoteField::Option(no))
        .chain([OptionsVoteField::Abstain])
        .collect();
    let focused = form.focused_name::<OptionsVoteField>();
    match err {
        VoteError::PresentExceedsTotal { .. } => OptionsVoteField::HouseholdsPresent,
        VoteError::CastExceedsPresent { .. } => match focused {
            Some(field)
                if field == OptionsVoteField::HouseholdsPresent || hands.contains(&field) =>
            {
                field
            }
            _ => hands
                .into_iter()
                .rev()
                .find(|field| form.typed_count(*field).is_some_and(|n| n > 0))
                .unwrap_or(OptionsVoteField::HouseholdsPresent),
        },
    }
}
