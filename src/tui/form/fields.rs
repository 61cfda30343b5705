//! The fields of every kind of form, by name, in the order the form shows them. The draft of a
//! form keeps its fields in this order (see [`super::Form::draft_content`]): a draft written
//! before a field is added or moved no longer fits the form and is not offered back.

use super::FieldName;

/// A new meeting: the meeting's own fields (SPEC §1) and how long each speaker may speak; the
/// correction of its details also asks why.
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
    /// Shown only when the ward and group typed have a register: 0, the households are that
    /// register's (the two counts after it are hidden); 1, they are typed.
    Register,
    HouseholdsTotal,
    HouseholdsPresent,
    /// In whole minutes; 0: no limit.
    SpeakingLimit,
    Reason,
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
        MeetingField::Register,
        MeetingField::HouseholdsTotal,
        MeetingField::HouseholdsPresent,
        MeetingField::SpeakingLimit,
    ];
    /// The correction of an open meeting's details: attendance and the speaking time have
    /// keys of their own.
    pub const DETAILS: &[MeetingField] = &[
        MeetingField::Title,
        MeetingField::Ward,
        MeetingField::ResidentialGroup,
        MeetingField::Location,
        MeetingField::StartedAt,
        MeetingField::Chair,
        MeetingField::ChairTitle,
        MeetingField::Secretary,
        MeetingField::HouseholdsTotal,
        MeetingField::Reason,
    ];
}

/// A new agenda item and its decision rule; a correction also asks why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaItemField {
    Title,
    Description,
    /// An index into `VoteBase::ALL`.
    VoteBase,
    /// An index into `Threshold::ALL`.
    Threshold,
    /// 0: the item asks no land of households; 1: it takes land pledges.
    TakesPledges,
    Reason,
}

impl AgendaItemField {
    pub const ALL: &[AgendaItemField] = &[
        AgendaItemField::Title,
        AgendaItemField::Description,
        AgendaItemField::VoteBase,
        AgendaItemField::Threshold,
        AgendaItemField::TakesPledges,
    ];
    pub const CORRECTION: &[AgendaItemField] = &[
        AgendaItemField::Title,
        AgendaItemField::Description,
        AgendaItemField::VoteBase,
        AgendaItemField::Threshold,
        AgendaItemField::TakesPledges,
        AgendaItemField::Reason,
    ];
}

/// A resident asking for the floor; the correction of one waiting also asks why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerField {
    Name,
    /// The household: house number, alley, group.
    Address,
    Reason,
}

impl SpeakerField {
    pub const ALL: &[SpeakerField] = &[SpeakerField::Name, SpeakerField::Address];
    pub const CORRECTION: &[SpeakerField] = &[
        SpeakerField::Name,
        SpeakerField::Address,
        SpeakerField::Reason,
    ];
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

/// The rest of the correction of an opinion already saved, after its stance and text: who
/// spoke, on which item, and why it is corrected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpinionCorrectionField {
    SpeakerName,
    SpeakerAddress,
    /// The item_no; another one moves the opinion to that item.
    Item,
    Reason,
}

impl OpinionCorrectionField {
    pub const ALL: &[OpinionCorrectionField] = &[
        OpinionCorrectionField::SpeakerName,
        OpinionCorrectionField::SpeakerAddress,
        OpinionCorrectionField::Item,
        OpinionCorrectionField::Reason,
    ];
}

/// A guest or official present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuestField {
    Name,
    /// Position and organisation.
    Role,
}

impl GuestField {
    pub const ALL: &[GuestField] = &[GuestField::Name, GuestField::Role];
}

/// The chair's conclusion on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConclusionField {
    Text,
}

impl ConclusionField {
    pub const ALL: &[ConclusionField] = &[ConclusionField::Text];
}

/// A household's land pledge on an item (SPEC §11).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PledgeField {
    /// Metres along the alley.
    Frontage,
    /// Metres the boundary moves back.
    Depth,
    /// Square metres; empty: frontage × depth.
    Area,
    Structures,
    /// 0: not chosen yet; else 1 + an index into `Consent::ALL`.
    Consent,
    Note,
    /// Why a pledge made earlier is corrected.
    Reason,
}

impl PledgeField {
    pub const NEW: &[PledgeField] = &[
        PledgeField::Frontage,
        PledgeField::Depth,
        PledgeField::Area,
        PledgeField::Structures,
        PledgeField::Consent,
        PledgeField::Note,
    ];
    pub const CORRECTION: &[PledgeField] = &[
        PledgeField::Frontage,
        PledgeField::Depth,
        PledgeField::Area,
        PledgeField::Structures,
        PledgeField::Consent,
        PledgeField::Note,
        PledgeField::Reason,
    ];
}

/// Where `x` writes the files of the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFolderField {
    /// An index into `MinutesTitle::ALL`; above the folder, which Enter saves from.
    Title,
    Folder,
}

impl ExportFolderField {
    pub const ALL: &[ExportFolderField] = &[ExportFolderField::Title, ExportFolderField::Folder];
}

impl FieldName for MeetingField {}
impl FieldName for GuestField {}
impl FieldName for PledgeField {}
impl FieldName for ConclusionField {}
impl FieldName for ExportFolderField {}
impl FieldName for AgendaItemField {}
impl FieldName for SpeakerField {}
impl FieldName for PresentField {}
impl FieldName for VoteField {}
impl FieldName for SpeakingLimitField {}
impl FieldName for OpinionCorrectionField {}

/// Who represents a household present: a member it sent, or a proxy and whose proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepresentativeField {
    Name,
    /// For a proxy: the household member who gave it.
    ProxyFor,
}

