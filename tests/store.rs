//! The SQLite store, on real temporary files (WAL needs a file).

mod common;

use std::path::{Path, PathBuf};

use hopdan::domain::{
    AgendaItem, DecisionRule, MeetingStatus, Opinion, OpinionCorrection, Stance, Threshold, Vote,
    VoteBase, VoteError,
};
use hopdan::store::{
    AUDIT_CORRECT, AUDIT_OPINION, AUDIT_VOTE, Missing, Setting, Store, StoreError, Verification,
};
use tempfile::TempDir;

use common::{
    ALL_HALF, PRESENT_TWO_THIRDS, add_meeting, assert_every_change_refused, counts, hung, lan,
    meeting, older_database, speaker, t, take_floor, temp_db, temp_store, tuan,
};

/// A meeting with two agenda items, opinions, a re-vote and a correction, built through the API.
fn populated(store: &mut Store) -> i64 {
    let id = store.create_meeting(&meeting()).unwrap();
    store
        .add_agenda_item(
            id,
            "Mở rộng kiệt 19 lên 3 m",
            "Các hộ lùi cổng, tường rào; hiến đất\nkhông yêu cầu bồi thường.",
            ALL_HALF,
        )
        .unwrap();
    store
        .add_agenda_item(id, "Mức đóng góp của các hộ", "", PRESENT_TWO_THIRDS)
        .unwrap();
    take_floor(store, id, &hung(), 1, t("2022-06-12T08:41:00+07:00"));
    store
        .save_opinion_from_floor(
            id,
            Stance::Support,
            "Đồng ý mở rộng kiệt.\nĐề nghị làm mương thoát nước trước mùa mưa.",
            t("2022-06-12T08:43:30+07:00"),
        )
        .unwrap();
    take_floor(store, id, &lan(), 2, t("2022-06-12T08:44:00+07:00"));
    store
        .save_opinion_from_floor(
            id,
            Stance::Question,
            "Hộ khó khăn có được giảm mức đóng góp không?",
            t("2022-06-12T08:45:00+07:00"),
        )
        .unwrap();
    store
        .add_vote(
            id,
            1,
            counts(42, 38, 3, 1),
            ALL_HALF,
            t("2022-06-12T09:10:00+07:00"),
        )
        .unwrap();
    store
        .add_vote(
            id,
            2,
            counts(42, 20, 15, 7),
            PRESENT_TWO_THIRDS,
            t("2022-06-12T09:20:00+07:00"),
        )
        .unwrap();
    store
        .add_vote(
            id,
            2,
            counts(43, 30, 10, 3),
            PRESENT_TWO_THIRDS,
            t("2022-06-12T09:35:00+07:00"),
        )
        .unwrap();
    store
        .correct_vote(
            id,
            1,
            1,
            counts(42, 37, 4, 1),
            t("2022-06-12T09:12:00+07:00"),
            "Đếm lại số phiếu",
        )
        .unwrap();
    id
}

fn assert_unchanged(path: &Path, before: &[u8]) {
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the file was modified"
    );
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        assert!(!Path::new(&side).exists(), "{suffix} file left behind");
    }
}

#[test]
fn open_creates_the_folder_and_the_file_and_keeps_data_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dữ liệu").join("hopdan").join("hopdan.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.list_meetings().unwrap(), vec![]);
        assert_eq!(store.latest_meeting_id().unwrap(), None);
        store.create_meeting(&meeting()).unwrap()
    };
    assert!(path.is_file());
    let store = Store::open(&path).unwrap();
    assert_eq!(store.meeting(id).unwrap(), meeting());
    assert_eq!(store.latest_meeting_id().unwrap(), Some(id));
}

#[test]
fn meetings_round_trip_and_list_newest_first() {
    let (_dir, mut store) = temp_store();
    let first = store.create_meeting(&meeting()).unwrap();
    let mut later = meeting();
    later.title = "Về việc lắp đèn chiếu sáng kiệt 19".into();
    // 02:00 UTC is 09:00 in Đà Nẵng: later than 07:30+07:00 although it sorts first as text.
    later.started_at = t("2022-06-12T02:00:00+00:00");
    later.ended_at = Some(t("2022-06-12T03:30:00+00:00"));
    let second = store.create_meeting(&later).unwrap();
    let same_time = store.create_meeting(&meeting()).unwrap();

    assert_eq!(store.meeting(first).unwrap(), meeting());
    assert_eq!(store.meeting(second).unwrap(), later);
    let list = store.list_meetings().unwrap();
    let ids: Vec<i64> = list.iter().map(|m| m.id).collect();
    assert_eq!(ids, vec![second, same_time, first]);
    assert_eq!(list[0].title, later.title);
    assert_eq!(list[0].started_at, later.started_at);
    assert_eq!(list[0].status, MeetingStatus::Open);
    assert_eq!(store.latest_meeting_id().unwrap(), Some(second));

    assert!(matches!(
        store.meeting(999),
        Err(StoreError::NotFound(Missing::Meeting { id: 999 }))
    ));
}

