//! Items with several options in the store (SPEC §15): options put until the first vote, a
//! vote counted option by option, a run-off between two, and what the store refuses.

mod common;

use hopdan::domain::{MeetingId, OptionCounts, OptionVote, OptionsOutcome, RunOff, VoteError};
use hopdan::i18n::{EN, VI};
use hopdan::messages::store_error;
use hopdan::store::{Store, StoreError};

use common::{add_meeting, counts, t, temp_store};

/// Meeting with 55 households, 42 present, and item 2 on the head of the alley with three
/// options.
fn meeting_with_options(store: &mut Store) -> MeetingId {
    let id = add_meeting(store, &["Mở rộng kiệt lên 3 m", "Phương án đoạn đầu kiệt"]);
    for (title, description) in [
        ("3 m toàn tuyến", "Lùi cổng đều hai bên"),
        ("2,5 m đoạn đầu kiệt", "3 m đoạn còn lại"),
        ("Giữ nguyên", ""),
    ] {
        store.add_option(id, 2, title, description).unwrap();
    }
    id
}

fn hands(present: u32, options: &[(u32, u32)], abstain: u32) -> OptionCounts {
    OptionCounts {
        households_total: 55,
        households_present: present,
        options: options.to_vec(),
        abstain,
    }
}

fn said(err: &StoreError) -> (String, String) {
    (store_error(&VI, err), store_error(&EN, err))
}

#[test]
fn a_vote_among_options_and_its_run_off_are_kept_option_by_option() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_options(&mut store);
    let options = store.options(id).unwrap();
    assert_eq!(
        options
            .iter()
            .map(|o| (o.item_no, o.option_no, o.title.as_str()))
            .collect::<Vec<_>>(),
        [
            (2, 1, "3 m toàn tuyến"),
            (2, 2, "2,5 m đoạn đầu kiệt"),
            (2, 3, "Giữ nguyên")
        ]
    );

    // 20 / 16 / 4 and 2 abstaining: no option has more than half of all 55 households.
    let first = hands(42, &[(1, 20), (2, 16), (3, 4)], 2);
    let vote = store
        .add_options_vote(id, 2, &first, t("2022-06-12T09:40:00+07:00"))
        .unwrap();
    assert_eq!(vote.vote_no, 1);
    // votes.csv keeps its columns: the leader, the others, the abstentions.
    assert_eq!(
        (
            vote.counts.votes_for,
            vote.counts.votes_against,
            vote.counts.votes_abstain
        ),
        (20, 20, 2)
    );
    assert_eq!(
        first.decide(vote.rule),
        OptionsOutcome::NoneAdopted {
            run_off: RunOff::Between(1, 2)
        }
    );

    // The run-off between options 1 and 2 decides.
    let run_off = hands(42, &[(1, 30), (2, 11)], 1);
    let second = store
        .add_options_vote(id, 2, &run_off, t("2022-06-12T09:50:00+07:00"))
        .unwrap();
    assert_eq!(second.vote_no, 2);
    assert_eq!(
        run_off.decide(second.rule),
        OptionsOutcome::Adopted { option_no: 1 }
    );
    assert_eq!(
        store.option_votes(id).unwrap(),
        [(1, 1, 20), (1, 2, 16), (1, 3, 4), (2, 1, 30), (2, 2, 11)].map(
            |(vote_no, option_no, votes)| OptionVote {
                item_no: 2,
                vote_no,
                option_no,
                votes
            }
        )
    );

    // The whole record carries them, and a copy of it the same.
    let record = store.load_record(id).unwrap();
    assert_eq!(record.options, options);
    assert_eq!(record.option_counts(&record.votes[1]), Some(run_off));
    let copy = store.insert_record(&record).unwrap();
    let copied = store.load_record(copy).unwrap();
    assert_eq!(copied.options, record.options);
    assert_eq!(copied.option_votes, record.option_votes);
}

