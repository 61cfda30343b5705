//! Writing a meeting as the CSV files of SPEC §4.

use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::minutes::Minutes;
use super::{
    AGENDA_COLUMNS, AGENDA_CSV, BOM, CsvFile, ExportOptions, MEETING_COLUMNS, MEETING_CSV,
    OPINIONS_COLUMNS, OPINIONS_CSV, VOTES_COLUMNS, VOTES_CSV, guard_text,
};
use crate::domain::{MeetingId, MeetingRecord, format_time};

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

/// One row being built: cells are plain strings; text cells go through the formula guard.
#[derive(Default)]
struct Row(Vec<String>);

impl Row {
    fn text(mut self, text: &str) -> Self {
        self.0.push(guard_text(text).into_owned());
        self
    }

    fn raw(mut self, cell: impl ToString) -> Self {
        self.0.push(cell.to_string());
        self
    }
}

fn csv_bytes(columns: &[&str], rows: Vec<Row>, options: ExportOptions) -> Vec<u8> {
    let mut bytes = Vec::new();
    if options.bom {
        bytes.extend_from_slice(BOM);
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(b',')
        .quote_style(::csv::QuoteStyle::Necessary)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(bytes);
    // Writing to a Vec cannot fail, and every row has as many cells as the header.
    writer.write_record(columns).expect("writing CSV to memory");
    for row in rows {
        debug_assert_eq!(row.0.len(), columns.len());
        writer.write_record(&row.0).expect("writing CSV to memory");
    }
    writer.into_inner().expect("writing CSV to memory")
}

/// The four CSV files of a meeting, in the order meeting, agenda, opinions, votes.
///
/// Rows are sorted by item_no, then turn_no or vote_no. Pure: nothing is written anywhere.
pub fn export_files(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
) -> Vec<CsvFile> {
    let m = &record.meeting;
    let meeting_row = Row::default()
        .raw(meeting_id)
        .text(&m.title)
        .text(&m.ward)
        .text(&m.residential_group)
        .text(&m.location)
        .raw(format_time(&m.started_at))
        .raw(m.ended_at.as_ref().map(format_time).unwrap_or_default())
        .text(&m.chair)
        .text(&m.chair_title)
        .text(&m.secretary)
        .raw(m.households_total)
        .raw(m.households_present)
        .raw(m.status.code());

    let mut agenda: Vec<_> = record.agenda.iter().collect();
    agenda.sort_by_key(|item| item.item_no);
    let agenda_rows = agenda
        .into_iter()
        .map(|item| {
            Row::default()
                .raw(meeting_id)
                .raw(item.item_no)
                .text(&item.title)
                .text(&item.description)
                .raw(item.rule.base.code())
                .raw(item.rule.threshold.code())
        })
        .collect();

    let mut opinions: Vec<_> = record.opinions.iter().collect();
    opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    let opinion_rows = opinions
        .into_iter()
        .map(|o| {
            Row::default()
                .raw(meeting_id)
                .raw(o.item_no)
                .raw(o.turn_no)
                .text(&o.speaker.name)
                .text(&o.speaker.address)
                .raw(o.stance.code())
                .text(&o.text)
                .raw(format_time(&o.started_at))
                .raw(o.duration_s)
        })
        .collect();

    let mut votes: Vec<_> = record.votes.iter().collect();
    votes.sort_by_key(|v| (v.item_no, v.vote_no));
    let vote_rows = votes
        .into_iter()
        .map(|v| {
            let c = &v.counts;
            Row::default()
                .raw(meeting_id)
                .raw(v.item_no)
                .raw(v.vote_no)
                .raw(format_time(&v.voted_at))
                .raw(c.households_total)
                .raw(c.households_present)
                .raw(c.votes_for)
                .raw(c.votes_against)
                .raw(c.votes_abstain)
                .raw(c.not_voting())
                .raw(v.rule.base.code())
                .raw(v.rule.threshold.code())
                .raw(v.outcome().code())
                .raw(v.corrections)
        })
        .collect();

    vec![
        CsvFile {
            name: MEETING_CSV,
            bytes: csv_bytes(&MEETING_COLUMNS, vec![meeting_row], options),
        },
        CsvFile {
            name: AGENDA_CSV,
            bytes: csv_bytes(&AGENDA_COLUMNS, agenda_rows, options),
        },
        CsvFile {
            name: OPINIONS_CSV,
            bytes: csv_bytes(&OPINIONS_COLUMNS, opinion_rows, options),
        },
        CsvFile {
            name: VOTES_CSV,
            bytes: csv_bytes(&VOTES_COLUMNS, vote_rows, options),
        },
    ]
}

/// Writes the CSV files of a meeting into `dir` (created if missing) and returns their paths.
///
/// Each file is first written in full to a temporary file in `dir` and flushed to disk; only
/// when all of them are written are they renamed into place, so no file is ever left
/// half-written. Existing files of the same names are replaced.
pub fn write_export(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let files = export_files(record, meeting_id, options);
    write_files(
        dir,
        files.iter().map(|file| (file.name, file.bytes.as_slice())),
    )
}

/// Writes `minutes.md` and `minutes.html` into `dir` (created if missing), in the same way as
/// [`write_export`], and returns their paths.
pub fn write_minutes(minutes: &Minutes, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    write_files(dir, minutes.files())
}

/// Writes whole files into `dir`: all are staged in temporary files and flushed before any is
/// renamed into place.
fn write_files<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|error| ExportError::CreateDir {
        path: dir.to_path_buf(),
        error,
    })?;

    let mut staged = Vec::new();
    for (name, bytes) in files {
        let path = dir.join(name);
        let write_error = |error| ExportError::Write {
            path: path.clone(),
            error,
        };
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        // Ordinary file permissions (as the umask allows), not the 0600 of temporary files:
        // the exported files are meant to be copied and shared.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        let mut temp = builder.tempfile_in(dir).map_err(write_error)?;
        temp.write_all(bytes).map_err(write_error)?;
        temp.as_file().sync_all().map_err(write_error)?;
        staged.push((temp, path));
    }

    let mut paths = Vec::new();
    for (temp, path) in staged {
        temp.persist(&path).map_err(|e| ExportError::Write {
            path: path.clone(),
            error: e.error,
        })?;
        paths.push(path);
    }
    crate::durable::sync_dir(dir);
    Ok(paths)
}
