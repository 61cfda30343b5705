//! Every message in both languages: each text of the language tables, each variant of each
//! error and each verification outcome is rendered in Vietnamese and in English and checked
//! (`check`); and the sentences that matter most are checked word for word.

use std::io;
use std::path::{Path, PathBuf};

use super::*;
use crate::domain::{MeasureError, Outcome, PledgeError, Threshold, VoteBase};
use crate::i18n::{
    BallotWords, CauseStrings, CliWords, EN, KeyWords, MinutesStrings, OptionsWords, RegisterWords,
    VI,
};
use crate::store::{BackupFailure, Difference, Fingerprint, OpenFailure};

/// Non-empty in both languages, different between them, Vietnamese written as such, and no
/// placeholder left behind.
fn check(what: &str, vi: &str, en: &str) {
    assert!(
        vi.chars().any(|c| !c.is_ascii() && c.is_alphabetic()),
        "{what}: no Vietnamese letter in {vi:?}"
    );
    check_unmarked(what, vi, en);
}

/// `check` but for the Vietnamese letter: for a Vietnamese word that has no marks ("khung").
fn check_unmarked(what: &str, vi: &str, en: &str) {
    assert!(!vi.trim().is_empty(), "{what}: empty in Vietnamese");
    assert!(!en.trim().is_empty(), "{what}: empty in English");
    assert_ne!(vi, en, "{what}: the Vietnamese text is the English one");
    for text in [vi, en] {
        assert!(
            !text.contains(['{', '}']),
            "{what}: a placeholder is left in {text:?}"
        );
    }
}

/// One text of a language table, by the name of its field.
struct Text {
    name: &'static str,
    text: String,
    checked: Checked,
}

/// How much of `check` a text takes.
#[derive(Clone, Copy)]
enum Checked {
    Fully,
    /// A Vietnamese word with no marks: all but the Vietnamese letter.
    Unmarked,
    /// Punctuation around values, or a symbol: the same in both languages, so it is only
    /// checked for what it leaves behind.
    Layout,
}

/// Every text of one table: words as they are (`unmarked`: Vietnamese words with no marks), lists
/// joined, templates filled with sample values (ASCII, so that the Vietnamese letters found are
/// the table's own). The pattern names every
/// field without `..`: a text added to a table does not compile until it is listed here.
macro_rules! texts {
    ($table:expr, $ty:ident {
        words: [$($word:ident),* $(,)?],
        unmarked: [$($unmarked:ident),* $(,)?],
        lists: [$($list:ident),* $(,)?],
        templates: [$($template:ident($($arg:expr),*)),* $(,)?],
        symbols: [$($symbol:ident),* $(,)?],
        layout: [$($layout:ident($($layout_arg:expr),*)),* $(,)?],
        tables: [$($table_field:ident),* $(,)?] $(,)?
    }) => {{
        let $ty {
            $($word,)* $($unmarked,)* $($list,)* $($template,)* $($symbol,)* $($layout,)*
            $($table_field: _,)*
        } = $table;
        let text = |name, text, checked| Text { name, text, checked };
        vec![
            $(text(stringify!($word), $word.to_string(), Checked::Fully),)*
            $(text(stringify!($unmarked), $unmarked.to_string(), Checked::Unmarked),)*
            $(text(stringify!($list), $list.join("\n"), Checked::Fully),)*
            $(text(stringify!($template), $template($($arg),*), Checked::Fully),)*
            $(text(stringify!($symbol), $symbol.to_string(), Checked::Layout),)*
            $(text(stringify!($layout), $layout($($layout_arg),*), Checked::Layout),)*
        ]
    }};
}

