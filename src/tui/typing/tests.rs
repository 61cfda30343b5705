//! The built-in input method, key by key: words, marks, cases and the edits between them.

use super::*;
use crossterm::event::KeyEventKind;
use proptest::prelude::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Press)
}

/// Types `keys` into an empty text area in `mode`, as separate key presses.
fn typed(mode: TypingMode, keys: &str) -> String {
    let mut typing = Typing {
        mode,
        ..Typing::default()
    };
    let mut area = TextArea::default();
    for c in keys.chars() {
        let code = match c {
            '\u{8}' => KeyCode::Backspace,
            '←' => KeyCode::Left,
            '→' => KeyCode::Right,
            c => KeyCode::Char(c),
        };
        typing.input(&mut area, key(code));
    }
    area.lines().join("\n")
}

#[test]
fn telex_and_vni_type_the_same_sentence() {
    let sentence = "Đồng ý mở rộng kiệt";
    assert_eq!(
        typed(TypingMode::Telex, "Ddoofng ys mowr roongj kieetj"),
        sentence
    );
    assert_eq!(
        typed(TypingMode::Vni, "D9o62ng y1 mo73 ro65ng kie65t"),
        sentence
    );
    // Marks may come in any order within the word.
    assert_eq!(
        typed(TypingMode::Vni, "D9o2ng6 y1 mo37 ro5ng6 kiet56"),
        sentence
    );
}

#[test]
fn telex_words_of_the_meeting() {
    let cases = [
        ("DDoofng", "Đồng"),
        ("DD", "Đ"),
        ("Dd", "Đ"),
        ("dd", "đ"),
        ("VIEETJ", "VIỆT"),
        ("Nguyeenx Vawn Hufng", "Nguyễn Văn Hùng"),
        ("nguwowif", "người"),
        ("dduwowngf", "đường"),
        ("hoaf", "hòa"),
        ("thuys", "thúy"),
        ("Phus Loocj", "Phú Lộc"),
        ("Khe Canj", "Khe Cạn"),
        ("tieengs", "tiếng"),
        ("tieesng", "tiếng"),
        ("UBND, HDDND, MTTQ", "UBND, HĐND, MTTQ"),
    ];
    for (keys, expected) in cases {
        assert_eq!(typed(TypingMode::Telex, keys), expected, "{keys}");
    }
}

/// Each vowel and vowel cluster (and the initials qu and gi, whose u and i are no vowel of
/// the syllable) in a word with its tone where official documents put it.
const CLUSTERS: &[(&str, &str)] = &[
    ("a", "má"),
    ("ă", "mắt"),
    ("â", "mất"),
    ("e", "mé"),
    ("ê", "mế"),
    ("i", "mí"),
    ("o", "mó"),
    ("ô", "mố"),
    ("ơ", "mớ"),
    ("u", "mú"),
    ("ư", "mứt"),
    ("y", "ý"),
    ("y", "mỹ"),
    ("ai", "hái"),
    ("ao", "cáo"),
    ("au", "cháu"),
    ("ay", "máy"),
    ("âu", "cầu"),
    ("ây", "mấy"),
    ("eo", "kéo"),
    ("êu", "nếu"),
    ("ia", "mía"),
    ("iê", "tiến"),
    ("yê", "yến"),
    ("iu", "rìu"),
    ("oa", "hòa"),
    ("oa", "hoàng"),
    ("oă", "xoắn"),
    ("oe", "khỏe"),
    ("oe", "khoét"),
    ("oi", "đói"),
    ("ôi", "tối"),
    ("ơi", "mới"),
    ("ua", "mùa"),
    ("uâ", "tuần"),
    ("uê", "huế"),
    ("ui", "vùi"),
    ("uô", "muốn"),
    ("uơ", "thuở"),
    ("ưa", "cửa"),
    ("ươ", "được"),
    ("ưi", "gửi"),
    ("ưu", "cừu"),
    ("uy", "thúy"),
    ("uy", "huỳnh"),
    ("uya", "khuýa"),
    ("uyê", "khuyến"),
    ("uyê", "nguyễn"),
    ("uyu", "khuỷu"),
    ("oai", "ngoài"),
    ("oay", "xoáy"),
    ("oeo", "ngoẹo"),
    ("uây", "khuấy"),
    ("uôi", "muối"),
    ("ươi", "người"),
    ("ươu", "rượu"),
    ("yêu", "yếu"),
    ("iêu", "hiếu"),
    ("qu", "quá"),
    ("qu", "quý"),
    ("qu", "quốc"),
    ("gi", "giá"),
    ("gi", "giữa"),
];

/// The five tones, as Unicode decomposes them.
const TONES: [char; 5] = ['\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}'];

/// `word` with its tone, on the same letter, changed to `tone`.
fn retoned(word: &str, tone: char) -> String {
    word.nfd()
        .map(|c| if TONES.contains(&c) { tone } else { c })
        .nfc()
        .collect()
}

