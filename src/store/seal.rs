//! Closing a meeting with its fingerprint and checking it again (SPEC §5, §14), and the whole
//! meeting as it is sealed: read in one snapshot for the export and the minutes, inserted in one
//! transaction by an import.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, params};

use super::agenda::{insert_agenda_item, read_agenda};
use super::attendance::{insert_attendance, read_attendance};
use super::audit::{
    insert_corrections, insert_register_changes, read_corrections, read_register_changes,
};
use super::ballots::{insert_ballots, read_ballots};
use super::conclusions::{insert_conclusion, read_conclusions};
use super::fingerprint::{self, Fingerprint, Part, Scheme, part_from_key, part_key};
use super::guests::{insert_guest, read_guests};
use super::households::{insert_households, read_households};
use super::integrity::check_pages;
use super::meetings::{
    check_attendance, insert_meeting, read_from_meeting, read_meeting, write_speaking_limit,
};
use super::opinions::{
    for_each_opinion, has_opinion, insert_opinion, read_all_opinions, read_opinion,
};
use super::options::{insert_option, insert_option_vote, read_option_votes, read_options};
use super::pledges::{insert_pledge, read_pledges};
use super::rows::code_at;
use super::votes::{ensure_no_open_round, insert_vote, read_votes};
use super::{Result, Store, StoreError};
use crate::domain::{
    AgendaItem, EntryKey, Meeting, MeetingId, MeetingRecord, MeetingStatus, Opinion, SpeakingLimit,
    format_time,
};
use crate::records::{self, Files, ImportError, OpinionSink};

/// What a check of a meeting against its fingerprint found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// The meeting is still open: it has no fingerprint yet, there is nothing to check.
    Open,
    /// The meeting is closed but has no fingerprint: it was closed by a version of hopdan that
    /// did not record one. There is nothing to check against.
    Unsealed,
    /// The content is what it was when the meeting was closed.
    Intact { fingerprint: Fingerprint },
    /// The content changed since the meeting was closed.
    Altered {
        /// The fingerprint recorded when the meeting was closed.
        expected: Fingerprint,
        /// The fingerprint of the content now; `None` when the rows can no longer be read as
        /// a meeting at all (a value hopdan never writes, such as a time that is not a time).
        found: Option<Fingerprint>,
        /// The rows that differ, in the order of the export; empty when it cannot be said
        /// (e.g. the digests of the rows were removed as well).
        differences: Vec<Difference>,
    },
}

impl Verification {
    /// Whether the meeting has a fingerprint and its content still matches it.
    pub fn is_intact(&self) -> bool {
        matches!(self, Verification::Intact { .. })
    }

    /// The CSV files in which some row differs, each once, in export order.
    pub fn altered_files(&self) -> Vec<&'static str> {
        let mut files: Vec<&'static str> = Vec::new();
        if let Verification::Altered { differences, .. } = self {
            for d in differences {
                if !files.contains(&d.part.file()) {
                    files.push(d.part.file());
                }
            }
        }
        files
    }
}

/// One row that is not as it was when the meeting was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Difference {
    pub part: Part,
    pub change: Change,
}

/// How a row differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// The row is there but its content differs.
    Changed,
    /// The row was there when the meeting was closed and is gone.
    Removed,
    /// The row was not there when the meeting was closed.
    Added,
}

impl Store {
    /// Closes the meeting `id` at `ended_at` and returns its fingerprint.
    ///
    /// In one immediate transaction: refuses a meeting that is already closed
    /// ([`StoreError::MeetingClosed`]) or does not exist ([`StoreError::NotFound`]) and an end
    /// before the start ([`StoreError::EndsBeforeStart`]); removes the meeting's speaker queue,
    /// floor and drafts (a closed meeting has none: the caller asks before discarding them);
    /// sets `ended_at` and the status `closed`; records the fingerprint of the content
    /// ([`fingerprint::of_record`] under [`Scheme::CURRENT`] of the record as
    /// [`Store::load_record`] returns it from now on), its scheme and the digest of each row;
    /// and runs `PRAGMA integrity_check`. If the check finds
    /// damage nothing is changed and the error is [`StoreError::Corrupt`].
    pub fn close_meeting(
        &mut self,
        id: MeetingId,
        ended_at: DateTime<FixedOffset>,
    ) -> Result<Fingerprint> {
        let tx = self.write_open_meeting(id)?;
        ensure_no_open_round(&tx, id, None)?;
        for sql in [
            "DELETE FROM speaker_queue WHERE meeting_id = ?1",
            "DELETE FROM floor WHERE meeting_id = ?1",
            "DELETE FROM drafts WHERE meeting_id = ?1",
        ] {
            tx.prepare_cached(sql)?.execute([id])?;
        }
        tx.prepare_cached("UPDATE meetings SET ended_at = ?2 WHERE id = ?1")?
            .execute(params![id, format_time(&ended_at)])?;
        // As stored (whole seconds), the way an import of the exported files checks it.
        let meeting = read_meeting(&tx, id)?;
        if let Some(ended) = meeting.ended_at
            && ended < meeting.started_at
        {
            return Err(StoreError::EndsBeforeStart {
                started: format_time(&meeting.started_at),
                ended: format_time(&ended),
            });
        }
        let fingerprint = seal(&tx, id)?;
        check_pages(&tx, "integrity_check")?;
        tx.commit()?;
        Ok(fingerprint)
    }

