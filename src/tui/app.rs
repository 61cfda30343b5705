//! The state of the app: what is on screen, and a copy of the data it shows. Views render only
//! from this state; the data is reloaded from the store after each write, never per key or frame.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use ratatui::layout::Size;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::household::address_key;
use crate::domain::{
    AgendaItem, Attendance, BallotDetails, BallotRound, Clock, Conclusion, Guest, Household,
    ItemOption, Meeting, MeetingBallots, MeetingId, MeetingStatus, Opinion, OptionCounts,
    OptionVote, Pledge, PledgeTotals, RegisterIndex, Speaker, SpeakingLimit, Stance, Standing,
    Vote, option_counts,
};
use crate::i18n::{Lang, Strings};
use crate::store::{AuditEntry, Floor, MeetingSummary, QueuedSpeaker, Store, TurnsHad};

use super::form::Form;
use super::theme::Theme;
use super::typing::Typing;
use super::window::Window;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Meetings,
    Live,
    Chair,
    /// The sign-in at the door (điểm danh): the register, searched as it is typed.
    SignIn,
}

/// The panes of the live screen that take ↑ ↓.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Agenda,
    Queue,
    Opinions,
}

impl Pane {
    pub fn next(self) -> Pane {
        match self {
            Pane::Agenda => Pane::Queue,
            Pane::Queue => Pane::Opinions,
            Pane::Opinions => Pane::Agenda,
        }
    }

    pub fn prev(self) -> Pane {
        self.next().next()
    }
}

/// The open meeting and what the live screen shows of it.
#[derive(Debug)]
pub struct Live {
    pub id: MeetingId,
    pub meeting: Meeting,
    pub agenda: Vec<AgendaItem>,
    /// Index into `agenda` of the selected item.
    pub item: usize,
    pub queue: Vec<QueuedSpeaker>,
    pub floor: Option<Floor>,
    /// Opinions of the selected item, by turn: those around what the pane shows, and how many
    /// there are in all.
    pub opinions: Window<Opinion>,
    /// Votes on the selected item, by vote number.
    pub votes: Vec<Vote>,
    /// The opinions of the meeting corrected since they were saved: (item_no, turn_no).
    pub corrected_opinions: HashSet<(u32, u32)>,
    /// The opinions and votes of items looked at before, by item_no, so that moving between
    /// items does not read them again. Emptied after every write.
    pub other_items: HashMap<u32, (Window<Opinion>, Vec<Vote>)>,
    pub focus: Pane,
    pub queue_selected: usize,
    /// Index into all the opinions of the selected item, loaded or not.
    pub opinion_selected: usize,
    /// The opinion of the speaker who has the floor, while its editor is closed.
    pub floor_editor: Option<Box<Editor>>,
    /// How long each speaker may speak.
    pub speaking_limit: SpeakingLimit,
    /// The turns each resident in the queue or on the floor has had, shown beside their name.
    pub turns: TurnsHad,
    /// The guests and officials present, by guest_no.
    pub guests: Vec<Guest>,
    /// The chair's conclusions, by item_no: a few lines per item, all read at once.
    pub conclusions: Vec<Conclusion>,
    /// The land pledges of the meeting, by item_no, then in the register's order.
    pub pledges: Vec<Pledge>,
    /// The options of the meeting's items that are a choice among several (SPEC §15), by
    /// item_no then option_no, and the hands for each in each vote of those items.
    pub options: Vec<ItemOption>,
    pub option_votes: Vec<OptionVote>,
    /// How the votes not taken by show of hands were taken, and the households' ballots.
    pub ballots: MeetingBallots,
    /// The register and who signed in, for the sign-in screen and the live screen's presence.
    pub door: Door,
}

impl Live {
    pub fn selected_item(&self) -> Option<&AgendaItem> {
        self.agenda.get(self.item)
    }

    /// The selected opinion, once it is loaded.
    pub fn selected_opinion(&self) -> Option<&Opinion> {
        self.opinions.get(self.opinion_selected)
    }

    /// The opinion the pane is kept on: the selected one while the pane has the focus, else
    /// the latest.
    pub fn opinion_in_view(&self) -> usize {
        if self.focus == Pane::Opinions {
            self.opinion_selected
        } else {
            self.opinions.len().saturating_sub(1)
        }
    }