/// The keys that type `word`: each letter with its shape keys, the tone key last.
fn keys_typing(mode: TypingMode, word: &str) -> String {
    let telex = mode == TypingMode::Telex;
    let mut keys = String::new();
    let mut tone = None;
    for c in word.nfd() {
        match c {
            'đ' => keys.push_str(if telex { "dd" } else { "d9" }),
            '\u{302}' => {
                let base = keys.chars().last().unwrap();
                keys.push(if telex { base } else { '6' });
            }
            '\u{31b}' => keys.push(if telex { 'w' } else { '7' }),
            '\u{306}' => keys.push(if telex { 'w' } else { '8' }),
            c => match TONES.iter().position(|&t| t == c) {
                Some(i) => tone = Some(i),
                None => keys.push(c),
            },
        }
    }
    if let Some(i) = tone {
        keys.push(if telex { b"sfrxj" } else { b"12345" }[i] as char);
    }
    keys
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[test]
fn the_tone_goes_on_the_same_letter_in_every_case() {
    for mode in [TypingMode::Telex, TypingMode::Vni] {
        for (cluster, word) in CLUSTERS {
            assert!(word.nfd().any(|c| TONES.contains(&c)), "{word} has no tone");
            for tone in TONES {
                let word = retoned(word, tone);
                let keys = keys_typing(mode, &word);
                let cases = [
                    (keys.clone(), word.clone()),
                    (keys.to_uppercase(), word.to_uppercase()),
                    (title_case(&keys), title_case(&word)),
                ];
                for (keys, expected) in cases {
                    assert_eq!(typed(mode, &keys), expected, "{mode:?} {cluster} {keys}");
                }
            }
        }
    }
}

#[test]
fn capitals_and_mixed_case_keep_the_tone_in_place() {
    let cases = [
        (TypingMode::Telex, "NGUYEENX", "NGUYỄN"),
        (TypingMode::Telex, "HUYEENJ", "HUYỆN"),
        (TypingMode::Telex, "KHUYEENS", "KHUYẾN"),
        (TypingMode::Telex, "THUOWR", "THUỞ"),
        (TypingMode::Telex, "NguYEENX", "NguYỄN"),
        (TypingMode::Telex, "nGUYEENX", "nGUYỄN"),
        (TypingMode::Telex, "NGUWOWIF", "NGƯỜI"),
        (TypingMode::Telex, "UYR BAN", "ỦY BAN"),
        (TypingMode::Telex, "W", "Ư"),
        (TypingMode::Telex, "WW", "W"),
        (TypingMode::Telex, "ASs", "As"),
        (TypingMode::Vni, "NGUYE6N4", "NGUYỄN"),
        (TypingMode::Vni, "NguYE6N4", "NguYỄN"),
        (TypingMode::Vni, "THUO73", "THUỞ"),
        (TypingMode::Vni, "HUYE65N", "HUYỆN"),
    ];
    for (mode, keys, expected) in cases {
        assert_eq!(typed(mode, keys), expected, "{mode:?} {keys}");
    }
}

#[test]
fn a_repeated_key_takes_its_mark_back() {
    let cases = [
        (TypingMode::Telex, "ass", "as"),
        (TypingMode::Telex, "aaa", "aa"),
        (TypingMode::Telex, "ddd", "dd"),
        (TypingMode::Telex, "ww", "w"),
        (TypingMode::Vni, "a11", "a1"),
        (TypingMode::Vni, "A11", "A1"),
        (TypingMode::Vni, "d99", "d9"),
    ];
    for (mode, keys, expected) in cases {
        assert_eq!(typed(mode, keys), expected, "{mode:?} {keys}");
    }
}

#[test]
fn vni_digits_are_marks_only_inside_a_word() {
    let cases = [
        ("K19/4 Phu1 Lo65c 10, to63 27", "K19/4 Phú Lộc 10, tổ 27"),
        ("2022", "2022"),
        ("0905 123 456", "0905 123 456"),
        ("19a1", "19á"),
        ("A1", "Á"),
        ("HD9ND", "HĐND"),
    ];
    for (keys, expected) in cases {
        assert_eq!(typed(TypingMode::Vni, keys), expected, "{keys}");
    }
}

#[test]
fn with_the_mode_off_every_key_is_typed_as_it_is() {
    for keys in [
        "Ddoofng ys",
        "D9o62ng",
        "John Smith",
        "email class www",
        "K19/4",
    ] {
        assert_eq!(typed(TypingMode::Off, keys), keys);
    }
}

#[test]
fn backspace_removes_the_last_letter_and_the_word_goes_on() {
    let cases = [
        (TypingMode::Telex, "Ddoofng\u{8}", "Đồn"),
        (TypingMode::Telex, "Ddoofng\u{8}g", "Đồng"),
        (TypingMode::Telex, "Ddoofng\u{8}s", "Đốn"),
        (TypingMode::Telex, "tieengs\u{8}\u{8}", "tiế"),
        (TypingMode::Telex, "tieengs\u{8}\u{8}f", "tiề"),
        (TypingMode::Telex, "nguwowif\u{8}", "ngườ"),
        (TypingMode::Telex, "nguwowif\u{8}i", "người"),
        (TypingMode::Vni, "kie65t\u{8}", "kiệ"),
        (TypingMode::Vni, "kie65t\u{8}1", "kiế"),
        (TypingMode::Vni, "D9o62ng\u{8}\u{8}\u{8}\u{8}D9", "Đ"),
        (TypingMode::Telex, "NGUYEENX\u{8}", "NGUYỄ"),
        (TypingMode::Telex, "NGUYEENX\u{8}N", "NGUYỄN"),
        (TypingMode::Telex, "THUOWR\u{8}\u{8}", "TH"),
        (TypingMode::Vni, "NGUYE6N4\u{8}\u{8}E6N2", "NGUYỀN"),
        // Backspace past the word's start, then on into the text before it.
        (TypingMode::Telex, "ab cd\u{8}\u{8}\u{8}\u{8}s", "as"),
    ];
    for (mode, keys, expected) in cases {
        assert_eq!(typed(mode, keys), expected, "{mode:?} {keys:?}");
    }
}

#[test]
fn text_already_there_is_never_rewritten() {
    let mut typing = Typing::default();
    let mut area = TextArea::from(["Mass"]);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    typing.next_mode();
    for c in "es".chars() {
        typing.input(&mut area, key(KeyCode::Char(c)));
    }
    assert_eq!(area.lines(), ["Massé"]);
    // A cursor move ends the word: the keys after it start a new one.
    assert_eq!(typed(TypingMode::Telex, "as←→s"), "ás");
    assert_eq!(typed(TypingMode::Telex, "Hung←f"), "Hunfg");
}

#[test]
fn the_toggle_cycles_off_telex_vni() {
    let mut typing = Typing::default();
    assert_eq!(typing.mode(), TypingMode::Off);
    typing.next_mode();
    assert_eq!(typing.mode(), TypingMode::Telex);
    typing.next_mode();
    assert_eq!(typing.mode(), TypingMode::Vni);
    typing.next_mode();
    assert_eq!(typing.mode(), TypingMode::Off);
}

#[test]
fn a_mark_typed_on_its_own_joins_the_letter_before_it() {
    for mode in [TypingMode::Off, TypingMode::Telex, TypingMode::Vni] {
        let text = typed(mode, "kie\u{302}\u{323}t");
        assert_eq!(text, "kiệt", "{mode:?}");
        assert_eq!(text.chars().count(), 4);
        assert_eq!(
            typed(mode, "kie\u{302}\u{323}t\u{8}\u{8}"),
            "ki",
            "{mode:?}"
        );
    }
    // A mark with no letter to join stays as typed.
    assert_eq!(typed(TypingMode::Off, "x\u{301}"), "x\u{301}");
}

#[test]
fn keys_for_a_word_make_the_word_again() {
    let words = [
        "Đồng",
        "ý",
        "mở",
        "rộng",
        "kiệt",
        "người",
        "đường",
        "hòa",
        "thúy",
        "Nguyễn",
        "VIỆT",
        "cừu",
        "rượu",
        "giữa",
        "khuyến",
        "ư",
        "Ă",
        "quốc",
    ];
    for mode in [TypingMode::Telex, TypingMode::Vni] {
        let definition = mode.definition().unwrap();
        for word in words {
            let keys = keys_for(definition, mode, word);
            assert!(keys.is_some(), "{mode:?} {word}");
        }
    }
    let telex = keys_for(&vi::TELEX, TypingMode::Telex, "tiến").unwrap();
    assert_eq!(telex.iter().collect::<String>(), "tieens");
    let vni = keys_for(&vi::VNI, TypingMode::Vni, "tiến").unwrap();
    assert_eq!(vni.iter().collect::<String>(), "tie6n1");
    assert_eq!(keys_for(&vi::TELEX, TypingMode::Telex, "Mass"), None);
    assert_eq!(keys_for(&vi::TELEX, TypingMode::Telex, "€"), None);
}

proptest! {
    /// Whatever is typed, the field holds NFC text, and what it holds matches what the input
    /// method composed.
    #[test]
    fn any_keys_leave_nfc_text(
        mode in prop::sample::select(vec![TypingMode::Off, TypingMode::Telex, TypingMode::Vni]),
        keys in prop::collection::vec(
            prop::sample::select(
                "aAdDeEoOuUwWsSfFrRxXjJzZ0123456789 /\u{8}\u{301}\u{302}←→đư"
                    .chars()
                    .collect::<Vec<_>>(),
            ),
            0..40,
        ),
    ) {
        let keys: String = keys.into_iter().collect();
        let text = typed(mode, &keys);
        let nfc: String = text.nfc().collect();
        // A mark with no letter before it is the only thing left decomposed.
        if !keys.contains(['\u{301}', '\u{302}']) {
            prop_assert_eq!(&text, &nfc);
        }
        if mode == TypingMode::Off && !keys.contains(['\u{8}', '←', '→', '\u{301}', '\u{302}']) {
            prop_assert_eq!(text, keys);
        }
    }
}
