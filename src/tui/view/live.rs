//! The live meeting: agenda, attendance, the speaker with the floor and their clock, the queue,
//! the opinions of the selected item and its vote.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::ops::Range;

use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, Wrap};

use crate::domain::{AgendaItem, Vote};
use crate::i18n::Strings;
use crate::tui::app::{App, Live, Pane, Popup};

use super::ballots;
use super::options::{self, Choice};
use super::rows;
use super::{
    display_width, fit_spans, fit_width, format_duration, hour_minute, other_item_note,
    render_meeting_header, speaking_clock, tally_rows, turn_marker,
};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(live) = &app.live else { return };
    let panes = panes(app, live, area);
    render_meeting_header(
        app.strings,
        &app.theme,
        &live.meeting,
        live.door.has_register(),
        frame,
        panes.header,
    );
    // The opinion editor covers the panes: only the line above it stays in sight.
    if app.popups.iter().any(|p| matches!(p, Popup::Editor(_))) {
        return;
    }
    render_agenda(app, live, frame, panes.agenda);
    render_vote(app, live, frame, panes.vote);
    render_floor(app, live, frame, panes.floor);
    render_queue(app, live, frame, panes.queue);
    render_opinions(app, live, frame, panes.opinions);
}

/// Where the meeting's header line and the panes go in `area`.
struct Panes {
    header: Rect,
    agenda: Rect,
    queue: Rect,
    vote: Rect,
    floor: Rect,
    opinions: Rect,
}

fn panes(app: &App, live: &Live, area: Rect) -> Panes {
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body);
    // The agenda takes only the rows it needs, so the queue and the opinions get the rest.
    let agenda_rows = (live.agenda.len().max(1) as u16 + 2).min(left.height / 3);
    let vote_rows = vote_rows(app, live, left.width, left.height - agenda_rows);
    let [agenda, queue, vote] = Layout::vertical([
        Constraint::Length(agenda_rows),
        Constraint::Fill(1),
        Constraint::Length(vote_rows),
    ])
    .areas(left);
    // The floor: the clock, the speaker and their turn, the household.
    let floor_rows = 5 + u16::from(live.opinion_waiting());
    let [floor, opinions] =
        Layout::vertical([Constraint::Length(floor_rows), Constraint::Fill(1)]).areas(right);
    Panes {
        header,
        agenda,
        queue,
        vote,
        floor,
        opinions,
    }
}

/// Rows of the vote pane, `width` columns wide, with `room` rows for it and the queue: seven,
/// or for an item with options what its options and their counts take, leaving the queue a
/// row of its own.
fn vote_rows(app: &App, live: &Live, width: u16, room: u16) -> u16 {
    const ROWS: u16 = 7;
    let Some(choice) = choice(live) else {
        return ROWS;
    };
    let inner = usize::from(width.saturating_sub(2));
    let most = room.saturating_sub(3).max(ROWS);
    // Where the room is short, the shares give way; the pane takes only the rows left.
    let lines = options::live_lines(
        app.strings,
        &app.theme,
        &choice,
        no_vote(app.strings, live),
        inner,
        usize::from(most - 2),
    );
    (lines.len() as u16).saturating_add(2).clamp(ROWS, most)
}

/// The selected item's options and the counts of its latest vote; `None` for a yes/no question.
fn choice(live: &Live) -> Option<Choice<'_>> {
    let item = live.selected_item()?;
    Choice::of(
        live.options_of(item.item_no),
        &live.option_votes,
        live.latest_vote(),
    )
}

fn no_vote(s: &Strings, live: &Live) -> &'static str {
    when_open(live, s.no_vote_yet, s.no_vote_closed)
}

/// How many opinions the opinions pane shows at once on the live screen drawn in `area`.
pub(super) fn opinions_page(app: &App, area: Rect) -> usize {
    let Some(live) = &app.live else { return 0 };
    let Some(item) = live.selected_item() else {
        return 0;
    };
    let pane = panes(app, live, area).opinions;
    let [_, _, list, _] = opinion_areas(live, item, Block::bordered().inner(pane));
    usize::from(list.height / 2)
}

