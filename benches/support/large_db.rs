//! A large, realistic database for the benchmarks: years of a ward's consultation meetings.
//!
//! - 1,000 closed meetings, each with 3 agenda items, 100 opinions (100,000 in all) and 5 votes
//!   (5,000 in all), Vietnamese names, household addresses and opinions of realistic length;
//! - each closed meeting held with the register of its group (40–120 households) and the
//!   sign-in of those present, in step with its votes;
//! - one open meeting, the latest, with 2,000 speaker turns on its first item, 30 residents
//!   waiting in the queue and one with the floor, and a ward-size register of 2,000 households
//!   of which 1,200 have signed in: the live screen and the door at their heaviest.
//!
//! Everything is written through the store's own API (`insert_record`, `enqueue`, `give_floor`),
//! so closed meetings are sealed with their fingerprint as in real use. The content is the same
//! on every run (a fixed seed), so figures from different runs compare.
#![allow(dead_code)] // each bench uses a different part

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use hopdan::domain::{
    AgendaItem, Attendance, DecisionRule, Household, Meeting, MeetingId, MeetingRecord,
    MeetingStatus, Opinion, Speaker, Stance, Standing, Threshold, Vote, VoteBase, VoteCounts,
    parse_time,
};
use hopdan::store::Store;

pub const CLOSED_MEETINGS: u32 = 1_000;
pub const OPINIONS_PER_MEETING: u32 = 100;
pub const VOTES_PER_MEETING: u32 = 5;
pub const BIG_MEETING_TURNS: u32 = 2_000;
pub const BIG_MEETING_QUEUE: u32 = 30;
/// The register of the open meeting: a ward-size one.
pub const BIG_REGISTER: u32 = 2_000;
pub const BIG_REGISTER_PRESENT: u32 = 1_200;

/// Bump when the content changes, so a cached file from an older generator is not reused.
const VERSION: u32 = 2;

/// The large database, built on first use and kept under `target/` for the next runs.
/// Returns its path and the id of the open 2,000-turn meeting.
pub fn cached() -> (PathBuf, MeetingId) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("create target/bench-data");
    let path = dir.join(format!("large-v{VERSION}.db"));
    if !path.exists() {
        let building = dir.join(format!("large-v{VERSION}.db.building"));
        for stale in [
            &building,
            &with_suffix(&building, "-wal"),
            &with_suffix(&building, "-shm"),
        ] {
            let _ = std::fs::remove_file(stale);
        }
        eprintln!("building {} (once; takes a minute)", path.display());
        build(&building);
        // A clean copy without the WAL beside it, then renamed into place in one step.
        Store::open(&building)
            .and_then(|store| store.backup_to(&path))
            .expect("copy the built database");
        for stale in [
            &building,
            &with_suffix(&building, "-wal"),
            &with_suffix(&building, "-shm"),
        ] {
            let _ = std::fs::remove_file(stale);
        }
    }
    let id = Store::open(&path)
        .expect("open the large database")
        .latest_meeting_id()
        .expect("read the latest meeting")
        .expect("the large database has meetings");
    (path, id)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes the whole large database at `path` (which must not exist yet) and returns the id of
/// the open 2,000-turn meeting.
pub fn build(path: &Path) -> MeetingId {
    let mut store = Store::open(path).expect("create the database");
    let mut rng = StdRng::seed_from_u64(20_220_612);
    let first = parse_time("2018-01-07T08:00:00+07:00").unwrap();
    for n in 0..CLOSED_MEETINGS {
        // About one meeting every two days, in the morning.
        let started =
            first + Duration::days(i64::from(n) * 2) + Duration::minutes(rng.gen_range(0..90));
        let record = closed_meeting(&mut rng, n, started);
        store.insert_record(&record).expect("insert a meeting");
    }
    let started = first + Duration::days(i64::from(CLOSED_MEETINGS) * 2 + 1);
    big_open_meeting(&mut store, &mut rng, started)
}

