//! Every word hopdan shows, in Vietnamese (the default: the users are Vietnamese officials) and
//! in English. One struct per language, so that a string missing in either fails to compile.
//! Error messages are built from these strings by [`crate::messages`].

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use crate::domain::{DecisionRule, MeetingId, MeetingStatus, Outcome, Stance, Threshold, VoteBase};

mod ballots;
mod causes;
mod cli;
mod keys;
mod minutes;
mod options;
mod register;

pub use ballots::BallotWords;
pub use causes::CauseStrings;
pub use cli::CliWords;
pub use keys::KeyWords;
pub use minutes::MinutesStrings;
pub use options::OptionsWords;
pub use register::RegisterWords;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language \"{other}\" (use vi or en)")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        })
    }
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// The words of one language. A text with values in it is a function of those values, each
/// named and typed, so that every sentence is written whole in each language and the compiler
/// checks what fills it (the closures of [`VI`] and [`EN`] are such functions).
pub struct Strings {
    pub decimal_separator: char,
    pub window_too_small: &'static str,

    // Meetings screen
    pub meetings_title: &'static str,
    pub meetings_empty: &'static str,
    pub meetings_empty_hint: &'static str,
    pub col_id: &'static str,
    pub col_date: &'static str,
    pub col_status: &'static str,
    pub col_title: &'static str,
    pub status_open: &'static str,
    pub status_closed: &'static str,

    // Meeting form
    pub meeting_form_title: &'static str,
    pub field_title: &'static str,
    pub field_ward: &'static str,
    pub field_group: &'static str,
    pub field_location: &'static str,
    pub field_started_at: &'static str,
    pub field_chair: &'static str,
    pub field_chair_title: &'static str,
    pub field_secretary: &'static str,
    pub field_households_total: &'static str,
    pub field_households_present: &'static str,

    // Agenda item form
    pub item_form_title: &'static str,
    pub field_item_title: &'static str,
    pub field_item_description: &'static str,
    pub field_vote_base: &'static str,
    pub field_threshold: &'static str,

    // Speaker form, attendance form
    pub speaker_form_title: &'static str,
    pub field_speaker_name: &'static str,
    pub field_speaker_address: &'static str,
    pub present_form_title: &'static str,

    // Vote form
    pub vote_form_title: &'static str,
    pub revote_form_title: fn(vote_no: usize) -> String,
    pub correct_vote_title: fn(vote_no: u32) -> String,
    pub field_votes_for: &'static str,
    pub field_votes_against: &'static str,
    pub field_votes_abstain: &'static str,
    pub field_reason: &'static str,
    pub vote_preview: &'static str,
    /// Above the people offered while a speaker's name is typed.
    pub suggestions_heading: &'static str,
    /// Before the result of counts not all typed yet: those missing are counted as 0.
    pub vote_preview_so_far: &'static str,

    // Form errors
    pub err_required: fn(field: &str) -> String,
    pub err_not_a_count: fn(field: &str, typed: &str) -> String,
    pub err_count_too_large: fn(field: &str) -> String,
    pub err_present_exceeds_total: fn(present: u32, total: u32) -> String,
    pub err_cast_exceeds_present: fn(cast: u64, present: u32) -> String,
    /// A count of the vote form that breaks a rule: the field to look at, and the rule.
    pub err_count_breaks_rule: fn(field: &str, problem: &str) -> String,
    pub err_bad_time: &'static str,
    pub err_no_such_day: fn(day: u32, month: u32, year: i32) -> String,
    pub err_no_such_time: fn(hour: u32, minute: u32) -> String,
    pub err_reason_required: &'static str,

    // Live screen
    pub agenda_title: &'static str,
    pub queue_title: &'static str,
    pub queue_empty: &'static str,
    pub floor_title: &'static str,
    pub floor_empty: &'static str,
    /// Under the speaker with the floor, while their opinion is typed but its editor closed.
    pub opinion_waiting: &'static str,
    pub opinions_title: fn(item_no: u32, opinions: usize) -> String,
    pub opinions_empty: &'static str,
    /// Beside an opinion that was corrected after it was saved.
    pub opinion_corrected_mark: &'static str,
    pub vote_title: &'static str,
    pub no_vote_yet: &'static str,
    pub no_items: &'static str,
    /// The chair view of a meeting without agenda items, where no key adds one.
    pub chair_no_items: &'static str,
    pub present_label: &'static str,
    pub households: &'static str,
    pub quorum_yes: &'static str,
    pub quorum_no: &'static str,
    pub turn: &'static str,
    pub closed_banner: &'static str,
    pub corrected_times: fn(corrections: u32) -> String,
    /// On the chair's board: the vote shown is not the item's first.
    pub chair_revote: fn(vote_no: u32) -> String,
    /// On the chair's board: the counts shown were corrected after the vote.
    pub chair_corrected: fn(corrections: u32) -> String,
    /// Beside the speaker, when the turn belongs to another item than the one on screen.
    pub floor_item: fn(item_no: u32) -> String,

    // Speaking time and turns
    pub field_speaking_limit: &'static str,
    pub speaking_limit_form_title: &'static str,
    /// The prompt of `x`: where the files of the meeting go.
    pub export_form_title: &'static str,
    pub field_export_folder: &'static str,
    /// The title the minutes are written under (Form 03: NGHỊ QUYẾT, BIÊN BẢN, …).
    pub field_minutes_title: &'static str,
    pub err_speaking_limit_too_long: fn(field: &str) -> String,
    pub saved_speaking_limit: fn(minutes: u32) -> String,
    pub saved_no_speaking_limit: &'static str,
    /// Seconds left, shown in the last 30 seconds of a turn.
    pub clock_left: fn(left: &str) -> String,
    pub clock_time_up: &'static str,
    /// Beside a resident who has not spoken yet in the meeting.
    pub turn_new: &'static str,
    /// Beside a resident who has spoken before: which turn this is for them.
    pub turn_nth: fn(nth: u32) -> String,

    // Opinion editor
    pub editor_title: fn(speaker: &str) -> String,
    pub editor_correct_title: fn(turn_no: u32, speaker: &str) -> String,
    pub stance_label: &'static str,
    pub editor_placeholder: &'static str,

    // Chair view
    pub chair_title: &'static str,
    pub chair_no_vote: &'static str,
    pub of_all_households: &'static str,
    pub of_present: &'static str,
    pub not_voting: &'static str,
    pub rule_label: &'static str,
    /// A rule in words from its threshold and its base: "trên 50% tổng số hộ".
    pub rule_words: fn(threshold: &str, base: &str) -> String,
    pub quorum_line: fn(present: u32, total: u32, quorum: &str) -> String,

    // The chair's screen in another window (`hopdan show`)
    pub show_live: &'static str,
    pub show_browsing: &'static str,
    pub show_item_of: fn(item_no: u32, items: usize) -> String,
    pub show_no_meeting: &'static str,
    pub show_no_floor: &'static str,
    pub show_next: &'static str,
    pub show_queue_more: fn(more: usize) -> String,
    pub show_limit: fn(limit: &str) -> String,
    /// A speaking-time limit of whole minutes.
    pub show_minutes: fn(minutes: u32) -> String,
    pub show_no_limit: &'static str,

    // Confirmations
    pub confirm_title: &'static str,
    pub confirm_remove_queued: fn(speaker: &str) -> String,
    pub confirm_return_floor: fn(speaker: &str) -> String,
    pub confirm_quit: &'static str,
    pub confirm_discard_form: &'static str,

    // Status messages
    pub saved_meeting: &'static str,
    pub saved_item: fn(item_no: u32) -> String,
    pub saved_queued: fn(speaker: &str) -> String,
    pub saved_floor: fn(speaker: &str) -> String,
    pub saved_opinion: fn(speaker: &str, turn_no: u32) -> String,
    pub saved_correction: &'static str,
    pub saved_vote: fn(outcome: &str) -> String,
    pub saved_present: fn(present: u32) -> String,
    pub removed_queued: fn(speaker: &str) -> String,
    pub returned_floor: fn(speaker: &str) -> String,
    /// The export key wrote the CSV files and the minutes: the folder.
    pub exported_with_minutes: fn(dir: &Path) -> String,
    /// The wording of the official minutes.
    pub minutes: &'static MinutesStrings,
    pub sample_loaded: &'static str,
    /// A form opened again holds what was typed in it before a crash or a kill.
    pub draft_restored: &'static str,
    pub draft_waiting: &'static str,
    pub history_unreadable: &'static str,
    pub draft_kept_after_waiting: &'static str,
    /// At start: the form of a new meeting was being filled in when the app last stopped.
    pub meeting_draft_waiting: &'static str,
    pub queue_is_empty: &'static str,
    pub floor_is_taken: &'static str,
    pub no_floor: &'static str,
    pub no_item_selected: &'static str,
    pub no_vote_to_correct: &'static str,
    pub nothing_selected: &'static str,
    pub meeting_closed: &'static str,

    // Guests and officials present (đại biểu), and the chair's conclusion on each item
    pub guests_title: fn(count: usize) -> String,
    pub guests_empty: &'static str,
    pub guests_empty_closed: &'static str,
    pub guest_form_title: &'static str,
    pub guest_correct_title: &'static str,
    pub field_guest_name: &'static str,
    /// Position and organisation: "Phó Chủ tịch UBND phường".
    pub field_guest_role: &'static str,
    pub confirm_remove_guest: fn(guest: &str) -> String,
    pub saved_guest: fn(guest: &str) -> String,
    pub corrected_guest: fn(guest: &str) -> String,
    pub removed_guest: fn(guest: &str) -> String,
    pub conclusion_form_title: fn(item_no: u32) -> String,
    pub field_conclusion: &'static str,
    pub saved_conclusion: fn(item_no: u32) -> String,
    pub cleared_conclusion: fn(item_no: u32) -> String,
    pub opinion_empty: &'static str,
    /// In the editor while no stance is chosen; the keys that choose one.
    pub stance_not_chosen: fn(set_keys: &str, cycle_key: &str) -> String,
    /// Ctrl+S with no stance chosen.
    pub err_stance_missing: fn(set_keys: &str, cycle_key: &str) -> String,