    /// The fingerprint recorded when the meeting was closed; `None` while it is open (or if it
    /// was closed without one, see [`Verification::Unsealed`]).
    pub fn meeting_fingerprint(&self, id: MeetingId) -> Result<Option<Fingerprint>> {
        read_fingerprint(&self.conn, id)
    }

    /// The meeting as it goes out (its files, its minutes), with the fingerprint to print in
    /// them: the one recorded at closing, checked against this very content (read in one
    /// snapshot); `None` while the meeting is open or was closed without one. Refused
    /// ([`StoreError::AlteredSinceClosing`]) when the content changed since: an export never
    /// passes altered content on as if it were the sealed record.
    pub fn checked_record(&self, id: MeetingId) -> Result<(MeetingRecord, Option<Fingerprint>)> {
        let tx = self.conn.unchecked_transaction()?;
        let record = read_record(&tx, id)?;
        let recorded = read_seal(&tx, id)?;
        tx.finish()?;
        let Some((recorded, scheme)) = recorded else {
            return Ok((record, None));
        };
        match scheme {
            Some(scheme) if fingerprint::of_record(&record, scheme) == recorded => {
                Ok((record, Some(recorded)))
            }
            _ => Err(StoreError::AlteredSinceClosing { id }),
        }
    }

    /// [`Store::checked_record`] of a meeting of any size, for its files: `export` is given
    /// the meeting without its opinions (but those its corrections name, see
    /// [`fingerprint::seal_streamed`]), all its opinions one at a time, by item_no then turn_no,
    /// and the fingerprint checked. The seal is checked first, in a pass over the opinions of
    /// its own, so that `export` is not called for altered content; both passes and `export`'s
    /// read one snapshot.
    pub fn checked_record_streamed<T, E: From<StoreError>>(
        &self,
        id: MeetingId,
        export: impl FnOnce(
            &MeetingRecord,
            &mut dyn Iterator<Item = Result<Opinion>>,
            Option<&Fingerprint>,
        ) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(StoreError::from)?;
        let record = read_record_but_opinions(&tx, id)?;
        let fingerprint = match read_seal(&tx, id)? {
            None => None,
            Some((recorded, Some(scheme))) => {
                let now = for_each_opinion(&tx, id, |opinions| {
                    fingerprint::fingerprint_streamed(&record, opinions, scheme)
                })?;
                if now != recorded {
                    return Err(StoreError::AlteredSinceClosing { id }.into());
                }
                Some(recorded)
            }
            Some((_, None)) => return Err(StoreError::AlteredSinceClosing { id }.into()),
        };
        let exported = for_each_opinion(&tx, id, |opinions| {
            export(&record, opinions, fingerprint.as_ref())
        })?;
        tx.finish().map_err(StoreError::from)?;
        Ok(exported)
    }

