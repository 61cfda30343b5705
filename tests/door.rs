//! The sign-in at the door and the register in the app (SPEC §9, §10), driven by keys: the
//! households found by what is typed, signed in, represented, signed out; presence and quorum
//! on screen and in the store; speakers picked from the register.

mod common;

use crossterm::event::KeyCode;

use hopdan::domain::{Household, MeetingId, Standing};
use hopdan::i18n::Lang;
use hopdan::tui::app::{FormKind, Popup, Screen};
use hopdan::tui::form::fields::{HouseholdField, MeetingField, VoteField};

use common::{Draw, Drive, Harness, add_meeting, assert_screens, household};

fn register() -> Vec<Household> {
    vec![
        household("27-001", "K19/2 Phú Lộc 10", "Lê Văn Hùng"),
        household("27-002", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám"),
        household("27-003", "K19/14 Phú Lộc 10", "Trần Thị Tâm"),
        household("27-004", "K21/1 Phú Lộc 10", "Phạm Minh Tuấn"),
        household("27-005", "K21/3 Phú Lộc 10", "Đặng Thị Lan"),
        household("27-006", "K23/9 Phú Lộc 10", "Hoàng Văn Nam"),
    ]
}

/// The app with an open meeting of six households, on its live screen.
fn meeting_with_register(lang: Lang) -> (Harness, MeetingId) {
    let mut h = Harness::new(lang);
    let id = add_meeting(&mut h.app.store, &["Mở rộng kiệt lên 3 m"]);
    h.app.store.set_register(id, &register()).unwrap();
    h.app.open_meeting(id);
    h.app.screen = Screen::Live;
    h.app.message = None;
    (h, id)
}

/// Types into the search line and signs in the household selected.
fn sign_in(h: &mut Harness, typed: &str) {
    h.type_text(typed);
    h.key(KeyCode::Enter);
    h.clock.advance(60);
}

fn present_in_store(h: &Harness, id: MeetingId) -> (u32, u32) {
    let meeting = h.store().meeting(id).unwrap();
    (meeting.households_present, meeting.households_total)
}

#[test]
fn households_sign_in_by_a_part_of_their_name_address_or_number() {
    let (mut h, id) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('b'));
    assert_eq!(h.app.screen, Screen::SignIn);
    // Nothing typed: the whole register in its order.
    let screen = h.screen();
    assert!(
        screen.contains("27-001") && screen.contains("27-006"),
        "{screen}"
    );
    let selected = |h: &Harness| {
        let door = &h.app.live.as_ref().unwrap().door;
        door.selected_household().unwrap().household_no.clone()
    };
    h.key(KeyCode::PageDown);
    assert_eq!(selected(&h), "27-006");
    h.key(KeyCode::PageUp);
    assert_eq!(selected(&h), "27-001");

    // "tam" finds Tám and Tâm; ↓ picks the second.
    h.type_text("tam");
    let screen = h.screen();
    assert!(!screen.contains("Lê Văn Hùng"), "{screen}");
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    h.clock.advance(60);
    assert_eq!(
        h.message(),
        "Hộ số 27-003 đã điểm danh lúc 8:00: Trần Thị Tâm."
    );
    // The search line is empty again: the next household is typed at once.
    assert_eq!(h.app.live.as_ref().unwrap().door.typed(), "");

    sign_in(&mut h, "19/4");
    assert_eq!(
        h.message(),
        "Hộ số 27-002 đã điểm danh lúc 8:01: Nguyễn Văn Tám."
    );
    sign_in(&mut h, "27-005");
    assert_eq!(
        h.message(),
        "Hộ số 27-005 đã điểm danh lúc 8:02: Đặng Thị Lan."
    );
    assert_eq!(present_in_store(&h, id), (3, 6));
    let screen = h.screen();
    assert!(
        screen.contains("Có mặt 3/6 hộ (theo điểm danh) · KHÔNG đủ số hộ"),
        "{screen}"
    );

    // A second sign-in is refused, naming when it arrived.
    sign_in(&mut h, "19/4");
    assert_eq!(h.message(), "Hộ số 27-002 đã điểm danh lúc 8:01.");
    assert_eq!(present_in_store(&h, id), (3, 6));

    sign_in(&mut h, "nam");
    let screen = h.screen();
    assert!(
        screen.contains("Có mặt 4/6 hộ (theo điểm danh) · đủ số hộ"),
        "{screen}"
    );

    // A proxy: Tab once is a member sent by the household, twice a proxy, with whose proxy.
    h.type_text("lan");
    h.key(KeyCode::Tab);
    assert!(matches!(h.app.popup(), Some(Popup::Form(..))));
    h.field("Đặng Văn Hải");
    assert_eq!(
        h.message(),
        "Hộ số 27-005: người đại diện là Đặng Văn Hải (thành viên được cử)."
    );
    h.key(KeyCode::Tab); // the name typed before stays; whose proxy is asked
    h.key(KeyCode::Enter); // and required
    assert!(matches!(h.app.popup(), Some(Popup::Form(..))));
    h.field("Bà Đặng Thị Lan, chủ hộ, ốm");
    let lan = h
        .store()
        .attendance(id)
        .unwrap()
        .into_iter()
        .find(|a| a.household_no == "27-005")
        .unwrap();
    assert_eq!(lan.standing, Standing::Proxy);
    assert_eq!(lan.representative_name, "Đặng Văn Hải");
    assert_eq!(lan.note, "Bà Đặng Thị Lan, chủ hộ, ốm");
    assert!(h.screen().contains("Đặng Văn Hải (ủy quyền)"));

    // A sign-out, with its time.
    // What was typed is selected after a change: the next letters replace it.
    h.type_text("19/4");
    h.ctrl('o');
    assert_eq!(h.message(), "Hộ số 27-002 ra về lúc 8:05.");
    assert_eq!(present_in_store(&h, id), (3, 6));
    assert!(h.screen().contains("8:01 · ra về 8:05"));

    // A sign-in by mistake is taken back.
    h.type_text("nam");
    h.ctrl('z');
    assert_eq!(h.message(), "Đã hủy điểm danh hộ số 27-006.");
    assert_eq!(present_in_store(&h, id), (2, 6));

    // Back on the live screen, presence follows the list: + and - say so.
    h.key(KeyCode::Esc);
    assert_eq!(h.app.screen, Screen::Live);
    assert!(h.screen().contains("Có mặt 2/6 hộ (theo điểm danh)"));
    h.key(KeyCode::Char('+'));
    assert_eq!(
        h.message(),
        "Số hộ có mặt được đếm theo danh sách điểm danh, không sửa tay được."
    );
    h.key(KeyCode::Char('p'));
    assert!(h.app.popup().is_none());
    assert_eq!(
        h.message(),
        "Số hộ có mặt được đếm theo danh sách điểm danh, không sửa tay được."
    );
    assert_eq!(present_in_store(&h, id), (2, 6));
}

