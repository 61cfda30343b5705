//! The chair's screen in another window (`hopdan show`): the meeting and its attendance, the
//! item being discussed, who has the floor with their clock, who speaks next, and the latest
//! vote on the item in large type. Read from one snapshot; nothing here changes state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::domain::{AgendaItem, MeetingStatus, PledgeTotals};
use crate::i18n::Strings;
use crate::store::LiveSnapshot;
use crate::tui::keymap;
use crate::tui::show_state::Show;
use crate::tui::theme::Theme;

use super::options::Choice;
use super::{
    MIN_HEIGHT, MIN_WIDTH, centered, chair, display_width, fit_spans, fit_width, format_duration,
    help_text, key_bar_lines, other_item_note, render_meeting_header, speaking_clock,
    too_small_notice, turn_marker,
};

/// From this size on (a projector, a large window) the speaker's clock is drawn in large
/// digits and the queue gets a pane of its own.
const LARGE_WIDTH: u16 = 120;
const LARGE_HEIGHT: u16 = 40;

/// Columns one large digit takes (the same at half height).
const GLYPH_WIDTH: u16 = 8;

/// Between two entries of the queue on one line.
const QUEUE_SEPARATOR: &str = "  ·  ";

pub fn render(show: &Show, frame: &mut Frame) {
    let area = frame.area();
    let (s, theme) = (show.strings, &show.theme);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small_notice(s, theme, frame, area);
        return;
    }
    let key_lines = key_bar_lines(&keymap::show::bar(show).hints(s.keys), area.width);
    let [body, message, keys_area] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(u16::from(show.error.is_some())),
        Constraint::Length(key_lines.len() as u16),
    ])
    .areas(area);

    match &show.snapshot {
        Some(snapshot) => render_meeting(show, snapshot, frame, body),
        None => {
            let [_, middle, _] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(2),
                Constraint::Fill(1),
            ])
            .areas(body);
            let waiting = Paragraph::new(s.show_no_meeting)
                .style(theme.label())
                .centered()
                .wrap(Wrap { trim: true });
            frame.render_widget(waiting, middle);
        }
    }
    if let Some(error) = &show.error {
        frame.render_widget(Line::styled(error.as_str(), theme.error()), message);
    }
    frame.render_widget(Paragraph::new(key_lines).style(theme.key_bar()), keys_area);
    if show.help {
        render_help(s, theme, frame, body);
    }
}

fn render_meeting(show: &Show, snapshot: &LiveSnapshot, frame: &mut Frame, area: Rect) {
    let (s, theme) = (show.strings, &show.theme);
    let large = area.width >= LARGE_WIDTH && area.height >= LARGE_HEIGHT;
    let [header, item_line, speakers, board] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(if large { 9 } else { 4 }),
        Constraint::Fill(1),
    ])
    .areas(area);
    let shown = show.shown_item();
    render_meeting_header(s, theme, &snapshot.meeting, false, frame, header);
    render_item_line(show, snapshot, shown, frame, item_line);
    let now = show.clock.now();
    if large {
        let [floor, queue] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(speakers);
        render_floor_large(s, theme, snapshot, shown, now, frame, floor);
        render_queue_large(s, theme, snapshot, frame, queue);
    } else {
        render_speakers_compact(s, theme, snapshot, shown, now, frame, speakers);
    }

    let vote = shown.and_then(|item| snapshot.latest_vote(item.item_no));
    let block = chair::board_block(s, theme, vote);
    let inner = block.inner(board);
    frame.render_widget(block, board);
    if let Some(item) = shown {
        let pledges = item.takes_pledges.then(|| {
            PledgeTotals::of(
                snapshot
                    .pledges
                    .iter()
                    .filter(|p| p.item_no == item.item_no),
            )
        });
        let choice = Choice::of(
            snapshot
                .options
                .iter()
                .filter(|o| o.item_no == item.item_no),
            &snapshot.option_votes,
            vote,
        );
        let board = chair::Board {
            vote,
            choice: choice.as_ref(),
            pledges: pledges.as_ref(),
        };
        chair::render_item_board(s, theme, &board, frame, inner);
    }
}