    pub fn latest_vote(&self) -> Option<&Vote> {
        self.votes.last()
    }

    /// Whether the speaker with the floor has an opinion typed while its editor is closed
    /// (closed with Esc, or left by a crash): the screen says so, not only the key bar.
    pub fn opinion_waiting(&self) -> bool {
        self.floor.is_some()
            && self.floor_editor.as_ref().is_some_and(|editor| {
                editor.stance.is_some() || editor.text.lines().iter().any(|l| !l.trim().is_empty())
            })
    }

    pub fn is_closed(&self) -> bool {
        self.meeting.status == MeetingStatus::Closed
    }

    /// The pledges of item `item_no`, in the register's order.
    pub fn pledges_of(&self, item_no: u32) -> impl Iterator<Item = &Pledge> {
        self.pledges.iter().filter(move |p| p.item_no == item_no)
    }

    /// The options of item `item_no`, in order; none for a yes/no question.
    pub fn options_of(&self, item_no: u32) -> impl Iterator<Item = &ItemOption> {
        self.options.iter().filter(move |o| o.item_no == item_no)
    }

    /// The counts of `vote` option by option; `None` for a vote on a yes/no question.
    pub fn option_counts(&self, vote: &Vote) -> Option<OptionCounts> {
        option_counts(&self.option_votes, vote)
    }

    /// How `vote` was taken by ballot, if it was.
    pub fn ballot_details(&self, vote: &Vote) -> Option<&BallotDetails> {
        self.ballots.details(vote.item_no, vote.vote_no)
    }

    /// The household-ballot round that is `vote`, with the register and its ballots so far.
    pub fn ballot_round(&self, vote: &Vote) -> Option<BallotRound> {
        let register = self.door.households.iter().map(|h| h.household_no.clone());
        self.ballots.round(
            register.collect(),
            &self.option_votes,
            vote.item_no,
            vote.vote_no,
        )
    }

    /// The selected item's household-ballot round still taking ballots, if it has one: its
    /// latest vote, not yet counted.
    pub fn open_round(&self) -> Option<&Vote> {
        let vote = self.latest_vote()?;
        matches!(
            self.ballot_details(vote),
            Some(BallotDetails::HouseholdRound { counted_at: None })
        )
        .then_some(vote)
    }

    /// The totals of the selected item's pledges, if it takes pledges.
    pub fn selected_pledge_totals(&self) -> Option<PledgeTotals> {
        let item = self.selected_item().filter(|i| i.takes_pledges)?;
        Some(PledgeTotals::of(self.pledges_of(item.item_no)))
    }

    /// The chair's conclusion on the selected item, if one was written.
    pub fn selected_conclusion(&self) -> Option<&Conclusion> {
        let item_no = self.selected_item()?.item_no;
        self.conclusions.iter().find(|c| c.item_no == item_no)
    }
}

/// The register of the open meeting as the sign-in screen shows it: searched at each key from
/// an index built when the register is read, not per key.
#[derive(Debug)]
pub struct Door {
    /// The register, in its order; empty for a meeting without one.
    pub households: Vec<Household>,
    pub index: RegisterIndex,
    /// The addresses of the register's households, folded as searches compare them: a speaker
    /// whose address is none of them is not of the group (an official, a guest).
    addresses: HashSet<String>,
    /// Where each household stands in `households`, by household_no.
    positions: HashMap<String, usize>,
    /// Who signed in, by household_no: the latest stay of each.
    pub attendance: HashMap<String, Attendance>,
    /// What is typed into the search line.
    pub search: TextArea<'static>,
    /// The households shown, as indexes into `households`: the matches, best first, or the
    /// whole register while nothing is typed.
    pub found: Vec<usize>,
    /// Index into `found` of the selected row.
    pub selected: usize,
    /// The register of the group's latest meeting was offered already.
    pub offered: bool,
}

impl Default for Door {
    fn default() -> Self {
        Door {
            households: Vec::new(),
            index: RegisterIndex::default(),
            addresses: HashSet::new(),
            positions: HashMap::new(),
            attendance: HashMap::new(),
            search: search_line(),
            found: Vec::new(),
            selected: 0,
            offered: false,
        }
    }
}

