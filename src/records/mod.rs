//! The CSV files of a meeting (SPEC §4), each table described once.
//!
//! A table is one row struct deriving serde's `Serialize` and `Deserialize`: its field names are
//! the file's header, its serialization is the writer, its deserialization (through the
//! checking reader of `read`) is the reader, and its `check` turns a row into the domain value
//! or says what is wrong. [`TABLES`] lists the files of a meeting folder in the order they are
//! written, read and sealed: a new table is one row struct and one entry there.
//!
//! Pure: bytes in, bytes out. Writing files to disk is `export`'s job.

mod agenda;
mod attendance;
mod ballots;
mod cell;
mod conclusions;
mod corrections;
mod de;
mod error;
mod guests;
mod households;
mod meeting;
mod opinions;
mod options;
mod part;
mod pledge_items;
mod pledges;
mod raw;
mod read;
mod register;
mod register_changes;
mod votes;
mod write;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::MeetingId;

pub use agenda::AgendaRow;
pub use attendance::AttendanceRow;
pub use ballots::{BallotCorrectionRow, BallotRow, HouseholdBallotRow};
pub use conclusions::ConclusionRow;
pub use corrections::{CorrectionRow, correction_rows, current_cells, key_before};
pub use error::{ImportError, ImportProblem};
pub use guests::GuestRow;
pub use households::HouseholdRow;
pub use meeting::MeetingRow;
pub use opinions::OpinionRow;
pub use options::{OptionRow, OptionVoteRow};
pub use part::{HouseholdNo, Part};
pub use pledge_items::PledgeItemRow;
pub use pledges::PledgeRow;
pub use read::{Files, OpinionSink, import_files, import_from, import_into, rows_of};
pub use register::{RegisterError, RegisterFile, RegisterWarning, read_register};
pub use register_changes::{
    RegisterChangeRow, current_entry_cells, pledge_cells, register_change_rows,
};
pub use votes::VoteRow;
pub use write::{RowBytes, Tables, export_files};

/// The UTF-8 byte order mark that makes Excel read the files as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One table of a meeting folder: a row struct whose fields are the file's columns.
pub trait Table: Serialize {
    /// The file's name in the folder: `votes.csv`.
    const FILE: &'static str;

    /// The meeting the row belongs to, as the file says.
    fn meeting_id(&self) -> MeetingId;

    /// Which row this is: its file and key columns.
    fn part(&self) -> Part;
}

/// What the writer, the reader and the seal know of a table without its row type.
#[derive(Debug, Clone, Copy)]
pub struct TableSpec {
    pub file: &'static str,
    /// The header row, from the row struct's fields.
    pub columns: fn() -> &'static [&'static str],
    /// Which row a data row of the file is, from its cells (`None` if they don't read).
    pub part_of: fn(&[String]) -> Option<Part>,
}

impl TableSpec {
    const fn of<T: Table + DeserializeOwned>() -> TableSpec {
        TableSpec {
            file: T::FILE,
            columns: columns::<T>,
            part_of: de::part_of::<T>,
        }
    }
}

/// The files of a meeting folder, in the order they are written, read and sealed.
pub const TABLES: &[TableSpec] = &[
    TableSpec::of::<MeetingRow<'static>>(),
    TableSpec::of::<AgendaRow<'static>>(),
    TableSpec::of::<OpinionRow<'static>>(),
    TableSpec::of::<VoteRow>(),
    TableSpec::of::<GuestRow<'static>>(),
    TableSpec::of::<ConclusionRow<'static>>(),
    TableSpec::of::<CorrectionRow>(),
    TableSpec::of::<HouseholdRow<'static>>(),
    TableSpec::of::<AttendanceRow<'static>>(),
    TableSpec::of::<PledgeRow<'static>>(),
    TableSpec::of::<PledgeItemRow>(),
    TableSpec::of::<RegisterChangeRow>(),
    TableSpec::of::<OptionRow<'static>>(),
    TableSpec::of::<OptionVoteRow>(),
    TableSpec::of::<BallotRow<'static>>(),
    TableSpec::of::<HouseholdBallotRow<'static>>(),
    TableSpec::of::<BallotCorrectionRow<'static>>(),
];

