//! The minutes as Markdown: every text from people escaped so that it stays text.

use super::{Appendix, ConclusionText, Document, ResultText};

/// Text inside a line: characters that Markdown reads as emphasis, code, links, HTML, tables
/// or entities are escaped, and line breaks become spaces.
fn md_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A line of people's text at the start of a Markdown line: as [`md_inline`], and nothing at
/// its start may open a list, a heading, a quote, a code block or a rule.
pub(super) fn md_line(line: &str) -> String {
    let line = md_inline(line.trim());
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let mut chars = line.chars();
    match chars.next() {
        Some(c @ ('-' | '+' | '=')) => format!("\\{c}{}", chars.as_str()),
        // "1. " and "2) " open an ordered list; "12.5 m" does not.
        Some(_)
            if digits > 0
                && matches!(line[digits..].chars().next(), Some('.' | ')'))
                && line[digits + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace) =>
        {
            format!("{}\\{}", &line[..digits], &line[digits..])
        }
        _ => line,
    }
}

/// Multi-line text from people: each line kept (a hard line break), blank lines separate
/// paragraphs.
pub(super) fn md_block(text: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.lines() {
        if line.trim().is_empty() {
            if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                paragraphs.push(Vec::new());
            }
        } else if let Some(p) = paragraphs.last_mut() {
            p.push(md_line(line));
        }
    }
    paragraphs
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join("\\\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn md_table_row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| md_inline(c)).collect();
    format!("| {} |\n", cells.join(" | "))
}

/// One Markdown block followed by the blank line that ends it.
fn para(out: &mut String, text: &str) {
    out.push_str(text);
    out.push_str("\n\n");
}