/// A past meeting: three items, `OPINIONS_PER_MEETING` opinions spread over them, votes.
fn closed_meeting(rng: &mut StdRng, n: u32, started: DateTime<FixedOffset>) -> MeetingRecord {
    let total = rng.gen_range(40..=120);
    let present = rng.gen_range(total / 2..=total);
    let meeting = meeting(rng, n, started, total, present, MeetingStatus::Closed);
    let households = register(rng, n, total);
    let attendance = sign_in(rng, &households, present, started);
    let agenda = agenda(rng);
    let mut at = started + Duration::minutes(10);
    let mut opinions = Vec::with_capacity(OPINIONS_PER_MEETING as usize);
    for i in 0..OPINIONS_PER_MEETING {
        let item_no = 1 + i * 3 / OPINIONS_PER_MEETING;
        let turn_no = opinions
            .iter()
            .filter(|o: &&Opinion| o.item_no == item_no)
            .count() as u32
            + 1;
        let opinion = opinion(rng, item_no, turn_no, at);
        at += Duration::seconds(i64::from(opinion.duration_s) + 20);
        opinions.push(opinion);
    }
    let mut votes = Vec::new();
    for v in 0..VOTES_PER_MEETING {
        // Items 1 and 2 are voted twice (a re-vote), item 3 once.
        let item_no = [1, 1, 2, 2, 3][v as usize];
        let vote_no = if v > 0 && [1, 1, 2, 2, 3][v as usize - 1] == item_no {
            2
        } else {
            1
        };
        at += Duration::minutes(2);
        votes.push(vote(
            rng,
            &agenda[item_no as usize - 1],
            vote_no,
            total,
            present,
            at,
        ));
    }
    let mut meeting = meeting;
    meeting.ended_at = Some(at + Duration::minutes(5));
    MeetingRecord {
        meeting,
        agenda,
        opinions,
        votes,
        guests: Vec::new(),
        conclusions: Vec::new(),
        corrections: Vec::new(),
        households,
        attendance,
        pledges: Vec::new(),
        register_changes: Vec::new(),
        options: Vec::new(),
        option_votes: Vec::new(),
        ballots: Default::default(),
    }
}

/// The meeting in progress: 2,000 turns on item 1, a long queue, someone speaking.
fn big_open_meeting(
    store: &mut Store,
    rng: &mut StdRng,
    started: DateTime<FixedOffset>,
) -> MeetingId {
    let meeting = meeting(
        rng,
        CLOSED_MEETINGS,
        started,
        BIG_REGISTER,
        BIG_REGISTER_PRESENT,
        MeetingStatus::Open,
    );
    let households = register(rng, CLOSED_MEETINGS, BIG_REGISTER);
    let attendance = sign_in(rng, &households, BIG_REGISTER_PRESENT, started);
    let agenda = agenda(rng);
    let mut at = started + Duration::minutes(10);
    let opinions = (1..=BIG_MEETING_TURNS)
        .map(|turn_no| {
            let opinion = opinion(rng, 1, turn_no, at);
            at += Duration::seconds(i64::from(opinion.duration_s) + 15);
            opinion
        })
        .collect();
    let id = store
        .insert_record(&MeetingRecord {
            meeting,
            agenda,
            opinions,
            votes: Vec::new(),
            guests: Vec::new(),
            conclusions: Vec::new(),
            corrections: Vec::new(),
            households,
            attendance,
            pledges: Vec::new(),
            register_changes: Vec::new(),
            options: Vec::new(),
            option_votes: Vec::new(),
            ballots: Default::default(),
        })
        .expect("insert the open meeting");
    for _ in 0..BIG_MEETING_QUEUE {
        let speaker = speaker(rng);
        store.enqueue(id, &speaker, at).expect("queue a speaker");
    }
    let first = store.queue(id).expect("read the queue")[0].queue_id;
    store.give_floor(id, first, 1, at).expect("give the floor");
    id
}

fn meeting(
    rng: &mut StdRng,
    n: u32,
    started_at: DateTime<FixedOffset>,
    households_total: u32,
    households_present: u32,
    status: MeetingStatus,
) -> Meeting {
    let group = 1 + n % 40;
    let alley = pick(rng, STREETS);
    Meeting {
        title: format!(
            "Về việc {} kiệt {} {alley}",
            pick(rng, MATTERS),
            rng.gen_range(5..200)
        ),
        ward: "Phường Thanh Khê Tây, quận Thanh Khê, thành phố Đà Nẵng".to_owned(),
        residential_group: format!("Tổ dân phố {group}"),
        location: format!("Nhà văn hóa tổ dân phố {group}"),
        started_at,
        ended_at: None,
        chair: full_name(rng),
        chair_title: format!("Tổ trưởng tổ dân phố {group}"),
        secretary: full_name(rng),
        households_total,
        households_present,
        status,
    }
}

fn agenda(rng: &mut StdRng) -> Vec<AgendaItem> {
    let mut titles = ITEMS.to_vec();
    titles.shuffle(rng);
    titles
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, (title, description))| AgendaItem {
            item_no: i as u32 + 1,
            title: (*title).to_owned(),
            description: (*description).to_owned(),
            rule: DecisionRule {
                base: if i == 2 {
                    VoteBase::Present
                } else {
                    VoteBase::AllHouseholds
                },
                threshold: if i == 1 {
                    Threshold::TwoThirds
                } else {
                    Threshold::MoreThanHalf
                },
            },
            takes_pledges: false,
        })
        .collect()
}