    // Error messages (said by `crate::messages`). What the system said is not repeated: its
    // cause is told in the words of `causes`, after a colon.
    pub causes: &'static CauseStrings,
    pub err_not_a_database: fn(path: &Path) -> String,
    pub err_cannot_open: fn(path: &Path, cause: &str) -> String,
    pub err_newer_schema: fn(found: i64, supported: i64) -> String,
    pub err_no_database: fn(path: &Path) -> String,
    pub err_older_schema: fn(found: i64, supported: i64) -> String,
    pub err_corrupt: &'static str,
    pub err_busy: &'static str,
    pub err_in_use: fn(path: &Path) -> String,
    pub err_read_only: &'static str,
    pub err_disk_full: &'static str,
    pub err_floor_taken: fn(speaker: &str) -> String,
    pub err_ends_before_start: fn(started: &str, ended: &str) -> String,
    pub err_altered_since_closing: fn(meeting: MeetingId) -> String,
    pub err_backup_over_database: fn(path: &Path) -> String,
    pub err_backup: fn(path: &Path, cause: &str) -> String,
    pub err_migration: fn(cause: &str) -> String,
    pub err_database: fn(cause: &str) -> String,
    // What the database does not hold
    pub missing_meeting: fn(meeting: MeetingId) -> String,
    pub missing_agenda_item: fn(meeting: MeetingId, item_no: u32) -> String,
    pub missing_queue_entry: fn(meeting: MeetingId, queue_id: i64) -> String,
    pub missing_turn: fn(meeting: MeetingId, item_no: u32, turn_no: u32) -> String,
    pub missing_vote: fn(meeting: MeetingId, item_no: u32, vote_no: u32) -> String,
    pub missing_guest: fn(meeting: MeetingId, guest_no: u32) -> String,
    // A row of a meeting's files, inside a sentence: "ý kiến thứ 4 của nội dung 1"
    pub row_meeting: &'static str,
    pub row_agenda_item: fn(item_no: u32) -> String,
    pub row_opinion: fn(item_no: u32, turn_no: u32) -> String,
    pub row_vote: fn(item_no: u32, vote_no: u32) -> String,
    pub row_guest: fn(guest_no: u32) -> String,
    pub row_conclusion: fn(item_no: u32) -> String,
    pub row_correction: fn(correction_no: u32) -> String,
    pub row_register_change: fn(change_no: u32) -> String,
    pub row_household: fn(household_no: &str) -> String,
    pub row_attendance: fn(household_no: &str, arrived: &str) -> String,
    pub row_pledge: fn(item_no: u32, household_no: &str) -> String,
    pub row_pledge_item: fn(item_no: u32) -> String,
    pub row_item_option: fn(item_no: u32, option_no: u32) -> String,
    pub row_option_vote: fn(item_no: u32, vote_no: u32, option_no: u32) -> String,
    // Lengths and areas (SPEC §11) that are not one
    pub err_measure_empty: &'static str,
    pub err_measure_not_a_number: fn(typed: &str) -> String,
    pub err_measure_negative: fn(typed: &str) -> String,
    pub err_measure_too_precise: fn(typed: &str) -> String,
    pub err_measure_too_large: fn(typed: &str) -> String,
    pub err_area_too_large: &'static str,
    // Counts and codes read from a file
    pub err_count_empty: &'static str,
    pub err_count_not_whole: fn(typed: &str) -> String,
    pub err_count_too_large_value: fn(typed: &str) -> String,
    pub err_code: fn(found: &str, expected: &str) -> String,
    // Import: where (file, line, column), then what
    pub import_at_line_column: fn(file: &str, line: u64, column: &str, problem: &str) -> String,
    pub import_at_line: fn(file: &str, line: u64, problem: &str) -> String,
    pub import_at_column: fn(file: &str, column: &str, problem: &str) -> String,
    pub import_in_file: fn(file: &str, problem: &str) -> String,
    pub import_missing: &'static str,
    pub import_missing_from: fn(dir: &Path) -> String,
    pub import_unreadable: fn(cause: &str) -> String,
    pub import_not_csv: &'static str,
    pub import_not_utf8: &'static str,
    pub import_unknown_encoding: &'static str,
    pub import_text_after_quote: &'static str,
    pub import_empty: fn(header: &str) -> String,
    pub import_wrong_header: fn(expected: &str, found: &str) -> String,
    pub import_field_count: fn(found: usize, expected: usize) -> String,
    pub import_no_meeting_row: &'static str,
    pub import_extra_meeting_row: &'static str,
    pub import_bad_meeting_id: fn(typed: &str) -> String,
    pub import_other_meeting: fn(found: MeetingId, expected: MeetingId) -> String,
    pub import_zero: fn(typed: &str) -> String,
    pub import_no_time: &'static str,
    pub import_closed_without_end: &'static str,
    pub import_other_total: fn(found: u32, expected: u32) -> String,
    pub import_bad_time: fn(typed: &str) -> String,
    pub import_ends_before_start: fn(started: &str, ended: &str) -> String,
    pub import_not_voting: fn(found: u32, expected: u32) -> String,
    pub import_wrong_result: fn(found: &str, computed: &str, threshold: &str, base: &str) -> String,
    pub import_unknown_item: fn(item_no: u32) -> String,
    pub import_blank: &'static str,
    pub import_duplicate: fn(row: &str, first_line: u64) -> String,
    // Import of the register, attendance and pledges
    pub import_household_no_too_long: fn(typed: &str, max: usize) -> String,
    pub import_leaves_before_arriving: fn(arrived: &str, left: &str) -> String,
    pub import_unknown_household: fn(household_no: &str) -> String,
    pub import_other_register_total: fn(total: u32, register: usize) -> String,
    pub import_item_takes_no_pledges: fn(item_no: u32) -> String,
    pub import_present_not_attendance: fn(vote: &str, found: u32, counted: u32) -> String,
    pub import_other_present_than_list: fn(present: u32, counted: u32) -> String,
    pub import_stays_overlap: fn(household_no: &str, arrived: &str) -> String,
    // Import of the options of an item and the hands for each (SPEC §15)
    pub import_too_many_options: fn(item_no: u32, option_no: u32, max: usize) -> String,
    pub import_option_out_of_order: fn(item_no: u32, found: u32, expected: u32) -> String,
    pub import_item_without_options: fn(item_no: u32) -> String,
    pub import_unknown_option: fn(item_no: u32, option_no: u32) -> String,
    pub import_vote_not_in_votes: fn(vote: &str) -> String,
    pub import_too_few_option_counts: fn(vote: &str, found: usize, min: usize) -> String,
    pub import_options_vote_corrected: fn(vote: &str) -> String,
    pub import_not_leading_votes: fn(found: u32, expected: u32, option_no: u32) -> String,
    pub import_not_other_votes: fn(found: u32, expected: u32) -> String,
    pub import_wrong_options_result: fn(
        found: &str,
        computed: &str,
        adopted: Option<u32>,
        threshold: &str,
        base: &str,
    ) -> String,
    // A register read from the group's own spreadsheet (SPEC §9)
    pub register_in_file: fn(file: &Path, problem: &str) -> String,
    pub register_at_line: fn(file: &Path, line: u64, problem: &str) -> String,
    pub register_empty: &'static str,
    pub register_no_households: &'static str,
    pub register_no_address_column: fn(headings: &str) -> String,
    pub register_no_head_column: fn(headings: &str) -> String,
    pub register_no_address: &'static str,
    pub register_bad_members: fn(typed: &str) -> String,
    pub register_number_too_long: fn(typed: &str, max: usize) -> String,
    pub register_duplicate_number: fn(number: &str, first_line: u64) -> String,
    pub register_ignored_columns: fn(columns: &str) -> String,
    pub register_numbered: fn(count: usize) -> String,
    pub register_empty_rows: fn(lines: &str) -> String,
    // Import of the history of corrections
    pub import_correction_out_of_order: fn(found: u32, expected: u32) -> String,
    pub import_correction_differs: fn(correction_no: u32, first_line: u64) -> String,
    pub import_correction_key: fn(entity: &str) -> String,
    pub import_correction_no_entry: fn(file: &str) -> String,
    pub import_correction_not_a_field: fn(found: &str, file: &str) -> String,
    pub import_correction_field_twice: fn(field: &str) -> String,
    pub import_correction_empty_field: &'static str,
    pub import_change_does_not_fit: fn(entity: &str, action: &str) -> String,
    pub import_ended_entry_rows: fn(field: &str) -> String,
    pub import_correction_new_value: fn(found: &str, held: &str) -> String,
    pub import_correction_count:
        fn(item_no: u32, vote_no: u32, counted: u32, listed: usize) -> String,
    // Export
    pub export_create_dir: fn(dir: &Path, cause: &str) -> String,
    pub export_write: fn(path: &Path, cause: &str) -> String,
    pub export_not_an_export_folder: fn(dir: &Path, found: &str) -> String,
    // Command line
    pub cli_no_meeting_to_export: &'static str,
    pub cli_no_data_dir: &'static str,
    pub cli_current_dir: fn(cause: &str) -> String,
    pub cli_demo_temp_dir: fn(cause: &str) -> String,
    pub cli_terminal_failed: fn(cause: &str) -> String,
    pub cli_register_unreadable: fn(file: &Path, cause: &str) -> String,
    pub cli_households_imported: fn(count: usize, meeting: MeetingId, total: u32) -> String,
    pub verify_intact: fn(meeting: MeetingId, fingerprint: &str) -> String,
    pub verify_open: fn(meeting: MeetingId) -> String,
    pub verify_unsealed: fn(meeting: MeetingId) -> String,
    /// Followed by one line per changed row: "  ý kiến thứ 4 của nội dung 1: đã bị sửa".
    pub verify_altered: fn(meeting: MeetingId) -> String,
    /// When the rows that changed cannot be named (their digests are gone too).
    pub verify_altered_rows_unknown: fn(meeting: MeetingId) -> String,
    pub change_changed: &'static str,
    pub change_removed: &'static str,
    pub change_added: &'static str,

    // Key hints (bottom bar) and help
    /// The words of each hint of the key bars and the help; their keys come from the key tables.
    pub keys: &'static KeyWords,
    /// What `--help` says, and the sentences of bad usage.
    pub cli: &'static CliWords,
    /// The words of the register, the sign-in and the land pledges.
    pub register: &'static RegisterWords,
    pub options: &'static OptionsWords,
    /// The words of votes taken by ballot.
    pub ballots: &'static BallotWords,
    pub help_title: &'static str,
    /// On the help's border while lines are out of sight above or below it.
    pub help_more_above: fn(lines: usize) -> String,
    pub help_more_below: fn(lines: usize) -> String,

    // Closing a meeting, and the corrections made to it
    pub confirm_close: &'static str,
    pub confirm_close_waiting: fn(waiting: usize) -> String,
    pub saved_closed: fn(fingerprint: &str) -> String,
    pub history_title: &'static str,
    pub history_empty: &'static str,
    pub history_vote: fn(vote_no: u32) -> String,
    pub history_opinion: fn(turn_no: u32) -> String,
    pub history_reason: &'static str,
    pub history_before: &'static str,
    pub history_meeting: &'static str,
    pub history_agenda_item: fn(item_no: u32) -> String,
    pub history_queued_speaker: &'static str,
    /// Beside the previous values of an opinion moved to another item.
    pub history_moved_from: fn(item_no: u32, turn_no: u32) -> String,

    // Corrections after the fact: each form asks why
    pub meeting_details_title: &'static str,
    pub item_correct_title: fn(item_no: u32) -> String,
    pub queued_correct_title: fn(speaker: &str) -> String,
    /// The form that follows the opinion editor of a correction: who spoke, the item, why.
    pub opinion_correct_title: fn(turn_no: u32) -> String,
    /// The item of an opinion, by its number: another number moves the opinion there.
    pub field_opinion_item: &'static str,
    pub err_rule_fixed_by_vote: fn(item_no: u32) -> String,
    pub err_total_fixed_by_votes: &'static str,
    pub err_nameless_speaker: &'static str,
    pub err_other_households_total: fn(found: u32, expected: u32) -> String,

