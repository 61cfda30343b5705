//! Land pledges in the app (SPEC §11), typed as a secretary would: the household found by a
//! fragment of its number, address or name, measures typed with a comma or a point, the area
//! computed unless typed, refusals said by field with nothing saved, a correction, a removal,
//! and the totals on the live screen and the chair's; then the screens drawn.

mod common;

use crossterm::event::KeyCode;
use tempfile::TempDir;

use hopdan::domain::{Consent, Household, Measure, MeetingId, Pledge, VoteCounts};
use hopdan::i18n::Lang;
use hopdan::store::Store;
use hopdan::tui::app::{Popup, Screen};
use hopdan::tui::form::fields::{AgendaItemField, PledgeField};
use hopdan::tui::show::Show;
use hopdan::tui::theme::Theme;

use common::{ALL_HALF, Draw, Drive, Harness, add_meeting, assert_screens, db_in, household, t};

fn register() -> Vec<Household> {
    vec![
        household("27-001", "K19/1 Phú Lộc 10", "Nguyễn Văn Tám"),
        household("27-002", "K19/2 Phú Lộc 10", "Trần Thị Hoa"),
        household("27-003", "K19/4 Phú Lộc 10", "Lê Văn Hùng"),
        household("27-004", "K19/6 Phú Lộc 10", "Phạm Thị Lan"),
        household("27-005", "K19/8 Phú Lộc 10", "Hoàng Văn Dũng"),
        household("27-006", "K19/10 Phú Lộc 10", "Võ Thị Mai"),
    ]
}

/// A meeting of the six households of `register()`, whose second item asks them for land,
/// opened in the app on that item.
fn meeting_with_register(lang: Lang, with_register: bool) -> Harness {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open(&db_in(dir.path())).unwrap();
        let id = add_meeting(
            &mut store,
            &["Mở rộng kiệt lên 3 m", "Các hộ hiến đất, lùi cổng"],
        );
        if with_register {
            store.set_register(id, &register()).unwrap();
        }
        store.set_takes_pledges(id, 2, true).unwrap();
    }
    let mut h = Harness::on(dir, lang);
    h.open_first_meeting();
    h.key(KeyCode::Right);
    h
}

fn id(h: &Harness) -> MeetingId {
    h.meeting_id()
}

/// The pledge of `no` on item 2 as the store has it.
fn stored(h: &Harness, no: &str) -> Option<hopdan::domain::Pledge> {
    h.store()
        .pledges(id(h))
        .unwrap()
        .into_iter()
        .find(|p| p.household_no == no)
}

fn m(text: &str) -> Measure {
    Measure::parse(text).unwrap()
}

