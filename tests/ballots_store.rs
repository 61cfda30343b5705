//! Votes by ballot in the store (SPEC §12): a secret ballot with its committee and witnesses,
//! on a yes/no item and on an options item; a household-ballot round, its ballots, their
//! corrections and its count; every check the store makes; and such a meeting exported,
//! imported and exported again.

mod common;

use hopdan::domain::{
    BallotChoice, BallotCountError, BallotDetails, BallotError, BallotSheets, CommitteeError,
    CountingCommittee, Household, HouseholdBallot, MeetingId, OptionCounts, OptionVote, Outcome,
    SecretBallotCounts, SecretOptionsCounts, VoteMethod, WitnessError,
};
use hopdan::export::{ExportOptions, export_files};
use hopdan::store::{Count, Representative, Store, StoreError};
use rusqlite::Connection;

use common::{ALL_HALF, add_meeting, household, t, temp_db, temp_store};

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

/// A meeting of three items — 1 and 3 yes/no questions, 2 a choice among three widths — with
/// a register of 10 households, 8 of them signed in by 07:57.
fn meeting_with_register(store: &mut Store) -> MeetingId {
    let id = add_meeting(
        store,
        &[
            "Mở rộng kiệt lên 3 m",
            "Phương án đoạn đầu kiệt",
            "Đóng góp kinh phí",
        ],
    );
    store.set_register(id, &register(10)).unwrap();
    for title in ["3 m toàn tuyến", "2,5 m đoạn đầu kiệt", "Giữ nguyên"] {
        store.add_option(id, 2, title, "").unwrap();
    }
    for i in 1..=8 {
        store
            .sign_in(
                id,
                &format!("27-{i:03}"),
                &Representative::default(),
                t(&format!("2022-06-12T07:5{i}:00+07:00")),
            )
            .unwrap();
    }
    id
}

/// A show of hands among the ten households of [`meeting_with_register`].
fn among_ten(present: u32, votes_for: u32) -> hopdan::domain::VoteCounts {
    let mut counts = common::counts(present, votes_for, 0, 0);
    counts.households_total = 10;
    counts
}

fn committee() -> CountingCommittee {
    CountingCommittee::new(&["Trần Văn Minh", "Lê Thị Sáu", "Nguyễn Văn Phúc"], 0)
}

fn witnesses(first: &str, second: &str) -> hopdan::domain::Witnesses {
    hopdan::domain::Witnesses {
        first: first.into(),
        second: second.into(),
    }
}

/// 8 ballots issued and returned among the 8 present, 7 valid: 6 for, 1 against.
fn tally() -> SecretBallotCounts {
    SecretBallotCounts {
        households_total: 10,
        households_present: 8,
        issued: 8,
        returned: 8,
        valid: 7,
        invalid: 1,
        votes_for: 6,
        votes_against: 1,
        votes_abstain: 0,
    }
}

const AT: &str = "2022-06-12T09:00:00+07:00";

fn secret(
    store: &mut Store,
    id: MeetingId,
    tally: &SecretBallotCounts,
    committee: &CountingCommittee,
    witnesses: &hopdan::domain::Witnesses,
) -> Result<hopdan::domain::Vote, StoreError> {
    store.add_secret_ballot(
        id,
        1,
        tally,
        Count {
            committee,
            witnesses,
        },
        t(AT),
    )
}

#[test]
fn a_secret_ballot_is_saved_with_its_committee_and_witnesses() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let vote = secret(
        &mut store,
        id,
        &tally(),
        &committee(),
        &witnesses("27-003", "27-004"),
    )
    .unwrap();
    assert_eq!((vote.vote_no, vote.method), (1, VoteMethod::Secret));
    assert_eq!(
        (
            vote.counts.households_present,
            vote.counts.votes_for,
            vote.counts.votes_against,
            vote.counts.votes_abstain
        ),
        (8, 6, 1, 0)
    );
    assert_eq!(vote.outcome(), Outcome::Passed);
    assert_eq!(store.votes(id, 1).unwrap(), [vote]);
    let ballots = store.ballots(id).unwrap();
    assert_eq!(
        ballots.details(1, 1),
        Some(&BallotDetails::Secret {
            sheets: BallotSheets {
                issued: 8,
                returned: 8,
                valid: 7,
                invalid: 1
            },
            committee: committee(),
            witnesses: witnesses("27-003", "27-004"),
        })
    );
    assert!(ballots.household_ballots.is_empty());
    // Its counts are the committee's: never typed over.
    assert!(matches!(
        store.correct_vote(id, 1, 1, among_ten(8, 7), t(AT), "sửa"),
        Err(StoreError::BallotNotCorrected {
            item_no: 1,
            vote_no: 1
        })
    ));
}

