//! Land pledges on screen (SPEC §11): the list of an item's pledges with its totals, the
//! search for a household, the area as a pledge is typed, and the totals' lines of the live
//! screen and the chair's board.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, List, ListItem, ListState, Paragraph, Wrap};

use crate::domain::{Measure, Pledge, PledgeTotals, format_share};
use crate::i18n::Strings;
use crate::tui::app::{App, FormKind, HouseholdSearch, Live, SearchFor};
use crate::tui::form::{AreaPreview, Form};
use crate::tui::theme::Theme;

use super::{centered, display_width, fit_width};

/// Before the selected row.
const MARK: &str = "▸";

/// From this width on, the household's column names its head too.
const WIDE_HOUSEHOLD: usize = 48;

/// Columns of a length or an area: "1000,00" and the headings "Dài m", "Area m²".
const MEASURE_WIDTH: usize = 7;

pub(super) fn dialog<'a>(theme: &Theme, title: &str) -> Block<'a> {
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused())
        .title(Line::styled(format!(" {title} "), theme.title()))
}

/// `text` cut or padded to take exactly `width` columns, on the left or the right.
pub(super) fn cell(text: &str, width: usize, right: bool) -> String {
    let fitted = fit_width(text, width);
    let pad = " ".repeat(width.saturating_sub(display_width(&fitted)));
    if right {
        format!("{pad}{fitted}")
    } else {
        format!("{fitted}{pad}")
    }
}

/// The totals of an item's pledges in one sentence.
pub fn totals_sentence(s: &Strings, totals: &PledgeTotals) -> String {
    let sep = s.decimal_separator;
    (s.register.pledge_totals)(
        totals.affected,
        totals.agreed,
        totals.undecided,
        totals.refused,
        &totals.area_agreed.display(sep),
        &format_share(totals.agreed, totals.affected, sep),
    )
}

/// The short line of the live screen: "Hiến đất: 48/52 hộ đồng ý (92,3%) · 121,5 m²".
pub fn pledges_line(s: &Strings, totals: &PledgeTotals) -> String {
    let sep = s.decimal_separator;
    if totals.affected == 0 {
        return s.register.pledges_line_empty.to_owned();
    }
    (s.register.pledges_line)(
        totals.agreed,
        totals.affected,
        &format_share(totals.agreed, totals.affected, sep),
        &totals.area_agreed.display(sep),
    )
}

/// The pledges of item `item_no`, one household a row in the register's order, and their
/// totals; without a register, what is needed and how to get it.
pub fn render_pledges(app: &App, item_no: u32, selected: usize, frame: &mut Frame, area: Rect) {
    let (s, theme) = (app.strings, &app.theme);
    let r = s.register;
    let Some(live) = &app.live else { return };
    let pledges: Vec<&Pledge> = live.pledges_of(item_no).collect();
    let width = area.width.saturating_sub(4).clamp(76, 150);
    let wanted = u16::try_from(pledges.len()).unwrap_or(u16::MAX);
    // Borders, the headings, the rows (one at least), a blank line, two lines of totals.
    let height = wanted.max(1).saturating_add(6);
    let dialog_area = centered(area, width, height);
    frame.render_widget(Clear, dialog_area);
    let block = dialog(theme, &(r.pledges_title)(item_no, pledges.len()));
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);

    if live.door.households.is_empty() {
        let text = Paragraph::new(Line::styled(
            (r.pledges_need_register)(live.id),
            theme.error(),
        ))
        .wrap(Wrap { trim: true });
        frame.render_widget(text, inner);
        return;
    }
    let [headings, rows, _, totals] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(inner);
    let columns = Columns::of(s, usize::from(inner.width));
    frame.render_widget(
        Line::styled(
            columns.row(
                " ",
                [
                    r.col_household,
                    r.col_frontage,
                    r.col_depth,
                    r.col_area,
                    r.col_structures,
                    r.col_consent,
                ],
            ),
            theme.label(),
        ),
        headings,
    );
    if pledges.is_empty() {
        frame.render_widget(Line::styled(r.pledges_empty, theme.dim()), rows);
        return;
    }
    let totals_text = totals_sentence(s, &PledgeTotals::of(pledges.iter().copied()));
    frame.render_widget(
        Paragraph::new(Line::styled(totals_text, theme.title())).wrap(Wrap { trim: true }),
        totals,
    );
    let sep = s.decimal_separator;
    let items = pledges.iter().map(|pledge| {
        // The head's name too where the column has room for it.
        let household = live.door.find(&pledge.household_no).map_or_else(
            || pledge.household_no.clone(),
            |h| match columns.household >= WIDE_HOUSEHOLD {
                true => h.label(),
                false => format!("{} · {}", h.household_no, h.address),
            },
        );
        let measure = |m: Measure| m.display(sep);
        let row = columns.row(
            "",
            [
                &household,
                &measure(pledge.frontage),
                &measure(pledge.depth),
                &measure(pledge.area),
                &pledge.structures,
                r.consent(pledge.consent),
            ],
        );
        ListItem::new(row)
    });
    let list = List::new(items)
        .highlight_style(theme.selected())
        .highlight_symbol(MARK);
    let mut state = ListState::default().with_selected(Some(selected.min(pledges.len() - 1)));
    frame.render_stateful_widget(list, rows, &mut state);
}

