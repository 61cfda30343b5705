//! `ballots.csv`, `household_ballots.csv` and `ballot_corrections.csv`: how each vote taken by
//! ballot was taken, the households' ballots of each round and each ballot as it was before a
//! correction (SPEC §12) — their exact bytes, the round trip, each check of their import, and
//! a folder of an earlier version without them.

mod common;

use chrono::{DateTime, FixedOffset};
use hopdan::domain::{
    AgendaItem, Attendance, BallotChoice, BallotCorrection, BallotDetails, BallotSheets,
    BallotVote, CountingCommittee, DecisionRule, Household, HouseholdBallot, Meeting,
    MeetingBallots, MeetingRecord, MeetingStatus, Outcome, RoundBallot, Standing, Vote, VoteCounts,
    VoteMethod, Witnesses, parse_time,
};
use hopdan::export::{CsvFile, ExportOptions, export_files, import_dir, import_files};
use hopdan::i18n::Lang;
use hopdan::messages::import_error;

const NO_BOM: ExportOptions = ExportOptions { bom: false };
const BOM: ExportOptions = ExportOptions { bom: true };

fn at(text: &str) -> DateTime<FixedOffset> {
    parse_time(&format!("2022-06-{text}+07:00")).unwrap()
}

fn household(no: u32, head: &str) -> Household {
    Household {
        household_no: format!("27-{no:03}"),
        address: format!("K19/{no} Phú Lộc 10"),
        head_name: head.into(),
        members: Some(4),
        phone: String::new(),
        note: String::new(),
    }
}

fn signed_in(no: u32, hms: &str) -> Attendance {
    Attendance {
        household_no: format!("27-{no:03}"),
        representative_name: format!("Chủ hộ {no}"),
        standing: Standing::Head,
        arrived_at: at(&format!("12T{hms}")),
        left_at: None,
        note: String::new(),
    }
}

fn vote(item_no: u32, time: &str, counts: [u32; 4], method: VoteMethod) -> Vote {
    let [households_present, votes_for, votes_against, votes_abstain] = counts;
    Vote {
        item_no,
        vote_no: 1,
        voted_at: at(time),
        counts: VoteCounts {
            households_total: 6,
            households_present,
            votes_for,
            votes_against,
            votes_abstain,
        },
        rule: DecisionRule::default(),
        corrections: 0,
        method,
    }
}

fn ballot(no: u32, choice: BallotChoice, time: &str, by: &str, opinion: &str) -> RoundBallot {
    RoundBallot {
        item_no: 2,
        vote_no: 1,
        ballot: HouseholdBallot {
            household_no: format!("27-{no:03}"),
            choice,
            received_at: at(time),
            collected_by: by.into(),
            opinion: opinion.into(),
        },
    }
}

const ASKED: &str = "Đề nghị làm cống trước, rồi đổ bê tông";

