//! The SHA-256 fingerprint of a meeting's content (SPEC §5), and the digest of each of its rows
//! that lets a check name what was altered. Pure: nothing here reads the database.
//!
//! The canonical content of a meeting under a [`Scheme`] is its export (SPEC §4) without the
//! byte order mark and with the meeting_id written as 0: for each file of the scheme, in order,
//! the file's name, a newline (`\n`) and the file's bytes. So the fingerprint does not depend on
//! the database id, and a meeting exported and imported again has the same fingerprint. Under
//! scheme 1, with the files of `hopdan export --no-bom` (after setting their meeting_id to 0), it
//! can be recomputed by hand:
//!
//! ```text
//! for f in meeting.csv agenda.csv opinions.csv votes.csv; do echo "$f"; cat "$f"; done | sha256sum
//! ```
//!
//! Scheme 2 adds `guests.csv conclusions.csv corrections.csv` to the end of that list, scheme 3
//! adds `households.csv attendance.csv pledges.csv pledge_items.csv` after those, scheme 4
//! `register_changes.csv` after those, scheme 5 `options.csv option_votes.csv` after that, and
//! scheme 6 `ballots.csv household_ballots.csv ballot_corrections.csv` after those.
//!
//! The concatenation is unambiguous: every CSV row ends with an unquoted CRLF, every data row
//! starts with a meeting_id (a digit) and every file name starts with a letter.
//!
//! A meeting keeps the scheme it was sealed with (SPEC §14): a scheme, once used, never changes
//! its files; tables added later enter the fingerprint under a new scheme, for meetings sealed
//! from then on.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::domain::{MeetingRecord, Opinion};
pub use crate::records::Part;
use crate::records::{
    AgendaRow, AttendanceRow, BallotCorrectionRow, BallotRow, ConclusionRow, CorrectionRow,
    CsvFile, ExportOptions, GuestRow, HouseholdBallotRow, HouseholdNo, HouseholdRow, MeetingRow,
    OpinionRow, OptionRow, OptionVoteRow, PledgeItemRow, PledgeRow, RegisterChangeRow, RowBytes,
    Table, VoteRow, export_files, rows_of,
};

/// Which files a fingerprint covers, in which order: recorded with every seal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scheme {
    /// The four files of SPEC §4: meeting, agenda, opinions, votes.
    V1,
    /// Those of V1, then the guests, the chair's conclusions and the history of corrections,
    /// `corrections.csv`: the previous values and reasons cannot be rewritten behind a seal.
    V2,
    /// Those of V2, then the register the meeting was held with, who signed in for each
    /// household and the land each pledged (SPEC §9–§11).
    V3,
    /// Those of V3, then the history of the register and the pledges: households corrected
    /// or moved away, pledges corrected or removed, with their previous values and reasons.
    V4,
    /// Those of V4, then the options of the items that are a choice among several and the
    /// hands for each option in each vote (SPEC §15).
    V5,
    /// Those of V5, then the votes taken by ballot, the households' ballots of each round and
    /// their corrections (SPEC §12).
    V6,
}

impl Scheme {
    /// The scheme new seals are made with.
    pub const CURRENT: Scheme = Scheme::V6;

    /// The number stored with the seal.
    pub fn number(self) -> i64 {
        match self {
            Scheme::V1 => 1,
            Scheme::V2 => 2,
            Scheme::V3 => 3,
            Scheme::V4 => 4,
            Scheme::V5 => 5,
            Scheme::V6 => 6,
        }
    }

    /// The scheme stored as `number`, if this version knows it.
    pub fn from_number(number: i64) -> Option<Scheme> {
        match number {
            1 => Some(Scheme::V1),
            2 => Some(Scheme::V2),
            3 => Some(Scheme::V3),
            4 => Some(Scheme::V4),
            5 => Some(Scheme::V5),
            6 => Some(Scheme::V6),
            _ => None,
        }
    }

