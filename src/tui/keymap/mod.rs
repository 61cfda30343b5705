//! Keys become actions. Which keys mean what depends only on what is on screen: each screen and
//! dialog has a table below, and its key bar and the help name rows of that table, so they show
//! the keys that work, each with words it names in the language table.

pub mod show;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Size;

use crate::domain::Stance;

use super::action::{Action, Scroll};
use super::app::{App, FormKind, OptionsPut, Pane, Popup, Screen};
use super::form::FieldKind;
use super::keys::{Bar, Binding, Help, HelpLine, HelpSection, Hint, Key, KeyTable, ValueWords};

const UP: Key = Key::plain(KeyCode::Up);
const DOWN: Key = Key::plain(KeyCode::Down);
const LEFT: Key = Key::plain(KeyCode::Left);
const RIGHT: Key = Key::plain(KeyCode::Right);
const TAB: Key = Key::plain(KeyCode::Tab);
const BACK_TAB: Key = Key::plain(KeyCode::BackTab);
const ENTER: Key = Key::plain(KeyCode::Enter);
const ESC: Key = Key::plain(KeyCode::Esc);

/// The action a terminal event asks for, if any.
pub fn action_for(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(width, height) => Some(Action::Resized(Size::new(width, height))),
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, key),
        _ => None,
    }
}

fn key_action(app: &App, key: KeyEvent) -> Option<Action> {
    let key = normalize(key);
    if let Some(action) = ANYWHERE.action(key) {
        return Some(action);
    }
    match app.popup() {
        Some(Popup::Help { .. }) => HELP_READING.action(key),
        Some(Popup::History(_)) => READING.action(key),
        Some(Popup::Guests { .. }) => GUESTS.action(key),
        Some(Popup::Pledges { .. }) => PLEDGES.action(key),
        Some(Popup::Options { .. }) => OPTIONS.action(key),
        Some(Popup::FindHousehold(_)) => FIND_HOUSEHOLD.action(key),
        Some(Popup::Round { .. }) => ROUND.action(key),
        Some(Popup::Confirm { .. }) => CONFIRM.action(key),
        Some(Popup::Form(_, form)) => {
            let multiline = form.focused().kind == FieldKind::MultilineText;
            // In a multi-line field Enter breaks the line, and ↑ ↓ move within the text.
            if multiline && matches!(key.code, KeyCode::Enter | KeyCode::Up | KeyCode::Down) {
                return Some(Action::Edit(key));
            }
            if form.suggestions().is_some() {
                return SUGGESTING.action(key);
            }
            FORM.action(key)
        }
        Some(Popup::Editor(_)) => EDITOR.action(key),
        // Letters are typed into the search line; the other keys hold Ctrl.
        None if app.screen == Screen::SignIn => SIGN_IN.action(key),
        // The screens' keys are plain letters: Ctrl+A or Alt+D is not `a` or `d`.
        None if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            None
        }
        None => match app.screen {
            Screen::Meetings => MEETINGS.action(key),
            Screen::Live => LIVE.action(key),
            Screen::Chair => CHAIR.action(key),
            Screen::SignIn => SIGN_IN.action(key),
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

/// The key bar for what is on screen now (SPEC §6: always the keys that work now), in parts
/// that follow one another: on the live screen, the focused pane's keys come first (what ↑ ↓
/// and Enter do there), then those of the speaker on the floor, then the meeting's.
pub fn bars(app: &App) -> Vec<&'static Bar<Action>> {
    match app.popup() {
        Some(Popup::Help { .. }) => vec![&HELP_BAR],
        Some(Popup::History(_)) => vec![&READING_BAR],
        Some(Popup::Guests { .. }) if app.live.as_ref().is_some_and(|l| l.is_closed()) => {
            vec![&GUESTS_CLOSED_BAR]
        }
        Some(Popup::Guests { .. }) => vec![&GUESTS_BAR],
        Some(Popup::Pledges { .. }) if app.live.as_ref().is_some_and(|l| l.is_closed()) => {
            vec![&PLEDGES_CLOSED_BAR]
        }
        Some(Popup::Pledges { .. }) => vec![&PLEDGES_BAR],
        Some(Popup::Options { item_no, .. }) if options_fixed(app, *item_no) => {
            vec![&OPTIONS_FIXED_BAR]
        }
        Some(Popup::Options { .. }) => vec![&OPTIONS_BAR],
        // A run-off after a tie starts with the choice of the two options.
        Some(Popup::Form(
            FormKind::OptionsVote {
                put: OptionsPut::Pick(_),
                ..
            },
            _,
        )) => vec![&FORM_BAR],
        Some(Popup::Form(FormKind::OptionsVote { .. }, _)) => vec![&VOTE_FORM_BAR],
        Some(Popup::FindHousehold(_)) => vec![&FIND_HOUSEHOLD_BAR],
        Some(Popup::Round {
            item_no, vote_no, ..
        }) if round_counted(app, *item_no, *vote_no) => vec![&ROUND_COUNTED_BAR],
        Some(Popup::Round { .. }) => vec![&ROUND_BAR],
        Some(Popup::Confirm { .. }) => vec![&CONFIRM_BAR],
        Some(Popup::Editor(_)) => vec![&EDITOR_BAR],
        Some(Popup::Form(FormKind::Vote { .. }, _)) => vec![&VOTE_FORM_BAR],
        Some(Popup::Form(FormKind::ExportFolder, _)) => vec![&EXPORT_FORM_BAR],
        Some(Popup::Form(_, form)) => match form.suggestions() {
            Some(offered) if offered.picked().is_some() => vec![&SUGGESTING_BAR],
            Some(_) => vec![&OFFERING_BAR],
            None => vec![&FORM_BAR],
        },
        None => match app.screen {
            Screen::Meetings if app.meetings.is_empty() => vec![&MEETINGS_EMPTY_BAR],
            Screen::Meetings => vec![&MEETINGS_BAR],
            Screen::Live => match &app.live {
                Some(live) => {
                    let pledges = live.selected_item().is_some_and(|i| i.takes_pledges);
                    live_bars(live.focus, live.floor.is_some(), live.is_closed(), pledges)
                }
                None => Vec::new(),
            },
            Screen::Chair => vec![&CHAIR_BAR],
            Screen::SignIn => match &app.live {
                Some(live) if live.door.has_register() && !live.is_closed() => vec![&SIGN_IN_BAR],
                Some(live) if !live.is_closed() => vec![&SIGN_IN_EMPTY_BAR],
                _ => vec![&SIGN_IN_CLOSED_BAR],
            },
        },
    }
}

/// Whether the options of item `item_no` can only be read: the meeting is closed, or the
/// item was voted on.
fn options_fixed(app: &App, item_no: u32) -> bool {
    app.live.as_ref().is_none_or(|live| {
        live.is_closed()
            || (live.selected_item().is_some_and(|i| i.item_no == item_no)
                && !live.votes.is_empty())
    })
}

/// The live screen's bar for the focused pane, whether someone has the floor, whether the
/// meeting is closed (read only) and whether the selected item takes land pledges.
fn live_bars(focus: Pane, floor: bool, closed: bool, pledges: bool) -> Vec<&'static Bar<Action>> {
    let pane = match (focus, closed) {
        (Pane::Agenda, _) => &AGENDA_PANE_BAR,
        (Pane::Queue, false) => &QUEUE_PANE_BAR,
        (Pane::Opinions, false) => &OPINIONS_PANE_BAR,
        (Pane::Queue, true) => &READ_PANE_BAR,
        (Pane::Opinions, true) => &READ_OPINIONS_BAR,
    };
    let mut bars = vec![pane];
    if pledges {
        bars.push(&PLEDGE_ITEM_BAR);
    }
    if closed {
        bars.push(&LIVE_CLOSED_BAR);
        return bars;
    }
    if floor {
        bars.push(&FLOOR_BAR);
    }
    bars.push(&LIVE_BAR);
    bars
}

