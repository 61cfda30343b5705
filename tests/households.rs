//! The register, the sign-in at the door and the land pledges in the store (SPEC §9–§11):
//! presence follows the list, every refusal is a sentence, and a closed meeting keeps them.

mod common;

use hopdan::domain::{Consent, Household, Measure, MeetingId, Pledge, Standing};
use hopdan::i18n::{EN, VI};
use hopdan::messages::store_error;
use hopdan::store::{AUDIT_MOVED_AWAY, Representative, Store, StoreError};

use common::{add_meeting, counts, household, t, temp_store};

/// A register of `n` households, numbered 27-001 …
fn register(n: u32) -> Vec<Household> {
    (1..=n)
        .map(|i| {
            household(
                &format!("27-{i:03}"),
                &format!("K19/{i} Phú Lộc 10"),
                &format!("Chủ hộ {i}"),
            )
        })
        .collect()
}

/// A meeting of two items with a register of 10 households.
fn meeting_with_register(store: &mut Store) -> MeetingId {
    let id = add_meeting(store, &["Mở rộng kiệt lên 3 m", "Hiến đất"]);
    store.set_register(id, &register(10)).unwrap();
    id
}

/// A show of hands among the ten households of [`meeting_with_register`], all for or absent.
fn among_ten(present: u32, votes_for: u32) -> hopdan::domain::VoteCounts {
    let mut counts = counts(present, votes_for, 0, 0);
    counts.households_total = 10;
    counts
}

fn head() -> Representative {
    Representative::default()
}

fn sign_in(store: &mut Store, id: MeetingId, no: &str, hm: &str) {
    store
        .sign_in(id, no, &head(), t(&format!("2022-06-12T{hm}:00+07:00")))
        .unwrap();
}

fn present_and_total(store: &Store, id: MeetingId) -> (u32, u32) {
    let meeting = store.meeting(id).unwrap();
    (meeting.households_present, meeting.households_total)
}

/// The sentence both languages say for `err`, Vietnamese first.
fn said(err: &StoreError) -> (String, String) {
    (store_error(&VI, err), store_error(&EN, err))
}

#[test]
fn the_register_sets_the_total_and_the_sign_in_list_the_households_present() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    assert_eq!(present_and_total(&store, id), (0, 10));
    assert_eq!(store.households(id).unwrap(), register(10));

    sign_in(&mut store, id, "27-001", "07:50");
    sign_in(&mut store, id, "27-002", "07:52");
    assert_eq!(present_and_total(&store, id), (2, 10));

    let attendance = store.attendance(id).unwrap();
    assert_eq!(attendance[0].household_no, "27-001");
    // The head represents the household unless another is named.
    assert_eq!(attendance[0].representative_name, "Chủ hộ 1");
    assert_eq!(attendance[0].standing, Standing::Head);

    store
        .sign_out(id, "27-001", t("2022-06-12T09:40:00+07:00"))
        .unwrap();
    assert_eq!(present_and_total(&store, id), (1, 10));
}

#[test]
fn a_second_sign_in_is_refused_with_the_time_it_arrived() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    sign_in(&mut store, id, "27-003", "07:50");
    let err = store
        .sign_in(id, "27-003", &head(), t("2022-06-12T08:10:00+07:00"))
        .unwrap_err();
    assert!(matches!(err, StoreError::AlreadySignedIn { .. }), "{err:?}");
    assert_eq!(
        said(&err),
        (
            "Hộ số 27-003 đã điểm danh lúc 7:50.".to_owned(),
            "Household 27-003 signed in already, at 7:50.".to_owned()
        )
    );
    assert_eq!(present_and_total(&store, id), (1, 10));
}

#[test]
fn an_unknown_household_is_refused_by_its_number() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let err = store
        .sign_in(id, "99", &head(), t("2022-06-12T08:10:00+07:00"))
        .unwrap_err();
    assert_eq!(said(&err).0, "Không có hộ số 99 trong danh sách hộ của tổ.");
    assert_eq!(store.attendance(id).unwrap(), []);
}

