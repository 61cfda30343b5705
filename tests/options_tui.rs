//! Items with several options in the app (SPEC §15), typed as a secretary would: options
//! listed, added (one from a resident's proposal), corrected and removed until the first vote;
//! the vote among them checked as typed with its outcome in words; the run-off between the two
//! leading options, or between two the chair picks after a tie; drafts that survive a crash;
//! then the screens drawn.

mod common;

use crossterm::event::KeyCode;

use hopdan::domain::{ItemOption, MeetingId, OptionCounts};
use hopdan::i18n::Lang;
use hopdan::tui::app::{FormKind, OptionsPut, Pane, Popup};
use hopdan::tui::form::fields::{OptionField, OptionsVoteField};

use common::{Drive, Harness, add_meeting, assert_screens, t};

const TITLES: [&str; 3] = [
    "3 m toàn tuyến",
    "2,5 m đoạn đầu kiệt, 3 m đoạn còn lại",
    "Giữ nguyên hiện trạng",
];

/// The app on a meeting of 55 households, 42 present, whose first item offers `options`
/// (the first of `TITLES`), on its live screen.
fn meeting_with_options(lang: Lang, options: usize) -> (Harness, MeetingId) {
    let mut h = Harness::new(lang);
    let id = add_meeting(&mut h.app.store, &["Phương án mở rộng kiệt 19", "Kinh phí"]);
    for title in &TITLES[..options] {
        h.app
            .store
            .add_option(id, 1, title, "Theo bản vẽ của phường")
            .unwrap();
    }
    h.app.open_meeting(id);
    h.app.message = None;
    (h, id)
}

fn options(h: &Harness, id: MeetingId) -> Vec<ItemOption> {
    h.store().options(id).unwrap()
}

/// A vote among the options of item 1 saved in the store: `hands` for options 1, 2, …
fn vote_in_store(h: &mut Harness, id: MeetingId, hands: &[(u32, u32)], abstain: u32) {
    let counts = OptionCounts {
        households_total: 55,
        households_present: 42,
        options: hands.to_vec(),
        abstain,
    };
    h.app
        .store
        .add_options_vote(id, 1, &counts, t("2022-06-12T09:00:00+07:00"))
        .unwrap();
    // Read again as after a write of the app's own.
    h.app.open_meeting(id);
    h.app.message = None;
}

/// Tab until the opinions pane has the focus.
fn to_opinions(h: &mut Harness) {
    while h.app.live.as_ref().unwrap().focus != Pane::Opinions {
        h.key(KeyCode::Tab);
    }
}

fn shown(h: &Harness, field: OptionsVoteField) -> bool {
    !h.form().is_hidden(field)
}

fn preview(h: &Harness) -> Option<String> {
    match h.app.popup() {
        Some(Popup::Form(FormKind::OptionsVote { put, .. }, form)) => {
            h.app.options_vote_preview(put, form)
        }
        other => panic!("no vote among options open: {other:?}"),
    }
}