// ----- Anywhere -----

static QUIT: Binding<Action> = Binding::new(&[Key::ctrl('c')], Action::Quit);
static NEXT_TYPING_MODE: Binding<Action> = Binding::new(&[Key::ctrl('t')], Action::NextTypingMode);

/// Keys that work on every screen and in every dialog.
static ANYWHERE: KeyTable<Action> = KeyTable {
    bindings: &[&QUIT, &NEXT_TYPING_MODE],
    otherwise: |_| None,
};

/// The key of the built-in input method and the mode it is in, at the end of the key bar.
pub static TYPING_HINT: Hint<Action, ValueWords> = Hint::of(&[&NEXT_TYPING_MODE], |w| w.typing);

// ----- Meetings list -----

static MOVE_UP: Binding<Action> = Binding::new(&[UP], Action::Up).also(&[Key::char('k')]);
static MOVE_DOWN: Binding<Action> = Binding::new(&[DOWN], Action::Down).also(&[Key::char('j')]);
static ACTIVATE: Binding<Action> = Binding::new(&[ENTER], Action::Activate);
static NEW_MEETING: Binding<Action> = Binding::new(&[Key::char('n')], Action::NewMeeting);
static LOAD_SAMPLE: Binding<Action> = Binding::new(&[Key::char('s')], Action::LoadSample);
static SHOW_HELP: Binding<Action> = Binding::new(&[Key::char('?')], Action::ShowHelp);
static BACK: Binding<Action> = Binding::new(&[Key::char('q')], Action::Back).also(&[ESC]);

static MEETINGS: KeyTable<Action> = KeyTable {
    bindings: &[
        &MOVE_UP,
        &MOVE_DOWN,
        &ACTIVATE,
        &NEW_MEETING,
        &LOAD_SAMPLE,
        &SHOW_HELP,
        &BACK,
    ],
    otherwise: |_| None,
};

static MEETINGS_BAR: Bar<Action> = Bar {
    table: &MEETINGS,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&ACTIVATE], |w| w.open),
        Hint::of(&[&NEW_MEETING], |w| w.new),
        Hint::of(&[&LOAD_SAMPLE], |w| w.sample),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&BACK], |w| w.quit),
    ],
};

static MEETINGS_EMPTY_BAR: Bar<Action> = Bar {
    table: &MEETINGS,
    hints: &[
        Hint::of(&[&NEW_MEETING], |w| w.create_meeting),
        Hint::of(&[&LOAD_SAMPLE], |w| w.open_sample),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&BACK], |w| w.quit),
    ],
};

// ----- Live meeting -----

static PREV_ITEM: Binding<Action> = Binding::new(&[LEFT], Action::PrevItem).also(&[Key::char('[')]);
static NEXT_ITEM: Binding<Action> =
    Binding::new(&[RIGHT], Action::NextItem).also(&[Key::char(']')]);
static FOCUS_NEXT: Binding<Action> = Binding::new(&[TAB], Action::FocusNext);
static FOCUS_PREV: Binding<Action> = Binding::new(&[BACK_TAB], Action::FocusPrev);
static ADD_SPEAKER: Binding<Action> = Binding::new(&[Key::char('a')], Action::AddSpeaker);
static NEXT_SPEAKER: Binding<Action> = Binding::new(&[Key::char('n')], Action::NextSpeaker);
static OPEN_EDITOR: Binding<Action> = Binding::new(&[Key::char('o')], Action::OpenEditor);
static REMOVE_QUEUED: Binding<Action> =
    Binding::new(&[Key::char('d')], Action::RemoveQueued).also(&[Key::plain(KeyCode::Delete)]);
static RETURN_FLOOR: Binding<Action> = Binding::new(&[Key::char('u')], Action::ReturnFloor);
static PRESENT_UP: Binding<Action> =
    Binding::new(&[Key::char('+')], Action::PresentUp).also(&[Key::char('=')]);
static PRESENT_DOWN: Binding<Action> = Binding::new(&[Key::char('-')], Action::PresentDown);
static EDIT_PRESENT: Binding<Action> = Binding::new(&[Key::char('p')], Action::EditPresent);
static ADD_ITEM: Binding<Action> = Binding::new(&[Key::char('i')], Action::AddItem);
static START_VOTE: Binding<Action> = Binding::new(&[Key::char('v')], Action::StartVote);
static CORRECT_VOTE: Binding<Action> = Binding::new(&[Key::char('s')], Action::CorrectVote);
static TOGGLE_CHAIR: Binding<Action> = Binding::new(&[Key::char('c')], Action::ToggleChair);
static EXPORT: Binding<Action> = Binding::new(&[Key::char('x')], Action::Export);
static CLOSE_MEETING: Binding<Action> = Binding::new(&[Key::char('e')], Action::CloseMeeting);
static SHOW_HISTORY: Binding<Action> = Binding::new(&[Key::char('h')], Action::ShowHistory);
static EDIT_SPEAKING_LIMIT: Binding<Action> =
    Binding::new(&[Key::char('t')], Action::EditSpeakingLimit);