    // Words for domain values
    pub stance_support: &'static str,
    pub stance_oppose: &'static str,
    pub stance_other: &'static str,
    pub stance_question: &'static str,
    pub base_all: &'static str,
    pub base_present: &'static str,
    pub base_cast: &'static str,
    pub threshold_half: &'static str,
    pub threshold_two_thirds: &'static str,
    pub threshold_three_quarters: &'static str,
    pub outcome_passed: &'static str,
    pub outcome_failed: &'static str,
    pub outcome_no_quorum: &'static str,

    // Leaving a meeting
    pub confirm_leave_meeting: &'static str,

    // The live screen of a closed meeting, where an open one would name a key
    pub queue_empty_closed: &'static str,
    pub floor_empty_closed: &'static str,
    pub no_vote_closed: &'static str,
    pub no_items_closed: &'static str,
    /// The title of the opinions pane when the meeting has no agenda item.
    pub opinions_title_no_item: &'static str,
}

impl Strings {
    pub fn stance(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Support => self.stance_support,
            Stance::Oppose => self.stance_oppose,
            Stance::Other => self.stance_other,
            Stance::Question => self.stance_question,
        }
    }

    pub fn vote_base(&self, base: VoteBase) -> &'static str {
        match base {
            VoteBase::AllHouseholds => self.base_all,
            VoteBase::Present => self.base_present,
            VoteBase::Cast => self.base_cast,
        }
    }

    pub fn threshold(&self, threshold: Threshold) -> &'static str {
        match threshold {
            Threshold::MoreThanHalf => self.threshold_half,
            Threshold::TwoThirds => self.threshold_two_thirds,
            Threshold::ThreeQuarters => self.threshold_three_quarters,
        }
    }

    /// A decision rule in words: "trên 50% tổng số hộ", "two thirds of households present".
    pub fn rule(&self, rule: DecisionRule) -> String {
        (self.rule_words)(self.threshold(rule.threshold), self.vote_base(rule.base))
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Passed => self.outcome_passed,
            Outcome::Failed => self.outcome_failed,
            Outcome::NoQuorum => self.outcome_no_quorum,
        }
    }

    pub fn status(&self, status: MeetingStatus) -> &'static str {
        match status {
            MeetingStatus::Open => self.status_open,
            MeetingStatus::Closed => self.status_closed,
        }
    }
}

