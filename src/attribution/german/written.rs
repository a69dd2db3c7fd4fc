//! Words that stand written somewhere: `Im Entwurf steht: „…“`, `Darauf
//! waren die Worte zu lesen: „…“`, `ein Zettel, auf dem geschrieben
//! stand: „…“`. The corpus takes the text the words stand in as their
//! speaker, and nothing else in such a sentence says them: its subject is
//! the words themselves (`die Worte`, `der Passus`) or nothing.

use super::reader::Reader;
use crate::attribution::grammar::Source;

/// How far back from a relative clause's comma its antecedent may open
/// (`ein Zettel kleben, auf dem …`: a verb may stand between them).
const ANTECEDENT_REACH: usize = 6;

/// The text a quotation opening at `open` in the sentence from `a`
/// stands written in, when the words before it say so with a verb of
/// standing written and name the place with a preposition (`in dem
/// Entwurf`) or a pronominal adverb (`Darauf`). `None` when a pronoun
/// is the sentence's subject (`Er steht in der Kritik: „…“` quotes him).
pub(super) fn written_in(r: &Reader<'_, '_>, a: usize, open: usize) -> Option<Source> {
    let g = &r.d.german;
    let verb = (a..open).find(|&k| r.narrated(k).is_some_and(|w| g.written.is(w)))?;
    // The words follow in the verb's clause (`stand: „…“`, `ist in der
    // Behauptung zu finden „…“`); after a comma they are another
    // clause's (`waren Themen zu finden, darunter „…“`).
    if (verb..open).any(|k| r.is_punct(k, ',')) {
        return None;
    }
    // The pronoun opens the sentence or follows the verb (`Darin steht
    // er`).
    let pronoun = |k: usize| {
        r.narrated(k).is_some_and(|w| {
            r.d.pronouns.contains(&w.to_lowercase()) && !g.impersonal_subjects.is_folded(w)
        })
    };
    let pronoun_subject = pronoun(a) || pronoun(verb + 1);
    if pronoun_subject {
        return None;
    }
    place(r, a, open)
}

/// The text a quotation at `open`..`close` is mentioned in by `In dem
/// Schreiben war von einem „…“ die Rede` (the words were mentioned there):
/// `von` before the quotation, an article and a noun of utterance
/// (`Rede`) right after it, ending the clause, and the text named with a
/// preposition before `von`. The idiom has no speaker of its own; the
/// corpus names the text.
pub(super) fn mentioned_in(
    r: &Reader<'_, '_>,
    a: usize,
    open: usize,
    close: usize,
) -> Option<Source> {
    let g = &r.d.german;
    let article = r
        .narrated(close + 1)
        .is_some_and(|w| r.d.determiners.contains(w));
    let noun = r
        .narrated(close + 2)
        .is_some_and(|w| r.d.utterances.contains(w));
    let ends = r
        .doc
        .tokens
        .get(close + 3)
        .is_none_or(|t| t.is_punct('.') || t.is_punct(',') || t.is_punct(';'));
    if !(article && noun && ends) {
        return None;
    }
    let of = (a..open)
        .rev()
        .find(|&k| r.narrated(k).is_some_and(|w| g.of.is_folded(w)))?;
    place(r, a, of)
}

/// The first place the words from `a` to `open` name outside quotations:
/// a pronominal adverb (`Darauf`), or the noun phrase after a preposition
/// of documents (`in dem Entwurf`), or a relative clause's antecedent.
fn place(r: &Reader<'_, '_>, a: usize, open: usize) -> Option<Source> {
    let g = &r.d.german;
    for k in a..open {
        let Some(w) = r.narrated(k) else { continue };
        if g.written_places.is_folded(w) {
            return Some(Source {
                all: k..k + 1,
                name: k..k,
            });
        }
        if !g.document_prepositions.is_folded(w) {
            continue;
        }
        // `…, auf dem geschrieben stand`: the relative pronoun stands for
        // the noun before the comma.
        let relative =
            k > a && r.is_punct(k - 1, ',') && r.narrated(k + 1).is_some_and(|p| g.relatives.is(p));
        if relative {
            let comma = k - 1;
            let reach = comma.saturating_sub(ANTECEDENT_REACH).max(a);
            let mut i = (reach..comma)
                .rev()
                .find(|&i| r.source_at(i, comma).is_some())?;
            // The noun's article and adjectives before it belong to it.
            while i > reach && r.source_at(i - 1, comma).is_some_and(|s| s.all.end > i) {
                i -= 1;
            }
            return r.source_at(i, comma);
        }
        if let Some(s) = r.source_at(k + 1, open) {
            return Some(s);
        }
    }
    None
}

/// `Darin heißt es: „…“`, `Dort soll es heißen, …`: a pronominal adverb
/// for a text (`written_places`) opening the clause right before the
/// impersonal verb (or its auxiliary) at `k` stands for the text that
/// says it. The corpus marks such an adverb itself as the speaker, as it
/// does `Darauf` before `zu lesen` and `Demnach`.
pub(super) fn adverb_before(r: &Reader<'_, '_>, a: usize, k: usize) -> Option<Source> {
    let p = k.checked_sub(1).filter(|&p| p >= a)?;
    let adverb = r
        .narrated(p)
        .is_some_and(|w| r.d.german.written_places.is_folded(w));
    (adverb && super::cue::clause_start(r, a, k) == p).then_some(Source {
        all: p..k,
        name: p..p,
    })
}
