//! The TUI driven by keys, as a secretary would: a whole meeting from an empty database, the
//! store checked after each step; then every screen drawn at 80×24 and 160×48.

mod common;

use crossterm::event::{Event, KeyCode};
use tempfile::TempDir;

use hopdan::domain::{MeetingStatus, Opinion, Outcome, Stance, Threshold, VoteBase};
use hopdan::i18n::Lang;
use hopdan::store::{Store, StoreError};
use hopdan::tui::app::{Pane, Popup, Screen};
use hopdan::tui::form::fields::{MeetingField, VoteField};
use hopdan::tui::theme::Theme;

use common::{Draw, Drive, Harness, START, assert_screens, db_in};

fn create_meeting(h: &mut Harness) {
    h.key(KeyCode::Char('n'));
    h.field("Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10");
    h.field("Phường Thanh Khê Tây");
    h.field("Tổ dân phố 27");
    h.field("Nhà văn hóa tổ 27");
    h.key(KeyCode::Enter); // start time prefilled from the clock
    h.field("Trần Văn Bình");
    h.field("Tổ trưởng tổ dân phố");
    h.field("Lê Thị Hạnh");
    h.field("55");
    h.field("42");
    h.field("4"); // minutes per speaker
}

#[test]
fn a_whole_meeting_from_an_empty_database() {
    let mut h = Harness::new(Lang::Vi);
    assert_eq!(h.app.screen, Screen::Meetings);
    assert!(h.app.meetings.is_empty());

    // 1. The meeting, with every field.
    create_meeting(&mut h);
    assert_eq!(h.app.screen, Screen::Live);
    let id = h.meeting_id();
    let meeting = h.store().meeting(id).unwrap();
    assert_eq!(
        meeting.title,
        "Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10"
    );
    assert_eq!(meeting.ward, "Phường Thanh Khê Tây");
    assert_eq!(meeting.residential_group, "Tổ dân phố 27");
    assert_eq!(meeting.location, "Nhà văn hóa tổ 27");
    assert_eq!(meeting.chair, "Trần Văn Bình");
    assert_eq!(meeting.chair_title, "Tổ trưởng tổ dân phố");
    assert_eq!(meeting.secretary, "Lê Thị Hạnh");
    assert_eq!(hopdan::domain::format_time(&meeting.started_at), START);
    assert_eq!(
        (meeting.households_total, meeting.households_present),
        (55, 42)
    );
    assert_eq!(h.store().speaking_limit(id).unwrap().seconds(), 240);

    // 2. A new meeting asks for its first agenda item at once; the second one has a rule.
    assert!(matches!(h.app.popup(), Some(Popup::Form(..))));
    h.field("Mở rộng kiệt lên 3 m");
    h.field("Đoạn từ số 1"); // Enter breaks the line in the description …
    h.type_text("đến số 40");
    h.key(KeyCode::Tab); // … and Tab moves on
    h.type_text("a b"); // typing on a choice changes nothing
    h.key(KeyCode::Enter); // base: all households
    h.key(KeyCode::Enter); // threshold: more than half
    h.key(KeyCode::Enter); // no land pledges, saves
    h.key(KeyCode::Char('i'));
    h.field("Các hộ hiến đất");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter); // base: present
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter); // threshold: two thirds
    h.key(KeyCode::Enter); // no land pledges, saves
    let agenda = h.store().agenda(id).unwrap();
    assert_eq!(agenda.len(), 2);
    assert_eq!(agenda[0].description, "Đoạn từ số 1\nđến số 40");
    assert_eq!(agenda[0].rule.base, VoteBase::AllHouseholds);
    assert_eq!(agenda[0].rule.threshold, Threshold::MoreThanHalf);
    assert_eq!(agenda[1].rule.base, VoteBase::Present);
    assert_eq!(agenda[1].rule.threshold, Threshold::TwoThirds);
    h.key(KeyCode::Left); // back to item 1
    assert_eq!(h.app.live.as_ref().unwrap().item, 0);

    // 3. Hands go up: two speakers queued.
    h.queue("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27");
    h.queue("Phạm Thị Lan", "K19/12 Phú Lộc 10");
    let queue = h.store().queue(id).unwrap();
    assert_eq!(queue.len(), 2);
    assert_eq!(queue[0].speaker.address, "K19/4 Phú Lộc 10, tổ 27");

    // 4. The first gets the floor; the editor opens; the opinion is typed and saved.
    h.key(KeyCode::Char('n'));
    assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
    h.type_text("Đồng ý mở rộng,");
    h.key(KeyCode::Enter);
    h.type_text("nhưng phải làm cống thoát nước trước.");
    h.alt('3');
    h.clock.advance(95);
    h.ctrl('s');
    let opinions = h.store().opinions(id, 1).unwrap();
    assert_eq!(opinions.len(), 1);
    assert_eq!(opinions[0].speaker.name, "Nguyễn Văn Hùng");
    assert_eq!(opinions[0].stance, Stance::Other);
    assert_eq!(
        opinions[0].text,
        "Đồng ý mở rộng,\nnhưng phải làm cống thoát nước trước."
    );
    assert_eq!(opinions[0].duration_s, 95);
    assert!(h.message().contains("Nguyễn Văn Hùng"), "{}", h.message());
    assert!(h.store().floor(id).unwrap().is_none());

    // 5. The next speaker, stance cycled with Tab: from none to the first, then the next.
    h.key(KeyCode::Char('n'));
    h.type_text("Tôi không đồng ý.");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.clock.advance(30);
    h.ctrl('s');
    let opinions = h.store().opinions(id, 1).unwrap();
    assert_eq!(opinions[1].stance, Stance::Oppose);
    assert_eq!(opinions[1].turn_no, 2);

    // 6. Somebody speaks without having queued: n with an empty queue asks who.
    h.floor("Hoàng Văn Dũng", "K19/H5/2 Phú Lộc 10");
    assert!(h.store().floor(id).unwrap().is_some());
    h.type_text("Xin hỏi ai chi trả?");
    h.alt('4');
    h.ctrl('s');
    assert_eq!(
        h.store().opinions(id, 1).unwrap()[2].stance,
        Stance::Question
    );

    // 7. Correcting a saved opinion asks for a reason and keeps the old text in the audit log.
    h.key(KeyCode::Tab); // focus: opinions
    assert_eq!(h.app.live.as_ref().unwrap().focus, Pane::Opinions);
    h.keys(&[KeyCode::Up, KeyCode::Up]);
    h.key(KeyCode::Enter);
    h.type_text(" Đề nghị làm trước mùa mưa.");
    h.ctrl('s');
    h.field("Ghi thiếu ý");
    let opinions = h.store().opinions(id, 1).unwrap();
    assert!(
        opinions[0]
            .text
            .ends_with("trước. Đề nghị làm trước mùa mưa."),
        "{}",
        opinions[0].text
    );
    let audit = h.store().audit_log(id).unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].reason, "Ghi thiếu ý");
    assert!(audit[0].old_values.contains("cống thoát nước trước."));

    // 8. Attendance changes with a key, and can be typed.
    h.key(KeyCode::Char('+'));
    assert_eq!(h.store().meeting(id).unwrap().households_present, 43);
    h.key(KeyCode::Char('p'));
    h.field("42");
    assert_eq!(h.store().meeting(id).unwrap().households_present, 42);

    // 9. The vote: present prefilled, three counts, the result at once.
    h.key(KeyCode::Char('v'));
    h.field("38");
    h.field("3");
    h.field("1");
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!(votes.len(), 1);
    assert_eq!(votes[0].counts.households_present, 42);
    assert_eq!(votes[0].outcome(), Outcome::Passed);
    assert!(h.message().contains("THÔNG QUA"), "{}", h.message());

    // 10. A correction keeps the old counts.
    h.key(KeyCode::Char('s'));
    h.field("27");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.field("Đếm nhầm");
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!(votes.len(), 1);
    assert_eq!(votes[0].counts.votes_for, 27);
    assert_eq!(votes[0].corrections, 1);
    assert_eq!(votes[0].outcome(), Outcome::Failed);
    assert_eq!(h.store().audit_log(id).unwrap().len(), 2);

    // 11. The chair view, and back.
    h.key(KeyCode::Char('c'));
    assert_eq!(h.app.screen, Screen::Chair);
    let chair = h.screen_at(80, 24);
    assert!(chair.contains("K H Ô N G   T H Ô N G   Q U A"), "{chair}");
    h.key(KeyCode::Esc);
    assert_eq!(h.app.screen, Screen::Live);

    // 12. Export writes the files and the minutes where the message says.
    h.key(KeyCode::Char('x'));
    h.key(KeyCode::Enter); // into the folder offered
    let dir = h.export_dir(id);
    for name in [
        "meeting.csv",
        "agenda.csv",
        "opinions.csv",
        "votes.csv",
        "corrections.csv",
        "minutes.md",
        "minutes.html",
        "minutes.docx",
    ] {
        assert!(dir.join(name).is_file(), "{name}");
    }
    assert!(
        h.message().contains(&dir.display().to_string()),
        "{}",
        h.message()
    );
    assert!(h.message().contains("biên bản"), "{}", h.message());
    let opinions_csv = std::fs::read_to_string(dir.join("opinions.csv")).unwrap();
    assert!(opinions_csv.contains("Hoàng Văn Dũng"));
    // The meeting is still open: the minutes say so and carry no fingerprint.
    let minutes = std::fs::read_to_string(dir.join("minutes.html")).unwrap();
    assert!(minutes.contains("Hoàng Văn Dũng"));
    assert!(minutes.contains("Cuộc họp chưa kết thúc"), "{minutes}");
    assert!(minutes.contains("KHÔNG THÔNG QUA"));

    // 13. Back to the list: the meeting is there.
    h.key(KeyCode::Char('q'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.app.screen, Screen::Meetings);
    assert_eq!(h.app.meetings.len(), 1);
    assert_eq!(h.app.meetings[0].status, MeetingStatus::Open);
}

