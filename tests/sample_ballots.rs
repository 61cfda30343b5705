//! The second sample consultation (sample-data/kiet-211a-dung-si-thanh-khe): a meeting on
//! widening kiệt 211A Dũng Sĩ Thanh Khê that falls short of quorum, its show of hands without
//! effect, and the household-ballot round over the whole register that decides (SPEC §12).
//!
//! The folder was written once by `write_the_ballot_sample` (ignored: it never runs with the
//! other tests) from the meeting built here through the store; the tests check that the folder
//! is still exactly that meeting, that it imports, exports again byte for byte, keeps its seal
//! and has the numbers its description gives.

mod common;

use std::path::{Path, PathBuf};

use hopdan::domain::{
    BallotChoice, BallotDetails, DecisionRule, Household, HouseholdBallot, Meeting, MeetingId,
    MeetingStatus, Outcome, Speaker, Stance, Standing, VoteCounts, VoteMethod, reporting_deadline,
};
use hopdan::export::{ExportOptions, import_dir, write_export};
use hopdan::store::{Representative, Store, Verification};

use common::{files_in, hopdan, t, temp_db, temp_store};

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/kiet-211a-dung-si-thanh-khe")
}

const ALLEY: &str = "Dũng Sĩ Thanh Khê";

/// The register of tổ dân phố 41: number, house in the alley, head, members, note.
const REGISTER: [(&str, &str, &str, u32, &str); 46] = [
    ("41-001", "1", "Trần Văn Lợi", 5, ""),
    ("41-002", "2", "Nguyễn Thị Bích", 3, ""),
    ("41-003", "3", "Lê Văn Hòa", 4, ""),
    (
        "41-004",
        "4",
        "Phạm Thị Thu",
        2,
        "Người cao tuổi, con đi làm xa",
    ),
    (
        "41-005",
        "5",
        "Võ Thị Lệ",
        4,
        "Nhà đầu kiệt, mặt tiền giáp đường Dũng Sĩ Thanh Khê",
    ),
    ("41-006", "6", "Huỳnh Văn Nam", 6, ""),
    ("41-007", "7", "Lê Văn Sáu", 3, ""),
    ("41-008", "8", "Đặng Thị Mỹ", 5, ""),
    ("41-009", "9", "Ngô Văn Thành", 4, ""),
    (
        "41-010",
        "10",
        "Bùi Thị Hạnh",
        1,
        "Người cao tuổi sống một mình",
    ),
    ("41-011", "11", "Phan Văn Đức", 4, "Tổ trưởng tổ dân phố"),
    ("41-012", "12", "Nguyễn Thị Thanh Hương", 5, ""),
    ("41-013", "13", "Trương Văn Long", 4, ""),
    ("41-014", "14", "Đỗ Thị Hoa", 3, ""),
    ("41-015", "15", "Hồ Văn Tài", 6, ""),
    ("41-016", "15/1", "Lê Thị Kim Chi", 4, "Nhánh K211A/15"),
    ("41-017", "15/2", "Nguyễn Văn Tùng", 5, "Nhánh K211A/15"),
    ("41-018", "16", "Trần Thị Ngọc Ánh", 3, ""),
    ("41-019", "17", "Mai Văn Phước", 4, ""),
    ("41-020", "18", "Trần Quốc Bảo", 5, ""),
    ("41-021", "19", "Châu Thị Liên", 2, ""),
    ("41-022", "20", "Lê Văn Quang", 4, "Tổ phó tổ dân phố"),
    ("41-023", "21", "Phạm Văn Hải", 5, ""),
    ("41-024", "22", "Nguyễn Thị Hồng", 4, ""),
    (
        "41-025",
        "23",
        "Đinh Văn Khánh",
        3,
        "Nhà cho thuê; chủ hộ ở phường An Khê",
    ),
    ("41-026", "24", "Hoàng Thị Lan", 4, ""),
    ("41-027", "25", "Dương Văn Hùng", 6, ""),
    ("41-028", "26", "Nguyễn Thị Kim Oanh", 4, ""),
    ("41-029", "27", "Lương Văn Minh", 3, ""),
    ("41-030", "28", "Tạ Thị Xuân", 5, ""),
    ("41-031", "29", "Phan Thị Ngọc", 2, ""),
    ("41-032", "30", "Nguyễn Văn Dũng", 4, ""),
    ("41-033", "30/1", "Trịnh Văn Sơn", 5, "Nhánh K211A/30"),
    ("41-034", "30/2", "Lê Thị Mai", 3, "Nhánh K211A/30"),
    ("41-035", "30/3", "Võ Văn Tuấn", 4, "Nhánh K211A/30"),
    ("41-036", "31", "Huỳnh Thị Thảo", 4, ""),
    ("41-037", "32", "Cao Văn Lực", 5, ""),
    (
        "41-038",
        "33",
        "Nguyễn Thị Tuyết",
        1,
        "Người cao tuổi sống một mình",
    ),
    ("41-039", "34", "Đoàn Văn Nhân", 4, ""),
    ("41-040", "35", "Trần Thị Thủy", 3, ""),
    (
        "41-041",
        "36",
        "Lê Quang Vinh",
        5,
        "Cả nhà đi làm ăn ở TP. Hồ Chí Minh",
    ),
    ("41-042", "37", "Phạm Thị Hằng", 4, ""),
    ("41-043", "38", "Nguyễn Hữu Phúc", 6, ""),
    ("41-044", "39", "Trần Văn Tư", 3, ""),
    ("41-045", "40", "Hồ Thị Diệu", 4, ""),
    ("41-046", "42", "Nguyễn Văn Toàn", 5, ""),
];

