//! Votes taken by ballot (SPEC §12): the choice of a secret ballot at the meeting or a ballot
//! to every household, the secret ballot's committee and tally, and the household-ballot round:
//! each returned ballot entered by finding its household, corrected with a reason, and the
//! round counted.

use std::borrow::Cow;

use crate::domain::{
    BallotChoice, BallotDetails, BallotSheets, CommitteeMember, CountingCommittee, HouseholdBallot,
    OptionCounts, Outcome, SecretBallotCounts, SecretOptionsCounts, Vote, Witnesses, format_when,
    parse_when,
};
use crate::messages::{self, reporting_day};
use crate::store::Count;

use crate::tui::action::Action;
use crate::tui::app::{App, FormKind, HouseholdSearch, Pending, Popup, SearchFor};
use crate::tui::form::fields::{BallotMethodField, HouseholdBallotField, SecretBallotField};
use crate::tui::form::{Field, Form};
use crate::tui::selection::step;

use super::required_reason;

/// The members a counting committee may have, as the form numbers them (1 is the head).
const MEMBERS: [u8; 5] = [1, 2, 3, 4, 5];

impl App {
    /// Reads how the meeting's votes by ballot were taken and the households' ballots again,
    /// after a write (or on opening the meeting).
    pub(super) fn reload_ballots(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        match self.store.ballots(live.id) {
            Ok(ballots) => live.ballots = ballots,
            Err(err) => self.store_error(&err),
        }
    }

