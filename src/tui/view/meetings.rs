//! The meetings list: the first screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Row, Table, TableState};

use super::{display_width, fit_width};
use crate::domain::format_when;
use crate::tui::app::App;

const HIGHLIGHT: &str = "▶ ";

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let s = app.strings;
    let block = Block::bordered()
        .title(Line::styled(
            format!(" hopdan · {} ", s.meetings_title),
            app.theme.title(),
        ))
        .border_style(app.theme.border_focused());

    if app.meetings.is_empty() {
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let [_, middle, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(2),
            Constraint::Fill(1),
        ])
        .areas(inner);
        let text = vec![
            Line::styled(s.meetings_empty, app.theme.title()).centered(),
            Line::from(s.meetings_empty_hint).centered(),
        ];
        frame.render_widget(Paragraph::new(text), middle);
        return;
    }

    let widths = [
        Constraint::Length(5),
        Constraint::Length(16),
        Constraint::Length(12),
        Constraint::Fill(1),
    ];
    // The table would cut a long title at the pane's edge without a sign; it is fitted to its
    // column beforehand, laid out as the table lays it out (after the highlight symbol, one
    // column between cells).
    let inner = block.inner(area);
    let row_area = Rect {
        width: inner.width.saturating_sub(display_width(HIGHLIGHT) as u16),
        ..inner
    };
    let title_width = Layout::horizontal(widths).spacing(1).split(row_area)[3].width;

    let header =
        Row::new([s.col_id, s.col_date, s.col_status, s.col_title]).style(app.theme.label());
    let rows = app.meetings.iter().map(|m| {
        Row::new([
            m.id.to_string(),
            format_when(&m.started_at),
            s.status(m.status).to_owned(),
            fit_width(&m.title, title_width.into()).into_owned(),
        ])
    });
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(app.theme.selected())
        .highlight_symbol(HIGHLIGHT);
    let mut state = TableState::default().with_selected(Some(app.meetings_selected));
    frame.render_stateful_widget(table, area, &mut state);
}
