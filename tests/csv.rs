//! The CSV files of SPEC §4: exact bytes, the round trip, the sample consultation and the
//! import errors, each naming the file, the line and the column.

mod common;

use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset};
use hopdan::domain::text::{clean_line, clean_multiline};
use hopdan::domain::{
    AgendaItem, Conclusion, Correction, DecisionRule, EntryKey, Guest, Meeting, MeetingRecord,
    MeetingStatus, Opinion, Outcome, Speaker, Stance, Threshold, Vote, VoteBase, VoteCounts,
    parse_time,
};
use hopdan::export::{
    CsvFile, ExportOptions, ImportProblem, export_files, import_dir, import_files, write_export,
};
use hopdan::records::current_cells;

use common::sample_dir;

const BOM: ExportOptions = ExportOptions { bom: true };
const NO_BOM: ExportOptions = ExportOptions { bom: false };
/// The four files of SPEC §4, in the order they are written: their bytes never change.
const FILE_NAMES: [&str; 4] = ["meeting.csv", "agenda.csv", "opinions.csv", "votes.csv"];
/// The files added since, written after those four.
const ADDED_FILES: [&str; 3] = ["guests.csv", "conclusions.csv", "corrections.csv"];
/// The files of the register, attendance and pledges (tests/csv_register.rs), then those of the
/// options of an item (tests/csv_options.rs), written last; the small meeting has neither a
/// register nor options, so they hold their header alone.
const REGISTER_FILES: [&str; 10] = [
    "households.csv",
    "attendance.csv",
    "pledges.csv",
    "pledge_items.csv",
    "register_changes.csv",
    "options.csv",
    "option_votes.csv",
    "ballots.csv",
    "household_ballots.csv",
    "ballot_corrections.csv",
];

fn at(hms: &str) -> DateTime<FixedOffset> {
    parse_time(&format!("2022-06-12T{hms}+07:00")).unwrap()
}

/// A small meeting whose cells exercise quoting, the formula guard and every result, with its
/// first vote corrected twice and an opinion once. Its rows are deliberately out of order:
/// export sorts them.
fn small_record() -> MeetingRecord {
    let mut record = uncorrected_record();
    let vote = EntryKey::Vote {
        item_no: 1,
        vote_no: 1,
    };
    let opinion = EntryKey::Opinion {
        item_no: 1,
        turn_no: 2,
    };
    let correction =
        |record: &MeetingRecord, entry, hms, reason: &str, changes: &[(&str, &str)]| {
            let mut before = current_cells(record, entry).unwrap();
            for (column, cell) in changes {
                before.insert(column.to_string(), cell.to_string());
            }
            Correction {
                entry,
                was: entry,
                at: at(hms),
                reason: reason.into(),
                before,
            }
        };
    let last = correction(
        &record,
        vote,
        "08:47:00",
        "Một hộ giơ tay hai lần",
        &[("votes_against", "2"), ("corrections", "1")],
    );
    let first = correction(
        &record,
        vote,
        "08:42:00",
        "Đếm lại, theo đề nghị của chủ trì",
        &[
            ("votes_for", "5"),
            ("votes_against", "1"),
            ("corrections", "0"),
        ],
    );
    let stance = correction(
        &record,
        opinion,
        "08:45:00",
        "Ghi nhầm ý kiến",
        &[("stance", "support"), ("opinion", "=x cũ\nhai dòng")],
    );
    record.corrections = vec![first, stance, last];
    record
}

/// [`small_record`] before its corrections.
fn uncorrected_record() -> MeetingRecord {
    let present_two_thirds = DecisionRule {
        base: VoteBase::Present,
        threshold: Threshold::TwoThirds,
    };
    let cast_three_quarters = DecisionRule {
        base: VoteBase::Cast,
        threshold: Threshold::ThreeQuarters,
    };
    let counts = |present, votes_for, votes_against, votes_abstain| VoteCounts {
        households_total: 10,
        households_present: present,
        votes_for,
        votes_against,
        votes_abstain,
    };
    MeetingRecord {
        meeting: Meeting {
            title: "Họp thử, \"kiệt\" 1".into(),
            ward: "=1+2".into(),
            residential_group: "-5 hộ".into(),
            location: "@abc".into(),
            started_at: at("08:30:00"),
            ended_at: None,
            chair: "Lê Văn A".into(),
            chair_title: "Tổ trưởng".into(),
            secretary: "Trần Thị B".into(),
            households_total: 10,
            households_present: 6,
            status: MeetingStatus::Open,
        },
        agenda: vec![
            AgendaItem {
                item_no: 2,
                title: "+ Đóng góp".into(),
                description: String::new(),
                rule: cast_three_quarters,
                takes_pledges: false,
            },
            AgendaItem {
                item_no: 1,
                title: "Mở rộng kiệt".into(),
                description: "Dòng một\nDòng hai, có dấu phẩy".into(),
                rule: present_two_thirds,
                takes_pledges: false,
            },
        ],
        opinions: vec![
            Opinion {
                item_no: 1,
                turn_no: 2,
                speaker: Speaker {
                    name: "Võ C".into(),
                    address: "K1/2, tổ 1".into(),
                },
                stance: Stance::Oppose,
                text: "'=x".into(),
                started_at: at("08:33:00"),
                duration_s: 60,
            },
            Opinion {
                item_no: 1,
                turn_no: 1,
                speaker: Speaker {
                    name: "Ngô D".into(),
                    address: "K1/3".into(),
                },
                stance: Stance::Question,
                text: "=SUM(A1:A3)\nhết".into(),
                started_at: at("08:31:00"),
                duration_s: 65,
            },
        ],
        votes: vec![
            Vote {
                item_no: 2,
                vote_no: 2,
                voted_at: at("09:00:00"),
                counts: counts(5, 5, 0, 0),
                rule: cast_three_quarters,
                corrections: 0,
                method: hopdan::domain::VoteMethod::Hands,
            },
            Vote {
                item_no: 1,
                vote_no: 1,
                voted_at: at("08:40:00"),
                counts: counts(6, 4, 1, 0),
                rule: present_two_thirds,
                corrections: 2,
                method: hopdan::domain::VoteMethod::Hands,
            },
            Vote {
                item_no: 2,
                vote_no: 1,
                voted_at: at("08:50:00"),
                counts: counts(6, 2, 1, 0),
                rule: cast_three_quarters,
                corrections: 0,
                method: hopdan::domain::VoteMethod::Hands,
            },
        ],
        guests: vec![
            Guest {
                guest_no: 3,
                name: "Phạm E".into(),
                role: "-Bí thư Chi bộ".into(),
            },
            Guest {
                guest_no: 1,
                name: "Nguyễn Văn A".into(),
                role: "Phó Chủ tịch UBND phường, \"khối\" 1".into(),
            },
        ],
        conclusions: vec![Conclusion {
            item_no: 1,
            text: "=Thống nhất mở rộng.\nGiao tổ vận động.".into(),
        }],
        corrections: vec![],
        households: Vec::new(),
        attendance: Vec::new(),
        pledges: Vec::new(),
        register_changes: Vec::new(),
        options: Vec::new(),
        option_votes: Vec::new(),
        ballots: Default::default(),
    }
}

