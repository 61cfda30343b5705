//! The files of the register, attendance and land pledges (SPEC §9–§11): their exact bytes, the
//! round trip, a folder of the version before them, and each check of their import.

use chrono::{DateTime, FixedOffset};
use hopdan::domain::{
    AgendaItem, Attendance, Consent, DecisionRule, Household, Measure, Meeting, MeetingRecord,
    MeetingStatus, Pledge, Standing, Vote, VoteCounts, parse_time,
};
use hopdan::export::{CsvFile, ExportOptions, export_files, import_files};
use hopdan::i18n::Lang;
use hopdan::messages::import_error;

const BOM: ExportOptions = ExportOptions { bom: true };
const NO_BOM: ExportOptions = ExportOptions { bom: false };

fn at(hms: &str) -> DateTime<FixedOffset> {
    parse_time(&format!("2022-06-12T{hms}+07:00")).unwrap()
}

fn household(no: &str, address: &str, head: &str, members: Option<u32>) -> Household {
    Household {
        household_no: no.into(),
        address: address.into(),
        head_name: head.into(),
        members,
        phone: String::new(),
        note: String::new(),
    }
}

fn signed_in(no: &str, name: &str, arrived: &str, left: Option<&str>) -> Attendance {
    Attendance {
        household_no: no.into(),
        representative_name: name.into(),
        standing: Standing::Head,
        arrived_at: at(arrived),
        left_at: left.map(at),
        note: String::new(),
    }
}

fn pledge(no: &str, frontage: &str, depth: &str, consent: Consent) -> Pledge {
    let (frontage, depth) = (
        Measure::parse(frontage).unwrap(),
        Measure::parse(depth).unwrap(),
    );
    Pledge {
        item_no: 2,
        household_no: no.into(),
        frontage,
        depth,
        area: Pledge::area_of(frontage, depth, None),
        structures: String::new(),
        consent,
        note: String::new(),
        recorded_at: at("09:05:00"),
    }
}

fn vote(item_no: u32, vote_no: u32, hms: &str, present: u32, votes_for: u32) -> Vote {
    Vote {
        item_no,
        vote_no,
        voted_at: at(hms),
        counts: VoteCounts {
            households_total: 4,
            households_present: present,
            votes_for,
            votes_against: 0,
            votes_abstain: 0,
        },
        rule: DecisionRule::default(),
        corrections: 0,
        method: hopdan::domain::VoteMethod::Hands,
    }
}

/// A meeting of four households held with its register: they sign in (one leaves, one sends
/// a proxy), two votes count who is there, and item 2 asks two of them for land. The
/// register is not in the order of its numbers; attendance and pledges are given out of the
/// order export writes them in.
fn register_record() -> MeetingRecord {
    let mut proxy = signed_in("27-003:a", "Đỗ Văn Tư", "08:20:00", None);
    proxy.standing = Standing::Proxy;
    proxy.note = "Ủy quyền của bà Hồ Thị Năm".into();
    let mut member = signed_in("27-002", "Lê Thị Hoa", "08:05:00", Some("09:30:00"));
    member.standing = Standing::Member;
    let mut refused = pledge("27-014", "4,2", "0,5", Consent::Refused);
    refused.structures = "cổng, tường rào 4 m".into();
    refused.note = "-Chờ bồi thường".into();
    let mut typed_area = pledge("27-010", "5", "0.5", Consent::Agreed);
    typed_area.area = Measure(275);
    let mut first = household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám", Some(5));
    first.phone = "+84 905 111 222".into();
    let mut second = household("27-002", "=K19/2 Phú Lộc 10", "Lê Văn Hùng", Some(3));
    second.note = "Nhà cho thuê".into();
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
            households_total: 4,
            households_present: 3,
            status: MeetingStatus::Open,
        },
        agenda: vec![
            AgendaItem {
                item_no: 1,
                title: "Mở rộng kiệt 3 m".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            },
            AgendaItem {
                item_no: 2,
                title: "Hiến đất, lùi cổng".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: true,
            },
        ],
        opinions: vec![],
        votes: vec![vote(1, 1, "08:10:00", 3, 3), vote(2, 1, "09:40:00", 3, 2)],
        guests: vec![],
        conclusions: vec![],
        corrections: vec![],
        households: vec![
            first,
            second,
            household("27-010", "K19/10 Phú Lộc 10", "Trần Thị Tâm", None),
            household("27-003:a", "K19/3 Phú Lộc 10", "Hồ Thị Năm", Some(1)),
        ],
        attendance: vec![
            proxy,
            member,
            signed_in("27-010", "Trần Thị Tâm", "08:00:00", None),
            signed_in("27-014", "Nguyễn Văn Tám", "08:00:00", None),
        ],
        pledges: vec![typed_area, refused],
        register_changes: vec![],
        options: Vec::new(),
        option_votes: Vec::new(),
        ballots: Default::default(),
    }
}

