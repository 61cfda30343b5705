use super::*;
use crate::domain::options::RunOff;
use crate::domain::rules::{Threshold, VoteBase};

fn rule(base: VoteBase, threshold: Threshold) -> DecisionRule {
    DecisionRule { base, threshold }
}

const ALL_HALF: DecisionRule = DecisionRule {
    base: VoteBase::AllHouseholds,
    threshold: Threshold::MoreThanHalf,
};

// ---- the method -------------------------------------------------------------------------

#[test]
fn methods_have_their_codes_and_hands_is_the_default() {
    assert_eq!(VoteMethod::default(), VoteMethod::Hands);
    let codes: Vec<&str> = VoteMethod::ALL.iter().map(|m| m.code()).collect();
    assert_eq!(codes, ["hands", "secret", "household_ballot"]);
    for method in VoteMethod::ALL {
        assert_eq!(method.code().parse::<VoteMethod>().unwrap(), method);
        let json = serde_json::to_string(&method).unwrap();
        assert_eq!(serde_json::from_str::<VoteMethod>(&json).unwrap(), method);
    }
    let err = "ballot".parse::<VoteMethod>().unwrap_err();
    assert!(err.to_string().contains("household_ballot"), "{err}");
}

#[test]
fn the_method_decides_whether_quorum_counts_and_which_base() {
    use VoteMethod::*;
    // 55 households; 20 "present" (for a household round: ballots returned), 20 for.
    let c = VoteCounts {
        households_total: 55,
        households_present: 20,
        votes_for: 20,
        votes_against: 0,
        votes_abstain: 0,
    };
    let cases = [
        // (method, rule, outcome)
        (
            Hands,
            rule(VoteBase::Cast, Threshold::MoreThanHalf),
            Outcome::NoQuorum,
        ),
        (
            Secret,
            rule(VoteBase::Cast, Threshold::MoreThanHalf),
            Outcome::NoQuorum,
        ),
        // No quorum test, and all households is the base even when the item says cast.
        (
            HouseholdBallot,
            rule(VoteBase::Cast, Threshold::MoreThanHalf),
            Outcome::Failed,
        ),
        (HouseholdBallot, ALL_HALF, Outcome::Failed),
    ];
    for (method, rule, expected) in cases {
        assert_eq!(method.outcome(&c, rule), expected, "{method} {rule:?}");
    }
    let enough = VoteCounts {
        households_present: 30,
        votes_for: 28,
        ..c
    };
    assert_eq!(HouseholdBallot.outcome(&enough, ALL_HALF), Outcome::Passed);
    assert_eq!(
        HouseholdBallot.outcome(&enough, rule(VoteBase::Present, Threshold::TwoThirds)),
        Outcome::Failed,
        "two thirds of 55 households is 37, not two thirds of the 30 returned"
    );
}

// ---- the counting committee and the witnesses -------------------------------------------

fn committee(names: &[&str], heads: &[usize]) -> CountingCommittee {
    CountingCommittee {
        members: names
            .iter()
            .enumerate()
            .map(|(i, name)| CommitteeMember {
                name: (*name).to_owned(),
                is_head: heads.contains(&i),
            })
            .collect(),
    }
}

#[test]
fn a_committee_has_three_to_five_names_and_exactly_one_head() {
    let names = [
        "Lê Văn Hùng",
        "Nguyễn Văn Tám",
        "Trần Thị Tâm",
        "Phạm Minh Tuấn",
        "Hồ Thị Lan",
        "Võ Văn Ba",
    ];
    let cases: &[(usize, &[usize], Result<(), CommitteeError>)] = &[
        // (members, heads, result)
        (0, &[], Err(CommitteeError::TooFew { count: 0 })),
        (2, &[0], Err(CommitteeError::TooFew { count: 2 })),
        (3, &[0], Ok(())),
        (4, &[3], Ok(())),
        (5, &[2], Ok(())),
        (6, &[0], Err(CommitteeError::TooMany { count: 6 })),
        (3, &[], Err(CommitteeError::NoHead)),
        (3, &[0, 1], Err(CommitteeError::SeveralHeads { count: 2 })),
        (
            5,
            &[0, 2, 4],
            Err(CommitteeError::SeveralHeads { count: 3 }),
        ),
    ];
    for (count, heads, expected) in cases {
        let c = committee(&names[..*count], heads);
        assert_eq!(&c.validate(), expected, "{count} members, heads {heads:?}");
    }
    assert_eq!(committee(&names[..3], &[1]).head(), Some("Nguyễn Văn Tám"));
    assert_eq!(committee(&names[..3], &[0, 1]).head(), None);
    assert_eq!(committee(&names[..3], &[]).head(), None);
    let built = CountingCommittee::new(&names[..3], 2);
    assert_eq!(built, committee(&names[..3], &[2]));
}

