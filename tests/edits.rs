//! Edits after the fact, audited like corrections: the meeting's details, an agenda item, a
//! queued speaker, an opinion's speaker and item. In the store (what the audit log keeps), in
//! the exports (they still import), and on the live screen through the keys.

mod common;

use crossterm::event::KeyCode;

use hopdan::domain::{
    AgendaItem, MeetingDetails, MeetingId, OpinionCorrection, Stance, Threshold, VoteBase,
    VoteError,
};
use hopdan::export::{ExportOptions, export_files, import_files};
use hopdan::i18n::Lang;
use hopdan::store::{
    AUDIT_AGENDA_ITEM, AUDIT_CORRECT, AUDIT_MEETING, AUDIT_OPINION, AUDIT_QUEUED_SPEAKER, Missing,
    Previous, Store, StoreError,
};
use hopdan::tui::app::{Pane, Popup};
use hopdan::tui::form::fields::MeetingField;

use common::{
    ALL_HALF, Draw, Drive, Harness, PRESENT_TWO_THIRDS, add_meeting, counts, hung, lan, meeting, t,
    take_floor, temp_store, tuan,
};

/// A meeting of two items, with Hùng's opinion as turn 1 of item 1 and Lan's as turn 1 of
/// item 2.
fn meeting_with_opinions(store: &mut Store) -> MeetingId {
    let id = add_meeting(store, &["Mở rộng kiệt lên 3 m", "Đóng góp của các hộ"]);
    for (who, item_no, minute) in [(hung(), 1, 40), (lan(), 2, 45)] {
        take_floor(
            store,
            id,
            &who,
            item_no,
            t(&format!("2022-06-12T08:{minute}:00+07:00")),
        );
        let said = format!("Ý kiến của {}", who.name);
        let ended = t(&format!("2022-06-12T08:{}:00+07:00", minute + 2));
        store
            .save_opinion_from_floor(id, Stance::Support, &said, ended)
            .unwrap();
    }
    id
}

#[test]
fn correcting_the_meetings_details_keeps_its_row_keyed_by_the_columns_of_meeting_csv() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let details = MeetingDetails {
        title: "Về việc mở rộng kiệt 19 Phú Lộc 10".into(),
        chair: "Trần Văn Bình".into(),
        started_at: t("2022-06-12T08:00:00+07:00"),
        households_total: 56,
        ..meeting().details()
    };
    let corrected = store
        .correct_meeting_details(id, &details, t("2022-06-12T09:00:00+07:00"), "Ghi nhầm")
        .unwrap();
    assert_eq!(corrected.details(), details);
    assert_eq!(store.meeting(id).unwrap(), corrected);
    assert_eq!(
        corrected.households_present, 42,
        "attendance is not a detail"
    );

    let log = store.audit_log(id).unwrap();
    assert_eq!(log.len(), 1);
    let entry = &log[0];
    assert_eq!(
        (entry.entity.as_str(), entry.action.as_str()),
        (AUDIT_MEETING, AUDIT_CORRECT)
    );
    assert_eq!((entry.item_no, entry.number), (None, None));
    assert_eq!(entry.reason, "Ghi nhầm");
    assert_eq!(entry.at, t("2022-06-12T09:00:00+07:00"));
    assert_eq!(
        entry.old_values,
        r#"{"meeting_id":1,"title":"Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10","ward":"Phường Thanh Khê Tây","residential_group":"Tổ dân phố 27","location":"Nhà văn hóa tổ 27","started_at":"2022-06-12T07:30:00+07:00","chair":"Trần Thị Mai","chair_title":"Tổ trưởng tổ dân phố","secretary":"Lê Văn Bình","households_total":55}"#
    );
    assert_eq!(
        entry.previous(),
        Some(Previous::Meeting(meeting().details()))
    );

    // Fewer households than are present: refused, nothing logged.
    let too_few = MeetingDetails {
        households_total: 41,
        ..details
    };
    assert!(matches!(
        store.correct_meeting_details(id, &too_few, t("2022-06-12T09:01:00+07:00"), "x"),
        Err(StoreError::InvalidVote(VoteError::PresentExceedsTotal {
            present: 42,
            total: 41
        }))
    ));
    assert_eq!(store.audit_log(id).unwrap().len(), 1);
    assert_eq!(store.meeting(id).unwrap(), corrected);
}

