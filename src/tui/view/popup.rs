//! Dialogs drawn over a screen: forms, the opinion editor, confirmations and the key help.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::domain::{DecisionRule, Household, MeetingDetails, Pledge, Stance, format_when};
use crate::i18n::Strings;
use crate::store::{
    AUDIT_AGENDA_ITEM, AUDIT_CORRECT, AUDIT_HOUSEHOLD, AUDIT_MEETING, AUDIT_PLEDGE,
    AUDIT_QUEUED_SPEAKER, AUDIT_VOTE, AuditEntry, Previous,
};
use crate::tui::app::{App, Editor, EditorTarget, FormKind, Popup};
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
        Popup::Guests { selected } => render_guests(app, *selected, frame, area),
        Popup::Pledges { item_no, selected } => {
            super::pledges::render_pledges(app, *item_no, *selected, frame, area)
        }
        Popup::Options { item_no, selected } => {
            super::option_list::render_options(app, *item_no, *selected, frame, area)
        }
        Popup::FindHousehold(search) => {
            super::pledges::render_household_search(app, search, frame, area)
        }
        Popup::Round {
            item_no,
            vote_no,
            selected,
        } => super::ballots::render_round(app, *item_no, *vote_no, *selected, frame, area),
    }
}

/// The guests and officials present, one a line: "2. Nguyễn Văn A — Phó Chủ tịch UBND phường".
fn render_guests(app: &App, selected: usize, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let Some(live) = &app.live else { return };
    let rows = u16::try_from(live.guests.len().max(1)).unwrap_or(u16::MAX);
    // Wider on a wide screen: a position and organisation is often a long line.
    let width = area.width.saturating_sub(8).clamp(72, 110);
    let dialog_area = centered(area, width, rows.saturating_add(2));
    frame.render_widget(Clear, dialog_area);
    let block = dialog(app, &(s.guests_title)(live.guests.len()));
    if live.guests.is_empty() {
        let empty = if live.is_closed() {
            s.guests_empty_closed
        } else {
            s.guests_empty
        };
        let text = Paragraph::new(Line::styled(empty, app.theme.dim())).block(block);
        frame.render_widget(text, dialog_area);
        return;
    }
    let width = usize::from(block.inner(dialog_area).width).saturating_sub(display_width(MARK));
    let items = live.guests.iter().map(|guest| {
        let row = format!("{}. {}", guest.guest_no, guest.label());
        ListItem::new(fit_width(&row, width).into_owned())
    });
    let list = List::new(items)
        .block(block)
        .highlight_style(app.theme.selected())
        .highlight_symbol(MARK);
    let selected = selected.min(live.guests.len() - 1);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, dialog_area, &mut state);
}

/// Before the selected guest.
const MARK: &str = "▸";

fn dialog<'a>(app: &App, title: &str) -> Block<'a> {
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(app.theme.border_focused())
        .title(Line::styled(format!(" {title} "), app.theme.title()))
}

/// The widest a form's label is shown, in columns.
const MAX_LABEL: usize = 40;