#[test]
fn the_start_time_is_typed_and_shown_day_first() {
    let mut h = Harness::new(Lang::Vi);
    h.key(KeyCode::Char('n'));
    h.form_focus(MeetingField::StartedAt);
    assert_eq!(
        h.field_text(),
        "12/06/2022 08:00",
        "prefilled from the clock"
    );
    let retype = |h: &mut Harness, typed: &str| {
        h.form_focus(MeetingField::StartedAt);
        for _ in 0..h.field_text().chars().count() {
            h.key(KeyCode::Backspace);
        }
        h.type_text(typed);
        h.ctrl('s');
    };
    h.form_focus(MeetingField::Title);
    h.type_text("Về việc mở rộng kiệt 19");
    h.form_focus(MeetingField::HouseholdsTotal);
    h.type_text("55");
    h.form_focus(MeetingField::HouseholdsPresent);
    h.type_text("42");

    retype(&mut h, "31/02/2026 19:30");
    assert_eq!(
        h.form().error.as_deref(),
        Some("Không có ngày 31/02/2026 trong lịch: xem lại ngày và tháng.")
    );
    retype(&mut h, "2/12/2026 25:00");
    assert_eq!(
        h.form().error.as_deref(),
        Some("25:00 không phải giờ trong ngày: giờ từ 0 đến 23, phút từ 0 đến 59.")
    );
    retype(&mut h, "tối nay");
    assert_eq!(
        h.form().error.as_deref(),
        Some("Thời gian phải có dạng 02/12/2026 19:30 (ngày/tháng/năm giờ:phút).")
    );
    retype(&mut h, "2/12/2026 19:30");
    assert_eq!(h.app.screen, Screen::Live, "{:?}", h.app.popup());
    let id = h.meeting_id();
    assert_eq!(
        hopdan::domain::format_time(&h.store().meeting(id).unwrap().started_at),
        "2026-12-02T19:30:00+07:00"
    );
    h.key(KeyCode::Esc); // the first agenda item's form
    let screen = h.screen();
    assert!(
        screen.lines().next().unwrap().contains("02/12/2026"),
        "{screen}"
    );
    h.key(KeyCode::Char('q'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.app.screen, Screen::Meetings);
    assert!(h.screen().contains("02/12/2026 19:30"), "{}", h.screen());
}

#[test]
fn invalid_counts_are_refused_with_the_reason_and_nothing_typed_is_lost() {
    let mut h = Harness::sample(Lang::En);
    let id = h.meeting_id();
    let before = h.store().votes(id, 1).unwrap();
    h.key(KeyCode::Char('v'));
    h.field("40");
    h.field("2");
    h.field("1");
    // The vote form stays open.
    assert_eq!(
        h.form().error.as_deref(),
        Some("Check “Abstain”: For + against + abstain (43) exceed the households present (41).")
    );
    assert_eq!(h.form().value(1), "40");
    assert_eq!(h.store().votes(id, 1).unwrap(), before);

    // An empty count: say which field.
    h.key(KeyCode::Up);
    h.type_text("x"); // dropped: counts take digits only
    h.key(KeyCode::Backspace);
    h.keys(&[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(h.form().error.as_deref(), Some("Against is required."));
    assert_eq!(h.store().votes(id, 1).unwrap(), before);
}

#[test]
fn the_vote_form_checks_as_counts_are_typed_and_previews_the_result() {
    let mut h = Harness::sample_without_register(Lang::En);
    h.key(KeyCode::Char('v'));
    assert!(h.key_bar().contains("Ctrl+S save"), "{}", h.key_bar());
    // Present 41 of 55, prefilled. Nothing typed yet: no hand raised so far.
    assert!(
        h.screen()
            .contains("Result so far (empty counts as 0): NOT PASSED")
    );
    h.type_text("30");
    assert_eq!(h.form().error, None);
    assert!(
        h.screen()
            .contains("Result so far (empty counts as 0): PASSED")
    );
    h.key(KeyCode::Enter);
    h.type_text("13");
    // Said at once, before Enter, naming the count being typed.
    assert_eq!(
        h.form().error.as_deref(),
        Some("Check “Against”: For + against + abstain (43) exceed the households present (41).")
    );
    assert!(!h.screen().contains("Result so far"));
    h.key(KeyCode::Backspace);
    assert_eq!(h.form().error, None);
    h.key(KeyCode::Enter);
    h.type_text("1");
    assert!(
        h.screen().contains("Result if saved: PASSED"),
        "{}",
        h.screen()
    );

    // Households present above all households: that count is named, wherever the focus is.
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    h.type_text("56");
    assert_eq!(
        h.form().error.as_deref(),
        Some("Check “Households present”: Households present (56) exceed all households (55).")
    );
    h.key(KeyCode::Down);
    assert_eq!(
        h.form().error.as_deref(),
        Some("Check “Households present”: Households present (56) exceed all households (55).")
    );
    // Too few present for the hands raised: with the focus on it, the present count is named.
    h.key(KeyCode::Up);
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.type_text("20");
    assert_eq!(
        h.form().error.as_deref(),
        Some(
            "Check “Households present”: For + against + abstain (32) exceed the households present (20)."
        )
    );
    h.ctrl('s');
    assert!(matches!(h.app.popup(), Some(Popup::Form(..))));
}

#[test]
fn snapshot_vote_form_with_a_preview_so_far_and_with_an_error() {
    let mut h = Harness::sample_without_register(Lang::Vi);
    h.key(KeyCode::Char('v'));
    h.field("30");
    h.type_text("4");
    insta::assert_snapshot!("vote_form_so_far_80x24", h.draw(80, 24).backend());
    h.key(KeyCode::Enter);
    h.type_text("9");
    insta::assert_snapshot!("vote_form_error_80x24", h.draw(80, 24).backend());
}

#[test]
fn ctrl_s_saves_from_any_field_after_the_checks_of_enter_on_the_last() {
    let mut h = Harness::new(Lang::En);
    h.key(KeyCode::Char('n'));
    h.type_text("Mở rộng kiệt 19");
    h.ctrl('s');
    // A missing count: its field has the focus, and what was typed stays.
    assert_eq!(
        h.form().error.as_deref(),
        Some("All households is required.")
    );
    assert_eq!(
        h.form().label(MeetingField::HouseholdsTotal),
        h.form().focused().label
    );
    assert_eq!(h.form().text(MeetingField::Title), "Mở rộng kiệt 19");
    h.key(KeyCode::Char('5'));
    h.key(KeyCode::Down);
    h.key(KeyCode::Char('3'));
    h.key(KeyCode::Up);
    h.ctrl('s');
    let id = h.meeting_id();
    let meeting = h.store().meeting(id).unwrap();
    assert_eq!(meeting.title, "Mở rộng kiệt 19");
    assert_eq!(
        (meeting.households_total, meeting.households_present),
        (5, 3)
    );

    // The first agenda item, saved from its title.
    h.type_text("Mở rộng kiệt");
    h.ctrl('s');
    assert_eq!(h.store().agenda(id).unwrap().len(), 1);
    assert!(h.app.popup().is_none());

    // A speaker, saved from the name.
    h.key(KeyCode::Char('a'));
    h.type_text("Nguyễn Văn Hùng");
    h.ctrl('s');
    assert_eq!(h.store().queue(id).unwrap().len(), 1);

    // A vote, saved from the first count.
    h.key(KeyCode::Char('v'));
    h.field("2");
    h.field("1");
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some("Abstain is required."));
    assert_eq!(h.form().focused().label, "Abstain");
    h.type_text("0");
    h.key(KeyCode::Up);
    h.ctrl('s');
    assert_eq!(h.store().votes(id, 1).unwrap().len(), 1);

    // Its correction: the reason is checked as on Enter.
    h.key(KeyCode::Char('s'));
    h.type_text("1");
    h.ctrl('s');
    assert_eq!(
        h.form().error.as_deref(),
        Some(Lang::En.strings().err_reason_required)
    );
    assert_eq!(h.form().focused().label, "Reason");
    assert_eq!(h.form().text(VoteField::For), "1");
    h.type_text("Đếm nhầm");
    h.key(KeyCode::Up);
    h.ctrl('s');
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!((votes[0].counts.votes_for, votes[0].corrections), (1, 1));
    assert!(h.app.popup().is_none());
}

/// Whether a question is on top, and it says `question`.
fn asks(h: &Harness, question: &str) -> bool {
    matches!(h.app.popup(), Some(Popup::Confirm { question: q, .. }) if q == question)
}

#[test]
fn leaving_a_meeting_and_quitting_ask_and_enter_answers_neither() {
    let strings = Lang::Vi.strings();
    let mut h = Harness::sample(Lang::Vi);
    h.queue("Phan Văn Tư", "");
    h.key(KeyCode::Char('a'));
    // Esc Esc Enter Enter, out of habit: the meeting stays open and nobody gets the floor.
    h.keys(&[KeyCode::Esc, KeyCode::Esc, KeyCode::Enter, KeyCode::Enter]);
    assert!(asks(&h, strings.confirm_leave_meeting));
    assert_eq!(h.app.screen, Screen::Live);
    assert!(h.store().floor(h.meeting_id()).unwrap().is_none());
    // The question shows every key that answers it.
    let screen = h.screen();
    assert!(screen.contains("y/c đồng ý   n/k/Esc không"), "{screen}");
    h.key(KeyCode::Char('k'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.app.screen, Screen::Live);

    // q asks too, and c (có) answers yes.
    h.key(KeyCode::Char('q'));
    assert!(asks(&h, strings.confirm_leave_meeting));
    h.key(KeyCode::Char('c'));
    assert_eq!(h.app.screen, Screen::Meetings);

    // q q from a meeting does not close the app.
    h.key(KeyCode::Char('q'));
    assert!(asks(&h, strings.confirm_quit));
    h.key(KeyCode::Char('q'));
    assert!(!h.app.should_quit);
    h.key(KeyCode::Char('n'));
    assert!(h.app.popup().is_none());
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.should_quit);
}

#[test]
fn a_form_asks_before_discarding_only_what_differs_from_what_it_opened_with() {
    let strings = Lang::Vi.strings();
    let mut h = Harness::new(Lang::Vi);
    // The prefilled start time is not something typed.
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());

    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    // A vote opened and closed untouched: no question.
    h.key(KeyCode::Char('v'));
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());
    // Counts typed: asked, and "no" gives them back.
    h.key(KeyCode::Char('v'));
    h.field("38");
    h.key(KeyCode::Esc);
    assert!(asks(&h, strings.confirm_discard_form));
    h.key(KeyCode::Esc);
    assert_eq!(h.values()[1], "38");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popup().is_none());

    // A correction of an opinion and its reason.
    h.key(KeyCode::Tab);
    assert_eq!(h.app.live.as_ref().unwrap().focus, Pane::Opinions);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none(), "an untouched correction closes");
    h.key(KeyCode::Enter);
    h.type_text(" Bổ sung.");
    h.key(KeyCode::Esc);
    assert!(asks(&h, strings.confirm_discard_form));
    h.key(KeyCode::Char('n'));
    assert!(h.editor_text().ends_with(" Bổ sung."));
    h.ctrl('s');
    h.type_text("Ghi thiếu");
    h.key(KeyCode::Esc);
    assert!(asks(&h, strings.confirm_discard_form));
    // Throwing the reason away goes back to the correction, which still asks.
    h.key(KeyCode::Char('y'));
    assert!(h.editor_text().ends_with(" Bổ sung."));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popup().is_none());
    // Only the sample's own correction of a vote is in the log.
    assert_eq!(h.store().audit_log(id).unwrap().len(), 1);
}

