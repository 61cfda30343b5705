//! A meeting built by hand for the documents of votes taken by ballot (SPEC §12): a register
//! of seven households, item 1 (yes/no) decided by a secret ballot, item 2 (two options) by a
//! household-ballot round counted two days later, in which one household returned nothing.
#![allow(dead_code)] // each test file uses a different part

use chrono::{DateTime, FixedOffset};

use hopdan::domain::{
    AgendaItem, Attendance, BallotChoice, BallotDetails, BallotSheets, BallotVote,
    CountingCommittee, DecisionRule, Household, HouseholdBallot, ItemOption, Meeting,
    MeetingBallots, MeetingRecord, MeetingStatus, OptionVote, RoundBallot, Standing, Threshold,
    Vote, VoteBase, VoteCounts, VoteMethod, Witnesses, parse_time,
};

pub fn t(text: &str) -> DateTime<FixedOffset> {
    parse_time(text).unwrap()
}

fn household(n: u32, head: &str) -> Household {
    Household {
        household_no: format!("27-{n:03}"),
        address: format!("K19/{n} Phú Lộc 10"),
        head_name: head.into(),
        members: None,
        phone: String::new(),
        note: String::new(),
    }
}

/// The households of the register: the last has no head's name written.
const HEADS: [&str; 7] = [
    "Nguyễn Văn Tám",
    "Trần Thị Tâm",
    "Lê Văn Hùng",
    "Phạm Thị Hạnh",
    "Đặng Văn Lợi",
    "Hoàng Văn Dũng",
    "",
];

