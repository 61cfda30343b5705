//! The chair's screen in another window: `hopdan show`. It opens the secretary's database
//! read-only and follows it. Four times a second it asks SQLite whether another connection
//! committed anything (`PRAGMA data_version`, no file polling, no busy loop) and reloads only
//! then; in between it only redraws, so that the speaker's clock runs from the floor's start
//! time and the injected clock.
//!
//! What it shows is the item being discussed ([`crate::store::Store::current_item`]): that of the speaker who
//! has the floor, else the one the secretary has open. ← → let the chair look at other items;
//! Esc (or f) goes back to following.

use std::io;
use std::time::Duration;

use crossterm::event;

pub use super::keymap::show::action_for;
pub use super::show_state::{Show, ShowAction};
use super::{TICK, signals, terminal, view};

/// Runs the chair's screen until the user quits, the terminal goes away, or SIGTERM / SIGHUP
/// arrives; the terminal is restored in every case (also on a panic).
pub fn run(mut show: Show) -> io::Result<()> {
    let quit_signal = signals::QuitSignal::install()?;
    let mut terminal = terminal::take()?;
    let result = event_loop(&mut show, &mut terminal, &quit_signal);
    terminal::give_back();
    result
}

fn event_loop(
    show: &mut Show,
    terminal: &mut ratatui::DefaultTerminal,
    quit_signal: &signals::QuitSignal,
) -> io::Result<()> {
    while !show.should_quit && !quit_signal.received() {
        show.refresh();
        terminal.draw(|frame| view::render_show(show, frame))?;
        // Waiting for a key is the pause between looks at the database; a read error means the
        // terminal is gone.
        if event::poll(TICK)? {
            loop {
                if let Some(action) = action_for(show, &event::read()?) {
                    show.update(action);
                }
                if show.should_quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    }
    Ok(())
}
