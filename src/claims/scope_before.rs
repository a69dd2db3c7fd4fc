//! A claim before a verb of reporting that speaks only for what follows
//! it. When a sentence's most serious claim lies in what a later verb of
//! saying with no source reports ("…, portraying Lee as hypocritical"),
//! a claim of the writer's before that verb ("Ruiz tried to turn the
//! tables, …") is the one the sentence leaves unsourced, and it is the
//! one to judge: the verb's report says nothing for it.

use super::Scope;
use crate::claims::scan::Hit;

/// A claim at most this many words before the verb is its subject or
/// part of its frame, and the verb speaks of it: "three in 10 say", "20
/// pledged delegates", "more likely to say". Poll answers are the poll's
/// figures, not the writer's.
const NEAR: usize = 2;

impl Scope<'_, '_> {
    /// Which of the claims `hits` of sentence `si` (most serious first)
    /// stands before a verb of saying that reports only what follows it,
    /// when the most serious claim is in what such a verb reports.
    pub fn before_report_hit(&self, si: usize, hits: &[Hit]) -> Option<usize> {
        let (first, rest) = hits.split_first()?;
        if rest.is_empty() {
            return None;
        }
        let mut later = None;
        if !self.says(si, first.span, &mut later) {
            return None;
        }
        rest.iter()
            .position(|h| {
                let mut later = None;
                !self.says(si, h.span, &mut later)
                    && later.is_some_and(|v| self.words_between(si, h.span.end, v.start) > NEAR)
            })
            .map(|k| k + 1)
    }

    /// How many words of sentence `si` lie between byte `from` and byte
    /// `to`.
    fn words_between(&self, si: usize, from: u32, to: u32) -> usize {
        let doc = self.doc;
        let s = &doc.sentences[si];
        doc.tokens[s.tokens.start as usize..s.tokens.end as usize]
            .iter()
            .filter(|t| t.is_word() && t.span.start >= from && t.span.end <= to)
            .count()
    }
}
