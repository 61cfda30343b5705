//! The official minutes (biên bản) of a meeting, laid out after Form 03 of Decree 59/2023/NĐ-CP:
//! the national heading, the title, the opening sentence, I. attendance (with the guests and
//! officials present), II. the proceedings item by item (speakers in turn, every vote with its
//! counts, shares, rule and result, then the chair's conclusion), the closing, the signature
//! blocks and, for a closed meeting, its SHA-256 fingerprint. A meeting held with a register
//! counts its households from the register and the sign-in list, and attaches the list of the
//! households present and, for each item that takes land pledges, the list of the pledges
//! (module `appendix`); without a register the minutes are as they were before registers.
//! An item that is a choice among several options lists them, and each of its votes has a
//! table of the hands for each option and says in words the option adopted or the run-off it
//! calls for (module `options`); a yes/no item is as before.
//!
//! One `Document` holds every text of the minutes in plain words; it is rendered as Markdown
//! (`minutes.md`, module `markdown`), as a self-contained, print-ready HTML page
//! (`minutes.html`, A4, module `html`) and as Word documents for the ward office to edit, sign
//! and file (`minutes.docx`, and the lists attached on their own: `attendance.docx`,
//! `pledges.docx`; module `docx`). The title of the minutes is chosen ([`MinutesTitle`]).
//! Pure: nothing here reads a clock or writes a file.
//!
//! Everything typed by people is escaped on its way out, so that a name with `<` or `&` stays a
//! name and an opinion line starting with `-` or `1.` stays a line of the opinion.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};

use std::collections::BTreeMap;

use crate::domain::{
    After, AgendaItem, Correction, EntryKey, ItemOption, MeetingRecord, MeetingStatus, Outcome,
    Vote, VoteMethod, after_correction, format_share, has_quorum,
};
use crate::i18n::{MinutesStrings, Strings};
use crate::store::Fingerprint;

mod appendix;
mod ballots;
mod docx;
mod forms;
mod html;
mod markdown;
mod names;
mod options;

use appendix::{Appendix, AppendixKind, appendices, pledge_summary, pledges_of};
use html::html;
use markdown::markdown;
use names::{first_part, group_in_full, place_of, subject_of, ward_in_full};
use options::{ListedOption, listed_options};

pub use forms::{ballot_count_file, ballot_results_file, ballot_sheets_file, is_ballot_document};

pub const MINUTES_MD: &str = "minutes.md";
pub const MINUTES_HTML: &str = "minutes.html";
pub const MINUTES_DOCX: &str = "minutes.docx";
pub const ATTENDANCE_DOCX: &str = "attendance.docx";
pub const PLEDGES_DOCX: &str = "pledges.docx";

/// What the minutes are titled (SPEC §13): the same content under the name the meeting gives
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MinutesTitle {
    /// Nghị quyết: what the community resolved.
    Resolution,
    /// Biên bản, the minutes of Form 03.
    #[default]
    Minutes,
    /// Bản ghi nhớ.
    Memorandum,
    /// Bản thỏa thuận.
    Agreement,
}

impl MinutesTitle {
    pub const ALL: [MinutesTitle; 4] = [
        MinutesTitle::Resolution,
        MinutesTitle::Minutes,
        MinutesTitle::Memorandum,
        MinutesTitle::Agreement,
    ];

    /// Its name on the command line: the Vietnamese words without marks.
    pub fn code(self) -> &'static str {
        match self {
            MinutesTitle::Resolution => "nghi-quyet",
            MinutesTitle::Minutes => "bien-ban",
            MinutesTitle::Memorandum => "ban-ghi-nho",
            MinutesTitle::Agreement => "ban-thoa-thuan",
        }
    }

    /// The title in capitals, as the document prints it.
    pub fn words(self, m: &MinutesStrings) -> &'static str {
        match self {
            MinutesTitle::Resolution => m.title_resolution,
            MinutesTitle::Minutes => m.title,
            MinutesTitle::Memorandum => m.title_memorandum,
            MinutesTitle::Agreement => m.title_agreement,
        }
    }
}

impl std::str::FromStr for MinutesTitle {
    type Err = String;

    fn from_str(code: &str) -> Result<MinutesTitle, String> {
        MinutesTitle::ALL
            .into_iter()
            .find(|title| title.code() == code)
            .ok_or_else(|| code.to_owned())
    }
}

/// The two renderings of a meeting's minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Minutes {
    pub markdown: String,
    pub html: String,
}

impl Minutes {
    /// The files to write: name in the folder and content.
    pub fn files(&self) -> [(&'static str, &[u8]); 2] {
        [
            (MINUTES_MD, self.markdown.as_bytes()),
            (MINUTES_HTML, self.html.as_bytes()),
        ]
    }
}

/// The minutes of `record` in the language of `strings`, titled biên bản. `fingerprint` is the
/// one recorded when the meeting was closed (`None` while it is open, or for a meeting closed
/// without one).
pub fn render_minutes(
    record: &MeetingRecord,
    strings: &Strings,
    fingerprint: Option<&Fingerprint>,
) -> Minutes {
    render_minutes_titled(record, strings, fingerprint, MinutesTitle::default())
}

/// [`render_minutes`] under the title chosen.
pub fn render_minutes_titled(
    record: &MeetingRecord,
    strings: &Strings,
    fingerprint: Option<&Fingerprint>,
    title: MinutesTitle,
) -> Minutes {
    let document = Document::new(record, strings, fingerprint, title);
    Minutes {
        markdown: markdown(&document),
        html: html(&document),
    }
}

/// The Word documents of a meeting: the minutes, and the lists the minutes attach as documents
/// of their own, each with a column to sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordDocuments {
    pub minutes: Vec<u8>,
    /// The households signed in: with a register that has sign-ins only.
    pub attendance: Option<Vec<u8>>,
    /// The land pledges of every item that takes them: when some item has pledges.
    pub pledges: Option<Vec<u8>>,
    /// The documents of the votes taken by ballot, by file name, in the order of the votes:
    /// Form 02 of each secret ballot; the ballot sheets of each household-ballot round and,
    /// once it is counted, its Form 04.
    pub ballots: Vec<(String, Vec<u8>)>,
}

