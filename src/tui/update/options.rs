//! Items that are a choice among several options (SPEC §15): the options read with the
//! meeting and after each change.

use crate::tui::app::App;

impl App {
    /// Reads the options of the meeting's items and the hands for each again, after a write
    /// (or on opening the meeting).
    pub(super) fn reload_options(&mut self) {
        let Some(live) = self.live.as_mut() else {
            return;
        };
        let read = self
            .store
            .options(live.id)
            .and_then(|options| Ok((options, self.store.option_votes(live.id)?)));
        match read {
            Ok((options, option_votes)) => {
                live.options = options;
                live.option_votes = option_votes;
            }
            Err(err) => self.store_error(&err),
        }
    }
}