#[test]
fn a_sign_in_counted_by_a_vote_is_not_taken_back() {
    let (mut h, id) = meeting_with_register(Lang::En);
    h.key(KeyCode::Char('b'));
    sign_in(&mut h, "tuan");
    assert_eq!(
        h.message(),
        "Household 27-004 signed in at 8:00: Phạm Minh Tuấn."
    );
    let at = h.app.clock.now();
    h.app
        .store
        .add_vote(
            id,
            1,
            hopdan::domain::VoteCounts {
                households_total: 6,
                ..common::counts(1, 1, 0, 0)
            },
            common::ALL_HALF,
            at,
        )
        .unwrap();
    h.type_text("tuan");
    h.ctrl('z');
    assert_eq!(
        h.message(),
        "A vote counted household 27-004 as present, so its sign-in cannot be taken back."
    );
    assert_eq!(present_in_store(&h, id), (1, 6));
}

#[test]
fn a_household_is_added_corrected_and_marked_as_moved_away() {
    let (mut h, id) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('b'));
    h.ctrl('n');
    // The number after the register's last is offered; the address is asked first.
    assert_eq!(h.form().text(HouseholdField::Number), "27-007");
    h.field("K25/2 Phú Lộc 10");
    h.field("Võ Thị Hoa");
    h.field("3");
    h.field("0905 111 222");
    h.field("");
    assert_eq!(h.message(), "Đã thêm hộ số 27-007.");
    assert_eq!(present_in_store(&h, id), (0, 7));

    h.type_text("thi hoa");
    h.ctrl('e');
    // The address is focused; corrected, then the reason.
    for _ in 0.."K25/2 Phú Lộc 10".chars().count() {
        h.key(KeyCode::Backspace);
    }
    h.field("K25/4 Phú Lộc 10");
    for _ in 0..4 {
        h.key(KeyCode::Enter);
    }
    h.field("Ghi nhầm số nhà");
    assert_eq!(h.message(), "Đã sửa hộ số 27-007.");
    let households = h.store().households(id).unwrap();
    assert_eq!(households[6].address, "K25/4 Phú Lộc 10");

    h.ctrl('d');
    h.field("Chuyển vào Nam từ tháng 5");
    assert_eq!(h.message(), "Hộ số 27-007 đã được đánh dấu chuyển đi.");
    assert_eq!(present_in_store(&h, id), (0, 6));

    // One who signed in stays in the register: the store's sentence says why.
    sign_in(&mut h, "hung");
    h.type_text("hung");
    h.ctrl('d');
    h.field("Chuyển đi");
    let form = h.form();
    assert_eq!(
        form.error.as_deref(),
        Some("Hộ số 27-001 đã điểm danh hoặc đăng ký hiến đất nên không đánh dấu chuyển đi được.")
    );
}

