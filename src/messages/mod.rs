//! Every error said in the user's language.
//!
//! The error types of `store`, `export`, `records` and `domain` stay language-neutral (their
//! `Display` is English, for logs and for library users); what the user reads is built here from
//! the templates of [`Strings`]. Every `match` below names every variant, so a new variant does
//! not compile until it has words in both languages.
//!
//! What comes from outside hopdan (an operating system message, SQLite's description of damage,
//! a CSV parser's message) is not shown: an io or SQLite error is said by its kind, in words of
//! the language (module `cause`), and stays whole in the error's `source()` for logs.

mod ballots;
mod cause;

pub use ballots::{ballot_count_error, ballot_error, committee_error, witness_error};
pub use cause::io_cause;

use crate::domain::{
    CodeError, CountError, MeasureError, MeetingId, PledgeError, VoteError, WhenError,
};
use crate::export::{ExportError, ImportError, ImportProblem};
use crate::i18n::Strings;
use crate::records::{Part, RegisterError, RegisterWarning};
use crate::store::{Change, Missing, StoreError, Verification};

/// A database error as one sentence.
pub fn store_error(s: &Strings, err: &StoreError) -> String {
    let r = s.register;
    let o = s.options;
    match err {
        StoreError::NotADatabase { path } => (s.err_not_a_database)(path),
        StoreError::CannotOpen { path, cause } => {
            (s.err_cannot_open)(path, &cause::open_cause(s, cause))
        }
        StoreError::NewerSchema { found, supported } => (s.err_newer_schema)(*found, *supported),
        StoreError::NoDatabase { path } => (s.err_no_database)(path),
        StoreError::OlderSchema { found, supported } => (s.err_older_schema)(*found, *supported),
        StoreError::Corrupt { .. } => s.err_corrupt.to_owned(),
        StoreError::Busy => s.err_busy.to_owned(),
        StoreError::InUse { path } => (s.err_in_use)(path),
        StoreError::ReadOnly => s.err_read_only.to_owned(),
        StoreError::DiskFull => s.err_disk_full.to_owned(),
        StoreError::NotFound(missing) => missing_words(s, *missing),
        StoreError::InvalidVote(e) => vote_error(s, *e),
        StoreError::MeetingClosed => s.meeting_closed.to_owned(),
        StoreError::NoFloor => s.no_floor.to_owned(),
        StoreError::FloorTaken { speaker } => (s.err_floor_taken)(speaker),
        StoreError::RuleFixedByVote { item_no } => (s.err_rule_fixed_by_vote)(*item_no),
        StoreError::OtherHouseholdsTotal { found, expected } => {
            (s.err_other_households_total)(*found, *expected)
        }
        StoreError::NamelessSpeaker => s.err_nameless_speaker.to_owned(),
        StoreError::TotalFixedByVotes { .. } => s.err_total_fixed_by_votes.to_owned(),
        StoreError::EndsBeforeStart { started, ended } => (s.err_ends_before_start)(started, ended),
        StoreError::AlteredSinceClosing { id } => (s.err_altered_since_closing)(*id),
        StoreError::BackupOverDatabase { path } => (s.err_backup_over_database)(path),
        StoreError::Backup { path, cause } => (s.err_backup)(path, &cause::backup_cause(s, cause)),
        StoreError::Migration(e) => (s.err_migration)(&cause::migration_cause(s, e)),
        StoreError::Sqlite(e) => (s.err_database)(&cause::sqlite_cause(s, e)),
        StoreError::UnknownHousehold { household_no } => (r.err_unknown_household)(household_no),
        StoreError::BadHouseholdNumber { household_no } => {
            (r.err_bad_household_number)(household_no)
        }
        StoreError::DuplicateHousehold { household_no } => {
            (r.err_duplicate_household)(household_no)
        }
        StoreError::HouseholdNumberKept { household_no } => {
            (r.err_household_number_kept)(household_no)
        }
        StoreError::HouseholdInUse { household_no } => (r.err_household_in_use)(household_no),
        StoreError::RegisterInUse => r.err_register_in_use.to_owned(),
        StoreError::RegisterHasHistory => r.err_register_has_history.to_owned(),
        StoreError::AlreadySignedIn {
            household_no,
            arrived_at,
        } => (r.err_already_signed_in)(household_no, &clock_time(arrived_at)),
        StoreError::NotSignedIn { household_no } => (r.err_not_signed_in)(household_no),
        StoreError::SignInCounted { household_no } => (r.err_sign_in_counted)(household_no),
        StoreError::NamelessRepresentative { household_no } => {
            (r.err_nameless_representative)(household_no)
        }
        StoreError::ProxyWithoutNote { .. } => r.err_proxy_note_required.to_owned(),
        StoreError::LastHousehold { household_no } => (r.err_last_household)(household_no),
        StoreError::PresenceFromRegister => r.err_presence_from_register.to_owned(),
        StoreError::TotalFromRegister => r.err_total_from_register.to_owned(),
        StoreError::PresentNotAttendance { found, expected } => {
            (r.err_present_not_attendance)(*found, *expected)
        }
        StoreError::ItemTakesNoPledges { item_no } => (r.err_item_takes_no_pledges)(*item_no),
        StoreError::ItemHasPledges { item_no } => (r.err_item_has_pledges)(*item_no),
        StoreError::TooManyOptions { item_no } => {
            (o.err_too_many_options)(*item_no, crate::domain::MAX_OPTIONS)
        }
        StoreError::TooFewOptions { item_no } => (o.err_too_few_options)(*item_no),
        StoreError::OptionsNotOfItem { item_no } => (o.err_options_not_of_item)(*item_no),
        StoreError::OptionsFixedByVote { item_no } => (o.err_options_fixed_by_vote)(*item_no),
        StoreError::NoSuchOption { item_no, option_no } => {
            (o.err_no_such_option)(*item_no, *option_no)
        }
        StoreError::OptionWithoutTitle => o.err_option_without_title.to_owned(),
        StoreError::OptionsVoteNotCorrected { item_no } => {
            (o.err_options_vote_not_corrected)(*item_no)
        }
        StoreError::AlreadyPledged {
            item_no,
            household_no,
        } => (r.err_already_pledged)(*item_no, household_no),
        StoreError::NoPledge {
            item_no,
            household_no,
        } => (r.err_no_pledge)(*item_no, household_no),
        StoreError::InvalidPledge(PledgeError::AreaTooLarge) => r.err_area_too_large.to_owned(),
        StoreError::Committee(e) => committee_error(s, e),
        StoreError::Witness(e) => witness_error(s, e),
        StoreError::BallotCount(e) => ballot_count_error(s, *e),
        StoreError::Ballot(e) => ballot_error(s, e),
        StoreError::RoundNeedsRegister => s.ballots.err_round_needs_register.to_owned(),
        StoreError::NoSuchRound { item_no, vote_no } => {
            (s.ballots.err_no_such_round)(*item_no, *vote_no)
        }
        StoreError::RoundCounted { item_no, vote_no } => {
            (s.ballots.err_round_counted)(*item_no, *vote_no)
        }
        StoreError::RoundOpen { item_no, vote_no } => {
            (s.ballots.err_round_open)(*item_no, *vote_no)
        }
        StoreError::BallotBeforeRound {
            received_at,
            opened_at,
        } => (s.ballots.err_ballot_before_round)(&shown_time(received_at), &shown_time(opened_at)),
        StoreError::BallotCorrectionWithoutReason => {
            s.ballots.err_correction_without_reason.to_owned()
        }
        StoreError::BallotNotCorrected { item_no, vote_no } => {
            (s.ballots.err_ballot_not_corrected)(*item_no, *vote_no)
        }
    }
}