    /// The files the fingerprint covers, in order.
    pub fn files(self) -> &'static [&'static str] {
        // Each scheme adds files after those of the one before: its files are the first ones
        // of the sealed files' order. Never reorder it; only append.
        let count = match self {
            Scheme::V1 => 4,
            Scheme::V2 => 7,
            Scheme::V3 => 11,
            Scheme::V4 => 12,
            Scheme::V5 => 14,
            Scheme::V6 => 17,
        };
        &SEALED_FILES[..count]
    }
}

/// Every file a fingerprint has ever covered, in the order they are hashed: those of SPEC §4,
/// then those each later scheme added.
const SEALED_FILES: &[&str] = &[
    MeetingRow::FILE,
    AgendaRow::FILE,
    OpinionRow::FILE,
    VoteRow::FILE,
    // Scheme 2
    GuestRow::FILE,
    ConclusionRow::FILE,
    CorrectionRow::FILE,
    // Scheme 3
    HouseholdRow::FILE,
    AttendanceRow::FILE,
    PledgeRow::FILE,
    PledgeItemRow::FILE,
    // Scheme 4
    RegisterChangeRow::FILE,
    // Scheme 5
    OptionRow::FILE,
    OptionVoteRow::FILE,
    // Scheme 6
    BallotRow::FILE,
    HouseholdBallotRow::FILE,
    BallotCorrectionRow::FILE,
];

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

/// How a part is stored in `meeting_digests.part`: `votes.csv:2:1`.
pub(crate) fn part_key(part: Part) -> String {
    let file = part.file();
    match part {
        Part::Meeting => file.to_owned(),
        Part::AgendaItem { item_no }
        | Part::Conclusion { item_no }
        | Part::PledgeItem { item_no } => {
            format!("{file}:{item_no}")
        }
        Part::Guest { guest_no } => format!("{file}:{guest_no}"),
        Part::Opinion { item_no, turn_no } => format!("{file}:{item_no}:{turn_no}"),
        Part::Vote { item_no, vote_no } => format!("{file}:{item_no}:{vote_no}"),
        Part::Correction { correction_no } => format!("{file}:{correction_no}"),
        Part::RegisterChange { change_no } => format!("{file}:{change_no}"),
        // The number comes last: it may hold a ':' itself.
        Part::Household { household_no } => format!("{file}:{household_no}"),
        Part::Attendance {
            household_no,
            arrived_at,
        } => format!("{file}:{}:{household_no}", arrived_at.timestamp()),
        Part::Pledge {
            item_no,
            household_no,
        } => format!("{file}:{item_no}:{household_no}"),
        Part::ItemOption { item_no, option_no } => format!("{file}:{item_no}:{option_no}"),
        Part::OptionVote {
            item_no,
            vote_no,
            option_no,
        } => format!("{file}:{item_no}:{vote_no}:{option_no}"),
        Part::BallotVote { item_no, vote_no } => format!("{file}:{item_no}:{vote_no}"),
        Part::HouseholdBallot {
            item_no,
            vote_no,
            household_no,
        } => format!("{file}:{item_no}:{vote_no}:{household_no}"),
        Part::BallotCorrection { correction_no } => format!("{file}:{correction_no}"),
    }
}

