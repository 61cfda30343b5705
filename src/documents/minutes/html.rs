//! The minutes as one self-contained HTML page, laid out for printing on A4.

use super::{Appendix, ConclusionText, Document, ResultText};

/// Text for HTML: the five characters that could start markup or end an attribute are escaped;
/// line breaks are kept as `<br>`.
fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A text for a CSS string literal (the page footer): quotes and backslashes escaped.
pub(super) fn css_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Print layout after the rules for Vietnamese official documents (Decree 30/2020): A4, left
/// margin for binding, a serif font with Vietnamese letters, 13 pt text.
///
/// Times New Roman is taken only where it is installed (`local()`): elsewhere browsers substitute
/// a look-alike by name, often one without Vietnamese letters, and the text would mix two fonts
/// within a word. Noto Serif and DejaVu Serif have every Vietnamese letter.
const STYLE: &str = r#"@font-face {
  font-family: "Minutes Serif";
  src: local("Times New Roman"), local("TimesNewRomanPSMT");
}
@font-face {
  font-family: "Minutes Serif";
  font-weight: bold;
  src: local("Times New Roman Bold"), local("TimesNewRomanPS-BoldMT");
}
@font-face {
  font-family: "Minutes Serif";
  font-style: italic;
  src: local("Times New Roman Italic"), local("TimesNewRomanPS-ItalicMT");
}
@font-face {
  font-family: "Minutes Serif";
  font-weight: bold;
  font-style: italic;
  src: local("Times New Roman Bold Italic"), local("TimesNewRomanPS-BoldItalicMT");
}
@page {
  size: A4;
  margin: 20mm 15mm 20mm 30mm;
  @bottom-center {
    content: PAGE_NUMBER;
    font-family: "Minutes Serif", "Noto Serif", "DejaVu Serif", serif;
    font-size: 10pt;
  }
}
html {
  font-family: "Minutes Serif", "Noto Serif", "DejaVu Serif", serif;
  font-size: 13pt;
  line-height: 1.35;
  color: #000;
  background: #fff;
}
body { margin: 0 auto; max-width: 165mm; overflow-wrap: break-word; }
p { margin: 0 0 6pt; text-align: justify; }
table.heading { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
table.heading td { vertical-align: top; text-align: center; padding: 0; }
td.issuer { width: 42%; font-size: 12pt; padding-right: 4mm; }
td.nation { width: 58%; }
.nation-name { font-weight: bold; font-size: 12pt; white-space: nowrap; }
.group, .motto {
  display: inline-block;
  font-weight: bold;
  border-bottom: 1px solid #000;
  padding-bottom: 2pt;
}
.motto { font-size: 13pt; }
td.place-date { font-style: italic; padding-top: 10pt; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 4pt; line-height: 1.3; }
.subject { font-weight: bold; text-align: center; margin-bottom: 14pt; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; }
h3 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 13pt; font-style: italic; margin: 8pt 0 4pt; break-after: avoid; page-break-after: avoid; }
ul.attendance { margin: 0 0 6pt; padding-left: 0; list-style: none; }
ul.attendance li { margin: 0 0 4pt; text-indent: -1em; padding-left: 1em; }
ul.attendance li::before { content: "- "; }
section.proceedings { break-before: page; page-break-before: always; }
.turn { margin: 0 0 6pt; }
.turn p { margin: 0; }
.speaker { break-after: avoid; page-break-after: avoid; }
.opinion { padding-left: 1em; }
.vote { break-inside: avoid; page-break-inside: avoid; margin: 4pt 0 8pt; }
table.tally { border-collapse: collapse; margin: 4pt 0 6pt; font-size: 12pt; }
table.tally th, table.tally td { border: 1px solid #000; padding: 2pt 6pt; }
table.tally th { font-weight: bold; text-align: center; }
table.tally th:nth-child(2) { white-space: nowrap; }
table.tally td { text-align: right; }
table.tally td:first-child { text-align: left; white-space: nowrap; }
.note { font-style: italic; text-align: left; }
.to-fill-in { text-align: left; overflow-wrap: anywhere; }
section.closing { break-inside: avoid; page-break-inside: avoid; margin-top: 14pt; }
table.signatures { width: 100%; border-collapse: collapse; margin-top: 10pt; }
table.signatures td { width: 50%; text-align: center; vertical-align: top; padding: 0; }
.role { font-weight: bold; }
.hint { font-style: italic; }
.signature-name { font-weight: bold; margin-top: 24mm; }
.seal { margin-top: 14mm; font-size: 8pt; text-align: left; }
.fingerprint { font-family: "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", monospace; }
"#;

/// The style of the items with several options, added only when there are some: an option's
/// title may be long, so its cell wraps.
const OPTIONS_STYLE: &str = r#"ul.options { margin: 0 0 6pt; padding-left: 1.2em; }
ul.options li { margin: 0 0 2pt; }
table.options td:first-child { white-space: normal; min-width: 40mm; }
"#;

/// The style of the lists attached to the minutes, added only when there are some: each on a
/// page of its own, its table in smaller type with room to sign.
const APPENDIX_STYLE: &str = r#"section.appendix { break-before: page; page-break-before: always; }
h2.appendix-title { text-align: center; margin: 0 0 4pt; }
.appendix-sub { text-align: center; font-style: italic; margin: 0 0 2pt; }
table.list {
  width: 100%;
  table-layout: fixed;
  border-collapse: collapse;
  margin: 8pt 0 6pt;
  font-size: 10.5pt;
}
table.list th, table.list td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }
table.list th { font-weight: bold; text-align: center; }
table.list tr { break-inside: avoid; page-break-inside: avoid; }
table.list td.number { text-align: right; white-space: nowrap; }
table.list td.signature { height: 8mm; }
ul.totals { margin: 0 0 6pt; padding-left: 0; list-style: none; }
ul.totals li { margin: 0 0 2pt; }
"#;

