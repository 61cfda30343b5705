//! Half-filled forms survive a crash (SPEC §5): for every form, what was typed is in the
//! database as it is typed; after a crash (the app dropped without a word, its connection left
//! open) a new app on the same file refills the same form when it is opened again and says so;
//! saving the form or cancelling it on purpose forgets the draft.

mod common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

use hopdan::domain::{MeetingId, MeetingStatus, Stance, Threshold, VoteBase};
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::app::{Popup, Screen};
use hopdan::tui::keymap::action_for;

use common::{ALL_HALF, Drive, Harness, add_meeting, counts, db_in, hung, t, take_floor};

/// A folder whose database has one open meeting of 55 households, 42 present, with two agenda
/// items.
fn meeting_dir() -> (TempDir, MeetingId) {
    let dir = TempDir::new().unwrap();
    let id = add_meeting(
        &mut Store::open(&db_in(dir.path())).unwrap(),
        &["Mở rộng kiệt", "Đóng góp kinh phí"],
    );
    (dir, id)
}

/// The app, in Vietnamese, on the database of `dir`, with its first meeting opened from the list.
fn on_meeting(dir: TempDir) -> Harness {
    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h
}

// ----- New meeting -----

#[test]
fn the_new_meeting_form_comes_back_after_a_crash_and_goes_once_saved() {
    let mut h = Harness::new(Lang::Vi);
    assert_eq!(h.message(), "");
    h.key(KeyCode::Char('n'));
    h.type_text("Về việc mở rộng kiệt 12");
    h.key(KeyCode::Enter);
    h.type_text("Phường 5");
    let dir = h.crash();

    // The first screen says an unfinished new meeting waits, and n brings it back.
    let mut h = Harness::on(dir, Lang::Vi);
    assert_eq!(h.app.screen, Screen::Meetings);
    assert_eq!(
        h.message(),
        "Có một cuộc họp mới đang nhập dở: nhấn n để nhập tiếp."
    );
    h.key(KeyCode::Char('n'));
    let values = h.values();
    assert_eq!(values[0], "Về việc mở rộng kiệt 12");
    assert_eq!(values[1], "Phường 5");
    assert_eq!(h.message(), "Đã khôi phục nội dung đang nhập dở.");

    // Finish it: households total (field 8) and present (field 9), then save, keeping the
    // speaking time (field 10) as it comes.
    h.keys(&[KeyCode::Enter; 8]);
    h.type_text("55");
    h.key(KeyCode::Enter);
    h.type_text("42");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    assert_eq!(h.app.screen, Screen::Live);
    let id = h.app.live.as_ref().unwrap().id;
    let meeting = h.store().meeting(id).unwrap();
    assert_eq!(meeting.title, "Về việc mở rộng kiệt 12");
    assert_eq!(meeting.ward, "Phường 5");
    assert_eq!(h.store().app_draft("form.meeting").unwrap(), None);
    let dir = h.crash();

    // Nothing waits any more; the form opens empty.
    let mut h = Harness::on(dir, Lang::Vi);
    assert_eq!(h.message(), "");
    h.key(KeyCode::Char('n'));
    assert_eq!(h.values()[0], "");
    assert!(!h.says_restored());
}

#[test]
fn cancelling_the_new_meeting_form_forgets_its_draft_once_confirmed() {
    let mut h = Harness::new(Lang::En);
    h.key(KeyCode::Char('n'));
    h.type_text("Street lights");
    let dir = h.crash();

    let mut h = Harness::on(dir, Lang::En);
    assert_eq!(
        h.message(),
        "A new meeting was being typed: press n to go on with it."
    );
    h.key(KeyCode::Char('n'));
    assert_eq!(h.values()[0], "Street lights");
    assert_eq!(h.message(), "Restored what was being typed.");
    // Esc asks first; "no" keeps the form and its draft.
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.popup(), Some(Popup::Confirm { .. })));
    h.key(KeyCode::Char('n'));
    assert_eq!(h.values()[0], "Street lights");
    assert!(h.store().app_draft("form.meeting").unwrap().is_some());
    // "Yes" throws it away, draft included.
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.store().app_draft("form.meeting").unwrap(), None);
    let dir = h.crash();

    let mut h = Harness::on(dir, Lang::En);
    assert_eq!(h.message(), "");
    h.key(KeyCode::Char('n'));
    assert_eq!(h.values()[0], "");
}

