//! The fields of every kind of form, by name, in the order the form shows them. The draft of a
//! form keeps its fields in this order (see [`super::Form::draft_content`]): a draft written
//! before a field is added or moved no longer fits the form and is not offered back.

use super::FieldName;

/// A new meeting: the meeting's own fields (SPEC §1) and how long each speaker may speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingField {
    Title,
    Ward,
    ResidentialGroup,
    Location,
    StartedAt,
    Chair,
    ChairTitle,
    Secretary,
    HouseholdsTotal,
    HouseholdsPresent,
    /// In whole minutes; 0: no limit.
    SpeakingLimit,
}

impl MeetingField {
    pub const ALL: &[MeetingField] = &[
        MeetingField::Title,
        MeetingField::Ward,
        MeetingField::ResidentialGroup,
        MeetingField::Location,
        MeetingField::StartedAt,
        MeetingField::Chair,
        MeetingField::ChairTitle,
        MeetingField::Secretary,
        MeetingField::HouseholdsTotal,
        MeetingField::HouseholdsPresent,
        MeetingField::SpeakingLimit,
    ];
}

/// A new agenda item and its decision rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaItemField {
    Title,
    Description,
    /// An index into `VoteBase::ALL`.
    VoteBase,
    /// An index into `Threshold::ALL`.
    Threshold,
}

impl AgendaItemField {
    pub const ALL: &[AgendaItemField] = &[
        AgendaItemField::Title,
        AgendaItemField::Description,
        AgendaItemField::VoteBase,
        AgendaItemField::Threshold,
    ];
}

/// A resident asking for the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerField {
    Name,
    /// The household: house number, alley, group.
    Address,
}

impl SpeakerField {
    pub const ALL: &[SpeakerField] = &[SpeakerField::Name, SpeakerField::Address];
}

/// The households present, typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresentField {
    HouseholdsPresent,
}

impl PresentField {
    pub const ALL: &[PresentField] = &[PresentField::HouseholdsPresent];
}

/// A vote's counts; a correction also asks why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteField {
    HouseholdsPresent,
    For,
    Against,
    Abstain,
    Reason,
}

impl VoteField {
    /// A new vote (or a re-vote).
    pub const NEW: &[VoteField] = &[
        VoteField::HouseholdsPresent,
        VoteField::For,
        VoteField::Against,
        VoteField::Abstain,
    ];
    /// The correction of a vote already saved.
    pub const CORRECTION: &[VoteField] = &[
        VoteField::HouseholdsPresent,
        VoteField::For,
        VoteField::Against,
        VoteField::Abstain,
        VoteField::Reason,
    ];
}

/// How long each speaker may speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakingLimitField {
    /// In whole minutes; 0: no limit.
    Minutes,
}

impl SpeakingLimitField {
    pub const ALL: &[SpeakingLimitField] = &[SpeakingLimitField::Minutes];
}

/// Why an opinion already saved is corrected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpinionReasonField {
    Reason,
}

impl OpinionReasonField {
    pub const ALL: &[OpinionReasonField] = &[OpinionReasonField::Reason];
}

/// Where `x` writes the files of the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFolderField {
    Folder,
}

impl ExportFolderField {
    pub const ALL: &[ExportFolderField] = &[ExportFolderField::Folder];
}

impl FieldName for MeetingField {}
impl FieldName for ExportFolderField {}
impl FieldName for AgendaItemField {}
impl FieldName for SpeakerField {}
impl FieldName for PresentField {}
impl FieldName for VoteField {}
impl FieldName for SpeakingLimitField {}
impl FieldName for OpinionReasonField {}