#[test]
fn a_committee_name_is_not_empty_and_not_there_twice() {
    let cases: &[(&[&str], Result<(), CommitteeError>)] = &[
        (
            &["Hùng", "", "Tám"],
            Err(CommitteeError::EmptyName { position: 2 }),
        ),
        (
            &["Hùng", "Tám", "   "],
            Err(CommitteeError::EmptyName { position: 3 }),
        ),
        (
            &["Lê Văn Hùng", "Tám", " lê  văn HÙNG "],
            Err(CommitteeError::NameTwice {
                name: "lê  văn HÙNG".into(),
            }),
        ),
        // Tám and Tâm are two people.
        (&["Nguyễn Văn Tám", "Nguyễn Văn Tâm", "Hùng"], Ok(())),
        // The same letters composed and decomposed are the same name.
        (
            &[
                "Nguyễn Văn Tám",
                "Nguye\u{302}\u{303}n Va\u{306}n Ta\u{301}m",
                "Hùng",
            ],
            Err(CommitteeError::NameTwice {
                name: "Nguye\u{302}\u{303}n Va\u{306}n Ta\u{301}m".into(),
            }),
        ),
    ];
    for (names, expected) in cases {
        assert_eq!(&committee(names, &[0]).validate(), expected, "{names:?}");
    }
}

fn witnesses(first: &str, second: &str) -> Witnesses {
    Witnesses {
        first: first.into(),
        second: second.into(),
    }
}

#[test]
fn two_different_households_witness_the_count() {
    let register: Vec<String> = ["27-001", "27-002", "27-003"].map(String::from).to_vec();
    let cases = [
        // (first, second, register known, result)
        ("27-001", "27-002", true, Ok(())),
        ("27-001", "27-009", false, Ok(())),
        (
            "",
            "27-002",
            true,
            Err(WitnessError::Missing { position: 1 }),
        ),
        (
            "27-001",
            "  ",
            true,
            Err(WitnessError::Missing { position: 2 }),
        ),
        (
            "27-001",
            "27-001",
            true,
            Err(WitnessError::Same {
                household_no: "27-001".into(),
            }),
        ),
        (
            "27-001",
            " 27-001 ",
            false,
            Err(WitnessError::Same {
                household_no: "27-001".into(),
            }),
        ),
        (
            "27-001",
            "27-009",
            true,
            Err(WitnessError::NotInRegister {
                household_no: "27-009".into(),
            }),
        ),
    ];
    for (first, second, known, expected) in cases {
        let register = known.then_some(register.as_slice());
        assert_eq!(
            witnesses(first, second).validate(register),
            expected,
            "{first:?} {second:?}"
        );
    }
}

// ---- the secret ballot -------------------------------------------------------------------

#[allow(clippy::too_many_arguments)]
fn secret(
    total: u32,
    present: u32,
    issued: u32,
    returned: u32,
    valid: u32,
    invalid: u32,
    votes: [u32; 3],
) -> SecretBallotCounts {
    SecretBallotCounts {
        households_total: total,
        households_present: present,
        issued,
        returned,
        valid,
        invalid,
        votes_for: votes[0],
        votes_against: votes[1],
        votes_abstain: votes[2],
    }
}