/// `a` in the pledges, a fragment typed, the household picked with `downs` ↓ and Enter.
fn find(h: &mut Harness, fragment: &str, downs: usize) {
    h.key(KeyCode::Char('a'));
    assert!(matches!(h.app.popup(), Some(Popup::FindHousehold(_))));
    h.type_text(fragment);
    for _ in 0..downs {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
    assert!(matches!(h.app.popup(), Some(Popup::Form(..))));
}

/// Frontage, depth and area typed (Enter after each), then the structures.
fn measures(h: &mut Harness, frontage: &str, depth: &str, area: &str, structures: &str) {
    h.field(frontage);
    h.field(depth);
    h.field(area);
    h.field(structures);
}

/// The consent chosen with → from "not chosen" (1: agreed, 2: undecided, 3: refused), saved.
fn consent_and_save(h: &mut Harness, rights: usize) {
    h.form_focus(PledgeField::Consent);
    for _ in 0..rights {
        h.key(KeyCode::Right);
    }
    h.ctrl('s');
}

fn form_error(h: &Harness) -> String {
    h.form().error.clone().unwrap_or_default()
}

#[test]
fn pledges_typed_by_fragments_with_refusals_a_correction_and_a_removal() {
    let mut h = meeting_with_register(Lang::Vi, true);

    // An item that takes no pledges says so, and opens nothing.
    h.key(KeyCode::Left);
    h.key(KeyCode::Char('w'));
    assert!(h.app.popup().is_none());
    assert!(
        h.message().contains("không nhận đăng ký hiến đất"),
        "{}",
        h.message()
    );
    h.key(KeyCode::Right);
    assert_eq!(h.message(), "", "what was said of item 1 goes with it");
    h.key(KeyCode::Char('w'));
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Pledges { item_no: 2, .. })
    ));

    // By the head's name, accents left out; the area computed from "2,5" × "0.5".
    find(&mut h, "tam", 0);
    measures(&mut h, "2,5", "0.5", "", "cổng sắt");
    assert!(
        h.screen().contains("Diện tích: 2,5 × 0,5 = 1,25 m²"),
        "{}",
        h.screen()
    );
    // Enter on the last field saves, but no consent was chosen: said, nothing saved.
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    assert_eq!(form_error(&h), "Cần chọn Ý kiến hộ.");
    assert_eq!(stored(&h, "27-001"), None);
    consent_and_save(&mut h, 1);
    let tam = stored(&h, "27-001").expect("saved");
    assert_eq!(
        (tam.frontage, tam.depth, tam.area),
        (m("2.5"), m("0,5"), m("1,25"))
    );
    assert_eq!(
        (tam.consent, tam.structures.as_str()),
        (Consent::Agreed, "cổng sắt")
    );
    assert_eq!(h.message(), "Đã lưu đăng ký hiến đất của hộ số 27-001.");

    // By part of the address; the point and the comma read the same; a typed area is kept.
    find(&mut h, "19/6", 0);
    measures(&mut h, "2.5", "0,5", "3", "");
    assert!(
        h.screen().contains("Diện tích: 3 m² (đã nhập)"),
        "{}",
        h.screen()
    );
    consent_and_save(&mut h, 2);
    let lan = stored(&h, "27-004").expect("saved");
    assert_eq!(
        (lan.frontage, lan.depth, lan.area),
        (tam.frontage, tam.depth, m("3"))
    );
    assert_eq!(lan.consent, Consent::Undecided);

    // "hoa" finds Hoa and Hoàng: ↓ picks the second.
    find(&mut h, "hoa", 1);
    assert!(h.form().title.contains("27-005"), "{}", h.form().title);
    // "2,5,3", a negative length, an absurd area: each said by its field, nothing saved.
    measures(&mut h, "6", "2,5,3", "", "tường rào 6 m");
    // Said as soon as the field is left, before any save.
    assert_eq!(
        form_error(&h),
        "Chiều sâu \"2,5,3\" không phải là số như 2,5."
    );
    consent_and_save(&mut h, 3);
    assert_eq!(
        form_error(&h),
        "Chiều sâu \"2,5,3\" không phải là số như 2,5."
    );
    assert_eq!(h.form().focused().label, "Chiều sâu (m)");
    h.form_focus(PledgeField::Frontage);
    h.key(KeyCode::Home);
    h.type_text("-");
    h.ctrl('s');
    assert_eq!(form_error(&h), "Chiều dài \"-6\" là số âm.");
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Delete);
    h.type_text("600");
    h.form_focus(PledgeField::Depth);
    for _ in 0..5 {
        h.key(KeyCode::Backspace);
    }
    h.type_text("2");
    h.ctrl('s');
    assert_eq!(
        form_error(&h),
        "Diện tích hiến quá 1.000 m²: hãy kiểm tra lại chiều dài và chiều sâu."
    );
    assert_eq!(stored(&h, "27-005"), None);
    h.form_focus(PledgeField::Frontage);
    for _ in 0..3 {
        h.key(KeyCode::Backspace);
    }
    h.type_text("6");
    h.form_focus(PledgeField::Depth);
    h.key(KeyCode::Backspace);
    h.type_text("0,6");
    h.ctrl('s');
    let dung = stored(&h, "27-005").expect("saved once right");
    assert_eq!((dung.area, dung.consent), (m("3,6"), Consent::Refused));

    // The list is in the register's order; the totals under it.
    let screen = h.screen();
    let rows: Vec<&str> = ["27-001", "27-004", "27-005"]
        .iter()
        .map(|no| screen.find(no).map(|at| &screen[at..at + 6]).unwrap())
        .collect();
    assert_eq!(rows, ["27-001", "27-004", "27-005"]);
    assert!(screen.find("27-001").unwrap() < screen.find("27-004").unwrap());
    assert!(screen.contains("Đồng ý hiến") && screen.contains("Không đồng ý"));
    assert!(
        screen.contains("3 hộ: 1 đồng ý, 1 chưa đồng ý, 1 không đồng ý · 1,25 m² đồng ý hiến"),
        "{screen}"
    );

    // The household that pledged already: its pledge opens to be corrected.
    find(&mut h, "27-004", 0);
    assert!(
        h.form().title.starts_with("Sửa hiến đất"),
        "{}",
        h.form().title
    );
    assert_eq!(h.form().text(PledgeField::Area), "3");
    h.form_focus(PledgeField::Area);
    h.key(KeyCode::Backspace);
    h.form_focus(PledgeField::Consent);
    h.key(KeyCode::Left); // undecided → agreed
    // A correction asks why, and saves nothing until it is said.
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some("Cần ghi lý do sửa."));
    assert_eq!(stored(&h, "27-004").unwrap().consent, Consent::Undecided);
    h.type_text("Hộ đồng ý sau khi bàn với gia đình");
    h.ctrl('s');
    let lan = stored(&h, "27-004").unwrap();
    assert_eq!((lan.area, lan.consent), (m("1,25"), Consent::Agreed));

    // Enter on the selected row corrects it, filled as saved.
    h.key(KeyCode::Up);
    h.key(KeyCode::Up);
    h.key(KeyCode::Enter);
    assert_eq!(h.form().text(PledgeField::Frontage), "2,5");
    assert_eq!(
        h.form().text(PledgeField::Area),
        "",
        "a computed area stays computed"
    );
    h.form_focus(PledgeField::Depth);
    h.key(KeyCode::Backspace);
    h.type_text("6");
    h.form_focus(PledgeField::Reason);
    h.type_text("Đo lại chiều sâu");
    h.ctrl('s');
    assert_eq!(stored(&h, "27-001").unwrap().area, m("1,5"));

    // d asks why; the pledge goes, and what it was stays in the audit log.
    h.key(KeyCode::Down);
    h.key(KeyCode::Down);
    h.key(KeyCode::Char('d'));
    assert!(
        h.form()
            .title
            .starts_with("Xóa đăng ký hiến đất của hộ 27-005"),
        "{}",
        h.form().title
    );
    h.ctrl('s');
    assert_eq!(h.form().error.as_deref(), Some("Cần ghi lý do sửa."));
    assert!(stored(&h, "27-005").is_some());
    h.type_text("Ghi nhầm hộ");
    h.ctrl('s');
    assert_eq!(stored(&h, "27-005"), None);
    let log = h.store().audit_log(id(&h)).unwrap();
    let reasons: Vec<_> = log
        .iter()
        .map(|e| (e.entity.as_str(), e.action.as_str(), e.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("pledge", "correct", "Hộ đồng ý sau khi bàn với gia đình"),
            ("pledge", "correct", "Đo lại chiều sâu"),
            ("pledge", "removed", "Ghi nhầm hộ"),
        ]
    );
    assert_eq!(h.message(), "Đã xóa đăng ký hiến đất của hộ số 27-005.");
    assert_eq!(h.store().pledges(id(&h)).unwrap().len(), 2);

    // The live screen and the chair's: 2 of 2 agree, 1,5 + 1,25 m².
    h.key(KeyCode::Esc);
    assert!(h.app.popup().is_none());
    // The item's history says what each pledge was before, in words.
    h.key(KeyCode::Char('h'));
    let history = h.screen_at(120, 40);
    assert!(
        history.contains("Đăng ký hiến đất của hộ số 27-005, đã xóa"),
        "{history}"
    );
    assert!(history.contains("Lý do: Ghi nhầm hộ"), "{history}");
    assert!(
        history.contains("Đồng ý hiến: Chưa đồng ý → Đồng ý hiến")
            || history.contains("Chưa đồng ý → Đồng ý hiến"),
        "{history}"
    );
    assert!(!history.contains("không đọc được"), "{history}");
    h.key(KeyCode::Esc);
    let live = h.screen_at(80, 24);
    assert!(
        live.contains("Hiến đất: 2/2 hộ đồng ý (100,0%) · 2,75 m²"),
        "{live}"
    );
    h.key(KeyCode::Char('c'));
    assert_eq!(h.app.screen, Screen::Chair);
    let chair = h.screen_at(80, 24);
    assert!(chair.contains("HIẾN ĐẤT"), "{chair}");
    assert!(
        chair.contains("ĐỒNG Ý HIẾN") && chair.contains("KHÔNG ĐỒNG Ý"),
        "{chair}"
    );
    assert!(chair.contains("100,0% số hộ liên quan"), "{chair}");
    assert!(chair.contains("2 hộ liên quan"), "{chair}");
    assert!(chair.contains("Diện tích đồng ý hiến: 2,75 m²"), "{chair}");
}

