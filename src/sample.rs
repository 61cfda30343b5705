//! The sample consultation of SPEC §8, built into the binary so that `hopdan demo` works from
//! any folder after `cargo install`.

use crate::domain::{MeetingRecord, MeetingStatus};
use crate::export::{CsvFile, ImportError, import_files};

macro_rules! sample_file {
    ($name:literal) => {
        CsvFile {
            name: $name,
            bytes: include_bytes!(concat!("../sample-data/kiet-19-phu-loc-10/", $name)).to_vec(),
        }
    };
}

/// The sample meeting exactly as its CSV files hold it (a closed meeting).
pub fn sample_record() -> Result<MeetingRecord, ImportError> {
    import_files(&[
        sample_file!("meeting.csv"),
        sample_file!("agenda.csv"),
        sample_file!("opinions.csv"),
        sample_file!("votes.csv"),
        sample_file!("guests.csv"),
        sample_file!("conclusions.csv"),
        sample_file!("corrections.csv"),
        sample_file!("households.csv"),
        sample_file!("attendance.csv"),
        sample_file!("pledges.csv"),
        sample_file!("pledge_items.csv"),
        sample_file!("register_changes.csv"),
        sample_file!("options.csv"),
        sample_file!("option_votes.csv"),
        sample_file!("ballots.csv"),
        sample_file!("household_ballots.csv"),
        sample_file!("ballot_corrections.csv"),
    ])
}

/// The sample meeting reopened, so that every key can be tried on it.
pub fn sample_record_as_open() -> Result<MeetingRecord, ImportError> {
    let mut record = sample_record()?;
    record.meeting.status = MeetingStatus::Open;
    record.meeting.ended_at = None;
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_sample_imports() {
        let record = sample_record().expect("the sample imports");
        assert!(record.meeting.title.contains("kiệt 19 Phú Lộc 10"));
        assert_eq!(record.meeting.status, MeetingStatus::Closed);
        assert!(record.opinions.len() >= 10);
        assert!(!record.guests.is_empty());
        assert_eq!(record.conclusions.len(), record.agenda.len());
        assert_eq!(record.corrections.len(), 1);
        assert_eq!(
            sample_record_as_open().unwrap().meeting.status,
            MeetingStatus::Open
        );
    }
}