#[test]
fn a_secret_ballot_breaking_a_check_of_the_tally_is_refused() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let w = witnesses("27-003", "27-004");
    let refused = |store: &mut Store, tally: SecretBallotCounts| {
        secret(store, id, &tally, &committee(), &w).unwrap_err()
    };
    let err = refused(
        &mut store,
        SecretBallotCounts {
            returned: 9,
            valid: 8,
            ..tally()
        },
    );
    assert!(
        matches!(
            err,
            StoreError::BallotCount(BallotCountError::ReturnedExceedsIssued {
                returned: 9,
                issued: 8
            })
        ),
        "{err:?}"
    );
    let err = refused(
        &mut store,
        SecretBallotCounts {
            issued: 9,
            ..tally()
        },
    );
    assert!(
        matches!(
            err,
            StoreError::BallotCount(BallotCountError::IssuedExceedsPresent {
                issued: 9,
                present: 8
            })
        ),
        "{err:?}"
    );
    let err = refused(
        &mut store,
        SecretBallotCounts {
            invalid: 0,
            ..tally()
        },
    );
    assert!(
        matches!(
            err,
            StoreError::BallotCount(BallotCountError::SortedNotReturned {
                sorted: 7,
                returned: 8
            })
        ),
        "{err:?}"
    );
    let err = refused(
        &mut store,
        SecretBallotCounts {
            votes_abstain: 1,
            ..tally()
        },
    );
    assert!(
        matches!(
            err,
            StoreError::BallotCount(BallotCountError::VotesNotValid {
                counted: 8,
                valid: 7
            })
        ),
        "{err:?}"
    );
    assert!(store.votes(id, 1).unwrap().is_empty());
    assert!(store.ballots(id).unwrap().votes.is_empty());
}

#[test]
fn a_secret_ballot_is_counted_by_three_to_five_with_one_head_and_two_witnesses_of_the_register() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let w = witnesses("27-003", "27-004");
    let names = ["An", "Bình", "Chi", "Dũng", "Em", "Phúc"];
    let cases = [
        (
            CountingCommittee::new(&names[..2], 0),
            CommitteeError::TooFew { count: 2 },
        ),
        (
            CountingCommittee::new(&names, 0),
            CommitteeError::TooMany { count: 6 },
        ),
        (
            CountingCommittee::new(&names[..3], 9),
            CommitteeError::NoHead,
        ),
        (
            {
                let mut two = CountingCommittee::new(&names[..4], 0);
                two.members[2].is_head = true;
                two
            },
            CommitteeError::SeveralHeads { count: 2 },
        ),
    ];
    for (committee, expected) in cases {
        let err = secret(&mut store, id, &tally(), &committee, &w).unwrap_err();
        assert!(
            matches!(&err, StoreError::Committee(e) if *e == expected),
            "{expected:?}: {err:?}"
        );
    }
    let err = secret(
        &mut store,
        id,
        &tally(),
        &committee(),
        &witnesses("27-003", "99-001"),
    )
    .unwrap_err();
    assert!(
        matches!(&err, StoreError::Witness(WitnessError::NotInRegister { household_no }) if household_no == "99-001"),
        "{err:?}"
    );
    let err = secret(
        &mut store,
        id,
        &tally(),
        &committee(),
        &witnesses("27-003", "27-003"),
    )
    .unwrap_err();
    assert!(
        matches!(&err, StoreError::Witness(WitnessError::Same { household_no }) if household_no == "27-003"),
        "{err:?}"
    );
    assert!(store.ballots(id).unwrap().votes.is_empty());
    // Five with one head will do.
    let five = CountingCommittee::new(&names[..5], 4);
    secret(&mut store, id, &tally(), &five, &w).unwrap();
    assert_eq!(
        store.ballots(id).unwrap().votes[0].details,
        BallotDetails::Secret {
            sheets: tally().sheets(),
            // The head first, as ballots.csv writes it.
            committee: CountingCommittee::new(&["Em", "An", "Bình", "Chi", "Dũng"], 0),
            witnesses: w,
        }
    );
}