fn register() -> Vec<Household> {
    REGISTER
        .iter()
        .map(|&(no, house, head, members, note)| Household {
            household_no: no.into(),
            address: format!("K211A/{house} {ALLEY}"),
            head_name: head.into(),
            members: Some(members),
            phone: String::new(),
            note: note.into(),
        })
        .collect()
}

/// The households who signed in at the meeting: number, time (hh:mm:ss), representative (empty:
/// the head), standing, note.
const SIGNED_IN: [(&str, &str, &str, Standing, &str); 19] = [
    ("41-011", "19:05:10", "", Standing::Head, ""),
    ("41-028", "19:06:02", "", Standing::Head, ""),
    ("41-022", "19:08:45", "", Standing::Head, ""),
    ("41-007", "19:12:30", "", Standing::Head, ""),
    ("41-012", "19:13:15", "", Standing::Head, ""),
    ("41-020", "19:14:40", "", Standing::Head, ""),
    ("41-005", "19:16:05", "", Standing::Head, ""),
    ("41-001", "19:17:50", "", Standing::Head, ""),
    ("41-023", "19:18:20", "", Standing::Head, ""),
    (
        "41-003",
        "19:19:35",
        "Lê Thị Ngọc Bích",
        Standing::Member,
        "Vợ chủ hộ",
    ),
    ("41-009", "19:21:00", "", Standing::Head, ""),
    ("41-013", "19:22:10", "", Standing::Head, ""),
    (
        "41-017",
        "19:23:30",
        "Nguyễn Thị Huệ",
        Standing::Member,
        "Vợ chủ hộ",
    ),
    ("41-026", "19:24:05", "", Standing::Head, ""),
    (
        "41-030",
        "19:25:40",
        "Đỗ Văn Khải",
        Standing::Member,
        "Con rể chủ hộ",
    ),
    ("41-032", "19:26:15", "", Standing::Head, ""),
    ("41-035", "19:27:50", "", Standing::Head, ""),
    ("41-039", "19:29:05", "", Standing::Head, ""),
    (
        "41-043",
        "19:31:20",
        "Nguyễn Hữu Lộc",
        Standing::Proxy,
        "Được chủ hộ Nguyễn Hữu Phúc ủy quyền (chủ hộ đi công tác)",
    ),
];

