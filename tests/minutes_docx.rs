//! The Word documents of the sample (SPEC §13), read back from their zip: the page set-up of
//! Decree 30/2020 (A4 portrait, the margins, Times New Roman 13 pt, page numbers at the top from
//! page 2) and every text in order, as a snapshot per document and language.
//!
//! The snapshot is a normalised form of `word/document.xml`: one line per paragraph, `**` around
//! bold runs, `_` around italic ones, `^` before a centred paragraph, `⏎` for a line break, and a
//! table row as `| cell | cell |` (the paragraphs of a cell joined by ` / `).

mod common;

use std::collections::HashMap;
use std::io::{Cursor, Read};

use hopdan::documents::{MinutesTitle, WordDocuments, render_minutes_titled, render_word};
use hopdan::i18n::{EN, Lang, VI};
use hopdan::sample::sample_record;
use hopdan::store::fingerprint::{self, Scheme};

/// The parts of a `.docx` by name.
fn unzip(docx: &[u8]) -> HashMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("a zip file");
    let mut parts = HashMap::new();
    for at in 0..zip.len() {
        let mut file = zip.by_index(at).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        parts.insert(file.name().to_owned(), text);
    }
    parts
}

/// One tag or one piece of text of an XML document.
enum Token<'a> {
    /// Name, attributes as written, whether it closes (`</w:p>`), whether it is empty (`<w:b/>`).
    Tag {
        name: &'a str,
        attrs: &'a str,
        closing: bool,
        empty: bool,
    },
    Text(String),
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The tags and texts of `xml`, in order (enough for the XML docx-rs writes: no CDATA, no
/// comments).
fn tokens(xml: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            out.push(Token::Text(unescape(&rest[..open])));
        }
        let close = rest[open..].find('>').expect("a tag ends") + open;
        let inner = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if inner.starts_with('?') || inner.starts_with('!') {
            continue;
        }
        let closing = inner.starts_with('/');
        let empty = inner.ends_with('/');
        let inner = inner.trim_start_matches('/').trim_end_matches('/').trim();
        let (name, attrs) = inner.split_once(' ').unwrap_or((inner, ""));
        out.push(Token::Tag {
            name,
            attrs,
            closing,
            empty,
        });
    }
    out
}

/// The value of attribute `name` in `attrs`.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let start = attrs.find(&format!("{name}=\""))? + name.len() + 2;
    let end = attrs[start..].find('"')? + start;
    Some(&attrs[start..end])
}

/// The body of `word/document.xml` in the normalised form described at the top.
fn body_text(xml: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut paragraph = String::new();
    let mut centred = false;
    let mut run = String::new();
    let (mut bold, mut italic, mut in_text, mut in_instr) = (false, false, false, false);
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<Vec<String>> = None;
    for token in tokens(xml) {
        match token {
            Token::Text(text) if in_text => run.push_str(&text),
            Token::Text(text) if in_instr => run.push_str(&format!("{{{}}}", text.trim())),
            Token::Text(_) => {}
            Token::Tag {
                name,
                attrs,
                closing,
                empty,
            } => match (name, closing) {
                ("w:p", false) if !empty => {
                    paragraph.clear();
                    centred = false;
                }
                ("w:jc", false) if attr(attrs, "w:val") == Some("center") => centred = true,
                ("w:r", false) => {
                    run.clear();
                    bold = false;
                    italic = false;
                }
                ("w:b", false) => bold = true,
                ("w:i", false) => italic = true,
                ("w:t", false) => in_text = !empty,
                ("w:t", true) => in_text = false,
                ("w:instrText", false) => in_instr = true,
                ("w:instrText", true) => in_instr = false,
                ("w:br", false) => run.push('⏎'),
                ("w:r", true) => {
                    let mut text = std::mem::take(&mut run);
                    if !text.is_empty() {
                        if italic {
                            text = format!("_{text}_");
                        }
                        if bold {
                            text = format!("**{text}**");
                        }
                    }
                    paragraph.push_str(&text);
                }
                ("w:p", true) | ("w:p", false) if closing || empty => {
                    let line = if centred && !paragraph.is_empty() {
                        format!("^ {paragraph}")
                    } else {
                        paragraph.clone()
                    };
                    match cell.as_mut() {
                        Some(cell) => cell.push(line),
                        None => lines.push(line),
                    }
                    paragraph.clear();
                }
                ("w:tr", false) => row = Some(Vec::new()),
                ("w:tc", false) => cell = Some(Vec::new()),
                ("w:tc", true) => {
                    let done = cell.take().unwrap_or_default();
                    let done: Vec<String> = done.into_iter().filter(|p| !p.is_empty()).collect();
                    if let Some(row) = row.as_mut() {
                        row.push(done.join(" / "));
                    }
                }
                ("w:tr", true) => {
                    let done = row.take().unwrap_or_default();
                    lines.push(format!("| {} |", done.join(" | ")));
                }
                _ => {}
            },
        }
    }
    // Consecutive empty paragraphs say nothing more than one.
    lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
    lines
}

