//! The minutes of a meeting held with a register (SPEC §9–§11): the households are counted from
//! the register and the sign-in list, the lists of the households present and of the land
//! pledges are attached, and each item that takes pledges says how many agreed. Compared with
//! their snapshots (`tests/snapshots/minutes_register__*`).

use chrono::{DateTime, FixedOffset};

use hopdan::documents::render_minutes;
use hopdan::domain::{
    AgendaItem, Attendance, Consent, DecisionRule, Household, Measure, Meeting, MeetingRecord,
    MeetingStatus, Opinion, Pledge, Speaker, Stance, Standing, Threshold, Vote, VoteBase,
    VoteCounts, parse_time,
};
use hopdan::i18n::Lang;

fn t(hms: &str) -> DateTime<FixedOffset> {
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

fn signed_in(no: &str, name: &str, standing: Standing, arrived: &str) -> Attendance {
    Attendance {
        household_no: no.into(),
        representative_name: name.into(),
        standing,
        arrived_at: t(arrived),
        left_at: None,
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
        structures: "Cổng, tường rào".into(),
        consent,
        note: String::new(),
        recorded_at: t("09:30:00"),
    }
}

fn vote(item_no: u32, present: u32, [f, a, b]: [u32; 3], at: &str) -> Vote {
    Vote {
        item_no,
        vote_no: 1,
        voted_at: t(at),
        counts: VoteCounts {
            households_total: 6,
            households_present: present,
            votes_for: f,
            votes_against: a,
            votes_abstain: b,
        },
        rule: DecisionRule {
            base: VoteBase::AllHouseholds,
            threshold: Threshold::MoreThanHalf,
        },
        corrections: 0,
        method: hopdan::domain::VoteMethod::Hands,
    }
}

/// A closed meeting of a group of six households: five signed in (one by a member, one by
/// proxy); one stepped out after the first vote and came back before the second, another
/// left before the second; item 2 takes pledges from four households, one of each consent
/// and a second that agrees.
fn record() -> MeetingRecord {
    let households = vec![
        household("27-001", "K19/1 Phú Lộc 10", "Lê Thị Sáu"),
        household("27-002", "K19/2 Phú Lộc 10", "Nguyễn Văn Tám"),
        household("27-003", "K19/3 Phú Lộc 10", "Trần Thị Lan"),
        household("27-004", "K19/4 Phú Lộc 10", "Đặng Văn Lợi"),
        household("27-005", "K19/5 Phú Lộc 10", "Phạm Văn Bình"),
        household("27-006", "K19/6 Phú Lộc 10", "Võ Thị Hoa"),
    ];
    let mut member = signed_in("27-003", "Trần Văn Nam", Standing::Member, "07:52:10");
    member.note = "Con trai chủ hộ".into();
    let mut proxy = signed_in("27-005", "Huỳnh Thị Mai", Standing::Proxy, "07:55:00");
    proxy.note = "Được ông Phạm Văn Bình ủy quyền".into();
    let mut left = signed_in("27-004", "Đặng Văn Lợi", Standing::Head, "07:58:30");
    left.left_at = Some(t("09:40:00"));
    let mut stepped_out = signed_in("27-002", "Nguyễn Văn Tám", Standing::Head, "07:50:00");
    stepped_out.left_at = Some(t("09:00:00"));
    let attendance = vec![
        stepped_out,
        member,
        proxy,
        left,
        signed_in("27-001", "Lê Thị Sáu", Standing::Head, "08:01:00"),
        signed_in("27-002", "Nguyễn Văn Tám", Standing::Head, "09:30:00"),
    ];
    let mut refused = pledge("27-004", "4", "0,6", Consent::Refused);
    refused.structures = "Cổng, tường rào, mặt tiền nhà".into();
    refused.note = "Đề nghị đoạn đầu kiệt giữ 2,5 m".into();
    let mut undecided = pledge("27-003", "5,25", "0,45", Consent::Undecided);
    undecided.note = "Chờ ý kiến các con".into();
    let pledges = vec![
        pledge("27-001", "6,5", "0,5", Consent::Agreed),
        pledge("27-002", "5", "0,55", Consent::Agreed),
        undecided,
        refused,
    ];
    MeetingRecord {
        meeting: Meeting {
            title: "Về việc mở rộng kiệt 19 Phú Lộc 10.".into(),
            ward: "Phường Thanh Khê Tây, quận Thanh Khê".into(),
            residential_group: "Tổ dân phố 27".into(),
            location: "Nhà văn hóa tổ 27".into(),
            started_at: t("08:00:00"),
            ended_at: Some(t("10:00:00")),
            chair: "Nguyễn Văn Hùng".into(),
            chair_title: "Tổ trưởng".into(),
            secretary: "Trần Thị Thu Hà".into(),
            households_total: 6,
            households_present: 4,
            status: MeetingStatus::Closed,
        },
        agenda: vec![
            AgendaItem {
                item_no: 1,
                title: "Mở rộng kiệt lên 3 m".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            },
            AgendaItem {
                item_no: 2,
                title: "Các hộ lùi cổng, tường rào và hiến đất".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: true,
            },
        ],
        opinions: vec![Opinion {
            item_no: 2,
            turn_no: 1,
            speaker: Speaker {
                name: "Đặng Văn Lợi".into(),
                address: "K19/4 Phú Lộc 10".into(),
            },
            stance: Stance::Oppose,
            text: "Nhà tôi lùi 0,6 m thì phải đập cả mặt tiền.".into(),
            started_at: t("09:10:00"),
            duration_s: 60,
        }],
        votes: vec![
            vote(1, 5, [4, 1, 0], "08:58:30"),
            vote(2, 4, [3, 1, 0], "09:45:00"),
        ],
        guests: vec![],
        conclusions: vec![],
        corrections: vec![],
        households,
        attendance,
        pledges,
        register_changes: Vec::new(),
        options: Vec::new(),
        option_votes: Vec::new(),
        ballots: Default::default(),
    }
}

#[test]
fn the_minutes_with_a_register_match_their_snapshots_in_both_languages() {
    let record = record();
    for lang in [Lang::Vi, Lang::En] {
        let minutes = render_minutes(&record, lang.strings(), None);
        insta::assert_snapshot!(format!("minutes_register.{lang}.md"), minutes.markdown);
        insta::assert_snapshot!(format!("minutes_register.{lang}.html"), minutes.html);
    }
}

#[test]
fn the_households_are_counted_from_the_register_and_the_sign_in_list() {
    let mut record = record();
    // What was typed by hand is not what the minutes say: the lists are.
    record.meeting.households_total = 55;
    record.meeting.households_present = 42;
    let vi = render_minutes(&record, Lang::Vi.strings(), None).markdown;
    for needed in [
        "- Tổng số hộ gia đình của Tổ dân phố 27: 6 hộ.",
        "- Số hộ gia đình có đại diện tham dự: 5 hộ (có danh sách kèm theo), bằng 83,3% tổng số \
         hộ gia đình.",
        "- Số hộ gia đình không có đại diện tham dự: 1 hộ.",
        "- Số hộ gia đình có đại diện ra về trước khi kết thúc cuộc họp: 1 hộ",
        "## DANH SÁCH HỘ GIA ĐÌNH DỰ HỌP",
        "*(Kèm theo Biên bản cuộc họp của cộng đồng dân cư ngày 12 tháng 6 năm 2022)*",
        // In the register's order, not by arrival.
        "| 1 | 27-001 – K19/1 Phú Lộc 10 | Lê Thị Sáu | Chủ hộ |  |\n\
         | 2 | 27-002 – K19/2 Phú Lộc 10 | Nguyễn Văn Tám | Chủ hộ, ra về lúc 09 giờ 00 phút, \
         vào lại lúc 09 giờ 30 phút |  |\n\
         | 3 | 27-003 – K19/3 Phú Lộc 10 | Trần Văn Nam | Thành viên được hộ cử (Con trai chủ hộ) |  |",
        "| Người được ủy quyền (Được ông Phạm Văn Bình ủy quyền) |",
        "| Đặng Văn Lợi | Chủ hộ, ra về lúc 09 giờ 40 phút |",
        "## DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ HIẾN ĐẤT",
        "*Nội dung 2: Các hộ lùi cổng, tường rào và hiến đất*",
        "| 1 | 27-001 – K19/1 Phú Lộc 10 | Lê Thị Sáu | 6,5 | 0,5 | 3,25 | Cổng, tường rào | Đồng ý hiến |  |",
        "| 5,25 | 0,45 | 2,36 | Cổng, tường rào | Chưa đồng ý (Chờ ý kiến các con) |  |",
        "| 4 | 0,6 | 2,4 | Cổng, tường rào, mặt tiền nhà | Không đồng ý (Đề nghị đoạn đầu kiệt giữ 2,5 m) |",
        "- Tổng số hộ có đất trong chỉ giới mở rộng: 4 hộ; đồng ý hiến: 2 hộ (50,0%); chưa đồng \
         ý: 1 hộ; không đồng ý: 1 hộ.\n- Tổng diện tích các hộ đồng ý hiến: 6 m².",
        "Số hộ đồng ý hiến đất: 2/4 hộ (50,0%), diện tích 6 m² (có danh sách kèm theo).",
    ] {
        assert!(vi.contains(needed), "{needed}\n{vi}");
    }
    // The pledges are said under their item, after its vote and before the conclusion.
    let item2 = vi.find("### 2.").unwrap();
    let said = vi.find("Số hộ đồng ý hiến đất").unwrap();
    let conclusion = vi[item2..].find("#### c)").unwrap() + item2;
    let vote = vi[item2..].find("Biểu quyết giơ tay lần 1").unwrap() + item2;
    assert!(vote < said && said < conclusion);
    // Item 1 takes no pledges: no line.
    assert_eq!(vi.matches("Số hộ đồng ý hiến đất").count(), 1);

    let en = render_minutes(&record, Lang::En.strings(), None);
    for needed in [
        "Households represented: 5 (list attached), 83.3% of all households.",
        "HOUSEHOLDS PRESENT AT THE MEETING",
        "Member nominated by the household (Con trai chủ hộ)",
        "Authorised proxy (Được ông Phạm Văn Bình ủy quyền)",
        "Head of household, left at 09:40",
        "| Nguyễn Văn Tám | Head of household, left at 09:00, came back at 09:30 |",
        "HOUSEHOLDS PLEDGING LAND",
        "| 6.5 | 0.5 | 3.25 |",
        "Households agreeing to give land: 2/4 (50.0%), 6 m² (list attached).",
        "Total area the households agree to give: 6 m².",
    ] {
        assert!(en.markdown.contains(needed), "{needed}\n{}", en.markdown);
        assert!(
            en.html.contains(&needed.replace('|', "")) || needed.starts_with('|'),
            "{needed}"
        );
    }
    assert!(en.html.contains("<section class=\"appendix\">"));
    assert!(en.html.contains("<td class=\"number\">3.25</td>"));
}

#[test]
fn an_item_without_the_flag_or_without_pledges_has_no_list() {
    let mut record = record();
    record.agenda[1].takes_pledges = false;
    let md = render_minutes(&record, Lang::Vi.strings(), None).markdown;
    assert!(md.contains("DANH SÁCH HỘ GIA ĐÌNH DỰ HỌP"));
    assert!(!md.contains("HIẾN ĐẤT"));
    assert!(!md.contains("Số hộ đồng ý hiến đất"));
    record.agenda[1].takes_pledges = true;
    record.pledges.clear();
    let md = render_minutes(&record, Lang::Vi.strings(), None).markdown;
    assert!(!md.contains("HIẾN ĐẤT"));
    // Nobody left: no line about leaving.
    record.attendance.retain(|a| a.arrived_at != t("09:30:00"));
    record.attendance.iter_mut().for_each(|a| a.left_at = None);
    let md = render_minutes(&record, Lang::Vi.strings(), None).markdown;
    assert!(!md.contains("ra về"));
}

#[test]
fn a_household_that_came_back_is_one_row_of_the_list_and_one_household_present() {
    let mut record = record();
    let minutes = render_minutes(&record, Lang::Vi.strings(), None);
    let list = |text: &str| {
        let from = text.find("DỰ HỌP").unwrap();
        let to = text[from..].find("HIẾN ĐẤT").unwrap() + from;
        text[from..to].to_owned()
    };
    // Five households signed in, one of them twice: five rows, numbered 1 to 5.
    let md = list(&minutes.markdown);
    assert_eq!(md.matches("27-002 –").count(), 1, "{md}");
    assert!(md.contains("| 5 | 27-005 –"), "{md}");
    assert!(!md.contains("| 6 |"), "{md}");
    let html = list(&minutes.html);
    assert_eq!(html.matches("<td>27-002 – ").count(), 1, "{html}");
    assert_eq!(
        html.matches("<tr><td class=\"number\">").count(),
        5,
        "{html}"
    );
    assert!(
        minutes
            .markdown
            .contains("- Số hộ gia đình có đại diện tham dự: 5 hộ")
    );

    // Another came back for the household: both are named, each with its standing in turn.
    let again = record
        .attendance
        .iter_mut()
        .find(|a| a.arrived_at == t("09:30:00"))
        .unwrap();
    again.representative_name = "Nguyễn Thị Hường".into();
    again.standing = Standing::Member;
    again.note = "Vợ chủ hộ".into();
    let row = "| 2 | 27-002 – K19/2 Phú Lộc 10 | Nguyễn Văn Tám; Nguyễn Thị Hường | Chủ hộ, ra \
               về lúc 09 giờ 00 phút; Thành viên được hộ cử (Vợ chủ hộ), vào lại lúc 09 giờ 30 \
               phút |  |";
    let vi = render_minutes(&record, Lang::Vi.strings(), None);
    assert!(vi.markdown.contains(row), "{}", vi.markdown);
    assert!(vi.html.contains(
        "<td>Nguyễn Văn Tám; Nguyễn Thị Hường</td><td>Chủ hộ, ra về lúc 09 giờ 00 phút; \
         Thành viên được hộ cử (Vợ chủ hộ), vào lại lúc 09 giờ 30 phút</td>"
    ));
    let en = render_minutes(&record, Lang::En.strings(), None).markdown;
    assert!(en.contains(
        "| Nguyễn Văn Tám; Nguyễn Thị Hường | Head of household, left at 09:00; Member \
         nominated by the household (Vợ chủ hộ), came back at 09:30 |"
    ));
}

#[test]
fn without_a_register_there_is_no_list_and_the_typed_numbers_count() {
    let mut record = record();
    record.households.clear();
    record.meeting.households_total = 55;
    record.meeting.households_present = 42;
    for lang in [Lang::Vi, Lang::En] {
        let minutes = render_minutes(&record, lang.strings(), None);
        assert!(!minutes.html.contains("appendix"));
        assert!(!minutes.markdown.contains("DANH SÁCH"));
        assert!(!minutes.markdown.contains("HOUSEHOLDS PRESENT"));
    }
    let md = render_minutes(&record, Lang::Vi.strings(), None).markdown;
    assert!(md.contains("- Số hộ gia đình có đại diện tham dự: 42 hộ, bằng 76,4% tổng số hộ"));
    assert!(!md.contains("kèm theo"));
}
