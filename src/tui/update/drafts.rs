//! Drafts: what is being typed and not yet saved is kept in the database as it is typed, and
//! comes back after a crash (SPEC §5).

use crate::domain::{MeetingId, Stance};
use crate::store::StoreError;

use crate::tui::app::{App, EditorTarget, FormKind, Popup};
use crate::tui::form::{DraftKey, Form};

/// The draft that keeps the opinion being typed: first line the stance code (empty while none
/// is chosen), then the text.
const OPINION_DRAFT: &str = "opinion";

/// The app draft (it belongs to no meeting yet) that keeps the form of a new meeting. The
/// drafts of the other forms are kept with their meeting under keys starting with "form." (see
/// `form_draft_key`), never with "opinion", which saving an opinion clears.
const MEETING_FORM_DRAFT: &str = "form.meeting";

impl App {
    /// Writes the opinion and the form being typed to the database, if they changed since the
    /// last write. Called once the keys waiting have been handled, so a burst of keys costs one
    /// write. A write never waits for the file: while another program holds it, the draft stays
    /// pending and is written at a later turn of the loop (the screen says so), so that typing
    /// goes on at the speed of the keys.
    pub fn save_pending_draft(&mut self) {
        if std::mem::take(&mut self.form_draft_pending) {
            let written = self.save_form_draft();
            self.form_draft_pending = self.still_pending(written);
        }
        if std::mem::take(&mut self.draft_pending) {
            let written = self.save_opinion_draft();
            self.draft_pending = self.still_pending(written);
        }
    }

    /// Whether a draft must be written again after `written`: only if the file was busy. The
    /// first busy write says that the draft waits; the first write after says it is kept.
    fn still_pending(&mut self, written: Result<(), StoreError>) -> bool {
        let s = self.strings;
        match written {
            Ok(()) => {
                if std::mem::take(&mut self.draft_waiting)
                    && self
                        .message
                        .as_ref()
                        .is_some_and(|m| m.text == s.draft_waiting)
                {
                    self.info(s.draft_kept_after_waiting);
                }
                false
            }
            Err(StoreError::Busy) => {
                if !std::mem::replace(&mut self.draft_waiting, true) {
                    self.info(s.draft_waiting);
                }
                true
            }
            Err(err) => {
                self.store_error(&err);
                false
            }
        }
    }

    /// Writes the opinion being typed for the floor to the drafts table.
    fn save_opinion_draft(&mut self) -> Result<(), StoreError> {
        let Some(live) = self.live.as_ref() else {
            return Ok(());
        };
        let editor = self.popups.iter().rev().find_map(|p| match p {
            Popup::Editor(editor) if editor.target == EditorTarget::Floor => Some(&**editor),
            _ => None,
        });
        let Some(editor) = editor.or(live.floor_editor.as_deref()) else {
            return Ok(());
        };
        let stance = editor.stance.map_or("", Stance::code);
        let content = format!("{stance}\n{}", editor.raw_text());
        self.store
            .save_draft(live.id, OPINION_DRAFT, &content, self.clock.now())
    }

    /// The stance and text of the opinion being typed for the floor, as last kept.
    pub(super) fn opinion_draft(&self, id: MeetingId) -> (Option<Stance>, String) {
        let draft = self.store.draft(id, OPINION_DRAFT).ok().flatten();
        draft
            .as_deref()
            .map(parse_opinion_draft)
            .unwrap_or_default()
    }

    /// Forgets the opinion being typed, dropped on purpose.
    pub(super) fn forget_opinion_draft(&mut self, id: MeetingId) {
        let _ = self.store.delete_draft(id, OPINION_DRAFT);
    }

