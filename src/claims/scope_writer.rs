//! The writer's own words in an attributed sentence (`writer.rs`): which
//! claim of a sentence stands outside every attribution's content and
//! cue, beside one of them in a place the writer owns.

use super::{overlaps, Place, Scope, Why};
use crate::attribution::Attribution;
use crate::claims::scan::Hit;
use crate::span::Span;

impl<'a, 't> Scope<'a, 't> {
    /// The attribution of sentence `si` beside which the claim `hit`
    /// stands in the writer's own words, and where; `None` when `hit` is
    /// in what an attribution of the sentence says, or is its verb.
    pub fn writers_own(&self, si: usize, hit: Span) -> Option<(&'a Attribution, Place)> {
        let mut found = None;
        for a in self.attrs(si) {
            if overlaps(hit, a.cue) || a.content.is_some_and(|c| overlaps(hit, c)) {
                return None;
            }
            if found.is_none() {
                found = self
                    .data
                    .writer
                    .place(self.doc, &self.data.document_sources, a, hit)
                    .map(|p| (a, p));
            }
        }
        found
    }

    /// Which of the claims `hits` of sentence `si` (most serious first)
    /// is the first to stand in the writer's own words beside an
    /// attribution: the claim the sentence leaves unsourced.
    pub fn writers_hit(&self, si: usize, hits: &[Hit]) -> Option<usize> {
        if self.by_sentence[si].is_empty() {
            return None;
        }
        hits.iter()
            .position(|h| self.writers_own(si, h.span).is_some())
    }

    /// Why attribution `a` does not cover a claim at `place` beside it.
    pub(super) fn writers_why(&self, a: &Attribution, place: Place) -> Why<'t> {
        let text = self.doc.text;
        let word = match place {
            Place::BesideSource => "",
            Place::BeforeParticiple => {
                let cue = a.cue.text(text);
                cue.split_whitespace().next().unwrap_or(cue)
            }
            Place::BeforeClause => {
                let at = a.source.map_or(a.cue.start, |s| s.start) as usize;
                text[..at]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
            }
        };
        Why::WritersOwn {
            source: self.source_name(a),
            at: a.cue.start,
            place,
            word,
        }
    }
}
