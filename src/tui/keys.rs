//! What key tables are made of. Each screen and dialog has a table of bindings (keys and the
//! action they ask for); the key bar and the help name rows of the same table, so the keys they
//! show are the keys that work. The tables themselves are in `keymap`.
//!
//! A hint of the key bar or the help is keys of its table and the words that say what they do,
//! which it picks by name from the language table ([`KeyWords`]); the words hold no key.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_width::UnicodeWidthStr;

use crate::i18n::KeyWords;

/// A key as a table names it: a key code and the modifiers that must be held with it. A key
/// named without modifiers matches whatever is held (Shift+Tab arrives as BackTab, a capital
/// letter as itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub held: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            held: KeyModifiers::NONE,
        }
    }

    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            held: KeyModifiers::CONTROL,
        }
    }

    pub const fn alt(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            held: KeyModifiers::ALT,
        }
    }

    fn matches(self, key: &KeyEvent) -> bool {
        key.code == self.code && key.modifiers.contains(self.held)
    }

    fn is_arrow(self) -> bool {
        matches!(
            self.code,
            KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right
        )
    }

    /// How the key bar and the help write the key: "↑", "Enter", "Ctrl+S", "a".
    fn name(self) -> String {
        let mut name = String::new();
        if self.held.contains(KeyModifiers::CONTROL) {
            name.push_str("Ctrl+");
        }
        if self.held.contains(KeyModifiers::ALT) {
            name.push_str("Alt+");
        }
        match self.code {
            KeyCode::Up => name.push('↑'),
            KeyCode::Down => name.push('↓'),
            KeyCode::Left => name.push('←'),
            KeyCode::Right => name.push('→'),
            KeyCode::Enter => name.push_str("Enter"),
            KeyCode::Tab => name.push_str("Tab"),
            KeyCode::BackTab => name.push_str("Shift+Tab"),
            KeyCode::Esc => name.push_str("Esc"),
            KeyCode::PageUp => name.push_str("PgUp"),
            KeyCode::PageDown => name.push_str("PgDn"),
            KeyCode::Char(c) if self.held.is_empty() => name.push(c),
            KeyCode::Char(c) => name.extend(c.to_uppercase()),
            other => name.push_str(&other.to_string()),
        }
        name
    }
}

/// A row of a key table: the keys that ask for one action.
#[derive(Debug)]
pub struct Binding<A: 'static> {
    /// The keys the key bar and the help name.
    pub keys: &'static [Key],
    /// Keys that do the same and go unnamed (j and k beside ↓ and ↑, a capital letter).
    pub also: &'static [Key],
    /// `None`: the keys go to what is being typed, as keys no row names do.
    pub action: Option<A>,
}

impl<A> Binding<A> {
    pub const fn new(keys: &'static [Key], action: A) -> Self {
        Binding {
            keys,
            also: &[],
            action: Some(action),
        }
    }

    pub const fn also(mut self, also: &'static [Key]) -> Self {
        self.also = also;
        self
    }

    /// Keys that are typed into the field or text being edited, named in the key bar because
    /// they do something there (← → move a choice).
    pub const fn typed(keys: &'static [Key]) -> Self {
        Binding {
            keys,
            also: &[],
            action: None,
        }
    }

    fn matches(&self, key: &KeyEvent) -> bool {
        self.keys.iter().chain(self.also).any(|k| k.matches(key))
    }
}

/// The keys of one screen or dialog.
pub struct KeyTable<A: 'static> {
    pub bindings: &'static [&'static Binding<A>],
    /// What a key no row names asks for: typed into a text, closing a dialog, or nothing.
    pub otherwise: fn(KeyEvent) -> Option<A>,
}

impl<A: Clone> KeyTable<A> {
    /// The action of the first row that names `key`.
    pub fn action(&self, key: KeyEvent) -> Option<A> {
        match self.bindings.iter().find(|b| b.matches(&key)) {
            Some(Binding {
                action: Some(action),
                ..
            }) => Some(action.clone()),
            _ => (self.otherwise)(key),
        }
    }
}

