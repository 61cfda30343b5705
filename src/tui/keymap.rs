//! Keys become actions. Which keys mean what depends only on what is on screen.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::domain::Stance;

use super::action::Action;
use super::app::{App, Popup, Screen};
use super::form::FieldKind;

/// The action a terminal event asks for, if any.
pub fn action_for(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, key),
        _ => None,
    }
}

fn key_action(app: &App, key: KeyEvent) -> Option<Action> {
    let key = normalize(key);
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if ctrl && key.code == KeyCode::Char('t') {
        return Some(Action::NextTypingMode);
    }
    match app.popup() {
        Some(Popup::Help | Popup::History(_)) => Some(Action::Cancel),
        Some(Popup::Confirm { .. }) => confirm_key(key),
        Some(Popup::Form(_, form)) => {
            form_key(key, form.focused().kind == FieldKind::MultilineText)
        }
        Some(Popup::Editor(_)) => editor_key(key),
        // The screens' keys are plain letters: Ctrl+A or Alt+D is not `a` or `d`.
        None if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            None
        }
        None => match app.screen {
            Screen::Meetings => meetings_key(key),
            Screen::Live => live_key(key),
            Screen::Chair => chair_key(key),
        },
    }
}

/// A line feed (Ctrl+J), which some terminals and input methods send for Enter, is Enter: in the
/// editor it must break the line, never run the editor's "delete to start of line".
/// A backspace byte 0x08 (read as Ctrl+H), which some Vietnamese input methods send to rewrite
/// the word being typed, is Backspace everywhere: it deletes, and never means `h`.
fn normalize(key: KeyEvent) -> KeyEvent {
    match key.code {
        KeyCode::Char('j') if key.modifiers == KeyModifiers::CONTROL => {
            KeyEvent::new_with_kind(KeyCode::Enter, KeyModifiers::NONE, key.kind)
        }
        KeyCode::Char('h') if key.modifiers == KeyModifiers::CONTROL => {
            KeyEvent::new_with_kind(KeyCode::Backspace, KeyModifiers::NONE, key.kind)
        }
        _ => key,
    }
}

fn confirm_key(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Char('y' | 'Y' | 'c' | 'C') | KeyCode::Enter => Some(Action::Confirm(true)),
        KeyCode::Char('n' | 'N' | 'k' | 'K') | KeyCode::Esc => Some(Action::Confirm(false)),
        _ => None,
    }
}

/// In a multi-line field Enter breaks the line, and ↑ ↓ move within the text.
fn form_key(key: KeyEvent, multiline: bool) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Esc => Some(Action::Cancel),
        KeyCode::Char('s') if ctrl => Some(Action::Submit),
        KeyCode::Enter | KeyCode::Up | KeyCode::Down if multiline => Some(Action::Edit(key)),
        KeyCode::Enter => Some(Action::Submit),
        KeyCode::Tab | KeyCode::Down => Some(Action::NextField),
        KeyCode::BackTab | KeyCode::Up => Some(Action::PrevField),
        _ => Some(Action::Edit(key)),
    }
}

fn editor_key(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    match key.code {
        KeyCode::Esc => Some(Action::Cancel),
        KeyCode::Char('s') if ctrl => Some(Action::Submit),
        KeyCode::Tab => Some(Action::CycleStance),
        KeyCode::Char(c @ '1'..='4') if alt => {
            let index = c as usize - '1' as usize;
            Some(Action::SetStance(Stance::ALL[index]))
        }
        _ => Some(Action::Edit(key)),
    }
}

fn meetings_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Enter => Action::Activate,
        KeyCode::Char('n') => Action::NewMeeting,
        KeyCode::Char('s') => Action::LoadSample,
        KeyCode::Char('?') => Action::ShowHelp,
        KeyCode::Char('q') | KeyCode::Esc => Action::Back,
        _ => return None,
    })
}

fn live_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('[') => Action::PrevItem,
        KeyCode::Right | KeyCode::Char(']') => Action::NextItem,
        KeyCode::Tab => Action::FocusNext,
        KeyCode::BackTab => Action::FocusPrev,
        KeyCode::Enter => Action::Activate,
        KeyCode::Char('a') => Action::AddSpeaker,
        KeyCode::Char('n') => Action::NextSpeaker,
        KeyCode::Char('o') => Action::OpenEditor,
        KeyCode::Char('d') | KeyCode::Delete => Action::RemoveQueued,
        KeyCode::Char('u') => Action::ReturnFloor,
        KeyCode::Char('+' | '=') => Action::PresentUp,
        KeyCode::Char('-') => Action::PresentDown,
        KeyCode::Char('p') => Action::EditPresent,
        KeyCode::Char('i') => Action::AddItem,
        KeyCode::Char('v') => Action::StartVote,
        KeyCode::Char('s') => Action::CorrectVote,
        KeyCode::Char('c') => Action::ToggleChair,
        KeyCode::Char('x') => Action::Export,
        KeyCode::Char('e') => Action::CloseMeeting,
        KeyCode::Char('h') => Action::ShowHistory,
        KeyCode::Char('t') => Action::EditSpeakingLimit,
        KeyCode::Char('?') => Action::ShowHelp,
        KeyCode::Char('q') | KeyCode::Esc => Action::Back,
        _ => return None,
    })
}

fn chair_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Left | KeyCode::Up | KeyCode::Char('[') => Action::PrevItem,
        KeyCode::Right | KeyCode::Down | KeyCode::Char(']') => Action::NextItem,
        KeyCode::Esc | KeyCode::Char('c') => Action::Back,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') => Action::ShowHelp,
        _ => return None,
    })
}
