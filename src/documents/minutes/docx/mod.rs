//! The minutes and the lists attached to them as Word documents, laid out after Decree
//! 30/2020/NĐ-CP on official documents: A4 portrait, margins of 20 mm at the top and bottom,
//! 30 mm on the left (for binding) and 15 mm on the right, Times New Roman 13 pt, the heading in
//! two columns (the body that holds the meeting on the left, the national heading on the
//! right), and the page number centred at the top of every page but the first.
//!
//! Everything is laid out in the document itself (no style sheet to depend on), so that a ward
//! office's Word or LibreOffice shows it the same and can edit any line.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, Header, HeightRule, LineSpacing, PageMargin, PageNum,
    Paragraph, Run, RunFonts, Table, TableAlignmentType, TableCell, TableCellMargins,
    TableLayoutType, TableRow, VAlignType, WidthType,
};

use super::{Appendix, ConclusionText, Document, ResultText, VoteBlock};

mod forms;

pub(super) use forms::form;

/// A4 portrait, in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
/// 20 mm, 20 mm, 30 mm and 15 mm; the header's page number 10 mm from the top edge.
const MARGIN_TOP: i32 = 1134;
const MARGIN_BOTTOM: i32 = 1134;
const MARGIN_LEFT: i32 = 1701;
const MARGIN_RIGHT: i32 = 851;
const HEADER_DISTANCE: i32 = 567;
/// The width between the margins.
const TEXT_WIDTH: usize = (PAGE_WIDTH as usize) - (MARGIN_LEFT + MARGIN_RIGHT) as usize;

const FONT: &str = "Times New Roman";
/// Sizes in half-points: 13 pt for the text, 14 pt for the title, 12 pt for the national name
/// and the tables of votes, 10.5 pt for the lists.
const TEXT_SIZE: usize = 26;
const TITLE_SIZE: usize = 28;
const NATION_SIZE: usize = 24;
const TALLY_SIZE: usize = 24;
const LIST_SIZE: usize = 21;
/// The space after a paragraph: 6 pt.
const AFTER: u32 = 120;
/// The height of a row of a list, for a signature: 10 mm.
const SIGNATURE_ROW: f32 = 567.0;

