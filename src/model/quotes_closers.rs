//! Where the closing marks of one block stand, by level and style, so
//! that pairing counts the closers after a mark by binary search.

use crate::model::conventions::{Family, Level};
use crate::model::marks::{Mark, MarkRole};

/// Where the marks that can open and close a quotation stand in one
/// block, by level and style: how many can close after a given mark is a
/// binary search, not a scan of the rest of the paragraph. Filled at the
/// block's first question: most blocks ask none.
#[derive(Default)]
pub(super) struct Closers {
    /// Per level and style, the block-relative indexes of the marks that
    /// close or may close (`Close`, `Either`), ascending.
    at: [Vec<u32>; 12],
    /// Per level, those of the marks that can only open, of any style.
    opens: [Vec<u32>; 2],
    filled: bool,
}

impl Closers {
    fn level(level: Level) -> usize {
        match level {
            Level::Outer => 0,
            Level::Inner => 1,
        }
    }

    fn key(level: Level, family: Family) -> usize {
        Self::level(level) * 6 + family as usize
    }

    /// A new block: nothing known of its marks yet.
    pub(super) fn reset(&mut self) {
        self.filled = false;
    }

    fn fill(&mut self, ms: &[Mark]) {
        for v in self.at.iter_mut().chain(&mut self.opens) {
            v.clear();
        }
        for (k, n) in ms.iter().enumerate() {
            let key = Self::key(n.level, n.style());
            match n.role {
                MarkRole::Close | MarkRole::Either => self.at[key].push(k as u32),
                MarkRole::Open if !n.backwards => self.opens[Self::level(n.level)].push(k as u32),
                _ => {}
            }
        }
        self.filled = true;
    }

    /// How many marks of `level` and `family` after the `k`th of the
    /// block's marks `ms` can close.
    pub(super) fn after(&mut self, ms: &[Mark], k: usize, level: Level, family: Family) -> usize {
        if !self.filled {
            self.fill(ms);
        }
        let v = &self.at[Self::key(level, family)];
        v.len() - v.partition_point(|&i| i as usize <= k)
    }

    /// How many of those come before the next mark of `level` that
    /// opens, of any style: the closers a quotation of that style open
    /// now can still take before another quotation opens and takes them
    /// (`"…” he said. “…"`: the straight mark at the end closes the curly
    /// quotation, so the curly closer is the straight one's).
    pub(super) fn before_next_open(
        &mut self,
        ms: &[Mark],
        k: usize,
        level: Level,
        family: Family,
    ) -> usize {
        if !self.filled {
            self.fill(ms);
        }
        let opens = &self.opens[Self::level(level)];
        let next = opens
            .get(opens.partition_point(|&i| i as usize <= k))
            .map_or(usize::MAX, |&i| i as usize);
        let v = &self.at[Self::key(level, family)];
        v.partition_point(|&i| (i as usize) < next) - v.partition_point(|&i| i as usize <= k)
    }
}
