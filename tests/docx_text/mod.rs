//! A `.docx` read back from its zip for the tests: its parts, its page set-up and its body in a
//! normalised form, one line per paragraph, `**` around bold runs, `_` around italic ones, `^`
//! before a centred paragraph, `⏎` for a line break, and a table row as `| cell | cell |` (the
//! paragraphs of a cell joined by ` / `).
#![allow(dead_code)] // each test file uses a different part

use std::collections::HashMap;
use std::io::{Cursor, Read};

/// The parts of a `.docx` by name.
pub fn unzip(docx: &[u8]) -> HashMap<String, String> {
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
pub fn body_text(xml: &str) -> Vec<String> {
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
pub fn page_setup(parts: &HashMap<String, String>) -> Vec<String> {
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
pub fn normalised(docx: &[u8]) -> String {
    let parts = unzip(docx);
    let mut lines = page_setup(&parts);
    lines.push("----".to_owned());
    lines.extend(body_text(&parts["word/document.xml"]));
    lines.join("\n")
}
