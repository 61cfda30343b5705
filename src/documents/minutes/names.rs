//! How the fields of the new-meeting form read in the minutes. A field may be typed in full
//! ("Về việc nâng cấp kiệt", "Phường Thanh Khê Tây", "Tổ dân phố 27") or as its label invites
//! ("nâng cấp kiệt", "Thanh Khê Tây", "27"): the minutes read the same either way.

use crate::i18n::MinutesStrings;

/// The words a title may start with that the minutes print themselves before the subject.
/// Matched without regard to case; "ve viec" is "về việc" typed without accents, "V/v" its
/// abbreviation in official letters.
const SUBJECT_LEAD_INS: [&str; 4] = ["về việc", "ve viec", "v/v", "concerning"];

/// The kinds of commune-level unit, spelt with their accents; "thị trấn" and "đặc khu" also
/// without, which no name is. Only a word spelt exactly so counts: "Phương Mai" and "Xa La"
/// (also typed "Phuong Mai") are wards' names, not "phường Mai" or "xã La".
const WARD_KINDS: [&str; 6] = ["phường", "xã", "thị trấn", "thi tran", "đặc khu", "dac khu"];

/// The subject of the title, without the lead-in it often starts with and without a final full
/// stop.
pub(super) fn subject_of(title: &str) -> &str {
    let title = title.trim();
    after_word(title, &SUBJECT_LEAD_INS)
        .unwrap_or(title)
        .trim_start_matches([' ', ':'])
        .trim_end_matches('.')
        .trim()
}

/// The ward as it reads in a sentence: as typed when it starts with its kind, otherwise given
/// one in the words of `m` ("Thanh Khê Tây, quận Thanh Khê" gives "phường Thanh Khê Tây, quận
/// Thanh Khê"). Empty when the field is.
pub(super) fn ward_in_full(m: &MinutesStrings, ward: &str) -> String {
    let ward = ward.trim();
    let first = first_part(ward);
    if first.is_empty() || after_word(first, &WARD_KINDS).is_some() {
        return ward.to_owned();
    }
    let rest = ward.find(',').map_or("", |comma| &ward[comma..]);
    format!("{}{rest}", (m.ward)(first))
}

/// The residential group as it reads in a sentence: a number alone ("27", "27A") is the number
/// of a residential group, named in the words of `m`; anything else is its name as typed.
pub(super) fn group_in_full(m: &MinutesStrings, group: &str) -> String {
    let group = group.trim();
    if group.starts_with(|c: char| c.is_ascii_digit())
        && group.chars().all(|c| c.is_ascii_alphanumeric())
    {
        (m.group)(group)
    } else {
        group.to_owned()
    }
}

/// The place of the date line: the ward's name without its kind ("Phường Thanh Khê Tây, quận
/// Thanh Khê" gives "Thanh Khê Tây").
pub(super) fn place_of(ward: &str) -> &str {
    let first = first_part(ward);
    after_word(first, &WARD_KINDS)
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .unwrap_or(first)
}

/// The text up to its first comma: the ward itself, without its district and city.
pub(super) fn first_part(ward: &str) -> &str {
    ward.split(',').next().unwrap_or_default().trim()
}

/// What follows the first of `words` that `text` starts with, as a whole word and in any case.
fn after_word<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|word| {
        let end = text
            .char_indices()
            .nth(word.chars().count())
            .map_or(text.len(), |(at, _)| at);
        let (head, rest) = text.split_at(end);
        (head.to_lowercase() == *word && !rest.starts_with(char::is_alphanumeric)).then_some(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, VI};

    #[test]
    fn the_subject_is_the_title_without_its_lead_in() {
        for title in [
            "Về việc nâng cấp kiệt 19.",
            "VỀ VIỆC: nâng cấp kiệt 19",
            "về việc  nâng cấp kiệt 19",
            "Ve viec nâng cấp kiệt 19",
            "V/v nâng cấp kiệt 19",
            "v/v: nâng cấp kiệt 19",
            "nâng cấp kiệt 19",
        ] {
            assert_eq!(subject_of(title), "nâng cấp kiệt 19", "{title}");
        }
        assert_eq!(subject_of("Concerning the lane."), "the lane");
        assert_eq!(subject_of("Về"), "Về");
        assert_eq!(subject_of("Về việcnâng cấp"), "Về việcnâng cấp");
        assert_eq!(subject_of("Về việc"), "");
        assert_eq!(subject_of("Vệ sinh kiệt"), "Vệ sinh kiệt");
    }

    #[test]
    fn a_ward_without_its_kind_is_given_one() {
        let vi = |ward| ward_in_full(VI.minutes, ward);
        assert_eq!(vi("Thanh Khê Tây"), "phường Thanh Khê Tây");
        assert_eq!(vi(" Phương Mai "), "phường Phương Mai");
        assert_eq!(vi("Phuong Mai"), "phường Phuong Mai");
        assert_eq!(vi("Xa La"), "phường Xa La");
        assert_eq!(
            vi("Thanh Khê Tây, quận Thanh Khê"),
            "phường Thanh Khê Tây, quận Thanh Khê"
        );
        assert_eq!(
            ward_in_full(EN.minutes, "Thanh Khê Tây"),
            "Thanh Khê Tây Ward"
        );
        for typed in [
            "Phường Thanh Khê Tây, quận Thanh Khê",
            "PHƯỜNG THANH KHÊ TÂY",
            "Xã Hòa Bắc",
            "Thị trấn Hòa Vang",
            "THI TRAN Hoa Vang",
            "Đặc khu Phú Quốc",
            "Phường 12, quận 3",
            "Phường",
            ", quận Thanh Khê",
            "",
        ] {
            assert_eq!(vi(typed), typed, "{typed}");
        }
    }

    #[test]
    fn a_group_number_alone_is_named_a_residential_group() {
        assert_eq!(group_in_full(VI.minutes, "27"), "Tổ dân phố 27");
        assert_eq!(group_in_full(VI.minutes, "27A"), "Tổ dân phố 27A");
        assert_eq!(group_in_full(EN.minutes, "27"), "Residential Group 27");
        for typed in ["Tổ dân phố 27", "Tổ 27", "Thôn 3", "27 Phú Lộc", "2/9", ""] {
            assert_eq!(group_in_full(VI.minutes, typed), typed, "{typed}");
        }
    }

    #[test]
    fn the_date_line_names_the_place_without_its_kind() {
        assert_eq!(
            place_of("Phường Thanh Khê Tây, quận Thanh Khê"),
            "Thanh Khê Tây"
        );
        assert_eq!(place_of("xã Hòa Vang"), "Hòa Vang");
        assert_eq!(place_of("Thị trấn Hòa Vang"), "Hòa Vang");
        assert_eq!(place_of("Thi tran Hoa Vang"), "Hoa Vang");
        assert_eq!(place_of("Xa La"), "Xa La");
        assert_eq!(place_of("Phương Mai"), "Phương Mai");
        assert_eq!(place_of("Phường"), "Phường");
        assert_eq!(place_of("Phường 12, quận 3"), "12");
        assert_eq!(place_of("Thanh Khê Tây"), "Thanh Khê Tây");
    }
}
