//! Dialogs drawn over a screen: forms, the opinion editor, confirmations and the key help.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::domain::{Stance, VoteCounts};
use crate::i18n::Strings;
use crate::store::{AUDIT_VOTE, AuditEntry, Previous};
use crate::tui::app::{App, Editor, EditorTarget, FormKind, Popup};
use crate::tui::form::fields::VoteField;
use crate::tui::form::{FieldKind, Form};
use crate::tui::keymap;

use super::{centered, display_width, fit_width, help_text, speaking_clock};

pub fn render(app: &App, popup: &Popup, frame: &mut Frame, area: Rect) {
    match popup {
        Popup::Form(kind, form) => render_form(app, kind, form, frame, area),
        Popup::Editor(editor) => render_editor(app, editor, frame, area),
        Popup::Confirm { question, .. } => render_confirm(app, question, frame, area),
        Popup::Help { top } => render_help(app, *top, frame, area),
        Popup::History(entries) => render_history(app, entries, frame, area),
    }
}

fn dialog<'a>(app: &App, title: &str) -> Block<'a> {
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(app.theme.border_focused())
        .title(Line::styled(format!(" {title} "), app.theme.title()))
}

fn render_form(app: &App, kind: &FormKind, form: &Form, frame: &mut Frame, area: Rect) {
    let label_width = form
        .fields
        .iter()
        .map(|f| super::display_width(f.label))
        .max()
        .unwrap_or(0) as u16
        + 3;
    let field_heights: Vec<u16> = form
        .fields
        .iter()
        .map(|f| {
            if f.kind == FieldKind::MultilineText {
                3
            } else {
                1
            }
        })
        .collect();
    let preview = vote_preview(app, kind, form);
    let extra = 2 + u16::from(preview.is_some());
    let height = field_heights.iter().sum::<u16>() + extra + 2;
    let dialog_area = centered(area, 72, height);
    frame.render_widget(Clear, dialog_area);
    let block = dialog(app, &form.title);
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);

    let mut constraints: Vec<Constraint> = field_heights
        .iter()
        .map(|h| Constraint::Length(*h))
        .collect();
    constraints.push(Constraint::Length(1));
    constraints.push(Constraint::Min(1));
    let rows = Layout::vertical(constraints).split(inner);

    for (index, (field, row)) in form.fields.iter().zip(rows.iter()).enumerate() {
        let focused = index == form.focus;
        let [label_area, input_area] =
            Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(*row);
        let label_style = if focused {
            app.theme.border_focused()
        } else {
            app.theme.label()
        };
        let required = if field.required { "*" } else { "" };
        // The arrow shows the focus without colour too (NO_COLOR, a monochrome projector).
        let arrow = if focused { "▸" } else { " " };
        frame.render_widget(
            Span::styled(format!("{arrow}{}{required}", field.label), label_style),
            label_area,
        );
        match &field.kind {
            FieldKind::Choice(options) => {
                let chosen = options.get(field.choice).copied().unwrap_or_default();
                let text = format!("◀ {chosen} ▶");
                let style = if focused {
                    app.theme.selected()
                } else {
                    ratatui::style::Style::new()
                };
                frame.render_widget(Span::styled(text, style), input_area);
            }
            _ => {
                let mut input = field.input.clone();
                input.set_cursor_style(if focused {
                    ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    ratatui::style::Style::new()
                });
                if focused {
                    input.set_style(
                        ratatui::style::Style::new()
                            .add_modifier(ratatui::style::Modifier::UNDERLINED),
                    );
                }
                frame.render_widget(&input, input_area);
            }
        }
    }

    let message_row = rows[form.fields.len()];
    if let Some(error) = &form.error {
        frame.render_widget(
            Paragraph::new(Line::styled(error.as_str(), app.theme.error()))
                .wrap(Wrap { trim: true }),
            message_row.union(rows[form.fields.len() + 1]),
        );
    } else if let Some(preview) = preview {
        frame.render_widget(preview, rows[form.fields.len() + 1]);
    }
}

