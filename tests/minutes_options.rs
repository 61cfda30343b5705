//! The minutes of an item with several options (SPEC §15): the options listed where the item
//! is presented, a table of the hands for each option in each vote with their shares, the rule,
//! and what the vote decided in words; a first vote that adopts nothing calls a run-off, which
//! is its own vote with its own table. A yes/no item beside it keeps its words. Compared with
//! their snapshots (`tests/snapshots/minutes_options__*`).

use chrono::{DateTime, FixedOffset};

use hopdan::documents::render_minutes;
use hopdan::domain::{
    AgendaItem, Correction, DecisionRule, EntryKey, ItemOption, Meeting, MeetingRecord,
    MeetingStatus, Opinion, OptionCounts, OptionVote, Speaker, Stance, Vote, parse_time,
};
use hopdan::i18n::Lang;

fn t(hms: &str) -> DateTime<FixedOffset> {
    parse_time(&format!("2022-06-12T{hms}+07:00")).unwrap()
}

fn option(option_no: u32, title: &str, description: &str) -> ItemOption {
    ItemOption {
        item_no: 1,
        option_no,
        title: title.into(),
        description: description.into(),
    }
}

/// A vote of item 1 on `options` (option_no, votes), its votes.csv columns as the domain keeps
/// them, and the hands for each option.
fn options_vote(
    vote_no: u32,
    at: &str,
    options: &[(u32, u32)],
    abstain: u32,
) -> (Vote, Vec<OptionVote>) {
    let counts = OptionCounts {
        households_total: 55,
        households_present: 45,
        options: options.to_vec(),
        abstain,
    };
    let vote = Vote {
        item_no: 1,
        vote_no,
        voted_at: t(at),
        counts: counts.as_vote_counts(),
        rule: DecisionRule::default(),
        corrections: 0,
        method: hopdan::domain::VoteMethod::Hands,
    };
    let hands = options
        .iter()
        .map(|&(option_no, votes)| OptionVote {
            item_no: 1,
            vote_no,
            option_no,
            votes,
        })
        .collect();
    (vote, hands)
}

/// A closed meeting of 55 households, 45 present. Item 1 offers three widths; its first vote
/// adopts none (20, 18 and 4 of 55), so the second is a run-off between options 1 and 2, which
/// adopts option 2 with 30 of 55. Item 2 is a yes/no question.
fn record() -> MeetingRecord {
    let (first, mut hands) = options_vote(1, "09:00:00", &[(1, 20), (2, 18), (3, 4)], 2);
    let (run_off, run_off_hands) = options_vote(2, "09:20:00", &[(1, 13), (2, 30)], 1);
    hands.extend(run_off_hands);
    let mut yes_no = first.clone();
    yes_no.item_no = 2;
    yes_no.vote_no = 1;
    yes_no.voted_at = t("09:40:00");
    yes_no.counts.votes_for = 40;
    yes_no.counts.votes_against = 3;
    yes_no.counts.votes_abstain = 2;
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
            households_total: 55,
            households_present: 45,
            status: MeetingStatus::Closed,
        },
        agenda: vec![
            AgendaItem {
                item_no: 1,
                title: "Chiều rộng mở rộng kiệt".into(),
                description: "Lựa chọn chiều rộng mặt kiệt sau khi mở rộng.".into(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            },
            AgendaItem {
                item_no: 2,
                title: "Đóng góp kinh phí làm cống thoát nước".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            },
        ],
        opinions: vec![Opinion {
            item_no: 1,
            turn_no: 1,
            speaker: Speaker {
                name: "Đặng Văn Lợi".into(),
                address: "K19/4 Phú Lộc 10".into(),
            },
            stance: Stance::Other,
            text: "Đề nghị đoạn đầu kiệt chỉ mở 2,5 m để các nhà mặt tiền không phải đập nhà."
                .into(),
            started_at: t("08:30:00"),
            duration_s: 90,
        }],
        votes: vec![first, run_off, yes_no],
        guests: vec![],
        conclusions: vec![],
        corrections: vec![],
        households: Vec::new(),
        attendance: Vec::new(),
        pledges: Vec::new(),
        register_changes: Vec::new(),
        options: vec![
            option(1, "3 m toàn tuyến", "Mở rộng toàn bộ kiệt lên 3 m."),
            option(
                2,
                "2,5 m đoạn đầu kiệt, 3 m đoạn còn lại",
                "Đoạn từ đường Phú Lộc 10 đến nhà số 12 rộng 2,5 m.",
            ),
            option(3, "Giữ nguyên", ""),
        ],
        option_votes: hands,
        ballots: Default::default(),
    }
}