#[test]
fn a_household_that_left_comes_back_as_the_same_stay_or_after_a_vote_as_a_new_one() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    sign_in(&mut store, id, "27-001", "07:50");
    sign_in(&mut store, id, "27-002", "07:51");
    store
        .sign_out(id, "27-001", t("2022-06-12T08:20:00+07:00"))
        .unwrap();
    // Back before any vote: the first sign-in stands again.
    sign_in(&mut store, id, "27-001", "08:30");
    assert_eq!(store.attendance(id).unwrap()[0].left_at, None);
    assert_eq!(present_and_total(&store, id), (2, 10));

    store
        .sign_out(id, "27-002", t("2022-06-12T08:40:00+07:00"))
        .unwrap();
    let vote_at = t("2022-06-12T08:58:00+07:00");
    let one = among_ten(1, 1);
    store
        .add_vote(id, 1, one, common::ALL_HALF, vote_at)
        .unwrap();
    // Back after a vote that counted it away: a second stay, with whoever came now.
    let daughter = Representative {
        name: "Lê Thị Mai".into(),
        standing: Standing::Member,
        note: String::new(),
    };
    let back = store
        .sign_in(id, "27-002", &daughter, t("2022-06-12T09:05:00+07:00"))
        .unwrap();
    assert_eq!(back.arrived_at, t("2022-06-12T09:05:00+07:00"));
    assert_eq!(back.representative_name, "Lê Thị Mai");
    assert_eq!(present_and_total(&store, id), (2, 10));
    let stays: Vec<_> = store
        .attendance(id)
        .unwrap()
        .into_iter()
        .filter(|a| a.household_no == "27-002")
        .collect();
    assert_eq!(stays.len(), 2);
    assert_eq!(stays[0].left_at, Some(t("2022-06-12T08:40:00+07:00")));
    // The vote still counts what it counted; the next one counts it present.
    let record = store.load_record(id).unwrap();
    assert_eq!(hopdan::domain::present_at(&record.attendance, vote_at), 1);
    let mut now_two = one;
    now_two.households_present = 2;
    store
        .add_vote(
            id,
            1,
            now_two,
            common::ALL_HALF,
            t("2022-06-12T09:10:00+07:00"),
        )
        .unwrap();
    // Present again, so a second sign-in is refused with the time it came back.
    let err = store
        .sign_in(id, "27-002", &head(), t("2022-06-12T09:12:00+07:00"))
        .unwrap_err();
    assert_eq!(said(&err).0, "Hộ số 27-002 đã điểm danh lúc 9:05.");
}

#[test]
fn a_vote_under_a_clock_set_back_is_taken_after_the_latest_sign_in() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    sign_in(&mut store, id, "27-001", "07:50");
    sign_in(&mut store, id, "27-002", "07:51");
    let mut typed = among_ten(2, 2);
    store
        .add_vote(
            id,
            1,
            typed,
            common::ALL_HALF,
            t("2022-06-12T08:58:00+07:00"),
        )
        .unwrap();
    // The clock goes back: the sign-in is recorded after the vote, the next vote after it.
    sign_in(&mut store, id, "27-003", "08:53");
    typed.households_present = 3;
    let vote = store
        .add_vote(
            id,
            1,
            typed,
            common::ALL_HALF,
            t("2022-06-12T08:55:00+07:00"),
        )
        .unwrap();
    assert_eq!(vote.voted_at, t("2022-06-12T08:58:01+07:00"));
    let record = store.load_record(id).unwrap();
    assert_eq!(
        hopdan::domain::present_at(&record.attendance, vote.voted_at),
        3
    );
}