#[test]
fn a_register_is_read_from_a_file_or_offered_from_the_groups_last_meeting() {
    let mut h = Harness::new(Lang::Vi);
    let earlier = add_meeting(&mut h.app.store, &["Mở rộng kiệt lên 3 m"]);
    let id = add_meeting(&mut h.app.store, &["Hiến đất"]);
    let path = h.dir.path().join("ho.csv");
    // A group's own list, as Excel saves it in the Vietnamese locale: ';' between cells.
    std::fs::write(
        &path,
        "Số hộ;Địa chỉ;Chủ hộ;Số nhân khẩu;Ghi chú 2\n\
         1;K19/2 Phú Lộc 10;Lê Văn Hùng;4;x\n\
         ;;;;\n\
         2;K19/4 Phú Lộc 10;Nguyễn Văn Tám;;\n",
    )
    .unwrap();
    h.app.open_meeting(earlier);
    h.key(KeyCode::Char('b'));
    assert!(h.screen().contains("Cuộc họp chưa có danh sách hộ."));
    // A number given twice: a sentence naming the lines, and nothing saved.
    let twice = h.dir.path().join("trung.csv");
    std::fs::write(
        &twice,
        "household_no,address,head_name\n2,K19/4,Tám\n2,K19/4,Tám\n",
    )
    .unwrap();
    h.ctrl('f');
    h.field("trung.csv");
    let refused = h.form().error.clone().unwrap_or_default();
    assert!(
        refused.contains("dòng 3") || refused.contains("Dòng 3"),
        "{refused}"
    );
    assert_eq!(h.store().households(earlier).unwrap(), []);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    h.ctrl('f');
    h.field("ho.csv");
    let said = h.message();
    assert!(said.starts_with("Đã lưu danh sách 2 hộ."), "{said}");
    assert!(said.contains("Ghi chú 2"), "{said}");
    assert_eq!(present_in_store(&h, earlier), (0, 2));

    // The next meeting of the group is offered that register when its sign-in opens.
    h.app.open_meeting(id);
    h.key(KeyCode::Char('b'));
    let Some(Popup::Confirm { question, .. }) = h.app.popup() else {
        panic!("no question");
    };
    assert_eq!(
        question,
        "Dùng danh sách 2 hộ của cuộc họp ngày 12/06/2022?"
    );
    h.key(KeyCode::Char('y'));
    assert_eq!(h.message(), "Đã lưu danh sách 2 hộ.");
    assert_eq!(h.store().households(id).unwrap().len(), 2);
    assert!(h.screen().contains("Nguyễn Văn Tám"));
}

