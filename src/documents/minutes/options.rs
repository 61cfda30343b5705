//! The minutes of an item with several options (phương án, SPEC §15): the options where the
//! item is presented, and for each vote a table of the hands for each option with their shares,
//! and what the vote decided in a sentence: the option adopted with its votes and share of the
//! rule's base, or the run-off it calls for.
//!
//! Such a vote's columns in votes.csv hold the leading option, the others and the abstentions:
//! the words for, against and abstain of a yes/no vote are never used for it here.

use crate::domain::{
    ItemOption, MeetingRecord, OptionCounts, OptionsOutcome, RunOff, Vote, format_share,
};
use crate::i18n::Strings;

use super::or_blank;

/// One option as the item lists it.
pub(super) struct ListedOption {
    /// "Phương án 1: 3 m toàn tuyến".
    pub(super) label: String,
    pub(super) description: String,
}

/// The options of item `item_no`, by number; none for a yes/no question.
pub(super) fn listed_options(
    record: &MeetingRecord,
    item_no: u32,
    s: &Strings,
) -> Vec<ListedOption> {
    let m = s.minutes;
    let mut options: Vec<_> = record.options_of(item_no).collect();
    options.sort_by_key(|o| o.option_no);
    options
        .into_iter()
        .map(|o| ListedOption {
            label: (m.option_titled)(o.option_no, &or_blank(m, &o.title)),
            description: o.description.clone(),
        })
        .collect()
}

/// The title of option `option_no` among an item's `options` (empty if it has none).
fn title_of<'a>(options: &[&'a ItemOption], option_no: u32) -> &'a str {
    options
        .iter()
        .find(|o| o.option_no == option_no)
        .map_or("", |o| o.title.as_str())
}

/// The two options of a run-off: a vote after the item's first one that put only two options.
pub(super) fn run_off_pair(counts: &OptionCounts, earlier_vote: bool) -> Option<(u32, u32)> {
    match counts.options.as_slice() {
        [(first, _), (second, _)] if earlier_vote => Some((*first, *second)),
        _ => None,
    }
}

/// The header of an options vote's table.
pub(super) fn header(counts: &OptionCounts, s: &Strings) -> [String; 4] {
    let m = s.minutes;
    [
        m.col_option.to_owned(),
        m.col_option_votes.to_owned(),
        (m.col_of_total)(counts.households_total),
        (m.col_of_present)(counts.households_present),
    ]
}

/// One row per option put to the vote, then the abstentions and the households present that
/// raised no hand: each with its share of all households and of those present.
pub(super) fn rows(
    item_options: &[&ItemOption],
    counts: &OptionCounts,
    s: &Strings,
) -> Vec<[String; 4]> {
    let m = s.minutes;
    let sep = s.decimal_separator;
    let mut options: Vec<(u32, u32)> = counts.options.clone();
    options.sort_by_key(|&(option_no, _)| option_no);
    options
        .into_iter()
        .map(|(option_no, votes)| {
            let title = or_blank(m, title_of(item_options, option_no));
            ((m.option_titled)(option_no, &title), votes)
        })
        .chain([
            (m.option_abstain.to_owned(), counts.abstain),
            (s.not_voting.to_owned(), counts.not_voting()),
        ])
        .map(|(label, count)| {
            [
                label,
                count.to_string(),
                format_share(count, counts.households_total, sep),
                format_share(count, counts.households_present, sep),
            ]
        })
        .collect()
}