#[test]
fn a_household_typed_with_its_accents_is_found_as_at_the_door() {
    let mut h = meeting_with_register(Lang::Vi, true);
    h.key(KeyCode::Char('w'));
    // "hoà" is in Hoàng Văn Dũng's name as typed; Trần Thị Hoa comes first without accents.
    find(&mut h, "hoà", 0);
    assert!(h.form().title.contains("27-005"), "{}", h.form().title);
    h.key(KeyCode::Esc);
    find(&mut h, "hoa", 0);
    assert!(h.form().title.contains("27-002"), "{}", h.form().title);
}

#[test]
fn after_a_vote_the_chair_shows_the_pledges_under_it() {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open(&db_in(dir.path())).unwrap();
        let id = add_meeting(&mut store, &["Các hộ hiến đất, lùi cổng"]);
        store.set_register(id, &register()).unwrap();
        store.set_takes_pledges(id, 1, true).unwrap();
        let (frontage, depth) = (m("5"), m("0,5"));
        for (no, consent) in [("27-002", Consent::Agreed), ("27-003", Consent::Refused)] {
            let pledge = Pledge {
                item_no: 1,
                household_no: no.into(),
                frontage,
                depth,
                area: Pledge::area_of(frontage, depth, None),
                structures: String::new(),
                consent,
                note: String::new(),
                recorded_at: t("2022-06-12T08:00:00+07:00"),
            };
            store.save_pledge(id, &pledge).unwrap();
        }
        let counts = VoteCounts {
            households_total: 6,
            ..VoteCounts::default()
        };
        store
            .add_vote(id, 1, counts, ALL_HALF, t("2022-06-12T08:10:00+07:00"))
            .unwrap();
    }
    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('c'));
    let chair = h.screen_at(80, 24);
    assert!(chair.contains("TÁN THÀNH"), "{chair}");
    assert!(
        chair.contains("2 hộ liên quan · 1 đồng ý hiến · 0 chưa đồng ý · 1 không đồng ý"),
        "{chair}"
    );
    assert!(
        chair.contains("Diện tích đồng ý hiến: 2,5 m² · 50,0% số hộ đồng ý"),
        "{chair}"
    );
}