impl WordDocuments {
    /// The files to write: name in the folder and content.
    pub fn files(&self) -> Vec<(&str, &[u8])> {
        let mut files = vec![(MINUTES_DOCX, self.minutes.as_slice())];
        if let Some(attendance) = &self.attendance {
            files.push((ATTENDANCE_DOCX, attendance.as_slice()));
        }
        if let Some(pledges) = &self.pledges {
            files.push((PLEDGES_DOCX, pledges.as_slice()));
        }
        for (name, bytes) in &self.ballots {
            files.push((name.as_str(), bytes.as_slice()));
        }
        files
    }
}

/// The Word documents of `record` in the language of `strings`, from the same content as
/// [`render_minutes_titled`].
pub fn render_word(
    record: &MeetingRecord,
    strings: &Strings,
    fingerprint: Option<&Fingerprint>,
    title: MinutesTitle,
) -> WordDocuments {
    let document = Document::new(record, strings, fingerprint, title);
    let of_kind = |kind: AppendixKind| -> Vec<&Appendix> {
        document
            .appendices
            .iter()
            .filter(|a| a.kind == kind && !a.rows.is_empty())
            .collect()
    };
    let attendance = of_kind(AppendixKind::Attendance);
    let pledges = of_kind(AppendixKind::Pledges);
    WordDocuments {
        minutes: docx::minutes(&document),
        attendance: (!attendance.is_empty()).then(|| docx::lists(&document, &attendance)),
        pledges: (!pledges.is_empty()).then(|| docx::lists(&document, &pledges)),
        ballots: forms::ballot_forms(record, strings)
            .into_iter()
            .map(|(name, form)| (name, docx::form(&form)))
            .collect(),
    }
}

// ----- The document: every text in plain words, not yet escaped -----