// ----- Agenda item -----

#[test]
fn an_agenda_item_form_comes_back_with_its_lines_and_choices() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('i'));
    h.type_text("Lắp đèn chiếu sáng");
    h.key(KeyCode::Enter);
    h.type_text("Dòng 1");
    h.key(KeyCode::Enter); // a line break in the description
    h.type_text("Dòng 2");
    h.keys(&[KeyCode::Tab, KeyCode::Right, KeyCode::Tab]);
    h.keys(&[KeyCode::Right, KeyCode::Right]);
    let dir = h.crash();

    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('i'));
    assert!(h.says_restored());
    assert_eq!(h.values()[..2], ["Lắp đèn chiếu sáng", "Dòng 1\nDòng 2"]);
    assert_eq!(h.form().choice_index(2), 1);
    assert_eq!(h.form().choice_index(3), 2);
    // Save: Tab to the last field, Enter.
    h.keys(&[KeyCode::Tab; 4]);
    h.key(KeyCode::Enter);
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let agenda = h.store().agenda(id).unwrap();
    assert_eq!(agenda.len(), 3);
    assert_eq!(agenda[2].title, "Lắp đèn chiếu sáng");
    assert_eq!(agenda[2].description, "Dòng 1\nDòng 2");
    assert_eq!(agenda[2].rule.base, VoteBase::ALL[1]);
    assert_eq!(agenda[2].rule.threshold, Threshold::ALL[2]);
    assert_eq!(h.store().draft(id, "form.agenda_item").unwrap(), None);
    h.key(KeyCode::Char('i'));
    assert_eq!(h.values()[0], "");
    assert!(!h.says_restored());
}

#[test]
fn a_cancelled_agenda_item_form_forgets_its_draft() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('i'));
    h.type_text("Bỏ dở");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('i'));
    assert_eq!(h.values()[0], "Bỏ dở");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.store().draft(id, "form.agenda_item").unwrap(), None);
    h.key(KeyCode::Char('i'));
    assert_eq!(h.values()[0], "");
    assert_eq!(h.store().agenda(id).unwrap().len(), 2);
}

// ----- Speakers -----

#[test]
fn a_speaker_form_comes_back_and_goes_once_the_speaker_is_queued() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('a'));
    h.type_text("Nguyễn Văn Hùng");
    h.key(KeyCode::Enter);
    h.type_text("K19/4");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('a'));
    assert!(h.says_restored());
    assert_eq!(h.values(), ["Nguyễn Văn Hùng", "K19/4"]);
    h.keys(&[KeyCode::Enter; 2]);
    assert!(h.app.popup().is_none());
    let queue = h.store().queue(id).unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].speaker.name, "Nguyễn Văn Hùng");
    assert_eq!(queue[0].speaker.address, "K19/4");
    assert_eq!(h.store().draft(id, "form.speaker").unwrap(), None);
    h.key(KeyCode::Char('a'));
    assert_eq!(h.values(), ["", ""]);
    assert!(!h.says_restored());

    // Typed again, then thrown away on purpose.
    h.type_text("Người bỏ");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert_eq!(h.store().draft(id, "form.speaker").unwrap(), None);
    let dir = h.crash();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('a'));
    assert_eq!(h.values(), ["", ""]);
}

#[test]
fn the_speaker_who_takes_the_floor_at_once_comes_back_in_that_form_only() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    // Nobody queued: n asks for whoever stands up.
    h.key(KeyCode::Char('n'));
    h.type_text("Lê Thị Năm");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    // Adding to the queue is another form: it opens empty.
    h.key(KeyCode::Char('a'));
    assert_eq!(h.values(), ["", ""]);
    assert!(!h.says_restored());
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('n'));
    assert!(h.says_restored());
    assert_eq!(h.values(), ["Lê Thị Năm", ""]);
    h.keys(&[KeyCode::Enter; 2]);
    let floor = h.store().floor(id).unwrap().unwrap();
    assert_eq!(floor.speaker.name, "Lê Thị Năm");
    assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
    assert_eq!(h.store().draft(id, "form.speaker.floor").unwrap(), None);
}