#[test]
fn an_items_rule_changes_only_before_its_first_vote_its_words_always() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt", "Đóng góp"]);
    let at = t("2022-06-12T09:00:00+07:00");
    let item = AgendaItem {
        item_no: 1,
        title: "Mở rộng kiệt lên 3 m".into(),
        description: "Các hộ lùi cổng".into(),
        rule: PRESENT_TWO_THIRDS,
        takes_pledges: false,
    };
    assert_eq!(
        store
            .correct_agenda_item(id, &item, at, "Theo tờ trình")
            .unwrap(),
        item
    );
    assert_eq!(store.agenda(id).unwrap()[0], item);
    let log = store.audit_log(id).unwrap();
    assert_eq!(log[0].entity, AUDIT_AGENDA_ITEM);
    assert_eq!((log[0].item_no, log[0].number), (Some(1), None));
    assert_eq!(
        log[0].old_values,
        r#"{"meeting_id":1,"item_no":1,"title":"Mở rộng kiệt","description":"","vote_base":"all_households","threshold":"more_than_half"}"#
    );

    // After a vote: the rule is refused with why, the words still change.
    store
        .add_vote(id, 1, counts(42, 30, 5, 2), PRESENT_TWO_THIRDS, at)
        .unwrap();
    let other_rule = AgendaItem {
        rule: ALL_HALF,
        ..item.clone()
    };
    assert!(matches!(
        store.correct_agenda_item(id, &other_rule, at, "x"),
        Err(StoreError::RuleFixedByVote { item_no: 1 })
    ));
    assert_eq!(store.audit_log(id).unwrap().len(), 1);
    let reworded = AgendaItem {
        title: "Mở rộng kiệt 19 lên 3 m".into(),
        ..item
    };
    store
        .correct_agenda_item(id, &reworded, at, "Thiếu số kiệt")
        .unwrap();
    assert_eq!(store.agenda(id).unwrap()[0], reworded);
    assert_eq!(store.audit_log(id).unwrap().len(), 2);

    // Item 2 has no vote: its rule still changes. An item that is not there is named.
    let second = AgendaItem {
        item_no: 2,
        title: "Đóng góp".into(),
        description: String::new(),
        rule: PRESENT_TWO_THIRDS,
        takes_pledges: false,
    };
    store.correct_agenda_item(id, &second, at, "Sửa").unwrap();
    let missing = AgendaItem {
        item_no: 3,
        ..second
    };
    assert!(matches!(
        store.correct_agenda_item(id, &missing, at, "Sửa"),
        Err(StoreError::NotFound(Missing::AgendaItem { item_no: 3, .. }))
    ));
}

#[test]
fn correcting_a_queued_speaker_logs_the_queue_id_and_the_old_name_and_address() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let at = t("2022-06-12T08:30:00+07:00");
    store.enqueue(id, &tuan(), at).unwrap();
    let queued = store.enqueue(id, &hung(), at).unwrap();
    let corrected = store
        .correct_queued_speaker(
            id,
            queued.queue_id,
            &lan(),
            t("2022-06-12T08:31:00+07:00"),
            "Nghe nhầm tên",
        )
        .unwrap();
    assert_eq!(corrected.speaker, lan());
    assert_eq!(corrected.requested_at, at);
    let queue = store.queue(id).unwrap();
    assert_eq!(
        (queue[0].speaker.clone(), queue[1].clone()),
        (tuan(), corrected)
    );

    let log = store.audit_log(id).unwrap();
    assert_eq!(log[0].entity, AUDIT_QUEUED_SPEAKER);
    assert_eq!(
        (log[0].item_no, log[0].number),
        (None, Some(u32::try_from(queued.queue_id).unwrap()))
    );
    assert_eq!(
        log[0].old_values,
        r#"{"meeting_id":1,"speaker_name":"Nguyễn Văn Hùng","speaker_address":"K19/4 Phú Lộc 10, tổ 27","requested_at":"2022-06-12T08:30:00+07:00"}"#
    );
    assert!(matches!(
        store.correct_queued_speaker(id, 99, &lan(), at, "x"),
        Err(StoreError::NotFound(Missing::QueueEntry {
            queue_id: 99,
            ..
        }))
    ));
    assert_eq!(store.audit_log(id).unwrap().len(), 1);
}