static EDIT_MEETING_DETAILS: Binding<Action> =
    Binding::new(&[Key::char('m')], Action::EditMeetingDetails);
/// `r`: sửa.
static EDIT_SELECTED: Binding<Action> = Binding::new(&[Key::char('r')], Action::EditSelected);
static SHOW_GUESTS: Binding<Action> = Binding::new(&[Key::char('g')], Action::ShowGuests);
/// b: bàn điểm danh, the desk at the door.
static OPEN_SIGN_IN: Binding<Action> = Binding::new(&[Key::char('b')], Action::OpenSignIn);
/// l: kết Luận.
static WRITE_CONCLUSION: Binding<Action> = Binding::new(&[Key::char('l')], Action::WriteConclusion);
/// w: widening the alley, the land households give for it.
static SHOW_PLEDGES: Binding<Action> = Binding::new(&[Key::char('w')], Action::ShowPledges);
/// f: the options (phương án) of the selected item.
static SHOW_OPTIONS: Binding<Action> = Binding::new(&[Key::char('f')], Action::ShowOptions);
/// F: the selected opinion, a proposal from the floor, becomes one of them.
static OPTION_FROM_OPINION: Binding<Action> =
    Binding::new(&[Key::char('F')], Action::OptionFromOpinion);
/// V: a vote by ballot (phiếu), beside `v`, the show of hands.
static START_BALLOT: Binding<Action> = Binding::new(&[Key::char('V')], Action::StartBallot);

static LIVE: KeyTable<Action> = KeyTable {
    bindings: &[
        &MOVE_UP,
        &MOVE_DOWN,
        &PAGE_UP,
        &PAGE_DOWN,
        &SCROLL_HOME,
        &SCROLL_END,
        &PREV_ITEM,
        &NEXT_ITEM,
        &FOCUS_NEXT,
        &FOCUS_PREV,
        &ACTIVATE,
        &ADD_SPEAKER,
        &NEXT_SPEAKER,
        &OPEN_EDITOR,
        &REMOVE_QUEUED,
        &RETURN_FLOOR,
        &PRESENT_UP,
        &PRESENT_DOWN,
        &EDIT_PRESENT,
        &ADD_ITEM,
        &START_VOTE,
        &CORRECT_VOTE,
        &TOGGLE_CHAIR,
        &EXPORT,
        &CLOSE_MEETING,
        &SHOW_HISTORY,
        &EDIT_SPEAKING_LIMIT,
        &EDIT_MEETING_DETAILS,
        &EDIT_SELECTED,
        &SHOW_GUESTS,
        &WRITE_CONCLUSION,
        &SHOW_PLEDGES,
        &SHOW_OPTIONS,
        &OPTION_FROM_OPINION,
        &START_BALLOT,
        &OPEN_SIGN_IN,
        &SHOW_HELP,
        &BACK,
    ],
    otherwise: |_| None,
};

/// What ↑ ↓ and Enter do on the agenda: another item, then its opinions.
static AGENDA_PANE_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.item),
        Hint::of(&[&ACTIVATE], |w| w.see_opinions),
    ],
};

static QUEUE_PANE_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&ACTIVATE], |w| w.give_floor),
        Hint::of(&[&REMOVE_QUEUED], |w| w.remove),
    ],
};

/// ↑ ↓ over the opinions, and a page of them at a time, to the first, to the latest.
static MOVE_IN_OPINIONS_KEYS: [&Binding<Action>; 6] = [
    &MOVE_UP,
    &MOVE_DOWN,
    &PAGE_UP,
    &PAGE_DOWN,
    &SCROLL_HOME,
    &SCROLL_END,
];
const MOVE_IN_OPINIONS: Hint<Action> = Hint::of(&MOVE_IN_OPINIONS_KEYS, |w| w.select);

static OPINIONS_PANE_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[
        MOVE_IN_OPINIONS,
        Hint::of(&[&ACTIVATE], |w| w.correct_opinion),
        Hint::of(&[&OPTION_FROM_OPINION], |w| w.option_from_opinion),
    ],
};

/// The queue of a closed meeting: read only.
static READ_PANE_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select)],
};

/// On an item that asks households for land: its pledges.
static PLEDGE_ITEM_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[Hint::of(&[&SHOW_PLEDGES], |w| w.pledges_short)],
};

/// The opinions of a closed meeting: read only.
static READ_OPINIONS_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[MOVE_IN_OPINIONS],
};

/// While someone has the floor: their opinion and their turn.
static FLOOR_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[
        Hint::of(&[&OPEN_EDITOR], |w| w.write_opinion),
        Hint::of(&[&RETURN_FLOOR], |w| w.stop_turn),
    ],
};

/// The keys of the live screen that work in every pane.
static LIVE_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[
        Hint::of(&[&ADD_SPEAKER], |w| w.queue),
        Hint::of(&[&NEXT_SPEAKER], |w| w.call_next),
        Hint::of(&[&FOCUS_NEXT], |w| w.pane),
        Hint::of(&[&PREV_ITEM, &NEXT_ITEM], |w| w.item),
        // The sign-in is how presence is kept with a register: its key goes with theirs.
        Hint::of(
            &[&PRESENT_UP, &PRESENT_DOWN, &EDIT_PRESENT, &OPEN_SIGN_IN],
            |w| w.present,
        ),
        Hint::of(&[&START_VOTE], |w| w.vote),
        Hint::of(&[&START_BALLOT], |w| w.ballot_short),
        Hint::of(&[&CORRECT_VOTE], |w| w.correct_vote_short),
        Hint::of(&[&SHOW_OPTIONS], |w| w.options_short),
        Hint::of(&[&ADD_ITEM], |w| w.add_item_short),
        Hint::of(&[&EDIT_SELECTED], |w| w.edit_selected_short),
        Hint::of(&[&EDIT_MEETING_DETAILS], |w| w.edit_details_short),
        Hint::of(&[&SHOW_GUESTS], |w| w.guests_short),
        Hint::of(&[&WRITE_CONCLUSION], |w| w.conclusion_short),
        Hint::of(&[&SHOW_HISTORY], |w| w.corrections),
        Hint::of(&[&EDIT_SPEAKING_LIMIT], |w| w.speaking_time),
        Hint::of(&[&TOGGLE_CHAIR], |w| w.chair),
        Hint::of(&[&EXPORT], |w| w.export),
        Hint::of(&[&CLOSE_MEETING], |w| w.close_meeting_short),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&BACK], |w| w.to_meetings),
    ],
};