fn options_tally(options: &[(u32, u32)], abstain: u32) -> SecretOptionsCounts {
    SecretOptionsCounts {
        sheets: BallotSheets {
            issued: 8,
            returned: 8,
            valid: 7,
            invalid: 1,
        },
        choices: OptionCounts {
            households_total: 10,
            households_present: 8,
            options: options.to_vec(),
            abstain,
        },
    }
}

#[test]
fn a_secret_ballot_on_an_options_item_counts_each_option() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let count = Count {
        committee: &committee(),
        witnesses: &witnesses("27-001", "27-002"),
    };
    // A yes/no tally on an options item, and an options tally on a yes/no item.
    assert!(matches!(
        store.add_secret_ballot(id, 2, &tally(), count.clone(), t(AT)),
        Err(StoreError::OptionsNotOfItem { item_no: 2 })
    ));
    assert!(matches!(
        store.add_secret_options_ballot(
            id,
            1,
            &options_tally(&[(1, 6), (2, 1)], 0),
            count.clone(),
            t(AT)
        ),
        Err(StoreError::TooFewOptions { item_no: 1 })
    ));
    let err = store
        .add_secret_options_ballot(
            id,
            2,
            &options_tally(&[(1, 6), (2, 1), (3, 1)], 0),
            count.clone(),
            t(AT),
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::BallotCount(BallotCountError::OptionVotesNotValid {
                counted: 8,
                valid: 7
            })
        ),
        "{err:?}"
    );
    let vote = store
        .add_secret_options_ballot(
            id,
            2,
            &options_tally(&[(1, 6), (2, 1), (3, 0)], 0),
            count,
            t(AT),
        )
        .unwrap();
    assert_eq!(vote.method, VoteMethod::Secret);
    assert_eq!((vote.counts.votes_for, vote.counts.votes_against), (6, 1));
    assert_eq!(vote.outcome(), Outcome::Passed);
    assert_eq!(
        store.option_votes(id).unwrap(),
        [(1, 6), (2, 1), (3, 0)].map(|(option_no, votes)| OptionVote {
            item_no: 2,
            vote_no: 1,
            option_no,
            votes
        })
    );
    assert!(matches!(
        store.ballots(id).unwrap().details(2, 1),
        Some(BallotDetails::Secret { .. })
    ));
}

fn ballot(no: &str, choice: BallotChoice, hms: &str) -> HouseholdBallot {
    HouseholdBallot {
        household_no: no.into(),
        choice,
        received_at: t(&format!("2022-06-13T{hms}+07:00")),
        collected_by: "Tổ trưởng".into(),
        opinion: String::new(),
    }
}

const OPENED: &str = "2022-06-12T10:00:00+07:00";

#[test]
fn a_household_round_needs_a_register() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt lên 3 m"]);
    assert!(matches!(
        store.open_ballot_round(id, 1, None, t(OPENED)),
        Err(StoreError::RoundNeedsRegister)
    ));
    assert!(store.votes(id, 1).unwrap().is_empty());
}

