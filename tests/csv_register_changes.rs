//! `register_changes.csv`: households corrected or moved away and pledges corrected or removed
//! (SPEC §9, §11, §5) — its exact bytes, the round trip, and each check of its import.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use hopdan::domain::{
    AgendaItem, ChangeAction, ChangedEntry, Consent, DecisionRule, Household, Measure, Meeting,
    MeetingRecord, MeetingStatus, Pledge, RegisterChange, parse_time,
};
use hopdan::export::{CsvFile, ExportOptions, export_files, import_files};
use hopdan::i18n::Lang;
use hopdan::messages::import_error;
use hopdan::records::{current_entry_cells, pledge_cells};

const BOM: ExportOptions = ExportOptions { bom: true };
const NO_BOM: ExportOptions = ExportOptions { bom: false };

fn at(hms: &str) -> DateTime<FixedOffset> {
    parse_time(&format!("2022-06-12T{hms}+07:00")).unwrap()
}

fn household(no: &str, address: &str, head: &str) -> Household {
    Household {
        household_no: no.into(),
        address: address.into(),
        head_name: head.into(),
        members: Some(4),
        phone: String::new(),
        note: String::new(),
    }
}

fn pledge(no: &str, depth_cm: u32, consent: Consent, hms: &str) -> Pledge {
    let (frontage, depth) = (Measure(500), Measure(depth_cm));
    Pledge {
        item_no: 1,
        household_no: no.into(),
        frontage,
        depth,
        area: Pledge::area_of(frontage, depth, None),
        structures: "cổng".into(),
        consent,
        note: String::new(),
        recorded_at: at(hms),
    }
}

fn household_entry(no: &str) -> ChangedEntry {
    ChangedEntry::Household {
        household_no: no.into(),
    }
}

fn pledge_entry(no: &str) -> ChangedEntry {
    ChangedEntry::Pledge {
        item_no: 1,
        household_no: no.into(),
    }
}

fn change(
    entry: ChangedEntry,
    action: ChangeAction,
    hms: &str,
    reason: &str,
    before: BTreeMap<String, String>,
) -> RegisterChange {
    RegisterChange {
        entry,
        action,
        at: at(hms),
        reason: reason.into(),
        before,
    }
}

/// A meeting of three households whose register and pledges were changed five ways: a head's
/// name corrected twice, a correction that changed nothing, a household moved away, a pledge
/// corrected, a pledge removed.
fn record() -> MeetingRecord {
    let mut record = MeetingRecord {
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
            households_total: 3,
            households_present: 0,
            status: MeetingStatus::Open,
        },
        agenda: vec![AgendaItem {
            item_no: 1,
            title: "Hiến đất mở rộng kiệt".into(),
            description: String::new(),
            rule: DecisionRule::default(),
            takes_pledges: true,
        }],
        opinions: vec![],
        votes: vec![],
        guests: vec![],
        conclusions: vec![],
        corrections: vec![],
        households: vec![
            household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám"),
            household("27-002", "K19/2 Phú Lộc 10", "Lê Văn Hùng"),
            household("27-010", "K19/10 Phú Lộc 10", "Trần Thị Tâm"),
        ],
        attendance: vec![],
        pledges: vec![pledge("27-014", 50, Consent::Agreed, "09:30:00")],
        register_changes: vec![],
        options: Vec::new(),
        option_votes: Vec::new(),
        ballots: Default::default(),
    };
    let now = |entry: &ChangedEntry| current_entry_cells(&record, entry).unwrap();
    let with = |mut cells: BTreeMap<String, String>, field: &str, value: &str| {
        cells.insert(field.into(), value.into());
        cells
    };
    let tam = now(&household_entry("27-014"));
    let tam_first = with(tam.clone(), "head_name", "Nguyễn Văn Tam");
    let tam_second = with(tam, "head_name", "Nguyen Van Tam");
    let unchanged = now(&household_entry("27-010"));
    let moved = {
        let mut cells = now(&household_entry("27-002"));
        cells.insert("address".into(), "K19/99 Phú Lộc 10".into());
        cells.insert("head_name".into(), "Phan Văn Út".into());
        cells.insert("phone".into(), "0905 000 111".into());
        cells
    };
    let pledged_first = pledge_cells(&pledge("27-014", 60, Consent::Undecided, "09:05:00"));
    let removed = pledge_cells(&pledge("27-099", 40, Consent::Agreed, "09:10:00"));
    record.register_changes = vec![
        change(
            household_entry("27-014"),
            ChangeAction::Correct,
            "08:05:00",
            "Gõ thiếu dấu",
            tam_second,
        ),
        change(
            household_entry("27-014"),
            ChangeAction::Correct,
            "08:06:00",
            "Sai tên chủ hộ",
            tam_first,
        ),
        change(
            household_entry("27-010"),
            ChangeAction::Correct,
            "08:07:00",
            "Kiểm tra lại, không đổi",
            unchanged,
        ),
        change(
            household_entry("27-099"),
            ChangeAction::MovedAway,
            "08:08:00",
            "Đã chuyển về Liên Chiểu",
            moved,
        ),
        change(
            pledge_entry("27-014"),
            ChangeAction::Correct,
            "09:30:00",
            "Hộ đồng ý sau khi họp gia đình",
            pledged_first,
        ),
        change(
            pledge_entry("27-099"),
            ChangeAction::Removed,
            "09:31:00",
            "Ghi nhầm hộ",
            removed,
        ),
    ];
    record
}