/// A closed meeting can only be read.
static LIVE_CLOSED_BAR: Bar<Action> = Bar {
    table: &LIVE,
    hints: &[
        Hint::of(&[&FOCUS_NEXT], |w| w.pane),
        Hint::of(&[&PREV_ITEM, &NEXT_ITEM], |w| w.item),
        Hint::of(&[&SHOW_HISTORY], |w| w.corrections),
        Hint::of(&[&SHOW_GUESTS], |w| w.guests_short),
        Hint::of(&[&SHOW_OPTIONS], |w| w.options_short),
        Hint::of(&[&START_BALLOT], |w| w.household_ballots_short),
        Hint::of(&[&OPEN_SIGN_IN], |w| w.sign_in),
        Hint::of(&[&TOGGLE_CHAIR], |w| w.chair),
        Hint::of(&[&EXPORT], |w| w.export),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&BACK], |w| w.to_meetings),
    ],
};

// ----- Sign-in at the door -----

// Letters and digits are typed into the search line, so no row names one; ↑ ↓ without j k.
static DOOR_UP: Binding<Action> = Binding::new(&[UP], Action::Up);
static DOOR_DOWN: Binding<Action> = Binding::new(&[DOWN], Action::Down);
static DOOR_PAGE_UP: Binding<Action> = Binding::new(
    &[Key::plain(KeyCode::PageUp)],
    Action::Scroll(Scroll::PageUp),
);
static DOOR_PAGE_DOWN: Binding<Action> = Binding::new(
    &[Key::plain(KeyCode::PageDown)],
    Action::Scroll(Scroll::PageDown),
);
static SIGN_IN_SELECTED: Binding<Action> = Binding::new(&[ENTER], Action::Activate);
static CYCLE_STANDING: Binding<Action> = Binding::new(&[TAB], Action::CycleStanding);
static SIGN_OUT: Binding<Action> = Binding::new(&[Key::ctrl('o')], Action::SignOut);
static CANCEL_SIGN_IN: Binding<Action> = Binding::new(&[Key::ctrl('z')], Action::CancelSignIn);
static ADD_HOUSEHOLD: Binding<Action> = Binding::new(&[Key::ctrl('n')], Action::AddHousehold);
static CORRECT_HOUSEHOLD: Binding<Action> =
    Binding::new(&[Key::ctrl('e')], Action::CorrectHousehold);
static MOVED_AWAY: Binding<Action> = Binding::new(&[Key::ctrl('d')], Action::MovedAway);
static IMPORT_REGISTER: Binding<Action> = Binding::new(&[Key::ctrl('f')], Action::ImportRegister);
static DOOR_BACK: Binding<Action> = Binding::new(&[ESC], Action::Back);

/// Every other key is typed into the search line.
static SIGN_IN: KeyTable<Action> = KeyTable {
    bindings: &[
        &DOOR_UP,
        &DOOR_DOWN,
        &DOOR_PAGE_UP,
        &DOOR_PAGE_DOWN,
        &SIGN_IN_SELECTED,
        &CYCLE_STANDING,
        &SIGN_OUT,
        &CANCEL_SIGN_IN,
        &ADD_HOUSEHOLD,
        &CORRECT_HOUSEHOLD,
        &MOVED_AWAY,
        &IMPORT_REGISTER,
        &DOOR_BACK,
    ],
    otherwise: |key| Some(Action::Edit(key)),
};

static SIGN_IN_BAR: Bar<Action> = Bar {
    table: &SIGN_IN,
    hints: &[
        Hint::of(&[&SIGN_IN_SELECTED], |w| w.sign_in_household),
        Hint::of(&[&DOOR_UP, &DOOR_DOWN], |w| w.select),
        Hint::of(&[&CYCLE_STANDING], |w| w.standing),
        Hint::of(&[&SIGN_OUT], |w| w.sign_out),
        Hint::of(&[&CANCEL_SIGN_IN], |w| w.cancel_sign_in),
        Hint::of(&[&ADD_HOUSEHOLD], |w| w.add_household),
        Hint::of(&[&CORRECT_HOUSEHOLD], |w| w.correct_household),
        Hint::of(&[&MOVED_AWAY], |w| w.moved_away),
        Hint::of(&[&IMPORT_REGISTER], |w| w.import_register),
        Hint::of(&[&DOOR_BACK], |w| w.back),
    ],
};

/// A meeting without a register: one is imported or typed.
static SIGN_IN_EMPTY_BAR: Bar<Action> = Bar {
    table: &SIGN_IN,
    hints: &[
        Hint::of(&[&IMPORT_REGISTER], |w| w.import_register),
        Hint::of(&[&ADD_HOUSEHOLD], |w| w.add_household),
        Hint::of(&[&DOOR_BACK], |w| w.back),
    ],
};

/// The sign-in of a closed meeting can only be read.
static SIGN_IN_CLOSED_BAR: Bar<Action> = Bar {
    table: &SIGN_IN,
    hints: &[
        Hint::of(&[&DOOR_UP, &DOOR_DOWN], |w| w.select),
        Hint::of(&[&DOOR_BACK], |w| w.back),
    ],
};

// ----- Chair view -----

static CHAIR_PREV_ITEM: Binding<Action> =
    Binding::new(&[LEFT], Action::PrevItem).also(&[UP, Key::char('[')]);
static CHAIR_NEXT_ITEM: Binding<Action> =
    Binding::new(&[RIGHT], Action::NextItem).also(&[DOWN, Key::char(']')]);
static CHAIR_BACK: Binding<Action> = Binding::new(&[ESC, Key::char('c')], Action::Back);
static CHAIR_QUIT: Binding<Action> = Binding::new(&[Key::char('q')], Action::Quit);

static CHAIR: KeyTable<Action> = KeyTable {
    bindings: &[
        &CHAIR_PREV_ITEM,
        &CHAIR_NEXT_ITEM,
        &CHAIR_BACK,
        &CHAIR_QUIT,
        &SHOW_HELP,
    ],
    otherwise: |_| None,
};

