//! Which row of which table: the identity of a row, by its file and its key columns.

use std::fmt;

use chrono::{DateTime, FixedOffset};

use super::{
    AgendaRow, AttendanceRow, BallotCorrectionRow, BallotRow, ConclusionRow, CorrectionRow,
    GuestRow, HouseholdBallotRow, HouseholdRow, MeetingRow, OpinionRow, OptionRow, OptionVoteRow,
    PledgeItemRow, PledgeRow, RegisterChangeRow, Table, VoteRow,
};

/// A household's number in the register ("27-014"): a short code, held inline so that a
/// [`Part`] naming a household is still a plain value. At most [`HouseholdNo::MAX_CHARS`]
/// characters, never empty.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HouseholdNo {
    len: u8,
    bytes: [u8; HouseholdNo::MAX_BYTES],
}

impl HouseholdNo {
    /// The longest number a register may give a household, in characters.
    pub const MAX_CHARS: usize = crate::domain::household::MAX_NUMBER_CHARS;
    /// Room for the longest number: a character of Vietnamese in NFC takes at most 3 bytes.
    const MAX_BYTES: usize = HouseholdNo::MAX_CHARS * 4;

    /// The number `text`, if it is one: not empty and at most [`HouseholdNo::MAX_CHARS`]
    /// characters. (`text` is taken as it is; cleaning it is the reader's job.)
    pub fn new(text: &str) -> Option<HouseholdNo> {
        if !crate::domain::household::is_household_no(text) {
            return None;
        }
        let mut bytes = [0; HouseholdNo::MAX_BYTES];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        Some(HouseholdNo {
            len: text.len() as u8,
            bytes,
        })
    }

    pub fn as_str(&self) -> &str {
        // Only whole strings are ever copied in.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl fmt::Debug for HouseholdNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for HouseholdNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

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
    /// A row of `households.csv`: a household of the register.
    Household { household_no: HouseholdNo },
    /// A row of `attendance.csv`: a household's stay, from its arrival (a household that
    /// leaves and comes back after a vote has a stay for each time).
    Attendance {
        household_no: HouseholdNo,
        arrived_at: DateTime<FixedOffset>,
    },
    /// A row of `pledge_items.csv`: an item that asks households for land.
    PledgeItem { item_no: u32 },
    /// A row of `pledges.csv`: a household's pledge on an item.
    Pledge {
        item_no: u32,
        household_no: HouseholdNo,
    },
    /// The rows of `register_changes.csv` of one change of a household or a pledge.
    RegisterChange { change_no: u32 },
    /// A row of `options.csv`: an option of an item that is a choice among several.
    ItemOption { item_no: u32, option_no: u32 },
    /// A row of `option_votes.csv`: the hands for one option in one vote of its item.
    OptionVote {
        item_no: u32,
        vote_no: u32,
        option_no: u32,
    },
    /// A row of `ballots.csv`: how a vote taken by ballot was taken and counted.
    BallotVote { item_no: u32, vote_no: u32 },
    /// A row of `household_ballots.csv`: a household's ballot in a household-ballot round.
    HouseholdBallot {
        item_no: u32,
        vote_no: u32,
        household_no: HouseholdNo,
    },
    /// A row of `ballot_corrections.csv`: a ballot as it was before a correction.
    BallotCorrection { correction_no: u32 },
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
            Part::Household { .. } => HouseholdRow::FILE,
            Part::Attendance { .. } => AttendanceRow::FILE,
            Part::Pledge { .. } => PledgeRow::FILE,
            Part::PledgeItem { .. } => PledgeItemRow::FILE,
            Part::RegisterChange { .. } => RegisterChangeRow::FILE,
            Part::ItemOption { .. } => OptionRow::FILE,
            Part::OptionVote { .. } => OptionVoteRow::FILE,
            Part::BallotVote { .. } => BallotRow::FILE,
            Part::HouseholdBallot { .. } => HouseholdBallotRow::FILE,
            Part::BallotCorrection { .. } => BallotCorrectionRow::FILE,
        }
    }

    /// The agenda item the row is about, if it is about one.
    pub fn item_no(&self) -> Option<u32> {
        match *self {
            Part::Meeting
            | Part::Guest { .. }
            | Part::Correction { .. }
            | Part::Household { .. }
            | Part::Attendance { .. }
            | Part::RegisterChange { .. }
            | Part::BallotCorrection { .. } => None,
            Part::AgendaItem { item_no }
            | Part::Opinion { item_no, .. }
            | Part::Vote { item_no, .. }
            | Part::Conclusion { item_no }
            | Part::PledgeItem { item_no }
            | Part::Pledge { item_no, .. }
            | Part::ItemOption { item_no, .. }
            | Part::OptionVote { item_no, .. }
            | Part::BallotVote { item_no, .. }
            | Part::HouseholdBallot { item_no, .. } => Some(item_no),
        }
    }

    /// The column that tells the row apart from the others of its item (or its file).
    pub fn key_column(&self) -> &'static str {
        match self {
            Part::Meeting => "meeting_id",
            Part::AgendaItem { .. } | Part::Conclusion { .. } | Part::PledgeItem { .. } => {
                "item_no"
            }
            Part::Opinion { .. } => "turn_no",
            Part::Vote { .. } => "vote_no",
            Part::Guest { .. } => "guest_no",
            Part::Correction { .. } => "correction_no",
            Part::RegisterChange { .. } => "change_no",
            Part::Household { .. } | Part::Pledge { .. } => "household_no",
            Part::Attendance { .. } => "arrived_at",
            Part::ItemOption { .. } | Part::OptionVote { .. } => "option_no",
            Part::BallotVote { .. } => "vote_no",
            Part::HouseholdBallot { .. } => "household_no",
            Part::BallotCorrection { .. } => "correction_no",
        }
    }
}

/// In the words of the CSV files, for logs: `votes.csv (item_no 2, vote_no 1)`.
impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file();
        match *self {
            Part::Meeting => f.write_str(file),
            Part::AgendaItem { item_no }
            | Part::Conclusion { item_no }
            | Part::PledgeItem { item_no } => write!(f, "{file} (item_no {item_no})"),
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
            Part::RegisterChange { change_no } => write!(f, "{file} (change_no {change_no})"),
            Part::Household { household_no } => write!(f, "{file} (household_no {household_no})"),
            Part::Attendance {
                household_no,
                arrived_at,
            } => write!(
                f,
                "{file} (household_no {household_no}, arrived_at {})",
                crate::domain::format_time(&arrived_at)
            ),
            Part::Pledge {
                item_no,
                household_no,
            } => write!(f, "{file} (item_no {item_no}, household_no {household_no})"),
            Part::ItemOption { item_no, option_no } => {
                write!(f, "{file} (item_no {item_no}, option_no {option_no})")
            }
            Part::OptionVote {
                item_no,
                vote_no,
                option_no,
            } => write!(
                f,
                "{file} (item_no {item_no}, vote_no {vote_no}, option_no {option_no})"
            ),
            Part::BallotVote { item_no, vote_no } => {
                write!(f, "{file} (item_no {item_no}, vote_no {vote_no})")
            }
            Part::HouseholdBallot {
                item_no,
                vote_no,
                household_no,
            } => write!(
                f,
                "{file} (item_no {item_no}, vote_no {vote_no}, household_no {household_no})"
            ),
            Part::BallotCorrection { correction_no } => {
                write!(f, "{file} (correction_no {correction_no})")
            }
        }
    }
}