#[test]
fn a_meeting_without_a_register_says_how_to_get_one() {
    let mut h = meeting_with_register(Lang::En, false);
    h.key(KeyCode::Char('w'));
    let screen = h.screen();
    assert!(screen.contains("hopdan households import"), "{screen}");
    h.key(KeyCode::Char('a'));
    assert!(matches!(h.app.popup(), Some(Popup::Pledges { .. })));
    assert!(h.message().contains("sign-in screen"), "{}", h.message());
}

#[test]
fn the_item_form_marks_an_item_as_taking_pledges_and_keeps_the_mark_while_it_has_some() {
    let mut h = meeting_with_register(Lang::Vi, true);
    h.key(KeyCode::Char('i'));
    h.field("Lùi tường rào đoạn cuối kiệt");
    // Tab past the description (↓ moves within its lines) and the rule.
    h.keys(&[KeyCode::Tab; 3]);
    assert_eq!(h.form().focused_name(), Some(AgendaItemField::TakesPledges));
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter);
    let agenda = h.store().agenda(id(&h)).unwrap();
    assert!(agenda[2].takes_pledges, "{agenda:?}");
    assert!(!agenda[0].takes_pledges);

    // Item 2 has a pledge: the correction that takes the mark off is refused, nothing saved.
    h.key(KeyCode::Left);
    h.key(KeyCode::Char('w'));
    find(&mut h, "mai", 0);
    measures(&mut h, "4", "0,5", "", "");
    consent_and_save(&mut h, 1);
    h.key(KeyCode::Esc);
    h.app.live.as_mut().unwrap().focus = hopdan::tui::app::Pane::Agenda;
    h.key(KeyCode::Char('r'));
    h.type_text(" (sửa)");
    h.keys(&[KeyCode::Tab; 4]);
    assert_eq!(h.form().focused_name(), Some(AgendaItemField::TakesPledges));
    h.key(KeyCode::Left);
    h.key(KeyCode::Tab);
    h.type_text("gõ nhầm");
    h.ctrl('s');
    assert_eq!(
        h.form().error.as_deref(),
        Some("Nội dung 2 đã có hộ đăng ký hiến đất nên vẫn là nội dung hiến đất.")
    );
    let item = &h.store().agenda(id(&h)).unwrap()[1];
    assert!(item.takes_pledges);
    assert_eq!(item.title, "Các hộ hiến đất, lùi cổng");
}

