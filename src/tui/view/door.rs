//! The sign-in screen: the search line, the households it finds (or the whole register) with
//! who came for each, and the households present against the quorum at the top.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::{Attendance, Household, Standing};
use crate::tui::app::{App, Door};

use chrono::{DateTime, FixedOffset, Timelike};

use super::{display_width, fit_width, render_meeting_header, rows};

/// The mark of the selected row, and the room it takes on the others.
const SELECTED: &str = "› ";
const UNSELECTED: &str = "  ";

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(live) = &app.live else { return };
    let (s, theme) = (app.strings, &app.theme);
    let r = s.register;
    let door = &live.door;
    let [header, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    render_meeting_header(s, theme, &live.meeting, door.has_register(), frame, header);

    let count = if door.has_register() {
        format!(" {}/{} ", door.found.len(), door.households.len())
    } else {
        String::new()
    };
    let block = Block::bordered()
        .title(Line::styled(
            format!(" {} ", r.sign_in_title),
            theme.title(),
        ))
        .title(Line::styled(count, theme.dim()).right_aligned())
        .border_style(theme.border_focused());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let [search, columns, rows] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);

    let label = format!("{} ", r.search_label);
    let [label_area, input_area] = Layout::horizontal([
        Constraint::Length(display_width(&label) as u16),
        Constraint::Fill(1),
    ])
    .areas(search);
    frame.render_widget(Line::styled(label, theme.label()), label_area);
    frame.render_widget(&door.search, input_area);

    if !door.has_register() {
        let notice = Paragraph::new(Line::styled(r.no_register, theme.dim()).centered());
        frame.render_widget(notice, rows);
        return;
    }
    let longest = door
        .households
        .iter()
        .map(|h| display_width(&h.household_no))
        .max()
        .unwrap_or(0);
    let widths = Widths::of(inner.width, longest.max(display_width(r.column_number)));
    let heading = widths.line(
        "",
        [
            r.column_number,
            r.column_address,
            r.column_head,
            r.column_present,
        ],
    );
    frame.render_widget(Line::styled(heading, theme.label()), columns);
    if door.found.is_empty() {
        let typed = door.typed();
        let notice = Line::styled((r.nothing_found)(typed.trim()), theme.dim());
        frame.render_widget(notice, rows);
        return;
    }
    render_rows(app, door, &widths, frame, rows);
}

/// The rows in sight: the selected one stays on screen.
fn render_rows(app: &App, door: &Door, widths: &Widths, frame: &mut Frame, area: Rect) {
    let height = usize::from(area.height);
    let top = (door.selected + 1).saturating_sub(height);
    let buf = frame.buffer_mut();
    for (row, (at, &index)) in (area.y..).zip(door.found.iter().enumerate().skip(top).take(height))
    {
        let household = &door.households[index];
        let attendance = door.attendance_of(&household.household_no);
        let selected = at == door.selected;
        let text = row_text(app, widths, household, attendance, selected);
        let style = match attendance {
            _ if selected => app.theme.selected(),
            Some(a) if a.is_present() => app.theme.quorum(true),
            Some(_) => app.theme.dim(),
            None => ratatui::style::Style::new(),
        };
        let line = Line::from(Span::styled(text, style));
        rows::draw_line(
            &line,
            Rect {
                y: row,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

fn row_text(
    app: &App,
    widths: &Widths,
    household: &Household,
    attendance: Option<&Attendance>,
    selected: bool,
) -> String {
    let status = attendance.map(|a| status(app, a)).unwrap_or_default();
    widths.line(
        if selected { SELECTED } else { UNSELECTED },
        [
            &household.household_no,
            &household.address,
            &household.head_name,
            &status,
        ],
    )
}

/// "✓ 7:50 chủ hộ", "✓ 7:52 Lê Thị Hoa (ủy quyền)", "ra về 9:10".
fn status(app: &App, attendance: &Attendance) -> String {
    let r = app.strings.register;
    if let Some(left) = &attendance.left_at {
        return format!(
            "{} · {}",
            spoken_time(&attendance.arrived_at),
            (r.left_at)(&spoken_time(left))
        );
    }
    let arrived = spoken_time(&attendance.arrived_at);
    match attendance.standing {
        Standing::Head => format!("✓ {arrived} {}", r.standing_head),
        standing => format!(
            "✓ {arrived} {} ({})",
            attendance.representative_name,
            r.standing(standing)
        ),
    }
}

/// The columns of a row: the number, the address, the head's name and who came.
struct Widths {
    number: usize,
    address: usize,
    head: usize,
    status: usize,
}

impl Widths {
    /// For a row of `width` columns and numbers of up to `longest`.
    fn of(width: u16, longest: usize) -> Widths {
        let room = usize::from(width).saturating_sub(display_width(SELECTED) + 3);
        let number = longest.min(10).min(room);
        let status = (room * 2 / 5).max(32).min(room.saturating_sub(number));
        let rest = room.saturating_sub(number + status);
        let address = rest / 2;
        Widths {
            number,
            address,
            head: rest - address,
            status,
        }
    }

    /// The cells fitted to their columns, one space between them.
    fn line(&self, mark: &str, cells: [&str; 4]) -> String {
        let mut line = String::from(if mark.is_empty() { UNSELECTED } else { mark });
        let columns = [self.number, self.address, self.head, self.status];
        for (at, (cell, width)) in cells.iter().zip(columns).enumerate() {
            let fitted = fit_width(cell, width);
            line.push_str(&fitted);
            if at + 1 < columns.len() {
                let pad = width.saturating_sub(display_width(&fitted)) + 1;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        line
    }
}

/// "7:50": a time as it is read aloud at the door, as the messages say it.
fn spoken_time(time: &DateTime<FixedOffset>) -> String {
    format!("{}:{:02}", time.hour(), time.minute())
}
