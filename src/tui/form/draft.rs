//! A form's draft: what it holds, kept in the drafts table as it is typed, and put back into the
//! same form after a crash.

use serde_json::{Value, json};

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

impl Form {
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