/// A time the store or a file gives (ISO 8601) as the screens show one: "12/06/2022 08:30".
fn shown_time(text: &str) -> String {
    crate::domain::parse_time(text)
        .map_or_else(|_| text.to_owned(), |t| crate::domain::format_when(&t))
}

/// The day by which a household-ballot round counted at `counted` must reach the ward People's
/// Committee and the Front committee (5 working days, Decree 59/2023 Art. 4(7)): "11/06/2022".
pub fn reporting_day(counted: &chrono::DateTime<chrono::FixedOffset>) -> String {
    crate::domain::reporting_deadline(counted.date_naive())
        .format("%d/%m/%Y")
        .to_string()
}

/// A time of the meeting's day as it is said at the door: "7:50".
pub fn clock_time(at: &chrono::DateTime<chrono::FixedOffset>) -> String {
    at.format("%-H:%M").to_string()
}

/// Counts that break a rule of SPEC §1.
/// What is wrong with the counts of a vote among options: as [`vote_error`], but the hands are
/// those raised for the options and the abstentions, not for and against.
pub fn options_vote_error(s: &Strings, err: VoteError) -> String {
    match err {
        VoteError::CastExceedsPresent { cast, present } => {
            (s.options.err_hands_exceed_present)(cast, present)
        }
        other => vote_error(s, other),
    }
}

