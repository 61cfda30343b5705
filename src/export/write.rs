//! Writing a meeting as the CSV files of SPEC §4.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use tempfile::NamedTempFile;
use thiserror::Error;

use super::minutes::Minutes;
use super::{
    AGENDA_COLUMNS, BOM, CsvFile, ExportOptions, FILE_NAMES, MEETING_COLUMNS, OPINIONS_COLUMNS,
    VOTES_COLUMNS, guard_text,
};
use crate::domain::{MeetingId, MeetingRecord, format_time};
use crate::durable::{self, Readers};

/// Why the files could not be written. Each names the path concerned.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error("cannot create the folder {}: {error}", path.display())]
    CreateDir {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("cannot write {}: {error}", path.display())]
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
}

/// One row being written: each cell goes straight into the table's CSV writer, numbers and
/// times without a string of their own; text cells go through the formula guard.
struct Row<'w, W: Write> {
    csv: &'w mut ::csv::Writer<W>,
    /// How many cells the table's rows have, and how many this one has so far.
    columns: usize,
    cells: usize,
    written: ::csv::Result<()>,
}

impl<W: Write> Row<'_, W> {
    fn cell(mut self, cell: &[u8]) -> Self {
        if self.written.is_ok() {
            self.written = self.csv.write_field(cell);
        }
        self.cells += 1;
        self
    }

    fn text(self, text: &str) -> Self {
        self.cell(guard_text(text).as_bytes())
    }

    /// A code of SPEC §4 (`open`, `support`, `all_households`...): never a formula.
    fn code(self, code: &str) -> Self {
        self.cell(code.as_bytes())
    }

    fn number(self, number: impl itoa::Integer) -> Self {
        self.cell(itoa::Buffer::new().format(number).as_bytes())
    }

    fn time(self, time: &DateTime<FixedOffset>) -> Self {
        self.cell(format_time(time).as_bytes())
    }

    /// A time, or an empty cell.
    fn optional_time(self, time: Option<&DateTime<FixedOffset>>) -> Self {
        match time {
            Some(time) => self.time(time),
            None => self.cell(b""),
        }
    }

    fn end(self) -> io::Result<()> {
        debug_assert_eq!(self.cells, self.columns, "cells in a row");
        self.written.map_err(csv_io)?;
        self.csv.write_record(None::<&[u8]>).map_err(csv_io)
    }
}

/// The four CSV tables of an export, each written to its own sink (a file, or memory), one
/// meeting's rows after another: one meeting or a whole database goes out the same way.
struct Tables<W: Write> {
    /// In the order of [`FILE_NAMES`]: meeting, agenda, opinions, votes.
    writers: [::csv::Writer<W>; 4],
}

const COLUMNS: [&[&str]; 4] = [
    &MEETING_COLUMNS,
    &AGENDA_COLUMNS,
    &OPINIONS_COLUMNS,
    &VOTES_COLUMNS,
];

impl<W: Write> Tables<W> {
    /// Starts each table: the BOM if asked for, then the header row.
    fn start(sinks: [W; 4], options: ExportOptions) -> io::Result<Self> {
        let mut writers = Vec::with_capacity(4);
        for (mut sink, columns) in sinks.into_iter().zip(COLUMNS) {
            if options.bom {
                sink.write_all(BOM)?;
            }
            let mut writer = ::csv::WriterBuilder::new()
                .delimiter(b',')
                .quote_style(::csv::QuoteStyle::Necessary)
                .terminator(::csv::Terminator::CRLF)
                .from_writer(sink);
            writer.write_record(columns).map_err(csv_io)?;
            writers.push(writer);
        }
        Ok(Tables {
            writers: four(writers),
        })
    }

    /// Starts a row of `table`; [`Row::end`] finishes it.
    fn row(&mut self, table: usize) -> Row<'_, W> {
        Row {
            csv: &mut self.writers[table],
            columns: COLUMNS[table].len(),
            cells: 0,
            written: Ok(()),
        }
    }

    /// Appends the rows of one meeting: sorted by item_no, then turn_no or vote_no.
    fn append(&mut self, record: &MeetingRecord, meeting_id: MeetingId) -> io::Result<()> {
        let m = &record.meeting;
        self.row(0)
            .number(meeting_id)
            .text(&m.title)
            .text(&m.ward)
            .text(&m.residential_group)
            .text(&m.location)
            .time(&m.started_at)
            .optional_time(m.ended_at.as_ref())
            .text(&m.chair)
            .text(&m.chair_title)
            .text(&m.secretary)
            .number(m.households_total)
            .number(m.households_present)
            .code(m.status.code())
            .end()?;

        let mut agenda: Vec<_> = record.agenda.iter().collect();
        agenda.sort_by_key(|item| item.item_no);
        for item in agenda {
            self.row(1)
                .number(meeting_id)
                .number(item.item_no)
                .text(&item.title)
                .text(&item.description)
                .code(item.rule.base.code())
                .code(item.rule.threshold.code())
                .end()?;
        }

        let mut opinions: Vec<_> = record.opinions.iter().collect();
        opinions.sort_by_key(|o| (o.item_no, o.turn_no));
        for o in opinions {
            self.row(2)
                .number(meeting_id)
                .number(o.item_no)
                .number(o.turn_no)
                .text(&o.speaker.name)
                .text(&o.speaker.address)
                .code(o.stance.code())
                .text(&o.text)
                .time(&o.started_at)
                .number(o.duration_s)
                .end()?;
        }

        let mut votes: Vec<_> = record.votes.iter().collect();
        votes.sort_by_key(|v| (v.item_no, v.vote_no));
        for v in votes {
            let c = &v.counts;
            self.row(3)
                .number(meeting_id)
                .number(v.item_no)
                .number(v.vote_no)
                .time(&v.voted_at)
                .number(c.households_total)
                .number(c.households_present)
                .number(c.votes_for)
                .number(c.votes_against)
                .number(c.votes_abstain)
                .number(c.not_voting())
                .code(v.rule.base.code())
                .code(v.rule.threshold.code())
                .code(v.outcome().code())
                .number(v.corrections)
                .end()?;
        }
        Ok(())
    }

    /// Flushes every table and hands back the sinks.
    fn finish(self) -> io::Result<[W; 4]> {
        let mut sinks = Vec::with_capacity(4);
        for writer in self.writers {
            sinks.push(writer.into_inner().map_err(|e| e.into_error())?);
        }
        Ok(four(sinks))
    }
}