/// The inverse of [`part_key`]; `None` for anything else.
pub(crate) fn part_from_key(key: &str) -> Option<Part> {
    // A household's number comes last, whatever it holds.
    let household = |text: &str| HouseholdNo::new(text);
    match key.split_once(':') {
        Some((HouseholdRow::FILE, number)) => {
            return Some(Part::Household {
                household_no: household(number)?,
            });
        }
        Some((AttendanceRow::FILE, rest)) => {
            let (seconds, number) = rest.split_once(':')?;
            if seconds.is_empty() || !seconds.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // The instant is what tells two stays apart; the digest holds the offset written.
            let arrived_at =
                chrono::DateTime::from_timestamp(seconds.parse().ok()?, 0)?.fixed_offset();
            return Some(Part::Attendance {
                household_no: household(number)?,
                arrived_at,
            });
        }
        Some((HouseholdBallotRow::FILE, rest)) => {
            let mut fields = rest.splitn(3, ':');
            let mut number = || -> Option<u32> {
                let text = fields.next()?;
                if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                text.parse().ok()
            };
            let item_no = number()?;
            let vote_no = number()?;
            return Some(Part::HouseholdBallot {
                item_no,
                vote_no,
                household_no: household(fields.next()?)?,
            });
        }
        Some((PledgeRow::FILE, rest)) => {
            let (item_no, number) = rest.split_once(':')?;
            if item_no.is_empty() || !item_no.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            return Some(Part::Pledge {
                item_no: item_no.parse().ok()?,
                household_no: household(number)?,
            });
        }
        _ => {}
    }
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
        MeetingRow::FILE => Part::Meeting,
        AgendaRow::FILE => Part::AgendaItem { item_no: number()? },
        OpinionRow::FILE => Part::Opinion {
            item_no: number()?,
            turn_no: number()?,
        },
        VoteRow::FILE => Part::Vote {
            item_no: number()?,
            vote_no: number()?,
        },
        GuestRow::FILE => Part::Guest {
            guest_no: number()?,
        },
        ConclusionRow::FILE => Part::Conclusion { item_no: number()? },
        PledgeItemRow::FILE => Part::PledgeItem { item_no: number()? },
        CorrectionRow::FILE => Part::Correction {
            correction_no: number()?,
        },
        RegisterChangeRow::FILE => Part::RegisterChange {
            change_no: number()?,
        },
        OptionRow::FILE => Part::ItemOption {
            item_no: number()?,
            option_no: number()?,
        },
        OptionVoteRow::FILE => Part::OptionVote {
            item_no: number()?,
            vote_no: number()?,
            option_no: number()?,
        },
        BallotRow::FILE => Part::BallotVote {
            item_no: number()?,
            vote_no: number()?,
        },
        BallotCorrectionRow::FILE => Part::BallotCorrection {
            correction_no: number()?,
        },
        _ => return None,
    };
    match fields.next() {
        None => Some(part),
        Some(_) => None,
    }
}

/// The fingerprint of a record and the digest of each of its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    pub fingerprint: Fingerprint,
    /// One SHA-256 (64 lowercase hex digits) per row of the export; for `corrections.csv` and
    /// `register_changes.csv`, one per correction or change, of its rows together.
    pub parts: BTreeMap<Part, String>,
}

/// The canonical content of a record under `scheme`: see the module documentation.
pub fn canonical_bytes(record: &MeetingRecord, scheme: Scheme) -> Vec<u8> {
    canonical_bytes_of(&canonical_files(record), scheme)
}

/// The fingerprint of a record under `scheme`: the SHA-256 of [`canonical_bytes`].
pub fn of_record(record: &MeetingRecord, scheme: Scheme) -> Fingerprint {
    Fingerprint::of_bytes(&canonical_bytes(record, scheme))
}

/// The fingerprint of a record under `scheme` and the digest of each row of the files it
/// covers.
pub fn seal(record: &MeetingRecord, scheme: Scheme) -> Seal {
    // One way to seal: the record's own opinions, in the order the export writes them.
    let mut opinions: Vec<&Opinion> = record.opinions.iter().collect();
    opinions.sort_by_key(|o| (o.item_no, o.turn_no));
    let mut parts = BTreeMap::new();
    let fingerprint = seal_streamed(
        record,
        opinions
            .into_iter()
            .map(|o| Ok::<_, std::convert::Infallible>(o.clone())),
        scheme,
        |part, digest| {
            parts.insert(part, digest);
            Ok(())
        },
    );
    let Ok(fingerprint) = fingerprint;
    Seal { fingerprint, parts }
}

/// [`seal`] of a record whose opinions are not held in memory: `record` has every table but
/// its opinions (it may hold some of them, those its corrections name, which its
/// `corrections.csv` needs); `opinions` gives all of them, by item_no then turn_no. Each
/// row's digest goes to `part` as soon as it is known, in no particular order; the result is
/// the fingerprint [`seal`] gives for the whole record, and the parts are its parts.
pub fn seal_streamed<E>(
    record: &MeetingRecord,
    opinions: impl IntoIterator<Item = Result<Opinion, E>>,
    scheme: Scheme,
    mut part: impl FnMut(Part, String) -> Result<(), E>,
) -> Result<Fingerprint, E> {
    streamed(record, opinions, scheme, Some(&mut part))
}

