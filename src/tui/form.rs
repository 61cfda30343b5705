//! A form of labelled fields: single-line text, counts and choices. Text fields are
//! ratatui-textarea editors, so the cursor, word moves, undo and paste work as people expect.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use serde_json::{Value, json};

use crate::domain::text::{self, Lines};
use crate::domain::{CountError, MeetingId, parse_count};
use crate::i18n::Strings;

use super::typing::Typing;

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
        Field {
            label,
            kind,
            input: text_area(value.lines()),
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

/// An editor holding `lines`, the cursor at the end.
fn text_area<'a>(lines: impl Iterator<Item = &'a str>) -> TextArea<'static> {
    let mut input = TextArea::from(lines.map(str::to_owned).collect::<Vec<_>>());
    input.move_cursor(ratatui_textarea::CursorMove::Bottom);
    input.move_cursor(ratatui_textarea::CursorMove::End);
    input.set_cursor_line_style(ratatui::style::Style::default());
    input
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
    /// Where what is typed is kept until the form is saved or cancelled (set by the app when it
    /// opens the form; `None`: not kept).
    pub draft: Option<DraftKey>,
}

/// Where the draft of a form is kept in the database: the drafts of a meeting, or (for a form
/// that belongs to no meeting yet, the new meeting's) the drafts of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftKey {
    pub meeting: Option<MeetingId>,
    pub key: String,
}

/// The version of the draft encoding written by [`Form::draft_content`].
const DRAFT_VERSION: u64 = 1;

/// Builds a form field by field.
impl Form {
    pub fn new(title: impl Into<String>) -> Self {
        Form {
            title: title.into(),
            fields: Vec::new(),
            focus: 0,
            error: None,
            fresh: true,
            draft: None,
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

    /// Passes a key to the focused field: text is edited (through the input method `typing`;
    /// counts never are), a choice moves with ← →. Control characters never enter a field.
    /// Says whether what the form holds changed.
    pub fn input(&mut self, key: KeyEvent, typing: &mut Typing) -> bool {
        self.error = None;
        let fresh = std::mem::take(&mut self.fresh);
        let field = &mut self.fields[self.focus];
        match (&field.kind, key.code) {
            (FieldKind::Count, KeyCode::Char(c)) if fresh && c.is_ascii_digit() => {
                field.input.select_all();
                field.input.cut();
                field.input.insert_char(c);
                true
            }
            (FieldKind::Choice(options), KeyCode::Left) => {
                field.choice = (field.choice + options.len() - 1) % options.len();
                true
            }
            (FieldKind::Choice(options), KeyCode::Right) => {
                field.choice = (field.choice + 1) % options.len();
                true
            }
            (FieldKind::Choice(_), _) => false,
            (FieldKind::Count, KeyCode::Char(c))
                if !c.is_ascii_digit()
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                false
            }
            (_, KeyCode::Char(c)) if text::is_forbidden(c) => false,
            (FieldKind::MultilineText, KeyCode::Enter) => {
                typing.end_word();
                field.input.insert_newline();
                true
            }
            (_, KeyCode::Enter | KeyCode::Tab | KeyCode::BackTab) => false,
            (FieldKind::Count, _) => field.input.input(key),
            _ => typing.input(&mut field.input, key),
        }
    }

    /// Inserts pasted text into the focused text field, cleaned (NFC, no control characters).
    /// Says whether what the form holds changed.
    pub fn paste(&mut self, pasted: &str) -> bool {
        let field = &mut self.fields[self.focus];
        if matches!(field.kind, FieldKind::Choice(_)) {
            return false;
        }
        let cleaned = text::clean(pasted, field.lines());
        field.input.insert_str(cleaned)
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
            return Err((strings.err_required)(self.fields[index].label));
        }
        Ok(value)
    }