#[test]
fn options_are_added_corrected_and_removed_one_from_a_proposal_from_the_floor() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 0);
    h.key(KeyCode::Char('f'));
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Options { item_no: 1, .. })
    ));
    for (title, description) in [(TITLES[0], "Mở rộng cả kiệt"), (TITLES[2], "Không mở rộng")]
    {
        h.key(KeyCode::Char('a'));
        assert_eq!(h.form().focused_name(), Some(OptionField::Title));
        h.field(title);
        h.type_text(description);
        h.ctrl('s');
        assert!(matches!(h.app.popup(), Some(Popup::Options { .. })));
    }
    assert_eq!(h.message(), "Đã lưu phương án 2 của nội dung 1.");
    let stored: Vec<_> = options(&h, id)
        .into_iter()
        .map(|o| (o.option_no, o.title, o.description))
        .collect();
    assert_eq!(
        stored,
        [
            (1, TITLES[0].to_owned(), "Mở rộng cả kiệt".to_owned()),
            (2, TITLES[2].to_owned(), "Không mở rộng".to_owned()),
        ]
    );
    // An empty title is refused with the store's sentence, nothing saved.
    h.key(KeyCode::Char('a'));
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some("Cần nhập Tên ngắn."));
    h.key(KeyCode::Esc);
    assert_eq!(options(&h, id).len(), 2);

    // A resident proposes another: a few keys make it the third option.
    h.key(KeyCode::Esc);
    h.floor("Trần Thị Hoa", "K19/2 Phú Lộc 10");
    h.type_text("Đề nghị mở 2,5 m ở đầu kiệt vì nhà số 2 không lùi được");
    h.save_opinion();
    to_opinions(&mut h);
    h.key(KeyCode::Char('F'));
    let form = h.form();
    assert_eq!(
        form.title,
        "Phương án theo đề xuất của Trần Thị Hoa (nội dung 1)"
    );
    assert_eq!(
        form.text(OptionField::Description),
        "Đề nghị mở 2,5 m ở đầu kiệt vì nhà số 2 không lùi được (đề xuất của Trần Thị Hoa)"
    );
    assert_eq!(form.focused_name(), Some(OptionField::Title));
    h.field("2,5 m đầu kiệt");
    assert!(h.app.popup().is_none(), "Enter on the title saves");
    assert_eq!(h.message(), "Đã lưu phương án 3 của nội dung 1.");
    assert_eq!(options(&h, id)[2].title, "2,5 m đầu kiệt");

    // Corrected with Enter, removed with d after a question: those after are renumbered.
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    assert_eq!(h.form().title, "Sửa phương án 2 (nội dung 1)");
    assert_eq!(h.form().text(OptionField::Title), TITLES[2]);
    h.form_focus(OptionField::Title);
    h.type_text(" kiệt");
    h.ctrl('s');
    assert_eq!(options(&h, id)[1].title, format!("{} kiệt", TITLES[2]));
    h.key(KeyCode::Char('d'));
    assert!(matches!(h.app.popup(), Some(Popup::Confirm { .. })));
    h.key(KeyCode::Char('y'));
    assert_eq!(
        h.message(),
        "Đã bỏ phương án 2 của nội dung 1; các phương án sau được đánh số lại."
    );
    let titles: Vec<_> = options(&h, id)
        .into_iter()
        .map(|o| (o.option_no, o.title))
        .collect();
    assert_eq!(
        titles,
        [(1, TITLES[0].to_owned()), (2, "2,5 m đầu kiệt".to_owned())]
    );
}

#[test]
fn after_the_first_vote_the_options_stay_as_they_were_put() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 2);
    vote_in_store(&mut h, id, &[(1, 30), (2, 10)], 2);
    let refused = "Nội dung 1 đã biểu quyết nên không thêm, sửa hay bỏ phương án được nữa.";
    h.key(KeyCode::Char('f'));
    for key in ['a', 'd', 'r'] {
        h.key(KeyCode::Char(key));
        assert_eq!(h.message(), refused, "{key}");
        assert!(matches!(h.app.popup(), Some(Popup::Options { .. })));
    }
    assert!(
        h.key_bar().ends_with("↑↓ chọn  Esc đóng"),
        "{}",
        h.key_bar()
    );
    h.key(KeyCode::Esc);
    // Nor from a proposal; and the counts of a vote among options are not corrected.
    h.floor("Trần Thị Hoa", "K19/2 Phú Lộc 10");
    h.type_text("Thêm phương án 4 m");
    h.save_opinion();
    to_opinions(&mut h);
    h.key(KeyCode::Char('F'));
    assert_eq!(h.message(), refused);
    assert!(h.app.popup().is_none());
    h.key(KeyCode::Char('s'));
    assert!(
        h.message()
            .starts_with("Số phiếu của biểu quyết chọn phương án")
    );
    assert!(h.app.popup().is_none());
    assert_eq!(options(&h, id).len(), 2);
}