pub fn vote_error(s: &Strings, err: VoteError) -> String {
    match err {
        VoteError::PresentExceedsTotal { present, total } => {
            (s.err_present_exceeds_total)(present, total)
        }
        VoteError::CastExceedsPresent { cast, present } => {
            (s.err_cast_exceeds_present)(cast, present)
        }
    }
}

/// A length or an area typed in the field `field` that is not one, naming the field.
pub fn measure_error(s: &Strings, field: &str, err: &MeasureError) -> String {
    let r = s.register;
    match err {
        MeasureError::Empty => (s.err_required)(field),
        MeasureError::NotANumber(typed) => (r.err_measure_not_a_number)(field, typed),
        MeasureError::Negative(typed) => (r.err_measure_negative)(field, typed),
        MeasureError::TooPrecise(typed) => (r.err_measure_too_precise)(field, typed),
        MeasureError::TooLarge(typed) => (r.err_measure_too_large)(field, typed),
    }
}

/// A date and time typed that cannot be read or is not in the calendar.
pub fn when_error(s: &Strings, err: WhenError) -> String {
    match err {
        WhenError::Unreadable => s.err_bad_time.to_owned(),
        WhenError::NoSuchDay { day, month, year } => (s.err_no_such_day)(day, month, year),
        WhenError::NoSuchTime { hour, minute } => (s.err_no_such_time)(hour, minute),
    }
}

/// A count read from a file that is not a count. (Forms say which field; see `tui::form`.)
fn count_error(s: &Strings, err: &CountError) -> String {
    match err {
        CountError::Empty => s.err_count_empty.to_owned(),
        CountError::NotAWholeNumber(text) => (s.err_count_not_whole)(text),
        CountError::TooLarge(text) => (s.err_count_too_large_value)(text),
    }
}

/// A length or an area read from a cell that is not one (SPEC §11); the cell is named before.
fn measure_problem(s: &Strings, err: &MeasureError) -> String {
    match err {
        MeasureError::Empty => s.err_measure_empty.to_owned(),
        MeasureError::NotANumber(text) => (s.err_measure_not_a_number)(text),
        MeasureError::Negative(text) => (s.err_measure_negative)(text),
        MeasureError::TooPrecise(text) => (s.err_measure_too_precise)(text),
        MeasureError::TooLarge(text) => (s.err_measure_too_large)(text),
    }
}

/// A pledge the domain does not keep.
fn pledge_problem(s: &Strings, err: PledgeError) -> String {
    match err {
        PledgeError::AreaTooLarge => s.err_area_too_large.to_owned(),
    }
}

/// A code (stance, vote base, threshold, result, status) that names no known value.
fn code_error(s: &Strings, err: &CodeError) -> String {
    (s.err_code)(&err.found, &err.expected.join(", "))
}

/// Where an import failed and why: `votes.csv dòng 3, cột votes_for: "-1" không phải …`.
pub fn import_error(s: &Strings, err: &ImportError) -> String {
    let problem = after_colon(&import_problem(s, &err.problem));
    match (err.line, err.column) {
        (Some(line), Some(column)) => (s.import_at_line_column)(err.file, line, column, &problem),
        (Some(line), None) => (s.import_at_line)(err.file, line, &problem),
        (None, Some(column)) => (s.import_at_column)(err.file, column, &problem),
        (None, None) => (s.import_in_file)(err.file, &problem),
    }
}