/// Three pledges on item 2, one of each consent.
fn with_three_pledges(lang: Lang) -> Harness {
    let mut h = meeting_with_register(lang, true);
    h.key(KeyCode::Char('w'));
    find(&mut h, "27-001", 0);
    measures(&mut h, "12,5", "0,6", "", "cổng, tường rào 4 m");
    consent_and_save(&mut h, 1);
    find(&mut h, "lan", 0);
    measures(&mut h, "5", "0.5", "", "");
    consent_and_save(&mut h, 2);
    find(&mut h, "dung", 0);
    measures(&mut h, "6", "0,6", "", "nhà cấp 4");
    consent_and_save(&mut h, 3);
    h.app.message = None;
    h
}

#[test]
fn snapshot_pledges_popup_and_chair_in_both_languages() {
    for (lang, code) in [(Lang::Vi, "vi"), (Lang::En, "en")] {
        let mut h = with_three_pledges(lang);
        assert_screens!(format!("pledges_{code}"), &h);
        h.key(KeyCode::Char('a'));
        h.type_text("phu loc");
        h.key(KeyCode::Down);
        assert_screens!(format!("pledges_find_{code}"), &h);
        h.key(KeyCode::Enter);
        h.type_text("2,5");
        h.key(KeyCode::Enter);
        h.type_text("0,5");
        assert_screens!(format!("pledge_form_{code}"), &h);
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('y'));
        h.key(KeyCode::Esc);
        assert!(h.app.popup().is_none(), "{:?}", h.app.popup());
        assert_screens!(format!("live_pledges_{code}"), &h);
        h.key(KeyCode::Char('c'));
        assert_screens!(format!("chair_pledges_{code}"), &h);
    }
}

