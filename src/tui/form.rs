//! A form of labelled fields: single-line text, counts and choices. Text fields are
//! ratatui-textarea editors, so the cursor, word moves, undo and paste work as people expect.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use crate::domain::text::{self, Lines};
use crate::domain::{CountError, parse_count};
use crate::i18n::{Strings, fill};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// A text that may span several lines; Enter inserts a line break.
    MultilineText,
    Count,
    /// One of several options, chosen with ← →.
    Choice(Vec<&'static str>),
}

#[derive(Debug)]
pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    pub input: TextArea<'static>,
    pub choice: usize,
    pub required: bool,
}

impl Field {
    fn new(label: &'static str, kind: FieldKind, value: &str) -> Self {
        let mut input = TextArea::from(value.lines().map(str::to_owned).collect::<Vec<_>>());
        input.move_cursor(ratatui_textarea::CursorMove::Bottom);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        input.set_cursor_line_style(ratatui::style::Style::default());
        Field {
            label,
            kind,
            input,
            choice: 0,
            required: false,
        }
    }

    /// The text typed, cleaned as it will be stored.
    pub fn value(&self) -> String {
        let raw = self.input.lines().join("\n");
        match self.kind {
            FieldKind::MultilineText => text::clean_multiline(&raw),
            _ => text::clean_line(&raw),
        }
    }

    fn lines(&self) -> Lines {
        match self.kind {
            FieldKind::MultilineText => Lines::Multi,
            _ => Lines::Single,
        }
    }
}

#[derive(Debug)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub error: Option<String>,
    /// The focus just arrived on the field: a digit typed into a prefilled count replaces it,
    /// as people expect when they correct a number.
    fresh: bool,
}

/// Builds a form field by field.
impl Form {
    pub fn new(title: impl Into<String>) -> Self {
        Form {
            title: title.into(),
            fields: Vec::new(),
            focus: 0,
            error: None,
            fresh: true,
        }
    }

    pub fn text(mut self, label: &'static str, value: &str, required: bool) -> Self {
        let mut field = Field::new(label, FieldKind::Text, value);
        field.required = required;
        self.fields.push(field);
        self
    }

    pub fn multiline(mut self, label: &'static str, value: &str) -> Self {
        self.fields
            .push(Field::new(label, FieldKind::MultilineText, value));
        self
    }

    pub fn count(mut self, label: &'static str, value: Option<u32>) -> Self {
        let value = value.map(|v| v.to_string()).unwrap_or_default();
        let mut field = Field::new(label, FieldKind::Count, &value);
        field.required = true;
        self.fields.push(field);
        self
    }

    pub fn choice(
        mut self,
        label: &'static str,
        options: Vec<&'static str>,
        selected: usize,
    ) -> Self {
        let mut field = Field::new(label, FieldKind::Choice(options), "");
        field.choice = selected;
        self.fields.push(field);
        self
    }

    pub fn focus_on(mut self, index: usize) -> Self {
        self.set_focus(index);
        self
    }

