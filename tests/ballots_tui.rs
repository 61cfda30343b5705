//! Votes by ballot in the app (SPEC §12), typed as a secretary would: a secret ballot with its
//! committee and tally checked on saving; a household-ballot round opened with `V`, its ballots
//! entered by finding the household, one corrected with a reason, the round counted; the
//! round offered after a show of hands that lacks quorum; then the round's screen drawn.

mod common;

use crossterm::event::KeyCode;

use hopdan::domain::{BallotChoice, BallotDetails, Standing, VoteMethod};
use hopdan::i18n::Lang;
use hopdan::store::Representative;
use hopdan::tui::app::{FormKind, Popup};
use hopdan::tui::form::fields::{HouseholdBallotField, SecretBallotField};

use common::{Draw, Drive, Harness, add_meeting, assert_screens, household, t};

/// Moves the agenda to item `item_no` (the sample opens on item 1).
fn to_item(h: &mut Harness, item_no: u32) {
    for _ in 1..item_no {
        h.key(KeyCode::Right);
    }
}

/// `V`, a ballot to every household, confirmed: the round's list opens.
fn open_round(h: &mut Harness) {
    h.key(KeyCode::Char('V'));
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter);
    assert!(matches!(h.app.popup(), Some(Popup::Confirm { .. })));
    h.key(KeyCode::Char('y'));
    assert!(
        matches!(h.app.popup(), Some(Popup::Round { .. })),
        "{:?}",
        h.app.popup()
    );
}

/// `a`, the household found by typing `search`, its ballot marking the `right`-th choice,
/// collected by `collector` (when the field is empty), saved.
fn enter_ballot(h: &mut Harness, search: &str, right: usize, collector: &str) {
    h.key(KeyCode::Char('a'));
    h.type_text(search);
    h.key(KeyCode::Enter);
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Form(FormKind::HouseholdBallot { .. }, _))
    ));
    for _ in 0..right {
        h.key(KeyCode::Right);
    }
    h.form_focus(HouseholdBallotField::CollectedBy);
    if h.field_text().is_empty() {
        h.type_text(collector);
    }
    h.ctrl('s');
}

#[test]
fn a_household_ballot_round_is_opened_filled_corrected_and_counted_through_the_keys() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    open_round(&mut h);
    let vote = h.store().votes(id, 1).unwrap().pop().unwrap();
    assert_eq!(
        (vote.vote_no, vote.method),
        (2, VoteMethod::HouseholdBallot)
    );
    assert_eq!(vote.counts.households_present, 0);

    // Lê Văn Tám, found by a fragment of his name, for; the collector is remembered.
    enter_ballot(&mut h, "tam", 1, "Tổ trưởng Trần Thị Mai");
    assert!(h.message().contains("1/55"), "{}", h.message());
    enter_ballot(&mut h, "K19/7", 2, "");
    let ballots = h.store().ballots(id).unwrap();
    let entered: Vec<_> = ballots
        .household_ballots
        .iter()
        .map(|b| {
            (
                b.ballot.household_no.as_str(),
                b.ballot.choice,
                b.ballot.collected_by.as_str(),
            )
        })
        .collect();
    assert_eq!(
        entered,
        [
            ("27-004", BallotChoice::For, "Tổ trưởng Trần Thị Mai"),
            ("27-007", BallotChoice::Against, "Tổ trưởng Trần Thị Mai"),
        ]
    );
    let vote = h.store().votes(id, 1).unwrap().pop().unwrap();
    assert_eq!(
        (
            vote.counts.households_present,
            vote.counts.votes_for,
            vote.counts.votes_against
        ),
        (2, 1, 1)
    );

    // The same household again is its correction, which asks why.
    h.key(KeyCode::Char('a'));
    h.type_text("tam");
    h.key(KeyCode::Enter);
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Form(
            FormKind::HouseholdBallot {
                correcting: true,
                ..
            },
            _
        ))
    ));
    h.key(KeyCode::Right);
    h.ctrl('s');
    assert!(h.form().error.is_some(), "saved without a reason");
    h.form_focus(HouseholdBallotField::Reason);
    h.type_text("Ghi nhầm ô");
    h.ctrl('s');
    let ballots = h.store().ballots(id).unwrap();
    assert_eq!(ballots.corrections.len(), 1);
    assert_eq!(ballots.corrections[0].was.choice, BallotChoice::For);
    assert_eq!(ballots.corrections[0].reason, "Ghi nhầm ô");
    assert_eq!(
        ballots.household_ballots[0].ballot.choice,
        BallotChoice::Against
    );

    // Counted: the result, and the day to report by: 12/06/2022 is a Sunday, and the fifth
    // working day after it a Friday.
    h.key(KeyCode::Char('K'));
    h.key(KeyCode::Char('y'));
    assert!(h.message().contains("17/06/2022"), "{}", h.message());
    let ballots = h.store().ballots(id).unwrap();
    assert!(matches!(
        ballots.votes[0].details,
        BallotDetails::HouseholdRound {
            counted_at: Some(_)
        }
    ));
    // No ballot after the count.
    h.key(KeyCode::Char('a'));
    assert!(!matches!(h.app.popup(), Some(Popup::FindHousehold(_))));
    assert!(h.message().contains("đã kiểm phiếu"), "{}", h.message());
}