fn render_form(app: &App, kind: &FormKind, form: &Form, frame: &mut Frame, area: Rect) {
    // A label made of an option's title may be long: it is cut, so the count stays in view.
    let label_width = form
        .fields
        .iter()
        .map(|f| super::display_width(&f.label))
        .max()
        .unwrap_or(0)
        .min(MAX_LABEL) as u16
        + 3;
    // A form that is one multi-line text (the chair's conclusion) gives it room for a paragraph.
    let multiline_rows = if form.fields.len() == 1 { 8 } else { 3 };
    // A hidden field takes no row.
    let shown: Vec<_> = form
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.hidden)
        .collect();
    let field_heights: Vec<u16> = shown
        .iter()
        .map(|(_, f)| {
            if f.kind == FieldKind::MultilineText {
                multiline_rows
            } else {
                1
            }
        })
        .collect();
    let preview = vote_preview(app, kind, form)
        .or_else(|| super::pledges::area_preview(app, kind, form))
        .or_else(|| super::option_list::options_vote_preview(app, kind, form));
    let suggestions = suggestion_lines(app, form);
    let suggestion_rows = suggestions.len() as u16;
    // A vote form keeps a row for its preview, so that it does not jump when an error takes
    // the preview's place.
    let extra = 2 + u16::from(matches!(
        kind,
        FormKind::Vote { .. } | FormKind::Pledge { .. } | FormKind::OptionsVote { .. }
    ));
    let height = field_heights.iter().sum::<u16>() + suggestion_rows + extra + 2;
    let dialog_area = centered(area, 72, height);
    frame.render_widget(Clear, dialog_area);
    let block = dialog(app, &form.title);
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);

    let mut constraints: Vec<Constraint> = field_heights
        .iter()
        .map(|h| Constraint::Length(*h))
        .collect();
    // The people offered go under the fields, above the message.
    constraints.push(Constraint::Length(suggestion_rows));
    constraints.push(Constraint::Length(1));
    constraints.push(Constraint::Min(1));
    let rows = Layout::vertical(constraints).split(inner);
    let offered = rows[shown.len()];
    let rows = [&rows[..shown.len()], &rows[shown.len() + 1..]].concat();
    frame.render_widget(Paragraph::new(suggestions), offered);

    for ((index, field), row) in shown.iter().zip(rows.iter()) {
        let focused = *index == form.focus;
        let [label_area, input_area] =
            Layout::horizontal([Constraint::Length(label_width), Constraint::Fill(1)]).areas(*row);
        let label_style = if focused {
            app.theme.border_focused()
        } else {
            app.theme.label()
        };
        // Nothing is typed into a given field: nothing is required of the secretary.
        let required = if field.required && field.given.is_none() {
            "*"
        } else {
            ""
        };
        // The arrow shows the focus without colour too (NO_COLOR, a monochrome projector).
        let arrow = if focused { "▸" } else { " " };
        frame.render_widget(
            Span::styled(
                format!("{arrow}{}{required}", fit_width(&field.label, MAX_LABEL)),
                label_style,
            ),
            label_area,
        );
        if let Some(source) = field.given {
            let given = Line::from(vec![
                Span::raw(field.value()),
                Span::styled(format!(" ({source})"), app.theme.dim()),
            ]);
            frame.render_widget(given, input_area);
            continue;
        }
        match &field.kind {
            FieldKind::Choice(options) => {
                let chosen = options.get(field.choice).map_or("", |o| o.as_ref());
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

    let message_row = rows[shown.len()];
    if let Some(error) = &form.error {
        frame.render_widget(
            Paragraph::new(Line::styled(error.as_str(), app.theme.error()))
                .wrap(Wrap { trim: true }),
            message_row.union(rows[shown.len() + 1]),
        );
    } else if let Some(preview) = preview {
        frame.render_widget(preview, rows[shown.len() + 1]);
    }
}

/// The people offered for the name being typed, under a heading; the one picked marked.
fn suggestion_lines<'a>(app: &App, form: &'a Form) -> Vec<Line<'a>> {
    let Some(suggestions) = form.suggestions() else {
        return Vec::new();
    };
    let heading = if suggestions.offers_households() {
        app.strings.register.suggestions_heading
    } else {
        app.strings.suggestions_heading
    };
    let mut lines = vec![Line::styled(heading, app.theme.label())];
    for (i, person) in suggestions.shown().enumerate() {
        let picked = suggestions.picked() == Some(i);
        let mut spans = vec![
            Span::raw(if picked { "▸ " } else { "  " }),
            Span::raw(person.name.as_str()),
        ];
        if !person.address.is_empty() {
            spans.push(Span::styled(
                format!(" · {}", person.address),
                app.theme.dim(),
            ));
        }
        let line = Line::from(spans);
        lines.push(if picked {
            line.style(app.theme.selected())
        } else {
            line
        });
    }
    lines
}

