//! The terminal user interface: keys become actions, actions update the app, the view renders
//! the app. The loop below is the only place that touches the real terminal.

pub mod action;
pub mod app;
pub mod form;
pub mod keymap;
pub mod keys;
mod selection;
pub mod show;
mod show_state;
mod signals;
mod terminal;
pub mod theme;
pub mod typing;
pub mod update;
pub mod view;
pub mod window;

use std::io;
use std::time::Duration;

use crossterm::event;

pub use app::App;

/// How often the screen is redrawn without input, so that the speaker's clock runs and a quit
/// signal is noticed well within a second.
const TICK: Duration = Duration::from_millis(250);

/// Runs the app in the terminal until the user quits, the terminal goes away (an error or the
/// end of input), or SIGTERM / SIGHUP arrives. In every case what is being typed is saved and
/// the terminal is restored (also on a panic).
pub fn run(mut app: App) -> io::Result<()> {
    let quit_signal = signals::QuitSignal::install()?;
    let mut terminal = terminal::take()?;
    let result = event_loop(&mut app, &mut terminal, &quit_signal);
    // Whatever ended the loop, the opinion being typed goes to the database first.
    app.save_pending_draft();
    terminal::give_back();
    result
}

fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    quit_signal: &signals::QuitSignal,
) -> io::Result<()> {
    // The whole file is checked for damage while the first screen is already up.
    let mut file_check = Some(app.store.spawn_quick_check());
    app.update(action::Action::Resized(terminal.size()?));
    while !app.should_quit && !quit_signal.received() {
        if file_check.as_ref().is_some_and(|check| check.is_finished())
            && let Some(Ok(result)) = file_check.take().map(|check| check.join())
        {
            app.file_checked(result);
        }
        terminal.draw(|frame| view::render(app, frame))?;
        // A read error means the terminal is gone (window closed): stop rather than spin.
        if event::poll(TICK)? {
            // Take every event already waiting before drawing again, so a burst of keys (a fast
            // typist, an input method, a paste) costs one frame and one draft save.
            loop {
                if let Some(action) = keymap::action_for(app, event::read()?) {
                    app.update(action);
                }
                if app.should_quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        app.save_pending_draft();
    }
    Ok(())
}