/// An empty search line.
pub fn search_line() -> TextArea<'static> {
    let mut area = TextArea::default();
    area.set_cursor_line_style(ratatui::style::Style::default());
    area
}

impl Door {
    /// The household of the register numbered `household_no`.
    pub fn find(&self, household_no: &str) -> Option<&Household> {
        let at = *self.positions.get(household_no)?;
        self.households.get(at)
    }

    /// A new register (or the first): its index is built once, here.
    pub fn set_register(&mut self, households: Vec<Household>, attendance: Vec<Attendance>) {
        self.index = RegisterIndex::new(&households);
        self.addresses = households.iter().map(|h| address_key(&h.address)).collect();
        self.positions = households
            .iter()
            .enumerate()
            .map(|(at, h)| (h.household_no.clone(), at))
            .collect();
        self.households = households;
        self.attendance = attendance
            .into_iter()
            .map(|a| (a.household_no.clone(), a))
            .collect();
        self.refresh();
    }

    pub fn has_register(&self) -> bool {
        !self.households.is_empty()
    }

    /// Whether `speaker` lives in a household of the register: never said of anyone in a
    /// meeting without one.
    pub fn is_outside_the_group(&self, speaker: &Speaker) -> bool {
        self.has_register() && !self.addresses.contains(&address_key(&speaker.address))
    }

    pub fn typed(&self) -> String {
        self.search.lines().join(" ")
    }

    /// The households matching what is typed; the first one selected.
    pub fn refresh(&mut self) {
        let typed = self.typed();
        self.found = if typed.trim().is_empty() {
            (0..self.households.len()).collect()
        } else {
            self.index.find(&typed, self.households.len())
        };
        self.selected = 0;
    }

    /// Empties the search line: the next household can be typed at once.
    pub fn clear_search(&mut self) {
        self.search = search_line();
        self.refresh();
    }

    /// Selects what is typed, after a change to the selected household: the next letters
    /// typed replace it, and another change applies to the same household.
    pub fn select_search(&mut self) {
        self.search.select_all();
    }

    /// Selects household `household_no` among those shown, if it is.
    pub fn select_household(&mut self, household_no: &str) {
        let households = &self.households;
        if let Some(at) = self
            .found
            .iter()
            .position(|&i| households[i].household_no == household_no)
        {
            self.selected = at;
        }
    }

    pub fn selected_household(&self) -> Option<&Household> {
        self.households.get(*self.found.get(self.selected)?)
    }

    pub fn attendance_of(&self, household_no: &str) -> Option<&Attendance> {
        self.attendance.get(household_no)
    }

    /// Households present now: signed in and not left.
    pub fn present(&self) -> u32 {
        let present = self.attendance.values().filter(|a| a.is_present()).count();
        u32::try_from(present).unwrap_or(u32::MAX)
    }
}

/// What an opinion editor writes to when saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorTarget {
    /// The opinion of the speaker who has the floor: saving ends their turn.
    Floor,
    /// A correction of an opinion already saved.
    Correction { item_no: u32, turn_no: u32 },
}

#[derive(Debug)]
pub struct Editor {
    pub target: EditorTarget,
    pub speaker: Speaker,
    /// `None` until the secretary chooses one: a forgotten stance must not pass for "Đồng ý".
    pub stance: Option<Stance>,
    pub text: TextArea<'static>,
}

impl Editor {
    pub fn new(target: EditorTarget, speaker: Speaker, stance: Option<Stance>, text: &str) -> Self {
        let mut area = TextArea::from(text.lines().map(str::to_owned).collect::<Vec<_>>());
        area.set_wrap_mode(WrapMode::Word);
        area.set_cursor_line_style(ratatui::style::Style::default());
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Editor {
            target,
            speaker,
            stance,
            text: area,
        }
    }

    pub fn raw_text(&self) -> String {
        self.text.lines().join("\n")
    }
}