#[test]
fn an_item_with_one_option_is_not_voted_on() {
    let (mut h, _) = meeting_with_options(Lang::Vi, 1);
    h.key(KeyCode::Char('v'));
    assert!(h.app.popup().is_none());
    assert_eq!(
        h.message(),
        "Nội dung 1 cần ít nhất hai phương án để biểu quyết chọn phương án."
    );
}

#[test]
fn a_vote_among_options_is_checked_as_typed_and_says_its_outcome() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 3);
    h.key(KeyCode::Char('v'));
    let form = h.form();
    assert_eq!(form.title, "Biểu quyết chọn phương án");
    assert_eq!(form.focused_name(), Some(OptionsVoteField::Option(1)));
    assert_eq!(
        form.label(OptionsVoteField::Option(1)),
        "Phương án 1 — 3 m toàn tuyến"
    );
    assert!(!shown(&h, OptionsVoteField::Pair));
    assert!(!shown(&h, OptionsVoteField::Option(4)));
    assert_eq!(form.text(OptionsVoteField::HouseholdsPresent), "42");

    h.field("12");
    assert_eq!(preview(&h).as_deref(), Some("Phương án 1 đang dẫn: 12 hộ"));
    h.field("20");
    assert_eq!(preview(&h).as_deref(), Some("Phương án 2 đang dẫn: 20 hộ"));
    // One hand each: 12 + 20 + 11 is more than the 42 present, said with the numbers.
    h.type_text("11");
    let error = h.form().error.clone().unwrap_or_default();
    assert!(
        error.contains("Phương án 3") && error.contains("43") && error.contains("42"),
        "{error}"
    );
    // In the words of a choice, not of for and against.
    assert!(error.contains("mỗi hộ chỉ giơ tay một lần"), "{error}");
    assert!(!error.contains("Tán thành"), "{error}");
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.field("8");
    assert_eq!(h.form().error, None);
    h.field("2");
    assert_eq!(
        preview(&h).as_deref(),
        Some("Chưa phương án nào đạt: biểu quyết lại giữa phương án 2 và 1")
    );
    h.ctrl('s');
    assert!(h.app.popup().is_none());
    assert_eq!(
        h.message(),
        "Đã lưu biểu quyết: Chưa phương án nào đạt: biểu quyết lại giữa phương án 2 và 1."
    );
    let hands: Vec<_> = h
        .store()
        .option_votes(id)
        .unwrap()
        .into_iter()
        .map(|v| (v.option_no, v.votes))
        .collect();
    assert_eq!(hands, [(1, 12), (2, 20), (3, 8)]);
    let live = h.app.live.as_ref().unwrap();
    assert_eq!(live.votes.len(), 1, "the votes are read again");
    assert_eq!(live.option_votes.len(), 3);
}

#[test]
fn a_run_off_puts_only_the_two_leading_options() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 3);
    vote_in_store(&mut h, id, &[(1, 20), (2, 14), (3, 7)], 0);
    h.key(KeyCode::Char('v'));
    assert_eq!(h.form().title, "Biểu quyết lại giữa phương án 1 và 2");
    assert!(shown(&h, OptionsVoteField::Option(1)) && shown(&h, OptionsVoteField::Option(2)));
    assert!(!shown(&h, OptionsVoteField::Option(3)));
    // Above the counts, the run-off can be turned into the whole vote again.
    assert!(shown(&h, OptionsVoteField::Pair));
    h.field("29");
    h.field("12");
    h.field("1");
    assert_eq!(preview(&h).as_deref(), Some("Phương án 1 được thông qua"));
    h.key(KeyCode::Enter);
    assert_eq!(
        h.message(),
        "Đã lưu biểu quyết: Phương án 1 được thông qua."
    );
    let run_off: Vec<_> = h
        .store()
        .option_votes(id)
        .unwrap()
        .into_iter()
        .filter(|v| v.vote_no == 2)
        .map(|v| (v.option_no, v.votes))
        .collect();
    assert_eq!(run_off, [(1, 29), (2, 12)]);
}