/// What is wrong in an imported file, without the place.
fn import_problem(s: &Strings, problem: &ImportProblem) -> String {
    let b = s.ballots;
    match problem {
        ImportProblem::Missing { dir } if dir.as_os_str().is_empty() => s.import_missing.to_owned(),
        ImportProblem::Missing { dir } => (s.import_missing_from)(dir),
        ImportProblem::Unreadable(e) => (s.import_unreadable)(&io_cause(s, e)),
        ImportProblem::NotCsv(_) => s.import_not_csv.to_owned(),
        ImportProblem::NotUtf8 => s.import_not_utf8.to_owned(),
        ImportProblem::UnknownEncoding => s.import_unknown_encoding.to_owned(),
        ImportProblem::TextAfterQuote => s.import_text_after_quote.to_owned(),
        ImportProblem::Empty { expected } => (s.import_empty)(&expected.join(",")),
        ImportProblem::WrongHeader { found, expected } => {
            (s.import_wrong_header)(&expected.join(","), &found.join(","))
        }
        ImportProblem::FieldCount { found, expected } => (s.import_field_count)(*found, *expected),
        ImportProblem::NoMeetingRow => s.import_no_meeting_row.to_owned(),
        ImportProblem::ExtraMeetingRow => s.import_extra_meeting_row.to_owned(),
        ImportProblem::BadMeetingId(text) => (s.import_bad_meeting_id)(text),
        ImportProblem::OtherMeeting { found, expected } => {
            (s.import_other_meeting)(*found, *expected)
        }
        ImportProblem::Count(e) => count_error(s, e),
        ImportProblem::Zero(text) => (s.import_zero)(text),
        ImportProblem::Code(e) => code_error(s, e),
        ImportProblem::NoTime => s.import_no_time.to_owned(),
        ImportProblem::ClosedWithoutEnd => s.import_closed_without_end.to_owned(),
        ImportProblem::OtherTotal { found, expected } => (s.import_other_total)(*found, *expected),
        ImportProblem::BadTime(text) => (s.import_bad_time)(text),
        ImportProblem::EndsBeforeStart { started, ended } => {
            (s.import_ends_before_start)(started, ended)
        }
        ImportProblem::Counts(e) => vote_error(s, *e),
        ImportProblem::NotVoting { found, expected } => (s.import_not_voting)(*found, *expected),
        // The results are the codes written in the file; the rule is said in words.
        ImportProblem::WrongResult {
            found,
            computed,
            base,
            threshold,
        } => (s.import_wrong_result)(
            found.code(),
            computed.code(),
            s.threshold(*threshold),
            s.vote_base(*base),
        ),
        ImportProblem::Blank => s.import_blank.to_owned(),
        ImportProblem::UnknownItem(item_no) => (s.import_unknown_item)(*item_no),
        ImportProblem::Duplicate { part, first_line } => {
            (s.import_duplicate)(&part_words(s, **part), *first_line)
        }
        ImportProblem::CorrectionOutOfOrder { found, expected } => {
            (s.import_correction_out_of_order)(*found, *expected)
        }
        ImportProblem::CorrectionDiffers {
            correction_no,
            first_line,
        } => (s.import_correction_differs)(*correction_no, *first_line),
        ImportProblem::KeyDoesNotFit { entity } => (s.import_correction_key)(entity.code()),
        ImportProblem::NoSuchEntry { file } => (s.import_correction_no_entry)(file),
        ImportProblem::NotAField { found, file } => (s.import_correction_not_a_field)(found, file),
        ImportProblem::FieldTwice(field) => (s.import_correction_field_twice)(field),
        ImportProblem::EmptyField => s.import_correction_empty_field.to_owned(),
        ImportProblem::NewValueDiffers { found, held } => {
            (s.import_correction_new_value)(found, held)
        }
        ImportProblem::CorrectionCount {
            item_no,
            vote_no,
            counted,
            listed,
        } => (s.import_correction_count)(*item_no, *vote_no, *counted, *listed),
        ImportProblem::HouseholdNoTooLong(text) => {
            (s.import_household_no_too_long)(text, crate::records::HouseholdNo::MAX_CHARS)
        }
        ImportProblem::Measure(e) => measure_problem(s, e),
        ImportProblem::Pledge(e) => pledge_problem(s, *e),
        ImportProblem::LeavesBeforeArriving { arrived, left } => {
            (s.import_leaves_before_arriving)(arrived, left)
        }
        ImportProblem::UnknownHousehold(number) => (s.import_unknown_household)(number),
        ImportProblem::ItemTakesNoPledges(item_no) => (s.import_item_takes_no_pledges)(*item_no),
        ImportProblem::OtherRegisterTotal { total, register } => {
            (s.import_other_register_total)(*total, *register)
        }
        ImportProblem::OtherPresentThanList { present, counted } => {
            (s.import_other_present_than_list)(*present, *counted)
        }
        ImportProblem::ChangeDoesNotFit { entity, action } => {
            (s.import_change_does_not_fit)(entity.code(), action.code())
        }
        ImportProblem::EndedEntryRows { field } => (s.import_ended_entry_rows)(field),
        ImportProblem::StaysOverlap {
            household_no,
            arrived,
        } => (s.import_stays_overlap)(household_no, arrived),
        ImportProblem::PresentNotAttendance {
            item_no,
            vote_no,
            found,
            counted,
        } => (s.import_present_not_attendance)(&(s.row_vote)(*item_no, *vote_no), *found, *counted),
        ImportProblem::TooManyOptions { item_no, option_no } => {
            (s.import_too_many_options)(*item_no, *option_no, crate::domain::MAX_OPTIONS)
        }
        ImportProblem::OptionOutOfOrder {
            item_no,
            found,
            expected,
        } => (s.import_option_out_of_order)(*item_no, *found, *expected),
        ImportProblem::ItemWithoutOptions(item_no) => (s.import_item_without_options)(*item_no),
        ImportProblem::UnknownOption { item_no, option_no } => {
            (s.import_unknown_option)(*item_no, *option_no)
        }
        ImportProblem::VoteNotInVotes { item_no, vote_no } => {
            (s.import_vote_not_in_votes)(&(s.row_vote)(*item_no, *vote_no))
        }
        ImportProblem::TooFewOptionCounts {
            item_no,
            vote_no,
            found,
        } => (s.import_too_few_option_counts)(
            &(s.row_vote)(*item_no, *vote_no),
            *found,
            crate::domain::MIN_OPTIONS,
        ),
        ImportProblem::OptionsVoteCorrected { item_no, vote_no } => {
            (s.import_options_vote_corrected)(&(s.row_vote)(*item_no, *vote_no))
        }
        ImportProblem::NotLeadingVotes {
            found,
            expected,
            option_no,
        } => (s.import_not_leading_votes)(*found, *expected, *option_no),
        ImportProblem::NotOtherVotes { found, expected } => {
            (s.import_not_other_votes)(*found, *expected)
        }
        ImportProblem::WrongOptionsResult {
            found,
            computed,
            adopted,
            base,
            threshold,
        } => (s.import_wrong_options_result)(
            found.code(),
            computed.code(),
            *adopted,
            s.threshold(*threshold),
            s.vote_base(*base),
        ),
        ImportProblem::HandsInBallots => b.import_hands_in_ballots.to_owned(),
        ImportProblem::SecretWithCountedAt => b.import_secret_with_counted_at.to_owned(),
        ImportProblem::RoundWithCommittee => b.import_round_with_committee.to_owned(),
        ImportProblem::Committee(e) => committee_error(s, e),
        ImportProblem::Witness(e) => witness_error(s, e),
        ImportProblem::BallotCount(e) => ballot_count_error(s, *e),
        ImportProblem::Ballot(e) => ballot_error(s, e),
        ImportProblem::NotBallotCount { found, expected } => {
            (b.import_not_ballot_count)(*found, *expected)
        }
        ImportProblem::RoundWithoutRegister => b.import_round_without_register.to_owned(),
        ImportProblem::NotARound { item_no, vote_no } => (b.import_not_a_round)(*item_no, *vote_no),
        ImportProblem::BallotVoteCorrected { item_no, vote_no } => {
            (b.import_ballot_vote_corrected)(*item_no, *vote_no)
        }
        ImportProblem::BallotBeforeRound { received, opened } => {
            (b.import_ballot_before_round)(received, opened)
        }
        ImportProblem::CountedBeforeBallot { counted, received } => {
            (b.import_counted_before_ballot)(counted, received)
        }
    }
}