static CHAIR_BAR: Bar<Action> = Bar {
    table: &CHAIR,
    hints: &[
        Hint::of(&[&CHAIR_PREV_ITEM, &CHAIR_NEXT_ITEM], |w| w.item),
        Hint::of(&[&CHAIR_BACK], |w| w.back),
        Hint::of(&[&SHOW_HELP], |w| w.help),
        Hint::of(&[&CHAIR_QUIT], |w| w.quit),
    ],
};

// ----- Dialogs -----

// Enter answers nothing: pressed out of habit, it must not leave a meeting or throw away what
// was typed.
static CONFIRM_YES: Binding<Action> =
    Binding::new(&[Key::char('y'), Key::char('c')], Action::Confirm(true))
        .also(&[Key::char('Y'), Key::char('C')]);
static CONFIRM_NO: Binding<Action> = Binding::new(
    &[Key::char('n'), Key::char('k'), ESC],
    Action::Confirm(false),
)
.also(&[Key::char('N'), Key::char('K')]);

/// A question; "có" and "không" answer it as well as yes and no.
static CONFIRM: KeyTable<Action> = KeyTable {
    bindings: &[&CONFIRM_YES, &CONFIRM_NO],
    otherwise: |_| None,
};

/// Also the answers written in the question's dialog.
pub static CONFIRM_BAR: Bar<Action> = Bar {
    table: &CONFIRM,
    hints: &[
        Hint::of(&[&CONFIRM_YES], |w| w.yes),
        Hint::of(&[&CONFIRM_NO], |w| w.no),
    ],
};

static CLOSE: Binding<Action> = Binding::new(&[ESC], Action::Cancel);

/// The help and the history of corrections: read, then any key closes them.
static READING: KeyTable<Action> = KeyTable {
    bindings: &[&CLOSE],
    otherwise: |_| Some(Action::Cancel),
};

static READING_BAR: Bar<Action> = Bar {
    table: &READING,
    hints: &[Hint::of(&[&CLOSE], |w| w.close)],
};

static ADD_GUEST: Binding<Action> = Binding::new(&[Key::char('a')], Action::AddGuest);
static CORRECT_GUEST: Binding<Action> = Binding::new(&[ENTER], Action::CorrectGuest);
static REMOVE_GUEST: Binding<Action> =
    Binding::new(&[Key::char('d')], Action::RemoveGuest).also(&[Key::plain(KeyCode::Delete)]);
static CLOSE_GUESTS: Binding<Action> =
    Binding::new(&[ESC], Action::Cancel).also(&[Key::char('g'), Key::char('q')]);

/// The guests and officials present: listed, added, corrected, removed.
static GUESTS: KeyTable<Action> = KeyTable {
    bindings: &[
        &MOVE_UP,
        &MOVE_DOWN,
        &ADD_GUEST,
        &CORRECT_GUEST,
        &REMOVE_GUEST,
        &CLOSE_GUESTS,
    ],
    otherwise: |_| None,
};

static GUESTS_BAR: Bar<Action> = Bar {
    table: &GUESTS,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&ADD_GUEST], |w| w.add),
        Hint::of(&[&CORRECT_GUEST], |w| w.correct),
        Hint::of(&[&REMOVE_GUEST], |w| w.remove),
        Hint::of(&[&CLOSE_GUESTS], |w| w.close),
    ],
};

/// The guests of a closed meeting can only be read.
static GUESTS_CLOSED_BAR: Bar<Action> = Bar {
    table: &GUESTS,
    hints: &[Hint::of(&[&CLOSE_GUESTS], |w| w.close)],
};

static ADD_PLEDGE: Binding<Action> = Binding::new(&[Key::char('a')], Action::AddPledge);
static CORRECT_PLEDGE: Binding<Action> =
    Binding::new(&[ENTER], Action::CorrectPledge).also(&[Key::char('r')]);
static REMOVE_PLEDGE: Binding<Action> =
    Binding::new(&[Key::char('d')], Action::RemovePledge).also(&[Key::plain(KeyCode::Delete)]);
static CLOSE_PLEDGES: Binding<Action> =
    Binding::new(&[ESC], Action::Cancel).also(&[Key::char('w'), Key::char('q')]);

/// The land pledges of an item: listed, added, corrected, removed.
static PLEDGES: KeyTable<Action> = KeyTable {
    bindings: &[
        &MOVE_UP,
        &MOVE_DOWN,
        &ADD_PLEDGE,
        &CORRECT_PLEDGE,
        &REMOVE_PLEDGE,
        &CLOSE_PLEDGES,
    ],
    otherwise: |_| None,
};

static PLEDGES_BAR: Bar<Action> = Bar {
    table: &PLEDGES,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&ADD_PLEDGE], |w| w.add),
        Hint::of(&[&CORRECT_PLEDGE], |w| w.correct),
        Hint::of(&[&REMOVE_PLEDGE], |w| w.remove),
        Hint::of(&[&CLOSE_PLEDGES], |w| w.close),
    ],
};

/// The pledges of a closed meeting can only be read.
static PLEDGES_CLOSED_BAR: Bar<Action> = Bar {
    table: &PLEDGES,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&CLOSE_PLEDGES], |w| w.close),
    ],
};

static ADD_OPTION: Binding<Action> = Binding::new(&[Key::char('a')], Action::AddOption);
static CORRECT_OPTION: Binding<Action> =
    Binding::new(&[ENTER], Action::CorrectOption).also(&[Key::char('r')]);
static REMOVE_OPTION: Binding<Action> =
    Binding::new(&[Key::char('d')], Action::RemoveOption).also(&[Key::plain(KeyCode::Delete)]);
static CLOSE_OPTIONS: Binding<Action> =
    Binding::new(&[ESC], Action::Cancel).also(&[Key::char('f'), Key::char('q')]);

/// The options of an item: listed, added, corrected, removed until its first vote.
static OPTIONS: KeyTable<Action> = KeyTable {
    bindings: &[
        &MOVE_UP,
        &MOVE_DOWN,
        &ADD_OPTION,
        &CORRECT_OPTION,
        &REMOVE_OPTION,
        &CLOSE_OPTIONS,
    ],
    otherwise: |_| None,
};