pub(super) fn html(d: &Document) -> String {
    let mut o = String::with_capacity(24 * 1024);
    let footer = format!(
        "{} counter(page) {} counter(pages)",
        css_string(d.page_before),
        css_string(d.page_between)
    );
    o.push_str("<!DOCTYPE html>\n");
    o.push_str(&format!("<html lang=\"{}\">\n<head>\n", d.lang));
    o.push_str("<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str(&format!("<title>{}</title>\n", html_text(&d.doc_title)));
    o.push_str("<style>\n");
    o.push_str(&STYLE.replace("PAGE_NUMBER", &footer));
    if d.items.iter().any(|item| item.options.is_some()) {
        o.push_str(OPTIONS_STYLE);
    }
    if !d.appendices.is_empty() {
        o.push_str(APPENDIX_STYLE);
    }
    o.push_str("</style>\n</head>\n<body>\n");

    o.push_str("<table class=\"heading\">\n<tr>\n");
    o.push_str(&format!(
        "<td class=\"issuer\"><div>{}</div><div class=\"group\">{}</div></td>\n",
        html_text(&d.issuer[0]),
        html_text(&d.issuer[1])
    ));
    o.push_str(&format!(
        "<td class=\"nation\"><div class=\"nation-name\">{}</div><div class=\"motto\">{}</div></td>\n",
        d.nation, d.motto
    ));
    o.push_str("</tr>\n<tr>\n<td></td>\n");
    o.push_str(&format!(
        "<td class=\"place-date\">{}</td>\n",
        html_text(&d.place_date)
    ));
    o.push_str("</tr>\n</table>\n");

    o.push_str(&format!("<h1>{}<br>{}</h1>\n", d.title, d.title_sub));
    o.push_str(&format!(
        "<p class=\"subject\">{}</p>\n",
        html_text(&d.subject)
    ));
    o.push_str(&format!("<p>{}</p>\n", html_text(&d.opening)));

    o.push_str("<section class=\"attendance\">\n");
    o.push_str(&format!(
        "<h2>{}</h2>\n<ul class=\"attendance\">\n",
        d.attendance_heading
    ));
    for line in &d.attendance {
        o.push_str(&format!("<li>{}</li>\n", html_text(line)));
    }
    o.push_str("</ul>\n</section>\n");

    o.push_str("<section class=\"proceedings\">\n");
    o.push_str(&format!("<h2>{}</h2>\n", d.content_heading));
    if let Some(none) = d.no_items {
        o.push_str(&format!("<p>{none}</p>\n"));
    }
    for item in &d.items {
        o.push_str("<section class=\"item\">\n");
        o.push_str(&format!("<h3>{}</h3>\n", html_text(&item.heading)));
        if !item.description.trim().is_empty() {
            o.push_str(&format!(
                "<p class=\"description\">{}</p>\n",
                html_text(&item.description)
            ));
        }
        if let Some((heading, options)) = &item.options {
            o.push_str(&format!(
                "<p class=\"options-heading\">{}</p>\n<ul class=\"options\">\n",
                html_text(heading)
            ));
            for option in options {
                o.push_str(&format!("<li><b>{}</b>", html_text(&option.label)));
                if !option.description.trim().is_empty() {
                    o.push_str(&format!(" – {}", html_text(option.description.trim())));
                }
                o.push_str("</li>\n");
            }
            o.push_str("</ul>\n");
        }
        o.push_str(&format!("<h4>{}</h4>\n", item.speakers_heading));
        if let Some(none) = item.no_speakers {
            o.push_str(&format!("<p>{none}</p>\n"));
        }
        for turn in &item.speakers {
            o.push_str("<div class=\"turn\">\n<p class=\"speaker\">");
            o.push_str(&format!(
                "<b>{}. {}</b>",
                turn.turn_no,
                html_text(&turn.name)
            ));
            if !turn.address.trim().is_empty() {
                o.push_str(&format!(" ({})", html_text(&turn.address)));
            }
            o.push_str(&format!(" – <i>{}</i>:</p>\n", turn.stance));
            if !turn.text.trim().is_empty() {
                o.push_str(&format!(
                    "<p class=\"opinion\">{}</p>\n",
                    html_text(&turn.text)
                ));
            }
            for correction in &turn.corrections {
                o.push_str(&format!(
                    "<p class=\"note\">{}</p>\n",
                    html_text(correction)
                ));
            }
            o.push_str("</div>\n");
        }
        o.push_str(&format!("<h4>{}</h4>\n", item.votes_heading));
        if let Some(none) = item.no_vote {
            o.push_str(&format!("<p>{none}</p>\n"));
        }
        if let Some(revoted) = &item.revoted {
            o.push_str(&format!("<p>{}</p>\n", html_text(revoted)));
        }
        for vote in &item.votes {
            o.push_str("<div class=\"vote\">\n");
            o.push_str(&format!("<p>{}</p>\n", html_text(&vote.caption)));
            for line in &vote.details {
                o.push_str(&format!("<p>{}</p>\n", html_text(line)));
            }
            let class = if vote.options {
                "tally options"
            } else {
                "tally"
            };
            o.push_str(&format!("<table class=\"{class}\">\n<tr>"));
            for cell in &vote.header {
                o.push_str(&format!("<th>{}</th>", html_text(cell)));
            }
            o.push_str("</tr>\n");
            for row in &vote.rows {
                o.push_str("<tr>");
                for cell in row {
                    o.push_str(&format!("<td>{}</td>", html_text(cell)));
                }
                o.push_str("</tr>\n");
            }
            o.push_str("</table>\n");
            o.push_str(&format!("<p>{}</p>\n", html_text(&vote.rule)));
            o.push_str(&format!("<p class=\"result\">{}: ", vote.result_label));
            match &vote.result {
                ResultText::Word { word, reason } => {
                    o.push_str(&format!("<b>{word}</b>"));
                    if let Some(reason) = reason {
                        o.push_str(&format!(" – {}", html_text(reason)));
                    }
                    o.push('.');
                }
                ResultText::Sentence(sentence) => {
                    o.push_str(&format!("<b>{}</b>", html_text(sentence)));
                }
            }
            o.push_str("</p>\n");
            for note in &vote.notes {
                o.push_str(&format!("<p class=\"note\">{}</p>\n", html_text(note)));
            }
            o.push_str("</div>\n");
        }
        if let Some(pledges) = &item.pledges {
            o.push_str(&format!(
                "<p class=\"pledges\">{}</p>\n",
                html_text(pledges)
            ));
        }
        o.push_str(&format!("<h4>{}</h4>\n", item.conclusion_heading));
        match &item.conclusion {
            ConclusionText::Typed(text) => o.push_str(&format!(
                "<p class=\"conclusion\">{}</p>\n",
                html_text(text)
            )),
            ConclusionText::ToFillIn(dots) => {
                o.push_str(&format!("<p class=\"to-fill-in\">{dots}<br>\n{dots}</p>\n"));
            }
        }
        o.push_str("</section>\n");
    }
    if let Some((heading, lines)) = &d.other_corrections {
        o.push_str(&format!(
            "<section class=\"item\">\n<h3>{heading}</h3>\n<ul>\n"
        ));
        for line in lines {
            o.push_str(&format!("<li>{}</li>\n", html_text(line)));
        }
        o.push_str("</ul>\n</section>\n");
    }
    o.push_str("</section>\n");

    o.push_str("<section class=\"closing\">\n");
    for line in &d.closing {
        o.push_str(&format!("<p>{}</p>\n", html_text(line)));
    }
    o.push_str("<table class=\"signatures\">\n<tr>\n");
    for signature in &d.signatures {
        o.push_str(&format!(
            "<td><div class=\"role\">{}</div><div class=\"hint\">{}</div><div class=\"signature-name\">{}</div></td>\n",
            signature.role,
            signature.hint,
            html_text(&signature.name)
        ));
    }
    o.push_str("</tr>\n</table>\n");
    o.push_str(&format!("<p class=\"seal\">{}", html_text(d.seal_note)));
    if let Some(fingerprint) = &d.fingerprint {
        o.push_str(&format!(
            "<br>\n<span class=\"fingerprint\">{}</span>",
            html_text(fingerprint)
        ));
    }
    o.push_str("</p>\n</section>\n");
    for appendix in &d.appendices {
        html_appendix(&mut o, appendix);
    }
    o.push_str("</body>\n</html>\n");
    o
}

/// A list attached to the minutes, on a page of its own.
fn html_appendix(o: &mut String, appendix: &Appendix) {
    o.push_str("<section class=\"appendix\">\n");
    o.push_str(&format!(
        "<h2 class=\"appendix-title\">{}</h2>\n",
        html_text(appendix.title)
    ));
    for line in &appendix.subtitles {
        o.push_str(&format!(
            "<p class=\"appendix-sub\">{}</p>\n",
            html_text(line)
        ));
    }
    o.push_str("<table class=\"list\">\n<colgroup>");
    for column in &appendix.columns {
        o.push_str(&format!("<col style=\"width: {}%\">", column.width));
    }
    o.push_str("</colgroup>\n<tr>");
    for column in &appendix.columns {
        o.push_str(&format!("<th>{}</th>", html_text(&column.heading)));
    }
    o.push_str("</tr>\n");
    let last = appendix.columns.len().saturating_sub(1);
    for row in &appendix.rows {
        o.push_str("<tr>");
        for (at, (cell, column)) in row.iter().zip(&appendix.columns).enumerate() {
            let class = if column.numeric {
                " class=\"number\""
            } else if at == last {
                " class=\"signature\""
            } else {
                ""
            };
            o.push_str(&format!("<td{class}>{}</td>", html_text(cell)));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</table>\n");
    if !appendix.totals.is_empty() {
        o.push_str("<ul class=\"totals\">\n");
        for line in &appendix.totals {
            o.push_str(&format!("<li>{}</li>\n", html_text(line)));
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</section>\n");
}