/// The keys of some rows of a table, named together in the key bar or the help, and what they
/// do: "←→ nội dung". `W` is what the language table gives for them: words, or [`ValueWords`].
pub struct Hint<A: 'static, W: 'static = &'static str> {
    pub rows: &'static [&'static Binding<A>],
    /// The words that say what the keys do.
    pub words: fn(&KeyWords) -> W,
    /// The words come first and the keys last: "số rồi Enter".
    pub keys_last: bool,
}

/// The words of a hint whose keys change a value, telling the value: "gõ: Telex" for the mode
/// of the input method.
pub type ValueWords = fn(value: &str) -> String;

impl<A, W> Hint<A, W> {
    pub const fn of(rows: &'static [&'static Binding<A>], words: fn(&KeyWords) -> W) -> Self {
        Hint {
            rows,
            words,
            keys_last: false,
        }
    }

    pub const fn keys_last(
        rows: &'static [&'static Binding<A>],
        words: fn(&KeyWords) -> W,
    ) -> Self {
        Hint {
            rows,
            words,
            keys_last: true,
        }
    }

    /// The hint's keys and `said`, in the hint's order.
    fn with_keys(&self, said: &str, place: Place) -> String {
        let keys = self.written(place);
        if self.keys_last {
            format!("{said} {keys}")
        } else {
            format!("{keys} {said}")
        }
    }

    /// The keys written as one: a run of digits as "Alt+1..4"; else in the key bar arrows run
    /// together ("←→") and other keys take a slash ("Esc/c"), in the help single characters
    /// stand apart ("+ -") and names take a comma ("Esc, f").
    fn written(&self, place: Place) -> String {
        let keys: Vec<Key> = self.rows.iter().flat_map(|row| row.keys).copied().collect();
        if let Some(run) = digit_run(&keys) {
            return run;
        }
        let names: Vec<String> = keys.iter().map(|key| key.name()).collect();
        let separator = match place {
            Place::Bar => "/",
            Place::Help if names.iter().all(|name| name.chars().count() == 1) => " ",
            Place::Help => ", ",
        };
        let mut written = String::new();
        for (at, (key, name)) in keys.iter().zip(&names).enumerate() {
            // In the key bar arrows run together: "←→", "↑↓/PgUp".
            let joined =
                at > 0 && matches!(place, Place::Bar) && key.is_arrow() && keys[at - 1].is_arrow();
            if at > 0 && !joined {
                written.push_str(separator);
            }
            written.push_str(name);
        }
        written
    }
}

impl<A> Hint<A> {
    /// The hint's keys alone, as the key bar writes them: for a sentence that names them.
    pub fn keys(&self) -> String {
        self.written(Place::Bar)
    }

    /// The hint's keys and its words.
    fn say(&self, words: &KeyWords, place: Place) -> String {
        self.with_keys((self.words)(words), place)
    }
}

impl<A> Hint<A, ValueWords> {
    /// The hint's keys and the words that tell `value`, as the key bar writes them.
    pub fn say_with(&self, words: &KeyWords, value: &str) -> String {
        self.with_keys(&(self.words)(words)(value), Place::Bar)
    }
}

/// "Alt+1..4" for three keys or more of consecutive digits with the same modifiers.
fn digit_run(keys: &[Key]) -> Option<String> {
    let digit = |key: &Key| match key.code {
        KeyCode::Char(c) => c.to_digit(10),
        _ => None,
    };
    let (first, last) = (keys.first()?, keys.last()?);
    let consecutive = keys.windows(2).all(|pair| {
        pair[0].held == pair[1].held
            && matches!((digit(&pair[0]), digit(&pair[1])), (Some(a), Some(b)) if b == a + 1)
    });
    let last = digit(last)?;
    (keys.len() >= 3 && consecutive).then(|| format!("{}..{last}", first.name()))
}

/// Where keys are written: compact in the key bar, spaced in the help.
#[derive(Clone, Copy)]
enum Place {
    Bar,
    Help,
}

/// A key bar: hints of one table.
pub struct Bar<A: 'static> {
    pub table: &'static KeyTable<A>,
    pub hints: &'static [Hint<A>],
}

