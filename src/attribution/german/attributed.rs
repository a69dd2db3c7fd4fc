//! The attribution a cue makes in its sentence: direct, mixed or
//! indirect by its quotations and clause, or a judgement of a bare object.

use super::cue::{Cue, Place};
use super::quotes::Quote;
use super::reader::{self, Reader};
use super::{opens_clause, range_span};
use crate::attribution::found::{sentence_of, Found};
use crate::attribution::grammar::Cue as GCue;
use crate::attribution::AttributionKind;

/// The attribution of cue `c` in sentence `si` (`a..b`), with the
/// quotations `qs` it attributes.
pub(super) fn attribution(
    r: &Reader<'_, '_>,
    si: usize,
    a: usize,
    b: usize,
    c: &Cue,
    qs: &[Quote],
) -> Option<Found> {
    let doc = r.doc;
    let (kind, content) = if let Some(first) = qs.first() {
        let span = qs.iter().fold(first.inner, |acc, q| acc.cover(q.inner));
        let whole = qs.iter().any(|q| opens_clause(r, a, q));
        let kind = if whole {
            AttributionKind::Direct
        } else {
            AttributionKind::Mixed
        };
        (kind, Some(span))
    } else {
        // Reported speech needs a verb of saying and a source: a verb
        // that names no one is too often something else (`gab … an`).
        if c.quote_only || c.source.is_none() {
            return None;
        }
        let content = match c.place {
            Place::After => range_span(r, a, c.covers.start),
            Place::Before | Place::Inside => {
                // After the cue, its particle and the comma are no content:
                // `teilte mit, dass …`.
                let verb = r.word(c.first).unwrap_or_default();
                let mut from = c.covers.end;
                // (Nor is an apposition right after the cue's source:
                // `teilte der Sprecher, Jan Roth, mit`. After the verb,
                // `sagte, die Stadt, …`, a comma opens the content.)
                let after_source = c.source.as_ref().is_some_and(|s| s.all.end == from);
                if let Some(j) = r
                    .apposition_end(from, b)
                    .filter(|_| after_source && r.is_punct(from, ','))
                {
                    from = j;
                }
                while from < b
                    && (r.word(from).is_some_and(|w| r.d.is_phrasal(verb, w))
                        || r.is_punct(from, ','))
                {
                    from += 1;
                }
                // `Die Opposition kritisierte den Plan.`: a judgement of
                // its object alone reports nothing. (Read from the cue's
                // end: a comma right after it opens a clause.)
                if judges(r, verb) && bare_object(r, c.covers.end, b) {
                    return None;
                }
                let rest = range_span(r, from, b);
                let front = range_span(r, a, c.covers.start);
                match (front, rest) {
                    (Some(f), Some(x)) => Some(f.cover(x)),
                    (f, x) => f.or(x),
                }
            }
        };
        let content = content.or_else(|| {
            // `Das teilte die Polizei mit.`: what the sentence before said,
            // when the sentence points back to it with a pronoun. (`Die
            // Partei hatte den Plan kritisiert.` holds its own object
            // between the auxiliary and the participle: the sentence
            // before is not what was said.)
            if !points_back(r, a, b, c) {
                return None;
            }
            let prev = si.checked_sub(1)?;
            let p = &doc.sentences[prev];
            (p.block == doc.sentences[si].block)
                .then(|| range_span(r, p.tokens.start as usize, p.tokens.end as usize))
                .flatten()
        })?;
        (AttributionKind::Indirect, Some(content))
    };
    let last_sentence = qs.last().map_or(si, |q| sentence_of(doc, q.close).max(si));
    Some(Found {
        kind,
        cue: GCue {
            first: c.first,
            last: c.last,
        },
        source: c.source.clone(),
        content,
        sentence: sentence_of(doc, c.first),
        last_sentence,
    })
}

/// Is `verb` one that judges, denies or rejects its object
/// (`kritisierte`, `bestritt`)? (Not a verb of thinking: `Experten rechnen
/// mit weiteren Erhöhungen` is no statement the corpus counts, but its
/// vague source is still worth a finding.)
fn judges(r: &Reader<'_, '_>, verb: &str) -> bool {
    r.d.german.judging.is_folded(verb)
}

/// Do the tokens `from..b` after a cue hold an object and nothing that
/// reports: no clause (a comma, colon or semicolon), no quotation, no
/// subjunctive, hearsay, `dass` or `als` (`kritisierte den Plan als …`)?
fn bare_object(r: &Reader<'_, '_>, from: usize, b: usize) -> bool {
    let g = &r.d.german;
    from < b
        && r.word(from).is_some()
        && (from..b).all(|k| {
            let punct = [',', ':', ';'].iter().any(|&c| r.is_punct(k, c));
            let reports = r.word(k).is_some_and(|w| {
                g.subjunctives.is(w) || g.hearsay.is(w) || g.complementizers.is(w) || g.naming.is(w)
            });
            !punct && !r.is_mark(k) && !reports
        })
}

/// Does sentence `a..b` of cue `c` refer back to what was said with a
/// pronoun of its own (`Das teilte die Polizei mit`, `Der Rat bestätigte
/// dies`)? `das` before a capitalised word is an article (`Das Gericht
/// hatte … gesagt`), and the source's own words are not the object.
fn points_back(r: &Reader<'_, '_>, a: usize, b: usize, c: &Cue) -> bool {
    let in_source = |k: usize| c.source.as_ref().is_some_and(|s| s.all.contains(&k));
    (a..b).any(|k| {
        r.narrated(k).is_some_and(|w| r.d.no_one.contains(w))
            && !in_source(k)
            && !r.word(k + 1).is_some_and(reader::starts_upper)
    })
}
