//! Drawing. Everything here reads `&App` and writes cells; nothing changes state.

mod ballots;
mod board;
mod chair;
mod door;
mod live;
mod meetings;
mod option_list;
mod options;
mod pledges;
mod popup;
mod rows;
mod show;

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, Timelike};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::{
    AgendaItem, ClockState, Meeting, MeetingStatus, SpeakingClock, Vote, VoteMethod, format_day,
    has_quorum,
};
use crate::i18n::Strings;
use crate::store::Floor;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_segmentation::UnicodeSegmentation;

use super::app::{App, MessageKind, Popup, Screen};
use super::keymap;
use super::show_state::Show;
use super::theme::Theme;
use super::typing::TypingMode;

/// The smallest terminal the screens are laid out for (SPEC §6).
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(app, frame, area);
        return;
    }
    let ScreenParts {
        body,
        message,
        keys,
        message_lines,
        keys_lines,
    } = screen_parts(app, area);

    match app.screen {
        Screen::Meetings => meetings::render(app, frame, body),
        Screen::Live => live::render(app, frame, body),
        Screen::Chair => chair::render(app, frame, body),
        Screen::SignIn => door::render(app, frame, body),
    }
    for popup in &app.popups {
        popup::render(app, popup, frame, body);
    }
    render_message(app, message_lines, frame, message);
    frame.render_widget(Paragraph::new(keys_lines).style(app.theme.key_bar()), keys);
}

/// The parts of a screen: the body, and under it the message line and the key bar with their
/// text.
struct ScreenParts {
    body: Rect,
    message: Rect,
    keys: Rect,
    message_lines: Vec<String>,
    keys_lines: Vec<Line<'static>>,
}

fn screen_parts(app: &App, area: Rect) -> ScreenParts {
    let mut hints: Vec<String> = keymap::bars(app)
        .iter()
        .flat_map(|bar| bar.hints(app.strings.keys))
        .collect();
    hints.extend(typing_hint(app));
    let keys_lines = key_bar_lines(&hints, area.width);
    let message_lines = app.message.as_ref().map_or_else(
        || vec![String::new()],
        |m| message_lines(&m.text, area.width.into()),
    );
    let [body, message, keys] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(message_lines.len() as u16),
        Constraint::Length(keys_lines.len() as u16),
    ])
    .areas(area);
    ScreenParts {
        body,
        message,
        keys,
        message_lines,
        keys_lines,
    }
}

/// How many opinions the opinions pane shows at once in a window of the app's size: how far
/// PgUp and PgDn move. At least one.
pub fn opinions_page(app: &App) -> usize {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    live::opinions_page(app, screen_parts(app, area).body).max(1)
}

/// How many lines the help has in a window of the app's size, and how many it shows at once:
/// how far it scrolls. The help's key bar and the message line take a row each.
pub fn help_extent(app: &App) -> (usize, usize) {
    let body = Rect::new(0, 0, app.size.width, app.size.height.saturating_sub(2));
    let (lines, room) = popup::help_page(app, body);
    (lines.len(), room)
}

/// Draws the chair's screen in another window (`hopdan show`).
pub fn render_show(show: &Show, frame: &mut Frame) {
    show::render(show, frame);
}

fn render_too_small(app: &App, frame: &mut Frame, area: Rect) {
    too_small_notice(app.strings, &app.theme, frame, area);
}

fn too_small_notice(s: &Strings, theme: &Theme, frame: &mut Frame, area: Rect) {
    let notice = Paragraph::new(s.window_too_small)
        .style(theme.error())
        .wrap(Wrap { trim: true });
    frame.render_widget(notice, area);
}

fn render_message(app: &App, lines: Vec<String>, frame: &mut Frame, area: Rect) {
    let Some(message) = &app.message else { return };
    let style = match message.kind {
        MessageKind::Info => app.theme.info(),
        MessageKind::Error => app.theme.error(),
    };
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines).style(style), area);
}

/// The status line's text in lines of at most `width` columns. A message too long for one
/// line breaks after its last ": " when what follows fits a line of its own, so that a value
/// such as a fingerprint (79 columns, grouped by spaces) is never split; otherwise it breaks
/// between words, and only a word longer than a line is cut, with "…".
fn message_lines(text: &str, width: usize) -> Vec<String> {
    if display_width(text) <= width {
        return vec![text.to_owned()];
    }
    if let Some((head, value)) = text.rsplit_once(": ")
        && display_width(value) <= width
    {
        let mut lines = message_lines(&format!("{head}:"), width);
        lines.push(value.to_owned());
        return lines;
    }
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && display_width(line) + 1 + display_width(word) > width {
            lines.push(String::new());
        }
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&fit_width(word, width));
    }
    lines
}