fn strings_texts(s: &'static Strings) -> Vec<Text> {
    texts!(
        s,
        Strings {
            words: [
                window_too_small,
                meetings_title,
                meetings_empty,
                meetings_empty_hint,
                col_id,
                col_date,
                col_status,
                col_title,
                status_open,
                status_closed,
                meeting_form_title,
                field_title,
                field_ward,
                field_group,
                field_location,
                field_started_at,
                field_chair,
                field_chair_title,
                field_secretary,
                field_households_total,
                field_households_present,
                item_form_title,
                field_item_title,
                field_item_description,
                field_vote_base,
                field_threshold,
                speaker_form_title,
                field_speaker_name,
                field_speaker_address,
                present_form_title,
                vote_form_title,
                field_votes_for,
                field_votes_against,
                field_votes_abstain,
                field_reason,
                vote_preview,
                vote_preview_so_far,
                suggestions_heading,
                err_bad_time,
                err_reason_required,
                agenda_title,
                queue_title,
                queue_empty,
                floor_title,
                floor_empty,
                opinions_empty,
                opinion_corrected_mark,
                vote_title,
                no_vote_yet,
                no_items,
                chair_no_items,
                export_form_title,
                field_export_folder,
                field_minutes_title,
                present_label,
                households,
                quorum_yes,
                quorum_no,
                turn,
                closed_banner,
                field_speaking_limit,
                speaking_limit_form_title,
                saved_no_speaking_limit,
                clock_time_up,
                turn_new,
                stance_label,
                editor_placeholder,
                chair_title,
                chair_no_vote,
                of_all_households,
                of_present,
                not_voting,
                rule_label,
                show_live,
                show_browsing,
                show_no_meeting,
                show_no_floor,
                show_next,
                show_no_limit,
                confirm_title,
                confirm_quit,
                confirm_discard_form,
                saved_meeting,
                saved_correction,
                sample_loaded,
                draft_restored,
                meeting_draft_waiting,
                queue_is_empty,
                floor_is_taken,
                no_floor,
                no_item_selected,
                no_vote_to_correct,
                nothing_selected,
                meeting_closed,
                opinion_empty,
                opinion_waiting,
                err_corrupt,
                err_busy,
                err_read_only,
                err_total_fixed_by_votes,
                err_nameless_speaker,
                err_disk_full,
                row_meeting,
                err_count_empty,
                err_measure_empty,
                err_area_too_large,
                register_empty,
                register_no_households,
                register_no_address,
                import_missing,
                import_not_csv,
                import_not_utf8,
                import_unknown_encoding,
                import_text_after_quote,
                import_correction_empty_field,
                import_no_meeting_row,
                import_extra_meeting_row,
                import_no_time,
                import_closed_without_end,
                import_blank,
                cli_no_meeting_to_export,
                cli_no_data_dir,
                change_changed,
                change_removed,
                change_added,
                confirm_close,
                history_title,
                history_empty,
                draft_waiting,
                history_unreadable,
                draft_kept_after_waiting,
                history_reason,
                history_before,
                history_meeting,
                history_queued_speaker,
                meeting_details_title,
                field_opinion_item,
                help_title,
                stance_support,
                stance_oppose,
                stance_other,
                stance_question,
                base_all,
                base_present,
                base_cast,
                threshold_half,
                threshold_two_thirds,
                threshold_three_quarters,
                outcome_passed,
                outcome_failed,
                outcome_no_quorum,
                confirm_leave_meeting,
                queue_empty_closed,
                floor_empty_closed,
                no_vote_closed,
                no_items_closed,
                opinions_title_no_item,
                guests_empty,
                guests_empty_closed,
                guest_form_title,
                guest_correct_title,
                field_guest_name,
                field_guest_role,
                field_conclusion,
            ],
            unmarked: [],
            lists: [],
            templates: [
                revote_form_title(2),
                guests_title(3),
                confirm_remove_guest("Lan"),
                saved_guest("Lan"),
                corrected_guest("Lan"),
                removed_guest("Lan"),
                conclusion_form_title(2),
                saved_conclusion(2),
                cleared_conclusion(2),
                correct_vote_title(3),
                err_required("Name"),
                err_not_a_count("Name", "x1"),
                err_count_too_large("Name"),
                err_present_exceeds_total(56, 55),
                err_cast_exceeds_present(43, 42),
                err_count_breaks_rule("Name", "x"),
                err_no_such_day(31, 2, 2026),
                err_no_such_time(24, 0),
                stance_not_chosen("Alt+1..4", "Tab"),
                err_stance_missing("Alt+1..4", "Tab"),
                opinions_title(2, 5),
                corrected_times(3),
                floor_item(3),
                err_speaking_limit_too_long("Name"),
                saved_speaking_limit(3),
                clock_left("0:25"),
                turn_nth(3),
                editor_title("Lan"),
                editor_correct_title(3, "Lan"),
                quorum_line(42, 55, "Q"),
                show_item_of(2, 3),
                show_queue_more(2),
                show_limit("5 min"),
                show_minutes(3),
                confirm_remove_queued("Lan"),
                confirm_return_floor("Lan"),
                saved_item(3),
                saved_queued("Lan"),
                saved_floor("Lan"),
                saved_opinion("Lan", 3),
                saved_vote("OUTCOME"),
                saved_present(3),
                removed_queued("Lan"),
                returned_floor("Lan"),
                exported_with_minutes(Path::new("/tmp/hop")),
                err_not_a_database(Path::new("/tmp/hop")),
                err_cannot_open(Path::new("/tmp/hop"), "CAUSE"),
                err_newer_schema(9, 6),
                err_no_database(Path::new("/tmp/hop")),
                err_older_schema(4, 6),
                err_in_use(Path::new("/tmp/hop")),
                err_floor_taken("Lan"),
                err_ends_before_start("2022-06-12T08:30:00+07:00", "2022-06-12T07:30:00+07:00"),
                err_altered_since_closing(1),
                err_backup_over_database(Path::new("/tmp/hop")),
                err_backup(Path::new("/tmp/hop"), "CAUSE"),
                err_migration("CAUSE"),
                err_database("CAUSE"),
                missing_meeting(1),
                missing_agenda_item(1, 3),
                missing_queue_entry(1, 7),
                missing_turn(1, 2, 3),
                missing_vote(1, 2, 1),
                missing_guest(1, 2),
                row_agenda_item(3),
                row_opinion(1, 4),
                row_vote(2, 1),
                row_guest(2),
                row_conclusion(3),
                row_correction(2),
                row_register_change(2),
                import_change_does_not_fit("pledge", "moved_away"),
                import_ended_entry_rows("address"),
                row_household("27-014"),
                row_attendance("27-014", "7:50"),
                row_pledge_item(2),
                row_item_option(2, 3),
                row_option_vote(2, 1, 3),
                row_pledge(2, "27-014"),
                err_measure_not_a_number("x1"),
                err_measure_negative("x1"),
                err_measure_too_precise("x1"),
                err_measure_too_large("x1"),
                err_count_not_whole("x1"),
                err_count_too_large_value("x1"),
                err_code("F", "E"),
                import_at_line_column("votes.csv", 5, "votes_for", "PROBLEM"),
                import_at_line("votes.csv", 5, "PROBLEM"),
                import_at_column("votes.csv", "votes_for", "PROBLEM"),
                import_missing_from(Path::new("/tmp/hop")),
                import_unreadable("CAUSE"),
                import_empty("meeting_id,item_no"),
                import_wrong_header("E", "F"),
                import_field_count(3, 6),
                import_bad_meeting_id("x1"),
                import_other_meeting(2, 1),
                import_other_total(54, 55),
                err_other_households_total(54, 55),
                import_zero("x1"),
                import_bad_time("x1"),
                import_ends_before_start("2022-06-12T08:30:00+07:00", "2022-06-12T07:30:00+07:00"),
                import_not_voting(3, 2),
                import_wrong_result("F", "C", "T", "B"),
                import_unknown_item(3),
                import_duplicate("ROW", 5),
                import_household_no_too_long("x1", 20),
                import_leaves_before_arriving(
                    "2022-06-12T08:30:00+07:00",
                    "2022-06-12T07:30:00+07:00"
                ),
                import_unknown_household("27-014"),
                import_other_register_total(54, 55),
                import_item_takes_no_pledges(2),
                import_present_not_attendance("VOTE", 40, 38),
                import_other_present_than_list(40, 38),
                import_stays_overlap("27-014", "2022-06-12T09:10:00+07:00"),
                import_too_many_options(2, 7, 6),
                import_option_out_of_order(2, 3, 2),
                import_item_without_options(2),
                import_unknown_option(2, 4),
                import_vote_not_in_votes("VOTE"),
                import_too_few_option_counts("VOTE", 1, 2),
                import_options_vote_corrected("VOTE"),
                import_not_leading_votes(20, 21, 2),
                import_not_other_votes(16, 17),
                import_wrong_options_result("F", "C", Some(2), "T", "B"),
                register_at_line(Path::new("/tmp/ho.csv"), 3, "PROBLEM"),
                register_no_address_column("\"STT\""),
                register_no_head_column("\"STT\""),
                register_bad_members("x1"),
                register_number_too_long("x1", 20),
                register_duplicate_number("27-014", 2),
                register_ignored_columns("\"STT\""),
                register_numbered(2),
                register_empty_rows("3, 4"),
                cli_register_unreadable(Path::new("/tmp/ho.csv"), "CAUSE"),
                cli_households_imported(55, 3, 55),
                import_correction_out_of_order(3, 2),
                import_correction_differs(2, 4),
                import_correction_key("vote"),
                import_correction_no_entry("votes.csv"),
                import_correction_not_a_field("x1", "votes.csv"),
                import_correction_field_twice("votes_for"),
                import_correction_new_value("24", "25"),
                import_correction_count(1, 1, 2, 1),
                export_create_dir(Path::new("/tmp/hop"), "CAUSE"),
                export_write(Path::new("/tmp/hop"), "CAUSE"),
                export_not_an_export_folder(Path::new("/tmp/hop"), "notes.txt"),
                cli_current_dir("CAUSE"),
                cli_demo_temp_dir("CAUSE"),
                cli_terminal_failed("CAUSE"),
                verify_intact(1, "ab12 cd34"),
                verify_open(1),
                verify_unsealed(1),
                verify_altered(1),
                verify_altered_rows_unknown(1),
                confirm_close_waiting(2),
                saved_closed("ab12 cd34"),
                history_vote(3),
                history_opinion(3),
                history_agenda_item(3),
                history_moved_from(1, 4),
                item_correct_title(3),
                queued_correct_title("Lan"),
                opinion_correct_title(3),
                err_rule_fixed_by_vote(2),
                help_more_above(3),
                chair_revote(2),
                chair_corrected(2),
                help_more_below(4),
            ],
            symbols: [decimal_separator],
            layout: [
                rule_words("T", "B"),
                import_in_file("votes.csv", "PROBLEM"),
                register_in_file(Path::new("/tmp/ho.csv"), "PROBLEM"),
            ],
            tables: [minutes, causes, keys, cli, register, options, ballots],
        }
    )
}

fn minutes_texts(m: &'static MinutesStrings) -> Vec<Text> {
    texts!(
        m,
        MinutesStrings {
            words: [
                nation,
                motto,
                title,
                title_resolution,
                title_memorandum,
                title_agreement,
                title_sub,
                attendance_heading,
                quorum_met,
                quorum_not_met,
                attendance_list_title,
                col_household,
                col_representative,
                col_standing,
                col_signature,
                standing_head,
                standing_member,
                standing_proxy,
                pledges_title,
                col_head,
                col_frontage,
                col_depth,
                col_area,
                col_structures,
                col_consent,
                consent_agreed,
                consent_undecided,
                consent_refused,
                content_heading,
                no_items,
                speakers_heading,
                no_speakers,
                votes_heading,
                no_vote,
                conclusion_heading,
                col_vote,
                col_count,
                result_label,
                superseded,
                options_heading,
                col_option,
                col_option_votes,
                option_abstain,
                other_corrections_heading,
                closing_blank,
                read_out,
                secretary_role,
                chair_role,
                sign_hint,
                fingerprint,
                fingerprint_open,
                fingerprint_missing,
                secret_on_valid,
                round_open,
                col_ballots,
                ballot_other,
                secret_not_counted,
                not_returned,
                count_title,
                count_committee_heading,
                role_head,
                role_member,
                witnesses_heading,
                count_heading,
                count_results_heading,
                count_read_out,
                sign_count_head,
                sign_count_members,
                sign_witnesses,
                tally_title,
                tally_title_sub,
                tally_list_note,
                sign_group_head,
                sign_front_head,
                tally_list_title,
                col_answer,
                col_received,
                col_collected,
                sheet_title,
                sheet_mark,
                sheet_other_opinion,
                sheet_date,
                sign_household,
            ],
            unmarked: [col_no],
            lists: [],
            templates: [
                subject("SUBJECT"),
                date(5, 1, 2023),
                time(8, 5),
                ward("WARD"),
                group("27"),
                opening("TIME", "DATE", "LOCATION", "GROUP", "WARD", "SUBJECT"),
                chair("CHAIR"),
                chair_with_title("CHAIR", "TITLE"),
                secretary("SECRETARY"),
                guests("GUESTS"),
                households_total("GROUP", 55),
                households_present(42, "76,36%"),
                households_absent(13),
                households_present_listed(42, "76,4%"),
                households_left(1),
                pledge_summary(48, 52, "92,3%", "121,5"),
                appendix_of("DOCUMENT", "DATE"),
                left_at("TIME"),
                came_back_at("TIME"),
                pledges_item(2, "TITLE"),
                pledge_counts(52, 48, "92,3%", 3, 1),
                pledge_area_agreed("121,5"),
                vote_caption(1, "TIME", 42, 55),
                col_of_total(55),
                col_of_present(42),
                no_quorum_reason(20, 55),
                revoted(2, 2),
                corrected(3),
                vote_corrected("25/5/1", "24/6/1", "09:20", "R"),
                opinion_corrected("09:20", "R"),
                meeting_corrected("09:20", "R"),
                item_corrected(2, "09:20", "R"),
                option_titled(2, "TITLE"),
                option_list(&[1, 3, 4]),
                run_off_caption(1, 2, 2, "TIME", 41, 55),
                option_adopted(2, "TITLE", 30, 55, "54,5%", "BASE"),
                options_not_adopted("RULE", "RUN-OFF"),
                run_off_between(1, 2),
                run_off_tie_for_second(1, "2, 3"),
                run_off_tie_at_top("1, 2, 3"),
                option_vote_corrected("09:20", "R"),
                closing_same_day("TIME"),
                closing_other_day("TIME", "DATE"),
                secret_caption(1, "TIME", 42, 55),
                round_caption(1, "TIME", 50, 55),
                run_off_sentence(1, 2),
                count_issued(42),
                count_returned(41),
                count_valid(40),
                count_invalid(1),
                committee("MEMBERS"),
                committee_head("NAME"),
                witnesses("FIRST", "SECOND"),
                witness_household("27-004", "HEAD"),
                round_returns(50, 55, 5),
                round_base(55),
                round_counted("TIME"),
                reporting_deadline("DATE"),
                col_of_valid(40),
                col_of_returned(50),
                count_opening("TIME", "DATE", "LOCATION", 1, "TITLE"),
                member_line(1, "NAME", "ROLE"),
                witness_line(1, "HOUSEHOLD"),
                count_for(30, "75,0%"),
                count_against(8, "20,0%"),
                count_other(2, "5,0%"),
                count_option("OPTION", 30, "75,0%"),
                count_no_option(2, "5,0%"),
                tally_opening("TIME", "DATE", "GROUP", 1, "TITLE"),
                tally_opened("TIME"),
                tally_delivered(55),
                tally_returned(50, "90,9%"),
                tally_not_returned(5, "9,1%"),
                tally_for(30, "54,5%"),
                tally_against(15, "27,3%"),
                tally_other(5, "9,1%"),
                tally_option("OPTION", 30, "54,5%"),
                tally_no_option(5, "9,1%"),
                tally_list_of("DATE"),
                sheet_household("27-004"),
                sheet_address("ADDRESS"),
                sheet_head("NAME"),
                sheet_question("TITLE"),
            ],
            symbols: [lang_tag, blank, conclusion_blank, page_before, page_between],
            layout: [place_date("PLACE", "DATE")],
            tables: [],
        }
    )
}

