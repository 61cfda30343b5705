//! Items with several options in popups (SPEC §15): the list of an item's options, and what a
//! vote among them comes to as it is typed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, BorderType, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::tui::app::{App, FormKind};
use crate::tui::form::Form;

use super::{centered, display_width, fit_width};

/// Before the selected option.
const MARK: &str = "▸";

/// The options of item `item_no`: each its number and title, its description under it.
pub fn render_options(app: &App, item_no: u32, selected: usize, frame: &mut Frame, area: Rect) {
    let (o, theme) = (app.strings.options, &app.theme);
    let Some(live) = &app.live else { return };
    let options: Vec<_> = live.options_of(item_no).collect();
    let voted =
        live.selected_item().is_some_and(|i| i.item_no == item_no) && !live.votes.is_empty();
    let width = area.width.saturating_sub(8).clamp(72, 110);
    let rows = u16::try_from(options.len() * 2).unwrap_or(u16::MAX).max(1);
    // Borders, the rows, and the line that says the options are fixed once voted on.
    let height = rows.saturating_add(2 + u16::from(voted) * 2);
    let dialog_area = centered(area, width, height);
    frame.render_widget(Clear, dialog_area);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused())
        .title(Line::styled(
            format!(" {} ", (o.options_title)(item_no, options.len())),
            theme.title(),
        ));
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);
    let [list_area, note_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(u16::from(voted) * 2),
    ])
    .areas(inner);
    if voted {
        let note = (o.err_options_fixed_by_vote)(item_no);
        frame.render_widget(
            Paragraph::new(Line::styled(note, theme.dim())).wrap(Wrap { trim: true }),
            note_area,
        );
    }
    if options.is_empty() {
        frame.render_widget(Line::styled(o.options_empty, theme.dim()), list_area);
        return;
    }
    let width = usize::from(inner.width).saturating_sub(display_width(MARK));
    let items = options.iter().map(|option| {
        let title = format!("{}. {}", option.option_no, option.title);
        let description = option.description.lines().next().unwrap_or("");
        let description = format!("   {description}");
        ListItem::new(Text::from(vec![
            Line::raw(fit_width(&title, width).into_owned()),
            Line::styled(fit_width(&description, width).into_owned(), theme.dim()),
        ]))
    });
    let list = List::new(items)
        .highlight_style(theme.selected())
        .highlight_symbol(MARK);
    let selected = selected.min(options.len() - 1);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, list_area, &mut state);
}

/// The line under a vote among options: who leads, then what the vote decides.
pub fn options_vote_preview<'a>(app: &App, kind: &FormKind, form: &Form) -> Option<Line<'a>> {
    let FormKind::OptionsVote { put, .. } = kind else {
        return None;
    };
    let words = app.options_vote_preview(put, form)?;
    Some(Line::styled(words, app.theme.title()))
}