/// The small record as import gives it back: sorted.
fn sorted(mut record: MeetingRecord) -> MeetingRecord {
    record.agenda.sort_by_key(|i| i.item_no);
    record.opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    record.votes.sort_by_key(|v| (v.item_no, v.vote_no));
    record.guests.sort_by_key(|g| g.guest_no);
    record.conclusions.sort_by_key(|c| c.item_no);
    record
}

const MEETING_CSV: &str = "meeting_id,title,ward,residential_group,location,started_at,ended_at,\
chair,chair_title,secretary,households_total,households_present,status\r\n\
7,\"Họp thử, \"\"kiệt\"\" 1\",'=1+2,'-5 hộ,'@abc,2022-06-12T08:30:00+07:00,,\
Lê Văn A,Tổ trưởng,Trần Thị B,10,6,open\r\n";

const AGENDA_CSV: &str = "meeting_id,item_no,title,description,vote_base,threshold\r\n\
7,1,Mở rộng kiệt,\"Dòng một\nDòng hai, có dấu phẩy\",present,two_thirds\r\n\
7,2,'+ Đóng góp,,cast,three_quarters\r\n";

const OPINIONS_CSV: &str = "meeting_id,item_no,turn_no,speaker_name,speaker_address,stance,\
opinion,started_at,duration_s\r\n\
7,1,1,Ngô D,K1/3,question,\"'=SUM(A1:A3)\nhết\",2022-06-12T08:31:00+07:00,65\r\n\
7,1,2,Võ C,\"K1/2, tổ 1\",oppose,''=x,2022-06-12T08:33:00+07:00,60\r\n";

const VOTES_CSV: &str = "meeting_id,item_no,vote_no,voted_at,households_total,\
households_present,votes_for,votes_against,votes_abstain,not_voting,vote_base,threshold,\
result,corrections\r\n\
7,1,1,2022-06-12T08:40:00+07:00,10,6,4,1,0,1,present,two_thirds,passed,2\r\n\
7,2,1,2022-06-12T08:50:00+07:00,10,6,2,1,0,3,cast,three_quarters,failed,0\r\n\
7,2,2,2022-06-12T09:00:00+07:00,10,5,5,0,0,0,cast,three_quarters,no_quorum,0\r\n";

const CORRECTIONS_CSV: &str = "meeting_id,correction_no,corrected_at,entity,item_no,number,\
field,old_value,new_value,reason\r\n\
7,1,2022-06-12T08:42:00+07:00,vote,1,1,votes_for,5,4,\"Đếm lại, theo đề nghị của chủ trì\"\r\n\
7,1,2022-06-12T08:42:00+07:00,vote,1,1,votes_against,1,2,\"Đếm lại, theo đề nghị của chủ trì\"\r\n\
7,2,2022-06-12T08:45:00+07:00,opinion,1,2,stance,support,oppose,Ghi nhầm ý kiến\r\n\
7,2,2022-06-12T08:45:00+07:00,opinion,1,2,opinion,\"'=x cũ\nhai dòng\",''=x,Ghi nhầm ý kiến\r\n\
7,3,2022-06-12T08:47:00+07:00,vote,1,1,votes_against,2,1,Một hộ giơ tay hai lần\r\n";

const GUESTS_CSV: &str = "meeting_id,guest_no,name,role\r\n\
7,1,Nguyễn Văn A,\"Phó Chủ tịch UBND phường, \"\"khối\"\" 1\"\r\n\
7,3,Phạm E,'-Bí thư Chi bộ\r\n";

const CONCLUSIONS_CSV: &str = "meeting_id,item_no,conclusion\r\n\
7,1,\"'=Thống nhất mở rộng.\nGiao tổ vận động.\"\r\n";

const HOUSEHOLDS_HEADER: &str = "meeting_id,household_no,address,head_name,members,phone,note\r\n";
const ATTENDANCE_HEADER: &str =
    "meeting_id,household_no,representative_name,standing,arrived_at,left_at,note\r\n";
const PLEDGES_HEADER: &str = "meeting_id,item_no,household_no,frontage_m,depth_m,area_m2,\
structures,consent,note,recorded_at\r\n";
const PLEDGE_ITEMS_HEADER: &str = "meeting_id,item_no\r\n";
const REGISTER_CHANGES_HEADER: &str = "meeting_id,change_no,changed_at,entity,item_no,household_no,\
action,field,old_value,new_value,reason\r\n";
const OPTIONS_HEADER: &str = "meeting_id,item_no,option_no,title,description\r\n";
const OPTION_VOTES_HEADER: &str = "meeting_id,item_no,vote_no,option_no,votes\r\n";
const BALLOTS_HEADER: &str = "meeting_id,item_no,vote_no,method,ballots_issued,ballots_returned,\
                              ballots_valid,ballots_invalid,committee_head,committee_2,\
                              committee_3,committee_4,committee_5,witness_1,witness_2,\
                              counted_at\r\n";
const HOUSEHOLD_BALLOTS_HEADER: &str =
    "meeting_id,item_no,vote_no,household_no,choice,received_at,collected_by,opinion\r\n";
const BALLOT_CORRECTIONS_HEADER: &str = "meeting_id,correction_no,corrected_at,item_no,vote_no,\
                                         household_no,choice,received_at,collected_by,opinion,\
                                         reason\r\n";