#[test]
fn a_status_line_belongs_to_its_moment() {
    let strings = Lang::Vi.strings();
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Enter);
    h.type_text(" Bổ sung.");
    h.ctrl('s');
    h.field("Ghi thiếu ý");
    assert_eq!(h.message(), strings.saved_correction);
    // A form opened: the news of the correction is old.
    h.key(KeyCode::Char('v'));
    assert_eq!(h.message(), "");
    // Neither does news stay beside an error of the form.
    h.app.info(strings.saved_correction);
    h.ctrl('s');
    assert!(h.form().error.is_some());
    assert_eq!(h.message(), "");
    let screen = h.screen();
    assert!(!screen.contains(strings.saved_correction), "{screen}");
}

#[test]
fn a_closed_meeting_and_an_empty_agenda_say_what_is_so() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Char('y'));
    h.app.message = None;
    let screen = h.screen();
    for invitation in ["Nhấn n", "Nhấn a", "Nhấn v", "Nhấn i"] {
        assert!(!screen.contains(invitation), "{invitation}: {screen}");
    }
    assert!(screen.contains("Cuộc họp đã kết thúc."), "{screen}");
    assert!(screen.contains("Không có ai chờ phát biểu."), "{screen}");
    assert_screens!("live_closed", &h);

    let mut h = Harness::new(Lang::Vi);
    h.key(KeyCode::Char('n'));
    h.type_text("Họp tổ");
    h.keys(&[KeyCode::Down; 8]);
    h.field("10");
    h.type_text("8");
    h.ctrl('s');
    h.key(KeyCode::Esc); // no agenda item yet
    assert!(h.app.popup().is_none());
    let screen = h.screen();
    assert!(screen.contains("Ý kiến (chưa có nội dung)"), "{screen}");
    assert!(!screen.contains("nội dung 0"), "{screen}");
}

#[test]
fn a_title_too_long_for_its_place_is_cut_with_an_ellipsis_and_the_closed_marker_stays() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('q'));
    h.key(KeyCode::Char('y'));
    h.app.message = None;
    let list = h.screen_at(80, 24);
    assert!(
        list.contains("Về việc nâng cấp, mở rộng kiệt 19 Phú L…│"),
        "{list}"
    );

    for lang in [Lang::Vi, Lang::En] {
        let mut h = Harness::sample(lang);
        h.key(KeyCode::Char('e'));
        h.key(KeyCode::Char('y'));
        h.app.message = None;
        let screen = h.screen_at(80, 24);
        let header = screen.lines().next().unwrap();
        let marker = format!("…  [{}]", h.app.strings.closed_banner);
        assert!(header.contains(&marker), "{header}");
    }
}

#[test]
fn rows_cut_in_the_agenda_and_the_queue_end_with_an_ellipsis() {
    let mut h = Harness::sample(Lang::Vi);
    h.queue("Nguyễn Thị Bích Ngọc", "K19/H3/1 Phú Lộc 10, tổ 27");
    h.app.message = None;
    let screen = h.screen_at(80, 24);
    let row = screen
        .lines()
        .find(|line| line.contains("Bích Ngọc"))
        .unwrap_or_else(|| panic!("{screen}"));
    let pane = row.split('│').nth(1).unwrap();
    assert!(pane.ends_with('…'), "{row}");
    let item = screen
        .lines()
        .find(|line| line.contains("1. Nâng cấp"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(item.split('│').nth(1).unwrap().ends_with('…'), "{item}");
}

#[test]
fn the_help_at_80_columns_wraps_its_long_lines_instead_of_cutting_them() {
    for (lang, words) in [
        (Lang::Vi, "đồng ý / không / khác / câu hỏi"),
        (Lang::En, "support / oppose / other / question"),
    ] {
        let mut h = Harness::sample(lang);
        h.event(Event::Resize(80, 24));
        h.key(KeyCode::Char('?'));
        h.key(KeyCode::End);
        let screen = h.screen_at(80, 24);
        let joined: String = screen
            .lines()
            .map(|line| line.trim_matches(|c: char| c == '"' || c == '│' || c.is_whitespace()))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(joined.contains(words), "{screen}");
        assert!(
            screen.contains('╰'),
            "the help's bottom edge is drawn: {screen}"
        );
    }
}

#[test]
fn present_above_all_households_is_refused() {
    let mut h = Harness::sample_without_register(Lang::En);
    let id = h.meeting_id();
    h.key(KeyCode::Char('p'));
    h.field("56");
    assert_eq!(
        h.form().error.as_deref(),
        Some("Households present (56) exceed all households (55).")
    );
    assert_eq!(h.store().meeting(id).unwrap().households_present, 41);
    // + stops at all households.
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    for _ in 0..20 {
        h.key(KeyCode::Char('+'));
    }
    assert_eq!(h.store().meeting(id).unwrap().households_present, 55);
}

#[test]
fn the_opinion_being_typed_survives_closing_the_editor_and_the_app() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.floor("Nguyễn Văn Hùng", "");
    h.type_text("Ý kiến đang ghi dở");
    h.alt('2');
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());
    // Reopened in the same session.
    h.key(KeyCode::Char('o'));
    assert_eq!(h.editor_text(), "Ý kiến đang ghi dở");

    // A new app on the same file (after a crash) finds the draft.
    let mut h = Harness::on(h.quit(), Lang::Vi);
    h.app.open_meeting(id);
    h.key(KeyCode::Char('o'));
    assert_eq!(h.editor_text(), "Ý kiến đang ghi dở");
    assert_eq!(h.editor().stance, Some(Stance::Oppose));
    h.ctrl('s');
    assert_eq!(h.store().draft(id, "opinion").unwrap(), None);
}