/// The widths of the columns of the pledges' list.
struct Columns {
    household: usize,
    structures: usize,
    consent: usize,
}

impl Columns {
    fn of(s: &Strings, width: usize) -> Columns {
        let r = s.register;
        let consent = [r.consent_agreed, r.consent_undecided, r.consent_refused]
            .into_iter()
            .map(display_width)
            .max()
            .unwrap_or(0);
        // The mark, five gaps, three measures and the consent; the rest is shared.
        let rest = width.saturating_sub(display_width(MARK) + 5 + 3 * MEASURE_WIDTH + consent);
        let household = rest * 2 / 3;
        Columns {
            household,
            structures: rest - household,
            consent,
        }
    }

    /// A row of the six columns; `lead` stands in the mark's column (the list draws the mark
    /// itself on the rows it holds).
    fn row(&self, lead: &str, texts: [&str; 6]) -> String {
        let [household, frontage, depth, area, structures, consent] = texts;
        [
            format!("{lead}{}", cell(household, self.household, false)),
            cell(frontage, MEASURE_WIDTH, true),
            cell(depth, MEASURE_WIDTH, true),
            cell(area, MEASURE_WIDTH, true),
            cell(structures, self.structures, false),
            cell(consent, self.consent, false),
        ]
        .join(" ")
    }
}

/// The search for a household: what is typed, then the households it finds.
pub fn render_household_search(app: &App, search: &HouseholdSearch, frame: &mut Frame, area: Rect) {
    let (s, theme) = (app.strings, &app.theme);
    let r = s.register;
    let Some(live) = &app.live else { return };
    let rows = HouseholdSearch::SHOWN as u16;
    let dialog_area = centered(area, 72, rows + 4);
    frame.render_widget(Clear, dialog_area);
    let title = match search.purpose {
        SearchFor::Pledge => (r.find_household_title)(search.item_no),
        SearchFor::Ballot { vote_no } => (s.ballots.find_ballot_household)(search.item_no, vote_no),
    };
    let block = dialog(theme, &title);
    let inner = block.inner(dialog_area);
    frame.render_widget(block, dialog_area);
    let [typed, note, found] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let label = format!("▸{}: ", r.find_household_label);
    let [label_area, input_area] = Layout::horizontal([
        Constraint::Length(display_width(&label) as u16),
        Constraint::Fill(1),
    ])
    .areas(typed);
    frame.render_widget(Span::styled(label, theme.border_focused()), label_area);
    let mut input = search.input.clone();
    input.set_cursor_style(
        ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
    );
    frame.render_widget(&input, input_area);

    let typed_text = search.typed();
    if typed_text.trim().is_empty() {
        frame.render_widget(Line::styled(r.find_household_hint, theme.dim()), note);
        return;
    }
    if search.found.is_empty() {
        frame.render_widget(Line::styled(r.find_household_none, theme.error()), note);
        return;
    }
    let width = usize::from(found.width).saturating_sub(display_width(MARK));
    let items = search.found.iter().filter_map(|&at| {
        let household = live.door.households.get(at)?;
        // What the household has done already: pledged, or returned its ballot.
        let done = match search.purpose {
            SearchFor::Pledge => live
                .pledges_of(search.item_no)
                .any(|p| p.household_no == household.household_no)
                .then_some(r.find_household_pledged),
            SearchFor::Ballot { vote_no } => live
                .ballots
                .ballots_of(search.item_no, vote_no)
                .any(|b| b.household_no == household.household_no)
                .then_some(s.ballots.find_household_returned),
        };
        let mut spans = vec![Span::raw(household.label())];
        if let Some(done) = done {
            spans.push(Span::styled(format!(" ({done})"), theme.dim()));
        }
        Some(ListItem::new(Line::from(super::fit_spans(spans, width))))
    });
    let list = List::new(items)
        .highlight_style(theme.selected())
        .highlight_symbol(MARK);
    let mut state = ListState::default().with_selected(Some(search.picked));
    frame.render_stateful_widget(list, found, &mut state);
}