#[test]
fn a_secret_ballot_is_checked_by_its_tally_and_not_typed_over() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    to_item(&mut h, 3);
    h.key(KeyCode::Char('V'));
    h.key(KeyCode::Enter);
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Form(FormKind::SecretBallot { .. }, _))
    ));
    let typed = [
        (SecretBallotField::Member(1), "Nguyễn Văn Hùng"),
        (SecretBallotField::Member(2), "Lê Thị Sáu"),
        (SecretBallotField::Member(3), "Trần Quốc Việt"),
        (SecretBallotField::Witness(1), "27-001"),
        (SecretBallotField::Witness(2), "27-002"),
        (SecretBallotField::Issued, "41"),
        (SecretBallotField::Returned, "40"),
        (SecretBallotField::Valid, "39"),
        (SecretBallotField::For, "30"),
        (SecretBallotField::Against, "8"),
        (SecretBallotField::Abstain, "2"),
    ];
    for (field, text) in typed {
        h.form_focus(field);
        h.type_text(text);
    }
    h.form_focus(SecretBallotField::Invalid);
    h.key(KeyCode::Backspace);
    h.type_text("1");
    h.ctrl('s');
    let error = h.form().error.clone().unwrap_or_default();
    assert!(error.contains("(40)") && error.contains("(39)"), "{error}");

    h.form_focus(SecretBallotField::Abstain);
    h.key(KeyCode::Backspace);
    h.type_text("1");
    h.ctrl('s');
    assert!(h.app.popup().is_none(), "{:?}", h.form().error);
    let vote = h.store().votes(id, 3).unwrap().pop().unwrap();
    assert_eq!(vote.method, VoteMethod::Secret);
    assert_eq!((vote.counts.votes_for, vote.counts.votes_against), (30, 8));
    // Its counts are the committee's: `s` says so and opens nothing.
    h.key(KeyCode::Char('s'));
    assert!(h.app.popup().is_none());
    assert!(h.message().contains("bằng phiếu"), "{}", h.message());
}

#[test]
fn a_show_of_hands_without_quorum_offers_a_round_to_every_household() {
    let mut h = Harness::new(Lang::Vi);
    let id = add_meeting(&mut h.app.store, &["Mở rộng kiệt 211A"]);
    let register: Vec<_> = (1..=5)
        .map(|n| household(&format!("16-00{n}"), &format!("211A/{n}"), "Nguyễn Văn A"))
        .collect();
    h.app.store.set_register(id, &register).unwrap();
    let head = Representative {
        name: String::new(),
        standing: Standing::Head,
        note: String::new(),
    };
    for no in ["16-001", "16-002"] {
        h.app
            .store
            .sign_in(id, no, &head, t("2022-06-12T07:40:00+07:00"))
            .unwrap();
    }
    h.app.open_meeting(id);
    h.app.message = None;
    h.key(KeyCode::Char('v'));
    h.type_text("2");
    h.key(KeyCode::Enter);
    h.type_text("0");
    h.key(KeyCode::Enter);
    h.type_text("0");
    h.ctrl('s');
    let Some(Popup::Confirm { question, .. }) = h.app.popup() else {
        panic!("no round offered: {:?}", h.app.popup());
    };
    assert!(question.contains("5 hộ"), "{question}");
    h.key(KeyCode::Char('y'));
    assert!(matches!(h.app.popup(), Some(Popup::Round { .. })));
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!(
        votes.iter().map(|v| v.method).collect::<Vec<_>>(),
        [VoteMethod::Hands, VoteMethod::HouseholdBallot]
    );
}

#[test]
fn snapshot_a_household_ballot_round_in_both_languages() {
    for lang in [Lang::Vi, Lang::En] {
        let mut h = Harness::sample(lang);
        open_round(&mut h);
        enter_ballot(&mut h, "tam", 1, "Trần Thị Mai");
        enter_ballot(&mut h, "K19/7", 2, "");
        h.app.message = None;
        let code = match lang {
            Lang::Vi => "vi",
            Lang::En => "en",
        };
        assert_screens!(format!("ballot_round_{code}"), &h);
    }
}

#[test]
fn snapshot_the_chairs_board_of_the_second_sample_s_household_ballot_round() {
    let mut h = Harness::new(Lang::Vi);
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-data/kiet-211a-dung-si-thanh-khe");
    let record = hopdan::export::import_dir(&folder).unwrap();
    let id = h.app.store.insert_record(&record).unwrap();
    h.app.open_meeting(id);
    h.app.message = None;
    h.key(KeyCode::Char('c'));
    let screen = h.screen();
    // The households that returned nothing are counted, and the shares are of the ballots.
    assert!(screen.contains("Không nộp phiếu"), "{screen}");
    assert!(screen.contains("so với phiếu thu về"), "{screen}");
    assert_screens!("ballot_round_chair_vi", &h);
}