/// While counts are typed, the result they would give: the chair sees it before it is saved.
fn vote_preview<'a>(app: &App, kind: &FormKind, form: &Form) -> Option<Line<'a>> {
    if !matches!(kind, FormKind::Vote { .. }) {
        return None;
    }
    let live = app.live.as_ref()?;
    let rule = live.selected_item()?.rule;
    let counts = VoteCounts {
        households_total: live.meeting.households_total,
        households_present: form.typed_count(VoteField::HouseholdsPresent)?,
        votes_for: form.typed_count(VoteField::For)?,
        votes_against: form.typed_count(VoteField::Against)?,
        votes_abstain: form.typed_count(VoteField::Abstain)?,
    };
    counts.validate().ok()?;
    let outcome = counts.outcome(rule);
    let s = app.strings;
    Some(Line::from(vec![
        Span::raw(format!("{}: ", s.vote_preview)),
        Span::styled(s.outcome(outcome), app.theme.outcome(outcome)),
        Span::styled(
            format!("  ({} {})", s.not_voting, counts.not_voting()),
            app.theme.dim(),
        ),
    ]))
}

fn render_editor(app: &App, editor: &Editor, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let title = match editor.target {
        EditorTarget::Floor => (s.editor_title)(&editor.speaker.name),
        EditorTarget::Correction { turn_no, .. } => {
            (s.editor_correct_title)(turn_no, &editor.speaker.name)
        }
    };
    let dialog_area = centered(
        area,
        area.width.saturating_sub(4).max(60),
        area.height.saturating_sub(2),
    );
    frame.render_widget(Clear, dialog_area);
    let block = dialog(app, &title);
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);
    let [info, stances, text] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);

    let mut info_spans = vec![Span::styled(
        editor.speaker.address.as_str(),
        app.theme.dim(),
    )];
    if editor.target == EditorTarget::Floor
        && let Some(floor) = app.live.as_ref().and_then(|l| l.floor.as_ref())
    {
        let elapsed = floor.elapsed(app.clock.now());
        let limit = app
            .live
            .as_ref()
            .map(|l| l.speaking_limit)
            .unwrap_or_default();
        info_spans.splice(
            0..0,
            [
                speaking_clock(s, &app.theme, limit.clock(elapsed)),
                Span::raw("  "),
            ],
        );
    }
    frame.render_widget(Line::from(info_spans), info);

    let mut stance_spans = vec![Span::styled(
        format!("{}: ", s.stance_label),
        app.theme.label(),
    )];
    for (i, stance) in Stance::ALL.iter().enumerate() {
        let label = format!(" {} {} ", i + 1, s.stance(*stance));
        let style = if *stance == editor.stance {
            app.theme
                .stance(*stance)
                .add_modifier(ratatui::style::Modifier::REVERSED | ratatui::style::Modifier::BOLD)
        } else {
            app.theme.dim()
        };
        let marker = if *stance == editor.stance {
            "●"
        } else {
            "○"
        };
        stance_spans.push(Span::styled(format!("{marker}{label}"), style));
        stance_spans.push(Span::raw(" "));
    }
    frame.render_widget(Line::from(stance_spans), stances);

    frame.render_widget(&editor.text, text);
}

fn render_confirm(app: &App, question: &str, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let dialog_area = centered(area, 60, 7);
    frame.render_widget(Clear, dialog_area);
    let answers = keymap::CONFIRM_BAR.hints(s.keys).join("   ");
    let text = vec![
        Line::from(question.to_owned()),
        Line::raw(""),
        Line::styled(answers, app.theme.label()).centered(),
    ];
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(dialog(app, s.confirm_title)),
        dialog_area,
    );
}

/// The help box is at most this wide, borders included.
const HELP_WIDTH: u16 = 78;

/// The lines of the help as a window of `area` shows them, and how many fit at once.
pub(super) fn help_page(app: &App, area: Rect) -> (Vec<String>, usize) {
    let inner_width = usize::from(area.width.min(HELP_WIDTH).saturating_sub(2));
    let lines: Vec<String> = keymap::HELP
        .lines(app.strings.keys)
        .iter()
        .flat_map(|line| wrap_hanging(line, inner_width))
        .collect();
    let room = usize::from(area.height.saturating_sub(2)).max(1);
    (lines, room)
}