/// Under a pledge form: the area as it will be kept, frontage × depth unless one is typed.
pub fn area_preview<'a>(app: &App, kind: &FormKind, form: &Form) -> Option<Line<'a>> {
    if !matches!(kind, FormKind::Pledge { .. }) {
        return None;
    }
    let (s, theme) = (app.strings, &app.theme);
    let r = s.register;
    let sep = s.decimal_separator;
    Some(match AreaPreview::of(form) {
        AreaPreview::Computed {
            frontage,
            depth,
            area,
        } => Line::styled(
            (r.area_computed)(
                &frontage.display(sep),
                &depth.display(sep),
                &area.display(sep),
            ),
            theme.info(),
        ),
        AreaPreview::Typed(area) => Line::styled((r.area_typed)(&area.display(sep)), theme.info()),
        AreaPreview::Unknown => Line::styled(r.area_left_empty, theme.dim()),
    })
}

/// The live screen's pledges line of the selected item, if it takes pledges.
pub fn live_line(app: &App, live: &Live) -> Option<String> {
    let totals = live.selected_pledge_totals()?;
    Some(pledges_line(app.strings, &totals))
}

/// The chair's board of an item's pledges: households affected, agreed, undecided, refused,
/// and the area agreed. Four rows, borders included.
pub const BOARD_ROWS: u16 = 4;

pub fn render_board(
    s: &Strings,
    theme: &Theme,
    totals: &PledgeTotals,
    frame: &mut Frame,
    area: Rect,
) {
    let r = s.register;
    let lines = if totals.affected == 0 {
        vec![Line::styled(r.pledges_empty, theme.label()).centered()]
    } else {
        vec![
            Line::styled(
                (r.chair_pledges_counts)(
                    totals.affected,
                    totals.agreed,
                    totals.undecided,
                    totals.refused,
                ),
                theme.title(),
            )
            .centered(),
            area_line(s, totals),
        ]
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(board_block(s, theme)),
        area,
    );
}

/// The frame of the chair's board of pledges, named in capitals.
pub fn board_block<'a>(s: &Strings, theme: &Theme) -> Block<'a> {
    let title = format!(" {} ", s.register.chair_pledges_title);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.border_focused())
        .title(Line::styled(title, theme.title()).centered())
}

/// The area agreed and the share of the households affected that agree, centred.
pub fn area_line<'a>(s: &Strings, totals: &PledgeTotals) -> Line<'a> {
    let sep = s.decimal_separator;
    Line::from((s.register.chair_pledges_area)(
        &totals.area_agreed.display(sep),
        &format_share(totals.agreed, totals.affected, sep),
    ))
    .centered()
}