#[test]
fn a_vote_must_count_the_households_the_list_has_present_then() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    for (no, hm) in [
        ("27-001", "07:50"),
        ("27-002", "07:51"),
        ("27-003", "07:52"),
    ] {
        sign_in(&mut store, id, no, hm);
    }
    let at = t("2022-06-12T08:58:00+07:00");
    let mut typed = among_ten(4, 3);
    let err = store
        .add_vote(id, 1, typed, common::ALL_HALF, at)
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::PresentNotAttendance {
                found: 4,
                expected: 3
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        said(&err).0,
        "Biểu quyết ghi 4 hộ có mặt, nhưng danh sách điểm danh lúc đó có 3 hộ."
    );
    typed.households_present = 3;
    let vote = store.add_vote(id, 1, typed, common::ALL_HALF, at).unwrap();

    // A correction of the vote is checked against the list at the vote's time, not now.
    sign_in(&mut store, id, "27-004", "09:00");
    let mut corrected = typed;
    corrected.votes_for = 2;
    corrected.votes_abstain = 1;
    store
        .correct_vote(
            id,
            1,
            vote.vote_no,
            corrected,
            t("2022-06-12T09:01:00+07:00"),
            "đếm lại",
        )
        .unwrap();
    corrected.households_present = 4;
    assert!(matches!(
        store.correct_vote(
            id,
            1,
            vote.vote_no,
            corrected,
            t("2022-06-12T09:02:00+07:00"),
            "x"
        ),
        Err(StoreError::PresentNotAttendance {
            found: 4,
            expected: 3
        })
    ));
}

#[test]
fn with_a_register_presence_and_total_are_not_typed_by_hand() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    assert!(matches!(
        store.set_households_present(id, 5),
        Err(StoreError::PresenceFromRegister)
    ));
    let mut details = store.meeting(id).unwrap().details();
    details.households_total = 55;
    assert!(matches!(
        store.correct_meeting_details(id, &details, t("2022-06-12T08:00:00+07:00"), "x"),
        Err(StoreError::TotalFromRegister)
    ));
    // Without a register, as before.
    let other = add_meeting(&mut store, &[]);
    store.set_households_present(other, 5).unwrap();
    assert_eq!(present_and_total(&store, other), (5, 55));
}

#[test]
fn moving_away_and_correcting_a_household_are_audited_with_their_reason() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let at = t("2022-06-12T07:40:00+07:00");
    let mut corrected = household("27-002", "K19/2A Phú Lộc 10", "Nguyễn Thị Hoa");
    corrected.members = None;
    store
        .correct_household(id, "27-002", &corrected, at, "chủ hộ mới")
        .unwrap();
    store
        .mark_moved_away(id, "27-005", at, "đã bán nhà, chuyển đi")
        .unwrap();
    let households = store.households(id).unwrap();
    assert_eq!(households.len(), 9);
    assert_eq!(households[1], corrected);
    assert!(households.iter().all(|h| h.household_no != "27-005"));
    assert_eq!(present_and_total(&store, id), (0, 9));

    let log = store.audit_log(id).unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].reason, "chủ hộ mới");
    assert!(
        log[0].old_values.contains("K19/2 Phú Lộc 10"),
        "{}",
        log[0].old_values
    );
    assert_eq!(log[1].action, AUDIT_MOVED_AWAY);
    assert!(
        log[1].old_values.contains("27-005"),
        "{}",
        log[1].old_values
    );
    // These are not corrections of the record's files.
    assert_eq!(store.load_record(id).unwrap().corrections, []);

    // The number stays; a household that signed in stays.
    corrected.household_no = "27-099".into();
    assert!(matches!(
        store.correct_household(id, "27-002", &corrected, at, "x"),
        Err(StoreError::HouseholdNumberKept { .. })
    ));
    sign_in(&mut store, id, "27-001", "07:50");
    assert!(matches!(
        store.mark_moved_away(id, "27-001", at, "x"),
        Err(StoreError::HouseholdInUse { .. })
    ));
    assert!(matches!(
        store.set_register(id, &register(3)),
        Err(StoreError::RegisterInUse)
    ));
}

#[test]
fn a_register_with_a_number_twice_is_refused_whole() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &[]);
    let mut twice = register(3);
    twice[2].household_no = "27-001".into();
    let err = store.set_register(id, &twice).unwrap_err();
    assert_eq!(said(&err).0, "Hộ số 27-001 có hai lần trong danh sách hộ.");
    assert_eq!(store.households(id).unwrap(), []);
    assert_eq!(present_and_total(&store, id), (42, 55));
}

