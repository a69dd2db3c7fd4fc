//! Both parties of a verb of quoting. `Die Zeitung zitiert den Anwalt
//! mit den Worten: „…“`, `Der Anwalt wird von der Zeitung zitiert: „…“`,
//! `„…“ wird der Anwalt im Fachblatt X zitiert`: the corpus marks such a
//! quotation twice, once with the person quoted as its speaker and once
//! with who quotes them (the paper, the report), as every train case
//! naming both does. The construction that reads the verb gives one of
//! them; this finds the other.

use super::cue::clause_start;
use super::reader::{starts_upper, Reader};
use crate::attribution::grammar::Source;

/// The other party of the verb of quoting at `v`, whose attribution of a
/// quotation at `open..=close` gave `source`, in the sentence `a..b`.
/// `None` when the verb is no verb of quoting, the clause names one party
/// only (`wird Müller zitiert`, `zitierte man Eva Lind`), or the source
/// already spans both (`zitiert die „Zeitung“ Lind`).
pub(super) fn other_party(
    r: &Reader<'_, '_>,
    a: usize,
    b: usize,
    v: usize,
    source: &Source,
    (open, close): (usize, usize),
) -> Option<Source> {
    let g = &r.d.german;
    let verb = r.word(v)?;
    if !g.quoting.is(verb) && !g.passive_speakers.is(verb) {
        return None;
    }
    // The clause runs from the sentence's start (or the quotation's end)
    // to the quotation after the verb, or to the end of the sentence when
    // the quotation stands before it.
    let (from, to) = if open > v {
        (clause_start(r, a, v), open)
    } else {
        (close + 1, b)
    };
    let s = &source.all;
    let apart = |o: &Source| o.all.end <= s.start || o.all.start >= s.end;
    let passive = (from..v).any(|k| r.narrated(k).is_some_and(|w| g.passives.is(w)));
    let other = if passive {
        // `wird von der Zeitung zitiert`, `wird im Fachblatt X zitiert`,
        // `In der Meldung wird Musk zitiert`: the agent, else the text
        // the quotation stands in.
        (from..to).filter(|k| !s.contains(k)).find_map(|k| {
            let w = r.narrated(k)?;
            (g.of.is(w) || g.document_prepositions.is_folded(w))
                .then(|| place_after(r, k, to))
                .flatten()
        })
    } else if s.start > v {
        // `Die Zeitung zitiert den Anwalt`: the subject before the verb;
        // `„…“, zitiert die Zeitung den Anwalt`, `Ein Sender zitierte
        // Papandreou`: the phrase after the other one.
        r.subject_before(from, v)
            .filter(|_| s.start == v + 1)
            .or_else(|| r.source_at(s.end, to))
    } else {
        // `Ein Sender zitierte Papandreou mit den Worten`: the object.
        r.source_at(v + 1, to)
    }?;
    let someone = !r
        .word(other.all.start)
        .is_some_and(|w| r.d.no_one.contains(w));
    (apart(&other) && someone).then_some(other)
}

/// The noun phrase after the preposition at `k`: `von der Zeitung`, or
/// past up to two adjectives after a contracted article (`im
/// italienischen Fachblatt`), from the noun on.
fn place_after(r: &Reader<'_, '_>, k: usize, to: usize) -> Option<Source> {
    r.source_at(k + 1, to).or_else(|| {
        let noun = (k + 1..(k + 4).min(to)).find(|&j| r.word(j).is_some_and(starts_upper))?;
        let adjectives = (k + 1..noun).all(|j| r.narrated(j).is_some_and(|w| !starts_upper(w)));
        adjectives.then(|| r.source_at(noun, to)).flatten()
    })
}