/// The page set-up: the section of `word/document.xml`, the default font of `word/styles.xml`,
/// and what each header holds.
fn page_setup(parts: &HashMap<String, String>) -> Vec<String> {
    let document = &parts["word/document.xml"];
    let rels = &parts["word/_rels/document.xml.rels"];
    let mut lines = Vec::new();
    for token in tokens(document) {
        let Token::Tag { name, attrs, .. } = token else {
            continue;
        };
        match name {
            "w:pgSz" => lines.push(format!(
                "page: {} x {} twips{}",
                attr(attrs, "w:w").unwrap_or("?"),
                attr(attrs, "w:h").unwrap_or("?"),
                attr(attrs, "w:orient")
                    .map(|o| format!(", {o}"))
                    .unwrap_or_default()
            )),
            "w:pgMar" => lines.push(format!(
                "margins: top {} bottom {} left {} right {} header {}",
                attr(attrs, "w:top").unwrap_or("?"),
                attr(attrs, "w:bottom").unwrap_or("?"),
                attr(attrs, "w:left").unwrap_or("?"),
                attr(attrs, "w:right").unwrap_or("?"),
                attr(attrs, "w:header").unwrap_or("?"),
            )),
            "w:titlePg" => lines.push("first page: a header of its own (titlePg)".to_owned()),
            "w:headerReference" => {
                let id = attr(attrs, "r:id").unwrap();
                let target = rels
                    .split("<Relationship ")
                    .find(|r| attr(r, "Id") == Some(id))
                    .and_then(|r| attr(r, "Target"))
                    .unwrap();
                let header = body_text(&parts[&format!("word/{target}")]);
                let header: Vec<&String> = header.iter().filter(|l| !l.is_empty()).collect();
                lines.push(format!(
                    "header {}: {}",
                    attr(attrs, "w:type").unwrap(),
                    if header.is_empty() {
                        "(empty)".to_owned()
                    } else {
                        header
                            .iter()
                            .map(|l| l.as_str())
                            .collect::<Vec<_>>()
                            .join(" / ")
                    }
                ));
            }
            _ => {}
        }
    }
    let styles = &parts["word/styles.xml"];
    let defaults = &styles[styles.find("<w:rPrDefault>").unwrap()..];
    let defaults = &defaults[..defaults.find("</w:rPrDefault>").unwrap()];
    for token in tokens(defaults) {
        if let Token::Tag { name, attrs, .. } = token {
            match name {
                "w:rFonts" => lines.push(format!(
                    "font: {} (hAnsi {}, cs {})",
                    attr(attrs, "w:ascii").unwrap_or("?"),
                    attr(attrs, "w:hAnsi").unwrap_or("?"),
                    attr(attrs, "w:cs").unwrap_or("?"),
                )),
                "w:sz" => lines.push(format!(
                    "size: {} half-points",
                    attr(attrs, "w:val").unwrap_or("?")
                )),
                _ => {}
            }
        }
    }
    lines
}

/// The normalised form of a `.docx`: its page set-up, a rule, its body.
fn normalised(docx: &[u8]) -> String {
    let parts = unzip(docx);
    let mut lines = page_setup(&parts);
    lines.push("----".to_owned());
    lines.extend(body_text(&parts["word/document.xml"]));
    lines.join("\n")
}

fn sample_documents(lang: Lang) -> WordDocuments {
    let record = sample_record().unwrap();
    let fingerprint = fingerprint::of_record(&record, Scheme::CURRENT);
    render_word(
        &record,
        lang.strings(),
        Some(&fingerprint),
        MinutesTitle::default(),
    )
}

#[test]
fn the_sample_s_word_documents_in_vietnamese() {
    let documents = sample_documents(Lang::Vi);
    insta::assert_snapshot!("minutes_vi", normalised(&documents.minutes));
    insta::assert_snapshot!(
        "attendance_vi",
        normalised(documents.attendance.as_ref().unwrap())
    );
    insta::assert_snapshot!(
        "pledges_vi",
        normalised(documents.pledges.as_ref().unwrap())
    );
}

