//! The forms of votes taken by ballot (module `forms`) as Word documents, with the page set-up,
//! heading, paragraphs, lists and signatures of the minutes.

use docx_rs::{AlignmentType, LineSpacing, Paragraph, Run, Table, TableCell, TableRow, WidthType};

use super::super::ResultText;
use super::super::forms::{Block, Form};
use super::{
    Signed, TEXT_WIDTH, TITLE_SIZE, Writer, centred, heading, lines, note, run, spacing, text,
};

/// A box to tick is printed larger than the text: 14 pt.
const BOX_SIZE: usize = 28;

/// `form` as a `.docx` file: each page under the heading, from a page of its own.
pub(in super::super) fn form(form: &Form) -> Vec<u8> {
    let mut w = if form.numbered {
        Writer::new()
    } else {
        Writer::unnumbered()
    };
    for (at, page) in form.pages.iter().enumerate() {
        w.heading_of(
            &form.issuer,
            form.nation,
            form.motto,
            &page.place_date,
            at == 0,
        );
        for (line, title) in page.titles.iter().enumerate() {
            let before = if line == 0 { 240 } else { 0 };
            w.para(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .line_spacing(LineSpacing::new().before(before).after(0))
                    .add_run(Run::new().add_text(title).bold().size(TITLE_SIZE)),
            );
        }
        for block in &page.blocks {
            w.block(block);
        }
    }
    w.finish()
}

impl Writer {
    fn block(&mut self, block: &Block) {
        match block {
            Block::Subject(subject) => self.para(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .line_spacing(LineSpacing::new().after(240))
                    .add_run(Run::new().add_text(subject).bold()),
            ),
            Block::Attached(line) => self.para(centred(run(line).italic())),
            Block::Heading(line) => self.para(heading(line)),
            Block::Text(line) => self.para(text(line)),
            Block::Item(line) => {
                self.para(text(&format!("- {line}")).indent(Some(284), None, None, None))
            }
            Block::Numbered(line) => self.para(text(line).indent(Some(284), None, None, None)),
            Block::Typed(typed) => self.para(lines(typed)),
            Block::Boxes(boxes) => {
                for label in boxes {
                    // The box and its label as one line, the box in a font that has it.
                    let (mark, label) =
                        label.split_at(label.chars().next().map_or(0, char::len_utf8));
                    self.para(
                        Paragraph::new()
                            .line_spacing(spacing())
                            .indent(Some(567), None, None, None)
                            .add_run(Run::new().add_text(mark).size(BOX_SIZE))
                            .add_run(Run::new().add_text(label)),
                    );
                }
            }
            Block::Dots(count) => {
                for _ in 0..*count {
                    self.para(text(&"…".repeat(58)));
                }
            }
            Block::Right(line) => {
                let half = TEXT_WIDTH / 2;
                let cells = vec![
                    TableCell::new()
                        .width(half, WidthType::Dxa)
                        .add_paragraph(Paragraph::new()),
                    TableCell::new()
                        .width(half, WidthType::Dxa)
                        .add_paragraph(centred(run(line).italic())),
                ];
                self.table(
                    Table::without_borders(vec![TableRow::new(cells)])
                        .set_grid(vec![half, half])
                        .width(TEXT_WIDTH, WidthType::Dxa),
                );
            }
            Block::Result(label, result) => {
                let mut p = Paragraph::new()
                    .align(AlignmentType::Both)
                    .line_spacing(spacing())
                    .add_run(Run::new().add_text(format!("{label}: ")));
                p = match result {
                    ResultText::Word { word, reason } => {
                        p = p.add_run(Run::new().add_text(*word).bold());
                        if let Some(reason) = reason {
                            p = p.add_run(Run::new().add_text(format!(" – {reason}")));
                        }
                        p.add_run(Run::new().add_text("."))
                    }
                    ResultText::Sentence(sentence) => {
                        p.add_run(Run::new().add_text(sentence).bold())
                    }
                };
                self.para(p);
            }
            Block::Table(list) => self.list(list),
            Block::Signatures(blocks) => {
                let signed: Vec<Signed> = blocks
                    .iter()
                    .map(|b| Signed {
                        role: b.role,
                        hint: b.hint,
                        names: &b.names,
                    })
                    .collect();
                self.para(note(""));
                self.signatures(&signed);
            }
        }
    }
}