#[test]
fn options_are_put_and_changed_until_the_first_vote_and_stay_numbered_in_order() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_options(&mut store);
    store
        .edit_option(id, 2, 3, "Giữ nguyên hiện trạng", "Không lùi cổng")
        .unwrap();
    store.add_option(id, 2, "2 m", "").unwrap();
    store.remove_option(id, 2, 2).unwrap();
    let titles: Vec<(u32, String)> = store
        .options(id)
        .unwrap()
        .into_iter()
        .map(|o| (o.option_no, o.title))
        .collect();
    assert_eq!(
        titles,
        [
            (1, "3 m toàn tuyến".to_owned()),
            (2, "Giữ nguyên hiện trạng".to_owned()),
            (3, "2 m".to_owned())
        ]
    );
    for title in ["4", "5", "6"] {
        store.add_option(id, 2, title, "").unwrap();
    }
    let err = store.add_option(id, 2, "7", "").unwrap_err();
    assert!(matches!(err, StoreError::TooManyOptions { item_no: 2 }));
    assert!(said(&err).0.contains("6 phương án"), "{}", said(&err).0);
    assert!(matches!(
        store.add_option(id, 2, "  ", ""),
        Err(StoreError::OptionWithoutTitle)
    ));
    assert!(matches!(
        store.edit_option(id, 2, 9, "x", ""),
        Err(StoreError::NoSuchOption {
            item_no: 2,
            option_no: 9
        })
    ));

    store
        .add_options_vote(
            id,
            2,
            &hands(42, &[(1, 30), (2, 5)], 0),
            t("2022-06-12T09:40:00+07:00"),
        )
        .unwrap();
    let at_vote = [
        store.add_option(id, 2, "2,8 m", "").map(drop),
        store.edit_option(id, 2, 1, "3 m", ""),
        store.remove_option(id, 2, 3),
    ];
    for refused in at_vote {
        let err = refused.unwrap_err();
        assert!(
            matches!(err, StoreError::OptionsFixedByVote { item_no: 2 }),
            "{err:?}"
        );
        assert!(
            said(&err).1.contains("has been voted on"),
            "{}",
            said(&err).1
        );
    }
}

#[test]
fn a_vote_among_options_counts_each_household_once_and_puts_options_of_the_item() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_options(&mut store);
    let at = t("2022-06-12T09:40:00+07:00");
    // 30 + 10 + 3 hands among 42 present.
    assert!(matches!(
        store.add_options_vote(id, 2, &hands(42, &[(1, 30), (2, 10)], 3), at),
        Err(StoreError::InvalidVote(VoteError::CastExceedsPresent {
            cast: 43,
            present: 42
        }))
    ));
    for options in [
        &[(1, 30)][..],
        &[(1, 30), (1, 2)][..],
        &[(1, 30), (4, 2)][..],
    ] {
        let err = store
            .add_options_vote(id, 2, &hands(42, options, 0), at)
            .unwrap_err();
        assert!(
            matches!(err, StoreError::OptionsNotOfItem { item_no: 2 }),
            "{options:?}: {err:?}"
        );
    }
    // A yes/no vote on an options item, and a vote among options of a yes/no item.
    assert!(matches!(
        store.add_vote(id, 2, counts(42, 30, 10, 2), common::ALL_HALF, at),
        Err(StoreError::OptionsNotOfItem { item_no: 2 })
    ));
    let err = store
        .add_options_vote(id, 1, &hands(42, &[(1, 30), (2, 2)], 0), at)
        .unwrap_err();
    assert!(matches!(err, StoreError::TooFewOptions { item_no: 1 }));
    assert!(
        said(&err).0.contains("ít nhất hai phương án"),
        "{}",
        said(&err).0
    );
    assert!(store.votes(id, 2).unwrap().is_empty());

    // Counts of a vote among options are never corrected behind the options: a re-vote.
    let vote = store
        .add_options_vote(id, 2, &hands(42, &[(1, 30), (2, 10)], 2), at)
        .unwrap();
    let err = store
        .correct_vote(id, 2, vote.vote_no, counts(42, 31, 9, 2), at, "Đếm lại")
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::OptionsVoteNotCorrected { item_no: 2 }
    ));
    assert!(said(&err).0.contains("biểu quyết lại"), "{}", said(&err).0);
}

#[test]
fn a_closed_meeting_keeps_its_options_and_their_counts() {
    let (dir, mut store) = temp_store();
    let id = meeting_with_options(&mut store);
    store
        .add_options_vote(
            id,
            2,
            &hands(42, &[(1, 30), (2, 10), (3, 0)], 2),
            t("2022-06-12T09:40:00+07:00"),
        )
        .unwrap();
    store
        .close_meeting(id, t("2022-06-12T10:30:00+07:00"))
        .unwrap();
    assert!(matches!(
        store.add_option(id, 1, "3 m", ""),
        Err(StoreError::MeetingClosed)
    ));
    drop(store);
    let conn = rusqlite::Connection::open(common::db_in(dir.path())).unwrap();
    for sql in [
        "UPDATE option_votes SET votes = 31 WHERE option_no = 1",
        "DELETE FROM item_options",
        "INSERT OR REPLACE INTO option_votes VALUES (1, 2, 1, 1, 40)",
        "UPDATE item_options SET title = 'Giữ nguyên hiện trạng' WHERE option_no = 3",
    ] {
        let err = conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("meeting closed"), "{sql}: {err}");
    }
}