struct Document {
    lang: &'static str,
    doc_title: String,
    /// The ward (its first part: "Phường Thanh Khê Tây" of "Phường Thanh Khê Tây, quận Thanh
    /// Khê") and the residential group, with their kinds, in capitals: the body that holds the
    /// meeting.
    issuer: [String; 2],
    nation: &'static str,
    motto: &'static str,
    place_date: String,
    title: &'static str,
    title_sub: &'static str,
    subject: String,
    opening: String,
    attendance_heading: &'static str,
    attendance: Vec<String>,
    content_heading: &'static str,
    /// Said when there are no items.
    no_items: Option<&'static str>,
    items: Vec<ItemSection>,
    /// Corrections of the meeting's details and of agenda items: a heading and one line each.
    other_corrections: Option<(&'static str, Vec<String>)>,
    closing: [String; 2],
    signatures: [Signature; 2],
    seal_note: &'static str,
    /// In groups of four digits, as `hopdan verify` prints it.
    fingerprint: Option<String>,
    page_before: &'static str,
    page_between: &'static str,
    /// The lists attached after the minutes (with a register only).
    appendices: Vec<Appendix>,
}

struct ItemSection {
    heading: String,
    description: String,
    /// The options of an item that is a choice among several, with the heading over them.
    options: Option<(&'static str, Vec<ListedOption>)>,
    speakers_heading: &'static str,
    speakers: Vec<SpeakerTurn>,
    no_speakers: Option<&'static str>,
    votes_heading: &'static str,
    /// Said before the votes when the item was voted on more than once.
    revoted: Option<String>,
    votes: Vec<VoteBlock>,
    no_vote: Option<&'static str>,
    /// After the votes of an item that takes land pledges: how many agreed and the area.
    pledges: Option<String>,
    conclusion_heading: &'static str,
    conclusion: ConclusionText,
}

/// The chair's conclusion on an item as the minutes print it.
enum ConclusionText {
    Typed(String),
    /// None was typed: dotted lines to write it in by hand.
    ToFillIn(&'static str),
}

struct SpeakerTurn {
    turn_no: u32,
    name: String,
    address: String,
    stance: &'static str,
    text: String,
    /// One line per correction of the opinion.
    corrections: Vec<String>,
}

struct VoteBlock {
    caption: String,
    /// How a vote by ballot was taken, between the caption and the table.
    details: Vec<String>,
    header: [String; 4],
    rows: Vec<[String; 4]>,
    /// A vote on options: the first column holds their titles, which may be long.
    options: bool,
    rule: String,
    result_label: &'static str,
    result: ResultText,
    notes: Vec<String>,
}

/// What a vote decided, as the minutes say it after "Kết quả".
enum ResultText {
    /// THÔNG QUA, KHÔNG THÔNG QUA or KHÔNG ĐỦ SỐ HỘ; for a vote without quorum, why it decided
    /// nothing.
    Word {
        word: &'static str,
        reason: Option<String>,
    },
    /// A vote on options: the option adopted or the run-off called, a sentence with its own
    /// full stop.
    Sentence(String),
}

struct Signature {
    role: &'static str,
    hint: &'static str,
    name: String,
}

impl Document {
    fn new(
        record: &MeetingRecord,
        s: &Strings,
        fingerprint: Option<&Fingerprint>,
        title: MinutesTitle,
    ) -> Document {
        let m = s.minutes;
        let title = title.words(m);
        // "Biên bản cuộc họp của cộng đồng dân cư": the document as a sentence names it.
        let document = sentence_case(&format!("{title} {}", m.title_sub));
        let meeting = &record.meeting;
        let subject = subject_of(&meeting.title);
        let ward = ward_in_full(m, &meeting.ward);
        let group = group_in_full(m, &meeting.residential_group);
        let start = &meeting.started_at;

        let opening = (m.opening)(
            &time_words(m, start),
            &date_words(m, start),
            &or_blank(m, &meeting.location),
            &or_blank(m, &group),
            &or_blank(m, &ward),
            &or_blank(m, subject),
        );

        // With a register, the households are counted from it and from the sign-in list: each
        // household that came once, whatever its stays.
        let register = !record.households.is_empty();
        let signed_in: std::collections::HashSet<&str> = record
            .attendance
            .iter()
            .map(|a| a.household_no.as_str())
            .collect();
        let (total, present) = if register {
            (count(record.households.len()), count(signed_in.len()))
        } else {
            (meeting.households_total, meeting.households_present)
        };
        let share = format_share(present, total, s.decimal_separator);
        let chair = if meeting.chair_title.is_empty() {
            (m.chair)(&or_blank(m, &meeting.chair))
        } else {
            (m.chair_with_title)(&or_blank(m, &meeting.chair), &meeting.chair_title)
        };
        let mut attendance = vec![
            chair,
            (m.secretary)(&or_blank(m, &meeting.secretary)),
            (m.households_total)(&or_blank(m, &group), total),
            if register {
                (m.households_present_listed)(present, &share)
            } else {
                (m.households_present)(present, &share)
            },
            (m.households_absent)(total.saturating_sub(present)),
            if has_quorum(present, total) {
                m.quorum_met
            } else {
                m.quorum_not_met
            }
            .to_owned(),
        ];
        let still_present: std::collections::HashSet<&str> = record
            .attendance
            .iter()
            .filter(|a| a.is_present())
            .map(|a| a.household_no.as_str())
            .collect();
        let left = count(signed_in.len() - still_present.len());
        if register && left > 0 {
            attendance.insert(attendance.len() - 1, (m.households_left)(left));
        }
        // The guests come after the chair and the secretary; without guests, no line at all.
        if !record.guests.is_empty() {
            let mut guests: Vec<_> = record.guests.iter().collect();
            guests.sort_by_key(|g| g.guest_no);
            let labels: Vec<String> = guests.iter().map(|g| g.label()).collect();
            attendance.insert(2, (m.guests)(&labels.join("; ")));
        }

        let mut agenda: Vec<&AgendaItem> = record.agenda.iter().collect();
        agenda.sort_by_key(|item| item.item_no);
        let items: Vec<ItemSection> = agenda
            .into_iter()
            .map(|item| ItemSection::new(record, item, s))
            .collect();

        let other: Vec<String> = record
            .corrections
            .iter()
            .filter_map(|c| {
                let at = when(m, &c.at, start);
                let reason = reason_words(&c.reason);
                match c.entry {
                    EntryKey::Meeting => Some((m.meeting_corrected)(&at, reason)),
                    EntryKey::AgendaItem { item_no } => {
                        Some((m.item_corrected)(item_no, &at, reason))
                    }
                    EntryKey::Opinion { .. } | EntryKey::Vote { .. } => None,
                }
            })
            .collect();
        let other_corrections = (!other.is_empty()).then_some((m.other_corrections_heading, other));

        let closing_time = match meeting.ended_at {
            Some(end) if end.date_naive() == start.date_naive() => {
                (m.closing_same_day)(&time_words(m, &end))
            }
            Some(end) => (m.closing_other_day)(&time_words(m, &end), &date_words(m, &end)),
            // Still open: the secretary writes the time by hand on the printed copy.
            None => m.closing_blank.to_owned(),
        };

        let seal_note = match (meeting.status, fingerprint) {
            (MeetingStatus::Open, _) => m.fingerprint_open,
            (MeetingStatus::Closed, Some(_)) => m.fingerprint,
            (MeetingStatus::Closed, None) => m.fingerprint_missing,
        };
        let fingerprint = match meeting.status {
            MeetingStatus::Closed => fingerprint.map(Fingerprint::grouped),
            MeetingStatus::Open => None,
        };

        Document {
            lang: m.lang_tag,
            doc_title: format!("{document} – {}", (m.subject)(&or_blank(m, subject))),
            issuer: [
                or_blank(m, first_part(&ward)).to_uppercase(),
                or_blank(m, &group).to_uppercase(),
            ],
            nation: m.nation,
            motto: m.motto,
            place_date: (m.place_date)(
                &or_blank(m, place_of(&meeting.ward)),
                &date_words(m, start),
            ),
            title,
            title_sub: m.title_sub,
            subject: (m.subject)(&or_blank(m, subject)),
            opening,
            attendance_heading: m.attendance_heading,
            attendance,
            content_heading: m.content_heading,
            no_items: items.is_empty().then_some(m.no_items),
            items,
            other_corrections,
            closing: [closing_time, m.read_out.to_owned()],
            signatures: [
                Signature {
                    role: m.secretary_role,
                    hint: m.sign_hint,
                    name: or_blank(m, &meeting.secretary),
                },
                Signature {
                    role: m.chair_role,
                    hint: m.sign_hint,
                    name: or_blank(m, &meeting.chair),
                },
            ],
            seal_note,
            fingerprint,
            page_before: m.page_before,
            page_between: m.page_between,
            appendices: appendices(record, s, &document),
        }
    }
}

impl ItemSection {
    fn new(record: &MeetingRecord, item: &AgendaItem, s: &Strings) -> ItemSection {
        let m = s.minutes;
        let mut opinions: Vec<_> = record
            .opinions
            .iter()
            .filter(|o| o.item_no == item.item_no)
            .collect();
        opinions.sort_by_key(|o| o.turn_no);
        let start = record.meeting.started_at;
        let speakers: Vec<SpeakerTurn> = opinions
            .into_iter()
            .map(|o| SpeakerTurn {
                turn_no: o.turn_no,
                name: or_blank(m, &o.speaker.name),
                address: o.speaker.address.clone(),
                stance: s.stance(o.stance),
                text: o.text.clone(),
                corrections: record
                    .corrections_of(EntryKey::Opinion {
                        item_no: o.item_no,
                        turn_no: o.turn_no,
                    })
                    .into_iter()
                    .map(|c| {
                        (m.opinion_corrected)(&when(m, &c.at, &start), reason_words(&c.reason))
                    })
                    .collect(),
            })
            .collect();

        let mut votes: Vec<&Vote> = record
            .votes
            .iter()
            .filter(|v| v.item_no == item.item_no)
            .collect();
        votes.sort_by_key(|v| v.vote_no);
        // The latest vote counts (SPEC §1); the earlier ones stay in the record.
        let latest = votes.last().map(|v| v.vote_no);
        let first = votes.first().map(|v| v.vote_no);
        let revoted = match (votes.len(), latest) {
            (n, Some(latest)) if n > 1 => Some((m.revoted)(n, latest)),
            _ => None,
        };
        let votes: Vec<VoteBlock> = votes
            .into_iter()
            .map(|v| {
                let superseded = Some(v.vote_no) != latest;
                VoteBlock::new(record, v, superseded, Some(v.vote_no) != first, s)
            })
            .collect();
        let options = listed_options(record, item.item_no, s);

        ItemSection {
            heading: format!("{}. {}", item.item_no, or_blank(m, &item.title)),
            description: item.description.clone(),
            options: (!options.is_empty()).then_some((m.options_heading, options)),
            speakers_heading: m.speakers_heading,
            no_speakers: speakers.is_empty().then_some(m.no_speakers),
            speakers,
            votes_heading: m.votes_heading,
            revoted,
            no_vote: votes.is_empty().then_some(m.no_vote),
            votes,
            pledges: pledge_summary(&pledges_of(record, item), s),
            conclusion_heading: m.conclusion_heading,
            conclusion: match record.conclusion(item.item_no) {
                Some(c) if !c.text.trim().is_empty() => ConclusionText::Typed(c.text.clone()),
                _ => ConclusionText::ToFillIn(m.conclusion_blank),
            },
        }
    }
}

impl VoteBlock {
    /// `earlier_vote`: the item was voted on before this vote.
    fn new(
        record: &MeetingRecord,
        vote: &Vote,
        superseded: bool,
        earlier_vote: bool,
        s: &Strings,
    ) -> VoteBlock {
        let m = s.minutes;
        let c = &vote.counts;
        let meeting_start = &record.meeting.started_at;
        let at = when(m, &vote.voted_at, meeting_start);
        let sep = s.decimal_separator;
        let option_counts = record.option_counts(vote);
        let item_options: Vec<&ItemOption> = record.options_of(vote.item_no).collect();
        let by_ballot = vote.method != VoteMethod::Hands;
        let rows = match &option_counts {
            Some(counts) => {
                let mut rows = options::rows(&item_options, counts, s);
                match vote.method {
                    VoteMethod::Hands => {}
                    VoteMethod::Secret => {
                        if let Some(last) = rows.last_mut() {
                            last[0] = m.secret_not_counted.to_owned();
                        }
                    }
                    VoteMethod::HouseholdBallot => {
                        rows.pop();
                        rows.push(ballots::not_returned_row(vote, s));
                    }
                }
                rows
            }
            None if by_ballot => ballots::yes_no_rows(vote, s),
            None => [
                (s.field_votes_for, c.votes_for),
                (s.field_votes_against, c.votes_against),
                (s.field_votes_abstain, c.votes_abstain),
                (s.not_voting, c.not_voting()),
            ]
            .into_iter()
            .map(|(label, count)| {
                [
                    label.to_owned(),
                    count.to_string(),
                    format_share(count, c.households_total, sep),
                    format_share(count, c.households_present, sep),
                ]
            })
            .collect(),
        };
        let mut notes = Vec::new();
        let key = EntryKey::Vote {
            item_no: vote.item_no,
            vote_no: vote.vote_no,
        };
        let known: Vec<(usize, &Correction)> = record
            .corrections
            .iter()
            .enumerate()
            .filter(|(_, c)| c.entry == key)
            .collect();
        // A meeting from a folder written before the history of corrections was exported
        // knows only how many there were.
        if u32::try_from(known.len()).map_or(true, |n| n < vote.corrections) {
            notes.push((m.corrected)(vote.corrections));
        }
        let now = [c.votes_for, c.votes_against, c.votes_abstain];
        for (index, correction) in known {
            let at = when(m, &correction.at, meeting_start);
            let reason = reason_words(&correction.reason);
            // The columns of an options vote are not for, against and abstain: when and why
            // only.
            if option_counts.is_some() {
                notes.push((m.option_vote_corrected)(&at, reason));
                continue;
            }
            let after = match after_correction(&record.corrections, index) {
                After::Corrected(cells) => hands_in(cells, now),
                After::Current(_) => now,
            };
            let before = hands_in(&correction.before, after);
            notes.push((m.vote_corrected)(
                &hands_words(before),
                &hands_words(after),
                &at,
                reason,
            ));
        }
        if superseded {
            notes.push(m.superseded.to_owned());
        }
        let run_off = option_counts
            .as_ref()
            .and_then(|counts| options::run_off_pair(counts, earlier_vote));
        let method = ballots::method_words(record, vote, run_off, s);
        let caption = match (method.caption, run_off) {
            (Some(caption), _) => caption,
            (None, Some((first, second))) => (m.run_off_caption)(
                first,
                second,
                vote.vote_no,
                &at,
                c.households_present,
                c.households_total,
            ),
            (None, None) => {
                (m.vote_caption)(vote.vote_no, &at, c.households_present, c.households_total)
            }
        };
        let header = match &option_counts {
            _ if by_ballot => ballots::header(vote, option_counts.is_some(), s),
            Some(counts) => options::header(counts, s),
            None => [
                m.col_vote.to_owned(),
                m.col_count.to_owned(),
                (m.col_of_total)(c.households_total),
                (m.col_of_present)(c.households_present),
            ],
        };
        let result = if method.open_round {
            // Until a round is counted, its ballots so far decide nothing.
            ResultText::Sentence(m.round_open.to_owned())
        } else {
            result_text(vote, option_counts.as_ref(), &item_options, s)
        };
        VoteBlock {
            caption,
            details: method.details,
            header,
            rows,
            options: option_counts.is_some(),
            rule: format!("{}: {}.", s.rule_label, s.rule(ballots::rule_applied(vote))),
            result_label: m.result_label,
            result,
            notes,
        }
    }
}

/// What `vote` decided, by the rules of its method: the option adopted or the run-off called
/// for a vote on options (`option_counts`), the result in a word otherwise.
fn result_text(
    vote: &Vote,
    option_counts: Option<&crate::domain::OptionCounts>,
    item_options: &[&ItemOption],
    s: &Strings,
) -> ResultText {
    let c = &vote.counts;
    let sentence =
        option_counts.and_then(|counts| options::outcome_sentence(item_options, counts, vote, s));
    let outcome = vote.outcome();
    match sentence {
        Some(sentence) => ResultText::Sentence(sentence),
        None => ResultText::Word {
            word: s.outcome(outcome),
            reason: (outcome == Outcome::NoQuorum)
                .then(|| (s.minutes.no_quorum_reason)(c.households_present, c.households_total)),
        },
    }
}

/// The hands for, against and abstaining in a corrected row's cells; those it does not hold are
/// taken from `otherwise`.
fn hands_in(cells: &BTreeMap<String, String>, otherwise: [u32; 3]) -> [u32; 3] {
    let mut hands = otherwise;
    for (count, column) in hands
        .iter_mut()
        .zip(["votes_for", "votes_against", "votes_abstain"])
    {
        if let Some(n) = cells.get(column).and_then(|cell| cell.parse().ok()) {
            *count = n;
        }
    }
    hands
}

/// "25/5/1": for, against, abstaining.
fn hands_words([votes_for, against, abstain]: [u32; 3]) -> String {
    format!("{votes_for}/{against}/{abstain}")
}

/// A reason inside a sentence that ends with its own full stop.
fn reason_words(reason: &str) -> &str {
    reason.trim().trim_end_matches('.')
}

/// The time of something that happened during the meeting, with its date if that is not the
/// meeting's.
fn when(m: &MinutesStrings, time: &DateTime<FixedOffset>, start: &DateTime<FixedOffset>) -> String {
    if time.date_naive() == start.date_naive() {
        time_words(m, time)
    } else {
        format!("{}, {}", time_words(m, time), date_words(m, time))
    }
}

/// "Biên bản cuộc họp…" of "BIÊN BẢN CUỘC HỌP…": the first letter only in capitals.
fn sentence_case(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A number of households or entries as the minutes count them.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn or_blank(m: &MinutesStrings, text: &str) -> String {
    if text.trim().is_empty() {
        m.blank.to_owned()
    } else {
        text.to_owned()
    }
}

/// "08 giờ 00 phút", "08:00": in the time zone the time was recorded in.
fn time_words(m: &MinutesStrings, time: &DateTime<FixedOffset>) -> String {
    (m.time)(time.hour(), time.minute())
}

/// "ngày 12 tháng 6 năm 2022", "12 June 2022".
fn date_words(m: &MinutesStrings, time: &DateTime<FixedOffset>) -> String {
    (m.date)(time.day(), time.month(), time.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        DecisionRule, Meeting, Opinion, Speaker, Stance, Threshold, VoteBase, VoteCounts,
        parse_time,
    };
    use crate::i18n::{EN, VI};
    use html::css_string;
    use markdown::{md_block, md_line};

    fn t(text: &str) -> DateTime<FixedOffset> {
        parse_time(text).unwrap()
    }

    fn vote(item_no: u32, vote_no: u32, present: u32, counts: [u32; 3]) -> Vote {
        Vote {
            item_no,
            vote_no,
            voted_at: t("2022-06-12T09:00:00+07:00"),
            counts: VoteCounts {
                households_total: 55,
                households_present: present,
                votes_for: counts[0],
                votes_against: counts[1],
                votes_abstain: counts[2],
            },
            rule: DecisionRule::default(),
            corrections: 0,
            method: crate::domain::VoteMethod::Hands,
        }
    }

    fn opinion(turn_no: u32, name: &str, text: &str) -> Opinion {
        Opinion {
            item_no: 1,
            turn_no,
            speaker: Speaker {
                name: name.into(),
                address: "K19/4 Phú Lộc 10".into(),
            },
            stance: Stance::Other,
            text: text.into(),
            started_at: t("2022-06-12T08:30:00+07:00"),
            duration_s: 60,
        }
    }

    /// An open meeting with one item, one opinion and no vote.
    fn record() -> MeetingRecord {
        MeetingRecord {
            meeting: Meeting {
                title: "Về việc mở rộng kiệt 19.".into(),
                ward: "Phường Thanh Khê Tây, quận Thanh Khê".into(),
                residential_group: "Tổ dân phố 27".into(),
                location: "Nhà văn hóa tổ 27".into(),
                started_at: t("2022-06-12T08:00:00+07:00"),
                ended_at: None,
                chair: "Nguyễn Văn Hùng".into(),
                chair_title: "Tổ trưởng".into(),
                secretary: "Trần Thị Thu Hà".into(),
                households_total: 55,
                households_present: 42,
                status: MeetingStatus::Open,
            },
            agenda: vec![AgendaItem {
                item_no: 1,
                title: "Mở rộng kiệt lên 3 m".into(),
                description: String::new(),
                rule: DecisionRule::default(),
                takes_pledges: false,
            }],
            opinions: vec![opinion(1, "Lê Văn Tám", "Đồng ý.")],
            votes: vec![],
            guests: vec![],
            conclusions: vec![],
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

    fn fingerprint() -> Fingerprint {
        "4f56fa993ff830d70a9586f8800b7f1e10a57a139793d17c3f9190fb13ec85f4"
            .parse()
            .unwrap()
    }

    #[test]
    fn names_with_markup_stay_text_in_html_and_markdown() {
        let mut r = record();
        r.opinions[0].speaker.name = "<script>alert('x')</script> & \"Tám\"".into();
        r.opinions[0].speaker.address = "K19 <b>|</b> *tổ* _27_ [a](b) `c` ~d~ #1 \\".into();
        r.meeting.chair = "Bà <i>Hà</i> & Co".into();
        let minutes = render_minutes(&r, &VI, None);

        let html = &minutes.html;
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>|</b>"));
        assert!(!html.contains("<i>Hà</i>"));
        assert!(html.contains(
            "<b>1. &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Tám&quot;</b>"
        ));
        assert!(html.contains("(K19 &lt;b&gt;|&lt;/b&gt; *tổ* _27_ [a](b) `c` ~d~ #1 \\)"));
        assert!(html.contains("Bà &lt;i&gt;Hà&lt;/i&gt; &amp; Co"));

        let md = &minutes.markdown;
        assert!(
            md.contains(
                "**1. \\<script\\>alert('x')\\</script\\> \\& \"Tám\"** \
             (K19 \\<b\\>\\|\\</b\\> \\*tổ\\* \\_27\\_ \\[a\\](b) \\`c\\` \\~d\\~ \\#1 \\\\)"
            ),
            "{md}"
        );
        assert!(md.contains("Bà \\<i\\>Hà\\</i\\> \\& Co"));
    }

    #[test]
    fn opinion_lines_that_look_like_markdown_stay_lines_of_the_opinion() {
        let text = "# tiêu đề\n- gạch đầu dòng\n+ cộng\n* sao\n1. một\n2) hai\n12.5 m là đủ\n\
                    > trích\n| a | b |\n    thụt lề\n***\n=====\n```\n<div>\n3.\ndòng cuối \\";
        assert_eq!(
            md_block(text),
            "\\# tiêu đề\\\n\\- gạch đầu dòng\\\n\\+ cộng\\\n\\* sao\\\n1\\. một\\\n2\\) hai\\\n\
             12.5 m là đủ\\\n\\> trích\\\n\\| a \\| b \\|\\\nthụt lề\\\n\\*\\*\\*\\\n\\=====\\\n\
             \\`\\`\\`\\\n\\<div\\>\\\n3\\.\\\ndòng cuối \\\\"
        );
        // A number whose "." is not followed by a space opens no list and is left alone.
        assert_eq!(md_line("300.000 đồng"), "300.000 đồng");
        assert_eq!(md_line("300 000 đồng"), "300 000 đồng");
    }

    #[test]
    fn multi_line_opinions_keep_their_line_breaks() {
        let mut r = record();
        r.opinions[0].text = "Dòng một.\nDòng hai.\n\nĐoạn mới.".into();
        let minutes = render_minutes(&r, &VI, None);
        assert!(
            minutes
                .markdown
                .contains("– *Ý kiến khác*:\\\nDòng một.\\\nDòng hai.\n\nĐoạn mới.\n"),
            "{}",
            minutes.markdown
        );
        assert!(
            minutes
                .html
                .contains("<p class=\"opinion\">Dòng một.<br>\nDòng hai.<br>\n<br>\nĐoạn mới.</p>"),
            "{}",
            minutes.html
        );
    }

    #[test]
    fn an_open_meeting_leaves_the_closing_time_blank_and_prints_no_fingerprint() {
        let r = record();
        // Even if one were passed, an open meeting prints none: its content may still change.
        let fp = fingerprint();
        for minutes in [
            render_minutes(&r, &VI, Some(&fp)),
            render_minutes(&r, &VI, None),
        ] {
            for text in [&minutes.markdown, &minutes.html] {
                assert!(text.contains(VI.minutes.closing_blank), "{text}");
                assert!(text.contains(VI.minutes.fingerprint_open));
                assert!(!text.contains(&fp.grouped()));
                assert!(text.contains("Hôm nay, vào hồi 08 giờ 00 phút, ngày 12 tháng 6 năm 2022, tại Nhà văn hóa tổ 27, Tổ dân phố 27 (Phường Thanh Khê Tây, quận Thanh Khê) tổ chức cuộc họp của cộng đồng dân cư về việc mở rộng kiệt 19."));
                assert!(text.contains(VI.minutes.no_vote));
            }
        }
    }

    #[test]
    fn a_closed_meeting_prints_its_closing_time_and_fingerprint() {
        let mut r = record();
        r.meeting.status = MeetingStatus::Closed;
        r.meeting.ended_at = Some(t("2022-06-12T10:25:00+07:00"));
        let fp = fingerprint();
        let minutes = render_minutes(&r, &VI, Some(&fp));
        for text in [&minutes.markdown, &minutes.html] {
            assert!(text.contains("Cuộc họp kết thúc vào hồi 10 giờ 25 phút cùng ngày."));
            assert!(text.contains(VI.minutes.fingerprint));
            assert!(text.contains(
                "4f56 fa99 3ff8 30d7 0a95 86f8 800b 7f1e 10a5 7a13 9793 d17c 3f91 90fb 13ec 85f4"
            ));
            assert!(!text.contains(VI.minutes.closing_blank));
        }
        // Past midnight, the date is said.
        r.meeting.ended_at = Some(t("2022-06-13T00:10:00+07:00"));
        let minutes = render_minutes(&r, &VI, Some(&fp));
        assert!(
            minutes
                .markdown
                .contains("Cuộc họp kết thúc vào hồi 00 giờ 10 phút, ngày 13 tháng 6 năm 2022.")
        );
        // Closed by an older version, without a fingerprint: said so.
        let minutes = render_minutes(&r, &EN, None);
        assert!(minutes.html.contains(EN.minutes.fingerprint_missing));
    }

    #[test]
    fn every_vote_is_listed_and_the_latest_one_counts() {
        let mut r = record();
        let mut first = vote(1, 1, 42, [20, 15, 5]);
        first.corrections = 2;
        let mut second = vote(1, 2, 42, [30, 10, 2]);
        second.rule = DecisionRule {
            base: VoteBase::Present,
            threshold: Threshold::TwoThirds,
        };
        r.votes = vec![second, first];
        let md = render_minutes(&r, &VI, None).markdown;
        let revoted = md.find("Nội dung này được biểu quyết 2 lần; kết quả của lần sau cùng (lần 2) là kết quả chính thức.").expect(&md);
        let vote1 = md
            .find("Biểu quyết giơ tay lần 1, lúc 09 giờ 00 phút: 42 trên 55")
            .unwrap();
        let vote2 = md
            .find("Biểu quyết giơ tay lần 2, lúc 09 giờ 00 phút: 42 trên 55")
            .unwrap();
        assert!(revoted < vote1 && vote1 < vote2);
        let (first_part, second_part) = md.split_at(vote2);
        assert!(first_part.contains("| Tán thành | 20 | 36,4% | 47,6% |"));
        assert!(first_part.contains("| Không tham gia | 2 | 3,6% | 4,8% |"));
        assert!(first_part.contains(
            "Điều kiện thông qua: trên 50% tổng số hộ.\\\nKết quả: **KHÔNG THÔNG QUA**."
        ));
        assert!(first_part.contains("đã được sửa 2 lần"));
        assert!(first_part.contains(VI.minutes.superseded));
        assert!(second_part.contains("| Tán thành | 30 | 54,5% | 71,4% |"));
        assert!(
            second_part
                .contains("Điều kiện thông qua: từ 2/3 số hộ có mặt.\\\nKết quả: **THÔNG QUA**.")
        );
        assert!(!second_part.contains(VI.minutes.superseded));
        assert!(!second_part.contains("đã được sửa"));
    }

    #[test]
    fn a_vote_without_quorum_says_why() {
        let mut r = record();
        r.meeting.households_present = 27;
        r.votes = vec![vote(1, 1, 27, [27, 0, 0])];
        let minutes = render_minutes(&r, &EN, None);
        assert!(minutes.markdown.contains(
            "Result: **NO QUORUM** – only 27 of 55 households were present, not more than half of all households."
        ), "{}", minutes.markdown);
        assert!(minutes.html.contains(EN.minutes.quorum_not_met));
        assert!(
            minutes
                .html
                .contains("Households represented: 27, 49.1% of all households.")
        );
        assert!(minutes.html.contains("Households not represented: 28."));
    }

    #[test]
    fn speakers_come_in_turn_order_under_their_item() {
        let mut r = record();
        r.agenda.push(AgendaItem {
            item_no: 2,
            title: "Đóng góp".into(),
            description: String::new(),
            rule: DecisionRule::default(),
            takes_pledges: false,
        });
        let mut later = opinion(1, "Ở mục hai", "x");
        later.item_no = 2;
        r.opinions = vec![
            later,
            opinion(2, "Người thứ hai", "b"),
            opinion(1, "Người thứ nhất", "a"),
        ];
        let md = render_minutes(&r, &VI, None).markdown;
        let first = md.find("**1. Người thứ nhất**").unwrap();
        let second = md.find("**2. Người thứ hai**").unwrap();
        let item2 = md.find("### 2. Đóng góp").unwrap();
        let other = md.find("**1. Ở mục hai**").unwrap();
        assert!(first < second && second < item2 && item2 < other);
    }

    #[test]
    fn empty_fields_leave_a_blank_to_fill_in_by_hand() {
        let mut r = record();
        r.meeting.location = String::new();
        r.meeting.chair_title = String::new();
        r.meeting.ward = String::new();
        r.agenda.clear();
        r.opinions.clear();
        let md = render_minutes(&r, &VI, None).markdown;
        assert!(md.contains("tại ……, Tổ dân phố 27 (……) tổ chức"), "{md}");
        assert!(md.contains("- Chủ trì: Nguyễn Văn Hùng.\n"));
        assert!(md.contains("*……, ngày 12 tháng 6 năm 2022*"));
        assert!(md.contains(VI.minutes.no_items));
    }

    #[test]
    fn dates_and_times_in_the_form_of_official_documents() {
        let jan = t("2023-01-05T07:05:00+07:00");
        assert_eq!(date_words(VI.minutes, &jan), "ngày 05 tháng 01 năm 2023");
        assert_eq!(date_words(EN.minutes, &jan), "5 January 2023");
        assert_eq!(time_words(VI.minutes, &jan), "07 giờ 05 phút");
        assert_eq!(time_words(EN.minutes, &jan), "07:05");
        let dec = t("2022-12-31T23:59:00+07:00");
        assert_eq!(date_words(VI.minutes, &dec), "ngày 31 tháng 12 năm 2022");
    }

    #[test]
    fn the_page_footer_is_a_well_formed_css_string() {
        assert_eq!(css_string("Trang "), "\"Trang \"");
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        let html = render_minutes(&record(), &EN, None).html;
        assert!(html.contains("content: \"Page \" counter(page) \" of \" counter(pages);"));
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    }

    /// A correction of `entry` made at `hms`, which held `cells` before.
    fn correction(entry: EntryKey, hms: &str, reason: &str, cells: &[(&str, &str)]) -> Correction {
        Correction {
            entry,
            was: entry,
            at: t(&format!("2022-06-12T{hms}+07:00")),
            reason: reason.into(),
            before: cells
                .iter()
                .map(|(column, cell)| (column.to_string(), cell.to_string()))
                .collect(),
        }
    }

    #[test]
    fn each_correction_says_what_it_changed_when_and_why() {
        let mut r = record();
        let mut corrected = vote(1, 1, 42, [24, 5, 2]);
        corrected.corrections = 2;
        r.votes = vec![corrected];
        let vote = EntryKey::Vote {
            item_no: 1,
            vote_no: 1,
        };
        r.corrections = vec![
            correction(
                vote,
                "09:20:00",
                "Đếm lại.",
                &[
                    ("votes_for", "25"),
                    ("votes_against", "5"),
                    ("votes_abstain", "1"),
                ],
            ),
            correction(
                EntryKey::Opinion {
                    item_no: 1,
                    turn_no: 1,
                },
                "09:25:00",
                "Ghi nhầm ý kiến",
                &[("stance", "support")],
            ),
            correction(
                vote,
                "09:30:00",
                "Một hộ giơ tay hai lần",
                &[
                    ("votes_for", "24"),
                    ("votes_against", "6"),
                    ("votes_abstain", "1"),
                ],
            ),
            correction(
                EntryKey::Meeting,
                "10:30:00",
                "Sai tên địa điểm",
                &[("location", "Nhà văn hoá")],
            ),
            correction(
                EntryKey::AgendaItem { item_no: 1 },
                "10:31:00",
                "Thiếu mô tả",
                &[],
            ),
        ];
        let vi = render_minutes(&r, &VI, None);
        for sentence in [
            "Số hộ tán thành/không tán thành/không biểu quyết đã sửa từ 25/5/1 thành 24/6/1 lúc \
             09 giờ 20 phút, lý do: Đếm lại.",
            "Số hộ tán thành/không tán thành/không biểu quyết đã sửa từ 24/6/1 thành 24/5/2 lúc \
             09 giờ 30 phút, lý do: Một hộ giơ tay hai lần.",
            "(Đã sửa lúc 09 giờ 25 phút, lý do: Ghi nhầm ý kiến.)",
            "Thông tin cuộc họp đã được sửa lúc 10 giờ 30 phút, lý do: Sai tên địa điểm.",
            "Nội dung 1 đã được sửa lúc 10 giờ 31 phút, lý do: Thiếu mô tả.",
        ] {
            assert!(
                vi.markdown.contains(sentence),
                "{sentence}\n{}",
                vi.markdown
            );
            assert!(vi.html.contains(sentence), "{sentence}");
        }
        // All the corrections of the vote are told: no count of them besides.
        assert!(!vi.markdown.contains("đã được sửa 2 lần"));
        assert!(
            vi.markdown
                .contains("### Các nội dung đã sửa\n\n- Thông tin cuộc họp")
        );
        assert!(
            vi.markdown
                .contains("Đồng ý.\\\n*(Đã sửa lúc 09 giờ 25 phút"),
            "{}",
            vi.markdown
        );
        let en = render_minutes(&r, &EN, None);
        for sentence in [
            "The households for/against/abstaining were corrected from 25/5/1 to 24/6/1 at 09:20, \
             reason: Đếm lại.",
            "(Corrected at 09:25, reason: Ghi nhầm ý kiến.)",
            "Item 1 was corrected at 10:31, reason: Thiếu mô tả.",
        ] {
            assert!(
                en.markdown.contains(sentence),
                "{sentence}\n{}",
                en.markdown
            );
        }
        // A count of corrections beyond the history known (a folder of an earlier version)
        // is still said.
        r.votes[0].corrections = 3;
        let md = render_minutes(&r, &VI, None).markdown;
        assert!(md.contains("đã được sửa 3 lần"));
    }
}