#[test]
fn a_secret_tally_obeys_every_check_of_spec_12() {
    use BallotCountError::*;
    let cases = [
        (secret(55, 42, 42, 40, 38, 2, [30, 6, 2]), Ok(())),
        // Every count at its edge.
        (secret(55, 55, 55, 55, 55, 0, [55, 0, 0]), Ok(())),
        (secret(0, 0, 0, 0, 0, 0, [0, 0, 0]), Ok(())),
        (secret(55, 42, 40, 40, 0, 40, [0, 0, 0]), Ok(())),
        (
            secret(55, 56, 42, 40, 38, 2, [30, 6, 2]),
            Err(PresentExceedsTotal {
                present: 56,
                total: 55,
            }),
        ),
        (
            secret(55, 42, 43, 40, 38, 2, [30, 6, 2]),
            Err(IssuedExceedsPresent {
                issued: 43,
                present: 42,
            }),
        ),
        (
            secret(55, 42, 40, 41, 39, 2, [30, 6, 3]),
            Err(ReturnedExceedsIssued {
                returned: 41,
                issued: 40,
            }),
        ),
        (
            secret(55, 42, 42, 40, 38, 1, [30, 6, 2]),
            Err(SortedNotReturned {
                sorted: 39,
                returned: 40,
            }),
        ),
        (
            secret(55, 42, 42, 40, 39, 2, [30, 6, 3]),
            Err(SortedNotReturned {
                sorted: 41,
                returned: 40,
            }),
        ),
        (
            secret(55, 42, 42, 40, 38, 2, [30, 6, 1]),
            Err(VotesNotValid {
                counted: 37,
                valid: 38,
            }),
        ),
        (
            secret(55, 42, 42, 40, 38, 2, [30, 6, 3]),
            Err(VotesNotValid {
                counted: 39,
                valid: 38,
            }),
        ),
        (
            secret(
                u32::MAX,
                u32::MAX,
                u32::MAX,
                u32::MAX,
                u32::MAX,
                1,
                [0, 0, 0],
            ),
            Err(SortedNotReturned {
                sorted: u64::from(u32::MAX) + 1,
                returned: u32::MAX,
            }),
        ),
    ];
    for (counts, expected) in cases {
        assert_eq!(counts.validate(), expected, "{counts:?}");
    }
}

#[test]
fn a_secret_ballot_enters_votes_csv_as_the_attendance_and_the_valid_ballots() {
    let c = secret(55, 42, 42, 40, 38, 2, [30, 6, 2]);
    let v = c.as_vote_counts();
    assert_eq!(
        v,
        VoteCounts {
            households_total: 55,
            households_present: 42,
            votes_for: 30,
            votes_against: 6,
            votes_abstain: 2,
        }
    );
    assert!(v.validate().is_ok());
    // The base cast is the valid ballots; not voting, the present without a valid ballot.
    assert_eq!(v.base(VoteBase::Cast), c.valid);
    assert_eq!(v.not_voting(), 4);
}

#[test]
fn a_secret_ballot_is_decided_by_the_items_rule_on_the_valid_ballots() {
    use Threshold::*;
    use VoteBase::*;
    let cases = [
        // 55 households, 42 present; 40 returned, 2 invalid, 38 valid.
        // Base cast = 38 valid ballots: more than half is 20.
        (
            rule(Cast, MoreThanHalf),
            secret(55, 42, 42, 40, 38, 2, [20, 17, 1]),
            Outcome::Passed,
        ),
        (
            rule(Cast, MoreThanHalf),
            secret(55, 42, 42, 40, 38, 2, [19, 18, 1]),
            Outcome::Failed,
        ),
        // Two thirds of 38 valid: 26 (26 × 3 = 78 ≥ 76), 25 is not.
        (
            rule(Cast, TwoThirds),
            secret(55, 42, 42, 40, 38, 2, [26, 12, 0]),
            Outcome::Passed,
        ),
        (
            rule(Cast, TwoThirds),
            secret(55, 42, 42, 40, 38, 2, [25, 13, 0]),
            Outcome::Failed,
        ),
        // Invalid ballots do not count in the base cast, but do in the base present.
        (
            rule(Cast, MoreThanHalf),
            secret(55, 42, 42, 42, 10, 32, [6, 4, 0]),
            Outcome::Passed,
        ),
        (
            rule(Present, MoreThanHalf),
            secret(55, 42, 42, 42, 10, 32, [6, 4, 0]),
            Outcome::Failed,
        ),
        // All households: 28 of 55.
        (
            ALL_HALF,
            secret(55, 42, 42, 40, 38, 2, [28, 10, 0]),
            Outcome::Passed,
        ),
        (
            ALL_HALF,
            secret(55, 42, 42, 40, 38, 2, [27, 11, 0]),
            Outcome::Failed,
        ),
        // Quorum as for hands: 27 of 55 present is no quorum whatever the ballots say.
        (
            rule(Cast, MoreThanHalf),
            secret(55, 27, 27, 27, 27, 0, [27, 0, 0]),
            Outcome::NoQuorum,
        ),
        (
            rule(Cast, MoreThanHalf),
            secret(55, 28, 28, 28, 28, 0, [28, 0, 0]),
            Outcome::Passed,
        ),
        // No valid ballot: a base of 0 never passes.
        (
            rule(Cast, MoreThanHalf),
            secret(55, 42, 42, 40, 0, 40, [0, 0, 0]),
            Outcome::Failed,
        ),
    ];
    for (rule, counts, expected) in cases {
        assert!(counts.validate().is_ok(), "{counts:?}");
        assert_eq!(counts.outcome(rule), expected, "{rule:?} {counts:?}");
    }
}

