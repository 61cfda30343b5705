//! The lists attached to the minutes of a meeting held with a register (SPEC §10, §11): the
//! households present, each with its representative, standing and a place to sign, and for
//! each item that takes land pledges, the households asked to give land, what each gives and
//! whether it agrees, with the totals.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};

use crate::domain::{
    AgendaItem, Attendance, Consent, Household, MeetingRecord, Pledge, PledgeTotals, Standing,
    format_share,
};
use crate::i18n::{MinutesStrings, Strings};

use super::{date_words, or_blank, when};

/// One list attached to the minutes: a title, the lines under it, a table whose last column is
/// left blank to sign in, and the totals under the table.
pub(super) struct Appendix {
    pub(super) kind: AppendixKind,
    pub(super) title: &'static str,
    pub(super) subtitles: Vec<String>,
    pub(super) columns: Vec<Column>,
    pub(super) rows: Vec<Vec<String>>,
    pub(super) totals: Vec<String>,
    /// Each row is signed: rows tall enough for a signature.
    pub(super) signed: bool,
}

/// Which list an appendix is: each goes to a Word document of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AppendixKind {
    Attendance,
    Pledges,
    /// The answers of the households to a household ballot, attached to its Form 04.
    Ballots,
}

pub(super) struct Column {
    pub(super) heading: String,
    /// A number, aligned to the right.
    pub(super) numeric: bool,
    /// Its share of the width of the printed page, in percent; the columns of a list add up
    /// to 100.
    pub(super) width: u8,
}

pub(super) fn column(heading: &str, numeric: bool, width: u8) -> Column {
    Column {
        heading: heading.to_owned(),
        numeric,
        width,
    }
}

/// Where each household stands in the register, to list households in the register's order.
pub(super) struct Register<'a> {
    households: &'a [Household],
    position: HashMap<&'a str, usize>,
}

impl<'a> Register<'a> {
    pub(super) fn new(households: &'a [Household]) -> Register<'a> {
        let position = households
            .iter()
            .enumerate()
            .map(|(at, h)| (h.household_no.as_str(), at))
            .collect();
        Register {
            households,
            position,
        }
    }

    fn get(&self, household_no: &str) -> Option<&'a Household> {
        self.position
            .get(household_no)
            .map(|&at| &self.households[at])
    }

    /// The register's order; a household not in it comes after those that are, by number.
    fn order<'b>(&self, household_no: &'b str) -> (usize, &'b str) {
        (
            self.position
                .get(household_no)
                .copied()
                .unwrap_or(usize::MAX),
            household_no,
        )
    }

    /// "27-004 – K19/4 Phú Lộc 10": the number, and the address when the register has one.
    pub(super) fn household_cell(&self, household_no: &str) -> String {
        match self.get(household_no) {
            Some(h) if !h.address.trim().is_empty() => {
                format!("{household_no} – {}", h.address.trim())
            }
            _ => household_no.to_owned(),
        }
    }
}

/// The lists attached to the minutes of `record`, named `document` (the title and what follows
/// it, in sentence case): none without a register.
pub(super) fn appendices(record: &MeetingRecord, s: &Strings, document: &str) -> Vec<Appendix> {
    if record.households.is_empty() {
        return Vec::new();
    }
    let m = s.minutes;
    let register = Register::new(&record.households);
    let start = &record.meeting.started_at;
    let attached = (m.appendix_of)(document, &date_words(m, start));
    let mut lists = vec![attendance_list(record, &register, m, attached.clone())];
    for item in &record.agenda {
        let pledges = pledges_of(record, item);
        if !pledges.is_empty() {
            lists.push(pledge_list(item, pledges, &register, s, attached.clone()));
        }
    }
    lists
}

/// The pledges of `item` when it takes them and the meeting has a register (a pledge is a
/// household's); none otherwise.
pub(super) fn pledges_of<'a>(record: &'a MeetingRecord, item: &AgendaItem) -> Vec<&'a Pledge> {
    if !item.takes_pledges || record.households.is_empty() {
        return Vec::new();
    }
    record
        .pledges
        .iter()
        .filter(|p| p.item_no == item.item_no)
        .collect()
}

/// The line said after the votes of an item that takes pledges: agreed of affected and the area.
pub(super) fn pledge_summary(pledges: &[&Pledge], s: &Strings) -> Option<String> {
    if pledges.is_empty() {
        return None;
    }
    let totals = PledgeTotals::of(pledges.iter().copied());
    let sep = s.decimal_separator;
    Some((s.minutes.pledge_summary)(
        totals.agreed,
        totals.affected,
        &format_share(totals.agreed, totals.affected, sep),
        &totals.area_agreed.display(sep),
    ))
}