#[test]
fn the_register_cannot_change_size_once_a_vote_counted_it() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    sign_in(&mut store, id, "27-001", "07:50");
    let typed = among_ten(1, 1);
    store
        .add_vote(
            id,
            1,
            typed,
            common::ALL_HALF,
            t("2022-06-12T08:58:00+07:00"),
        )
        .unwrap();
    let at = t("2022-06-12T09:00:00+07:00");
    assert!(matches!(
        store.add_household(id, &household("27-011", "K19/11", "A")),
        Err(StoreError::TotalFixedByVotes { .. })
    ));
    assert!(matches!(
        store.mark_moved_away(id, "27-009", at, "x"),
        Err(StoreError::TotalFixedByVotes { .. })
    ));
    // A sign-in a vote counted cannot be taken back; a later one can.
    assert!(matches!(
        store.cancel_sign_in(id, "27-001"),
        Err(StoreError::SignInCounted { .. })
    ));
    sign_in(&mut store, id, "27-002", "09:05");
    store.cancel_sign_in(id, "27-002").unwrap();
    assert_eq!(present_and_total(&store, id), (1, 10));
}

#[test]
fn a_proxy_is_named_with_whose_proxy_it_is_and_can_be_changed() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let proxy = Representative {
        name: "Trần Văn Bảy".into(),
        standing: Standing::Proxy,
        note: "được bà Chủ hộ 4 ủy quyền".into(),
    };
    let signed = store
        .sign_in(id, "27-004", &proxy, t("2022-06-12T07:55:00+07:00"))
        .unwrap();
    assert_eq!(signed.representative_name, "Trần Văn Bảy");
    assert_eq!(signed.standing, Standing::Proxy);
    let member = Representative {
        name: "Lê Thị Chín".into(),
        standing: Standing::Member,
        note: String::new(),
    };
    let changed = store.change_representative(id, "27-004", &member).unwrap();
    assert_eq!(
        (changed.representative_name.as_str(), changed.standing),
        ("Lê Thị Chín", Standing::Member)
    );
    assert_eq!(changed.arrived_at, signed.arrived_at);
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
        structures: "cổng, tường rào".into(),
        consent,
        note: String::new(),
        recorded_at: t("2022-06-12T09:20:00+07:00"),
    }
}