    /// Computes the fingerprint of the meeting's content again, from one consistent snapshot,
    /// and compares it with the one recorded when it was closed; if they differ, the digests of
    /// the rows say which rows differ.
    pub fn verify_meeting(&self, id: MeetingId) -> Result<Verification> {
        let tx = self.conn.unchecked_transaction()?;
        let status: MeetingStatus = read_from_meeting(
            &tx,
            id,
            "SELECT status FROM meetings WHERE id = ?1",
            |row| code_at(row, 0),
        )?;
        let Some((expected, scheme)) = read_seal(&tx, id)? else {
            return Ok(match status {
                MeetingStatus::Open => Verification::Open,
                MeetingStatus::Closed => Verification::Unsealed,
            });
        };
        let mut recorded_parts = BTreeMap::new();
        {
            let mut stmt = tx.prepare_cached(
                "SELECT part, digest FROM meeting_digests WHERE meeting_id = ?1 ORDER BY part",
            )?;
            let mut rows = stmt.query([id])?;
            while let Some(row) = rows.next()? {
                let key: String = row.get(0)?;
                let digest: String = row.get(1)?;
                // A key hopdan never writes names nothing it can report.
                if let Some(part) = part_from_key(&key) {
                    recorded_parts.insert(part, digest);
                }
            }
        }
        let record = match read_record(&tx, id) {
            // A scheme this version does not know was not written by hopdan (a newer one would
            // have a newer schema, which this version does not open): nothing to compare with.
            Ok(_) if scheme.is_none() => None,
            Ok(record) => Some(record),
            Err(StoreError::Sqlite(
                rusqlite::Error::FromSqlConversionFailure(..)
                | rusqlite::Error::InvalidColumnType(..)
                | rusqlite::Error::IntegralValueOutOfRange(..),
            )) => None,
            Err(other) => return Err(other),
        };
        tx.finish()?;

        let (Some(record), Some(scheme)) = (record, scheme) else {
            return Ok(Verification::Altered {
                expected,
                found: None,
                differences: Vec::new(),
            });
        };
        let now = fingerprint::seal(&record, scheme);
        if now.fingerprint == expected {
            return Ok(Verification::Intact {
                fingerprint: expected,
            });
        }
        let differences = if recorded_parts.is_empty() {
            Vec::new()
        } else {
            differences(&recorded_parts, &now.parts)
        };
        Ok(Verification::Altered {
            expected,
            found: Some(now.fingerprint),
            differences,
        })
    }

    /// The whole meeting, as exported, read in one consistent snapshot.
    pub fn load_record(&self, id: MeetingId) -> Result<MeetingRecord> {
        let tx = self.conn.unchecked_transaction()?;
        let record = read_record(&tx, id)?;
        tx.finish()?;
        Ok(record)
    }

    /// Inserts a whole meeting (an import) in one transaction: all of it or nothing. Keeps the
    /// status, `ended_at`, each vote's `corrections` as given and the corrections themselves
    /// (into the audit log); a closed meeting is closed
    /// last, after its rows are in, and its fingerprint (that of the record as stored, under
    /// [`Scheme::CURRENT`], see [`fingerprint::of_record`]) is recorded then. Refuses invalid attendance or vote counts.
    pub fn insert_record(&mut self, record: &MeetingRecord) -> Result<MeetingId> {
        self.insert_record_with_limit(record, SpeakingLimit::DEFAULT)
    }

    /// [`Store::insert_record`] with the meeting's speaking-time limit (not part of the CSV
    /// files: an import gets the default).
    pub(super) fn insert_record_with_limit(
        &mut self,
        record: &MeetingRecord,
        limit: SpeakingLimit,
    ) -> Result<MeetingId> {
        check_attendance(
            record.meeting.households_present,
            record.meeting.households_total,
        )?;
        for vote in &record.votes {
            vote.counts.validate()?;
        }
        let tx = self.write()?;
        let id = insert_head(&tx, &record.meeting, &record.agenda, limit)?;
        for opinion in &record.opinions {
            insert_opinion(&tx, id, opinion)?;
        }
        insert_rest(&tx, id, record)?;
        tx.commit()?;
        Ok(id)
    }

    /// Imports the files of a meeting ([`records::import_into`]: every check, the same errors)
    /// and inserts it as [`Store::insert_record`] does, in one transaction: all of it or
    /// nothing. The opinions go into the database as they are read, and the seal of a closed
    /// meeting reads them back one at a time: a meeting of any size is imported in little
    /// memory.
    pub fn import(
        &mut self,
        files: &(impl Files + ?Sized),
    ) -> std::result::Result<MeetingId, ImportFailure> {
        let tx = self.write()?;
        let mut sink = Inserting { tx: &tx, id: None };
        let record = records::import_into(files, &mut sink)?;
        let id = sink.id();
        for vote in &record.votes {
            vote.counts.validate().map_err(StoreError::from)?;
        }
        insert_rest(&tx, id, &record)?;
        tx.commit()?;
        Ok(id)
    }
}

/// Why an import wrote nothing: the files, or the database.
#[derive(Debug, thiserror::Error)]
pub enum ImportFailure {
    #[error(transparent)]
    Files(#[from] ImportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ImportFailure {
    fn from(error: rusqlite::Error) -> Self {
        ImportFailure::Store(error.into())
    }
}

/// The opinions of an import, into its transaction.
struct Inserting<'t> {
    tx: &'t Connection,
    /// The meeting, once inserted.
    id: Option<MeetingId>,
}