/// Why a group's spreadsheet cannot be read as a register: `file` is the file named on the
/// command line.
pub fn register_error(s: &Strings, file: &std::path::Path, err: &RegisterError) -> String {
    let (line, problem) = match err {
        RegisterError::Unreadable { line, problem } => (*line, import_problem(s, problem)),
        RegisterError::Empty => (None, s.register_empty.to_owned()),
        RegisterError::NoHouseholds => (None, s.register_no_households.to_owned()),
        RegisterError::NoAddressColumn { found } => {
            (None, (s.register_no_address_column)(&headings(found)))
        }
        RegisterError::NoHeadNameColumn { found } => {
            (None, (s.register_no_head_column)(&headings(found)))
        }
        RegisterError::NoAddress { line } => (Some(*line), s.register_no_address.to_owned()),
        RegisterError::BadMembers { line, typed } => (Some(*line), (s.register_bad_members)(typed)),
        RegisterError::NumberTooLong { line, typed } => (
            Some(*line),
            (s.register_number_too_long)(typed, crate::records::HouseholdNo::MAX_CHARS),
        ),
        RegisterError::DuplicateNumber {
            line,
            number,
            first_line,
        } => (
            Some(*line),
            (s.register_duplicate_number)(number, *first_line),
        ),
    };
    let problem = after_colon(&problem);
    match line {
        Some(line) => (s.register_at_line)(file, line, &problem),
        None => (s.register_in_file)(file, &problem),
    }
}

