//! Meeting folders brought back after someone worked on them: saved again by Excel in the
//! Vietnamese locale (';' between the cells, Windows-1258 with the tones as combining marks), or
//! edited by hand. What Excel writes reads as the original; what is ambiguous or incomplete is
//! refused with the file, the line and the column.

mod common;

use unicode_normalization::UnicodeNormalization;

use hopdan::export::{CsvFile, import_files};
use hopdan::records::TABLES;

use common::sample_dir;

/// The files of the sample consultation, as exported.
fn sample_files() -> Vec<CsvFile> {
    TABLES
        .iter()
        .filter_map(|table| {
            let bytes = std::fs::read(sample_dir().join(table.file)).ok()?;
            Some(CsvFile {
                name: table.file,
                bytes,
            })
        })
        .collect()
}

/// The file's rows written again with `;` between the cells, as Excel does where the comma is
/// the decimal mark.
fn with_semicolons(bytes: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(bytes)
        .unwrap()
        .trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for record in reader.records() {
        writer.write_record(&record.unwrap()).unwrap();
    }
    writer.into_inner().unwrap()
}

/// Vietnamese text in Windows-1258: the letters with their vowel marks (â, ơ, ư, …) are single
/// bytes, the five tones come after them as combining marks.
fn windows_1258(text: &str) -> Vec<u8> {
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let mut split = String::new();
    for c in text.chars() {
        let decomposed: String = c.nfd().collect();
        let letter: String = decomposed
            .chars()
            .filter(|c| !TONES.contains(c))
            .collect::<String>()
            .nfc()
            .collect();
        split.push_str(&letter);
        split.extend(decomposed.chars().filter(|c| TONES.contains(c)));
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

#[test]
fn a_folder_saved_by_excel_in_the_vietnamese_locale_reads_as_the_original() {
    let original = import_files(&sample_files()).unwrap();
    let semicolons: Vec<CsvFile> = sample_files()
        .into_iter()
        .map(|file| CsvFile {
            name: file.name,
            bytes: with_semicolons(&file.bytes),
        })
        .collect();
    assert_eq!(import_files(&semicolons).unwrap(), original);

    let excel: Vec<CsvFile> = semicolons
        .into_iter()
        .map(|file| CsvFile {
            name: file.name,
            bytes: windows_1258(std::str::from_utf8(&file.bytes).unwrap()),
        })
        .collect();
    assert!(excel.iter().any(|f| std::str::from_utf8(&f.bytes).is_err()));
    assert_eq!(import_files(&excel).unwrap(), original);
}

fn error_after(name: &str, from: &str, to: &str) -> String {
    let mut files = sample_files();
    let file = files.iter_mut().find(|f| f.name == name).unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from:?} in {name}");
    file.bytes = text.replacen(from, to, 1).into_bytes();
    import_files(&files).unwrap_err().to_string()
}

#[test]
fn a_quoted_cell_that_goes_on_after_its_quote_is_refused() {
    assert_eq!(
        error_after(
            "agenda.csv",
            "1,1,\"Nâng cấp, mở",
            "1,1,\"Nâng cấp\" junk, mở"
        ),
        "agenda.csv line 2, column title: a quoted cell goes on after its closing quote"
    );
    // A quote doubled inside quotes is a quote in the text, and a line break inside them does
    // not end the row.
    let files = {
        let mut files = sample_files();
        let agenda = files.iter_mut().find(|f| f.name == "agenda.csv").unwrap();
        let text = String::from_utf8(agenda.bytes.clone()).unwrap();
        agenda.bytes = text
            .replacen("1,1,\"Nâng cấp,", "1,1,\"Nâng \"\"cấp\"\",", 1)
            .into_bytes();
        files
    };
    let record = import_files(&files).unwrap();
    assert!(
        record.agenda[0].title.starts_with("Nâng \"cấp\""),
        "{}",
        record.agenda[0].title
    );
}

#[test]
fn required_texts_and_times_cannot_be_left_out() {
    assert_eq!(
        error_after(
            "agenda.csv",
            "1,1,\"Nâng cấp, mở rộng kiệt 19 Phú Lộc 10 lên 3 m\",",
            "1,1,,"
        ),
        "agenda.csv line 2, column title: the cell is empty; it must say something"
    );
    assert_eq!(
        error_after("opinions.csv", "1,1,1,Lê Văn Tám,", "1,1,1,,"),
        "opinions.csv line 2, column speaker_name: the cell is empty; it must say something"
    );
    assert_eq!(
        error_after(
            "meeting.csv",
            "+07:00,2022-06-12T10:25:00+07:00,",
            "+07:00,,"
        ),
        "meeting.csv line 2, column ended_at: a closed meeting has the time it ended"
    );
}

#[test]
fn a_vote_among_another_number_of_households_is_refused() {
    let votes = String::from_utf8(std::fs::read(sample_dir().join("votes.csv")).unwrap()).unwrap();
    let first = votes.split("\r\n").nth(1).unwrap();
    let cells: Vec<&str> = first.split(',').collect();
    let changed = [&cells[..4], &["54"], &cells[5..]].concat().join(",");
    assert_eq!(
        error_after("votes.csv", first, &changed),
        "votes.csv line 2, column households_total: households_total 54 differs from 55 in \
         meeting.csv"
    );
}

#[test]
fn bytes_that_are_neither_utf8_nor_windows_1258_are_named() {
    let mut files = sample_files();
    let agenda = files.iter_mut().find(|f| f.name == "agenda.csv").unwrap();
    // Windows-1258 leaves 0x8A undefined; nothing in the file is UTF-8 beyond ASCII.
    agenda.bytes = b"meeting_id,item_no,title,description,vote_base,threshold\r\n\
        1,1,Kiet \x8a,,all_households,more_than_half\r\n"
        .to_vec();
    assert_eq!(
        import_files(&files).unwrap_err().to_string(),
        "agenda.csv: the text is neither UTF-8 nor Windows-1258"
    );
}

#[test]
fn a_folder_with_only_some_of_the_files_added_later_is_refused_as_half_copied() {
    for missing in ["guests.csv", "conclusions.csv", "corrections.csv"] {
        let files: Vec<CsvFile> = sample_files()
            .into_iter()
            .filter(|f| f.name != missing)
            .collect();
        let error = import_files(&files).unwrap_err();
        assert_eq!(error.file, missing);
        assert!(matches!(
            error.problem,
            hopdan::export::ImportProblem::Missing { .. }
        ));
    }
    // None of them: a folder of an earlier version, which imports.
    let earlier: Vec<CsvFile> = sample_files().into_iter().take(4).collect();
    assert_eq!(earlier.len(), 4);
    import_files(&earlier).unwrap();
}