impl Inserting<'_> {
    fn id(&self) -> MeetingId {
        self.id
            .expect("the meeting is inserted before its opinions")
    }
}

impl OpinionSink for Inserting<'_> {
    type Error = ImportFailure;

    fn begin(
        &mut self,
        meeting: &Meeting,
        agenda: &[AgendaItem],
    ) -> std::result::Result<(), ImportFailure> {
        check_attendance(meeting.households_present, meeting.households_total)?;
        self.id = Some(insert_head(
            self.tx,
            meeting,
            agenda,
            SpeakingLimit::DEFAULT,
        )?);
        Ok(())
    }

    fn contains(&mut self, item_no: u32, turn_no: u32) -> std::result::Result<bool, ImportFailure> {
        Ok(has_opinion(self.tx, self.id(), item_no, turn_no)?)
    }

    fn push(&mut self, opinion: Opinion) -> std::result::Result<(), ImportFailure> {
        Ok(insert_opinion(self.tx, self.id(), &opinion)?)
    }

    fn get(
        &mut self,
        item_no: u32,
        turn_no: u32,
    ) -> std::result::Result<Option<Opinion>, ImportFailure> {
        Ok(read_opinion(self.tx, self.id(), item_no, turn_no)?)
    }
}

/// The meeting (still open) and its agenda.
fn insert_head(
    conn: &Connection,
    meeting: &Meeting,
    agenda: &[AgendaItem],
    limit: SpeakingLimit,
) -> Result<MeetingId> {
    let id = insert_meeting(conn, meeting, MeetingStatus::Open)?;
    if limit != SpeakingLimit::DEFAULT {
        write_speaking_limit(conn, id, limit)?;
    }
    for item in agenda {
        insert_agenda_item(conn, id, item)?;
    }
    Ok(id)
}

/// What follows the opinions of `record`: its votes, guests, conclusions and corrections;
/// then a closed meeting is closed, last, and its fingerprint recorded.
fn insert_rest(conn: &Connection, id: MeetingId, record: &MeetingRecord) -> Result<()> {
    insert_households(conn, id, &record.households)?;
    for attendance in &record.attendance {
        insert_attendance(conn, id, attendance)?;
    }
    // An import reads the pledges after the agenda went in: the items they name take pledges.
    for item in record.agenda.iter().filter(|item| item.takes_pledges) {
        conn.prepare_cached(
            "UPDATE agenda_items SET takes_pledges = 1 WHERE meeting_id = ?1 AND item_no = ?2",
        )?
        .execute(params![id, item.item_no])?;
    }
    for pledge in &record.pledges {
        insert_pledge(conn, id, pledge)?;
    }
    for option in &record.options {
        insert_option(conn, id, option)?;
    }
    for vote in &record.votes {
        insert_vote(conn, id, vote)?;
    }
    for option_vote in &record.option_votes {
        insert_option_vote(conn, id, option_vote)?;
    }
    insert_ballots(conn, id, record)?;
    for guest in &record.guests {
        insert_guest(conn, id, guest)?;
    }
    for conclusion in &record.conclusions {
        insert_conclusion(conn, id, conclusion)?;
    }
    insert_corrections(conn, id, &record.corrections)?;
    insert_register_changes(conn, id, &record.register_changes)?;
    match record.meeting.status {
        MeetingStatus::Open => {}
        MeetingStatus::Closed => {
            seal(conn, id)?;
        }
    }
    Ok(())
}