/// Every file of the small meeting's export, in order.
const ALL_CSV: [&str; 17] = [
    MEETING_CSV,
    AGENDA_CSV,
    OPINIONS_CSV,
    VOTES_CSV,
    GUESTS_CSV,
    CONCLUSIONS_CSV,
    CORRECTIONS_CSV,
    HOUSEHOLDS_HEADER,
    ATTENDANCE_HEADER,
    PLEDGES_HEADER,
    PLEDGE_ITEMS_HEADER,
    REGISTER_CHANGES_HEADER,
    OPTIONS_HEADER,
    OPTION_VOTES_HEADER,
    BALLOTS_HEADER,
    HOUSEHOLD_BALLOTS_HEADER,
    BALLOT_CORRECTIONS_HEADER,
];

fn with_bom(text: &str) -> Vec<u8> {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

fn as_text(file: &CsvFile) -> &str {
    std::str::from_utf8(&file.bytes).unwrap()
}

#[test]
fn export_writes_the_exact_bytes_of_spec_4() {
    let files = export_files(&small_record(), 7, BOM);
    let names: Vec<_> = files.iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        [&FILE_NAMES[..], &ADDED_FILES[..], &REGISTER_FILES[..]].concat()
    );
    for (file, expected) in files.iter().zip(ALL_CSV) {
        assert!(file.bytes.starts_with(b"\xEF\xBB\xBF"), "{}", file.name);
        assert_eq!(
            as_text(file),
            format!("\u{feff}{expected}"),
            "{}",
            file.name
        );
        assert_eq!(file.bytes, with_bom(expected), "{}", file.name);
    }
}

#[test]
fn no_bom_leaves_out_only_the_bom() {
    let files = export_files(&small_record(), 7, NO_BOM);
    for (file, expected) in files.iter().zip(ALL_CSV) {
        assert_eq!(file.bytes, expected.as_bytes(), "{}", file.name);
    }
    assert_eq!(import_files(&files).unwrap(), sorted(small_record()));
}

#[test]
fn line_ends_are_crlf_and_only_text_is_guarded() {
    for file in export_files(&small_record(), 7, NO_BOM) {
        let text = as_text(&file);
        assert!(text.ends_with("\r\n"), "{}", file.name);
        // Every bare LF is inside a quoted multi-line cell; rows end with CRLF.
        let rows = text.matches("\r\n").count();
        let least = if REGISTER_FILES.contains(&file.name) {
            1
        } else {
            2
        };
        assert!(rows >= least, "{}", file.name);
    }
    // A negative number (only a meeting id could be one) is a number, not a formula.
    let files = export_files(&small_record(), -3, NO_BOM);
    let meeting = as_text(&files[0]);
    assert!(
        meeting.lines().nth(1).unwrap().starts_with("-3,"),
        "{meeting}"
    );
    // Times contain '-' and '+' but never start with them; codes and counts stay bare.
    assert!(as_text(&files[3]).contains("\r\n-3,1,1,2022-06-12T08:40:00+07:00,10,6,4,1,0,1,"));
}

#[test]
fn round_trip_of_the_small_record() {
    for options in [BOM, NO_BOM] {
        let files = export_files(&small_record(), 7, options);
        let record = import_files(&files).unwrap();
        assert_eq!(record, sorted(small_record()));
        assert_eq!(export_files(&record, 7, options), files);
    }
}

#[test]
fn the_four_files_of_spec_4_keep_their_bytes_whatever_the_guests_conclusions_and_corrections() {
    let mut without = small_record();
    without.guests.clear();
    without.conclusions.clear();
    without.corrections.clear();
    without.votes[0].corrections = 0;
    let with = export_files(&small_record(), 7, BOM);
    let without = export_files(&without, 7, BOM);
    // The vote's count of its corrections is the one cell of the four files they reach.
    let mut counted = small_record();
    counted.guests.clear();
    counted.conclusions.clear();
    counted.corrections.clear();
    assert_eq!(with[..4], export_files(&counted, 7, BOM)[..4]);
    assert_eq!(with[..3], without[..3]);
    for file in &without[4..] {
        let header = as_text(file).trim_start_matches('\u{feff}');
        assert_eq!(
            header.matches("\r\n").count(),
            1,
            "{}: {header:?}",
            file.name
        );
    }
}

#[test]
fn a_folder_exported_before_guests_conclusions_and_corrections_imports_with_none() {
    let temp = tempfile::tempdir().unwrap();
    write_export(&small_record(), 7, BOM, &[], temp.path()).unwrap();
    for name in ADDED_FILES.iter().chain(&REGISTER_FILES) {
        std::fs::remove_file(temp.path().join(name)).unwrap();
    }
    let record = import_dir(temp.path()).unwrap();
    assert!(record.guests.is_empty());
    assert!(record.conclusions.is_empty());
    let mut expected = sorted(small_record());
    expected.guests.clear();
    expected.conclusions.clear();
    // The votes keep their counts of corrections, without the history.
    expected.corrections.clear();
    assert_eq!(record, expected);
    // In memory too: only the four files given.
    let files = export_files(&small_record(), 7, BOM);
    assert_eq!(import_files(&files[..4]).unwrap(), expected);
}

#[test]
fn guests_and_conclusions_are_checked_on_import() {
    assert_eq!(
        error_after("guests.csv", "7,3,Phạm E,", "7,3,,"),
        "guests.csv line 3, column name: the cell is empty; it must say something"
    );
    assert_eq!(
        error_after("guests.csv", "7,3,Phạm E", "7,1,Phạm E"),
        "guests.csv line 3, column guest_no: the row guests.csv (guest_no 1) appears twice (first on line 2)"
    );
    assert_eq!(
        error_after("guests.csv", "7,3,Phạm E", "8,3,Phạm E"),
        "guests.csv line 3, column meeting_id: meeting id 8 differs from 7 in meeting.csv"
    );
    assert_eq!(
        error_after("conclusions.csv", "7,1,\"'=", "7,4,\"'="),
        "conclusions.csv line 2, column item_no: item 4 is not in agenda.csv"
    );
    assert_eq!(
        error_after(
            "conclusions.csv",
            "\"'=Thống nhất mở rộng.\nGiao tổ vận động.\"",
            "\" \""
        ),
        "conclusions.csv line 2, column conclusion: the cell is empty; it must say something"
    );
    assert_eq!(
        error_after("conclusions.csv", "item_no,conclusion", "item_no,ket_luan"),
        "conclusions.csv line 1: the header must be \"meeting_id,item_no,conclusion\", not \"meeting_id,item_no,ket_luan\""
    );
    // A guest's words come back as typed: the guard removed once.
    let back = import_files(&export_files(&small_record(), 7, BOM)).unwrap();
    assert_eq!(back.guests[1].role, "-Bí thư Chi bộ");
    assert_eq!(
        back.conclusions[0].text,
        "=Thống nhất mở rộng.\nGiao tổ vận động."
    );
}