#[test]
fn an_opinion_saved_without_a_stance_asks_for_one_and_keeps_the_text() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    let before = h.store().opinions(id, 1).unwrap().len();
    h.floor("Nguyễn Văn Hùng", "");
    assert_eq!(h.editor().stance, None);
    assert!(
        h.screen_at(80, 24)
            .contains("Chưa chọn quan điểm: nhấn Alt+1..4 hoặc Tab."),
        "{}",
        h.screen_at(80, 24)
    );
    h.type_text("Tôi cần hỏi thêm về bồi thường");
    h.ctrl('s');
    assert_eq!(
        h.message(),
        "Chưa lưu: hãy chọn quan điểm bằng Alt+1..4 hoặc Tab; nội dung vẫn giữ nguyên."
    );
    assert_eq!(h.editor_text(), "Tôi cần hỏi thêm về bồi thường");
    assert_eq!(h.store().opinions(id, 1).unwrap().len(), before);

    // The draft keeps "no stance" across a crash: it does not come back as "Đồng ý".
    let mut h = Harness::on(h.crash(), Lang::Vi);
    h.app.open_meeting(id);
    h.key(KeyCode::Char('o'));
    assert_eq!(h.editor_text(), "Tôi cần hỏi thêm về bồi thường");
    assert_eq!(h.editor().stance, None);
    h.alt('4');
    assert!(!h.screen_at(80, 24).contains("Chưa chọn quan điểm"));
    h.ctrl('s');
    let saved = h.store().opinions(id, 1).unwrap().pop().unwrap();
    assert_eq!(saved.stance, Stance::Question);
}

#[test]
fn ctrl_z_undoes_in_the_opinion_editor_and_the_draft_follows() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.floor("Nguyễn Văn Hùng", "");
    h.type_text("Đồng ý");
    h.event(Event::Paste(" dán nhầm".into()));
    assert_eq!(h.editor_text(), "Đồng ý dán nhầm");
    h.ctrl('z');
    assert_eq!(h.editor_text(), "Đồng ý");
    assert_eq!(
        h.store().draft(id, "opinion").unwrap().as_deref(),
        Some("\nĐồng ý")
    );
}

#[test]
fn a_correction_opens_with_the_stance_saved() {
    let mut h = Harness::sample(Lang::En);
    while h.app.live.as_ref().unwrap().focus != Pane::Opinions {
        h.key(KeyCode::Tab);
    }
    let live = h.app.live.as_ref().unwrap();
    let selected = live.selected_opinion().unwrap().stance;
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().stance, Some(selected));
    assert!(!h.screen_at(80, 24).contains("No stance chosen"));
}

#[test]
fn after_a_restart_the_live_screen_says_an_opinion_is_waiting() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.floor("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27");
    h.key(KeyCode::Esc);
    // Nothing typed: nothing waits.
    assert!(!h.screen_at(80, 24).contains("Ý kiến đang ghi dở"));
    h.key(KeyCode::Char('o'));
    h.type_text("Đề nghị làm cống");
    let dir = h.crash();

    let mut h = Harness::on(dir, Lang::Vi);
    h.app.open_meeting(id);
    let screen = h.screen_at(80, 24);
    assert!(
        screen.contains("✎ Ý kiến đang ghi dở. Nhấn o để ghi tiếp."),
        "{screen}"
    );
    h.key(KeyCode::Char('o'));
    assert_eq!(h.editor_text(), "Đề nghị làm cống");
    h.alt('1');
    h.ctrl('s');
    assert!(!h.screen_at(80, 24).contains("Ý kiến đang ghi dở"));
}

#[test]
fn earlier_speakers_are_offered_as_a_name_is_typed_and_fill_in_the_form() {
    let mut h = Harness::sample_without_register(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('a'));
    assert!(
        h.form().suggestions().is_none(),
        "nothing typed, nothing offered"
    );
    h.type_text("le");
    let offered: Vec<String> = h
        .form()
        .suggestions()
        .expect("people are offered")
        .shown()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(offered, ["Lê Thị Sáu", "Lê Văn Tám"]);
    // Nothing picked yet: Enter would go on with "le" as the name, and the bar says so.
    assert!(
        h.key_bar()
            .starts_with("↓↑ chọn người  Tab/Enter ô sau  Ctrl+S lưu"),
        "{}",
        h.key_bar()
    );
    let screen = h.screen_at(80, 24);
    assert!(screen.contains("Lê Văn Tám · K19/4 Phú Lộc 10"), "{screen}");

    // ↓ picks, Enter fills in the name and the address, and the focus goes to the address.
    h.key(KeyCode::Down);
    assert!(
        h.key_bar()
            .starts_with("↓↑ chọn người  Enter điền vào  Tab ô sau"),
        "{}",
        h.key_bar()
    );
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    assert_eq!(h.values()[0], "Lê Văn Tám");
    assert!(
        h.values()[1].starts_with("K19/4 Phú Lộc 10"),
        "{:?}",
        h.values()
    );
    assert!(h.form().suggestions().is_none());
    h.key(KeyCode::Enter);
    let queued = h.store().queue(id).unwrap().pop().unwrap();
    assert_eq!(queued.speaker.name, "Lê Văn Tám");
    assert!(queued.speaker.address.starts_with("K19/4 Phú Lộc 10"));

    // Accents are optional.
    h.key(KeyCode::Char('a'));
    h.type_text("nguyen hong");
    let offered = h.form().suggestions().expect("people are offered");
    let names: Vec<&str> = offered.shown().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Nguyễn Thị Hồng"]);
}

#[test]
fn with_people_offered_tab_and_enter_still_move_on_and_a_new_name_is_typed_as_ever() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('a'));
    h.type_text("Lê Văn");
    assert!(h.form().suggestions().is_some());
    // Tab leaves the name as typed and goes to the address.
    h.key(KeyCode::Tab);
    assert_eq!(h.values()[0], "Lê Văn");
    assert!(h.form().suggestions().is_none());
    h.key(KeyCode::BackTab);
    h.type_text(" Mười");
    assert!(h.form().suggestions().is_none(), "no one of that name yet");
    // Enter with nothing picked goes on as in any form.
    h.key(KeyCode::Enter);
    h.field("K19/30 Phú Lộc 10");
    let queued = h.store().queue(id).unwrap().pop().unwrap();
    assert_eq!(queued.speaker.name, "Lê Văn Mười");
}

#[test]
fn snapshot_speaker_form_with_people_offered() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('a'));
    h.type_text("ph");
    h.key(KeyCode::Down);
    insta::assert_snapshot!("speaker_form_offered_80x24", h.draw(80, 24).backend());
}

#[test]
fn returning_the_floor_and_removing_from_the_queue_ask_first() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.queue("Phan Văn Tư", "");
    h.queue("Lý Thị Sương", "");
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('u'));
    assert!(matches!(h.app.popup(), Some(Popup::Confirm { .. })));
    h.key(KeyCode::Char('n')); // no
    assert!(h.store().floor(id).unwrap().is_some());
    h.key(KeyCode::Char('u'));
    h.key(KeyCode::Char('y'));
    assert!(h.store().floor(id).unwrap().is_none());
    let queue = h.store().queue(id).unwrap();
    assert_eq!(queue[0].speaker.name, "Phan Văn Tư");

    // d removes the selected speaker, after a yes.
    h.key(KeyCode::Char('d'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.store().queue(id).unwrap().len(), 1);
}

#[test]
fn pasted_text_is_cleaned_before_it_reaches_the_screen_or_the_store() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('n'));
    h.event(Event::Paste("Nguye\u{302}\u{303}n\u{1b}[2J Văn A".into()));
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.event(Event::Paste(
        "Đo\u{302}\u{300}ng y\u{301}\u{1b}]52;c;ZXZpbA==\u{7}\r\nhết".into(),
    ));
    h.alt('1');
    h.ctrl('s');
    let opinions = h.store().opinions(id, 1).unwrap();
    let last = opinions.last().unwrap();
    assert_eq!(last.speaker.name, "Nguyễn Văn A");
    assert_eq!(last.text, "Đồng ý\nhết");
}

#[test]
fn ctrl_c_asks_before_quitting() {
    let mut h = Harness::new(Lang::Vi);
    h.ctrl('c');
    assert!(!h.app.should_quit);
    h.key(KeyCode::Char('n'));
    assert!(!h.app.should_quit);
    h.ctrl('c');
    h.key(KeyCode::Char('y'));
    assert!(h.app.should_quit);
}

#[test]
fn no_size_down_to_one_cell_panics_and_small_windows_ask_to_be_enlarged() {
    let mut h = Harness::sample(Lang::Vi);
    for screen in ['-', 'c'] {
        if screen == 'c' {
            h.key(KeyCode::Char('c'));
        }
        for width in 1..=90 {
            for height in (1..=30).step_by(3) {
                h.draw(width, height);
            }
        }
    }
    let small = h.screen_at(79, 24);
    assert!(small.contains("Cửa sổ quá nhỏ"), "{small}");
    let exact = h.screen_at(80, 24);
    assert!(!exact.contains("Cửa sổ quá nhỏ"));
}

// ----- Snapshots of every screen -----

#[test]
fn snapshot_meetings_empty_and_listed() {
    let mut h = Harness::new(Lang::Vi);
    assert_screens!("meetings_empty", &h);
    h.key(KeyCode::Char('s'));
    h.key(KeyCode::Char('q'));
    h.key(KeyCode::Char('y'));
    h.app.message = None;
    assert_screens!("meetings_list", &h);
}

#[test]
fn snapshot_meeting_form() {
    let mut h = Harness::new(Lang::Vi);
    h.key(KeyCode::Char('n'));
    h.field("Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10");
    assert_screens!("meeting_form", &h);
}