fn attendance_list(
    record: &MeetingRecord,
    register: &Register,
    m: &MinutesStrings,
    attached: String,
) -> Appendix {
    let start = &record.meeting.started_at;
    // One row per household, however many times it signed in: its stays by arrival.
    let mut stays: Vec<&Attendance> = record.attendance.iter().collect();
    stays.sort_by_key(|a| (register.order(&a.household_no), a.arrived_at));
    let rows = stays
        .chunk_by(|a, b| a.household_no == b.household_no)
        .enumerate()
        .map(|(at, stays)| {
            vec![
                (at + 1).to_string(),
                register.household_cell(&stays[0].household_no),
                representatives(m, stays),
                standing_words(m, stays, start),
                String::new(),
            ]
        })
        .collect();
    Appendix {
        kind: AppendixKind::Attendance,
        title: m.attendance_list_title,
        subtitles: vec![attached],
        columns: vec![
            column(m.col_no, true, 6),
            column(m.col_household, false, 30),
            column(m.col_representative, false, 22),
            column(m.col_standing, false, 27),
            column(m.col_signature, false, 15),
        ],
        rows,
        totals: Vec::new(),
        signed: true,
    }
}

/// A household's stays, in order of arrival, split where another representative came (another
/// name or standing): one group of stays per representative in turn.
fn by_representative<'a, 'b>(stays: &'b [&'a Attendance]) -> Vec<&'b [&'a Attendance]> {
    stays
        .chunk_by(|a, b| {
            a.representative_name.trim() == b.representative_name.trim() && a.standing == b.standing
        })
        .collect()
}

