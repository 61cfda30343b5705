//! The chair's view: the tally of the selected item in large, high-contrast type, readable from
//! the back of a room (SPEC §6.4). Counts in big digits, bars, shares of all households and of
//! those present, quorum, the rule and the result in words. The board is shared with the
//! chair's screen in another window (`hopdan show`).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};
use tui_big_text::{BigText, PixelSize};

use crate::domain::{Outcome, PledgeTotals, Vote, VoteMethod, format_share};
use crate::i18n::Strings;
use crate::tui::app::App;
use crate::tui::theme::Theme;

use super::board::{GLYPH_WIDTH, bar, facts_lines, render_count};
use super::options::Choice;
use super::{fit_lines, tally_rows};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(live) = &app.live else { return };
    let s = app.strings;
    let block = board_block(s, &app.theme, live.latest_vote());
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let Some(item) = live.selected_item() else {
        // The chair view takes no `i`: it only says what is so.
        frame.render_widget(Paragraph::new(s.chair_no_items).centered(), inner);
        return;
    };
    let [heading, rest] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let title = format!("{}. {}", item.item_no, item.title);
    let heading_lines: Vec<Line> = fit_lines(&title, usize::from(heading.width), 2)
        .into_iter()
        .map(|line| Line::styled(line, app.theme.title()).centered())
        .collect();
    frame.render_widget(Paragraph::new(heading_lines), heading);

    let pledges = live.selected_pledge_totals();
    let choice = Choice::of(
        live.options_of(item.item_no),
        &live.option_votes,
        live.latest_vote(),
    );
    let board = Board {
        vote: live.latest_vote(),
        choice: choice.as_ref(),
        pledges: pledges.as_ref(),
    };
    render_item_board(s, &app.theme, &board, frame, rest);
}

/// What the board of an item shows: its latest vote, its options if it is a choice among
/// several, and the totals of its pledges if it takes land.
pub(super) struct Board<'a> {
    pub vote: Option<&'a Vote>,
    pub choice: Option<&'a Choice<'a>>,
    pub pledges: Option<&'a PledgeTotals>,
}

/// The board of an item: its latest vote (option by option on an item with options), and for
/// an item that takes land pledges their totals: in large type while the item has no vote (the
/// pledges are what the room waits for), else in a box under the vote.
pub(super) fn render_item_board(
    s: &Strings,
    theme: &Theme,
    board: &Board,
    frame: &mut Frame,
    area: Rect,
) {
    let vote = board.vote;
    let render_vote = |frame: &mut Frame, area: Rect| match board.choice {
        Some(choice) => super::options::render_board(s, theme, choice, frame, area),
        None => render_vote_board(s, theme, vote, frame, area),
    };
    let Some(totals) = board.pledges else {
        return render_vote(frame, area);
    };
    // Before the first pledge there is nothing to count in large type.
    if vote.is_none() && totals.affected > 0 && area.height > PledgeSize::Half.rows() {
        let size = if area.height > PledgeSize::Full.rows() + 2 && area.width >= 120 {
            PledgeSize::Full
        } else {
            PledgeSize::Half
        };
        let [no_vote, board] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(size.rows())])
                .flex(Flex::SpaceAround)
                .areas(area);
        frame.render_widget(
            Line::styled(s.chair_no_vote, theme.label()).centered(),
            no_vote,
        );
        return render_pledge_tally(s, theme, totals, size, frame, board);
    }
    let [vote_area, pledges_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(super::pledges::BOARD_ROWS),
    ])
    .areas(area);
    render_vote(frame, vote_area);
    super::pledges::render_board(s, theme, totals, frame, pledges_area);
}

/// The digits of the pledges' board: full size on a large screen, else half height.
#[derive(Clone, Copy)]
enum PledgeSize {
    Full,
    Half,
}

impl PledgeSize {
    fn digit_rows(self) -> u16 {
        match self {
            PledgeSize::Full => 8,
            PledgeSize::Half => 4,
        }
    }

    /// Rows of the board, borders included: the counts (a label, the digits, a share), then
    /// the households affected and the area agreed.
    fn rows(self) -> u16 {
        2 + self.digit_rows() + 2 + 2
    }
}

