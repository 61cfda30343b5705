//! `options.csv` and `option_votes.csv`: the options of an item that is a choice among several
//! and the hands for each option in each vote (SPEC §15) — their exact bytes, the round trip,
//! each check of their import, and a folder of an earlier version without them.

use chrono::{DateTime, FixedOffset};
use hopdan::domain::{
    AgendaItem, DecisionRule, ItemOption, Meeting, MeetingRecord, MeetingStatus, OptionVote,
    Outcome, Vote, VoteCounts, parse_time,
};
use hopdan::export::{CsvFile, ExportOptions, export_files, import_files};
use hopdan::i18n::Lang;
use hopdan::messages::import_error;
use hopdan::store::fingerprint::{self, Scheme};

const BOM: ExportOptions = ExportOptions { bom: true };
const NO_BOM: ExportOptions = ExportOptions { bom: false };

fn at(hms: &str) -> DateTime<FixedOffset> {
    parse_time(&format!("2022-06-12T{hms}+07:00")).unwrap()
}

fn option(option_no: u32, title: &str, description: &str) -> ItemOption {
    ItemOption {
        item_no: 2,
        option_no,
        title: title.into(),
        description: description.into(),
    }
}

fn hands(vote_no: u32, option_no: u32, votes: u32) -> OptionVote {
    OptionVote {
        item_no: 2,
        vote_no,
        option_no,
        votes,
    }
}

fn vote(item_no: u32, vote_no: u32, hms: &str, counts: [u32; 3]) -> Vote {
    let [votes_for, votes_against, votes_abstain] = counts;
    Vote {
        item_no,
        vote_no,
        voted_at: at(hms),
        counts: VoteCounts {
            households_total: 40,
            households_present: 30,
            votes_for,
            votes_against,
            votes_abstain,
        },
        rule: DecisionRule::default(),
        corrections: 0,
        method: hopdan::domain::VoteMethod::Hands,
    }
}

/// A meeting of 40 households, 30 present: item 1 a yes/no question, item 2 a choice among
/// three widths. The first vote on item 2 adopts none (14 of 40 for the leader); the run-off
/// between the two leading options adopts the first (22 of 40).
fn record() -> MeetingRecord {
    MeetingRecord {
        meeting: Meeting {
            title: "Mở rộng kiệt 19".into(),
            ward: "Phường Thanh Khê Tây".into(),
            residential_group: "Tổ 27".into(),
            location: "Nhà văn hóa".into(),
            started_at: at("08:00:00"),
            ended_at: None,
            chair: "Trần Thị Mai".into(),
            chair_title: "Tổ trưởng".into(),
            secretary: "Lê Văn Bình".into(),
            households_total: 40,
            households_present: 30,
            status: MeetingStatus::Open,
        },
        agenda: vec![
            AgendaItem {
                item_no: 1,
                title: "Thời gian thi công".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            },
            AgendaItem {
                item_no: 2,
                title: "Bề rộng kiệt sau khi mở rộng".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            },
        ],
        opinions: vec![],
        votes: vec![
            vote(1, 1, "08:40:00", [25, 3, 2]),
            // 14, 10 and 4 hands: for is the leader's, against the others'.
            vote(2, 1, "09:10:00", [14, 14, 2]),
            vote(2, 2, "09:20:00", [22, 7, 1]),
        ],
        guests: vec![],
        conclusions: vec![],
        corrections: vec![],
        households: vec![],
        attendance: vec![],
        pledges: vec![],
        register_changes: vec![],
        options: vec![
            option(1, "3 m toàn tuyến", "Mở rộng cả kiệt lên 3 m"),
            option(
                2,
                "2,5 m đoạn đầu kiệt, 3 m đoạn còn lại",
                "Đoạn đầu kiệt có nhà sát mép:\nchỉ lùi 2,5 m",
            ),
            option(3, "Giữ nguyên", "- Không mở rộng"),
        ],
        option_votes: vec![
            hands(1, 1, 14),
            hands(1, 2, 10),
            hands(1, 3, 4),
            hands(2, 1, 22),
            hands(2, 2, 7),
        ],
        ballots: Default::default(),
    }
}

const OPTIONS_CSV: &str = "meeting_id,item_no,option_no,title,description\r\n\
7,2,1,3 m toàn tuyến,Mở rộng cả kiệt lên 3 m\r\n\
7,2,2,\"2,5 m đoạn đầu kiệt, 3 m đoạn còn lại\",\"Đoạn đầu kiệt có nhà sát mép:\nchỉ lùi 2,5 m\"\r\n\
7,2,3,Giữ nguyên,'- Không mở rộng\r\n";