fn cause_texts(c: &'static CauseStrings) -> Vec<Text> {
    texts!(
        c,
        CauseStrings {
            words: [
                not_found,
                permission_denied,
                is_a_folder,
                not_a_folder,
                already_exists,
                folder_not_empty,
                read_only_disk,
                disk_full,
                quota_exceeded,
                file_too_large,
                bad_name,
                in_use,
                network,
                timed_out,
                ends_early,
                out_of_memory,
                unsupported,
                unknown,
                sqlite_cannot_open,
                read_only_file,
                damaged,
                disk_io,
                locking,
                constraint,
                unreadable_value,
                internal,
                no_write_ahead_log,
                inconsistent_data,
                bad_schema_version,
                no_file_name,
                name_not_unicode,
                copy_not_single_file,
                copy_damaged,
            ],
            unmarked: [],
            lists: [],
            templates: [os_error(6), sqlite_code(20)],
            symbols: [],
            layout: [],
            tables: [],
        }
    )
}

fn key_words_texts(k: &'static KeyWords) -> Vec<Text> {
    texts!(
        k,
        KeyWords {
            words: [
                take_ballot,
                ballot_short,
                enter_ballot,
                household_ballots_short,
                count_round,
                select,
                open,
                new,
                sample,
                help,
                quit,
                create_meeting,
                open_sample,
                queue,
                call_next,
                item,
                present,
                vote,
                speaking_time,
                chair,
                export,
                write_opinion,
                stop_turn,
                corrections,
                see_opinions,
                give_floor,
                remove,
                correct_opinion,
                correct_vote_short,
                add_item_short,
                close_meeting_short,
                edit_details_short,
                edit_selected_short,
                guests_short,
                pledges_short,
                options_short,
                option_from_opinion,
                pick_household,
                conclusion_short,
                scroll,
                to_meetings,
                back,
                yes,
                no,
                close,
                add,
                correct,
                guests_list,
                land_pledges,
                item_options,
                opinion_to_option,
                write_conclusion,
                next_field,
                previous_field,
                choose,
                save,
                cancel,
                type_count,
                change_field,
                write_files,
                stance,
                set_stance,
                close_draft_kept,
                typing_off,
                sign_in,
                sign_in_household,
                standing,
                sign_out,
                cancel_sign_in,
                add_household,
                correct_household,
                moved_away,
                import_register,
                sign_in_heading,
                open_sign_in,
                find_household,
                sign_in_selected,
                next_standing,
                sign_out_selected,
                cancel_mistaken_sign_in,
                meetings_heading,
                select_meeting,
                new_meeting,
                open_sample_meeting,
                meeting_heading,
                previous_next_item,
                next_pane,
                move_in_pane,
                enter_on_agenda,
                enter_on_queue,
                enter_on_opinions,
                page_of_opinions,
                first_latest_opinion,
                this_help,
                chair_heading,
                add_speaker,
                next_speaker,
                write_speakers_opinion,
                stop_turn_back_to_queue,
                remove_from_queue,
                speaking_time_per_turn,
                present_one_more_or_less,
                type_present,
                add_item,
                correct_vote,
                chair_view,
                export_csv_and_minutes,
                back_to_meetings,
                corrections_history,
                close_meeting,
                edit_meeting_details,
                edit_selected,
                editor_heading,
                next_stance,
                stances,
                close_keeping_draft,
                pick_earlier_speaker,
                fill_in,
                undo,
                typing_modes,
                quit_asks_first,
                other_items,
                back_to_live,
                show_heading,
                look_at_previous_next_item,
                back_to_discussed_item,
            ],
            unmarked: [pane],
            lists: [discussed_item_is],
            templates: [typing("VNI")],
            symbols: [],
            layout: [],
            tables: [],
        }
    )
}

fn cli_texts(c: &'static CliWords) -> Vec<Text> {
    texts!(
        c,
        CliWords {
            words: [
                about,
                long_about,
                db,
                lang,
                export_dir,
                help,
                version,
                usage_heading,
                commands_heading,
                options_heading,
                arguments_heading,
                command_placeholder,
                options_placeholder,
                demo,
                list,
                import,
                import_dir,
                export,
                export_meeting,
                export_out,
                export_no_bom,
                export_all,
                export_minutes,
                export_docx,
                export_title,
                show,
                show_meeting,
                verify,
                verify_meeting,
                backup,
                backup_out,
                households,
                households_import,
                households_import_file,
                households_import_meeting,
                bad_usage,
            ],
            unmarked: [],
            lists: [],
            templates: [
                unknown_argument("--ARG"),
                unknown_command("NAME"),
                did_you_mean("--ARG"),
                invalid_value("VALUE", "--ARG"),
                possible_values("A, B"),
                missing_arguments("--ARG"),
                conflict("--ARG", "--OTHER"),
                no_value("--ARG"),
                repeated("--ARG"),
                see_help("hopdan export"),
            ],
            symbols: [],
            layout: [],
            tables: [],
        }
    )
}

fn options_texts(o: &'static OptionsWords) -> Vec<Text> {
    texts!(
        o,
        OptionsWords {
            words: [
                err_option_without_title,
                all_options_choice,
                options_heading,
                none_adopted,
                share_of_all,
                share_of_present,
                share_of_all_short,
                options_empty,
                field_option_title,
                field_option_description,
                field_options_abstain,
                field_run_off_pair,
                options_vote_title,
                run_off_pick_title,
            ],
            unmarked: [],
            lists: [],
            templates: [
                err_too_many_options(2, 6),
                err_too_few_options(2),
                err_options_not_of_item(2),
                err_options_fixed_by_vote(2),
                err_no_such_option(2, 3),
                err_options_vote_not_corrected(2),
                err_hands_exceed_present(43, 42),
                option_no(2),
                adopted(2),
                none_adopted_run_off(1, 2),
                tied_for_second(&[2, 3]),
                tied_at_top(&[1, 2, 3]),
                run_off_between(1, 2),
                options_title(2, 3),
                option_form_title(2),
                option_correct_title(2, 3),
                option_from_opinion_title(2, "Trần Thị Hoa"),
                proposed_by("Trần Thị Hoa"),
                saved_option(2, 3),
                confirm_remove_option(3, "giữ nguyên"),
                removed_option(2, 3),
                item_options_count(3),
                option_label(1, "3 m toàn tuyến"),
                pair_choice(1, 3),
                options_revote_title(2),
                run_off_title(1, 2),
                preview_leading(2, 20),
            ],
            symbols: [],
            layout: [],
            tables: [],
        }
    )
}

