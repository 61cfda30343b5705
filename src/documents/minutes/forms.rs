//! The documents of votes taken by ballot (SPEC §12, §13), under the heading of the minutes:
//! - Form 02 of Decree 59/2023, the record of a secret ballot's count (biên bản kiểm phiếu): the
//!   item, when and where, the committee, the witnesses, the ballots sorted, the choices on the
//!   valid ones, the result by the item's rule, and the signatures of the committee's head, its
//!   members and the witnesses;
//! - Form 04, the results of a household-ballot round (biên bản tổng hợp kết quả lấy ý kiến hộ
//!   gia đình): the households, the ballots delivered, returned and not, the answers as shares
//!   of all households, the result, the date it must be reported by, the signatures of the head
//!   of the residential group and of the Front's work committee, and the answer of every
//!   household of the register as an appendix;
//! - the ballot delivered to each household (phiếu lấy ý kiến), one page each, pre-filled with the
//!   household and printed before any comes back: so also for a round still open.
//!
//! Each is a [`Form`]: plain words in pages of blocks, which `docx` lays out.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, FixedOffset, Timelike};

use crate::domain::{
    BallotChoice, BallotDetails, HouseholdBallot, ItemOption, MeetingRecord, OptionCounts, Vote,
    VoteMethod, format_share, reporting_deadline,
};
use crate::i18n::{MinutesStrings, Strings};

use super::appendix::{Appendix, AppendixKind, Register, column};
use super::ballots::{day_words, rule_applied, sheets_words, witness_list};
use super::names::{first_part, group_in_full, place_of, subject_of, ward_in_full};
use super::{ResultText, date_words, or_blank, result_text, time_words};

/// A document of pages, each under the heading of Decree 30.
pub(super) struct Form {
    /// The ward and the residential group, in capitals, as the minutes' heading has them.
    pub(super) issuer: [String; 2],
    pub(super) nation: &'static str,
    pub(super) motto: &'static str,
    /// Page numbers from page 2: not on ballot sheets, each a page of its own.
    pub(super) numbered: bool,
    pub(super) pages: Vec<FormPage>,
}

/// One part of a form that starts on a new page.
pub(super) struct FormPage {
    /// Under the national heading; empty on a ballot sheet, dated where it is signed.
    pub(super) place_date: String,
    /// In capitals, bold, centred.
    pub(super) titles: Vec<String>,
    pub(super) blocks: Vec<Block>,
}

pub(super) enum Block {
    /// "Về việc …", bold and centred under the title.
    Subject(String),
    /// Centred in italics: what a list is attached to.
    Attached(String),
    /// A bold line over what follows.
    Heading(String),
    Text(String),
    /// A line of a list, after a dash.
    Item(String),
    /// A numbered line of a list, indented.
    Numbered(String),
    /// Text typed by people, its lines kept.
    Typed(String),
    /// Boxes to tick, one a line.
    Boxes(Vec<String>),
    /// Dotted lines to write on.
    Dots(usize),
    /// In italics in the right half: a date above a signature.
    Right(String),
    /// "Kết quả: THÔNG QUA."
    Result(&'static str, ResultText),
    Table(Appendix),
    Signatures(Vec<Signature>),
}

/// A signature block of a form.
pub(super) struct Signature {
    pub(super) role: &'static str,
    pub(super) hint: &'static str,
    /// Printed under the space to sign, one each; an empty one leaves the name to write.
    pub(super) names: Vec<String>,
}

/// The box ticked on a ballot sheet.
const BOX: char = '☐';

/// The name of the file of Form 02 for vote `vote_no` of item `item_no`.
pub fn ballot_count_file(item_no: u32, vote_no: u32) -> String {
    format!("ballot-count-{item_no}-{vote_no}.docx")
}

/// The name of the file of Form 04 for a household-ballot round.
pub fn ballot_results_file(item_no: u32, vote_no: u32) -> String {
    format!("household-ballot-results-{item_no}-{vote_no}.docx")
}

/// The name of the file of the ballot sheets of a household-ballot round.
pub fn ballot_sheets_file(item_no: u32, vote_no: u32) -> String {
    format!("ballot-sheets-{item_no}-{vote_no}.docx")
}

/// Whether `name` is one of the files above: an export writes them for the votes it has.
pub fn is_ballot_document(name: &str) -> bool {
    [
        "ballot-count-",
        "household-ballot-results-",
        "ballot-sheets-",
    ]
    .iter()
    .any(|prefix| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(".docx"))
            .and_then(|numbers| numbers.split_once('-'))
            .is_some_and(|(item, vote)| {
                [item, vote]
                    .iter()
                    .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
    })
}

/// What every form of a meeting shares: its heading, subject and the words of the minutes.
struct Context<'a> {
    record: &'a MeetingRecord,
    s: &'a Strings,
    m: &'static MinutesStrings,
    issuer: [String; 2],
    subject: String,
    group: String,
    place: String,
}

