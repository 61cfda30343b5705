//! Vietnamese typing that always works: the built-in Telex and VNI input methods in every text
//! field, the Backspace bytes and bursts that system input methods send, and decomposed (NFD)
//! text, typed or pasted. Keys are fed as the terminal delivers them; the store is checked.

mod common;

use crossterm::event::{Event, KeyCode};

use hopdan::domain::Stance;
use hopdan::i18n::Lang;
use hopdan::tui::app::Popup;
use hopdan::tui::typing::TypingMode;

use common::{Drive, Harness, assert_screens};

/// "Đồng ý mở rộng kiệt" with every mark decomposed, as macOS puts it on the clipboard.
const NFD_SENTENCE: &str =
    "Đo\u{302}\u{300}ng y\u{301} mo\u{31b}\u{309} ro\u{302}\u{323}ng kie\u{302}\u{323}t";
const SENTENCE: &str = "Đồng ý mở rộng kiệt";

// ----- The built-in input methods -----

#[test]
fn telex_types_the_sentence_and_the_store_keeps_it() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Nguyễn Văn Hùng", "");
    assert!(h.key_bar().ends_with("Ctrl+T gõ: tắt"), "{}", h.key_bar());
    h.ctrl('t');
    assert_eq!(h.app.typing.mode(), TypingMode::Telex);
    assert!(h.key_bar().ends_with("Ctrl+T gõ: Telex"), "{}", h.key_bar());
    h.terminal_bytes("Ddoofng ys mowr roongj kieetj");
    assert_eq!(h.editor_text(), SENTENCE);
    assert_eq!(h.save_opinion(), SENTENCE);
}

#[test]
fn the_input_method_chosen_is_the_one_the_app_starts_with() {
    let mut h = Harness::new(Lang::Vi);
    assert_eq!(h.app.typing.mode(), TypingMode::Off);
    h.ctrl('t');
    assert_eq!(h.app.typing.mode(), TypingMode::Telex);

    let mut h = Harness::on(h.quit(), Lang::Vi);
    assert_eq!(h.app.typing.mode(), TypingMode::Telex);
    h.ctrl('t');
    let h = Harness::on(h.crash(), Lang::Vi);
    assert_eq!(h.app.typing.mode(), TypingMode::Vni);
    assert!(h.key_bar().ends_with("Ctrl+T gõ: VNI"), "{}", h.key_bar());
}

#[test]
fn vni_types_the_same_sentence() {
    let mut h = Harness::sample(Lang::En);
    h.floor("Nguyễn Văn Hùng", "");
    h.ctrl('t');
    h.ctrl('t');
    assert_eq!(h.app.typing.mode(), TypingMode::Vni);
    assert!(
        h.key_bar().ends_with("Ctrl+T typing: VNI"),
        "{}",
        h.key_bar()
    );
    h.terminal_bytes("D9o62ng y1 mo73 ro65ng kie65t");
    assert_eq!(h.save_opinion(), SENTENCE);
    h.ctrl('t');
    assert_eq!(h.app.typing.mode(), TypingMode::Off);
}

#[test]
fn with_the_mode_off_names_and_english_words_are_untouched() {
    let mut h = Harness::sample(Lang::Vi);
    assert_eq!(h.app.typing.mode(), TypingMode::Off);
    h.key(KeyCode::Char('a'));
    h.terminal_bytes("John Wesson\rwww.example.com\r");
    let queue = h.store().queue(h.meeting_id()).unwrap();
    let added = &queue.last().unwrap().speaker;
    assert_eq!(
        (added.name.as_str(), added.address.as_str()),
        ("John Wesson", "www.example.com")
    );
    h.key(KeyCode::Char('n')); // John has the floor
    assert!(matches!(h.app.popup(), Some(Popup::Editor(_))));
    h.terminal_bytes("Ddoofng ys, class case mass D9o62ng");
    assert_eq!(h.save_opinion(), "Ddoofng ys, class case mass D9o62ng");
}

#[test]
fn every_form_field_takes_telex_and_counts_stay_numbers() {
    let mut h = Harness::sample_without_register(Lang::Vi);
    let id = h.meeting_id();
    h.ctrl('t'); // on the live screen: the mode shows there too
    assert!(h.key_bar().ends_with("Ctrl+T gõ: Telex"), "{}", h.key_bar());
    h.key(KeyCode::Char('a'));
    h.terminal_bytes("Nguyeenx Thij Hoaf\r");
    h.ctrl('t'); // VNI for the address, with its house number
    h.terminal_bytes("K19/4 Phu1 Lo65c 10, to63 27\r");
    let queue = h.store().queue(id).unwrap();
    let added = &queue.last().unwrap().speaker;
    assert_eq!(added.name, "Nguyễn Thị Hòa");
    assert_eq!(added.address, "K19/4 Phú Lộc 10, tổ 27");

    // Counts in VNI and in Telex: digits are digits, letters do nothing.
    h.key(KeyCode::Char('v'));
    h.terminal_bytes("31\r");
    h.ctrl('t');
    h.ctrl('t'); // Telex
    h.terminal_bytes("5s\r2\r");
    let vote = h.store().votes(id, 1).unwrap().pop().unwrap();
    assert_eq!(
        (
            vote.counts.votes_for,
            vote.counts.votes_against,
            vote.counts.votes_abstain
        ),
        (31, 5, 2)
    );
}