#[test]
fn after_a_tie_for_second_the_chair_picks_the_run_off() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 3);
    vote_in_store(&mut h, id, &[(1, 20), (2, 10), (3, 10)], 0);
    h.key(KeyCode::Char('v'));
    let Some(Popup::Form(FormKind::OptionsVote { put, .. }, _)) = h.app.popup() else {
        panic!("no vote among options open");
    };
    assert_eq!(put, &OptionsPut::Pick(vec![(1, 2), (1, 3)]));
    assert_eq!(h.form().title, "Biểu quyết lại: chủ trì chọn hai phương án");
    assert_eq!(h.form().focused_name(), Some(OptionsVoteField::Pair));
    assert!(shown(&h, OptionsVoteField::Option(2)) && !shown(&h, OptionsVoteField::Option(3)));
    h.key(KeyCode::Right);
    assert!(!shown(&h, OptionsVoteField::Option(2)) && shown(&h, OptionsVoteField::Option(3)));
    assert!(h.key_bar().contains("←→ chọn"), "{}", h.key_bar());
    h.key(KeyCode::Enter);
    assert_eq!(h.form().focused_name(), Some(OptionsVoteField::Option(1)));
    h.field("12");
    assert_eq!(h.form().focused_name(), Some(OptionsVoteField::Option(3)));
    h.field("29");
    h.field("0");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.message(),
        "Đã lưu biểu quyết: Phương án 3 được thông qua."
    );
    let run_off: Vec<_> = h
        .store()
        .option_votes(id)
        .unwrap()
        .into_iter()
        .filter(|v| v.vote_no == 2)
        .map(|v| (v.option_no, v.votes))
        .collect();
    assert_eq!(run_off, [(1, 12), (3, 29)]);
}

#[test]
fn the_vote_and_the_option_typed_come_back_after_a_crash() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 3);
    vote_in_store(&mut h, id, &[(1, 20), (2, 10), (3, 10)], 0);
    h.key(KeyCode::Char('v'));
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter);
    h.field("15");
    let dir = h.crash();

    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('v'));
    assert!(h.says_restored());
    assert_eq!(h.form().choice(OptionsVoteField::Pair), 1);
    assert!(shown(&h, OptionsVoteField::Option(3)) && !shown(&h, OptionsVoteField::Option(2)));
    assert_eq!(h.form().text(OptionsVoteField::Option(1)), "15");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));

    // A new option's form, half typed, too.
    let (mut h, _) = meeting_with_options(Lang::Vi, 2);
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Char('a'));
    h.type_text("Làm 2 giai đoạn");
    let dir = h.crash();
    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Char('a'));
    assert!(h.says_restored());
    assert_eq!(h.form().text(OptionField::Title), "Làm 2 giai đoạn");
}

#[test]
fn screens_of_options() {
    for lang in [Lang::Vi, Lang::En] {
        let code = match lang {
            Lang::Vi => "vi",
            Lang::En => "en",
        };
        let (mut h, _) = meeting_with_options(lang, 3);
        h.key(KeyCode::Char('f'));
        h.key(KeyCode::Down);
        assert_screens!(format!("options_popup_{code}"), &h);
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('v'));
        h.field("12");
        h.field("20");
        assert_screens!(format!("options_vote_{code}"), &h);

        // After a tie for second, the chair picks the run-off first.
        let (mut h, id) = meeting_with_options(lang, 3);
        vote_in_store(&mut h, id, &[(1, 20), (2, 10), (3, 10)], 0);
        h.key(KeyCode::Char('v'));
        assert_screens!(format!("options_run_off_pick_{code}"), &h);
    }
}

