//! Taking the terminal and giving it back. Giving it back never fails loudly: when the window
//! or the connection has already gone, there is nobody to tell, and a failed print must not turn
//! a clean exit into an abort.

use std::io;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::DefaultTerminal;
use ratatui::prelude::CrosstermBackend;

/// Raw mode, the alternate screen and bracketed paste (pasted text arrives as one event, so it
/// is cleaned as a whole and never read as keys). A panic gives the terminal back first.
pub fn take() -> io::Result<DefaultTerminal> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        give_back();
        hook(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    ratatui::Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Leaves raw mode and the alternate screen, each step whatever happened to the one before.
pub fn give_back() {
    let _ = execute!(io::stdout(), DisableBracketedPaste, LeaveAlternateScreen);
    let _ = crossterm::terminal::disable_raw_mode();
}