/// What a form is for: decides what its submission does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    Meeting,
    /// The correction of the open meeting's details.
    CorrectMeeting,
    AgendaItem,
    /// The correction of the agenda item `item_no`.
    CorrectItem {
        item_no: u32,
    },
    /// `then_floor`: the speaker gets the floor as soon as they are added.
    Speaker {
        then_floor: bool,
    },
    /// The correction of the name and address of a speaker waiting in the queue.
    CorrectQueued {
        queue_id: i64,
    },
    Present,
    /// A new vote, or the correction of vote `correcting`.
    Vote {
        correcting: Option<u32>,
    },
    /// How long each speaker may speak.
    SpeakingLimit,
    /// A new guest, or the correction of guest `correcting`.
    Guest {
        correcting: Option<u32>,
    },
    /// The chair's conclusion on item `item_no`.
    Conclusion {
        item_no: u32,
    },
    /// A new option of item `item_no`, or the correction of option `correcting`; `from_turn`:
    /// the opinion whose proposal it puts.
    ItemOption {
        item_no: u32,
        correcting: Option<u32>,
        from_turn: Option<u32>,
    },
    /// How the next vote of item `item_no` is taken by ballot: at the meeting, or by a ballot
    /// delivered to every household.
    BallotMethod {
        item_no: u32,
    },
    /// A secret ballot, vote `vote_no` of item `item_no`: the committee, the witnesses and the
    /// tally.
    SecretBallot {
        item_no: u32,
        vote_no: u32,
    },
    /// The ballot household `household_no` returned in round `vote_no` of item `item_no`: a
    /// new one, or the correction of the one entered.
    HouseholdBallot {
        item_no: u32,
        vote_no: u32,
        household_no: String,
        correcting: bool,
    },
    /// Vote `vote_no` of item `item_no`, among the options `put`.
    OptionsVote {
        item_no: u32,
        vote_no: u32,
        put: OptionsPut,
    },
    /// The land pledge of household `household_no` on item `item_no`: a new one, or the
    /// correction of the one it has.
    Pledge {
        item_no: u32,
        household_no: String,
        correcting: bool,
    },
    /// The folder the files of the meeting are exported to.
    ExportFolder,
    /// Who represents a household present, in a standing other than its head.
    Representative {
        household_no: String,
        standing: Standing,
    },
    /// A new household of the register, or the correction of household `correcting`.
    Household {
        correcting: Option<String>,
    },
    /// Why household `household_no` is taken out of the register.
    MovedAway {
        household_no: String,
    },
    /// Why household `household_no`'s pledge on item `item_no` is removed.
    RemovePledge {
        item_no: u32,
        household_no: String,
    },
    /// The file a register is read from.
    RegisterFile,
    /// The speaker, the item and the reason of the correction of an opinion, asked on saving
    /// its stance and text in the editor.
    OpinionCorrection {
        item_no: u32,
        turn_no: u32,
        speaker: Speaker,
        stance: Stance,
        text: String,
    },
}

/// The options a vote of an options item puts to the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionsPut {
    /// All of the item's options.
    All,
    /// A run-off between the two leading options of the vote before.
    Between(u32, u32),
    /// A run-off between two options the chair picks among these pairs, after a tie.
    Pick(Vec<(u32, u32)>),
}

/// What a confirmed dialog does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Quit,
    CloseMeeting,
    RemoveQueued(i64),
    ReturnFloor,
    /// Close the form or the editor under the dialog, dropping what was typed.
    Discard,
    /// Back to the meetings list.
    LeaveMeeting,
    RemoveGuest(u32),
    /// The register of an earlier meeting of the group becomes this meeting's.
    UseRegister(MeetingId),
    RemoveOption {
        item_no: u32,
        option_no: u32,
    },
    /// A ballot to every household of the register on item `item_no`.
    OpenRound {
        item_no: u32,
    },
    /// Round `vote_no` of item `item_no` is closed and counted.
    CountRound {
        item_no: u32,
        vote_no: u32,
    },
}

#[derive(Debug)]
pub enum Popup {
    /// Boxed, as the editor: both are far larger than the other dialogs.
    Form(FormKind, Box<Form>),
    Editor(Box<Editor>),
    Confirm {
        question: String,
        on_yes: Pending,
    },
    /// The keys; `top` is the first line shown, as it scrolls.
    Help {
        top: usize,
    },
    /// The corrections of the selected item, oldest first.
    History(Vec<AuditEntry>),
    /// The guests and officials present; `selected` is an index into `Live::guests`.
    Guests {
        selected: usize,
    },
    /// The land pledges of item `item_no`; `selected` is an index among them.
    Pledges {
        item_no: u32,
        selected: usize,
    },
    /// The options of item `item_no`; `selected` is an index among them.
    Options {
        item_no: u32,
        selected: usize,
    },
    /// The household whose pledge or ballot is to be written, found by typing.
    FindHousehold(Box<HouseholdSearch>),
    /// The household-ballot round that is vote `vote_no` of item `item_no`: each household of
    /// the register with its ballot; `selected` is an index into the register.
    Round {
        item_no: u32,
        vote_no: u32,
        selected: usize,
    },
}

