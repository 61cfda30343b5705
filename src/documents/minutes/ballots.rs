//! How the minutes tell a vote taken by ballot (SPEC §12): its method in the caption, and under
//! it what the law asks the minutes to say. A secret ballot: the ballots as the committee sorted
//! them, the committee (its head named) and the two witness households. A household-ballot
//! round: the ballots returned of those delivered, the households that returned none counted
//! as not voting, no quorum test and the result measured against all households, when it was
//! counted and the date by which its result must be reported. A show of hands is as before.

use chrono::{Datelike, NaiveDate};

use crate::domain::{
    BallotDetails, BallotSheets, CountingCommittee, DecisionRule, MeetingRecord, Vote, VoteBase,
    VoteMethod, Witnesses, format_share, reporting_deadline,
};
use crate::i18n::{MinutesStrings, Strings};

use super::{or_blank, when};

/// What a vote's block in the minutes says of its method.
pub(super) struct MethodWords {
    /// The caption for a vote not taken by show of hands (which keeps its own).
    pub(super) caption: Option<String>,
    /// Lines between the caption and the table.
    pub(super) details: Vec<String>,
    /// A household-ballot round still open: its counts are of the ballots so far.
    pub(super) open_round: bool,
}

/// The rule a vote taken this way is decided by: a household-ballot round is measured against
/// all households whatever the item's base.
pub(super) fn rule_applied(vote: &Vote) -> DecisionRule {
    match vote.method {
        VoteMethod::HouseholdBallot => DecisionRule {
            base: VoteBase::AllHouseholds,
            ..vote.rule
        },
        VoteMethod::Hands | VoteMethod::Secret => vote.rule,
    }
}