#[test]
fn a_speaker_is_picked_from_the_register_by_name_or_address() {
    let (mut h, id) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('a'));
    h.type_text("21/1");
    let screen = h.screen();
    assert!(screen.contains("Phạm Minh Tuấn"), "{screen}");
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter); // fills in the name and the address
    h.key(KeyCode::Enter); // adds the speaker
    let queue = h.store().queue(id).unwrap();
    assert_eq!(queue[0].speaker.name, "Phạm Minh Tuấn");
    assert_eq!(queue[0].speaker.address, "K21/1 Phú Lộc 10");

    // An official is typed as before; the opinions pane says they are not of the group.
    h.key(KeyCode::Char('n')); // Phạm Minh Tuấn has the floor
    h.type_text("Đồng ý mở rộng kiệt.");
    h.save_opinion();
    h.floor("Nguyễn Văn Bình", "Phó Chủ tịch UBND phường");
    h.type_text("Phường sẽ hỗ trợ kinh phí.");
    h.save_opinion();
    let screen = h.screen();
    assert!(screen.contains("Nguyễn Văn Bình (ngoài tổ)"), "{screen}");
    assert!(!screen.contains("Phạm Minh Tuấn (ngoài tổ)"), "{screen}");
}

#[test]
fn a_name_typed_with_its_accents_offers_the_one_written_so_first_in_the_speaker_form() {
    let (mut h, id) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('a'));
    h.type_text("tâm");
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter); // fills in the first one offered
    h.key(KeyCode::Enter); // adds the speaker
    let queue = h.store().queue(id).unwrap();
    assert_eq!(queue[0].speaker.name, "Trần Thị Tâm");
    assert_eq!(queue[0].speaker.address, "K19/14 Phú Lộc 10");
}

#[test]
fn the_sign_in_screen_is_drawn_at_80x24_and_160x48() {
    for (lang, name) in [(Lang::Vi, "sign_in_vi"), (Lang::En, "sign_in_en")] {
        let (mut h, _) = meeting_with_register(lang);
        h.key(KeyCode::Char('b'));
        sign_in(&mut h, "tam");
        sign_in(&mut h, "27-005");
        h.type_text("lan");
        h.key(KeyCode::Tab);
        h.field("Đặng Văn Hải");
        h.key(KeyCode::Tab);
        h.field("Bà Lan, chủ hộ");
        sign_in(&mut h, "nam");
        h.type_text("nam");
        h.ctrl('o');
        h.key(KeyCode::Backspace); // the whole register again
        assert_screens!(name, &h);
    }
    // Too small a window says so, as every screen does.
    let (mut h, _) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('b'));
    let screen = h.screen_at(60, 20);
    assert!(
        screen.contains(
            Lang::Vi
                .strings()
                .window_too_small
                .split(' ')
                .next()
                .unwrap()
        )
    );
}

#[test]
fn a_name_typed_with_its_accents_finds_those_written_so_first() {
    let (mut h, _) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('b'));
    h.type_text("tâm");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.message(),
        "Hộ số 27-003 đã điểm danh lúc 8:00: Trần Thị Tâm."
    );
    // The household just signed in stays selected: Tab says who came for it.
    h.key(KeyCode::Tab);
    assert_eq!(
        h.form().title,
        "Người đại diện hộ số 27-003 · thành viên được cử"
    );
    h.key(KeyCode::Esc);
    // Without accents, the register's order.
    h.type_text("tam");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.message(),
        "Hộ số 27-002 đã điểm danh lúc 8:00: Nguyễn Văn Tám."
    );
    // Typed with Telex, as the secretary types it.
    h.ctrl('t');
    h.type_text("ddawngj");
    let door = &h.app.live.as_ref().unwrap().door;
    assert_eq!(door.typed(), "đặng");
    assert_eq!(door.selected_household().unwrap().head_name, "Đặng Thị Lan");
}

/// Opens the new meeting's form and types its header up to the group, `group`.
fn new_meeting_of(h: &mut Harness, group: &str) {
    h.key(KeyCode::Char('n'));
    h.field("Về việc lắp đèn chiếu sáng kiệt 19 Phú Lộc 10");
    h.field("Phường Thanh Khê Tây");
    h.type_text(group);
}

/// The rest of the new meeting's header, after the group, up to the field after the secretary.
fn rest_of_the_header(h: &mut Harness) {
    h.key(KeyCode::Enter);
    h.field("Nhà văn hóa tổ 27");
    h.key(KeyCode::Enter); // start time prefilled from the clock
    h.field("Trần Văn Bình");
    h.field("Tổ trưởng tổ dân phố");
    h.field("Lê Thị Hạnh");
}