fn ballot_texts(b: &'static BallotWords) -> Vec<Text> {
    texts!(
        b,
        BallotWords {
            words: [
                err_committee_no_head,
                err_round_needs_register,
                err_correction_without_reason,
                import_hands_in_ballots,
                import_secret_with_counted_at,
                import_round_with_committee,
                import_round_without_register,
                field_method,
                method_secret,
                method_household_ballot,
                method_hands_short,
                method_secret_short,
                method_household_short,
                field_committee_head,
                field_committee_member,
                field_witness,
                field_issued,
                field_returned,
                field_valid,
                field_invalid,
                field_abstain,
                field_option,
                not_returned,
                field_choice,
                choice_not_chosen,
                choice_for,
                choice_against,
                choice_abstain,
                choice_no_option,
                field_received_at,
                field_collected_by,
                field_ballot_opinion,
                err_choice_not_chosen,
                round_open,
                not_returned_row,
                of_returned,
                find_household_returned,
            ],
            unmarked: [],
            lists: [],
            templates: [
                err_committee_too_few(2, 3),
                err_committee_too_many(6, 5),
                err_committee_empty_name(2),
                err_committee_name_twice("Lê Văn Tám"),
                err_committee_several_heads(2),
                err_witness_missing(2),
                err_witness_same("27-005"),
                err_witness_not_in_register("27-099"),
                err_present_exceeds_total(56, 55),
                err_issued_exceeds_present(42, 41),
                err_returned_exceeds_issued(42, 41),
                err_sorted_not_returned(40, 41),
                err_votes_not_valid(38, 39),
                err_option_votes_not_valid(38, 39),
                err_not_in_register("27-099"),
                err_second_ballot("27-005"),
                err_no_ballot("27-005"),
                err_option_on_yes_no("27-005", 2),
                err_yes_no_on_options("27-005"),
                err_not_an_option("27-005", 3),
                err_no_such_round(2, 1),
                err_round_counted(2, 2),
                err_round_open(2, 2),
                err_ballot_before_round("2022-06-12T08:00:00+07:00", "2022-06-12T10:00:00+07:00"),
                err_ballot_not_corrected(2, 1),
                import_not_ballot_count(30, 31),
                import_not_a_round(2, 1),
                import_ballot_vote_corrected(2, 1),
                import_ballot_before_round(
                    "2022-06-12T08:00:00+07:00",
                    "2022-06-12T10:00:00+07:00"
                ),
                import_counted_before_ballot(
                    "2022-06-12T08:00:00+07:00",
                    "2022-06-12T10:00:00+07:00"
                ),
                row_ballot_vote(2, 1),
                row_household_ballot(2, 1, "27-005"),
                row_ballot_correction(3),
                ballot_method_title(2),
                secret_title(2, 1),
                committee_member(2),
                witness(1),
                confirm_open_round(2, 55),
                offer_round_after_no_quorum(2, 55),
                opened_round(2, 2),
                round_title(2, 2, 23, 55),
                round_counted_title(2, 2, 41, 55),
                ballot_form_title("27-005 · K19/5 Phú Lộc 10 · Phạm Văn Long"),
                ballot_correct_title("27-005 · K19/5 Phú Lộc 10 · Phạm Văn Long"),
                saved_ballot("27-005", 23, 55),
                corrected_ballot("27-005"),
                confirm_count_round(41, 55),
                counted_round("THÔNG QUA", "11/12/2026"),
                round_progress(23, 55),
                report_by("11/12/2026"),
                secret_sheets(40, 39, 38),
                find_ballot_household(2, 2),
            ],
            symbols: [],
            layout: [],
            tables: [],
        }
    )
}

fn register_texts(r: &'static RegisterWords) -> Vec<Text> {
    texts!(
        r,
        RegisterWords {
            words: [
                err_register_in_use,
                err_register_has_history,
                err_presence_from_register,
                err_total_from_register,
                err_area_too_large,
                field_takes_pledges,
                takes_pledges_no,
                takes_pledges_yes,
                pledges_empty,
                col_household,
                col_frontage,
                col_depth,
                col_structures,
                col_consent,
                consent_agreed,
                consent_undecided,
                consent_refused,
                consent_not_chosen,
                pledges_line_empty,
                find_household_label,
                find_household_hint,
                find_household_none,
                find_household_pledged,
                field_frontage,
                field_depth,
                field_area,
                field_structures,
                field_consent,
                field_pledge_note,
                label_frontage,
                label_depth,
                label_area,
                area_left_empty,
                chair_pledges_title,
                of_affected,
                sign_in_title,
                search_label,
                column_number,
                column_address,
                column_head,
                column_present,
                standing_head,
                standing_member,
                standing_proxy,
                from_sign_in,
                from_register,
                outside_the_group,
                no_register,
                suggestions_heading,
                field_representative,
                field_proxy_note,
                field_households_from,
                households_typed,
                household_form_title,
                field_household_no,
                field_address,
                field_head_name,
                field_members,
                field_phone,
                field_note,
                field_moved_away_reason,
                field_remove_pledge_reason,
                register_file_title,
                field_register_file,
                err_members_not_number,
                err_proxy_note_required,
            ],
            unmarked: [col_area],
            lists: [],
            templates: [
                err_unknown_household("27-014"),
                err_bad_household_number("27-014-0000000000000000"),
                err_duplicate_household("27-014"),
                err_household_number_kept("27-014"),
                err_household_in_use("27-014"),
                err_last_household("27-014"),
                err_already_signed_in("27-014", "7:50"),
                err_not_signed_in("27-014"),
                err_sign_in_counted("27-014"),
                err_nameless_representative("27-014"),
                err_present_not_attendance(41, 42),
                err_item_takes_no_pledges(2),
                err_item_has_pledges(2),
                err_already_pledged(2, "27-014"),
                err_no_pledge(2, "27-014"),
                item_takes_no_pledges(2),
                pledges_title(2, 5),
                pledges_need_register(3),
                pledge_totals(52, 48, 3, 1, "121,5", "92,3%"),
                pledges_line(48, 52, "92,3%", "121,5"),
                find_household_title(2),
                pledge_form_title("27-014"),
                pledge_correct_title("27-014"),
                area_computed("2,5", "0,5", "1,25"),
                area_typed("3"),
                err_choose("C"),
                err_measure_not_a_number("D", "2,5,3"),
                err_measure_negative("D", "-1"),
                err_measure_too_precise("D", "2,555"),
                err_measure_too_large("D", "1001"),
                saved_pledge("27-014"),
                removed_pledge("27-014"),
                remove_pledge_title("27-014"),
                history_household("27-014"),
                history_household_moved_away("27-014"),
                history_pledge("27-014"),
                history_pledge_removed("27-014"),
                chair_pledges_counts(52, 48, 3, 1),
                chair_pledges_area("121,5", "92,3%"),
                chair_pledges_affected(52),
                left_at("9:10"),
                nothing_found("tam"),
                signed_in("27-014", "Nguyễn Văn Tám", "7:50"),
                signed_out("27-014", "9:10"),
                sign_in_cancelled("27-014"),
                representative_changed("27-014", "Lê Thị Hoa", "proxy"),
                not_present("27-014"),
                offer_register(42, "12/06/2026"),
                register_saved(42),
                households_from_group_register(55),
                saved_meeting_with_register(55),
                household_added("27-014"),
                household_corrected("27-014"),
                household_moved_away("27-014"),
                representative_form_title("27-014"),
                correct_household_title("27-014"),
                moved_away_title("27-014"),
            ],
            symbols: [],
            layout: [],
            tables: [],
        }
    )
}

#[test]
fn every_text_of_the_language_tables_is_written_in_both_languages() {
    let tables = [
        (strings_texts(&VI), strings_texts(&EN)),
        (minutes_texts(VI.minutes), minutes_texts(EN.minutes)),
        (cause_texts(VI.causes), cause_texts(EN.causes)),
        (key_words_texts(VI.keys), key_words_texts(EN.keys)),
        (cli_texts(VI.cli), cli_texts(EN.cli)),
        (register_texts(VI.register), register_texts(EN.register)),
        (options_texts(VI.options), options_texts(EN.options)),
        (ballot_texts(VI.ballots), ballot_texts(EN.ballots)),
    ];
    for (vi, en) in tables {
        for (vi, en) in vi.iter().zip(&en) {
            match vi.checked {
                Checked::Fully => check(vi.name, &vi.text, &en.text),
                Checked::Unmarked => check_unmarked(vi.name, &vi.text, &en.text),
                Checked::Layout => {
                    for text in [&vi.text, &en.text] {
                        assert!(
                            !text.is_empty() && !text.contains(['{', '}']),
                            "{}",
                            vi.name
                        );
                    }
                }
            }
        }
    }
}