/// Records the fingerprint of the meeting `id` and the digests of its rows, and closes it, in
/// the caller's transaction. The content is read back from the database, so that the
/// fingerprint is that of what [`Store::load_record`] will return; the opinions are read one
/// at a time, so that sealing a meeting of any size takes little memory.
pub(super) fn seal(conn: &Connection, id: MeetingId) -> Result<Fingerprint> {
    let mut record = read_record_but_opinions(conn, id)?;
    record.meeting.status = MeetingStatus::Closed;
    let scheme = Scheme::CURRENT;
    conn.prepare_cached("DELETE FROM meeting_digests WHERE meeting_id = ?1")?
        .execute([id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO meeting_digests (meeting_id, part, digest) VALUES (?1, ?2, ?3)",
    )?;
    let fingerprint = for_each_opinion(conn, id, |opinions| {
        fingerprint::seal_streamed(&record, opinions, scheme, |part, digest| {
            insert.execute(params![id, part_key(part), digest])?;
            Ok(())
        })
    })?;
    conn.prepare_cached(
        "UPDATE meetings SET status = ?2, fingerprint = ?3, seal_scheme = ?4 WHERE id = ?1",
    )?
    .execute(params![
        id,
        MeetingStatus::Closed.code(),
        fingerprint.as_str(),
        scheme.number()
    ])?;
    Ok(fingerprint)
}

/// The fingerprint recorded when meeting `id` was closed, if any.
fn read_fingerprint(conn: &Connection, id: MeetingId) -> Result<Option<Fingerprint>> {
    Ok(read_seal(conn, id)?.map(|(fingerprint, _)| fingerprint))
}

/// The fingerprint recorded when meeting `id` was closed, if any, and the scheme it was taken
/// under (`None` for a number this version does not know).
fn read_seal(conn: &Connection, id: MeetingId) -> Result<Option<(Fingerprint, Option<Scheme>)>> {
    let seal: Option<(String, i64)> = read_from_meeting(
        conn,
        id,
        "SELECT fingerprint, seal_scheme FROM meetings WHERE id = ?1",
        |row| Ok(row.get::<_, Option<String>>(0)?.zip(Some(row.get(1)?))),
    )?;
    Ok(seal.map(|(fingerprint, scheme)| {
        (
            Fingerprint::from_stored(fingerprint),
            Scheme::from_number(scheme),
        )
    }))
}

/// The rows whose digest differs between the seal and now, in export order.
fn differences(recorded: &BTreeMap<Part, String>, now: &BTreeMap<Part, String>) -> Vec<Difference> {
    let mut out = Vec::new();
    for (part, digest) in recorded {
        match now.get(part) {
            None => out.push(Difference {
                part: *part,
                change: Change::Removed,
            }),
            Some(d) if d != digest => out.push(Difference {
                part: *part,
                change: Change::Changed,
            }),
            Some(_) => {}
        }
    }
    for part in now.keys() {
        if !recorded.contains_key(part) {
            out.push(Difference {
                part: *part,
                change: Change::Added,
            });
        }
    }
    out.sort();
    out
}

/// The meeting without its opinions but those its corrections name (which its history of
/// corrections is written from); call it inside a transaction for a consistent snapshot.
fn read_record_but_opinions(conn: &Connection, id: MeetingId) -> Result<MeetingRecord> {
    let corrections = read_corrections(conn, id)?;
    let mut opinions = Vec::new();
    for correction in &corrections {
        if let EntryKey::Opinion { item_no, turn_no } = correction.entry
            && !opinions
                .iter()
                .any(|o: &Opinion| o.item_no == item_no && o.turn_no == turn_no)
            && let Some(opinion) = read_opinion(conn, id, item_no, turn_no)?
        {
            opinions.push(opinion);
        }
    }
    Ok(MeetingRecord {
        meeting: read_meeting(conn, id)?,
        agenda: read_agenda(conn, id)?,
        opinions,
        votes: read_votes(conn, id)?,
        guests: read_guests(conn, id)?,
        conclusions: read_conclusions(conn, id)?,
        corrections,
        households: read_households(conn, id)?,
        attendance: read_attendance(conn, id)?,
        pledges: read_pledges(conn, id)?,
        register_changes: read_register_changes(conn, id)?,
        options: read_options(conn, id)?,
        option_votes: read_option_votes(conn, id)?,
        ballots: read_ballots(conn, id)?,
    })
}

/// The whole meeting; call it inside a transaction for a consistent snapshot.
fn read_record(conn: &Connection, id: MeetingId) -> Result<MeetingRecord> {
    let meeting = read_meeting(conn, id)?;
    let agenda = read_agenda(conn, id)?;
    Ok(MeetingRecord {
        meeting,
        agenda,
        opinions: read_all_opinions(conn, id)?,
        votes: read_votes(conn, id)?,
        guests: read_guests(conn, id)?,
        conclusions: read_conclusions(conn, id)?,
        corrections: read_corrections(conn, id)?,
        households: read_households(conn, id)?,
        attendance: read_attendance(conn, id)?,
        pledges: read_pledges(conn, id)?,
        register_changes: read_register_changes(conn, id)?,
        options: read_options(conn, id)?,
        option_votes: read_option_votes(conn, id)?,
        ballots: read_ballots(conn, id)?,
    })
}