impl<A> Bar<A> {
    /// Each hint: its keys and what they do.
    pub fn hints(&self, words: &KeyWords) -> Vec<String> {
        self.hints
            .iter()
            .map(|hint| hint.say(words, Place::Bar))
            .collect()
    }
}

/// The help: sections of lines.
pub struct Help<A: 'static> {
    pub sections: &'static [HelpSection<A>],
}

/// Lines of the help that name keys of one table.
pub struct HelpSection<A: 'static> {
    pub table: &'static KeyTable<A>,
    pub lines: &'static [HelpLine<A>],
}

pub enum HelpLine<A: 'static> {
    /// A heading: what the lines under it are about.
    Heading(fn(&KeyWords) -> &'static str),
    /// Indented, one or two hints in columns.
    Keys(&'static [Hint<A>]),
    /// One hint on a line of its own, like a heading.
    Note(Hint<A>),
    /// A sentence, unindented like a heading, in the lines the language table breaks it into.
    Sentence(fn(&KeyWords) -> &'static [&'static str]),
}

/// Where the keys and the words of the first and the second hint of a help line start.
const HELP_COLUMNS: [(usize, usize); 2] = [(2, 13), (36, 44)];

/// Columns kept free between one column of the help and the next, when one runs long.
const HELP_GAP: usize = 2;

impl<A> Help<A> {
    pub fn lines(&self, words: &KeyWords) -> Vec<String> {
        let mut lines = Vec::new();
        for line in self.sections.iter().flat_map(|section| section.lines) {
            match line {
                HelpLine::Heading(heading) => lines.push(heading(words).to_owned()),
                HelpLine::Keys(hints) => lines.push(columns(hints, words)),
                HelpLine::Note(hint) => lines.push(hint.say(words, Place::Help)),
                HelpLine::Sentence(sentence) => {
                    lines.extend(sentence(words).iter().map(|line| (*line).to_owned()));
                }
            }
        }
        lines
    }
}

/// A line of the help with one or two hints in columns: keys, words, keys, words.
fn columns<A>(hints: &[Hint<A>], words: &KeyWords) -> String {
    let mut line = String::new();
    for (hint, (keys_at, words_at)) in hints.iter().zip(HELP_COLUMNS) {
        pad_to(&mut line, keys_at);
        line.push_str(&hint.written(Place::Help));
        pad_to(&mut line, words_at);
        line.push_str((hint.words)(words));
    }
    line
}

/// The rows a bar or the help names that its table does not have: a key that would not work.
#[cfg(test)]
impl<A> Bar<A> {
    pub fn stray_rows(&self) -> impl Iterator<Item = &Binding<A>> {
        stray_rows(self.table, self.hints)
    }
}

#[cfg(test)]
impl<A> Help<A> {
    pub fn stray_rows(&self) -> impl Iterator<Item = &Binding<A>> {
        self.sections.iter().flat_map(|section| {
            section.lines.iter().flat_map(|line| match line {
                HelpLine::Heading(_) | HelpLine::Sentence(_) => Vec::new(),
                HelpLine::Keys(hints) => stray_rows(section.table, hints).collect(),
                HelpLine::Note(hint) => {
                    stray_rows(section.table, std::slice::from_ref(hint)).collect()
                }
            })
        })
    }
}

#[cfg(test)]
fn stray_rows<'a, A>(
    table: &'a KeyTable<A>,
    hints: &'a [Hint<A>],
) -> impl Iterator<Item = &'a Binding<A>> {
    hints.iter().flat_map(|hint| hint.stray_rows(table))
}

#[cfg(test)]
impl<A, W> Hint<A, W> {
    /// The rows the hint names that `table` does not have.
    pub fn stray_rows<'a>(
        &'a self,
        table: &'a KeyTable<A>,
    ) -> impl Iterator<Item = &'a Binding<A>> {
        self.rows
            .iter()
            .copied()
            .filter(|row| !table.bindings.iter().any(|b| std::ptr::eq(*b, *row)))
    }
}

