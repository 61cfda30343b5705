//! Saving what the secretary confirms (committed with synchronous=FULL on a file on disk), the
//! draft written as they type, and the tally. Budgets (BENCHMARKS.md): ≤ 5 ms per confirmed
//! save, ≤ 1 ms per draft save.

use std::hint::black_box;
use std::time::Instant;

use chrono::Duration;
use criterion::{Criterion, criterion_group, criterion_main};

use hopdan::domain::{
    DecisionRule, Speaker, Stance, Threshold, VoteBase, VoteCounts, format_share, has_quorum,
    parse_time,
};
use hopdan::store::Store;

#[path = "support/meeting.rs"]
mod meeting;

const OPINION: &str = "Gia đình tôi đồng ý mở rộng kiệt lên 3 m, sẵn sàng lùi cổng 40 cm. \
    Đề nghị làm cống thoát nước trước rồi mới đổ bê tông mặt kiệt, tránh đào lên làm lại; \
    mùa mưa năm ngoái nước từ cống Khe Cạn tràn vào nhà, ngập hơn nửa mét.";

fn saves(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("hopdan.db")).unwrap();
    let start = parse_time("2022-06-12T08:00:00+07:00").unwrap();
    let id = meeting::open_meeting(&mut store, start, 55, 42);
    let rule = meeting::ALL_HALF;
    let speaker = Speaker {
        name: "Lê Thị Mai".to_owned(),
        address: "K19/4 Phú Lộc 10, tổ 27".to_owned(),
    };

    let mut group = c.benchmark_group("save");
    let mut now = start;
    group.bench_function("one opinion (committed, synchronous=FULL)", |b| {
        b.iter_custom(|iterations| {
            let mut saving = std::time::Duration::ZERO;
            for _ in 0..iterations {
                // Not measured: the speaker is queued and given the floor.
                now += Duration::seconds(90);
                let queued = store.enqueue(id, &speaker, now).unwrap();
                store.give_floor(id, queued.queue_id, 1, now).unwrap();
                let started = Instant::now();
                black_box(
                    store
                        .save_opinion_from_floor(
                            id,
                            Stance::Support,
                            OPINION,
                            now + Duration::seconds(75),
                        )
                        .unwrap(),
                );
                saving += started.elapsed();
            }
            saving
        })
    });
    let counts = VoteCounts {
        households_total: 55,
        households_present: 42,
        votes_for: 35,
        votes_against: 4,
        votes_abstain: 3,
    };
    group.bench_function("one vote (committed, synchronous=FULL)", |b| {
        b.iter(|| store.add_vote(id, 1, counts, rule, now).unwrap())
    });
    let mut typed = String::from(OPINION);
    group.bench_function("one draft (the opinion being typed)", |b| {
        b.iter(|| {
            typed.push('a');
            store.save_draft(id, "opinion", &typed, now).unwrap()
        })
    });
    group.finish();
}

fn tally(c: &mut Criterion) {
    let counts = VoteCounts {
        households_total: 55,
        households_present: 42,
        votes_for: 35,
        votes_against: 4,
        votes_abstain: 3,
    };
    let rule = DecisionRule {
        base: VoteBase::Present,
        threshold: Threshold::TwoThirds,
    };
    c.bench_function("tally: validate, result, shares", |b| {
        b.iter(|| {
            let counts = black_box(counts);
            counts.validate().unwrap();
            let outcome = counts.outcome(black_box(rule));
            let of_all = format_share(counts.votes_for, counts.households_total, ',');
            let of_present = format_share(counts.votes_for, counts.households_present, ',');
            let quorum = has_quorum(counts.households_present, counts.households_total);
            (outcome, of_all, of_present, quorum, counts.not_voting())
        })
    });
}

criterion_group!(benches, saves, tally);
criterion_main!(benches);