    /// The value of a count field, or an error naming the field (and focusing it).
    pub fn count_value(&mut self, index: usize, strings: &Strings) -> Result<u32, String> {
        let label = self.fields[index].label;
        parse_count(&self.value(index)).map_err(|err| {
            self.set_focus(index);
            match err {
                CountError::Empty => (strings.err_required)(label),
                CountError::NotAWholeNumber(text) => (strings.err_not_a_count)(label, &text),
                CountError::TooLarge(_) => (strings.err_count_too_large)(label),
            }
        })
    }

    /// Whether anything was typed that a cancel would throw away.
    pub fn has_text(&self) -> bool {
        self.fields
            .iter()
            .any(|f| !matches!(f.kind, FieldKind::Choice(_)) && !f.value().is_empty())
    }

    /// What the form holds, as kept in the drafts table: JSON, one entry per field in order —
    /// the text exactly as typed for a text or count field, the index of the option for a
    /// choice: `{"v":1,"fields":["Mở rộng kiệt 12","",0,1]}`.
    pub fn draft_content(&self) -> String {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|f| match f.kind {
                FieldKind::Choice(_) => json!(f.choice),
                _ => json!(f.input.lines().join("\n")),
            })
            .collect();
        json!({ "v": DRAFT_VERSION, "fields": fields }).to_string()
    }

    /// Refills the fields from a draft written by [`Form::draft_content`]. A draft that does not
    /// match this form's shape (another version, another number or kind of fields, an option
    /// out of range, not JSON at all) changes nothing and returns false. Restored text is
    /// cleaned as typed text is: no control characters or escape sequences come back.
    pub fn restore_draft(&mut self, content: &str) -> bool {
        let Ok(draft) = serde_json::from_str::<Value>(content) else {
            return false;
        };
        if draft.get("v").and_then(Value::as_u64) != Some(DRAFT_VERSION) {
            return false;
        }
        let Some(values) = draft.get("fields").and_then(Value::as_array) else {
            return false;
        };
        if values.len() != self.fields.len() {
            return false;
        }
        enum Restored<'a> {
            Text(&'a str),
            Choice(usize),
        }
        let mut restored = Vec::with_capacity(values.len());
        for (field, value) in self.fields.iter().zip(values) {
            let entry = match (&field.kind, value) {
                (FieldKind::Choice(options), Value::Number(n)) => {
                    match n.as_u64().and_then(|i| usize::try_from(i).ok()) {
                        Some(i) if i < options.len() => Restored::Choice(i),
                        _ => return false,
                    }
                }
                (FieldKind::Choice(_), _) => return false,
                (_, Value::String(text)) => Restored::Text(text),
                _ => return false,
            };
            restored.push(entry);
        }
        for (field, entry) in self.fields.iter_mut().zip(restored) {
            match entry {
                Restored::Choice(i) => field.choice = i,
                Restored::Text(raw) => {
                    let cleaned = text::clean(raw, field.lines());
                    field.input = text_area(cleaned.split('\n'));
                }
            }
        }
        self.error = None;
        self.fresh = true;
        true
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
        let mut typing = Typing::default();
        let mut form =
            Form::new("t")
                .count("Tán thành", None)
                .choice("Tính trên", vec!["a", "b", "c"], 0);
        for c in "3x-8".chars() {
            form.input(key(KeyCode::Char(c)), &mut typing);
        }
        assert_eq!(form.value(0), "38");
        form.next_field();
        form.input(key(KeyCode::Left), &mut typing);
        assert_eq!(form.choice_index(1), 2);
        form.input(key(KeyCode::Right), &mut typing);
        assert_eq!(form.choice_index(1), 0);
    }

    #[test]
    fn a_digit_typed_on_arrival_replaces_a_prefilled_count() {
        let mut typing = Typing::default();
        let mut form = Form::new("t")
            .count("Có mặt", Some(42))
            .count("Tán thành", Some(38));
        form.input(key(KeyCode::Char('4')), &mut typing);
        form.input(key(KeyCode::Char('3')), &mut typing);
        assert_eq!(form.value(0), "43");
        form.next_field();
        form.input(key(KeyCode::End), &mut typing);
        form.input(key(KeyCode::Char('5')), &mut typing);
        assert_eq!(form.value(1), "385");
    }

    #[test]
    fn pasted_text_is_cleaned_and_control_keys_are_dropped() {
        let mut typing = Typing::default();
        let mut form = Form::new("t").text("Họ tên", "", true);
        form.paste("Nguye\u{302}\u{303}n\u{1b}[2J Văn\nHùng");
        form.input(key(KeyCode::Char('\u{7}')), &mut typing);
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

    #[test]
    fn a_draft_refills_the_same_form_and_nothing_else() {
        let mut typing = Typing::default();
        let shape = || {
            Form::new("t")
                .text("Tên", "", true)
                .multiline("Mô tả", "")
                .count("Số", None)
                .choice("Cách tính", vec!["a", "b", "c"], 0)
        };
        let mut form = shape();
        form.paste("Nguyễn \"Hùng\" \\ {}");
        form.next_field();
        form.paste("Dòng 1\nDòng 2\n");
        form.next_field();
        form.input(key(KeyCode::Char('7')), &mut typing);
        form.next_field();
        form.input(key(KeyCode::Right), &mut typing);
        form.input(key(KeyCode::Right), &mut typing);
        let draft = form.draft_content();

        let mut back = shape();
        assert!(back.restore_draft(&draft));
        assert_eq!(back.value(0), "Nguyễn \"Hùng\" \\ {}");
        assert_eq!(back.fields[1].input.lines(), ["Dòng 1", "Dòng 2", ""]);
        assert_eq!(back.value(2), "7");
        assert_eq!(back.choice_index(3), 2);
        assert_eq!(back.draft_content(), draft);

        // Another shape: left as it is.
        let mut other = Form::new("t")
            .text("Tên", "x", true)
            .text("Địa chỉ", "", false);
        assert!(!other.restore_draft(&draft));
        assert_eq!(other.value(0), "x");
        let mut fewer_options = Form::new("t")
            .text("Tên", "", true)
            .multiline("Mô tả", "")
            .count("Số", None)
            .choice("Cách tính", vec!["a", "b"], 0);
        assert!(!fewer_options.restore_draft(&draft));
        assert_eq!(fewer_options.value(0), "");
    }

    #[test]
    fn telex_types_into_text_fields_and_never_into_counts() {
        let mut typing = Typing::default();
        typing.next_mode();
        let mut form = Form::new("t")
            .text("Họ tên", "", true)
            .count("Tán thành", None)
            .multiline("Mô tả", "");
        for c in "Nguyeenx Vawn Hufng".chars() {
            form.input(key(KeyCode::Char(c)), &mut typing);
        }
        form.next_field();
        typing.end_word();
        for c in "38as".chars() {
            form.input(key(KeyCode::Char(c)), &mut typing);
        }
        form.next_field();
        for c in "dduwowngf".chars() {
            form.input(key(KeyCode::Char(c)), &mut typing);
        }
        form.input(key(KeyCode::Enter), &mut typing);
        form.input(key(KeyCode::Char('s')), &mut typing);
        assert_eq!(form.value(0), "Nguyễn Văn Hùng");
        assert_eq!(form.value(1), "38");
        assert_eq!(form.value(2), "đường\ns");
    }

    #[test]
    fn only_changes_count_as_changes() {
        let mut typing = Typing::default();
        let mut form = Form::new("t")
            .text("Tên", "", true)
            .choice("c", vec!["a", "b"], 0);
        assert!(!form.input(key(KeyCode::Left), &mut typing));
        assert!(!form.input(key(KeyCode::Enter), &mut typing));
        assert!(form.input(key(KeyCode::Char('a')), &mut typing));
        assert!(!form.input(key(KeyCode::Char('\u{7}')), &mut typing));
        assert!(form.input(key(KeyCode::Backspace), &mut typing));
        assert!(!form.input(key(KeyCode::Backspace), &mut typing));
        form.next_field();
        assert!(form.input(key(KeyCode::Right), &mut typing));
        assert!(!form.input(key(KeyCode::Char('x')), &mut typing));
        assert!(!form.paste("x"));
    }
}