/// The files each later version of hopdan added to a meeting folder, oldest first: a folder
/// exported by an earlier version lacks those of the versions after it, and they read as
/// empty tables (SPEC §14). A version's files are written together, and a folder holds those
/// of every version up to the one that exported it: one with only some of a version's files,
/// or with a version's files but not those of an earlier one, is half copied.
pub const ADDED_LATER: &[&[&str]] = &[
    // Guests, the chair's conclusions, the history of corrections.
    &[GuestRow::FILE, ConclusionRow::FILE, CorrectionRow::FILE],
    // The register, attendance, land pledges.
    &[
        HouseholdRow::FILE,
        AttendanceRow::FILE,
        PledgeRow::FILE,
        PledgeItemRow::FILE,
    ],
    // The history of the register and the pledges.
    &[RegisterChangeRow::FILE],
    // The options of the items that are a choice among several, and the hands for each.
    &[OptionRow::FILE, OptionVoteRow::FILE],
    // The votes taken by ballot, the households' ballots and their corrections.
    &[
        BallotRow::FILE,
        HouseholdBallotRow::FILE,
        BallotCorrectionRow::FILE,
    ],
];

/// Whether `name` is one of the files of [`ADDED_LATER`], which a folder may lack.
pub fn is_added_later(name: &str) -> bool {
    ADDED_LATER.iter().any(|files| files.contains(&name))
}

/// The first file a folder lacks that its other files say it must have (see
/// [`ADDED_LATER`]), given whether each file of [`ADDED_LATER`] is there.
pub fn half_copied(is_there: impl Fn(&'static str) -> bool) -> Option<&'static str> {
    // The last version whose files are there, in part or whole.
    let last = ADDED_LATER
        .iter()
        .rposition(|files| files.iter().any(|&name| is_there(name)))?;
    ADDED_LATER[..=last]
        .iter()
        .flat_map(|files| files.iter())
        .copied()
        .find(|&name| !is_there(name))
}

/// The table written to the file `name`, if it is one of [`TABLES`].
pub fn table(name: &str) -> Option<&'static TableSpec> {
    TABLES.iter().find(|table| table.file == name)
}

/// The columns of a row struct, in order: the names its `Deserialize` asks for.
pub fn columns<T: DeserializeOwned>() -> &'static [&'static str] {
    de::field_names::<T>()
}

/// How the files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// Start each file with the UTF-8 byte order mark (the default; `--no-bom` turns it off).
    pub bom: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions { bom: true }
    }
}

/// One file of a meeting folder: its name and its whole content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFile {
    /// One of the names in [`TABLES`].
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