#[test]
fn a_household_round_takes_one_ballot_per_household_of_the_register_and_counts_them() {
    let (dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    let round = store.open_ballot_round(id, 1, None, t(OPENED)).unwrap();
    assert_eq!(
        (round.vote_no, round.method, round.counts.households_present),
        (1, VoteMethod::HouseholdBallot, 0)
    );
    use BallotChoice::{Abstain, Against, For};
    for (no, choice, hms) in [
        ("27-001", For, "08:00:00"),
        ("27-002", For, "08:05:00"),
        ("27-003", For, "08:10:00"),
        ("27-004", For, "08:15:00"),
        ("27-005", Against, "08:20:00"),
        ("27-009", Abstain, "08:25:00"),
        ("27-010", For, "08:30:00"),
    ] {
        store
            .add_household_ballot(id, 1, 1, &ballot(no, choice, hms))
            .unwrap();
    }
    // Five of ten households for: exactly half of all households is not more than half.
    let vote = &store.votes(id, 1).unwrap()[0];
    assert_eq!(
        (
            vote.counts.households_total,
            vote.counts.households_present,
            vote.counts.votes_for,
            vote.counts.votes_against,
            vote.counts.votes_abstain
        ),
        (10, 7, 5, 1, 1)
    );
    assert_eq!(vote.outcome(), Outcome::Failed);

    let err = store
        .add_household_ballot(id, 1, 1, &ballot("27-002", Against, "09:00:00"))
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Ballot(BallotError::SecondBallot { household_no }) if household_no == "27-002"),
        "{err:?}"
    );
    let err = store
        .add_household_ballot(id, 1, 1, &ballot("99-001", For, "09:00:00"))
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Ballot(BallotError::NotInRegister { household_no }) if household_no == "99-001"),
        "{err:?}"
    );
    let mut early = ballot("27-006", For, "09:00:00");
    early.received_at = t("2022-06-12T09:59:00+07:00");
    assert!(matches!(
        store.add_household_ballot(id, 1, 1, &early),
        Err(StoreError::BallotBeforeRound { .. })
    ));
    // A round of an item not voted that way, and a vote that is not a round.
    assert!(matches!(
        store.add_household_ballot(id, 1, 2, &ballot("27-006", For, "09:00:00")),
        Err(StoreError::NoSuchRound {
            item_no: 1,
            vote_no: 2
        })
    ));

    // The tổ trưởng entered 27-005 wrongly: corrected with a reason, the old ballot kept.
    let corrected = ballot("27-005", For, "08:20:00");
    let at = t("2022-06-13T10:00:00+07:00");
    assert!(matches!(
        store.correct_household_ballot(id, 1, 1, &corrected, at, "  "),
        Err(StoreError::BallotCorrectionWithoutReason)
    ));
    let err = store
        .correct_household_ballot(id, 1, 1, &ballot("27-006", For, "08:20:00"), at, "sửa")
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Ballot(BallotError::NoBallot { household_no }) if household_no == "27-006"),
        "{err:?}"
    );
    let vote = store
        .correct_household_ballot(id, 1, 1, &corrected, at, "Nhập nhầm ô")
        .unwrap();
    assert_eq!(
        (
            vote.counts.votes_for,
            vote.counts.votes_against,
            vote.corrections
        ),
        (6, 0, 0)
    );
    assert_eq!(vote.outcome(), Outcome::Passed);
    let ballots = store.ballots(id).unwrap();
    let [correction] = &ballots.corrections[..] else {
        panic!("{:?}", ballots.corrections)
    };
    assert_eq!(correction.was, ballot("27-005", Against, "08:20:00"));
    assert_eq!(
        (correction.corrected_at, correction.reason.as_str()),
        (at, "Nhập nhầm ô")
    );
    assert_eq!(ballots.ballots_of(1, 1).count(), 7);
    assert_eq!(
        ballots
            .ballots_of(1, 1)
            .find(|b| b.household_no == "27-005"),
        Some(&corrected)
    );

    // While the round is open: no other vote of the item, and the meeting does not close.
    let open = Err::<(), _>(StoreError::RoundOpen {
        item_no: 1,
        vote_no: 1,
    });
    let is_open = |r: Result<(), StoreError>| {
        assert!(
            matches!(
                r,
                Err(StoreError::RoundOpen {
                    item_no: 1,
                    vote_no: 1
                })
            ),
            "{r:?} is not {open:?}"
        );
    };
    is_open(
        store
            .add_vote(id, 1, among_ten(8, 7), ALL_HALF, t(AT))
            .map(drop),
    );
    is_open(
        secret(
            &mut store,
            id,
            &tally(),
            &committee(),
            &witnesses("27-003", "27-004"),
        )
        .map(drop),
    );
    is_open(store.open_ballot_round(id, 1, None, t(OPENED)).map(drop));
    is_open(
        store
            .close_meeting(id, t("2022-06-13T11:00:00+07:00"))
            .map(drop),
    );
    // Another item may still be voted on.
    store
        .add_vote(id, 3, among_ten(8, 7), ALL_HALF, t(AT))
        .unwrap();

    // Counted: no later than its last ballot, and no ballot after.
    let counted = store
        .count_ballot_round(id, 1, 1, t("2022-06-13T08:00:00+07:00"))
        .unwrap();
    assert_eq!(counted.counts.votes_for, 6);
    assert_eq!(
        store.ballots(id).unwrap().details(1, 1),
        Some(&BallotDetails::HouseholdRound {
            counted_at: Some(t("2022-06-13T08:30:00+07:00"))
        })
    );
    let is_counted = |r: Result<hopdan::domain::Vote, StoreError>| {
        assert!(
            matches!(
                r,
                Err(StoreError::RoundCounted {
                    item_no: 1,
                    vote_no: 1
                })
            ),
            "{r:?}"
        );
    };
    is_counted(store.add_household_ballot(id, 1, 1, &ballot("27-006", For, "09:00:00")));
    is_counted(store.correct_household_ballot(id, 1, 1, &corrected, at, "sửa"));
    is_counted(store.count_ballot_round(id, 1, 1, at));

    // A second round that nobody answers fails.
    let second = store
        .open_ballot_round(id, 1, None, t("2022-06-14T08:00:00+07:00"))
        .unwrap();
    assert_eq!(second.vote_no, 2);
    let nobody = store
        .count_ballot_round(id, 1, 2, t("2022-06-16T08:00:00+07:00"))
        .unwrap();
    assert_eq!(nobody.counts.households_present, 0);
    assert_eq!(nobody.outcome(), Outcome::Failed);

    // Closed: read-only, in the database itself.
    store
        .close_meeting(id, t("2022-06-16T09:00:00+07:00"))
        .unwrap();
    assert!(matches!(
        store.open_ballot_round(id, 3, None, t("2022-06-16T10:00:00+07:00")),
        Err(StoreError::MeetingClosed)
    ));
    drop(store);
    let conn = Connection::open(common::db_in(dir.path())).unwrap();
    for sql in [
        "UPDATE household_ballots SET choice = 'against'",
        "DELETE FROM household_ballots",
        "UPDATE vote_ballots SET ballots_returned = 9",
        "UPDATE ballot_corrections SET reason = 'x'",
        "INSERT INTO household_ballots (meeting_id, item_no, vote_no, household_no, entry_no, \
         choice, received_at, collected_by, opinion) VALUES (1, 1, 1, '27-006', 8, 'for', \
         '2022-06-13T09:00:00+07:00', '', '')",
    ] {
        assert!(conn.execute(sql, []).is_err(), "{sql}");
    }
    let store = Store::open(&common::db_in(dir.path())).unwrap();
    assert!(store.verify_meeting(id).unwrap().is_intact());
}