pub(super) fn markdown(d: &Document) -> String {
    let mut out = String::with_capacity(16 * 1024);

    para(
        &mut out,
        &format!(
            "{}\\\n**{}**",
            md_line(&d.issuer[0]),
            md_inline(&d.issuer[1])
        ),
    );
    para(&mut out, &format!("**{}**\\\n**{}**", d.nation, d.motto));
    para(&mut out, &format!("*{}*", md_inline(&d.place_date)));
    para(&mut out, &format!("# {} {}", d.title, d.title_sub));
    para(&mut out, &format!("**{}**", md_inline(&d.subject)));
    para(&mut out, &md_line(&d.opening));

    para(&mut out, &format!("## {}", d.attendance_heading));
    let attendance: Vec<String> = d
        .attendance
        .iter()
        .map(|line| format!("- {}", md_inline(line)))
        .collect();
    para(&mut out, &attendance.join("\n"));

    para(&mut out, &format!("## {}", d.content_heading));
    if let Some(none) = d.no_items {
        para(&mut out, none);
    }
    for item in &d.items {
        para(&mut out, &format!("### {}", md_inline(&item.heading)));
        if !item.description.trim().is_empty() {
            para(&mut out, &md_block(&item.description));
        }
        if let Some((heading, options)) = &item.options {
            para(&mut out, heading);
            let lines: Vec<String> = options
                .iter()
                .map(|option| {
                    let mut line = format!("- **{}**", md_inline(&option.label));
                    if !option.description.trim().is_empty() {
                        line.push_str(&format!(" – {}", md_inline(option.description.trim())));
                    }
                    line
                })
                .collect();
            para(&mut out, &lines.join("\n"));
        }
        para(&mut out, &format!("#### {}", item.speakers_heading));
        if let Some(none) = item.no_speakers {
            para(&mut out, none);
        }
        for turn in &item.speakers {
            let mut head = format!("**{}. {}**", turn.turn_no, md_inline(&turn.name));
            if !turn.address.trim().is_empty() {
                head.push_str(&format!(" ({})", md_inline(&turn.address)));
            }
            head.push_str(&format!(" – *{}*:", turn.stance));
            let mut text = md_block(&turn.text);
            for correction in &turn.corrections {
                if !text.is_empty() {
                    text.push_str("\\\n");
                }
                text.push_str(&format!("*{}*", md_inline(correction)));
            }
            if text.is_empty() {
                para(&mut out, &head);
            } else {
                para(&mut out, &format!("{head}\\\n{text}"));
            }
        }
        para(&mut out, &format!("#### {}", item.votes_heading));
        if let Some(none) = item.no_vote {
            para(&mut out, none);
        }
        if let Some(revoted) = &item.revoted {
            para(&mut out, revoted);
        }
        for vote in &item.votes {
            para(&mut out, &md_line(&vote.caption));
            for line in &vote.details {
                para(&mut out, &md_line(line));
            }
            let mut table = md_table_row(&vote.header);
            table.push_str("| --- | ---: | ---: | ---: |\n");
            for row in &vote.rows {
                table.push_str(&md_table_row(row));
            }
            para(&mut out, table.trim_end());
            let result = match &vote.result {
                ResultText::Word { word, reason } => {
                    let mut result = format!("**{word}**");
                    if let Some(reason) = reason {
                        result.push_str(&format!(" – {}", md_inline(reason)));
                    }
                    result.push('.');
                    result
                }
                ResultText::Sentence(sentence) => format!("**{}**", md_inline(sentence)),
            };
            para(
                &mut out,
                &format!("{}\\\n{}: {result}", md_line(&vote.rule), vote.result_label),
            );
            for note in &vote.notes {
                para(&mut out, &format!("*{}*", md_inline(note)));
            }
        }
        if let Some(pledges) = &item.pledges {
            para(&mut out, &md_line(pledges));
        }
        para(&mut out, &format!("#### {}", item.conclusion_heading));
        match &item.conclusion {
            ConclusionText::Typed(text) => para(&mut out, &md_block(text)),
            ConclusionText::ToFillIn(dots) => para(&mut out, &format!("{dots}\\\n{dots}")),
        }
    }

    if let Some((heading, lines)) = &d.other_corrections {
        para(&mut out, &format!("### {heading}"));
        let lines: Vec<String> = lines
            .iter()
            .map(|line| format!("- {}", md_inline(line)))
            .collect();
        para(&mut out, &lines.join("\n"));
    }

    para(&mut out, "---");
    for line in &d.closing {
        para(&mut out, &md_line(line));
    }
    let [left, right] = &d.signatures;
    let mut signatures = format!("| {} | {} |\n| :---: | :---: |\n", left.role, right.role);
    signatures.push_str(&format!("| *{}* | *{}* |\n", left.hint, right.hint));
    signatures.push_str(&format!(
        "| **{}** | **{}** |",
        md_inline(&left.name),
        md_inline(&right.name)
    ));
    para(&mut out, &signatures);
    match &d.fingerprint {
        Some(fingerprint) => para(&mut out, &format!("{}\\\n`{fingerprint}`", d.seal_note)),
        None => para(&mut out, d.seal_note),
    }
    for appendix in &d.appendices {
        md_appendix(&mut out, appendix);
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// A list attached to the minutes, after a rule: its title, the lines under it, the table and
/// the totals.
fn md_appendix(out: &mut String, appendix: &Appendix) {
    para(out, "---");
    para(out, &format!("## {}", appendix.title));
    for line in &appendix.subtitles {
        para(out, &format!("*{}*", md_inline(line)));
    }
    let headings: Vec<String> = appendix.columns.iter().map(|c| c.heading.clone()).collect();
    let mut table = md_table_row(&headings);
    let rule: Vec<&str> = appendix
        .columns
        .iter()
        .map(|c| if c.numeric { "---:" } else { "---" })
        .collect();
    table.push_str(&format!("| {} |\n", rule.join(" | ")));
    for row in &appendix.rows {
        table.push_str(&md_table_row(row));
    }
    para(out, table.trim_end());
    if !appendix.totals.is_empty() {
        let lines: Vec<String> = appendix
            .totals
            .iter()
            .map(|line| format!("- {}", md_inline(line)))
            .collect();
        para(out, &lines.join("\n"));
    }
}