/// A meeting of 6 households, 5 signed in. Item 1 was put to a secret ballot: 5 issued and
/// returned, 4 valid, all for (passed). Item 2 went to the households: 3 ballots back, 2 for,
/// 1 against — not more than half of all households (failed); one ballot corrected.
fn record() -> MeetingRecord {
    let item = |item_no: u32, title: &str| AgendaItem {
        item_no,
        title: title.into(),
        description: String::new(),
        rule: DecisionRule::default(),
        takes_pledges: false,
    };
    MeetingRecord {
        meeting: Meeting {
            title: "Mở rộng kiệt 19".into(),
            ward: "Phường Thanh Khê Tây".into(),
            residential_group: "Tổ 27".into(),
            location: "Nhà văn hóa".into(),
            started_at: at("12T08:00:00"),
            ended_at: None,
            chair: "Trần Thị Mai".into(),
            chair_title: "Tổ trưởng".into(),
            secretary: "Lê Văn Bình".into(),
            households_total: 6,
            households_present: 5,
            status: MeetingStatus::Open,
        },
        agenda: vec![item(1, "Mở rộng kiệt lên 3 m"), item(2, "Hiến đất")],
        opinions: vec![],
        votes: vec![
            vote(1, "12T08:40:00", [5, 4, 0, 0], VoteMethod::Secret),
            vote(2, "12T09:00:00", [3, 2, 1, 0], VoteMethod::HouseholdBallot),
        ],
        guests: vec![],
        conclusions: vec![],
        corrections: vec![],
        households: vec![
            household(1, "Trần Văn Minh"),
            household(2, "Lê Thị Sáu"),
            household(3, "Nguyễn Văn Phúc"),
            household(4, "Phạm Thị Lan"),
            household(5, "Hoàng Minh Tuấn"),
            household(6, "Võ Thị Hồng"),
        ],
        attendance: (1..=5)
            .map(|no| signed_in(no, &format!("07:5{no}:00")))
            .collect(),
        pledges: vec![],
        register_changes: vec![],
        options: vec![],
        option_votes: vec![],
        ballots: MeetingBallots {
            votes: vec![
                BallotVote {
                    item_no: 1,
                    vote_no: 1,
                    details: BallotDetails::Secret {
                        sheets: BallotSheets {
                            issued: 5,
                            returned: 5,
                            valid: 4,
                            invalid: 1,
                        },
                        committee: CountingCommittee::new(
                            &["Trần Văn Minh", "Lê Thị Sáu", "Nguyễn Văn Phúc"],
                            0,
                        ),
                        witnesses: Witnesses {
                            first: "27-002".into(),
                            second: "27-004".into(),
                        },
                    },
                },
                BallotVote {
                    item_no: 2,
                    vote_no: 1,
                    details: BallotDetails::HouseholdRound {
                        counted_at: Some(at("13T12:00:00")),
                    },
                },
            ],
            household_ballots: vec![
                ballot(1, BallotChoice::For, "12T09:10:00", "Tổ trưởng", ""),
                ballot(3, BallotChoice::Against, "13T08:00:00", "Tổ phó", ASKED),
                ballot(6, BallotChoice::For, "13T09:00:00", "Tổ phó", "=Đồng ý"),
            ],
            corrections: vec![BallotCorrection {
                item_no: 2,
                vote_no: 1,
                corrected_at: at("13T10:00:00"),
                reason: "Nhập nhầm ô".into(),
                was: ballot(3, BallotChoice::For, "13T08:00:00", "Tổ phó", ASKED).ballot,
            }],
        },
    }
}

fn text_of<'a>(files: &'a [CsvFile], name: &str) -> &'a str {
    let file = files.iter().find(|f| f.name == name).unwrap();
    std::str::from_utf8(&file.bytes).unwrap()
}

const VOTES_CSV: &str = "meeting_id,item_no,vote_no,voted_at,households_total,\
households_present,votes_for,votes_against,votes_abstain,not_voting,vote_base,threshold,result,\
corrections\r\n\
7,1,1,2022-06-12T08:40:00+07:00,6,5,4,0,0,1,all_households,more_than_half,passed,0\r\n\
7,2,1,2022-06-12T09:00:00+07:00,6,3,2,1,0,0,all_households,more_than_half,failed,0\r\n";

const BALLOTS_CSV: &str = "meeting_id,item_no,vote_no,method,ballots_issued,ballots_returned,\
ballots_valid,ballots_invalid,committee_head,committee_2,committee_3,committee_4,committee_5,\
witness_1,witness_2,counted_at\r\n\
7,1,1,secret,5,5,4,1,Trần Văn Minh,Lê Thị Sáu,Nguyễn Văn Phúc,,,27-002,27-004,\r\n\
7,2,1,household_ballot,6,3,3,0,,,,,,,,2022-06-13T12:00:00+07:00\r\n";

const HOUSEHOLD_BALLOTS_CSV: &str = "meeting_id,item_no,vote_no,household_no,choice,\
received_at,collected_by,opinion\r\n\
7,2,1,27-001,for,2022-06-12T09:10:00+07:00,Tổ trưởng,\r\n\
7,2,1,27-003,against,2022-06-13T08:00:00+07:00,Tổ phó,\"Đề nghị làm cống trước, rồi đổ bê tông\"\r\n\
7,2,1,27-006,for,2022-06-13T09:00:00+07:00,Tổ phó,'=Đồng ý\r\n";

const BALLOT_CORRECTIONS_CSV: &str = "meeting_id,correction_no,corrected_at,item_no,vote_no,\
household_no,choice,received_at,collected_by,opinion,reason\r\n\
7,1,2022-06-13T10:00:00+07:00,2,1,27-003,for,2022-06-13T08:00:00+07:00,Tổ phó,\
\"Đề nghị làm cống trước, rồi đổ bê tông\",Nhập nhầm ô\r\n";