#[test]
fn snapshot_live_with_floor_and_queue() {
    let mut h = Harness::sample(Lang::Vi);
    // Hùng speaks for the first time; Lan, as the sample has her, for the third.
    for (name, address) in [
        ("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27"),
        ("Phạm Thị Lan", "K19/12 Phú Lộc 10, tổ 27"),
    ] {
        h.queue(name, address);
    }
    h.key(KeyCode::Char('n'));
    h.type_text("Đồng ý mở rộng kiệt lên 3 m");
    h.key(KeyCode::Esc);
    h.clock.advance(75);
    h.app.message = None;
    assert_screens!("live", &h);
}

#[test]
fn snapshot_editor() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27");
    h.type_text(
        "Gia đình tôi đồng ý hiến 0,5 m đất để mở rộng kiệt, đề nghị phường hỗ trợ làm lại cổng.",
    );
    h.alt('3');
    h.clock.advance(42);
    h.app.message = None;
    assert_screens!("editor", &h);
}

#[test]
fn snapshot_vote_form_with_preview() {
    let mut h = Harness::sample_without_register(Lang::Vi);
    h.key(KeyCode::Char('v'));
    h.field("30");
    h.field("10");
    h.type_text("1");
    assert_screens!("vote_form", &h);
}

#[test]
fn snapshot_chair_view_in_both_languages() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('c'));
    assert_screens!("chair_vi", &h);
    let mut h = Harness::sample(Lang::En);
    h.key(KeyCode::Char('c'));
    assert_screens!("chair_en", &h);
}

#[test]
fn snapshot_live_in_english_and_help() {
    let mut h = Harness::sample(Lang::En);
    assert_screens!("live_en", &h);
    h.key(KeyCode::Char('?'));
    assert_screens!("help_en", &h);
}

#[test]
fn the_chair_view_colours_carry_the_result() {
    // Snapshots drop styles; the result's colour is checked here, with colour on.
    let mut h = Harness::with_theme(TempDir::new().unwrap(), Lang::Vi, Theme::new(true));
    h.open_sample();
    h.key(KeyCode::Char('c'));
    let terminal = h.draw(80, 24);
    let buffer = terminal.backend().buffer();
    let text = terminal.backend().to_string();
    let row = text
        .lines()
        .position(|l| l.contains("T H Ô N G"))
        .expect("result shown");
    let col = text
        .lines()
        .nth(row)
        .unwrap()
        .chars()
        .position(|c| c == 'T')
        .unwrap();
    let cell = &buffer[(col as u16, row as u16)];
    assert_eq!(cell.fg, ratatui::style::Color::LightGreen);
    assert!(cell.modifier.contains(ratatui::style::Modifier::REVERSED));

    // Given the room, the whole box takes the result's colour, above and beside the words.
    let terminal = h.draw(160, 48);
    let buffer = terminal.backend().buffer();
    let text = terminal.backend().to_string();
    let row = text
        .lines()
        .position(|l| l.contains("T H Ô N G"))
        .expect("result shown");
    let above = &buffer[(10, row as u16 - 1)];
    assert_eq!(above.fg, ratatui::style::Color::LightGreen);
    assert!(above.modifier.contains(ratatui::style::Modifier::REVERSED));
}

#[test]
fn closing_asks_first_then_makes_the_meeting_read_only() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.queue("Phan Văn Tư", "");
    h.key(KeyCode::Char('e'));
    let Some(Popup::Confirm { question, .. }) = h.app.popup() else {
        panic!("closing asks first");
    };
    assert!(question.contains("1 người"), "{question}");
    h.key(KeyCode::Char('n'));
    assert_eq!(h.store().meeting(id).unwrap().status, MeetingStatus::Open);

    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.store().meeting(id).unwrap().status, MeetingStatus::Closed);
    assert!(h.message().contains("SHA-256"), "{}", h.message());
    // The status line takes a second line for the fingerprint rather than cut it.
    let grouped = h
        .store()
        .meeting_fingerprint(id)
        .unwrap()
        .unwrap()
        .grouped();
    let screen = h.screen_at(80, 24);
    assert!(
        screen.lines().any(|line| line.contains(&grouped)),
        "{screen}"
    );
    assert!(h.store().verify_meeting(id).unwrap().is_intact());
    assert!(h.store().queue(id).unwrap().is_empty());

    // Writing keys now only say why not.
    for key in ['a', 'n', 'v', 's', 'p', 'i', '+'] {
        h.key(KeyCode::Char(key));
        assert!(h.app.popup().is_none(), "{key} opened something");
        assert_eq!(h.message(), "Cuộc họp đã kết thúc: không thể sửa.");
    }
    assert_eq!(h.store().meeting(id).unwrap().households_present, 41);
    // Reading keys still work, and the minutes now end with the fingerprint.
    h.key(KeyCode::Char('x'));
    h.key(KeyCode::Enter); // into the folder offered
    let minutes = std::fs::read_to_string(h.export_dir(id).join("minutes.md")).unwrap();
    let fingerprint = h.store().meeting_fingerprint(id).unwrap().unwrap();
    assert!(minutes.contains(&fingerprint.grouped()), "{minutes}");
    assert!(minutes.contains("Cuộc họp kết thúc vào hồi"));

    // Changed behind the app's back: the minutes would show that fingerprint over other
    // content, so nothing is exported and the message says how to see what changed.
    let export = h.export_dir(id);
    std::fs::remove_dir_all(&export).unwrap();
    common::tamper(&h.db(), "UPDATE votes SET votes_for = votes_for - 1");
    h.key(KeyCode::Char('x'));
    h.key(KeyCode::Enter); // into the folder offered
    assert_eq!(
        h.message(),
        format!(
            "Cuộc họp {id} đã bị thay đổi sau khi kết thúc nên không xuất tệp nào; \
             xem thay đổi bằng lệnh: hopdan verify --meeting {id}"
        )
    );
    assert!(!export.exists());
    h.key(KeyCode::Char('c'));
    assert_eq!(h.app.screen, Screen::Chair);
}

#[test]
fn the_history_shows_each_correction_with_its_reason_and_old_values() {
    let mut h = Harness::sample(Lang::En);
    h.key(KeyCode::Char('h'));
    let text = h.screen();
    assert!(text.contains("This item has no corrections."), "{text}");
    h.key(KeyCode::Esc);

    h.key(KeyCode::Char('s'));
    h.field("37");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.field("Miscounted");
    h.key(KeyCode::Char('h'));
    let text = h.screen();
    assert!(text.contains("Vote 1"), "{text}");
    assert!(text.contains("Reason: Miscounted"), "{text}");
    assert!(
        text.contains("Before: Households present 42, For 38, Against 3, Abstain 1"),
        "{text}"
    );
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());

    // The latest correction comes first: the box does not scroll.
    h.key(KeyCode::Char('s'));
    h.field("36");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.field("Counted again");
    h.key(KeyCode::Char('h'));
    let text = h.screen();
    let at = |reason: &str| {
        text.find(reason)
            .unwrap_or_else(|| panic!("{reason}: {text}"))
    };
    assert!(
        at("Reason: Counted again") < at("Reason: Miscounted"),
        "{text}"
    );
    assert!(text.contains("For 37"), "{text}");
}

#[test]
fn a_locked_database_says_in_use_keeps_the_text_and_saves_on_retry() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.floor("Võ Văn Sáu", "");
    h.type_text("Đề nghị làm cống trước");
    let before = h.store().opinions(id, 1).unwrap().len();

    // Another program holds the write lock through the whole busy timeout.
    let other = rusqlite::Connection::open(h.db()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    h.alt('1');
    h.ctrl('s');
    assert!(
        h.message().contains("đang được chương trình khác sử dụng"),
        "{}",
        h.message()
    );
    // The editor stays open.
    assert_eq!(h.editor_text(), "Đề nghị làm cống trước");
    other.execute_batch("ROLLBACK").unwrap();

    h.ctrl('s');
    let opinions = h.store().opinions(id, 1).unwrap();
    assert_eq!(opinions.len(), before + 1);
    assert_eq!(opinions.last().unwrap().text, "Đề nghị làm cống trước");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_says_so_keeps_the_opinion_and_saves_it_once_there_is_room() {
    let Some(disk) = common::Tmpfs::mount("2m") else {
        return;
    };
    let dir = TempDir::new_in(disk.path()).unwrap();
    let mut h = Harness::on(dir, Lang::Vi);
    h.open_sample();
    let id = h.meeting_id();
    h.floor("Nguyễn Văn Bảy", "");
    disk.fill();
    let long = "Đề nghị làm cống thoát nước dọc kiệt trước mùa mưa. ".repeat(2000);
    h.event(Event::Paste(long.clone()));
    let before = h.store().opinions(id, 1).unwrap().len();
    h.alt('1');
    h.ctrl('s');
    assert!(h.message().contains("Ổ đĩa đã đầy"), "{}", h.message());
    // The editor stays open with the opinion.
    assert_eq!(h.editor_text(), long);
    assert_eq!(h.store().opinions(id, 1).unwrap().len(), before);

    std::fs::remove_file(disk.join("fill")).unwrap();
    h.ctrl('s');
    let opinions = h.store().opinions(id, 1).unwrap();
    assert_eq!(opinions.len(), before + 1);
    assert_eq!(opinions.last().unwrap().text, long.trim_end());
    drop(h);
}

#[test]
fn a_one_megabyte_paste_is_kept_whole_and_drawn() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.floor("Trần Thị Tám", "");
    // One megabyte of Vietnamese in lines, with escape sequences sprinkled in.
    let line = "Kiệt 19 Phú Lộc 10 cần mở rộng lên 3 m để xe cứu hỏa vào được.\u{1b}[2J\n";
    let pasted = line.repeat(1_048_576 / line.len() + 1);
    let started = std::time::Instant::now();
    h.event(Event::Paste(pasted.clone()));
    h.draw(80, 24);
    h.draw(160, 48);
    h.alt('1');
    h.ctrl('s');
    let expected = pasted.replace("\u{1b}[2J", "");
    let saved = h
        .store()
        .opinions(id, 1)
        .unwrap()
        .last()
        .unwrap()
        .text
        .clone();
    assert_eq!(saved, expected.trim_end());
    assert!(saved.len() > 900_000);
    eprintln!(
        "1 MB paste, two frames and the save took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_line_feed_from_the_terminal_breaks_the_line_and_deletes_nothing() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Lê Văn Chín", "");
    h.type_text("Dòng một");
    h.ctrl('j');
    h.type_text("dòng hai");
    assert_eq!(h.editor_text(), "Dòng một\ndòng hai");
}