/// Whether a text cell would be taken for a formula by a spreadsheet: it starts (after any
/// `'` already there) with `=`, `+`, `-`, `@`, tab or CR.
///
/// Looking past leading `'` makes the guard reversible for every text: `=x` is written `'=x`,
/// `'=x` is written `''=x`, and import removes exactly one `'` from both.
fn looks_like_formula(text: &str) -> bool {
    matches!(
        text.trim_start_matches('\'').chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// The text as written in a cell: with a leading `'` when a spreadsheet could run it.
pub fn guard_text(text: &str) -> std::borrow::Cow<'_, str> {
    if looks_like_formula(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The exact inverse of [`guard_text`]: removes the one `'` that export added.
pub fn unguard_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(cell) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_is_reversible_for_every_text() {
        let cases = [
            ("=1+2", "'=1+2"),
            ("+84 905", "'+84 905"),
            ("-5 hộ", "'-5 hộ"),
            ("@abc", "'@abc"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''-", "'''-"),
            ("'abc", "'abc"),
            ("'", "'"),
            ("", ""),
            ("Đồng ý", "Đồng ý"),
            ("a=b", "a=b"),
        ];
        for (text, cell) in cases {
            assert_eq!(guard_text(text), cell, "{text:?}");
            assert_eq!(unguard_text(cell), text, "{cell:?}");
        }
        // Cells not written by the exporter keep what they have.
        assert_eq!(unguard_text("=x"), "=x");
        assert_eq!(unguard_text("'x"), "'x");
    }

    #[test]
    fn the_headers_are_those_of_spec_section_4() {
        let headers: Vec<(&str, String)> = TABLES
            .iter()
            .map(|t| (t.file, (t.columns)().join(",")))
            .collect();
        assert_eq!(
            headers,
            [
                (
                    "meeting.csv",
                    "meeting_id,title,ward,residential_group,location,started_at,ended_at,chair,\
                     chair_title,secretary,households_total,households_present,status"
                        .to_owned()
                ),
                (
                    "agenda.csv",
                    "meeting_id,item_no,title,description,vote_base,threshold".to_owned()
                ),
                (
                    "opinions.csv",
                    "meeting_id,item_no,turn_no,speaker_name,speaker_address,stance,opinion,\
                     started_at,duration_s"
                        .to_owned()
                ),
                (
                    "votes.csv",
                    "meeting_id,item_no,vote_no,voted_at,households_total,households_present,\
                     votes_for,votes_against,votes_abstain,not_voting,vote_base,threshold,\
                     result,corrections"
                        .to_owned()
                ),
                ("guests.csv", "meeting_id,guest_no,name,role".to_owned()),
                (
                    "conclusions.csv",
                    "meeting_id,item_no,conclusion".to_owned()
                ),
                (
                    "corrections.csv",
                    "meeting_id,correction_no,corrected_at,entity,item_no,number,field,\
                     old_value,new_value,reason"
                        .to_owned()
                ),
                (
                    "households.csv",
                    "meeting_id,household_no,address,head_name,members,phone,note".to_owned()
                ),
                (
                    "attendance.csv",
                    "meeting_id,household_no,representative_name,standing,arrived_at,left_at,\
                     note"
                        .to_owned()
                ),
                (
                    "pledges.csv",
                    "meeting_id,item_no,household_no,frontage_m,depth_m,area_m2,structures,\
                     consent,note,recorded_at"
                        .to_owned()
                ),
                ("pledge_items.csv", "meeting_id,item_no".to_owned()),
                (
                    "register_changes.csv",
                    "meeting_id,change_no,changed_at,entity,item_no,household_no,action,field,\
                     old_value,new_value,reason"
                        .to_owned()
                ),
                (
                    "options.csv",
                    "meeting_id,item_no,option_no,title,description".to_owned()
                ),
                (
                    "option_votes.csv",
                    "meeting_id,item_no,vote_no,option_no,votes".to_owned()
                ),
                (
                    "ballots.csv",
                    "meeting_id,item_no,vote_no,method,ballots_issued,ballots_returned,\
                     ballots_valid,ballots_invalid,committee_head,committee_2,committee_3,\
                     committee_4,committee_5,witness_1,witness_2,counted_at"
                        .to_owned()
                ),
                (
                    "household_ballots.csv",
                    "meeting_id,item_no,vote_no,household_no,choice,received_at,collected_by,\
                     opinion"
                        .to_owned()
                ),
                (
                    "ballot_corrections.csv",
                    "meeting_id,correction_no,corrected_at,item_no,vote_no,household_no,choice,\
                     received_at,collected_by,opinion,reason"
                        .to_owned()
                ),
            ]
        );
        assert_eq!(table("votes.csv").map(|t| t.file), Some("votes.csv"));
        assert!(is_added_later("pledges.csv") && !is_added_later("votes.csv"));
        assert!(table("other.csv").is_none());
    }
}

#[cfg(test)]
mod versions {
    use super::*;

    fn half_copied_of(there: &[&str]) -> Option<&'static str> {
        half_copied(|name| there.contains(&name))
    }

    #[test]
    fn a_folder_holds_the_files_of_every_version_up_to_the_one_that_wrote_it() {
        let second = ["guests.csv", "conclusions.csv", "corrections.csv"];
        let third = [
            "households.csv",
            "attendance.csv",
            "pledges.csv",
            "pledge_items.csv",
        ];
        assert_eq!(half_copied_of(&[]), None);
        assert_eq!(half_copied_of(&second), None);
        assert_eq!(half_copied_of(&[&second[..], &third[..]].concat()), None);
        assert_eq!(
            half_copied_of(&["guests.csv", "corrections.csv"]),
            Some("conclusions.csv")
        );
        // The third version's files without the second's: the second's are missing.
        assert_eq!(half_copied_of(&third), Some("guests.csv"));
        assert_eq!(
            half_copied_of(&[&second[..], &["pledges.csv"][..]].concat()),
            Some("households.csv")
        );
        // The history of the register without the register.
        assert_eq!(
            half_copied_of(&[&second[..], &["register_changes.csv"][..]].concat()),
            Some("households.csv")
        );
        let fourth = ["register_changes.csv"];
        let fifth = ["options.csv", "option_votes.csv"];
        assert_eq!(
            half_copied_of(&[&second[..], &third[..], &fourth[..]].concat()),
            None
        );
        assert_eq!(
            half_copied_of(&[&second[..], &third[..], &fourth[..], &fifth[..]].concat()),
            None
        );
        // The counts per option without the options, and the options without the fourth
        // version's history of the register.
        assert_eq!(
            half_copied_of(
                &[
                    &second[..],
                    &third[..],
                    &fourth[..],
                    &["option_votes.csv"][..]
                ]
                .concat()
            ),
            Some("options.csv")
        );
        assert_eq!(
            half_copied_of(&[&second[..], &third[..], &fifth[..]].concat()),
            Some("register_changes.csv")
        );
    }
}