/// The minutes as a `.docx` file, without the lists (each is a document of its own).
pub(super) fn minutes(d: &Document) -> Vec<u8> {
    let mut w = Writer::new();
    w.heading(d, true);
    w.para(
        Paragraph::new()
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().before(240).after(0))
            .add_run(Run::new().add_text(d.title).bold().size(TITLE_SIZE)),
    );
    w.para(centred(run(d.title_sub).bold().size(TITLE_SIZE)));
    w.para(
        Paragraph::new()
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().after(240))
            .add_run(Run::new().add_text(&d.subject).bold()),
    );
    w.para(text(&d.opening));

    w.para(heading(d.attendance_heading));
    for line in &d.attendance {
        w.para(text(&format!("- {line}")));
    }

    w.para(heading(d.content_heading).page_break_before(true));
    if let Some(none) = d.no_items {
        w.para(text(none));
    }
    for item in &d.items {
        w.para(heading(&item.heading));
        if !item.description.trim().is_empty() {
            w.para(lines(&item.description));
        }
        if let Some((heading, options)) = &item.options {
            w.para(text(heading));
            for option in options {
                let mut p = Paragraph::new()
                    .align(AlignmentType::Both)
                    .line_spacing(spacing())
                    .add_run(Run::new().add_text(format!("- {}", option.label)).bold());
                if !option.description.trim().is_empty() {
                    p = p.add_run(Run::new().add_text(format!(" – {}", option.description.trim())));
                }
                w.para(p);
            }
        }
        w.para(subheading(item.speakers_heading));
        if let Some(none) = item.no_speakers {
            w.para(text(none));
        }
        for turn in &item.speakers {
            let mut head = format!("{}. {}", turn.turn_no, turn.name);
            if !turn.address.trim().is_empty() {
                head.push_str(&format!(" ({})", turn.address));
            }
            let mut p = Paragraph::new()
                .align(AlignmentType::Both)
                .line_spacing(spacing())
                .keep_next(true)
                .add_run(Run::new().add_text(head).bold())
                .add_run(Run::new().add_text(" – "))
                .add_run(Run::new().add_text(turn.stance).italic())
                .add_run(Run::new().add_text(":"));
            if turn.text.trim().is_empty() && turn.corrections.is_empty() {
                p = p.keep_next(false);
            }
            w.para(p);
            if !turn.text.trim().is_empty() {
                w.para(lines(&turn.text).indent(Some(284), None, None, None));
            }
            for correction in &turn.corrections {
                w.para(note(correction));
            }
        }
        w.para(subheading(item.votes_heading));
        if let Some(none) = item.no_vote {
            w.para(text(none));
        }
        if let Some(revoted) = &item.revoted {
            w.para(text(revoted));
        }
        for vote in &item.votes {
            w.vote(vote);
        }
        if let Some(pledges) = &item.pledges {
            w.para(text(pledges));
        }
        w.para(subheading(item.conclusion_heading));
        match &item.conclusion {
            ConclusionText::Typed(typed) => w.para(lines(typed)),
            ConclusionText::ToFillIn(dots) => {
                w.para(text(dots));
                w.para(text(dots));
            }
        }
    }
    if let Some((title, corrections)) = &d.other_corrections {
        w.para(heading(title));
        for line in corrections {
            w.para(text(&format!("- {line}")));
        }
    }

    for line in &d.closing {
        w.para(text(line).keep_next(true));
    }
    let signatures: Vec<Signed> = d
        .signatures
        .iter()
        .map(|signature| Signed {
            role: signature.role,
            hint: signature.hint,
            names: std::slice::from_ref(&signature.name),
        })
        .collect();
    w.signatures(&signatures);
    let mut seal = Paragraph::new()
        .line_spacing(LineSpacing::new().before(480).after(0))
        .add_run(Run::new().add_text(d.seal_note).size(16));
    if let Some(fingerprint) = &d.fingerprint {
        seal = seal.add_run(
            Run::new()
                .add_break(BreakType::TextWrapping)
                .add_text(fingerprint)
                .size(16)
                .fonts(RunFonts::new().ascii("Courier New").hi_ansi("Courier New")),
        );
    }
    w.para(seal);
    w.finish()
}

/// Lists attached to the minutes as one `.docx` file, each under the heading of the minutes and
/// from a page of its own.
pub(super) fn lists(d: &Document, lists: &[&Appendix]) -> Vec<u8> {
    let mut w = Writer::new();
    for (at, list) in lists.iter().enumerate() {
        w.heading(d, at == 0);
        w.para(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(240).after(60))
                .add_run(Run::new().add_text(list.title).bold().size(TITLE_SIZE)),
        );
        for line in &list.subtitles {
            w.para(centred(run(line).italic()));
        }
        w.list(list);
        for line in &list.totals {
            w.para(text(line));
        }
    }
    w.finish()
}

/// A signature block: who signs, how, and the names printed under the space to sign.
struct Signed<'a> {
    role: &'a str,
    hint: &'a str,
    names: &'a [String],
}

/// A document being written: its page set-up, and its body in order, added to it at the end
/// (a `Docx` is moved whole at each addition: thousands of pages would move it as often).
struct Writer {
    docx: Docx,
    body: Vec<Body>,
    /// The heading of a list after the first starts a new page.
    page_break_pending: bool,
}