/// The record as import gives it back: attendance by arrival then the register's order,
/// pledges by item then the register's order.
fn as_imported(mut record: MeetingRecord) -> MeetingRecord {
    let order = |no: &str| {
        record
            .households
            .iter()
            .position(|h| h.household_no == no)
            .unwrap()
    };
    let mut attendance = record.attendance.clone();
    attendance.sort_by_key(|a| (a.arrived_at, order(&a.household_no)));
    let mut pledges = record.pledges.clone();
    pledges.sort_by_key(|p| (p.item_no, order(&p.household_no)));
    record.attendance = attendance;
    record.pledges = pledges;
    record
}

const HOUSEHOLDS_CSV: &str = "meeting_id,household_no,address,head_name,members,phone,note\r\n\
7,27-014,K19/4 Phú Lộc 10,Nguyễn Văn Tám,5,'+84 905 111 222,\r\n\
7,27-002,'=K19/2 Phú Lộc 10,Lê Văn Hùng,3,,Nhà cho thuê\r\n\
7,27-010,K19/10 Phú Lộc 10,Trần Thị Tâm,,,\r\n\
7,27-003:a,K19/3 Phú Lộc 10,Hồ Thị Năm,1,,\r\n";

const ATTENDANCE_CSV: &str = "meeting_id,household_no,representative_name,standing,arrived_at,\
left_at,note\r\n\
7,27-014,Nguyễn Văn Tám,head,2022-06-12T08:00:00+07:00,,\r\n\
7,27-010,Trần Thị Tâm,head,2022-06-12T08:00:00+07:00,,\r\n\
7,27-002,Lê Thị Hoa,member,2022-06-12T08:05:00+07:00,2022-06-12T09:30:00+07:00,\r\n\
7,27-003:a,Đỗ Văn Tư,proxy,2022-06-12T08:20:00+07:00,,Ủy quyền của bà Hồ Thị Năm\r\n";

const PLEDGES_CSV: &str = "meeting_id,item_no,household_no,frontage_m,depth_m,area_m2,\
structures,consent,note,recorded_at\r\n\
7,2,27-014,4.20,0.50,2.10,\"cổng, tường rào 4 m\",refused,'-Chờ bồi thường,\
2022-06-12T09:05:00+07:00\r\n\
7,2,27-010,5.00,0.50,2.75,,agreed,,2022-06-12T09:05:00+07:00\r\n";

fn file<'a>(files: &'a [CsvFile], name: &str) -> &'a str {
    let file = files.iter().find(|f| f.name == name).unwrap();
    std::str::from_utf8(&file.bytes).unwrap()
}

#[test]
fn the_register_attendance_and_pledges_are_written_in_a_stable_order() {
    let files = export_files(&register_record(), 7, BOM);
    let names: Vec<_> = files.iter().map(|f| f.name).collect();
    assert_eq!(
        names[7..12],
        [
            "households.csv",
            "attendance.csv",
            "pledges.csv",
            "pledge_items.csv",
            "register_changes.csv"
        ]
    );
    for (name, expected) in [
        ("households.csv", HOUSEHOLDS_CSV),
        ("attendance.csv", ATTENDANCE_CSV),
        ("pledges.csv", PLEDGES_CSV),
    ] {
        assert_eq!(file(&files, name), format!("\u{feff}{expected}"), "{name}");
    }
}

#[test]
fn the_register_round_trips_byte_for_byte() {
    for options in [BOM, NO_BOM] {
        let files = export_files(&register_record(), 7, options);
        let record = import_files(&files).unwrap();
        assert_eq!(record, as_imported(register_record()));
        assert_eq!(export_files(&record, 7, options), files);
    }
}

