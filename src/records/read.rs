//! Reading the files of a meeting back into a [`MeetingRecord`], checking everything.
//!
//! Each file is first split into rows (the exact header, as many fields as columns, UTF-8), then
//! each row is read into its row struct by a deserializer that checks every cell as it goes, so
//! that a bad cell is reported as a typed problem of its column; then the rows are checked
//! against each other. The first problem found is reported with the file, the line (1-based,
//! the header is line 1) and the column. Nothing is returned unless everything is right.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::PathBuf;

use serde::de::DeserializeOwned;

use super::corrections::read_corrections;
use super::de::deserialize_row;
use super::error::Checked;
use super::{
    ADDED_LATER, AgendaRow, BOM, ConclusionRow, CorrectionRow, CsvFile, GuestRow, ImportError,
    ImportProblem, MeetingRow, OpinionRow, Part, Table, VoteRow, columns,
};
use crate::domain::{MeetingId, MeetingRecord};

type Result<T> = std::result::Result<T, ImportError>;

/// Checks the files of a meeting, given in memory, and builds the record. `files` is looked up
/// by name; their order does not matter. A file of [`ADDED_LATER`] that is not given reads as
/// an empty table: the folder was exported before that table existed. Without
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

/// One data row as text, with the line it starts on.
pub(super) struct RawRow {
    pub(super) line: u64,
    cells: Vec<String>,
}

/// The data rows of a file, after checking the header and field counts.
pub(super) struct RawTable {
    file: &'static str,
    columns: &'static [&'static str],
    pub(super) rows: Vec<RawRow>,
}

impl RawTable {
    /// Parses the file of table `T`: optional BOM, then the exact header, then rows of exactly
    /// as many fields. The file may also be as Excel saves it in the Vietnamese locale: `;`
    /// between the cells (`,` is its decimal mark), in Windows-1258 (the tone marks come out
    /// apart; the cells are put in NFC as they are read).
    pub(super) fn read<T: Table + DeserializeOwned>(bytes: &[u8]) -> Result<RawTable> {
        let file = T::FILE;
        let columns = columns::<T>();
        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let text = decode(bytes).ok_or(ImportError::file(file, ImportProblem::UnknownEncoding))?;
        let bytes = text.as_ref();
        let delimiter = delimiter_of(bytes);
        let mut table = RawTable {
            file,
            columns,
            rows: Vec::new(),
        };
        if let Some((line, field)) = text_after_quote(bytes, delimiter) {
            let column = columns.get(field).copied();
            return Err(table.error(line, column, ImportProblem::TextAfterQuote));
        }
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(bytes);
        let mut header_seen = false;
        let mut lines = LineCounter::new(bytes);
        for record in reader.byte_records() {
            let record = record.map_err(|e| {
                let line = e.position().map(|p| lines.line_at(p.byte()));
                ImportError {
                    file,
                    line,
                    column: None,
                    problem: ImportProblem::NotCsv(e.to_string()),
                }
            })?;
            let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
            if !header_seen {
                header_seen = true;
                let found: Vec<String> = record
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect();
                if found != columns {
                    return Err(table.error(
                        line,
                        None,
                        ImportProblem::WrongHeader {
                            found,
                            expected: columns,
                        },
                    ));
                }
                continue;
            }
            if record.len() != columns.len() {
                return Err(table.error(
                    line,
                    None,
                    ImportProblem::FieldCount {
                        found: record.len(),
                        expected: columns.len(),
                    },
                ));
            }
            let mut cells = Vec::with_capacity(columns.len());
            for (field, column) in record.iter().zip(columns) {
                let text = String::from_utf8(field.to_vec())
                    .map_err(|_| table.error(line, Some(column), ImportProblem::NotUtf8))?;
                cells.push(text);
            }
            table.rows.push(RawRow { line, cells });
        }
        if !header_seen {
            return Err(ImportError::file(
                file,
                ImportProblem::Empty { expected: columns },
            ));
        }
        Ok(table)
    }

    pub(super) fn error(
        &self,
        line: u64,
        column: Option<&'static str>,
        problem: ImportProblem,
    ) -> ImportError {
        ImportError {
            file: self.file,
            line: Some(line),
            column,
            problem,
        }
    }

    /// The row read into its row struct, every cell checked.
    pub(super) fn deserialize<T: DeserializeOwned>(&self, raw: &RawRow) -> Result<T> {
        deserialize_row::<T>(&raw.cells).map_err(|e| {
            let column = e.column.and_then(|i| self.columns.get(i).copied());
            self.error(raw.line, column, e.problem)
        })
    }

    /// The result of a row's own check, placed on its line.
    fn checked<V>(&self, raw: &RawRow, checked: Checked<V>) -> Result<V> {
        checked.map_err(|(column, problem)| self.error(raw.line, Some(column), problem))
    }
}