#[test]
fn a_round_on_an_options_item_counts_the_options_marked() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    // A run-off between options 1 and 2.
    store
        .open_ballot_round(id, 2, Some(&[1, 2]), t(OPENED))
        .unwrap();
    let opt = BallotChoice::Option;
    for (no, choice) in [
        ("27-001", opt(1)),
        ("27-002", opt(1)),
        ("27-003", opt(1)),
        ("27-004", opt(1)),
        ("27-005", opt(1)),
        ("27-006", opt(1)),
        ("27-007", opt(2)),
        ("27-008", BallotChoice::Abstain),
    ] {
        store
            .add_household_ballot(id, 2, 1, &ballot(no, choice, "08:00:00"))
            .unwrap();
    }
    let err = store
        .add_household_ballot(id, 2, 1, &ballot("27-009", opt(3), "08:00:00"))
        .unwrap_err();
    assert!(
        matches!(
            &err,
            StoreError::Ballot(BallotError::NotAnOption { option_no: 3, .. })
        ),
        "{err:?}"
    );
    assert!(matches!(
        store.add_household_ballot(id, 2, 1, &ballot("27-009", BallotChoice::For, "08:00:00")),
        Err(StoreError::Ballot(BallotError::YesNoOnOptions { .. }))
    ));
    let vote = store
        .count_ballot_round(id, 2, 1, t("2022-06-13T12:00:00+07:00"))
        .unwrap();
    assert_eq!(
        (
            vote.counts.households_present,
            vote.counts.votes_for,
            vote.counts.votes_against,
            vote.counts.votes_abstain
        ),
        (8, 6, 1, 1)
    );
    assert_eq!(vote.outcome(), Outcome::Passed);
    assert_eq!(
        store.option_votes(id).unwrap(),
        [(1, 6), (2, 1)].map(|(option_no, votes)| OptionVote {
            item_no: 2,
            vote_no: 1,
            option_no,
            votes
        })
    );
}