const OPTION_VOTES_CSV: &str = "meeting_id,item_no,vote_no,option_no,votes\r\n\
7,2,1,1,14\r\n\
7,2,1,2,10\r\n\
7,2,1,3,4\r\n\
7,2,2,1,22\r\n\
7,2,2,2,7\r\n";

const VOTES_CSV: &str = "meeting_id,item_no,vote_no,voted_at,households_total,\
households_present,votes_for,votes_against,votes_abstain,not_voting,vote_base,threshold,result,\
corrections\r\n\
7,1,1,2022-06-12T08:40:00+07:00,40,30,25,3,2,0,all_households,more_than_half,passed,0\r\n\
7,2,1,2022-06-12T09:10:00+07:00,40,30,14,14,2,0,all_households,more_than_half,failed,0\r\n\
7,2,2,2022-06-12T09:20:00+07:00,40,30,22,7,1,0,all_households,more_than_half,passed,0\r\n";

fn text_of<'a>(files: &'a [CsvFile], name: &str) -> &'a str {
    let file = files.iter().find(|f| f.name == name).unwrap();
    std::str::from_utf8(&file.bytes).unwrap()
}

#[test]
fn the_options_and_the_hands_for_each_are_written_in_order_and_guarded() {
    let files = export_files(&record(), 7, NO_BOM);
    assert_eq!(text_of(&files, "options.csv"), OPTIONS_CSV);
    assert_eq!(text_of(&files, "option_votes.csv"), OPTION_VOTES_CSV);
    assert_eq!(text_of(&files, "votes.csv"), VOTES_CSV);
    // The same bytes whatever order the record holds them in.
    let mut shuffled = record();
    shuffled.options.reverse();
    shuffled.option_votes.reverse();
    assert_eq!(export_files(&shuffled, 7, NO_BOM), files);
    let names: Vec<_> = files.iter().map(|f| f.name).collect();
    assert_eq!(
        names[names.len() - 5..names.len() - 3],
        ["options.csv", "option_votes.csv"]
    );
    let with_bom = export_files(&record(), 7, BOM);
    let options = with_bom.iter().find(|f| f.name == "options.csv").unwrap();
    assert_eq!(
        options.bytes,
        [b"\xEF\xBB\xBF".as_slice(), OPTIONS_CSV.as_bytes()].concat()
    );
}

#[test]
fn the_options_round_trip_byte_for_byte() {
    for options in [BOM, NO_BOM] {
        let files = export_files(&record(), 7, options);
        let back = import_files(&files).unwrap();
        assert_eq!(back, record());
        assert_eq!(export_files(&back, 7, options), files);
    }
    let back = import_files(&export_files(&record(), 7, BOM)).unwrap();
    let run_off = back.option_counts(&back.votes[2]).unwrap();
    assert_eq!(
        run_off.decide(DecisionRule::default()).adopted(),
        Some(1),
        "{run_off:?}"
    );
    assert_eq!(back.options_of(2).count(), 3);
}

#[test]
fn the_fingerprint_covers_the_options_from_scheme_5_on() {
    let record = record();
    let mut other = record.clone();
    other.options[2].title = "Giữ nguyên hiện trạng".into();
    assert_eq!(
        fingerprint::of_record(&record, Scheme::V4),
        fingerprint::of_record(&other, Scheme::V4)
    );
    assert_ne!(
        fingerprint::of_record(&record, Scheme::V5),
        fingerprint::of_record(&other, Scheme::V5)
    );
    let parts = fingerprint::seal(&record, Scheme::V5).parts;
    assert_eq!(
        parts.keys().filter(|p| p.file() == "options.csv").count(),
        3
    );
    assert_eq!(
        parts
            .keys()
            .filter(|p| p.file() == "option_votes.csv")
            .count(),
        5
    );
}

/// The error of importing the meeting after `edit` changed the text of the file `name`, in
/// Vietnamese and in English.
fn error_after(name: &str, edit: impl FnOnce(&str) -> String) -> (String, String) {
    let mut files = export_files(&record(), 7, NO_BOM);
    let file = files.iter_mut().find(|f| f.name == name).unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    file.bytes = edit(&text).into_bytes();
    let error = import_files(&files).unwrap_err();
    (
        import_error(Lang::Vi.strings(), &error),
        import_error(Lang::En.strings(), &error),
    )
}