#[test]
fn a_moved_opinion_takes_the_next_turn_of_its_item_and_is_logged_under_its_new_key() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_opinions(&mut store);
    let before = store.opinions(id, 1).unwrap().remove(0);
    let correction = OpinionCorrection {
        item_no: 2,
        speaker: tuan(),
        stance: Stance::Question,
        text: "Đóng góp bao nhiêu mỗi hộ?".into(),
    };
    let moved = store
        .correct_opinion(
            id,
            1,
            1,
            &correction,
            t("2022-06-12T09:00:00+07:00"),
            "Ghi nhầm nội dung",
        )
        .unwrap();
    assert_eq!((moved.item_no, moved.turn_no), (2, 2));
    assert_eq!(moved.speaker, tuan());
    assert_eq!(
        (moved.stance, moved.text.as_str()),
        (Stance::Question, "Đóng góp bao nhiêu mỗi hộ?")
    );
    assert_eq!(
        (moved.started_at, moved.duration_s),
        (before.started_at, before.duration_s)
    );
    assert_eq!(store.opinions(id, 1).unwrap(), vec![]);
    let second = store.opinions(id, 2).unwrap();
    assert_eq!(second.iter().map(|o| o.turn_no).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(second[1], moved);

    let log = store.audit_log(id).unwrap();
    let entry = &log[0];
    assert_eq!(entry.entity, AUDIT_OPINION);
    assert_eq!(
        (entry.item_no, entry.number),
        (Some(2), Some(2)),
        "the key after the change"
    );
    assert_eq!(
        entry.old_values,
        r#"{"meeting_id":1,"item_no":1,"turn_no":1,"speaker_name":"Nguyễn Văn Hùng","speaker_address":"K19/4 Phú Lộc 10, tổ 27","stance":"support","opinion":"Ý kiến của Nguyễn Văn Hùng","started_at":"2022-06-12T08:40:00+07:00","duration_s":120}"#
    );
    let Some(Previous::Opinion(old)) = entry.previous() else {
        panic!("{entry:?}");
    };
    assert_eq!((old.item_no, old.turn_no, old.speaker()), (1, 1, hung()));

    // Saved next on item 1, an opinion takes turn 2: turn 1 names Hùng's opinion for good.
    take_floor(&mut store, id, &hung(), 1, t("2022-06-12T09:05:00+07:00"));
    let next = store
        .save_opinion_from_floor(
            id,
            Stance::Support,
            "Đồng ý",
            t("2022-06-12T09:06:00+07:00"),
        )
        .unwrap();
    assert_eq!((next.item_no, next.turn_no), (1, 2));

    // To an item that is not there: refused, nothing logged or moved.
    let nowhere = OpinionCorrection {
        item_no: 9,
        ..correction
    };
    assert!(matches!(
        store.correct_opinion(id, 2, 2, &nowhere, t("2022-06-12T09:10:00+07:00"), "x"),
        Err(StoreError::NotFound(Missing::AgendaItem { item_no: 9, .. }))
    ));
    assert_eq!(store.audit_log(id).unwrap().len(), 1);
    assert_eq!(store.opinions(id, 2).unwrap()[1], moved);
}

#[test]
fn an_edited_meeting_exports_files_that_import_and_export_the_same_open_and_closed() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_opinions(&mut store);
    let at = t("2022-06-12T09:00:00+07:00");
    take_floor(&mut store, id, &tuan(), 1, at);
    store
        .save_opinion_from_floor(
            id,
            Stance::Oppose,
            "Chưa đồng ý",
            t("2022-06-12T09:03:00+07:00"),
        )
        .unwrap();
    // Turn 1 of item 1 moves to item 2: item 1 keeps only turn 2, a gap at 1.
    let correction = OpinionCorrection {
        item_no: 2,
        speaker: hung(),
        stance: Stance::Other,
        text: "Đề nghị làm cống trước".into(),
    };
    store
        .correct_opinion(id, 1, 1, &correction, at, "Nhầm nội dung")
        .unwrap();
    let details = MeetingDetails {
        title: "=Về việc mở rộng kiệt".into(),
        households_total: 60,
        ..meeting().details()
    };
    store
        .correct_meeting_details(id, &details, at, "Sửa")
        .unwrap();
    let item = AgendaItem {
        item_no: 1,
        title: "Mở rộng kiệt, \"3 m\"".into(),
        description: "Dòng một\nDòng hai".into(),
        rule: hopdan::domain::DecisionRule {
            base: VoteBase::Cast,
            threshold: Threshold::ThreeQuarters,
        },
        takes_pledges: false,
    };
    store.correct_agenda_item(id, &item, at, "Sửa").unwrap();
    // Counted among the households the meeting has now.
    let among_60 = hopdan::domain::VoteCounts {
        households_total: 60,
        ..counts(42, 30, 5, 2)
    };
    store.add_vote(id, 1, among_60, item.rule, at).unwrap();
    assert_eq!(
        store
            .opinions(id, 1)
            .unwrap()
            .iter()
            .map(|o| o.turn_no)
            .collect::<Vec<_>>(),
        [2]
    );

    let round_trip = |store: &mut Store, id| {
        let record = store.load_record(id).unwrap();
        let files = export_files(&record, id, ExportOptions { bom: true });
        let imported = import_files(&files).unwrap();
        assert_eq!(imported, record);
        let (_again_dir, mut again) = temp_store();
        let copy = again.insert_record(&imported).unwrap();
        assert_eq!(
            export_files(
                &again.load_record(copy).unwrap(),
                id,
                ExportOptions { bom: true }
            ),
            files
        );
    };
    round_trip(&mut store, id);
    store
        .close_meeting(id, t("2022-06-12T10:30:00+07:00"))
        .unwrap();
    round_trip(&mut store, id);
}