/// The fingerprint of [`seal_streamed`] alone, without the digest of each row: to check a
/// meeting against its seal.
pub fn fingerprint_streamed<E>(
    record: &MeetingRecord,
    opinions: impl IntoIterator<Item = Result<Opinion, E>>,
    scheme: Scheme,
) -> Result<Fingerprint, E> {
    streamed(record, opinions, scheme, None)
}

/// [`seal_streamed`], the digest of each row given to `part` if there is one.
fn streamed<E>(
    record: &MeetingRecord,
    opinions: impl IntoIterator<Item = Result<Opinion, E>>,
    scheme: Scheme,
    mut part: Option<&mut dyn FnMut(Part, String) -> Result<(), E>>,
) -> Result<Fingerprint, E> {
    let files = canonical_files(record);
    let mut all = Sha256::new();
    let mut opinions = Some(opinions);
    for &name in scheme.files() {
        all.update(name.as_bytes());
        all.update(b"\n");
        if name == OpinionRow::FILE {
            let mut rows = RowBytes::default();
            all.update(rows.header::<OpinionRow<'static>>());
            for opinion in opinions.take().into_iter().flatten() {
                let opinion = opinion?;
                let row = rows.row(&OpinionRow::new(&opinion, 0));
                all.update(row);
                if let Some(part) = part.as_mut() {
                    let key = Part::Opinion {
                        item_no: opinion.item_no,
                        turn_no: opinion.turn_no,
                    };
                    part(key, hex(&Sha256::digest(row)))?;
                }
            }
            continue;
        }
        let Some(file) = files.iter().find(|f| f.name == name) else {
            continue;
        };
        all.update(&file.bytes);
        let Some(part) = part.as_mut() else {
            continue;
        };
        let mut rows: BTreeMap<Part, Sha256> = BTreeMap::new();
        for (key, row) in rows_of(file) {
            rows.entry(key).or_default().update(row);
        }
        for (key, digest) in rows {
            part(key, hex(&digest.finalize()))?;
        }
    }
    Ok(Fingerprint(hex(&all.finalize())))
}

fn canonical_files(record: &MeetingRecord) -> Vec<CsvFile> {
    export_files(record, 0, ExportOptions { bom: false })
}

fn canonical_bytes_of(files: &[CsvFile], scheme: Scheme) -> Vec<u8> {
    let mut bytes = Vec::new();
    for &name in scheme.files() {
        bytes.extend_from_slice(name.as_bytes());
        bytes.push(b'\n');
        if let Some(file) = files.iter().find(|f| f.name == name) {
            bytes.extend_from_slice(&file.bytes);
        }
    }
    bytes
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
        AgendaItem, Attendance, Conclusion, Consent, Correction, DecisionRule, EntryKey, Guest,
        Household, Measure, Meeting, MeetingStatus, Opinion, Pledge, Speaker, Stance, Standing,
        Vote, VoteCounts, parse_time,
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
                    takes_pledges: false,
                },
                AgendaItem {
                    item_no: 2,
                    title: "=Đóng góp".into(),
                    description: String::new(),
                    rule: DecisionRule::default(),
                    takes_pledges: false,
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
                method: crate::domain::VoteMethod::Hands,
            }],
            guests: vec![Guest {
                guest_no: 1,
                name: "Nguyễn Văn A".into(),
                role: "Phó Chủ tịch UBND phường".into(),
            }],
            conclusions: vec![Conclusion {
                item_no: 1,
                text: "Thống nhất mở rộng kiệt 3 m.\nGiao tổ vận động các hộ.".into(),
            }],
            corrections: vec![],
            households: Vec::new(),
            attendance: Vec::new(),
            pledges: Vec::new(),
            register_changes: Vec::new(),
            options: Vec::new(),
            option_votes: Vec::new(),
            ballots: Default::default(),
        }
    }

    /// The record held with a register of three households: two signed in, one left; the
    /// second item asks two of them for land. (Household "27:3" has a ':' in its number.)
    fn register_record() -> MeetingRecord {
        let t = |s: &str| parse_time(s).unwrap();
        let mut r = record();
        let household = |no: &str, address: &str, head: &str| Household {
            household_no: no.into(),
            address: address.into(),
            head_name: head.into(),
            members: Some(4),
            phone: String::new(),
            note: String::new(),
        };
        r.meeting.households_total = 3;
        r.meeting.households_present = 2;
        r.votes[0].counts = VoteCounts {
            households_total: 3,
            households_present: 2,
            votes_for: 2,
            votes_against: 0,
            votes_abstain: 0,
        };
        r.agenda[1].takes_pledges = true;
        r.households = vec![
            household("27-014", "K19/4 Phú Lộc 10", "Nguyễn Văn Tám"),
            household("27:3", "K19/3 Phú Lộc 10", "Lê Văn Hùng"),
            household("27-001", "K19/1 Phú Lộc 10", "Trần Thị Tâm"),
        ];
        let signed_in = |no: &str, name: &str, left: Option<&str>| Attendance {
            household_no: no.into(),
            representative_name: name.into(),
            standing: Standing::Head,
            arrived_at: t("2022-06-12T08:20:00+07:00"),
            left_at: left.map(t),
            note: String::new(),
        };
        r.attendance = vec![
            signed_in("27-014", "Nguyễn Văn Tám", None),
            signed_in("27:3", "Lê Văn Hùng", None),
            signed_in("27-001", "Trần Thị Tâm", Some("2022-06-12T09:00:00+07:00")),
        ];
        let pledge = |no: &str, consent| Pledge {
            item_no: 2,
            household_no: String::from(no),
            frontage: Measure(500),
            depth: Measure(50),
            area: Measure(250),
            structures: "cổng".into(),
            consent,
            note: String::new(),
            recorded_at: t("2022-06-12T09:30:00+07:00"),
        };
        r.pledges = vec![
            pledge("27-014", Consent::Agreed),
            pledge("27:3", Consent::Refused),
        ];
        r
    }

    #[test]
    fn scheme_3_covers_the_register_attendance_and_pledges_and_scheme_2_does_not() {
        let base = register_record();
        let v2 = seal(&base, Scheme::V2);
        let v3 = seal(&base, Scheme::V3);
        assert!(v2.parts.keys().all(|p| !matches!(
            p,
            Part::Household { .. } | Part::Attendance { .. } | Part::Pledge { .. }
        )));
        let number = |text| HouseholdNo::new(text).unwrap();
        type Change = Box<dyn Fn(&mut MeetingRecord)>;
        let changes: Vec<(Part, Change)> = vec![
            (
                Part::Household {
                    household_no: number("27:3"),
                },
                Box::new(|r| r.households[1].head_name.push('.')),
            ),
            (
                Part::Household {
                    household_no: number("27-001"),
                },
                Box::new(|r| r.households[2].members = None),
            ),
            (
                Part::Attendance {
                    household_no: number("27-001"),
                    arrived_at: crate::domain::parse_time("2022-06-12T08:20:00+07:00").unwrap(),
                },
                Box::new(|r| r.attendance[2].standing = Standing::Proxy),
            ),
            (
                Part::Pledge {
                    item_no: 2,
                    household_no: number("27-014"),
                },
                Box::new(|r| r.pledges[0].area = Measure(251)),
            ),
        ];
        for (part, change) in changes {
            let mut r = base.clone();
            change(&mut r);
            assert_eq!(of_record(&r, Scheme::V2), v2.fingerprint, "{part}");
            let other = seal(&r, Scheme::V3);
            assert_ne!(other.fingerprint, v3.fingerprint, "{part}");
            for (p, digest) in &other.parts {
                assert_eq!(digest == &v3.parts[p], *p != part, "{p} after {part}");
            }
        }
    }

    /// The record with its vote corrected twice (38 was 37, which was 36) and its opinion once.
    fn corrected_record() -> MeetingRecord {
        let mut r = record();
        r.votes[0].corrections = 2;
        let vote = EntryKey::Vote {
            item_no: 1,
            vote_no: 1,
        };
        let opinion = EntryKey::Opinion {
            item_no: 1,
            turn_no: 1,
        };
        let before = |cells: &[(&str, &str)]| {
            cells
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let correction = |entry, at: &str, reason: &str, cells| Correction {
            entry,
            was: entry,
            at: parse_time(at).unwrap(),
            reason: reason.into(),
            before: before(cells),
        };
        r.corrections = vec![
            correction(
                vote,
                "2022-06-12T09:12:00+07:00",
                "Đếm lại",
                &[("votes_for", "36"), ("corrections", "0")],
            ),
            correction(
                opinion,
                "2022-06-12T09:14:00+07:00",
                "Ghi nhầm",
                &[("stance", "oppose")],
            ),
            correction(
                vote,
                "2022-06-12T09:20:00+07:00",
                "Đếm lại lần nữa",
                &[("votes_for", "37"), ("corrections", "1")],
            ),
        ];
        r
    }

    fn named_files(r: &MeetingRecord, names: &[&str]) -> Vec<u8> {
        let files = export_files(r, 0, ExportOptions { bom: false });
        let mut expected = Vec::new();
        for name in names {
            let f = files.iter().find(|f| f.name == *name).unwrap();
            expected.extend_from_slice(f.name.as_bytes());
            expected.push(b'\n');
            expected.extend_from_slice(&f.bytes);
        }
        expected
    }

    #[test]
    fn a_seal_streamed_row_by_row_is_the_seal_of_the_whole_record() {
        let mut r = corrected_record();
        let first = r.opinions[0].clone();
        for turn_no in 2..=50 {
            r.opinions.push(Opinion {
                turn_no,
                text: format!("=Ý kiến {turn_no}, \"trích\"\r\ndòng 2"),
                ..first.clone()
            });
        }
        r.households = register_record().households;
        r.attendance = register_record().attendance;
        r.pledges = register_record().pledges;
        for scheme in [Scheme::V1, Scheme::V2, Scheme::V3] {
            let whole = seal(&r, scheme);
            // Held: only the opinion the corrections name.
            let mut held = r.clone();
            held.opinions.retain(|o| o.turn_no == 1);
            let mut parts = BTreeMap::new();
            let fingerprint = seal_streamed(
                &held,
                r.opinions.iter().cloned().map(Ok::<_, ()>),
                scheme,
                |part, digest| {
                    assert!(parts.insert(part, digest).is_none(), "{part} twice");
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(fingerprint, whole.fingerprint);
            assert_eq!(parts, whole.parts);
            // Both are what the module documents: the SHA-256 of the canonical bytes, and one
            // digest per row of the files (per correction for corrections.csv).
            assert_eq!(fingerprint, of_record(&r, scheme));
            let mut rows: BTreeMap<Part, Sha256> = BTreeMap::new();
            for file in canonical_files(&r) {
                if scheme.files().contains(&file.name) {
                    for (part, row) in rows_of(&file) {
                        rows.entry(part).or_default().update(row);
                    }
                }
            }
            let expected: BTreeMap<Part, String> = rows
                .into_iter()
                .map(|(part, digest)| (part, hex(&digest.finalize())))
                .collect();
            assert_eq!(parts, expected);
        }
    }

    #[test]
    fn the_fingerprint_is_the_sha256_of_the_named_files_without_bom_and_id() {
        let r = corrected_record();
        for (scheme, names) in [
            (Scheme::V1, &V1_FILES[..]),
            (
                Scheme::V2,
                &[
                    V1_FILES.as_slice(),
                    &["guests.csv", "conclusions.csv", "corrections.csv"],
                ]
                .concat(),
            ),
            (
                Scheme::V3,
                &[
                    V1_FILES.as_slice(),
                    &["guests.csv", "conclusions.csv", "corrections.csv"],
                    &[
                        "households.csv",
                        "attendance.csv",
                        "pledges.csv",
                        "pledge_items.csv",
                    ],
                ]
                .concat(),
            ),
        ] {
            let expected = named_files(&r, names);
            assert_eq!(canonical_bytes(&r, scheme), expected);
            let fp = of_record(&r, scheme);
            assert_eq!(fp.as_str(), hex(&Sha256::digest(&expected)));
            assert_eq!(fp.as_str().len(), 64);
            assert!(
                fp.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            );
            assert_eq!(seal(&r, scheme).fingerprint, fp);
        }
    }

    const V1_FILES: [&str; 4] = ["meeting.csv", "agenda.csv", "opinions.csv", "votes.csv"];

    #[test]
    fn scheme_2_seals_the_corrections_and_scheme_1_does_not() {
        let base = corrected_record();
        let v1 = seal(&base, Scheme::V1);
        let v2 = seal(&base, Scheme::V2);
        assert!(v1.parts.keys().all(|p| p.file() != "corrections.csv"));
        let corrections: Vec<Part> = v2
            .parts
            .keys()
            .copied()
            .filter(|p| p.file() == "corrections.csv")
            .collect();
        assert_eq!(
            corrections,
            (1..=3)
                .map(|correction_no| Part::Correction { correction_no })
                .collect::<Vec<_>>()
        );
        type Change = Box<dyn Fn(&mut MeetingRecord)>;
        let changes: Vec<(Part, Change)> = vec![
            (
                Part::Correction { correction_no: 2 },
                Box::new(|r| r.corrections[1].reason.push('.')),
            ),
            (
                Part::Correction { correction_no: 1 },
                Box::new(|r| {
                    r.corrections[0]
                        .before
                        .insert("votes_for".into(), "35".into());
                }),
            ),
        ];
        for (part, change) in changes {
            let mut r = base.clone();
            change(&mut r);
            assert_eq!(of_record(&r, Scheme::V1), v1.fingerprint, "{part}");
            let other = seal(&r, Scheme::V2);
            assert_ne!(other.fingerprint, v2.fingerprint, "{part}");
            for (p, digest) in &other.parts {
                assert_eq!(digest == &v2.parts[p], *p != part, "{p} after {part}");
            }
        }
        // A correction removed: its own part is gone, and the next one shows the new
        // value it now leads to.
        let mut r = base.clone();
        r.corrections.remove(0);
        assert_ne!(of_record(&r, Scheme::V2), v2.fingerprint);
    }

    #[test]
    fn scheme_1_ignores_the_guests_and_conclusions_and_scheme_2_covers_them() {
        let base = record();
        let mut changed = base.clone();
        changed.guests[0].role = "Chủ tịch UBND phường".into();
        changed.conclusions[0].text.push('.');
        assert_eq!(
            of_record(&changed, Scheme::V1),
            of_record(&base, Scheme::V1)
        );
        assert_ne!(
            of_record(&changed, Scheme::V2),
            of_record(&base, Scheme::V2)
        );
        let v1_parts: Vec<Part> = seal(&base, Scheme::V1).parts.into_keys().collect();
        assert!(
            !v1_parts
                .iter()
                .any(|p| matches!(p, Part::Guest { .. } | Part::Conclusion { .. })),
            "{v1_parts:?}"
        );
    }

    #[test]
    fn scheme_1_is_the_four_files_of_spec_4_forever() {
        assert_eq!(Scheme::V1.files(), V1_FILES);
        assert_eq!(Scheme::V1.number(), 1);
        assert_eq!(
            Scheme::V2.files(),
            [
                "meeting.csv",
                "agenda.csv",
                "opinions.csv",
                "votes.csv",
                "guests.csv",
                "conclusions.csv",
                "corrections.csv"
            ]
        );
        assert_eq!(Scheme::V2.number(), 2);
        assert_eq!(Scheme::V3.files()[..7], *Scheme::V2.files());
        assert_eq!(
            Scheme::V3.files()[7..],
            [
                "households.csv",
                "attendance.csv",
                "pledges.csv",
                "pledge_items.csv"
            ]
        );
        assert_eq!(Scheme::V3.number(), 3);
        assert_eq!(Scheme::V4.files()[..11], *Scheme::V3.files());
        assert_eq!(Scheme::V4.files()[11..], ["register_changes.csv"]);
        assert_eq!(Scheme::V4.number(), 4);
        assert_eq!(Scheme::V5.files()[..12], *Scheme::V4.files());
        assert_eq!(
            Scheme::V5.files()[12..],
            ["options.csv", "option_votes.csv"]
        );
        assert_eq!(Scheme::V5.number(), 5);
        assert_eq!(Scheme::V6.files()[..14], *Scheme::V5.files());
        assert_eq!(
            Scheme::V6.files()[14..],
            [
                "ballots.csv",
                "household_ballots.csv",
                "ballot_corrections.csv"
            ]
        );
        assert_eq!(Scheme::V6.number(), 6);
        assert_eq!(Scheme::CURRENT, Scheme::V6);
        for scheme in [
            Scheme::V1,
            Scheme::V2,
            Scheme::V3,
            Scheme::V4,
            Scheme::V5,
            Scheme::V6,
            Scheme::CURRENT,
        ] {
            assert_eq!(Scheme::from_number(scheme.number()), Some(scheme));
        }
        assert_eq!(Scheme::from_number(0), None);
        assert_eq!(Scheme::from_number(99), None);
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
        let sealed = seal(&base, Scheme::V2);
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
                Part::Guest { guest_no: 1 },
                Part::Conclusion { item_no: 1 },
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
            (
                Part::Guest { guest_no: 1 },
                Box::new(|r| r.guests[0].name.push('.')),
            ),
            (
                Part::Conclusion { item_no: 1 },
                Box::new(|r| r.conclusions[0].text = "Chưa thống nhất.".into()),
            ),
        ];
        for (part, change) in changes {
            let mut r = base.clone();
            change(&mut r);
            let other = seal(&r, Scheme::V2);
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
        let agenda = files.iter().find(|f| f.name == AgendaRow::FILE).unwrap();
        let cut = rows_of(agenda);
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
            for (_, row) in rows_of(file) {
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
        assert_eq!(of_record(&shifted, Scheme::V1), of_record(&r, Scheme::V1));
    }

    #[test]
    fn parts_are_stored_and_read_back_by_key() {
        for part in seal(&corrected_record(), Scheme::V2).parts.keys() {
            assert_eq!(part_from_key(&part_key(*part)), Some(*part));
        }
        let register = seal(&register_record(), Scheme::V3);
        let households = register
            .parts
            .keys()
            .filter(|p| p.file() == "households.csv")
            .count();
        assert_eq!(households, 3);
        for part in register.parts.keys() {
            assert_eq!(part_from_key(&part_key(*part)), Some(*part), "{part}");
        }
        let number = |text| HouseholdNo::new(text).unwrap();
        assert_eq!(
            part_key(Part::Pledge {
                item_no: 2,
                household_no: number("27:3")
            }),
            "pledges.csv:2:27:3"
        );
        assert_eq!(
            part_from_key("option_votes.csv:2:1:3"),
            Some(Part::OptionVote {
                item_no: 2,
                vote_no: 1,
                option_no: 3
            })
        );
        assert_eq!(
            part_key(Part::ItemOption {
                item_no: 2,
                option_no: 3
            }),
            "options.csv:2:3"
        );
        assert_eq!(
            part_from_key("households.csv:27:3"),
            Some(Part::Household {
                household_no: number("27:3")
            })
        );
        for bad in [
            "",
            "votes.csv",
            "votes.csv:1",
            "votes.csv:1:2:3",
            "votes.csv:-1:2",
            "votes.csv:1:+2",
            "other.csv:1",
            "meeting.csv:1",
            "corrections.csv",
            "corrections.csv:1:2",
            "households.csv",
            "households.csv:",
            "attendance.csv:",
            "pledges.csv:2",
            "pledges.csv:x:27",
            "pledges.csv:2:",
            "options.csv:2",
            "options.csv:2:1:1",
            "option_votes.csv:2:1",
            "option_votes.csv:2:1:x",
        ] {
            assert_eq!(part_from_key(bad), None, "{bad}");
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
        let fp = of_record(&record(), Scheme::V1);
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
