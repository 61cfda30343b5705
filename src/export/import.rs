//! Reading a meeting folder (the CSV files of SPEC §4) back into a [`MeetingRecord`].
//!
//! Everything is checked before anything is returned; the first problem found is reported with
//! the file, the line (1-based, the header is line 1) and the column.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, SubsecRound};
use thiserror::Error;

use super::{
    AGENDA_COLUMNS, AGENDA_CSV, BOM, CsvFile, FILE_NAMES, MEETING_COLUMNS, MEETING_CSV,
    OPINIONS_COLUMNS, OPINIONS_CSV, VOTES_COLUMNS, VOTES_CSV, unguard_text,
};
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{
    AgendaItem, CodeError, CountError, DecisionRule, Meeting, MeetingId, MeetingRecord,
    MeetingStatus, Opinion, Outcome, Speaker, Stance, Threshold, Vote, VoteBase, VoteCounts,
    VoteError, parse_count, parse_time,
};

/// Where an import failed and why: `votes.csv line 3, column votes_for: "-1" is not a whole
/// number ≥ 0`.
#[derive(Debug)]
pub struct ImportError {
    /// `meeting.csv`, `agenda.csv`, `opinions.csv` or `votes.csv`.
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
    Unreadable(std::io::Error),
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
    #[error("{what} appears twice (first on line {first_line})")]
    Duplicate { what: String, first_line: u64 },
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
    fn file(file: &'static str, problem: ImportProblem) -> Self {
        ImportError {
            file,
            line: None,
            column: None,
            problem,
        }
    }
}

type Result<T> = std::result::Result<T, ImportError>;

/// Reads and checks the four CSV files of a meeting folder.
pub fn import_dir(dir: &Path) -> Result<MeetingRecord> {
    let mut files = Vec::with_capacity(FILE_NAMES.len());
    for name in FILE_NAMES {
        let path = dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) => files.push(CsvFile { name, bytes }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ImportError::file(
                    name,
                    ImportProblem::Missing {
                        dir: dir.to_path_buf(),
                    },
                ));
            }
            Err(e) => return Err(ImportError::file(name, ImportProblem::Unreadable(e))),
        }
    }
    import_files(&files)
}

/// Checks the four CSV files of a meeting, given in memory, and builds the record.
/// `files` is looked up by name; their order does not matter.
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

    let (meeting_id, meeting) = read_meeting(find(MEETING_CSV)?)?;
    let agenda = read_agenda(find(AGENDA_CSV)?, meeting_id)?;
    let item_nos: Vec<u32> = agenda.iter().map(|item| item.item_no).collect();
    let mut opinions = read_opinions(find(OPINIONS_CSV)?, meeting_id, &item_nos)?;
    let mut votes = read_votes(find(VOTES_CSV)?, meeting_id, &item_nos)?;

    let mut agenda = agenda;
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

/// One data row of a file, with what is needed to say where a problem is.
struct Row<'a> {
    file: &'static str,
    line: u64,
    columns: &'static [&'static str],
    cells: &'a [String],
}

impl Row<'_> {
    fn error(&self, column: &'static str, problem: ImportProblem) -> ImportError {
        ImportError {
            file: self.file,
            line: Some(self.line),
            column: Some(column),
            problem,
        }
    }

    fn cell(&self, column: &'static str) -> &str {
        let index = self
            .columns
            .iter()
            .position(|c| *c == column)
            .expect("a column of this file");
        &self.cells[index]
    }

    /// A single-line text: the export guard removed, then cleaned (NFC, no control characters).
    fn line_text(&self, column: &'static str) -> String {
        clean_line(unguard_text(self.cell(column)))
    }

    /// A multi-line text, cleaned the same way but keeping its line breaks.
    fn multiline_text(&self, column: &'static str) -> String {
        clean_multiline(unguard_text(self.cell(column)))
    }

    fn count(&self, column: &'static str) -> Result<u32> {
        parse_count(self.cell(column)).map_err(|e| self.error(column, ImportProblem::Count(e)))
    }

    /// A number of the 1, 2, … kind (item_no, turn_no, vote_no).
    fn ordinal(&self, column: &'static str) -> Result<u32> {
        match self.count(column)? {
            0 => Err(self.error(
                column,
                ImportProblem::Zero(self.cell(column).trim().to_owned()),
            )),
            n => Ok(n),
        }
    }

    fn code<T: FromStr<Err = CodeError>>(&self, column: &'static str) -> Result<T> {
        self.cell(column)
            .trim()
            .parse()
            .map_err(|e| self.error(column, ImportProblem::Code(e)))
    }

    fn optional_time(&self, column: &'static str) -> Result<Option<DateTime<FixedOffset>>> {
        let text = self.cell(column).trim();
        if text.is_empty() {
            return Ok(None);
        }
        parse_time(text)
            .map(|t| Some(t.trunc_subsecs(0)))
            .map_err(|_| self.error(column, ImportProblem::BadTime(text.to_owned())))
    }

    fn time(&self, column: &'static str) -> Result<DateTime<FixedOffset>> {
        self.optional_time(column)?
            .ok_or_else(|| self.error(column, ImportProblem::NoTime))
    }

    fn meeting_id(&self) -> Result<MeetingId> {
        let text = self.cell("meeting_id").trim();
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.error("meeting_id", ImportProblem::BadMeetingId(text.to_owned())));
        }
        text.parse()
            .map_err(|_| self.error("meeting_id", ImportProblem::BadMeetingId(text.to_owned())))
    }

    /// The meeting id of a row of agenda, opinions or votes: the one of meeting.csv.
    fn same_meeting(&self, expected: MeetingId) -> Result<()> {
        let found = self.meeting_id()?;
        if found != expected {
            return Err(self.error(
                "meeting_id",
                ImportProblem::OtherMeeting { found, expected },
            ));
        }
        Ok(())
    }

    fn known_item(&self, item_nos: &[u32]) -> Result<u32> {
        let item_no = self.ordinal("item_no")?;
        if !item_nos.contains(&item_no) {
            return Err(self.error("item_no", ImportProblem::UnknownItem(item_no)));
        }
        Ok(item_no)
    }
}