/// The headings of a file as they are named in a sentence: each in quotes.
fn headings(found: &[String]) -> String {
    let quoted: Vec<String> = found.iter().map(|h| format!("\"{h}\"")).collect();
    quoted.join(", ")
}

/// What the reader of a register left out or filled in, as a sentence.
pub fn register_warning(s: &Strings, warning: &RegisterWarning) -> String {
    match warning {
        RegisterWarning::IgnoredColumns(columns) => {
            (s.register_ignored_columns)(&headings(columns))
        }
        RegisterWarning::Numbered { count } => (s.register_numbered)(*count),
        RegisterWarning::EmptyRows(lines) => {
            let lines: Vec<String> = lines.iter().map(u64::to_string).collect();
            (s.register_empty_rows)(&lines.join(", "))
        }
    }
}

/// Why the exported files could not be written.
pub fn export_error(s: &Strings, err: &ExportError) -> String {
    match err {
        ExportError::CreateDir { path, error } => (s.export_create_dir)(path, &io_cause(s, error)),
        ExportError::Write { path, error } => (s.export_write)(path, &io_cause(s, error)),
        ExportError::NotAnExportFolder { path, found } => {
            (s.export_not_an_export_folder)(path, found)
        }
    }
}

/// Lower-cases the first letter of a sentence that follows a colon.
fn after_colon(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() => first.to_lowercase().chain(chars).collect(),
        _ => sentence.to_owned(),
    }
}

/// What the store was asked for and does not hold, as a sentence.
fn missing_words(s: &Strings, missing: Missing) -> String {
    match missing {
        Missing::Meeting { id } => (s.missing_meeting)(id),
        Missing::AgendaItem { meeting, item_no } => (s.missing_agenda_item)(meeting, item_no),
        Missing::QueueEntry { meeting, queue_id } => (s.missing_queue_entry)(meeting, queue_id),
        Missing::Turn {
            meeting,
            item_no,
            turn_no,
        } => (s.missing_turn)(meeting, item_no, turn_no),
        Missing::Vote {
            meeting,
            item_no,
            vote_no,
        } => (s.missing_vote)(meeting, item_no, vote_no),
        Missing::Guest { meeting, guest_no } => (s.missing_guest)(meeting, guest_no),
    }
}