#[test]
fn a_file_found_damaged_after_the_start_takes_no_more_entries() {
    let mut h = Harness::sample_without_register(Lang::Vi);
    let id = h.meeting_id();
    let present = h.store().meeting(id).unwrap().households_present;
    // What the background check reports for a damaged file (the check itself: tests/store.rs).
    h.app.file_checked(Err(StoreError::Corrupt {
        detail: "Tree 12 page 40: btreeInitPage() returns error code 11".to_owned(),
    }));
    assert!(
        h.message().starts_with("Tệp dữ liệu bị hỏng"),
        "{}",
        h.message()
    );
    h.app.message = None;
    h.key(KeyCode::Char('+'));
    assert!(
        h.message().starts_with("Tệp dữ liệu bị hỏng"),
        "{}",
        h.message()
    );
    assert_eq!(h.store().meeting(id).unwrap().households_present, present);
    // An intact file changes nothing.
    let mut h = Harness::sample_without_register(Lang::Vi);
    h.app.file_checked(Ok(()));
    assert_eq!(h.message(), "");
    h.key(KeyCode::Char('+'));
    assert_eq!(
        h.store().meeting(id).unwrap().households_present,
        present + 1
    );
}

#[test]
fn the_opinions_pane_starts_at_the_latest_opinion_of_each_item() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Tab); // from the queue to the opinions
    let latest = |h: &Harness| {
        let live = h.app.live.as_ref().unwrap();
        assert!(live.opinions.len() > 1, "the sample item has opinions");
        (live.opinion_selected, live.opinions.len() - 1)
    };
    let (selected, last) = latest(&h);
    assert_eq!(selected, last);
    h.key(KeyCode::Right);
    let (selected, last) = latest(&h);
    assert_eq!(selected, last);
}

/// The app on the sample meeting, open, whose first item has `turns` opinions: its own, then
/// copies of them under the turns that follow; on a terminal of 100×30.
fn long_first_item(turns: usize) -> Harness {
    let dir = TempDir::new().unwrap();
    let mut record = hopdan::sample::sample_record_as_open().unwrap();
    let said: Vec<Opinion> = record
        .opinions
        .iter()
        .filter(|o| o.item_no == 1)
        .cloned()
        .collect();
    let after = said.iter().map(|o| o.turn_no).max().unwrap() + 1;
    let copies = said.iter().cycle().take(turns - said.len());
    for (turn_no, copy) in (after..).zip(copies) {
        record.opinions.push(Opinion {
            turn_no,
            ..copy.clone()
        });
    }
    Store::open(&db_in(dir.path()))
        .unwrap()
        .insert_record(&record)
        .unwrap();
    let mut h = Harness::on(dir, Lang::En);
    h.event(Event::Resize(100, 30));
    h.open_first_meeting();
    h
}

#[test]
fn the_opinions_pane_moves_over_an_item_longer_than_it_holds() {
    let mut h = long_first_item(3_000);
    let all = h.store().opinions(h.meeting_id(), 1).unwrap();
    assert_eq!(all.len(), 3_000);
    // The selected opinion is the right one, and shown with the one before it.
    let shows = |h: &Harness, index: usize| {
        let live = h.app.live.as_ref().unwrap();
        assert_eq!(live.opinion_selected, index);
        assert_eq!(live.selected_opinion(), Some(&all[index]));
        assert!(
            live.opinions.iter().len() < all.len(),
            "not all of them held"
        );
        let screen = h.screen_at(100, 30);
        let turn = |i: usize| format!("{}. [", all[i].turn_no);
        assert!(
            screen.contains(&format!("▸{}", turn(index))),
            "turn {} selected:\n{screen}",
            all[index].turn_no
        );
        if index > 0 {
            assert!(
                screen.contains(&format!(" {}", turn(index - 1))),
                "{screen}"
            );
        }
    };
    let screen = h.screen_at(100, 30);
    assert!(
        screen.contains("(3000"),
        "the title counts them all:\n{screen}"
    );
    h.key(KeyCode::Tab); // from the queue to the opinions, at the latest
    shows(&h, 2_999);
    h.key(KeyCode::PageUp);
    let page = 2_999 - h.app.live.as_ref().unwrap().opinion_selected;
    assert!(
        page > 3,
        "a page is what the pane shows, not one opinion: {page}"
    );
    shows(&h, 2_999 - page);
    h.key(KeyCode::Home);
    shows(&h, 0);
    h.key(KeyCode::PageUp);
    shows(&h, 0);
    h.key(KeyCode::PageDown);
    shows(&h, page);
    // Down, one at a time, past the rows held when the pane started at the top.
    for index in page + 1..page + 400 {
        h.key(KeyCode::Down);
        shows(&h, index);
    }
    h.key(KeyCode::End);
    shows(&h, 2_999);
    h.key(KeyCode::PageDown);
    shows(&h, 2_999);
    for index in (2_999 - 400..2_999).rev() {
        h.key(KeyCode::Up);
        shows(&h, index);
    }
    // Another item and back: the latest again, whatever was held of the item before.
    h.key(KeyCode::Home);
    h.key(KeyCode::Right);
    h.key(KeyCode::Left);
    shows(&h, 2_999);
}

#[test]
fn ctrl_or_alt_with_a_letter_is_not_the_letters_action() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    let present = h.store().meeting(id).unwrap().households_present;
    h.ctrl('a'); // not `a`: no speaker form
    h.alt('x'); // not `x`: no export
    h.ctrl('e'); // not `e`: no closing
    assert!(h.app.popups.is_empty());
    assert_eq!(h.message(), "");
    h.alt('+');
    assert_eq!(h.store().meeting(id).unwrap().households_present, present);
    h.key(KeyCode::Char('a'));
    assert_eq!(h.app.popups.len(), 1, "plain `a` still adds a speaker");
}

#[test]
fn an_item_looked_at_again_shows_what_was_saved_to_it_meanwhile() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    let count = |h: &Harness| h.app.live.as_ref().unwrap().opinions.len();
    let on_item_1 = count(&h);
    h.key(KeyCode::Right);
    h.key(KeyCode::Left);
    assert_eq!(count(&h), on_item_1, "item 1 as it was");

    // A speaker gets the floor on item 1; the secretary looks at item 2 while they speak.
    h.queue("Nguyễn Thị Hoa", "K19/7 Phú Lộc 10, tổ 27");
    h.key(KeyCode::Char('n'));
    h.type_text("Đồng ý mở rộng kiệt");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Right);
    h.key(KeyCode::Char('o'));
    h.alt('1');
    h.ctrl('s');
    // The opinion went to item 1, which is shown with it on the way back.
    h.key(KeyCode::Left);
    assert_eq!(count(&h), on_item_1 + 1);
    let shown = &h.app.live.as_ref().unwrap().opinions;
    assert_eq!(shown.iter().as_slice(), h.store().opinions(id, 1).unwrap());
}

/// The guests on the store, as "name — role".
fn guest_labels(h: &Harness) -> Vec<String> {
    let guests = h.store().guests(h.meeting_id()).unwrap();
    guests.iter().map(|g| g.label()).collect()
}