/// The register of the group of meeting `n`: `count` households numbered "27-0001" …
pub fn register(rng: &mut StdRng, n: u32, count: u32) -> Vec<Household> {
    let group = 1 + n % 40;
    (1..=count)
        .map(|i| Household {
            household_no: format!("{group}-{i:04}"),
            address: format!(
                "K{}/{} {}",
                rng.gen_range(1..200),
                rng.gen_range(1..60),
                pick(rng, STREETS)
            ),
            head_name: full_name(rng),
            members: Some(rng.gen_range(1..=7)),
            phone: if rng.gen_bool(0.6) {
                format!("09{:08}", rng.gen_range(0..100_000_000))
            } else {
                String::new()
            },
            note: String::new(),
        })
        .collect()
}

/// The first `present` households of `households` signed in during the ten minutes after
/// `started`, before any vote; most by their head, some by a member, a few by proxy.
fn sign_in(
    rng: &mut StdRng,
    households: &[Household],
    present: u32,
    started: DateTime<FixedOffset>,
) -> Vec<Attendance> {
    let mut arrivals: Vec<(i64, &Household)> = households
        .iter()
        .take(present as usize)
        .map(|household| (rng.gen_range(0..600), household))
        .collect();
    // The list is kept by arrival, then the register's order.
    arrivals.sort_by_key(|(second, _)| *second);
    arrivals
        .into_iter()
        .map(|(second, household)| {
            let standing = match rng.gen_range(0..10) {
                0 => Standing::Proxy,
                1..=2 => Standing::Member,
                _ => Standing::Head,
            };
            Attendance {
                household_no: household.household_no.clone(),
                representative_name: match standing {
                    Standing::Head => household.head_name.clone(),
                    _ => full_name(rng),
                },
                standing,
                arrived_at: started + Duration::seconds(second),
                left_at: None,
                note: match standing {
                    Standing::Proxy => format!("được ông/bà {} ủy quyền", household.head_name),
                    _ => String::new(),
                },
            }
        })
        .collect()
}

fn opinion(
    rng: &mut StdRng,
    item_no: u32,
    turn_no: u32,
    started_at: DateTime<FixedOffset>,
) -> Opinion {
    let stance = pick(rng, &Stance::ALL);
    Opinion {
        item_no,
        turn_no,
        speaker: speaker(rng),
        stance,
        text: opinion_text(rng, stance),
        started_at,
        duration_s: rng.gen_range(40..=300),
    }
}

/// A secretary's summary: two to five sentences, now and then over two lines; 150–600
/// characters, as summaries in real minutes are.
fn opinion_text(rng: &mut StdRng, stance: Stance) -> String {
    let opening = match stance {
        Stance::Support => pick(rng, SUPPORT),
        Stance::Oppose => pick(rng, OPPOSE),
        Stance::Other => pick(rng, PROPOSE),
        Stance::Question => pick(rng, ASK),
    };
    let mut text = opening.to_owned();
    for _ in 0..rng.gen_range(1..=4) {
        text.push(if rng.gen_bool(0.15) { '\n' } else { ' ' });
        text.push_str(pick(rng, DETAILS));
    }
    text
}

fn vote(
    rng: &mut StdRng,
    item: &AgendaItem,
    vote_no: u32,
    households_total: u32,
    households_present: u32,
    voted_at: DateTime<FixedOffset>,
) -> Vote {
    let votes_for = rng.gen_range(0..=households_present);
    let votes_against = rng.gen_range(0..=households_present - votes_for);
    let votes_abstain = rng.gen_range(0..=households_present - votes_for - votes_against);
    Vote {
        item_no: item.item_no,
        vote_no,
        voted_at,
        counts: VoteCounts {
            households_total,
            households_present,
            votes_for,
            votes_against,
            votes_abstain,
        },
        rule: item.rule,
        corrections: 0,
        method: hopdan::domain::VoteMethod::Hands,
    }
}

fn speaker(rng: &mut StdRng) -> Speaker {
    Speaker {
        name: full_name(rng),
        address: format!(
            "K{}/{} {}, tổ {}",
            rng.gen_range(1..200),
            rng.gen_range(1..60),
            pick(rng, STREETS),
            rng.gen_range(1..40)
        ),
    }
}

fn full_name(rng: &mut StdRng) -> String {
    format!(
        "{} {} {}",
        pick(rng, FAMILY_NAMES),
        pick(rng, MIDDLE_NAMES),
        pick(rng, GIVEN_NAMES)
    )
}

fn pick<T: Copy>(rng: &mut StdRng, items: &[T]) -> T {
    *items.choose(rng).expect("a non-empty list")
}

