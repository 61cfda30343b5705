//! Items that are a choice among several options (SPEC §15), as the live screen's vote pane
//! and the chair's board draw them: the options before a vote; for a vote, the hands for each
//! option put with their shares, the abstentions, the leading option marked, and what the vote
//! decided in words. A vote's for/against columns mean nothing here: they hold the leader and
//! all the others (`OptionCounts::as_vote_counts`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};
use tui_big_text::PixelSize;

use crate::domain::{
    ItemOption, OptionCounts, OptionVote, OptionsOutcome, Outcome, Vote, format_share,
    option_counts,
};
use crate::i18n::Strings;
use crate::tui::theme::Theme;

use super::board::{bar, facts_lines, render_count};
use super::{display_width, fit_lines, fit_width, hour_minute, message_lines};

/// What the screens show of an item with options: the options, and the vote on them if any.
pub(super) struct Choice<'a> {
    options: Vec<&'a ItemOption>,
    voted: Option<Voted<'a>>,
}

/// The vote shown, counted option by option, and what it decided.
struct Voted<'a> {
    vote: &'a Vote,
    counts: OptionCounts,
    outcome: OptionsOutcome,
}

impl<'a> Choice<'a> {
    /// The choice of an item with these `options` whose vote shown is `vote`; `None` for a
    /// yes/no question (no options, or a vote counted for and against).
    pub(super) fn of(
        options: impl Iterator<Item = &'a ItemOption>,
        option_votes: &[OptionVote],
        vote: Option<&'a Vote>,
    ) -> Option<Choice<'a>> {
        let options: Vec<&ItemOption> = options.collect();
        if options.is_empty() {
            return None;
        }
        let voted = match vote {
            None => None,
            Some(vote) => {
                let counts = option_counts(option_votes, vote)?;
                let outcome = vote.decide(&counts);
                Some(Voted {
                    vote,
                    counts,
                    outcome,
                })
            }
        };
        Some(Choice { options, voted })
    }

    fn title(&self, option_no: u32) -> &str {
        self.options
            .iter()
            .find(|o| o.option_no == option_no)
            .map_or("", |o| o.title.as_str())
    }
}

/// A later vote between two options is the run-off: it says between which.
fn run_off_note(s: &Strings, voted: &Voted) -> Option<String> {
    match voted.counts.options.as_slice() {
        [(first, _), (second, _)] if voted.vote.vote_no > 1 => {
            Some((s.options.run_off_between)(*first, *second))
        }
        _ => None,
    }
}

/// One row of the tally: an option put (marked when it leads) or the abstentions.
struct Row {
    /// `None` for the abstentions.
    option_no: Option<u32>,
    label: String,
    leading: bool,
    count: u32,
    style: Style,
}

fn rows(s: &Strings, theme: &Theme, choice: &Choice, voted: &Voted) -> Vec<Row> {
    let leading = voted.counts.leading_votes();
    let mut rows: Vec<Row> = voted
        .counts
        .options
        .iter()
        .map(|&(option_no, votes)| {
            let leads = leading > 0 && votes == leading;
            Row {
                option_no: Some(option_no),
                label: format!("{option_no}. {}", choice.title(option_no)),
                leading: leads,
                count: votes,
                style: if leads {
                    theme.count_for()
                } else {
                    theme.count_neutral()
                },
            }
        })
        .collect();
    rows.push(Row {
        option_no: None,
        label: s.field_votes_abstain.to_owned(),
        leading: false,
        count: voted.counts.abstain,
        style: theme.count_abstain(),
    });
    rows
}

/// Before the leading option(s).
const LEADING: &str = "▸";

fn mark(row: &Row) -> &'static str {
    if row.leading { LEADING } else { " " }
}

/// The shares of all households and of those present, with the words `all` and `present`.
fn shares(s: &Strings, counts: &OptionCounts, count: u32, all: &str, present: &str) -> String {
    let sep = s.decimal_separator;
    format!(
        "{} {all} · {} {present}",
        format_share(count, counts.households_total, sep),
        format_share(count, counts.households_present, sep),
    )
}