const REGISTER_CHANGES_CSV: &str = "meeting_id,change_no,changed_at,entity,item_no,household_no,\
action,field,old_value,new_value,reason\r\n\
7,1,2022-06-12T08:05:00+07:00,household,,27-014,correct,head_name,Nguyen Van Tam,\
Nguyễn Văn Tam,Gõ thiếu dấu\r\n\
7,2,2022-06-12T08:06:00+07:00,household,,27-014,correct,head_name,Nguyễn Văn Tam,\
Nguyễn Văn Tám,Sai tên chủ hộ\r\n\
7,3,2022-06-12T08:07:00+07:00,household,,27-010,correct,,,,\"Kiểm tra lại, không đổi\"\r\n\
7,4,2022-06-12T08:08:00+07:00,household,,27-099,moved_away,address,K19/99 Phú Lộc 10,,\
Đã chuyển về Liên Chiểu\r\n\
7,4,2022-06-12T08:08:00+07:00,household,,27-099,moved_away,head_name,Phan Văn Út,,\
Đã chuyển về Liên Chiểu\r\n\
7,4,2022-06-12T08:08:00+07:00,household,,27-099,moved_away,members,4,,\
Đã chuyển về Liên Chiểu\r\n\
7,4,2022-06-12T08:08:00+07:00,household,,27-099,moved_away,phone,0905 000 111,,\
Đã chuyển về Liên Chiểu\r\n\
7,4,2022-06-12T08:08:00+07:00,household,,27-099,moved_away,note,,,Đã chuyển về Liên Chiểu\r\n\
7,5,2022-06-12T09:30:00+07:00,pledge,1,27-014,correct,depth_m,0.60,0.50,\
Hộ đồng ý sau khi họp gia đình\r\n\
7,5,2022-06-12T09:30:00+07:00,pledge,1,27-014,correct,area_m2,3.00,2.50,\
Hộ đồng ý sau khi họp gia đình\r\n\
7,5,2022-06-12T09:30:00+07:00,pledge,1,27-014,correct,consent,undecided,agreed,\
Hộ đồng ý sau khi họp gia đình\r\n\
7,5,2022-06-12T09:30:00+07:00,pledge,1,27-014,correct,recorded_at,2022-06-12T09:05:00+07:00,\
2022-06-12T09:30:00+07:00,Hộ đồng ý sau khi họp gia đình\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,frontage_m,5.00,,Ghi nhầm hộ\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,depth_m,0.40,,Ghi nhầm hộ\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,area_m2,2.00,,Ghi nhầm hộ\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,structures,cổng,,Ghi nhầm hộ\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,consent,agreed,,Ghi nhầm hộ\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,note,,,Ghi nhầm hộ\r\n\
7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,recorded_at,2022-06-12T09:10:00+07:00,,\
Ghi nhầm hộ\r\n";

fn changes_file(files: &[CsvFile]) -> &str {
    let file = files
        .iter()
        .find(|f| f.name == "register_changes.csv")
        .unwrap();
    std::str::from_utf8(&file.bytes).unwrap()
}

#[test]
fn each_change_is_written_field_by_field_and_an_ended_entry_whole() {
    let files = export_files(&record(), 7, NO_BOM);
    assert_eq!(changes_file(&files), REGISTER_CHANGES_CSV);
}

