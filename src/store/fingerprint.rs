//! The SHA-256 fingerprint of a meeting's content (SPEC §5), and the digest of each of its rows
//! that lets a check name what was altered. Pure: nothing here reads the database.
//!
//! The canonical content of a meeting is its CSV export (SPEC §4) without the byte order mark
//! and with the meeting_id written as 0: for each file in [`FILE_NAMES`] order, the file's name,
//! a newline (`\n`) and the file's bytes. So the fingerprint does not depend on the database id,
//! and a meeting exported and imported again has the same fingerprint. With the files of
//! `hopdan export --no-bom` (after setting their meeting_id to 0) it can be recomputed by hand:
//!
//! ```text
//! for f in meeting.csv agenda.csv opinions.csv votes.csv; do echo "$f"; cat "$f"; done | sha256sum
//! ```
//!
//! The concatenation is unambiguous: every CSV row ends with an unquoted CRLF, every data row
//! starts with a meeting_id (a digit) and every file name starts with a letter.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::domain::MeetingRecord;
use crate::export::{
    AGENDA_CSV, CsvFile, ExportOptions, FILE_NAMES, MEETING_CSV, OPINIONS_CSV, VOTES_CSV,
    export_files,
};

/// A SHA-256 fingerprint: 64 lowercase hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The 64 lowercase hexadecimal digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The digits in 16 groups of 4 separated by spaces, easier to read aloud and to compare
    /// with a printed copy: `3f2a 9c1b …`.
    pub fn grouped(&self) -> String {
        let mut out = String::with_capacity(self.0.len() + self.0.len() / 4);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }

    /// A value read from the database, kept as it is (even if someone wrote something that is
    /// not a fingerprint there: it then simply matches nothing).
    pub(crate) fn from_stored(text: String) -> Fingerprint {
        Fingerprint(text)
    }

    fn of_bytes(bytes: &[u8]) -> Fingerprint {
        Fingerprint(hex(&Sha256::digest(bytes)))
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a text is not a fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a fingerprint is 64 hexadecimal digits (0-9, a-f)")]
pub struct NotAFingerprint;

impl FromStr for Fingerprint {
    type Err = NotAFingerprint;

    /// Accepts the digits in either case, with spaces between groups (as printed).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if digits.len() == 64 && digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(Fingerprint(digits))
        } else {
            Err(NotAFingerprint)
        }
    }
}

/// One row of a meeting's CSV export, named by its file and its key columns.
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
}

impl Part {
    /// The CSV file the row belongs to: `meeting.csv`, `agenda.csv`, `opinions.csv` or
    /// `votes.csv`.
    pub fn file(&self) -> &'static str {
        match self {
            Part::Meeting => MEETING_CSV,
            Part::AgendaItem { .. } => AGENDA_CSV,
            Part::Opinion { .. } => OPINIONS_CSV,
            Part::Vote { .. } => VOTES_CSV,
        }
    }

    /// The agenda item the row is about, if it is about one.
    pub fn item_no(&self) -> Option<u32> {
        match *self {
            Part::Meeting => None,
            Part::AgendaItem { item_no }
            | Part::Opinion { item_no, .. }
            | Part::Vote { item_no, .. } => Some(item_no),
        }
    }

    /// How the part is stored in `meeting_digests.part`.
    pub(crate) fn key(&self) -> String {
        match *self {
            Part::Meeting => MEETING_CSV.to_owned(),
            Part::AgendaItem { item_no } => format!("{AGENDA_CSV}:{item_no}"),
            Part::Opinion { item_no, turn_no } => format!("{OPINIONS_CSV}:{item_no}:{turn_no}"),
            Part::Vote { item_no, vote_no } => format!("{VOTES_CSV}:{item_no}:{vote_no}"),
        }
    }

    /// The inverse of [`Part::key`]; `None` for anything else.
    pub(crate) fn from_key(key: &str) -> Option<Part> {
        let mut fields = key.split(':');
        let file = fields.next()?;
        let mut number = || -> Option<u32> {
            let text = fields.next()?;
            if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            text.parse().ok()
        };
        let part = match file {
            MEETING_CSV => Part::Meeting,
            AGENDA_CSV => Part::AgendaItem { item_no: number()? },
            OPINIONS_CSV => Part::Opinion {
                item_no: number()?,
                turn_no: number()?,
            },
            VOTES_CSV => Part::Vote {
                item_no: number()?,
                vote_no: number()?,
            },
            _ => return None,
        };
        match fields.next() {
            None => Some(part),
            Some(_) => None,
        }
    }
}