/// "Nguyễn Văn A (Tổ trưởng), Trần Thị B, Lê Văn C": the head first.
pub(super) fn committee_words(m: &MinutesStrings, committee: &CountingCommittee) -> String {
    let mut members: Vec<_> = committee.members.iter().collect();
    members.sort_by_key(|member| !member.is_head);
    members
        .iter()
        .map(|member| {
            let name = or_blank(m, member.name.trim());
            if member.is_head {
                (m.committee_head)(&name)
            } else {
                name
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "hộ 27-004 (chủ hộ Đặng Văn Lợi)": a witness household, with its head from the register.
pub(super) fn witness_words(m: &MinutesStrings, record: &MeetingRecord, no: &str) -> String {
    let head = record
        .households
        .iter()
        .find(|h| h.household_no == no)
        .map_or("", |h| h.head_name.as_str());
    (m.witness_household)(&or_blank(m, no.trim()), head)
}

/// The witnesses in order.
pub(super) fn witness_list(
    m: &MinutesStrings,
    record: &MeetingRecord,
    witnesses: &Witnesses,
) -> [String; 2] {
    [&witnesses.first, &witnesses.second].map(|no| witness_words(m, record, no))
}

/// A date in words, as `date_words` says a time's.
pub(super) fn day_words(m: &MinutesStrings, day: NaiveDate) -> String {
    (m.date)(day.day(), day.month(), day.year())
}

/// The sheets of a secret ballot in one sentence each.
pub(super) fn sheets_words(m: &MinutesStrings, sheets: &BallotSheets) -> [String; 4] {
    [
        (m.count_issued)(sheets.issued),
        (m.count_returned)(sheets.returned),
        (m.count_valid)(sheets.valid),
        (m.count_invalid)(sheets.invalid),
    ]
}

/// What the block of `vote` says of how it was taken.
pub(super) fn method_words(
    record: &MeetingRecord,
    vote: &Vote,
    run_off: Option<(u32, u32)>,
    s: &Strings,
) -> MethodWords {
    let m = s.minutes;
    let c = &vote.counts;
    let start = &record.meeting.started_at;
    let mut words = MethodWords {
        caption: None,
        details: Vec::new(),
        open_round: false,
    };
    let details = record.ballots.details(vote.item_no, vote.vote_no);
    match (vote.method, details) {
        (VoteMethod::Hands, _) => return words,
        (VoteMethod::Secret, details) => {
            words.caption = Some((m.secret_caption)(
                vote.vote_no,
                &when(m, &vote.voted_at, start),
                c.households_present,
                c.households_total,
            ));
            if let Some(BallotDetails::Secret {
                sheets,
                committee,
                witnesses,
            }) = details
            {
                words.details.push(sheets_words(m, sheets).join(" "));
                words.details.push(m.secret_on_valid.to_owned());
                words
                    .details
                    .push((m.committee)(&committee_words(m, committee)));
                let [first, second] = witness_list(m, record, witnesses);
                words.details.push((m.witnesses)(&first, &second));
            }
        }
        (VoteMethod::HouseholdBallot, details) => {
            let returned = c.households_present;
            let total = c.households_total;
            words.caption = Some((m.round_caption)(
                vote.vote_no,
                &when(m, &vote.voted_at, start),
                returned,
                total,
            ));
            words.details.push((m.round_returns)(
                returned,
                total,
                total.saturating_sub(returned),
            ));
            words.details.push((m.round_base)(total));
            match details {
                Some(BallotDetails::HouseholdRound {
                    counted_at: Some(counted),
                }) => {
                    words
                        .details
                        .push((m.round_counted)(&when(m, counted, start)));
                    // The app knows Saturdays and Sundays, not public holidays: the secretary
                    // moves the date when one falls in the period.
                    let deadline = reporting_deadline(counted.date_naive());
                    words
                        .details
                        .push((m.reporting_deadline)(&day_words(m, deadline)));
                }
                _ => words.open_round = true,
            }
        }
    }
    if let Some((first, second)) = run_off {
        words.details.insert(0, (m.run_off_sentence)(first, second));
    }
    words
}

/// The rows of a yes/no vote taken by ballot: for, against, another opinion, and those present
/// without a valid ballot (a secret ballot) or the households that returned none (a round),
/// each with its share of all households and of those present (a round: of the ballots
/// returned).
pub(super) fn yes_no_rows(vote: &Vote, s: &Strings) -> Vec<[String; 4]> {
    let m = s.minutes;
    let c = &vote.counts;
    let sep = s.decimal_separator;
    let share = |count| {
        [
            format_share(count, c.households_total, sep),
            format_share(count, c.households_present, sep),
        ]
    };
    let mut rows: Vec<[String; 4]> = [
        (s.field_votes_for, c.votes_for),
        (s.field_votes_against, c.votes_against),
        (m.ballot_other, c.votes_abstain),
        (m.secret_not_counted, c.not_voting()),
    ]
    .into_iter()
    .map(|(label, count)| {
        let [of_total, of_present] = share(count);
        [label.to_owned(), count.to_string(), of_total, of_present]
    })
    .collect();
    if vote.method == VoteMethod::HouseholdBallot {
        rows.pop();
        rows.push(not_returned_row(vote, s));
    }
    rows
}

/// The households of a round that returned no ballot: a share of all households only.
pub(super) fn not_returned_row(vote: &Vote, s: &Strings) -> [String; 4] {
    let c = &vote.counts;
    let missing = c.households_total.saturating_sub(c.households_present);
    [
        s.minutes.not_returned.to_owned(),
        missing.to_string(),
        format_share(missing, c.households_total, s.decimal_separator),
        "—".to_owned(),
    ]
}

/// The header of a vote taken by ballot.
pub(super) fn header(vote: &Vote, options: bool, s: &Strings) -> [String; 4] {
    let m = s.minutes;
    let c = &vote.counts;
    let first = if options { m.col_option } else { m.col_vote };
    match vote.method {
        VoteMethod::HouseholdBallot => [
            first.to_owned(),
            m.col_count.to_owned(),
            (m.col_of_total)(c.households_total),
            (m.col_of_returned)(c.households_present),
        ],
        VoteMethod::Hands | VoteMethod::Secret => [
            first.to_owned(),
            m.col_ballots.to_owned(),
            (m.col_of_total)(c.households_total),
            (m.col_of_present)(c.households_present),
        ],
    }
}