static OPTIONS_BAR: Bar<Action> = Bar {
    table: &OPTIONS,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&ADD_OPTION], |w| w.add),
        Hint::of(&[&CORRECT_OPTION], |w| w.correct),
        Hint::of(&[&REMOVE_OPTION], |w| w.remove),
        Hint::of(&[&CLOSE_OPTIONS], |w| w.close),
    ],
};

/// The options of an item voted on, or of a closed meeting: read only.
static OPTIONS_FIXED_BAR: Bar<Action> = Bar {
    table: &OPTIONS,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&CLOSE_OPTIONS], |w| w.close),
    ],
};

static PICK_HOUSEHOLD: Binding<Action> = Binding::new(&[ENTER], Action::Submit);

/// The search for a household: every other key is typed into it.
static ENTER_BALLOT: Binding<Action> =
    Binding::new(&[Key::char('a')], Action::EnterBallot).also(&[ENTER]);
static CORRECT_BALLOT: Binding<Action> = Binding::new(&[Key::char('r')], Action::CorrectBallot);
/// k: kiểm phiếu.
static COUNT_ROUND: Binding<Action> = Binding::new(&[Key::char('K')], Action::CountRound);
static CLOSE_ROUND: Binding<Action> =
    Binding::new(&[ESC], Action::Cancel).also(&[Key::char('V'), Key::char('q')]);

/// A household-ballot round: the register with each household's ballot; a ballot entered by
/// finding its household, the selected one corrected, the round counted.
static ROUND: KeyTable<Action> = KeyTable {
    bindings: &[
        &MOVE_UP,
        &MOVE_DOWN,
        &ENTER_BALLOT,
        &CORRECT_BALLOT,
        &COUNT_ROUND,
        &CLOSE_ROUND,
    ],
    otherwise: |_| None,
};

static ROUND_BAR: Bar<Action> = Bar {
    table: &ROUND,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&ENTER_BALLOT], |w| w.enter_ballot),
        Hint::of(&[&CORRECT_BALLOT], |w| w.correct),
        Hint::of(&[&COUNT_ROUND], |w| w.count_round),
        Hint::of(&[&CLOSE_ROUND], |w| w.close),
    ],
};

/// A round counted (or of a closed meeting) can only be read.
static ROUND_COUNTED_BAR: Bar<Action> = Bar {
    table: &ROUND,
    hints: &[
        Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select),
        Hint::of(&[&CLOSE_ROUND], |w| w.close),
    ],
};

/// Whether round `vote_no` of item `item_no` takes no more ballots: counted, or the meeting
/// is closed.
fn round_counted(app: &App, item_no: u32, vote_no: u32) -> bool {
    app.live.as_ref().is_none_or(|live| {
        live.is_closed()
            || !matches!(
                live.ballots.details(item_no, vote_no),
                Some(crate::domain::BallotDetails::HouseholdRound { counted_at: None })
            )
    })
}

static FIND_HOUSEHOLD: KeyTable<Action> = KeyTable {
    bindings: &[&CLOSE, &PICK_HOUSEHOLD, &PICK_NEXT, &PICK_PREV],
    otherwise: |key| Some(Action::Edit(key)),
};

static FIND_HOUSEHOLD_BAR: Bar<Action> = Bar {
    table: &FIND_HOUSEHOLD,
    hints: &[
        Hint::of(&[&PICK_NEXT, &PICK_PREV], |w| w.select),
        Hint::of(&[&PICK_HOUSEHOLD], |w| w.pick_household),
        Hint::of(&[&CLOSE], |w| w.cancel),
    ],
};

static SCROLL_UP: Binding<Action> = Binding::new(&[UP], Action::Scroll(Scroll::Up));
static SCROLL_DOWN: Binding<Action> = Binding::new(&[DOWN], Action::Scroll(Scroll::Down));
static PAGE_UP: Binding<Action> = Binding::new(
    &[Key::plain(KeyCode::PageUp)],
    Action::Scroll(Scroll::PageUp),
);
static PAGE_DOWN: Binding<Action> = Binding::new(
    &[Key::plain(KeyCode::PageDown)],
    Action::Scroll(Scroll::PageDown),
);
static SCROLL_HOME: Binding<Action> =
    Binding::new(&[Key::plain(KeyCode::Home)], Action::Scroll(Scroll::Home));
static SCROLL_END: Binding<Action> =
    Binding::new(&[Key::plain(KeyCode::End)], Action::Scroll(Scroll::End));

/// The help scrolls; any other key closes it.
static HELP_READING: KeyTable<Action> = KeyTable {
    bindings: &[
        &CLOSE,
        &SCROLL_UP,
        &SCROLL_DOWN,
        &PAGE_UP,
        &PAGE_DOWN,
        &SCROLL_HOME,
        &SCROLL_END,
    ],
    otherwise: |_| Some(Action::Cancel),
};

static HELP_BAR: Bar<Action> = Bar {
    table: &HELP_READING,
    hints: &[
        Hint::of(
            &[
                &SCROLL_UP,
                &SCROLL_DOWN,
                &PAGE_UP,
                &PAGE_DOWN,
                &SCROLL_HOME,
                &SCROLL_END,
            ],
            |w| w.scroll,
        ),
        Hint::of(&[&CLOSE], |w| w.close),
    ],
};

static SAVE: Binding<Action> = Binding::new(&[Key::ctrl('s')], Action::Save);
/// On the last field it saves; before, it goes to the next field.
static ENTER_SUBMIT: Binding<Action> = Binding::new(&[ENTER], Action::Submit);
static TAB_NEXT_FIELD: Binding<Action> = Binding::new(&[TAB], Action::NextField);
static DOWN_NEXT_FIELD: Binding<Action> = Binding::new(&[DOWN], Action::NextField);
static PREV_FIELD: Binding<Action> = Binding::new(&[UP], Action::PrevField).also(&[BACK_TAB]);
static CHOOSE: Binding<Action> = Binding::typed(&[LEFT, RIGHT]);

/// Every other key is typed into the focused field.
static FORM: KeyTable<Action> = KeyTable {
    bindings: &[
        &CLOSE,
        &SAVE,
        &ENTER_SUBMIT,
        &TAB_NEXT_FIELD,
        &DOWN_NEXT_FIELD,
        &PREV_FIELD,
        &CHOOSE,
    ],
    otherwise: |key| Some(Action::Edit(key)),
};