#[test]
fn snapshot_show_with_pledges() {
    let h = with_three_pledges(Lang::Vi);
    let store = Store::open_read_only(&h.db()).unwrap();
    let mut show = Show::new(
        store,
        Box::new(h.clock.clone()),
        Lang::Vi,
        Theme::new(false),
        None,
    );
    show.refresh();
    let screen = show.screen_at(80, 24);
    assert!(screen.contains("HIẾN ĐẤT"), "{screen}");
    assert!(screen.contains("3 hộ liên quan"), "{screen}");
    assert!(screen.contains("33,3% số hộ liên quan"), "{screen}");
    assert_screens!("show_pledges_vi", &show);
}

#[test]
fn the_pledges_of_a_closed_meeting_are_read_only() {
    let h = with_three_pledges(Lang::Vi);
    let id = id(&h);
    let dir = h.quit();
    Store::open(&db_in(dir.path()))
        .unwrap()
        .close_meeting(id, t("2022-06-12T10:00:00+07:00"))
        .unwrap();
    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Right);
    h.key(KeyCode::Char('w'));
    assert!(matches!(h.app.popup(), Some(Popup::Pledges { .. })));
    assert_eq!(h.key_bar(), "↑↓ chọn  Esc đóng");
    for key in ['a', 'd'] {
        h.key(KeyCode::Char(key));
        assert!(
            matches!(h.app.popup(), Some(Popup::Pledges { .. })),
            "{key}"
        );
        assert!(h.message().contains("đã kết thúc"), "{}", h.message());
    }
    h.key(KeyCode::Enter);
    assert!(matches!(h.app.popup(), Some(Popup::Pledges { .. })));
    assert_eq!(h.store().pledges(id).unwrap().len(), 3);
}

#[test]
fn an_item_with_no_pledge_yet_says_so_on_the_chair_board() {
    let mut h = meeting_with_register(Lang::Vi, true);
    h.key(KeyCode::Char('c'));
    let chair = h.screen_at(80, 24);
    assert!(
        chair.contains("Chưa có hộ nào đăng ký hiến đất cho nội dung này."),
        "{chair}"
    );
    assert!(!chair.contains("ĐỒNG Ý HIẾN"), "{chair}");
}

#[test]
fn the_history_tells_a_household_moved_away_from_the_one_added_again_under_its_number() {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open(&db_in(dir.path())).unwrap();
        let id = add_meeting(&mut store, &["Mở rộng kiệt lên 3 m"]);
        store.set_register(id, &register()).unwrap();
        let at = t("2022-06-12T07:40:00+07:00");
        store
            .mark_moved_away(id, "27-003", at, "Đã bán nhà, chuyển đi")
            .unwrap();
        store
            .add_household(id, &household("27-003", "K19/4 Phú Lộc 10", "Đỗ Văn Nam"))
            .unwrap();
        store
            .correct_household(
                id,
                "27-003",
                &household("27-003", "K19/4 Phú Lộc 10", "Đỗ Văn Năm"),
                at,
                "Sai dấu",
            )
            .unwrap();
    }
    let mut h = Harness::on(dir, Lang::Vi);
    h.open_first_meeting();
    h.key(KeyCode::Char('h'));
    let history = h.screen_at(120, 40);
    assert!(history.contains("Hộ số 27-003 chuyển đi"), "{history}");
    // The household that left is said as it was, not as changed into the one added later.
    assert!(history.contains("Chủ hộ: Lê Văn Hùng"), "{history}");
    assert!(!history.contains("Lê Văn Hùng →"), "{history}");
    // The one added again was corrected: old → new.
    assert!(
        history.contains("Chủ hộ: Đỗ Văn Nam → Đỗ Văn Năm"),
        "{history}"
    );
}