    /// `V`: a vote of the selected item by ballot. With a round of it still taking ballots,
    /// that round opens instead.
    pub(super) fn start_ballot(&mut self) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let Some(item_no) = live.selected_item().map(|i| i.item_no) else {
            return self.info(s.no_item_selected);
        };
        if let Some(vote) = live.open_round() {
            let vote_no = vote.vote_no;
            return self.show_round(item_no, vote_no);
        }
        // A closed meeting's round can still be read, household by household.
        if live.is_closed() {
            let round = live
                .latest_vote()
                .filter(|vote| vote.method == crate::domain::VoteMethod::HouseholdBallot)
                .map(|vote| vote.vote_no);
            return match round {
                Some(vote_no) => self.show_round(item_no, vote_no),
                None => self.info(s.meeting_closed),
            };
        }
        let b = s.ballots;
        let form = Form::new(
            (b.ballot_method_title)(item_no),
            BallotMethodField::ALL,
            |_| {
                Field::choice(
                    b.field_method,
                    vec![b.method_secret, b.method_household_ballot],
                    0,
                )
            },
        );
        self.open_form(FormKind::BallotMethod { item_no }, form);
    }

    /// The method chosen: the secret ballot's form, or the question that opens a round.
    pub(super) fn submit_ballot_method(&mut self, item_no: u32, form: &Form) -> Result<(), String> {
        match form.choice(BallotMethodField::Method) {
            0 => self.open_secret_ballot_form(item_no),
            _ => self.offer_round(item_no, None),
        }
        Ok(())
    }

    /// Asks whether item `item_no` goes to every household on a ballot; `after_no_quorum`: the
    /// show of hands just taken fell short of quorum, which the question says.
    pub(super) fn offer_round(&mut self, item_no: u32, after_no_quorum: Option<()>) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let households = live.door.households.len();
        if households == 0 {
            return self.error(s.ballots.err_round_needs_register.to_owned());
        }
        let question = match after_no_quorum {
            Some(()) => (s.ballots.offer_round_after_no_quorum)(item_no, households),
            None => (s.ballots.confirm_open_round)(item_no, households),
        };
        self.ask(question, Pending::OpenRound { item_no });
    }

    /// Opens a household-ballot round on item `item_no`, then its list of households.
    pub(super) fn open_round(&mut self, item_no: u32) {
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let id = live.id;
        let now = self.clock.now();
        match self.store.open_ballot_round(id, item_no, None, now) {
            Ok(vote) => {
                self.reload_ballots();
                self.reload_options();
                self.reload_item();
                self.info((self.strings.ballots.opened_round)(item_no, vote.vote_no));
                self.popups.push(Popup::Round {
                    item_no,
                    vote_no: vote.vote_no,
                    selected: 0,
                });
            }
            Err(err) => self.store_error(&err),
        }
    }

    fn show_round(&mut self, item_no: u32, vote_no: u32) {
        self.clear_info();
        self.popups.push(Popup::Round {
            item_no,
            vote_no,
            selected: 0,
        });
    }

    /// The form of a secret ballot on item `item_no`: the committee, the witnesses (household
    /// numbers, offered from the register), the ballots and the choices on the valid ones.
    fn open_secret_ballot_form(&mut self, item_no: u32) {
        let s = self.strings;
        let b = s.ballots;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let options: Vec<(u32, String)> = live
            .options_of(item_no)
            .map(|o| (o.option_no, (s.options.option_label)(o.option_no, &o.title)))
            .collect();
        let vote_no = u32::try_from(live.votes.len()).unwrap_or(u32::MAX) + 1;
        let form = Form::new(
            (b.secret_title)(item_no, vote_no),
            SecretBallotField::ALL,
            |field| match field {
                SecretBallotField::Member(1) => Field::text(b.field_committee_head).required(),
                SecretBallotField::Member(n) => {
                    let member = Field::text(b.field_committee_member)
                        .labelled((b.committee_member)(usize::from(n)));
                    if n <= 3 { member.required() } else { member }
                }
                SecretBallotField::Witness(n) => Field::text(b.field_witness)
                    .labelled((b.witness)(usize::from(n)))
                    .required(),
                SecretBallotField::Issued => Field::count(b.field_issued, None),
                SecretBallotField::Returned => Field::count(b.field_returned, None),
                SecretBallotField::Valid => Field::count(b.field_valid, None),
                SecretBallotField::Invalid => Field::count(b.field_invalid, Some(0)),
                SecretBallotField::For if options.is_empty() => {
                    Field::count(s.field_votes_for, None)
                }
                SecretBallotField::Against if options.is_empty() => {
                    Field::count(s.field_votes_against, None)
                }
                SecretBallotField::For | SecretBallotField::Against => {
                    Field::count(s.field_votes_for, None).hidden()
                }
                SecretBallotField::Option(no) => {
                    match options.iter().find(|(option_no, _)| *option_no == no) {
                        Some((_, label)) => {
                            Field::count(b.field_option, None).labelled(label.clone())
                        }
                        None => Field::count(b.field_option, None).hidden(),
                    }
                }
                SecretBallotField::Abstain if options.is_empty() => {
                    Field::count(b.field_abstain, None)
                }
                SecretBallotField::Abstain => Field::count(s.options.field_options_abstain, None),
            },
        );
        self.open_form(FormKind::SecretBallot { item_no, vote_no }, form);
    }

    /// Saves the secret ballot of the form, checked by SPEC §12 as the store checks it.
    pub(super) fn submit_secret_ballot(
        &mut self,
        item_no: u32,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let mut members = Vec::new();
        for n in MEMBERS {
            let name = form.text(SecretBallotField::Member(n));
            if !name.trim().is_empty() {
                members.push(CommitteeMember {
                    name: name.trim().to_owned(),
                    is_head: n == 1,
                });
            }
        }
        let committee = CountingCommittee { members };
        let witnesses = Witnesses {
            first: form.text(SecretBallotField::Witness(1)).trim().to_owned(),
            second: form.text(SecretBallotField::Witness(2)).trim().to_owned(),
        };
        let sheets = BallotSheets {
            issued: form.count(SecretBallotField::Issued, s)?,
            returned: form.count(SecretBallotField::Returned, s)?,
            valid: form.count(SecretBallotField::Valid, s)?,
            invalid: form.count(SecretBallotField::Invalid, s)?,
        };
        let total = live.meeting.households_total;
        let present = live.meeting.households_present;
        let put: Vec<u32> = live.options_of(item_no).map(|o| o.option_no).collect();
        let (id, now) = (live.id, self.clock.now());
        let count = Count {
            committee: &committee,
            witnesses: &witnesses,
        };
        let saved = if put.is_empty() {
            let tally = SecretBallotCounts {
                households_total: total,
                households_present: present,
                issued: sheets.issued,
                returned: sheets.returned,
                valid: sheets.valid,
                invalid: sheets.invalid,
                votes_for: form.count(SecretBallotField::For, s)?,
                votes_against: form.count(SecretBallotField::Against, s)?,
                votes_abstain: form.count(SecretBallotField::Abstain, s)?,
            };
            self.store
                .add_secret_ballot(id, item_no, &tally, count, now)
        } else {
            let mut options = Vec::new();
            for no in put {
                options.push((no, form.count(SecretBallotField::Option(no), s)?));
            }
            let tally = SecretOptionsCounts {
                sheets,
                choices: OptionCounts {
                    households_total: total,
                    households_present: present,
                    options,
                    abstain: form.count(SecretBallotField::Abstain, s)?,
                },
            };
            self.store
                .add_secret_options_ballot(id, item_no, &tally, count, now)
        };
        let vote = saved.map_err(|e| messages::store_error(s, &e))?;
        self.reload_ballots();
        self.reload_options();
        self.reload_item();
        self.info((s.saved_vote)(s.outcome(vote.outcome())));
        Ok(())
    }

    /// Handles an action for the list of a round's households; keeps it open by pushing it
    /// back.
    pub(super) fn update_round(
        &mut self,
        item_no: u32,
        vote_no: u32,
        selected: usize,
        action: Action,
    ) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let households = live.door.households.len();
        let chosen = live
            .door
            .households
            .get(selected)
            .map(|h| h.household_no.clone());
        let counted = !matches!(
            live.ballots.details(item_no, vote_no),
            Some(BallotDetails::HouseholdRound { counted_at: None })
        );
        let selected = match action {
            Action::Cancel => return,
            Action::Up | Action::Down => step(selected, households, action == Action::Down),
            _ => selected,
        };
        self.popups.push(Popup::Round {
            item_no,
            vote_no,
            selected,
        });
        let writes = matches!(
            action,
            Action::EnterBallot | Action::CorrectBallot | Action::CountRound
        );
        if writes && live.is_closed() {
            return self.info(s.meeting_closed);
        }
        if writes && counted {
            return self.error((s.ballots.err_round_counted)(item_no, vote_no));
        }
        match action {
            Action::EnterBallot => {
                self.clear_info();
                self.popups
                    .push(Popup::FindHousehold(Box::new(HouseholdSearch::new(
                        item_no,
                        SearchFor::Ballot { vote_no },
                    ))));
            }
            Action::CorrectBallot => {
                if let Some(household_no) = chosen {
                    self.open_ballot_form(item_no, vote_no, &household_no);
                }
            }
            Action::CountRound => {
                let Some(round) = self
                    .live
                    .as_ref()
                    .and_then(|l| l.votes.iter().find(|v| v.vote_no == vote_no).cloned())
                    .and_then(|vote| self.live.as_ref()?.ballot_round(&vote))
                else {
                    return;
                };
                let (returned, households) = round.progress();
                let question = (s.ballots.confirm_count_round)(returned, households);
                self.ask(question, Pending::CountRound { item_no, vote_no });
            }
            _ => {}
        }
    }

    /// Closes and counts round `vote_no` of item `item_no`; says the result and the date by
    /// which it must be reported.
    pub(super) fn count_round(&mut self, item_no: u32, vote_no: u32) {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let (id, now) = (live.id, self.clock.now());
        match self.store.count_ballot_round(id, item_no, vote_no, now) {
            Ok(vote) => {
                self.reload_ballots();
                self.reload_item();
                let counted = self
                    .live
                    .as_ref()
                    .and_then(|l| match l.ballot_details(&vote) {
                        Some(BallotDetails::HouseholdRound { counted_at }) => *counted_at,
                        _ => None,
                    });
                let deadline = reporting_day(&counted.unwrap_or(now));
                let outcome = self.round_outcome_words(&vote);
                self.info((s.ballots.counted_round)(&outcome, &deadline));
            }
            Err(err) => self.store_error(&err),
        }
    }

    /// What a round decided, in words: passed or failed, or the option adopted.
    fn round_outcome_words(&self, vote: &Vote) -> String {
        let s = self.strings;
        match self.live.as_ref().and_then(|l| l.option_counts(vote)) {
            Some(counts) => messages::options_outcome(s, &vote.decide(&counts)),
            None => s.outcome(vote.outcome()).to_owned(),
        }
    }

    /// The form of household `household_no`'s ballot in round `vote_no` of item `item_no`:
    /// filled with the ballot it returned (a correction, asking why), else empty with the
    /// time now.
    pub(super) fn open_ballot_form(&mut self, item_no: u32, vote_no: u32, household_no: &str) {
        let s = self.strings;
        let b = s.ballots;
        let Some(live) = self.live.as_ref() else {
            return;
        };
        let entered = live
            .ballots
            .ballots_of(item_no, vote_no)
            .find(|ballot| ballot.household_no == household_no)
            .cloned();
        let choices = self.round_choices(item_no, vote_no);
        // Ballots come back in batches from one collector: the last one's name is offered.
        let last_collector = live
            .ballots
            .ballots_of(item_no, vote_no)
            .last()
            .map(|ballot| ballot.collected_by.clone())
            .unwrap_or_default();
        let label = live
            .door
            .find(household_no)
            .map_or_else(|| household_no.to_owned(), |h| h.label());
        let title = match entered {
            Some(_) => (b.ballot_correct_title)(&label),
            None => (b.ballot_form_title)(&label),
        };
        // Never before the round opened (its time moved after the latest sign-in).
        let opened = live
            .votes
            .iter()
            .find(|v| v.vote_no == vote_no)
            .map(|v| v.voted_at);
        let now = opened.map_or(self.clock.now(), |opened| opened.max(self.clock.now()));
        let e = entered.as_ref();
        let chosen = e
            .and_then(|ballot| choices.iter().position(|c| *c == ballot.choice))
            .map_or(0, |at| at + 1);
        let fields = match entered {
            Some(_) => HouseholdBallotField::CORRECTION,
            None => HouseholdBallotField::NEW,
        };
        let yes_no = vec![
            b.choice_not_chosen,
            b.choice_for,
            b.choice_against,
            b.choice_abstain,
        ];
        let mut form = Form::new(title, fields, |field| match field {
            HouseholdBallotField::Choice => {
                Field::choice(b.field_choice, yes_no.clone(), chosen).required()
            }
            HouseholdBallotField::ReceivedAt => Field::text(b.field_received_at)
                .with_text(&format_when(&e.map_or(now, |ballot| ballot.received_at)))
                .required(),
            HouseholdBallotField::CollectedBy => Field::text(b.field_collected_by)
                .with_text(e.map_or(last_collector.as_str(), |ballot| &ballot.collected_by))
                .required(),
            HouseholdBallotField::Opinion => Field::multiline(b.field_ballot_opinion)
                .with_text(e.map_or("", |ballot| &ballot.opinion)),
            HouseholdBallotField::Reason => Field::text(s.field_reason).required(),
        });
        // An options round offers its options by number and title, then none of them.
        let option_words = self.round_option_labels(item_no, vote_no);
        if !option_words.is_empty() {
            let mut shown = vec![Cow::Borrowed(b.choice_not_chosen)];
            shown.extend(option_words.into_iter().map(Cow::Owned));
            form.set_options(HouseholdBallotField::Choice, shown);
        }
        let kind = FormKind::HouseholdBallot {
            item_no,
            vote_no,
            household_no: household_no.to_owned(),
            correcting: entered.is_some(),
        };
        self.open_form(kind, form);
    }

    /// What a ballot of the round may mark, in the order the form offers it.
    fn round_choices(&self, item_no: u32, vote_no: u32) -> Vec<BallotChoice> {
        let options = self.round_options(item_no, vote_no);
        if options.is_empty() {
            return vec![
                BallotChoice::For,
                BallotChoice::Against,
                BallotChoice::Abstain,
            ];
        }
        let mut choices: Vec<_> = options.into_iter().map(BallotChoice::Option).collect();
        choices.push(BallotChoice::Abstain);
        choices
    }

    /// The option numbers on the round's ballot; none for a yes/no question.
    fn round_options(&self, item_no: u32, vote_no: u32) -> Vec<u32> {
        self.live.as_ref().map_or_else(Vec::new, |live| {
            live.option_votes
                .iter()
                .filter(|o| o.item_no == item_no && o.vote_no == vote_no)
                .map(|o| o.option_no)
                .collect()
        })
    }

    /// The words of an options round's choices, each option by its number and title, then
    /// "none"; empty for a yes/no round.
    fn round_option_labels(&self, item_no: u32, vote_no: u32) -> Vec<String> {
        let s = self.strings;
        let Some(live) = self.live.as_ref() else {
            return Vec::new();
        };
        let options = self.round_options(item_no, vote_no);
        if options.is_empty() {
            return Vec::new();
        }
        let mut labels: Vec<String> = options
            .iter()
            .map(|&no| {
                let title = live
                    .options_of(item_no)
                    .find(|o| o.option_no == no)
                    .map_or("", |o| o.title.as_str());
                (s.options.option_label)(no, title)
            })
            .collect();
        labels.push(s.ballots.choice_no_option.to_owned());
        labels
    }

    /// Saves the ballot of the form; `correcting` the one entered, with the reason typed.
    pub(super) fn submit_household_ballot(
        &mut self,
        item_no: u32,
        vote_no: u32,
        household_no: &str,
        correcting: bool,
        form: &mut Form,
    ) -> Result<(), String> {
        let s = self.strings;
        let b = s.ballots;
        let choices = self.round_choices(item_no, vote_no);
        let picked = form.choice(HouseholdBallotField::Choice);
        let Some(&choice) = picked.checked_sub(1).and_then(|at| choices.get(at)) else {
            form.focus_field(HouseholdBallotField::Choice);
            return Err(b.err_choice_not_chosen.to_owned());
        };
        let offset = *self.clock.now().offset();
        let received_at = parse_when(&form.text(HouseholdBallotField::ReceivedAt), offset)
            .map_err(|e| {
                form.focus_field(HouseholdBallotField::ReceivedAt);
                messages::when_error(s, e)
            })?;
        let collected_by = form.required_text(HouseholdBallotField::CollectedBy, s)?;
        let ballot = HouseholdBallot {
            household_no: household_no.to_owned(),
            choice,
            received_at,
            collected_by,
            opinion: form.text(HouseholdBallotField::Opinion).trim().to_owned(),
        };
        let live = self.live.as_ref().ok_or(s.nothing_selected)?;
        let id = live.id;
        let saved = if correcting {
            let reason = required_reason(form, HouseholdBallotField::Reason, s)?;
            let now = self.clock.now();
            self.store
                .correct_household_ballot(id, item_no, vote_no, &ballot, now, &reason)
        } else {
            self.store
                .add_household_ballot(id, item_no, vote_no, &ballot)
        };
        let vote = saved.map_err(|e| messages::store_error(s, &e))?;
        self.reload_ballots();
        self.reload_options();
        self.reload_item();
        let (returned, households) = (vote.counts.households_present, vote.counts.households_total);
        self.info(match correcting {
            true => (b.corrected_ballot)(household_no),
            false => (b.saved_ballot)(household_no, returned, households),
        });
        Ok(())
    }

    /// After a show of hands that fell short of quorum, the app offers a household-ballot
    /// round for the item, when the meeting has a register (SPEC §12).
    pub(super) fn offer_round_after(&mut self, item_no: u32, outcome: Outcome) {
        let has_register = self
            .live
            .as_ref()
            .is_some_and(|l| !l.door.households.is_empty());
        if outcome == Outcome::NoQuorum && has_register {
            self.offer_round(item_no, Some(()));
        }
    }
}