/// Who spoke on item 1: name, address, stance, what was said, from and to (hh:mm:ss).
const OPINIONS: [(&str, &str, Stance, &str, &str, &str); 6] = [
    (
        "Lê Văn Sáu",
        "K211A/7 Dũng Sĩ Thanh Khê, tổ 41",
        Stance::Support,
        "Tôi đồng ý mở rộng kiệt lên 3 m. Kiệt hiện chỉ rộng khoảng 2 m, xe máy hai chiều tránh nhau đã khó; tháng 3 vừa rồi nhà K211A/30/2 bị chập điện, xe chữa cháy phải dừng ngoài đường Dũng Sĩ Thanh Khê.",
        "19:48:00",
        "19:49:35",
    ),
    (
        "Nguyễn Thị Thanh Hương",
        "K211A/12 Dũng Sĩ Thanh Khê, tổ 41",
        Stance::Question,
        "Xin hỏi phần tường rào, cổng phải lùi vào thì ai chịu chi phí tháo dỡ và xây lại? Nhà nào lùi nhiều có được hỗ trợ gì không, hay chỉ có vận động?",
        "19:50:10",
        "19:51:40",
    ),
    (
        "Đặng Thị Hồng Nhung",
        "Công chức Địa chính – Xây dựng, UBND phường Thanh Khê Tây",
        Stance::Other,
        "Trả lời ý kiến bà Hương: theo chương trình \"Kiệt hẻm an toàn – văn minh – sạch đẹp\", nhà nước đầu tư mặt đường, cống thoát nước và điện chiếu sáng; phần đất các hộ hiến không được bồi thường.\nPhường hỗ trợ một phần kinh phí xây lại cổng, tường rào theo khối lượng thực tế; tổ dân phố vận động thêm ngày công.",
        "19:52:00",
        "19:55:05",
    ),
    (
        "Võ Thị Lệ",
        "K211A/5 Dũng Sĩ Thanh Khê, tổ 41",
        Stance::Oppose,
        "Nhà tôi ở đầu kiệt, ngang chỉ 3,5 m; lùi thêm 0,5 m thì mất luôn chỗ để xe và bếp. Tôi chưa đồng ý khi chưa biết rõ mức hỗ trợ, đề nghị phường đo đạc cụ thể từng nhà trước.",
        "19:56:20",
        "19:58:10",
    ),
    (
        "Trần Quốc Bảo",
        "K211A/18 Dũng Sĩ Thanh Khê, tổ 41",
        Stance::Other,
        "Đề nghị làm cống thoát nước dọc kiệt rồi mới đổ bê tông, nối ra cống trên đường Dũng Sĩ Thanh Khê. Mưa lớn là cuối kiệt ngập nửa bánh xe, nước chảy ngược vào nhà.",
        "19:59:00",
        "20:00:30",
    ),
    (
        "Phạm Văn Hải",
        "K211A/21 Dũng Sĩ Thanh Khê, tổ 41",
        Stance::Support,
        "Gia đình tôi đồng ý hiến đất, lùi cổng. Tối nay vắng nhiều hộ vì đi làm ca và có hộ cho thuê nhà; đề nghị tổ phát phiếu lấy ý kiến đến từng hộ cho đủ.",
        "20:01:10",
        "20:02:20",
    ),
];

/// The ballots as they came back: number, day (September 2022), hh:mm:ss, choice, who collected
/// it, what the household wrote.
const SECRETARY: &str = "Nguyễn Thị Kim Oanh (Thư ký)";
const HEAD: &str = "Phan Văn Đức (Tổ trưởng)";
const DEPUTY: &str = "Lê Văn Quang (Tổ phó)";