/// Checks that each bar and the help say, in both languages, exactly the texts given.
#[cfg(test)]
pub fn assert_written_as<A>(
    bars: &[(&Bar<A>, &str, &str)],
    help: &Help<A>,
    help_vi: &[&str],
    help_en: &[&str],
) {
    use crate::i18n::Lang;
    let (vi, en) = (Lang::Vi.strings().keys, Lang::En.strings().keys);
    for (bar, bar_vi, bar_en) in bars {
        assert_eq!(bar.hints(vi).join("  "), *bar_vi);
        assert_eq!(bar.hints(en).join("  "), *bar_en);
    }
    assert_eq!(help.lines(vi), help_vi);
    assert_eq!(help.lines(en), help_en);
}

fn pad_to(line: &mut String, column: usize) {
    let width = line.width();
    let spaces = if width == 0 {
        column
    } else {
        column.saturating_sub(width).max(HELP_GAP)
    };
    line.extend(std::iter::repeat_n(' ', spaces));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    static LEFT: Binding<()> = Binding::new(&[Key::plain(KeyCode::Left)], ());
    static RIGHT: Binding<()> = Binding::new(&[Key::plain(KeyCode::Right)], ());
    static BACK: Binding<()> = Binding::new(&[Key::plain(KeyCode::Esc), Key::char('f')], ());
    static ONE: Binding<()> = Binding::new(&[Key::alt('1')], ());
    static TWO: Binding<()> = Binding::new(&[Key::alt('2')], ());
    static THREE: Binding<()> = Binding::new(&[Key::alt('3')], ());
    static SAVE: Binding<()> = Binding::new(&[Key::ctrl('s')], ());

    static ARROWS: Hint<()> = Hint::of(&[&LEFT, &RIGHT], |w| w.item);
    static ESC_OR_F: Hint<()> = Hint::of(&[&BACK], |w| w.back);
    static DIGITS: Hint<()> = Hint::of(&[&ONE, &TWO, &THREE], |w| w.set_stance);
    static NOT_A_RUN: Hint<()> = Hint::of(&[&ONE, &THREE], |w| w.set_stance);
    static SAVE_LAST: Hint<()> = Hint::keys_last(&[&SAVE], |w| w.type_count);

    #[test]
    fn keys_are_written_as_people_read_them() {
        assert_eq!(ARROWS.written(Place::Bar), "←→");
        assert_eq!(ARROWS.written(Place::Help), "← →");
        assert_eq!(ESC_OR_F.written(Place::Bar), "Esc/f");
        assert_eq!(ESC_OR_F.written(Place::Help), "Esc, f");
        assert_eq!(DIGITS.written(Place::Bar), "Alt+1..3");
        assert_eq!(NOT_A_RUN.written(Place::Bar), "Alt+1/Alt+3");
        assert_eq!(SAVE_LAST.written(Place::Help), "Ctrl+S");
    }

    #[test]
    fn a_hint_says_its_keys_and_its_words_in_its_order() {
        let words = Lang::Vi.strings().keys;
        assert_eq!(ARROWS.say(words, Place::Bar), "←→ nội dung");
        assert_eq!(SAVE_LAST.say(words, Place::Bar), "số rồi Ctrl+S");
    }

    static FIRST: Binding<u8> = Binding::new(&[Key::ctrl('s')], 1);
    static SECOND: Binding<u8> = Binding::new(&[Key::char('s')], 2).also(&[Key::char('S')]);
    static TYPED: Binding<u8> = Binding::typed(&[Key::plain(KeyCode::Left)]);
    static TABLE: KeyTable<u8> = KeyTable {
        bindings: &[&FIRST, &SECOND, &TYPED],
        otherwise: |_| Some(0),
    };

    #[test]
    fn the_first_row_that_names_a_key_has_it() {
        let key = KeyEvent::new;
        assert_eq!(
            TABLE.action(key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Some(1)
        );
        assert_eq!(
            TABLE.action(key(KeyCode::Char('S'), KeyModifiers::SHIFT)),
            Some(2)
        );
        assert_eq!(
            TABLE.action(key(KeyCode::Left, KeyModifiers::NONE)),
            Some(0)
        );
        assert_eq!(
            TABLE.action(key(KeyCode::Home, KeyModifiers::NONE)),
            Some(0)
        );
    }
}