#[test]
fn the_mark_of_an_item_that_takes_pledges_comes_back_with_or_without_pledges() {
    let mut record = register_record();
    let back = import_files(&export_files(&record, 7, BOM)).unwrap();
    assert!(!back.agenda[0].takes_pledges);
    assert!(back.agenda[1].takes_pledges);
    // Marked before any household pledged: still marked once imported.
    record.agenda[0].takes_pledges = true;
    let marked = import_files(&export_files(&record, 7, BOM)).unwrap();
    assert!(marked.agenda[0].takes_pledges);
    // A pledge on an item that does not take them is refused by its cell.
    record.agenda[0].takes_pledges = false;
    record.agenda[1].takes_pledges = false;
    assert_eq!(
        import_files(&export_files(&record, 7, BOM))
            .unwrap_err()
            .to_string(),
        "pledges.csv line 2, column item_no: item 2 is not in pledge_items.csv: it takes no \
         land pledges"
    );
    let record = register_record();
    let back = import_files(&export_files(&record, 7, BOM)).unwrap();
    // Measures come back exact.
    assert_eq!(back.pledges[0].frontage, Measure(420));
    assert_eq!(back.pledges[1].area, Measure(275));
}

#[test]
fn the_four_files_of_spec_4_do_not_change_with_a_register() {
    let mut without = register_record();
    without.households.clear();
    without.attendance.clear();
    without.pledges.clear();
    let with = export_files(&register_record(), 7, BOM);
    assert_eq!(with[..7], export_files(&without, 7, BOM)[..7]);
}

#[test]
fn a_folder_of_the_version_before_the_register_imports_without_one() {
    let files = export_files(&register_record(), 7, BOM);
    let earlier: Vec<CsvFile> = files.iter().take(7).cloned().collect();
    let record = import_files(&earlier).unwrap();
    assert!(record.households.is_empty() && record.attendance.is_empty());
    assert!(record.pledges.is_empty());
    // Without a register the votes' presence is what they say.
    assert_eq!(record.votes[0].counts.households_present, 3);
    assert!(record.agenda.iter().all(|item| !item.takes_pledges));
}

#[test]
fn a_folder_with_part_of_a_version_or_a_later_version_without_an_earlier_is_half_copied() {
    let files = export_files(&register_record(), 7, BOM);
    let without = |gone: &[&str]| -> String {
        let kept: Vec<CsvFile> = files
            .iter()
            .filter(|f| !gone.contains(&f.name))
            .cloned()
            .collect();
        import_files(&kept).unwrap_err().to_string()
    };
    assert_eq!(
        without(&["attendance.csv"]),
        "attendance.csv: the file is missing"
    );
    assert_eq!(
        without(&["guests.csv", "conclusions.csv", "corrections.csv"]),
        "guests.csv: the file is missing"
    );
}

/// Replaces `from` (which must occur exactly once) in one file of the register meeting, and
/// gives the error of its import.
fn error_after(name: &str, from: &str, to: &str) -> String {
    let mut files = export_files(&register_record(), 7, BOM);
    let file = files.iter_mut().find(|f| f.name == name).unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from:?} in {name}");
    file.bytes = text.replacen(from, to, 1).into_bytes();
    import_files(&files).unwrap_err().to_string()
}

#[test]
fn household_numbers_are_there_once_and_not_empty() {
    assert_eq!(
        error_after("households.csv", "7,27-002,", "7,27-014,"),
        "households.csv line 3, column household_no: the row households.csv (household_no \
         27-014) appears twice (first on line 2)"
    );
    assert_eq!(
        error_after("households.csv", "7,27-002,", "7, ,"),
        "households.csv line 3, column household_no: the cell is empty; it must say something"
    );
    assert_eq!(
        error_after("households.csv", "7,27-002,", "7,27-002-0000000000000000,"),
        "households.csv line 3, column household_no: the household number \
         \"27-002-0000000000000000\" is longer than 20 characters"
    );
    assert_eq!(
        error_after("households.csv", "Tám,5,", "Tám,năm,"),
        "households.csv line 2, column members: \"năm\" is not a whole number ≥ 0"
    );
}

#[test]
fn with_a_register_the_total_is_its_number_of_households() {
    assert_eq!(
        error_after("meeting.csv", ",4,3,open", ",5,3,open"),
        "meeting.csv line 2, column households_total: households_total 5 differs from the 4 \
         households of households.csv"
    );
}