#[test]
fn a_correction_keeps_the_text_as_an_entry_does() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_register(&mut store);
    store.open_ballot_round(id, 1, None, t(OPENED)).unwrap();
    let mut entered = ballot("27-001", BallotChoice::For, "08:00:00");
    entered.collected_by = "  Tổ phó  ".into();
    entered.opinion = " Đồng ý. ".into();
    store.add_household_ballot(id, 1, 1, &entered).unwrap();
    let mut corrected = entered.clone();
    corrected.choice = BallotChoice::Against;
    store
        .correct_household_ballot(id, 1, 1, &corrected, t("2022-06-13T09:00:00+07:00"), "sửa")
        .unwrap();
    let ballots = store.ballots(id).unwrap();
    let now = ballots.ballots_of(1, 1).next().unwrap();
    assert_eq!(
        (now.collected_by.as_str(), now.opinion.as_str()),
        ("Tổ phó", "Đồng ý.")
    );
    assert_eq!(ballots.corrections[0].was.collected_by, "Tổ phó");
}

/// A closed meeting with a secret ballot (item 1), a secret ballot among options (item 2) and
/// a household round with corrections (item 3).
fn closed_meeting_of_every_ballot(store: &mut Store) -> MeetingId {
    let id = meeting_with_register(store);
    secret(
        store,
        id,
        &tally(),
        &committee(),
        &witnesses("27-003", "27-004"),
    )
    .unwrap();
    store
        .add_secret_options_ballot(
            id,
            2,
            &options_tally(&[(1, 5), (2, 1), (3, 0)], 1),
            Count {
                committee: &CountingCommittee::new(
                    &[
                        "Trần Văn Minh",
                        "Lê Thị Sáu",
                        "Nguyễn Văn Phúc",
                        "Phạm Thị Lan",
                    ],
                    2,
                ),
                witnesses: &witnesses("27-007", "27-001"),
            },
            t(AT),
        )
        .unwrap();
    store.open_ballot_round(id, 3, None, t(OPENED)).unwrap();
    for (i, choice) in [
        BallotChoice::For,
        BallotChoice::For,
        BallotChoice::Against,
        BallotChoice::For,
        BallotChoice::Abstain,
        BallotChoice::For,
    ]
    .into_iter()
    .enumerate()
    {
        let mut b = ballot(&format!("27-{:03}", 10 - i), choice, &format!("0{i}:30:00"));
        b.opinion = format!("- Ý kiến số {i},\ncó dấu phẩy");
        store.add_household_ballot(id, 3, 1, &b).unwrap();
    }
    let mut again = ballot("27-008", BallotChoice::For, "02:30:00");
    again.opinion = "=Đồng ý".into();
    store
        .correct_household_ballot(
            id,
            3,
            1,
            &again,
            t("2022-06-13T09:00:00+07:00"),
            "Nhập nhầm",
        )
        .unwrap();
    let back = ballot("27-008", BallotChoice::Against, "02:30:00");
    store
        .correct_household_ballot(
            id,
            3,
            1,
            &back,
            t("2022-06-13T09:05:00+07:00"),
            "Đối chiếu phiếu gốc:\nkhông tán thành",
        )
        .unwrap();
    store
        .count_ballot_round(id, 3, 1, t("2022-06-13T12:00:00+07:00"))
        .unwrap();
    store
        .close_meeting(id, t("2022-06-13T12:30:00+07:00"))
        .unwrap();
    id
}

#[test]
fn a_meeting_with_every_kind_of_ballot_exports_imports_and_exports_again_the_same() {
    let (_dir, mut store) = temp_store();
    let id = closed_meeting_of_every_ballot(&mut store);
    let (record, fingerprint) = store.checked_record(id).unwrap();
    let fingerprint = fingerprint.unwrap();
    assert_eq!(record.ballots.votes.len(), 3);
    assert_eq!(record.ballots.household_ballots.len(), 6);
    assert_eq!(record.ballots.corrections.len(), 2);
    for bom in [true, false] {
        let files = export_files(&record, id, ExportOptions { bom });
        let (_other, db) = temp_db();
        let mut other = Store::open(&db).unwrap();
        let copy = other.import(files.as_slice()).unwrap();
        assert!(other.verify_meeting(copy).unwrap().is_intact());
        assert_eq!(
            other.meeting_fingerprint(copy).unwrap(),
            Some(fingerprint.clone())
        );
        let (again, _) = other.checked_record(copy).unwrap();
        assert_eq!(again, record);
        assert_eq!(export_files(&again, id, ExportOptions { bom }), files);
    }
}