// ----- On the live screen, through the keys -----

/// The audit log of the open meeting after the corrections the sample comes with.
fn audit(h: &Harness) -> Vec<hopdan::store::AuditEntry> {
    let sample = hopdan::sample::sample_record_as_open().unwrap();
    let log = h.store().audit_log(h.meeting_id()).unwrap();
    log.into_iter().skip(sample.corrections.len()).collect()
}

/// Clears the field on focus and types `text`.
fn retype(h: &mut Harness, text: &str) {
    h.ctrl('a');
    for _ in 0..200 {
        h.key(KeyCode::Delete);
    }
    h.type_text(text);
}

#[test]
fn m_corrects_the_meetings_details_asking_why_and_before_throwing_typing_away() {
    let strings = Lang::En.strings();
    let mut h = Harness::sample_without_register(Lang::En);
    let id = h.meeting_id();
    let before = h.store().meeting(id).unwrap();
    h.key(KeyCode::Char('m'));
    assert_eq!(h.form().title, strings.meeting_details_title);
    let values = h.values();
    assert_eq!(values[0], before.title);
    assert_eq!(values[4], hopdan::domain::format_when(&before.started_at));
    assert_eq!(values[8], before.households_total.to_string());
    assert_eq!(values[9], "", "the reason");

    // Untouched, Esc closes; typed, it asks first.
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    retype(&mut h, "Trần Văn Bình");
    h.key(KeyCode::Esc);
    assert!(matches!(h.app.popup(), Some(Popup::Confirm { .. })));
    h.key(KeyCode::Char('n'));
    assert_eq!(h.values()[5], "Trần Văn Bình");

    // Ctrl+S from any field: the reason is asked for, nothing saved yet.
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some(strings.err_reason_required));
    assert_eq!(h.form().focus, 9);
    assert!(audit(&h).is_empty());
    // Fewer households than are present: said, and the field of all households focused.
    h.type_text("The chair was replaced");
    h.key(KeyCode::Up);
    retype(&mut h, "10");
    h.ctrl('s');
    let present = before.households_present;
    assert_eq!(
        h.form().error.as_deref(),
        Some((strings.err_present_exceeds_total)(present, 10).as_str())
    );
    assert_eq!(h.form().focus, 8);
    // The sample has votes, each counted among its 55 households: the number stays.
    retype(&mut h, "56");
    h.ctrl('s');
    assert_eq!(
        h.form().error.as_deref(),
        Some(strings.err_total_fixed_by_votes)
    );
    assert_eq!(h.form().focus, 8);
    retype(&mut h, "55");
    h.ctrl('s');
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    assert_eq!(h.message(), strings.saved_correction);

    let after = h.store().meeting(id).unwrap();
    assert_eq!(
        (after.chair.as_str(), after.households_total),
        ("Trần Văn Bình", 55)
    );
    assert_eq!(h.app.live.as_ref().unwrap().meeting, after);
    let log = audit(&h);
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].entity.as_str(), log[0].reason.as_str()),
        (AUDIT_MEETING, "The chair was replaced")
    );
    assert_eq!(log[0].previous(), Some(Previous::Meeting(before.details())));
}

