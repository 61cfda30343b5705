//! A register read from the residential group's own spreadsheet (SPEC §9), as Excel saves it in
//! the Vietnamese locale: `;` between the cells, Windows-1258 or UTF-8, Vietnamese headings.

use hopdan::domain::Household;
use hopdan::i18n::Lang;
use hopdan::messages::{register_error, register_warning};
use hopdan::records::{RegisterError, RegisterWarning, read_register};
use std::path::Path;

/// `text` as Excel's "CSV (Comma delimited)" writes it in the Vietnamese locale: Windows-1258,
/// the tones as marks after their letters (the text is written so already).
fn windows_1258(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(text);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

fn household(no: &str, address: &str, head: &str, members: Option<u32>) -> Household {
    Household {
        household_no: no.into(),
        address: address.into(),
        head_name: head.into(),
        members,
        phone: String::new(),
        note: String::new(),
    }
}

#[test]
fn a_list_saved_by_excel_in_the_vietnamese_locale_reads_right() {
    // "Số hộ;Địa chỉ;Họ tên chủ hộ;Số nhân khẩu;Năm sinh", tones as marks after their letters.
    let text = "So\u{301} hô\u{323};Đi\u{323}a chi\u{309};Ho\u{323} tên chu\u{309} hô\u{323};\
                So\u{301} nhân khâ\u{309}u;Năm sinh\r\n\
                27-014;K19/4 Phu\u{301} Lô\u{323}c 10;Nguyê\u{303}n Văn Ta\u{301}m;5;1960\r\n\
                27-002;K19/2 Phu\u{301} Lô\u{323}c 10;Lê Văn Hu\u{300}ng;;1972\r\n";
    let bytes = windows_1258(text);
    assert!(std::str::from_utf8(&bytes).is_err());
    let register = read_register(&bytes).unwrap();
    assert_eq!(
        register.households,
        [
            household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám", Some(5)),
            household("27-002", "K19/2 Phú Lộc 10", "Lê Văn Hùng", None),
        ]
    );
    assert_eq!(
        register.warnings,
        [RegisterWarning::IgnoredColumns(vec!["Năm sinh".into()])]
    );
    assert_eq!(
        register_warning(Lang::Vi.strings(), &register.warnings[0]),
        "Đã bỏ qua các cột không dùng đến: \"Năm sinh\"."
    );
    assert_eq!(
        register_warning(Lang::En.strings(), &register.warnings[0]),
        "Columns not used, ignored: \"Năm sinh\"."
    );
}

#[test]
fn utf8_with_or_without_a_bom_and_either_separator_read_the_same() {
    let semicolons = "Mã hộ;Địa chỉ;Chủ hộ;Điện thoại;Ghi chú\r\n\
                      1;\"K19/4; Phú Lộc 10\";Nguyễn Văn Tám;0905 111 222;Chuyển đến 2021\r\n";
    let commas = "Mã hộ,Địa chỉ,Chủ hộ,Điện thoại,Ghi chú\n\
                  1,K19/4; Phú Lộc 10,Nguyễn Văn Tám,0905 111 222,Chuyển đến 2021\n";
    let expected = Household {
        phone: "0905 111 222".into(),
        note: "Chuyển đến 2021".into(),
        ..household("1", "K19/4; Phú Lộc 10", "Nguyễn Văn Tám", None)
    };
    for text in [semicolons, commas] {
        for bom in [&b""[..], b"\xEF\xBB\xBF"] {
            let bytes = [bom, text.as_bytes()].concat();
            let register = read_register(&bytes).unwrap();
            assert_eq!(
                register.households,
                std::slice::from_ref(&expected),
                "{text}"
            );
            assert!(register.warnings.is_empty());
        }
    }
}

#[test]
fn a_households_csv_of_hopdan_is_a_register_too() {
    let text = "\u{feff}meeting_id,household_no,address,head_name,members,phone,note\r\n\
                7,27-014,K19/4 Phú Lộc 10,Nguyễn Văn Tám,5,'+84 905 111 222,\r\n";
    let register = read_register(text.as_bytes()).unwrap();
    assert_eq!(register.households[0].phone, "+84 905 111 222");
    assert_eq!(
        register.warnings,
        [RegisterWarning::IgnoredColumns(vec!["meeting_id".into()])]
    );
}

#[test]
fn each_error_is_one_sentence_in_each_language() {
    let file = Path::new("ds-ho.csv");
    let cases: [(&[u8], &str, &str); 6] = [
        (
            b"",
            "ds-ho.csv: tệp trống, không có danh sách hộ nào.",
            "ds-ho.csv: the file is empty: it lists no household.",
        ),
        (
            "STT;Họ tên chủ hộ\r\n1;Trần A\r\n".as_bytes(),
            "ds-ho.csv: không có cột địa chỉ (Địa chỉ hoặc address); các cột của tệp là: \"STT\", \"Họ tên chủ hộ\".",
            "ds-ho.csv: no column is the address (address or Địa chỉ); the file's columns are: \"STT\", \"Họ tên chủ hộ\".",
        ),
        (
            "Địa chỉ;Chủ hộ;Số nhân khẩu\r\nK19/1;Trần A;năm\r\n".as_bytes(),
            "ds-ho.csv dòng 2: số nhân khẩu \"năm\" không phải số nguyên ≥ 0.",
            "ds-ho.csv line 2: the number of members \"năm\" is not a whole number ≥ 0.",
        ),
        (
            "Số hộ;Địa chỉ;Chủ hộ\r\n5;K19/1;Trần A\r\n;;\r\n5;K19/2;Trần B\r\n".as_bytes(),
            "ds-ho.csv dòng 4: số hộ 5 bị trùng (đã có ở dòng 2).",
            "ds-ho.csv line 4: household number 5 is given twice (first on line 2).",
        ),
        (
            "Địa chỉ;Chủ hộ\r\n;;\r\n".as_bytes(),
            "ds-ho.csv: tệp có dòng tiêu đề nhưng không có hộ nào.",
            "ds-ho.csv: the file has a heading row but no household.",
        ),
        (
            b"\xD0i\xF2a chi\xD2,Chu\xD2 h\xF4\xF2\r\nK19/1,Tr\x8a\r\n",
            "ds-ho.csv: văn bản không được mã hóa theo UTF-8 hay Windows-1258 (hai cách Excel lưu tiếng Việt).",
            "ds-ho.csv: the text is neither UTF-8 nor Windows-1258 (the two encodings Excel saves Vietnamese in).",
        ),
    ];
    for (bytes, vi, en) in cases {
        let err: RegisterError = read_register(bytes).unwrap_err();
        assert_eq!(register_error(Lang::Vi.strings(), file, &err), vi);
        assert_eq!(register_error(Lang::En.strings(), file, &err), en);
    }
}
