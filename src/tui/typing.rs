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

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{DataCursor, TextArea};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use vi::IncrementalBuffer;
use vi::processor::AccentStyle;

use crate::domain::text;

/// The built-in input method: off (the system's input method, or none), Telex or VNI.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TypingMode {
    #[default]
    Off,
    Telex,
    Vni,
}

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
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;
    use proptest::prelude::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Press)
    }

    /// Types `keys` into an empty text area in `mode`, as separate key presses.
    fn typed(mode: TypingMode, keys: &str) -> String {
        let mut typing = Typing {
            mode,
            ..Typing::default()
        };
        let mut area = TextArea::default();
        for c in keys.chars() {
            let code = match c {
                '\u{8}' => KeyCode::Backspace,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                c => KeyCode::Char(c),
            };
            typing.input(&mut area, key(code));
        }
        area.lines().join("\n")
    }

    #[test]
    fn telex_and_vni_type_the_same_sentence() {
        let sentence = "Đồng ý mở rộng kiệt";
        assert_eq!(
            typed(TypingMode::Telex, "Ddoofng ys mowr roongj kieetj"),
            sentence
        );
        assert_eq!(
            typed(TypingMode::Vni, "D9o62ng y1 mo73 ro65ng kie65t"),
            sentence
        );
        // Marks may come in any order within the word.
        assert_eq!(
            typed(TypingMode::Vni, "D9o2ng6 y1 mo37 ro5ng6 kiet56"),
            sentence
        );
    }

    #[test]
    fn telex_words_of_the_meeting() {
        let cases = [
            ("DDoofng", "Đồng"),
            ("DD", "Đ"),
            ("Dd", "Đ"),
            ("dd", "đ"),
            ("VIEETJ", "VIỆT"),
            ("Nguyeenx Vawn Hufng", "Nguyễn Văn Hùng"),
            ("nguwowif", "người"),
            ("dduwowngf", "đường"),
            ("hoaf", "hòa"),
            ("thuys", "thúy"),
            ("Phus Loocj", "Phú Lộc"),
            ("Khe Canj", "Khe Cạn"),
            ("tieengs", "tiếng"),
            ("tieesng", "tiếng"),
            ("UBND, HDDND, MTTQ", "UBND, HĐND, MTTQ"),
        ];
        for (keys, expected) in cases {
            assert_eq!(typed(TypingMode::Telex, keys), expected, "{keys}");
        }
    }

    /// Each vowel and vowel cluster (and the initials qu and gi, whose u and i are no vowel of
    /// the syllable) in a word with its tone where official documents put it.
    const CLUSTERS: &[(&str, &str)] = &[
        ("a", "má"),
        ("ă", "mắt"),
        ("â", "mất"),
        ("e", "mé"),
        ("ê", "mế"),
        ("i", "mí"),
        ("o", "mó"),
        ("ô", "mố"),
        ("ơ", "mớ"),
        ("u", "mú"),
        ("ư", "mứt"),
        ("y", "ý"),
        ("y", "mỹ"),
        ("ai", "hái"),
        ("ao", "cáo"),
        ("au", "cháu"),
        ("ay", "máy"),
        ("âu", "cầu"),
        ("ây", "mấy"),
        ("eo", "kéo"),
        ("êu", "nếu"),
        ("ia", "mía"),
        ("iê", "tiến"),
        ("yê", "yến"),
        ("iu", "rìu"),
        ("oa", "hòa"),
        ("oa", "hoàng"),
        ("oă", "xoắn"),
        ("oe", "khỏe"),
        ("oe", "khoét"),
        ("oi", "đói"),
        ("ôi", "tối"),
        ("ơi", "mới"),
        ("ua", "mùa"),
        ("uâ", "tuần"),
        ("uê", "huế"),
        ("ui", "vùi"),
        ("uô", "muốn"),
        ("uơ", "thuở"),
        ("ưa", "cửa"),
        ("ươ", "được"),
        ("ưi", "gửi"),
        ("ưu", "cừu"),
        ("uy", "thúy"),
        ("uy", "huỳnh"),
        ("uya", "khuýa"),
        ("uyê", "khuyến"),
        ("uyê", "nguyễn"),
        ("uyu", "khuỷu"),
        ("oai", "ngoài"),
        ("oay", "xoáy"),
        ("oeo", "ngoẹo"),
        ("uây", "khuấy"),
        ("uôi", "muối"),
        ("ươi", "người"),
        ("ươu", "rượu"),
        ("yêu", "yếu"),
        ("iêu", "hiếu"),
        ("qu", "quá"),
        ("qu", "quý"),
        ("qu", "quốc"),
        ("gi", "giá"),
        ("gi", "giữa"),
    ];

    /// The five tones, as Unicode decomposes them.
    const TONES: [char; 5] = ['\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}'];

    /// `word` with its tone, on the same letter, changed to `tone`.
    fn retoned(word: &str, tone: char) -> String {
        word.nfd()
            .map(|c| if TONES.contains(&c) { tone } else { c })
            .nfc()
            .collect()
    }

    /// The keys that type `word`: each letter with its shape keys, the tone key last.
    fn keys_typing(mode: TypingMode, word: &str) -> String {
        let telex = mode == TypingMode::Telex;
        let mut keys = String::new();
        let mut tone = None;
        for c in word.nfd() {
            match c {
                'đ' => keys.push_str(if telex { "dd" } else { "d9" }),
                '\u{302}' => {
                    let base = keys.chars().last().unwrap();
                    keys.push(if telex { base } else { '6' });
                }
                '\u{31b}' => keys.push(if telex { 'w' } else { '7' }),
                '\u{306}' => keys.push(if telex { 'w' } else { '8' }),
                c => match TONES.iter().position(|&t| t == c) {
                    Some(i) => tone = Some(i),
                    None => keys.push(c),
                },
            }
        }
        if let Some(i) = tone {
            keys.push(if telex { b"sfrxj" } else { b"12345" }[i] as char);
        }
        keys
    }

    fn title_case(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_tone_goes_on_the_same_letter_in_every_case() {
        for mode in [TypingMode::Telex, TypingMode::Vni] {
            for (cluster, word) in CLUSTERS {
                assert!(word.nfd().any(|c| TONES.contains(&c)), "{word} has no tone");
                for tone in TONES {
                    let word = retoned(word, tone);
                    let keys = keys_typing(mode, &word);
                    let cases = [
                        (keys.clone(), word.clone()),
                        (keys.to_uppercase(), word.to_uppercase()),
                        (title_case(&keys), title_case(&word)),
                    ];
                    for (keys, expected) in cases {
                        assert_eq!(typed(mode, &keys), expected, "{mode:?} {cluster} {keys}");
                    }
                }
            }
        }
    }

    #[test]
    fn capitals_and_mixed_case_keep_the_tone_in_place() {
        let cases = [
            (TypingMode::Telex, "NGUYEENX", "NGUYỄN"),
            (TypingMode::Telex, "HUYEENJ", "HUYỆN"),
            (TypingMode::Telex, "KHUYEENS", "KHUYẾN"),
            (TypingMode::Telex, "THUOWR", "THUỞ"),
            (TypingMode::Telex, "NguYEENX", "NguYỄN"),
            (TypingMode::Telex, "nGUYEENX", "nGUYỄN"),
            (TypingMode::Telex, "NGUWOWIF", "NGƯỜI"),
            (TypingMode::Telex, "UYR BAN", "ỦY BAN"),
            (TypingMode::Telex, "W", "Ư"),
            (TypingMode::Telex, "WW", "W"),
            (TypingMode::Telex, "ASs", "As"),
            (TypingMode::Vni, "NGUYE6N4", "NGUYỄN"),
            (TypingMode::Vni, "NguYE6N4", "NguYỄN"),
            (TypingMode::Vni, "THUO73", "THUỞ"),
            (TypingMode::Vni, "HUYE65N", "HUYỆN"),
        ];
        for (mode, keys, expected) in cases {
            assert_eq!(typed(mode, keys), expected, "{mode:?} {keys}");
        }
    }

    #[test]
    fn a_repeated_key_takes_its_mark_back() {
        let cases = [
            (TypingMode::Telex, "ass", "as"),
            (TypingMode::Telex, "aaa", "aa"),
            (TypingMode::Telex, "ddd", "dd"),
            (TypingMode::Telex, "ww", "w"),
            (TypingMode::Vni, "a11", "a1"),
            (TypingMode::Vni, "A11", "A1"),
            (TypingMode::Vni, "d99", "d9"),
        ];
        for (mode, keys, expected) in cases {
            assert_eq!(typed(mode, keys), expected, "{mode:?} {keys}");
        }
    }

    #[test]
    fn vni_digits_are_marks_only_inside_a_word() {
        let cases = [
            ("K19/4 Phu1 Lo65c 10, to63 27", "K19/4 Phú Lộc 10, tổ 27"),
            ("2022", "2022"),
            ("0905 123 456", "0905 123 456"),
            ("19a1", "19á"),
            ("A1", "Á"),
            ("HD9ND", "HĐND"),
        ];
        for (keys, expected) in cases {
            assert_eq!(typed(TypingMode::Vni, keys), expected, "{keys}");
        }
    }

    #[test]
    fn with_the_mode_off_every_key_is_typed_as_it_is() {
        for keys in [
            "Ddoofng ys",
            "D9o62ng",
            "John Smith",
            "email class www",
            "K19/4",
        ] {
            assert_eq!(typed(TypingMode::Off, keys), keys);
        }
    }

    #[test]
    fn backspace_removes_the_last_letter_and_the_word_goes_on() {
        let cases = [
            (TypingMode::Telex, "Ddoofng\u{8}", "Đồn"),
            (TypingMode::Telex, "Ddoofng\u{8}g", "Đồng"),
            (TypingMode::Telex, "Ddoofng\u{8}s", "Đốn"),
            (TypingMode::Telex, "tieengs\u{8}\u{8}", "tiế"),
            (TypingMode::Telex, "tieengs\u{8}\u{8}f", "tiề"),
            (TypingMode::Telex, "nguwowif\u{8}", "ngườ"),
            (TypingMode::Telex, "nguwowif\u{8}i", "người"),
            (TypingMode::Vni, "kie65t\u{8}", "kiệ"),
            (TypingMode::Vni, "kie65t\u{8}1", "kiế"),
            (TypingMode::Vni, "D9o62ng\u{8}\u{8}\u{8}\u{8}D9", "Đ"),
            (TypingMode::Telex, "NGUYEENX\u{8}", "NGUYỄ"),
            (TypingMode::Telex, "NGUYEENX\u{8}N", "NGUYỄN"),
            (TypingMode::Telex, "THUOWR\u{8}\u{8}", "TH"),
            (TypingMode::Vni, "NGUYE6N4\u{8}\u{8}E6N2", "NGUYỀN"),
            // Backspace past the word's start, then on into the text before it.
            (TypingMode::Telex, "ab cd\u{8}\u{8}\u{8}\u{8}s", "as"),
        ];
        for (mode, keys, expected) in cases {
            assert_eq!(typed(mode, keys), expected, "{mode:?} {keys:?}");
        }
    }

    #[test]
    fn text_already_there_is_never_rewritten() {
        let mut typing = Typing::default();
        let mut area = TextArea::from(["Mass"]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        typing.next_mode();
        for c in "es".chars() {
            typing.input(&mut area, key(KeyCode::Char(c)));
        }
        assert_eq!(area.lines(), ["Massé"]);
        // A cursor move ends the word: the keys after it start a new one.
        assert_eq!(typed(TypingMode::Telex, "as←→s"), "ás");
        assert_eq!(typed(TypingMode::Telex, "Hung←f"), "Hunfg");
    }

    #[test]
    fn the_toggle_cycles_off_telex_vni() {
        let mut typing = Typing::default();
        assert_eq!(typing.mode(), TypingMode::Off);
        typing.next_mode();
        assert_eq!(typing.mode(), TypingMode::Telex);
        typing.next_mode();
        assert_eq!(typing.mode(), TypingMode::Vni);
        typing.next_mode();
        assert_eq!(typing.mode(), TypingMode::Off);
    }

    #[test]
    fn a_mark_typed_on_its_own_joins_the_letter_before_it() {
        for mode in [TypingMode::Off, TypingMode::Telex, TypingMode::Vni] {
            let text = typed(mode, "kie\u{302}\u{323}t");
            assert_eq!(text, "kiệt", "{mode:?}");
            assert_eq!(text.chars().count(), 4);
            assert_eq!(
                typed(mode, "kie\u{302}\u{323}t\u{8}\u{8}"),
                "ki",
                "{mode:?}"
            );
        }
        // A mark with no letter to join stays as typed.
        assert_eq!(typed(TypingMode::Off, "x\u{301}"), "x\u{301}");
    }

    #[test]
    fn keys_for_a_word_make_the_word_again() {
        let words = [
            "Đồng",
            "ý",
            "mở",
            "rộng",
            "kiệt",
            "người",
            "đường",
            "hòa",
            "thúy",
            "Nguyễn",
            "VIỆT",
            "cừu",
            "rượu",
            "giữa",
            "khuyến",
            "ư",
            "Ă",
            "quốc",
        ];
        for mode in [TypingMode::Telex, TypingMode::Vni] {
            let definition = mode.definition().unwrap();
            for word in words {
                let keys = keys_for(definition, mode, word);
                assert!(keys.is_some(), "{mode:?} {word}");
            }
        }
        let telex = keys_for(&vi::TELEX, TypingMode::Telex, "tiến").unwrap();
        assert_eq!(telex.iter().collect::<String>(), "tieens");
        let vni = keys_for(&vi::VNI, TypingMode::Vni, "tiến").unwrap();
        assert_eq!(vni.iter().collect::<String>(), "tie6n1");
        assert_eq!(keys_for(&vi::TELEX, TypingMode::Telex, "Mass"), None);
        assert_eq!(keys_for(&vi::TELEX, TypingMode::Telex, "€"), None);
    }

    proptest! {
        /// Whatever is typed, the field holds NFC text, and what it holds matches what the input
        /// method composed.
        #[test]
        fn any_keys_leave_nfc_text(
            mode in prop::sample::select(vec![TypingMode::Off, TypingMode::Telex, TypingMode::Vni]),
            keys in prop::collection::vec(
                prop::sample::select(
                    "aAdDeEoOuUwWsSfFrRxXjJzZ0123456789 /\u{8}\u{301}\u{302}←→đư"
                        .chars()
                        .collect::<Vec<_>>(),
                ),
                0..40,
            ),
        ) {
            let keys: String = keys.into_iter().collect();
            let text = typed(mode, &keys);
            let nfc: String = text.nfc().collect();
            // A mark with no letter before it is the only thing left decomposed.
            if !keys.contains(['\u{301}', '\u{302}']) {
                prop_assert_eq!(&text, &nfc);
            }
            if mode == TypingMode::Off && !keys.contains(['\u{8}', '←', '→', '\u{301}', '\u{302}']) {
                prop_assert_eq!(text, keys);
            }
        }
    }
}