/// The item's full title, where its pledges stand (on an item that asks for land), its
/// opinions (two rows each) and the chair's conclusion, in the opinions pane's `inner` area.
fn opinion_areas(live: &Live, item: &AgendaItem, inner: Rect) -> [Rect; 4] {
    // The full title of the item: the agenda list may have cut it.
    let heading_rows = if display_width(&item.title) > usize::from(inner.width) {
        2
    } else {
        1
    };
    Layout::vertical([
        Constraint::Length(heading_rows),
        Constraint::Length(u16::from(live.selected_pledge_totals().is_some())),
        Constraint::Fill(1),
        Constraint::Length(u16::from(live.selected_conclusion().is_some())),
    ])
    .areas(inner)
}

fn pane_block<'a>(app: &App, live: &Live, pane: Option<Pane>, title: String) -> Block<'a> {
    let focused = pane.is_some_and(|p| p == live.focus);
    Block::bordered()
        .title(Line::styled(format!(" {title} "), app.theme.title()))
        .border_style(if focused {
            app.theme.border_focused()
        } else {
            app.theme.border()
        })
}

/// What an empty pane says: on an open meeting it names the key that fills it, on a closed one
/// (where that key does nothing) only what is so.
fn when_open(live: &Live, open: &'static str, closed: &'static str) -> &'static str {
    if live.is_closed() { closed } else { open }
}

fn no_items(s: &Strings, live: &Live) -> &'static str {
    when_open(live, s.no_items, s.no_items_closed)
}

fn render_agenda(app: &App, live: &Live, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let block = pane_block(app, live, Some(Pane::Agenda), s.agenda_title.to_owned());
    if live.agenda.is_empty() {
        let text = Paragraph::new(no_items(s, live))
            .wrap(Wrap { trim: true })
            .block(block);
        frame.render_widget(text, area);
        return;
    }
    // One item is always selected, so every row gives the mark its column.
    let text_width = usize::from(block.inner(area).width).saturating_sub(display_width(MARK));
    let items = live.agenda.iter().map(|item| {
        let row = format!("{}. {}", item.item_no, item.title);
        ListItem::new(fit_width(&row, text_width).into_owned())
    });
    let list = List::new(items)
        .block(block)
        .highlight_style(app.theme.selected())
        .highlight_symbol(MARK);
    let mut state = ListState::default().with_selected(Some(live.item));
    frame.render_stateful_widget(list, area, &mut state);
}

/// Before the selected agenda item.
const MARK: &str = "▸";

fn render_vote(app: &App, live: &Live, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    // The rule goes in the title: it says what the counts below are measured against.
    let title = match live.selected_item() {
        Some(item) => format!("{} · {}", s.vote_title, s.rule(item.rule)),
        None => s.vote_title.to_owned(),
    };
    let block = pane_block(app, live, None, title);
    // A vote by ballot says how it was taken, and a round how far it has come.
    let method = live
        .latest_vote()
        .and_then(|vote| ballots::method_line(s, live.ballot_details(vote), vote))
        .map(|line| Line::styled(line, app.theme.info()));
    if let Some(choice) = choice(live) {
        let inner = block.inner(area);
        let room = usize::from(inner.height).saturating_sub(usize::from(method.is_some()));
        let mut lines = options::live_lines(
            s,
            &app.theme,
            &choice,
            no_vote(s, live),
            usize::from(inner.width),
            room,
        );
        if let Some(method) = method {
            lines.insert(lines.len().min(1), method);
        }
        frame.render_widget(Paragraph::new(lines).block(block), area);
        return;
    }
    let mut lines = match live.latest_vote() {
        Some(vote) => vote_lines(app, vote),
        None => vec![Line::from(no_vote(s, live))],
    };
    if let Some(method) = method {
        lines.insert(1, method);
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        area,
    );
}