/// The help, from line `top` on. Lines out of sight above or below are counted on the border,
/// so that a cut help never passes for the whole of it.
fn render_help(app: &App, top: usize, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let (lines, room) = help_page(app, area);
    let shown = lines.len().min(room);
    let top = top.min(lines.len() - shown);
    let below = lines.len() - shown - top;
    let lines = help_text(lines, &app.theme);
    let dialog_area = centered(area, area.width.min(HELP_WIDTH), shown as u16 + 2);
    frame.render_widget(Clear, dialog_area);
    let mut block = dialog(app, s.help_title);
    if top > 0 {
        let above = Line::styled(format!(" {} ", (s.help_more_above)(top)), app.theme.label());
        block = block.title_top(above.right_aligned());
    }
    if below > 0 {
        let more = Line::styled(
            format!(" {} ", (s.help_more_below)(below)),
            app.theme.label(),
        );
        block = block.title_bottom(more.right_aligned());
    }
    frame.render_widget(
        Paragraph::new(lines).scroll((top as u16, 0)).block(block),
        dialog_area,
    );
}

/// A line of the help broken between words to fit `width` columns. What does not fit goes
/// under the words it continues (after the line's last gap of two spaces), so that the keys'
/// column stays clear; only a word longer than the room is cut, with "…".
fn wrap_hanging(line: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut rest = line;
    let mut indent = 0;
    loop {
        let room = width.saturating_sub(indent);
        let pad = " ".repeat(indent);
        if display_width(rest) <= room {
            lines.push(format!("{pad}{rest}"));
            return lines;
        }
        let space = rest
            .match_indices(' ')
            .map(|(at, _)| at)
            .take_while(|&at| display_width(&rest[..at]) <= room)
            .filter(|&at| !rest[..at].trim().is_empty())
            .last();
        let Some(at) = space else {
            lines.push(format!("{pad}{}", fit_width(rest, room)));
            return lines;
        };
        let head = rest[..at].trim_end();
        if lines.is_empty() {
            indent = hanging_indent(head)
                .filter(|&at| at + 16 <= width)
                .unwrap_or(2);
        }
        lines.push(format!("{pad}{head}"));
        rest = rest[at..].trim_start();
    }
}

/// The column where the words after the last gap of two spaces in `line` start.
fn hanging_indent(line: &str) -> Option<usize> {
    let gap = line.rfind("  ")?;
    let words = line[gap..].trim_start();
    Some(display_width(&line[..line.len() - words.len()]))
}

fn render_history(app: &App, entries: &[AuditEntry], frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let dialog_area = centered(
        area,
        area.width.saturating_sub(8).max(60),
        area.height.saturating_sub(4),
    );
    frame.render_widget(Clear, dialog_area);
    let mut lines: Vec<Line> = Vec::new();
    if entries.is_empty() {
        lines.push(Line::styled(s.history_empty, app.theme.dim()));
    }
    // Newest first: the box does not scroll, and the latest correction is the one in force.
    for entry in entries.iter().rev() {
        let number = entry.number.unwrap_or_default();
        let what = if entry.entity == AUDIT_VOTE {
            (s.history_vote)(number)
        } else {
            (s.history_opinion)(number)
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{} · ", entry.at.format("%Y-%m-%d %H:%M")),
                app.theme.dim(),
            ),
            Span::styled(what, app.theme.title()),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("  {}: ", s.history_reason), app.theme.label()),
            Span::raw(entry.reason.clone()),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("  {}: ", s.history_before), app.theme.label()),
            Span::raw(previous_values(s, entry)),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(dialog(app, s.history_title)),
        dialog_area,
    );
}

/// The previous values of a corrected row, in words: the counts of a vote, the stance and
/// text of an opinion (else the log's own record of them).
fn previous_values(s: &Strings, entry: &AuditEntry) -> String {
    match entry.previous() {
        Some(Previous::Vote(c)) => [
            (s.field_households_present, c.households_present),
            (s.field_votes_for, c.votes_for),
            (s.field_votes_against, c.votes_against),
            (s.field_votes_abstain, c.votes_abstain),
        ]
        .map(|(label, count)| format!("{label} {count}"))
        .join(", "),
        Some(Previous::Opinion(o)) => format!("[{}] {}", s.stance(o.stance), o.text),
        None => entry.old_values.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_help_line_continues_under_its_words() {
        let line = "  Tab   next stance   Alt+1..4  support / oppose / other";
        assert_eq!(
            wrap_hanging(line, 48),
            [
                "  Tab   next stance   Alt+1..4  support / oppose",
                "                                / other",
            ]
        );
        assert_eq!(wrap_hanging("  Esc   close", 48), ["  Esc   close"]);
        assert_eq!(wrap_hanging("abcdefghij", 5), ["abcd…"]);
    }
}