/// The lines of the live screen's vote pane, `width` columns wide, in at most `room` rows where
/// that can be had by leaving out the shares; `empty` is what it says before a vote.
pub(super) fn live_lines(
    s: &Strings,
    theme: &Theme,
    choice: &Choice,
    empty: &str,
    width: usize,
    room: usize,
) -> Vec<Line<'static>> {
    let Some(voted) = &choice.voted else {
        let mut lines: Vec<Line> = message_lines(empty, width)
            .into_iter()
            .map(Line::from)
            .collect();
        lines.extend(choice.options.iter().map(|o| {
            let row = format!("{}. {}", o.option_no, o.title);
            Line::raw(fit_width(&row, width).into_owned())
        }));
        return lines;
    };
    let outcome = voted.outcome.outcome();
    let sentence = crate::messages::options_outcome(s, &voted.outcome);
    let mut said = fit_lines(&sentence, width, 3);
    let when = format!(
        "#{} {}",
        voted.vote.vote_no,
        hour_minute(&voted.vote.voted_at)
    );
    // The run-off says between which options, beside the time if it fits, else under it.
    let mut when = match run_off_note(s, voted) {
        Some(note) if display_width(&when) + 3 + display_width(&note) <= width => {
            vec![format!("{when} · {note}")]
        }
        Some(note) => {
            let mut lines = vec![when];
            lines.extend(fit_lines(&note, width, 2));
            lines
        }
        None => vec![when],
    };
    let rows = rows(s, theme, choice, voted);
    let options = rows.len() - 1;
    // Where the room is short, what gives way first: the shares under each option, the time
    // of the vote, the outcome's words past its first line, the abstentions.
    let mut with_shares = true;
    let mut with_abstain = true;
    let wanted = |said: &[String], when: &[String], shares: bool, abstain: bool| {
        said.len() + when.len() + options * (1 + usize::from(shares)) + usize::from(abstain)
    };
    if wanted(&said, &when, with_shares, with_abstain) > room {
        with_shares = false;
    }
    if wanted(&said, &when, with_shares, with_abstain) > room {
        when.clear();
    }
    if wanted(&said, &when, with_shares, with_abstain) > room {
        said = vec![fit_width(&sentence, width).into_owned()];
    }
    if wanted(&said, &when, with_shares, with_abstain) > room {
        with_abstain = false;
    }
    let mut lines: Vec<Line> = said
        .into_iter()
        .map(|line| Line::styled(line, theme.outcome(outcome)))
        .collect();
    lines.extend(
        when.into_iter()
            .map(|line| Line::styled(fit_width(&line, width).into_owned(), theme.dim())),
    );
    let count_width = voted.counts.households_total.to_string().len();
    for row in &rows {
        if row.option_no.is_none() && !with_abstain {
            continue;
        }
        let label_width = width.saturating_sub(2 + count_width);
        let label = fit_width(&row.label, label_width);
        let pad = label_width.saturating_sub(display_width(&label));
        lines.push(Line::from(vec![
            Span::styled(mark(row), row.style),
            Span::raw(format!("{label}{} ", " ".repeat(pad))),
            Span::styled(
                format!("{:>count_width$}", row.count),
                row.style.add_modifier(Modifier::BOLD),
            ),
        ]));
        if with_shares && row.option_no.is_some() {
            lines.push(share_line(s, theme, &voted.counts, row, width));
        }
    }
    lines
}

/// Under an option on the live pane: its shares, and a bar where it has room to mean something.
fn share_line(
    s: &Strings,
    theme: &Theme,
    counts: &OptionCounts,
    row: &Row,
    width: usize,
) -> Line<'static> {
    let o = s.options;
    let share = |all: &str| shares(s, counts, row.count, all, o.share_of_present);
    let mut text = format!("   {}", share(o.share_of_all));
    if display_width(&text) > width {
        text = format!("  {}", share(o.share_of_all_short));
    }
    let text = fit_width(&text, width).into_owned();
    let left = width.saturating_sub(display_width(&text) + 1);
    let mut spans = vec![Span::styled(text, theme.dim())];
    if left >= 8 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            bar(row.count, counts.households_total, left),
            row.style,
        ));
    }
    Line::from(spans)
}

/// The chair's board of an item with options: the options before the vote, else the tally.
pub(super) fn render_board(
    s: &Strings,
    theme: &Theme,
    choice: &Choice,
    frame: &mut Frame,
    area: Rect,
) {
    match &choice.voted {
        Some(voted) => render_tally(s, theme, choice, voted, frame, area),
        None => render_options(s, theme, choice, frame, area),
    }
}

/// Before the vote: that there is none yet, and the options the room chooses among.
fn render_options(s: &Strings, theme: &Theme, choice: &Choice, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let mut lines = vec![
        Line::styled(s.chair_no_vote, theme.label()).centered(),
        Line::raw(""),
        Line::styled(format!("{}:", s.options.options_heading), theme.dim()).centered(),
    ];
    lines.extend(choice.options.iter().map(|o| {
        let row = format!("{}. {}", o.option_no, o.title);
        Line::styled(fit_width(&row, width).into_owned(), theme.title()).centered()
    }));
    let height = (lines.len() as u16).min(area.height);
    let [_, middle, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(height),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines), middle);
}

