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

/// `„…“, zitiert die „Computerwoche“ Lind`, `„…“, zitiert ndr.de
/// Polizeisprecher Jan Roth`: after the verb of quoting at `v`, a paper's
/// name (in quotation marks, or a web address) and right after it a
/// capitalised word read as one source `s`. A name does not follow a
/// paper's name in apposition, so the two are the paper, who quotes, and
/// the person quoted (with no article, as a name takes none). The paper
/// and the person.
pub(super) fn paper_then_person(
    r: &Reader<'_, '_>,
    v: usize,
    s: &Source,
) -> Option<(Source, Source)> {
    let g = &r.d.german;
    if !r.word(v).is_some_and(|w| g.quoting.is(w)) || s.all.start <= v {
        return None;
    }
    // (The paper's name ends in a closing mark or a dotted name's last
    // piece, `ndr.de`; the person's opens with a capital that no article
    // or joiner takes.)
    let ends_paper = |j: usize| {
        r.is_mark(j) && j > s.all.start && r.is_quoted(j - 1)
            || r.dotted(j) && !r.is_punct(j + 1, '.')
    };
    let opens_person = |j: usize| {
        r.narrated(j)
            .is_some_and(|w| starts_upper(w) && !r.d.determiners.contains(w) && !g.joiners.is(w))
    };
    let j = (s.all.start..s.all.end.saturating_sub(1))
        .find(|&j| ends_paper(j) && opens_person(j + 1))?;
    let paper = Source {
        all: s.all.start..j + 1,
        name: s.all.start..j + 1,
    };
    let person = r.source_at(j + 1, s.all.end)?;
    Some((paper, person))
}