/// Whether the new meeting's form shows the choice of the register, and the counts.
fn shown(h: &Harness) -> (bool, bool, bool) {
    let form = h.form();
    (
        !form.is_hidden(MeetingField::Register),
        !form.is_hidden(MeetingField::HouseholdsTotal),
        !form.is_hidden(MeetingField::HouseholdsPresent),
    )
}

#[test]
fn a_new_meeting_of_a_group_with_a_register_takes_its_households_from_it() {
    let mut h = Harness::new(Lang::Vi);
    let earlier = add_meeting(&mut h.app.store, &[]);
    h.app.store.set_register(earlier, &register()).unwrap();
    // A group without a register: the form as for any meeting.
    new_meeting_of(&mut h, "Tổ dân phố 2");
    assert_eq!(shown(&h), (false, true, true));
    assert!(h.screen().contains("Tổng số hộ*"), "{}", h.screen());
    // The group of the earlier meeting: its register gives the households.
    h.type_text("7");
    assert_eq!(shown(&h), (true, false, false));
    let screen = h.screen();
    assert!(
        screen.contains("Số hộ") && screen.contains("◀ theo danh sách của tổ (6 hộ) ▶"),
        "{screen}"
    );
    assert!(!screen.contains("Tổng số hộ"), "{screen}");
    rest_of_the_header(&mut h);
    // The choice, then the minutes per speaker: no number of households to type.
    assert_eq!(h.form().focused_name(), Some(MeetingField::Register));
    h.key(KeyCode::Enter);
    assert_eq!(h.form().focused_name(), Some(MeetingField::SpeakingLimit));
    insta::assert_snapshot!(
        "new_meeting_from_register_vi_80x24",
        h.draw(80, 24).backend()
    );
    h.field("4");
    let id = h.meeting_id();
    assert_ne!(id, earlier);
    assert_eq!(h.message(), "Đã tạo cuộc họp với danh sách 6 hộ của tổ.");
    assert_eq!(h.store().households(id).unwrap(), register());
    assert_eq!(present_in_store(&h, id), (0, 6));
    assert_eq!(h.store().speaking_limit(id).unwrap().seconds(), 240);
    // Then the agenda, as for every new meeting; nothing asked twice: the sign-in asks nothing.
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Form(FormKind::AgendaItem, _))
    ));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('b'));
    assert_eq!(h.app.screen, Screen::SignIn);
    assert!(h.app.popup().is_none(), "{}", h.screen());
    assert!(h.screen().contains("Có mặt 0/6 hộ (theo điểm danh)"));
}

#[test]
fn the_new_meeting_form_offers_the_groups_register_in_english() {
    let mut h = Harness::new(Lang::En);
    let earlier = add_meeting(&mut h.app.store, &[]);
    h.app.store.set_register(earlier, &register()).unwrap();
    new_meeting_of(&mut h, "Tổ dân phố 27");
    rest_of_the_header(&mut h);
    insta::assert_snapshot!(
        "new_meeting_from_register_en_80x24",
        h.draw(80, 24).backend()
    );
}