#[test]
fn the_sample_s_word_documents_in_english() {
    let documents = sample_documents(Lang::En);
    insta::assert_snapshot!("minutes_en", normalised(&documents.minutes));
    insta::assert_snapshot!(
        "attendance_en",
        normalised(documents.attendance.as_ref().unwrap())
    );
    insta::assert_snapshot!(
        "pledges_en",
        normalised(documents.pledges.as_ref().unwrap())
    );
}

#[test]
fn every_document_is_a4_portrait_with_the_margins_and_font_of_decree_30() {
    for lang in [Lang::Vi, Lang::En] {
        let documents = sample_documents(lang);
        for (name, docx) in documents.files() {
            let setup = page_setup(&unzip(docx)).join("\n");
            for line in [
                "page: 11906 x 16838 twips",
                "margins: top 1134 bottom 1134 left 1701 right 851 header 567",
                "first page: a header of its own (titlePg)",
                "header default: ^ {PAGE}1",
                "header first: (empty)",
                "font: Times New Roman (hAnsi Times New Roman, cs Times New Roman)",
                "size: 26 half-points",
            ] {
                assert!(setup.lines().any(|l| l == line), "{name}: {line}\n{setup}");
            }
        }
    }
}

#[test]
fn the_title_chosen_heads_the_minutes_in_every_rendering() {
    let record = sample_record().unwrap();
    for (title, vi, en) in [
        (
            MinutesTitle::Resolution,
            (
                "NGHỊ QUYẾT",
                "(Kèm theo Nghị quyết cuộc họp của cộng đồng dân cư ngày",
            ),
            (
                "RESOLUTION",
                "(Attached to the resolution of the meeting of the",
            ),
        ),
        (
            MinutesTitle::Minutes,
            (
                "BIÊN BẢN",
                "(Kèm theo Biên bản cuộc họp của cộng đồng dân cư ngày",
            ),
            ("MINUTES", "(Attached to the minutes of the meeting of the"),
        ),
        (
            MinutesTitle::Memorandum,
            (
                "BẢN GHI NHỚ",
                "(Kèm theo Bản ghi nhớ cuộc họp của cộng đồng dân cư ngày",
            ),
            (
                "MEMORANDUM",
                "(Attached to the memorandum of the meeting of the",
            ),
        ),
        (
            MinutesTitle::Agreement,
            (
                "BẢN THỎA THUẬN",
                "(Kèm theo Bản thỏa thuận cuộc họp của cộng đồng dân cư ngày",
            ),
            (
                "AGREEMENT",
                "(Attached to the agreement of the meeting of the",
            ),
        ),
    ] {
        assert_eq!(title.code().parse::<MinutesTitle>(), Ok(title));
        for (strings, (words, attached)) in [(&VI, vi), (&EN, en)] {
            let sub = strings.minutes.title_sub;
            let minutes = render_minutes_titled(&record, strings, None, title);
            assert!(
                minutes.markdown.contains(&format!("# {words} {sub}\n")),
                "{words}"
            );
            assert!(
                minutes.html.contains(&format!("<h1>{words}<br>{sub}</h1>")),
                "{words}"
            );
            let docx = render_word(&record, strings, None, title);
            let body = body_text(&unzip(&docx.minutes)["word/document.xml"]);
            let at = body
                .iter()
                .position(|l| *l == format!("^ **{words}**"))
                .unwrap_or_else(|| panic!("{words}: {body:#?}"));
            assert_eq!(body[at + 1], format!("^ **{sub}**"));
            // The lists say which document they are attached to, in every rendering.
            assert!(minutes.html.contains(attached), "{attached}");
            let list = body_text(&unzip(&docx.attendance.unwrap())["word/document.xml"]);
            assert!(
                list.iter()
                    .any(|l| l.starts_with(&format!("^ _{attached}"))),
                "{attached}: {list:#?}"
            );
        }
    }
    assert_eq!(MinutesTitle::default(), MinutesTitle::Minutes);
    assert!("bien_ban".parse::<MinutesTitle>().is_err());
}

#[test]
fn text_typed_by_people_stays_text_in_the_document() {
    let mut record = common::sample_without_register();
    record.meeting.chair = "Bà <i>Hà</i> & \"Co\"".into();
    let docx = render_word(&record, &VI, None, MinutesTitle::default());
    let parts = unzip(&docx.minutes);
    let xml = &parts["word/document.xml"];
    assert!(!xml.contains("<i>Hà"), "markup from a name reached the XML");
    let body = body_text(xml);
    assert!(
        body.iter().any(|l| l.contains("Bà <i>Hà</i> & \"Co\"")),
        "{body:#?}"
    );
    // Without a register there are no lists to write.
    assert!(docx.attendance.is_none() && docx.pledges.is_none());
    assert_eq!(docx.files().len(), 1);
}