// ----- Attendance -----

#[test]
fn an_attendance_number_comes_back_and_goes_once_saved_or_cancelled() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('p'));
    assert_eq!(h.values(), ["42"]);
    h.type_text("40");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('p'));
    assert!(h.says_restored());
    assert_eq!(h.values(), ["40"]);
    h.key(KeyCode::Enter);
    assert!(h.app.popup().is_none());
    assert_eq!(h.store().meeting(id).unwrap().households_present, 40);
    assert_eq!(h.store().draft(id, "form.present").unwrap(), None);

    // Typed, crashed, restored, then Esc and yes: gone.
    h.key(KeyCode::Char('p'));
    assert!(!h.says_restored());
    h.type_text("30");
    let dir = h.crash();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('p'));
    assert_eq!(h.values(), ["30"]);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y')); // a restored draft is something typed: asked first
    assert!(h.app.popup().is_none());
    assert_eq!(h.store().draft(id, "form.present").unwrap(), None);
    h.key(KeyCode::Char('p'));
    assert_eq!(h.values(), ["40"]);
    assert_eq!(h.store().meeting(id).unwrap().households_present, 40);
}

// ----- Votes -----

#[test]
fn a_vote_being_counted_comes_back_on_its_own_item_only() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('v'));
    h.type_text("30");
    h.key(KeyCode::Enter);
    h.type_text("10");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    // The second item's vote form is not this one.
    h.key(KeyCode::Char(']'));
    h.key(KeyCode::Char('v'));
    assert_eq!(h.values(), ["42", "", "", ""]);
    assert!(!h.says_restored());
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('['));
    h.key(KeyCode::Char('v'));
    assert!(h.says_restored());
    assert_eq!(h.values(), ["42", "30", "10", ""]);
    // The focus is where a vote form starts (votes for): on to abstain, and save.
    h.keys(&[KeyCode::Enter; 2]);
    h.type_text("2");
    h.key(KeyCode::Enter);
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!(votes.len(), 1);
    assert_eq!(
        (
            votes[0].counts.votes_for,
            votes[0].counts.votes_against,
            votes[0].counts.votes_abstain
        ),
        (30, 10, 2)
    );
    assert_eq!(h.store().draft(id, "form.vote.1").unwrap(), None);
    h.key(KeyCode::Char('v'));
    assert_eq!(h.values(), ["42", "", "", ""]);
    assert!(!h.says_restored());

    // Esc on a restored vote forgets it, once confirmed.
    h.type_text("7");
    let dir = h.crash();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('v'));
    assert_eq!(h.values(), ["42", "7", "", ""]);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.store().draft(id, "form.vote.1").unwrap(), None);
    assert_eq!(h.store().votes(id, 1).unwrap().len(), 1);
}

#[test]
fn a_vote_correction_and_its_reason_come_back_for_the_same_vote() {
    let (dir, id) = meeting_dir();
    let mut store = Store::open(&db_in(dir.path())).unwrap();
    store
        .add_vote(
            id,
            1,
            counts(42, 29, 10, 3),
            ALL_HALF,
            t("2022-06-12T08:10:00+07:00"),
        )
        .unwrap();
    drop(store);
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('s'));
    h.type_text("30");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.type_text("2");
    h.key(KeyCode::Enter);
    h.type_text("Đếm sót một hộ");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    // A new vote is another form.
    h.key(KeyCode::Char('v'));
    assert!(!h.says_restored());
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('s'));
    assert!(h.says_restored());
    assert_eq!(h.values(), ["42", "30", "10", "2", "Đếm sót một hộ"]);
    // From votes for (where the form starts) to the reason, and save.
    h.keys(&[KeyCode::Enter; 4]);
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let vote = &h.store().votes(id, 1).unwrap()[0];
    assert_eq!((vote.counts.votes_for, vote.counts.votes_abstain), (30, 2));
    assert_eq!(vote.corrections, 1);
    let log = h.store().audit_log(id).unwrap();
    assert_eq!(log.last().unwrap().reason, "Đếm sót một hộ");
    assert_eq!(h.store().draft(id, "form.vote.1.correct.1").unwrap(), None);
    h.key(KeyCode::Char('s'));
    assert_eq!(h.values(), ["42", "30", "10", "2", ""]);
    assert!(!h.says_restored());

    // Esc on a restored correction forgets it, once confirmed.
    h.key(KeyCode::Char('9'));
    let dir = h.crash();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('s'));
    assert_eq!(h.values()[1], "9");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.store().draft(id, "form.vote.1.correct.1").unwrap(), None);
}