#[test]
fn pledges_are_kept_per_household_on_an_item_that_takes_them() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let first = pledge("27-003", "5", "0,5", Consent::Agreed);
    assert!(matches!(
        store.save_pledge(id, &first),
        Err(StoreError::ItemTakesNoPledges { item_no: 2 })
    ));
    store.set_takes_pledges(id, 2, true).unwrap();
    assert!(store.agenda(id).unwrap()[1].takes_pledges);
    store.save_pledge(id, &first).unwrap();
    store
        .save_pledge(id, &pledge("27-001", "6", "0,6", Consent::Refused))
        .unwrap();
    // A second pledge of the same household is refused: the first is corrected, with a
    // reason kept in the audit log.
    let changed = pledge("27-003", "5", "0,4", Consent::Undecided);
    let err = store.save_pledge(id, &changed).unwrap_err();
    assert!(
        matches!(&err, StoreError::AlreadyPledged { item_no: 2, household_no } if household_no == "27-003"),
        "{err:?}"
    );
    assert!(said(&err).0.contains("lý do"), "{}", said(&err).0);
    let at = t("2022-06-12T09:40:00+07:00");
    store
        .correct_pledge(id, &changed, at, "Hộ đổi ý, chờ họp gia đình")
        .unwrap();
    let pledges = store.pledges(id).unwrap();
    // In the register's order.
    assert_eq!(
        pledges
            .iter()
            .map(|p| p.household_no.as_str())
            .collect::<Vec<_>>(),
        ["27-001", "27-003"]
    );
    assert_eq!(pledges[1], changed);
    assert_eq!(pledges[1].area, Measure(200));

    let mut absurd = pledge("27-004", "100", "20", Consent::Agreed);
    absurd.area = Measure::area(absurd.frontage, absurd.depth);
    let err = store.save_pledge(id, &absurd).unwrap_err();
    assert!(said(&err).0.contains("1.000 m²"), "{}", said(&err).0);
    assert!(matches!(
        store.save_pledge(id, &pledge("99", "1", "1", Consent::Agreed)),
        Err(StoreError::UnknownHousehold { .. })
    ));
    assert!(matches!(
        store.set_takes_pledges(id, 2, false),
        Err(StoreError::ItemHasPledges { item_no: 2 })
    ));
    store
        .remove_pledge(id, 2, "27-001", at, "Ghi nhầm hộ")
        .unwrap();
    assert_eq!(store.pledges(id).unwrap().len(), 1);
    assert!(matches!(
        store.remove_pledge(id, 2, "27-001", at, "Ghi nhầm hộ"),
        Err(StoreError::NoPledge { item_no: 2, .. })
    ));
    let log = store.audit_log(id).unwrap();
    let actions: Vec<_> = log
        .iter()
        .map(|e| (e.entity.as_str(), e.action.as_str(), e.reason.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            ("pledge", "correct", "Hộ đổi ý, chờ họp gia đình"),
            ("pledge", "removed", "Ghi nhầm hộ")
        ]
    );
    // The corrected pledge's old values, as pledges.csv writes them.
    assert!(
        log[0].old_values.contains(r#""depth_m":"0.50""#),
        "{}",
        log[0].old_values
    );
    assert!(
        log[0].old_values.contains(r#""consent":"agreed""#),
        "{}",
        log[0].old_values
    );
}

#[test]
fn a_closed_meeting_keeps_its_register_attendance_and_pledges() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    store.set_takes_pledges(id, 2, true).unwrap();
    sign_in(&mut store, id, "27-001", "07:50");
    store
        .save_pledge(id, &pledge("27-001", "5", "0,5", Consent::Agreed))
        .unwrap();
    store
        .close_meeting(id, t("2022-06-12T10:30:00+07:00"))
        .unwrap();
    let record = store.load_record(id).unwrap();
    assert_eq!(record.households.len(), 10);
    assert_eq!(record.attendance.len(), 1);
    assert_eq!(record.pledges.len(), 1);

    let at = t("2022-06-12T10:40:00+07:00");
    for refused in [
        store.sign_in(id, "27-002", &head(), at).map(drop),
        store.sign_out(id, "27-001", at).map(drop),
        store.add_household(id, &household("27-011", "K19/11", "A")),
        store.mark_moved_away(id, "27-009", at, "x"),
        store.save_pledge(id, &pledge("27-002", "1", "1", Consent::Agreed)),
        store.set_register(id, &register(2)),
    ] {
        assert!(
            matches!(refused, Err(StoreError::MeetingClosed)),
            "{refused:?}"
        );
    }
}

#[test]
fn a_new_meeting_of_the_group_is_offered_the_latest_register() {
    let (_dir, mut store) = temp_store();
    let earlier = meeting_with_register(&mut store);
    let later = add_meeting(&mut store, &[]);
    assert_eq!(
        store.latest_register_of_group(later).unwrap(),
        Some((earlier, 10))
    );
    // Another group's meeting is offered nothing.
    let mut other = common::meeting();
    other.residential_group = "Tổ dân phố 28".into();
    let elsewhere = store.create_meeting(&other).unwrap();
    assert_eq!(store.latest_register_of_group(elsewhere).unwrap(), None);
}

#[test]
fn the_latest_register_of_a_ward_and_group_is_found_before_its_meeting_exists() {
    let (_dir, mut store) = temp_store();
    let (ward, group) = ("Phường Thanh Khê Tây", "Tổ dân phố 27");
    assert_eq!(store.latest_register_of(ward, group).unwrap(), None);
    let earlier = meeting_with_register(&mut store);
    assert_eq!(
        store.latest_register_of(ward, group).unwrap(),
        Some((earlier, 10))
    );
    // A later meeting of the group with a register of its own is the one offered; one
    // without a register is passed over.
    let mut later = common::meeting();
    later.started_at = t("2023-03-05T08:00:00+07:00");
    let later = store.create_meeting(&later).unwrap();
    assert_eq!(
        store.latest_register_of(ward, group).unwrap(),
        Some((earlier, 10))
    );
    store.set_register(later, &register(4)).unwrap();
    assert_eq!(
        store.latest_register_of(ward, group).unwrap(),
        Some((later, 4))
    );
    // Typed again with another case or a space around it, the group is the same.
    assert_eq!(
        store
            .latest_register_of(" phường Thanh Khê Tây", "tổ dân phố 27 ")
            .unwrap(),
        Some((later, 4))
    );
    // Another group, another ward: nothing.
    assert_eq!(
        store.latest_register_of(ward, "Tổ dân phố 28").unwrap(),
        None
    );
    assert_eq!(
        store.latest_register_of("Phường An Khê", group).unwrap(),
        None
    );
}

