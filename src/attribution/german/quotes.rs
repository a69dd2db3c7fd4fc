//! The quotations the German constructions attribute, and the stretches
//! of sentences they are read in: a quotation of several sentences is read
//! with the sentence it opens in, so that `Müller sagte: „A. B.“` finds
//! its cue before the first sentence and `„A. B.“, sagte Müller.` its cue
//! after the last.

use super::reader::Reader;
use crate::attribution::found::sentence_of;
use crate::model::Document;
use crate::span::Span;
use std::ops::Range;

/// A closed outer quotation: its marks' tokens and its inner span.
#[derive(Clone, Copy, Debug)]
pub(super) struct Quote {
    pub open: usize,
    pub close: usize,
    pub inner: Span,
}

pub(super) fn outer_quotes(r: &Reader<'_, '_>) -> Vec<Quote> {
    let doc = r.doc;
    doc.quotations
        .iter()
        .filter(|q| q.depth == 0)
        .filter_map(|q| {
            let close = q.close?;
            let om = &doc.marks[q.open as usize];
            (!om.in_markup).then(|| Quote {
                open: om.token as usize,
                close: doc.marks[close as usize].token as usize,
                inner: q.inner,
            })
        })
        .collect()
}

/// The document's sentences in runs read as one: a run ends where no
/// quotation of its paragraph goes on into the next sentence.
pub(super) fn units(doc: &Document<'_>, quotes: &[Quote]) -> Vec<Range<usize>> {
    let n = doc.sentences.len();
    // `joined[k]`: sentence `k` is read with the one before it.
    let mut joined = vec![false; n];
    for q in quotes {
        let (from, to) = (sentence_of(doc, q.open), sentence_of(doc, q.close));
        // A quotation that runs on into the next paragraph (newspaper
        // style) keeps its paragraphs apart: each has its own speaker.
        if to > from && doc.sentences[from].block == doc.sentences[to].block {
            for j in &mut joined[from + 1..=to] {
                *j = true;
            }
        }
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for (k, &j) in joined.iter().enumerate() {
        match out.last_mut() {
            Some(u) if j => u.end = k + 1,
            _ => out.push(k..k + 1),
        }
    }
    out
}