/// In the words of the CSV files, the same in every language: `votes.csv (item_no 2,
/// vote_no 1)`.
impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Part::Meeting => f.write_str(MEETING_CSV),
            Part::AgendaItem { item_no } => write!(f, "{AGENDA_CSV} (item_no {item_no})"),
            Part::Opinion { item_no, turn_no } => {
                write!(f, "{OPINIONS_CSV} (item_no {item_no}, turn_no {turn_no})")
            }
            Part::Vote { item_no, vote_no } => {
                write!(f, "{VOTES_CSV} (item_no {item_no}, vote_no {vote_no})")
            }
        }
    }
}

/// The fingerprint of a record and the digest of each of its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    pub fingerprint: Fingerprint,
    /// One SHA-256 (64 lowercase hex digits) per row of the export.
    pub parts: BTreeMap<Part, String>,
}

/// The canonical content of a record: see the module documentation.
pub fn canonical_bytes(record: &MeetingRecord) -> Vec<u8> {
    canonical_bytes_of(&canonical_files(record))
}

/// The fingerprint of a record: the SHA-256 of [`canonical_bytes`].
pub fn of_record(record: &MeetingRecord) -> Fingerprint {
    Fingerprint::of_bytes(&canonical_bytes(record))
}

/// The fingerprint of a record and the digest of each row of its export.
pub fn seal(record: &MeetingRecord) -> Seal {
    let files = canonical_files(record);
    let fingerprint = Fingerprint::of_bytes(&canonical_bytes_of(&files));
    let mut parts = BTreeMap::new();
    for file in &files {
        for (part, row) in rows(file) {
            parts.insert(part, hex(&Sha256::digest(row)));
        }
    }
    Seal { fingerprint, parts }
}

fn canonical_files(record: &MeetingRecord) -> Vec<CsvFile> {
    export_files(record, 0, ExportOptions { bom: false })
}

fn canonical_bytes_of(files: &[CsvFile]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for name in FILE_NAMES {
        bytes.extend_from_slice(name.as_bytes());
        bytes.push(b'\n');
        if let Some(file) = files.iter().find(|f| f.name == name) {
            bytes.extend_from_slice(&file.bytes);
        }
    }
    bytes
}