/// The bytes of a file as UTF-8: as they are if they are UTF-8, or if they are mostly UTF-8
/// with a damaged byte (left for the cell that holds it to be named); decoded from
/// Windows-1258 (what Excel's "CSV (Comma delimited)" writes in the Vietnamese locale) if no
/// character in them is UTF-8 beyond ASCII. `None` if they are neither: Windows-1258 leaves
/// some bytes undefined.
fn decode(bytes: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
    let some_utf8_beyond_ascii = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
    if std::str::from_utf8(bytes).is_ok() || some_utf8_beyond_ascii {
        return Some(bytes.into());
    }
    let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    // The bytes Windows-1258 leaves undefined come out as C1 control characters.
    if text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        return None;
    }
    Some(text.into_owned().into_bytes().into())
}

/// The separator of the cells: `;` when the header line has one and no `,` (Excel in a locale
/// whose decimal mark is the comma), else `,`. The header's cells are plain column names.
fn delimiter_of(bytes: &[u8]) -> u8 {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if header.contains(&b';') && !header.contains(&b',') {
        b';'
    } else {
        b','
    }
}

/// The first quoted cell that goes on after its closing quote (`"Nang cap" junk`), as the line
/// its row starts on and the cell's index in the row. The CSV reader would read it as
/// `Nang cap junk`, so where the cell was meant to end would be a guess.
fn text_after_quote(bytes: &[u8], delimiter: u8) -> Option<(u64, usize)> {
    let (mut line, mut row_line, mut field) = (1u64, 1u64, 0usize);
    let mut at_cell_start = true;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        i += 1;
        match byte {
            b'"' if at_cell_start => {
                // Up to the closing quote; a doubled quote is a quote in the text.
                loop {
                    match bytes.get(i) {
                        // Unterminated: the reader itself says the file is not CSV.
                        None => return None,
                        Some(b'"') if bytes.get(i + 1) == Some(&b'"') => i += 2,
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(b'\n') => {
                            line += 1;
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                match bytes.get(i) {
                    None | Some(b'\r' | b'\n') => {}
                    Some(&next) if next == delimiter => {}
                    Some(_) => return Some((row_line, field)),
                }
                at_cell_start = false;
            }
            b'\n' => {
                line += 1;
                row_line = line;
                field = 0;
                at_cell_start = true;
            }
            b'\r' => {}
            _ if byte == delimiter => {
                field += 1;
                at_cell_start = true;
            }
            _ => at_cell_start = false,
        }
    }
    None
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

/// Finds the 1-based physical line on which each record begins.
///
/// The csv crate's own `Position::line` counts a CRLF only once the next record is read, so with
/// CRLF line ends it gives every data row the number of the line before it. A record starts at
/// `byte` or after the line ends that follow it (a record cannot begin with an unquoted line
/// break), so its line is one more than the line breaks before its first byte. Records are
/// asked for in order, so each call counts only the bytes since the previous one and reading a
/// file stays linear in its size.
struct LineCounter<'a> {
    bytes: &'a [u8],
    /// Line breaks are counted in `bytes[..counted_to]`.
    counted_to: usize,
    line_breaks: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            counted_to: 0,
            line_breaks: 0,
        }
    }

    fn line_at(&mut self, byte: u64) -> u64 {
        let bytes = self.bytes;
        let start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        let first = bytes[start..]
            .iter()
            .position(|b| *b != b'\r' && *b != b'\n')
            .map_or(bytes.len(), |offset| start + offset);
        if first < self.counted_to {
            *self = LineCounter::new(bytes);
        }
        // CRLF, LF and a lone CR each end one line.
        for i in self.counted_to..first {
            let b = bytes[i];
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                self.line_breaks += 1;
            }
        }
        self.counted_to = first;
        self.line_breaks + 1
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    /// The line of each record as the reader sees it.
    fn lines(bytes: &[u8]) -> Vec<u64> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes)
            .byte_records()
            .map(|r| LineCounter::new(bytes).line_at(r.unwrap().position().unwrap().byte()))
            .collect()
    }

    /// The same lines when counted record by record, as `read_table` does.
    fn lines_in_order(bytes: &[u8]) -> Vec<u64> {
        let mut counter = LineCounter::new(bytes);
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes)
            .byte_records()
            .map(|r| counter.line_at(r.unwrap().position().unwrap().byte()))
            .collect()
    }

    #[test]
    fn lines_are_physical_lines_whatever_the_line_ends() {
        assert_eq!(
            lines(b"a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n\r\n5,6\r\n"),
            [1, 2, 4, 6]
        );
        assert_eq!(lines(b"a,b\n1,\"x\ny\"\n3,4\n\n5,6"), [1, 2, 4, 6]);
        assert_eq!(lines(b"a,b\r1,\"x\ry\"\r3,4\r\r5,6\r"), [1, 2, 4, 6]);
        assert_eq!(lines(b"\r\n\r\na,b\r\n"), [3]);
        for bytes in [
            &b"a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n\r\n5,6\r\n"[..],
            b"a,b\r1,\"x\ry\"\r3,4\r\r5,6\r",
            b"\r\n\r\na,b\r\n",
        ] {
            assert_eq!(lines_in_order(bytes), lines(bytes));
        }
    }
}
