//! What a sentence's paragraph offers a claim in it, computed once per
//! document: the nearest sentences with an attribution before and after
//! it, and the paragraph's closing attribution with the first other
//! source before it. Walked again for each claim, these made a paragraph
//! of n sentences cost n² (a scraped page with no paragraph breaks, or a
//! transcript pasted as one block).

use super::Scope;
use crate::attribution::Attribution;

/// No sentence.
const NONE: u32 = u32::MAX;

#[derive(Default)]
pub(super) struct Reach<'a> {
    /// Per sentence, the nearest earlier sentence of its paragraph with an
    /// attribution, or [`NONE`].
    before: Vec<u32>,
    /// Per sentence, the nearest later one, or [`NONE`].
    after: Vec<u32>,
    /// Per block, the attribution closing its last sentence and the first
    /// attribution of another source in the sentences before that one.
    closing: Vec<Option<(&'a Attribution, Option<&'a Attribution>)>>,
}

impl<'a> Reach<'a> {
    pub(super) fn of(scope: &Scope<'a, '_>) -> Reach<'a> {
        let doc = scope.doc;
        let n = doc.sentences.len();
        let mut before = vec![NONE; n];
        let mut after = vec![NONE; n];
        let mut closing = Vec::with_capacity(doc.blocks.len());
        for block in &doc.blocks {
            let (first, end) = (block.sentences.start as usize, block.sentences.end as usize);
            let mut seen = NONE;
            for (si, b) in before.iter_mut().enumerate().take(end).skip(first) {
                *b = seen;
                if scope.attrs(si).next().is_some() {
                    seen = si as u32;
                }
            }
            seen = NONE;
            for si in (first..end).rev() {
                after[si] = seen;
                if scope.attrs(si).next().is_some() {
                    seen = si as u32;
                }
            }
            closing.push(if end > first {
                let last = end - 1;
                scope.closing(last).map(|close| {
                    let other = (first..last)
                        .find_map(|k| scope.attrs(k).find(|o| !scope.same_source(o, close)));
                    (close, other)
                })
            } else {
                None
            });
        }
        Reach {
            before,
            after,
            closing,
        }
    }

    /// The nearest other sentence of `si`'s paragraph with an attribution:
    /// nearest first; at equal distance, the earlier one.
    pub(super) fn near(&self, si: usize) -> Option<usize> {
        let b = Some(self.before[si]).filter(|&k| k != NONE);
        let a = Some(self.after[si]).filter(|&k| k != NONE);
        match (b, a) {
            (Some(b), Some(a)) if si - b as usize <= a as usize - si => Some(b as usize),
            (Some(b), None) => Some(b as usize),
            (_, a) => a.map(|a| a as usize),
        }
    }

    /// The closing attribution of block `block` and the other source
    /// before it, if it has one.
    pub(super) fn closing(
        &self,
        block: usize,
    ) -> Option<(&'a Attribution, Option<&'a Attribution>)> {
        self.closing[block]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reach(before: &[u32], after: &[u32]) -> Reach<'static> {
        Reach {
            before: before.to_vec(),
            after: after.to_vec(),
            closing: Vec::new(),
        }
    }

    #[test]
    fn the_nearer_side_wins_and_a_tie_goes_to_the_earlier_sentence() {
        // Sentences 0..5 of one paragraph; attributions in 0 and 4.
        let r = reach(&[NONE, 0, 0, 0, 0], &[4, 4, 4, 4, NONE]);
        assert_eq!(r.near(1), Some(0));
        assert_eq!(r.near(2), Some(0), "equal distance: the earlier one");
        assert_eq!(r.near(3), Some(4));
        assert_eq!(r.near(0), Some(4));
        assert_eq!(r.near(4), Some(0));
    }

    #[test]
    fn a_paragraph_with_no_other_attribution_has_none_near() {
        let r = reach(&[NONE, NONE], &[NONE, NONE]);
        assert_eq!(r.near(0), None);
        assert_eq!(r.near(1), None);
    }
}