#[test]
fn r_corrects_the_selected_item_and_refuses_its_rule_after_a_vote_saying_why() {
    let strings = Lang::En.strings();
    let mut h = Harness::sample(Lang::En);
    h.key(KeyCode::BackTab);
    assert_eq!(h.app.live.as_ref().unwrap().focus, Pane::Agenda);
    let item = h
        .app
        .live
        .as_ref()
        .unwrap()
        .selected_item()
        .unwrap()
        .clone();
    h.key(KeyCode::Char('r'));
    assert_eq!(h.form().title, (strings.item_correct_title)(item.item_no));
    assert_eq!(h.values()[0], item.title);

    // The sample's items are voted on: a new rule is refused with the sentence why.
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    h.keys(&[KeyCode::Tab; 3]); // past the threshold and the land pledges' choice
    h.field("Wrong rule");
    assert_eq!(
        h.form().error.as_deref(),
        Some((strings.err_rule_fixed_by_vote)(item.item_no).as_str())
    );
    assert_eq!(h.form().focus, 2, "the rule's field");
    assert!(audit(&h).is_empty());
    // Its words still change.
    h.key(KeyCode::Left);
    h.key(KeyCode::BackTab);
    h.key(KeyCode::BackTab);
    retype(&mut h, "Widen kiệt 19 to 3 m");
    h.ctrl('s');
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let saved = &h.store().agenda(h.meeting_id()).unwrap()[item.item_no as usize - 1];
    assert_eq!(
        (saved.title.as_str(), saved.rule),
        ("Widen kiệt 19 to 3 m", item.rule)
    );
    assert_eq!(h.app.live.as_ref().unwrap().selected_item(), Some(saved));

    // A new item, not yet voted on: its rule changes.
    h.key(KeyCode::Char('i'));
    h.field("Drainage");
    h.key(KeyCode::Tab);
    h.ctrl('s');
    h.key(KeyCode::BackTab);
    h.key(KeyCode::Char('r'));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    h.keys(&[KeyCode::Tab; 3]);
    h.field("Decided by those present");
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let agenda = h.store().agenda(h.meeting_id()).unwrap();
    assert_eq!(agenda.last().unwrap().rule.base, VoteBase::Present);
    assert_eq!(audit(&h).len(), 2);
}

#[test]
fn r_corrects_a_queued_speakers_name_and_address() {
    let mut h = Harness::sample(Lang::Vi);
    h.queue("Nguyễn Văn Hng", "K19/4");
    h.queue("Phạm Thị Lan", "K19/12");
    assert_eq!(h.app.live.as_ref().unwrap().focus, Pane::Queue);
    h.key(KeyCode::Char('r'));
    assert_eq!(h.values(), ["Nguyễn Văn Hng", "K19/4", ""]);
    retype(&mut h, "Nguyễn Văn Hùng");
    h.key(KeyCode::Enter);
    h.key(KeyCode::End);
    h.field(" Phú Lộc 10");
    h.field("Ghi thiếu dấu");
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    let queue = &h.app.live.as_ref().unwrap().queue;
    assert_eq!(queue[0].speaker, hung_short());
    assert_eq!(queue[1].speaker.name, "Phạm Thị Lan");
    let log = audit(&h);
    assert_eq!(log[0].entity, AUDIT_QUEUED_SPEAKER);
    assert_eq!(
        log[0].number,
        Some(u32::try_from(queue[0].queue_id).unwrap())
    );
    assert!(
        log[0]
            .old_values
            .contains(r#""speaker_name":"Nguyễn Văn Hng""#)
    );

    // Nobody waiting: nothing to correct, said so.
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('r'));
    assert!(h.app.popup().is_none());
    assert_eq!(h.message(), Lang::Vi.strings().nothing_selected);
}

fn hung_short() -> hopdan::domain::Speaker {
    common::speaker("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10")
}