/// The data rows of an exported file: each row's part and its exact bytes (CRLF included).
fn rows(file: &CsvFile) -> Vec<(Part, &[u8])> {
    let bytes = file.bytes.as_slice();
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let mut record = ::csv::ByteRecord::new();
    let mut found: Vec<(Option<Part>, usize)> = Vec::new();
    // The exporter wrote these bytes, so they always parse; a failure just ends the list.
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let mut start = record
            .position()
            .map_or(bytes.len(), |p| {
                usize::try_from(p.byte()).unwrap_or(bytes.len())
            })
            .min(bytes.len());
        // The reader ends a line at its CR and counts the LF as part of what follows; every
        // row the exporter writes ends with CRLF and starts with a digit.
        if bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let number =
            |i: usize| -> Option<u32> { std::str::from_utf8(record.get(i)?).ok()?.parse().ok() };
        let part = match file.name {
            MEETING_CSV => Some(Part::Meeting),
            AGENDA_CSV => number(1).map(|item_no| Part::AgendaItem { item_no }),
            OPINIONS_CSV => number(1)
                .zip(number(2))
                .map(|(item_no, turn_no)| Part::Opinion { item_no, turn_no }),
            VOTES_CSV => number(1)
                .zip(number(2))
                .map(|(item_no, vote_no)| Part::Vote { item_no, vote_no }),
            _ => None,
        };
        found.push((part, start));
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

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        AgendaItem, DecisionRule, Meeting, MeetingStatus, Opinion, Speaker, Stance, Vote,
        VoteCounts, parse_time,
    };

    fn record() -> MeetingRecord {
        let t = |s: &str| parse_time(s).unwrap();
        MeetingRecord {
            meeting: Meeting {
                title: "Về việc nâng cấp, mở rộng kiệt 19 Phú Lộc 10".into(),
                ward: "Phường Thanh Khê Tây".into(),
                residential_group: "Tổ dân phố 27".into(),
                location: "Nhà văn hóa tổ 27".into(),
                started_at: t("2022-06-12T08:30:00+07:00"),
                ended_at: Some(t("2022-06-12T10:15:00+07:00")),
                chair: "Trần Thị Mai".into(),
                chair_title: "Tổ trưởng".into(),
                secretary: "Lê Văn Bình".into(),
                households_total: 55,
                households_present: 42,
                status: MeetingStatus::Closed,
            },
            agenda: vec![
                AgendaItem {
                    item_no: 1,
                    title: "Mở rộng kiệt".into(),
                    description: "Dòng 1\nDòng 2, \"trích\"\nagenda.csv\n0,1".into(),
                    rule: DecisionRule::default(),
                },
                AgendaItem {
                    item_no: 2,
                    title: "=Đóng góp".into(),
                    description: String::new(),
                    rule: DecisionRule::default(),
                },
            ],
            opinions: vec![Opinion {
                item_no: 1,
                turn_no: 1,
                speaker: Speaker {
                    name: "Nguyễn Văn Hùng".into(),
                    address: "K19/4 Phú Lộc 10, tổ 27".into(),
                },
                stance: Stance::Support,
                text: "Đồng ý.\r\nĐề nghị làm mương thoát nước.".into(),
                started_at: t("2022-06-12T08:41:00+07:00"),
                duration_s: 150,
            }],
            votes: vec![Vote {
                item_no: 1,
                vote_no: 1,
                voted_at: t("2022-06-12T09:10:00+07:00"),
                counts: VoteCounts {
                    households_total: 55,
                    households_present: 42,
                    votes_for: 38,
                    votes_against: 3,
                    votes_abstain: 1,
                },
                rule: DecisionRule::default(),
                corrections: 0,
            }],
        }
    }

    #[test]
    fn the_fingerprint_is_the_sha256_of_the_named_files_without_bom_and_id() {
        let r = record();
        let files = export_files(&r, 0, ExportOptions { bom: false });
        let mut expected = Vec::new();
        for f in &files {
            expected.extend_from_slice(f.name.as_bytes());
            expected.push(b'\n');
            expected.extend_from_slice(&f.bytes);
        }
        assert_eq!(canonical_bytes(&r), expected);
        let fp = of_record(&r);
        assert_eq!(fp.as_str(), hex(&Sha256::digest(&expected)));
        assert_eq!(fp.as_str().len(), 64);
        assert!(
            fp.as_str()
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        assert_eq!(seal(&r).fingerprint, fp);
    }

    #[test]
    fn sha256_is_the_standard_one() {
        // FIPS 180-2 test vector.
        assert_eq!(
            Fingerprint::of_bytes(b"abc").as_str(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn every_field_changes_the_fingerprint_and_only_its_rows_digest() {
        let base = record();
        let sealed = seal(&base);
        let parts: Vec<Part> = sealed.parts.keys().copied().collect();
        assert_eq!(
            parts,
            vec![
                Part::Meeting,
                Part::AgendaItem { item_no: 1 },
                Part::AgendaItem { item_no: 2 },
                Part::Opinion {
                    item_no: 1,
                    turn_no: 1
                },
                Part::Vote {
                    item_no: 1,
                    vote_no: 1
                },
            ]
        );
        type Change = Box<dyn Fn(&mut MeetingRecord)>;
        let changes: Vec<(Part, Change)> = vec![
            (
                Part::Meeting,
                Box::new(|r| r.meeting.households_present = 41),
            ),
            (
                Part::Meeting,
                Box::new(|r| r.meeting.status = MeetingStatus::Open),
            ),
            (
                Part::AgendaItem { item_no: 1 },
                Box::new(|r| r.agenda[0].description.push('.')),
            ),
            (
                Part::Opinion {
                    item_no: 1,
                    turn_no: 1,
                },
                Box::new(|r| r.opinions[0].stance = Stance::Oppose),
            ),
            (
                Part::Vote {
                    item_no: 1,
                    vote_no: 1,
                },
                Box::new(|r| r.votes[0].counts.votes_for = 39),
            ),
            (
                Part::Vote {
                    item_no: 1,
                    vote_no: 1,
                },
                Box::new(|r| r.votes[0].corrections = 1),
            ),
        ];
        for (part, change) in changes {
            let mut r = base.clone();
            change(&mut r);
            let other = seal(&r);
            assert_ne!(other.fingerprint, sealed.fingerprint, "{part}");
            for (p, digest) in &other.parts {
                assert_eq!(
                    digest == &sealed.parts[p],
                    *p != part,
                    "{p} after changing {part}"
                );
            }
        }
    }

    #[test]
    fn rows_with_line_breaks_and_quotes_are_cut_where_they_end() {
        let r = record();
        let files = canonical_files(&r);
        let agenda = files.iter().find(|f| f.name == AGENDA_CSV).unwrap();
        let cut = rows(agenda);
        assert_eq!(cut.len(), 2);
        let text = std::str::from_utf8(cut[0].1).unwrap();
        assert!(text.starts_with("0,1,Mở rộng kiệt,\"Dòng 1\n"), "{text:?}");
        assert!(
            text.ends_with(",all_households,more_than_half\r\n"),
            "{text:?}"
        );
        // In every file the rows follow the header line and make up the rest of the file.
        for file in &files {
            let header_end = file.bytes.windows(2).position(|w| w == b"\r\n").unwrap() + 2;
            let mut joined = file.bytes[..header_end].to_vec();
            for (_, row) in rows(file) {
                assert!(row.starts_with(b"0,"), "{}: {row:?}", file.name);
                assert!(row.ends_with(b"\r\n"), "{}: {row:?}", file.name);
                joined.extend_from_slice(row);
            }
            assert_eq!(joined, file.bytes, "{}", file.name);
        }
    }

    #[test]
    fn the_order_of_the_rows_in_memory_does_not_matter() {
        let r = record();
        let mut shifted = r.clone();
        shifted.agenda.reverse();
        assert_eq!(of_record(&shifted), of_record(&r));
    }

    #[test]
    fn parts_are_stored_and_read_back_by_key() {
        for part in seal(&record()).parts.keys() {
            assert_eq!(Part::from_key(&part.key()), Some(*part));
        }
        for bad in [
            "",
            "votes.csv",
            "votes.csv:1",
            "votes.csv:1:2:3",
            "votes.csv:-1:2",
            "votes.csv:1:+2",
            "other.csv:1",
            "meeting.csv:1",
        ] {
            assert_eq!(Part::from_key(bad), None, "{bad}");
        }
        assert_eq!(
            Part::Vote {
                item_no: 2,
                vote_no: 1
            }
            .to_string(),
            "votes.csv (item_no 2, vote_no 1)"
        );
    }

    #[test]
    fn a_printed_fingerprint_reads_back() {
        let fp = of_record(&record());
        let grouped = fp.grouped();
        assert_eq!(grouped.len(), 64 + 15);
        assert_eq!(grouped.parse::<Fingerprint>(), Ok(fp.clone()));
        assert_eq!(
            grouped.to_uppercase().parse::<Fingerprint>(),
            Ok(fp.clone())
        );
        assert_eq!("abc".parse::<Fingerprint>(), Err(NotAFingerprint));
        assert_eq!("g".repeat(64).parse::<Fingerprint>(), Err(NotAFingerprint));
    }
}