/// Which item is on screen, and whether the screen follows the meeting or the chair is looking
/// at another item (said in words and in reverse video, so nobody mistakes one for the other).
fn render_item_line(
    show: &Show,
    snapshot: &LiveSnapshot,
    shown: Option<&AgendaItem>,
    frame: &mut Frame,
    area: Rect,
) {
    let (s, theme) = (show.strings, &show.theme);
    let status = if show.browsing.is_some() {
        Span::styled(format!(" {} ", s.show_browsing), theme.selected())
    } else if snapshot.meeting.status == MeetingStatus::Closed {
        // Nothing more will happen: "live" would mislead.
        Span::styled(format!(" {} ", s.closed_banner), theme.error())
    } else {
        Span::styled(format!(" {} ", s.show_live), theme.info())
    };
    let [left, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(display_width(&status.content) as u16),
    ])
    .areas(area);
    let item = match shown {
        Some(item) => Line::from(fit_spans(
            vec![
                Span::styled(
                    (s.show_item_of)(item.item_no, snapshot.agenda.len()),
                    theme.label(),
                ),
                Span::raw(" · "),
                Span::styled(item.title.as_str(), theme.title()),
            ],
            usize::from(left.width),
        )),
        None => Line::styled(s.no_item_selected, theme.dim()),
    };
    frame.render_widget(item, left);
    frame.render_widget(status, right);
}

/// The box of the speaker with the floor, its title saying how long a turn may last.
fn floor_block<'a>(s: &Strings, theme: &Theme, snapshot: &LiveSnapshot) -> Block<'a> {
    let limit = snapshot.speaking_limit;
    let limit_text = if limit.is_none() {
        s.show_no_limit.to_owned()
    } else if limit.seconds().is_multiple_of(60) {
        let minutes = (s.show_minutes)(limit.seconds() / 60);
        (s.show_limit)(&minutes)
    } else {
        (s.show_limit)(&format_duration(limit.seconds().into()))
    };
    Block::bordered()
        .border_style(theme.border_focused())
        .title(Line::styled(format!(" {} ", s.floor_title), theme.title()))
        .title(Line::styled(format!(" {limit_text} "), theme.dim()).right_aligned())
}

/// Up to 80×24 and a little more: the floor on one line, the queue on the next.
fn render_speakers_compact(
    s: &Strings,
    theme: &Theme,
    snapshot: &LiveSnapshot,
    shown: Option<&AgendaItem>,
    now: chrono::DateTime<chrono::FixedOffset>,
    frame: &mut Frame,
    area: Rect,
) {
    let block = floor_block(s, theme, snapshot);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let floor_line = match &snapshot.floor {
        Some(floor) => {
            let elapsed = floor.elapsed(now);
            let mut spans = vec![
                speaking_clock(s, theme, snapshot.speaking_limit.clock(elapsed)),
                Span::raw("  "),
                Span::styled(floor.speaker.name.clone(), theme.title()),
                turn_marker(s, theme, snapshot.turns.floor()),
            ];
            let mut rest = other_item_note(s, floor, shown);
            if !floor.speaker.address.is_empty() {
                rest.insert_str(0, &format!(" · {}", floor.speaker.address));
            }
            spans.push(Span::styled(rest, theme.dim()));
            Line::from(fit_spans(spans, usize::from(inner.width)))
        }
        None => Line::styled(s.show_no_floor, theme.dim()),
    };
    let [first, second] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(floor_line, first);
    frame.render_widget(
        queue_line(s, theme, snapshot, usize::from(second.width)),
        second,
    );
}

/// "Next: 1. A (new) · 2. B (turn 2) · and 3 more", as many names as fit in `width`.
fn queue_line(s: &Strings, theme: &Theme, snapshot: &LiveSnapshot, width: usize) -> Line<'static> {
    let label = format!("{}: ", s.show_next);
    let mut used = display_width(&label);
    let mut spans = vec![Span::styled(label, theme.label())];
    if snapshot.queue.is_empty() {
        spans.push(Span::styled(s.queue_is_empty, theme.dim()));
        return Line::from(spans);
    }
    let more = |left: usize| format!("{QUEUE_SEPARATOR}{}", (s.show_queue_more)(left));
    for (i, queued) in snapshot.queue.iter().enumerate() {
        let separator = if i == 0 { "" } else { QUEUE_SEPARATOR };
        let name = format!("{separator}{}. {}", i + 1, queued.speaker.name);
        let marker = turn_marker(s, theme, snapshot.turns.queued(i));
        let entry = display_width(&name) + display_width(&marker.content);
        let after = snapshot.queue.len() - i - 1;
        let reserve = if after > 0 {
            display_width(&more(after))
        } else {
            0
        };
        if i > 0 && used + entry + reserve > width {
            spans.push(Span::styled(more(snapshot.queue.len() - i), theme.dim()));
            break;
        }
        spans.push(Span::raw(name));
        spans.push(marker);
        used += entry;
    }
    // A name longer than the line (the first is always shown) ends with "…".
    Line::from(fit_spans(spans, width))
}