/// The tally of an options vote: a bar for each option put and for the abstentions, quorum and
/// rule, and what was decided in a box.
fn render_tally(
    s: &Strings,
    theme: &Theme,
    choice: &Choice,
    voted: &Voted,
    frame: &mut Frame,
    area: Rect,
) {
    let rows = rows(s, theme, choice, voted);
    let note = run_off_note(s, voted);
    let outcome = voted.outcome.outcome();
    let words = crate::messages::options_outcome(s, &voted.outcome).to_uppercase();
    let result = ResultText::of(&words, area.width.saturating_sub(2));
    let note_rows = u16::from(note.is_some());
    let n = rows.len() as u16;
    // The counts in large digits, a column each, on a large screen where the shares under
    // them fit their column.
    let column = area.width / n.max(1);
    let big = area.width >= 120 && column >= BIG_COLUMN;
    // The most the room allows, in this order: large digits (full size, then half height)
    // over a title and a bar for each row; three lines a row (title, bar, shares); two (the
    // shares beside the title); one. And the result in a tall box, then slimmer ones.
    let layouts = [
        (Some(PixelSize::Full), 2, 7),
        (Some(PixelSize::HalfHeight), 2, 7),
        (None, 3, 7),
        (None, 2, 7),
        (None, 2, 5),
        (None, 2, 3),
        (None, 1, 3),
    ];
    let (digits, row_lines, result_rows) = layouts
        .into_iter()
        .filter(|(digits, ..)| big || digits.is_none())
        .map(|(digits, lines, boxed)| (digits, lines, boxed.max(result.rows() + 2)))
        .find(|&(digits, lines, boxed)| {
            note_rows + counts_rows(digits) + n * lines + 2 + boxed <= area.height
        })
        .unwrap_or((None, 1, result.rows() + 2));
    let [note_area, counts, bars, facts, result_area] = Layout::vertical([
        Constraint::Length(note_rows),
        Constraint::Length(counts_rows(digits)),
        Constraint::Length(n * row_lines),
        Constraint::Length(2),
        Constraint::Length(result_rows),
    ])
    .flex(Flex::SpaceAround)
    .areas(area);
    if let Some(note) = note {
        frame.render_widget(Line::styled(note, theme.label()).centered(), note_area);
    }
    if let Some(pixel_size) = digits {
        render_counts(s, &voted.counts, &rows, pixel_size, frame, counts);
    }
    let lines = board_lines(
        s,
        &voted.counts,
        &rows,
        row_lines,
        digits.is_none(),
        usize::from(bars.width),
    );
    frame.render_widget(Paragraph::new(lines), bars);
    frame.render_widget(Paragraph::new(facts_lines(s, theme, voted.vote)), facts);
    render_result(theme, outcome, &result, result_rows, frame, result_area);
}

/// The narrowest column that takes a count in large digits and its shares in words.
const BIG_COLUMN: u16 = 30;

fn digit_rows(pixel_size: PixelSize) -> u16 {
    match pixel_size {
        PixelSize::Full => 8,
        _ => 4,
    }
}

/// Rows of the large counts: a label, the digits, two shares.
fn counts_rows(digits: Option<PixelSize>) -> u16 {
    digits.map_or(0, |size| 1 + digit_rows(size) + 2)
}

/// Each row's count in large digits under its name, with its shares, a column each.
fn render_counts(
    s: &Strings,
    counts: &OptionCounts,
    rows: &[Row],
    pixel_size: PixelSize,
    frame: &mut Frame,
    area: Rect,
) {
    let sep = s.decimal_separator;
    let columns = Layout::horizontal(vec![Constraint::Fill(1); rows.len()]).split(area);
    for (row, column) in rows.iter().zip(columns.iter()) {
        let label = match row.option_no {
            Some(option_no) => (s.options.option_no)(option_no),
            None => s.field_votes_abstain.to_owned(),
        };
        let shares = [
            format!(
                "{} {}",
                format_share(row.count, counts.households_total, sep),
                s.of_all_households
            ),
            format!(
                "{} {}",
                format_share(row.count, counts.households_present, sep),
                s.of_present
            ),
        ];
        render_count(
            &label,
            row.count,
            &shares,
            row.style,
            pixel_size,
            digit_rows(pixel_size),
            frame,
            *column,
        );
    }
}

