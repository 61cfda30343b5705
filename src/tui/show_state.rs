//! What the chair's screen (`hopdan show`) holds between frames: the meeting as last read, the
//! item the chair looks at, and whether the help is open. Only [`Show::update`] and
//! [`Show::refresh`] change it; the view renders only from it.

use crate::domain::{AgendaItem, Clock, MeetingId};
use crate::i18n::{Lang, Strings};
use crate::messages;
use crate::store::{LiveSnapshot, Store, StoreError};

use super::selection::step;
use super::theme::Theme;

/// Every intent on the chair's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShowAction {
    Quit,
    /// Esc: back to following if looking at another item, else quit.
    Back,
    PrevItem,
    NextItem,
    /// Back to the item being discussed.
    Follow,
    ShowHelp,
    CloseHelp,
}

/// The state of the chair's screen; the view renders only from this.
pub struct Show {
    pub store: Store,
    pub clock: Box<dyn Clock>,
    pub strings: &'static Strings,
    pub theme: Theme,
    /// The meeting named on the command line. `None`: the meeting to follow (the latest open
    /// one, else the latest), chosen again whenever the database changes.
    pub requested: Option<MeetingId>,
    /// The meeting as last read; `None` while the database holds no meeting.
    pub snapshot: Option<LiveSnapshot>,
    /// The item the chair looks at instead of the one being discussed; `None`: following.
    pub browsing: Option<u32>,
    pub help: bool,
    /// Why the last read failed. The last snapshot stays on screen; the read is tried again.
    pub error: Option<String>,
    pub should_quit: bool,
    /// `PRAGMA data_version` when the snapshot was read.
    seen_version: Option<i64>,
}

impl Show {
    pub fn new(
        store: Store,
        clock: Box<dyn Clock>,
        lang: Lang,
        theme: Theme,
        requested: Option<MeetingId>,
    ) -> Show {
        Show {
            store,
            clock,
            strings: lang.strings(),
            theme,
            requested,
            snapshot: None,
            browsing: None,
            help: false,
            error: None,
            should_quit: false,
            seen_version: None,
        }
    }

    /// Reads the meeting again if anything was committed since the last read (or if it was
    /// never read). Cheap when nothing changed: one pragma.
    pub fn refresh(&mut self) {
        let version = match self.store.data_version() {
            Ok(version) => version,
            Err(err) => return self.failed(&err),
        };
        if self.seen_version == Some(version) {
            return;
        }
        match self.load() {
            Ok(snapshot) => {
                let other_meeting =
                    snapshot.as_ref().map(|s| s.id) != self.snapshot.as_ref().map(|s| s.id);
                if other_meeting {
                    self.browsing = None;
                }
                self.snapshot = snapshot;
                self.error = None;
                self.seen_version = Some(version);
                self.stop_browsing_on_current();
            }
            Err(err) => self.failed(&err),
        }
    }

    fn load(&self) -> Result<Option<LiveSnapshot>, StoreError> {
        let id = match self.requested {
            Some(id) => id,
            None => match self.store.meeting_to_follow()? {
                Some(id) => id,
                None => return Ok(None),
            },
        };
        self.store.live_snapshot(id).map(Some)
    }

    fn failed(&mut self, err: &StoreError) {
        self.error = Some(messages::store_error(self.strings, err));
    }

    /// The item on screen: the one the chair looks at, else the one being discussed.
    pub fn shown_item(&self) -> Option<&AgendaItem> {
        let snapshot = self.snapshot.as_ref()?;
        let item_no = self.browsing.or(snapshot.current_item)?;
        snapshot.agenda.iter().find(|item| item.item_no == item_no)
    }

    pub fn update(&mut self, action: ShowAction) {
        match action {
            ShowAction::Quit => self.should_quit = true,
            ShowAction::Back if self.browsing.is_some() => self.browsing = None,
            ShowAction::Back => self.should_quit = true,
            ShowAction::Follow => self.browsing = None,
            ShowAction::PrevItem => self.browse(false),
            ShowAction::NextItem => self.browse(true),
            ShowAction::ShowHelp => self.help = true,
            ShowAction::CloseHelp => self.help = false,
        }
    }

    fn browse(&mut self, forward: bool) {
        let Some(snapshot) = &self.snapshot else {
            return;
        };
        let shown = self.shown_item().map(|item| item.item_no);
        let index = snapshot
            .agenda
            .iter()
            .position(|item| Some(item.item_no) == shown)
            .unwrap_or(0);
        let index = step(index, snapshot.agenda.len(), forward);
        self.browsing = snapshot.agenda.get(index).map(|item| item.item_no);
        self.stop_browsing_on_current();
    }

    /// Looking at the item being discussed is following it.
    fn stop_browsing_on_current(&mut self) {
        let current = self.snapshot.as_ref().and_then(|s| s.current_item);
        if self.browsing.is_some() && self.browsing == current {
            self.browsing = None;
        }
    }
}
