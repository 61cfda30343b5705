//! Writing meetings as the files of [`TABLES`], to any sinks: memory for the seal, temporary
//! files for an export.

use std::borrow::Borrow;
use std::io::{self, Write};

use super::cell::Ordinal;
use super::{
    AgendaRow, AttendanceRow, BOM, BallotCorrectionRow, BallotRow, ConclusionRow, CsvFile,
    ExportOptions, GuestRow, HouseholdBallotRow, HouseholdRow, MeetingRow, OpinionRow, OptionRow,
    OptionVoteRow, PledgeItemRow, PledgeRow, TABLES, Table, VoteRow, correction_rows,
    register_change_rows,
};
use crate::domain::{MeetingId, MeetingRecord, Opinion};

/// The tables of an export, each written to its own sink, one meeting's rows after another:
/// one meeting or a whole database goes out the same way.
pub struct Tables<W: Write> {
    /// One writer per entry of [`TABLES`], in that order.
    writers: Vec<::csv::Writer<W>>,
}

impl<W: Write> Tables<W> {
    /// Starts each table in its sink (one per entry of [`TABLES`], in that order): the BOM if
    /// asked for, then the header row.
    pub fn start(sinks: impl IntoIterator<Item = W>, options: ExportOptions) -> io::Result<Self> {
        let mut writers = Vec::with_capacity(TABLES.len());
        for (mut sink, table) in sinks.into_iter().zip(TABLES) {
            if options.bom {
                sink.write_all(BOM)?;
            }
            let mut writer = csv_writer(sink);
            writer.write_record((table.columns)()).map_err(csv_io)?;
            writers.push(writer);
        }
        assert_eq!(writers.len(), TABLES.len(), "one sink per table");
        Ok(Tables { writers })
    }

    /// Appends the rows of one meeting: sorted by item_no, then turn_no or vote_no; guests by
    /// guest_no; the corrections in the order they were made; the households in the register's
    /// order, their attendance by arrival then the register's order, the pledges by item_no
    /// then the register's order; the options by item_no then option_no, the hands for them by
    /// item_no, vote_no, then option_no.
    pub fn append(&mut self, record: &MeetingRecord, meeting_id: MeetingId) -> io::Result<()> {
        // One way to write: the record's own opinions, in the order the stream gives them.
        let mut opinions: Vec<_> = record.opinions.iter().collect();
        opinions.sort_by_key(|o| (o.item_no, o.turn_no));
        self.append_streamed(record, opinions.into_iter().map(Ok), meeting_id)
    }

    /// [`Tables::append`] of a meeting whose opinions are not held in memory: `record` has
    /// every table but its opinions (it may hold some of them, those its corrections name,
    /// which `corrections.csv` needs); `opinions` gives all of them, by item_no then turn_no,
    /// and each is written as it comes. The files are those `append` writes of the whole
    /// record, byte for byte.
    pub fn append_streamed<O: Borrow<Opinion>, E: From<io::Error>>(
        &mut self,
        record: &MeetingRecord,
        opinions: impl IntoIterator<Item = Result<O, E>>,
        meeting_id: MeetingId,
    ) -> Result<(), E> {
        self.write(&MeetingRow::new(&record.meeting, meeting_id))?;

        let mut agenda: Vec<_> = record.agenda.iter().collect();
        agenda.sort_by_key(|item| item.item_no);
        self.write_all(
            agenda
                .into_iter()
                .map(|item| AgendaRow::new(item, meeting_id)),
        )?;

        let writer = self.writer::<OpinionRow>();
        for opinion in opinions {
            let opinion = opinion?;
            writer
                .serialize(OpinionRow::new(opinion.borrow(), meeting_id))
                .map_err(csv_io)?;
        }

        let mut votes: Vec<_> = record.votes.iter().collect();
        votes.sort_by_key(|v| (v.item_no, v.vote_no));
        self.write_all(votes.into_iter().map(|v| VoteRow::new(v, meeting_id)))?;

        let mut guests: Vec<_> = record.guests.iter().collect();
        guests.sort_by_key(|g| g.guest_no);
        self.write_all(guests.into_iter().map(|g| GuestRow::new(g, meeting_id)))?;

        let mut conclusions: Vec<_> = record.conclusions.iter().collect();
        conclusions.sort_by_key(|c| c.item_no);
        self.write_all(
            conclusions
                .into_iter()
                .map(|c| ConclusionRow::new(c, meeting_id)),
        )?;
        self.write_all(correction_rows(record, meeting_id).into_iter())?;

        self.write_all(
            record
                .households
                .iter()
                .map(|h| HouseholdRow::new(h, meeting_id)),
        )?;
        // A household not in the register (which import refuses) goes after those that are.
        let order = |number: &str| {
            record
                .households
                .iter()
                .position(|h| h.household_no == number)
                .unwrap_or(usize::MAX)
        };
        let mut attendance: Vec<_> = record
            .attendance
            .iter()
            .map(|a| ((a.arrived_at, order(&a.household_no)), a))
            .collect();
        attendance.sort_by_key(|(key, _)| *key);
        self.write_all(
            attendance
                .into_iter()
                .map(|(_, a)| AttendanceRow::new(a, meeting_id)),
        )?;
        let mut pledges: Vec<_> = record
            .pledges
            .iter()
            .map(|p| ((p.item_no, order(&p.household_no)), p))
            .collect();
        pledges.sort_by_key(|(key, _)| *key);
        self.write_all(
            pledges
                .into_iter()
                .map(|(_, p)| PledgeRow::new(p, meeting_id)),
        )?;
        let mut pledge_items: Vec<u32> = record
            .agenda
            .iter()
            .filter(|item| item.takes_pledges)
            .map(|item| item.item_no)
            .collect();
        pledge_items.sort_unstable();
        self.write_all(pledge_items.into_iter().map(|item_no| PledgeItemRow {
            meeting_id,
            item_no: Ordinal(item_no),
        }))?;
        self.write_all(register_change_rows(record, meeting_id).into_iter())?;

        let mut options: Vec<_> = record.options.iter().collect();
        options.sort_by_key(|o| (o.item_no, o.option_no));
        self.write_all(options.into_iter().map(|o| OptionRow::new(o, meeting_id)))?;
        let mut option_votes: Vec<_> = record.option_votes.iter().collect();
        option_votes.sort_by_key(|o| (o.item_no, o.vote_no, o.option_no));
        self.write_all(
            option_votes
                .into_iter()
                .map(|o| OptionVoteRow::new(o, meeting_id)),
        )?;

        let ballots = &record.ballots;
        let households = u32::try_from(record.households.len()).unwrap_or(u32::MAX);
        let mut ballot_votes: Vec<_> = ballots.votes.iter().collect();
        ballot_votes.sort_by_key(|v| (v.item_no, v.vote_no));
        self.write_all(ballot_votes.into_iter().map(|v| {
            let returned = ballots.ballots_of(v.item_no, v.vote_no).count();
            let returned = u32::try_from(returned).unwrap_or(u32::MAX);
            BallotRow::new(v, meeting_id, households, returned)
        }))?;
        // By round, then in the order the ballots came in.
        let mut household_ballots: Vec<_> = ballots.household_ballots.iter().enumerate().collect();
        household_ballots.sort_by_key(|(entered, b)| (b.item_no, b.vote_no, *entered));
        self.write_all(
            household_ballots
                .into_iter()
                .map(|(_, b)| HouseholdBallotRow::new(b, meeting_id)),
        )?;
        self.write_all(
            (1u32..)
                .zip(&ballots.corrections)
                .map(|(no, c)| BallotCorrectionRow::new(c, no, meeting_id)),
        )?;
        Ok(())
    }

