//! A form of labelled fields: single-line text, counts and choices. Text fields are
//! ratatui-textarea editors, so the cursor, word moves, undo and paste work as people expect.
//!
//! Each kind of form names its fields with an enum of its own (see [`fields`]), and what a form
//! holds is read by those names: a field added to a form or moved in it cannot be read in
//! another's place.

mod draft;
pub mod fields;
mod pledge;

pub use draft::DraftKey;
pub use pledge::AreaPreview;

use std::any::Any;
use std::borrow::Cow;
use std::fmt::Debug;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use crate::domain::household::address_key;
use crate::domain::suggest::{MAX_SUGGESTIONS, fold, suggest};
use crate::domain::text::{self, Lines};
use crate::domain::{CountError, Household, RegisterIndex, Speaker, parse_count};
use crate::i18n::Strings;

use super::typing::Typing;

/// The names of one kind of form's fields: an enum, one variant a field.
pub trait FieldName: Any + Copy + PartialEq + Debug {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// A text that may span several lines; Enter inserts a line break.
    MultilineText,
    Count,
    /// One of several options, chosen with ← →.
    Choice(Vec<Cow<'static, str>>),
}

#[derive(Debug)]
pub struct Field {
    /// Most labels are words of the language table; an option's is made of its title.
    pub label: Cow<'static, str>,
    pub kind: FieldKind,
    pub input: TextArea<'static>,
    pub choice: usize,
    pub required: bool,
    /// Shown but never typed into, with where its value comes from: a number the app keeps
    /// (the register's households, those signed in). The focus passes over it.
    pub given: Option<&'static str>,
    /// Neither shown nor reached: a field the form has no use for now. What it holds stays.
    pub hidden: bool,
}

impl Field {
    fn new(label: &'static str, kind: FieldKind) -> Self {
        let mut field = Field {
            label: Cow::Borrowed(label),
            kind,
            input: text_area(std::iter::empty()),
            choice: 0,
            required: false,
            given: None,
            hidden: false,
        };
        field.wrap_long_lines();
        field
    }

    /// A multi-line text wraps at the field's edge, as a paragraph does, instead of scrolling.
    fn wrap_long_lines(&mut self) {
        if self.kind == FieldKind::MultilineText {
            self.input.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        }
    }

    pub fn text(label: &'static str) -> Self {
        Field::new(label, FieldKind::Text)
    }

    pub fn multiline(label: &'static str) -> Self {
        Field::new(label, FieldKind::MultilineText)
    }

    /// A count is always required: an empty one is not zero.
    pub fn count(label: &'static str, value: Option<u32>) -> Self {
        let value = value.map(|v| v.to_string()).unwrap_or_default();
        Field::new(label, FieldKind::Count)
            .with_text(&value)
            .required()
    }

    pub fn choice(label: &'static str, options: Vec<&'static str>, selected: usize) -> Self {
        let options = options.into_iter().map(Cow::Borrowed).collect();
        let mut field = Field::new(label, FieldKind::Choice(options));
        field.choice = selected;
        field
    }