#[test]
fn a_sign_in_or_out_in_the_second_of_a_vote_counts_after_it() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    sign_in(&mut store, id, "27-001", "07:50");
    sign_in(&mut store, id, "27-002", "07:51");
    let vote_at = t("2022-06-12T08:58:00+07:00");
    let typed = among_ten(2, 2);
    store
        .add_vote(id, 1, typed, common::ALL_HALF, vote_at)
        .unwrap();
    // Both happen after the vote was saved, within its second.
    store.sign_out(id, "27-001", vote_at).unwrap();
    store.sign_in(id, "27-003", &head(), vote_at).unwrap();
    let record = store.load_record(id).unwrap();
    assert_eq!(hopdan::domain::present_at(&record.attendance, vote_at), 2);
    let one_second_later = t("2022-06-12T08:58:01+07:00");
    assert_eq!(record.attendance[0].left_at, Some(one_second_later));
    assert_eq!(record.attendance[2].arrived_at, one_second_later);
}

#[test]
fn a_number_the_files_cannot_carry_is_refused() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let too_long = household("27-014-000000000000000", "K19/14", "A");
    let err = store.add_household(id, &too_long).unwrap_err();
    assert!(
        said(&err).0.contains("dài quá 20 ký tự"),
        "{}",
        said(&err).0
    );
    let empty = household("", "K19/14", "A");
    let err = store.add_household(id, &empty).unwrap_err();
    assert_eq!(said(&err).0, "Hộ phải có số hộ.");
    assert_eq!(store.households(id).unwrap().len(), 10);
}

#[test]
fn a_proxy_says_whose_proxy_it_is_and_the_last_household_stays() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let unnamed = Representative {
        name: "Trần Văn Bảy".into(),
        standing: Standing::Proxy,
        note: " ".into(),
    };
    let err = store
        .sign_in(id, "27-004", &unnamed, t("2022-06-12T07:55:00+07:00"))
        .unwrap_err();
    assert_eq!(said(&err).0, "Hãy ghi người được ủy quyền thay cho ai.");
    assert_eq!(store.attendance(id).unwrap(), []);

    let at = t("2022-06-12T07:40:00+07:00");
    store.set_register(id, &register(1)).unwrap();
    let err = store.mark_moved_away(id, "27-001", at, "x").unwrap_err();
    assert!(matches!(err, StoreError::LastHousehold { .. }), "{err:?}");
    assert_eq!(present_and_total(&store, id), (0, 1));
}

#[test]
fn a_register_with_a_history_is_not_replaced_whole() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let at = t("2022-06-12T07:40:00+07:00");
    let mut corrected = household("27-002", "K19/2 Phú Lộc 10", "Lê Văn Hưng");
    corrected.members = None;
    store
        .correct_household(id, "27-002", &corrected, at, "Sai tên chủ hộ")
        .unwrap();
    let err = store.set_register(id, &register(3)).unwrap_err();
    assert!(matches!(err, StoreError::RegisterHasHistory), "{err:?}");
    assert!(said(&err).0.contains("từng hộ"), "{}", said(&err).0);
    // Nothing changed: the history still has the household it is about.
    assert_eq!(store.households(id).unwrap().len(), 10);
    let record = store.load_record(id).unwrap();
    let files = hopdan::export::export_files(&record, id, Default::default());
    assert!(hopdan::export::import_files(&files).is_ok());
}
