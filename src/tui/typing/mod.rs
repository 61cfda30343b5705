//! What happens between a key and the text field it types into: the built-in Vietnamese input
//! methods (Telex and VNI, for terminals where the system's input method misbehaves), and
//! letters whose marks arrive as keys of their own.
//!
//! The input method keeps the keys typed for the word at the cursor and, on each letter,
//! recomputes that word with the `vi` crate and replaces it in the field. It only ever rewrites
//! the word it is composing: a word starts with the first letter typed at the cursor and ends
//! with any other key (a space, punctuation, an arrow, Tab, a paste, another field). Text that
//! was already in the field is never changed, and with the mode off (the default) every key is
//! typed as it is.
//!
//! Backspace removes the last letter of the word, as Unikey and EVKey do: "Đồng" becomes "Đồn",
//! and the keys that make "Đồn" become the word's keys, so typing goes on from there ("g" gives
//! "Đồng" again, "s" gives "Đốn").
//!
//! In VNI a digit is a mark only inside a word: "A1" gives "Á" (type "A11" for "A1"), while a
//! number on its own ("27", "2022") or after a consonant ("K19/4") stays as typed.
//!
//! Tone marks go where Unikey puts them by default and official documents have them ("hòa",
//! "thúy", as in "Cộng hòa"), whatever the case of the letters ("NGUYỄN", "THUỞ").

use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{DataCursor, TextArea};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use vi::IncrementalBuffer;
use vi::processor::AccentStyle;

use crate::domain::rules::code_enum;
use crate::domain::{CodeError, text};

/// The built-in input method: off (the system's input method, or none), Telex or VNI.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TypingMode {
    #[default]
    Off,
    Telex,
    Vni,
}

// The codes the choice is kept under across restarts (`Setting::TypingMode`).
code_enum!(TypingMode {
    TypingMode::Off => "off",
    TypingMode::Telex => "telex",
    TypingMode::Vni => "vni",
});

impl TypingMode {
    /// The order of the toggle key: off → Telex → VNI → off.
    pub fn next(self) -> TypingMode {
        match self {
            TypingMode::Off => TypingMode::Telex,
            TypingMode::Telex => TypingMode::Vni,
            TypingMode::Vni => TypingMode::Off,
        }
    }

    fn definition(self) -> Option<&'static vi::Definition> {
        match self {
            TypingMode::Off => None,
            TypingMode::Telex => Some(&vi::TELEX),
            TypingMode::Vni => Some(&vi::VNI),
        }
    }
}

/// A change to the text just before the cursor: remove `delete` characters, then insert
/// `insert`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    delete: usize,
    insert: String,
}

impl Edit {
    fn insert(c: char) -> Edit {
        Edit {
            delete: 0,
            insert: c.to_string(),
        }
    }
}

/// The input method and the word it is composing.
#[derive(Debug, Default)]
pub struct Typing {
    mode: TypingMode,
    /// The keys typed for the word being composed (empty: no word).
    keys: Vec<char>,
    /// That word as the field shows it, just before the cursor.
    shown: String,
}

impl Typing {
    pub fn mode(&self) -> TypingMode {
        self.mode
    }

    /// Switches to `mode`, as kept from the last session.
    pub fn set_mode(&mut self, mode: TypingMode) {
        self.mode = mode;
        self.end_word();
    }

    /// Switches to the next mode; the word being composed ends.
    pub fn next_mode(&mut self) {
        self.mode = self.mode.next();
        self.end_word();
    }

    /// Ends the word being composed: the next letter starts a new one at the cursor.
    pub fn end_word(&mut self) {
        self.keys.clear();
        self.shown.clear();
    }

    /// What typing `c` does to the text, given the text of the line before the cursor.
    fn char_typed(&mut self, c: char, before: &str) -> Edit {
        if is_combining_mark(c) {
            self.end_word();
            return compose_mark(c, before);
        }
        let Some(definition) = self.mode.definition() else {
            return Edit::insert(c);
        };
        // The word is no longer at the cursor (the text changed some other way): start anew.
        if !before.ends_with(&self.shown) {
            self.end_word();
        }
        if !self.continues_word(c) {
            self.end_word();
            return Edit::insert(c);
        }
        self.keys.push(c);
        let word = compose(definition, &self.keys);
        if let Some(stroked) = self.stroke_outside_syllable(c, &word) {
            let edit = replacement(&self.shown, &stroked);
            self.end_word();
            return edit;
        }
        let edit = replacement(&self.shown, &word);
        self.shown = word;
        edit
    }