static FORM_BAR: Bar<Action> = Bar {
    table: &FORM,
    hints: &[
        Hint::of(&[&TAB_NEXT_FIELD, &ENTER_SUBMIT], |w| w.next_field),
        Hint::of(&[&PREV_FIELD], |w| w.previous_field),
        Hint::of(&[&CHOOSE], |w| w.choose),
        Hint::of(&[&SAVE], |w| w.save),
        Hint::of(&[&CLOSE], |w| w.cancel),
    ],
};

static PICK_NEXT: Binding<Action> = Binding::new(&[DOWN], Action::PickSuggestion { down: true });
static PICK_PREV: Binding<Action> = Binding::new(&[UP], Action::PickSuggestion { down: false });

/// A form while people are offered for the name being typed: ↓ ↑ pick one, Enter fills in
/// the one picked (else goes on as in any form); Tab still moves between fields.
static SUGGESTING: KeyTable<Action> = KeyTable {
    bindings: &[
        &CLOSE,
        &SAVE,
        &ENTER_SUBMIT,
        &TAB_NEXT_FIELD,
        &PICK_NEXT,
        &PICK_PREV,
    ],
    otherwise: |key| FORM.action(key),
};

static SUGGESTING_BAR: Bar<Action> = Bar {
    table: &SUGGESTING,
    hints: &[
        Hint::of(&[&PICK_NEXT, &PICK_PREV], |w| w.pick_earlier_speaker),
        Hint::of(&[&ENTER_SUBMIT], |w| w.fill_in),
        Hint::of(&[&TAB_NEXT_FIELD], |w| w.next_field),
        Hint::of(&[&SAVE], |w| w.save),
        Hint::of(&[&CLOSE], |w| w.cancel),
    ],
};

/// People are offered but none is picked yet: Enter goes on with the name as typed.
static OFFERING_BAR: Bar<Action> = Bar {
    table: &SUGGESTING,
    hints: &[
        Hint::of(&[&PICK_NEXT, &PICK_PREV], |w| w.pick_earlier_speaker),
        Hint::of(&[&TAB_NEXT_FIELD, &ENTER_SUBMIT], |w| w.next_field),
        Hint::of(&[&SAVE], |w| w.save),
        Hint::of(&[&CLOSE], |w| w.cancel),
    ],
};

/// A vote is counts only: typed one after the other, Enter after each.
static VOTE_FORM_BAR: Bar<Action> = Bar {
    table: &FORM,
    hints: &[
        Hint::keys_last(&[&ENTER_SUBMIT], |w| w.type_count),
        Hint::of(&[&PREV_FIELD, &DOWN_NEXT_FIELD], |w| w.change_field),
        Hint::of(&[&SAVE], |w| w.save),
        Hint::of(&[&CLOSE], |w| w.cancel),
    ],
};

/// The folder of an export: one field, and Enter writes.
static EXPORT_FORM_BAR: Bar<Action> = Bar {
    table: &FORM,
    hints: &[
        Hint::of(&[&ENTER_SUBMIT], |w| w.write_files),
        Hint::of(&[&CLOSE], |w| w.cancel),
    ],
};

static CYCLE_STANCE: Binding<Action> = Binding::new(&[TAB], Action::CycleStance);
/// Alt and the stance's place in `Stance::ALL`, from 1, as the editor numbers them.
static SET_STANCE_1: Binding<Action> =
    Binding::new(&[Key::alt('1')], Action::SetStance(Stance::ALL[0]));
static SET_STANCE_2: Binding<Action> =
    Binding::new(&[Key::alt('2')], Action::SetStance(Stance::ALL[1]));
static SET_STANCE_3: Binding<Action> =
    Binding::new(&[Key::alt('3')], Action::SetStance(Stance::ALL[2]));
static SET_STANCE_4: Binding<Action> =
    Binding::new(&[Key::alt('4')], Action::SetStance(Stance::ALL[3]));
static SET_STANCE: [&Binding<Action>; 4] =
    [&SET_STANCE_1, &SET_STANCE_2, &SET_STANCE_3, &SET_STANCE_4];

/// The text box's own undo is Ctrl+U; Ctrl+Z is the key people know from everywhere else.
static UNDO: Binding<Action> = Binding::new(&[Key::ctrl('z')], Action::Undo);

/// The opinion editor: every other key is typed into the opinion.
static EDITOR: KeyTable<Action> = KeyTable {
    bindings: &[
        &CLOSE,
        &SAVE,
        &UNDO,
        &CYCLE_STANCE,
        &SET_STANCE_1,
        &SET_STANCE_2,
        &SET_STANCE_3,
        &SET_STANCE_4,
    ],
    otherwise: |key| Some(Action::Edit(key)),
};

/// The keys that choose a stance in the opinion editor, as the key bar writes them: the
/// set keys ("Alt+1..4") and the cycling key ("Tab"), for the sentences that ask for one.
pub fn stance_keys() -> (String, String) {
    static SET: Hint<Action> = Hint::of(&SET_STANCE, |w| w.set_stance);
    static CYCLE: Hint<Action> = Hint::of(&[&CYCLE_STANCE], |w| w.stance);
    (SET.keys(), CYCLE.keys())
}

static EDITOR_BAR: Bar<Action> = Bar {
    table: &EDITOR,
    hints: &[
        Hint::of(&[&CYCLE_STANCE], |w| w.stance),
        Hint::of(&SET_STANCE, |w| w.set_stance),
        Hint::of(&[&SAVE], |w| w.save),
        Hint::of(&[&UNDO], |w| w.undo),
        Hint::of(&[&CLOSE], |w| w.close_draft_kept),
    ],
};

// ----- Help -----