#[rustfmt::skip]
const BALLOTS: [(&str, u32, &str, BallotChoice, &str, &str); 41] = [
    ("41-011", 17, "20:21:10", BallotChoice::For, SECRETARY, ""),
    ("41-028", 17, "20:21:40", BallotChoice::For, SECRETARY, ""),
    ("41-022", 17, "20:22:05", BallotChoice::For, SECRETARY, ""),
    ("41-007", 17, "20:22:30", BallotChoice::For, SECRETARY, ""),
    ("41-012", 17, "20:23:00", BallotChoice::For, SECRETARY, "Đồng ý nếu phường hỗ trợ xây lại cổng, tường rào như đã trả lời tại hội nghị."),
    ("41-020", 17, "20:23:25", BallotChoice::For, SECRETARY, "Đề nghị làm cống thoát nước trước, nối ra đường Dũng Sĩ Thanh Khê."),
    ("41-005", 17, "20:24:10", BallotChoice::Against, SECRETARY, "Nhà đầu kiệt lùi 0,5 m thì mất chỗ để xe; đề nghị đo đạc từng nhà và cho biết mức hỗ trợ trước khi làm."),
    ("41-001", 17, "20:24:40", BallotChoice::For, SECRETARY, ""),
    ("41-023", 17, "20:25:05", BallotChoice::For, SECRETARY, ""),
    ("41-003", 17, "20:25:30", BallotChoice::For, SECRETARY, ""),
    ("41-009", 17, "20:26:00", BallotChoice::For, SECRETARY, ""),
    ("41-013", 17, "20:26:20", BallotChoice::For, SECRETARY, ""),
    ("41-017", 17, "20:26:45", BallotChoice::For, SECRETARY, ""),
    ("41-026", 17, "20:27:10", BallotChoice::For, SECRETARY, ""),
    ("41-030", 17, "20:27:40", BallotChoice::Abstain, SECRETARY, "Chủ hộ vắng, con rể không quyết được; gia đình theo ý kiến chung của tổ."),
    ("41-032", 17, "20:28:05", BallotChoice::For, SECRETARY, ""),
    ("41-035", 17, "20:28:30", BallotChoice::For, SECRETARY, ""),
    ("41-039", 17, "20:29:00", BallotChoice::For, SECRETARY, ""),
    ("41-002", 18, "07:35:00", BallotChoice::For, HEAD, ""),
    ("41-004", 18, "07:48:20", BallotChoice::For, HEAD, "Con tôi ở xa đã đồng ý qua điện thoại."),
    ("41-006", 18, "08:02:15", BallotChoice::For, HEAD, ""),
    ("41-008", 18, "08:15:40", BallotChoice::For, HEAD, ""),
    ("41-010", 18, "08:30:05", BallotChoice::Abstain, HEAD, "Tôi già yếu, việc chung bà con quyết thì tôi theo."),
    ("41-014", 18, "08:51:30", BallotChoice::For, HEAD, ""),
    ("41-015", 18, "09:10:45", BallotChoice::For, HEAD, ""),
    ("41-016", 18, "09:25:00", BallotChoice::Against, HEAD, "Nhà ở nhánh K211A/15, nhánh không được mở rộng mà vẫn phải góp ngày công."),
    ("41-043", 18, "09:40:10", BallotChoice::For, HEAD, "Chủ hộ Nguyễn Hữu Phúc đã đồng ý qua điện thoại, con trai ký thay theo ủy quyền."),
    ("41-018", 18, "15:05:30", BallotChoice::For, DEPUTY, ""),
    ("41-019", 18, "15:20:00", BallotChoice::For, DEPUTY, ""),
    ("41-021", 18, "15:42:15", BallotChoice::For, DEPUTY, ""),
    ("41-024", 18, "16:00:40", BallotChoice::For, DEPUTY, ""),
    ("41-027", 18, "16:18:00", BallotChoice::For, DEPUTY, "Gia đình sẵn sàng hiến 0,5 m đất mặt tiền, đề nghị làm sớm trước mùa mưa."),
    ("41-029", 18, "16:35:25", BallotChoice::Abstain, DEPUTY, ""),
    ("41-031", 18, "17:02:50", BallotChoice::For, DEPUTY, ""),
    ("41-034", 18, "17:20:10", BallotChoice::For, DEPUTY, ""),
    ("41-036", 18, "17:41:35", BallotChoice::For, DEPUTY, ""),
    ("41-037", 19, "17:35:00", BallotChoice::For, HEAD, ""),
    ("41-040", 19, "17:52:20", BallotChoice::Against, HEAD, ""),
    ("41-042", 19, "18:10:45", BallotChoice::For, DEPUTY, ""),
    ("41-045", 19, "18:31:05", BallotChoice::For, DEPUTY, ""),
    ("41-046", 19, "19:02:30", BallotChoice::For, DEPUTY, ""),
];

fn at(day: u32, hms: &str) -> chrono::DateTime<chrono::FixedOffset> {
    t(&format!("2022-09-{day:02}T{hms}+07:00"))
}

