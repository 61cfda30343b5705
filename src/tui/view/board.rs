//! What every vote board draws, whatever the question: the households present and the rule,
//! a count in large digits with its shares, a bar in proportion. The yes/no board of the
//! chair's view and the board of a choice among options are both made of them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};

use crate::domain::{Vote, VoteMethod, has_quorum};
use crate::i18n::Strings;
use crate::tui::theme::Theme;

/// Under the counts of `vote`: the households present and whether that is a quorum, and the
/// rule the counts are measured against.
pub(super) fn facts_lines(s: &Strings, theme: &Theme, vote: &Vote) -> Vec<Line<'static>> {
    let c = &vote.counts;
    let quorum = has_quorum(c.households_present, c.households_total);
    let rule = format!("{}: {}", s.rule_label, s.rule(vote.rule));
    // A round of ballots to every household has no quorum: its present are the ballots
    // returned, and its base is all households.
    if vote.method == VoteMethod::HouseholdBallot {
        let b = s.ballots;
        let progress = format!(
            "{} · {}",
            b.method_household_short,
            (b.round_progress)(c.households_present, c.households_total)
        );
        return vec![
            Line::styled(progress, theme.info()).centered(),
            Line::from(rule).centered(),
        ];
    }
    vec![
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
    ]
}

/// Columns one large letter or digit takes (the same at half height).
pub(super) const GLYPH_WIDTH: u16 = 8;

#[allow(clippy::too_many_arguments)]
pub(super) fn render_count(
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

/// A bar of `width` cells filled in proportion to `count / total` (integer arithmetic).
pub(super) fn bar(count: u32, total: u32, width: usize) -> String {
    if total == 0 || width == 0 {
        return " ".repeat(width);
    }
    let filled = (u64::from(count) * width as u64 / u64::from(total)) as usize;
    let filled = filled.min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}