/// The key of the built-in input method and its mode: shown wherever text is typed, and
/// everywhere while it is on.
fn typing_hint(app: &App) -> Option<String> {
    let mode = app.typing.mode();
    let typing_text = matches!(
        app.popup(),
        Some(Popup::Editor(_) | Popup::Form(..) | Popup::FindHousehold(_))
    );
    if mode == TypingMode::Off && !typing_text {
        return None;
    }
    let words = app.strings.keys;
    let name = match mode {
        TypingMode::Off => words.typing_off,
        TypingMode::Telex => "Telex",
        TypingMode::Vni => "VNI",
    };
    Some(keymap::TYPING_HINT.say_with(words, name))
}

/// Breaks the key hints into lines of at most `width` columns, never inside a hint (hints are
/// separated by two spaces).
fn key_bar_lines(hints: &[String], width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines: Vec<String> = vec![String::new()];
    for hint in hints.iter().filter(|h| !h.is_empty()) {
        let line = lines.last_mut().expect("one line at least");
        let needed = display_width(line) + 2 + display_width(hint);
        if !line.is_empty() && needed > width {
            lines.push(hint.to_owned());
        } else {
            if !line.is_empty() {
                line.push_str("  ");
            }
            line.push_str(hint);
        }
    }
    lines.into_iter().map(Line::from).collect()
}

/// The lines of a help, as `keys::Help::lines` gives them: headings stand out, the keys under
/// them are indented.
fn help_text(lines: Vec<String>, theme: &Theme) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|line| {
            if line.starts_with(' ') {
                Line::raw(line)
            } else {
                Line::styled(line, theme.label())
            }
        })
        .collect()
}