const FAMILY_NAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];
const MIDDLE_NAMES: &[&str] = &[
    "Văn",
    "Thị",
    "Hữu",
    "Đức",
    "Minh",
    "Thanh",
    "Ngọc",
    "Quang",
    "Thị Thu",
    "Công",
];
const GIVEN_NAMES: &[&str] = &[
    "Hùng", "Hà", "Lan", "Nam", "Dũng", "Tuấn", "Hoa", "Mai", "Phúc", "Sơn", "Thảo", "Long", "Hải",
    "Bình", "An", "Trung", "Nhung", "Cường", "Hạnh", "Lộc",
];
const STREETS: &[&str] = &[
    "Phú Lộc 10",
    "Phú Lộc 11",
    "Hà Huy Tập",
    "Trần Cao Vân",
    "Lê Độ",
    "Điện Biên Phủ",
    "Hải Phòng",
    "Thái Thị Bôi",
];
const MATTERS: &[&str] = &[
    "nâng cấp, mở rộng",
    "bê tông hóa",
    "lắp đặt đèn chiếu sáng",
    "cải tạo hệ thống thoát nước",
    "chỉnh trang, đặt tên",
];
const ITEMS: &[(&str, &str)] = &[
    (
        "Mở rộng kiệt lên 3 m",
        "Mở rộng mặt kiệt từ 1,8–2,2 m hiện nay lên 3 m trên toàn tuyến, làm mới mặt đường bê tông.",
    ),
    (
        "Các hộ lùi cổng, tường rào và hiến đất",
        "Các hộ hai bên kiệt tự nguyện lùi cổng, tường rào theo mốc giới và hiến phần đất trong phạm vi mở rộng.",
    ),
    (
        "Mức đóng góp của nhân dân",
        "Nhân dân đóng góp 30% kinh phí, phần còn lại do ngân sách phường hỗ trợ; hộ khó khăn được miễn giảm.",
    ),
    (
        "Cải tạo cống thoát nước",
        "Thay cống hộp dọc kiệt, đấu nối với tuyến cống chính, nâng cao độ hố ga để chống ngập khi mưa lớn.",
    ),
    (
        "Lắp đèn chiếu sáng",
        "Lắp 12 bộ đèn LED trên các cột điện sẵn có, tiền điện do tổ dân phố đóng góp hằng tháng.",
    ),
];
const SUPPORT: &[&str] = &[
    "Gia đình tôi hoàn toàn đồng ý với chủ trương mở rộng kiệt, vì kiệt hẹp nên xe cứu thương, xe chữa cháy không vào được.",
    "Tôi đồng ý, đề nghị làm sớm trước mùa mưa để bà con đi lại thuận tiện.",
    "Thống nhất với phương án của ban vận động, gia đình sẵn sàng lùi tường rào theo mốc giới.",
    "Tôi tán thành, kiệt rộng thì trẻ con đi học an toàn hơn, buôn bán cũng thuận lợi.",
];
const OPPOSE: &[&str] = &[
    "Gia đình tôi chưa đồng ý vì nhà đã xây kiên cố sát mép kiệt, lùi vào thì mất cả mặt tiền.",
    "Tôi không đồng ý với mức đóng góp như dự kiến, nhiều hộ trong kiệt còn khó khăn.",
    "Không đồng ý chặt cây xanh đầu kiệt, cây đã trồng hơn hai mươi năm.",
];
const PROPOSE: &[&str] = &[
    "Đề nghị làm cống thoát nước trước rồi mới đổ bê tông mặt kiệt, tránh đào lên làm lại.",
    "Tôi đề xuất ban vận động công khai dự toán và danh sách đóng góp tại nhà văn hóa.",
    "Đề nghị phường hỗ trợ thêm cho các hộ phải tháo dỡ công trình phụ.",
];
const ASK: &[&str] = &[
    "Xin hỏi phần đất hiến có được cấp đổi giấy chứng nhận quyền sử dụng đất miễn phí không?",
    "Cho tôi hỏi thời gian thi công bao lâu, trong lúc thi công xe máy để ở đâu?",
    "Xin hỏi hộ nào không đóng góp thì có bị xử lý gì không?",
];
const DETAILS: &[&str] = &[
    "Mùa mưa năm ngoái nước từ cống Khe Cạn tràn vào nhà, ngập hơn nửa mét.",
    "Đề nghị đơn vị thi công che chắn cẩn thận, tưới nước chống bụi.",
    "Gia đình có người già đi xe lăn nên rất mong kiệt được làm phẳng.",
    "Cần làm rõ mốc giới trước khi các hộ tự tháo dỡ.",
    "Mong tổ dân phố vận động các hộ còn băn khoăn để cùng thống nhất.",
    "Tiền đóng góp nên chia làm hai đợt cho bà con đỡ khó khăn.",
    "Đề nghị giữ lại hàng cây phía cuối kiệt, chỉ tỉa cành.",
    "Hộ tôi đã đo đạc, phần phải lùi khoảng 40 cm.",
    "Đề nghị lắp thêm biển báo cấm xe tải trên 1,5 tấn sau khi mở rộng.",
    "Cần có cán bộ phường giám sát chất lượng bê tông.",
];