#[test]
fn the_guard_is_removed_exactly_once() {
    let files = export_files(&small_record(), 7, BOM);
    let record = import_files(&files).unwrap();
    assert_eq!(record.meeting.ward, "=1+2");
    assert_eq!(record.meeting.residential_group, "-5 hộ");
    assert_eq!(record.meeting.location, "@abc");
    assert_eq!(record.agenda[1].title, "+ Đóng góp");
    assert_eq!(record.opinions[0].text, "=SUM(A1:A3)\nhết");
    // The cell ''=x was the text '=x: one quote is removed, one is kept.
    assert_eq!(record.opinions[1].text, "'=x");

    // Cells that were not written by the exporter keep their quote, or never had one.
    let files = edit(
        files,
        "meeting.csv",
        ",'=1+2,'-5 hộ,'@abc,",
        ",=1+2,'Tổ 5,''@abc,",
    );
    let record = import_files(&files).unwrap();
    assert_eq!(record.meeting.ward, "=1+2");
    assert_eq!(record.meeting.residential_group, "'Tổ 5");
    assert_eq!(record.meeting.location, "'@abc");
}

#[test]
fn imported_text_is_nfc_without_control_characters() {
    let nfd_title = "To\u{302}\u{309} tru\u{31b}o\u{31b}\u{309}ng"; // "Tổ trưởng" in NFD
    assert_ne!(nfd_title, "Tổ trưởng");
    let files = export_files(&small_record(), 7, BOM);
    let files = edit(
        files,
        "meeting.csv",
        ",Tổ trưởng,",
        &format!(",{nfd_title},"),
    );
    let files = edit(
        files,
        "opinions.csv",
        "\"'=SUM(A1:A3)\nhết\"",
        "\"\u{1b}[2JÝ kie\u{302}\u{301}n\r\nhe\u{302}\u{301}t\u{7}\r\n\r\n\"",
    );
    let files = edit(
        files,
        "agenda.csv",
        "7,1,Mở rộng kiệt,",
        "7,1,\" Mở\trộng\r\nkiệt \",",
    );
    let record = import_files(&files).unwrap();
    assert_eq!(record.meeting.chair_title, "Tổ trưởng");
    assert_eq!(record.opinions[0].text, "Ý kiến\nhết");
    assert_eq!(record.agenda[0].title, "Mở rộng kiệt");
}

#[test]
fn write_export_creates_the_folder_and_replaces_files_whole() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("xuat").join("hop-7");
    let paths = write_export(&small_record(), 7, BOM, &[], &dir).unwrap();
    let expected: Vec<_> = FILE_NAMES
        .iter()
        .chain(&ADDED_FILES)
        .chain(&REGISTER_FILES)
        .map(|n| dir.join(n))
        .collect();
    assert_eq!(paths, expected);
    for file in export_files(&small_record(), 7, BOM) {
        assert_eq!(std::fs::read(dir.join(file.name)).unwrap(), file.bytes);
    }
    // A second export replaces the files and leaves nothing else behind.
    std::fs::write(dir.join("votes.csv"), "cũ").unwrap();
    write_export(&small_record(), 7, NO_BOM, &[], &dir).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "agenda.csv",
            "attendance.csv",
            "ballot_corrections.csv",
            "ballots.csv",
            "conclusions.csv",
            "corrections.csv",
            "guests.csv",
            "household_ballots.csv",
            "households.csv",
            "meeting.csv",
            "opinions.csv",
            "option_votes.csv",
            "options.csv",
            "pledge_items.csv",
            "pledges.csv",
            "register_changes.csv",
            "votes.csv"
        ]
    );
    assert_eq!(
        std::fs::read(dir.join("votes.csv")).unwrap(),
        VOTES_CSV.as_bytes()
    );
    assert_eq!(import_dir(&dir).unwrap(), sorted(small_record()));
}

#[test]
fn write_export_names_the_path_it_cannot_use() {
    let temp = tempfile::tempdir().unwrap();
    let blocker = temp.path().join("tep");
    std::fs::write(&blocker, "not a folder").unwrap();
    let dir = blocker.join("hop");
    let err = write_export(&small_record(), 7, BOM, &[], &dir).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("cannot create the folder {}: ", dir.display())),
        "{message}"
    );
}

// ---------------------------------------------------------------------------------------------
// The sample consultation.

fn read_sample() -> Vec<CsvFile> {
    FILE_NAMES
        .iter()
        .chain(&ADDED_FILES)
        .map(|name| CsvFile {
            name,
            bytes: std::fs::read(sample_dir().join(name)).unwrap(),
        })
        .collect()
}

#[test]
fn the_sample_round_trips_byte_for_byte() {
    let on_disk = read_sample();
    let record = import_dir(&sample_dir()).unwrap();
    let exported = export_files(&record, 1, BOM);
    for (disk, exported) in on_disk.iter().zip(&exported) {
        assert_eq!(disk.name, exported.name);
        assert!(
            disk.bytes == exported.bytes,
            "{} differs from its export:\n{}\n---\n{}",
            disk.name,
            as_text(disk),
            as_text(exported)
        );
    }
    // Without the BOM too.
    let no_bom = export_files(&record, 1, NO_BOM);
    assert_eq!(import_files(&no_bom).unwrap(), record);
    assert_eq!(
        export_files(&import_files(&no_bom).unwrap(), 1, NO_BOM),
        no_bom
    );
}

#[test]
fn the_sample_is_in_the_format_of_spec_4() {
    for file in read_sample() {
        let text = std::str::from_utf8(&file.bytes).unwrap();
        assert!(text.starts_with('\u{feff}'), "{}", file.name);
        assert!(text.ends_with("\r\n"), "{}", file.name);
        assert!(
            text.lines().nth(1).unwrap().starts_with("1,"),
            "{}",
            file.name
        );
    }
    let files = read_sample();
    let opinions = as_text(&files[2]);
    assert!(opinions.contains(",\"'- "), "the formula guard shows");
    assert!(
        opinions.contains("\"\"cuốn chiếu\"\""),
        "a quote inside a cell shows"
    );
    assert!(opinions.contains("Khe Cạn"));
}