impl RepresentativeField {
    pub const MEMBER: &[RepresentativeField] = &[RepresentativeField::Name];
    pub const PROXY: &[RepresentativeField] =
        &[RepresentativeField::Name, RepresentativeField::ProxyFor];
}

/// A household of the register (SPEC §9); its correction also asks why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HouseholdField {
    Number,
    Address,
    Head,
    Members,
    Phone,
    Note,
    Reason,
}

impl HouseholdField {
    pub const NEW: &[HouseholdField] = &[
        HouseholdField::Number,
        HouseholdField::Address,
        HouseholdField::Head,
        HouseholdField::Members,
        HouseholdField::Phone,
        HouseholdField::Note,
    ];
    pub const CORRECTION: &[HouseholdField] = &[
        HouseholdField::Number,
        HouseholdField::Address,
        HouseholdField::Head,
        HouseholdField::Members,
        HouseholdField::Phone,
        HouseholdField::Note,
        HouseholdField::Reason,
    ];
}

/// A form of one field, the reason: why a household leaves the register, why a pledge is
/// removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonField {
    Reason,
}

impl ReasonField {
    pub const ALL: &[ReasonField] = &[ReasonField::Reason];
}

/// The file a register is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegisterFileField {
    Path,
}

impl RegisterFileField {
    pub const ALL: &[RegisterFileField] = &[RegisterFileField::Path];
}

impl FieldName for RepresentativeField {}
impl FieldName for HouseholdField {}
impl FieldName for ReasonField {}
impl FieldName for RegisterFileField {}

/// An option of an item (SPEC §15): a short title and what it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionField {
    Title,
    Description,
}

impl OptionField {
    pub const ALL: &[OptionField] = &[OptionField::Title, OptionField::Description];
    /// A proposal from the floor: its description is the opinion's text, above; the title
    /// is typed last, and Enter saves.
    pub const PROPOSAL: &[OptionField] = &[OptionField::Description, OptionField::Title];
}

/// A vote among an item's options: the two the chair picks for a run-off (hidden unless a tie
/// leaves the choice open), the hands for each option (those not put hidden), the
/// abstentions and the households present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionsVoteField {
    /// An index into the pairs offered.
    Pair,
    /// The hands for option `n` (1, 2, …).
    Option(u32),
    Abstain,
    HouseholdsPresent,
}

impl OptionsVoteField {
    /// A field for each option an item may have, whether it is put or not: the draft of the
    /// form keeps one shape.
    pub const ALL: &[OptionsVoteField] = &[
        OptionsVoteField::Pair,
        OptionsVoteField::Option(1),
        OptionsVoteField::Option(2),
        OptionsVoteField::Option(3),
        OptionsVoteField::Option(4),
        OptionsVoteField::Option(5),
        OptionsVoteField::Option(6),
        OptionsVoteField::Abstain,
        OptionsVoteField::HouseholdsPresent,
    ];
}

impl FieldName for OptionField {}
impl FieldName for OptionsVoteField {}

/// How a vote by ballot is taken (SPEC §12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotMethodField {
    /// 0: a secret ballot at the meeting; 1: a ballot delivered to every household.
    Method,
}

impl BallotMethodField {
    pub const ALL: &[BallotMethodField] = &[BallotMethodField::Method];
}

/// A secret ballot: the counting committee (its head first), the two witness households, the
/// ballots as the committee sorted them, and the choices on the valid ones — for, against and
/// abstain, or one count per option of an options item (those the item lacks hidden).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretBallotField {
    /// Member `n` of the committee, 1 its head.
    Member(u8),
    /// Witness 1 or 2, by household number.
    Witness(u8),
    Issued,
    Returned,
    Valid,
    Invalid,
    For,
    Against,
    /// The ballots for option `n` of an options item.
    Option(u32),
    Abstain,
}

impl SecretBallotField {
    /// Every field whatever the item: the draft of the form keeps one shape.
    pub const ALL: &[SecretBallotField] = &[
        SecretBallotField::Member(1),
        SecretBallotField::Member(2),
        SecretBallotField::Member(3),
        SecretBallotField::Member(4),
        SecretBallotField::Member(5),
        SecretBallotField::Witness(1),
        SecretBallotField::Witness(2),
        SecretBallotField::Issued,
        SecretBallotField::Returned,
        SecretBallotField::Valid,
        SecretBallotField::Invalid,
        SecretBallotField::For,
        SecretBallotField::Against,
        SecretBallotField::Option(1),
        SecretBallotField::Option(2),
        SecretBallotField::Option(3),
        SecretBallotField::Option(4),
        SecretBallotField::Option(5),
        SecretBallotField::Option(6),
        SecretBallotField::Abstain,
    ];
}

/// A household's returned ballot in a household-ballot round; its correction also asks why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HouseholdBallotField {
    /// 0: not chosen yet; else what the ballot marks, in the order the round offers.
    Choice,
    /// When the ballot came back: "hh:mm" today, or "dd/mm hh:mm".
    ReceivedAt,
    CollectedBy,
    /// What the household wrote besides its choice.
    Opinion,
    Reason,
}

impl HouseholdBallotField {
    pub const NEW: &[HouseholdBallotField] = &[
        HouseholdBallotField::Choice,
        HouseholdBallotField::ReceivedAt,
        HouseholdBallotField::CollectedBy,
        HouseholdBallotField::Opinion,
    ];
    pub const CORRECTION: &[HouseholdBallotField] = &[
        HouseholdBallotField::Choice,
        HouseholdBallotField::ReceivedAt,
        HouseholdBallotField::CollectedBy,
        HouseholdBallotField::Opinion,
        HouseholdBallotField::Reason,
    ];
}

impl FieldName for BallotMethodField {}
impl FieldName for SecretBallotField {}
impl FieldName for HouseholdBallotField {}