fn vote_lines<'a>(app: &App, vote: &'a Vote) -> Vec<Line<'a>> {
    let s = app.strings;
    let outcome = vote.outcome();
    let mut when = format!("  #{} {}", vote.vote_no, hour_minute(&vote.voted_at));
    if vote.corrections > 0 {
        when.push_str(&format!(" ({})", (s.corrected_times)(vote.corrections)));
    }
    let rows = tally_rows(app.strings, &app.theme, vote);
    let mut lines = vec![Line::from(vec![
        Span::styled(s.outcome(outcome), app.theme.outcome(outcome)),
        Span::styled(when, app.theme.dim()),
    ])];
    lines.extend(rows.into_iter().map(|(label, count, style)| {
        Line::from(vec![
            Span::raw(format!("{label:<17}")),
            Span::styled(format!("{count:>5}"), style),
        ])
    }));
    lines
}

fn render_floor(app: &App, live: &Live, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let block = pane_block(app, live, None, s.floor_title.to_owned());
    let lines = match &live.floor {
        Some(floor) => {
            let elapsed = floor.elapsed(app.clock.now());
            // The turn belongs to the item that was selected when it began; say so if the
            // secretary has moved on to another.
            let item = other_item_note(s, floor, live.selected_item());
            let turns = live.turns.floor();
            let waiting = live
                .opinion_waiting()
                .then(|| Line::styled(s.opinion_waiting, app.theme.info()));
            let mut lines = vec![
                Line::from(speaking_clock(
                    s,
                    &app.theme,
                    live.speaking_limit.clock(elapsed),
                )),
                Line::from(vec![
                    Span::styled(floor.speaker.name.as_str(), app.theme.title()),
                    turn_marker(s, &app.theme, turns),
                ]),
                Line::styled(format!("{}{item}", floor.speaker.address), app.theme.dim()),
            ];
            lines.extend(waiting);
            lines
        }
        None => {
            let empty = when_open(live, s.floor_empty, s.floor_empty_closed);
            vec![Line::styled(empty, app.theme.dim())]
        }
    };
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        area,
    );
}

fn render_queue(app: &App, live: &Live, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let title = format!("{} ({})", s.queue_title, live.queue.len());
    let block = pane_block(app, live, Some(Pane::Queue), title);
    if live.queue.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                when_open(live, s.queue_empty, s.queue_empty_closed),
                app.theme.dim(),
            ))
            .wrap(Wrap { trim: true })
            .block(block),
            area,
        );
        return;
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let focused = live.focus == Pane::Queue;
    let selected = focused.then_some(live.queue_selected);
    let shown = visible_window(live.queue.len(), usize::from(inner.height), selected);
    // The selection mark takes the first column of every row while the pane is focused.
    let text_width = usize::from(inner.width.saturating_sub(u16::from(selected.is_some())));
    let items: Vec<Vec<Line>> = shown
        .clone()
        .map(|i| {
            let q = &live.queue[i];
            let mut spans = vec![
                Span::raw(format!("{}. {}", i + 1, q.speaker.name)),
                turn_marker(s, &app.theme, live.turns.queued(i)),
            ];
            if !q.speaker.address.is_empty() {
                spans.push(Span::styled(
                    format!(" · {}", q.speaker.address),
                    app.theme.dim(),
                ));
            }
            // A cut address can name another house ("Phú Lộc 1" for "Phú Lộc 10").
            vec![Line::from(fit_spans(spans, text_width))]
        })
        .collect();
    let selection = selected.map(|i| selection_mark(app, i - shown.start));
    rows::draw_items(&items, selection.as_ref(), inner, frame.buffer_mut());
}

/// The items of a list that fit in `rows` items' space: from the first, or ending at the
/// selected one once it would be below the pane.
fn visible_window(len: usize, rows: usize, selected: Option<usize>) -> Range<usize> {
    let rows = rows.max(1);
    let end = selected.map_or(0, |i| i + 1).max(rows).min(len);
    end.saturating_sub(rows)..end
}

