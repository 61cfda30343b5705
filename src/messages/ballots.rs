//! The errors of votes taken by ballot (SPEC §12), said in the user's language.

use crate::domain::{
    BallotCountError, BallotError, CommitteeError, MAX_COMMITTEE, MIN_COMMITTEE, WitnessError,
};
use crate::i18n::Strings;

/// A counting committee that cannot count.
pub fn committee_error(s: &Strings, err: &CommitteeError) -> String {
    let b = s.ballots;
    match err {
        CommitteeError::TooFew { count } => (b.err_committee_too_few)(*count, MIN_COMMITTEE),
        CommitteeError::TooMany { count } => (b.err_committee_too_many)(*count, MAX_COMMITTEE),
        CommitteeError::EmptyName { position } => (b.err_committee_empty_name)(*position),
        CommitteeError::NameTwice { name } => (b.err_committee_name_twice)(name),
        CommitteeError::NoHead => b.err_committee_no_head.to_owned(),
        CommitteeError::SeveralHeads { count } => (b.err_committee_several_heads)(*count),
    }
}

/// Witnesses that cannot witness the count.
pub fn witness_error(s: &Strings, err: &WitnessError) -> String {
    let b = s.ballots;
    match err {
        WitnessError::Missing { position } => (b.err_witness_missing)(*position),
        WitnessError::Same { household_no } => (b.err_witness_same)(household_no),
        WitnessError::NotInRegister { household_no } => {
            (b.err_witness_not_in_register)(household_no)
        }
    }
}

/// A secret ballot's tally that breaks a check of SPEC §12.
pub fn ballot_count_error(s: &Strings, err: BallotCountError) -> String {
    let b = s.ballots;
    match err {
        BallotCountError::PresentExceedsTotal { present, total } => {
            (b.err_present_exceeds_total)(present, total)
        }
        BallotCountError::IssuedExceedsPresent { issued, present } => {
            (b.err_issued_exceeds_present)(issued, present)
        }
        BallotCountError::ReturnedExceedsIssued { returned, issued } => {
            (b.err_returned_exceeds_issued)(returned, issued)
        }
        BallotCountError::SortedNotReturned { sorted, returned } => {
            (b.err_sorted_not_returned)(sorted, returned)
        }
        BallotCountError::VotesNotValid { counted, valid } => {
            (b.err_votes_not_valid)(counted, valid)
        }
        BallotCountError::OptionVotesNotValid { counted, valid } => {
            (b.err_option_votes_not_valid)(counted, valid)
        }
    }
}

/// A household's ballot its round does not accept.
pub fn ballot_error(s: &Strings, err: &BallotError) -> String {
    let b = s.ballots;
    match err {
        BallotError::NotInRegister { household_no } => (b.err_not_in_register)(household_no),
        BallotError::SecondBallot { household_no } => (b.err_second_ballot)(household_no),
        BallotError::NoBallot { household_no } => (b.err_no_ballot)(household_no),
        BallotError::OptionOnYesNo {
            household_no,
            option_no,
        } => (b.err_option_on_yes_no)(household_no, *option_no),
        BallotError::YesNoOnOptions { household_no, .. } => (b.err_yes_no_on_options)(household_no),
        BallotError::NotAnOption {
            household_no,
            option_no,
        } => (b.err_not_an_option)(household_no, *option_no),
    }
}