fn secret_options(
    present: u32,
    sheets: [u32; 4],
    options: &[u32],
    abstain: u32,
) -> SecretOptionsCounts {
    SecretOptionsCounts {
        sheets: BallotSheets {
            issued: sheets[0],
            returned: sheets[1],
            valid: sheets[2],
            invalid: sheets[3],
        },
        choices: OptionCounts {
            households_total: 55,
            households_present: present,
            options: options
                .iter()
                .enumerate()
                .map(|(i, &votes)| (i as u32 + 1, votes))
                .collect(),
            abstain,
        },
    }
}

#[test]
fn a_secret_ballot_on_options_checks_its_sheets_and_its_choices() {
    use BallotCountError::*;
    let cases = [
        (secret_options(42, [42, 40, 38, 2], &[20, 10, 6], 2), Ok(())),
        (
            secret_options(42, [43, 40, 38, 2], &[20, 10, 6], 2),
            Err(IssuedExceedsPresent {
                issued: 43,
                present: 42,
            }),
        ),
        (
            secret_options(56, [42, 40, 38, 2], &[20, 10, 6], 2),
            Err(PresentExceedsTotal {
                present: 56,
                total: 55,
            }),
        ),
        (
            secret_options(42, [40, 41, 39, 2], &[20, 10, 7], 2),
            Err(ReturnedExceedsIssued {
                returned: 41,
                issued: 40,
            }),
        ),
        (
            secret_options(42, [42, 40, 37, 2], &[20, 10, 5], 2),
            Err(SortedNotReturned {
                sorted: 39,
                returned: 40,
            }),
        ),
        (
            secret_options(42, [42, 40, 38, 2], &[20, 10, 6], 1),
            Err(OptionVotesNotValid {
                counted: 37,
                valid: 38,
            }),
        ),
    ];
    for (counts, expected) in cases {
        assert_eq!(counts.validate(), expected, "{counts:?}");
    }
}

#[test]
fn a_secret_ballot_on_options_is_decided_by_the_options_rule() {
    let cast_half = rule(VoteBase::Cast, Threshold::MoreThanHalf);
    let cases = [
        // 38 valid ballots: more than half is 20.
        (
            cast_half,
            secret_options(42, [42, 40, 38, 2], &[20, 12, 6], 0),
            OptionsOutcome::Adopted { option_no: 1 },
        ),
        (
            cast_half,
            secret_options(42, [42, 40, 38, 2], &[19, 13, 6], 0),
            OptionsOutcome::NoneAdopted {
                run_off: RunOff::Between(1, 2),
            },
        ),
        // Tied at the top: nothing adopted, the two tied go to the run-off.
        (
            cast_half,
            secret_options(42, [42, 40, 38, 2], &[17, 17, 4], 0),
            OptionsOutcome::NoneAdopted {
                run_off: RunOff::Between(1, 2),
            },
        ),
        // Without quorum nothing is decided.
        (
            cast_half,
            secret_options(27, [27, 27, 27, 0], &[27, 0, 0], 0),
            OptionsOutcome::NoQuorum,
        ),
    ];
    for (rule, counts, expected) in cases {
        assert!(counts.validate().is_ok(), "{counts:?}");
        assert_eq!(counts.decide(rule), expected, "{counts:?}");
    }
    let c = secret_options(42, [42, 40, 38, 2], &[12, 20, 4], 2);
    let v = c.as_vote_counts();
    assert_eq!(
        (
            v.households_present,
            v.votes_for,
            v.votes_against,
            v.votes_abstain
        ),
        (42, 20, 16, 2)
    );
    assert_eq!(v.base(VoteBase::Cast), 38);
}