#[test]
fn r_and_enter_on_an_opinion_correct_its_speaker_and_move_it_to_another_item() {
    let strings = Lang::Vi.strings();
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Tab);
    assert_eq!(h.app.live.as_ref().unwrap().focus, Pane::Opinions);
    let live = h.app.live.as_ref().unwrap();
    let (item_no, opinion) = (
        live.selected_item().unwrap().item_no,
        live.selected_opinion().unwrap().clone(),
    );
    let target_turn = h.store().opinions(id, item_no + 1).unwrap().len() as u32 + 1;
    h.key(KeyCode::Char('r'));
    assert_eq!(h.editor_text(), opinion.text);
    h.alt('4');
    h.ctrl('s');
    // The form after the editor: who spoke and the item, filled; the reason focused.
    assert_eq!(
        h.form().title,
        (strings.opinion_correct_title)(opinion.turn_no)
    );
    assert_eq!(
        h.values(),
        [
            opinion.speaker.name.clone(),
            opinion.speaker.address.clone(),
            item_no.to_string(),
            String::new()
        ]
    );
    assert_eq!(h.form().focus, 3);
    h.key(KeyCode::Up);
    h.type_text(&(item_no + 1).to_string());
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    retype(&mut h, "Lê Văn Tám");
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some(strings.err_reason_required));
    h.field("Ghi nhầm nội dung");
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    assert_eq!(h.message(), strings.saved_correction);

    assert!(
        !h.store()
            .opinions(id, item_no)
            .unwrap()
            .iter()
            .any(|o| o.turn_no == opinion.turn_no)
    );
    let moved = h.store().opinions(id, item_no + 1).unwrap().pop().unwrap();
    assert_eq!(
        (moved.turn_no, moved.stance),
        (target_turn, Stance::Question)
    );
    assert_eq!(moved.speaker.name, "Lê Văn Tám");
    assert_eq!(moved.text, opinion.text);
    let log = audit(&h);
    assert_eq!(
        (log[0].item_no, log[0].number),
        (Some(item_no + 1), Some(target_turn))
    );

    // Enter does the same as r.
    h.key(KeyCode::Enter);
    assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
}

#[test]
fn a_closed_meeting_refuses_every_edit_with_the_sentence_it_has() {
    let strings = Lang::Vi.strings();
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Char('y'));
    for pane in [Pane::Queue, Pane::Opinions, Pane::Agenda] {
        assert_eq!(h.app.live.as_ref().unwrap().focus, pane);
        for key in ['m', 'r'] {
            h.app.message = None;
            h.key(KeyCode::Char(key));
            assert!(h.app.popup().is_none(), "{key} on {pane:?}");
            assert_eq!(h.message(), strings.meeting_closed);
        }
        h.key(KeyCode::Tab);
    }
}

#[test]
fn what_was_typed_in_a_correction_comes_back_after_a_crash() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Tab);
    retype(&mut h, "Phường Thanh Khê");
    let dir = h.crash();

    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('m'));
    assert!(h.says_restored());
    assert_eq!(h.values()[1], "Phường Thanh Khê");
    // Saved, its draft is gone: the next correction opens with what the meeting holds.
    h.key(KeyCode::Down);
    h.ctrl('s');
    h.type_text("Tên phường mới");
    h.ctrl('s');
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    h.key(KeyCode::Char('m'));
    assert!(!h.says_restored());
    assert_eq!(h.values()[1], "Phường Thanh Khê");
    assert_eq!(h.values()[9], "");
}

#[test]
fn m_on_a_meeting_with_a_register_shows_its_households_as_the_registers() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.key(KeyCode::Char('m'));
    let form = h.form();
    assert_eq!(form.text(MeetingField::HouseholdsTotal), "55");
    assert!(form.fields[8].given.is_some());
    // Tab goes round every field but that one.
    for _ in 0..form.fields.len() * 2 {
        h.key(KeyCode::Tab);
        assert_ne!(h.form().focused_name(), Some(MeetingField::HouseholdsTotal));
    }
    // Typed over, it would be refused; it cannot be: the rest is saved as usual.
    h.form_focus(MeetingField::Reason);
    h.type_text("Sửa tên địa điểm");
    h.ctrl('s');
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    assert_eq!(h.store().meeting(id).unwrap().households_total, 55);
}

#[test]
fn snapshot_meeting_details_form() {
    let mut h = Harness::sample(Lang::Vi);
    h.key(KeyCode::Char('m'));
    h.app.message = None;
    insta::assert_snapshot!("meeting_details_form_80x24", h.draw(80, 24).backend());
}

#[test]
fn the_history_shows_a_correction_of_the_details_as_old_and_new_values() {
    let mut h = Harness::sample(Lang::En);
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    retype(&mut h, "Trần Văn Bình");
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    retype(&mut h, "Nhà văn hóa tổ 28");
    h.ctrl('s');
    h.type_text("Họp ở nhà văn hóa tổ 28");
    h.ctrl('s');
    assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
    h.app.message = None;
    h.key(KeyCode::Char('h'));
    let screen = h.screen_at(80, 24);
    assert!(screen.contains("Meeting details"), "{screen}");
    assert!(
        screen.contains("Chair: Nguyễn Văn Hùng → Trần Văn Bình"),
        "{screen}"
    );
    insta::assert_snapshot!("history_details_80x24", h.draw(80, 24).backend());
}