enum Body {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl Writer {
    fn new() -> Writer {
        // Every page but the first shows its number at the top, centred.
        let docx = Writer::page()
            .header(
                Header::new().add_paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Center)
                        .add_page_num(PageNum::new()),
                ),
            )
            .first_header(Header::new().add_paragraph(Paragraph::new()))
            .title_pg();
        Writer {
            docx,
            body: Vec::new(),
            page_break_pending: false,
        }
    }

    /// A document without page numbers: its pages are each a document of their own.
    fn unnumbered() -> Writer {
        Writer {
            docx: Writer::page(),
            body: Vec::new(),
            page_break_pending: false,
        }
    }

    /// The page and the font of Decree 30.
    fn page() -> Docx {
        let fonts = RunFonts::new()
            .ascii(FONT)
            .hi_ansi(FONT)
            .east_asia(FONT)
            .cs(FONT);
        Docx::new()
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN_TOP)
                    .bottom(MARGIN_BOTTOM)
                    .left(MARGIN_LEFT)
                    .right(MARGIN_RIGHT)
                    .header(HEADER_DISTANCE)
                    .footer(HEADER_DISTANCE)
                    .gutter(0),
            )
            .default_fonts(fonts)
            .default_size(TEXT_SIZE)
    }

    fn para(&mut self, p: Paragraph) {
        let p = if std::mem::take(&mut self.page_break_pending) {
            p.page_break_before(true)
        } else {
            p
        };
        self.body.push(Body::Paragraph(Box::new(p)));
    }

    fn table(&mut self, t: Table) {
        if std::mem::take(&mut self.page_break_pending) {
            self.body.push(Body::Paragraph(Box::new(
                Paragraph::new().page_break_before(true),
            )));
        }
        self.body.push(Body::Table(Box::new(t)));
    }

    /// The heading of Decree 30 in two columns: the ward and the group on the left, the
    /// national name and motto on the right, the place and date under them. `first`: at the
    /// start of the document (else a new page).
    fn heading(&mut self, d: &Document, first: bool) {
        self.heading_of(&d.issuer, d.nation, d.motto, &d.place_date, first);
    }

    /// [`Writer::heading`] of a document dated `place_date` (empty: no date line).
    fn heading_of(
        &mut self,
        issuer: &[String; 2],
        nation: &str,
        motto: &str,
        place_date: &str,
        first: bool,
    ) {
        if !first {
            self.page_break_pending = true;
        }
        let left = TEXT_WIDTH * 2 / 5;
        let right = TEXT_WIDTH - left;
        let cell = |width: usize| TableCell::new().width(width, WidthType::Dxa);
        let issuer = cell(left)
            .add_paragraph(centred(run(&issuer[0]).size(NATION_SIZE)))
            .add_paragraph(centred(
                run(&issuer[1]).bold().size(NATION_SIZE).underline("single"),
            ));
        let nation = cell(right)
            .add_paragraph(centred(run(nation).bold().size(NATION_SIZE)))
            .add_paragraph(centred(run(motto).bold().underline("single")));
        let mut date_line = Paragraph::new()
            .align(AlignmentType::Center)
            .line_spacing(LineSpacing::new().before(200).after(0));
        if !place_date.is_empty() {
            date_line = date_line.add_run(Run::new().add_text(place_date).italic());
        }
        let place_date = cell(right).add_paragraph(date_line);
        let rows = vec![
            TableRow::new(vec![issuer, nation]),
            TableRow::new(vec![cell(left).add_paragraph(Paragraph::new()), place_date]),
        ];
        self.table(
            Table::without_borders(rows)
                .set_grid(vec![left, right])
                .width(TEXT_WIDTH, WidthType::Dxa)
                .layout(TableLayoutType::Fixed),
        );
    }

    /// A vote: its caption, the table of hands, the rule and the result, the notes.
    fn vote(&mut self, vote: &VoteBlock) {
        self.para(text(&vote.caption).keep_next(true));
        for line in &vote.details {
            self.para(text(line).keep_next(true));
        }
        // The first column holds the choices; an option's title may be long.
        let first = if vote.options {
            TEXT_WIDTH * 2 / 5
        } else {
            TEXT_WIDTH / 4
        };
        let other = (TEXT_WIDTH - first) / 3;
        let widths = [first, other, other, other];
        let cell = |at: usize, content: &str, bold: bool| {
            let mut run = Run::new().add_text(content).size(TALLY_SIZE);
            if bold {
                run = run.bold();
            }
            let align = match (bold, at) {
                (true, _) => AlignmentType::Center,
                (false, 0) => AlignmentType::Left,
                (false, _) => AlignmentType::Right,
            };
            TableCell::new()
                .width(widths[at], WidthType::Dxa)
                .vertical_align(VAlignType::Center)
                .add_paragraph(Paragraph::new().align(align).add_run(run))
        };
        let mut rows = vec![TableRow::new(
            vote.header
                .iter()
                .enumerate()
                .map(|(at, h)| cell(at, h, true))
                .collect(),
        )];
        for row in &vote.rows {
            rows.push(
                TableRow::new(
                    row.iter()
                        .enumerate()
                        .map(|(at, c)| cell(at, c, false))
                        .collect(),
                )
                .cant_split(),
            );
        }
        self.table(
            Table::new(rows)
                .set_grid(widths.to_vec())
                .width(TEXT_WIDTH, WidthType::Dxa)
                .layout(TableLayoutType::Fixed)
                .align(TableAlignmentType::Center),
        );
        let mut result = Paragraph::new()
            .align(AlignmentType::Both)
            .line_spacing(LineSpacing::new().before(120).after(0))
            .add_run(Run::new().add_text(&vote.rule));
        result = result.add_run(
            Run::new()
                .add_break(BreakType::TextWrapping)
                .add_text(format!("{}: ", vote.result_label)),
        );
        result = match &vote.result {
            ResultText::Word { word, reason } => {
                let mut p = result.add_run(Run::new().add_text(*word).bold());
                if let Some(reason) = reason {
                    p = p.add_run(Run::new().add_text(format!(" – {reason}")));
                }
                p.add_run(Run::new().add_text("."))
            }
            ResultText::Sentence(sentence) => result.add_run(Run::new().add_text(sentence).bold()),
        };
        self.para(result.line_spacing(LineSpacing::new().before(120).after(AFTER)));
        for line in &vote.notes {
            self.para(note(line));
        }
    }

    /// A list's table: the headings, one row per household with room to sign.
    fn list(&mut self, list: &Appendix) {
        let widths: Vec<usize> = list
            .columns
            .iter()
            .map(|c| TEXT_WIDTH * usize::from(c.width) / 100)
            .collect();
        let cell = |at: usize, content: &str, align: AlignmentType, bold: bool| {
            let mut run = Run::new().add_text(content).size(LIST_SIZE);
            if bold {
                run = run.bold();
            }
            TableCell::new()
                .width(widths[at], WidthType::Dxa)
                .vertical_align(VAlignType::Center)
                .add_paragraph(Paragraph::new().align(align).add_run(run))
        };
        let mut rows = vec![TableRow::new(
            list.columns
                .iter()
                .enumerate()
                .map(|(at, c)| cell(at, &c.heading, AlignmentType::Center, true))
                .collect(),
        )];
        for row in &list.rows {
            let cells = row
                .iter()
                .zip(&list.columns)
                .enumerate()
                .map(|(at, (content, column))| {
                    let align = if column.numeric {
                        AlignmentType::Right
                    } else {
                        AlignmentType::Left
                    };
                    cell(at, content, align, false)
                })
                .collect();
            let row = TableRow::new(cells).cant_split();
            rows.push(if list.signed {
                row.row_height(SIGNATURE_ROW)
                    .height_rule(HeightRule::AtLeast)
            } else {
                row
            });
        }
        // Narrow margins in the cells: nine columns share the width of a portrait page.
        self.table(
            Table::new(rows)
                .set_grid(widths.clone())
                .width(widths.iter().sum(), WidthType::Dxa)
                .layout(TableLayoutType::Fixed)
                .margins(TableCellMargins::new().margin(28, 57, 28, 57)),
        );
        self.para(Paragraph::new());
    }

    /// The signature blocks side by side, each its role, how to sign, and a space to sign
    /// above each name. A single block signs in the right half, as a letter does.
    fn signatures(&mut self, blocks: &[Signed]) {
        let (columns, empty_left) = match blocks.len() {
            0 => return,
            1 => (2, true),
            n => (n, false),
        };
        let width = TEXT_WIDTH / columns;
        let mut cells = Vec::with_capacity(columns);
        if empty_left {
            cells.push(
                TableCell::new()
                    .width(width, WidthType::Dxa)
                    .add_paragraph(Paragraph::new()),
            );
        }
        for block in blocks {
            let mut cell = TableCell::new()
                .width(width, WidthType::Dxa)
                .add_paragraph(centred(run(block.role).bold()))
                .add_paragraph(centred(run(block.hint).italic()));
            for (at, name) in block.names.iter().enumerate() {
                // Room to sign above each name: more above the first, under the roles.
                let before = if at == 0 { 1440 } else { 960 };
                cell = cell.add_paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Center)
                        .line_spacing(LineSpacing::new().before(before).after(0))
                        .add_run(Run::new().add_text(name).bold()),
                );
            }
            cells.push(cell);
        }
        self.table(
            Table::without_borders(vec![TableRow::new(cells).cant_split()])
                .set_grid(vec![width; columns])
                .width(TEXT_WIDTH, WidthType::Dxa)
                .layout(TableLayoutType::Fixed),
        );
    }

    fn finish(self) -> Vec<u8> {
        let mut out = Cursor::new(Vec::with_capacity(16 * 1024));
        let mut docx = self.docx;
        for part in self.body {
            docx = match part {
                Body::Paragraph(p) => docx.add_paragraph(*p),
                Body::Table(t) => docx.add_table(*t),
            };
        }
        docx.build()
            .pack(&mut out)
            .expect("a document in memory is always written");
        out.into_inner()
    }
}