#[test]
fn names_in_capitals_keep_their_tones_in_place() {
    let mut h = Harness::sample(Lang::Vi);
    let id = h.meeting_id();
    h.ctrl('t');
    h.key(KeyCode::Char('a'));
    h.terminal_bytes("NGUYEENX THUWS\rKHUYEENS HUYEENJ THUOWR\r");
    h.key(KeyCode::Char('a'));
    h.ctrl('t'); // VNI
    h.terminal_bytes("NguYE6N4 Thi5\rTO63 3\r");
    let queue = h.store().queue(id).unwrap();
    let speakers: Vec<_> = queue
        .iter()
        .rev()
        .take(2)
        .map(|entry| (entry.speaker.name.as_str(), entry.speaker.address.as_str()))
        .collect();
    assert_eq!(
        speakers,
        [("NguYỄN Thị", "TỔ 3"), ("NGUYỄN THỨ", "KHUYẾN HUYỆN THUỞ")]
    );
}

#[test]
fn backspace_in_telex_removes_a_letter_and_typing_goes_on() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Trần Văn Ba", "");
    h.ctrl('t');
    h.terminal_bytes("tieengs");
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    assert_eq!(h.editor_text(), "tiế");
    h.terminal_bytes("fng");
    assert_eq!(h.editor_text(), "tiềng");
    // An arrow ends the word: what follows starts a new one.
    h.key(KeyCode::Left);
    h.key(KeyCode::Right);
    h.terminal_bytes("s");
    assert_eq!(h.editor_text(), "tiềngs");
}

#[test]
fn snapshot_editor_with_telex_on() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Nguyễn Văn Hùng", "");
    h.ctrl('t');
    h.terminal_bytes("Ddoofng ys mowr roongj kieetj leen 3 m");
    h.clock.advance(12);
    h.app.message = None;
    assert_screens!("editor_telex", &h);
}

// ----- What system input methods send -----

#[test]
fn backspace_bytes_and_bursts_from_input_methods_edit_the_word() {
    // Each case: the bytes an input method sends while "Đồng" is typed, in one go.
    let cases = [
        // Letter by letter, each mark replacing the letter before it with 0x08.
        "D\u{8}Đo\u{8}ô\u{8}ồng",
        // The whole word rewritten at once after the tone key.
        "Đông\u{8}\u{8}\u{8}ồng",
        // As above, with DEL (0x7F) for Backspace.
        "Đông\u{7f}\u{7f}\u{7f}ồng",
        // Rewritten twice over, as some input methods do on every key.
        "Đo\u{8}\u{8}Đô\u{8}\u{8}Đồn\u{8}\u{8}\u{8}Đồng",
    ];
    for bytes in cases {
        let mut h = Harness::sample(Lang::Vi);
        h.floor("Trần Văn Ba", "");
        h.terminal_bytes("Tôi ");
        h.terminal_bytes(bytes);
        h.terminal_bytes(" ý");
        assert_eq!(h.save_opinion(), "Tôi Đồng ý", "{bytes:?}");
    }
}

#[test]
fn backspace_bytes_edit_form_fields_and_counts_and_never_open_anything() {
    let mut h = Harness::sample_without_register(Lang::Vi);
    let id = h.meeting_id();
    // On the live screen 0x08 is no shortcut (Ctrl+H is not `h`, the history).
    h.terminal_bytes("\u{8}");
    assert!(h.app.popup().is_none());
    h.key(KeyCode::Char('a'));
    h.terminal_bytes("Nguyen\u{8}\u{8}\u{8}\u{8}uyễn Văn Hùng");
    assert_eq!(h.field_text(), "Nguyễn Văn Hùng");
    h.terminal_bytes("\r\r");
    assert_eq!(
        h.store().queue(id).unwrap().last().unwrap().speaker.name,
        "Nguyễn Văn Hùng"
    );
    h.key(KeyCode::Char('v'));
    h.terminal_bytes("319\u{8}\r5\r2\r");
    let vote = h.store().votes(id, 1).unwrap().pop().unwrap();
    assert_eq!(vote.counts.votes_for, 31);
}

#[test]
fn a_mark_arriving_as_its_own_key_joins_its_letter() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Trần Văn Ba", "");
    h.terminal_bytes("kie\u{302}\u{323}t");
    assert_eq!(h.editor_text(), "kiệt");
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    assert_eq!(h.editor_text(), "ki");
    h.terminal_bytes("e\u{302}\u{323}t y\u{301}");
    assert_eq!(h.save_opinion(), "kiệt ý");
}

// ----- Pasted NFD -----

#[test]
fn nfd_paste_is_stored_and_shown_as_nfc_and_backspace_removes_a_letter() {
    let mut h = Harness::sample(Lang::Vi);
    h.floor("Nguyễn Văn Hùng", "");
    h.event(Event::Paste(NFD_SENTENCE.to_owned()));
    assert_eq!(h.editor_text(), SENTENCE);
    h.alt('1');
    h.app.message = None;
    assert_screens!("nfd_paste", &h);
    h.key(KeyCode::Backspace);
    assert_eq!(h.editor_text(), "Đồng ý mở rộng kiệ");
    h.terminal_bytes("t");
    let saved = h.save_opinion();
    assert_eq!(saved, SENTENCE);
    let opinion = h
        .store()
        .opinions(h.meeting_id(), 1)
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(opinion.stance, Stance::Support);

    // In a form field too.
    h.key(KeyCode::Char('a'));
    h.event(Event::Paste("Nguye\u{302}\u{303}n".to_owned()));
    h.key(KeyCode::Backspace);
    assert_eq!(h.field_text(), "Nguyễ");
}
