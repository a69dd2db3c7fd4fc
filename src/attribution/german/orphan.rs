//! Who speaks a quotation no cue verb of the lists attributes: the
//! grammar around it still often names someone.

use super::quotes::Quote;
use super::reader::{starts_upper, Reader};
use crate::attribution::grammar::Source;
use crate::attribution::neighbours::names_no_one;

/// `„…“, resümiert Müller.`: a quotation, a comma and a finite verb, then
/// its subject. German puts the subject right after the verb there, which
/// makes any verb a cue, listed or not. The verb's token and the subject.
pub(super) fn inverted(r: &Reader<'_, '_>, q: &Quote, b: usize) -> Option<(usize, Source)> {
    let g = &r.d.german;
    if !r.is_punct(q.close + 1, ',') {
        return None;
    }
    let v = q.close + 2;
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
