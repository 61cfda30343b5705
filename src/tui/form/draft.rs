//! A form's draft: what it holds, kept in the drafts table as it is typed, and put back into the
//! same form after a crash.

use serde::{Deserialize, Serialize};

use crate::domain::{MeetingId, text};

use super::{FieldKind, Form, text_area};

/// Where the draft of a form is kept in the database: the drafts of a meeting, or (for a form
/// that belongs to no meeting yet, the new meeting's) the drafts of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftKey {
    pub meeting: Option<MeetingId>,
    pub key: String,
}

/// The version of the draft encoding written by [`Form::draft_content`].
const DRAFT_VERSION: u64 = 1;

/// A form's draft as kept in the drafts table.
#[derive(Serialize, Deserialize)]
struct Draft<'a> {
    v: u64,
    #[serde(borrow)]
    fields: Vec<DraftField<'a>>,
}

/// One field of a draft: the index of a choice, or the text as typed.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum DraftField<'a> {
    Choice(usize),
    Text(std::borrow::Cow<'a, str>),
}

impl Form {
    /// What the form holds, as kept in the drafts table: JSON, one entry per field in order —
    /// the text exactly as typed for a text or count field, the index of the option for a
    /// choice: `{"v":1,"fields":["Mở rộng kiệt 12","",0,1]}`.
    pub fn draft_content(&self) -> String {
        let fields = self
            .fields
            .iter()
            .map(|f| match f.kind {
                FieldKind::Choice(_) => DraftField::Choice(f.choice),
                _ => DraftField::Text(f.input.lines().join("\n").into()),
            })
            .collect();
        let draft = Draft {
            v: DRAFT_VERSION,
            fields,
        };
        serde_json::to_string(&draft).expect("a draft is plain JSON")
    }

    /// Refills the fields from a draft written by [`Form::draft_content`]. A draft that does not
    /// match this form's shape (another version, another number or kind of fields, an option
    /// out of range, not JSON at all) changes nothing and returns false. Restored text is
    /// cleaned as typed text is: no control characters or escape sequences come back.
    pub fn restore_draft(&mut self, content: &str) -> bool {
        let Ok(draft) = serde_json::from_str::<Draft>(content) else {
            return false;
        };
        if draft.v != DRAFT_VERSION || draft.fields.len() != self.fields.len() {
            return false;
        }
        let fits = self.fields.iter().zip(&draft.fields).all(|(field, value)| {
            match (&field.kind, value) {
                (FieldKind::Choice(options), DraftField::Choice(i)) => *i < options.len(),
                (FieldKind::Choice(_), DraftField::Text(_)) => false,
                (_, DraftField::Text(_)) => true,
                (_, DraftField::Choice(_)) => false,
            }
        });
        if !fits {
            return false;
        }
        // A given field keeps the value the app gives now, not the one it gave then.
        let typed = self.fields.iter_mut().zip(draft.fields);
        for (field, value) in typed.filter(|(field, _)| field.given.is_none()) {
            match value {
                DraftField::Choice(i) => field.choice = i,
                DraftField::Text(raw) => {
                    let cleaned = text::clean(&raw, field.lines());
                    field.input = text_area(cleaned.split('\n'));
                    field.wrap_long_lines();
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
    use super::super::Field;
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Name {
        Title,
        Description,
        Base,
    }

    impl super::super::FieldName for Name {}

    fn form() -> Form {
        Form::new(
            "t",
            &[Name::Title, Name::Description, Name::Base],
            |name| match name {
                Name::Title => Field::text("Title"),
                Name::Description => Field::text("Description"),
                Name::Base => Field::choice("Base", vec!["a", "b", "c"], 0),
            },
        )
    }

    #[test]
    fn a_draft_comes_back_into_the_form_it_was_taken_from() {
        let mut typed = form();
        assert!(typed.restore_draft(r#"{"v":1,"fields":["Mở rộng kiệt 12","",2]}"#));
        let content = typed.draft_content();
        assert_eq!(content, r#"{"v":1,"fields":["Mở rộng kiệt 12","",2]}"#);
        let mut again = form();
        assert!(again.restore_draft(&content));
        assert_eq!(again.text(Name::Title), "Mở rộng kiệt 12");
        assert_eq!(again.choice(Name::Base), 2);
    }

    #[test]
    fn drafts_written_with_the_keys_in_either_order_are_read() {
        // The earlier writer put "fields" before "v".
        let mut restored = form();
        assert!(restored.restore_draft(r#"{"fields":["A","B\nC",1],"v":1}"#));
        assert_eq!(restored.text(Name::Description), "B C");
        assert_eq!(restored.choice(Name::Base), 1);
    }

    #[test]
    fn a_draft_that_does_not_fit_changes_nothing() {
        for content in [
            r#"{"v":1,"fields":["A","B",3]}"#,
            r#"{"v":1,"fields":["A","B","c"]}"#,
            r#"{"v":1,"fields":["A",0,1]}"#,
            r#"{"v":1,"fields":["A","B",-1]}"#,
            r#"{"v":1,"fields":["A","B",1.5]}"#,
            r#"{"v":1,"fields":["A","B"]}"#,
            r#"{"v":2,"fields":["A","B",1]}"#,
            r#"not json"#,
        ] {
            let mut untouched = form();
            assert!(!untouched.restore_draft(content), "{content}");
            assert_eq!(untouched.text(Name::Title), "", "{content}");
        }
    }
}