    /// The field labelled `label` instead: words made for this form ("Phương án 2 — giữ
    /// nguyên").
    pub fn labelled(mut self, label: String) -> Self {
        self.label = Cow::Owned(label);
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// A field whose value the app gives, from `source` ("theo điểm danh"): shown, not typed.
    pub fn given(mut self, source: &'static str) -> Self {
        self.given = Some(source);
        self
    }

    /// A field not shown until the form has a use for it ([`Form::set_hidden`]).
    pub fn hidden(mut self) -> Self {
        self.hidden = true;
        self
    }

    /// Whether the focus may stop on the field.
    fn reachable(&self) -> bool {
        !self.hidden && self.given.is_none()
    }

    /// The text the field opens with.
    pub fn with_text(mut self, value: &str) -> Self {
        self.input = text_area(value.lines());
        self.wrap_long_lines();
        self
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

/// People offered while a name is typed into one field (see `domain::suggest`): choosing one
/// fills in their name and address.
#[derive(Debug)]
pub struct Suggestions {
    /// The field whose text is matched, by its place in the form.
    field: usize,
    /// Everyone who may be offered, the most recent first.
    known: Vec<Speaker>,
    /// The heads of the households of the register and their addresses, offered after
    /// `known`, found by any part of the name or the address.
    households: Vec<Speaker>,
    register: RegisterIndex,
    /// Those matching what is typed, as indexes into `known`.
    shown: Vec<usize>,
    /// The one picked with ↓ ↑, as an index into `shown`.
    picked: Option<usize>,
}

impl Suggestions {
    /// The people matching what is typed, in the order shown.
    pub fn shown(&self) -> impl Iterator<Item = &Speaker> {
        self.shown.iter().map(|&i| self.person(i))
    }

    /// Whether households of the register are among those offered.
    pub fn offers_households(&self) -> bool {
        self.shown.iter().any(|&i| i >= self.known.len())
    }

    /// The person at `index` of `known` followed by `households`.
    fn person(&self, index: usize) -> &Speaker {
        match index.checked_sub(self.known.len()) {
            Some(household) => &self.households[household],
            None => &self.known[index],
        }
    }

    /// The place in `shown` of the one picked.
    pub fn picked(&self) -> Option<usize> {
        self.picked
    }

    fn refresh(&mut self, typed: &str) {
        self.shown = suggest(typed, &self.known);
        self.picked = None;
        if self.households.is_empty() || self.shown.len() >= MAX_SUGGESTIONS {
            return;
        }
        let same = |a: &Speaker, b: &Speaker| {
            fold(&a.name) == fold(&b.name) && address_key(&a.address) == address_key(&b.address)
        };
        for found in self.register.find(typed, MAX_SUGGESTIONS) {
            let household = &self.households[found];
            if self.shown.iter().any(|&i| same(self.person(i), household)) {
                continue;
            }
            self.shown.push(self.known.len() + found);
            if self.shown.len() == MAX_SUGGESTIONS {
                break;
            }
        }
    }
}

#[derive(Debug)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    /// The name of each field, in the order of `fields`: a `&'static [F]` of the form's
    /// [`FieldName`] enum.
    names: Box<dyn Any>,
    pub focus: usize,
    pub error: Option<String>,
    /// The focus just arrived on the field: a digit typed into a prefilled count replaces it,
    /// as people expect when they correct a number.
    fresh: bool,
    /// Where what is typed is kept until the form is saved or cancelled (set by the app when it
    /// opens the form; `None`: not kept).
    pub draft: Option<DraftKey>,
    /// What the form held when it opened, prefilled values included: a cancel asks first only
    /// when it would throw something else away.
    opened_with: String,
    /// The people offered while a name is typed, in forms that offer them.
    suggestions: Option<Suggestions>,
}

impl Form {
    /// A form of the fields named `names`, shown in that order, each described by `describe`.
    pub fn new<F: FieldName>(
        title: impl Into<String>,
        names: &'static [F],
        describe: impl FnMut(F) -> Field,
    ) -> Self {
        let mut form = Form {
            title: title.into(),
            fields: names.iter().copied().map(describe).collect(),
            names: Box::new(names),
            focus: 0,
            error: None,
            fresh: true,
            draft: None,
            opened_with: String::new(),
            suggestions: None,
        };
        form.opened_with = form.draft_content();
        form.focus = form.reachable_from(0, true).unwrap_or(0);
        form
    }

    /// The first field the focus may stop on from `index` on, forwards or backwards, round
    /// the form; `None` if there is none.
    fn reachable_from(&self, index: usize, forwards: bool) -> Option<usize> {
        let count = self.fields.len();
        (0..count)
            .map(|step| {
                if forwards {
                    (index + step) % count
                } else {
                    (index + count - step) % count
                }
            })
            .find(|&i| self.fields[i].reachable())
    }

    /// Where the field `name` stands in this form.
    ///
    /// # Panics
    /// If the form has no field of that name: a form is only read by the names it was built
    /// with.
    fn position<F: FieldName>(&self, name: F) -> usize {
        self.names
            .downcast_ref::<&'static [F]>()
            .and_then(|names| names.iter().position(|n| *n == name))
            .unwrap_or_else(|| panic!("the form \"{}\" has no field {name:?}", self.title))
    }

    /// Offers the people of `known` (the most recent first) while a name is typed in `name`.
    pub fn suggesting_from<F: FieldName>(mut self, name: F, known: Vec<Speaker>) -> Self {
        let field = self.position(name);
        let mut suggestions = Suggestions {
            field,
            known,
            households: Vec::new(),
            register: RegisterIndex::default(),
            shown: Vec::new(),
            picked: None,
        };
        suggestions.refresh(&self.value(field));
        self.suggestions = Some(suggestions);
        self
    }

    /// Offers also the heads of the households of `register` (with its index), after the
    /// people already offered: a resident is picked from the register by any part of the name
    /// or the address.
    pub fn suggesting_households(mut self, register: &[Household], index: RegisterIndex) -> Self {
        if let Some(suggestions) = self.suggestions.as_mut() {
            suggestions.households = register
                .iter()
                .map(|h| Speaker {
                    name: h.head_name.clone(),
                    address: h.address.clone(),
                })
                .collect();
            suggestions.register = index;
            let typed = self.fields[suggestions.field].value();
            suggestions.refresh(&typed);
        }
        self
    }

    /// The people offered now: only while the focus is on the field they complete and some
    /// match what is typed there.
    pub fn suggestions(&self) -> Option<&Suggestions> {
        self.suggestions
            .as_ref()
            .filter(|s| s.field == self.focus && !s.shown.is_empty())
    }

    /// Picks the next (`down`) or the previous person offered; past either end, none.
    pub fn pick_suggestion(&mut self, down: bool) {
        let Some(suggestions) = self.suggestions.as_mut() else {
            return;
        };
        let count = suggestions.shown.len();
        suggestions.picked = match (suggestions.picked, down) {
            (None, true) => Some(0),
            (None, false) => count.checked_sub(1),
            (Some(i), true) => (i + 1 < count).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
        };
    }

    /// The person picked among those offered, taken: the offer closes.
    pub fn take_picked(&mut self) -> Option<Speaker> {
        let suggestions = self.suggestions.as_mut()?;
        let picked = *suggestions.shown.get(suggestions.picked?)?;
        let person = suggestions.person(picked).clone();
        suggestions.shown.clear();
        suggestions.picked = None;
        Some(person)
    }

    /// Replaces the text of a field, as if typed.
    pub fn set_text<F: FieldName>(&mut self, name: F, value: &str) {
        let index = self.position(name);
        self.fields[index].input = text_area(value.lines());
    }

    fn refresh_suggestions(&mut self) {
        if let Some(suggestions) = self.suggestions.as_mut()
            && suggestions.field == self.focus
        {
            let typed = self.fields[self.focus].value();
            suggestions.refresh(&typed);
        }
    }

    pub fn focus_on<F: FieldName>(mut self, name: F) -> Self {
        self.focus_field(name);
        self
    }

    pub fn focus_field<F: FieldName>(&mut self, name: F) {
        self.set_focus(self.position(name));
    }

    fn set_focus(&mut self, index: usize) {
        self.focus = index.min(self.fields.len().saturating_sub(1));
        self.fresh = true;
    }

    /// The name of the focused field, if the form's fields are named by `F`.
    pub fn focused_name<F: FieldName>(&self) -> Option<F> {
        let names = self.names.downcast_ref::<&'static [F]>()?;
        names.get(self.focus).copied()
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    /// Whether no field after the focused one can be reached: Enter saves.
    pub fn is_last_field(&self) -> bool {
        !self.fields[self.focus + 1..].iter().any(Field::reachable)
    }

    /// The next field that can be reached, past those given or hidden.
    pub fn next_field(&mut self) {
        let next = (self.focus + 1) % self.fields.len();
        self.set_focus(self.reachable_from(next, true).unwrap_or(self.focus));
    }

    /// The previous field that can be reached, past those given or hidden.
    pub fn prev_field(&mut self) {
        let previous = (self.focus + self.fields.len() - 1) % self.fields.len();
        self.set_focus(self.reachable_from(previous, false).unwrap_or(self.focus));
    }

    /// Hides the field `name` or shows it again; the focus leaves it if it was there.
    pub fn set_hidden<F: FieldName>(&mut self, name: F, hidden: bool) {
        let index = self.position(name);
        self.fields[index].hidden = hidden;
        if hidden && self.focus == index {
            self.next_field();
        }
    }

    /// Whether the field `name` is hidden.
    pub fn is_hidden<F: FieldName>(&self, name: F) -> bool {
        self.fields[self.position(name)].hidden
    }

    /// Replaces the options of the choice field `name`, keeping the one chosen if it is
    /// still there.
    pub fn set_options<F: FieldName>(&mut self, name: F, options: Vec<Cow<'static, str>>) {
        let index = self.position(name);
        let field = &mut self.fields[index];
        field.choice = field.choice.min(options.len().saturating_sub(1));
        field.kind = FieldKind::Choice(options);
    }

    /// Passes a key to the focused field: text is edited (through the input method `typing`;
    /// counts never are), a choice moves with ← →. Control characters never enter a field.
    /// Says whether what the form holds changed.
    pub fn input(&mut self, key: KeyEvent, typing: &mut Typing) -> bool {
        let changed = self.edit(key, typing);
        if changed {
            self.refresh_suggestions();
        }
        changed
    }

    fn edit(&mut self, key: KeyEvent, typing: &mut Typing) -> bool {
        self.error = None;
        let fresh = std::mem::take(&mut self.fresh);
        let field = &mut self.fields[self.focus];
        if !field.reachable() {
            return false;
        }
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
        if matches!(field.kind, FieldKind::Choice(_)) || !field.reachable() {
            return false;
        }
        let cleaned = text::clean(pasted, field.lines());
        let changed = field.input.insert_str(cleaned);
        if changed {
            self.refresh_suggestions();
        }
        changed
    }

    /// The text of the field at `index` (in the order shown), cleaned as it will be stored.
    /// What a form means is read by name ([`Form::text`] and the others).
    pub fn value(&self, index: usize) -> String {
        self.fields[index].value()
    }

    /// The option chosen in the choice field at `index` (in the order shown).
    pub fn choice_index(&self, index: usize) -> usize {
        self.fields[index].choice
    }

    pub fn label<F: FieldName>(&self, name: F) -> &str {
        &self.fields[self.position(name)].label
    }

    /// The text of a field, cleaned as it will be stored.
    pub fn text<F: FieldName>(&self, name: F) -> String {
        self.value(self.position(name))
    }

    /// The option chosen in a choice field.
    pub fn choice<F: FieldName>(&self, name: F) -> usize {
        self.choice_index(self.position(name))
    }

    /// The text of a required field, or an error naming the field (and focusing it).
    pub fn required_text<F: FieldName>(
        &mut self,
        name: F,
        strings: &Strings,
    ) -> Result<String, String> {
        let index = self.position(name);
        let value = self.value(index);
        if value.is_empty() && self.fields[index].required {
            self.set_focus(index);
            return Err((strings.err_required)(&self.fields[index].label));
        }
        Ok(value)
    }

    /// The number typed in a count field, or an error naming the field (and focusing it).
    pub fn count<F: FieldName>(&mut self, name: F, strings: &Strings) -> Result<u32, String> {
        let index = self.position(name);
        parse_count(&self.value(index)).map_err(|err| {
            self.set_focus(index);
            let label = &self.fields[index].label;
            match err {
                CountError::Empty => (strings.err_required)(label),
                CountError::NotAWholeNumber(text) => (strings.err_not_a_count)(label, &text),
                CountError::TooLarge(_) => (strings.err_count_too_large)(label),
            }
        })
    }

    /// The number typed in a count field, if it is one.
    pub fn typed_count<F: FieldName>(&self, name: F) -> Option<u32> {
        parse_count(&self.text(name)).ok()
    }

    /// Whether the form holds anything other than what it opened with (a restored draft is
    /// something typed): what a cancel would throw away.
    pub fn is_changed(&self) -> bool {
        self.draft_content() != self.opened_with
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Press)
    }

    /// Fields named by where they stand, for the forms of these tests.
    #[derive(Debug, Clone, Copy, PartialEq)]
    struct Nth(usize);

    impl FieldName for Nth {}

    const NTH: &[Nth] = &[Nth(0), Nth(1), Nth(2), Nth(3)];

    fn form_of(fields: Vec<Field>) -> Form {
        let count = fields.len();
        let mut fields = fields.into_iter();
        Form::new("t", &NTH[..count], |_| fields.next().expect("a field"))
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Name {
        Title,
        Count,
    }

    impl FieldName for Name {}

    #[test]
    fn fields_are_read_by_name_wherever_they_stand() {
        let mut form = Form::new("t", &[Name::Count, Name::Title], |name| match name {
            Name::Title => Field::text("Title").with_text("Về việc"),
            Name::Count => Field::count("Count", Some(7)),
        });
        assert_eq!(form.text(Name::Title), "Về việc");
        assert_eq!(form.value(0), "7");
        assert_eq!(
            form.count(Name::Count, crate::i18n::Lang::En.strings()),
            Ok(7)
        );
        form.focus_field(Name::Title);
        assert_eq!(form.focus, 1);
        assert_eq!(form.label(Name::Title), "Title");
    }

    #[test]
    #[should_panic(expected = "has no field")]
    fn a_form_is_read_only_by_the_names_it_was_built_with() {
        let form = Form::new("t", &[Name::Title], |_| Field::text("Title"));
        form.text(Nth(0));
    }

    #[test]
    fn counts_take_digits_only_and_choices_cycle() {
        let mut typing = Typing::default();
        let mut form = form_of(vec![
            Field::count("Tán thành", None),
            Field::choice("Tính trên", vec!["a", "b", "c"], 0),
        ]);
        for c in "3x-8".chars() {
            form.input(key(KeyCode::Char(c)), &mut typing);
        }
        assert_eq!(form.value(0), "38");
        form.next_field();
        form.input(key(KeyCode::Left), &mut typing);
        assert_eq!(form.choice(Nth(1)), 2);
        form.input(key(KeyCode::Right), &mut typing);
        assert_eq!(form.choice(Nth(1)), 0);
    }

    #[test]
    fn a_digit_typed_on_arrival_replaces_a_prefilled_count() {
        let mut typing = Typing::default();
        let mut form = form_of(vec![
            Field::count("Có mặt", Some(42)),
            Field::count("Tán thành", Some(38)),
        ]);
        form.input(key(KeyCode::Char('4')), &mut typing);
        form.input(key(KeyCode::Char('3')), &mut typing);
        assert_eq!(form.value(0), "43");
        form.next_field();
        form.input(key(KeyCode::End), &mut typing);
        form.input(key(KeyCode::Char('5')), &mut typing);
        assert_eq!(form.value(1), "385");
    }

    #[test]
    fn the_focus_passes_over_given_and_hidden_fields_and_never_types_into_them() {
        let mut typing = Typing::default();
        let mut form = form_of(vec![
            Field::count("Có mặt", Some(42)).given("theo điểm danh"),
            Field::count("Tán thành", None),
            Field::count("Không tán thành", None).hidden(),
            Field::count("Không biểu quyết", None),
        ]);
        assert_eq!(form.focus, 1, "the first field that can be typed into");
        form.prev_field();
        assert_eq!(form.focus, 3);
        assert!(form.is_last_field());
        form.next_field();
        assert_eq!(form.focus, 1);
        assert!(!form.is_last_field());
        form.next_field();
        assert_eq!(form.focus, 3);
        // Shown again, the hidden field is reached; hidden while focused, the focus moves on.
        form.set_hidden(Nth(2), false);
        form.prev_field();
        assert_eq!(form.focus, 2);
        assert!(!form.is_last_field());
        form.set_hidden(Nth(2), true);
        assert_eq!(form.focus, 3);
        // Put on a given field (as an error naming it does), keys and pastes change nothing.
        form.focus_field(Nth(0));
        assert!(!form.input(key(KeyCode::Char('7')), &mut typing));
        assert!(!form.input(key(KeyCode::Backspace), &mut typing));
        assert!(!form.paste("7"));
        assert_eq!(form.count(Nth(0), crate::i18n::Lang::En.strings()), Ok(42));
    }

    #[test]
    fn a_draft_leaves_a_given_field_as_the_app_gives_it_now() {
        let shape = |present| {
            form_of(vec![
                Field::count("Có mặt", Some(present)).given("theo điểm danh"),
                Field::count("Tán thành", None),
            ])
        };
        let mut then = shape(40);
        then.paste("30");
        let draft = then.draft_content();
        let mut now = shape(42);
        assert!(now.restore_draft(&draft));
        assert_eq!(now.value(0), "42");
        assert_eq!(now.value(1), "30");
    }

    #[test]
    fn a_choice_takes_new_options_and_keeps_the_one_chosen() {
        let mut typing = Typing::default();
        let mut form = form_of(vec![Field::choice("Số hộ", vec!["", "nhập tay"], 0)]);
        form.input(key(KeyCode::Right), &mut typing);
        form.set_options(
            Nth(0),
            vec!["theo danh sách (6 hộ)".into(), "nhập tay".into()],
        );
        assert_eq!(form.choice(Nth(0)), 1);
        form.set_options(Nth(0), vec!["một".into()]);
        assert_eq!(form.choice(Nth(0)), 0);
    }

    #[test]
    fn pasted_text_is_cleaned_and_control_keys_are_dropped() {
        let mut typing = Typing::default();
        let mut form = form_of(vec![Field::text("Họ tên").required()]);
        form.paste("Nguye\u{302}\u{303}n\u{1b}[2J Văn\nHùng");
        form.input(key(KeyCode::Char('\u{7}')), &mut typing);
        assert_eq!(form.value(0), "Nguyễn Văn Hùng");
    }

    #[test]
    fn required_fields_name_themselves() {
        let strings = crate::i18n::Lang::En.strings();
        let mut form = form_of(vec![
            Field::text("Name").required(),
            Field::count("For", None),
        ]);
        assert_eq!(
            form.required_text(Nth(0), strings),
            Err("Name is required.".into())
        );
        assert_eq!(form.count(Nth(1), strings), Err("For is required.".into()));
        assert_eq!(form.focus, 1);
    }

    #[test]
    fn a_draft_refills_the_same_form_and_nothing_else() {
        let mut typing = Typing::default();
        let shape = || {
            form_of(vec![
                Field::text("Tên").required(),
                Field::multiline("Mô tả"),
                Field::count("Số", None),
                Field::choice("Cách tính", vec!["a", "b", "c"], 0),
            ])
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
        assert_eq!(back.choice(Nth(3)), 2);
        assert_eq!(back.draft_content(), draft);

        // Another shape: left as it is.
        let mut other = form_of(vec![
            Field::text("Tên").with_text("x").required(),
            Field::text("Địa chỉ"),
        ]);
        assert!(!other.restore_draft(&draft));
        assert_eq!(other.value(0), "x");
        let mut fewer_options = form_of(vec![
            Field::text("Tên").required(),
            Field::multiline("Mô tả"),
            Field::count("Số", None),
            Field::choice("Cách tính", vec!["a", "b"], 0),
        ]);
        assert!(!fewer_options.restore_draft(&draft));
        assert_eq!(fewer_options.value(0), "");
    }

    #[test]
    fn telex_types_into_text_fields_and_never_into_counts() {
        let mut typing = Typing::default();
        typing.next_mode();
        let mut form = form_of(vec![
            Field::text("Họ tên").required(),
            Field::count("Tán thành", None),
            Field::multiline("Mô tả"),
        ]);
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
        let mut form = form_of(vec![
            Field::text("Tên").required(),
            Field::choice("c", vec!["a", "b"], 0),
        ]);
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

    #[test]
    fn a_form_is_changed_only_when_it_differs_from_what_it_opened_with() {
        let mut typing = Typing::default();
        let mut form = form_of(vec![
            Field::text("Bắt đầu").with_text("2022-06-12 08:30"),
            Field::count("Có mặt", Some(42)),
            Field::choice("c", vec!["a", "b"], 0),
        ]);
        assert!(!form.is_changed());
        form.input(key(KeyCode::Backspace), &mut typing);
        assert!(form.is_changed());
        form.input(key(KeyCode::Char('0')), &mut typing);
        assert!(!form.is_changed());
        form.next_field();
        form.next_field();
        form.input(key(KeyCode::Right), &mut typing);
        assert!(form.is_changed());
        form.input(key(KeyCode::Left), &mut typing);
        assert!(!form.is_changed());

        let draft = r#"{"v":1,"fields":["2022-06-12 08:30","43",0]}"#;
        assert!(form.restore_draft(draft));
        assert!(form.is_changed());
    }
}