/// Households that agree, are undecided and refuse in large digits, each with its share of
/// those affected; under them the households affected and the area agreed.
fn render_pledge_tally(
    s: &Strings,
    theme: &Theme,
    totals: &PledgeTotals,
    size: PledgeSize,
    frame: &mut Frame,
    area: Rect,
) {
    let r = s.register;
    let sep = s.decimal_separator;
    let block = super::pledges::board_block(s, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let digit_rows = size.digit_rows();
    let pixel_size = match size {
        PledgeSize::Full => PixelSize::Full,
        PledgeSize::Half => PixelSize::HalfHeight,
    };
    let [counts, facts] = Layout::vertical([
        Constraint::Length(1 + digit_rows + 1),
        Constraint::Length(2),
    ])
    .areas(inner);
    let columns = Layout::horizontal([Constraint::Fill(1); 3]).split(counts);
    let rows = [
        (r.consent_agreed, totals.agreed, theme.count_for()),
        (r.consent_undecided, totals.undecided, theme.count_abstain()),
        (r.consent_refused, totals.refused, theme.count_against()),
    ];
    for ((label, count, style), column) in rows.into_iter().zip(columns.iter()) {
        let share = format!(
            "{} {}",
            format_share(count, totals.affected, sep),
            r.of_affected
        );
        render_count(
            label,
            count,
            &[share, String::new()],
            style,
            pixel_size,
            digit_rows,
            frame,
            *column,
        );
    }
    let lines = vec![
        Line::styled((r.chair_pledges_affected)(totals.affected), theme.title()).centered(),
        super::pledges::area_line(s, totals),
    ];
    frame.render_widget(Paragraph::new(lines), facts);
}

/// The board's frame: its title, and beside it whether the vote shown is a re-vote or was
/// corrected, so nobody reads a second vote or corrected counts for the first ones.
pub(super) fn board_block<'a>(s: &Strings, theme: &Theme, vote: Option<&Vote>) -> Block<'a> {
    let mut block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.border_focused())
        .title(Line::styled(format!(" {} ", s.chair_title), theme.title()).centered());
    let mut notes = Vec::new();
    if let Some(vote) = vote {
        if vote.method != VoteMethod::Hands {
            notes.push(super::ballots::method_name(s, vote.method).to_owned());
        }
        if vote.vote_no > 1 {
            notes.push((s.chair_revote)(vote.vote_no));
        }
        if vote.corrections > 0 {
            notes.push((s.chair_corrected)(vote.corrections));
        }
    }
    if !notes.is_empty() {
        let note = Line::styled(format!(" {} ", notes.join(" · ")), theme.notice());
        block = block.title_bottom(note.centered());
    }
    block
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
    let outcome = vote.outcome();
    let big_result = BigWords::of(s.outcome(outcome), area.width.saturating_sub(2));
    // The most the room allows, in this order: the four rows as bars, then the result in
    // large letters; where the board shares a small window (the chair's screen, with the
    // speakers above it) the bars give way to one line of those not voting (the three
    // hands-up counts are in big digits above), and the result box gets slimmer.
    let layouts = [
        (Rows::Bars, ResultSize::Big(PixelSize::Full)),
        (Rows::Bars, ResultSize::Big(PixelSize::HalfHeight)),
        (
            Rows::Bars,
            ResultSize::Spaced {
                tall: digit_rows > 4,
            },
        ),
        (Rows::NotVoting, ResultSize::Spaced { tall: false }),
        (Rows::NotVoting, ResultSize::Slim),
        (Rows::None, ResultSize::Slim),
    ];
    let fixed = digit_rows + 3 + 2;
    let (rows_shown, result_size) = layouts
        .into_iter()
        .filter(|(_, size)| match size {
            ResultSize::Big(PixelSize::Full) => big_result.is_some() && digit_rows > 4,
            ResultSize::Big(_) => big_result.is_some(),
            _ => true,
        })
        .find(|(rows, size)| fixed + rows.height() + size.height() <= area.height)
        .unwrap_or((Rows::None, ResultSize::Slim));
    let (bar_rows, result_rows) = (rows_shown.height(), result_size.height());
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
    // A round's present are the ballots returned.
    let of_present = match vote.method {
        VoteMethod::HouseholdBallot => s.ballots.of_returned,
        _ => s.of_present,
    };
    // The three hands-up counts, in big type; not voting is in the bars below.
    for ((label, count, style), column) in
        tally_rows(s, theme, vote).into_iter().zip(columns.iter())
    {
        let shares = [
            format!(
                "{} {}",
                format_share(count, c.households_total, sep),
                s.of_all_households
            ),
            format!(
                "{} {}",
                format_share(count, c.households_present, sep),
                of_present
            ),
        ];
        render_count(
            label, count, &shares, style, pixel_size, digit_rows, frame, *column,
        );
    }

    let rows = tally_rows(s, theme, vote);
    let label_width = rows
        .iter()
        .map(|(label, ..)| super::display_width(label))
        .max()
        .unwrap_or(0);
    let count_width = c.households_total.to_string().len();
    // Bars are drawn against all households: the denominator of the law's default rule.
    let bar_width = usize::from(bars.width).saturating_sub(label_width + count_width + 3);
    let shown_rows = match rows_shown {
        Rows::Bars => &rows[..],
        Rows::NotVoting => &rows[3..],
        Rows::None => &[],
    };
    let lines: Vec<Line> = shown_rows
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

    frame.render_widget(Paragraph::new(facts_lines(s, theme, vote)), facts);

    render_result(s, theme, outcome, result_size, frame, result);
}

