//! The chair's view: the tally of the selected item in large, high-contrast type, readable from
//! the back of a room (SPEC §6.4). Counts in big digits, bars, shares of all households and of
//! those present, quorum, the rule and the result in words. The board is shared with the
//! chair's screen in another window (`hopdan show`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::domain::{Outcome, Vote, format_share, has_quorum};
use crate::i18n::Strings;
use crate::tui::app::App;
use crate::tui::theme::Theme;

use super::tally_rows;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(live) = &app.live else { return };
    let s = app.strings;
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(app.theme.border_focused())
        .title(Line::styled(format!(" {} ", s.chair_title), app.theme.title()).centered());
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let Some(item) = live.selected_item() else {
        // The chair view takes no `i`: it only says what is so.
        frame.render_widget(Paragraph::new(s.chair_no_items).centered(), inner);
        return;
    };
    let [heading, rest] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let heading_text = Paragraph::new(Line::styled(
        format!("{}. {}", item.item_no, item.title),
        app.theme.title(),
    ))
    .centered()
    .wrap(Wrap { trim: true });
    frame.render_widget(heading_text, heading);

    render_vote_board(s, &app.theme, live.latest_vote(), frame, rest);
}

/// The tally of `vote` in large type, or a line saying that the item has not been voted on.
pub(super) fn render_vote_board(
    s: &Strings,
    theme: &Theme,
    vote: Option<&Vote>,
    frame: &mut Frame,
    area: Rect,
) {
    match vote {
        Some(vote) => render_tally(s, theme, vote, frame, area),
        None => {
            let [_, middle, _] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Fill(1),
            ])
            .areas(area);
            frame.render_widget(
                Line::styled(s.chair_no_vote, theme.label()).centered(),
                middle,
            );
        }
    }
}

fn render_tally(s: &Strings, theme: &Theme, vote: &Vote, frame: &mut Frame, area: Rect) {
    let c = &vote.counts;
    // Large screens get full-size digits; 80×24 gets half-height ones.
    let (pixel_size, digit_rows) = if area.height >= 34 && area.width >= 120 {
        (PixelSize::Full, 8)
    } else {
        (PixelSize::HalfHeight, 4)
    };
    let mut result_rows = if digit_rows > 4 { 7 } else { 5 };
    let mut bar_rows = 4;
    // Where the board shares a small window (the chair's screen, with the speakers above it),
    // the bars go first, then the result box gets slimmer; counts and result always stay.
    let needed = digit_rows + 3 + bar_rows + 2 + result_rows;
    if area.height < needed {
        bar_rows = 0;
        if area.height < needed - 4 {
            result_rows = 3;
        }
    }
    // Spare rows go between the parts, so a projector shows one calm, evenly spaced page.
    let [counts, bars, facts, result] = Layout::vertical([
        Constraint::Length(digit_rows + 3),
        Constraint::Length(bar_rows),
        Constraint::Length(2),
        Constraint::Length(result_rows),
    ])
    .flex(Flex::SpaceAround)
    .areas(area);

    let sep = s.decimal_separator;
    let columns = Layout::horizontal([Constraint::Fill(1); 3]).split(counts);
    // The three hands-up counts, in big type; not voting is in the bars below.
    for ((label, count, style), column) in tally_rows(s, theme, c).into_iter().zip(columns.iter()) {
        let shares = [
            format!(
                "{} {}",
                format_share(count, c.households_total, sep),
                s.of_all_households
            ),
            format!(
                "{} {}",
                format_share(count, c.households_present, sep),
                s.of_present
            ),
        ];
        render_count(
            label, count, &shares, style, pixel_size, digit_rows, frame, *column,
        );
    }

    let rows = tally_rows(s, theme, c);
    let label_width = rows
        .iter()
        .map(|(label, ..)| super::display_width(label))
        .max()
        .unwrap_or(0);
    let count_width = c.households_total.to_string().len();
    // Bars are drawn against all households: the denominator of the law's default rule.
    let bar_width = usize::from(bars.width).saturating_sub(label_width + count_width + 3);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(label, count, style)| {
            Line::from(vec![
                Span::raw(format!("{label:<label_width$} ")),
                Span::styled(bar(*count, c.households_total, bar_width), *style),
                Span::styled(
                    format!(" {count:>count_width$}"),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), bars);

    let quorum = has_quorum(c.households_present, c.households_total);
    let rule = format!("{}: {}", s.rule_label, s.rule(vote.rule));
    let facts_text = vec![
        Line::styled(
            (s.quorum_line)(
                c.households_present,
                c.households_total,
                if quorum { s.quorum_yes } else { s.quorum_no },
            ),
            theme.quorum(quorum),
        )
        .centered(),
        Line::from(rule).centered(),
    ];
    frame.render_widget(Paragraph::new(facts_text), facts);

    render_result(s, theme, vote.outcome(), frame, result);
}

#[allow(clippy::too_many_arguments)]
fn render_count(
    label: &str,
    count: u32,
    shares: &[String; 2],
    style: Style,
    pixel_size: PixelSize,
    digit_rows: u16,
    frame: &mut Frame,
    area: Rect,
) {
    let [label_area, digits, share_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(digit_rows),
        Constraint::Length(2),
    ])
    .areas(area);
    let share_lines: Vec<Line> = shares
        .iter()
        .map(|t| Line::from(t.as_str()).centered())
        .collect();
    frame.render_widget(Paragraph::new(share_lines), share_area);
    frame.render_widget(
        Line::styled(label.to_uppercase(), style).centered(),
        label_area,
    );
    let text = count.to_string();
    // Digits that do not fit in big type are shown plainly rather than cut.
    const GLYPH_WIDTH: u16 = 8;
    if (text.len() as u16) * GLYPH_WIDTH <= digits.width {
        let big = BigText::builder()
            .pixel_size(pixel_size)
            .style(style)
            .lines(vec![Line::from(text)])
            .centered()
            .build();
        frame.render_widget(big, digits);
    } else {
        frame.render_widget(Line::styled(text, style).centered(), digits);
    }
}

fn render_result(s: &Strings, theme: &Theme, outcome: Outcome, frame: &mut Frame, area: Rect) {
    let words = s.outcome(outcome);
    let style = theme.outcome(outcome).add_modifier(Modifier::REVERSED);
    let boxed = area;
    // Letter-spaced words read better from afar.
    let spaced: String = words
        .chars()
        .flat_map(|c| [c, ' '])
        .collect::<String>()
        .trim_end()
        .to_owned();
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.outcome(outcome));
    let inner_height = block.inner(boxed).height;
    let pad = inner_height.saturating_sub(1) / 2;
    let mut lines = vec![Line::raw(""); usize::from(pad)];
    lines.push(Line::styled(format!("  {spaced}  "), style).centered());
    frame.render_widget(Paragraph::new(lines).block(block), boxed);
}

/// A bar of `width` cells filled in proportion to `count / total` (integer arithmetic).
fn bar(count: u32, total: u32, width: usize) -> String {
    if total == 0 || width == 0 {
        return " ".repeat(width);
    }
    let filled = (u64::from(count) * width as u64 / u64::from(total)) as usize;
    let filled = filled.min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}