/// What an options vote decided, in a sentence; `None` without quorum, which is said as for a
/// yes/no vote.
pub(super) fn outcome_sentence(
    item_options: &[&ItemOption],
    counts: &OptionCounts,
    vote: &Vote,
    s: &Strings,
) -> Option<String> {
    let m = s.minutes;
    // A household-ballot round is decided without quorum, against all households.
    let rule = super::ballots::rule_applied(vote);
    match vote.decide(counts) {
        OptionsOutcome::NoQuorum => None,
        OptionsOutcome::Adopted { option_no } => {
            let votes = counts
                .options
                .iter()
                .find(|&&(no, _)| no == option_no)
                .map_or(0, |&(_, votes)| votes);
            let base = counts.base(rule.base);
            Some((m.option_adopted)(
                option_no,
                title_of(item_options, option_no),
                votes,
                base,
                &format_share(votes, base, s.decimal_separator),
                s.vote_base(rule.base),
            ))
        }
        OptionsOutcome::NoneAdopted { run_off } => {
            let run_off = match run_off {
                RunOff::Between(first, second) => (m.run_off_between)(first, second),
                RunOff::TieForSecond { leader, tied } => {
                    (m.run_off_tie_for_second)(leader, &(m.option_list)(&tied))
                }
                RunOff::TieAtTop(tied) => (m.run_off_tie_at_top)(&(m.option_list)(&tied)),
            };
            Some((m.options_not_adopted)(&s.rule(rule), &run_off))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DecisionRule, Threshold, VoteBase};
    use crate::i18n::{EN, VI};

    fn options() -> Vec<ItemOption> {
        [
            "3 m toàn tuyến",
            "2,5 m đoạn đầu kiệt, 3 m đoạn còn lại",
            "Giữ nguyên",
        ]
        .iter()
        .enumerate()
        .map(|(i, title)| ItemOption {
            item_no: 1,
            option_no: i as u32 + 1,
            title: (*title).into(),
            description: String::new(),
        })
        .collect()
    }

    fn counts(present: u32, options: &[u32], abstain: u32) -> OptionCounts {
        OptionCounts {
            households_total: 55,
            households_present: present,
            options: options
                .iter()
                .enumerate()
                .map(|(i, &votes)| (i as u32 + 1, votes))
                .collect(),
            abstain,
        }
    }

    const ALL_HALF: DecisionRule = DecisionRule {
        base: VoteBase::AllHouseholds,
        threshold: Threshold::MoreThanHalf,
    };

    /// A show of hands under `rule`: what decides is the counts given with it.
    fn vote(rule: DecisionRule) -> Vote {
        Vote {
            item_no: 1,
            vote_no: 1,
            voted_at: crate::domain::parse_time("2022-06-12T09:00:00+07:00").unwrap(),
            counts: Default::default(),
            rule,
            corrections: 0,
            method: crate::domain::VoteMethod::Hands,
        }
    }

    fn said(s: &Strings, counts: &OptionCounts, rule: DecisionRule) -> Option<String> {
        let options = options();
        let options: Vec<&ItemOption> = options.iter().collect();
        outcome_sentence(&options, counts, &vote(rule), s)
    }

    #[test]
    fn the_adopted_option_is_named_with_its_votes_and_share_of_the_base() {
        let c = counts(45, &[8, 30, 5], 2);
        assert_eq!(
            said(&VI, &c, ALL_HALF).unwrap(),
            "Phương án 2 (2,5 m đoạn đầu kiệt, 3 m đoạn còn lại) được thông qua với 30/55 hộ \
             (54,5% tổng số hộ)."
        );
        assert_eq!(
            said(&EN, &c, ALL_HALF).unwrap(),
            "Option 2 (2,5 m đoạn đầu kiệt, 3 m đoạn còn lại) is adopted with 30/55 households \
             (54.5% of all households)."
        );
        // Of those present, two thirds: 30 of 45.
        let present = DecisionRule {
            base: VoteBase::Present,
            threshold: Threshold::TwoThirds,
        };
        assert_eq!(
            said(&VI, &c, present).unwrap(),
            "Phương án 2 (2,5 m đoạn đầu kiệt, 3 m đoạn còn lại) được thông qua với 30/45 hộ \
             (66,7% số hộ có mặt)."
        );
        // An option without a title is named by its number alone.
        let mut untitled = options();
        untitled[1].title = String::new();
        let untitled: Vec<&ItemOption> = untitled.iter().collect();
        assert_eq!(
            outcome_sentence(&untitled, &c, &vote(ALL_HALF), &EN).unwrap(),
            "Option 2 is adopted with 30/55 households (54.5% of all households)."
        );
    }

    #[test]
    fn no_option_adopted_calls_a_run_off_between_the_two_leading() {
        let c = counts(45, &[24, 15, 4], 2);
        assert_eq!(
            said(&VI, &c, ALL_HALF).unwrap(),
            "Chưa phương án nào đạt trên 50% tổng số hộ và nhiều phiếu hơn mỗi phương án còn \
             lại: biểu quyết lại giữa phương án 1 và phương án 2."
        );
        assert_eq!(
            said(&EN, &c, ALL_HALF).unwrap(),
            "No option reached more than half of all households with more votes than every \
             other option: a run-off vote between option 1 and option 2."
        );
    }

    #[test]
    fn a_tie_for_second_place_leaves_the_choice_to_the_chair() {
        let c = counts(45, &[20, 10, 10], 5);
        assert_eq!(
            said(&VI, &c, ALL_HALF).unwrap(),
            "Chưa phương án nào đạt trên 50% tổng số hộ và nhiều phiếu hơn mỗi phương án còn \
             lại: phương án 1 nhiều phiếu nhất, các phương án 2 và 3 bằng phiếu nhau; chủ trì \
             chọn phương án vào vòng biểu quyết lại cùng phương án 1."
        );
        assert_eq!(
            said(&EN, &c, ALL_HALF).unwrap(),
            "No option reached more than half of all households with more votes than every \
             other option: option 1 has the most votes and options 2 and 3 are tied for second \
             place; the chair chooses which of them goes to the run-off with option 1."
        );
    }

    #[test]
    fn a_tie_at_the_top_leaves_the_choice_of_two_to_the_chair() {
        let c = counts(45, &[14, 14, 14], 3);
        assert_eq!(
            said(&VI, &c, ALL_HALF).unwrap(),
            "Chưa phương án nào đạt trên 50% tổng số hộ và nhiều phiếu hơn mỗi phương án còn \
             lại: các phương án 1, 2 và 3 bằng phiếu nhau và nhiều phiếu nhất; chủ trì chọn hai \
             phương án vào vòng biểu quyết lại."
        );
        assert_eq!(
            said(&EN, &c, ALL_HALF).unwrap(),
            "No option reached more than half of all households with more votes than every \
             other option: options 1, 2 and 3 are tied with the most votes; the chair chooses \
             two of them for the run-off."
        );
        // Two tied at the top go to the run-off together.
        let two = counts(45, &[20, 20, 5], 0);
        assert!(
            said(&VI, &two, ALL_HALF)
                .unwrap()
                .ends_with(": biểu quyết lại giữa phương án 1 và phương án 2.")
        );
    }

    #[test]
    fn without_quorum_no_sentence_is_made() {
        assert_eq!(said(&VI, &counts(27, &[27, 0, 0], 0), ALL_HALF), None);
    }

    #[test]
    fn the_table_has_a_row_per_option_then_abstentions_and_those_who_raised_no_hand() {
        let options = options();
        let options: Vec<&ItemOption> = options.iter().collect();
        let rows = rows(&options, &counts(45, &[8, 30, 5], 2), &VI);
        let rows: Vec<String> = rows.iter().map(|r| r.join(" | ")).collect();
        assert_eq!(
            rows,
            [
                "Phương án 1: 3 m toàn tuyến | 8 | 14,5% | 17,8%",
                "Phương án 2: 2,5 m đoạn đầu kiệt, 3 m đoạn còn lại | 30 | 54,5% | 66,7%",
                "Phương án 3: Giữ nguyên | 5 | 9,1% | 11,1%",
                "Không biểu quyết chọn phương án nào | 2 | 3,6% | 4,4%",
                "Không tham gia | 0 | 0,0% | 0,0%",
            ]
        );
    }

    #[test]
    fn a_run_off_is_a_later_vote_between_two_options() {
        let pair = OptionCounts {
            options: vec![(1, 30), (3, 12)],
            ..counts(45, &[], 0)
        };
        assert_eq!(run_off_pair(&pair, true), Some((1, 3)));
        assert_eq!(run_off_pair(&pair, false), None);
        assert_eq!(run_off_pair(&counts(45, &[1, 2, 3], 0), true), None);
    }
}