/// What the board shows of the four rows (for, against, abstain, not voting) under the big
/// digits of the first three.
#[derive(Clone, Copy)]
enum Rows {
    Bars,
    NotVoting,
    None,
}

impl Rows {
    fn height(self) -> u16 {
        match self {
            Rows::Bars => 4,
            Rows::NotVoting => 1,
            Rows::None => 0,
        }
    }
}

/// How the result is written: in large letters, or letter-spaced in a tall coloured box.
#[derive(Clone, Copy)]
enum ResultSize {
    Big(PixelSize),
    Spaced { tall: bool },
    Slim,
}

impl ResultSize {
    /// Rows of the box, borders included.
    fn height(self) -> u16 {
        match self {
            ResultSize::Big(PixelSize::Full) => 10,
            ResultSize::Big(_) => 6,
            ResultSize::Spaced { tall: true } => 7,
            ResultSize::Spaced { tall: false } => 5,
            ResultSize::Slim => 3,
        }
    }
}

/// Words the large font can draw whole, within a width.
struct BigWords;

impl BigWords {
    /// `Some` when every letter of `words` is in the large font's basic letters and they fit in
    /// `width`. The font has no Đ, Ủ, Ố, Ộ, and its Ô is not the Vietnamese letter, so a
    /// Vietnamese result keeps its marks in letter-spaced capitals instead.
    fn of(words: &str, width: u16) -> Option<BigWords> {
        use font8x8::UnicodeFonts;
        let drawable = words.chars().all(|c| font8x8::BASIC_FONTS.get(c).is_some());
        let fits = words.chars().count() as u16 * GLYPH_WIDTH <= width;
        (drawable && fits).then_some(BigWords)
    }
}

fn render_result(
    s: &Strings,
    theme: &Theme,
    outcome: Outcome,
    size: ResultSize,
    frame: &mut Frame,
    area: Rect,
) {
    let words = s.outcome(outcome);
    let style = theme.outcome(outcome).add_modifier(Modifier::REVERSED);
    let boxed = area;
    if let ResultSize::Big(pixel_size) = size {
        let block = Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.outcome(outcome));
        let inner = block.inner(boxed);
        frame.render_widget(block, boxed);
        let big = BigText::builder()
            .pixel_size(pixel_size)
            .style(theme.outcome(outcome).add_modifier(Modifier::BOLD))
            .lines(vec![Line::from(words)])
            .centered()
            .build();
        frame.render_widget(big, inner);
        return;
    }
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
    let inner = block.inner(boxed);
    frame.render_widget(block, boxed);
    let pad = inner.height.saturating_sub(1) / 2;
    let mut lines = vec![Line::raw(""); usize::from(pad)];
    let words = Line::styled(format!("  {spaced}  "), style.add_modifier(Modifier::BOLD));
    lines.push(words.centered());
    // Given the room, the whole box takes the result's colour: a block seen from afar.
    let fill = match size {
        ResultSize::Spaced { tall: true } => style,
        _ => Style::new(),
    };
    frame.render_widget(Paragraph::new(lines).style(fill), inner);
}