#[test]
fn the_minutes_of_an_options_item_match_their_snapshots_in_both_languages() {
    let record = record();
    for lang in [Lang::Vi, Lang::En] {
        let minutes = render_minutes(&record, lang.strings(), None);
        insta::assert_snapshot!(format!("minutes_options.{lang}.md"), minutes.markdown);
        insta::assert_snapshot!(format!("minutes_options.{lang}.html"), minutes.html);
    }
}

/// `text` with the Markdown of a table row and of emphasis taken out, as the HTML says it.
fn in_html(html: &str, needed: &str) -> bool {
    let cells: Vec<&str> = needed
        .trim_matches('|')
        .split(" | ")
        .map(str::trim)
        .collect();
    if needed.starts_with('|') {
        html.contains(&format!("<td>{}</td>", cells.join("</td><td>")))
    } else {
        html.contains(&needed.replace("**", ""))
    }
}

#[test]
fn the_options_their_hands_and_what_each_vote_decided_are_said() {
    let record = record();
    let vi = render_minutes(&record, Lang::Vi.strings(), None);
    for needed in [
        "Các phương án đưa ra lấy ý kiến:",
        "Phương án 1: 3 m toàn tuyến",
        "Phương án 3: Giữ nguyên",
        "Biểu quyết giơ tay lần 1, lúc 09 giờ 00 phút: 45 trên 55 hộ gia đình có đại diện \
         tham dự.",
        "| Phương án 1: 3 m toàn tuyến | 20 | 36,4% | 44,4% |",
        "| Phương án 2: 2,5 m đoạn đầu kiệt, 3 m đoạn còn lại | 18 | 32,7% | 40,0% |",
        "| Phương án 3: Giữ nguyên | 4 | 7,3% | 8,9% |",
        "| Không biểu quyết chọn phương án nào | 2 | 3,6% | 4,4% |",
        "| Không tham gia | 1 | 1,8% | 2,2% |",
        "Điều kiện thông qua: trên 50% tổng số hộ.",
        "Chưa phương án nào đạt trên 50% tổng số hộ và nhiều phiếu hơn mỗi phương án còn lại: \
         biểu quyết lại giữa phương án 1 và phương án 2.",
        "Biểu quyết lại giữa phương án 1 và phương án 2 (lần 2), lúc 09 giờ 20 phút: 45 trên \
         55 hộ gia đình có đại diện tham dự.",
        "| Phương án 2: 2,5 m đoạn đầu kiệt, 3 m đoạn còn lại | 30 | 54,5% | 66,7% |",
        "| Không biểu quyết chọn phương án nào | 1 | 1,8% | 2,2% |",
        "Phương án 2 (2,5 m đoạn đầu kiệt, 3 m đoạn còn lại) được thông qua với 30/55 hộ \
         (54,5% tổng số hộ).",
        "Nội dung này được biểu quyết 2 lần; kết quả của lần sau cùng (lần 2) là kết quả \
         chính thức.",
    ] {
        assert!(vi.markdown.contains(needed), "{needed}\n{}", vi.markdown);
        assert!(in_html(&vi.html, needed), "{needed}\n{}", vi.html);
    }
    assert!(vi.markdown.contains(
        "| Phương án | Số hộ biểu quyết | Tỷ lệ trên tổng số hộ (55) | Tỷ lệ trên số hộ có mặt \
         (45) |"
    ));
    assert!(
        vi.markdown
            .contains("- **Phương án 3: Giữ nguyên**\n\n#### a) Ý kiến phát biểu")
    );
    assert!(vi.html.contains("<table class=\"tally options\">"));
    assert!(vi.html.contains("table.options td:first-child"));
    // The run-off's table has only its two options.
    let run_off = vi.markdown.find("Biểu quyết lại giữa phương án 1").unwrap();
    let item2 = vi.markdown.find("### 2.").unwrap();
    assert!(!vi.markdown[run_off..item2].contains("Phương án 3:"));
    // The options vote never says for, against or passed.
    for word in ["Tán thành", "THÔNG QUA"] {
        assert!(!vi.markdown[..item2].contains(word), "{word}");
    }

    let en = render_minutes(&record, Lang::En.strings(), None);
    for needed in [
        "The options put to the meeting:",
        "Option 2: 2,5 m đoạn đầu kiệt, 3 m đoạn còn lại",
        "| Option 1: 3 m toàn tuyến | 20 | 36.4% | 44.4% |",
        "| Abstaining (for no option) | 2 | 3.6% | 4.4% |",
        "| Not voting | 1 | 1.8% | 2.2% |",
        "Passes with: more than half of all households.",
        "No option reached more than half of all households with more votes than every other \
         option: a run-off vote between option 1 and option 2.",
        "Run-off vote between option 1 and option 2 (vote 2), at 09:20: 45 of 55 households \
         represented.",
        "Option 2 (2,5 m đoạn đầu kiệt, 3 m đoạn còn lại) is adopted with 30/55 households \
         (54.5% of all households).",
    ] {
        assert!(en.markdown.contains(needed), "{needed}\n{}", en.markdown);
        assert!(in_html(&en.html, needed), "{needed}\n{}", en.html);
    }
    assert!(en.markdown.contains(
        "| Option | Households voting | Share of all households (55) | Share of households \
         present (45) |"
    ));
}