    fn write<T: Table>(&mut self, row: &T) -> io::Result<()> {
        self.writer::<T>().serialize(row).map_err(csv_io)
    }

    fn write_all<T: Table>(&mut self, rows: impl Iterator<Item = T>) -> io::Result<()> {
        let writer = self.writer::<T>();
        for row in rows {
            writer.serialize(row).map_err(csv_io)?;
        }
        Ok(())
    }

    fn writer<T: Table>(&mut self) -> &mut ::csv::Writer<W> {
        let index = TABLES
            .iter()
            .position(|table| table.file == T::FILE)
            .expect("every row struct is in TABLES");
        &mut self.writers[index]
    }

    /// Flushes every table and hands back the sinks, in the order of [`TABLES`].
    pub fn finish(self) -> io::Result<Vec<W>> {
        self.writers
            .into_iter()
            .map(|writer| writer.into_inner().map_err(|e| e.into_error()))
            .collect()
    }
}

/// The one way every table is written, so that a row written alone has the bytes it has in
/// its file.
fn csv_writer<W: Write>(sink: W) -> ::csv::Writer<W> {
    ::csv::WriterBuilder::new()
        .has_headers(false)
        .delimiter(b',')
        .quote_style(::csv::QuoteStyle::Necessary)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(sink)
}

/// The rows of one table written one at a time, each handed back as its exact bytes in the
/// table's file (its CRLF included): for a seal taken without holding the file.
pub struct RowBytes {
    writer: ::csv::Writer<Vec<u8>>,
    /// Where the last row starts in the writer's buffer.
    start: usize,
}

impl Default for RowBytes {
    fn default() -> Self {
        RowBytes {
            writer: csv_writer(Vec::new()),
            start: 0,
        }
    }
}

impl RowBytes {
    /// Past this, the buffer is emptied before the next row (the csv writer cannot be told to
    /// forget what it wrote).
    const KEEP: usize = 1 << 16;

    /// The header row of table `T`.
    pub fn header<T: Table + serde::de::DeserializeOwned>(&mut self) -> &[u8] {
        self.begin();
        // Writing CSV to memory cannot fail.
        self.writer
            .write_record(super::columns::<T>())
            .expect("writing CSV to memory");
        self.written()
    }

    /// One row.
    pub fn row<T: Table>(&mut self, row: &T) -> &[u8] {
        self.begin();
        self.writer.serialize(row).expect("writing CSV to memory");
        self.written()
    }

    fn begin(&mut self) {
        if self.writer.get_ref().len() > Self::KEEP {
            let full = std::mem::replace(&mut self.writer, csv_writer(Vec::new()));
            let mut bytes = full.into_inner().expect("writing CSV to memory");
            bytes.clear();
            self.writer = csv_writer(bytes);
        }
        self.start = self.writer.get_ref().len();
    }

    fn written(&mut self) -> &[u8] {
        self.writer.flush().expect("writing CSV to memory");
        &self.writer.get_ref()[self.start..]
    }
}

fn csv_io(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The files of a meeting, in the order of [`TABLES`]. Pure: nothing is written anywhere.
pub fn export_files(
    record: &MeetingRecord,
    meeting_id: MeetingId,
    options: ExportOptions,
) -> Vec<CsvFile> {
    let in_memory = || -> io::Result<Vec<Vec<u8>>> {
        let mut tables = Tables::start(TABLES.iter().map(|_| Vec::new()), options)?;
        tables.append(record, meeting_id)?;
        tables.finish()
    };
    // Writing CSV to memory cannot fail.
    let contents = in_memory().expect("writing CSV to memory");
    TABLES
        .iter()
        .zip(contents)
        .map(|(table, bytes)| CsvFile {
            name: table.file,
            bytes,
        })
        .collect()
}