fn ballot(
    no: &str,
    day: u32,
    hms: &str,
    choice: BallotChoice,
    by: &str,
    opinion: &str,
) -> HouseholdBallot {
    HouseholdBallot {
        household_no: no.into(),
        choice,
        received_at: at(day, hms),
        collected_by: by.into(),
        opinion: opinion.into(),
    }
}

/// The consultation, built as the secretary would have entered it, closed.
fn build(store: &mut Store) -> MeetingId {
    let id = store
        .create_meeting(&Meeting {
            title: "Về việc nâng cấp, mở rộng kiệt 211A Dũng Sĩ Thanh Khê (chương trình \"Kiệt hẻm an toàn – văn minh – sạch đẹp\")".into(),
            ward: "Phường Thanh Khê Tây, quận Thanh Khê, thành phố Đà Nẵng".into(),
            residential_group: "Tổ dân phố 41".into(),
            location: "Nhà ông Phan Văn Đức, K211A/11 Dũng Sĩ Thanh Khê".into(),
            started_at: at(17, "19:30:00"),
            ended_at: None,
            chair: "Phan Văn Đức".into(),
            chair_title: "Tổ trưởng tổ dân phố 41".into(),
            secretary: "Nguyễn Thị Kim Oanh".into(),
            households_total: 46,
            households_present: 0,
            status: MeetingStatus::Open,
        })
        .unwrap();
    store.set_register(id, &register()).unwrap();
    store
        .add_agenda_item(
            id,
            "Nâng cấp, mở rộng kiệt 211A Dũng Sĩ Thanh Khê lên 3 m",
            "Mở rộng lòng kiệt từ 1,9–2,3 m hiện nay lên 3 m trên toàn tuyến dài khoảng 135 m, từ đường Dũng Sĩ Thanh Khê vào đến nhà K211A/42; các hộ hai bên lùi cổng, tường rào và hiến phần đất trong chỉ giới mở rộng, không nhận bồi thường về đất.\nĐổ lại mặt đường bê tông, làm cống thoát nước dọc kiệt nối ra đường Dũng Sĩ Thanh Khê và lắp đèn chiếu sáng.",
            DecisionRule::default(),
        )
        .unwrap();
    for (name, role) in [
        (
            "Đặng Thị Hồng Nhung",
            "Công chức Địa chính – Xây dựng, UBND phường Thanh Khê Tây",
        ),
        (
            "Trương Công Hiếu",
            "Trưởng Ban công tác Mặt trận tổ dân phố 41",
        ),
    ] {
        store.add_guest(id, name, role).unwrap();
    }
    for (no, hms, name, standing, note) in SIGNED_IN {
        let representative = Representative {
            name: name.into(),
            standing,
            note: note.into(),
        };
        store.sign_in(id, no, &representative, at(17, hms)).unwrap();
    }
    for (name, address, stance, text, from, to) in OPINIONS {
        let speaker = Speaker {
            name: name.into(),
            address: address.into(),
        };
        let queued = store.enqueue(id, &speaker, at(17, from)).unwrap();
        store
            .give_floor(id, queued.queue_id, 1, at(17, from))
            .unwrap();
        store
            .save_opinion_from_floor(id, stance, text, at(17, to))
            .unwrap();
    }
    // 19 of 46 households: no quorum, whatever the hands.
    let hands = store
        .add_vote(
            id,
            1,
            VoteCounts {
                households_total: 46,
                households_present: 19,
                votes_for: 15,
                votes_against: 2,
                votes_abstain: 2,
            },
            DecisionRule::default(),
            at(17, "20:10:00"),
        )
        .unwrap();
    assert_eq!(hands.outcome(), Outcome::NoQuorum);
    // A ballot to every household of the register: those present fill theirs in at once.
    let round = store
        .open_ballot_round(id, 1, None, at(17, "20:18:00"))
        .unwrap();
    for (no, day, hms, choice, by, opinion) in BALLOTS {
        store
            .add_household_ballot(
                id,
                1,
                round.vote_no,
                &ballot(no, day, hms, choice, by, opinion),
            )
            .unwrap();
    }
    // The tổ phó entered K211A/31's ballot as for; the sheet says against.
    store
        .correct_household_ballot(
            id,
            1,
            round.vote_no,
            &ballot("41-036", 18, "17:41:35", BallotChoice::Against, DEPUTY, ""),
            at(18, "20:15:00"),
            "Nhập nhầm ô: phiếu gốc của hộ K211A/31 đánh dấu \"Không tán thành\"; đã đối chiếu lại cùng tổ trưởng",
        )
        .unwrap();
    store
        .count_ballot_round(id, 1, round.vote_no, at(19, "20:00:00"))
        .unwrap();
    store
        .set_conclusion(
            id,
            1,
            "Hội nghị có 19/46 hộ tham dự, không đủ trên 50% tổng số hộ; kết quả biểu quyết giơ tay (15 hộ tán thành) không có giá trị quyết định.\nTổ dân phố phát phiếu lấy ý kiến đến 46/46 hộ từ tối 17/9 đến 19/9/2022, thu về 41 phiếu: 34 hộ tán thành (73,9% tổng số hộ), 4 hộ không tán thành, 3 hộ ý kiến khác; 5 hộ không gửi lại phiếu. Nội dung được thông qua.\nĐề nghị phường đo đạc, cắm mốc chỉ giới từng nhà, công bố mức hỗ trợ xây lại cổng, tường rào và làm cống thoát nước trước khi đổ bê tông mặt đường. Kết quả được báo cáo UBND phường và Ban Thường trực Ủy ban MTTQ Việt Nam phường chậm nhất ngày 26/9/2022.",
        )
        .unwrap();
    store.close_meeting(id, at(17, "20:40:00")).unwrap();
    id
}

