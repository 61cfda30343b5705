//! Reading the files of a meeting back into a [`MeetingRecord`], checking everything.
//!
//! Each file is first split into rows (the exact header, as many fields as columns, UTF-8), then
//! each row is read into its row struct by a deserializer that checks every cell as it goes, so
//! that a bad cell is reported as a typed problem of its column; then the rows are checked
//! against each other. The first problem found is reported with the file, the line (1-based,
//! the header is line 1) and the column. Nothing is returned unless everything is right.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::value::StrDeserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, SeqAccess, Visitor};
use thiserror::Error;

use super::cell::{ORDINAL, TIME};
use super::{AgendaRow, BOM, CsvFile, MeetingRow, OpinionRow, Part, Table, VoteRow, columns};
use crate::domain::{
    CodeError, CountError, MeetingId, MeetingRecord, Outcome, Threshold, VoteBase, VoteError,
    parse_count, parse_time,
};

/// Where an import failed and why: `votes.csv line 3, column votes_for: "-1" is not a whole
/// number ≥ 0`.
#[derive(Debug)]
pub struct ImportError {
    /// The file, one of [`super::TABLES`].
    pub file: &'static str,
    /// 1-based physical line where the row starts; the header is line 1.
    pub line: Option<u64>,
    pub column: Option<&'static str>,
    pub problem: ImportProblem,
}

/// What is wrong, without the place (see [`ImportError`]).
#[derive(Debug, Error)]
pub enum ImportProblem {
    /// `dir` is empty when the files were given in memory.
    #[error("{}", missing(dir))]
    Missing { dir: PathBuf },
    #[error("cannot be read: {0}")]
    Unreadable(#[source] std::io::Error),
    #[error("is not valid CSV: {0}")]
    NotCsv(String),
    #[error("the text is not valid UTF-8")]
    NotUtf8,
    #[error("the file is empty; its first line must be the header {}", expected.join(","))]
    Empty { expected: &'static [&'static str] },
    #[error("the header must be \"{}\", not \"{}\"", expected.join(","), found.join(","))]
    WrongHeader {
        found: Vec<String>,
        expected: &'static [&'static str],
    },
    #[error("the row has {found} fields, expected {expected}")]
    FieldCount { found: usize, expected: usize },
    #[error("there is no meeting row (exactly one is expected)")]
    NoMeetingRow,
    #[error("a second meeting row (exactly one is expected)")]
    ExtraMeetingRow,
    #[error("\"{0}\" is not a meeting id (a whole number)")]
    BadMeetingId(String),
    #[error("meeting id {found} differs from {expected} in meeting.csv")]
    OtherMeeting {
        found: MeetingId,
        expected: MeetingId,
    },
    #[error(transparent)]
    Count(CountError),
    #[error("\"{0}\" must be 1 or more")]
    Zero(String),
    #[error(transparent)]
    Code(CodeError),
    #[error("a time is required")]
    NoTime,
    #[error("\"{0}\" is not a time in ISO 8601 with its offset, such as 2022-06-12T08:30:00+07:00")]
    BadTime(String),
    #[error("the meeting ends ({ended}) before it starts ({started})")]
    EndsBeforeStart { started: String, ended: String },
    #[error(transparent)]
    Counts(VoteError),
    #[error("{found} differs from households present − for − against − abstain = {expected}")]
    NotVoting { found: u32, expected: u32 },
    #[error(
        "\"{found}\" differs from \"{computed}\", the result of these counts under {base} / {threshold}"
    )]
    WrongResult {
        found: Outcome,
        computed: Outcome,
        base: VoteBase,
        threshold: Threshold,
    },
    #[error("item {0} is not in agenda.csv")]
    UnknownItem(u32),
    #[error("{} appears twice (first on line {first_line})", key_words(part))]
    Duplicate { part: Part, first_line: u64 },
}

/// The short name the row structs use for what is wrong with a row.
pub(super) use ImportProblem as Problem;

/// A row turned into its domain value, or the column at fault and why.
pub(super) type Checked<T> = std::result::Result<T, (&'static str, ImportProblem)>;

/// A row by its key columns, as the files number them: `item 2 vote 1`.
fn key_words(part: &Part) -> String {
    match *part {
        Part::Meeting => "the meeting".to_owned(),
        Part::AgendaItem { item_no } => format!("item {item_no}"),
        Part::Opinion { item_no, turn_no } => format!("item {item_no} turn {turn_no}"),
        Part::Vote { item_no, vote_no } => format!("item {item_no} vote {vote_no}"),
    }
}

fn missing(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        "the file is missing".to_owned()
    } else {
        format!("the file is missing from the folder {}", dir.display())
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, " line {line}, column {column}: ")?,
            (Some(line), None) => write!(f, " line {line}: ")?,
            (None, Some(column)) => write!(f, ", column {column}: ")?,
            (None, None) => f.write_str(": ")?,
        }
        write!(f, "{}", self.problem)
    }
}

// The message already contains the problem; no source, so that error chains print it once.
impl std::error::Error for ImportError {}

impl ImportError {
    pub fn file(file: &'static str, problem: ImportProblem) -> Self {
        ImportError {
            file,
            line: None,
            column: None,
            problem,
        }
    }
}

type Result<T> = std::result::Result<T, ImportError>;

/// Checks the files of a meeting, given in memory, and builds the record. `files` is looked up
/// by name; their order does not matter.
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
    let mut votes = context.read(find(VoteRow::FILE)?, VoteRow::check)?;

    agenda.sort_by_key(|item| item.item_no);
    opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    votes.sort_by_key(|v| (v.item_no, v.vote_no));
    Ok(MeetingRecord {
        meeting,
        agenda,
        opinions,
        votes,
    })
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
        check: fn(T) -> Checked<V>,
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
struct RawRow {
    line: u64,
    cells: Vec<String>,
}