/// The four tables (or their files), from a list built one per table.
fn four<T>(items: Vec<T>) -> [T; 4] {
    match items.try_into() {
        Ok(array) => array,
        Err(items) => unreachable!("one per table, not {}", items.len()),
    }
}

fn csv_io(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The four CSV files of a meeting, in the order meeting, agenda, opinions, votes.
///
/// Rows are sorted by item_no, then turn_no or vote_no. Pure: nothing is written anywhere.
pub fn export_files(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
) -> Vec<CsvFile> {
    // Writing to memory cannot fail.
    let mut tables =
        Tables::start([(); 4].map(|()| Vec::new()), options).expect("writing CSV to memory");
    tables
        .append(record, meeting_id)
        .expect("writing CSV to memory");
    let contents = tables.finish().expect("writing CSV to memory");
    FILE_NAMES
        .into_iter()
        .zip(contents)
        .map(|(name, bytes)| CsvFile { name, bytes })
        .collect()
}

/// Writes the CSV files of a meeting, and its minutes if given, into `dir` (created if missing)
/// and returns their paths.
///
/// Each file is first written in full to a temporary file in `dir` and flushed to disk; only
/// when all of them are written are they renamed into place, together, so no file is ever left
/// half-written and no CSV file goes out without the minutes asked for with it. Existing files
/// of the same names are replaced.
pub fn write_export(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
    minutes: Option<&Minutes>,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let mut export = ExportWriter::create(dir, options)?;
    export.append(record, meeting_id)?;
    match minutes {
        Some(minutes) => export.finish_with(&minutes.files()),
        None => export.finish(),
    }
}

/// An export of any number of meetings into one set of the four files, one meeting at a time,
/// so that a whole database goes out without being held in memory. The files appear, all four
/// at once and complete, only at [`ExportWriter::finish`]; until then they are temporary files
/// in the folder, removed again if the writer is dropped.
pub struct ExportWriter {
    dir: PathBuf,
    tables: Tables<BufWriter<NamedTempFile>>,
}

impl ExportWriter {
    /// Creates `dir` if missing and starts the four files in it.
    pub fn create(dir: &Path, options: ExportOptions) -> Result<Self, ExportError> {
        create_dir(dir)?;
        let mut temps = Vec::with_capacity(4);
        for name in FILE_NAMES {
            temps.push(BufWriter::with_capacity(1 << 16, staging_file(dir, name)?));
        }
        let tables = Tables::start(four(temps), options).map_err(|error| ExportError::Write {
            path: dir.to_path_buf(),
            error,
        })?;
        Ok(ExportWriter {
            dir: dir.to_path_buf(),
            tables,
        })
    }

    /// Appends the rows of one meeting to the four files.
    pub fn append(
        &mut self,
        record: &MeetingRecord,
        meeting_id: MeetingId,
    ) -> Result<(), ExportError> {
        self.tables
            .append(record, meeting_id)
            .map_err(|error| ExportError::Write {
                path: self.dir.clone(),
                error,
            })
    }

    /// Flushes the files to disk, then renames all four into place; returns their paths.
    pub fn finish(self) -> Result<Vec<PathBuf>, ExportError> {
        self.finish_with(&[])
    }

    /// As [`ExportWriter::finish`], with more files (name and content) put in place in the
    /// same step as the four tables.
    fn finish_with(self, more: &[(&'static str, &[u8])]) -> Result<Vec<PathBuf>, ExportError> {
        let dir = self.dir;
        let sinks = self.tables.finish().map_err(|error| ExportError::Write {
            path: dir.clone(),
            error,
        })?;
        let mut staged = Vec::with_capacity(4 + more.len());
        for (name, sink) in FILE_NAMES.into_iter().zip(sinks) {
            let temp = sink
                .into_inner()
                .map_err(|e| write_error(&dir, name, e.into_error()))?;
            staged.push((name, temp));
        }
        for &(name, bytes) in more {
            let mut temp = staging_file(&dir, name)?;
            temp.write_all(bytes)
                .map_err(|error| write_error(&dir, name, error))?;
            staged.push((name, temp));
        }
        durable::put_in_place(&dir, staged).map_err(|(name, error)| write_error(&dir, name, error))
    }
}

fn create_dir(dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|error| ExportError::CreateDir {
        path: dir.to_path_buf(),
        error,
    })
}

/// A temporary file in `dir` that becomes `name` once written in full: the exported files are
/// meant to be copied and shared.
fn staging_file(dir: &Path, name: &str) -> Result<NamedTempFile, ExportError> {
    durable::staging_file(dir, name.as_ref(), Readers::Shared)
        .map_err(|error| write_error(dir, name, error))
}

fn write_error(dir: &Path, name: &str, error: io::Error) -> ExportError {
    ExportError::Write {
        path: dir.join(name),
        error,
    }
}