#[test]
fn the_sample_consultation_has_the_figures_of_spec_8() {
    let record = import_dir(&sample_dir()).unwrap();
    let m = &record.meeting;
    assert!(
        m.title
            .starts_with("Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10")
    );
    assert!(m.title.contains("Kiệt hẻm an toàn – văn minh – sạch đẹp"));
    assert!(m.ward.starts_with("Phường Thanh Khê Tây"));
    assert_eq!((m.households_total, m.households_present), (55, 41));
    assert_eq!(m.status, MeetingStatus::Closed);
    assert!(m.ended_at.unwrap() > m.started_at);

    assert_eq!(record.agenda.len(), 4);
    // One vote per item, and a run-off on the head of the alley (SPEC §15).
    assert_eq!(record.votes.len(), 5);
    let speakers: BTreeSet<_> = record.opinions.iter().map(|o| &o.speaker.name).collect();
    assert_eq!(speakers.len(), 13);
    assert_eq!(record.opinions.len(), 16);
    for stance in Stance::ALL {
        assert!(
            record.opinions.iter().any(|o| o.stance == stance),
            "{stance}"
        );
    }
    assert!(record.opinions.iter().any(|o| o.text.contains('\n')));
    for o in &record.opinions {
        assert!((60..=240).contains(&o.duration_s), "{o:?}");
        assert_eq!(clean_multiline(&o.text), o.text);
        assert_eq!(clean_line(&o.speaker.address), o.speaker.address);
    }
    // Turns follow each other in time, without overlapping.
    for pair in record.opinions.windows(2) {
        let end = pair[0].started_at + chrono::Duration::seconds(pair[0].duration_s.into());
        assert!(end <= pair[1].started_at, "{:?}", pair[1]);
    }

    let figures: Vec<_> = record
        .votes
        .iter()
        .map(|v| {
            let c = v.counts;
            (
                v.item_no,
                (
                    c.votes_for,
                    c.votes_against,
                    c.votes_abstain,
                    c.not_voting(),
                ),
                v.rule.threshold,
                v.outcome(),
            )
        })
        .collect();
    assert_eq!(
        figures,
        [
            (1, (38, 3, 1, 0), Threshold::MoreThanHalf, Outcome::Passed),
            (2, (37, 4, 1, 0), Threshold::TwoThirds, Outcome::Passed),
            (3, (29, 9, 3, 0), Threshold::MoreThanHalf, Outcome::Passed),
            // 26 for option 1, 13 for the others: none has more than half of all households.
            (4, (26, 13, 2, 0), Threshold::MoreThanHalf, Outcome::Failed),
            // The run-off between options 1 and 2: option 1 with 31.
            (4, (31, 9, 1, 0), Threshold::MoreThanHalf, Outcome::Passed),
        ]
    );
    // Item 4 is a choice among three options for the head of the alley.
    let titles: Vec<_> = record.options_of(4).map(|o| o.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "3 m toàn tuyến",
            "2,5 m đoạn đầu kiệt",
            "Giữ nguyên đoạn đầu kiệt"
        ]
    );
    let decided: Vec<_> = record
        .votes
        .iter()
        .filter(|v| v.item_no == 4)
        .map(|v| record.option_counts(v).unwrap().decide(v.rule))
        .collect();
    assert_eq!(
        decided,
        [
            hopdan::domain::OptionsOutcome::NoneAdopted {
                run_off: hopdan::domain::RunOff::Between(1, 2)
            },
            hopdan::domain::OptionsOutcome::Adopted { option_no: 1 },
        ]
    );
    for (vote, item) in record.votes.iter().zip(&record.agenda) {
        assert_eq!(vote.rule, item.rule);
        assert_eq!(vote.rule.base, VoteBase::AllHouseholds);
    }
}

// ---------------------------------------------------------------------------------------------
// Import errors: the first problem, with file, line and column.

/// Replaces `from` (which must occur exactly once) in one file.
fn edit(mut files: Vec<CsvFile>, name: &str, from: &str, to: &str) -> Vec<CsvFile> {
    let file = files.iter_mut().find(|f| f.name == name).unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from:?} in {name}");
    file.bytes = text.replacen(from, to, 1).into_bytes();
    files
}

/// The error message after one edit of the small meeting's files.
fn error_after(name: &str, from: &str, to: &str) -> String {
    let files = edit(export_files(&small_record(), 7, BOM), name, from, to);
    import_files(&files).unwrap_err().to_string()
}

#[test]
fn a_bad_count_is_named() {
    assert_eq!(
        error_after("votes.csv", ",10,6,4,1,0,1,", ",10,6,-1,1,0,1,"),
        "votes.csv line 2, column votes_for: \"-1\" is not a whole number ≥ 0"
    );
    assert_eq!(
        error_after("opinions.csv", "08:33:00+07:00,60", "08:33:00+07:00,1 phút"),
        "opinions.csv line 4, column duration_s: \"1 phút\" is not a whole number ≥ 0"
    );
    assert_eq!(
        error_after("meeting.csv", ",10,6,open", ",,6,open"),
        "meeting.csv line 2, column households_total: a count is required"
    );
}

#[test]
fn a_result_that_disagrees_with_the_counts_is_refused() {
    assert_eq!(
        error_after("votes.csv", "two_thirds,passed,2", "two_thirds,failed,2"),
        "votes.csv line 2, column result: \"failed\" differs from \"passed\", the result of \
         these counts under present / two_thirds"
    );
    assert_eq!(
        error_after(
            "votes.csv",
            "three_quarters,no_quorum",
            "three_quarters,failed"
        ),
        "votes.csv line 4, column result: \"failed\" differs from \"no_quorum\", the result of \
         these counts under cast / three_quarters"
    );
    assert_eq!(
        error_after("votes.csv", "two_thirds,passed,2", "two_thirds,thông qua,2"),
        "votes.csv line 2, column result: \"thông qua\" is not one of: passed, failed, no_quorum"
    );
}