#[test]
fn the_ballots_are_written_in_three_files_of_their_own() {
    let files = export_files(&record(), 7, NO_BOM);
    assert_eq!(text_of(&files, "votes.csv"), VOTES_CSV);
    assert_eq!(text_of(&files, "ballots.csv"), BALLOTS_CSV);
    assert_eq!(
        text_of(&files, "household_ballots.csv"),
        HOUSEHOLD_BALLOTS_CSV
    );
    assert_eq!(
        text_of(&files, "ballot_corrections.csv"),
        BALLOT_CORRECTIONS_CSV
    );
    let names: Vec<_> = files.iter().map(|f| f.name).collect();
    assert_eq!(
        names[names.len() - 3..],
        [
            "ballots.csv",
            "household_ballots.csv",
            "ballot_corrections.csv"
        ]
    );
    let with_bom = export_files(&record(), 7, BOM);
    assert_eq!(
        with_bom
            .iter()
            .find(|f| f.name == "ballots.csv")
            .unwrap()
            .bytes,
        [b"\xEF\xBB\xBF".as_slice(), BALLOTS_CSV.as_bytes()].concat()
    );
}

#[test]
fn the_ballots_round_trip_byte_for_byte() {
    for options in [BOM, NO_BOM] {
        let files = export_files(&record(), 7, options);
        let back = import_files(&files).unwrap();
        assert_eq!(back, record());
        assert_eq!(export_files(&back, 7, options), files);
    }
}

/// The error of importing the meeting `record` after `edit` changed the text of the file
/// `name`, in Vietnamese and in English.
fn error_of(
    record: &MeetingRecord,
    name: &str,
    edit: impl FnOnce(&str) -> String,
) -> (String, String) {
    let mut files = export_files(record, 7, NO_BOM);
    let file = files.iter_mut().find(|f| f.name == name).unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    file.bytes = edit(&text).into_bytes();
    let error = import_files(&files).unwrap_err();
    (
        import_error(Lang::Vi.strings(), &error),
        import_error(Lang::En.strings(), &error),
    )
}

/// The error after replacing `from` (exactly once in the file `name`) by `to`.
fn error_replacing(name: &str, from: &str, to: &str) -> (String, String) {
    error_of(&record(), name, |text| {
        assert_eq!(text.matches(from).count(), 1, "{from}");
        text.replace(from, to)
    })
}

/// Checks that the English message starts by naming `place` ("file line N, column C").
#[track_caller]
fn says_where(said: &(String, String), place: &str) {
    let (vi, en) = said;
    assert!(en.starts_with(&format!("{place}: ")), "{place}: {en}");
    let vi_place = place
        .replace(" line ", " dòng ")
        .replace(", column ", ", cột ");
    assert!(vi.starts_with(&format!("{vi_place}: ")), "{vi_place}: {vi}");
}

const SECRET_ROW: &str = "7,1,1,secret,5,5,4,1,";
const ROUND_ROW: &str = "7,2,1,household_ballot,6,3,3,0,,,,,,,,2022-06-13T12:00:00+07:00";
const ROUND_VOTE: &str =
    "7,2,1,2022-06-12T09:00:00+07:00,6,3,2,1,0,0,all_households,more_than_half,failed,0";

#[test]
fn a_show_of_hands_has_no_row_in_ballots_csv() {
    let said = error_replacing("ballots.csv", SECRET_ROW, "7,1,1,hands,5,5,4,1,");
    says_where(&said, "ballots.csv line 2, column method");
}

#[test]
fn a_secret_ballot_breaking_a_check_of_its_tally_is_refused() {
    for (sheets, column, words) in [
        // Returned above issued.
        ("5,6,5,1", "ballots_returned", "6"),
        // Issued above the 5 households present.
        ("6,5,4,1", "ballots_issued", "6"),
        // Valid + invalid not the ballots returned.
        ("5,5,4,0", "ballots_valid", "4"),
        // For + against + abstain (4) not the valid ballots.
        ("5,5,3,2", "ballots_valid", "3"),
    ] {
        let said = error_replacing(
            "ballots.csv",
            SECRET_ROW,
            &format!("7,1,1,secret,{sheets},"),
        );
        says_where(&said, &format!("ballots.csv line 2, column {column}"));
        assert!(said.1.contains(words), "{sheets}: {}", said.1);
    }
}