#[test]
fn the_history_round_trips_byte_for_byte() {
    for options in [BOM, NO_BOM] {
        let files = export_files(&record(), 7, options);
        let back = import_files(&files).unwrap();
        assert_eq!(back, record());
        assert_eq!(export_files(&back, 7, options), files);
    }
}

/// The error of importing the meeting with `from` (exactly once in register_changes.csv)
/// replaced by `to`, in Vietnamese and in English.
fn error_after(from: &str, to: &str) -> (String, String) {
    let mut files = export_files(&record(), 7, NO_BOM);
    let file = files
        .iter_mut()
        .find(|f| f.name == "register_changes.csv")
        .unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from}");
    file.bytes = text.replace(from, to).into_bytes();
    let error = import_files(&files).unwrap_err();
    (
        import_error(Lang::Vi.strings(), &error),
        import_error(Lang::En.strings(), &error),
    )
}

#[test]
fn a_new_value_that_is_not_what_came_after_is_refused_on_its_line() {
    let (vi, en) = error_after(
        "Nguyễn Văn Tam,Nguyễn Văn Tám",
        "Nguyễn Văn Tam,Nguyễn Văn Ba",
    );
    assert_eq!(
        vi,
        "register_changes.csv dòng 3, cột new_value: giá trị mới \"Nguyễn Văn Ba\" khác với \
         \"Nguyễn Văn Tám\" là giá trị mục này có sau lần sửa."
    );
    assert!(
        en.starts_with("register_changes.csv line 3, column new_value:"),
        "{en}"
    );
}

#[test]
fn a_correction_of_a_household_not_in_the_register_is_refused() {
    let (_, en) = error_after("household,,27-010,correct", "household,,27-011,correct");
    assert!(
        en.starts_with("register_changes.csv line 4, column household_no:"),
        "{en}"
    );
    assert!(en.contains("households.csv"), "{en}");
}

#[test]
fn a_pledge_does_not_move_away_nor_a_household_get_removed() {
    let (vi, _) = error_after(
        "7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,removed,frontage_m",
        "7,6,2022-06-12T09:31:00+07:00,pledge,1,27-099,moved_away,frontage_m",
    );
    assert!(vi.starts_with("register_changes.csv dòng 14, cột "), "{vi}");
    // The first row of the change is refused as differing, or its action as not fitting.
    assert!(
        vi.contains("moved_away") || vi.contains("dòng đầu của lần sửa 6"),
        "{vi}"
    );
    let (_, en) = error_after("household,,27-010,correct", "household,1,27-010,correct");
    assert!(
        en.starts_with("register_changes.csv line 4, column item_no:"),
        "{en}"
    );
}

#[test]
fn a_household_moved_away_lists_every_field_once_with_no_new_value() {
    let (vi, en) = error_after(
        "7,4,2022-06-12T08:08:00+07:00,household,,27-099,moved_away,note,,,Đã chuyển về Liên Chiểu\r\n",
        "",
    );
    assert_eq!(
        vi,
        "register_changes.csv dòng 5, cột field: hộ chuyển đi hoặc đăng ký hiến đất bị bỏ ghi \
         mỗi cột đúng một dòng, giá trị mới để trống; cột note không đúng như vậy."
    );
    assert!(en.contains("the field note is not so"), "{en}");
    let (_, en) = error_after("moved_away,members,4,,", "moved_away,members,4,5,");
    assert!(
        en.starts_with("register_changes.csv line 7, column field:"),
        "{en}"
    );
}

#[test]
fn an_old_value_its_own_file_would_refuse_is_refused() {
    let (vi, _) = error_after("moved_away,members,4,,", "moved_away,members,bốn,,");
    assert!(
        vi.starts_with("register_changes.csv dòng 7, cột old_value:"),
        "{vi}"
    );
    let (_, en) = error_after("removed,consent,agreed,,", "removed,consent,maybe,,");
    assert!(
        en.starts_with("register_changes.csv line 18, column old_value:"),
        "{en}"
    );
}

#[test]
fn changes_are_numbered_in_order() {
    let (_, en) = error_after(
        "7,3,2022-06-12T08:07:00+07:00",
        "7,9,2022-06-12T08:07:00+07:00",
    );
    assert!(
        en.starts_with("register_changes.csv line 4, column change_no:"),
        "{en}"
    );
}