/// While counts are typed, the result they would give, by the item's rule: the chair sees it
/// before it is saved. Counts not typed yet count as no hand raised, and the line says so.
fn vote_preview<'a>(app: &App, kind: &FormKind, form: &Form) -> Option<Line<'a>> {
    if !matches!(kind, FormKind::Vote { .. }) {
        return None;
    }
    let rule = app.live.as_ref()?.selected_item()?.rule;
    let typed = app.typed_vote_counts(form)?;
    let counts = typed.so_far()?;
    counts.validate().ok()?;
    let outcome = counts.outcome(rule);
    let s = app.strings;
    let label = if typed.is_complete() {
        s.vote_preview
    } else {
        s.vote_preview_so_far
    };
    Some(Line::from(vec![
        Span::raw(format!("{label}: ")),
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
    // While no stance is chosen a line says so, above the text: it cannot be missed.
    let [info, stances, missing, text] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(editor.stance.is_none())),
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
        let chosen = editor.stance == Some(*stance);
        let style = if chosen {
            app.theme
                .stance(*stance)
                .add_modifier(ratatui::style::Modifier::REVERSED | ratatui::style::Modifier::BOLD)
        } else {
            app.theme.dim()
        };
        let marker = if chosen { "●" } else { "○" };
        stance_spans.push(Span::styled(format!("{marker}{label}"), style));
        stance_spans.push(Span::raw(" "));
    }
    frame.render_widget(Line::from(stance_spans), stances);
    if editor.stance.is_none() {
        let (set_keys, cycle_key) = keymap::stance_keys();
        frame.render_widget(
            Line::styled(
                (s.stance_not_chosen)(&set_keys, &cycle_key),
                app.theme.error(),
            ),
            missing,
        );
    }

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
    for (index, entry) in entries.iter().enumerate().rev() {
        lines.push(Line::from(vec![
            Span::styled(format!("{} · ", format_when(&entry.at)), app.theme.dim()),
            Span::styled(corrected_entry(s, entry), app.theme.title()),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("  {}: ", s.history_reason), app.theme.label()),
            Span::raw(entry.reason.clone()),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("  {}: ", s.history_before), app.theme.label()),
            Span::raw(previous_values(app, entries, index)),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(dialog(app, s.history_title)),
        dialog_area,
    );
}

/// What a correction was made to, in words: "Biểu quyết lần 1", "Thông tin cuộc họp".
fn corrected_entry(s: &Strings, entry: &AuditEntry) -> String {
    let number = entry.number.unwrap_or_default();
    let r = s.register;
    let ended = entry.action != AUDIT_CORRECT;
    match (entry.entity.as_str(), entry.previous()) {
        (AUDIT_HOUSEHOLD, Some(Previous::Household(h))) if ended => {
            return (r.history_household_moved_away)(&h.household_no);
        }
        (AUDIT_HOUSEHOLD, Some(Previous::Household(h))) => {
            return (r.history_household)(&h.household_no);
        }
        (AUDIT_PLEDGE, Some(Previous::Pledge(p))) if ended => {
            return (r.history_pledge_removed)(&p.household_no);
        }
        (AUDIT_PLEDGE, Some(Previous::Pledge(p))) => return (r.history_pledge)(&p.household_no),
        _ => {}
    }
    match entry.entity.as_str() {
        AUDIT_MEETING => s.history_meeting.to_owned(),
        AUDIT_AGENDA_ITEM => (s.history_agenda_item)(entry.item_no.unwrap_or_default()),
        AUDIT_QUEUED_SPEAKER => s.history_queued_speaker.to_owned(),
        AUDIT_VOTE => (s.history_vote)(number),
        _ => (s.history_opinion)(number),
    }
}

/// The previous values of the entry corrected by `entries[index]`, in words: the counts of a
/// vote; who spoke, the stance and text of an opinion; the name of a queued speaker; what
/// changed in the meeting's details or an agenda item, old → new (else the log's own record).
fn previous_values(app: &App, entries: &[AuditEntry], index: usize) -> String {
    let s = app.strings;
    let entry = &entries[index];
    // What this correction left: what the next correction of the same entry found, else what
    // the entry holds now.
    let previous = entry.previous();
    // A household or a pledge is named by its household's number, kept in the values.
    let household_no = previous.as_ref().and_then(Previous::household_no);
    let next = entries[index + 1..]
        .iter()
        .find(|e| {
            e.entity == entry.entity
                && e.item_no == entry.item_no
                && match household_no {
                    Some(no) => e.previous().is_some_and(|p| p.household_no() == Some(no)),
                    None => e.number == entry.number,
                }
        })
        .and_then(AuditEntry::previous);
    // A household moved away, a pledge removed: nothing came after.
    let ended = entry.action != AUDIT_CORRECT;
    let live = app.live.as_ref();
    match previous {
        Some(Previous::Household(before)) => {
            let after = match next {
                // Moved away: what came later is a household added again, not this one.
                _ if ended => None,
                Some(Previous::Household(after)) => Some(after),
                _ => live.and_then(|l| l.door.find(&before.household_no).cloned()),
            };
            changes(
                household_words(s, &before),
                after.map(|a| household_words(s, &a)),
            )
        }
        Some(Previous::Pledge(before)) => {
            let after = match next {
                _ if ended => None,
                Some(Previous::Pledge(after)) => Some(after),
                _ => live.and_then(|l| {
                    l.pledges_of(before.item_no)
                        .find(|p| p.household_no == before.household_no)
                        .cloned()
                }),
            };
            changes(pledge_words(s, &before), after.map(|a| pledge_words(s, &a)))
        }
        Some(Previous::Meeting(before)) => {
            let after = match next {
                Some(Previous::Meeting(after)) => Some(after),
                _ => live.map(|l| l.meeting.details()),
            };
            changes(
                meeting_words(s, &before),
                after.map(|a| meeting_words(s, &a)),
            )
        }
        Some(Previous::AgendaItem(before)) => {
            let after = match next {
                Some(Previous::AgendaItem(after)) => Some(item_words(
                    s,
                    &after.title,
                    &after.description,
                    after.rule(),
                )),
                _ => live
                    .and_then(|l| l.agenda.iter().find(|i| Some(i.item_no) == entry.item_no))
                    .map(|i| item_words(s, &i.title, &i.description, i.rule)),
            };
            changes(
                item_words(s, &before.title, &before.description, before.rule()),
                after,
            )
        }
        Some(Previous::QueuedSpeaker(before)) => speaker_words(&before.name, &before.address),
        Some(Previous::Vote(c)) => [
            (s.field_households_present, c.households_present),
            (s.field_votes_for, c.votes_for),
            (s.field_votes_against, c.votes_against),
            (s.field_votes_abstain, c.votes_abstain),
        ]
        .map(|(label, count)| format!("{label} {count}"))
        .join(", "),
        Some(Previous::Opinion(o)) => {
            let speaker = speaker_words(&o.speaker_name, &o.speaker_address);
            let text = one_line(&o.text);
            let mut words = format!("{speaker}: [{}] {text}", s.stance(o.stance));
            if (Some(o.item_no), Some(o.turn_no)) != (entry.item_no, entry.number) {
                words.push_str(&format!(
                    " ({})",
                    (s.history_moved_from)(o.item_no, o.turn_no)
                ));
            }
            words
        }
        // Never the log's raw JSON (its keys are English column names): say it plainly.
        None => s.history_unreadable.to_owned(),
    }
}

/// The fields of a meeting's details as the history names them, each with its value.
fn meeting_words(s: &Strings, d: &MeetingDetails) -> Vec<(&'static str, String)> {
    vec![
        (s.field_title, d.title.clone()),
        (s.field_ward, d.ward.clone()),
        (s.field_group, d.residential_group.clone()),
        (s.field_location, d.location.clone()),
        (
            s.field_started_at,
            d.started_at.format("%Y-%m-%d %H:%M").to_string(),
        ),
        (s.field_chair, d.chair.clone()),
        (s.field_chair_title, d.chair_title.clone()),
        (s.field_secretary, d.secretary.clone()),
        (s.field_households_total, d.households_total.to_string()),
    ]
}

fn household_words(s: &Strings, h: &Household) -> Vec<(&'static str, String)> {
    let r = s.register;
    vec![
        (r.field_address, h.address.clone()),
        (r.field_head_name, h.head_name.clone()),
        (
            r.field_members,
            h.members.map(|m| m.to_string()).unwrap_or_default(),
        ),
        (r.field_phone, h.phone.clone()),
        (r.field_note, h.note.clone()),
    ]
}

fn pledge_words(s: &Strings, p: &Pledge) -> Vec<(&'static str, String)> {
    let r = s.register;
    let sep = s.decimal_separator;
    vec![
        (r.field_frontage, p.frontage.display(sep)),
        (r.field_depth, p.depth.display(sep)),
        (r.field_area, p.area.display(sep)),
        (r.field_structures, p.structures.clone()),
        (r.field_consent, r.consent(p.consent).to_owned()),
        (r.field_pledge_note, p.note.clone()),
    ]
}

fn item_words(
    s: &Strings,
    title: &str,
    description: &str,
    rule: DecisionRule,
) -> Vec<(&'static str, String)> {
    vec![
        (s.field_item_title, title.to_owned()),
        (s.field_item_description, one_line(description)),
        (s.rule_label, s.rule(rule)),
    ]
}

/// A text of several lines on one, as the history's lines wrap on their own.
fn one_line(text: &str) -> String {
    text.lines().collect::<Vec<_>>().join(" ")
}

fn speaker_words(name: &str, address: &str) -> String {
    if address.is_empty() {
        name.to_owned()
    } else {
        format!("{name} ({address})")
    }
}

/// The fields that differ between `before` and `after`, as "label: old → new"; every field of
/// `before` that holds something when what came after is not known (or nothing differs).
fn changes(before: Vec<(&str, String)>, after: Option<Vec<(&str, String)>>) -> String {
    let changed: Vec<String> = after
        .iter()
        .flat_map(|after| before.iter().zip(after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((label, old), (_, new))| format!("{label}: {old} → {new}"))
        .collect();
    if changed.is_empty() {
        before
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(label, value)| format!("{label}: {value}"))
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        changed.join("; ")
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