    pub fn set_focus(&mut self, index: usize) {
        self.focus = index.min(self.fields.len().saturating_sub(1));
        self.fresh = true;
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    pub fn is_last_field(&self) -> bool {
        self.focus + 1 == self.fields.len()
    }

    pub fn next_field(&mut self) {
        self.set_focus((self.focus + 1) % self.fields.len());
    }

    pub fn prev_field(&mut self) {
        self.set_focus((self.focus + self.fields.len() - 1) % self.fields.len());
    }

    /// Passes a key to the focused field: text is edited, a choice moves with ← →.
    /// Control characters never enter a field.
    pub fn input(&mut self, key: KeyEvent) {
        self.error = None;
        let fresh = std::mem::take(&mut self.fresh);
        let field = &mut self.fields[self.focus];
        match (&field.kind, key.code) {
            (FieldKind::Count, KeyCode::Char(c)) if fresh && c.is_ascii_digit() => {
                field.input.select_all();
                field.input.cut();
                field.input.insert_char(c);
            }
            (FieldKind::Choice(options), KeyCode::Left) => {
                field.choice = (field.choice + options.len() - 1) % options.len();
            }
            (FieldKind::Choice(options), KeyCode::Right) => {
                field.choice = (field.choice + 1) % options.len();
            }
            (FieldKind::Choice(_), _) => {}
            (FieldKind::Count, KeyCode::Char(c))
                if !c.is_ascii_digit()
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {}
            (_, KeyCode::Char(c)) if text::is_forbidden(c) => {}
            (FieldKind::MultilineText, KeyCode::Enter) => field.input.insert_newline(),
            (_, KeyCode::Enter | KeyCode::Tab | KeyCode::BackTab) => {}
            _ => {
                field.input.input(key);
            }
        }
    }

    /// Inserts pasted text into the focused text field, cleaned (NFC, no control characters).
    pub fn paste(&mut self, pasted: &str) {
        let field = &mut self.fields[self.focus];
        if matches!(field.kind, FieldKind::Choice(_)) {
            return;
        }
        let cleaned = text::clean(pasted, field.lines());
        field.input.insert_str(cleaned);
    }

    pub fn value(&self, index: usize) -> String {
        self.fields[index].value()
    }

    pub fn choice_index(&self, index: usize) -> usize {
        self.fields[index].choice
    }

    /// The value of a required text field, or an error naming the field (and focusing it).
    pub fn required_text(&mut self, index: usize, strings: &Strings) -> Result<String, String> {
        let value = self.value(index);
        if value.is_empty() && self.fields[index].required {
            self.set_focus(index);
            return Err(fill(strings.err_required, &[&self.fields[index].label]));
        }
        Ok(value)
    }

    /// The value of a count field, or an error naming the field (and focusing it).
    pub fn count_value(&mut self, index: usize, strings: &Strings) -> Result<u32, String> {
        let label = self.fields[index].label;
        parse_count(&self.value(index)).map_err(|err| {
            self.set_focus(index);
            match err {
                CountError::Empty => fill(strings.err_required, &[&label]),
                CountError::NotAWholeNumber(text) => {
                    fill(strings.err_not_a_count, &[&label, &text])
                }
                CountError::TooLarge(_) => fill(strings.err_count_too_large, &[&label]),
            }
        })
    }

    /// Whether anything was typed that a cancel would throw away.
    pub fn has_text(&self) -> bool {
        self.fields
            .iter()
            .any(|f| !matches!(f.kind, FieldKind::Choice(_)) && !f.value().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Press)
    }

    #[test]
    fn counts_take_digits_only_and_choices_cycle() {
        let mut form =
            Form::new("t")
                .count("Tán thành", None)
                .choice("Tính trên", vec!["a", "b", "c"], 0);
        for c in "3x-8".chars() {
            form.input(key(KeyCode::Char(c)));
        }
        assert_eq!(form.value(0), "38");
        form.next_field();
        form.input(key(KeyCode::Left));
        assert_eq!(form.choice_index(1), 2);
        form.input(key(KeyCode::Right));
        assert_eq!(form.choice_index(1), 0);
    }

    #[test]
    fn a_digit_typed_on_arrival_replaces_a_prefilled_count() {
        let mut form = Form::new("t")
            .count("Có mặt", Some(42))
            .count("Tán thành", Some(38));
        form.input(key(KeyCode::Char('4')));
        form.input(key(KeyCode::Char('3')));
        assert_eq!(form.value(0), "43");
        form.next_field();
        form.input(key(KeyCode::End));
        form.input(key(KeyCode::Char('5')));
        assert_eq!(form.value(1), "385");
    }

    #[test]
    fn pasted_text_is_cleaned_and_control_keys_are_dropped() {
        let mut form = Form::new("t").text("Họ tên", "", true);
        form.paste("Nguye\u{302}\u{303}n\u{1b}[2J Văn\nHùng");
        form.input(key(KeyCode::Char('\u{7}')));
        assert_eq!(form.value(0), "Nguyễn Văn Hùng");
    }

    #[test]
    fn required_fields_name_themselves() {
        let strings = crate::i18n::Lang::En.strings();
        let mut form = Form::new("t").text("Name", "", true).count("For", None);
        assert_eq!(
            form.required_text(0, strings),
            Err("Name is required.".into())
        );
        assert_eq!(form.count_value(1, strings), Err("For is required.".into()));
        assert_eq!(form.focus, 1);
    }
}
