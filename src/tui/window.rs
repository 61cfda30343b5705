//! A stretch of a list too long to hold: an item may have hundreds of thousands of opinions, and
//! the pane shows a few dozen. The app keeps the rows around what is shown and how many there
//! are in all; the selection is an index into the whole list.

use std::ops::Range;

/// The rows `start..start + rows.len()` of a list of `total`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window<T> {
    start: usize,
    rows: Vec<T>,
    total: usize,
}

impl<T> Default for Window<T> {
    fn default() -> Self {
        Window {
            start: 0,
            rows: Vec::new(),
            total: 0,
        }
    }
}

impl<T> Window<T> {
    /// `rows` from index `start` of a list of `total`.
    pub fn new(start: usize, rows: Vec<T>, total: usize) -> Self {
        Window { start, rows, total }
    }

    /// How many rows the whole list has, loaded or not.
    pub fn len(&self) -> usize {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The row at `index` of the whole list, if it is loaded.
    pub fn get(&self, index: usize) -> Option<&T> {
        self.rows.get(index.checked_sub(self.start)?)
    }

    /// The indexes of the whole list whose rows are loaded.
    pub fn loaded(&self) -> Range<usize> {
        self.start..self.start + self.rows.len()
    }

    /// The loaded rows, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.rows.iter()
    }

    /// The rows of `range` (indexes of the whole list) that are loaded.
    pub fn slice(&self, range: Range<usize>) -> &[T] {
        let loaded = self.loaded();
        let start = range.start.clamp(loaded.start, loaded.end);
        let end = range.end.clamp(start, loaded.end);
        &self.rows[start - self.start..end - self.start]
    }

    /// Whether the rows `reach` either side of `around` are loaded, as far as the list goes.
    pub fn covers(&self, around: usize, reach: usize) -> bool {
        let end = around
            .saturating_add(reach)
            .saturating_add(1)
            .min(self.total);
        let wanted = around.saturating_sub(reach)..end;
        let loaded = self.loaded();
        wanted.is_empty() || (loaded.start <= wanted.start && wanted.end <= loaded.end)
    }
}

/// The rows to load for a pane that shows rows up to `reach` either side of `around`, in a list
/// of `total`: a few panes' worth centred on it, so that moving reads again only now and then.
pub fn to_load(total: usize, around: usize, reach: usize) -> Range<usize> {
    let size = reach.saturating_mul(4).max(MIN_ROWS).min(total);
    let start = around.saturating_sub(size / 2).min(total - size);
    start..start + size
}

/// Enough rows that a normal meeting's item is held whole.
const MIN_ROWS: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;

    fn window(range: Range<usize>, total: usize) -> Window<usize> {
        Window::new(range.start, range.collect(), total)
    }

    #[test]
    fn rows_are_found_by_their_index_in_the_whole_list() {
        let w = window(10..20, 100);
        assert_eq!(w.len(), 100);
        assert_eq!(w.get(9), None);
        assert_eq!(w.get(10), Some(&10));
        assert_eq!(w.get(19), Some(&19));
        assert_eq!(w.get(20), None);
        assert_eq!(w.slice(5..12), &[10, 11]);
        assert_eq!(w.slice(18..30), &[18, 19]);
        assert_eq!(w.slice(30..40), &[] as &[usize]);
        assert_eq!(w.slice(0..5), &[] as &[usize]);
        assert!(Window::<usize>::default().is_empty());
    }

    #[test]
    fn a_window_covers_what_is_loaded_or_past_the_ends_of_the_list() {
        let w = window(10..20, 100);
        assert!(w.covers(14, 4));
        assert!(!w.covers(14, 5));
        assert!(!w.covers(15, 5));
        assert!(!w.covers(9, 0));
        // At the ends of the list, what is past them is not wanted.
        let head = window(0..20, 100);
        assert!(head.covers(0, 19));
        let tail = window(80..100, 100);
        assert!(tail.covers(99, 19));
        assert!(!tail.covers(99, 20));
        assert!(Window::<usize>::default().covers(0, 30));
        assert!(window(0..3, 3).covers(usize::MAX, usize::MAX));
    }

    #[test]
    fn what_is_loaded_is_centred_on_what_is_shown_inside_the_list() {
        assert_eq!(to_load(0, 0, 30), 0..0);
        assert_eq!(to_load(10, 9, 30), 0..10);
        assert_eq!(to_load(1_000, 500, 30), 372..628);
        assert_eq!(to_load(1_000, 0, 30), 0..256);
        assert_eq!(to_load(1_000, 999, 30), 744..1_000);
        assert_eq!(to_load(1_000, 500, 100), 300..700);
        for around in [0, 1, 127, 128, 500, 871, 872, 999] {
            let range = to_load(1_000, around, 60);
            let loaded = window(range, 1_000);
            assert!(loaded.covers(around, 60), "{around}");
        }
    }
}