#[test]
fn a_wrong_not_voting_is_refused() {
    assert_eq!(
        error_after("votes.csv", ",10,6,4,1,0,1,", ",10,6,4,1,0,2,"),
        "votes.csv line 2, column not_voting: 2 differs from households present − for − \
         against − abstain = 1"
    );
}

#[test]
fn more_hands_than_households_present_are_refused() {
    assert_eq!(
        error_after("votes.csv", ",10,6,4,1,0,1,", ",10,6,4,2,1,0,"),
        "votes.csv line 2, column votes_for: for + against + abstain (7) exceed the households \
         present (6)"
    );
    assert_eq!(
        error_after("votes.csv", ",10,6,2,1,0,3,", ",10,11,2,1,0,8,"),
        "votes.csv line 3, column households_present: households present (11) exceed all \
         households (10)"
    );
    assert_eq!(
        error_after("meeting.csv", ",10,6,open", ",10,11,open"),
        "meeting.csv line 2, column households_present: households present (11) exceed all \
         households (10)"
    );
}

#[test]
fn an_unknown_code_is_named() {
    // Line 4: the first opinion spans lines 2 and 3.
    assert_eq!(
        error_after("opinions.csv", ",oppose,", ",against,"),
        "opinions.csv line 4, column stance: \"against\" is not one of: support, oppose, \
         other, question"
    );
    assert_eq!(
        error_after("agenda.csv", ",cast,three_quarters", ",cast,3/4"),
        "agenda.csv line 4, column threshold: \"3/4\" is not one of: more_than_half, \
         two_thirds, three_quarters"
    );
    assert_eq!(
        error_after("meeting.csv", ",open\r\n", ",mở\r\n"),
        "meeting.csv line 2, column status: \"mở\" is not one of: open, closed"
    );
}

#[test]
fn an_item_not_in_the_agenda_is_refused() {
    assert_eq!(
        error_after("opinions.csv", "7,1,2,Võ C", "7,3,2,Võ C"),
        "opinions.csv line 4, column item_no: item 3 is not in agenda.csv"
    );
    assert_eq!(
        error_after("votes.csv", "7,2,2,", "7,0,2,"),
        "votes.csv line 4, column item_no: \"0\" must be 1 or more"
    );
}

#[test]
fn duplicate_keys_are_refused() {
    assert_eq!(
        error_after("votes.csv", "7,2,2,", "7,2,1,"),
        "votes.csv line 4, column vote_no: the row votes.csv (item_no 2, vote_no 1) appears twice (first on line 3)"
    );
    assert_eq!(
        error_after("opinions.csv", "7,1,2,Võ C", "7,1,1,Võ C"),
        "opinions.csv line 4, column turn_no: the row opinions.csv (item_no 1, turn_no 1) appears twice (first on line 2)"
    );
    assert_eq!(
        error_after("agenda.csv", "7,2,'+ Đóng góp", "7,1,'+ Đóng góp"),
        "agenda.csv line 4, column item_no: the row agenda.csv (item_no 1) appears twice (first on line 2)"
    );
}

#[test]
fn all_files_belong_to_one_meeting() {
    assert_eq!(
        error_after("votes.csv", "7,2,2,", "8,2,2,"),
        "votes.csv line 4, column meeting_id: meeting id 8 differs from 7 in meeting.csv"
    );
    let second_row = "7,Họp khác,,,,2022-06-12T08:30:00+07:00,,,,,10,6,open\r\n";
    assert_eq!(
        error_after(
            "meeting.csv",
            ",10,6,open\r\n",
            &format!(",10,6,open\r\n{second_row}")
        ),
        "meeting.csv line 3: a second meeting row (exactly one is expected)"
    );
    let header_only = MEETING_CSV.lines().next().unwrap();
    let files = edit(
        export_files(&small_record(), 7, BOM),
        "meeting.csv",
        MEETING_CSV,
        &format!("{header_only}\r\n"),
    );
    assert_eq!(
        import_files(&files).unwrap_err().to_string(),
        "meeting.csv: there is no meeting row (exactly one is expected)"
    );
}

#[test]
fn times_need_their_offset() {
    assert_eq!(
        error_after("votes.csv", "08:40:00+07:00", "08:40:00"),
        "votes.csv line 2, column voted_at: \"2022-06-12T08:40:00\" is not a time in ISO 8601 \
         with its offset, such as 2022-06-12T08:30:00+07:00"
    );
    assert_eq!(
        error_after("meeting.csv", "2022-06-12T08:30:00+07:00,,", ",,"),
        "meeting.csv line 2, column started_at: a time is required"
    );
    assert_eq!(
        error_after(
            "meeting.csv",
            "08:30:00+07:00,,",
            "08:30:00+07:00,2022-06-12T07:00:00+07:00,"
        ),
        "meeting.csv line 2, column ended_at: the meeting ends (2022-06-12T07:00:00+07:00) \
         before it starts (2022-06-12T08:30:00+07:00)"
    );
}

#[test]
fn a_missing_file_is_named() {
    let temp = tempfile::tempdir().unwrap();
    write_export(&small_record(), 7, BOM, &[], temp.path()).unwrap();
    std::fs::remove_file(temp.path().join("votes.csv")).unwrap();
    let err = import_dir(temp.path()).unwrap_err();
    assert!(matches!(err.problem, ImportProblem::Missing { .. }));
    assert_eq!(err.file, "votes.csv");
    assert_eq!(
        err.to_string(),
        format!(
            "votes.csv: the file is missing from the folder {}",
            temp.path().display()
        )
    );
}

#[test]
fn a_wrong_header_is_refused() {
    assert_eq!(
        error_after(
            "agenda.csv",
            "vote_base,threshold\r\n",
            "vote_base,rule\r\n"
        ),
        "agenda.csv line 1: the header must be \
         \"meeting_id,item_no,title,description,vote_base,threshold\", not \
         \"meeting_id,item_no,title,description,vote_base,rule\""
    );
    // Columns in another order are wrong too.
    assert!(
        error_after("votes.csv", "vote_base,threshold,", "threshold,vote_base,")
            .starts_with("votes.csv line 1: the header must be ")
    );
    let files = edit(
        export_files(&small_record(), 7, BOM),
        "agenda.csv",
        AGENDA_CSV,
        "",
    );
    assert_eq!(
        import_files(&files).unwrap_err().to_string(),
        "agenda.csv: the file is empty; its first line must be the header \
         meeting_id,item_no,title,description,vote_base,threshold"
    );
}