#[test]
fn after_a_tie_at_the_top_the_chair_picks_two_of_the_tied() {
    let (mut h, id) = meeting_with_options(Lang::En, 3);
    vote_in_store(&mut h, id, &[(1, 12), (2, 12), (3, 12)], 2);
    h.key(KeyCode::Char('v'));
    let Some(Popup::Form(FormKind::OptionsVote { put, .. }, form)) = h.app.popup() else {
        panic!("no vote among options open");
    };
    assert_eq!(put, &OptionsPut::Pick(vec![(1, 2), (1, 3), (2, 3)]));
    assert_eq!(form.title, "Run-off: the chair picks two options");
    // From the first pair, ← goes round to the last choice (all the options), then (2, 3).
    h.key(KeyCode::Left);
    assert_eq!(h.form().title, "Vote among the options (vote 2)");
    h.key(KeyCode::Left);
    assert!(!shown(&h, OptionsVoteField::Option(1)));
    assert!(shown(&h, OptionsVoteField::Option(2)) && shown(&h, OptionsVoteField::Option(3)));
    h.key(KeyCode::Enter);
    h.field("20");
    h.field("20");
    h.field("2");
    assert_eq!(
        preview(&h).as_deref(),
        Some("No option adopted: run-off between options 2 and 3")
    );
    h.key(KeyCode::Enter);
    assert_eq!(
        h.message(),
        "Vote saved: No option adopted: run-off between options 2 and 3."
    );
    // The next vote is the run-off between those two.
    h.key(KeyCode::Char('v'));
    assert_eq!(h.form().title, "Run-off between options 2 and 3");
}

#[test]
fn the_correction_of_an_item_with_options_says_how_many() {
    let (mut h, _) = meeting_with_options(Lang::Vi, 3);
    while h.app.live.as_ref().unwrap().focus != Pane::Agenda {
        h.key(KeyCode::Tab);
    }
    h.key(KeyCode::Char('r'));
    assert!(
        h.form().title.ends_with(" · Chọn một trong 3 phương án"),
        "{}",
        h.form().title
    );
}

#[test]
fn a_miscounted_vote_is_taken_again_with_all_options_instead_of_its_run_off() {
    let (mut h, id) = meeting_with_options(Lang::Vi, 3);
    vote_in_store(&mut h, id, &[(1, 20), (2, 14), (3, 7)], 0);
    h.key(KeyCode::Char('v'));
    // The counts of the run-off are typed at once; the choice above them puts every option.
    h.key(KeyCode::Up);
    h.key(KeyCode::Right);
    assert_eq!(h.form().title, "Biểu quyết chọn phương án (lần 2)");
    for no in 1..=3 {
        assert!(shown(&h, OptionsVoteField::Option(no)), "option {no}");
    }
    h.key(KeyCode::Enter);
    h.field("30");
    h.field("8");
    h.field("3");
    h.field("1");
    h.key(KeyCode::Enter);
    let again: Vec<_> = h
        .store()
        .option_votes(id)
        .unwrap()
        .into_iter()
        .filter(|v| v.vote_no == 2)
        .map(|v| (v.option_no, v.votes))
        .collect();
    assert_eq!(again, [(1, 30), (2, 8), (3, 3)]);
    assert_eq!(
        h.message(),
        "Đã lưu biểu quyết: Phương án 1 được thông qua."
    );
}

#[test]
fn counts_typed_against_options_that_moved_up_do_not_come_back() {
    let (mut h, _) = meeting_with_options(Lang::Vi, 3);
    h.key(KeyCode::Char('v'));
    h.field("15");
    h.field("10");
    let dir = h.crash();

    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    // Option 2 taken back: what was typed for it would fill in option 3's count.
    h.key(KeyCode::Char('f'));
    h.key(KeyCode::Down);
    h.key(KeyCode::Char('d'));
    h.key(KeyCode::Char('y'));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('v'));
    assert!(!h.says_restored());
    assert_eq!(h.form().text(OptionsVoteField::Option(2)), "");
}