fn spacing() -> LineSpacing {
    LineSpacing::new().before(0).after(AFTER)
}

/// A paragraph of text, justified.
fn text(content: &str) -> Paragraph {
    Paragraph::new()
        .align(AlignmentType::Both)
        .line_spacing(spacing())
        .add_run(Run::new().add_text(content))
}

/// Text typed by people: each of its lines kept.
fn lines(content: &str) -> Paragraph {
    let mut run = Run::new();
    for (at, line) in content.lines().enumerate() {
        if at > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    Paragraph::new()
        .align(AlignmentType::Both)
        .line_spacing(spacing())
        .add_run(run)
}

/// A note in italics: a correction, a vote that no longer counts.
fn note(content: &str) -> Paragraph {
    Paragraph::new()
        .line_spacing(spacing())
        .add_run(Run::new().add_text(content).italic())
}

/// A heading of the minutes: "I. Thành phần tham dự", "1. Mở rộng kiệt".
fn heading(content: &str) -> Paragraph {
    Paragraph::new()
        .line_spacing(LineSpacing::new().before(240).after(AFTER))
        .keep_next(true)
        .add_run(Run::new().add_text(content).bold())
}

/// A heading within an item: "Ý kiến phát biểu".
fn subheading(content: &str) -> Paragraph {
    Paragraph::new()
        .line_spacing(LineSpacing::new().before(120).after(60))
        .keep_next(true)
        .add_run(Run::new().add_text(content).bold().italic())
}

/// One centred line.
fn centred(run: Run) -> Paragraph {
    Paragraph::new()
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
        .add_run(run)
}

/// A run of text.
fn run(content: &str) -> Run {
    Run::new().add_text(content)
}
