//! The chair's conclusion on an agenda item (kết luận của chủ trì), written into the minutes.

/// What the chair concluded on one item, in the secretary's words; may span several lines.
///
/// An item without a conclusion has no value at all: the minutes then leave a dotted line to
/// fill in by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conclusion {
    pub item_no: u32,
    pub text: String,
}
