//! What a pledge form's area comes to as it is typed: the one typed, or frontage × depth.

use crate::domain::{Measure, Pledge};

use super::Form;
use super::fields::PledgeField;

/// What the area field of a pledge form holds as it is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaPreview {
    /// Left empty: frontage × depth, once both read as measures.
    Computed {
        frontage: Measure,
        depth: Measure,
        area: Measure,
    },
    Typed(Measure),
    /// Nothing to show yet: a measure is missing or unreadable.
    Unknown,
}

impl AreaPreview {
    pub fn of(form: &Form) -> AreaPreview {
        let read = |field| Measure::parse(&form.text(field)).ok();
        if !form.text(PledgeField::Area).is_empty() {
            return read(PledgeField::Area).map_or(AreaPreview::Unknown, AreaPreview::Typed);
        }
        match (read(PledgeField::Frontage), read(PledgeField::Depth)) {
            (Some(frontage), Some(depth)) => AreaPreview::Computed {
                frontage,
                depth,
                area: Pledge::area_of(frontage, depth, None),
            },
            _ => AreaPreview::Unknown,
        }
    }
}
