//! Every user intent, as data. Keys become actions in `keymap`; actions change the app in `update`.

use crossterm::event::KeyEvent;

use ratatui::layout::Size;

use crate::domain::Stance;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Ctrl+C: quit, after a confirmation.
    Quit,
    /// Ctrl+T: the next built-in input method (off → Telex → VNI), from anywhere.
    NextTypingMode,
    /// Leave the current screen (q, Esc).
    Back,
    ShowHelp,
    /// Moves a text longer than its window: the help.
    Scroll(Scroll),
    /// The terminal has this size now.
    Resized(Size),
    Up,
    Down,
    PrevItem,
    NextItem,
    FocusNext,
    FocusPrev,
    /// Enter on a list: open the meeting; on the live screen, the selected item's opinions, the
    /// floor for the selected speaker, the correction of the selected opinion.
    Activate,

    // Meetings screen
    NewMeeting,
    LoadSample,

    // Live meeting
    AddSpeaker,
    NextSpeaker,
    OpenEditor,
    RemoveQueued,
    ReturnFloor,
    PresentUp,
    PresentDown,
    EditPresent,
    AddItem,
    StartVote,
    CorrectVote,
    ToggleChair,
    Export,
    CloseMeeting,
    ShowHistory,
    EditSpeakingLimit,
    /// The correction of the meeting's details: its header and its number of households.
    EditMeetingDetails,
    /// The correction of what is selected in the focused pane: the agenda item, the queued
    /// speaker or the opinion.
    EditSelected,
    /// The list of guests and officials present.
    ShowGuests,
    /// The chair's conclusion on the selected item.
    WriteConclusion,
    /// The land pledges of the selected item.
    ShowPledges,
    /// The options of the selected item (phương án).
    ShowOptions,
    /// The selected opinion, a proposal, becomes an option of its item.
    OptionFromOpinion,
    /// A vote of the selected item by ballot (SPEC §12); with a household-ballot round open,
    /// that round.
    StartBallot,

    // A household-ballot round
    EnterBallot,
    CorrectBallot,
    CountRound,

    // The options of an item
    AddOption,
    CorrectOption,
    RemoveOption,

    // The land pledges of an item
    AddPledge,
    CorrectPledge,
    RemovePledge,

    /// The sign-in screen (điểm danh).
    OpenSignIn,

    // The sign-in screen: Activate signs in the selected household
    /// The next standing of the selected household's representative.
    CycleStanding,
    SignOut,
    /// Takes back a sign-in made by mistake.
    CancelSignIn,
    AddHousehold,
    CorrectHousehold,
    MovedAway,
    ImportRegister,

    // The list of guests
    AddGuest,
    CorrectGuest,
    RemoveGuest,

    // Inside a form, an editor or a dialog
    Edit(KeyEvent),
    Paste(String),
    /// Enter in a form: the next field, and on the last one, save.
    Submit,
    /// Ctrl+S: save the form or the opinion now, from any field.
    Save,
    Cancel,
    NextField,
    PrevField,
    SetStance(Stance),
    CycleStance,
    /// ↓ ↑ while people are offered for the name being typed: pick the next or previous one.
    PickSuggestion {
        down: bool,
    },
    /// Ctrl+Z in the opinion editor: take back the last change.
    Undo,
    Confirm(bool),
}

/// How far to move a text that scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
}
