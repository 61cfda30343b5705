//! Names offered while one is typed: the people already known to the meeting (its earlier
//! speakers; later the households of its register), found by any part of their name, accents
//! optional, as a secretary types in a hurry ("nguyen h" finds "Nguyễn Văn Hùng").

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Speaker;

/// How many people are offered at most: more would hide the form.
pub const MAX_SUGGESTIONS: usize = 5;

/// The people of `known` whose name matches `typed`, as indexes into `known`, at most
/// [`MAX_SUGGESTIONS`]: each word typed starts a word of the name, in any order, accents and
/// case aside. Names that start with the first word typed come first; otherwise the order of
/// `known` is kept (the most recent first, as the caller gives them). A person known twice
/// (the same name and address, however written) is offered once. Nothing typed: nothing offered.
pub fn suggest(typed: &str, known: &[Speaker]) -> Vec<usize> {
    let typed: Vec<String> = typed.split_whitespace().map(fold).collect();
    if typed.is_empty() {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    let mut starting = Vec::new();
    let mut inside = Vec::new();
    for (index, person) in known.iter().enumerate() {
        let name: Vec<String> = person.name.split_whitespace().map(fold).collect();
        let matches = typed
            .iter()
            .all(|word| name.iter().any(|part| part.starts_with(word.as_str())));
        if !matches || !seen.insert((name.join(" "), fold(&person.address))) {
            continue;
        }
        if name
            .first()
            .is_some_and(|first| first.starts_with(&typed[0]))
        {
            starting.push(index);
        } else {
            inside.push(index);
        }
    }
    starting.extend(inside);
    starting.truncate(MAX_SUGGESTIONS);
    starting
}

/// A text as it is compared: lower case, without accents ("Đặng" → "dang"), single spaces.
pub fn fold(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .join(" ")
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, address: &str) -> Speaker {
        Speaker {
            name: name.to_owned(),
            address: address.to_owned(),
        }
    }

    fn names(typed: &str, known: &[Speaker]) -> Vec<String> {
        suggest(typed, known)
            .into_iter()
            .map(|i| known[i].name.clone())
            .collect()
    }

    fn meeting() -> Vec<Speaker> {
        vec![
            person("Nguyễn Văn Hùng", "K19/4 Phú Lộc 10, tổ 27"),
            person("Phạm Thị Lan", "K19/12 Phú Lộc 10, tổ 27"),
            person("Trần Nguyên Khải", "K19/8 Phú Lộc 10"),
            person("Đặng Văn Lợi", "K19/20 Phú Lộc 10"),
            person("Nguyễn Thị Hoa", "K19/7 Phú Lộc 10, tổ 27"),
        ]
    }

    #[test]
    fn accents_and_case_are_optional() {
        let known = meeting();
        assert_eq!(
            names("nguyen", &known),
            ["Nguyễn Văn Hùng", "Nguyễn Thị Hoa", "Trần Nguyên Khải"]
        );
        assert_eq!(names("NGUYỄN", &known), names("nguyen", &known));
        assert_eq!(names("dang", &known), ["Đặng Văn Lợi"]);
        assert_eq!(names("Đặng", &known), ["Đặng Văn Lợi"]);
        assert_eq!(names("lợi", &known), ["Đặng Văn Lợi"]);
        assert_eq!(names("loi", &known), ["Đặng Văn Lợi"]);
        // Decomposed marks, as some keyboards send them, fold the same.
        assert_eq!(
            names("Nguye\u{302}\u{303}n h", &known),
            ["Nguyễn Văn Hùng", "Nguyễn Thị Hoa"]
        );
    }

    #[test]
    fn every_word_typed_starts_a_word_of_the_name() {
        let known = meeting();
        assert_eq!(names("van h", &known), ["Nguyễn Văn Hùng"]);
        assert_eq!(names("hung nguyen", &known), ["Nguyễn Văn Hùng"]);
        assert_eq!(names("thi", &known), ["Phạm Thị Lan", "Nguyễn Thị Hoa"]);
        // Inside a word is not a match: "guy" is no one's name.
        assert!(names("guy", &known).is_empty());
        assert!(names("nguyen x", &known).is_empty());
    }

    #[test]
    fn nothing_typed_offers_no_one() {
        let known = meeting();
        assert!(suggest("", &known).is_empty());
        assert!(suggest("   ", &known).is_empty());
        assert!(suggest("lan", &[]).is_empty());
    }

    #[test]
    fn a_person_known_twice_is_offered_once_and_namesakes_apart() {
        let known = vec![
            person("Phạm Thị Lan", "K19/12 Phú Lộc 10, tổ 27"),
            person("  phạm thị LAN ", "k19/12 phú lộc 10,  tổ 27"),
            person("Phạm Thị Lan", "K19/30 Phú Lộc 10"),
        ];
        assert_eq!(suggest("lan", &known), [0, 2]);
    }

    #[test]
    fn at_most_a_few_are_offered() {
        let known: Vec<Speaker> = (1..=9)
            .map(|n| person(&format!("Nguyễn Văn {n}"), ""))
            .collect();
        assert_eq!(suggest("nguyen", &known).len(), MAX_SUGGESTIONS);
        assert_eq!(suggest("nguyen", &known)[0], 0, "the most recent first");
    }

    #[test]
    fn folding_drops_accents_case_and_extra_spaces() {
        assert_eq!(fold("  Đặng   Văn LỢI "), "dang van loi");
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("K19/4 Phú Lộc"), "k19/4 phu loc");
    }
}