#[test]
fn attendance_names_a_household_of_the_register_once_and_leaves_after_arriving() {
    assert_eq!(
        error_after("attendance.csv", "7,27-003:a,", "7,27-099,"),
        "attendance.csv line 5, column household_no: household 27-099 is not in households.csv"
    );
    assert_eq!(
        error_after("attendance.csv", "7,27-010,", "7,27-014,"),
        "attendance.csv line 3, column arrived_at: the row attendance.csv (household_no \
         27-014, arrived_at 2022-06-12T08:00:00+07:00) appears twice (first on line 2)"
    );
    // A second stay while the first is open: named by the line of the later one.
    assert_eq!(
        error_after("attendance.csv", "7,27-002,", "7,27-014,"),
        "attendance.csv line 4, column arrived_at: household 27-014 is signed in again at \
         2022-06-12T08:05:00+07:00 while still present"
    );
    // A second stay after the first ended is a household that came back.
    let mut record = register_record();
    record
        .attendance
        .push(signed_in("27-002", "Lê Văn Hoa", "10:30:00", None));
    record.meeting.households_present += 1;
    let files = export_files(&record, 7, BOM);
    assert_eq!(import_files(&files).unwrap().attendance.len(), 5);
    assert_eq!(
        error_after(
            "attendance.csv",
            "2022-06-12T09:30:00+07:00",
            "2022-06-12T07:30:00+07:00"
        ),
        "attendance.csv line 4, column left_at: the representative leaves \
         (2022-06-12T07:30:00+07:00) before arriving (2022-06-12T08:05:00+07:00)"
    );
    assert_eq!(
        error_after("attendance.csv", ",member,", ",thanh_vien,"),
        "attendance.csv line 4, column standing: \"thanh_vien\" is not one of: head, member, proxy"
    );
}

#[test]
fn an_overlapping_stay_is_named_by_its_line_wherever_it_is_in_the_file() {
    let mut files = export_files(&register_record(), 7, BOM);
    let file = files
        .iter_mut()
        .find(|f| f.name == "attendance.csv")
        .unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    // Line 2 is household 27-014, signed in at 08:00; it now arrives at 09:00, while the
    // row of line 3 (27-010, 08:00, still present) becomes a stay of 27-014 as well. Sorted
    // by arrival, the stay of line 2 comes second and begins while the first is open.
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines[1].starts_with("7,27-014,Nguyễn Văn Tám,head,2022-06-12T08:00:00+07:00,"));
    assert!(lines[2].starts_with("7,27-010,"));
    let text = text
        .replacen(
            "7,27-014,Nguyễn Văn Tám,head,2022-06-12T08:00:00+07:00,",
            "7,27-014,Nguyễn Văn Tám,head,2022-06-12T09:00:00+07:00,",
            1,
        )
        .replacen("7,27-010,", "7,27-014,", 1);
    file.bytes = text.into_bytes();
    let error = import_files(&files).unwrap_err();
    assert_eq!(
        error.to_string(),
        "attendance.csv line 2, column arrived_at: household 27-014 is signed in again at \
         2022-06-12T09:00:00+07:00 while still present"
    );
    assert_eq!(
        import_error(Lang::Vi.strings(), &error),
        "attendance.csv dòng 2, cột arrived_at: hộ số 27-014 được điểm danh lại lúc \
         2022-06-12T09:00:00+07:00 khi lần trước chưa ra về."
    );
    assert_eq!(
        import_error(Lang::En.strings(), &error),
        "attendance.csv line 2, column arrived_at: household 27-014 signs in again at \
         2022-06-12T09:00:00+07:00 before its earlier sign-in left."
    );
}

#[test]
fn each_vote_counts_as_present_the_households_signed_in_at_its_time() {
    // Household 27-002 now arrives after the first vote, which still says 3 present.
    assert_eq!(
        error_after(
            "attendance.csv",
            "2022-06-12T08:05:00+07:00",
            "2022-06-12T08:15:00+07:00"
        ),
        "votes.csv line 2, column households_present: vote 1 of item 1 says 3 households \
         present; attendance.csv counts 2 present then"
    );
}

#[test]
fn a_pledge_names_an_item_and_a_household_of_the_register_once() {
    assert_eq!(
        error_after("pledges.csv", "7,2,27-010,", "7,2,27-099,"),
        "pledges.csv line 3, column household_no: household 27-099 is not in households.csv"
    );
    assert_eq!(
        error_after("pledges.csv", "7,2,27-010,", "7,3,27-010,"),
        "pledges.csv line 3, column item_no: item 3 is not in agenda.csv"
    );
    assert_eq!(
        error_after("pledges.csv", "7,2,27-010,", "7,2,27-014,"),
        "pledges.csv line 3, column household_no: the row pledges.csv (item_no 2, household_no \
         27-014) appears twice (first on line 2)"
    );
    // The same household on another item is another pledge.
    let mut record = register_record();
    let mut other = record.pledges[0].clone();
    other.item_no = 1;
    record.pledges.push(other);
    record.agenda[0].takes_pledges = true;
    let back = import_files(&export_files(&record, 7, BOM)).unwrap();
    assert_eq!(back.pledges.len(), 3);
    assert!(back.agenda.iter().all(|item| item.takes_pledges));
}

