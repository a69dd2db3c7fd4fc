//! Who speaks a quotation no cue verb of the lists attributes: the
//! grammar around it still often names someone.

use super::quotes::Quote;
use super::reader::{starts_upper, Reader};
use super::speakers_of;
use crate::attribution::grammar::Source;
use crate::attribution::neighbours::names_no_one;

/// `„…“, resümiert Müller.`: a quotation, a comma and a finite verb, then
/// its subject. German puts the subject right after the verb there, which
/// makes any verb a cue, listed or not. The verb's token and the subject.
pub(super) fn inverted(r: &Reader<'_, '_>, q: &Quote, b: usize) -> Option<(usize, Source)> {
    if !r.is_punct(q.close + 1, ',') {
        return None;
    }
    verb_then_subject(r, q.close + 2, b)
}

/// `Als „große Enttäuschung“ wertete der Vorsitzende X das Ergebnis.`: a
/// quotation fronted with `als` (`naming`) opening the sentence at `a`,
/// then a finite verb and its subject, which German puts after the verb
/// when anything else stands first. The verb's token and the subject.
pub(super) fn named_as(
    r: &Reader<'_, '_>,
    a: usize,
    q: &Quote,
    b: usize,
) -> Option<(usize, Source)> {
    let naming = r
        .narrated(a)
        .is_some_and(|w| r.d.german.naming.is_folded(w));
    if !(naming && q.open == a + 1) {
        return None;
    }
    verb_then_subject(r, q.close + 1, b)
}

/// A finite verb at `v` and the subject right after it (past a
/// reflexive or an adverb).
fn verb_then_subject(r: &Reader<'_, '_>, v: usize, b: usize) -> Option<(usize, Source)> {
    let g = &r.d.german;
    let verb = r.narrated(v)?;
    // A verb is in lower case and opens no clause of its own (`„…“, weil
    // …`, `„…“, die …`).
    if starts_upper(verb)
        || r.d.boundary.contains(verb)
        || r.d.determiners.contains(verb)
        || g.complementizers.is(verb)
        || g.subject_ends.is(verb)
        || g.joiners.is(verb)
    {
        return None;
    }
    let mut k = v + 1;
    while r
        .narrated(k)
        .is_some_and(|w| g.reflexives.is(w) || r.d.between.contains(w))
    {
        k += 1;
    }
    Some((v, r.source_at(k, b)?))
}

/// The subject of sentence `si` when it is narration (no quotation) in the
/// same paragraph as sentence `si + 1`: who a quotation opening the next
/// sentence most likely quotes, named nearest to it.
pub(super) fn narrated_subject(r: &Reader<'_, '_>, si: usize) -> Option<Source> {
    let doc = r.doc;
    let s = doc.sentences.get(si)?;
    let next = doc.sentences.get(si + 1)?;
    if s.block != next.block {
        return None;
    }
    let (a, b) = (s.tokens.start as usize, s.tokens.end as usize);
    if (a..b).any(|k| r.is_mark(k)) {
        return None;
    }
    let subject = r.sentence_subject(a, b)?;
    let first = r.word(subject.all.start).unwrap_or_default();
    // A person or a body that can speak: not `Es`, `Dies`, nor a thing of
    // someone's (`Seine Zuversicht`). `Das` is also an article: `Das
    // Gericht` names someone.
    if names_no_one(r.doc, r.d, &subject) || r.d.possessives.contains(first) {
        return None;
    }
    Some(subject)
}

/// The speaker a quotation in reported speech in sentence `si` reports:
/// the subject of the nearest sentence of narration before it in its
/// paragraph, past the subjunctive sentences that go on that report
/// (`Die Kammer wies das zurück. Der Vorwurf sei haltlos. Es bleibe „…“`
/// is the chamber's, not the accusation's).
pub(super) fn reporting_subject(r: &Reader<'_, '_>, si: usize) -> Option<Source> {
    let doc = r.doc;
    let block = doc.sentences.get(si)?.block;
    for p in (si.saturating_sub(REPORT_REACH)..si).rev() {
        let s = &doc.sentences[p];
        if s.block != block {
            return None;
        }
        let (a, b) = (s.tokens.start as usize, s.tokens.end as usize);
        let goes_on =
            !(a..b).any(|k| r.is_mark(k)) && super::subjunctive::reported_clause(r, a, b).is_some();
        if !goes_on {
            // (`Auch die Ortung erschließt …`: an act, named in the
            // narration between, reports nothing.)
            return narrated_subject(r, p).filter(|s| !speakers_of::abstract_subject(r, s));
        }
    }
    None
}

/// How many sentences back a report's narration may stand.
const REPORT_REACH: usize = 4;

/// `Der Bericht ist brisant, weil die Regierung das Land als „…“
/// bezeichnet hat`, `eine Resolution, welche … mit „…“ zur Kenntnis
/// nimmt`: a quotation in a clause of its own under the sentence's
/// (`a..b`, the quotation opening at `open`) is that clause's subject's,
/// or the noun its relative pronoun stands for. `None` when the clause is
/// reported speech (`…, weil die Lage „ernst“ sei` is the sentence's
/// subject's), a passive, or names no one who can speak.
pub(super) fn clause_subject(
    r: &Reader<'_, '_>,
    a: usize,
    b: usize,
    open: usize,
) -> Option<Source> {
    let g = &r.d.german;
    let comma = (a..open).rev().find(|&k| r.is_punct(k, ','))?;
    let w = r.narrated(comma + 1)?;
    let next = r.word(comma + 2)?;
    // A relative pronoun opens its clause before a word in lower case or
    // an article (`…, die die Regierung …`); before a noun it is the
    // noun's article (`…, die Hacker hinterließen`).
    let relative = g.subject_relatives.is(w)
        && (!starts_upper(next) || r.d.determiners.contains(&next.to_lowercase()));
    let s = if relative {
        (comma.saturating_sub(ANTECEDENT_REACH).max(a)..comma)
            .rev()
            .find_map(|i| r.source_before(i, comma))?
    } else if r.d.boundary.contains(w) && !g.complementizers.is(w) {
        r.source_at(comma + 2, open)?
    } else {
        // (`…, dass die Lage „ernst“ sei`: what `dass` opens is the
        // sentence's subject's view, not its own subject's.)
        return None;
    };
    // (`Die Wolken, die als „dicht“ beschrieben wurden`: a passive's
    // subject is what is named, not who names it.)
    let reported = (comma + 1..b).any(|k| {
        r.narrated(k)
            .is_some_and(|v| g.subjunctives.is(v) || g.hearsay.is(v) || g.passives.is(v))
    });
    (!reported && !names_no_one(r.doc, r.d, &s)).then_some(s)
}

/// How far back from a relative clause's comma its noun may open.
const ANTECEDENT_REACH: usize = 6;

/// The carried speaker `giver` named again in the quotation's own
/// sentence, before it (`…, wie sich Tauss ausdrückte, „…“` after `Der
/// Abgeordnete Jörg Tauss bezweifelte …`): the corpus marks the mention
/// nearest the quotation. The name's last word, found again outside
/// quotations in `a..open`.
pub(super) fn named_again(
    r: &Reader<'_, '_>,
    giver: &Source,
    a: usize,
    open: usize,
) -> Option<Source> {
    if giver.name.is_empty() || giver.all.end > a {
        return None;
    }
    let last = r.word(giver.name.end - 1).filter(|w| starts_upper(w))?;
    let k = (a..open).rev().find(|&k| r.narrated(k) == Some(last))?;
    Some(Source {
        all: k..k + 1,
        name: k..k + 1,
    })
}