pub fn record() -> MeetingRecord {
    let households: Vec<Household> = HEADS
        .iter()
        .enumerate()
        .map(|(i, head)| household(i as u32 + 1, head))
        .collect();
    let attendance = households
        .iter()
        .take(6)
        .map(|h| Attendance {
            household_no: h.household_no.clone(),
            representative_name: h.head_name.clone(),
            standing: Standing::Head,
            arrived_at: t("2022-06-12T07:55:00+07:00"),
            left_at: None,
            note: String::new(),
        })
        .collect();
    let secret_rule = DecisionRule {
        base: VoteBase::Cast,
        threshold: Threshold::TwoThirds,
    };
    let agenda = vec![
        AgendaItem {
            item_no: 1,
            title: "Mở rộng kiệt 19 lên 3 m".into(),
            description: "Mỗi bên lùi vào 0,5 m.\nNhà nước hỗ trợ làm lại cổng.".into(),
            rule: secret_rule,
            takes_pledges: false,
        },
        AgendaItem {
            item_no: 2,
            title: "Thời gian thi công".into(),
            description: String::new(),
            rule: DecisionRule::default(),
            takes_pledges: false,
        },
    ];
    let options = vec![
        ItemOption {
            item_no: 2,
            option_no: 1,
            title: "Trong mùa khô năm 2022".into(),
            description: "Từ tháng 7 đến tháng 9.".into(),
        },
        ItemOption {
            item_no: 2,
            option_no: 2,
            title: "Sau Tết Nguyên đán 2023".into(),
            description: String::new(),
        },
    ];
    let votes = vec![
        Vote {
            item_no: 1,
            vote_no: 1,
            voted_at: t("2022-06-12T09:10:00+07:00"),
            counts: VoteCounts {
                households_total: 7,
                households_present: 6,
                votes_for: 4,
                votes_against: 1,
                votes_abstain: 0,
            },
            rule: secret_rule,
            corrections: 0,
            method: VoteMethod::Secret,
        },
        Vote {
            item_no: 2,
            vote_no: 1,
            voted_at: t("2022-06-12T10:00:00+07:00"),
            // The leading option, the other, the abstentions: 6 ballots of 7 households.
            counts: VoteCounts {
                households_total: 7,
                households_present: 6,
                votes_for: 4,
                votes_against: 1,
                votes_abstain: 1,
            },
            rule: DecisionRule::default(),
            corrections: 0,
            method: VoteMethod::HouseholdBallot,
        },
    ];
    let option_votes = vec![
        OptionVote {
            item_no: 2,
            vote_no: 1,
            option_no: 1,
            votes: 4,
        },
        OptionVote {
            item_no: 2,
            vote_no: 1,
            option_no: 2,
            votes: 1,
        },
    ];
    let choices = [
        ("27-003", BallotChoice::Option(1), "13T08:30", ""),
        ("27-001", BallotChoice::Option(1), "13T08:45", ""),
        ("27-002", BallotChoice::Option(2), "13T09:10", ""),
        (
            "27-004",
            BallotChoice::Abstain,
            "13T16:20",
            "Đề nghị làm vào mùa khô năm sau.",
        ),
        ("27-005", BallotChoice::Option(1), "14T07:30", ""),
        ("27-006", BallotChoice::Option(1), "14T10:05", ""),
    ];
    let household_ballots = choices
        .iter()
        .map(|(no, choice, at, opinion)| RoundBallot {
            item_no: 2,
            vote_no: 1,
            ballot: HouseholdBallot {
                household_no: (*no).into(),
                choice: *choice,
                received_at: t(&format!("2022-06-{at}:00+07:00")),
                collected_by: "Lê Thị Mai".into(),
                opinion: (*opinion).into(),
            },
        })
        .collect();
    let ballots = MeetingBallots {
        votes: vec![
            BallotVote {
                item_no: 1,
                vote_no: 1,
                details: BallotDetails::Secret {
                    sheets: BallotSheets {
                        issued: 6,
                        returned: 6,
                        valid: 5,
                        invalid: 1,
                    },
                    committee: CountingCommittee::new(
                        &["Trần Văn Bình", "Võ Thị Lan", "Ngô Văn Sơn"],
                        1,
                    ),
                    witnesses: Witnesses {
                        first: "27-002".into(),
                        second: "27-007".into(),
                    },
                },
            },
            BallotVote {
                item_no: 2,
                vote_no: 1,
                details: BallotDetails::HouseholdRound {
                    counted_at: Some(t("2022-06-14T17:00:00+07:00")),
                },
            },
        ],
        household_ballots,
        corrections: Vec::new(),
    };
    MeetingRecord {
        meeting: Meeting {
            title: "Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10.".into(),
            ward: "Phường Thanh Khê Tây, quận Thanh Khê".into(),
            residential_group: "Tổ dân phố 27".into(),
            location: "Nhà văn hóa tổ 27".into(),
            started_at: t("2022-06-12T08:00:00+07:00"),
            ended_at: Some(t("2022-06-12T10:30:00+07:00")),
            chair: "Nguyễn Văn Hùng".into(),
            chair_title: "Tổ trưởng tổ dân phố".into(),
            secretary: "Trần Thị Thu Hà".into(),
            households_total: 7,
            households_present: 6,
            status: MeetingStatus::Open,
        },
        agenda,
        opinions: Vec::new(),
        votes,
        guests: Vec::new(),
        conclusions: Vec::new(),
        corrections: Vec::new(),
        households,
        attendance,
        pledges: Vec::new(),
        register_changes: Vec::new(),
        options,
        option_votes,
        ballots,
    }
}

/// [`record`] with a register of `households`, every one of which returned a ballot in the
/// round (option 1, 2 or none in turn).
pub fn large_round(households: u32) -> MeetingRecord {
    let mut r = record();
    r.households = (1..=households)
        .map(|n| household(n, "Nguyễn Văn Tám"))
        .collect();
    let choice = |n: u32| match n % 3 {
        0 => BallotChoice::Option(1),
        1 => BallotChoice::Option(2),
        _ => BallotChoice::Abstain,
    };
    r.ballots.household_ballots = r
        .households
        .iter()
        .enumerate()
        .map(|(i, h)| RoundBallot {
            item_no: 2,
            vote_no: 1,
            ballot: HouseholdBallot {
                household_no: h.household_no.clone(),
                choice: choice(i as u32),
                received_at: t("2022-06-13T08:30:00+07:00"),
                collected_by: "Lê Thị Mai".into(),
                opinion: String::new(),
            },
        })
        .collect();
    let count = |c| (0..households).filter(|&n| choice(n) == c).count() as u32;
    let (one, two, none) = (
        count(BallotChoice::Option(1)),
        count(BallotChoice::Option(2)),
        count(BallotChoice::Abstain),
    );
    r.option_votes[0].votes = one;
    r.option_votes[1].votes = two;
    r.votes[1].counts = VoteCounts {
        households_total: households,
        households_present: households,
        votes_for: one.max(two),
        votes_against: one.min(two),
        votes_abstain: none,
    };
    r.attendance.clear();
    r
}