// ---- the household-ballot round -----------------------------------------------------------

fn register(n: u32) -> Vec<String> {
    (1..=n).map(|i| format!("27-{i:03}")).collect()
}

fn at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-05T09:00:00+07:00").unwrap()
}

fn ballot(no: &str, choice: BallotChoice) -> HouseholdBallot {
    HouseholdBallot {
        household_no: no.into(),
        choice,
        received_at: at(),
        collected_by: "Trần Thị Tâm".into(),
        opinion: String::new(),
    }
}

/// A yes/no round of `households`, the first households returning `for`, then `against`, then
/// `abstain` ballots.
fn yes_no_round(households: u32, votes: [u32; 3]) -> BallotRound {
    let choices = [
        BallotChoice::For,
        BallotChoice::Against,
        BallotChoice::Abstain,
    ];
    let ballots = choices
        .iter()
        .zip(votes)
        .flat_map(|(&choice, n)| std::iter::repeat_n(choice, n as usize))
        .enumerate()
        .map(|(i, choice)| ballot(&format!("27-{:03}", i + 1), choice))
        .collect::<Vec<_>>();
    BallotRound::yes_no(register(households))
        .with_ballots(ballots)
        .unwrap()
}

#[test]
fn a_household_round_is_decided_on_all_households_without_quorum() {
    use Threshold::*;
    use VoteBase::*;
    let cases = [
        // (rule, households, [for, against, abstain], outcome)
        // More than half of all 55: 28 passes even though only 28 returned a ballot
        // (no quorum test).
        (ALL_HALF, 55, [28, 0, 0], Outcome::Passed),
        (ALL_HALF, 55, [27, 0, 0], Outcome::Failed),
        (ALL_HALF, 55, [27, 28, 0], Outcome::Failed),
        // Exactly half of all households fails.
        (ALL_HALF, 60, [30, 0, 0], Outcome::Failed),
        (ALL_HALF, 60, [30, 30, 0], Outcome::Failed),
        (ALL_HALF, 60, [31, 0, 0], Outcome::Passed),
        // Nobody returned anything: failed, not no_quorum.
        (ALL_HALF, 60, [0, 0, 0], Outcome::Failed),
        (rule(Cast, MoreThanHalf), 60, [0, 0, 0], Outcome::Failed),
        // An empty register: a base of 0 never passes.
        (ALL_HALF, 0, [0, 0, 0], Outcome::Failed),
        // The base is all households whatever the item's base: 10 of 12 returned is not
        // more than half of 55.
        (rule(Cast, MoreThanHalf), 55, [10, 2, 0], Outcome::Failed),
        (rule(Present, MoreThanHalf), 55, [10, 2, 0], Outcome::Failed),
        // The item's threshold applies: two thirds of 55 is 37, three quarters 42.
        (
            rule(AllHouseholds, TwoThirds),
            55,
            [37, 0, 0],
            Outcome::Passed,
        ),
        (rule(Cast, TwoThirds), 55, [36, 0, 0], Outcome::Failed),
        (
            rule(AllHouseholds, ThreeQuarters),
            55,
            [42, 1, 0],
            Outcome::Passed,
        ),
        (
            rule(AllHouseholds, ThreeQuarters),
            55,
            [41, 1, 0],
            Outcome::Failed,
        ),
        // One household, which returns its ballot for.
        (ALL_HALF, 1, [1, 0, 0], Outcome::Passed),
    ];
    for (rule, households, votes, expected) in cases {
        let round = yes_no_round(households, votes);
        assert_eq!(
            round.outcome(rule),
            expected,
            "{rule:?} {households} {votes:?}"
        );
        // Import recomputes the same from the columns of votes.csv.
        assert_eq!(
            VoteMethod::HouseholdBallot.outcome(&round.vote_counts(), rule),
            expected,
            "{rule:?} {households} {votes:?}"
        );
    }
}