#[test]
fn a_row_with_too_few_or_too_many_fields_is_refused() {
    assert_eq!(
        error_after(
            "votes.csv",
            "three_quarters,failed,0\r\n",
            "three_quarters,failed\r\n"
        ),
        "votes.csv line 3: the row has 13 fields, expected 14"
    );
    assert_eq!(
        error_after(
            "agenda.csv",
            "cast,three_quarters\r\n",
            "cast,three_quarters,\r\n"
        ),
        "agenda.csv line 4: the row has 7 fields, expected 6"
    );
}

#[test]
fn invalid_utf8_is_named() {
    let mut files = export_files(&small_record(), 7, BOM);
    let agenda = &mut files[1].bytes;
    let at = agenda.windows(2).position(|w| w == b"+ ").unwrap();
    agenda[at + 1] = 0xFF;
    assert_eq!(
        import_files(&files).unwrap_err().to_string(),
        "agenda.csv line 4, column title: the text is not valid UTF-8"
    );
}

#[test]
fn the_first_problem_is_reported() {
    let files = export_files(&small_record(), 7, BOM);
    let files = edit(files, "votes.csv", ",10,6,4,1,0,1,", ",10,6,x,1,0,1,");
    let files = edit(
        files,
        "votes.csv",
        ",cast,three_quarters,failed",
        ",cast,3/4,failed",
    );
    let files = edit(files, "opinions.csv", ",oppose,", ",against,");
    assert_eq!(
        import_files(&files).unwrap_err().to_string(),
        "opinions.csv line 4, column stance: \"against\" is not one of: support, oppose, \
         other, question"
    );
}

#[test]
fn files_saved_with_lf_line_ends_are_read_and_counted_the_same() {
    let mut files = export_files(&small_record(), 7, NO_BOM);
    for file in &mut files {
        file.bytes = String::from_utf8(file.bytes.clone())
            .unwrap()
            .replace("\r\n", "\n")
            .into_bytes();
    }
    assert_eq!(import_files(&files).unwrap(), sorted(small_record()));
    let files = edit(files, "opinions.csv", ",oppose,", ",against,");
    assert!(
        import_files(&files)
            .unwrap_err()
            .to_string()
            .starts_with("opinions.csv line 4, column stance: ")
    );
}

/// What a spreadsheet does with a cell it reads from a CSV file: a cell starting with `=`, `+`,
/// `-` or `@` (or a tab or CR before one of them) is taken as a formula; a leading `'` makes it
/// text. Numbers and times are values.
fn spreadsheet_would_run(cell: &str) -> bool {
    let cell = cell.trim_start_matches(['\t', '\r']);
    matches!(cell.chars().next(), Some('=' | '+' | '-' | '@')) && cell.parse::<f64>().is_err()
}

#[test]
fn a_spreadsheet_opening_the_files_runs_no_formula() {
    let mut record = small_record();
    // Every text field a resident's words can reach, each an attack a spreadsheet would run.
    let attacks = [
        "=HYPERLINK(\"http://x\",\"bấm\")",
        "+cmd|'/C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
    ];
    record.meeting.title = attacks[0].into();
    record.meeting.chair = attacks[1].into();
    record.meeting.secretary = attacks[2].into();
    record.agenda[0].title = attacks[3].into();
    record.agenda[0].description = attacks[4].into();
    record.opinions[0].speaker.name = attacks[5].into();
    record.opinions[0].speaker.address = attacks[0].into();
    record.opinions[0].text = format!("{}\n=2+2", attacks[1]);

    for file in export_files(&record, 1, BOM) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(&file.bytes[3..]);
        for row in reader.records() {
            for cell in row.unwrap().iter() {
                assert!(
                    !spreadsheet_would_run(cell),
                    "{}: a spreadsheet would run {cell:?}",
                    file.name
                );
            }
        }
    }
    // And the words come back exactly as they were typed.
    let files = export_files(&record, 1, BOM);
    let back = import_files(&files).unwrap();
    assert_eq!(back.meeting.title, attacks[0]);
    assert_eq!(back.meeting.chair, attacks[1]);
    let item = back
        .agenda
        .iter()
        .find(|a| a.item_no == record.agenda[0].item_no)
        .unwrap();
    assert_eq!(item.title, attacks[3]);
}

