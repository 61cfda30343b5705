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

mod cause;

pub use cause::io_cause;

use crate::domain::{CodeError, CountError, MeetingId, VoteError};
use crate::export::{ExportError, ImportError, ImportProblem};
use crate::i18n::Strings;
use crate::records::Part;
use crate::store::{Change, Missing, StoreError, Verification};

/// A database error as one sentence.
pub fn store_error(s: &Strings, err: &StoreError) -> String {
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
        StoreError::EndsBeforeStart { started, ended } => (s.err_ends_before_start)(ended, started),
        StoreError::AlteredSinceClosing { id } => (s.err_altered_since_closing)(*id),
        StoreError::BackupOverDatabase { path } => (s.err_backup_over_database)(path),
        StoreError::Backup { path, cause } => (s.err_backup)(path, &cause::backup_cause(s, cause)),
        StoreError::Migration(e) => (s.err_migration)(&cause::migration_cause(s, e)),
        StoreError::Sqlite(e) => (s.err_database)(&cause::sqlite_cause(s, e)),
    }
}

/// Counts that break a rule of SPEC §1.
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

/// A count read from a file that is not a count. (Forms say which field; see `tui::form`.)
fn count_error(s: &Strings, err: &CountError) -> String {
    match err {
        CountError::Empty => s.err_count_empty.to_owned(),
        CountError::NotAWholeNumber(text) => (s.err_count_not_whole)(text),
        CountError::TooLarge(text) => (s.err_count_too_large_value)(text),
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
    match problem {
        ImportProblem::Missing { dir } if dir.as_os_str().is_empty() => s.import_missing.to_owned(),
        ImportProblem::Missing { dir } => (s.import_missing_from)(dir),
        ImportProblem::Unreadable(e) => (s.import_unreadable)(&io_cause(s, e)),
        ImportProblem::NotCsv(_) => s.import_not_csv.to_owned(),
        ImportProblem::NotUtf8 => s.import_not_utf8.to_owned(),
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
        ImportProblem::BadTime(text) => (s.import_bad_time)(text),
        ImportProblem::EndsBeforeStart { started, ended } => {
            (s.import_ends_before_start)(ended, started)
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
        ImportProblem::UnknownItem(item_no) => (s.import_unknown_item)(*item_no),
        ImportProblem::Duplicate { part, first_line } => {
            (s.import_duplicate)(&part_words(s, *part), *first_line)
        }
    }
}

/// Why the exported files could not be written.
pub fn export_error(s: &Strings, err: &ExportError) -> String {
    match err {
        ExportError::CreateDir { path, error } => (s.export_create_dir)(path, &io_cause(s, error)),
        ExportError::Write { path, error } => (s.export_write)(path, &io_cause(s, error)),
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
    }
}

/// A row of the files in words: "ý kiến thứ 3 của nội dung 2".
fn part_words(s: &Strings, part: Part) -> String {
    match part {
        Part::Meeting => s.row_meeting.to_owned(),
        Part::AgendaItem { item_no } => (s.row_agenda_item)(item_no),
        Part::Opinion { item_no, turn_no } => (s.row_opinion)(item_no, turn_no),
        Part::Vote { item_no, vote_no } => (s.row_vote)(item_no, vote_no),
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
mod tests {
    use std::path::PathBuf;

    use std::io;

    use super::*;
    use crate::domain::{Outcome, Threshold, VoteBase};
    use crate::i18n::{EN, VI};
    use crate::store::{BackupFailure, Difference, Fingerprint, OpenFailure};

    fn io_error() -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied")
    }

    fn all_store_errors() -> Vec<StoreError> {
        vec![
            StoreError::NotADatabase {
                path: PathBuf::from("notes.txt"),
            },
            StoreError::CannotOpen {
                path: PathBuf::from("/nowhere/hopdan.db"),
                cause: io_error().into(),
            },
            StoreError::CannotOpen {
                path: PathBuf::from("/nowhere/hopdan.db"),
                cause: OpenFailure::NoWriteAheadLog {
                    mode: "delete".into(),
                },
            },
            StoreError::NewerSchema {
                found: 9,
                supported: 2,
            },
            StoreError::NoDatabase {
                path: PathBuf::from("/tmp/chưa-có.db"),
            },
            StoreError::OlderSchema {
                found: 4,
                supported: 6,
            },
            StoreError::Corrupt {
                detail: "database disk image is malformed".into(),
            },
            StoreError::Busy,
            StoreError::InUse {
                path: "/tmp/hopdan.db".into(),
            },
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
            StoreError::InvalidVote(VoteError::PresentExceedsTotal {
                present: 56,
                total: 55,
            }),
            StoreError::InvalidVote(VoteError::CastExceedsPresent {
                cast: 43,
                present: 42,
            }),
            StoreError::MeetingClosed,
            StoreError::NoFloor,
            StoreError::FloorTaken {
                speaker: "Hoàng Minh Tuấn".into(),
            },
            StoreError::EndsBeforeStart {
                started: "2022-06-12T08:30:00+07:00".into(),
                ended: "2022-06-12T07:30:00+07:00".into(),
            },
            StoreError::AlteredSinceClosing { id: 3 },
            StoreError::BackupOverDatabase {
                path: PathBuf::from("hopdan.db"),
            },
            StoreError::Backup {
                path: PathBuf::from("/backup/hopdan.db"),
                cause: io::Error::from_raw_os_error(28).into(),
            },
            StoreError::Backup {
                path: PathBuf::from("/backup/"),
                cause: BackupFailure::NoFileName,
            },
            StoreError::Migration(rusqlite_migration::Error::InvalidUserVersion),
            StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows),
        ]
    }

    fn all_import_problems() -> Vec<ImportProblem> {
        vec![
            ImportProblem::Missing {
                dir: PathBuf::from("/tmp/hop"),
            },
            ImportProblem::Missing {
                dir: PathBuf::new(),
            },
            ImportProblem::Unreadable(io_error()),
            ImportProblem::NotCsv("found record with 3 fields".into()),
            ImportProblem::NotUtf8,
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
            ImportProblem::BadTime("12/06/2022".into()),
            ImportProblem::EndsBeforeStart {
                started: "2022-06-12T08:30:00+07:00".into(),
                ended: "2022-06-12T07:30:00+07:00".into(),
            },
            ImportProblem::Counts(VoteError::CastExceedsPresent {
                cast: 43,
                present: 42,
            }),
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
            ImportProblem::UnknownItem(7),
            ImportProblem::Duplicate {
                part: Part::Opinion {
                    item_no: 2,
                    turn_no: 3,
                },
                first_line: 5,
            },
        ]
    }

    fn all_export_errors() -> Vec<ExportError> {
        vec![
            ExportError::CreateDir {
                path: PathBuf::from("/out"),
                error: io_error(),
            },
            ExportError::Write {
                path: PathBuf::from("/out/votes.csv"),
                error: io_error(),
            },
        ]
    }

    /// Non-empty in both languages, different between them, and Vietnamese written as such.
    fn check(vi: &str, en: &str) {
        assert!(!vi.trim().is_empty(), "empty Vietnamese message");
        assert!(!en.trim().is_empty(), "empty English message");
        assert_ne!(vi, en, "the Vietnamese message is the English one");
        assert!(
            vi.chars().any(|c| !c.is_ascii() && c.is_alphabetic()),
            "no Vietnamese letter in {vi:?}"
        );
        assert!(!en.contains('{') && !vi.contains('{'), "{vi:?} / {en:?}");
    }

    #[test]
    fn every_store_error_has_words_in_both_languages() {
        for err in all_store_errors() {
            check(&store_error(&VI, &err), &store_error(&EN, &err));
        }
    }

    #[test]
    fn every_import_problem_has_words_in_both_languages() {
        for problem in all_import_problems() {
            check(
                &import_problem(&VI, &problem),
                &import_problem(&EN, &problem),
            );
            let err = ImportError {
                file: "votes.csv",
                line: Some(3),
                column: Some("votes_for"),
                problem,
            };
            check(&import_error(&VI, &err), &import_error(&EN, &err));
        }
    }

    #[test]
    fn every_export_error_has_words_in_both_languages() {
        for err in all_export_errors() {
            check(&export_error(&VI, &err), &export_error(&EN, &err));
        }
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
    }
}
