//! Cleaning of every piece of text that enters hopdan (SPEC §2): Unicode NFC, and no control
//! characters or terminal escape sequences, so that nothing typed, pasted or imported can reach
//! the terminal as a command or hide in the record.

use unicode_normalization::UnicodeNormalization;

/// Whether a text may span several lines (an opinion) or is a single line (a name, a title).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    Single,
    Multi,
}

/// Cleans text for storage: drops terminal escape sequences and control characters, turns
/// tabs (and, in single-line text, line breaks) into spaces, normalises line ends to `\n`, and
/// returns NFC.
pub fn clean(text: &str, lines: Lines) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape_sequence(&mut chars),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(line_break(lines));
            }
            '\n' => out.push(line_break(lines)),
            '\t' => out.push(' '),
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out.nfc().collect()
}

/// Cleans a single-line field and trims surrounding spaces.
pub fn clean_line(text: &str) -> String {
    clean(text, Lines::Single).trim().to_owned()
}

/// Cleans a multi-line field and trims trailing white space and blank lines.
pub fn clean_multiline(text: &str) -> String {
    clean(text, Lines::Multi).trim_end().to_owned()
}

/// Text from data made safe to print to a terminal outside the interface (an error message, a
/// line of `hopdan list`): every character [`clean`] would drop is shown as its escape (`\x1b`,
/// `\u{202e}`), so a hostile cell reaches the user's eyes and never their terminal. Line
/// breaks stay.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_forbidden(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push(c),
            c if is_forbidden(c) && u32::from(c) < 0x80 => {
                out.push_str(&format!("\\x{:02x}", u32::from(c)));
            }
            c if is_forbidden(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a character typed or pasted is dropped on entry.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

fn line_break(lines: Lines) -> char {
    match lines {
        Lines::Single => ' ',
        Lines::Multi => '\n',
    }
}

/// Bidirectional overrides, embeddings, isolates and marks: they can make a text display in an
/// order other than the one stored.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Consumes the rest of an escape sequence whose ESC was just read: CSI (`ESC [ … final`),
/// OSC/DCS/APC/PM/SOS strings (up to BEL or `ESC \`), or a two-character escape.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            // Parameters and intermediates, then one final byte in @..~.
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        Some(']' | 'P' | '_' | '^' | 'X') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{07}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(c) if !c.is_control() => {
            chars.next();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_becomes_nfc() {
        let nfd =
            "Đo\u{302}\u{300}ng y\u{301} mo\u{31b}\u{309} ro\u{302}\u{323}ng kie\u{302}\u{323}t";
        let cleaned = clean_line(nfd);
        assert_eq!(cleaned, "Đồng ý mở rộng kiệt");
        assert_eq!(cleaned.chars().count(), 19);
    }

    #[test]
    fn control_characters_and_escape_sequences_are_dropped() {
        let cases = [
            ("a\u{1b}[2Jb", "ab"),
            ("a\u{1b}]52;c;ZXZpbA==\u{07}b", "ab"),
            ("a\u{1b}]0;title\u{1b}\\b", "ab"),
            ("a\u{07}b\u{7f}c\u{85}d\u{9b}e", "abcde"),
            ("a\u{202E}cba\u{202C}", "acba"),
            ("x\u{2066}y\u{2069}\u{200F}", "xy"),
            ("a\u{8}b", "ab"),
            ("tab\there", "tab here"),
            ("dangling\u{1b}", "dangling"),
        ];
        for (input, expected) in cases {
            assert_eq!(clean_line(input), expected, "{input:?}");
        }
    }

    #[test]
    fn escapes_and_controls_are_shown_not_sent_to_the_terminal() {
        let cases = [
            ("Tổ 27", "Tổ 27"),
            ("a\u{1b}]52;c;ZXZpbA==\u{07}b", "a\\x1b]52;c;ZXZpbA==\\x07b"),
            ("a\u{1b}[2Jb", "a\\x1b[2Jb"),
            ("C1 \u{9b}31m", "C1 \\u{9b}31m"),
            ("a\u{202E}cba", "a\\u{202e}cba"),
            ("tab\tcell", "tab\\x09cell"),
            ("hai\ndòng", "hai\ndòng"),
        ];
        for (input, expected) in cases {
            assert_eq!(visible(input), expected, "{input:?}");
            assert!(!visible(input).chars().any(|c| c != '\n' && is_forbidden(c)));
        }
    }

    #[test]
    fn line_breaks_depend_on_the_field() {
        let text = "Dòng một\r\nDòng hai\rDòng ba\n\n";
        assert_eq!(clean_multiline(text), "Dòng một\nDòng hai\nDòng ba");
        assert_eq!(clean_line(text), "Dòng một Dòng hai Dòng ba");
    }
}