/// The data rows of a file, each with its line, after checking the header and field counts.
struct Table {
    file: &'static str,
    columns: &'static [&'static str],
    rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(|(line, cells)| Row {
            file: self.file,
            line: *line,
            columns: self.columns,
            cells,
        })
    }
}

/// Parses a file: optional BOM, then the exact header, then rows of exactly as many fields.
fn read_table(file: &'static str, columns: &'static [&'static str], bytes: &[u8]) -> Result<Table> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(b',')
        .from_reader(bytes);
    let mut rows = Vec::new();
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
                return Err(ImportError {
                    file,
                    line: Some(line),
                    column: None,
                    problem: ImportProblem::WrongHeader {
                        found,
                        expected: columns,
                    },
                });
            }
            continue;
        }
        if record.len() != columns.len() {
            return Err(ImportError {
                file,
                line: Some(line),
                column: None,
                problem: ImportProblem::FieldCount {
                    found: record.len(),
                    expected: columns.len(),
                },
            });
        }
        let mut cells = Vec::with_capacity(columns.len());
        for (field, column) in record.iter().zip(columns) {
            let text = String::from_utf8(field.to_vec()).map_err(|_| ImportError {
                file,
                line: Some(line),
                column: Some(column),
                problem: ImportProblem::NotUtf8,
            })?;
            cells.push(text);
        }
        rows.push((line, cells));
    }
    if !header_seen {
        return Err(ImportError::file(
            file,
            ImportProblem::Empty { expected: columns },
        ));
    }
    Ok(Table {
        file,
        columns,
        rows,
    })
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

fn read_meeting(bytes: &[u8]) -> Result<(MeetingId, Meeting)> {
    let table = read_table(MEETING_CSV, &MEETING_COLUMNS, bytes)?;
    let mut found = None;
    for row in table.rows() {
        if found.is_some() {
            return Err(ImportError {
                file: MEETING_CSV,
                line: Some(row.line),
                column: None,
                problem: ImportProblem::ExtraMeetingRow,
            });
        }
        let meeting_id = row.meeting_id()?;
        let started_at = row.time("started_at")?;
        let ended_at = row.optional_time("ended_at")?;
        let meeting = Meeting {
            title: row.line_text("title"),
            ward: row.line_text("ward"),
            residential_group: row.line_text("residential_group"),
            location: row.line_text("location"),
            started_at,
            ended_at,
            chair: row.line_text("chair"),
            chair_title: row.line_text("chair_title"),
            secretary: row.line_text("secretary"),
            households_total: row.count("households_total")?,
            households_present: row.count("households_present")?,
            status: row.code::<MeetingStatus>("status")?,
        };
        if let Some(ended) = ended_at
            && ended < started_at
        {
            return Err(row.error(
                "ended_at",
                ImportProblem::EndsBeforeStart {
                    started: row.cell("started_at").trim().to_owned(),
                    ended: row.cell("ended_at").trim().to_owned(),
                },
            ));
        }
        if meeting.households_present > meeting.households_total {
            return Err(row.error(
                "households_present",
                ImportProblem::Counts(VoteError::PresentExceedsTotal {
                    present: meeting.households_present,
                    total: meeting.households_total,
                }),
            ));
        }
        found = Some((meeting_id, meeting));
    }
    found.ok_or_else(|| ImportError::file(MEETING_CSV, ImportProblem::NoMeetingRow))
}

