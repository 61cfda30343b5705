//! Which row of which table: the identity of a row, by its file and its key columns.

use std::fmt;

use super::{
    AgendaRow, ConclusionRow, CorrectionRow, GuestRow, MeetingRow, OpinionRow, Table, VoteRow,
};

/// One row of a meeting's files, named by its table and its key columns.
///
/// Ordered as the files and rows of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The row of `meeting.csv`: title, times, chair, households, status…
    Meeting,
    /// A row of `agenda.csv`.
    AgendaItem { item_no: u32 },
    /// A row of `opinions.csv`.
    Opinion { item_no: u32, turn_no: u32 },
    /// A row of `votes.csv`.
    Vote { item_no: u32, vote_no: u32 },
    /// A row of `guests.csv`.
    Guest { guest_no: u32 },
    /// A row of `conclusions.csv`.
    Conclusion { item_no: u32 },
    /// The rows of `corrections.csv` of one correction (one per field it changed).
    Correction { correction_no: u32 },
}

impl Part {
    /// The file the row belongs to.
    pub fn file(&self) -> &'static str {
        match self {
            Part::Meeting => MeetingRow::FILE,
            Part::AgendaItem { .. } => AgendaRow::FILE,
            Part::Opinion { .. } => OpinionRow::FILE,
            Part::Vote { .. } => VoteRow::FILE,
            Part::Guest { .. } => GuestRow::FILE,
            Part::Conclusion { .. } => ConclusionRow::FILE,
            Part::Correction { .. } => CorrectionRow::FILE,
        }
    }

    /// The agenda item the row is about, if it is about one.
    pub fn item_no(&self) -> Option<u32> {
        match *self {
            Part::Meeting | Part::Guest { .. } | Part::Correction { .. } => None,
            Part::AgendaItem { item_no }
            | Part::Opinion { item_no, .. }
            | Part::Vote { item_no, .. }
            | Part::Conclusion { item_no } => Some(item_no),
        }
    }

    /// The column that tells the row apart from the others of its item (or its file).
    pub fn key_column(&self) -> &'static str {
        match self {
            Part::Meeting => "meeting_id",
            Part::AgendaItem { .. } | Part::Conclusion { .. } => "item_no",
            Part::Opinion { .. } => "turn_no",
            Part::Vote { .. } => "vote_no",
            Part::Guest { .. } => "guest_no",
            Part::Correction { .. } => "correction_no",
        }
    }
}

/// In the words of the CSV files, for logs: `votes.csv (item_no 2, vote_no 1)`.
impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file();
        match *self {
            Part::Meeting => f.write_str(file),
            Part::AgendaItem { item_no } | Part::Conclusion { item_no } => {
                write!(f, "{file} (item_no {item_no})")
            }
            Part::Guest { guest_no } => write!(f, "{file} (guest_no {guest_no})"),
            Part::Opinion { item_no, turn_no } => {
                write!(f, "{file} (item_no {item_no}, turn_no {turn_no})")
            }
            Part::Vote { item_no, vote_no } => {
                write!(f, "{file} (item_no {item_no}, vote_no {vote_no})")
            }
            Part::Correction { correction_no } => {
                write!(f, "{file} (correction_no {correction_no})")
            }
        }
    }
}