/// The rows of the board, `row_lines` lines each, `width` columns wide; the shares in words
/// unless the large counts above say them.
fn board_lines(
    s: &Strings,
    counts: &OptionCounts,
    rows: &[Row],
    row_lines: u16,
    with_shares: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let count_width = counts.households_total.to_string().len();
    let bold = |style: Style| style.add_modifier(Modifier::BOLD);
    let mut lines = Vec::new();
    for row in rows {
        let head = format!("{} ", mark(row));
        let full_shares = shares(s, counts, row.count, s.of_all_households, s.of_present);
        match row_lines {
            1 => {
                let sep = s.decimal_separator;
                let short = format!(
                    "{} · {}",
                    format_share(row.count, counts.households_total, sep),
                    format_share(row.count, counts.households_present, sep)
                );
                let label_width = (width / 3).min(30);
                let label = fit_width(&row.label, label_width);
                let pad = label_width.saturating_sub(display_width(&label));
                let used =
                    display_width(&head) + label_width + count_width + display_width(&short) + 4;
                let bar_width = width.saturating_sub(used);
                lines.push(Line::from(vec![
                    Span::styled(head, bold(row.style)),
                    Span::raw(format!("{label}{} ", " ".repeat(pad))),
                    Span::styled(
                        bar(row.count, counts.households_total, bar_width),
                        row.style,
                    ),
                    Span::styled(format!(" {:>count_width$} ", row.count), bold(Style::new())),
                    Span::raw(short),
                ]));
            }
            _ => {
                let shares_beside = row_lines == 2 && with_shares;
                let room = if shares_beside {
                    width.saturating_sub(display_width(&head) + display_width(&full_shares) + 1)
                } else {
                    width.saturating_sub(display_width(&head))
                };
                let label = fit_width(&row.label, room).into_owned();
                let mut title = vec![
                    Span::styled(head.clone(), bold(row.style)),
                    Span::styled(label.clone(), bold(Style::new())),
                ];
                if shares_beside {
                    let pad = width.saturating_sub(
                        display_width(&head) + display_width(&label) + display_width(&full_shares),
                    );
                    title.push(Span::raw(" ".repeat(pad)));
                    title.push(Span::raw(full_shares.clone()));
                }
                lines.push(Line::from(title));
                let indent = " ".repeat(display_width(&head));
                let bar_width = width.saturating_sub(indent.len() + count_width + 1);
                lines.push(Line::from(vec![
                    Span::raw(indent.clone()),
                    Span::styled(
                        bar(row.count, counts.households_total, bar_width),
                        row.style,
                    ),
                    Span::styled(format!(" {:>count_width$}", row.count), bold(Style::new())),
                ]));
                if row_lines > 2 {
                    lines.push(Line::from(format!("{indent}{full_shares}")));
                }
            }
        }
    }
    lines
}

/// The longest result, in letters, written letter-spaced.
const SPACED_MOST: usize = 30;

/// The result's words as the box writes them: letter-spaced on one line where that fits,
/// else broken between words.
enum ResultText {
    Spaced(String),
    Lines(Vec<String>),
}

impl ResultText {
    /// The words in a box whose inside is `width` columns.
    fn of(words: &str, width: u16) -> ResultText {
        let room = usize::from(width).saturating_sub(4);
        let spaced: String = words
            .chars()
            .flat_map(|c| [c, ' '])
            .collect::<String>()
            .trim_end()
            .to_owned();
        // Letter-spaced, a short result reads from afar; a sentence would not.
        if words.chars().count() <= SPACED_MOST && display_width(&spaced) <= room {
            ResultText::Spaced(spaced)
        } else {
            ResultText::Lines(fit_lines(words, room.max(1), 3))
        }
    }

    fn rows(&self) -> u16 {
        match self {
            ResultText::Spaced(_) => 1,
            ResultText::Lines(lines) => lines.len() as u16,
        }
    }
}

fn render_result(
    theme: &Theme,
    outcome: Outcome,
    text: &ResultText,
    rows: u16,
    frame: &mut Frame,
    area: Rect,
) {
    let style = theme.outcome(outcome).add_modifier(Modifier::REVERSED);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.outcome(outcome));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let words: Vec<String> = match text {
        ResultText::Spaced(spaced) => vec![spaced.clone()],
        ResultText::Lines(lines) => lines.clone(),
    };
    let pad = inner.height.saturating_sub(words.len() as u16) / 2;
    let mut lines = vec![Line::raw(""); usize::from(pad)];
    lines.extend(words.into_iter().map(|line| {
        Line::styled(format!("  {line}  "), style.add_modifier(Modifier::BOLD)).centered()
    }));
    // Given the room, the whole box takes the result's colour: a block seen from afar.
    let fill = if rows >= 7 { style } else { Style::new() };
    frame.render_widget(Paragraph::new(lines).style(fill), inner);
}