/// What a household is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchFor {
    /// Its land pledge on the item.
    Pledge,
    /// The ballot it returned in round `vote_no` of the item.
    Ballot { vote_no: u32 },
}

/// The search for a household of the register: what is typed and what it finds.
#[derive(Debug)]
pub struct HouseholdSearch {
    pub item_no: u32,
    /// What the household is found for.
    pub purpose: SearchFor,
    pub input: TextArea<'static>,
    /// Indexes into `Register::households`, best first.
    pub found: Vec<usize>,
    /// The one Enter picks, an index into `found`.
    pub picked: usize,
}

impl HouseholdSearch {
    /// At most this many households are offered at once.
    pub const SHOWN: usize = 8;

    pub fn new(item_no: u32, purpose: SearchFor) -> HouseholdSearch {
        let mut input = TextArea::default();
        input.set_cursor_line_style(ratatui::style::Style::default());
        HouseholdSearch {
            item_no,
            purpose,
            input,
            found: Vec::new(),
            picked: 0,
        }
    }

    pub fn typed(&self) -> String {
        self.input.lines().join(" ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Error,
}

/// The one-line message above the key bar: what was just saved, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: MessageKind,
    pub text: String,
}

pub struct App {
    pub store: Store,
    pub clock: Box<dyn Clock>,
    pub strings: &'static Strings,
    pub theme: Theme,
    /// The folder the app started in: a folder typed without its full path is taken from
    /// there.
    pub start_dir: PathBuf,
    /// Exports go to `<folder>/meeting-<id>`; this is the folder offered until one is chosen
    /// (`--export-dir`, else `hopdan-export` in the folder the app started in), taken from
    /// `start_dir` if it is not a full path.
    pub export_root: PathBuf,
    pub screen: Screen,
    pub meetings: Vec<MeetingSummary>,
    pub meetings_selected: usize,
    pub live: Option<Live>,
    /// Dialogs over the screen; the last one has the keys.
    pub popups: Vec<Popup>,
    pub message: Option<Message>,
    pub should_quit: bool,
    /// The opinion being typed changed and is not yet in the drafts table.
    pub draft_pending: bool,
    /// The form being filled in changed and is not yet in the drafts table.
    pub form_draft_pending: bool,
    /// A draft could not be written because another program holds the file: it is written
    /// again at each turn of the loop until it can.
    pub draft_waiting: bool,
    /// The built-in Vietnamese input method (off at start) and the word it is composing.
    pub typing: Typing,
    /// The terminal's size, so that a page of the help is a page of the window.
    pub size: Size,
}

impl App {
    pub fn new(
        store: Store,
        clock: Box<dyn Clock>,
        lang: Lang,
        theme: Theme,
        start_dir: PathBuf,
        export_root: PathBuf,
    ) -> Self {
        App {
            store,
            clock,
            strings: lang.strings(),
            theme,
            start_dir,
            export_root,
            screen: Screen::Meetings,
            meetings: Vec::new(),
            meetings_selected: 0,
            live: None,
            popups: Vec::new(),
            message: None,
            should_quit: false,
            draft_pending: false,
            form_draft_pending: false,
            draft_waiting: false,
            typing: Typing::default(),
            size: Size::new(80, 24),
        }
    }

    pub fn popup(&self) -> Option<&Popup> {
        self.popups.last()
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            kind: MessageKind::Info,
            text: text.into(),
        });
    }

    /// Clears the message if it is news of something done: it belonged to that moment.
    /// An error stays until something else is said.
    pub fn clear_info(&mut self) {
        if self
            .message
            .as_ref()
            .is_some_and(|m| m.kind == MessageKind::Info)
        {
            self.message = None;
        }
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            kind: MessageKind::Error,
            text: text.into(),
        });
    }
}