/// [`error_after`] replacing `from` (exactly once in the file) by `to`.
fn error_replacing(name: &str, from: &str, to: &str) -> (String, String) {
    error_after(name, |text| {
        assert_eq!(text.matches(from).count(), 1, "{from}");
        text.replace(from, to)
    })
}

/// [`error_after`] adding `rows` at the end of the file.
fn error_adding(name: &str, rows: &str) -> (String, String) {
    error_after(name, |text| format!("{text}{rows}"))
}

#[test]
fn options_numbered_with_a_gap_are_refused() {
    let (vi, en) = error_replacing("options.csv", "7,2,3,Giữ nguyên", "7,2,4,Giữ nguyên");
    // The second option spans two lines: the third starts on line 5.
    assert_eq!(
        vi,
        "options.csv dòng 5, cột option_no: các phương án của nội dung 2 được đánh số 1, 2, … \
         liên tục: phương án 4 nằm ở chỗ của phương án 3."
    );
    assert_eq!(
        en,
        "options.csv line 5, column option_no: the options of item 2 are numbered 1, 2, … \
         without gaps: option 4 comes where option 3 is due."
    );
}

#[test]
fn more_than_six_options_are_refused() {
    let (_, en) = error_adding(
        "options.csv",
        "7,2,4,A,\r\n7,2,5,B,\r\n7,2,6,C,\r\n7,2,7,D,\r\n",
    );
    assert_eq!(
        en,
        "options.csv line 9, column option_no: item 2 has an option 7; an item offers at most \
         6 options."
    );
}

#[test]
fn an_item_whose_second_option_is_not_put_yet_comes_back_as_it_was() {
    // The store keeps a lone option while the next is being typed; a meeting exported then
    // (or closed so) comes back with it. Its votes would need two options: see below.
    let mut record = record();
    record.agenda.push(AgendaItem {
        item_no: 3,
        title: "Thời gian thi công".into(),
        description: String::new(),
        rule: DecisionRule::default(),
        takes_pledges: false,
    });
    record.options.push(ItemOption {
        item_no: 3,
        option_no: 1,
        title: "Làm ngay sau Tết".into(),
        description: String::new(),
    });
    let files = export_files(&record, 7, BOM);
    let back = import_files(&files).unwrap();
    assert_eq!(back.options, record.options);
    assert_eq!(export_files(&back, 7, BOM), files);
}

#[test]
fn a_lone_option_on_an_item_voted_on_is_refused_by_its_vote() {
    let (_, en) = error_adding("options.csv", "7,1,1,Làm ngay sau Tết,\r\n");
    assert!(en.starts_with("votes.csv line 2"), "{en}");
}

#[test]
fn an_option_without_a_title_is_refused() {
    let (vi, en) = error_replacing("options.csv", "7,2,1,3 m toàn tuyến,", "7,2,1,  ,");
    assert_eq!(
        vi,
        "options.csv dòng 2, cột title: ô này không được để trống."
    );
    assert!(en.starts_with("options.csv line 2, column title:"), "{en}");
}

#[test]
fn options_of_an_item_not_in_the_agenda_are_refused() {
    let (_, en) = error_adding("options.csv", "7,3,1,X,\r\n7,3,2,Y,\r\n");
    assert_eq!(
        en,
        "options.csv line 6, column item_no: item 3 is not in agenda.csv."
    );
    let (_, en) = error_adding("option_votes.csv", "7,3,1,1,5\r\n");
    assert_eq!(
        en,
        "option_votes.csv line 7, column item_no: item 3 is not in agenda.csv."
    );
}

#[test]
fn hands_for_a_vote_not_in_votes_csv_are_refused() {
    let (vi, en) = error_adding("option_votes.csv", "7,2,3,1,5\r\n7,2,3,2,5\r\n");
    assert_eq!(
        vi,
        "option_votes.csv dòng 7, cột vote_no: biểu quyết lần 3 của nội dung 2 không có trong \
         votes.csv."
    );
    assert_eq!(
        en,
        "option_votes.csv line 7, column vote_no: vote 3 of item 2 is not in votes.csv."
    );
}