#[test]
fn an_export_that_is_not_finished_leaves_no_file_behind() {
    let dir = tempfile::TempDir::new().unwrap();
    let record = hopdan::sample::sample_record().unwrap();
    {
        let mut export =
            hopdan::export::ExportWriter::create(dir.path(), ExportOptions::default()).unwrap();
        export.append(&record, 1).unwrap();
        // Dropped without finish(), as when reading the next meeting fails.
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn the_corrections_are_one_row_per_changed_field_and_import_rebuilds_them() {
    let record = small_record();
    let files = export_files(&record, 7, BOM);
    let corrections = files.iter().find(|f| f.name == "corrections.csv").unwrap();
    assert_eq!(corrections.bytes, with_bom(CORRECTIONS_CSV));
    let back = import_files(&files).unwrap();
    // Each correction's whole previous row is rebuilt from the rows as they are now.
    assert_eq!(back.corrections, record.corrections);
    assert_eq!(back.corrections[0].before["votes_for"], "5");
    assert_eq!(back.corrections[0].before["votes_against"], "1");
    assert_eq!(back.corrections[0].before["corrections"], "0");
    assert_eq!(back.corrections[2].before["votes_against"], "2");
    assert_eq!(back.corrections[1].before["opinion"], "=x cũ\nhai dòng");
    assert_eq!(export_files(&back, 7, BOM), files);
}

#[test]
fn more_corrections_than_votes_csv_counts_are_refused() {
    assert_eq!(
        error_after("votes.csv", "two_thirds,passed,2", "two_thirds,passed,1"),
        "corrections.csv: vote 1 of item 1 has 1 corrections in votes.csv, 2 here"
    );
    assert_eq!(
        error_after("votes.csv", "two_thirds,passed,2", "two_thirds,passed,0"),
        "corrections.csv: vote 1 of item 1 has 0 corrections in votes.csv, 2 here"
    );
}

#[test]
fn corrections_counted_without_their_history_go_out_and_come_back_as_they_are() {
    // A vote counted as corrected once by a folder of an earlier version, which exported no
    // history, and corrected twice since.
    let mut record = small_record();
    for vote in &mut record.votes {
        if (vote.item_no, vote.vote_no) == (1, 1) {
            vote.corrections = 3;
        }
    }
    for correction in &mut record.corrections {
        if let Some(count) = correction.before.get_mut("corrections") {
            *count = (count.parse::<u32>().unwrap() + 1).to_string();
        }
    }
    let files = export_files(&record, 7, BOM);
    let back = import_files(&files).unwrap();
    assert_eq!(back, sorted(record));
    assert_eq!(back.corrections[0].before["corrections"], "1");
    assert_eq!(export_files(&back, 7, BOM), files);
}

#[test]
fn a_malformed_correction_is_named_by_line_and_column() {
    assert_eq!(
        error_after(
            "corrections.csv",
            "7,3,2022-06-12T08:47:00",
            "7,4,2022-06-12T08:47:00"
        ),
        "corrections.csv line 7, column correction_no: correction 4 comes where correction 3 \
         is due"
    );
    assert_eq!(
        error_after(
            "corrections.csv",
            "vote,1,1,votes_for",
            "vote,1,1,votes_four"
        ),
        "corrections.csv line 2, column field: \"votes_four\" is not a column of votes.csv \
         that a correction changes"
    );
    assert_eq!(
        error_after(
            "corrections.csv",
            "1,votes_against,2,1,",
            "1,votes_against,2,0,"
        ),
        "corrections.csv line 7, column new_value: the new value \"0\" differs from \"1\", \
         what the entry held next"
    );
    assert_eq!(
        error_after("corrections.csv", "opinion,1,2,stance", "opinion,1,,stance"),
        "corrections.csv line 4, column number: item_no and number do not name an entry of \
         the kind opinion"
    );
    let files = edit(
        export_files(&small_record(), 7, BOM),
        "corrections.csv",
        "opinion,1,2,stance",
        "opinion,1,9,stance",
    );
    let files = edit(
        files,
        "corrections.csv",
        "opinion,1,2,opinion",
        "opinion,1,9,opinion",
    );
    assert_eq!(
        import_files(&files).unwrap_err().to_string(),
        "corrections.csv line 4, column item_no: the corrected entry is not in opinions.csv"
    );
    assert_eq!(
        error_after(
            "corrections.csv",
            "opinion,1,2,opinion",
            "opinion,1,9,opinion"
        ),
        "corrections.csv line 5, column number: differs from the first row of correction 2 \
         (line 4)"
    );
    assert_eq!(
        error_after(
            "corrections.csv",
            "7,1,2022-06-12T08:42:00+07:00,vote,1,1,votes_against",
            "7,1,2022-06-12T08:43:00+07:00,vote,1,1,votes_against"
        ),
        "corrections.csv line 3, column corrected_at: differs from the first row of \
         correction 1 (line 2)"
    );
    assert_eq!(
        error_after(
            "corrections.csv",
            "7,3,2022-06-12T08:47:00+07:00",
            "7,3,12/06/2022"
        ),
        "corrections.csv line 7, column corrected_at: \"12/06/2022\" is not a time in ISO \
         8601 with its offset, such as 2022-06-12T08:30:00+07:00"
    );
}

#[test]
fn a_folder_from_before_the_corrections_file_imports_with_its_counts() {
    let dir = tempfile::tempdir().unwrap();
    let record = small_record();
    // The four files of SPEC §4, as every version before the files added later wrote them.
    for file in export_files(&record, 7, BOM) {
        if FILE_NAMES.contains(&file.name) {
            std::fs::write(dir.path().join(file.name), &file.bytes).unwrap();
        }
    }
    let back = import_dir(dir.path()).unwrap();
    assert_eq!(back.corrections, vec![]);
    assert_eq!(back.votes[0].corrections, 2);
    let mut expected = sorted(record);
    expected.guests.clear();
    expected.conclusions.clear();
    expected.corrections.clear();
    assert_eq!(back, expected);
}

/// Corrections of the meeting's own row and of an agenda item, as edits after the fact write
/// them: the key of the entry after the change, its whole previous row.
#[test]
fn corrections_of_the_meeting_and_of_an_agenda_item_go_out_and_come_back() {
    let mut record = uncorrected_record();
    record.votes.iter_mut().for_each(|v| v.corrections = 0);
    let edit = |record: &MeetingRecord, entry, hms, changes: &[(&str, &str)]| {
        let mut before = current_cells(record, entry).unwrap();
        for (column, cell) in changes {
            before.insert(column.to_string(), cell.to_string());
        }
        Correction {
            entry,
            was: entry,
            at: at(hms),
            reason: "Sửa sau cuộc họp".into(),
            before,
        }
    };
    record.corrections = vec![
        edit(
            &record,
            EntryKey::Meeting,
            "09:30:00",
            &[("title", "Họp thử"), ("households_total", "11")],
        ),
        edit(
            &record,
            EntryKey::AgendaItem { item_no: 1 },
            "09:31:00",
            &[("description", "Một dòng")],
        ),
        // Nothing changed: still one row, for its reason.
        edit(
            &record,
            EntryKey::AgendaItem { item_no: 2 },
            "09:32:00",
            &[],
        ),
    ];
    let files = export_files(&record, 7, NO_BOM);
    let text = as_text(files.iter().find(|f| f.name == "corrections.csv").unwrap());
    assert_eq!(
        text.lines().skip(1).collect::<Vec<_>>(),
        [
            "7,1,2022-06-12T09:30:00+07:00,meeting,,,title,Họp thử,\"Họp thử, \"\"kiệt\"\" 1\",\
             Sửa sau cuộc họp",
            "7,1,2022-06-12T09:30:00+07:00,meeting,,,households_total,11,10,Sửa sau cuộc họp",
            "7,2,2022-06-12T09:31:00+07:00,agenda_item,1,,description,Một dòng,\"Dòng một",
            "Dòng hai, có dấu phẩy\",Sửa sau cuộc họp",
            "7,3,2022-06-12T09:32:00+07:00,agenda_item,2,,,,,Sửa sau cuộc họp",
        ]
    );
    let back = import_files(&files).unwrap();
    assert_eq!(back.corrections, record.corrections);
    assert_eq!(export_files(&back, 7, NO_BOM), files);
}