/// A rectangle of `width` × `height` centred in `area`, shrunk to fit.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// `mm:ss` for a number of seconds (hours are added when needed).
fn format_duration(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// `HH:MM` of a time. Written directly: chrono's `format` parses its pattern on every call, and
/// the opinions pane shows dozens of times per frame.
fn hour_minute(time: &DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Columns a text takes on screen (Vietnamese precomposed letters take one each).
fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` cut to fit in `width` columns, with "…" where it was cut. Reads only as far as the
/// width: a row shows the start of a summary that may be hundreds of letters long.
fn fit_width(text: &str, width: usize) -> Cow<'_, str> {
    if width == 0 {
        return Cow::Borrowed("");
    }
    // Letters of one cell each (nearly all text) are counted by char; anything else by
    // grapheme, as the screen draws it.
    let mut cut = 0;
    for (n, (at, c)) in text.char_indices().enumerate() {
        if !rows::one_cell(c) {
            return fit_graphemes(text, width);
        }
        if n == width - 1 {
            cut = at;
        }
        if n == width {
            return Cow::Owned(format!("{}…", &text[..cut]));
        }
    }
    Cow::Borrowed(text)
}

/// `text` in at most `max_lines` lines of `width` columns, broken between words; where it does
/// not fit, the last line ends with "…".
fn fit_lines(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines = message_lines(text, width);
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines).join(" ");
        let last = lines.pop().unwrap_or_default();
        // The next word did not fit beside the last line: joined, they are cut with "…".
        let joined = format!("{last} {rest}");
        let cut = fit_width(&joined, width);
        let kept = cut.strip_suffix('…').unwrap_or(&cut).trim_end();
        lines.push(format!("{kept}…"));
    }
    lines
}

/// [`fit_width`] for any text: an emoji with its variation selector or joiners, a wide letter,
/// a letter with marks of its own are never split.
fn fit_graphemes(text: &str, width: usize) -> Cow<'_, str> {
    let room_before_ellipsis = width - 1;
    let mut used = 0;
    let mut cut = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        used += display_width(grapheme);
        if used > width {
            return Cow::Owned(format!("{}…", &text[..cut]));
        }
        if used <= room_before_ellipsis {
            cut = at + grapheme.len();
        }
    }
    Cow::Borrowed(text)
}

/// `spans` cut to fit in `width` columns, with "…" where they were cut, each keeping its style.
fn fit_spans(spans: Vec<Span<'_>>, width: usize) -> Vec<Span<'_>> {
    let total: usize = spans.iter().map(|span| display_width(&span.content)).sum();
    if total <= width {
        return spans;
    }
    let mut room = width;
    let mut fitted = Vec::new();
    for span in spans {
        let span_width = display_width(&span.content);
        if span_width < room {
            room -= span_width;
            fitted.push(span);
            continue;
        }
        // The span reaching the edge takes the "…", even when it fits exactly: more follows.
        let cut = fit_width(&format!("{}…", span.content), room).into_owned();
        fitted.push(Span::styled(cut, span.style));
        break;
    }
    fitted
}

/// The four counts of a vote with their words and colours: for, against, abstain, not voting.
/// The four rows of a vote's tally: for, against, abstain, and those not voting — for a
/// household-ballot round, the households that returned no ballot.
fn tally_rows(s: &Strings, theme: &Theme, vote: &Vote) -> [(&'static str, u32, Style); 4] {
    let c = &vote.counts;
    let last = match vote.method {
        VoteMethod::HouseholdBallot => (
            s.ballots.not_returned_row,
            c.households_total.saturating_sub(c.households_present),
        ),
        _ => (s.not_voting, c.not_voting()),
    };
    [
        (s.field_votes_for, c.votes_for, theme.count_for()),
        (
            s.field_votes_against,
            c.votes_against,
            theme.count_against(),
        ),
        (
            s.field_votes_abstain,
            c.votes_abstain,
            theme.count_abstain(),
        ),
        (last.0, last.1, theme.count_neutral()),
    ]
}

/// The speaker's clock: the time spoken against the limit, in the style of its state. The
/// state is in the words too (⚠ and the time left, TIME UP and the time over), so that it
/// reads without colour.
fn speaking_clock(s: &Strings, theme: &Theme, clock: SpeakingClock) -> Span<'static> {
    let elapsed = format_duration(clock.elapsed.into());
    let limit = format_duration(clock.limit.seconds().into());
    let text = match clock.state {
        ClockState::Unlimited => format!("⏱ {elapsed}"),
        ClockState::Running { .. } => format!("⏱ {elapsed} / {limit}"),
        ClockState::Warning { left } => format!(
            "⚠ {elapsed} / {limit} · {}",
            (s.clock_left)(&format_duration(left.into()))
        ),
        ClockState::TimeUp { over } => format!(
            "⏱ {elapsed} / {limit} · {} +{}",
            s.clock_time_up,
            format_duration(over.into())
        ),
    };
    Span::styled(text, theme.clock(clock.state))
}

/// Where the floor's turn belongs to another item than the one on screen, which one.
fn other_item_note(s: &Strings, floor: &Floor, shown: Option<&AgendaItem>) -> String {
    match shown {
        Some(item) if item.item_no != floor.item_no => {
            format!(" · {}", (s.floor_item)(floor.item_no))
        }
        _ => String::new(),
    }
}

/// Beside a resident's name: "new" before their first turn, else which turn this is for them.
fn turn_marker(s: &Strings, theme: &Theme, turns_had: u32) -> Span<'static> {
    if turns_had == 0 {
        Span::styled(format!(" ({})", s.turn_new), theme.turn_new())
    } else {
        let nth = turns_had.saturating_add(1);
        Span::styled(format!(" ({})", (s.turn_nth)(nth)), theme.dim())
    }
}

/// The top line of a meeting: its title (and whether it is closed) on the left, attendance and
/// quorum on the right.
/// The least of the title kept in the header before the date is left out.
const MIN_TITLE_WIDTH: usize = 20;

/// With `from_sign_in`, the households present are those of the sign-in list, and it says so.
fn render_meeting_header(
    s: &Strings,
    theme: &Theme,
    meeting: &Meeting,
    from_sign_in: bool,
    frame: &mut Frame,
    area: Rect,
) {
    let quorum = has_quorum(meeting.households_present, meeting.households_total);
    let marker = (meeting.status == MeetingStatus::Closed)
        .then(|| Span::styled(format!("  [{}]", s.closed_banner), theme.error()));
    let marker_width = marker.as_ref().map_or(0, |m| display_width(&m.content));
    let attendance = |source: &str| {
        format!(
            " {} {}/{} {}{source} · {} ",
            s.present_label,
            meeting.households_present,
            meeting.households_total,
            s.households,
            if quorum { s.quorum_yes } else { s.quorum_no },
        )
    };
    // When the line is short, where the presence comes from gives way first, then the date:
    // the title, the closed marker and the count matter more.
    let mut room =
        usize::from(area.width).saturating_sub(display_width(&attendance("")) + marker_width);
    let source = if from_sign_in {
        format!(" ({})", s.register.from_sign_in)
    } else {
        String::new()
    };
    let source = if room >= display_width(&source) + MIN_TITLE_WIDTH {
        room -= display_width(&source);
        source
    } else {
        String::new()
    };
    let attendance = attendance(&source);
    let day = format!(" {}", format_day(&meeting.started_at));
    let day = if room >= display_width(&day) + MIN_TITLE_WIDTH {
        day
    } else {
        String::new()
    };
    let [title, date, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(display_width(&day) as u16),
        Constraint::Length(display_width(&attendance) as u16),
    ])
    .areas(area);
    frame.render_widget(Line::styled(day, theme.dim()), date);
    // The title gives way to the closed marker: a cut title still names the meeting, a lost
    // marker would let it pass for open.
    let title_room = usize::from(title.width).saturating_sub(marker_width);
    let mut spans = vec![Span::styled(
        fit_width(&meeting.title, title_room),
        theme.title(),
    )];
    spans.extend(marker);
    frame.render_widget(Line::from(spans), title);
    frame.render_widget(Line::styled(attendance, theme.quorum(quorum)), right);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn counting_by_char_cuts_where_counting_by_grapheme_does(
            text in "[a-zA-Z .,ăâđêôơưàạầễộựỹ–…]{0,40}[\u{300}活👍]{0,1}[a-zđ]{0,5}",
            width in 1usize..50,
        ) {
            let fitted = fit_width(&text, width);
            prop_assert_eq!(&fitted, &fit_graphemes(&text, width));
            prop_assert!(display_width(&fitted) <= width);
        }
    }

    #[test]
    fn fit_width_cuts_long_text_with_an_ellipsis_and_keeps_short_text() {
        assert_eq!(fit_width("Đồng ý mở rộng", 14), "Đồng ý mở rộng");
        assert_eq!(fit_width("Đồng ý mở rộng", 20), "Đồng ý mở rộng");
        assert_eq!(fit_width("Đồng ý mở rộng", 9), "Đồng ý m…");
        assert_eq!(display_width(&fit_width("Đồng ý mở rộng", 9)), 9);
        // Wide letters are never split, and the result never exceeds the width.
        assert_eq!(fit_width("活動中心", 5), "活動…");
        assert_eq!(fit_width("abc", 0), "");
        assert_eq!(fit_width("abc", 1), "…");
        assert_eq!(fit_width("a", 1), "a");
        assert_eq!(fit_width("ab", 2), "ab");
        // A combining mark after its letter, as a pasted NFD text has it.
        assert_eq!(fit_width("Hu\u{300}ng Vân", 6), "Hu\u{300}ng …");
        // An emoji drawn two columns wide, and one made of several people, are kept whole.
        assert_eq!(fit_width("ab❤\u{FE0F}cdef", 4), "ab…");
        assert_eq!(fit_width("ab❤\u{FE0F}cdef", 5), "ab❤\u{FE0F}…");
        assert_eq!(fit_width("ab❤\u{FE0F}cdef", 6), "ab❤\u{FE0F}c…");
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(fit_width(&format!("ab{family}cdef"), 4), "ab…");
        assert_eq!(
            fit_width(&format!("ab{family}cdef"), 6),
            format!("ab{family}c…")
        );
    }

    #[test]
    fn a_long_message_breaks_after_its_label_or_between_words_and_fits() {
        let fingerprint = ["e350"; 16].join(" ");
        let text = format!("Đã kết thúc cuộc họp. Dấu vân tay SHA-256: {fingerprint}");
        assert_eq!(
            message_lines(&text, 80),
            [
                "Đã kết thúc cuộc họp. Dấu vân tay SHA-256:",
                fingerprint.as_str()
            ]
        );
        assert_eq!(message_lines("Đã lưu.", 80), ["Đã lưu."]);
        assert_eq!(
            message_lines("một hai ba bốn năm", 8),
            ["một hai", "ba bốn", "năm"]
        );
        assert_eq!(message_lines("abcdefghij k", 5), ["abcd…", "k"]);
    }

    #[test]
    fn fit_spans_puts_the_ellipsis_where_the_row_reaches_the_edge() {
        let texts = |spans: Vec<Span>| -> Vec<String> {
            spans.iter().map(|s| s.content.to_string()).collect()
        };
        let row = || vec![Span::raw("1. Lan"), Span::raw(" · K19")];
        assert_eq!(texts(fit_spans(row(), 12)), ["1. Lan", " · K19"]);
        assert_eq!(texts(fit_spans(row(), 10)), ["1. Lan", " · …"]);
        assert_eq!(texts(fit_spans(row(), 6)), ["1. La…"]);
        assert_eq!(texts(fit_spans(row(), 4)), ["1. …"]);
    }

    #[test]
    fn fit_lines_ends_a_cut_text_with_an_ellipsis() {
        assert_eq!(fit_lines("một hai ba", 8, 2), ["một hai", "ba"]);
        assert_eq!(
            fit_lines("một hai ba bốn năm sáu", 8, 2),
            ["một hai", "ba bốn…"]
        );
    }

    #[test]
    fn hour_minute_is_zero_padded_local_time() {
        let time = DateTime::parse_from_rfc3339("2026-11-22T08:05:59+07:00").unwrap();
        assert_eq!(hour_minute(&time), "08:05");
    }
}