    /// Telex "dd" (VNI "d9") makes đ also where the letters around it are no Vietnamese
    /// syllable, which `vi` declines, as in the abbreviation HĐND. The word ends at the đ: the
    /// letters after it start a new one.
    fn stroke_outside_syllable(&self, c: char, word: &str) -> Option<String> {
        let stroke_key = match self.mode {
            TypingMode::Telex => c.eq_ignore_ascii_case(&'d'),
            TypingMode::Vni => c == '9',
            TypingMode::Off => false,
        };
        // Only where `vi` left the key as a letter of its own after a plain d.
        if !stroke_key || word.strip_suffix(c) != Some(self.shown.as_str()) {
            return None;
        }
        let mut stroked = self.shown.clone();
        let d = match stroked.pop()? {
            'd' => 'đ',
            'D' => 'Đ',
            _ => return None,
        };
        stroked.push(d);
        Some(stroked)
    }

    /// Backspace is about to remove the last character before the cursor: the word being
    /// composed loses its last letter and goes on from what is left.
    fn backspace(&mut self, before: &str) {
        let Some(definition) = self.mode.definition() else {
            return;
        };
        if self.keys.is_empty() || !before.ends_with(&self.shown) {
            return self.end_word();
        }
        let mut left = std::mem::take(&mut self.shown);
        left.pop();
        match keys_for(definition, self.mode, &left) {
            Some(keys) => {
                self.keys = keys;
                self.shown = left;
            }
            None => self.end_word(),
        }
    }

    /// Types `key` into `area`; says whether the text changed. Letters go through the input
    /// method, Backspace removes one letter, every other key ends the word and goes to the
    /// text area as it is.
    pub fn input(&mut self, area: &mut TextArea<'static>, key: KeyEvent) -> bool {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char(c) if plain => {
                if text::is_forbidden(c) {
                    return false;
                }
                // What is typed replaces a selection; a word never spans one.
                let mut changed = false;
                if area.is_selecting() {
                    self.end_word();
                    changed = area.delete_char();
                }
                let edit = self.char_typed(c, &text_before_cursor(area));
                apply(area, &edit) || changed
            }
            KeyCode::Backspace if plain => {
                if area.is_selecting() {
                    self.end_word();
                } else {
                    self.backspace(&text_before_cursor(area));
                }
                area.delete_char()
            }
            _ => {
                self.end_word();
                area.input(key)
            }
        }
    }

    /// Whether `c` is a key of the word being composed, or starts one.
    fn continues_word(&self, c: char) -> bool {
        c.is_ascii_alphabetic()
            || (self.mode == TypingMode::Vni && c.is_ascii_digit() && !self.keys.is_empty())
    }
}

/// The word that `keys` make with the input method.
///
/// `vi` places the tone by the lowercase letters only ("NGUYEENX" would give "NGUỸÊN"), so the
/// word is composed from the keys in lowercase, and each letter then takes the case of the key
/// that typed it: "NguYEENX" gives "NguYỄN".
fn compose(definition: &vi::Definition, keys: &[char]) -> String {
    let mut buffer = IncrementalBuffer::new_with_style(definition, AccentStyle::Old);
    // For each letter of the word, the key that typed it.
    let mut typed_by: Vec<char> = Vec::with_capacity(keys.len());
    for &key in keys {
        let folded = key.to_ascii_lowercase();
        let last = buffer.view().chars().last();
        buffer.push(folded);
        let letters = buffer.view().chars().count();
        if letters != typed_by.len() {
            // The key became a letter of its own, at the end.
            typed_by.resize(letters, key);
        } else if buffer.view().ends_with(folded) && last.and_then(base_letter) != Some(folded) {
            // The key replaced the last letter with itself: Telex "ww" takes back the "ư" the
            // first "w" made and gives "w".
            typed_by[letters - 1] = key;
        }
    }
    let mut word = String::with_capacity(buffer.view().len());
    for (letter, key) in buffer.view().chars().zip(typed_by) {
        if key.is_ascii_uppercase() {
            word.extend(letter.to_uppercase());
        } else {
            word.push(letter);
        }
    }
    word.nfc().collect()
}

/// A letter without its marks: "ệ" is "e".
fn base_letter(letter: char) -> Option<char> {
    letter.nfd().next()
}