/// A row of the files in words: "ý kiến thứ 3 của nội dung 2".
fn part_words(s: &Strings, part: Part) -> String {
    match part {
        Part::Meeting => s.row_meeting.to_owned(),
        Part::AgendaItem { item_no } => (s.row_agenda_item)(item_no),
        Part::Opinion { item_no, turn_no } => (s.row_opinion)(item_no, turn_no),
        Part::Vote { item_no, vote_no } => (s.row_vote)(item_no, vote_no),
        Part::Guest { guest_no } => (s.row_guest)(guest_no),
        Part::Conclusion { item_no } => (s.row_conclusion)(item_no),
        Part::Correction { correction_no } => (s.row_correction)(correction_no),
        Part::RegisterChange { change_no } => (s.row_register_change)(change_no),
        Part::Household { household_no } => (s.row_household)(household_no.as_str()),
        Part::Attendance {
            household_no,
            arrived_at,
        } => (s.row_attendance)(household_no.as_str(), &clock_time(&arrived_at)),
        Part::Pledge {
            item_no,
            household_no,
        } => (s.row_pledge)(item_no, household_no.as_str()),
        Part::PledgeItem { item_no } => (s.row_pledge_item)(item_no),
        Part::ItemOption { item_no, option_no } => (s.row_item_option)(item_no, option_no),
        Part::OptionVote {
            item_no,
            vote_no,
            option_no,
        } => (s.row_option_vote)(item_no, vote_no, option_no),
        Part::BallotVote { item_no, vote_no } => (s.ballots.row_ballot_vote)(item_no, vote_no),
        Part::HouseholdBallot {
            item_no,
            vote_no,
            household_no,
        } => (s.ballots.row_household_ballot)(item_no, vote_no, household_no.as_str()),
        Part::BallotCorrection { correction_no } => {
            (s.ballots.row_ballot_correction)(correction_no)
        }
    }
}

/// What `verify` found: the fingerprint of an intact meeting, else why it could not confirm
/// it, with each altered row on its own line, named in words.
pub fn verification(s: &Strings, id: MeetingId, verification: &Verification) -> String {
    match verification {
        Verification::Open => (s.verify_open)(id),
        Verification::Unsealed => (s.verify_unsealed)(id),
        Verification::Intact { fingerprint } => (s.verify_intact)(id, &fingerprint.grouped()),
        Verification::Altered { differences, .. } if differences.is_empty() => {
            (s.verify_altered_rows_unknown)(id)
        }
        Verification::Altered { differences, .. } => {
            let mut text = (s.verify_altered)(id);
            for difference in differences {
                let change = match difference.change {
                    Change::Changed => s.change_changed,
                    Change::Removed => s.change_removed,
                    Change::Added => s.change_added,
                };
                let row = part_words(s, difference.part);
                text.push_str(&format!("\n  {row}: {change}"));
            }
            text
        }
    }
}

#[cfg(test)]
mod tests;

/// What the vote decided, in a sentence.
pub fn options_outcome(s: &Strings, outcome: &crate::domain::OptionsOutcome) -> String {
    let o = s.options;
    match outcome {
        crate::domain::OptionsOutcome::NoQuorum => {
            s.outcome(crate::domain::Outcome::NoQuorum).to_owned()
        }
        crate::domain::OptionsOutcome::Adopted { option_no } => (o.adopted)(*option_no),
        crate::domain::OptionsOutcome::NoneAdopted { run_off } => match run_off {
            crate::domain::RunOff::Between(first, second) => {
                (o.none_adopted_run_off)(*first, *second)
            }
            crate::domain::RunOff::TieForSecond { tied, .. } => (o.tied_for_second)(tied),
            crate::domain::RunOff::TieAtTop(tied) if tied.len() >= 2 => (o.tied_at_top)(tied),
            crate::domain::RunOff::TieAtTop(_) => o.none_adopted.to_owned(),
        },
    }
}