/// The kinds of io error that have words of their own.
const IO_KINDS_WITH_WORDS: [io::ErrorKind; 17] = {
    use io::ErrorKind::*;
    [
        NotFound,
        PermissionDenied,
        IsADirectory,
        NotADirectory,
        AlreadyExists,
        DirectoryNotEmpty,
        ReadOnlyFilesystem,
        StorageFull,
        QuotaExceeded,
        FileTooLarge,
        InvalidFilename,
        ResourceBusy,
        StaleNetworkFileHandle,
        TimedOut,
        UnexpectedEof,
        OutOfMemory,
        Unsupported,
    ]
};

/// SQLite's result codes that have words of their own.
const SQLITE_CODES_WITH_WORDS: [i32; 11] = {
    use rusqlite::ffi::*;
    [
        SQLITE_CANTOPEN,
        SQLITE_PERM,
        SQLITE_READONLY,
        SQLITE_BUSY,
        SQLITE_FULL,
        SQLITE_CORRUPT,
        SQLITE_IOERR,
        SQLITE_PROTOCOL,
        SQLITE_NOMEM,
        SQLITE_TOOBIG,
        SQLITE_CONSTRAINT,
    ]
};

fn sqlite_failure(code: i32) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
}

/// Every io error with words, one the system numbers and one it does not.
fn all_io_errors() -> Vec<io::Error> {
    let mut errors: Vec<io::Error> = IO_KINDS_WITH_WORDS.map(io::Error::from).into();
    errors.push(io::Error::from_raw_os_error(6));
    errors.push(io::Error::other("custom"));
    errors
}

/// Every SQLite error with words, a result code without, and errors of reading values and of
/// hopdan itself.
fn all_sqlite_errors() -> Vec<rusqlite::Error> {
    let mut errors: Vec<rusqlite::Error> = SQLITE_CODES_WITH_WORDS.map(sqlite_failure).into();
    errors.push(sqlite_failure(rusqlite::ffi::SQLITE_MISMATCH));
    errors.push(rusqlite::Error::IntegralValueOutOfRange(0, -1));
    errors.push(rusqlite::Error::QueryReturnedNoRows);
    errors
}

fn all_store_errors() -> Vec<StoreError> {
    let db = || PathBuf::from("/nowhere/hopdan.db");
    let backup = || PathBuf::from("/backup/hopdan.db");
    let mut errors = vec![
        StoreError::NotADatabase {
            path: PathBuf::from("notes.txt"),
        },
        StoreError::CannotOpen {
            path: db(),
            cause: OpenFailure::NoWriteAheadLog {
                mode: "delete".into(),
            },
        },
        StoreError::NewerSchema {
            found: 9,
            supported: 2,
        },
        StoreError::NoDatabase { path: db() },
        StoreError::OlderSchema {
            found: 4,
            supported: 6,
        },
        StoreError::Corrupt {
            detail: "database disk image is malformed".into(),
        },
        StoreError::Busy,
        StoreError::InUse { path: db() },
        StoreError::UnknownHousehold {
            household_no: "27-014".into(),
        },
        StoreError::BadHouseholdNumber {
            household_no: String::new(),
        },
        StoreError::BadHouseholdNumber {
            household_no: "27-014-0000000000000000".into(),
        },
        StoreError::DuplicateHousehold {
            household_no: "27-014".into(),
        },
        StoreError::HouseholdNumberKept {
            household_no: "27-014".into(),
        },
        StoreError::HouseholdInUse {
            household_no: "27-014".into(),
        },
        StoreError::RegisterInUse,
        StoreError::RegisterHasHistory,
        StoreError::TooManyOptions { item_no: 2 },
        StoreError::TooFewOptions { item_no: 2 },
        StoreError::OptionsNotOfItem { item_no: 2 },
        StoreError::OptionsFixedByVote { item_no: 2 },
        StoreError::NoSuchOption {
            item_no: 2,
            option_no: 3,
        },
        StoreError::OptionWithoutTitle,
        StoreError::OptionsVoteNotCorrected { item_no: 2 },
        StoreError::AlreadyPledged {
            item_no: 2,
            household_no: "27-014".into(),
        },
        StoreError::NoPledge {
            item_no: 2,
            household_no: "27-014".into(),
        },
        StoreError::AlreadySignedIn {
            household_no: "27-014".into(),
            arrived_at: crate::domain::parse_time("2022-06-12T07:50:00+07:00").unwrap(),
        },
        StoreError::NotSignedIn {
            household_no: "27-014".into(),
        },
        StoreError::SignInCounted {
            household_no: "27-014".into(),
        },
        StoreError::NamelessRepresentative {
            household_no: "27-014".into(),
        },
        StoreError::LastHousehold {
            household_no: "27-014".into(),
        },
        StoreError::ProxyWithoutNote {
            household_no: "27-014".into(),
        },
        StoreError::PresenceFromRegister,
        StoreError::TotalFromRegister,
        StoreError::PresentNotAttendance {
            found: 41,
            expected: 42,
        },
        StoreError::ItemTakesNoPledges { item_no: 2 },
        StoreError::ItemHasPledges { item_no: 2 },
        StoreError::InvalidPledge(crate::domain::PledgeError::AreaTooLarge),
        StoreError::ReadOnly,
        StoreError::DiskFull,
        StoreError::NotFound(Missing::Meeting { id: 999 }),
        StoreError::NotFound(Missing::AgendaItem {
            meeting: 1,
            item_no: 2,
        }),
        StoreError::NotFound(Missing::QueueEntry {
            meeting: 1,
            queue_id: 7,
        }),
        StoreError::NotFound(Missing::Turn {
            meeting: 1,
            item_no: 2,
            turn_no: 3,
        }),
        StoreError::NotFound(Missing::Vote {
            meeting: 1,
            item_no: 2,
            vote_no: 1,
        }),
        StoreError::NotFound(Missing::Guest {
            meeting: 1,
            guest_no: 2,
        }),
        StoreError::MeetingClosed,
        StoreError::NoFloor,
        StoreError::FloorTaken {
            speaker: "Lan".into(),
        },
        StoreError::RuleFixedByVote { item_no: 2 },
        StoreError::TotalFixedByVotes { id: 1 },
        StoreError::NamelessSpeaker,
        StoreError::OtherHouseholdsTotal {
            found: 54,
            expected: 55,
        },
        StoreError::EndsBeforeStart {
            started: "2022-06-12T08:30:00+07:00".into(),
            ended: "2022-06-12T07:30:00+07:00".into(),
        },
        StoreError::AlteredSinceClosing { id: 3 },
        StoreError::BackupOverDatabase { path: db() },
    ];
    errors.extend(all_vote_errors().into_iter().map(StoreError::InvalidVote));
    for cause in [
        BackupFailure::NoFileName,
        BackupFailure::NameNotUnicode,
        BackupFailure::JournalMode { mode: "wal".into() },
        BackupFailure::CopyDamaged {
            detail: "Page 5: never used".into(),
        },
    ] {
        errors.push(StoreError::Backup {
            path: backup(),
            cause,
        });
    }
    for error in all_io_errors() {
        errors.push(StoreError::CannotOpen {
            path: db(),
            cause: error.into(),
        });
    }
    for error in all_io_errors() {
        errors.push(StoreError::Backup {
            path: backup(),
            cause: error.into(),
        });
    }
    for error in all_sqlite_errors() {
        errors.push(StoreError::Sqlite(error));
    }
    errors.push(StoreError::CannotOpen {
        path: db(),
        cause: sqlite_failure(rusqlite::ffi::SQLITE_CANTOPEN).into(),
    });
    for error in [
        rusqlite_migration::Error::InvalidUserVersion,
        rusqlite_migration::Error::SpecifiedSchemaVersion(
            rusqlite_migration::SchemaVersionError::TooHigh,
        ),
        rusqlite_migration::Error::ForeignKeyCheck(Vec::new()),
        rusqlite_migration::Error::Hook("x".into()),
    ] {
        errors.push(StoreError::Migration(error));
    }
    errors
}

fn all_vote_errors() -> Vec<VoteError> {
    vec![
        VoteError::PresentExceedsTotal {
            present: 56,
            total: 55,
        },
        VoteError::CastExceedsPresent {
            cast: 43,
            present: 42,
        },
    ]
}