// ----- The reason for correcting an opinion -----

#[test]
fn the_reason_for_correcting_an_opinion_comes_back_for_the_same_opinion() {
    let (dir, id) = meeting_dir();
    let mut store = Store::open(&db_in(dir.path())).unwrap();
    take_floor(&mut store, id, &hung(), 1, t("2022-06-12T08:02:00+07:00"));
    store
        .save_opinion_from_floor(
            id,
            Stance::Support,
            "Đồng ý",
            t("2022-06-12T08:03:00+07:00"),
        )
        .unwrap();
    drop(store);

    let correct = |h: &mut Harness| {
        h.key(KeyCode::Tab); // the opinions pane
        h.key(KeyCode::Enter);
        assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
        h.type_text(" mở rộng");
        h.ctrl('s');
    };
    let mut h = on_meeting(dir);
    correct(&mut h);
    h.type_text("Ghi thiếu");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    correct(&mut h);
    assert!(h.says_restored());
    assert_eq!(h.values().last().unwrap(), "Ghi thiếu");
    h.key(KeyCode::Enter);
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let opinion = &h.store().opinions(id, 1).unwrap()[0];
    assert_eq!(opinion.text, "Đồng ý mở rộng");
    assert_eq!(h.store().audit_log(id).unwrap()[0].reason, "Ghi thiếu");
    assert_eq!(
        h.store().draft(id, "form.opinion_correction.1.1").unwrap(),
        None
    );

    // Esc on the reason goes back to the correction and forgets the reason's draft.
    h.key(KeyCode::Enter);
    h.ctrl('s');
    assert!(!h.says_restored());
    h.type_text("Lần hai");
    let dir = h.crash();
    let mut h = on_meeting(dir);
    correct(&mut h);
    assert_eq!(h.values().last().unwrap(), "Lần hai");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
    assert_eq!(
        h.store().draft(id, "form.opinion_correction.1.1").unwrap(),
        None
    );
}

// ----- Drafts that do not fit -----

#[test]
fn a_draft_that_does_not_fit_the_form_is_ignored() {
    let (mut dir, id) = meeting_dir();
    let at = t("2022-06-12T08:05:00+07:00");
    let speaker_drafts = [
        "",
        "not json",
        "[]",
        "null",
        r#"{"v":1}"#,
        r#"{"v":2,"fields":["A","B"]}"#,
        r#"{"v":"1","fields":["A","B"]}"#,
        r#"{"v":1,"fields":["A"]}"#,
        r#"{"v":1,"fields":["A","B","C"]}"#,
        r#"{"v":1,"fields":[1,"B"]}"#,
        r#"{"v":1,"fields":["A",null]}"#,
        r#"{"v":1,"fields":"AB"}"#,
    ];
    let agenda_drafts = [
        r#"{"v":1,"fields":["A","",9,0]}"#,
        r#"{"v":1,"fields":["A","",-1,0]}"#,
        r#"{"v":1,"fields":["A","",0.5,0]}"#,
        r#"{"v":1,"fields":["A","","0",0]}"#,
        r#"{"v":1,"fields":["A","",0,18446744073709551616]}"#,
    ];
    for (key, drafts) in [
        ("form.speaker", &speaker_drafts[..]),
        ("form.agenda_item", &agenda_drafts[..]),
    ] {
        for draft in drafts {
            Store::open(&db_in(dir.path()))
                .unwrap()
                .save_draft(id, key, draft, at)
                .unwrap();
            let mut h = on_meeting(dir);
            h.key(KeyCode::Char(if key == "form.speaker" { 'a' } else { 'i' }));
            assert!(h.values().iter().all(String::is_empty), "{draft}");
            assert!(!h.says_restored(), "{draft}");
            // The form works as ever.
            h.type_text("Tên");
            assert_eq!(h.values()[0], "Tên", "{draft}");
            dir = h.crash();
        }
    }
}

