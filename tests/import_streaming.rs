//! `hopdan import` reads the opinions of a meeting one row at a time into the database: the
//! same record, the same fingerprint and the same errors as reading the files in memory, and
//! nothing written when a row late in a large file is wrong.

mod common;

use std::collections::{BTreeMap, HashMap};

use hopdan::domain::{Correction, EntryKey, MeetingRecord, Opinion, Stance};
use hopdan::export::{CsvFile, ExportOptions, Folder, export_files, import_dir, import_files};
use hopdan::store::ImportFailure;

use common::{sample_dir, t, temp_store};

/// The sample consultation with `opinions` opinions: its own, then copies of them spread over
/// its items, with texts of their own.
fn large_sample(opinions: usize) -> MeetingRecord {
    let mut record = import_dir(&sample_dir()).unwrap();
    let own = record.opinions.clone();
    let mut last_turn: HashMap<u32, u32> = HashMap::new();
    for o in &own {
        let last = last_turn.entry(o.item_no).or_default();
        *last = (*last).max(o.turn_no);
    }
    for i in 0..opinions.saturating_sub(own.len()) {
        let like = &own[i % own.len()];
        let turn_no = last_turn.entry(like.item_no).or_default();
        *turn_no += 1;
        let opinion = Opinion {
            turn_no: *turn_no,
            text: format!("{} ({i}, \"bản sao\")", like.text),
            ..like.clone()
        };
        record.opinions.push(opinion);
    }
    record.opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    // A correction of an opinion, whose history is rebuilt from the opinion as imported.
    let first = &record.opinions[0];
    let stance = if first.stance == Stance::Oppose {
        "support"
    } else {
        "oppose"
    };
    let key = EntryKey::Opinion {
        item_no: first.item_no,
        turn_no: first.turn_no,
    };
    record.corrections.push(Correction {
        entry: key,
        was: key,
        at: t("2022-06-12T10:20:00+07:00"),
        reason: "Ghi nhầm ý kiến".into(),
        before: BTreeMap::from([("stance".to_owned(), stance.to_owned())]),
    });
    record
}

fn files_of(record: &MeetingRecord) -> Vec<CsvFile> {
    export_files(record, 1, ExportOptions::default())
}

/// The files with the last line of `opinions.csv` replaced by `last`.
fn with_last_opinion_row(files: &[CsvFile], last: impl FnOnce(&str) -> String) -> Vec<CsvFile> {
    let mut files = files.to_vec();
    let file = files.iter_mut().find(|f| f.name == "opinions.csv").unwrap();
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    let body = text.strip_suffix("\r\n").unwrap();
    let (before, row) = body.rsplit_once("\r\n").unwrap();
    file.bytes = format!("{before}\r\n{}\r\n", last(row)).into_bytes();
    files
}

fn lines_of(files: &[CsvFile], name: &str) -> usize {
    let file = files.iter().find(|f| f.name == name).unwrap();
    file.bytes.iter().filter(|&&b| b == b'\n').count()
}

#[test]
fn a_streamed_import_gives_the_record_and_the_fingerprint_of_the_import_in_memory() {
    let record = large_sample(1_000);
    let files = files_of(&record);

    let (_dir, mut in_memory) = temp_store();
    let expected_id = in_memory
        .insert_record(&import_files(&files).unwrap())
        .unwrap();
    let expected = in_memory.load_record(expected_id).unwrap();
    let expected_seal = in_memory.meeting_fingerprint(expected_id).unwrap();
    assert!(expected_seal.is_some(), "the sample is a closed meeting");
    assert!(
        expected
            .corrections
            .iter()
            .any(|c| matches!(c.entry, EntryKey::Opinion { .. })),
        "an opinion was corrected"
    );

    let folder = tempfile::tempdir().unwrap();
    for file in &files {
        std::fs::write(folder.path().join(file.name), &file.bytes).unwrap();
    }
    let (_dir, mut streamed) = temp_store();
    for id in [
        streamed.import(files.as_slice()).unwrap(),
        streamed
            .import(&Folder::open(folder.path()).unwrap())
            .unwrap(),
    ] {
        assert_eq!(streamed.load_record(id).unwrap(), expected);
        assert_eq!(streamed.meeting_fingerprint(id).unwrap(), expected_seal);
        assert!(streamed.verify_meeting(id).unwrap().is_intact());
        let (again, fingerprint) = streamed.checked_record(id).unwrap();
        assert_eq!(fingerprint, expected_seal);
        assert_eq!(files_of(&again), files);
    }
}

#[test]
fn a_bad_row_late_in_a_large_file_writes_nothing_and_is_named_as_in_memory() {
    let files = files_of(&large_sample(5_000));
    let last_line = lines_of(&files, "opinions.csv");
    let bad_duration = with_last_opinion_row(&files, |row| {
        let (cells, _) = row.rsplit_once(',').unwrap();
        format!("{cells},-1")
    });
    // Row 2 again, as the last row: the same item and turn.
    let second_row = {
        let file = files.iter().find(|f| f.name == "opinions.csv").unwrap();
        let text = std::str::from_utf8(&file.bytes).unwrap();
        text.split("\r\n").nth(1).unwrap().to_owned()
    };
    let duplicate = with_last_opinion_row(&files, |row| format!("{row}\r\n{second_row}"));

    for (bad, says) in [
        (
            bad_duration,
            format!("opinions.csv line {last_line}, column duration_s"),
        ),
        (
            duplicate,
            format!("opinions.csv line {}, column turn_no", last_line + 1),
        ),
    ] {
        let in_memory = import_files(&bad).unwrap_err().to_string();
        assert!(in_memory.starts_with(&says), "{in_memory}");
        let (_dir, mut store) = temp_store();
        match store.import(bad.as_slice()) {
            Err(ImportFailure::Files(e)) => assert_eq!(e.to_string(), in_memory),
            other => panic!("{other:?}"),
        }
        assert!(store.meeting_ids().unwrap().is_empty());
        // The transaction was rolled back: the good file goes in as the first meeting.
        let id = store.import(files.as_slice()).unwrap();
        assert_eq!(store.meeting_ids().unwrap(), [id]);
    }
}