fn selection_mark(app: &App, index: usize) -> rows::Selection {
    rows::Selection {
        index,
        symbol: "▸",
        style: app.theme.selected(),
    }
}

fn render_opinions(app: &App, live: &Live, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let Some(item) = live.selected_item() else {
        let title = s.opinions_title_no_item.to_owned();
        let block = pane_block(app, live, Some(Pane::Opinions), title);
        frame.render_widget(Paragraph::new(no_items(s, live)).block(block), area);
        return;
    };
    let title = (s.opinions_title)(item.item_no, live.opinions.len());
    let block = pane_block(app, live, Some(Pane::Opinions), title);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let heading = Paragraph::new(Line::styled(item.title.as_str(), app.theme.title()))
        .wrap(Wrap { trim: true });
    // The chair's conclusion, once written, closes the pane: what the item came to.
    let conclusion = live.selected_conclusion().map(|c| c.text.as_str());
    // An item that asks for land: where its pledges stand, under its title.
    let pledges = super::pledges::live_line(app, live);
    let [heading_area, pledges_area, list_area, conclusion_area] = opinion_areas(live, item, inner);
    frame.render_widget(heading, heading_area);
    if let Some(line) = pledges {
        let fitted = fit_width(&line, usize::from(pledges_area.width)).into_owned();
        frame.render_widget(Line::styled(fitted, app.theme.info()), pledges_area);
    }
    if let Some(text) = conclusion {
        let label = format!("{}: ", s.field_conclusion);
        let width = usize::from(conclusion_area.width).saturating_sub(display_width(&label));
        // Its line breaks become spaces: one line says how it begins.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let line = Line::from(vec![
            Span::styled(label, app.theme.label()),
            Span::raw(fit_width(&text, width).into_owned()),
        ]);
        frame.render_widget(line, conclusion_area);
    }

    if live.opinions.is_empty() {
        frame.render_widget(Line::styled(s.opinions_empty, app.theme.dim()), list_area);
        return;
    }
    // Only the rows that fit are built: an item may have thousands of turns. Unless the pane
    // has the focus, the latest opinions are the ones shown.
    let focused = live.focus == Pane::Opinions;
    let selected = live.opinion_in_view();
    let shown = visible_window(
        live.opinions.len(),
        usize::from(list_area.height / 2),
        Some(selected),
    );
    // Each summary shows its first line, indented by three, after the selection mark if any.
    let text_width = usize::from(list_area.width).saturating_sub(3 + usize::from(focused));
    let items: Vec<Vec<Line>> = live
        .opinions
        .slice(shown.clone())
        .iter()
        .map(|o| {
            let head = Line::from(vec![
                Span::raw(format!("{}. ", o.turn_no)),
                Span::styled(
                    format!("[{}] ", s.stance(o.stance)),
                    app.theme.stance(o.stance),
                ),
                Span::styled(o.speaker.name.as_str(), Style::new()),
                Span::styled(
                    if live.door.is_outside_the_group(&o.speaker) {
                        format!(" ({})", s.register.outside_the_group)
                    } else {
                        String::new()
                    },
                    app.theme.dim(),
                ),
                Span::styled(
                    if live.corrected_opinions.contains(&(o.item_no, o.turn_no)) {
                        format!(" {}", s.opinion_corrected_mark)
                    } else {
                        String::new()
                    },
                    app.theme.info(),
                ),
                Span::styled(
                    format!(
                        " · {} · {}",
                        hour_minute(&o.started_at),
                        format_duration(o.duration_s.into())
                    ),
                    app.theme.dim(),
                ),
            ]);
            let first_line = o.text.lines().next().unwrap_or_default();
            vec![
                head,
                Line::styled(
                    format!("   {}", fit_width(first_line, text_width)),
                    app.theme.dim(),
                ),
            ]
        })
        .collect();
    let selection = focused.then(|| selection_mark(app, selected - shown.start));
    rows::draw_items(&items, selection.as_ref(), list_area, frame.buffer_mut());
}