/// Remembers the line of each key, to report a key seen twice.
struct Keys<K>(HashMap<K, u64>);

impl<K: std::hash::Hash + Eq> Keys<K> {
    fn new() -> Self {
        Keys(HashMap::new())
    }

    fn insert(&mut self, row: &Row<'_>, column: &'static str, key: K, what: String) -> Result<()> {
        if let Some(first_line) = self.0.get(&key) {
            return Err(row.error(
                column,
                ImportProblem::Duplicate {
                    what,
                    first_line: *first_line,
                },
            ));
        }
        self.0.insert(key, row.line);
        Ok(())
    }
}

fn read_agenda(bytes: &[u8], meeting_id: MeetingId) -> Result<Vec<AgendaItem>> {
    let table = read_table(AGENDA_CSV, &AGENDA_COLUMNS, bytes)?;
    let mut keys = Keys::new();
    let mut agenda = Vec::new();
    for row in table.rows() {
        row.same_meeting(meeting_id)?;
        let item_no = row.ordinal("item_no")?;
        keys.insert(&row, "item_no", item_no, format!("item {item_no}"))?;
        agenda.push(AgendaItem {
            item_no,
            title: row.line_text("title"),
            description: row.multiline_text("description"),
            rule: DecisionRule {
                base: row.code("vote_base")?,
                threshold: row.code("threshold")?,
            },
        });
    }
    Ok(agenda)
}

fn read_opinions(bytes: &[u8], meeting_id: MeetingId, item_nos: &[u32]) -> Result<Vec<Opinion>> {
    let table = read_table(OPINIONS_CSV, &OPINIONS_COLUMNS, bytes)?;
    let mut keys = Keys::new();
    let mut opinions = Vec::new();
    for row in table.rows() {
        row.same_meeting(meeting_id)?;
        let item_no = row.known_item(item_nos)?;
        let turn_no = row.ordinal("turn_no")?;
        keys.insert(
            &row,
            "turn_no",
            (item_no, turn_no),
            format!("item {item_no} turn {turn_no}"),
        )?;
        opinions.push(Opinion {
            item_no,
            turn_no,
            speaker: Speaker {
                name: row.line_text("speaker_name"),
                address: row.line_text("speaker_address"),
            },
            stance: row.code::<Stance>("stance")?,
            text: row.multiline_text("opinion"),
            started_at: row.time("started_at")?,
            duration_s: row.count("duration_s")?,
        });
    }
    Ok(opinions)
}

fn read_votes(bytes: &[u8], meeting_id: MeetingId, item_nos: &[u32]) -> Result<Vec<Vote>> {
    let table = read_table(VOTES_CSV, &VOTES_COLUMNS, bytes)?;
    let mut keys = Keys::new();
    let mut votes = Vec::new();
    for row in table.rows() {
        row.same_meeting(meeting_id)?;
        let item_no = row.known_item(item_nos)?;
        let vote_no = row.ordinal("vote_no")?;
        keys.insert(
            &row,
            "vote_no",
            (item_no, vote_no),
            format!("item {item_no} vote {vote_no}"),
        )?;
        let voted_at = row.time("voted_at")?;
        let counts = VoteCounts {
            households_total: row.count("households_total")?,
            households_present: row.count("households_present")?,
            votes_for: row.count("votes_for")?,
            votes_against: row.count("votes_against")?,
            votes_abstain: row.count("votes_abstain")?,
        };
        let not_voting = row.count("not_voting")?;
        let rule = DecisionRule {
            base: row.code("vote_base")?,
            threshold: row.code("threshold")?,
        };
        let result: Outcome = row.code("result")?;
        let corrections = row.count("corrections")?;

        if let Err(e) = counts.validate() {
            let column = match e {
                VoteError::PresentExceedsTotal { .. } => "households_present",
                VoteError::CastExceedsPresent { .. } => "votes_for",
            };
            return Err(row.error(column, ImportProblem::Counts(e)));
        }
        if not_voting != counts.not_voting() {
            return Err(row.error(
                "not_voting",
                ImportProblem::NotVoting {
                    found: not_voting,
                    expected: counts.not_voting(),
                },
            ));
        }
        let computed = counts.outcome(rule);
        if result != computed {
            return Err(row.error(
                "result",
                ImportProblem::WrongResult {
                    found: result,
                    computed,
                    base: rule.base,
                    threshold: rule.threshold,
                },
            ));
        }
        votes.push(Vote {
            item_no,
            vote_no,
            voted_at,
            counts,
            rule,
            corrections,
        });
    }
    Ok(votes)
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