#[test]
fn a_yes_no_item_beside_it_keeps_its_words() {
    let vi = render_minutes(&record(), Lang::Vi.strings(), None).markdown;
    let item2 = vi.find("### 2.").unwrap();
    let yes_no = &vi[item2..];
    assert!(yes_no.contains("| Biểu quyết | Số hộ | Tỷ lệ trên tổng số hộ (55) |"));
    assert!(yes_no.contains("| Tán thành | 40 | 72,7% | 88,9% |"));
    assert!(yes_no.contains("Kết quả: **THÔNG QUA**."));
    assert!(!yes_no.contains("phương án"));
    assert!(!yes_no.contains("Phương án"));
}

#[test]
fn an_options_vote_without_quorum_says_why_as_a_yes_no_vote_does() {
    let mut record = record();
    record.votes.truncate(1);
    record.votes[0].counts.households_present = 27;
    record.votes[0].counts.votes_abstain = 0;
    record.votes[0].counts.votes_for = 20;
    record.votes[0].counts.votes_against = 7;
    record.option_votes = vec![
        OptionVote {
            item_no: 1,
            vote_no: 1,
            option_no: 1,
            votes: 20,
        },
        OptionVote {
            item_no: 1,
            vote_no: 1,
            option_no: 2,
            votes: 7,
        },
    ];
    let minutes = render_minutes(&record, Lang::En.strings(), None);
    let needed = "Result: **NO QUORUM** – only 27 of 55 households were present, not more than \
                  half of all households.";
    assert!(minutes.markdown.contains(needed), "{}", minutes.markdown);
    assert!(
        minutes
            .html
            .contains(&needed.replacen("**", "<b>", 1).replacen("**", "</b>", 1))
    );
    assert!(!minutes.markdown.contains("adopted"));
    assert!(!minutes.markdown.contains("run-off"));
}

#[test]
fn a_corrected_options_vote_says_when_and_why_not_for_and_against() {
    let mut record = record();
    let vote = EntryKey::Vote {
        item_no: 1,
        vote_no: 2,
    };
    record.votes[1].corrections = 1;
    record.corrections = vec![Correction {
        entry: vote,
        was: vote,
        at: t("09:25:00"),
        reason: "Đếm lại.".into(),
        before: [("votes_for", "29"), ("votes_against", "14")]
            .into_iter()
            .map(|(column, cell)| (column.to_owned(), cell.to_owned()))
            .collect(),
    }];
    let vi = render_minutes(&record, Lang::Vi.strings(), None);
    let needed = "Số liệu của lần biểu quyết này đã được sửa lúc 09 giờ 25 phút, lý do: Đếm lại.";
    assert!(vi.markdown.contains(needed), "{}", vi.markdown);
    assert!(vi.html.contains(needed));
    assert!(!vi.markdown.contains("tán thành/không tán thành"));
    let en = render_minutes(&record, Lang::En.strings(), None).markdown;
    assert!(en.contains("The counts of this vote were corrected at 09:25, reason: Đếm lại."));
    assert!(!en.contains("for/against"));
}