#[test]
fn guests_are_listed_corrected_and_removed_and_each_item_gets_its_conclusion() {
    let mut h = Harness::new(Lang::Vi);
    create_meeting(&mut h);
    h.field("Mở rộng kiệt lên 3 m");
    h.key(KeyCode::Tab);
    h.keys(&[KeyCode::Enter; 3]);
    h.app.message = None;

    // g: the list of guests, empty, says how to fill it.
    h.key(KeyCode::Char('g'));
    assert!(matches!(h.app.popup(), Some(Popup::Guests { .. })));
    assert!(h.screen().contains("Chưa có đại biểu nào. Nhấn a để thêm."));
    assert_eq!(h.key_bar(), "↑↓ chọn  a thêm  Enter sửa  d xóa  Esc đóng");

    // a: name, Enter, role, Enter saves on the last field.
    h.key(KeyCode::Char('a'));
    h.field("Nguyễn Văn A");
    h.field("Phó Chủ tịch UBND phường");
    assert_eq!(
        guest_labels(&h),
        ["Nguyễn Văn A — Phó Chủ tịch UBND phường"]
    );
    assert_eq!(h.message(), "Đã thêm Nguyễn Văn A vào danh sách đại biểu.");
    assert!(matches!(h.app.popup(), Some(Popup::Guests { selected: 0 })));
    // Ctrl+S saves from the first field; the role may stay empty.
    h.key(KeyCode::Char('a'));
    h.type_text("Lê Thị B");
    h.ctrl('s');
    assert!(matches!(h.app.popup(), Some(Popup::Guests { selected: 1 })));
    // A guest needs a name: the form says so and keeps the role typed.
    h.key(KeyCode::Char('a'));
    h.key(KeyCode::Tab);
    h.type_text("Bí thư Chi bộ");
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some("Cần nhập Họ tên."));
    assert_eq!(h.values(), ["", "Bí thư Chi bộ"]);
    // Esc asks before throwing away what was typed; "no" keeps it.
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.popup(), Some(Popup::Confirm { .. })));
    h.key(KeyCode::Char('n'));
    assert_eq!(h.values(), ["", "Bí thư Chi bộ"]);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(matches!(h.app.popup(), Some(Popup::Guests { .. })));
    assert_eq!(guest_labels(&h).len(), 2);

    // Enter corrects the selected guest, prefilled; hostile text stays text.
    h.key(KeyCode::Enter);
    assert_eq!(h.values(), ["Lê Thị B", ""]);
    h.key(KeyCode::Tab);
    h.event(Event::Paste("Chủ tịch Hội Phụ nữ\u{1b}[2J phường".into()));
    h.key(KeyCode::Enter);
    assert_eq!(
        guest_labels(&h),
        [
            "Nguyễn Văn A — Phó Chủ tịch UBND phường",
            "Lê Thị B — Chủ tịch Hội Phụ nữ phường"
        ]
    );
    assert!(
        h.screen()
            .contains("2. Lê Thị B — Chủ tịch Hội Phụ nữ phường")
    );
    // d removes the selected one, once confirmed.
    h.key(KeyCode::Up);
    h.key(KeyCode::Char('d'));
    h.key(KeyCode::Char('y'));
    assert_eq!(guest_labels(&h), ["Lê Thị B — Chủ tịch Hội Phụ nữ phường"]);
    assert_eq!(h.message(), "Đã xóa Nguyễn Văn A khỏi danh sách đại biểu.");
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());

    // l: the chair's conclusion on the selected item, several lines; Ctrl+S saves it.
    h.key(KeyCode::Char('l'));
    h.type_text("Thống nhất mở rộng kiệt lên 3 m.");
    h.key(KeyCode::Enter);
    h.type_text("Giao tổ vận động các hộ.");
    h.ctrl('s');
    let conclusions = h.store().conclusions(h.meeting_id()).unwrap();
    assert_eq!(conclusions.len(), 1);
    assert_eq!(
        conclusions[0].text,
        "Thống nhất mở rộng kiệt lên 3 m.\nGiao tổ vận động các hộ."
    );
    assert_eq!(h.message(), "Đã lưu kết luận về nội dung 1.");
    let screen = h.screen();
    assert!(
        screen.contains("Kết luận: Thống nhất mở rộng kiệt lên 3 m. Giao tổ vận độ…"),
        "{screen}"
    );
    // Opened again, it holds what was saved; unchanged, Esc closes it without asking.
    h.key(KeyCode::Char('l'));
    assert_eq!(
        h.field_text(),
        "Thống nhất mở rộng kiệt lên 3 m.\nGiao tổ vận động các hộ."
    );
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());

    // What is typed is kept as a draft and comes back after a crash.
    h.key(KeyCode::Char('l'));
    h.type_text(" Hạn chót 30/6.");
    let mut h = Harness::on(h.crash(), Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('l'));
    assert!(h.says_restored());
    assert!(h.field_text().ends_with("các hộ. Hạn chót 30/6."));
    // Emptied, it is cleared: the minutes leave the line to fill in by hand.
    for _ in 0..100 {
        h.key(KeyCode::Backspace);
    }
    h.ctrl('s');
    assert!(h.store().conclusions(h.meeting_id()).unwrap().is_empty());
    assert_eq!(
        h.message(),
        "Đã xóa kết luận về nội dung 1; biên bản để trống dòng kết luận."
    );

    // Once closed, the guests can be read and nothing changes.
    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Char('y'));
    h.key(KeyCode::Char('l'));
    assert_eq!(h.message(), "Cuộc họp đã kết thúc: không thể sửa.");
    assert!(h.app.popup().is_none());
    h.key(KeyCode::Char('g'));
    assert_eq!(h.key_bar(), "Esc đóng");
    for key in [KeyCode::Char('a'), KeyCode::Enter, KeyCode::Char('d')] {
        h.app.message = None;
        h.key(key);
        assert!(matches!(h.app.popup(), Some(Popup::Guests { .. })));
        assert_eq!(h.message(), "Cuộc họp đã kết thúc: không thể sửa.");
    }
    assert_eq!(guest_labels(&h), ["Lê Thị B — Chủ tịch Hội Phụ nữ phường"]);
}

#[test]
fn snapshot_guests_and_conclusion_form() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('g'));
    h.key(KeyCode::Down);
    assert_screens!("guests", &h);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('l'));
    assert_screens!("conclusion_form", &h);
}

/// Corrects the latest opinion of the selected item of the sample, as a secretary would.
fn correct_latest_opinion(h: &mut Harness, reason: &str) {
    while h.app.live.as_ref().unwrap().focus != Pane::Opinions {
        h.key(KeyCode::Tab);
    }
    h.key(KeyCode::Enter);
    h.type_text(" (bổ sung)");
    h.ctrl('s');
    h.field(reason);
}

#[test]
fn a_corrected_opinion_is_marked_in_the_list() {
    let mut h = Harness::sample(Lang::Vi);
    assert!(!h.screen_at(80, 24).contains("✎"));
    correct_latest_opinion(&mut h, "Ghi thiếu ý");
    let screen = h.screen_at(80, 24);
    assert_eq!(screen.matches("✎ đã sửa").count(), 1, "{screen}");
    assert_screens!("live_corrected_opinion", &h);
    // The mark stays when the secretary moves to another item and back.
    h.key(KeyCode::Right);
    h.key(KeyCode::Left);
    assert!(h.screen_at(80, 24).contains("✎ đã sửa"));

    let mut h = Harness::sample(Lang::En);
    correct_latest_opinion(&mut h, "Missed a point");
    let screen = h.screen_at(80, 24);
    assert!(screen.contains("✎ corrected"), "{screen}");
}

#[test]
fn the_help_scrolls_and_says_what_is_out_of_sight() {
    let mut h = Harness::sample(Lang::Vi);
    h.event(Event::Resize(80, 24));
    h.key(KeyCode::Char('?'));
    let top = h.screen_at(80, 24);
    assert!(top.contains("Danh sách cuộc họp"), "{top}");
    assert!(top.contains("↓ còn"), "the help says there is more: {top}");
    assert!(!top.contains("Ctrl+C thoát"), "{top}");

    h.key(KeyCode::End);
    let end = h.screen_at(80, 24);
    assert!(end.contains("Ctrl+C thoát (có hỏi lại)"), "{end}");
    assert!(end.contains("dòng phía trên"), "{end}");
    assert!(!end.contains("↓ còn"), "{end}");
    // Past the end there is nothing more to show: ↓ stays on the last page.
    h.key(KeyCode::Down);
    assert_eq!(h.screen_at(80, 24), end);

    h.key(KeyCode::Up);
    let one_up = h.screen_at(80, 24);
    assert!(one_up.contains("↓ còn 1 dòng"), "{one_up}");
    h.key(KeyCode::Home);
    assert_eq!(h.screen_at(80, 24), top);
    h.key(KeyCode::PageDown);
    let page = h.screen_at(80, 24);
    assert!(page.contains("dòng phía trên"), "{page}");
    insta::assert_snapshot!("help_scrolled_vi_80x24", h.draw(80, 24).backend());

    // Any other key closes it, as before.
    h.key(KeyCode::Char('x'));
    assert!(h.app.popup().is_none());
}

#[test]
fn enter_does_on_each_pane_what_the_bar_says() {
    let mut h = Harness::sample(Lang::En);
    h.app.message = None;
    // The agenda: Enter opens the selected item's opinions.
    while h.app.live.as_ref().unwrap().focus != Pane::Agenda {
        h.key(KeyCode::Tab);
    }
    assert!(h.key_bar_lines(80).contains("Enter its opinions"));
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    let live = h.app.live.as_ref().unwrap();
    assert_eq!((live.focus, live.item), (Pane::Opinions, 1));
    assert!(h.key_bar_lines(80).contains("Enter correct"));

    // The opinions: Enter corrects the selected one.
    h.key(KeyCode::Left);
    h.key(KeyCode::Enter);
    assert!(
        matches!(h.app.popup(), Some(Popup::Editor(_))),
        "{:?}",
        h.app.popup()
    );
    h.key(KeyCode::Esc);
    h.app.popups.clear();

    // The queue: Enter gives the floor to the selected speaker.
    h.key(KeyCode::Tab);
    assert_eq!(h.app.live.as_ref().unwrap().focus, Pane::Agenda);
    h.key(KeyCode::Tab);
    assert!(h.key_bar_lines(80).contains("Enter give floor"));
}