/// The edit that turns `old` (just before the cursor) into `new`, keeping what they share.
fn replacement(old: &str, new: &str) -> Edit {
    let shared = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .count();
    Edit {
        delete: old.chars().count() - shared,
        insert: new.chars().skip(shared).collect(),
    }
}

/// A combining mark typed on its own (a letter arriving decomposed, as NFD) joins the letter
/// before it, so that the field holds NFC and one Backspace removes the whole letter.
fn compose_mark(mark: char, before: &str) -> Edit {
    if let Some(letter) = before.chars().last() {
        let composed: String = [letter, mark].into_iter().nfc().collect();
        if composed.chars().count() == 1 {
            return Edit {
                delete: 1,
                insert: composed,
            };
        }
    }
    Edit::insert(mark)
}

/// Keys that make `word` with the input method, if it can be typed with it at all: the base
/// letters with their shape keys, the tone key last ("tiến" is "tieens" in Telex, "tie6n1" in
/// VNI).
fn keys_for(definition: &vi::Definition, mode: TypingMode, word: &str) -> Option<Vec<char>> {
    let mut keys = Vec::with_capacity(word.len() + 2);
    let mut tone = None;
    for letter in word.chars() {
        let (base, marks) = match letter {
            'đ' => ('d', vec![Mark::Stroke]),
            'Đ' => ('D', vec![Mark::Stroke]),
            _ => {
                let mut parts = letter.nfd();
                let base = parts.next()?;
                (base, parts.map(Mark::of).collect::<Option<Vec<_>>>()?)
            }
        };
        if !base.is_ascii_alphanumeric() {
            return None;
        }
        keys.push(base);
        for mark in marks {
            match mark {
                Mark::Tone(key) if tone.is_none() => tone = Some(key),
                Mark::Tone(_) => return None,
                shape => keys.push(shape.key(mode, base)?),
            }
        }
    }
    if let Some(key) = tone {
        keys.push(Mark::Tone(key).key(mode, ' ')?);
    }
    (compose(definition, &keys) == word).then_some(keys)
}

/// A mark on a Vietnamese letter, as Unicode decomposes it.
#[derive(Debug, Clone, Copy)]
enum Mark {
    Circumflex,
    Breve,
    Horn,
    Stroke,
    /// Index 0..5: acute, grave, hook above, tilde, dot below.
    Tone(usize),
}

impl Mark {
    fn of(c: char) -> Option<Mark> {
        Some(match c {
            '\u{302}' => Mark::Circumflex,
            '\u{306}' => Mark::Breve,
            '\u{31b}' => Mark::Horn,
            '\u{301}' => Mark::Tone(0),
            '\u{300}' => Mark::Tone(1),
            '\u{309}' => Mark::Tone(2),
            '\u{303}' => Mark::Tone(3),
            '\u{323}' => Mark::Tone(4),
            _ => return None,
        })
    }

    /// The key that adds this mark to `base` in `mode`.
    fn key(self, mode: TypingMode, base: char) -> Option<char> {
        Some(match (mode, self) {
            (TypingMode::Telex, Mark::Circumflex | Mark::Stroke) => base,
            (TypingMode::Telex, Mark::Breve | Mark::Horn) => 'w',
            (TypingMode::Telex, Mark::Tone(i)) => *['s', 'f', 'r', 'x', 'j'].get(i)?,
            (TypingMode::Vni, Mark::Circumflex) => '6',
            (TypingMode::Vni, Mark::Horn) => '7',
            (TypingMode::Vni, Mark::Breve) => '8',
            (TypingMode::Vni, Mark::Stroke) => '9',
            (TypingMode::Vni, Mark::Tone(i)) => *['1', '2', '3', '4', '5'].get(i)?,
            (TypingMode::Off, _) => return None,
        })
    }
}

/// The text of the cursor's line before the cursor.
fn text_before_cursor(area: &TextArea<'_>) -> String {
    let DataCursor(row, col) = area.cursor();
    area.lines()
        .get(row)
        .map(|line| line.chars().take(col).collect())
        .unwrap_or_default()
}

/// Makes `edit` in `area` at the cursor; says whether the text changed.
fn apply(area: &mut TextArea<'static>, edit: &Edit) -> bool {
    let mut changed = false;
    for _ in 0..edit.delete {
        changed |= area.delete_char();
    }
    if !edit.insert.is_empty() {
        changed |= area.insert_str(&edit.insert);
    }
    changed
}

#[cfg(test)]
mod tests;