/// Writes the sample folder again from [`build`]: run once by hand
/// (`cargo test --test sample_ballots -- --ignored`), never with the other tests.
#[test]
#[ignore]
fn write_the_ballot_sample() {
    let (_dir, db) = temp_db();
    build(&mut Store::open(&db).unwrap());
    hopdan(&db)
        .args(["export", "--meeting", "1", "--out"])
        .arg(sample_dir())
        .assert()
        .success();
}

/// The folder's files, by name, with their bytes.
fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files_in(dir)
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            (name, bytes)
        })
        .collect()
}

#[test]
fn the_folder_is_the_meeting_as_the_store_exports_it() {
    let (dir, mut store) = temp_store();
    let id = build(&mut store);
    let (record, fingerprint) = store.checked_record(id).unwrap();
    assert!(fingerprint.is_some());
    let out = dir.path().join("out");
    write_export(&record, id, ExportOptions { bom: true }, &[], &out).unwrap();
    let expected = files_of(&sample_dir());
    assert_eq!(expected.len(), 17, "{:?}", files_in(&sample_dir()));
    for ((name, bytes), (written, again)) in expected.iter().zip(files_of(&out)) {
        assert_eq!(*name, written);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{name}: a BOM");
        assert!(bytes.ends_with(b"\r\n"), "{name}: CRLF");
        assert!(
            *bytes == again,
            "{name} is no longer what the store exports:\n{}",
            String::from_utf8_lossy(&again)
        );
    }
}

