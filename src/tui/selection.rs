//! The selected row of a list on screen: what ↑ ↓ and ← → move, on the secretary's screen and
//! on the chair's.

/// Moves an index one step in a list of `len`, staying inside it.
pub(crate) fn step(index: usize, len: usize, forward: bool) -> usize {
    if forward {
        (index + 1).min(len.saturating_sub(1))
    } else {
        index.saturating_sub(1)
    }
}