fn all_import_problems() -> Vec<ImportProblem> {
    let mut problems = vec![
        ImportProblem::Missing {
            dir: PathBuf::from("/tmp/hop"),
        },
        ImportProblem::Missing {
            dir: PathBuf::new(),
        },
        ImportProblem::NotCsv("found record with 3 fields".into()),
        ImportProblem::NotUtf8,
        ImportProblem::UnknownEncoding,
        ImportProblem::TextAfterQuote,
        ImportProblem::Empty {
            expected: &["meeting_id", "item_no"],
        },
        ImportProblem::WrongHeader {
            found: vec!["a".into(), "b".into()],
            expected: &["meeting_id", "item_no"],
        },
        ImportProblem::FieldCount {
            found: 3,
            expected: 6,
        },
        ImportProblem::NoMeetingRow,
        ImportProblem::ExtraMeetingRow,
        ImportProblem::BadMeetingId("x1".into()),
        ImportProblem::OtherMeeting {
            found: 2,
            expected: 1,
        },
        ImportProblem::Count(CountError::Empty),
        ImportProblem::Count(CountError::NotAWholeNumber("-1".into())),
        ImportProblem::Count(CountError::TooLarge("99999999999".into())),
        ImportProblem::Zero("0".into()),
        ImportProblem::Code(CodeError {
            found: "maybe".into(),
            expected: &["passed", "failed", "no_quorum"],
        }),
        ImportProblem::NoTime,
        ImportProblem::ClosedWithoutEnd,
        ImportProblem::OtherTotal {
            found: 54,
            expected: 55,
        },
        ImportProblem::BadTime("12/06/2022".into()),
        ImportProblem::EndsBeforeStart {
            started: "2022-06-12T08:30:00+07:00".into(),
            ended: "2022-06-12T07:30:00+07:00".into(),
        },
        ImportProblem::NotVoting {
            found: 3,
            expected: 2,
        },
        ImportProblem::WrongResult {
            found: Outcome::Failed,
            computed: Outcome::Passed,
            base: VoteBase::AllHouseholds,
            threshold: Threshold::MoreThanHalf,
        },
        ImportProblem::Blank,
        ImportProblem::UnknownItem(7),
        ImportProblem::CorrectionOutOfOrder {
            found: 3,
            expected: 2,
        },
        ImportProblem::CorrectionDiffers {
            correction_no: 2,
            first_line: 4,
        },
        ImportProblem::KeyDoesNotFit {
            entity: crate::domain::EntryKind::AgendaItem,
        },
        ImportProblem::NoSuchEntry { file: "votes.csv" },
        ImportProblem::NotAField {
            found: "x1".into(),
            file: "votes.csv",
        },
        ImportProblem::FieldTwice("votes_for".into()),
        ImportProblem::EmptyField,
        ImportProblem::ChangeDoesNotFit {
            entity: crate::domain::ChangedKind::Pledge,
            action: crate::domain::ChangeAction::MovedAway,
        },
        ImportProblem::EndedEntryRows {
            field: "address".into(),
        },
        ImportProblem::NewValueDiffers {
            found: "24".into(),
            held: "25".into(),
        },
        ImportProblem::CorrectionCount {
            item_no: 1,
            vote_no: 1,
            counted: 2,
            listed: 1,
        },
        ImportProblem::HouseholdNoTooLong("x".repeat(21)),
        ImportProblem::Measure(MeasureError::Empty),
        ImportProblem::Measure(MeasureError::NotANumber("2,5,3".into())),
        ImportProblem::Measure(MeasureError::Negative("-1".into())),
        ImportProblem::Measure(MeasureError::TooPrecise("2,555".into())),
        ImportProblem::Measure(MeasureError::TooLarge("1000,01".into())),
        ImportProblem::Pledge(PledgeError::AreaTooLarge),
        ImportProblem::LeavesBeforeArriving {
            arrived: "2022-06-12T08:30:00+07:00".into(),
            left: "2022-06-12T07:30:00+07:00".into(),
        },
        ImportProblem::UnknownHousehold("27-014".into()),
        ImportProblem::OtherRegisterTotal {
            total: 55,
            register: 54,
        },
        ImportProblem::ItemTakesNoPledges(2),
        ImportProblem::OtherPresentThanList {
            present: 40,
            counted: 38,
        },
        ImportProblem::StaysOverlap {
            household_no: "27-014".into(),
            arrived: "2022-06-12T09:10:00+07:00".into(),
        },
        ImportProblem::PresentNotAttendance {
            item_no: 1,
            vote_no: 1,
            found: 40,
            counted: 38,
        },
        ImportProblem::TooManyOptions {
            item_no: 2,
            option_no: 7,
        },
        ImportProblem::OptionOutOfOrder {
            item_no: 2,
            found: 3,
            expected: 2,
        },
        ImportProblem::ItemWithoutOptions(2),
        ImportProblem::UnknownOption {
            item_no: 2,
            option_no: 4,
        },
        ImportProblem::VoteNotInVotes {
            item_no: 2,
            vote_no: 3,
        },
        ImportProblem::TooFewOptionCounts {
            item_no: 2,
            vote_no: 1,
            found: 1,
        },
        ImportProblem::TooFewOptionCounts {
            item_no: 2,
            vote_no: 1,
            found: 0,
        },
        ImportProblem::OptionsVoteCorrected {
            item_no: 2,
            vote_no: 1,
        },
        ImportProblem::NotLeadingVotes {
            found: 20,
            expected: 21,
            option_no: 2,
        },
        ImportProblem::NotOtherVotes {
            found: 16,
            expected: 17,
        },
        ImportProblem::WrongOptionsResult {
            found: Outcome::Passed,
            computed: Outcome::Failed,
            adopted: None,
            base: VoteBase::AllHouseholds,
            threshold: Threshold::MoreThanHalf,
        },
        ImportProblem::WrongOptionsResult {
            found: Outcome::Failed,
            computed: Outcome::Passed,
            adopted: Some(2),
            base: VoteBase::Present,
            threshold: Threshold::TwoThirds,
        },
    ];
    problems.extend(all_vote_errors().into_iter().map(ImportProblem::Counts));
    problems.extend(all_io_errors().into_iter().map(ImportProblem::Unreadable));
    for part in all_parts() {
        problems.push(ImportProblem::Duplicate {
            part: Box::new(part),
            first_line: 5,
        });
    }
    problems
}

fn all_parts() -> [Part; 12] {
    [
        Part::Meeting,
        Part::AgendaItem { item_no: 2 },
        Part::Opinion {
            item_no: 2,
            turn_no: 3,
        },
        Part::Vote {
            item_no: 2,
            vote_no: 1,
        },
        Part::Guest { guest_no: 2 },
        Part::Conclusion { item_no: 2 },
        Part::Correction { correction_no: 2 },
        Part::Household {
            household_no: number("27-014"),
        },
        Part::Attendance {
            household_no: number("27-014"),
            arrived_at: crate::domain::parse_time("2022-06-12T07:50:00+07:00").unwrap(),
        },
        Part::Pledge {
            item_no: 2,
            household_no: number("27-014"),
        },
        Part::ItemOption {
            item_no: 2,
            option_no: 3,
        },
        Part::OptionVote {
            item_no: 2,
            vote_no: 1,
            option_no: 3,
        },
    ]
}

fn number(text: &str) -> crate::records::HouseholdNo {
    crate::records::HouseholdNo::new(text).unwrap()
}

fn all_export_errors() -> Vec<ExportError> {
    let mut errors = Vec::new();
    for error in all_io_errors() {
        errors.push(ExportError::CreateDir {
            path: PathBuf::from("/out"),
            error,
        });
    }
    for error in all_io_errors() {
        errors.push(ExportError::Write {
            path: PathBuf::from("/out/votes.csv"),
            error,
        });
    }
    errors.push(ExportError::NotAnExportFolder {
        path: PathBuf::from("/out"),
        found: "notes.txt".into(),
    });
    errors
}

fn all_verifications() -> Vec<Verification> {
    let fingerprint = Fingerprint::from_stored("ab".repeat(32));
    let changes = [Change::Changed, Change::Removed, Change::Added];
    let differences = all_parts()
        .into_iter()
        .zip(changes.into_iter().cycle())
        .map(|(part, change)| Difference { part, change })
        .collect();
    vec![
        Verification::Open,
        Verification::Unsealed,
        Verification::Intact {
            fingerprint: fingerprint.clone(),
        },
        Verification::Altered {
            expected: fingerprint.clone(),
            found: None,
            differences,
        },
        Verification::Altered {
            expected: fingerprint,
            found: None,
            differences: Vec::new(),
        },
    ]
}

#[test]
fn every_store_error_has_words_in_both_languages() {
    for err in all_store_errors() {
        check(
            &format!("{err:?}"),
            &store_error(&VI, &err),
            &store_error(&EN, &err),
        );
    }
}