#[test]
fn restored_text_is_cleaned_like_typed_text() {
    let (dir, id) = meeting_dir();
    let mut store = Store::open(&db_in(dir.path())).unwrap();
    store
        .save_draft(
            id,
            "form.speaker",
            r#"{"v":1,"fields":["Hu\u0300ng\u001b[2J\u0007\u202e","K19\n4"]}"#,
            t("2022-06-12T08:05:00+07:00"),
        )
        .unwrap();
    drop(store);
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('a'));
    assert!(h.says_restored());
    assert_eq!(h.values(), ["Hùng", "K19 4"]);
}

#[test]
fn closing_a_meeting_drops_the_drafts_of_its_forms() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('a'));
    h.type_text("Chưa kịp thêm");
    let dir = h.crash();

    let mut h = on_meeting(dir);
    assert!(h.store().draft(id, "form.speaker").unwrap().is_some());
    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Char('y'));
    assert_eq!(h.store().meeting(id).unwrap().status, MeetingStatus::Closed);
    assert_eq!(h.store().draft(id, "form.speaker").unwrap(), None);
    // A closed meeting opens no form.
    h.key(KeyCode::Char('a'));
    assert!(h.app.popup().is_none());
}

#[test]
fn moving_between_fields_writes_nothing_and_one_batch_is_one_write() {
    let (dir, id) = meeting_dir();
    let mut h = on_meeting(dir);
    h.key(KeyCode::Char('a'));
    // Only moving about: nothing typed, no draft.
    h.keys(&[KeyCode::Tab, KeyCode::BackTab, KeyCode::Left]);
    assert_eq!(h.store().draft(id, "form.speaker").unwrap(), None);
    // A burst of keys handled before one save, as the event loop does.
    for c in "Hùng".chars() {
        let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        let action = action_for(&h.app, event).unwrap();
        h.app.update(action);
    }
    assert!(h.app.form_draft_pending);
    assert_eq!(h.store().draft(id, "form.speaker").unwrap(), None);
    h.app.save_pending_draft();
    assert!(!h.app.form_draft_pending);
    let draft = h.store().draft(id, "form.speaker").unwrap().unwrap();
    assert!(draft.contains("Hùng"), "{draft}");
}

#[test]
fn while_another_program_holds_the_file_typing_goes_on_and_the_draft_follows_when_it_is_free() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.floor("Võ Văn Sáu", "");
    h.type_text("Đề nghị");
    let draft = |h: &Harness| h.store().draft(id, "opinion").unwrap().unwrap();
    assert!(draft(&h).ends_with("Đề nghị"));

    // Another program holds the write lock: each key is handled at once, none waits for it.
    let other = rusqlite::Connection::open(h.db()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    h.type_text(" làm cống");
    assert_eq!(h.editor_text(), "Đề nghị làm cống");
    assert_eq!(h.message(), h.app.strings.draft_waiting);
    assert!(draft(&h).ends_with("Đề nghị"), "nothing written yet");
    // Still to be written, at the next turn of the loop.
    assert!(h.app.draft_pending);

    // Free again: the next turn of the loop keeps what was typed, and says so.
    other.execute_batch("ROLLBACK").unwrap();
    h.app.save_pending_draft();
    assert!(draft(&h).ends_with("Đề nghị làm cống"));
    assert_eq!(h.message(), h.app.strings.draft_kept_after_waiting);
    assert!(!h.app.draft_pending);
}

#[test]
fn a_form_typed_while_the_file_is_held_is_kept_once_it_is_free() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    let other = rusqlite::Connection::open(h.db()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    h.key(KeyCode::Char('a'));
    h.type_text("Ngô Thị Bảy");
    assert_eq!(h.message(), h.app.strings.draft_waiting);
    assert!(h.store().draft(id, "form.speaker").unwrap().is_none());
    other.execute_batch("ROLLBACK").unwrap();
    h.app.save_pending_draft();
    let kept = h.store().draft(id, "form.speaker").unwrap().unwrap();
    assert!(kept.contains("Ngô Thị Bảy"), "{kept}");
}