/// The data rows of a file, after checking the header and field counts.
struct RawTable {
    file: &'static str,
    columns: &'static [&'static str],
    rows: Vec<RawRow>,
}

impl RawTable {
    /// Parses the file of table `T`: optional BOM, then the exact header, then rows of exactly
    /// as many fields, each valid UTF-8.
    fn read<T: Table + DeserializeOwned>(bytes: &[u8]) -> Result<RawTable> {
        let file = T::FILE;
        let columns = columns::<T>();
        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(b',')
            .from_reader(bytes);
        let mut table = RawTable {
            file,
            columns,
            rows: Vec::new(),
        };
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

    fn error(
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
    fn deserialize<T: DeserializeOwned>(&self, raw: &RawRow) -> Result<T> {
        let mut cells = RowCells {
            cells: &raw.cells,
            next: 0,
        };
        T::deserialize(&mut cells).map_err(|e| {
            let column = e.column.and_then(|i| self.columns.get(i).copied());
            self.error(raw.line, column, e.problem)
        })
    }

    /// The result of a row's own check, placed on its line.
    fn checked<V>(&self, raw: &RawRow, checked: Checked<V>) -> Result<V> {
        checked.map_err(|(column, problem)| self.error(raw.line, Some(column), problem))
    }
}

/// A cell that could not be read into its field, and which column it was (by position).
#[derive(Debug)]
struct CellError {
    problem: ImportProblem,
    column: Option<usize>,
}

impl CellError {
    fn new(problem: ImportProblem) -> Self {
        CellError {
            problem,
            column: None,
        }
    }
}

impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

impl std::error::Error for CellError {}

impl de::Error for CellError {
    /// Only a row struct that asks for something no column holds gets here.
    fn custom<T: fmt::Display>(message: T) -> Self {
        CellError::new(ImportProblem::NotCsv(message.to_string()))
    }
}

/// The cells of one row, handed to the fields of its row struct in order.
struct RowCells<'r> {
    cells: &'r [String],
    next: usize,
}

impl<'de> de::Deserializer<'de> for &mut RowCells<'de> {
    type Error = CellError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_seq(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_seq(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

impl<'de> SeqAccess<'de> for RowCells<'de> {
    type Error = CellError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> std::result::Result<Option<S::Value>, CellError> {
        let Some(cell) = self.cells.get(self.next) else {
            return Ok(None);
        };
        let column = self.next;
        self.next += 1;
        seed.deserialize(Cell(cell)).map(Some).map_err(|mut e| {
            e.column.get_or_insert(column);
            e
        })
    }
}

/// One cell, read as the field asks: a count, a code, a time, a text…
struct Cell<'r>(&'r str);

impl<'de> Cell<'de> {
    fn trimmed(&self) -> &'de str {
        self.0.trim()
    }

    fn count(&self) -> std::result::Result<u32, CellError> {
        parse_count(self.0).map_err(|e| CellError::new(ImportProblem::Count(e)))
    }
}

impl<'de> de::Deserializer<'de> for Cell<'de> {
    type Error = CellError;

    fn deserialize_any<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_borrowed_str(self.0)
    }

    /// A meeting id: plain digits.
    fn deserialize_i64<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        let text = self.trimmed();
        let bad = || CellError::new(ImportProblem::BadMeetingId(text.to_owned()));
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        visitor.visit_i64(text.parse().map_err(|_| bad())?)
    }

    fn deserialize_u32<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        visitor.visit_u32(self.count()?)
    }

    fn deserialize_option<V: Visitor<'de>>(
        self,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        if self.trimmed().is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        let text = self.trimmed();
        match name {
            TIME if text.is_empty() => Err(CellError::new(ImportProblem::NoTime)),
            TIME if parse_time(text).is_err() => {
                Err(CellError::new(ImportProblem::BadTime(text.to_owned())))
            }
            TIME => visitor.visit_borrowed_str(text),
            ORDINAL => match self.count()? {
                0 => Err(CellError::new(ImportProblem::Zero(text.to_owned()))),
                n => visitor.visit_u64(u64::from(n)),
            },
            _ => visitor.visit_newtype_struct(self),
        }
    }

    /// A code: one of the variants' names.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        let code = self.trimmed();
        if !variants.contains(&code) {
            return Err(CellError::new(ImportProblem::Code(CodeError {
                found: code.to_owned(),
                expected: variants,
            })));
        }
        let code: StrDeserializer<'_, CellError> = code.into_deserializer();
        visitor.visit_enum(code)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i128 u8 u16 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// Which row the cells are, if they read as a row of `T`.
pub(super) fn part_of<T: Table + DeserializeOwned>(cells: &[String]) -> Option<Part> {
    let mut cells = RowCells { cells, next: 0 };
    T::deserialize(&mut cells).ok().map(|row| row.part())
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

/// The field names a row struct asks for: its columns.
pub(super) fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names = FieldNames(&[]);
    // Asking for the struct is all it takes; the error that follows is expected.
    let _ = T::deserialize(&mut names);
    names.0
}

struct FieldNames(&'static [&'static str]);

impl<'de> de::Deserializer<'de> for &mut FieldNames {
    type Error = CellError;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, CellError> {
        Err(de::Error::custom("a row struct is a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> std::result::Result<V::Value, CellError> {
        self.0 = fields;
        Err(de::Error::custom("only the names were asked for"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
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