pub static VI: Strings = Strings {
    decimal_separator: ',',
    window_too_small: "Cửa sổ quá nhỏ. Hãy phóng to cửa sổ (tối thiểu 80×24).",

    meetings_title: "Cuộc họp",
    meetings_empty: "Chưa có cuộc họp nào.",
    meetings_empty_hint: "Nhấn n để tạo cuộc họp mới, s để mở cuộc họp mẫu.",
    col_id: "Mã",
    col_date: "Ngày",
    col_status: "Trạng thái",
    col_title: "Nội dung",
    status_open: "đang họp",
    status_closed: "đã kết thúc",

    meeting_form_title: "Cuộc họp mới",
    field_title: "Về việc",
    field_ward: "Phường/xã",
    field_group: "Tổ dân phố",
    field_location: "Địa điểm",
    field_started_at: "Bắt đầu lúc",
    field_chair: "Chủ trì",
    field_chair_title: "Chức vụ chủ trì",
    field_secretary: "Thư ký",
    field_households_total: "Tổng số hộ",
    field_households_present: "Số hộ có mặt",

    item_form_title: "Thêm nội dung lấy ý kiến",
    field_item_title: "Nội dung",
    field_item_description: "Mô tả",
    field_vote_base: "Tính trên",
    field_threshold: "Tỷ lệ thông qua",

    speaker_form_title: "Đăng ký phát biểu",
    field_speaker_name: "Họ tên",
    field_speaker_address: "Địa chỉ hộ",
    present_form_title: "Số hộ có mặt",

    vote_form_title: "Biểu quyết giơ tay",
    revote_form_title: |vote_no| format!("Biểu quyết lại (lần {vote_no})"),
    correct_vote_title: |vote_no| format!("Sửa kết quả biểu quyết lần {vote_no}"),
    field_votes_for: "Tán thành",
    field_votes_against: "Không tán thành",
    field_votes_abstain: "Không biểu quyết",
    field_reason: "Lý do sửa",
    vote_preview: "Kết quả nếu lưu",
    suggestions_heading: "Đã có trong cuộc họp:",
    vote_preview_so_far: "Kết quả tạm (ô trống tính là 0)",

    err_required: |field| format!("Cần nhập {field}."),
    err_not_a_count: |field, typed| format!("{field}: \"{typed}\" không phải số nguyên ≥ 0."),
    err_count_too_large: |field| format!("{field}: số quá lớn."),
    err_present_exceeds_total: |present, total| {
        format!("Số hộ có mặt ({present}) lớn hơn tổng số hộ ({total}).")
    },
    err_cast_exceeds_present: |cast, present| {
        format!(
            "Tán thành + không tán thành + không biểu quyết ({cast}) lớn hơn số hộ có mặt ({present})."
        )
    },
    err_count_breaks_rule: |field, problem| format!("Xem lại ô “{field}”: {problem}"),
    err_bad_time: "Thời gian phải có dạng 02/12/2026 19:30 (ngày/tháng/năm giờ:phút).",
    err_no_such_day: |day, month, year| {
        format!("Không có ngày {day:02}/{month:02}/{year} trong lịch: xem lại ngày và tháng.")
    },
    err_no_such_time: |hour, minute| {
        format!(
            "{hour:02}:{minute:02} không phải giờ trong ngày: giờ từ 0 đến 23, phút từ 0 đến 59."
        )
    },
    err_reason_required: "Cần ghi lý do sửa.",

    agenda_title: "Nội dung lấy ý kiến",
    queue_title: "Đăng ký phát biểu",
    queue_empty: "Chưa có ai đăng ký. Nhấn a để thêm.",
    floor_title: "Đang phát biểu",
    floor_empty: "Chưa ai phát biểu. Nhấn n để mời người tiếp theo.",
    opinion_waiting: "✎ Ý kiến đang ghi dở. Nhấn o để ghi tiếp.",
    opinions_title: |item_no, opinions| format!("Ý kiến về nội dung {item_no} ({opinions})"),
    opinions_empty: "Chưa có ý kiến nào về nội dung này.",
    opinion_corrected_mark: "✎ đã sửa",
    vote_title: "Biểu quyết",
    no_vote_yet: "Chưa biểu quyết. Nhấn v để nhập kết quả.",
    no_items: "Chưa có nội dung lấy ý kiến. Nhấn i để thêm.",
    chair_no_items: "Chưa có nội dung lấy ý kiến.",
    present_label: "Có mặt",
    households: "hộ",
    quorum_yes: "đủ số hộ",
    quorum_no: "KHÔNG đủ số hộ",
    turn: "Lượt",
    closed_banner: "Cuộc họp đã kết thúc: chỉ xem",
    corrected_times: |corrections| format!("đã sửa {corrections} lần"),
    chair_revote: |vote_no| format!("BIỂU QUYẾT LẠI: LẦN {vote_no}"),
    chair_corrected: |corrections| format!("ĐÃ SỬA SỐ LIỆU {corrections} LẦN"),
    floor_item: |item_no| format!("nội dung {item_no}"),

    field_speaking_limit: "Phút mỗi lượt nói",
    export_form_title: "Xuất CSV và biên bản",
    field_export_folder: "Thư mục",
    field_minutes_title: "Tên văn bản",
    speaking_limit_form_title: "Thời gian mỗi lượt phát biểu (0: không giới hạn)",
    err_speaking_limit_too_long: |field| format!("{field}: tối đa 1440 phút (24 giờ)."),
    saved_speaking_limit: |minutes| format!("Mỗi lượt phát biểu tối đa {minutes} phút."),
    saved_no_speaking_limit: "Không giới hạn thời gian phát biểu.",
    clock_left: |left| format!("còn {left}"),
    clock_time_up: "HẾT GIỜ",
    turn_new: "mới",
    turn_nth: |nth| format!("lần {nth}"),

    editor_title: |speaker| format!("Ý kiến của {speaker}"),
    editor_correct_title: |turn_no, speaker| format!("Sửa ý kiến lượt {turn_no} của {speaker}"),
    stance_label: "Quan điểm",
    editor_placeholder: "Ghi tóm tắt ý kiến phát biểu…",

    chair_title: "KẾT QUẢ BIỂU QUYẾT",
    chair_no_vote: "Chưa biểu quyết nội dung này",
    of_all_households: "so với tổng số hộ",
    of_present: "so với số hộ có mặt",
    not_voting: "Không tham gia",
    rule_label: "Điều kiện thông qua",
    rule_words: |threshold, base| format!("{threshold} {base}"),
    quorum_line: |present, total, quorum| format!("Có mặt {present}/{total} hộ: {quorum}"),

    show_live: "● TRỰC TIẾP",
    show_browsing: "XEM LẠI · Esc: về trực tiếp",
    show_item_of: |item_no, items| format!("Nội dung {item_no}/{items}"),
    show_no_meeting: "Chưa có cuộc họp nào. Cuộc họp sẽ hiện ở đây ngay khi thư ký tạo.",
    show_no_floor: "Chưa có ai phát biểu",
    show_next: "Tiếp theo",
    show_queue_more: |more| format!("và {more} người nữa"),
    show_limit: |limit| format!("tối đa {limit} mỗi lượt"),
    show_minutes: |minutes| format!("{minutes} phút"),
    show_no_limit: "không giới hạn thời gian",

    confirm_title: "Xác nhận",
    confirm_remove_queued: |speaker| format!("Xóa {speaker} khỏi danh sách phát biểu?"),
    confirm_return_floor: |speaker| {
        format!(
            "Dừng lượt của {speaker} và đưa về đầu danh sách? Ý kiến đang ghi sẽ không được lưu."
        )
    },
    confirm_quit: "Thoát hopdan?",
    confirm_discard_form: "Bỏ những gì đã nhập?",

    saved_meeting: "Đã tạo cuộc họp.",
    saved_item: |item_no| format!("Đã lưu nội dung {item_no}."),
    saved_queued: |speaker| format!("Đã thêm {speaker} vào danh sách phát biểu."),
    saved_floor: |speaker| format!("{speaker} bắt đầu phát biểu."),
    saved_opinion: |speaker, turn_no| format!("Đã lưu ý kiến của {speaker} (lượt {turn_no})."),
    saved_correction: "Đã lưu sửa đổi.",
    saved_vote: |outcome| format!("Đã lưu biểu quyết: {outcome}."),
    saved_present: |present| format!("Số hộ có mặt: {present}."),
    removed_queued: |speaker| format!("Đã xóa {speaker} khỏi danh sách."),
    returned_floor: |speaker| format!("{speaker} trở lại đầu danh sách."),
    exported_with_minutes: |dir| {
        format!(
            "Đã xuất CSV và biên bản (minutes.html, minutes.docx) vào {dir}",
            dir = dir.display()
        )
    },
    minutes: &minutes::VI,
    sample_loaded: "Đã mở cuộc họp mẫu.",
    draft_restored: "Đã khôi phục nội dung đang nhập dở.",
    history_unreadable: "(không đọc được giá trị trước khi sửa)",
    draft_waiting: "Tệp dữ liệu đang được chương trình khác dùng: cứ gõ tiếp, nội dung đang gõ vẫn trên màn hình và sẽ được lưu nháp ngay khi tệp rảnh.",
    draft_kept_after_waiting: "Tệp dữ liệu đã rảnh: nội dung đang gõ đã được lưu nháp.",
    meeting_draft_waiting: "Có một cuộc họp mới đang nhập dở: nhấn n để nhập tiếp.",
    queue_is_empty: "Danh sách phát biểu đang trống.",
    floor_is_taken: "Đang có người phát biểu: lưu ý kiến của họ trước.",
    no_floor: "Chưa ai đang phát biểu.",
    no_item_selected: "Chưa có nội dung lấy ý kiến.",
    no_vote_to_correct: "Nội dung này chưa có biểu quyết để sửa.",
    nothing_selected: "Chưa chọn mục nào.",
    meeting_closed: "Cuộc họp đã kết thúc: không thể sửa.",

    guests_title: |count| format!("Đại biểu tham dự ({count})"),
    guests_empty: "Chưa có đại biểu nào. Nhấn a để thêm.",
    guests_empty_closed: "Cuộc họp không có đại biểu nào.",
    guest_form_title: "Thêm đại biểu",
    guest_correct_title: "Sửa thông tin đại biểu",
    field_guest_name: "Họ tên",
    field_guest_role: "Chức vụ, đơn vị",
    confirm_remove_guest: |guest| format!("Xóa {guest} khỏi danh sách đại biểu?"),
    saved_guest: |guest| format!("Đã thêm {guest} vào danh sách đại biểu."),
    corrected_guest: |guest| format!("Đã sửa thông tin đại biểu {guest}."),
    removed_guest: |guest| format!("Đã xóa {guest} khỏi danh sách đại biểu."),
    conclusion_form_title: |item_no| format!("Kết luận của chủ trì về nội dung {item_no}"),
    field_conclusion: "Kết luận",
    saved_conclusion: |item_no| format!("Đã lưu kết luận về nội dung {item_no}."),
    cleared_conclusion: |item_no| {
        format!("Đã xóa kết luận về nội dung {item_no}; biên bản để trống dòng kết luận.")
    },
    opinion_empty: "Ý kiến đang trống.",
    stance_not_chosen: |set_keys, cycle_key| {
        format!("Chưa chọn quan điểm: nhấn {set_keys} hoặc {cycle_key}.")
    },
    err_stance_missing: |set_keys, cycle_key| {
        format!(
            "Chưa lưu: hãy chọn quan điểm bằng {set_keys} hoặc {cycle_key}; nội dung vẫn giữ nguyên."
        )
    },

    causes: &causes::VI,
    err_not_a_database: |path| {
        format!(
            "Tệp {path} không phải tệp dữ liệu hopdan; tệp được giữ nguyên.",
            path = path.display()
        )
    },
    err_cannot_open: |path, cause| {
        format!(
            "Không mở được tệp dữ liệu {path}: {cause}.",
            path = path.display()
        )
    },
    err_newer_schema: |found, supported| {
        format!(
            "Cơ sở dữ liệu do phiên bản hopdan mới hơn tạo ra (lược đồ {found}, phiên bản này chỉ đọc được đến lược đồ {supported}); tệp được giữ nguyên, hãy cập nhật hopdan."
        )
    },
    err_no_database: |path| {
        format!(
            "Chưa có dữ liệu hopdan ở {path}; hãy mở tệp này bằng hopdan một lần trước (tệp không được tạo ra).",
            path = path.display()
        )
    },
    err_older_schema: |found, supported| {
        format!(
            "Cơ sở dữ liệu do phiên bản hopdan cũ hơn tạo ra (lược đồ {found}, phiên bản này dùng lược đồ {supported}); hãy mở nó bằng hopdan một lần trước để cập nhật."
        )
    },
    err_corrupt: "Tệp dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu.",
    err_busy: "Cơ sở dữ liệu đang được chương trình khác sử dụng; hãy thử lại sau giây lát.",
    err_in_use: |path| {
        format!(
            "Tệp dữ liệu {path} đang được mở trong một cửa sổ hopdan khác; hãy đóng cửa sổ đó trước.",
            path = path.display()
        )
    },
    err_read_only: "Không ghi được vào cơ sở dữ liệu: tệp, thư mục chứa tệp hoặc ổ đĩa chỉ cho phép đọc.",
    err_disk_full: "Ổ đĩa đã đầy: hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.",
    err_floor_taken: |speaker| {
        format!("{speaker} vẫn đang phát biểu; hãy kết thúc lượt của người này trước.")
    },
    err_ends_before_start: |started, ended| {
        format!("Cuộc họp không thể kết thúc ({ended}) trước thời điểm bắt đầu ({started}).")
    },
    err_altered_since_closing: |meeting| {
        format!(
            "Cuộc họp {meeting} đã bị thay đổi sau khi kết thúc nên không xuất tệp nào; xem thay đổi bằng lệnh: hopdan verify --meeting {meeting}"
        )
    },
    err_backup_over_database: |path| {
        format!(
            "Tệp {path} chính là cơ sở dữ liệu đang dùng; hãy chọn một tệp khác cho bản sao lưu.",
            path = path.display()
        )
    },
    err_backup: |path, cause| {
        format!(
            "Không ghi được bản sao lưu {path}: {cause}.",
            path = path.display()
        )
    },
    err_migration: |cause| {
        format!("Không nâng cấp được cơ sở dữ liệu lên phiên bản hopdan này: {cause}.")
    },
    err_database: |cause| format!("Lỗi cơ sở dữ liệu: {cause}."),
    missing_meeting: |meeting| format!("Không tìm thấy cuộc họp {meeting}."),
    missing_agenda_item: |meeting, item_no| {
        format!("Không tìm thấy nội dung {item_no} của cuộc họp {meeting}.")
    },
    missing_queue_entry: |meeting, queue_id| {
        format!("Không tìm thấy lượt đăng ký phát biểu {queue_id} của cuộc họp {meeting}.")
    },
    missing_turn: |meeting, item_no, turn_no| {
        format!(
            "Không tìm thấy lượt phát biểu {turn_no} thuộc nội dung {item_no} của cuộc họp \
             {meeting}."
        )
    },
    missing_vote: |meeting, item_no, vote_no| {
        format!(
            "Không tìm thấy lần biểu quyết {vote_no} thuộc nội dung {item_no} của cuộc họp \
             {meeting}."
        )
    },
    missing_guest: |meeting, guest_no| {
        format!("Không tìm thấy đại biểu thứ {guest_no} của cuộc họp {meeting}.")
    },
    row_meeting: "thông tin cuộc họp",
    row_agenda_item: |item_no| format!("nội dung {item_no}"),
    row_opinion: |item_no, turn_no| format!("ý kiến thứ {turn_no} của nội dung {item_no}"),
    row_vote: |item_no, vote_no| format!("biểu quyết lần {vote_no} của nội dung {item_no}"),
    row_guest: |guest_no| format!("đại biểu thứ {guest_no}"),
    row_conclusion: |item_no| format!("kết luận của chủ trì về nội dung {item_no}"),
    row_correction: |correction_no| format!("lần sửa thứ {correction_no}"),
    row_register_change: |change_no| {
        format!("lần thay đổi thứ {change_no} của danh sách hộ hoặc đăng ký hiến đất")
    },
    row_household: |household_no| format!("hộ số {household_no} trong danh sách hộ"),
    row_attendance: |household_no, arrived| {
        format!("điểm danh của hộ số {household_no} lúc {arrived}")
    },
    row_pledge: |item_no, household_no| {
        format!("phần hiến đất của hộ số {household_no} cho nội dung {item_no}")
    },
    row_pledge_item: |item_no| format!("dấu nội dung {item_no} là nội dung hiến đất"),
    row_item_option: |item_no, option_no| format!("phương án {option_no} của nội dung {item_no}"),
    row_option_vote: |item_no, vote_no, option_no| {
        format!(
            "số hộ chọn phương án {option_no} trong biểu quyết lần {vote_no} của nội dung {item_no}"
        )
    },
    err_measure_empty: "Cần ghi một số.",
    err_measure_not_a_number: |typed| {
        format!("\"{typed}\" không phải số đo như 2,5 (một dấu phẩy hoặc dấu chấm thập phân).")
    },
    err_measure_negative: |typed| format!("\"{typed}\" là số âm; số đo phải từ 0 trở lên."),
    err_measure_too_precise: |typed| {
        format!("\"{typed}\" có quá hai chữ số thập phân (ghi đến xăng-ti-mét, như 2,55).")
    },
    err_measure_too_large: |typed| format!("\"{typed}\" lớn hơn 1000: hãy xem lại số đo."),
    err_area_too_large: "Diện tích lớn hơn 1000 m²: hãy xem lại số đo.",
    err_count_empty: "Cần ghi một số.",
    err_count_not_whole: |typed| format!("\"{typed}\" không phải số nguyên ≥ 0."),
    err_count_too_large_value: |typed| format!("\"{typed}\" là số quá lớn."),
    err_code: |found, expected| {
        format!("\"{found}\" không phải một trong các giá trị: {expected}.")
    },
    import_at_line_column: |file, line, column, problem| {
        format!("{file} dòng {line}, cột {column}: {problem}")
    },
    import_at_line: |file, line, problem| format!("{file} dòng {line}: {problem}"),
    import_at_column: |file, column, problem| format!("{file}, cột {column}: {problem}"),
    import_in_file: |file, problem| format!("{file}: {problem}"),
    import_missing: "Thiếu tệp này.",
    import_missing_from: |dir| {
        format!("Không có tệp này trong thư mục {dir}.", dir = dir.display())
    },
    import_unreadable: |cause| format!("Không đọc được tệp: {cause}."),
    import_not_csv: "Không phải dữ liệu CSV hợp lệ.",
    import_not_utf8: "Văn bản không được mã hóa đúng chuẩn UTF-8.",
    import_unknown_encoding: "Văn bản không được mã hóa theo UTF-8 hay Windows-1258 (hai cách Excel lưu tiếng Việt).",
    import_text_after_quote: "Ô đặt trong dấu ngoặc kép còn chữ sau dấu ngoặc kép đóng; hãy đặt cả ô trong dấu ngoặc kép.",
    import_empty: |header| format!("Tệp trống; dòng đầu tiên phải là dòng tiêu đề {header}."),
    import_wrong_header: |expected, found| {
        format!("Dòng tiêu đề phải là \"{expected}\", không phải \"{found}\".")
    },
    import_field_count: |found, expected| {
        format!("Dòng này có {found} cột, cần đúng {expected} cột.")
    },
    import_no_meeting_row: "Không có dòng thông tin cuộc họp (cần đúng một dòng).",
    import_extra_meeting_row: "Có dòng thông tin cuộc họp thứ hai (chỉ được có đúng một dòng).",
    import_bad_meeting_id: |typed| {
        format!("\"{typed}\" không phải mã cuộc họp (mã là một số nguyên).")
    },
    import_other_meeting: |found, expected| {
        format!("Mã cuộc họp {found} khác với mã {expected} trong meeting.csv.")
    },
    import_zero: |typed| format!("\"{typed}\" phải từ 1 trở lên."),
    import_no_time: "Cần ghi thời gian.",
    import_closed_without_end: "Cuộc họp đã kết thúc phải có thời gian kết thúc.",
    import_other_total: |found, expected| {
        format!("Tổng số hộ {found} khác với {expected} trong meeting.csv.")
    },
    import_bad_time: |typed| {
        format!(
            "\"{typed}\" không phải thời gian theo ISO 8601 kèm múi giờ, ví dụ 2022-06-12T08:30:00+07:00."
        )
    },
    import_ends_before_start: |started, ended| {
        format!("Thời gian kết thúc cuộc họp ({ended}) sớm hơn thời gian bắt đầu ({started}).")
    },
    import_not_voting: |found, expected| {
        format!(
            "{found} khác với số hộ có mặt − tán thành − không tán thành − không biểu quyết = {expected}."
        )
    },
    import_wrong_result: |found, computed, threshold, base| {
        format!(
            "\"{found}\" khác với \"{computed}\" là kết quả tính từ các số này (thông qua khi tán thành {threshold} {base})."
        )
    },
    import_unknown_item: |item_no| format!("Nội dung {item_no} không có trong agenda.csv."),
    import_blank: "Ô này không được để trống.",
    import_duplicate: |row, first_line| {
        format!("{row} xuất hiện hai lần (lần đầu ở dòng {first_line}).")
    },
    import_household_no_too_long: |typed, max| format!("Số hộ \"{typed}\" dài quá {max} ký tự."),
    import_leaves_before_arriving: |arrived, left| {
        format!("Người đại diện ra về ({left}) trước khi đến ({arrived}).")
    },
    import_unknown_household: |household_no| {
        format!("Hộ số {household_no} không có trong danh sách hộ (households.csv).")
    },
    import_item_takes_no_pledges: |item_no| {
        format!(
            "Nội dung {item_no} không có trong pledge_items.csv nên không phải nội dung \
             đăng ký hiến đất."
        )
    },
    import_other_register_total: |total, register| {
        format!(
            "Tổng số hộ ghi {total} nhưng danh sách hộ (households.csv) có {register} hộ; \
             khi có danh sách, tổng số hộ là số hộ trong danh sách."
        )
    },
    import_present_not_attendance: |vote, found, counted| {
        format!(
            "{vote} ghi {found} hộ có mặt, nhưng danh sách điểm danh (attendance.csv) có \
             {counted} hộ có mặt lúc biểu quyết."
        )
    },
    import_other_present_than_list: |present, counted| {
        format!(
            "Số hộ có mặt ghi {present} nhưng danh sách điểm danh (attendance.csv) có {counted} \
             hộ chưa ra về; khi có danh sách, số hộ có mặt là số hộ trong danh sách."
        )
    },
    import_stays_overlap: |household_no, arrived| {
        format!("Hộ số {household_no} được điểm danh lại lúc {arrived} khi lần trước chưa ra về.")
    },
    import_too_many_options: |item_no, option_no, max| {
        format!(
            "Nội dung {item_no} có phương án {option_no}; mỗi nội dung có nhiều nhất {max} \
             phương án."
        )
    },
    import_option_out_of_order: |item_no, found, expected| {
        format!(
            "Các phương án của nội dung {item_no} được đánh số 1, 2, … liên tục: phương án \
             {found} nằm ở chỗ của phương án {expected}."
        )
    },
    import_item_without_options: |item_no| {
        format!(
            "Nội dung {item_no} không có phương án nào trong options.csv: đó là câu hỏi đồng ý \
             hay không, biểu quyết không tính số hộ theo từng phương án."
        )
    },
    import_unknown_option: |item_no, option_no| {
        format!("Nội dung {item_no} không có phương án {option_no} trong options.csv.")
    },
    import_vote_not_in_votes: |vote| format!("{vote} không có trong votes.csv."),
    import_options_vote_corrected: |vote| {
        format!(
            "{vote} là biểu quyết chọn phương án: số phiếu của nó không bao giờ được sửa (nếu \
             đếm sai thì biểu quyết lại), nên cột corrections phải là 0."
        )
    },
    import_too_few_option_counts: |vote, found, min| match found {
        0 => format!(
            "{vote} là biểu quyết chọn phương án, nhưng option_votes.csv không ghi số hộ chọn \
             phương án nào; mỗi lần biểu quyết đưa ra ít nhất {min} phương án."
        ),
        _ => format!(
            "{vote} là biểu quyết chọn phương án, nhưng option_votes.csv chỉ ghi số hộ chọn \
             {found} phương án; mỗi lần biểu quyết đưa ra ít nhất {min} phương án."
        ),
    },
    import_not_leading_votes: |found, expected, option_no| {
        format!(
            "{found} khác với {expected} là số hộ chọn phương án {option_no}, phương án được \
             nhiều hộ chọn nhất trong option_votes.csv."
        )
    },
    import_not_other_votes: |found, expected| {
        format!(
            "{found} khác với {expected} là tổng số hộ chọn các phương án còn lại (ngoài \
             phương án được nhiều hộ chọn nhất) trong option_votes.csv."
        )
    },
    import_wrong_options_result: |found, computed, adopted, threshold, base| match adopted {
        Some(option_no) => format!(
            "\"{found}\" khác với \"{computed}\" là kết quả tính từ số hộ chọn từng phương án \
             trong option_votes.csv: phương án {option_no} được thông qua vì được {threshold} \
             {base} chọn và nhiều hơn mọi phương án khác."
        ),
        None => format!(
            "\"{found}\" khác với \"{computed}\" là kết quả tính từ số hộ chọn từng phương án \
             trong option_votes.csv: một phương án chỉ được thông qua khi được {threshold} \
             {base} chọn và nhiều hơn mọi phương án khác."
        ),
    },
    register_in_file: |file, problem| format!("{}: {problem}", file.display()),
    register_at_line: |file, line, problem| format!("{} dòng {line}: {problem}", file.display()),
    register_empty: "Tệp trống, không có danh sách hộ nào.",
    register_no_households: "Tệp có dòng tiêu đề nhưng không có hộ nào.",
    register_no_address_column: |headings| {
        format!("Không có cột địa chỉ (Địa chỉ hoặc address); các cột của tệp là: {headings}.")
    },
    register_no_head_column: |headings| {
        format!(
            "Không có cột chủ hộ (Chủ hộ, Họ tên chủ hộ hoặc head_name); các cột của tệp là: \
             {headings}."
        )
    },
    register_no_address: "Hộ này không ghi địa chỉ.",
    register_bad_members: |typed| format!("Số nhân khẩu \"{typed}\" không phải số nguyên ≥ 0."),
    register_number_too_long: |typed, max| format!("Số hộ \"{typed}\" dài quá {max} ký tự."),
    register_duplicate_number: |number, first_line| {
        format!("Số hộ {number} bị trùng (đã có ở dòng {first_line}).")
    },
    register_ignored_columns: |columns| format!("Đã bỏ qua các cột không dùng đến: {columns}."),
    register_numbered: |count| {
        format!(
            "{count} hộ không có số hộ được đánh số theo thứ tự trong tệp (1, 2, …; số đã có \
             trong tệp thì lấy số kế tiếp chưa dùng)."
        )
    },
    register_empty_rows: |lines| format!("Đã bỏ qua các dòng trống: dòng {lines}."),
    import_correction_out_of_order: |found, expected| {
        format!(
            "Lần sửa {found} đứng ở chỗ của lần sửa {expected} (các lần sửa đánh số 1, 2, … theo thứ tự)."
        )
    },
    import_correction_differs: |correction_no, first_line| {
        format!("Khác với dòng đầu của lần sửa {correction_no} (dòng {first_line}).")
    },
    import_correction_key: |entity| {
        format!("item_no và number không chỉ đúng một mục loại {entity}.")
    },
    import_correction_no_entry: |file| format!("Mục được sửa không có trong {file}."),
    import_correction_not_a_field: |found, file| {
        format!("\"{found}\" không phải cột của {file} có thể sửa.")
    },
    import_correction_field_twice: |field| {
        format!("Cột {field} xuất hiện hai lần trong cùng một lần sửa.")
    },
    import_correction_empty_field: "Lần sửa không đổi giá trị nào chỉ có một dòng, các giá trị để trống.",
    import_change_does_not_fit: |entity, action| {
        format!(
            "Thay đổi loại {entity} không thể là \"{action}\" với item_no này (hộ gia đình: \
             item_no để trống, correct hoặc moved_away; đăng ký hiến đất: có item_no, correct \
             hoặc removed)."
        )
    },
    import_ended_entry_rows: |field| {
        format!(
            "Hộ chuyển đi hoặc đăng ký hiến đất bị bỏ ghi mỗi cột đúng một dòng, giá trị mới \
             để trống; cột {field} không đúng như vậy."
        )
    },
    import_correction_new_value: |found, held| {
        format!("Giá trị mới \"{found}\" khác với \"{held}\" là giá trị mục này có sau lần sửa.")
    },
    import_correction_count: |item_no, vote_no, counted, listed| {
        format!(
            "Biểu quyết lần {vote_no} của nội dung {item_no} ghi {counted} lần sửa trong votes.csv, \
             nhưng tệp này có {listed} lần."
        )
    },
    export_create_dir: |dir, cause| {
        format!(
            "Không tạo được thư mục {dir}: {cause}.",
            dir = dir.display()
        )
    },
    export_write: |path, cause| {
        format!("Không ghi được tệp {path}: {cause}.", path = path.display())
    },
    export_not_an_export_folder: |dir, found| {
        format!(
            "Thư mục {dir} đang chứa {found}, không phải tệp của một lần xuất; hãy xuất vào một thư mục trống hoặc thư mục của lần xuất trước.",
            dir = dir.display()
        )
    },
    cli_no_meeting_to_export: "Chưa có cuộc họp nào để xuất.",
    cli_no_data_dir: "Không xác định được thư mục dữ liệu của người dùng trên máy này; hãy chỉ rõ tệp dữ liệu bằng --db PATH.",
    cli_current_dir: |cause| format!("Không đọc được thư mục hiện hành: {cause}."),
    cli_demo_temp_dir: |cause| format!("Không tạo được thư mục tạm cho bản chạy thử: {cause}."),
    cli_terminal_failed: |cause| format!("Cửa sổ dòng lệnh gặp lỗi: {cause}."),
    cli_register_unreadable: |file, cause| {
        format!("Không đọc được tệp {}: {cause}.", file.display())
    },
    cli_households_imported: |count, meeting, total| {
        format!(
            "Đã nhập {count} hộ vào danh sách hộ của cuộc họp {meeting}; tổng số hộ nay là {total}."
        )
    },
    verify_intact: |meeting, fingerprint| {
        format!(
            "Cuộc họp {meeting} còn nguyên như khi kết thúc. Dấu vân tay SHA-256: {fingerprint}"
        )
    },
    verify_open: |meeting| {
        format!("Cuộc họp {meeting} chưa kết thúc nên chưa có dấu vân tay để kiểm tra.")
    },
    verify_unsealed: |meeting| {
        format!(
            "Cuộc họp {meeting} đã kết thúc nhưng không có dấu vân tay (kết thúc bằng phiên bản cũ), nên không kiểm tra được."
        )
    },
    verify_altered: |meeting| format!("Cuộc họp {meeting} đã bị thay đổi sau khi kết thúc:"),
    verify_altered_rows_unknown: |meeting| {
        format!(
            "Cuộc họp {meeting} đã bị thay đổi sau khi kết thúc; không xác định được những dòng \
             nào đã bị thay đổi."
        )
    },
    change_changed: "đã bị sửa",
    change_removed: "đã bị xóa",
    change_added: "được thêm vào",

    keys: &keys::VI,
    cli: &cli::VI,
    register: &register::VI,
    options: &options::VI,
    ballots: &ballots::VI,
    help_title: "Phím tắt",
    help_more_above: |lines| format!("↑ {lines} dòng phía trên"),
    help_more_below: |lines| format!("↓ còn {lines} dòng (PgDn)"),

    confirm_close: "Kết thúc cuộc họp? Sau đó biên bản chỉ xem được, không sửa được nữa.",
    confirm_close_waiting: |waiting| {
        format!("{waiting} người đang chờ hoặc đang phát biểu sẽ được xóa khỏi danh sách.")
    },
    saved_closed: |fingerprint| format!("Đã kết thúc cuộc họp. Dấu vân tay SHA-256: {fingerprint}"),
    history_title: "Lịch sử sửa đổi",
    history_empty: "Nội dung này chưa có sửa đổi nào.",
    history_vote: |vote_no| format!("Biểu quyết lần {vote_no}"),
    history_opinion: |turn_no| format!("Ý kiến lượt {turn_no}"),
    history_reason: "Lý do",
    history_before: "Trước khi sửa",
    history_meeting: "Thông tin cuộc họp",
    history_agenda_item: |item_no| format!("Nội dung {item_no}"),
    history_queued_speaker: "Người đăng ký phát biểu",
    history_moved_from: |item_no, turn_no| format!("chuyển từ nội dung {item_no}, lượt {turn_no}"),

    meeting_details_title: "Sửa thông tin cuộc họp",
    item_correct_title: |item_no| format!("Sửa nội dung {item_no}"),
    queued_correct_title: |speaker| format!("Sửa đăng ký phát biểu của {speaker}"),
    opinion_correct_title: |turn_no| format!("Sửa ý kiến lượt {turn_no}: người nói, nội dung"),
    field_opinion_item: "Thuộc nội dung số",
    err_other_households_total: |found, expected| {
        format!("Biểu quyết tính trên {found} hộ, nhưng cuộc họp có {expected} hộ.")
    },
    err_nameless_speaker: "Người phát biểu phải có họ tên.",
    err_total_fixed_by_votes: "Cuộc họp đã có biểu quyết nên không sửa được tổng số hộ: mỗi lần biểu quyết đã tính theo số hộ lúc đó.",
    err_rule_fixed_by_vote: |item_no| {
        format!(
            "Nội dung {item_no} đã biểu quyết nên không đổi được cách tính và tỷ lệ thông qua: \
             kết quả đã tính theo quy tắc cũ."
        )
    },

    stance_support: "Đồng ý",
    stance_oppose: "Không đồng ý",
    stance_other: "Ý kiến khác",
    stance_question: "Câu hỏi",
    base_all: "tổng số hộ",
    base_present: "số hộ có mặt",
    base_cast: "số hộ biểu quyết",
    threshold_half: "trên 50%",
    threshold_two_thirds: "từ 2/3",
    threshold_three_quarters: "từ 3/4",
    outcome_passed: "THÔNG QUA",
    outcome_failed: "KHÔNG THÔNG QUA",
    outcome_no_quorum: "KHÔNG ĐỦ SỐ HỘ",

    confirm_leave_meeting: "Về danh sách cuộc họp?",

    queue_empty_closed: "Không có ai chờ phát biểu.",
    floor_empty_closed: "Cuộc họp đã kết thúc.",
    no_vote_closed: "Nội dung này không được biểu quyết.",
    no_items_closed: "Cuộc họp không có nội dung lấy ý kiến.",
    opinions_title_no_item: "Ý kiến (chưa có nội dung)",
};