/// "Đặng Văn Lợi; Đặng Thị Hạnh": who represented the household, in turn.
fn representatives(m: &MinutesStrings, stays: &[&Attendance]) -> String {
    by_representative(stays)
        .iter()
        .map(|turn| or_blank(m, turn[0].representative_name.trim()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Người được ủy quyền (ủy quyền của ông Tám), ra về lúc 09 giờ 50 phút": the standing of
/// each representative in turn with its note, and when the household left and came back, a
/// stay's note after its return when it says something new.
fn standing_words(
    m: &MinutesStrings,
    stays: &[&Attendance],
    start: &DateTime<FixedOffset>,
) -> String {
    let mut first = true;
    by_representative(stays)
        .iter()
        .map(|turn| {
            let mut words = match turn[0].standing {
                Standing::Head => m.standing_head,
                Standing::Member => m.standing_member,
                Standing::Proxy => m.standing_proxy,
            }
            .to_owned();
            with_note(&mut words, &turn[0].note);
            let mut said = turn[0].note.trim();
            for stay in turn.iter() {
                if !first {
                    words.push_str(", ");
                    words.push_str(&(m.came_back_at)(&when(m, &stay.arrived_at, start)));
                    let note = stay.note.trim();
                    if !note.is_empty() && note != said {
                        with_note(&mut words, note);
                        said = note;
                    }
                }
                first = false;
                if let Some(left) = &stay.left_at {
                    words.push_str(", ");
                    words.push_str(&(m.left_at)(&when(m, left, start)));
                }
            }
            words
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The words of a standing or a consent followed by the note typed with it, if any.
fn with_note(words: &mut String, note: &str) {
    let note = note.trim();
    if !note.is_empty() {
        words.push_str(&format!(" ({note})"));
    }
}

fn pledge_list(
    item: &AgendaItem,
    mut pledges: Vec<&Pledge>,
    register: &Register,
    s: &Strings,
    attached: String,
) -> Appendix {
    let m = s.minutes;
    let sep = s.decimal_separator;
    pledges.sort_by_key(|p| register.order(&p.household_no));
    let totals = PledgeTotals::of(pledges.iter().copied());
    let rows = pledges
        .iter()
        .enumerate()
        .map(|(at, p)| {
            let mut consent = match p.consent {
                Consent::Agreed => m.consent_agreed,
                Consent::Undecided => m.consent_undecided,
                Consent::Refused => m.consent_refused,
            }
            .to_owned();
            with_note(&mut consent, &p.note);
            vec![
                (at + 1).to_string(),
                register.household_cell(&p.household_no),
                register
                    .get(&p.household_no)
                    .map(|h| h.head_name.trim().to_owned())
                    .unwrap_or_default(),
                p.frontage.display(sep),
                p.depth.display(sep),
                p.area.display(sep),
                p.structures.trim().to_owned(),
                consent,
                String::new(),
            ]
        })
        .collect();
    Appendix {
        kind: AppendixKind::Pledges,
        title: m.pledges_title,
        subtitles: vec![
            (m.pledges_item)(item.item_no, &or_blank(m, item.title.trim())),
            attached,
        ],
        columns: vec![
            column(m.col_no, true, 6),
            column(m.col_household, false, 17),
            column(m.col_head, false, 13),
            column(m.col_frontage, true, 7),
            column(m.col_depth, true, 7),
            column(m.col_area, true, 8),
            column(m.col_structures, false, 13),
            column(m.col_consent, false, 19),
            column(m.col_signature, false, 10),
        ],
        rows,
        totals: vec![
            (m.pledge_counts)(
                totals.affected,
                totals.agreed,
                &format_share(totals.agreed, totals.affected, sep),
                totals.undecided,
                totals.refused,
            ),
            (m.pledge_area_agreed)(&totals.area_agreed.display(sep)),
        ],
        signed: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse_time;
    use crate::i18n::{EN, VI};

    fn signed_in(standing: Standing, note: &str, left: Option<&str>) -> Attendance {
        Attendance {
            household_no: "27-004".into(),
            representative_name: "Đặng Thị Hạnh".into(),
            standing,
            arrived_at: parse_time("2022-06-12T07:58:00+07:00").unwrap(),
            left_at: left.map(|at| parse_time(at).unwrap()),
            note: note.into(),
        }
    }

    #[test]
    fn a_standing_is_said_in_words_with_its_note_and_when_the_representative_left() {
        let start = parse_time("2022-06-12T08:00:00+07:00").unwrap();
        let said = |m, a: &Attendance| standing_words(m, &[a], &start);
        assert_eq!(
            said(VI.minutes, &signed_in(Standing::Head, " ", None)),
            "Chủ hộ"
        );
        assert_eq!(
            said(
                VI.minutes,
                &signed_in(Standing::Proxy, "Ông Đặng Văn Lợi ủy quyền ", None)
            ),
            "Người được ủy quyền (Ông Đặng Văn Lợi ủy quyền)"
        );
        assert_eq!(
            said(
                EN.minutes,
                &signed_in(Standing::Member, "", Some("2022-06-12T09:40:00+07:00"))
            ),
            "Member nominated by the household, left at 09:40"
        );
        // Past midnight, the date is said.
        assert_eq!(
            said(
                VI.minutes,
                &signed_in(Standing::Head, "", Some("2022-06-13T00:05:00+07:00"))
            ),
            "Chủ hộ, ra về lúc 00 giờ 05 phút, ngày 13 tháng 6 năm 2022"
        );
    }

    /// A stay of household 27-004 from `arrived` to `left` (times of 12 June 2022).
    fn stay(name: &str, standing: Standing, arrived: &str, left: Option<&str>) -> Attendance {
        let time = |hm: &str| parse_time(&format!("2022-06-12T{hm}:00+07:00")).unwrap();
        Attendance {
            representative_name: name.into(),
            arrived_at: time(arrived),
            left_at: left.map(time),
            ..signed_in(standing, "", None)
        }
    }

    #[test]
    fn a_household_that_came_back_is_said_in_one_cell_with_when_it_left_and_came_back() {
        let start = parse_time("2022-06-12T08:00:00+07:00").unwrap();
        let first = stay("Đặng Thị Hạnh", Standing::Head, "07:58", Some("09:50"));
        let again = stay("Đặng Thị Hạnh", Standing::Head, "10:05", None);
        let stays = [&first, &again];
        assert_eq!(representatives(VI.minutes, &stays), "Đặng Thị Hạnh");
        assert_eq!(
            standing_words(VI.minutes, &stays, &start),
            "Chủ hộ, ra về lúc 09 giờ 50 phút, vào lại lúc 10 giờ 05 phút"
        );
        assert_eq!(
            standing_words(EN.minutes, &stays, &start),
            "Head of household, left at 09:50, came back at 10:05"
        );
        // Left a second time.
        let gone = stay("Đặng Thị Hạnh", Standing::Head, "10:05", Some("10:30"));
        assert_eq!(
            standing_words(EN.minutes, &[&first, &gone], &start),
            "Head of household, left at 09:50, came back at 10:05, left at 10:30"
        );
        // A note is said once, where it was typed; another note after the return it came with.
        let mut first = first.clone();
        first.note = "Xin về trước".into();
        let mut again = again.clone();
        assert_eq!(
            standing_words(VI.minutes, &[&first, &again], &start),
            "Chủ hộ (Xin về trước), ra về lúc 09 giờ 50 phút, vào lại lúc 10 giờ 05 phút"
        );
        again.note = " Xin về trước".into();
        assert_eq!(
            representatives(VI.minutes, &[&first, &again]),
            "Đặng Thị Hạnh"
        );
        assert_eq!(
            standing_words(VI.minutes, &[&first, &again], &start),
            "Chủ hộ (Xin về trước), ra về lúc 09 giờ 50 phút, vào lại lúc 10 giờ 05 phút"
        );
        again.note = "Đã đưa con về nhà".into();
        assert_eq!(
            standing_words(VI.minutes, &[&first, &again], &start),
            "Chủ hộ (Xin về trước), ra về lúc 09 giờ 50 phút, vào lại lúc 10 giờ 05 phút (Đã \
             đưa con về nhà)"
        );
    }

    #[test]
    fn another_representative_after_the_household_came_back_is_named_in_turn() {
        let start = parse_time("2022-06-12T08:00:00+07:00").unwrap();
        let first = stay("Đặng Văn Lợi", Standing::Head, "07:58", Some("09:50"));
        let mut proxy = stay("Lê Thị Mai", Standing::Proxy, "10:05", Some("10:20"));
        proxy.note = "Ông Lợi ủy quyền".into();
        let back = stay("Đặng Văn Lợi", Standing::Head, "10:40", None);
        let stays = [&first, &proxy, &back];
        assert_eq!(
            representatives(VI.minutes, &stays),
            "Đặng Văn Lợi; Lê Thị Mai; Đặng Văn Lợi"
        );
        assert_eq!(
            standing_words(VI.minutes, &stays, &start),
            "Chủ hộ, ra về lúc 09 giờ 50 phút; Người được ủy quyền (Ông Lợi ủy quyền), vào lại \
             lúc 10 giờ 05 phút, ra về lúc 10 giờ 20 phút; Chủ hộ, vào lại lúc 10 giờ 40 phút"
        );
        // The same person under another standing is another turn too.
        let member = stay("Đặng Văn Lợi", Standing::Member, "10:05", None);
        assert_eq!(
            representatives(EN.minutes, &[&first, &member]),
            "Đặng Văn Lợi; Đặng Văn Lợi"
        );
        assert_eq!(
            standing_words(EN.minutes, &[&first, &member], &start),
            "Head of household, left at 09:50; Member nominated by the household, came back at \
             10:05"
        );
    }

    #[test]
    fn the_list_has_one_row_per_household_numbered_by_households() {
        let mut record = crate::sample::sample_record().unwrap();
        let register = Register::new(&record.households);
        let before = attendance_list(&record, &register, VI.minutes, String::new()).rows;
        // The household that left signs in again, before in the list than the others.
        let left = record
            .attendance
            .iter()
            .find(|a| a.left_at.is_some())
            .unwrap()
            .clone();
        let came_back = Attendance {
            arrived_at: left.left_at.unwrap() + chrono::Duration::minutes(15),
            left_at: None,
            ..left.clone()
        };
        record.attendance.insert(0, came_back);
        let after = attendance_list(&record, &register, VI.minutes, String::new()).rows;
        assert_eq!(after.len(), before.len());
        let numbers: Vec<String> = (1..=after.len()).map(|n| n.to_string()).collect();
        assert_eq!(
            after.iter().map(|r| r[0].clone()).collect::<Vec<_>>(),
            numbers
        );
        let changed: Vec<usize> = (0..after.len())
            .filter(|&i| after[i] != before[i])
            .collect();
        assert_eq!(changed.len(), 1);
        let row = &after[changed[0]];
        assert_eq!(row[2], left.representative_name);
        assert!(
            row[3].ends_with(", vào lại lúc 10 giờ 07 phút"),
            "{}",
            row[3]
        );
        assert!(row[3].starts_with(&before[changed[0]][3]), "{}", row[3]);
    }

    #[test]
    fn the_columns_of_each_list_share_the_whole_width() {
        let record = crate::sample::sample_record().unwrap();
        let register = Register::new(&[]);
        let item = &record.agenda[1];
        let lists = [
            attendance_list(&record, &register, VI.minutes, String::new()),
            pledge_list(item, Vec::new(), &register, &VI, String::new()),
        ];
        for list in lists {
            let widths: u32 = list.columns.iter().map(|c| u32::from(c.width)).sum();
            assert_eq!(widths, 100, "{}", list.title);
        }
    }

    #[test]
    fn households_are_listed_in_the_register_s_order_and_unknown_ones_last() {
        let h = |no: &str, address: &str| Household {
            household_no: no.into(),
            address: address.into(),
            head_name: String::new(),
            members: None,
            phone: String::new(),
            note: String::new(),
        };
        let households = [h("9", "K19/9 Phú Lộc 10"), h("2", " ")];
        let register = Register::new(&households);
        let mut nos = ["x", "2", "9", "a"];
        nos.sort_by_key(|no| register.order(no));
        assert_eq!(nos, ["9", "2", "a", "x"]);
        assert_eq!(register.household_cell("9"), "9 – K19/9 Phú Lộc 10");
        assert_eq!(register.household_cell("2"), "2");
        assert_eq!(register.household_cell("x"), "x");
    }
}