impl<'a> Context<'a> {
    fn new(record: &'a MeetingRecord, s: &'a Strings) -> Context<'a> {
        let m = s.minutes;
        let meeting = &record.meeting;
        let ward = ward_in_full(m, &meeting.ward);
        let group = group_in_full(m, &meeting.residential_group);
        Context {
            record,
            s,
            m,
            issuer: [
                or_blank(m, first_part(&ward)).to_uppercase(),
                or_blank(m, &group).to_uppercase(),
            ],
            subject: (m.subject)(&or_blank(m, subject_of(&meeting.title))),
            group: or_blank(m, &group),
            place: or_blank(m, place_of(&meeting.ward)),
        }
    }

    fn form(&self, numbered: bool, pages: Vec<FormPage>) -> Form {
        Form {
            issuer: self.issuer.clone(),
            nation: self.m.nation,
            motto: self.m.motto,
            numbered,
            pages,
        }
    }

    fn place_date(&self, at: &DateTime<FixedOffset>) -> String {
        (self.m.place_date)(&self.place, &date_words(self.m, at))
    }

    /// The item's title, or a blank to fill in.
    fn item_title(&self, item_no: u32) -> String {
        let title = self
            .record
            .agenda
            .iter()
            .find(|i| i.item_no == item_no)
            .map_or("", |i| i.title.trim());
        or_blank(self.m, title)
    }

    /// The options on the ballot of `vote`, by number, with their titles: those it put (the two
    /// of a run-off), or all of the item's.
    fn ballot_options(&self, vote: &Vote) -> Vec<(u32, String)> {
        let item: Vec<&ItemOption> = self.record.options_of(vote.item_no).collect();
        let title = |no: u32| {
            item.iter()
                .find(|o| o.option_no == no)
                .map_or(String::new(), |o| o.title.trim().to_owned())
        };
        let mut put: Vec<u32> = match self.record.option_counts(vote) {
            Some(counts) => counts.options.iter().map(|&(no, _)| no).collect(),
            None => item.iter().map(|o| o.option_no).collect(),
        };
        put.sort_unstable();
        put.into_iter()
            .map(|no| {
                (
                    no,
                    (self.m.option_titled)(no, &or_blank(self.m, &title(no))),
                )
            })
            .collect()
    }

    /// The rule in force and what the vote decided.
    fn result_blocks(&self, vote: &Vote, counts: Option<&OptionCounts>) -> [Block; 2] {
        let s = self.s;
        let item_options: Vec<&ItemOption> = self.record.options_of(vote.item_no).collect();
        [
            Block::Text(format!("{}: {}.", s.rule_label, s.rule(rule_applied(vote)))),
            Block::Result(
                self.m.result_label,
                result_text(vote, counts, &item_options, s),
            ),
        ]
    }
}