/// On a large screen: the speaker's name, household and a clock in large digits.
fn render_floor_large(
    s: &Strings,
    theme: &Theme,
    snapshot: &LiveSnapshot,
    shown: Option<&AgendaItem>,
    now: chrono::DateTime<chrono::FixedOffset>,
    frame: &mut Frame,
    area: Rect,
) {
    let block = floor_block(s, theme, snapshot);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(floor) = &snapshot.floor else {
        let [_, middle, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(inner);
        frame.render_widget(
            Line::styled(s.show_no_floor, theme.dim()).centered(),
            middle,
        );
        return;
    };
    let [name, address, digits, state] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(4),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Line::from(fit_spans(
            vec![
                Span::styled(floor.speaker.name.clone(), theme.title()),
                turn_marker(s, theme, snapshot.turns.floor()),
            ],
            usize::from(name.width),
        ))
        .centered(),
        name,
    );
    let household = format!(
        "{}{}",
        floor.speaker.address,
        other_item_note(s, floor, shown)
    );
    frame.render_widget(
        Line::styled(
            fit_width(&household, usize::from(address.width)),
            theme.dim(),
        )
        .centered(),
        address,
    );
    let clock = snapshot.speaking_limit.clock(floor.elapsed(now));
    let style = theme.clock(clock.state);
    let elapsed = format_duration(clock.elapsed.into());
    if elapsed.chars().count() as u16 * GLYPH_WIDTH <= digits.width {
        let big = BigText::builder()
            .pixel_size(PixelSize::HalfHeight)
            .style(style)
            .lines(vec![Line::from(elapsed)])
            .centered()
            .build();
        frame.render_widget(big, digits);
    } else {
        frame.render_widget(Line::styled(elapsed, style).centered(), digits);
    }
    frame.render_widget(
        Line::from(speaking_clock(s, theme, clock)).centered(),
        state,
    );
}

/// On a large screen: the queue, one resident a line, with their turn.
fn render_queue_large(
    s: &Strings,
    theme: &Theme,
    snapshot: &LiveSnapshot,
    frame: &mut Frame,
    area: Rect,
) {
    let title = format!("{} ({})", s.queue_title, snapshot.queue.len());
    let block = Block::bordered()
        .border_style(theme.border())
        .title(Line::styled(format!(" {title} "), theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if snapshot.queue.is_empty() {
        frame.render_widget(Line::styled(s.queue_is_empty, theme.dim()), inner);
        return;
    }
    let rows = usize::from(inner.height);
    let shown = if snapshot.queue.len() > rows {
        rows.saturating_sub(1)
    } else {
        rows
    };
    let mut lines: Vec<Line> = snapshot
        .queue
        .iter()
        .take(shown)
        .enumerate()
        .map(|(i, queued)| {
            let mut spans = vec![
                Span::raw(format!("{}. {}", i + 1, queued.speaker.name)),
                turn_marker(s, theme, snapshot.turns.queued(i)),
            ];
            if !queued.speaker.address.is_empty() {
                spans.push(Span::styled(
                    format!(" · {}", queued.speaker.address),
                    theme.dim(),
                ));
            }
            Line::from(fit_spans(spans, usize::from(inner.width)))
        })
        .collect();
    if shown < snapshot.queue.len() {
        lines.push(Line::styled(
            (s.show_queue_more)(snapshot.queue.len() - shown),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn render_help(s: &Strings, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lines = help_text(keymap::show::HELP.lines(s.keys), theme);
    let width = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    let dialog_area = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, dialog_area);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused())
        .title(Line::styled(format!(" {} ", s.help_title), theme.title()));
    frame.render_widget(Paragraph::new(lines).block(block), dialog_area);
}
