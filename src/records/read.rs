//! Reading the files of a meeting back into a [`MeetingRecord`], checking everything.
//!
//! Each file is first split into rows (`raw`: the exact header, as many fields as columns), then
//! each row is read into its row struct by a deserializer that checks every cell as it goes, so
//! that a bad cell is reported as a typed problem of its column; then the rows are checked
//! against each other. The first problem found is reported with the file, the line (1-based,
//! the header is line 1) and the column. Nothing is returned unless everything is right.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::PathBuf;

use serde::de::DeserializeOwned;

use super::corrections::read_corrections;
use super::error::Checked;
use super::raw::RawTable;
use super::{
    ADDED_LATER, AgendaRow, BOM, ConclusionRow, CorrectionRow, CsvFile, GuestRow, ImportError,
    ImportProblem, MeetingRow, OpinionRow, Part, Table, VoteRow,
};
use crate::domain::{MeetingId, MeetingRecord};

type Result<T> = std::result::Result<T, ImportError>;

/// Checks the files of a meeting, given in memory, and builds the record. `files` is looked up
/// by name; their order does not matter. The files of [`ADDED_LATER`], if none is given, read
/// as empty tables: the folder was exported before they existed (a folder with only some of
/// them is refused, as half copied). Without
/// `corrections.csv` the record has no corrections and each vote keeps its count of them.
pub fn import_files(files: &[CsvFile]) -> Result<MeetingRecord> {
    let find = |name: &'static str| {
        files
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.bytes.as_slice())
            .ok_or_else(|| {
                ImportError::file(
                    name,
                    ImportProblem::Missing {
                        dir: PathBuf::new(),
                    },
                )
            })
    };

    // The files added later came in together: a folder with some of them is half copied.
    if ADDED_LATER.iter().any(|name| find(name).is_ok()) {
        for name in ADDED_LATER {
            find(name)?;
        }
    }

    let meetings = RawTable::read::<MeetingRow>(find(MeetingRow::FILE)?)?;
    let mut rows = meetings.rows.iter();
    let Some(first) = rows.next() else {
        return Err(ImportError::file(
            MeetingRow::FILE,
            ImportProblem::NoMeetingRow,
        ));
    };
    let row: MeetingRow = meetings.deserialize(first)?;
    let meeting_id = row.meeting_id;
    let meeting = meetings.checked(first, row.check())?;
    if let Some(second) = rows.next() {
        return Err(meetings.error(second.line, None, ImportProblem::ExtraMeetingRow));
    }

    let mut context = Context {
        meeting_id,
        item_nos: Vec::new(),
    };
    let mut agenda = context.read(find(AgendaRow::FILE)?, AgendaRow::check)?;
    context.item_nos = agenda.iter().map(|item| item.item_no).collect();
    let mut opinions = context.read(find(OpinionRow::FILE)?, OpinionRow::check)?;
    let households_total = meeting.households_total;
    let mut votes = context.read(find(VoteRow::FILE)?, |row: VoteRow| {
        row.check_among(households_total)
    })?;
    let added_later = |name: &'static str| match find(name) {
        Err(_) if ADDED_LATER.contains(&name) => Ok(None),
        found => found.map(Some),
    };
    let mut guests = match added_later(GuestRow::FILE)? {
        Some(bytes) => context.read(bytes, GuestRow::check)?,
        None => Vec::new(),
    };
    let mut conclusions = match added_later(ConclusionRow::FILE)? {
        Some(bytes) => context.read(bytes, ConclusionRow::check)?,
        None => Vec::new(),
    };

    agenda.sort_by_key(|item| item.item_no);
    opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    votes.sort_by_key(|v| (v.item_no, v.vote_no));
    guests.sort_by_key(|g| g.guest_no);
    conclusions.sort_by_key(|c| c.item_no);
    let mut record = MeetingRecord {
        meeting,
        agenda,
        opinions,
        votes,
        guests,
        conclusions,
        corrections: Vec::new(),
    };
    if let Some(file) = files.iter().find(|f| f.name == CorrectionRow::FILE) {
        record.corrections = read_corrections(&file.bytes, &record, meeting_id)?;
    }
    Ok(record)
}

/// What the rows of one table are checked against: the meeting of `meeting.csv` and its items.
struct Context {
    meeting_id: MeetingId,
    item_nos: Vec<u32>,
}

impl Context {
    /// Reads every row of a table, checks that it belongs to this meeting, to a known item and
    /// is there once, then checks the row itself.
    fn read<T: Table + DeserializeOwned, V>(
        &self,
        bytes: &[u8],
        check: impl Fn(T) -> Checked<V>,
    ) -> Result<Vec<V>> {
        let table = RawTable::read::<T>(bytes)?;
        let mut first_lines: HashMap<Part, u64> = HashMap::new();
        let mut values = Vec::with_capacity(table.rows.len());
        for raw in &table.rows {
            let row: T = table.deserialize(raw)?;
            let found = row.meeting_id();
            if found != self.meeting_id {
                return Err(table.error(
                    raw.line,
                    Some("meeting_id"),
                    ImportProblem::OtherMeeting {
                        found,
                        expected: self.meeting_id,
                    },
                ));
            }
            let part = row.part();
            if let Some(item_no) = part.item_no()
                && !matches!(part, Part::AgendaItem { .. })
                && !self.item_nos.contains(&item_no)
            {
                return Err(table.error(
                    raw.line,
                    Some("item_no"),
                    ImportProblem::UnknownItem(item_no),
                ));
            }
            match first_lines.entry(part) {
                Entry::Occupied(first) => {
                    return Err(table.error(
                        raw.line,
                        Some(part.key_column()),
                        ImportProblem::Duplicate {
                            part,
                            first_line: *first.get(),
                        },
                    ));
                }
                Entry::Vacant(slot) => {
                    slot.insert(raw.line);
                }
            }
            values.push(table.checked(raw, check(row))?);
        }
        Ok(values)
    }
}

/// The data rows of a file written by [`super::Tables`]: each row's part and its exact bytes
/// (its CRLF included). Rows that do not read as a row of the file's table are left out.
pub fn rows_of(file: &CsvFile) -> Vec<(Part, &[u8])> {
    let Some(table) = super::table(file.name) else {
        return Vec::new();
    };
    let bytes = file.bytes.strip_prefix(BOM).unwrap_or(&file.bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let mut record = ::csv::StringRecord::new();
    let mut found: Vec<(Option<Part>, usize)> = Vec::new();
    // The writer wrote these bytes, so they always parse; a failure just ends the list.
    while let Ok(true) = reader.read_record(&mut record) {
        let mut start = record
            .position()
            .map_or(bytes.len(), |p| {
                usize::try_from(p.byte()).unwrap_or(bytes.len())
            })
            .min(bytes.len());
        // The reader ends a line at its CR and counts the LF as part of what follows; every
        // row the writer writes ends with CRLF and starts with a digit.
        if bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        found.push(((table.part_of)(&cells), start));
    }
    let mut out = Vec::with_capacity(found.len());
    for (i, &(part, start)) in found.iter().enumerate() {
        let end = found.get(i + 1).map_or(bytes.len(), |&(_, next)| next);
        if let Some(part) = part {
            out.push((part, &bytes[start..end.max(start)]));
        }
    }
    out
}