/// Form 02 for the secret ballot `vote`, counted by the committee of `details`.
fn ballot_count(cx: &Context, vote: &Vote, details: &BallotDetails) -> Option<Form> {
    let BallotDetails::Secret {
        sheets,
        committee,
        witnesses,
    } = details
    else {
        return None;
    };
    let (m, s, record) = (cx.m, cx.s, cx.record);
    let c = &vote.counts;
    let sep = s.decimal_separator;
    let mut blocks = vec![
        Block::Subject(cx.subject.clone()),
        Block::Text((m.count_opening)(
            &time_words(m, &vote.voted_at),
            &date_words(m, &vote.voted_at),
            &or_blank(m, &record.meeting.location),
            vote.item_no,
            &cx.item_title(vote.item_no),
        )),
        Block::Heading(m.count_committee_heading.to_owned()),
    ];
    let mut members: Vec<_> = committee.members.iter().collect();
    members.sort_by_key(|member| !member.is_head);
    for (at, member) in members.iter().enumerate() {
        let role = if member.is_head {
            m.role_head
        } else {
            m.role_member
        };
        blocks.push(Block::Numbered((m.member_line)(
            at + 1,
            &or_blank(m, member.name.trim()),
            role,
        )));
    }
    blocks.push(Block::Heading(m.witnesses_heading.to_owned()));
    let witness_words = witness_list(m, record, witnesses);
    for (at, witness) in witness_words.iter().enumerate() {
        blocks.push(Block::Numbered((m.witness_line)(at + 1, witness)));
    }
    blocks.push(Block::Heading(m.count_heading.to_owned()));
    blocks.push(Block::Item((m.households_total)(
        &cx.group,
        c.households_total,
    )));
    blocks.push(Block::Item((m.households_present)(
        c.households_present,
        &format_share(c.households_present, c.households_total, sep),
    )));
    blocks.extend(sheets_words(m, sheets).into_iter().map(Block::Item));
    blocks.push(Block::Heading(m.count_results_heading.to_owned()));
    let valid = sheets.valid;
    let share = |n| format_share(n, valid, sep);
    let counts = record.option_counts(vote);
    match &counts {
        Some(counts) => {
            for (no, label) in cx.ballot_options(vote) {
                let n = counts
                    .options
                    .iter()
                    .find(|&&(option, _)| option == no)
                    .map_or(0, |&(_, n)| n);
                blocks.push(Block::Item((m.count_option)(&label, n, &share(n))));
            }
            blocks.push(Block::Item((m.count_no_option)(
                counts.abstain,
                &share(counts.abstain),
            )));
        }
        None => {
            for (line, n) in [
                (m.count_for, c.votes_for),
                (m.count_against, c.votes_against),
                (m.count_other, c.votes_abstain),
            ] {
                blocks.push(Block::Item(line(n, &share(n))));
            }
        }
    }
    blocks.extend(cx.result_blocks(vote, counts.as_ref()));
    blocks.push(Block::Text(m.count_read_out.to_owned()));
    let head = committee
        .members
        .iter()
        .filter(|member| member.is_head)
        .map(|member| member.name.trim().to_owned())
        .collect();
    let others = committee
        .members
        .iter()
        .filter(|member| !member.is_head)
        .map(|member| member.name.trim().to_owned())
        .collect();
    blocks.push(Block::Signatures(vec![
        Signature {
            role: m.sign_count_head,
            hint: m.sign_hint,
            names: head,
        },
        Signature {
            role: m.sign_count_members,
            hint: m.sign_hint,
            names: others,
        },
        Signature {
            role: m.sign_witnesses,
            hint: m.sign_hint,
            names: witness_words.iter().map(|w| capitalised(w)).collect(),
        },
    ]));
    Some(cx.form(
        true,
        vec![FormPage {
            place_date: cx.place_date(&vote.voted_at),
            titles: vec![m.count_title.to_owned()],
            blocks,
        }],
    ))
}

/// "Hộ 27-002" of "hộ 27-002": a name under a signature starts with a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "13/06/2022 08:30": a time in a narrow column of a list.
fn short_time(at: &DateTime<FixedOffset>) -> String {
    format!(
        "{:02}/{:02}/{} {:02}:{:02}",
        at.day(),
        at.month(),
        at.year(),
        at.hour(),
        at.minute()
    )
}

/// A household's answer in words, with what it wrote besides.
fn answer_words(
    m: &MinutesStrings,
    s: &Strings,
    options: &[(u32, String)],
    b: &HouseholdBallot,
) -> String {
    let mut words = match b.choice {
        BallotChoice::For => s.field_votes_for.to_owned(),
        BallotChoice::Against => s.field_votes_against.to_owned(),
        BallotChoice::Abstain => m.ballot_other.to_owned(),
        BallotChoice::Option(no) => options
            .iter()
            .find(|(option, _)| *option == no)
            .map_or_else(
                || (m.option_titled)(no, m.blank),
                |(_, label)| label.clone(),
            ),
    };
    let opinion = b.opinion.trim();
    if !opinion.is_empty() {
        words.push_str(&format!(" ({opinion})"));
    }
    words
}