#[test]
fn attendance_cannot_exceed_all_households() {
    let (_dir, mut store) = temp_store();
    let id = store.create_meeting(&meeting()).unwrap();
    store.set_households_present(id, 44).unwrap();
    assert_eq!(store.meeting(id).unwrap().households_present, 44);
    store.set_households_present(id, 55).unwrap();
    assert!(matches!(
        store.set_households_present(id, 56),
        Err(StoreError::InvalidVote(VoteError::PresentExceedsTotal {
            present: 56,
            total: 55
        }))
    ));
    assert_eq!(store.meeting(id).unwrap().households_present, 55);

    let mut bad = meeting();
    bad.households_present = 56;
    assert!(matches!(
        store.create_meeting(&bad),
        Err(StoreError::InvalidVote(_))
    ));
    assert_eq!(store.list_meetings().unwrap().len(), 1);
    assert!(matches!(
        store.set_households_present(7, 1),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn agenda_items_are_numbered_in_order() {
    let (_dir, mut store) = temp_store();
    let id = store.create_meeting(&meeting()).unwrap();
    let other = store.create_meeting(&meeting()).unwrap();
    let first = store
        .add_agenda_item(
            id,
            "Mở rộng kiệt 19 lên 3 m",
            "Lùi cổng, tường rào",
            ALL_HALF,
        )
        .unwrap();
    let second = store
        .add_agenda_item(
            id,
            "Mức đóng góp",
            "Mỗi hộ 500.000 đồng",
            PRESENT_TWO_THIRDS,
        )
        .unwrap();
    let three_quarters = DecisionRule {
        base: VoteBase::Cast,
        threshold: Threshold::ThreeQuarters,
    };
    let elsewhere = store
        .add_agenda_item(other, "Đèn chiếu sáng", "", three_quarters)
        .unwrap();
    assert_eq!(first.item_no, 1);
    assert_eq!(second.item_no, 2);
    assert_eq!(elsewhere.item_no, 1);
    assert_eq!(
        store.agenda(id).unwrap(),
        vec![
            AgendaItem {
                item_no: 1,
                title: "Mở rộng kiệt 19 lên 3 m".into(),
                description: "Lùi cổng, tường rào".into(),
                rule: ALL_HALF,
                takes_pledges: false,
            },
            second,
        ]
    );
    assert_eq!(store.agenda(other).unwrap(), vec![elsewhere]);
    assert!(matches!(
        store.add_agenda_item(999, "x", "", ALL_HALF),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn the_queue_keeps_its_order_and_the_floor_moves_speakers() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let a = store
        .enqueue(id, &hung(), t("2022-06-12T08:40:00+07:00"))
        .unwrap();
    let b = store
        .enqueue(id, &lan(), t("2022-06-12T08:40:30+07:00"))
        .unwrap();
    let c = store
        .enqueue(id, &tuan(), t("2022-06-12T08:41:00+07:00"))
        .unwrap();
    assert_eq!(a.speaker, hung());
    assert_eq!(a.requested_at, t("2022-06-12T08:40:00+07:00"));
    assert_eq!(
        store.queue(id).unwrap(),
        vec![a.clone(), b.clone(), c.clone()]
    );

    store.remove_from_queue(id, b.queue_id).unwrap();
    assert_eq!(store.queue(id).unwrap(), vec![a.clone(), c.clone()]);
    assert!(matches!(
        store.remove_from_queue(id, b.queue_id),
        Err(StoreError::NotFound { .. })
    ));

    assert_eq!(store.floor(id).unwrap(), None);
    // No such item: nothing changes.
    assert!(matches!(
        store.give_floor(id, a.queue_id, 9, t("2022-06-12T08:42:00+07:00")),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(store.queue(id).unwrap(), vec![a.clone(), c.clone()]);

    let floor = store
        .give_floor(id, c.queue_id, 1, t("2022-06-12T08:42:00+07:00"))
        .unwrap();
    assert_eq!(floor.speaker, tuan());
    assert_eq!(floor.item_no, 1);
    assert_eq!(floor.started_at, t("2022-06-12T08:42:00+07:00"));
    assert_eq!(store.floor(id).unwrap(), Some(floor));
    assert_eq!(store.queue(id).unwrap(), vec![a.clone()]);

    // One speaker at a time.
    assert!(matches!(
        store.give_floor(id, a.queue_id, 1, t("2022-06-12T08:43:00+07:00")),
        Err(StoreError::FloorTaken { speaker }) if speaker == "Hoàng Minh Tuấn"
    ));
    assert_eq!(store.floor(id).unwrap().unwrap().speaker, tuan());
    assert_eq!(store.queue(id).unwrap(), vec![a.clone()]);

    // Back to the head of the queue, with the time they first asked.
    store.return_floor_to_queue(id).unwrap();
    assert_eq!(store.floor(id).unwrap(), None);
    let queue = store.queue(id).unwrap();
    assert_eq!(queue.len(), 2);
    assert_eq!(queue[0].speaker, tuan());
    assert_eq!(queue[0].requested_at, t("2022-06-12T08:41:00+07:00"));
    assert_ne!(queue[0].queue_id, c.queue_id, "a queue id is never reused");
    assert_eq!(queue[1], a);
    assert!(matches!(
        store.return_floor_to_queue(id),
        Err(StoreError::NoFloor)
    ));

    // And again: still the head, ahead of a speaker who was already first.
    store
        .give_floor(id, a.queue_id, 1, t("2022-06-12T08:44:00+07:00"))
        .unwrap();
    store.return_floor_to_queue(id).unwrap();
    let names: Vec<String> = store
        .queue(id)
        .unwrap()
        .into_iter()
        .map(|q| q.speaker.name)
        .collect();
    assert_eq!(names, vec!["Nguyễn Văn Hùng", "Hoàng Minh Tuấn"]);
}

#[test]
fn saving_an_opinion_numbers_the_turn_times_it_and_clears_the_floor_and_drafts() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt", "Đóng góp"]);
    assert!(matches!(
        store.save_opinion_from_floor(id, Stance::Support, "x", t("2022-06-12T08:45:00+07:00")),
        Err(StoreError::NoFloor)
    ));

    take_floor(&mut store, id, &hung(), 1, t("2022-06-12T08:41:00+07:00"));
    store
        .save_draft(id, "opinion", "Đồng ý mở", t("2022-06-12T08:41:10+07:00"))
        .unwrap();
    store
        .save_draft(
            id,
            "opinion.stance",
            "support",
            t("2022-06-12T08:41:10+07:00"),
        )
        .unwrap();
    store
        .save_draft(id, "vote.for", "38", t("2022-06-12T08:41:10+07:00"))
        .unwrap();
    let text = "Đồng ý mở rộng kiệt lên 3 m.\nĐề nghị làm cống thoát nước Khe Cạn trước.";
    let opinion = store
        .save_opinion_from_floor(id, Stance::Support, text, t("2022-06-12T08:43:35+07:00"))
        .unwrap();
    assert_eq!(
        opinion,
        Opinion {
            item_no: 1,
            turn_no: 1,
            speaker: hung(),
            stance: Stance::Support,
            text: text.into(),
            started_at: t("2022-06-12T08:41:00+07:00"),
            duration_s: 155,
        }
    );
    assert_eq!(store.floor(id).unwrap(), None);
    assert_eq!(store.draft(id, "opinion").unwrap(), None);
    assert_eq!(store.draft(id, "opinion.stance").unwrap(), None);
    assert_eq!(store.draft(id, "vote.for").unwrap().as_deref(), Some("38"));

    take_floor(&mut store, id, &lan(), 1, t("2022-06-12T08:44:00+07:00"));
    // A clock set back while speaking never gives a negative time.
    let second = store
        .save_opinion_from_floor(
            id,
            Stance::Oppose,
            "Không đồng ý",
            t("2022-06-12T08:43:00+07:00"),
        )
        .unwrap();
    assert_eq!((second.turn_no, second.duration_s), (2, 0));

    take_floor(&mut store, id, &tuan(), 2, t("2022-06-12T08:46:00+07:00"));
    let other_item = store
        .save_opinion_from_floor(
            id,
            Stance::Other,
            "Đề xuất chia 2 đợt",
            t("2022-06-12T08:47:00+07:00"),
        )
        .unwrap();
    assert_eq!(
        (
            other_item.item_no,
            other_item.turn_no,
            other_item.duration_s
        ),
        (2, 1, 60)
    );

    assert_eq!(store.opinions(id, 1).unwrap(), vec![opinion, second]);
    assert_eq!(store.opinions(id, 2).unwrap(), vec![other_item]);
    assert_eq!(store.opinions(id, 3).unwrap(), vec![]);
}

#[test]
fn the_speakers_heard_come_once_each_as_typed_the_latest_first() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt", "Thoát nước"]);
    let lower = speaker("nguyễn văn hùng", "K19/4 Phú Lộc 10, tổ 27");
    let turns = [
        (&hung(), 1, "08:41"),
        (&lan(), 1, "08:44"),
        (&hung(), 2, "08:46"),
        (&tuan(), 1, "08:48"),
        (&lower, 2, "08:50"),
        // At the same minute as Tuấn's, on a later item: later in the meeting's order.
        (&lan(), 2, "08:48"),
    ];
    for (who, item_no, at) in turns {
        let at = t(&format!("2022-06-12T{at}:00+07:00"));
        take_floor(&mut store, id, who, item_no, at);
        store
            .save_opinion_from_floor(id, Stance::Support, "Đồng ý", at)
            .unwrap();
    }
    assert_eq!(
        store.speakers_heard(id).unwrap(),
        [lower, lan(), tuan(), hung()]
    );
}

#[test]
fn a_window_of_an_items_opinions_is_the_same_rows_as_the_whole_list_cut() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt", "Thoát nước"]);
    for minute in 0..7 {
        let at = t(&format!("2022-06-12T08:{:02}:00+07:00", 10 + 2 * minute));
        take_floor(&mut store, id, &hung(), 1, at);
        let ended = t(&format!("2022-06-12T08:{:02}:00+07:00", 11 + 2 * minute));
        store
            .save_opinion_from_floor(id, Stance::Support, &format!("Ý kiến {minute}"), ended)
            .unwrap();
    }
    take_floor(&mut store, id, &lan(), 2, t("2022-06-12T09:00:00+07:00"));
    store
        .save_opinion_from_floor(id, Stance::Other, "Khác", t("2022-06-12T09:01:00+07:00"))
        .unwrap();
    // Turn 3 moves to item 2: the rows of item 1 skip it, and the window counts rows, not turns.
    let moved = OpinionCorrection {
        item_no: 2,
        speaker: hung(),
        stance: Stance::Support,
        text: "Ý kiến 2".into(),
    };
    store
        .correct_opinion(
            id,
            1,
            3,
            &moved,
            t("2022-06-12T09:05:00+07:00"),
            "Nhầm nội dung",
        )
        .unwrap();

    let all = store.opinions(id, 1).unwrap();
    let turns = |rows: &[Opinion]| rows.iter().map(|o| o.turn_no).collect::<Vec<_>>();
    assert_eq!(turns(&all), [1, 2, 4, 5, 6, 7]);
    assert_eq!(store.opinion_count(id, 1).unwrap(), 6);
    assert_eq!(store.opinion_count(id, 2).unwrap(), 2);
    assert_eq!(store.opinion_count(id, 3).unwrap(), 0);
    for skip in 0..=7 {
        for take in 0..=7 {
            let window = store.opinions_window(id, 1, skip, take).unwrap();
            let cut: Vec<Opinion> = all.iter().skip(skip).take(take).cloned().collect();
            assert_eq!(window, cut, "skip {skip}, take {take}");
        }
    }
    assert_eq!(turns(&store.opinions_window(id, 1, 4, 10).unwrap()), [6, 7]);
    assert_eq!(turns(&store.opinions_window(id, 2, 0, 10).unwrap()), [1, 2]);
    assert_eq!(
        store
            .opinions_window(id, 1, usize::MAX, usize::MAX)
            .unwrap(),
        []
    );
}

#[test]
fn correcting_an_opinion_keeps_the_previous_values_in_the_audit_log() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    take_floor(&mut store, id, &hung(), 1, t("2022-06-12T08:41:00+07:00"));
    let before = store
        .save_opinion_from_floor(
            id,
            Stance::Support,
            "Đồng ý \"mở rộng\"",
            t("2022-06-12T08:42:00+07:00"),
        )
        .unwrap();

    let correction = OpinionCorrection {
        item_no: 1,
        speaker: hung(),
        stance: Stance::Other,
        text: "Đồng ý nếu có bồi thường".into(),
    };
    let corrected = store
        .correct_opinion(
            id,
            1,
            1,
            &correction,
            t("2022-06-12T09:00:00+07:00"),
            "Ghi nhầm ý kiến",
        )
        .unwrap();
    assert_eq!(corrected.stance, Stance::Other);
    assert_eq!(corrected.text, "Đồng ý nếu có bồi thường");
    assert_eq!(corrected.speaker, before.speaker);
    assert_eq!(corrected.started_at, before.started_at);
    assert_eq!(corrected.duration_s, 60);
    assert_eq!(store.opinions(id, 1).unwrap(), vec![corrected]);

    let log = store.audit_log(id).unwrap();
    assert_eq!(log.len(), 1);
    let entry = &log[0];
    assert_eq!(entry.entity, AUDIT_OPINION);
    assert_eq!(entry.action, AUDIT_CORRECT);
    assert_eq!((entry.item_no, entry.number), (Some(1), Some(1)));
    assert_eq!(entry.reason, "Ghi nhầm ý kiến");
    assert_eq!(entry.at, t("2022-06-12T09:00:00+07:00"));
    assert_eq!(
        entry.old_values,
        r#"{"meeting_id":1,"item_no":1,"turn_no":1,"speaker_name":"Nguyễn Văn Hùng","speaker_address":"K19/4 Phú Lộc 10, tổ 27","stance":"support","opinion":"Đồng ý \"mở rộng\"","started_at":"2022-06-12T08:41:00+07:00","duration_s":60}"#
    );

    assert!(matches!(
        store.correct_opinion(id, 1, 2, &correction, t("2022-06-12T09:01:00+07:00"), "y"),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(store.audit_log(id).unwrap().len(), 1);
}

#[test]
fn votes_are_validated_numbered_and_corrected_with_an_audit_trail() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);

    // Invalid counts: refused, and nothing is written.
    assert!(matches!(
        store.add_vote(
            id,
            1,
            counts(56, 0, 0, 0),
            ALL_HALF,
            t("2022-06-12T09:10:00+07:00")
        ),
        Err(StoreError::InvalidVote(VoteError::PresentExceedsTotal {
            present: 56,
            total: 55
        }))
    ));
    assert!(matches!(
        store.add_vote(
            id,
            1,
            counts(42, 40, 2, 1),
            ALL_HALF,
            t("2022-06-12T09:10:00+07:00")
        ),
        Err(StoreError::InvalidVote(VoteError::CastExceedsPresent {
            cast: 43,
            present: 42
        }))
    ));
    assert_eq!(store.votes(id, 1).unwrap(), vec![]);
    assert!(matches!(
        store.add_vote(
            id,
            2,
            counts(42, 1, 0, 0),
            ALL_HALF,
            t("2022-06-12T09:10:00+07:00")
        ),
        Err(StoreError::NotFound { .. })
    ));

    let first = store
        .add_vote(
            id,
            1,
            counts(42, 27, 10, 5),
            ALL_HALF,
            t("2022-06-12T09:10:00+07:00"),
        )
        .unwrap();
    assert_eq!(
        first,
        Vote {
            item_no: 1,
            vote_no: 1,
            voted_at: t("2022-06-12T09:10:00+07:00"),
            counts: counts(42, 27, 10, 5),
            rule: ALL_HALF,
            corrections: 0,
            method: hopdan::domain::VoteMethod::Hands,
        }
    );
    let revote = store
        .add_vote(
            id,
            1,
            counts(43, 38, 3, 1),
            ALL_HALF,
            t("2022-06-12T09:30:00+07:00"),
        )
        .unwrap();
    assert_eq!(revote.vote_no, 2);
    assert_eq!(
        store.votes(id, 1).unwrap(),
        vec![first.clone(), revote.clone()]
    );

    let corrected = store
        .correct_vote(
            id,
            1,
            1,
            counts(42, 28, 10, 4),
            t("2022-06-12T09:40:00+07:00"),
            "Đếm lại",
        )
        .unwrap();
    assert_eq!(corrected.counts, counts(42, 28, 10, 4));
    assert_eq!(corrected.corrections, 1);
    assert_eq!(corrected.voted_at, first.voted_at);
    assert_eq!(corrected.rule, first.rule);
    let again = store
        .correct_vote(
            id,
            1,
            1,
            counts(42, 29, 9, 4),
            t("2022-06-12T09:45:00+07:00"),
            "Sót 1 phiếu",
        )
        .unwrap();
    assert_eq!(again.corrections, 2);
    assert_eq!(
        store.votes(id, 1).unwrap(),
        vec![again.clone(), revote.clone()]
    );

    // An invalid correction changes nothing and logs nothing.
    assert!(matches!(
        store.correct_vote(
            id,
            1,
            1,
            counts(42, 40, 2, 1),
            t("2022-06-12T09:50:00+07:00"),
            "x"
        ),
        Err(StoreError::InvalidVote(_))
    ));
    assert!(matches!(
        store.correct_vote(
            id,
            1,
            3,
            counts(42, 1, 1, 1),
            t("2022-06-12T09:50:00+07:00"),
            "x"
        ),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(store.votes(id, 1).unwrap(), vec![again, revote]);

    let log = store.audit_log(id).unwrap();
    assert_eq!(log.len(), 2);
    assert!(
        log.iter()
            .all(|e| e.entity == AUDIT_VOTE && e.action == AUDIT_CORRECT)
    );
    assert_eq!((log[0].item_no, log[0].number), (Some(1), Some(1)));
    assert_eq!(log[0].reason, "Đếm lại");
    assert_eq!(log[0].at, t("2022-06-12T09:40:00+07:00"));
    assert_eq!(
        log[0].old_values,
        r#"{"meeting_id":1,"item_no":1,"vote_no":1,"voted_at":"2022-06-12T09:10:00+07:00","households_total":55,"households_present":42,"votes_for":27,"votes_against":10,"votes_abstain":5,"vote_base":"all_households","threshold":"more_than_half","corrections":0}"#
    );
    assert!(log[1].old_values.contains(r#""votes_for":28"#));
    assert!(log[1].old_values.contains(r#""corrections":1}"#));
    assert_eq!(log[1].reason, "Sót 1 phiếu");
}

#[test]
fn settings_are_kept_across_reopening_and_replaced() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.setting(Setting::TypingMode).unwrap(), None);
    store.set_setting(Setting::TypingMode, "vni").unwrap();
    store.set_setting(Setting::TypingMode, "telex").unwrap();
    store
        .set_setting(Setting::ExportFolder, "/tmp/biên bản")
        .unwrap();
    drop(store);

    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.setting(Setting::TypingMode).unwrap().as_deref(),
        Some("telex")
    );
    assert_eq!(
        store.setting(Setting::ExportFolder).unwrap().as_deref(),
        Some("/tmp/biên bản")
    );
}

#[test]
fn drafts_are_kept_replaced_and_deleted() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let id = store.create_meeting(&meeting()).unwrap();
    let other = store.create_meeting(&meeting()).unwrap();
    assert_eq!(store.draft(id, "opinion").unwrap(), None);
    store
        .save_draft(id, "opinion", "Đồng", t("2022-06-12T08:41:00+07:00"))
        .unwrap();
    store
        .save_draft(
            id,
            "opinion",
            "Đồng ý mở rộng\nkiệt",
            t("2022-06-12T08:41:02+07:00"),
        )
        .unwrap();
    store
        .save_draft(other, "opinion", "Khác", t("2022-06-12T08:41:02+07:00"))
        .unwrap();
    assert_eq!(
        store.draft(id, "opinion").unwrap().as_deref(),
        Some("Đồng ý mở rộng\nkiệt")
    );
    drop(store);

    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        store.draft(id, "opinion").unwrap().as_deref(),
        Some("Đồng ý mở rộng\nkiệt")
    );
    store.delete_draft(id, "opinion").unwrap();
    store.delete_draft(id, "opinion").unwrap();
    assert_eq!(store.draft(id, "opinion").unwrap(), None);
    assert_eq!(
        store.draft(other, "opinion").unwrap().as_deref(),
        Some("Khác")
    );
    assert!(matches!(
        store.save_draft(999, "opinion", "x", t("2022-06-12T08:41:02+07:00")),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn drafts_of_no_meeting_are_kept_replaced_and_deleted() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.app_draft("form.meeting").unwrap(), None);
    store
        .save_app_draft("form.meeting", "Về việc", t("2022-06-12T08:20:00+07:00"))
        .unwrap();
    store
        .save_app_draft(
            "form.meeting",
            "Về việc mở rộng\nkiệt 19",
            t("2022-06-12T08:20:02+07:00"),
        )
        .unwrap();
    store
        .save_app_draft("other", "Khác", t("2022-06-12T08:20:02+07:00"))
        .unwrap();
    // Drafts of meetings are another table: the same key there is another draft.
    let id = store.create_meeting(&meeting()).unwrap();
    store
        .save_draft(
            id,
            "form.meeting",
            "Của cuộc họp",
            t("2022-06-12T08:20:03+07:00"),
        )
        .unwrap();
    drop(store);

    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        store.app_draft("form.meeting").unwrap().as_deref(),
        Some("Về việc mở rộng\nkiệt 19")
    );
    // Closing every meeting leaves them alone.
    store
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    assert!(store.app_draft("form.meeting").unwrap().is_some());
    store.delete_app_draft("form.meeting").unwrap();
    store.delete_app_draft("form.meeting").unwrap();
    assert_eq!(store.app_draft("form.meeting").unwrap(), None);
    assert_eq!(store.app_draft("other").unwrap().as_deref(), Some("Khác"));
    assert!(
        store
            .save_app_draft("", "x", t("2022-06-12T10:00:00+07:00"))
            .is_err()
    );
}

#[test]
fn a_record_loads_and_inserts_back_unchanged() {
    let (_dir, mut store) = temp_store();
    let id = populated(&mut store);
    let record = store.load_record(id).unwrap();

    assert_eq!(record.meeting, meeting());
    assert_eq!(record.agenda.len(), 2);
    assert_eq!(record.agenda[1].rule, PRESENT_TWO_THIRDS);
    let turns: Vec<(u32, u32)> = record
        .opinions
        .iter()
        .map(|o| (o.item_no, o.turn_no))
        .collect();
    assert_eq!(turns, vec![(1, 1), (2, 1)]);
    let votes: Vec<(u32, u32, u32)> = record
        .votes
        .iter()
        .map(|v| (v.item_no, v.vote_no, v.corrections))
        .collect();
    assert_eq!(votes, vec![(1, 1, 1), (2, 1, 0), (2, 2, 0)]);
    assert_eq!(record.latest_vote(2).unwrap().counts, counts(43, 30, 10, 3));

    // Into a fresh database, and into the same one.
    let (_dir2, path2) = temp_db();
    let mut fresh = Store::open(&path2).unwrap();
    let copy = fresh.insert_record(&record).unwrap();
    assert_eq!(fresh.load_record(copy).unwrap(), record);
    let again = store.insert_record(&record).unwrap();
    assert_ne!(again, id);
    assert_eq!(store.load_record(again).unwrap(), record);

    // A closed record stays closed, with its end time and corrections.
    let mut closed = record.clone();
    closed.meeting.status = MeetingStatus::Closed;
    closed.meeting.ended_at = Some(t("2022-06-12T10:15:00+07:00"));
    closed.votes[2].corrections = 3;
    let closed_id = fresh.insert_record(&closed).unwrap();
    assert_eq!(fresh.load_record(closed_id).unwrap(), closed);

    assert!(matches!(
        store.load_record(999),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn inserting_a_record_is_all_or_nothing() {
    let (_dir, mut store) = temp_store();
    let id = populated(&mut store);
    let record = store.load_record(id).unwrap();

    let (_dir2, path2) = temp_db();
    let mut fresh = Store::open(&path2).unwrap();

    // An opinion on an item that is not on the agenda.
    let mut orphan = record.clone();
    orphan.opinions[1].item_no = 3;
    assert!(fresh.insert_record(&orphan).is_err());
    // Two votes with the same number.
    let mut duplicate = record.clone();
    duplicate.votes[2].vote_no = 1;
    assert!(fresh.insert_record(&duplicate).is_err());
    // Invalid counts.
    let mut invalid = record.clone();
    invalid.votes[0].counts.votes_for = 50;
    assert!(matches!(
        fresh.insert_record(&invalid),
        Err(StoreError::InvalidVote(
            VoteError::CastExceedsPresent { .. }
        ))
    ));
    let mut crowd = record.clone();
    crowd.meeting.households_present = 60;
    assert!(matches!(
        fresh.insert_record(&crowd),
        Err(StoreError::InvalidVote(_))
    ));

    assert_eq!(fresh.list_meetings().unwrap(), vec![]);
    assert_eq!(fresh.latest_meeting_id().unwrap(), None);
    // The failed attempts left nothing half-done: the good record still goes in.
    let copy = fresh.insert_record(&record).unwrap();
    assert_eq!(fresh.load_record(copy).unwrap(), record);
    assert_eq!(fresh.list_meetings().unwrap().len(), 1);
}

#[test]
fn a_closed_meeting_refuses_every_change() {
    let (_dir, mut store) = temp_store();
    let id = populated(&mut store);
    let mut record = store.load_record(id).unwrap();
    record.meeting.status = MeetingStatus::Closed;
    record.meeting.ended_at = Some(t("2022-06-12T10:15:00+07:00"));
    let closed = store.insert_record(&record).unwrap();

    assert_every_change_refused(&mut store, closed);

    // Reading still works and nothing changed; the open meeting is unaffected.
    assert_eq!(store.load_record(closed).unwrap(), record);
    // The copy took the history of its corrections along.
    let log = store.audit_log(closed).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].reason, store.audit_log(id).unwrap()[0].reason);
    store.set_households_present(id, 40).unwrap();
    let summary = store.list_meetings().unwrap();
    assert_eq!(
        summary.iter().find(|m| m.id == closed).unwrap().status,
        MeetingStatus::Closed
    );
}

#[test]
fn a_file_that_is_not_a_sqlite_database_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 3] = [
        (
            "meeting.csv",
            "\u{feff}meeting_id,title\r\n1,Về việc mở rộng kiệt\r\n".as_bytes(),
        ),
        ("short.db", b"SQLi"),
        ("almost.db", b"SQLite format 2\0 and then some more bytes"),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        match Store::open(&path) {
            Err(StoreError::NotADatabase { path: p }) => assert_eq!(p, path),
            Err(other) => panic!("{name}: expected NotADatabase, got {other:?}"),
            Ok(_) => panic!("{name}: expected NotADatabase, got a store"),
        }
        assert_unchanged(&path, bytes);
    }
    // A folder is not a database file either.
    assert!(matches!(
        Store::open(dir.path()),
        Err(StoreError::CannotOpen { .. })
    ));
}

#[test]
fn another_programs_sqlite_database_is_refused_and_left_unchanged() {
    let (_dir, path) = temp_db();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Nguyễn Văn Hùng');",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotADatabase { .. })
    ));
    assert_unchanged(&path, &before);
}

#[test]
fn a_database_from_a_newer_hopdan_is_refused_and_left_unchanged() {
    let (_dir, path) = temp_db();
    {
        let mut store = Store::open(&path).unwrap();
        populated(&mut store);
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::NewerSchema { found, supported }) => {
            assert_eq!(found, 99);
            assert!(supported < 99);
        }
        Err(other) => panic!("expected NewerSchema, got {other:?}"),
        Ok(_) => panic!("expected NewerSchema, got a store"),
    }
    assert_unchanged(&path, &before);
}