#[test]
fn a_household_round_enters_votes_csv_with_the_ballots_returned_as_present() {
    let round = yes_no_round(55, [20, 6, 3]);
    let v = round.vote_counts();
    assert_eq!(
        v,
        VoteCounts {
            households_total: 55,
            households_present: 29,
            votes_for: 20,
            votes_against: 6,
            votes_abstain: 3,
        }
    );
    assert!(v.validate().is_ok());
    assert_eq!(v.not_voting(), 0);
    assert_eq!(round.progress(), (29, 55));
    assert_eq!(round.returned(), 29);
    assert_eq!(round.households(), 55);
    assert_eq!(round.not_returned().count(), 26);
    assert_eq!(round.not_returned().next(), Some("27-030"));
    assert_eq!(round.option_counts(), None);
    assert_eq!(round.decide(ALL_HALF), None);
    let empty = BallotRound::yes_no(register(3));
    assert_eq!(empty.progress(), (0, 3));
    assert_eq!(
        empty.not_returned().collect::<Vec<_>>(),
        ["27-001", "27-002", "27-003"]
    );
}

#[test]
fn one_ballot_per_household_of_the_register() {
    let mut round = BallotRound::yes_no(register(3));
    assert_eq!(round.add(ballot("27-001", BallotChoice::For)), Ok(()));
    assert_eq!(
        round.add(ballot("27-001", BallotChoice::Against)),
        Err(BallotError::SecondBallot {
            household_no: "27-001".into()
        })
    );
    assert_eq!(
        round.add(ballot("27-004", BallotChoice::For)),
        Err(BallotError::NotInRegister {
            household_no: "27-004".into()
        })
    );
    assert_eq!(
        round.add(ballot("", BallotChoice::For)),
        Err(BallotError::NotInRegister {
            household_no: String::new()
        })
    );
    // The refused ballots changed nothing.
    assert_eq!(round.progress(), (1, 3));
    assert_eq!(round.ballot_of("27-001").unwrap().choice, BallotChoice::For);

    // The first refused ballot is the error of a round built from a list.
    let err = BallotRound::yes_no(register(3))
        .with_ballots([
            ballot("27-002", BallotChoice::For),
            ballot("27-003", BallotChoice::For),
            ballot("27-002", BallotChoice::Abstain),
        ])
        .unwrap_err();
    assert_eq!(
        err,
        BallotError::SecondBallot {
            household_no: "27-002".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "household 27-002 has already returned a ballot in this round"
    );
}

#[test]
fn a_register_listing_a_household_twice_counts_it_once() {
    let mut numbers = register(3);
    numbers.push("27-002".into());
    let round = BallotRound::yes_no(numbers);
    assert_eq!(round.households(), 3);
    assert_eq!(round.register(), register(3).as_slice());
}

#[test]
fn a_correction_replaces_the_ballot_and_gives_back_the_old_one() {
    let mut round = yes_no_round(3, [1, 1, 0]);
    let mut corrected = ballot("27-002", BallotChoice::For);
    corrected.opinion = "Đồng ý, đề nghị làm sớm".into();
    let old = round.correct(corrected.clone()).unwrap();
    assert_eq!(old.choice, BallotChoice::Against);
    assert_eq!(round.ballot_of("27-002"), Some(&corrected));
    assert_eq!(round.progress(), (2, 3));
    assert_eq!(round.vote_counts().votes_for, 2);
    assert_eq!(
        round.correct(ballot("27-003", BallotChoice::For)),
        Err(BallotError::NoBallot {
            household_no: "27-003".into()
        })
    );
    assert_eq!(
        round.correct(ballot("27-002", BallotChoice::Option(1))),
        Err(BallotError::OptionOnYesNo {
            household_no: "27-002".into(),
            option_no: 1
        })
    );
}

#[test]
fn a_ballot_marks_a_choice_its_round_offers() {
    let mut yes_no = BallotRound::yes_no(register(3));
    assert_eq!(
        yes_no.add(ballot("27-001", BallotChoice::Option(2))),
        Err(BallotError::OptionOnYesNo {
            household_no: "27-001".into(),
            option_no: 2
        })
    );
    let mut options = BallotRound::options(register(3), vec![2, 1, 3]);
    assert_eq!(options.option_numbers(), Some(&[1, 2, 3][..]));
    for choice in [BallotChoice::For, BallotChoice::Against] {
        assert_eq!(
            options.add(ballot("27-001", choice)),
            Err(BallotError::YesNoOnOptions {
                household_no: "27-001".into(),
                choice
            })
        );
    }
    assert_eq!(
        options.add(ballot("27-001", BallotChoice::Option(4))),
        Err(BallotError::NotAnOption {
            household_no: "27-001".into(),
            option_no: 4
        })
    );
    assert_eq!(
        options.add(ballot("27-001", BallotChoice::Option(3))),
        Ok(())
    );
    assert_eq!(options.add(ballot("27-002", BallotChoice::Abstain)), Ok(()));
    // A run-off offers only its two options.
    let mut run_off = BallotRound::options(register(3), vec![1, 3]);
    assert_eq!(
        run_off.add(ballot("27-001", BallotChoice::Option(2))),
        Err(BallotError::NotAnOption {
            household_no: "27-001".into(),
            option_no: 2
        })
    );
}

/// An options round of `households`, the first households marking option 1 `votes[0]` times,
/// option 2 `votes[1]` times, …, then `abstain` abstentions.
fn options_round(households: u32, votes: &[u32], abstain: u32) -> BallotRound {
    let choices = votes
        .iter()
        .enumerate()
        .flat_map(|(i, &n)| std::iter::repeat_n(BallotChoice::Option(i as u32 + 1), n as usize))
        .chain(std::iter::repeat_n(BallotChoice::Abstain, abstain as usize));
    let ballots: Vec<HouseholdBallot> = choices
        .enumerate()
        .map(|(i, choice)| ballot(&format!("27-{:03}", i + 1), choice))
        .collect();
    let options = (1..=votes.len() as u32).collect();
    BallotRound::options(register(households), options)
        .with_ballots(ballots)
        .unwrap()
}

#[test]
fn an_options_round_uses_the_options_rule_on_all_households_without_quorum() {
    let adopted = |option_no| Some(OptionsOutcome::Adopted { option_no });
    let run_off = |run_off| Some(OptionsOutcome::NoneAdopted { run_off });
    let cases = [
        // (rule, households, option votes, abstain, decided)
        // 28 of 55 with 30 ballots returned: adopted, no quorum test.
        (ALL_HALF, 55, &[28, 2, 0][..], 0, adopted(1)),
        (
            ALL_HALF,
            55,
            &[27, 2, 0][..],
            3,
            run_off(RunOff::Between(1, 2)),
        ),
        // The base is all households even when the item's is cast: 10 of 12 returned is not
        // more than half of 55.
        (
            rule(VoteBase::Cast, Threshold::MoreThanHalf),
            55,
            &[10, 2, 0][..],
            0,
            run_off(RunOff::Between(1, 2)),
        ),
        // Exactly half of all households adopts nothing.
        (
            ALL_HALF,
            60,
            &[30, 30][..],
            0,
            run_off(RunOff::Between(1, 2)),
        ),
        (
            ALL_HALF,
            60,
            &[30, 1][..],
            0,
            run_off(RunOff::Between(1, 2)),
        ),
        // Ties by the existing rule.
        (
            ALL_HALF,
            55,
            &[12, 12, 12][..],
            0,
            run_off(RunOff::TieAtTop(vec![1, 2, 3])),
        ),
        (
            ALL_HALF,
            55,
            &[12, 13, 12, 13][..],
            0,
            run_off(RunOff::Between(2, 4)),
        ),
        (
            ALL_HALF,
            55,
            &[20, 8, 8][..],
            5,
            run_off(RunOff::TieForSecond {
                leader: 1,
                tied: vec![2, 3],
            }),
        ),
        // Nobody returned anything: nothing adopted, not no quorum.
        (
            ALL_HALF,
            55,
            &[0, 0, 0][..],
            0,
            run_off(RunOff::TieAtTop(vec![1, 2, 3])),
        ),
        (ALL_HALF, 0, &[0, 0][..], 0, run_off(RunOff::Between(1, 2))),
    ];
    for (rule, households, votes, abstain, expected) in cases {
        let round = options_round(households, votes, abstain);
        let decided = round.decide(rule);
        assert_eq!(
            decided, expected,
            "{rule:?} {households} {votes:?} {abstain}"
        );
        let outcome = if round.decide(rule).unwrap().adopted().is_some() {
            Outcome::Passed
        } else {
            Outcome::Failed
        };
        assert_eq!(round.outcome(rule), outcome, "{households} {votes:?}");
        // Import recomputes the same from the per-option counts.
        let counts = round.option_counts().unwrap();
        assert_eq!(
            VoteMethod::HouseholdBallot.decide(&counts, rule),
            decided.unwrap()
        );
    }
}

#[test]
fn an_options_round_counts_every_option_on_the_ballot_and_enters_votes_csv() {
    let round = options_round(55, &[12, 21, 0], 2);
    assert_eq!(
        round.option_counts(),
        Some(OptionCounts {
            households_total: 55,
            households_present: 35,
            options: vec![(1, 12), (2, 21), (3, 0)],
            abstain: 2,
        })
    );
    let v = round.vote_counts();
    assert_eq!(
        (
            v.households_total,
            v.households_present,
            v.votes_for,
            v.votes_against,
            v.votes_abstain
        ),
        (55, 35, 21, 12, 2)
    );
    assert_eq!(round.progress(), (35, 55));
}

// ---- ballot choices -------------------------------------------------------------------------

#[test]
fn ballot_choices_are_written_and_read_as_codes_or_option_numbers() {
    let cases = [
        ("for", BallotChoice::For),
        ("against", BallotChoice::Against),
        ("abstain", BallotChoice::Abstain),
        ("1", BallotChoice::Option(1)),
        ("6", BallotChoice::Option(6)),
    ];
    for (code, choice) in cases {
        assert_eq!(code.parse::<BallotChoice>(), Ok(choice), "{code}");
        assert_eq!(choice.to_string(), code);
    }
    for bad in [
        "",
        "0",
        "-1",
        "+1",
        "1.5",
        "For",
        "yes",
        " 1",
        "99999999999",
    ] {
        let err = bad.parse::<BallotChoice>().unwrap_err();
        assert_eq!(err.found, bad);
        assert!(err.to_string().contains("abstain"), "{err}");
    }
}

// ---- the reporting date ---------------------------------------------------------------------

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn the_result_is_reported_within_five_working_days_weekends_skipped() {
    let cases = [
        // (round ended, weekday, last day to report)
        ("2026-12-07", "Mon", "2026-12-14"),
        ("2026-12-08", "Tue", "2026-12-15"),
        ("2026-12-09", "Wed", "2026-12-16"),
        ("2026-12-10", "Thu", "2026-12-17"),
        // Friday: the weekend is skipped, the next Friday.
        ("2026-12-04", "Fri", "2026-12-11"),
        // Ended on a weekend: the five working days are Monday to Friday.
        ("2026-12-05", "Sat", "2026-12-11"),
        ("2026-12-06", "Sun", "2026-12-11"),
        // Across a month and a year end (1/1 is a holiday the secretary adds).
        ("2026-11-27", "Fri", "2026-12-04"),
        ("2026-12-31", "Thu", "2027-01-07"),
        // Across a leap day.
        ("2028-02-25", "Fri", "2028-03-03"),
        ("2028-02-29", "Tue", "2028-03-07"),
    ];
    for (ended, weekday, expected) in cases {
        let ended = day(ended);
        assert_eq!(ended.format("%a").to_string(), weekday, "{ended}");
        let deadline = reporting_deadline(ended);
        assert_eq!(deadline, day(expected), "ended {ended}");
        assert!(
            !matches!(deadline.weekday(), Weekday::Sat | Weekday::Sun),
            "{deadline}"
        );
    }
    // The last day of the calendar has no day after it: the deadline stops there.
    assert_eq!(reporting_deadline(NaiveDate::MAX), NaiveDate::MAX);
}

#[test]
fn errors_say_which_rule_is_broken() {
    assert_eq!(
        CommitteeError::SeveralHeads { count: 2 }.to_string(),
        "the counting committee has 2 heads, not one"
    );
    assert_eq!(
        WitnessError::Same {
            household_no: "27-001".into()
        }
        .to_string(),
        "household 27-001 cannot be both witnesses"
    );
    assert_eq!(
        BallotCountError::VotesNotValid {
            counted: 37,
            valid: 38
        }
        .to_string(),
        "for + against + abstain (37) are not the valid ballots (38)"
    );
    assert_eq!(
        BallotError::NotAnOption {
            household_no: "27-001".into(),
            option_no: 4
        }
        .to_string(),
        "household 27-001 marked option 4, not one of this round's"
    );
}