#[test]
fn the_live_bar_at_80_columns_names_every_key_of_the_meeting() {
    for lang in [Lang::Vi, Lang::En] {
        let h = Harness::sample(lang);
        insta::assert_snapshot!(format!("live_bar_{lang}_80"), h.key_bar_lines(80));
    }
}

#[test]
fn the_chair_view_says_a_re_vote_and_a_correction_and_keeps_the_four_rows() {
    for lang in [Lang::Vi, Lang::En] {
        let mut h = Harness::sample_without_register(lang);
        // Item 1 was voted on once: this is its second vote, then corrected.
        h.key(KeyCode::Char('v'));
        h.field("36");
        h.field("4");
        h.field("1");
        h.key(KeyCode::Char('s'));
        h.field("35");
        h.key(KeyCode::Enter);
        h.key(KeyCode::Enter);
        h.field(if lang == Lang::Vi {
            "Đếm nhầm"
        } else {
            "Miscounted"
        });
        let votes = h.store().votes(h.meeting_id(), 1).unwrap();
        assert_eq!((votes.len(), votes[1].corrections), (2, 1));
        h.app.message = None;
        h.key(KeyCode::Char('c'));
        let small = h.screen_at(80, 24);
        common::assert_says_corrected_revote(&small, lang);
        assert_screens!(format!("chair_revote_{lang}"), &h);
    }
}

#[test]
fn the_chair_view_writes_the_result_in_large_letters_when_the_window_allows() {
    let mut h = Harness::sample(Lang::En);
    h.key(KeyCode::Char('c'));
    let large = h.screen_at(160, 48);
    // "PASSED" in the large font: no line of plain letters says it.
    assert!(!large.contains("P A S S E D"), "{large}");
    assert!(large.contains('█'), "{large}");
    let small = h.screen_at(80, 24);
    assert!(small.contains("P A S S E D"), "{small}");
}

#[test]
fn a_title_too_long_for_the_chair_view_ends_with_an_ellipsis() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('i'));
    h.field(&"Mở rộng kiệt và làm cống thoát nước dọc kiệt ".repeat(6));
    h.ctrl('s');
    h.app.message = None;
    h.key(KeyCode::Right);
    h.key(KeyCode::Right);
    h.key(KeyCode::Right);
    h.key(KeyCode::Char('c'));
    let screen = h.screen_at(80, 24);
    assert!(screen.contains("…"), "{screen}");
}

#[test]
fn export_asks_for_the_folder_remembers_it_and_says_the_full_path() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('x'));
    // The folder the app was started with is offered first.
    assert_eq!(h.field_text(), "export");
    assert!(
        h.key_bar().starts_with("Enter ghi tệp vào thư mục này"),
        "{}",
        h.key_bar()
    );

    let chosen = h.dir.path().join("usb").join("họp tổ 27");
    for _ in 0..h.field_text().chars().count() {
        h.key(KeyCode::Backspace);
    }
    h.type_text(&chosen.display().to_string());
    h.key(KeyCode::Enter);
    assert!(h.app.popup().is_none());
    let dir = chosen.join(format!("meeting-{id}"));
    assert!(dir.join("minutes.html").is_file());
    assert_eq!(
        h.message(),
        format!(
            "Đã xuất CSV và biên bản (minutes.html, minutes.docx) vào {}",
            dir.display()
        )
    );

    // Next time, and after a restart, the folder used last is offered.
    let dir_kept = h.quit();
    let mut h = Harness::on(dir_kept, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('x'));
    assert_eq!(h.field_text(), chosen.display().to_string());

    // A folder that cannot be made is said in words, and the prompt stays to type another.
    let file = h.dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    for _ in 0..h.field_text().chars().count() {
        h.key(KeyCode::Backspace);
    }
    h.type_text(&file.join("sub").display().to_string());
    h.key(KeyCode::Enter);
    let error = h.form().error.clone().unwrap_or_default();
    assert!(error.starts_with("Không tạo được thư mục"), "{error}");
    assert!(!error.contains("os error"), "{error}");
}

#[test]
fn the_chair_view_of_an_empty_agenda_invites_no_key_it_does_not_take() {
    let mut h = Harness::new(Lang::Vi);
    h.key(KeyCode::Char('n'));
    h.type_text("Họp tổ");
    h.keys(&[KeyCode::Down; 8]);
    h.field("10");
    h.type_text("8");
    h.ctrl('s');
    h.key(KeyCode::Esc); // no agenda item yet
    assert!(h.app.popup().is_none());
    h.key(KeyCode::Char('c'));
    assert_eq!(h.app.screen, Screen::Chair);
    let screen = h.screen_at(80, 24);
    assert!(screen.contains("Chưa có nội dung lấy ý kiến."), "{screen}");
    assert!(!screen.contains("Nhấn i"), "{screen}");
    // Indeed `i` does nothing there.
    h.key(KeyCode::Char('i'));
    assert!(h.app.popup().is_none());
}

/// What a secretary presses for one task: text typed, or a key that is not text.
enum Press {
    Text(&'static str),
    Key(KeyCode),
    Ctrl(char),
    Alt(char),
}

/// Types `presses` and says how many of them were keys besides the text.
fn keys_besides_text(h: &mut Harness, presses: &[Press]) -> usize {
    let mut keys = 0;
    for press in presses {
        match press {
            Press::Text(text) => h.type_text(text),
            Press::Key(code) => h.key(*code),
            Press::Ctrl(c) => h.ctrl(*c),
            Press::Alt(c) => h.alt(*c),
        }
        keys += usize::from(!matches!(press, Press::Text(_)));
    }
    keys
}

#[test]
fn the_three_frequent_tasks_take_the_keys_the_readme_counts() {
    use Press::*;
    let mut h = Harness::sample_without_register(Lang::Vi);
    let id = h.meeting_id();

    // Queue a speaker: a, name, Tab, address, Ctrl+S.
    let queue = [
        Key(KeyCode::Char('a')),
        Text("Ngô Văn Chín"),
        Key(KeyCode::Tab),
        Text("K19/9 Phú Lộc 10"),
        Ctrl('s'),
    ];
    assert_eq!(keys_besides_text(&mut h, &queue), 3);
    let queued = h.store().queue(id).unwrap();
    assert_eq!(queued.last().unwrap().speaker.name, "Ngô Văn Chín");
    assert_eq!(queued.last().unwrap().speaker.address, "K19/9 Phú Lộc 10");

    // A vote on the selected item: v, then each count and Enter.
    let votes_before = h.store().votes(id, 1).unwrap().len();
    let vote = [
        Key(KeyCode::Char('v')),
        Text("39"),
        Key(KeyCode::Enter),
        Text("1"),
        Key(KeyCode::Enter),
        Text("1"),
        Key(KeyCode::Enter),
    ];
    assert_eq!(keys_besides_text(&mut h, &vote), 4);
    assert!(h.app.popup().is_none());
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!(votes.len(), votes_before + 1);
    let counts = votes.last().unwrap().counts;
    assert_eq!(
        (counts.votes_for, counts.votes_against, counts.votes_abstain),
        (39, 1, 1)
    );

    // Give the floor and save the opinion with its stance: n, text, Alt+1, Ctrl+S.
    let opinions_before = h.store().opinions(id, 1).unwrap().len();
    let opinion = [
        Key(KeyCode::Char('n')),
        Text("Tôi đồng ý mở rộng kiệt"),
        Alt('1'),
        Ctrl('s'),
    ];
    assert_eq!(keys_besides_text(&mut h, &opinion), 3);
    let opinions = h.store().opinions(id, 1).unwrap();
    assert_eq!(opinions.len(), opinions_before + 1);
    let saved = opinions.last().unwrap();
    assert_eq!(
        (
            saved.speaker.name.as_str(),
            saved.stance,
            saved.text.as_str()
        ),
        (
            "Ngô Văn Chín",
            hopdan::domain::Stance::Support,
            "Tôi đồng ý mở rộng kiệt"
        )
    );
}

#[test]
fn what_the_meeting_said_does_not_stay_on_the_meetings_list() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('+'));
    assert!(!h.message().is_empty());
    h.key(KeyCode::Char('q'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.app.screen, Screen::Meetings);
    assert!(
        h.app.message.is_none(),
        "{:?}",
        h.app.message.as_ref().map(|m| &m.text)
    );
}

#[test]
fn export_writes_the_minutes_under_the_title_chosen_above_the_folder() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('x'));
    let chosen = h.dir.path().join("xuat");
    for _ in 0..h.field_text().chars().count() {
        h.key(KeyCode::Backspace);
    }
    h.type_text(&chosen.display().to_string());
    // BIÊN BẢN unless the chair says otherwise: ↑ to the title, → to the next one.
    h.key(KeyCode::Up);
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    assert!(h.app.popup().is_none(), "{}", h.screen());
    let dir = chosen.join(format!("meeting-{id}"));
    let md = std::fs::read_to_string(dir.join("minutes.md")).unwrap();
    assert!(md.contains("BẢN GHI NHỚ"), "{md}");
    assert!(!md.contains("# BIÊN BẢN"), "{md}");
    assert!(dir.join("minutes.docx").is_file());
}