#[test]
fn hands_for_an_option_the_item_does_not_have_are_refused() {
    let (_, en) = error_replacing("option_votes.csv", "7,2,2,2,7", "7,2,2,4,7");
    assert_eq!(
        en,
        "option_votes.csv line 6, column option_no: item 2 has no option 4 in options.csv."
    );
}

#[test]
fn the_hands_for_an_option_are_counted_once_per_vote() {
    let (vi, en) = error_adding("option_votes.csv", "7,2,2,2,7\r\n");
    assert_eq!(
        en,
        "option_votes.csv line 7, column option_no: the hands for option 2 in vote 2 of item 2 \
         appears twice (first on line 6)."
    );
    assert!(
        vi.starts_with("option_votes.csv dòng 7, cột option_no: "),
        "{vi}"
    );
}

#[test]
fn a_vote_on_a_yes_no_question_has_no_hands_per_option() {
    let (vi, en) = error_adding("option_votes.csv", "7,1,1,1,25\r\n7,1,1,2,3\r\n");
    assert_eq!(
        en,
        "option_votes.csv line 7, column item_no: item 1 has no options in options.csv: it is \
         a yes/no question, and its votes are not counted per option."
    );
    assert!(
        vi.starts_with("option_votes.csv dòng 7, cột item_no: "),
        "{vi}"
    );
}

#[test]
fn a_vote_on_a_choice_puts_at_least_two_options() {
    let (_, en) = error_replacing("option_votes.csv", "7,2,2,1,22\r\n7,2,2,2,7\r\n", "");
    assert_eq!(
        en,
        "votes.csv line 4, column vote_no: vote 2 of item 2 is a vote among options, but \
         option_votes.csv counts the hands for none of them; a vote puts at least 2 options."
    );
    let (vi, en) = error_replacing("option_votes.csv", "7,2,2,2,7\r\n", "");
    assert!(en.starts_with("votes.csv line 4, column vote_no: "), "{en}");
    assert!(en.contains("only 1 of them"), "{en}");
    assert_eq!(
        vi,
        "votes.csv dòng 4, cột vote_no: biểu quyết lần 2 của nội dung 2 là biểu quyết chọn \
         phương án, nhưng option_votes.csv chỉ ghi số hộ chọn 1 phương án; mỗi lần biểu quyết \
         đưa ra ít nhất 2 phương án."
    );
}

#[test]
fn the_counts_of_votes_csv_are_those_of_the_hands_for_each_option() {
    let (vi, en) = error_replacing("option_votes.csv", "7,2,2,1,22", "7,2,2,1,21");
    assert_eq!(
        en,
        "votes.csv line 4, column votes_for: 22 differs from 21, the hands for option 1, the \
         option with the most hands in option_votes.csv."
    );
    assert_eq!(
        vi,
        "votes.csv dòng 4, cột votes_for: 22 khác với 21 là số hộ chọn phương án 1, phương án \
         được nhiều hộ chọn nhất trong option_votes.csv."
    );
    let (_, en) = error_replacing("option_votes.csv", "7,2,1,3,4", "7,2,1,3,3");
    assert_eq!(
        en,
        "votes.csv line 3, column votes_against: 14 differs from 13, the hands for the options \
         other than the one with the most in option_votes.csv."
    );
    // Another option leading: its hands are votes_for.
    let (_, en) = error_replacing("option_votes.csv", "7,2,1,2,10", "7,2,1,2,15");
    assert!(
        en.starts_with(
            "votes.csv line 3, column votes_for: 14 differs from 15, the hands for option 2,"
        ),
        "{en}"
    );
}

#[test]
fn the_result_of_a_vote_on_a_choice_is_the_options_rule() {
    let failed = "7,2,1,2022-06-12T09:10:00+07:00,40,30,14,14,2,0,all_households,\
                  more_than_half,failed,0";
    let (vi, en) = error_replacing("votes.csv", failed, &failed.replace("failed", "passed"));
    assert_eq!(
        en,
        "votes.csv line 3, column result: \"passed\" differs from \"failed\", the result of the \
         hands for each option in option_votes.csv: an option is adopted only with more than \
         half of all households and more hands than every other option."
    );
    assert!(
        vi.starts_with("votes.csv dòng 3, cột result: \"passed\" khác với \"failed\""),
        "{vi}"
    );
    let passed = "7,2,2,2022-06-12T09:20:00+07:00,40,30,22,7,1,0,all_households,\
                  more_than_half,passed,0";
    let (vi, en) = error_replacing("votes.csv", passed, &passed.replace("passed", "failed"));
    assert_eq!(
        en,
        "votes.csv line 4, column result: \"failed\" differs from \"passed\", the result of the \
         hands for each option in option_votes.csv: option 1 is adopted, with more than half \
         of all households and more hands than every other option."
    );
    assert_eq!(
        vi,
        "votes.csv dòng 4, cột result: \"failed\" khác với \"passed\" là kết quả tính từ số hộ \
         chọn từng phương án trong option_votes.csv: phương án 1 được thông qua vì được trên \
         50% tổng số hộ chọn và nhiều hơn mọi phương án khác."
    );
}