#[test]
fn every_vote_error_has_words_in_both_languages() {
    for err in all_vote_errors() {
        check(
            &format!("{err:?}"),
            &vote_error(&VI, err),
            &vote_error(&EN, err),
        );
    }
}

fn all_register_errors() -> Vec<RegisterError> {
    let found = vec!["STT".to_owned(), "Họ tên".to_owned()];
    let mut errors = vec![
        RegisterError::Empty,
        RegisterError::NoHouseholds,
        RegisterError::NoAddressColumn {
            found: found.clone(),
        },
        RegisterError::NoHeadNameColumn { found },
        RegisterError::NoAddress { line: 3 },
        RegisterError::BadMembers {
            line: 3,
            typed: "x1".into(),
        },
        RegisterError::NumberTooLong {
            line: 3,
            typed: "x".repeat(21),
        },
        RegisterError::DuplicateNumber {
            line: 4,
            number: "27-014".into(),
            first_line: 2,
        },
    ];
    for problem in [
        ImportProblem::UnknownEncoding,
        ImportProblem::TextAfterQuote,
        ImportProblem::NotCsv("x".into()),
    ] {
        errors.push(RegisterError::Unreadable {
            line: Some(2),
            problem,
        });
    }
    errors.push(RegisterError::Unreadable {
        line: None,
        problem: ImportProblem::UnknownEncoding,
    });
    errors
}

#[test]
fn every_register_error_and_warning_has_words_in_both_languages() {
    let file = Path::new("/tmp/ds-ho.csv");
    for err in all_register_errors() {
        let (vi, en) = (
            register_error(&VI, file, &err),
            register_error(&EN, file, &err),
        );
        check(&format!("{err:?}"), &vi, &en);
        assert!(vi.starts_with("/tmp/ds-ho.csv"), "{vi}");
    }
    for warning in [
        RegisterWarning::IgnoredColumns(vec!["STT".into(), String::new()]),
        RegisterWarning::Numbered { count: 2 },
        RegisterWarning::EmptyRows(vec![3, 9]),
    ] {
        check(
            &format!("{warning:?}"),
            &register_warning(&VI, &warning),
            &register_warning(&EN, &warning),
        );
    }
    assert_eq!(
        register_error(
            &VI,
            file,
            &RegisterError::BadMembers {
                line: 5,
                typed: "bốn".into()
            }
        ),
        "/tmp/ds-ho.csv dòng 5: số nhân khẩu \"bốn\" không phải số nguyên ≥ 0."
    );
    assert_eq!(
        register_warning(
            &VI,
            &RegisterWarning::IgnoredColumns(vec!["STT".into(), "Năm sinh".into()])
        ),
        "Đã bỏ qua các cột không dùng đến: \"STT\", \"Năm sinh\"."
    );
}

#[test]
fn every_import_problem_has_words_in_both_languages_wherever_it_is() {
    for problem in all_import_problems() {
        let what = format!("{problem:?}");
        check(
            &what,
            &import_problem(&VI, &problem),
            &import_problem(&EN, &problem),
        );
        let mut err = ImportError::file("votes.csv", problem);
        for (line, column) in [
            (Some(3), Some("votes_for")),
            (Some(3), None),
            (None, Some("votes_for")),
            (None, None),
        ] {
            err.line = line;
            err.column = column;
            check(&what, &import_error(&VI, &err), &import_error(&EN, &err));
        }
    }
}

#[test]
fn every_export_error_has_words_in_both_languages() {
    for err in all_export_errors() {
        check(
            &format!("{err:?}"),
            &export_error(&VI, &err),
            &export_error(&EN, &err),
        );
    }
}

#[test]
fn every_verification_outcome_has_words_in_both_languages() {
    for outcome in all_verifications() {
        check(
            &format!("{outcome:?}"),
            &verification(&VI, 1, &outcome),
            &verification(&EN, 1, &outcome),
        );
    }
}

/// Every cause that has words gets them, not the words for an error without any.
#[test]
fn the_causes_of_io_and_sqlite_errors_are_told_apart() {
    let c = VI.causes;
    for kind in IO_KINDS_WITH_WORDS {
        let words = io_cause(&VI, &kind.into());
        assert!(
            words != c.unknown && !words.starts_with("lỗi hệ thống"),
            "{kind:?}"
        );
    }
    assert_eq!(
        io_cause(&VI, &io::Error::from_raw_os_error(6)),
        (c.os_error)(6)
    );
    assert_eq!(io_cause(&VI, &io::Error::other("custom")), c.unknown);

    for code in SQLITE_CODES_WITH_WORDS {
        let words = cause::sqlite_cause(&VI, &sqlite_failure(code));
        assert!(
            !words.starts_with("lỗi SQLite") && words != c.internal,
            "{code}"
        );
    }
    let mismatch = sqlite_failure(rusqlite::ffi::SQLITE_MISMATCH);
    assert_eq!(
        cause::sqlite_cause(&VI, &mismatch),
        (c.sqlite_code)(rusqlite::ffi::SQLITE_MISMATCH)
    );
    let value = rusqlite::Error::IntegralValueOutOfRange(0, -1);
    assert_eq!(cause::sqlite_cause(&VI, &value), c.unreadable_value);
    let internal = rusqlite::Error::QueryReturnedNoRows;
    assert_eq!(cause::sqlite_cause(&VI, &internal), c.internal);
}

#[test]
fn an_import_error_says_where_first() {
    let err = |line, column| ImportError {
        file: "votes.csv",
        line,
        column,
        problem: ImportProblem::Count(CountError::NotAWholeNumber("-1".into())),
    };
    let both = |e: &ImportError| (import_error(&VI, e), import_error(&EN, e));
    assert_eq!(
        both(&err(Some(3), Some("votes_for"))),
        (
            "votes.csv dòng 3, cột votes_for: \"-1\" không phải số nguyên ≥ 0.".to_owned(),
            "votes.csv line 3, column votes_for: \"-1\" is not a whole number ≥ 0.".to_owned()
        )
    );
    assert_eq!(
        both(&err(Some(3), None)).1,
        "votes.csv line 3: \"-1\" is not a whole number ≥ 0."
    );
    assert_eq!(
        both(&err(None, Some("votes_for"))).0,
        "votes.csv, cột votes_for: \"-1\" không phải số nguyên ≥ 0."
    );
    assert_eq!(
        both(&err(None, None)).0,
        "votes.csv: \"-1\" không phải số nguyên ≥ 0."
    );
    // A sentence of its own starts lower-case after the place.
    let missing = ImportError {
        file: "votes.csv",
        line: None,
        column: None,
        problem: ImportProblem::Missing {
            dir: PathBuf::from("/tmp/hop"),
        },
    };
    assert_eq!(
        import_error(&VI, &missing),
        "votes.csv: không có tệp này trong thư mục /tmp/hop."
    );
    assert_eq!(
        import_error(&EN, &missing),
        "votes.csv: the file is missing from the folder /tmp/hop."
    );
}

#[test]
fn a_wrong_result_names_the_rule_in_words() {
    let problem = ImportProblem::WrongResult {
        found: Outcome::Failed,
        computed: Outcome::Passed,
        base: VoteBase::Present,
        threshold: Threshold::TwoThirds,
    };
    assert_eq!(
        import_problem(&VI, &problem),
        "\"failed\" khác với \"passed\" là kết quả tính từ các số này \
         (thông qua khi tán thành từ 2/3 số hộ có mặt)."
    );
    assert_eq!(
        import_problem(&EN, &problem),
        "\"failed\" differs from \"passed\", the result of these counts \
         (to pass, two thirds of households present must be for)."
    );
}

#[test]
fn what_was_not_found_is_said_in_the_language() {
    let cases = [
        (
            Missing::Meeting { id: 999 },
            "Không tìm thấy cuộc họp 999.",
            "There is no meeting 999.",
        ),
        (
            Missing::AgendaItem {
                meeting: 1,
                item_no: 2,
            },
            "Không tìm thấy nội dung 2 của cuộc họp 1.",
            "There is no agenda item 2 of meeting 1.",
        ),
        (
            Missing::QueueEntry {
                meeting: 1,
                queue_id: 7,
            },
            "Không tìm thấy lượt đăng ký phát biểu 7 của cuộc họp 1.",
            "There is no queue entry 7 of meeting 1.",
        ),
        (
            Missing::Turn {
                meeting: 1,
                item_no: 2,
                turn_no: 3,
            },
            "Không tìm thấy lượt phát biểu 3 thuộc nội dung 2 của cuộc họp 1.",
            "There is no turn 3 on agenda item 2 of meeting 1.",
        ),
        (
            Missing::Vote {
                meeting: 1,
                item_no: 2,
                vote_no: 1,
            },
            "Không tìm thấy lần biểu quyết 1 thuộc nội dung 2 của cuộc họp 1.",
            "There is no vote 1 on agenda item 2 of meeting 1.",
        ),
        (
            Missing::Guest {
                meeting: 1,
                guest_no: 2,
            },
            "Không tìm thấy đại biểu thứ 2 của cuộc họp 1.",
            "There is no guest 2 in meeting 1.",
        ),
    ];
    for (missing, vi, en) in cases {
        let err = StoreError::NotFound(missing);
        assert_eq!(store_error(&VI, &err), vi);
        assert_eq!(store_error(&EN, &err), en);
    }
}