/// Form 04 for the household-ballot round `vote`, once it is counted.
fn ballot_results(cx: &Context, vote: &Vote, details: &BallotDetails) -> Option<Form> {
    let BallotDetails::HouseholdRound {
        counted_at: Some(counted),
    } = details
    else {
        return None;
    };
    let (m, s, record) = (cx.m, cx.s, cx.record);
    let c = &vote.counts;
    let sep = s.decimal_separator;
    let total = c.households_total;
    let returned = c.households_present;
    let share = |n| format_share(n, total, sep);
    let mut blocks = vec![
        Block::Subject(cx.subject.clone()),
        Block::Text((m.tally_opening)(
            &time_words(m, counted),
            &date_words(m, counted),
            &cx.group,
            vote.item_no,
            &cx.item_title(vote.item_no),
        )),
        Block::Text((m.tally_opened)(&format!(
            "{}, {}",
            time_words(m, &vote.voted_at),
            date_words(m, &vote.voted_at)
        ))),
        Block::Item((m.households_total)(&cx.group, total)),
        Block::Item((m.tally_delivered)(total)),
        Block::Item((m.tally_returned)(returned, &share(returned))),
        Block::Item((m.tally_not_returned)(
            total.saturating_sub(returned),
            &share(total.saturating_sub(returned)),
        )),
    ];
    let options = cx.ballot_options(vote);
    let counts = record.option_counts(vote);
    match &counts {
        Some(counts) => {
            for (no, label) in &options {
                let n = counts
                    .options
                    .iter()
                    .find(|&&(option, _)| option == *no)
                    .map_or(0, |&(_, n)| n);
                blocks.push(Block::Item((m.tally_option)(label, n, &share(n))));
            }
            blocks.push(Block::Item((m.tally_no_option)(
                counts.abstain,
                &share(counts.abstain),
            )));
        }
        None => {
            for (line, n) in [
                (m.tally_for, c.votes_for),
                (m.tally_against, c.votes_against),
                (m.tally_other, c.votes_abstain),
            ] {
                blocks.push(Block::Item(line(n, &share(n))));
            }
        }
    }
    blocks.push(Block::Text((m.round_base)(total)));
    blocks.extend(cx.result_blocks(vote, counts.as_ref()));
    // Saturdays and Sundays are skipped; the app does not know public holidays, which the
    // secretary adds when one falls in the period.
    let deadline = reporting_deadline(counted.date_naive());
    blocks.push(Block::Text((m.reporting_deadline)(&day_words(m, deadline))));
    blocks.push(Block::Text(m.tally_list_note.to_owned()));
    blocks.push(Block::Signatures(
        [m.sign_group_head, m.sign_front_head]
            .into_iter()
            .map(|role| Signature {
                role,
                hint: m.sign_hint,
                names: vec![String::new()],
            })
            .collect(),
    ));

    // Every household of the register, its ballot found by its number once.
    let ballots: HashMap<&str, &HouseholdBallot> = record
        .ballots
        .ballots_of(vote.item_no, vote.vote_no)
        .map(|b| (b.household_no.as_str(), b))
        .collect();
    let register = Register::new(&record.households);
    let rows = record
        .households
        .iter()
        .enumerate()
        .map(|(at, h)| {
            let no = h.household_no.as_str();
            let (answer, received, collected) = match ballots.get(no) {
                Some(b) => (
                    answer_words(m, s, &options, b),
                    short_time(&b.received_at),
                    b.collected_by.trim().to_owned(),
                ),
                None => (m.not_returned.to_owned(), String::new(), String::new()),
            };
            vec![
                (at + 1).to_string(),
                register.household_cell(no),
                h.head_name.trim().to_owned(),
                answer,
                received,
                collected,
            ]
        })
        .collect();
    let list = Appendix {
        kind: AppendixKind::Ballots,
        title: m.tally_list_title,
        subtitles: Vec::new(),
        columns: vec![
            column(m.col_no, true, 6),
            column(m.col_household, false, 26),
            column(m.col_head, false, 18),
            column(m.col_answer, false, 20),
            column(m.col_received, false, 14),
            column(m.col_collected, false, 16),
        ],
        rows,
        totals: Vec::new(),
        signed: false,
    };
    let place_date = cx.place_date(counted);
    Some(cx.form(
        true,
        vec![
            FormPage {
                place_date: place_date.clone(),
                titles: vec![m.tally_title.to_owned(), m.tally_title_sub.to_owned()],
                blocks,
            },
            FormPage {
                place_date,
                titles: vec![m.tally_list_title.to_owned()],
                blocks: vec![
                    Block::Attached((m.pledges_item)(vote.item_no, &cx.item_title(vote.item_no))),
                    Block::Attached((m.tally_list_of)(&date_words(m, counted))),
                    Block::Table(list),
                ],
            },
        ],
    ))
}