/// A database of 30 meetings whose last page (table or index data, far from the schema) is
/// overwritten: damage that opening the file does not read.
fn damaged_in_a_data_page() -> (TempDir, PathBuf, Vec<u8>) {
    let (dir, path) = temp_db();
    {
        let mut store = Store::open(&path).unwrap();
        for _ in 0..30 {
            populated(&mut store);
        }
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() > 8 * page_size);
    let last = bytes.len() - page_size;
    for b in &mut bytes[last..] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    (dir, path, bytes)
}

#[test]
fn damage_that_opening_does_not_read_is_found_by_the_check_and_then_nothing_is_written() {
    let (_dir, path, bytes) = damaged_in_a_data_page();
    // Opening reads only the first pages, so that a large database opens at once.
    let mut store = Store::open(&path).unwrap();
    let detail = match store.quick_check() {
        Err(StoreError::Corrupt { detail }) => detail,
        other => panic!("expected Corrupt, got {other:?}"),
    };
    assert!(!detail.is_empty());
    // The same check in the background, as the interface runs it.
    match store.spawn_quick_check().join().unwrap() {
        Err(StoreError::Corrupt { detail: found }) => assert_eq!(found, detail),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    store.refuse_writes(detail.clone());
    match store.create_meeting(&meeting()) {
        Err(StoreError::Corrupt { detail: refused }) => assert_eq!(refused, detail),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    drop(store);
    assert_unchanged(&path, &bytes);
}

#[test]
fn an_intact_database_passes_the_check() {
    let (_dir, mut store) = temp_store();
    populated(&mut store);
    store.quick_check().unwrap();
    store.spawn_quick_check().join().unwrap().unwrap();
}

#[test]
fn a_damaged_database_is_refused_and_left_unchanged() {
    let (_dir, path) = temp_db();
    {
        let mut store = Store::open(&path).unwrap();
        for _ in 0..20 {
            populated(&mut store);
        }
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() > 4 * page_size);
    // Scribble over the pages after the schema.
    for b in &mut bytes[page_size + 8..] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    match Store::open(&path) {
        Err(StoreError::Corrupt { detail }) => assert!(!detail.is_empty()),
        Err(other) => panic!("expected Corrupt, got {other:?}"),
        Ok(_) => panic!("expected Corrupt, got a store"),
    }
    assert_unchanged(&path, &bytes);
}

#[test]
fn error_messages_are_one_clear_sentence() {
    let messages = [
        StoreError::NotADatabase {
            path: "/tmp/biên bản.csv".into(),
        }
        .to_string(),
        StoreError::NewerSchema {
            found: 9,
            supported: 2,
        }
        .to_string(),
        StoreError::MeetingClosed.to_string(),
        StoreError::Busy.to_string(),
        StoreError::ReadOnly.to_string(),
        StoreError::DiskFull.to_string(),
        StoreError::NoFloor.to_string(),
        StoreError::FloorTaken {
            speaker: "Nguyễn Văn Hùng".into(),
        }
        .to_string(),
        StoreError::EndsBeforeStart {
            started: "2022-06-12T08:30:00+07:00".into(),
            ended: "2022-06-12T08:00:00+07:00".into(),
        }
        .to_string(),
        StoreError::BackupOverDatabase {
            path: "/tmp/hopdan.db".into(),
        }
        .to_string(),
        StoreError::Backup {
            path: "/tmp/sao lưu/hopdan.db".into(),
            cause: std::io::Error::from(std::io::ErrorKind::PermissionDenied).into(),
        }
        .to_string(),
    ];
    for message in messages {
        assert!(!message.is_empty());
        assert!(!message.contains('\n'), "{message}");
    }
    assert!(
        StoreError::NotADatabase {
            path: "/tmp/biên bản.csv".into()
        }
        .to_string()
        .contains("/tmp/biên bản.csv")
    );
}

#[test]
fn a_schema_2_database_is_upgraded_and_its_closed_meetings_say_they_have_no_fingerprint() {
    let (_dir, path) = temp_db();
    // A database as the previous version left it: schema 2, one meeting closed without a
    // fingerprint (an import), one open.
    older_database(&path, 2)
        .execute_batch(
            "INSERT INTO meetings (title, ward, residential_group, location, started_at, \
             ended_at, chair, chair_title, secretary, households_total, households_present, \
             status) VALUES \
             ('Cũ', 'P', 'T', 'N', '2022-06-12T08:30:00+07:00', '2022-06-12T10:00:00+07:00', \
              'C', 'CT', 'S', 55, 42, 'closed'), \
             ('Mở', 'P', 'T', 'N', '2022-06-13T08:30:00+07:00', NULL, \
              'C', 'CT', 'S', 55, 42, 'open');",
        )
        .unwrap();
    let mut store = Store::open(&path).unwrap();
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 14);
    assert_eq!(store.meeting_fingerprint(1).unwrap(), None);
    assert_eq!(store.verify_meeting(1).unwrap(), Verification::Unsealed);
    assert!(matches!(
        store.close_meeting(1, t("2022-06-12T11:00:00+07:00")),
        Err(StoreError::MeetingClosed)
    ));
    // The open one closes with a fingerprint and verifies.
    let fp = store
        .close_meeting(2, t("2022-06-13T10:00:00+07:00"))
        .unwrap();
    assert_eq!(
        store.verify_meeting(2).unwrap(),
        Verification::Intact { fingerprint: fp }
    );
}

#[test]
fn guests_and_conclusions_are_kept_corrected_and_removed() {
    let (_dir, mut store) = temp_store();
    let id = populated(&mut store);
    let a = store
        .add_guest(id, "Nguyễn Văn A", "Phó Chủ tịch UBND phường")
        .unwrap();
    let b = store.add_guest(id, "Lê Thị B", "").unwrap();
    let c = store
        .add_guest(id, "Trần Văn C", "Chủ tịch UB MTTQ phường")
        .unwrap();
    assert_eq!((a.guest_no, b.guest_no, c.guest_no), (1, 2, 3));
    store
        .correct_guest(id, 2, "Lê Thị Bình", "Chủ tịch Hội Phụ nữ phường")
        .unwrap();
    store.remove_guest(id, 1).unwrap();
    assert!(matches!(
        store.remove_guest(id, 1),
        Err(StoreError::NotFound(Missing::Guest { guest_no: 1, .. }))
    ));
    assert!(matches!(
        store.correct_guest(id, 9, "X", ""),
        Err(StoreError::NotFound(Missing::Guest { guest_no: 9, .. }))
    ));
    let names: Vec<_> = store
        .guests(id)
        .unwrap()
        .into_iter()
        .map(|g| (g.guest_no, g.label()))
        .collect();
    assert_eq!(
        names,
        [
            (2, "Lê Thị Bình — Chủ tịch Hội Phụ nữ phường".to_owned()),
            (3, "Trần Văn C — Chủ tịch UB MTTQ phường".to_owned()),
        ]
    );
    // The next guest is numbered after the last, never reusing a number in between.
    assert_eq!(store.add_guest(id, "Phạm D", "").unwrap().guest_no, 4);

    store.set_conclusion(id, 1, "Thống nhất mở rộng.").unwrap();
    store
        .set_conclusion(id, 1, "Thống nhất mở rộng kiệt lên 3 m.\nGiao tổ vận động.")
        .unwrap();
    store.set_conclusion(id, 2, "Tạm hoãn.").unwrap();
    store.set_conclusion(id, 2, "").unwrap();
    assert!(matches!(
        store.set_conclusion(id, 7, "Không có nội dung này."),
        Err(StoreError::NotFound(Missing::AgendaItem { item_no: 7, .. }))
    ));
    let record = store.load_record(id).unwrap();
    assert_eq!(record.guests, store.guests(id).unwrap());
    assert_eq!(record.conclusions, store.conclusions(id).unwrap());
    assert_eq!(record.conclusions.len(), 1);
    assert_eq!(
        record.conclusion(1).map(|c| c.text.as_str()),
        Some("Thống nhất mở rộng kiệt lên 3 m.\nGiao tổ vận động.")
    );
    assert_eq!(record.conclusion(2), None);

    // An import puts them back as they were, and a closed copy keeps them sealed.
    let mut closed = record.clone();
    closed.meeting.status = MeetingStatus::Closed;
    closed.meeting.ended_at = Some(t("2022-06-12T10:15:00+07:00"));
    let copy = store.insert_record(&closed).unwrap();
    assert_eq!(store.load_record(copy).unwrap(), closed);
    assert!(store.verify_meeting(copy).unwrap().is_intact());
}