#[test]
fn a_tie_at_the_top_adopts_nothing() {
    // 13, 13 and 4 of the 30 hands raised: neither leader has more than every other.
    let mut tied = record();
    tied.agenda[1].rule.base = hopdan::domain::VoteBase::Cast;
    tied.votes[1].rule.base = hopdan::domain::VoteBase::Cast;
    tied.votes[2].rule.base = hopdan::domain::VoteBase::Cast;
    tied.option_votes[0].votes = 13;
    tied.option_votes[1].votes = 13;
    tied.votes[1].counts.votes_for = 13;
    tied.votes[1].counts.votes_against = 17;
    tied.votes[1].counts.votes_abstain = 0;
    assert_eq!(tied.votes[1].outcome(), Outcome::Failed);
    let mut files = export_files(&tied, 7, NO_BOM);
    assert_eq!(import_files(&files).unwrap(), tied);
    let votes = files.iter_mut().find(|f| f.name == "votes.csv").unwrap();
    let text = String::from_utf8(votes.bytes.clone()).unwrap();
    let row = "7,2,1,2022-06-12T09:10:00+07:00,40,30,13,17,0,0,cast,more_than_half,failed,0";
    assert_eq!(text.matches(row).count(), 1, "{text}");
    votes.bytes = text
        .replace(row, &row.replace("failed", "passed"))
        .into_bytes();
    let error = import_files(&files).unwrap_err();
    assert!(
        import_error(Lang::En.strings(), &error)
            .starts_with("votes.csv line 3, column result: \"passed\" differs from \"failed\""),
        "{error}"
    );
}

#[test]
fn a_folder_from_before_options_imports_as_a_meeting_without_them() {
    let files: Vec<CsvFile> = export_files(&record(), 7, BOM)
        .into_iter()
        .filter(|f| !f.name.contains("option") && !f.name.contains("ballot"))
        .collect();
    let back = import_files(&files).unwrap();
    let mut expected = record();
    expected.options.clear();
    expected.option_votes.clear();
    assert_eq!(back, expected);
    // The votes keep the columns of votes.csv and are read as yes/no votes.
    assert_eq!(back.votes[2].outcome(), Outcome::Passed);
}

#[test]
fn a_folder_with_only_one_of_the_two_files_is_refused_as_half_copied() {
    for (left_out, missing) in [
        ("options.csv", "options.csv"),
        ("option_votes.csv", "option_votes.csv"),
    ] {
        let files: Vec<CsvFile> = export_files(&record(), 7, BOM)
            .into_iter()
            .filter(|f| f.name != left_out)
            .collect();
        let error = import_files(&files).unwrap_err();
        assert_eq!(error.file, missing);
        let en = import_error(Lang::En.strings(), &error);
        assert!(en.starts_with(missing), "{en}");
    }
    // The options without the history of the register of the version before them.
    let files: Vec<CsvFile> = export_files(&record(), 7, BOM)
        .into_iter()
        .filter(|f| f.name != "register_changes.csv")
        .collect();
    assert_eq!(
        import_files(&files).unwrap_err().file,
        "register_changes.csv"
    );
}

#[test]
fn a_vote_among_options_is_never_corrected_behind_its_options() {
    let (vi, en) = error_replacing(
        "votes.csv",
        "7,2,2,2022-06-12T09:20:00+07:00,40,30,22,7,1,0,all_households,more_than_half,passed,0",
        "7,2,2,2022-06-12T09:20:00+07:00,40,30,22,7,1,0,all_households,more_than_half,passed,1",
    );
    assert!(
        en.starts_with("votes.csv line 4, column corrections:"),
        "{en}"
    );
    assert!(vi.contains("không bao giờ được sửa"), "{vi}");
}
