//! Votes by ballot on screen (SPEC §12): a household-ballot round, household by household in
//! the register's order with the ballot each returned, its counts so far; and the words of a
//! vote's method and progress for the live pane and the chair's board.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::domain::{BallotChoice, BallotDetails, BallotRound, HouseholdBallot, Vote, VoteMethod};
use crate::i18n::Strings;
use crate::messages::{clock_time, reporting_day};
use crate::tui::app::App;

use super::centered;
use super::pledges::{cell, dialog};

/// Before the selected row.
const MARK: &str = "▸";

/// What a vote's method and, for a ballot, its sheets or its round's progress come to, in a
/// few words for the live pane and the chair's board; `None` for a show of hands.
pub fn method_line(s: &Strings, details: Option<&BallotDetails>, vote: &Vote) -> Option<String> {
    let b = s.ballots;
    match details? {
        BallotDetails::Secret { sheets, .. } => Some(format!(
            "{} · {}",
            b.method_secret_short,
            (b.secret_sheets)(sheets.issued, sheets.returned, sheets.valid)
        )),
        BallotDetails::HouseholdRound { counted_at } => {
            // A round's households present are the ballots returned.
            let returned = vote.counts.households_present;
            let households = vote.counts.households_total;
            let state = match counted_at {
                None => b.round_open.to_owned(),
                Some(counted) => (b.report_by)(&reporting_day(counted)),
            };
            Some(format!(
                "{} · {} · {state}",
                b.method_household_short,
                (b.round_progress)(returned, households)
            ))
        }
    }
}

/// The short name of a method: "giơ tay", "bỏ phiếu kín", "phiếu đến từng hộ".
pub fn method_name(s: &Strings, method: VoteMethod) -> &'static str {
    let b = s.ballots;
    match method {
        VoteMethod::Hands => b.method_hands_short,
        VoteMethod::Secret => b.method_secret_short,
        VoteMethod::HouseholdBallot => b.method_household_short,
    }
}

/// What a ballot marks, in words: for, against, abstain, or the option's number and title.
fn choice_words(app: &App, item_no: u32, ballot: &HouseholdBallot) -> String {
    let (s, b) = (app.strings, app.strings.ballots);
    match ballot.choice {
        BallotChoice::For => b.choice_for.to_owned(),
        BallotChoice::Against => b.choice_against.to_owned(),
        BallotChoice::Abstain => b.choice_abstain.to_owned(),
        BallotChoice::Option(no) => {
            let title = app
                .live
                .as_ref()
                .and_then(|l| l.options_of(item_no).find(|o| o.option_no == no))
                .map_or("", |o| o.title.as_str());
            (s.options.option_label)(no, title)
        }
    }
}

/// The round that is vote `vote_no` of item `item_no`: its progress in the title, the counts so
/// far, and every household of the register with its ballot or "not returned".
pub fn render_round(
    app: &App,
    item_no: u32,
    vote_no: u32,
    selected: usize,
    frame: &mut Frame,
    area: Rect,
) {
    let (s, theme) = (app.strings, &app.theme);
    let b = s.ballots;
    let Some(live) = &app.live else { return };
    let Some(vote) = live.votes.iter().find(|v| v.vote_no == vote_no) else {
        return;
    };
    let Some(round) = live.ballot_round(vote) else {
        return;
    };
    let counted = !matches!(
        live.ballot_details(vote),
        Some(BallotDetails::HouseholdRound { counted_at: None })
    );
    let (returned, households) = round.progress();
    let title = match counted {
        false => (b.round_title)(item_no, vote_no, returned, households),
        true => (b.round_counted_title)(item_no, vote_no, returned, households),
    };
    let width = area.width.saturating_sub(4).clamp(76, 150);
    let height = area.height.saturating_sub(2);
    let dialog_area = centered(area, width, height);
    frame.render_widget(Clear, dialog_area);
    let block = dialog(theme, &title);
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);
    let [counts, rows] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let summary = Paragraph::new(Line::styled(
        counts_sentence(app, vote, &round),
        theme.title(),
    ))
    .wrap(Wrap { trim: true });
    frame.render_widget(summary, counts);

    let row_width = usize::from(rows.width).saturating_sub(MARK.len());
    let household_width = (row_width * 11 / 20).max(20);
    let choice_width = row_width.saturating_sub(household_width + 8).max(8);
    let items = live.door.households.iter().map(|household| {
        let label = cell(&household.label(), household_width, false);
        let line = match round.ballot_of(&household.household_no) {
            Some(ballot) => Line::from(vec![
                Span::raw(format!("{label} ")),
                Span::styled(
                    cell(&choice_words(app, item_no, ballot), choice_width, false),
                    theme.label(),
                ),
                Span::styled(format!(" {}", clock_time(&ballot.received_at)), theme.dim()),
            ]),
            None => Line::from(vec![
                Span::raw(format!("{label} ")),
                Span::styled(b.not_returned, theme.dim()),
            ]),
        };
        ListItem::new(line)
    });
    let list = List::new(items.collect::<Vec<_>>())
        .highlight_style(theme.selected())
        .highlight_symbol(MARK);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, rows, &mut state);
}

/// The counts of the round so far and what they decide, in one sentence.
fn counts_sentence(app: &App, vote: &Vote, round: &BallotRound) -> String {
    let s = app.strings;
    let b = s.ballots;
    let (returned, households) = round.progress();
    let progress = (b.round_progress)(returned, households);
    let decided = match round.option_counts() {
        Some(counts) => {
            let per_option: Vec<String> = counts
                .options
                .iter()
                .map(|&(no, votes)| format!("{} {votes}", (s.options.option_no)(no)))
                .collect();
            let outcome = crate::messages::options_outcome(s, &vote.decide(&counts));
            format!(
                "{} · {} {} · {outcome}",
                per_option.join(" · "),
                b.choice_no_option,
                counts.abstain
            )
        }
        None => {
            let c = round.vote_counts();
            format!(
                "{} {} · {} {} · {} {} · {}",
                b.choice_for,
                c.votes_for,
                b.choice_against,
                c.votes_against,
                b.choice_abstain,
                c.votes_abstain,
                s.outcome(vote.outcome())
            )
        }
    };
    format!("{progress} — {decided}")
}