#[test]
fn the_folder_imports_keeps_its_seal_and_exports_again_byte_for_byte() {
    let (dir, db) = temp_db();
    let imported = hopdan(&db)
        .arg("import")
        .arg(sample_dir())
        .assert()
        .success();
    let id = String::from_utf8(imported.get_output().stdout.clone()).unwrap();
    assert!(id.contains('1'), "{id}");
    hopdan(&db)
        .args(["verify", "--meeting", "1"])
        .assert()
        .success();
    let store = Store::open(&db).unwrap();
    assert!(matches!(
        store.verify_meeting(1).unwrap(),
        Verification::Intact { .. }
    ));
    drop(store);
    let out = dir.path().join("again");
    hopdan(&db)
        .args(["export", "--meeting", "1", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(files_of(&out), files_of(&sample_dir()));
}

#[test]
fn the_sample_has_the_numbers_it_is_described_with() {
    let record = import_dir(&sample_dir()).unwrap();
    let meeting = &record.meeting;
    assert_eq!(meeting.status, MeetingStatus::Closed);
    assert_eq!(
        (meeting.households_total, meeting.households_present),
        (46, 19)
    );
    assert_eq!(record.households.len(), 46);
    assert_eq!(record.attendance.len(), 19);
    assert_eq!(meeting.started_at, at(17, "19:30:00"));
    assert_eq!(meeting.ended_at, Some(at(17, "20:40:00")));
    assert_eq!(record.agenda.len(), 1);
    assert_eq!(record.opinions.len(), 6);
    assert_eq!(record.guests.len(), 2);

    // The show of hands: 15 / 2 / 2 of 19 present, without quorum.
    let [hands, round] = &record.votes[..] else {
        panic!("{:?}", record.votes)
    };
    assert_eq!(hands.method, VoteMethod::Hands);
    assert_eq!(
        (
            hands.counts.households_present,
            hands.counts.votes_for,
            hands.counts.votes_against,
            hands.counts.votes_abstain
        ),
        (19, 15, 2, 2)
    );
    assert_eq!(hands.outcome(), Outcome::NoQuorum);

    // The round: 41 of 46 ballots back, 34 / 4 / 3, passed on all households.
    assert_eq!(round.method, VoteMethod::HouseholdBallot);
    assert_eq!(round.voted_at, at(17, "20:18:00"));
    assert_eq!(
        (
            round.counts.households_total,
            round.counts.households_present,
            round.counts.votes_for,
            round.counts.votes_against,
            round.counts.votes_abstain
        ),
        (46, 41, 34, 4, 3)
    );
    assert_eq!(round.outcome(), Outcome::Passed);
    let ballots = &record.ballots;
    let Some(BallotDetails::HouseholdRound {
        counted_at: Some(counted_at),
    }) = ballots.details(1, 2)
    else {
        panic!("{ballots:?}")
    };
    assert_eq!(*counted_at, at(19, "20:00:00"));
    assert_eq!(
        reporting_deadline(counted_at.date_naive()),
        chrono::NaiveDate::from_ymd_opt(2022, 9, 26).unwrap()
    );
    let returned: Vec<_> = ballots.ballots_of(1, 2).collect();
    assert_eq!(returned.len(), 41);
    let never: Vec<&str> = record
        .households
        .iter()
        .map(|h| h.household_no.as_str())
        .filter(|no| !returned.iter().any(|b| b.household_no == *no))
        .collect();
    assert_eq!(never, ["41-025", "41-033", "41-038", "41-041", "41-044"]);
    let by_day = |day: u32| {
        returned
            .iter()
            .filter(|b| b.received_at.date_naive().to_string() == format!("2022-09-{day}"))
            .count()
    };
    assert_eq!((by_day(17), by_day(18), by_day(19)), (18, 18, 5));
    let collected = |by: &str| returned.iter().filter(|b| b.collected_by == by).count();
    assert_eq!(
        (collected(SECRETARY), collected(HEAD), collected(DEPUTY)),
        (18, 11, 12)
    );
    assert_eq!(returned.iter().filter(|b| !b.opinion.is_empty()).count(), 9);
    // Every household present at the meeting received a ballot there but the proxy's.
    for signed in &record.attendance {
        let ballot = returned
            .iter()
            .find(|b| b.household_no == signed.household_no)
            .unwrap();
        assert_eq!(
            ballot.collected_by == SECRETARY,
            signed.household_no != "41-043",
            "{ballot:?}"
        );
    }
    // One correction: K211A/31's ballot entered as for, against on the sheet.
    let [correction] = &ballots.corrections[..] else {
        panic!("{:?}", ballots.corrections)
    };
    assert_eq!(correction.was.household_no, "41-036");
    assert_eq!(correction.was.choice, BallotChoice::For);
    assert_eq!(correction.corrected_at, at(18, "20:15:00"));
    let now = returned
        .iter()
        .find(|b| b.household_no == "41-036")
        .unwrap();
    assert_eq!(now.choice, BallotChoice::Against);
    // The conclusion says the same numbers.
    let conclusion = &record.conclusions[0].text;
    for words in [
        "19/46 hộ",
        "41 phiếu",
        "34 hộ tán thành (73,9% tổng số hộ)",
        "4 hộ không tán thành",
        "3 hộ ý kiến khác",
        "5 hộ không gửi lại phiếu",
        "26/9/2022",
    ] {
        assert!(conclusion.contains(words), "{words}: {conclusion}");
    }
}