#[test]
fn a_committee_with_a_gap_or_the_wrong_size_is_refused() {
    let said = error_replacing(
        "ballots.csv",
        "Trần Văn Minh,Lê Thị Sáu,Nguyễn Văn Phúc,,",
        "Trần Văn Minh,,Nguyễn Văn Phúc,Lê Thị Sáu,",
    );
    says_where(&said, "ballots.csv line 2, column committee_2");
    let said = error_replacing(
        "ballots.csv",
        "Trần Văn Minh,Lê Thị Sáu,Nguyễn Văn Phúc,,",
        "Trần Văn Minh,Lê Thị Sáu,,,",
    );
    says_where(&said, "ballots.csv line 2, column committee_head");
    assert!(said.1.contains('2') && said.1.contains('3'), "{}", said.1);
}

#[test]
fn the_witnesses_of_a_secret_ballot_are_households_of_the_register() {
    let said = error_replacing("ballots.csv", "27-002,27-004,", "27-002,27-099,");
    says_where(&said, "ballots.csv line 2, column witness_1");
    assert!(said.1.contains("27-099"), "{}", said.1);
    let said = error_replacing("ballots.csv", "27-002,27-004,", "27-002,27-002,");
    says_where(&said, "ballots.csv line 2, column witness_1");
}

#[test]
fn a_household_round_has_no_committee_and_no_witnesses() {
    let said = error_replacing(
        "ballots.csv",
        ROUND_ROW,
        "7,2,1,household_ballot,6,3,3,0,,,,,,27-002,27-004,2022-06-13T12:00:00+07:00",
    );
    says_where(&said, "ballots.csv line 3, column witness_1");
    let said = error_replacing(
        "ballots.csv",
        ROUND_ROW,
        "7,2,1,household_ballot,6,3,3,0,Trần Văn Minh,,,,,,,2022-06-13T12:00:00+07:00",
    );
    says_where(&said, "ballots.csv line 3, column committee_head");
}

#[test]
fn a_secret_ballot_is_not_counted_apart_from_its_vote() {
    let said = error_replacing(
        "ballots.csv",
        "27-002,27-004,\r\n",
        "27-002,27-004,2022-06-12T08:45:00+07:00\r\n",
    );
    says_where(&said, "ballots.csv line 2, column counted_at");
}

#[test]
fn the_ballots_of_a_round_are_its_households_ballots_and_issued_to_the_whole_register() {
    // 3 ballots in household_ballots.csv, 6 households in the register.
    let said = error_replacing(
        "ballots.csv",
        ROUND_ROW,
        "7,2,1,household_ballot,6,4,4,0,,,,,,,,2022-06-13T12:00:00+07:00",
    );
    says_where(&said, "ballots.csv line 3, column ballots_returned");
    assert!(
        said.1
            .ends_with("it says 4, but the ballots in household_ballots.csv give 3."),
        "{}",
        said.1
    );
    let said = error_replacing(
        "ballots.csv",
        ROUND_ROW,
        "7,2,1,household_ballot,5,3,3,0,,,,,,,,2022-06-13T12:00:00+07:00",
    );
    says_where(&said, "ballots.csv line 3, column ballots_issued");
    assert!(said.1.contains('5') && said.1.contains('6'), "{}", said.1);
    let said = error_replacing(
        "ballots.csv",
        ROUND_ROW,
        "7,2,1,household_ballot,6,3,2,1,,,,,,,,2022-06-13T12:00:00+07:00",
    );
    says_where(&said, "ballots.csv line 3, column ballots_invalid");
}

#[test]
fn a_household_balloted_twice_in_a_round_is_refused() {
    let said = error_of(&record(), "household_ballots.csv", |text| {
        format!("{text}7,2,1,27-001,against,2022-06-13T11:00:00+07:00,Tổ phó,\r\n")
    });
    says_where(&said, "household_ballots.csv line 5, column household_no");
    assert!(said.1.contains("first on line 2"), "{}", said.1);
}

#[test]
fn a_ballot_of_a_household_not_in_the_register_is_refused() {
    let said = error_replacing("household_ballots.csv", "7,2,1,27-006,", "7,2,1,27-099,");
    says_where(&said, "household_ballots.csv line 4, column household_no");
    assert!(said.1.contains("27-099"), "{}", said.1);
}