    /// Where the draft of a form of `kind` is kept: per meeting (and per item, per vote or per
    /// opinion where the form is about one), or, for a new meeting, in the app's drafts.
    pub(super) fn form_draft_key(&self, kind: &FormKind) -> Option<DraftKey> {
        let key = match kind {
            FormKind::Meeting => {
                return Some(DraftKey {
                    meeting: None,
                    key: MEETING_FORM_DRAFT.to_owned(),
                });
            }
            FormKind::CorrectMeeting => "form.meeting_details".to_owned(),
            FormKind::AgendaItem => "form.agenda_item".to_owned(),
            FormKind::CorrectItem { item_no } => format!("form.agenda_item.{item_no}.correct"),
            FormKind::CorrectQueued { queue_id } => format!("form.queued.{queue_id}.correct"),
            FormKind::Speaker { then_floor: false } => "form.speaker".to_owned(),
            FormKind::Speaker { then_floor: true } => "form.speaker.floor".to_owned(),
            FormKind::Present => "form.present".to_owned(),
            FormKind::SpeakingLimit => "form.speaking_limit".to_owned(),
            FormKind::Guest { correcting: None } => "form.guest".to_owned(),
            FormKind::Guest {
                correcting: Some(guest_no),
            } => format!("form.guest.correct.{guest_no}"),
            FormKind::Conclusion { item_no } => format!("form.conclusion.{item_no}"),
            FormKind::ItemOption {
                item_no,
                correcting,
                from_turn,
            } => match (correcting, from_turn) {
                (Some(option_no), _) => format!("form.option.{item_no}.correct.{option_no}"),
                (None, Some(turn_no)) => format!("form.option.{item_no}.opinion.{turn_no}"),
                (None, None) => format!("form.option.{item_no}"),
            },
            // Each vote its own: a run-off's draft never fills the vote after it.
            FormKind::OptionsVote {
                item_no, vote_no, ..
            } => format!("form.options_vote.{item_no}.{vote_no}"),
            FormKind::Pledge {
                item_no,
                household_no,
                ..
            } => format!("form.pledge.{item_no}.{household_no}"),
            // A folder is typed again in a moment: nothing to keep.
            FormKind::ExportFolder => return None,
            // Said at the door and typed again in a moment, or a file's name.
            FormKind::Representative { .. }
            | FormKind::Household { .. }
            | FormKind::MovedAway { .. }
            | FormKind::RemovePledge { .. }
            | FormKind::RegisterFile
            | FormKind::BallotMethod { .. } => return None,
            // Each vote its own, as a vote among options.
            FormKind::SecretBallot { item_no, vote_no } => {
                format!("form.secret_ballot.{item_no}.{vote_no}")
            }
            FormKind::HouseholdBallot {
                item_no,
                vote_no,
                household_no,
                ..
            } => format!("form.household_ballot.{item_no}.{vote_no}.{household_no}"),
            FormKind::Vote { correcting } => {
                let item_no = self.live.as_ref()?.selected_item()?.item_no;
                match correcting {
                    None => format!("form.vote.{item_no}"),
                    Some(vote_no) => format!("form.vote.{item_no}.correct.{vote_no}"),
                }
            }
            FormKind::OpinionCorrection {
                item_no, turn_no, ..
            } => format!("form.opinion_correction.{item_no}.{turn_no}"),
        };
        Some(DraftKey {
            meeting: Some(self.live.as_ref()?.id),
            key,
        })
    }

    /// The draft kept under `key`, if any. A draft that cannot be read is as good as none: the
    /// form opens empty rather than not at all.
    pub(super) fn read_draft(&self, key: &DraftKey) -> Option<String> {
        let read = match key.meeting {
            Some(id) => self.store.draft(id, &key.key),
            None => self.store.app_draft(&key.key),
        };
        read.ok().flatten()
    }

    /// Forgets the draft of a form that was saved or deliberately cancelled. A draft that
    /// cannot be deleted now is harmless: it is only offered again in the same form.
    pub(super) fn forget_form_draft(&mut self, form: &Form) {
        self.form_draft_pending = false;
        let Some(key) = &form.draft else {
            return;
        };
        let _ = match key.meeting {
            Some(id) => self.store.delete_draft(id, &key.key),
            None => self.store.delete_app_draft(&key.key),
        };
    }

    /// Writes what the open form holds to the drafts table.
    fn save_form_draft(&mut self) -> Result<(), StoreError> {
        let form = self.popups.iter().rev().find_map(|p| match p {
            Popup::Form(_, form) => Some(&**form),
            _ => None,
        });
        let Some((key, content)) = form.and_then(|f| Some((f.draft.clone()?, f.draft_content())))
        else {
            return Ok(());
        };
        let now = self.clock.now();
        match key.meeting {
            Some(id) => self.store.save_draft(id, &key.key, &content, now),
            None => self.store.save_app_draft(&key.key, &content, now),
        }
    }

    /// Whether the form of a new meeting was being filled in when the app last stopped.
    pub(super) fn meeting_draft_waiting(&self) -> bool {
        let mut form = self.meeting_form();
        let pristine = form.draft_content();
        self.store
            .app_draft(MEETING_FORM_DRAFT)
            .ok()
            .flatten()
            .is_some_and(|content| form.restore_draft(&content) && form.draft_content() != pristine)
    }
}

/// Reads a draft written by `save_pending_draft`.
fn parse_opinion_draft(draft: &str) -> (Option<Stance>, String) {
    let (code, text) = draft.split_once('\n').unwrap_or((draft, ""));
    (code.parse().ok(), text.to_owned())
}