#[test]
fn a_row_of_the_files_is_named_in_words() {
    let cases = [
        (Part::Meeting, "thông tin cuộc họp", "the meeting details"),
        (Part::AgendaItem { item_no: 2 }, "nội dung 2", "item 2"),
        (
            Part::Correction { correction_no: 3 },
            "lần sửa thứ 3",
            "correction 3",
        ),
        (
            Part::Opinion {
                item_no: 1,
                turn_no: 4,
            },
            "ý kiến thứ 4 của nội dung 1",
            "opinion 4 of item 1",
        ),
        (
            Part::Vote {
                item_no: 2,
                vote_no: 1,
            },
            "biểu quyết lần 1 của nội dung 2",
            "vote 1 of item 2",
        ),
        (Part::Guest { guest_no: 3 }, "đại biểu thứ 3", "guest 3"),
        (
            Part::Conclusion { item_no: 2 },
            "kết luận của chủ trì về nội dung 2",
            "the chair's conclusion on item 2",
        ),
        (
            Part::Household {
                household_no: number("27-014"),
            },
            "hộ số 27-014 trong danh sách hộ",
            "household 27-014 of the register",
        ),
        (
            Part::Pledge {
                item_no: 2,
                household_no: number("27-014"),
            },
            "phần hiến đất của hộ số 27-014 cho nội dung 2",
            "the land pledge of household 27-014 on item 2",
        ),
        (
            Part::ItemOption {
                item_no: 2,
                option_no: 3,
            },
            "phương án 3 của nội dung 2",
            "option 3 of item 2",
        ),
        (
            Part::OptionVote {
                item_no: 2,
                vote_no: 1,
                option_no: 3,
            },
            "số hộ chọn phương án 3 trong biểu quyết lần 1 của nội dung 2",
            "the hands for option 3 in vote 1 of item 2",
        ),
    ];
    for (part, vi, en) in cases {
        assert_eq!(part_words(&VI, part), vi);
        assert_eq!(part_words(&EN, part), en);
    }
}

#[test]
fn verify_names_each_changed_row_in_words() {
    let fingerprint = Fingerprint::from_stored("ab".repeat(32));
    let altered = Verification::Altered {
        expected: fingerprint.clone(),
        found: None,
        differences: vec![
            Difference {
                part: Part::Meeting,
                change: Change::Changed,
            },
            Difference {
                part: Part::Opinion {
                    item_no: 1,
                    turn_no: 4,
                },
                change: Change::Removed,
            },
            Difference {
                part: Part::Vote {
                    item_no: 2,
                    vote_no: 1,
                },
                change: Change::Added,
            },
        ],
    };
    assert_eq!(
        verification(&VI, 1, &altered),
        "Cuộc họp 1 đã bị thay đổi sau khi kết thúc:\n  \
         thông tin cuộc họp: đã bị sửa\n  \
         ý kiến thứ 4 của nội dung 1: đã bị xóa\n  \
         biểu quyết lần 1 của nội dung 2: được thêm vào"
    );
    assert_eq!(
        verification(&EN, 1, &altered),
        "Meeting 1 was changed after it was closed:\n  \
         the meeting details: changed\n  \
         opinion 4 of item 1: removed\n  \
         vote 1 of item 2: added"
    );
    let nowhere = Verification::Altered {
        expected: fingerprint,
        found: None,
        differences: Vec::new(),
    };
    assert_eq!(
        verification(&EN, 1, &nowhere),
        "Meeting 1 was changed after it was closed; which rows changed is not known."
    );
}

/// What a Vietnamese screen showed in English before: the system's own words.
#[test]
fn the_systems_english_is_said_in_the_language() {
    let db = PathBuf::from("/tmp");
    let cannot_open = |cause: OpenFailure| StoreError::CannotOpen {
        path: db.clone(),
        cause,
    };
    let folder = cannot_open(io::Error::from(io::ErrorKind::IsADirectory).into());
    assert_eq!(
        store_error(&VI, &folder),
        "Không mở được tệp dữ liệu /tmp: đây là một thư mục, không phải một tệp."
    );
    assert_eq!(
        store_error(&EN, &folder),
        "Cannot open the database file /tmp: it is a folder, not a file."
    );

    let sqlite = rusqlite::Connection::open("/hopdan-no-such-folder/x.db").unwrap_err();
    assert!(sqlite.to_string().contains("unable to open database file"));
    let sqlite = cannot_open(sqlite.into());
    assert_eq!(
        store_error(&VI, &sqlite),
        "Không mở được tệp dữ liệu /tmp: hệ thống không cho mở hoặc tạo tệp ở đó (thư mục \
         có thể không cho phép ghi)."
    );

    let missing = ExportError::CreateDir {
        path: PathBuf::from("/proc/self/x"),
        error: io::Error::from_raw_os_error(2),
    };
    assert_eq!(
        export_error(&VI, &missing),
        "Không tạo được thư mục /proc/self/x: không có tệp hoặc thư mục này."
    );
    let unreadable = ImportError::file(
        "meeting.csv",
        ImportProblem::Unreadable(io::Error::from_raw_os_error(20)),
    );
    assert_eq!(
        import_error(&VI, &unreadable),
        "meeting.csv: không đọc được tệp: một phần của đường dẫn là tệp chứ không phải thư mục."
    );
    for (code, english) in [(13, "Permission denied"), (28, "No space left on device")] {
        let backup = StoreError::Backup {
            path: PathBuf::from("/backup/hopdan.db"),
            cause: io::Error::from_raw_os_error(code).into(),
        };
        let vi = store_error(&VI, &backup);
        assert!(vi.starts_with("Không ghi được bản sao lưu /backup/hopdan.db: "));
        assert!(!vi.contains(english) && !vi.contains("os error"), "{vi}");
    }
    // An error the table has no words for is named by its number.
    assert_eq!(
        io_cause(&VI, &io::Error::from_raw_os_error(6)),
        "lỗi hệ thống số 6"
    );
    // The system's words stay in the chain of sources, for logs.
    let source = std::error::Error::source(&folder).unwrap();
    assert_eq!(
        source.to_string(),
        io::Error::from(io::ErrorKind::IsADirectory).to_string()
    );
}

#[test]
fn store_errors_read_as_sentences() {
    let err = StoreError::NotADatabase {
        path: PathBuf::from("notes.txt"),
    };
    assert_eq!(
        store_error(&VI, &err),
        "Tệp notes.txt không phải tệp dữ liệu hopdan; tệp được giữ nguyên."
    );
    assert_eq!(
        store_error(&EN, &err),
        "notes.txt is not a hopdan database file; it was left unchanged."
    );
    assert_eq!(
        store_error(&VI, &StoreError::Busy),
        "Cơ sở dữ liệu đang được chương trình khác sử dụng; hãy thử lại sau giây lát."
    );
    let err = StoreError::EndsBeforeStart {
        started: "08:30".into(),
        ended: "07:30".into(),
    };
    assert_eq!(
        store_error(&EN, &err),
        "The meeting cannot end (07:30) before it starts (08:30)."
    );
}

#[test]
fn a_measure_that_is_not_one_is_said_with_its_field() {
    let not_a_number = MeasureError::NotANumber("2,5,3".into());
    assert_eq!(
        measure_error(&VI, "Chiều sâu", &not_a_number),
        "Chiều sâu \"2,5,3\" không phải là số như 2,5."
    );
    assert_eq!(
        measure_error(&EN, "Depth", &not_a_number),
        "Depth \"2,5,3\" is not a number such as 2.5."
    );
    for err in [
        MeasureError::Empty,
        MeasureError::Negative("-1".into()),
        MeasureError::TooPrecise("2,555".into()),
        MeasureError::TooLarge("1001".into()),
    ] {
        let (vi, en) = (
            measure_error(&VI, "Chiều sâu", &err),
            measure_error(&EN, "Depth", &err),
        );
        check("measure_error", &vi, &en);
        assert!(vi.starts_with("Cần nhập Chiều sâu") || vi.starts_with("Chiều sâu"));
        assert!(en.contains("Depth"));
    }
}