#[test]
fn what_is_not_a_measure_is_refused_by_its_cell() {
    assert_eq!(
        error_after("pledges.csv", ",5.00,0.50,2.75,", ",\"2,5,3\",0.50,2.75,"),
        "pledges.csv line 3, column frontage_m: \"2,5,3\" is not a number such as 2,5"
    );
    assert_eq!(
        error_after("pledges.csv", ",5.00,0.50,2.75,", ",5.00,-0.50,2.75,"),
        "pledges.csv line 3, column depth_m: \"-0.50\" is negative"
    );
    assert_eq!(
        error_after("pledges.csv", ",5.00,0.50,2.75,", ",5.00,0.50,1000.01,"),
        "pledges.csv line 3, column area_m2: \"1000.01\" is more than 1000"
    );
    assert_eq!(
        error_after("pledges.csv", ",5.00,0.50,2.75,", ",5.00,0.505,2.75,"),
        "pledges.csv line 3, column depth_m: \"0.505\" has more than two decimal places"
    );
    assert_eq!(
        error_after("pledges.csv", ",5.00,0.50,2.75,", ",5.00,,2.75,"),
        "pledges.csv line 3, column depth_m: a number is required"
    );
    // A comma or a dot: both are read; the export writes the dot.
    let mut files = export_files(&register_record(), 7, BOM);
    let pledges = files.iter_mut().find(|f| f.name == "pledges.csv").unwrap();
    pledges.bytes = String::from_utf8(pledges.bytes.clone())
        .unwrap()
        .replace(",5.00,0.50,2.75,", ",\"5,0\",\"0,5\",2.75,")
        .into_bytes();
    let back = import_files(&files).unwrap();
    assert_eq!(back, as_imported(register_record()));
}

#[test]
fn the_new_checks_are_said_in_vietnamese() {
    let files = {
        let mut files = export_files(&register_record(), 7, BOM);
        let attendance = files
            .iter_mut()
            .find(|f| f.name == "attendance.csv")
            .unwrap();
        attendance.bytes = String::from_utf8(attendance.bytes.clone())
            .unwrap()
            .replace("2022-06-12T08:05:00+07:00", "2022-06-12T08:15:00+07:00")
            .into_bytes();
        files
    };
    let error = import_files(&files).unwrap_err();
    assert_eq!(
        import_error(Lang::Vi.strings(), &error),
        "votes.csv dòng 2, cột households_present: biểu quyết lần 1 của nội dung 1 ghi 3 hộ có \
         mặt, nhưng danh sách điểm danh (attendance.csv) có 2 hộ có mặt lúc biểu quyết."
    );
    let error = import_files(
        &export_files(&register_record(), 7, BOM)
            .into_iter()
            .map(|mut f| {
                if f.name == "pledges.csv" {
                    f.bytes = String::from_utf8(f.bytes)
                        .unwrap()
                        .replace(",5.00,0.50,", ",\"2,5,3\",0.50,")
                        .into_bytes();
                }
                f
            })
            .collect::<Vec<_>>(),
    )
    .unwrap_err();
    assert_eq!(
        import_error(Lang::Vi.strings(), &error),
        "pledges.csv dòng 3, cột frontage_m: \"2,5,3\" không phải số đo như 2,5 (một dấu phẩy \
         hoặc dấu chấm thập phân)."
    );
}

#[test]
fn with_a_register_the_households_present_are_those_the_list_has_not_seen_leave() {
    let mut record = register_record();
    let counted = hopdan::domain::present_now(&record.attendance);
    record.meeting.households_present = counted - 1;
    let files = export_files(&record, 7, BOM);
    let err = import_files(&files).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "meeting.csv line 2, column households_present: households_present {} differs \
             from the {counted} households attendance.csv has present",
            counted - 1
        )
    );
    assert_eq!(
        hopdan::messages::import_error(&hopdan::i18n::VI, &err),
        format!(
            "meeting.csv dòng 2, cột households_present: số hộ có mặt ghi {} nhưng danh sách \
             điểm danh (attendance.csv) có {counted} hộ chưa ra về; khi có danh sách, số hộ có \
             mặt là số hộ trong danh sách.",
            counted - 1
        )
    );
}

#[test]
fn a_proxy_names_whose_proxy_it_is() {
    assert_eq!(
        error_after("attendance.csv", "Ủy quyền của bà Hồ Thị Năm", ""),
        "attendance.csv line 5, column note: the cell is empty; it must say something"
    );
}
