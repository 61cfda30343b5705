//! The long lists of the live screen (the queue, the opinions of an item) drawn straight into
//! the buffer. At 200×60 they are most of a frame's cells.
//!
//! ratatui draws text grapheme by grapheme, measuring the width of each: right for any script,
//! and most of a frame's time. Names and summaries are Vietnamese and Latin letters, stored NFC:
//! one char per cell. A line made only of chars that always take one cell on their own is
//! written one char per cell; any other line is drawn by ratatui itself. The tests check that
//! both give the same cells as ratatui's `Line` and `List`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Whether `c` is always one grapheme one column wide, whatever comes before or after it:
/// printable ASCII, Latin-1 and Latin Extended-A/B letters (ă đ ĩ ơ ư...), the Vietnamese
/// letters of Latin Extended Additional (ạ ầ ễ ộ...) and common punctuation (– — ‘ ’ “ ” • …).
/// Not controls, the soft hyphen, combining marks, wide or zero-width chars.
pub fn one_cell(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{24F}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2010}'..='\u{2027}')
}

/// Draws `line` in the first row of `area`, cut at its right edge: the same cells as
/// `line.render(area, buf)`.
pub fn draw_line(line: &Line, area: Rect, buf: &mut Buffer) {
    let left_aligned = matches!(line.alignment, None | Some(Alignment::Left));
    let one_char_per_cell = line
        .spans
        .iter()
        .all(|span| span.content.chars().all(one_cell));
    if !left_aligned || !one_char_per_cell {
        return line.render(area, buf);
    }
    let area = area.intersection(buf.area);
    // As ratatui: an empty line leaves even its style out.
    if area.is_empty() || line.spans.iter().all(|span| span.content.is_empty()) {
        return;
    }
    // The row's cells as one slice: no position lookup per cell.
    let start = buf.index_of(area.x, area.y);
    let row = &mut buf.content[start..start + usize::from(area.width)];
    if line.style != Style::default() {
        row.iter_mut().for_each(|cell| {
            cell.set_style(line.style);
        });
    }
    let chars = line
        .spans
        .iter()
        .flat_map(|span| span.content.chars().map(move |c| (c, span.style)));
    for (cell, (c, style)) in row.iter_mut().zip(chars) {
        cell.set_char(c).set_style(style);
    }
}

/// How the selected item of a list is shown, as ratatui's `List` shows it.
pub struct Selection {
    /// Index into the items drawn.
    pub index: usize,
    /// Drawn before the first line of the selected item; the other items are indented by its
    /// width. One column wide.
    pub symbol: &'static str,
    pub style: Style,
}

/// Draws `items` (each a few lines) from the top of `area`, as many as fit whole. The caller
/// passes only the items to show, so that no row outside the pane is built.
pub fn draw_items(
    items: &[Vec<Line>],
    selection: Option<&Selection>,
    area: Rect,
    buf: &mut Buffer,
) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let indent = u16::from(selection.is_some());
    let mut y = area.y;
    for (i, lines) in items.iter().enumerate() {
        let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        if height > area.bottom() - y {
            break;
        }
        let item_area = Rect::new(area.x, y, area.width, height);
        let text_area = Rect {
            x: area.x + indent,
            width: area.width.saturating_sub(indent),
            ..item_area
        };
        for (row, line) in (text_area.y..).zip(lines) {
            draw_line(
                line,
                Rect {
                    y: row,
                    height: 1,
                    ..text_area
                },
                buf,
            );
        }
        if let Some(selection) = selection.filter(|s| s.index == i) {
            buf.set_style(item_area, selection.style);
            buf.set_stringn(
                area.x,
                y,
                selection.symbol,
                usize::from(area.width),
                Style::default(),
            );
        }
        y += height;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::{List, ListItem, ListState, StatefulWidget};

    use super::*;

    fn drawn(width: u16, height: u16, draw: impl FnOnce(Rect, &mut Buffer)) -> Buffer {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        draw(area, &mut buf);
        buf
    }

    /// A line of spans of text mixing one-cell chars with others that need ratatui's way.
    fn any_line() -> impl Strategy<Value = Line<'static>> {
        let text = prop::string::string_regex(
            "[a-zA-Z0-9 .,:()/-]{0,6}[àâăđêôơưạầễộựỹ]{0,4}[ \u{300}\u{301}活動👍\u{200B}\t]{0,1}",
        )
        .unwrap();
        let style = prop_oneof![
            Just(Style::new()),
            Just(Style::new().fg(Color::Yellow)),
            Just(Style::new().bold()),
            Just(Style::new().bg(Color::Blue).add_modifier(Modifier::DIM)),
        ];
        (prop::collection::vec((text, style.clone()), 0..4), style).prop_map(|(spans, style)| {
            Line::from(
                spans
                    .into_iter()
                    .map(|(text, style)| Span::styled(text, style))
                    .collect::<Vec<_>>(),
            )
            .style(style)
        })
    }

    proptest! {
        #[test]
        fn a_line_is_drawn_as_ratatui_draws_it(line in any_line(), width in 0u16..30) {
            let ours = drawn(30, 1, |area, buf| {
                draw_line(&line, Rect { width, ..area }, buf)
            });
            let theirs = drawn(30, 1, |area, buf| line.render(Rect { width, ..area }, buf));
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn a_list_is_drawn_as_ratatui_draws_it(
            items in prop::collection::vec(prop::collection::vec(any_line(), 1..3), 0..6),
            selected in prop::option::of(0usize..6),
            height in 0u16..8,
            width in 0u16..24,
        ) {
            // The caller passes the items to show, the selected one among those that fit;
            // ratatui's List would scroll to it.
            let fit = items
                .iter()
                .scan(0, |rows, lines| {
                    *rows += lines.len();
                    Some(*rows)
                })
                .take_while(|&rows| rows <= usize::from(height))
                .count();
            prop_assume!(selected.is_none_or(|i| i < fit));
            let highlight = Style::new().reversed();
            let ours = drawn(24, height, |area, buf| {
                let selection = selected.map(|index| Selection {
                    index,
                    symbol: "▸",
                    style: highlight,
                });
                draw_items(&items, selection.as_ref(), Rect { width, ..area }, buf)
            });
            let theirs = drawn(24, height, |area, buf| {
                let list = List::new(items.iter().cloned().map(ListItem::new))
                    .highlight_symbol("▸")
                    .highlight_style(highlight);
                let mut state = ListState::default().with_selected(selected);
                StatefulWidget::render(list, Rect { width, ..area }, buf, &mut state);
            });
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn vietnamese_text_takes_the_one_cell_way_and_other_scripts_do_not() {
        assert!(
            "Nguyễn Thị Hồng · K19/4 Phú Lộc – “đồng ý”…"
                .chars()
                .all(one_cell)
        );
        for c in [
            '\u{301}', '\u{AD}', '\t', '活', '👍', '\u{200B}', '\u{2028}', '⏱',
        ] {
            assert!(!one_cell(c), "{c:?}");
        }
        // Every char of the set is one column on its own and never joins its neighbours.
        let set = (' '..='\u{2027}').filter(|&c| one_cell(c));
        for c in set {
            assert_eq!(unicode_width::UnicodeWidthChar::width(c), Some(1), "{c:?}");
            let between = format!("a{c}b");
            assert_eq!(
                unicode_segmentation::UnicodeSegmentation::graphemes(between.as_str(), true)
                    .count(),
                3,
                "{c:?}"
            );
        }
    }
}