#[test]
fn a_secretary_who_declines_the_groups_register_types_the_households() {
    let mut h = Harness::new(Lang::Vi);
    let earlier = add_meeting(&mut h.app.store, &[]);
    h.app.store.set_register(earlier, &register()).unwrap();
    new_meeting_of(&mut h, "Tổ dân phố 27");
    rest_of_the_header(&mut h);
    h.key(KeyCode::Right);
    assert_eq!(shown(&h), (true, true, true));
    let screen = h.screen();
    assert!(screen.contains("◀ nhập tay ▶"), "{screen}");
    assert!(screen.contains("Tổng số hộ*"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(h.form().focused_name(), Some(MeetingField::HouseholdsTotal));
    h.field("55");
    h.field("0");
    h.field("4");
    let id = h.meeting_id();
    assert_eq!(h.message(), "Đã tạo cuộc họp.");
    assert_eq!(h.store().households(id).unwrap(), []);
    assert_eq!(present_in_store(&h, id), (0, 55));
    // Declined once: neither the new meeting nor its sign-in asks again.
    assert!(matches!(
        h.app.popup(),
        Some(Popup::Form(FormKind::AgendaItem, _))
    ));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('b'));
    assert!(h.app.popup().is_none(), "{}", h.screen());
    assert!(h.screen().contains("Cuộc họp chưa có danh sách hộ."));
}

#[test]
fn the_register_chosen_in_the_new_meeting_form_comes_back_with_its_draft() {
    let mut h = Harness::new(Lang::Vi);
    let earlier = add_meeting(&mut h.app.store, &[]);
    h.app.store.set_register(earlier, &register()).unwrap();
    new_meeting_of(&mut h, "Tổ dân phố 27");
    rest_of_the_header(&mut h);
    h.key(KeyCode::Right);
    h.key(KeyCode::Enter);
    h.type_text("55");
    let mut h = Harness::on(h.crash(), Lang::Vi);
    h.key(KeyCode::Char('n'));
    assert!(h.says_restored(), "{}", h.message());
    assert_eq!(h.form().choice(MeetingField::Register), 1);
    assert_eq!(shown(&h), (true, true, true));
    assert_eq!(h.form().text(MeetingField::HouseholdsTotal), "55");
}

#[test]
fn with_a_register_the_vote_takes_the_households_present_from_the_sign_in() {
    let (mut h, id) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('b'));
    for typed in ["27-001", "27-002", "27-003", "27-004"] {
        sign_in(&mut h, typed);
    }
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('v'));
    let screen = h.screen();
    let line = screen
        .lines()
        .find(|line| line.contains("Số hộ có mặt"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(line.contains(" 4 (theo điểm danh) "), "{line}");
    assert!(!line.contains('*'), "{line}");
    // The focus never stops on it: ↑ from the first hand count goes round to the last.
    assert_eq!(h.form().focused_name(), Some(VoteField::For));
    h.key(KeyCode::Up);
    assert_eq!(h.form().focused_name(), Some(VoteField::Abstain));
    for _ in 0..4 {
        h.key(KeyCode::Down);
        assert_ne!(h.form().focused_name(), Some(VoteField::HouseholdsPresent));
    }
    h.form_focus(VoteField::For);
    h.field("3");
    h.field("1");
    h.field("0");
    let votes = h.store().votes(id, 1).unwrap();
    assert_eq!(votes.len(), 1, "{}", h.screen());
    assert_eq!(votes[0].counts.households_present, 4);
    // The correction of that vote shows what the list counted then, as given too.
    h.key(KeyCode::Char('s'));
    assert_eq!(h.form().text(VoteField::HouseholdsPresent), "4");
    assert!(h.form().fields[0].given.is_some());
}

#[test]
fn a_household_that_left_before_a_vote_signs_in_again_at_the_door() {
    let (mut h, id) = meeting_with_register(Lang::Vi);
    h.key(KeyCode::Char('b'));
    sign_in(&mut h, "27-005");
    sign_in(&mut h, "27-006");
    h.type_text("27-005");
    h.ctrl('o');
    assert_eq!(present_in_store(&h, id), (1, 6));
    // The chair calls a vote while the household is out: it counts one present.
    let mut one = hopdan::domain::VoteCounts {
        households_total: 6,
        households_present: 1,
        votes_for: 1,
        votes_against: 0,
        votes_abstain: 0,
    };
    h.clock.advance(60);
    let voted_at = h.app.clock.now();
    h.app
        .store
        .add_vote(id, 1, one, common::ALL_HALF, voted_at)
        .unwrap();
    h.clock.advance(300);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('b'));
    sign_in(&mut h, "27-005");
    assert!(
        h.message().starts_with("Hộ số 27-005 đã điểm danh lúc"),
        "{}",
        h.message()
    );
    assert_eq!(present_in_store(&h, id), (2, 6));
    assert!(
        h.screen().contains("2/6 hộ (theo điểm danh)"),
        "{}",
        h.screen()
    );
    // Two stays in the list; the vote still counts what it counted, the next counts two.
    let record = h.store().load_record(id).unwrap();
    let stays = record
        .attendance
        .iter()
        .filter(|a| a.household_no == "27-005")
        .count();
    assert_eq!(stays, 2);
    assert_eq!(hopdan::domain::present_at(&record.attendance, voted_at), 1);
    one.households_present = 2;
    one.votes_for = 2;
    let next = h.app.clock.now();
    h.app
        .store
        .add_vote(id, 1, one, common::ALL_HALF, next)
        .unwrap();
}