/// The help (`?`): every key of the meetings list, the live meeting, the chair view and the
/// opinion editor. It scrolls, so a new key is one more line.
pub static HELP: Help<Action> = Help {
    sections: &[
        HelpSection {
            table: &MEETINGS,
            lines: &[
                HelpLine::Heading(|w| w.meetings_heading),
                HelpLine::Keys(&[
                    Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.select_meeting),
                    Hint::of(&[&ACTIVATE], |w| w.open),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&NEW_MEETING], |w| w.new_meeting),
                    Hint::of(&[&LOAD_SAMPLE], |w| w.open_sample_meeting),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&SHOW_HELP], |w| w.this_help),
                    Hint::of(&[&BACK], |w| w.quit),
                ]),
            ],
        },
        HelpSection {
            table: &LIVE,
            lines: &[
                HelpLine::Heading(|w| w.meeting_heading),
                HelpLine::Keys(&[
                    Hint::of(&[&PREV_ITEM, &NEXT_ITEM], |w| w.previous_next_item),
                    Hint::of(&[&FOCUS_NEXT, &FOCUS_PREV], |w| w.next_pane),
                ]),
                HelpLine::Keys(&[Hint::of(&[&MOVE_UP, &MOVE_DOWN], |w| w.move_in_pane)]),
                HelpLine::Keys(&[Hint::of(&[&ACTIVATE], |w| w.enter_on_agenda)]),
                HelpLine::Keys(&[Hint::of(&[&ACTIVATE], |w| w.enter_on_queue)]),
                HelpLine::Keys(&[Hint::of(&[&ACTIVATE], |w| w.enter_on_opinions)]),
                HelpLine::Keys(&[
                    Hint::of(&[&PAGE_UP, &PAGE_DOWN], |w| w.page_of_opinions),
                    Hint::of(&[&SCROLL_HOME, &SCROLL_END], |w| w.first_latest_opinion),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&ADD_SPEAKER], |w| w.add_speaker),
                    Hint::of(&[&NEXT_SPEAKER], |w| w.next_speaker),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&OPEN_EDITOR], |w| w.write_speakers_opinion),
                    Hint::of(&[&RETURN_FLOOR], |w| w.stop_turn_back_to_queue),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&REMOVE_QUEUED], |w| w.remove_from_queue),
                    Hint::of(&[&EDIT_SPEAKING_LIMIT], |w| w.speaking_time_per_turn),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&PRESENT_UP, &PRESENT_DOWN], |w| {
                        w.present_one_more_or_less
                    }),
                    Hint::of(&[&EDIT_PRESENT], |w| w.type_present),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&ADD_ITEM], |w| w.add_item),
                    Hint::of(&[&START_VOTE], |w| w.vote),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&CORRECT_VOTE], |w| w.correct_vote),
                    Hint::of(&[&TOGGLE_CHAIR], |w| w.chair_view),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&EXPORT], |w| w.export_csv_and_minutes),
                    Hint::of(&[&BACK], |w| w.back_to_meetings),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&SHOW_GUESTS], |w| w.guests_list),
                    Hint::of(&[&WRITE_CONCLUSION], |w| w.write_conclusion),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&SHOW_HISTORY], |w| w.corrections_history),
                    Hint::of(&[&CLOSE_MEETING], |w| w.close_meeting),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&EDIT_MEETING_DETAILS], |w| w.edit_meeting_details),
                    Hint::of(&[&EDIT_SELECTED], |w| w.edit_selected),
                ]),
                HelpLine::Keys(&[Hint::of(&[&SHOW_PLEDGES], |w| w.land_pledges)]),
                HelpLine::Keys(&[Hint::of(&[&SHOW_OPTIONS], |w| w.item_options)]),
                HelpLine::Keys(&[Hint::of(&[&OPTION_FROM_OPINION], |w| w.opinion_to_option)]),
                HelpLine::Keys(&[Hint::of(&[&START_BALLOT], |w| w.take_ballot)]),
                HelpLine::Keys(&[
                    Hint::of(&[&OPEN_SIGN_IN], |w| w.open_sign_in),
                    Hint::of(&[&SHOW_HELP], |w| w.this_help),
                ]),
            ],
        },
        HelpSection {
            table: &SIGN_IN,
            lines: &[
                HelpLine::Heading(|w| w.sign_in_heading),
                HelpLine::Keys(&[Hint::of(&[&SIGN_IN_SELECTED], |w| w.sign_in_selected)]),
                HelpLine::Keys(&[Hint::of(
                    &[&DOOR_UP, &DOOR_DOWN, &DOOR_PAGE_UP, &DOOR_PAGE_DOWN],
                    |w| w.select,
                )]),
                HelpLine::Keys(&[Hint::of(&[&CYCLE_STANDING], |w| w.next_standing)]),
                HelpLine::Keys(&[
                    Hint::of(&[&SIGN_OUT], |w| w.sign_out_selected),
                    Hint::of(&[&CANCEL_SIGN_IN], |w| w.cancel_mistaken_sign_in),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&ADD_HOUSEHOLD], |w| w.add_household),
                    Hint::of(&[&CORRECT_HOUSEHOLD], |w| w.correct_household),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&MOVED_AWAY], |w| w.moved_away),
                    Hint::of(&[&IMPORT_REGISTER], |w| w.import_register),
                ]),
                HelpLine::Keys(&[Hint::of(&[&DOOR_BACK], |w| w.back)]),
            ],
        },
        HelpSection {
            table: &CHAIR,
            lines: &[
                HelpLine::Heading(|w| w.chair_heading),
                HelpLine::Keys(&[
                    Hint::of(&[&CHAIR_PREV_ITEM, &CHAIR_NEXT_ITEM], |w| {
                        w.previous_next_item
                    }),
                    Hint::of(&[&CHAIR_BACK], |w| w.back),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&SHOW_HELP], |w| w.this_help),
                    Hint::of(&[&CHAIR_QUIT], |w| w.quit_asks_first),
                ]),
            ],
        },
        HelpSection {
            table: &EDITOR,
            lines: &[
                HelpLine::Heading(|w| w.editor_heading),
                // The stances first: their words fill the first column and the line, which
                // then needs no second one at 80 columns.
                HelpLine::Keys(&[
                    Hint::of(&SET_STANCE, |w| w.stances),
                    Hint::of(&[&CYCLE_STANCE], |w| w.next_stance),
                ]),
                HelpLine::Keys(&[
                    Hint::of(&[&SAVE], |w| w.save),
                    Hint::of(&[&CLOSE], |w| w.close_keeping_draft),
                ]),
                HelpLine::Keys(&[Hint::of(&[&UNDO], |w| w.undo)]),
            ],
        },
        HelpSection {
            table: &ANYWHERE,
            lines: &[
                HelpLine::Note(Hint::of(&[&NEXT_TYPING_MODE], |w| w.typing_modes)),
                HelpLine::Note(Hint::of(&[&QUIT], |w| w.quit_asks_first)),
            ],
        },
    ],
};

#[cfg(test)]
mod tests;