pub static EN: Strings = Strings {
    decimal_separator: '.',
    window_too_small: "The window is too small. Please enlarge it (at least 80×24).",

    meetings_title: "Meetings",
    meetings_empty: "No meetings yet.",
    meetings_empty_hint: "Press n to create a meeting, s to open the sample meeting.",
    col_id: "ID",
    col_date: "Date",
    col_status: "Status",
    col_title: "Subject",
    status_open: "open",
    status_closed: "closed",

    meeting_form_title: "New meeting",
    field_title: "Subject",
    field_ward: "Ward",
    field_group: "Residential group",
    field_location: "Location",
    field_started_at: "Started at",
    field_chair: "Chair",
    field_chair_title: "Chair's title",
    field_secretary: "Secretary",
    field_households_total: "All households",
    field_households_present: "Households present",

    item_form_title: "Add an agenda item",
    field_item_title: "Item",
    field_item_description: "Description",
    field_vote_base: "Counted against",
    field_threshold: "Needed to pass",

    speaker_form_title: "Request to speak",
    field_speaker_name: "Name",
    field_speaker_address: "Household address",
    present_form_title: "Households present",

    vote_form_title: "Show-of-hands vote",
    revote_form_title: |vote_no| format!("Re-vote (vote {vote_no})"),
    correct_vote_title: |vote_no| format!("Correct vote {vote_no}"),
    field_votes_for: "For",
    field_votes_against: "Against",
    field_votes_abstain: "Abstain",
    field_reason: "Reason",
    vote_preview: "Result if saved",
    suggestions_heading: "Already in this meeting:",
    vote_preview_so_far: "Result so far (empty counts as 0)",

    err_required: |field| format!("{field} is required."),
    err_not_a_count: |field, typed| format!("{field}: \"{typed}\" is not a whole number ≥ 0."),
    err_count_too_large: |field| format!("{field}: the number is too large."),
    err_present_exceeds_total: |present, total| {
        format!("Households present ({present}) exceed all households ({total}).")
    },
    err_cast_exceeds_present: |cast, present| {
        format!("For + against + abstain ({cast}) exceed the households present ({present}).")
    },
    err_count_breaks_rule: |field, problem| format!("Check “{field}”: {problem}"),
    err_bad_time: "Write the time as 02/12/2026 19:30 (day/month/year hour:minute).",
    err_no_such_day: |day, month, year| {
        format!(
            "There is no {day:02}/{month:02}/{year} in the calendar: check the day and the month."
        )
    },
    err_no_such_time: |hour, minute| {
        format!(
            "{hour:02}:{minute:02} is not a time of day: hours go from 0 to 23, minutes from 0 to 59."
        )
    },
    err_reason_required: "A reason for the correction is required.",

    agenda_title: "Agenda",
    queue_title: "Waiting to speak",
    queue_empty: "Nobody is waiting. Press a to add a speaker.",
    floor_title: "Speaking now",
    floor_empty: "Nobody has the floor. Press n for the next speaker.",
    opinion_waiting: "✎ Opinion half written: press o to go on.",
    opinions_title: |item_no, opinions| format!("Opinions on item {item_no} ({opinions})"),
    opinions_empty: "No opinions on this item yet.",
    opinion_corrected_mark: "✎ corrected",
    vote_title: "Vote",
    no_vote_yet: "Not voted yet. Press v to enter the counts.",
    no_items: "No agenda items yet. Press i to add one.",
    chair_no_items: "No agenda items yet.",
    present_label: "Present",
    households: "households",
    quorum_yes: "quorum",
    quorum_no: "NO quorum",
    turn: "Turn",
    closed_banner: "This meeting is closed: read only",
    corrected_times: |corrections| format!("corrected {corrections} times"),
    chair_revote: |vote_no| format!("RE-VOTE: VOTE {vote_no}"),
    chair_corrected: |corrections| match corrections {
        1 => "COUNTS CORRECTED ONCE".to_owned(),
        _ => format!("COUNTS CORRECTED {corrections} TIMES"),
    },
    floor_item: |item_no| format!("agenda item {item_no}"),

    field_speaking_limit: "Minutes per turn",
    export_form_title: "Export the CSV files and the minutes",
    field_export_folder: "Folder",
    field_minutes_title: "Document title",
    speaking_limit_form_title: "Speaking time per turn (0: no limit)",
    err_speaking_limit_too_long: |field| format!("{field}: at most 1440 minutes (24 hours)."),
    saved_speaking_limit: |minutes| format!("Each turn may last up to {minutes} minutes."),
    saved_no_speaking_limit: "No limit on speaking time.",
    clock_left: |left| format!("{left} left"),
    clock_time_up: "TIME UP",
    turn_new: "new",
    turn_nth: |nth| format!("turn {nth}"),

    editor_title: |speaker| format!("Opinion of {speaker}"),
    editor_correct_title: |turn_no, speaker| format!("Correct turn {turn_no} of {speaker}"),
    stance_label: "Stance",
    editor_placeholder: "Summarise what the speaker says…",

    chair_title: "VOTE RESULT",
    chair_no_vote: "This item has not been voted on yet",
    of_all_households: "of all households",
    of_present: "of those present",
    not_voting: "Not voting",
    rule_label: "Passes with",
    rule_words: |threshold, base| format!("{threshold} of {base}"),
    quorum_line: |present, total, quorum| format!("Present {present}/{total} households: {quorum}"),

    show_live: "● LIVE",
    show_browsing: "BROWSING · Esc: back to live",
    show_item_of: |item_no, items| format!("Item {item_no} of {items}"),
    show_no_meeting: "No meeting yet. It appears here as soon as the secretary creates it.",
    show_no_floor: "Nobody has the floor",
    show_next: "Next",
    show_queue_more: |more| format!("and {more} more"),
    show_limit: |limit| format!("up to {limit} per turn"),
    show_minutes: |minutes| format!("{minutes} min"),
    show_no_limit: "no time limit",

    confirm_title: "Confirm",
    confirm_remove_queued: |speaker| format!("Remove {speaker} from the speaker queue?"),
    confirm_return_floor: |speaker| {
        format!(
            "Stop the turn of {speaker} and put them back at the head of the queue? The opinion being typed will not be saved."
        )
    },
    confirm_quit: "Quit hopdan?",
    confirm_discard_form: "Discard what was typed?",

    saved_meeting: "Meeting created.",
    saved_item: |item_no| format!("Item {item_no} saved."),
    saved_queued: |speaker| format!("{speaker} added to the speaker queue."),
    saved_floor: |speaker| format!("{speaker} has the floor."),
    saved_opinion: |speaker, turn_no| format!("Opinion of {speaker} saved (turn {turn_no})."),
    saved_correction: "Correction saved.",
    saved_vote: |outcome| format!("Vote saved: {outcome}."),
    saved_present: |present| format!("Households present: {present}."),
    removed_queued: |speaker| format!("{speaker} removed from the queue."),
    returned_floor: |speaker| format!("{speaker} is back at the head of the queue."),
    exported_with_minutes: |dir| {
        format!(
            "Exported the CSV files and the minutes (minutes.html, minutes.docx) to {dir}",
            dir = dir.display()
        )
    },
    minutes: &minutes::EN,
    sample_loaded: "Sample meeting opened.",
    draft_restored: "Restored what was being typed.",
    history_unreadable: "(the values before the correction cannot be read)",
    draft_waiting: "Another program is using the database file: keep typing; what you type stays on screen and is kept as a draft as soon as the file is free.",
    draft_kept_after_waiting: "The database file is free again: what you are typing is kept as a draft.",
    meeting_draft_waiting: "A new meeting was being typed: press n to go on with it.",
    queue_is_empty: "The speaker queue is empty.",
    floor_is_taken: "Someone has the floor: save their opinion first.",
    no_floor: "Nobody has the floor.",
    no_item_selected: "There is no agenda item yet.",
    no_vote_to_correct: "This item has no vote to correct.",
    nothing_selected: "Nothing is selected.",
    meeting_closed: "This meeting is closed and cannot be changed.",

    guests_title: |count| format!("Guests and officials present ({count})"),
    guests_empty: "No guests listed yet. Press a to add one.",
    guests_empty_closed: "The meeting had no guests.",
    guest_form_title: "Add a guest",
    guest_correct_title: "Correct a guest",
    field_guest_name: "Name",
    field_guest_role: "Position, organisation",
    confirm_remove_guest: |guest| format!("Remove {guest} from the guests?"),
    saved_guest: |guest| format!("{guest} added to the guests."),
    corrected_guest: |guest| format!("Guest {guest} corrected."),
    removed_guest: |guest| format!("{guest} removed from the guests."),
    conclusion_form_title: |item_no| format!("The chair's conclusion on item {item_no}"),
    field_conclusion: "Conclusion",
    saved_conclusion: |item_no| format!("Conclusion on item {item_no} saved."),
    cleared_conclusion: |item_no| {
        format!("Conclusion on item {item_no} removed; the minutes leave its line blank.")
    },
    opinion_empty: "The opinion is empty.",
    stance_not_chosen: |set_keys, cycle_key| {
        format!("No stance chosen yet: press {set_keys} or {cycle_key}.")
    },
    err_stance_missing: |set_keys, cycle_key| {
        format!("Not saved: choose a stance with {set_keys} or {cycle_key}; the text is kept.")
    },

    causes: &causes::EN,
    err_not_a_database: |path| {
        format!(
            "{path} is not a hopdan database file; it was left unchanged.",
            path = path.display()
        )
    },
    err_cannot_open: |path, cause| {
        format!(
            "Cannot open the database file {path}: {cause}.",
            path = path.display()
        )
    },
    err_newer_schema: |found, supported| {
        format!(
            "The database was written by a newer version of hopdan (schema {found}, this version knows up to schema {supported}); it was left unchanged: please update hopdan."
        )
    },
    err_no_database: |path| {
        format!(
            "There is no hopdan data at {path} yet; open that file once with hopdan first (it was not created).",
            path = path.display()
        )
    },
    err_older_schema: |found, supported| {
        format!(
            "The database was written by an older version of hopdan (schema {found}, this version uses schema {supported}); open it once with hopdan first to update it."
        )
    },
    err_corrupt: "The database file is damaged; restore it from a backup.",
    err_busy: "The database is in use by another program; try again in a moment.",
    err_in_use: |path| {
        format!(
            "The database {path} is open in another hopdan window; close that one first.",
            path = path.display()
        )
    },
    err_read_only: "The database cannot be written: the file, its folder or the disk is read-only.",
    err_disk_full: "The disk is full: free some space and try again; nothing already saved was lost.",
    err_floor_taken: |speaker| format!("{speaker} still has the floor; end their turn first."),
    err_ends_before_start: |started, ended| {
        format!("The meeting cannot end ({ended}) before it starts ({started}).")
    },
    err_altered_since_closing: |meeting| {
        format!(
            "Meeting {meeting} was changed after it was closed, so nothing was exported; to see what changed: hopdan verify --meeting {meeting}"
        )
    },
    err_backup_over_database: |path| {
        format!(
            "{path} is the database itself; choose another file for the backup.",
            path = path.display()
        )
    },
    err_backup: |path, cause| {
        format!(
            "Cannot write the backup {path}: {cause}.",
            path = path.display()
        )
    },
    err_migration: |cause| {
        format!("The database could not be updated to this version of hopdan: {cause}.")
    },
    err_database: |cause| format!("Database error: {cause}."),
    missing_meeting: |meeting| format!("There is no meeting {meeting}."),
    missing_agenda_item: |meeting, item_no| {
        format!("There is no agenda item {item_no} of meeting {meeting}.")
    },
    missing_queue_entry: |meeting, queue_id| {
        format!("There is no queue entry {queue_id} of meeting {meeting}.")
    },
    missing_turn: |meeting, item_no, turn_no| {
        format!("There is no turn {turn_no} on agenda item {item_no} of meeting {meeting}.")
    },
    missing_vote: |meeting, item_no, vote_no| {
        format!("There is no vote {vote_no} on agenda item {item_no} of meeting {meeting}.")
    },
    missing_guest: |meeting, guest_no| {
        format!("There is no guest {guest_no} in meeting {meeting}.")
    },
    row_meeting: "the meeting details",
    row_agenda_item: |item_no| format!("item {item_no}"),
    row_opinion: |item_no, turn_no| format!("opinion {turn_no} of item {item_no}"),
    row_vote: |item_no, vote_no| format!("vote {vote_no} of item {item_no}"),
    row_guest: |guest_no| format!("guest {guest_no}"),
    row_conclusion: |item_no| format!("the chair's conclusion on item {item_no}"),
    row_correction: |correction_no| format!("correction {correction_no}"),
    row_register_change: |change_no| format!("change {change_no} of the register or the pledges"),
    row_household: |household_no| format!("household {household_no} of the register"),
    row_attendance: |household_no, arrived| {
        format!("the sign-in of household {household_no} at {arrived}")
    },
    row_pledge: |item_no, household_no| {
        format!("the land pledge of household {household_no} on item {item_no}")
    },
    row_pledge_item: |item_no| format!("the mark of item {item_no} as taking land pledges"),
    row_item_option: |item_no, option_no| format!("option {option_no} of item {item_no}"),
    row_option_vote: |item_no, vote_no, option_no| {
        format!("the hands for option {option_no} in vote {vote_no} of item {item_no}")
    },
    err_measure_empty: "A number is required.",
    err_measure_not_a_number: |typed| {
        format!("\"{typed}\" is not a measure such as 2.5 (one decimal point or comma).")
    },
    err_measure_negative: |typed| format!("\"{typed}\" is negative; a measure is 0 or more."),
    err_measure_too_precise: |typed| {
        format!("\"{typed}\" has more than two decimals (measure to the centimetre, as in 2.55).")
    },
    err_measure_too_large: |typed| format!("\"{typed}\" is more than 1000: check the measure."),
    err_area_too_large: "The area is more than 1000 m²: check the measures.",
    err_count_empty: "A count is required.",
    err_count_not_whole: |typed| format!("\"{typed}\" is not a whole number ≥ 0."),
    err_count_too_large_value: |typed| format!("\"{typed}\" is too large."),
    err_code: |found, expected| format!("\"{found}\" is not one of: {expected}."),
    import_at_line_column: |file, line, column, problem| {
        format!("{file} line {line}, column {column}: {problem}")
    },
    import_at_line: |file, line, problem| format!("{file} line {line}: {problem}"),
    import_at_column: |file, column, problem| format!("{file}, column {column}: {problem}"),
    import_in_file: |file, problem| format!("{file}: {problem}"),
    import_missing: "The file is missing.",
    import_missing_from: |dir| {
        format!(
            "The file is missing from the folder {dir}.",
            dir = dir.display()
        )
    },
    import_unreadable: |cause| format!("The file cannot be read: {cause}."),
    import_not_csv: "It is not valid CSV.",
    import_not_utf8: "The text is not valid UTF-8.",
    import_unknown_encoding: "The text is neither UTF-8 nor Windows-1258 (the two encodings Excel saves Vietnamese in).",
    import_text_after_quote: "A quoted cell goes on after its closing quote; put the whole cell in quotes.",
    import_empty: |header| {
        format!("The file is empty; its first line must be the header {header}.")
    },
    import_wrong_header: |expected, found| {
        format!("The header must be \"{expected}\", not \"{found}\".")
    },
    import_field_count: |found, expected| {
        format!("The row has {found} fields, expected {expected}.")
    },
    import_no_meeting_row: "There is no meeting row (exactly one is expected).",
    import_extra_meeting_row: "There is a second meeting row (exactly one is expected).",
    import_bad_meeting_id: |typed| format!("\"{typed}\" is not a meeting id (a whole number)."),
    import_other_meeting: |found, expected| {
        format!("Meeting id {found} differs from {expected} in meeting.csv.")
    },
    import_zero: |typed| format!("\"{typed}\" must be 1 or more."),
    import_no_time: "A time is required.",
    import_closed_without_end: "A closed meeting has the time it ended.",
    import_other_total: |found, expected| {
        format!("{found} households in all differs from {expected} in meeting.csv.")
    },
    import_bad_time: |typed| {
        format!(
            "\"{typed}\" is not a time in ISO 8601 with its offset, such as 2022-06-12T08:30:00+07:00."
        )
    },
    import_ends_before_start: |started, ended| {
        format!("The meeting ends ({ended}) before it starts ({started}).")
    },
    import_not_voting: |found, expected| {
        format!("{found} differs from households present − for − against − abstain = {expected}.")
    },
    import_wrong_result: |found, computed, threshold, base| {
        format!(
            "\"{found}\" differs from \"{computed}\", the result of these counts (to pass, {threshold} of {base} must be for)."
        )
    },
    import_unknown_item: |item_no| format!("Item {item_no} is not in agenda.csv."),
    import_blank: "This cell must not be empty.",
    import_duplicate: |row, first_line| {
        format!("{row} appears twice (first on line {first_line}).")
    },
    import_household_no_too_long: |typed, max| {
        format!("The household number \"{typed}\" is longer than {max} characters.")
    },
    import_leaves_before_arriving: |arrived, left| {
        format!("The representative leaves ({left}) before arriving ({arrived}).")
    },
    import_unknown_household: |household_no| {
        format!("Household {household_no} is not in the register (households.csv).")
    },
    import_item_takes_no_pledges: |item_no| {
        format!("Item {item_no} is not in pledge_items.csv, so it takes no land pledges.")
    },
    import_other_register_total: |total, register| {
        format!(
            "households_total says {total} but the register (households.csv) has {register} \
             households; with a register, the total is the number of households in it."
        )
    },
    import_present_not_attendance: |vote, found, counted| {
        format!(
            "{vote} says {found} households present, but the attendance list (attendance.csv) \
             counts {counted} present at the time of the vote."
        )
    },
    import_other_present_than_list: |present, counted| {
        format!(
            "households_present says {present} but the attendance list (attendance.csv) has \
             {counted} households that have not left; with a list, those present are the \
             households on it."
        )
    },
    import_stays_overlap: |household_no, arrived| {
        format!(
            "Household {household_no} signs in again at {arrived} before its earlier sign-in \
             left."
        )
    },
    import_too_many_options: |item_no, option_no, max| {
        format!("Item {item_no} has an option {option_no}; an item offers at most {max} options.")
    },
    import_option_out_of_order: |item_no, found, expected| {
        format!(
            "The options of item {item_no} are numbered 1, 2, … without gaps: option {found} \
             comes where option {expected} is due."
        )
    },
    import_item_without_options: |item_no| {
        format!(
            "Item {item_no} has no options in options.csv: it is a yes/no question, and its \
             votes are not counted per option."
        )
    },
    import_unknown_option: |item_no, option_no| {
        format!("Item {item_no} has no option {option_no} in options.csv.")
    },
    import_vote_not_in_votes: |vote| format!("{vote} is not in votes.csv."),
    import_options_vote_corrected: |vote| {
        format!(
            "{vote} is a vote among options: its counts are never corrected (a miscount is \
             voted again), so its corrections must be 0."
        )
    },
    import_too_few_option_counts: |vote, found, min| match found {
        0 => format!(
            "{vote} is a vote among options, but option_votes.csv counts the hands for none \
             of them; a vote puts at least {min} options."
        ),
        _ => format!(
            "{vote} is a vote among options, but option_votes.csv counts the hands for only \
             {found} of them; a vote puts at least {min} options."
        ),
    },
    import_not_leading_votes: |found, expected, option_no| {
        format!(
            "{found} differs from {expected}, the hands for option {option_no}, the option with \
             the most hands in option_votes.csv."
        )
    },
    import_not_other_votes: |found, expected| {
        format!(
            "{found} differs from {expected}, the hands for the options other than the one with \
             the most in option_votes.csv."
        )
    },
    import_wrong_options_result: |found, computed, adopted, threshold, base| match adopted {
        Some(option_no) => format!(
            "\"{found}\" differs from \"{computed}\", the result of the hands for each option \
             in option_votes.csv: option {option_no} is adopted, with {threshold} of {base} and \
             more hands than every other option."
        ),
        None => format!(
            "\"{found}\" differs from \"{computed}\", the result of the hands for each option \
             in option_votes.csv: an option is adopted only with {threshold} of {base} and more \
             hands than every other option."
        ),
    },
    register_in_file: |file, problem| format!("{}: {problem}", file.display()),
    register_at_line: |file, line, problem| format!("{} line {line}: {problem}", file.display()),
    register_empty: "The file is empty: it lists no household.",
    register_no_households: "The file has a heading row but no household.",
    register_no_address_column: |headings| {
        format!(
            "No column is the address (address or Địa chỉ); the file's columns are: {headings}."
        )
    },
    register_no_head_column: |headings| {
        format!(
            "No column is the head of the household (head_name, Chủ hộ or Họ tên chủ hộ); the \
             file's columns are: {headings}."
        )
    },
    register_no_address: "The household has no address.",
    register_bad_members: |typed| {
        format!("The number of members \"{typed}\" is not a whole number ≥ 0.")
    },
    register_number_too_long: |typed, max| {
        format!("The household number \"{typed}\" is longer than {max} characters.")
    },
    register_duplicate_number: |number, first_line| {
        format!("Household number {number} is given twice (first on line {first_line}).")
    },
    register_ignored_columns: |columns| format!("Columns not used, ignored: {columns}."),
    register_numbered: |count| {
        format!(
            "{count} households without a number were numbered by their place in the file \
             (1, 2, …; a number the file gives to another takes the next one free)."
        )
    },
    register_empty_rows: |lines| format!("Empty rows skipped: lines {lines}."),
    import_correction_out_of_order: |found, expected| {
        format!(
            "Correction {found} stands where correction {expected} is due (corrections are numbered 1, 2, … in order)."
        )
    },
    import_correction_differs: |correction_no, first_line| {
        format!("Differs from the first row of correction {correction_no} (line {first_line}).")
    },
    import_correction_key: |entity| {
        format!("item_no and number do not name one entry of the kind {entity}.")
    },
    import_correction_no_entry: |file| format!("The corrected entry is not in {file}."),
    import_correction_not_a_field: |found, file| {
        format!("\"{found}\" is not a column of {file} that can be corrected.")
    },
    import_correction_field_twice: |field| {
        format!("The column {field} appears twice in one correction.")
    },
    import_correction_empty_field: "A correction that changed nothing has one row, with empty values.",
    import_change_does_not_fit: |entity, action| {
        format!(
            "A change of a {entity} cannot be \"{action}\" with this item_no (a household: no \
             item_no, correct or moved_away; a pledge: an item_no, correct or removed)."
        )
    },
    import_ended_entry_rows: |field| {
        format!(
            "A household moved away or a pledge removed has one row per field, its new value \
             empty; the field {field} is not so."
        )
    },
    import_correction_new_value: |found, held| {
        format!(
            "The new value \"{found}\" differs from \"{held}\", what the entry held after the correction."
        )
    },
    import_correction_count: |item_no, vote_no, counted, listed| {
        format!(
            "Vote {vote_no} of item {item_no} has {counted} corrections in votes.csv, but this \
             file lists {listed}."
        )
    },
    export_create_dir: |dir, cause| {
        format!(
            "Cannot create the folder {dir}: {cause}.",
            dir = dir.display()
        )
    },
    export_write: |path, cause| format!("Cannot write {path}: {cause}.", path = path.display()),
    export_not_an_export_folder: |dir, found| {
        format!(
            "The folder {dir} holds {found}, which is not a file of an export; export into an empty folder or the folder of an earlier export.",
            dir = dir.display()
        )
    },
    cli_no_meeting_to_export: "There is no meeting to export.",
    cli_no_data_dir: "No user data folder is known on this system; give the database file with --db PATH.",
    cli_current_dir: |cause| format!("The current folder cannot be read: {cause}."),
    cli_demo_temp_dir: |cause| format!("Cannot create a temporary folder for the demo: {cause}."),
    cli_terminal_failed: |cause| format!("The terminal failed: {cause}."),
    cli_register_unreadable: |file, cause| {
        format!("Cannot read the file {}: {cause}.", file.display())
    },
    cli_households_imported: |count, meeting, total| {
        format!(
            "{count} households imported into the register of meeting {meeting}; the total is now {total}."
        )
    },
    verify_intact: |meeting, fingerprint| {
        format!(
            "Meeting {meeting} is intact, as it was when closed. SHA-256 fingerprint: {fingerprint}"
        )
    },
    verify_open: |meeting| {
        format!("Meeting {meeting} is still open, so it has no fingerprint to check yet.")
    },
    verify_unsealed: |meeting| {
        format!(
            "Meeting {meeting} was closed without a fingerprint (by an older version), so it cannot be checked."
        )
    },
    verify_altered: |meeting| format!("Meeting {meeting} was changed after it was closed:"),
    verify_altered_rows_unknown: |meeting| {
        format!(
            "Meeting {meeting} was changed after it was closed; which rows changed is not known."
        )
    },
    change_changed: "changed",
    change_removed: "removed",
    change_added: "added",

    keys: &keys::EN,
    cli: &cli::EN,
    register: &register::EN,
    options: &options::EN,
    ballots: &ballots::EN,
    help_title: "Keys",
    help_more_above: |lines| match lines {
        1 => "↑ 1 line above".to_owned(),
        _ => format!("↑ {lines} lines above"),
    },
    help_more_below: |lines| match lines {
        1 => "↓ 1 more line (PgDn)".to_owned(),
        _ => format!("↓ {lines} more lines (PgDn)"),
    },

    confirm_close: "Close the meeting? After that the record can be read but no longer changed.",
    confirm_close_waiting: |waiting| {
        format!("{waiting} people waiting or speaking will be taken off the list.")
    },
    saved_closed: |fingerprint| format!("Meeting closed. SHA-256 fingerprint: {fingerprint}"),
    history_title: "Corrections",
    history_empty: "This item has no corrections.",
    history_vote: |vote_no| format!("Vote {vote_no}"),
    history_opinion: |turn_no| format!("Opinion, turn {turn_no}"),
    history_reason: "Reason",
    history_before: "Before",
    history_meeting: "Meeting details",
    history_agenda_item: |item_no| format!("Item {item_no}"),
    history_queued_speaker: "Queued speaker",
    history_moved_from: |item_no, turn_no| format!("moved from item {item_no}, turn {turn_no}"),

    meeting_details_title: "Meeting details",
    item_correct_title: |item_no| format!("Correct item {item_no}"),
    queued_correct_title: |speaker| format!("Correct the request of {speaker}"),
    opinion_correct_title: |turn_no| format!("Correct turn {turn_no}: speaker, item"),
    field_opinion_item: "Item no.",
    err_other_households_total: |found, expected| {
        format!("The vote counts {found} households in all, but the meeting has {expected}.")
    },
    err_nameless_speaker: "A speaker needs a name.",
    err_total_fixed_by_votes: "The meeting has votes, so its number of households can no longer change: each vote was counted among the households it had then.",
    err_rule_fixed_by_vote: |item_no| {
        format!(
            "Item {item_no} has been voted on, so its rule can no longer change: its result \
             was decided by the rule in force."
        )
    },

    stance_support: "Support",
    stance_oppose: "Oppose",
    stance_other: "Other",
    stance_question: "Question",
    base_all: "all households",
    base_present: "households present",
    base_cast: "households voting",
    threshold_half: "more than half",
    threshold_two_thirds: "two thirds",
    threshold_three_quarters: "three quarters",
    outcome_passed: "PASSED",
    outcome_failed: "NOT PASSED",
    outcome_no_quorum: "NO QUORUM",

    confirm_leave_meeting: "Back to the meetings list?",

    queue_empty_closed: "Nobody is waiting.",
    floor_empty_closed: "The meeting is closed.",
    no_vote_closed: "This item was not voted on.",
    no_items_closed: "The meeting had no agenda items.",
    opinions_title_no_item: "Opinions (no agenda item)",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("vi".parse::<Lang>(), Ok(Lang::Vi));
        assert!("fr".parse::<Lang>().is_err());
    }
}