#[test]
fn ballots_for_a_vote_that_is_not_a_round_are_refused() {
    let said = error_of(&record(), "household_ballots.csv", |text| {
        format!("{text}7,1,1,27-002,for,2022-06-13T11:00:00+07:00,Tổ phó,\r\n")
    });
    says_where(&said, "household_ballots.csv line 5, column vote_no");
    let said = error_replacing(
        "ballot_corrections.csv",
        "7,1,2022-06-13T10:00:00+07:00,2,1,",
        "7,1,2022-06-13T10:00:00+07:00,1,1,",
    );
    says_where(&said, "ballot_corrections.csv line 2, column vote_no");
}

#[test]
fn a_round_whose_counts_in_votes_csv_are_not_its_ballots_is_refused() {
    let said = error_replacing(
        "votes.csv",
        ROUND_VOTE,
        &ROUND_VOTE.replace(",6,3,2,1,0,0,", ",6,3,1,2,0,0,"),
    );
    says_where(&said, "votes.csv line 3, column votes_for");
    let said = error_replacing(
        "votes.csv",
        ROUND_VOTE,
        &ROUND_VOTE.replace(",6,3,2,1,0,0,", ",6,4,2,1,0,1,"),
    );
    says_where(&said, "votes.csv line 3, column households_present");
}

#[test]
fn a_ballot_received_before_its_round_opened_is_refused() {
    let said = error_replacing(
        "household_ballots.csv",
        "27-001,for,2022-06-12T09:10:00+07:00",
        "27-001,for,2022-06-12T08:59:00+07:00",
    );
    says_where(&said, "household_ballots.csv line 2, column received_at");
}

#[test]
fn a_correction_of_a_ballot_never_entered_is_refused() {
    let said = error_replacing(
        "ballot_corrections.csv",
        ",2,1,27-003,for,",
        ",2,1,27-005,for,",
    );
    says_where(&said, "ballot_corrections.csv line 2, column household_no");
    let said = error_replacing("ballot_corrections.csv", ",Nhập nhầm ô\r\n", ",  \r\n");
    says_where(&said, "ballot_corrections.csv line 2, column reason");
}

#[test]
fn the_counts_of_a_ballot_vote_are_never_corrected() {
    for row in [
        ROUND_VOTE,
        "7,1,1,2022-06-12T08:40:00+07:00,6,5,4,0,0,1,all_households,more_than_half,passed,0",
    ] {
        let line = if row == ROUND_VOTE { 3 } else { 2 };
        let said = error_replacing("votes.csv", row, &format!("{}1", &row[..row.len() - 1]));
        says_where(&said, &format!("votes.csv line {line}, column corrections"));
    }
}

#[test]
fn a_round_is_decided_on_all_households_without_a_quorum_test() {
    // 3 ballots of 6 households: a show of hands would lack quorum; the round simply fails.
    let said = error_replacing(
        "votes.csv",
        ROUND_VOTE,
        &ROUND_VOTE.replace("failed", "no_quorum"),
    );
    says_where(&said, "votes.csv line 3, column result");
    assert!(said.1.contains("\"failed\""), "{}", said.1);
    let said = error_replacing(
        "votes.csv",
        ROUND_VOTE,
        &ROUND_VOTE.replace("failed", "passed"),
    );
    says_where(&said, "votes.csv line 3, column result");

    // The meeting short of quorum (2 of 6 signed in), the round carried by 4 of 6 households.
    let mut short = record();
    short.votes.remove(0);
    short.ballots.votes.remove(0);
    short.attendance.truncate(2);
    short.meeting.households_present = 2;
    short
        .ballots
        .household_ballots
        .push(ballot(4, BallotChoice::For, "13T09:30:00", "Tổ phó", ""));
    short
        .ballots
        .household_ballots
        .push(ballot(5, BallotChoice::For, "13T09:40:00", "Tổ phó", ""));
    short.votes[0].counts = VoteCounts {
        households_total: 6,
        households_present: 5,
        votes_for: 4,
        votes_against: 1,
        votes_abstain: 0,
    };
    assert_eq!(short.votes[0].outcome(), Outcome::Passed);
    let files = export_files(&short, 7, NO_BOM);
    assert!(text_of(&files, "votes.csv").contains(
        "7,2,1,2022-06-12T09:00:00+07:00,6,5,4,1,0,0,all_households,more_than_half,passed,0"
    ));
    assert!(text_of(&files, "meeting.csv").contains(",6,2,open"));
    assert_eq!(import_files(&files).unwrap(), short);
    // The same 4 for of 6 with a base of the ballots cast would pass too; the base is all
    // households whatever the item's: 3 for of 6 fails even on a base of those present.
    let mut present = record();
    for rule in [&mut present.agenda[1].rule, &mut present.votes[1].rule] {
        rule.base = hopdan::domain::VoteBase::Present;
    }
    assert_eq!(present.votes[1].outcome(), Outcome::Failed);
    assert_eq!(
        import_files(&export_files(&present, 7, NO_BOM)).unwrap(),
        present
    );
}

