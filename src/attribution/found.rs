//! Attributions as the passes find them: token indices, before spans and
//! speakers are worked out.

use super::grammar::{Cue, Source};
use super::AttributionKind;
use crate::model::Document;
use crate::span::Span;

#[derive(Clone, Debug)]
pub struct Found {
    pub kind: AttributionKind,
    pub cue: Cue,
    pub source: Option<Source>,
    pub content: Option<Span>,
    /// The sentence holding the cue.
    pub sentence: usize,
    /// The sentence where the content ends.
    pub last_sentence: usize,
}

impl Found {
    /// The attribution as reported: byte spans, with the speaker and class
    /// resolution gave it.
    pub fn attribution(
        &self,
        doc: &Document<'_>,
        speaker: Option<String>,
        class: super::SourceClass,
        inferred: bool,
    ) -> super::Attribution {
        super::Attribution {
            kind: self.kind,
            cue: token_span(doc, self.cue.first..self.cue.last + 1),
            source: self.source.as_ref().map(|s| token_span(doc, s.all.clone())),
            content: self.content,
            speaker,
            class,
            inferred,
        }
    }

    /// A quotation `content` attributed to `source` by the one-token cue
    /// `cue` (a verb, a colon, a signature's dash), which stands in
    /// sentence `sentence`; the quotation ends in `last_sentence`.
    pub fn one_word_cue(
        kind: AttributionKind,
        cue: usize,
        source: Source,
        content: Span,
        sentence: usize,
        last_sentence: usize,
    ) -> Found {
        Found {
            kind,
            cue: Cue {
                first: cue,
                last: cue,
            },
            source: Some(source),
            content: Some(content),
            sentence,
            last_sentence,
        }
    }
}

/// Drops the attributions nested in another one's report: "Ross said
/// Obama had told the envoys that …" and "Lee said that once the session
/// ends, “…”" are one statement each, whose inner cue was read with a
/// source running back over the outer cue ("Ross said Obama"). An
/// attribution goes when its source holds another's cue in its sentence,
/// that other's content holds its own, and no comma or word in
/// `subject_handers` ("and", "but") between the two cues starts a clause of
/// its own ("a fan asked for a photo and Lee said, “…”"). `found` is in
/// cue order.
pub fn drop_nested(doc: &Document<'_>, d: &super::Data, found: &mut Vec<Found>) {
    let joined = |a: usize, b: usize| {
        doc.tokens[a + 1..b].iter().any(|t| {
            t.is_punct(',') || t.is_word() && d.grammar.subject_handers.is_folded(t.text(doc.text))
        })
    };
    let nested = |i: usize| {
        let f = &found[i];
        let (Some(src), Some(c)) = (&f.source, f.content) else {
            return false;
        };
        let same = |g: &&Found| g.sentence == f.sentence;
        let before = found[..i].iter().rev().take_while(same);
        before.take(4).any(|g| {
            src.all.contains(&g.cue.last)
                && g.content
                    .is_some_and(|gc| gc.start <= c.start && c.end <= gc.end)
                && !joined(g.cue.last, f.cue.first)
        })
    };
    let keep: Vec<bool> = (0..found.len()).map(|i| !nested(i)).collect();
    let mut k = keep.iter();
    found.retain(|_| *k.next().unwrap_or(&true));
}

/// Folds a statement reported through a second source into that source's
/// attribution: in "“…,” Lee said, according to the Herald." and "Lee told
/// her that …, according to two aides", the reporter vouches only for the
/// outer "according to" (the corpus of record marks that one, its content
/// running over the inner quotation and cue). The inner attribution goes
/// and the outer's content grows to cover it; the outer keeps its source,
/// so the second-hand source stays visible to an editor. `found` is in cue
/// order.
pub fn fold_into_according(doc: &Document<'_>, found: &mut Vec<Found>) {
    let is_according = |f: &Found| {
        f.kind == AttributionKind::Indirect
            && doc.tokens[f.cue.first]
                .text(doc.text)
                .eq_ignore_ascii_case("according")
    };
    let mut gone = vec![false; found.len()];
    // Only attributions of the outer's own sentence can fold into it: they
    // are looked up by sentence, so a block of thousands of sentences with
    // "according to" in each costs each one its sentence, not the block.
    let mut by_sentence: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| (f.sentence, i))
        .collect();
    by_sentence.sort_unstable();
    for o in 0..found.len() {
        if !is_according(&found[o]) {
            continue;
        }
        let Some(outer) = found[o].content else {
            continue;
        };
        let sentence = found[o].sentence;
        let mut grown = outer;
        let mut quoted = false;
        let lo = by_sentence.partition_point(|&(s, _)| s < sentence);
        let hi = by_sentence.partition_point(|&(s, _)| s <= sentence);
        for &(_, i) in &by_sentence[lo..hi] {
            let f = &found[i];
            let cue = doc.tokens[f.cue.first].span;
            if i == o || gone[i] || is_according(f) {
                continue;
            }
            // The inner cue inside the outer's content, or (when the
            // outer's content stopped at "that") the inner's report
            // running into the outer's content.
            let holds = outer.start <= cue.start && cue.end <= outer.end;
            let shares = f.cue.last < found[o].cue.first
                && f.content
                    .is_some_and(|c| c.start < outer.end && outer.start < c.end);
            if holds || shares {
                gone[i] = true;
                quoted |= f.kind != AttributionKind::Indirect;
                grown = grown.cover(cue);
                if let Some(c) = f.content {
                    grown = grown.cover(c);
                }
                if let Some(src) = &f.source {
                    grown = grown.cover(token_span(doc, src.all.clone()));
                }
            }
        }
        found[o].content = Some(grown);
        if quoted {
            found[o].kind = AttributionKind::Mixed;
        }
    }
    let mut g = gone.iter();
    found.retain(|_| !*g.next().unwrap_or(&false));
}

/// The sentence holding token `tok`.
pub fn sentence_of(doc: &Document<'_>, tok: usize) -> usize {
    doc.sentences
        .partition_point(|s| (s.tokens.end as usize) <= tok)
        .min(doc.sentences.len().saturating_sub(1))
}

/// The byte span of tokens `r` (non-empty).
pub fn token_span(doc: &Document<'_>, r: std::ops::Range<usize>) -> Span {
    doc.tokens[r.start].span.cover(doc.tokens[r.end - 1].span)
}

/// The outermost quotation holding byte `at`, if any.
pub fn quotation_at(doc: &Document<'_>, at: u32) -> Option<usize> {
    let mut i = doc.quotations.partition_point(|q| q.span.start <= at);
    while i > 0 {
        i -= 1;
        let q = &doc.quotations[i];
        if q.depth == 0 {
            return (q.span.start < at && at < q.span.end).then_some(i);
        }
    }
    None
}