#[test]
fn the_history_names_each_kind_of_edit_and_what_it_was_in_both_languages() {
    for (lang, expected) in [
        (
            Lang::Vi,
            [
                "Nội dung 1",
                "Trước khi sửa: Nội dung: Nâng cấp",
                "Người đăng ký phát biểu",
                "Trước khi sửa: Nguyễn Văn Hng (K19/4)",
                "(chuyển từ nội dung 2, lượt 1)",
            ],
        ),
        (
            Lang::En,
            [
                "Item 1",
                "Before: Item: Nâng cấp",
                "Queued speaker",
                "Before: Nguyễn Văn Hng (K19/4)",
                "(moved from item 2, turn 1)",
            ],
        ),
    ] {
        let mut h = Harness::sample(lang);
        let id = h.meeting_id();
        let at = t("2022-06-12T10:00:00+07:00");
        let store = &mut h.app.store;
        let mut item = store.agenda(id).unwrap().remove(0);
        item.title = "Mở rộng kiệt".into();
        store.correct_agenda_item(id, &item, at, "Gọn hơn").unwrap();
        let queued = store
            .enqueue(id, &common::speaker("Nguyễn Văn Hng", "K19/4"), at)
            .unwrap();
        store
            .correct_queued_speaker(id, queued.queue_id, &hung(), at, "Thiếu dấu")
            .unwrap();
        let opinion = store.opinions(id, 2).unwrap().remove(0);
        let correction = OpinionCorrection {
            item_no: 1,
            speaker: opinion.speaker.clone(),
            stance: opinion.stance,
            text: opinion.text.clone(),
        };
        store
            .correct_opinion(id, 2, 1, &correction, at, "Nhầm nội dung")
            .unwrap();
        h.app.open_meeting(id);
        h.key(KeyCode::Char('h'));
        let screen = h.screen_at(160, 48);
        for words in expected {
            assert!(screen.contains(words), "{words}: {screen}");
        }
    }
}

#[test]
fn the_number_of_households_is_fixed_once_a_vote_counted_among_them() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let at = t("2022-06-12T09:00:00+07:00");
    // A vote among another number of households than the meeting's is refused.
    let among_54 = hopdan::domain::VoteCounts {
        households_total: 54,
        ..counts(42, 30, 5, 2)
    };
    assert!(matches!(
        store.add_vote(id, 1, among_54, PRESENT_TWO_THIRDS, at),
        Err(StoreError::OtherHouseholdsTotal {
            found: 54,
            expected: 55
        })
    ));
    store
        .add_vote(id, 1, counts(42, 30, 5, 2), PRESENT_TWO_THIRDS, at)
        .unwrap();
    assert!(matches!(
        store.correct_vote(id, 1, 1, among_54, at, "x"),
        Err(StoreError::OtherHouseholdsTotal { .. })
    ));
    let more = MeetingDetails {
        households_total: 56,
        ..meeting().details()
    };
    assert!(matches!(
        store.correct_meeting_details(id, &more, at, "Ghi nhầm"),
        Err(StoreError::TotalFixedByVotes { id: refused }) if refused == id
    ));
    assert!(store.audit_log(id).unwrap().is_empty());
    // The other details still change.
    let renamed = MeetingDetails {
        chair: "Trần Văn Bình".into(),
        ..meeting().details()
    };
    store
        .correct_meeting_details(id, &renamed, at, "Ghi nhầm")
        .unwrap();
}