#[test]
fn a_folder_from_before_ballots_imports_as_a_meeting_without_them() {
    let sample = common::sample_dir();
    let three = [
        "ballots.csv",
        "household_ballots.csv",
        "ballot_corrections.csv",
    ];
    let older = tempfile::TempDir::new().unwrap();
    for name in common::files_in(&sample) {
        if !three.contains(&name.as_str()) {
            std::fs::copy(sample.join(&name), older.path().join(&name)).unwrap();
        }
    }
    assert_eq!(common::files_in(older.path()).len(), 14);
    let back = import_dir(older.path()).unwrap();
    assert_eq!(back.ballots, MeetingBallots::default());
    assert!(back.votes.iter().all(|v| v.method == VoteMethod::Hands));
    assert_eq!(back, import_dir(&sample).unwrap());
    // One of the three without the others is a folder half copied.
    std::fs::copy(sample.join("ballots.csv"), older.path().join("ballots.csv")).unwrap();
    let error = import_dir(older.path()).unwrap_err();
    assert_eq!(error.file, "household_ballots.csv");
}

#[test]
fn a_round_among_options_whose_hands_in_option_votes_csv_are_not_its_ballots_is_refused() {
    // Item 2 as a choice between two widths: 27-001 and 27-006 mark option 1, 27-003 option 2.
    let mut options = record();
    for (option_no, title) in [(1, "3 m toàn tuyến"), (2, "2,5 m đoạn đầu kiệt")] {
        options.options.push(hopdan::domain::ItemOption {
            item_no: 2,
            option_no,
            title: title.into(),
            description: String::new(),
        });
    }
    for (option_no, votes) in [(1, 2), (2, 1)] {
        options.option_votes.push(hopdan::domain::OptionVote {
            item_no: 2,
            vote_no: 1,
            option_no,
            votes,
        });
    }
    let ballots = &mut options.ballots;
    for (b, choice) in ballots.household_ballots.iter_mut().zip([1, 2, 1]) {
        b.ballot.choice = BallotChoice::Option(choice);
    }
    ballots.corrections[0].was.choice = BallotChoice::Option(1);
    assert_eq!(
        import_files(&export_files(&options, 7, NO_BOM)).unwrap(),
        options
    );
    let said = error_of(&options, "option_votes.csv", |text| {
        let (from, to) = ("7,2,1,2,1\r\n", "7,2,1,2,0\r\n");
        assert_eq!(text.matches(from).count(), 1, "{text}");
        text.replace(from, to)
    });
    // The hands in votes.csv are checked against option_votes.csv first.
    says_where(&said, "votes.csv line 3, column votes_against");
    let said = error_of(&options, "option_votes.csv", |text| {
        text.replace("7,2,1,1,2\r\n7,2,1,2,1\r\n", "7,2,1,1,1\r\n7,2,1,2,2\r\n")
    });
    // The same counts in votes.csv, but not the options the ballots marked.
    says_where(&said, "option_votes.csv line 2, column votes");
}

#[test]
fn a_closed_meeting_has_every_round_counted() {
    let mut closed = record();
    closed.meeting.status = MeetingStatus::Closed;
    closed.meeting.ended_at = Some(at("13T13:00:00"));
    let files = export_files(&closed, 7, NO_BOM);
    assert_eq!(import_files(&files).unwrap(), closed);
    closed.ballots.votes[1].details = BallotDetails::HouseholdRound { counted_at: None };
    let error = import_files(&export_files(&closed, 7, NO_BOM)).unwrap_err();
    says_where(
        &(
            import_error(Lang::Vi.strings(), &error),
            import_error(Lang::En.strings(), &error),
        ),
        "ballots.csv line 3, column counted_at",
    );
    // Open, a round may still be taking ballots.
    closed.meeting.status = MeetingStatus::Open;
    closed.meeting.ended_at = None;
    assert_eq!(
        import_files(&export_files(&closed, 7, NO_BOM)).unwrap(),
        closed
    );
}