/// The ballot sheets of the household-ballot round `vote`: one page per household of the
/// register, in its order.
fn ballot_sheets(cx: &Context, vote: &Vote) -> Form {
    let (m, s, record) = (cx.m, cx.s, cx.record);
    let item = record.agenda.iter().find(|i| i.item_no == vote.item_no);
    let description = item.map_or("", |i| i.description.trim());
    let question = (m.sheet_question)(&format!(
        "{}. {}",
        vote.item_no,
        cx.item_title(vote.item_no)
    ));
    let has_options = record.options_of(vote.item_no).next().is_some();
    let mut choices: Vec<String> = if has_options {
        let descriptions: HashMap<u32, &str> = record
            .options_of(vote.item_no)
            .map(|o| (o.option_no, o.description.trim()))
            .collect();
        cx.ballot_options(vote)
            .into_iter()
            .map(|(no, label)| match descriptions.get(&no) {
                Some(d) if !d.is_empty() => format!("{BOX} {label} – {d}"),
                _ => format!("{BOX} {label}"),
            })
            .collect()
    } else {
        [s.field_votes_for, s.field_votes_against]
            .iter()
            .map(|choice| format!("{BOX} {choice}"))
            .collect()
    };
    choices.push(format!("{BOX} {}", m.ballot_other));
    let pages = record
        .households
        .iter()
        .map(|h| {
            let mut blocks = vec![
                Block::Subject(cx.subject.clone()),
                Block::Text((m.sheet_household)(&h.household_no)),
                Block::Text((m.sheet_address)(&or_blank(m, h.address.trim()))),
                Block::Text((m.sheet_head)(&or_blank(m, h.head_name.trim()))),
                Block::Heading(question.clone()),
            ];
            if !description.is_empty() {
                blocks.push(Block::Typed(description.to_owned()));
            }
            blocks.push(Block::Heading(m.sheet_mark.to_owned()));
            blocks.push(Block::Boxes(choices.clone()));
            blocks.push(Block::Text(m.sheet_other_opinion.to_owned()));
            blocks.push(Block::Dots(3));
            blocks.push(Block::Right(m.sheet_date.to_owned()));
            blocks.push(Block::Signatures(vec![Signature {
                role: m.sign_household,
                hint: m.sign_hint,
                names: vec![String::new()],
            }]));
            FormPage {
                place_date: String::new(),
                titles: vec![m.sheet_title.to_owned()],
                blocks,
            }
        })
        .collect();
    cx.form(false, pages)
}

/// The forms of every vote of `record` taken by ballot, each with the name of its file: Form 02
/// for each secret ballot, for each household-ballot round its sheets and, once counted, its
/// Form 04. In the order of the votes.
pub(super) fn ballot_forms(record: &MeetingRecord, s: &Strings) -> Vec<(String, Form)> {
    let cx = Context::new(record, s);
    let mut forms = Vec::new();
    for vote in &record.votes {
        let Some(details) = record.ballots.details(vote.item_no, vote.vote_no) else {
            continue;
        };
        let (item_no, vote_no) = (vote.item_no, vote.vote_no);
        match vote.method {
            VoteMethod::Hands => {}
            VoteMethod::Secret => {
                if let Some(form) = ballot_count(&cx, vote, details) {
                    forms.push((ballot_count_file(item_no, vote_no), form));
                }
            }
            VoteMethod::HouseholdBallot => {
                if !record.households.is_empty() {
                    forms.push((
                        ballot_sheets_file(item_no, vote_no),
                        ballot_sheets(&cx, vote),
                    ));
                }
                if let Some(form) = ballot_results(&cx, vote, details) {
                    forms.push((ballot_results_file(item_no, vote_no), form));
                }
            }
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_of_ballots_are_known_by_their_names() {
        for name in [
            ballot_count_file(1, 2),
            ballot_results_file(12, 1),
            ballot_sheets_file(3, 10),
        ] {
            assert!(is_ballot_document(&name), "{name}");
        }
        for name in [
            "ballot-count-1.docx",
            "ballot-count-1-.docx",
            "ballot-count-a-1.docx",
            "ballot-sheets-1-2.doc",
            "ballot-sheets-1-2-3.docx",
            "minutes.docx",
        ] {
            assert!(!is_ballot_document(name), "{name}");
        }
    }
}