#[test]
fn a_turn_left_by_a_moved_opinion_is_never_given_again_and_its_corrections_follow_it() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt lên 3 m", "Đóng góp của các hộ"]);
    let speak = |store: &mut Store, who: &hopdan::domain::Speaker, minute: u32| {
        take_floor(
            store,
            id,
            who,
            1,
            t(&format!("2022-06-12T08:{minute}:00+07:00")),
        );
        let said = format!("Ý kiến của {}", who.name);
        let ended = t(&format!("2022-06-12T08:{}:00+07:00", minute + 2));
        store
            .save_opinion_from_floor(id, Stance::Support, &said, ended)
            .unwrap()
    };
    speak(&mut store, &hung(), 40);
    let lans = speak(&mut store, &lan(), 43);
    assert_eq!(lans.turn_no, 2);
    let at = t("2022-06-12T08:50:00+07:00");
    // Lan's stance is corrected, then her opinion is moved to item 2.
    let stance = OpinionCorrection {
        item_no: 1,
        speaker: lan(),
        stance: Stance::Oppose,
        text: lans.text.clone(),
    };
    store
        .correct_opinion(id, 1, 2, &stance, at, "Ghi nhầm quan điểm")
        .unwrap();
    let moved = OpinionCorrection {
        item_no: 2,
        ..stance
    };
    store
        .correct_opinion(id, 1, 2, &moved, at, "Nhầm nội dung")
        .unwrap();
    // Tuấn speaks on item 1 next: turn 3, not Lan's old turn 2.
    let tuans = speak(&mut store, &tuan(), 52);
    assert_eq!((tuans.item_no, tuans.turn_no), (1, 3));

    let record = store.load_record(id).unwrap();
    let reasons = |item_no, turn_no| -> Vec<String> {
        record
            .corrections_of(hopdan::domain::EntryKey::Opinion { item_no, turn_no })
            .iter()
            .map(|c| c.reason.clone())
            .collect()
    };
    assert_eq!(reasons(2, 1), ["Ghi nhầm quan điểm", "Nhầm nội dung"]);
    assert!(reasons(1, 3).is_empty());
    let marked = store.corrected_opinions(id).unwrap();
    assert!(marked.contains(&(2, 1)));
    assert!(!marked.contains(&(1, 3)), "{marked:?}");
}

#[test]
fn a_correction_of_the_details_names_only_what_it_changed_whatever_happens_after() {
    let (_dir, mut store) = temp_store();
    let id = add_meeting(&mut store, &["Mở rộng kiệt"]);
    let at = t("2022-06-12T09:00:00+07:00");
    let details = MeetingDetails {
        title: "Về việc mở rộng kiệt 19 Phú Lộc 10".into(),
        ..meeting().details()
    };
    store
        .correct_meeting_details(id, &details, at, "Ghi nhầm")
        .unwrap();
    // Attendance changes and the meeting closes afterwards, on their own.
    store.set_households_present(id, 45).unwrap();
    store
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    let files = export_files(
        &store.load_record(id).unwrap(),
        id,
        ExportOptions { bom: false },
    );
    let corrections = files.iter().find(|f| f.name == "corrections.csv").unwrap();
    let text = String::from_utf8(corrections.bytes.clone()).unwrap();
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert!(rows[0].contains(",meeting,,,title,"), "{text}");
    assert!(store.verify_meeting(id).unwrap().is_intact());
}

#[test]
fn a_speaker_without_a_name_is_refused_by_the_store_itself() {
    let (_dir, mut store) = temp_store();
    let id = meeting_with_opinions(&mut store);
    let at = t("2022-06-12T09:00:00+07:00");
    let nameless = hopdan::domain::Speaker {
        name: "  ".into(),
        address: "K19/4".into(),
    };
    assert!(matches!(
        store.enqueue(id, &nameless, at),
        Err(StoreError::NamelessSpeaker)
    ));
    let queued = store.enqueue(id, &tuan(), at).unwrap();
    assert!(matches!(
        store.correct_queued_speaker(id, queued.queue_id, &nameless, at, "x"),
        Err(StoreError::NamelessSpeaker)
    ));
    let unnamed = OpinionCorrection {
        item_no: 1,
        speaker: nameless,
        stance: Stance::Oppose,
        text: "x".into(),
    };
    assert!(matches!(
        store.correct_opinion(id, 1, 1, &unnamed, at, "x"),
        Err(StoreError::NamelessSpeaker)
    ));
    // Nothing of it was kept.
    assert!(store.audit_log(id).unwrap().is_empty());
}

#[test]
fn old_values_the_history_cannot_read_are_said_in_words_not_shown_as_the_log_keeps_them() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    rusqlite::Connection::open(h.db())
        .unwrap()
        .execute(
            "INSERT INTO audit_log (meeting_id, entity, item_no, number, action, old_values, \
             reason, at) VALUES (?1, 'vote', 1, 1, 'correct', '{\"votes_for\":\"nhiều\"}', \
             'Đếm lại', '2022-06-12T09:30:00+07:00')",
            [id],
        )
        .unwrap();
    h.key(KeyCode::Char('h'));
    let screen = h.screen_at(100, 30);
    assert!(
        screen.contains("(không đọc được giá trị trước khi sửa)"),
        "{screen}"
    );
    assert!(!screen.contains("votes_for"), "{screen}");
}
