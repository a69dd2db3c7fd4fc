//! Who speaks for a verb of saying when it is not the plain subject: a
//! passive's agent (`wurde von X geäußert`), the person a verb of quoting
//! quotes (`zitiert den Anwalt`), a subject before a relative clause.

use super::reader::{self, Reader};
use crate::attribution::grammar::Source;

/// The agent of a passive with its auxiliary at `h` and participle at
/// `v`: the source after `von` (`wurde von ihrem Sohn geäußert`), unless
/// the participle takes `von` as its object (`von einem Erfolg
/// gesprochen`).
pub(super) fn passive_agent(r: &Reader<'_, '_>, h: usize, v: usize) -> Option<Source> {
    let g = &r.d.german;
    if r.word(v).is_some_and(|w| g.von_objects.is(w)) {
        return None;
    }
    let i = (h + 1..v).find(|&i| r.narrated(i).is_some_and(|w| g.of.is(w)))?;
    r.source_at(i + 1, v)
}

/// After a verb of quoting at `v` (`zitiert`), its object: the person
/// quoted, right after it (`Die Zeitung zitiert den Anwalt`) or after
/// `man` (`zitierte man Eva Lind`). An object opens with an article only
/// objects take, or is a name after `man`. (`„…“, zitiert die Zeitung den
/// Anwalt` gives the paper as the source, as the gold annotators read it.)
pub(super) fn quoted_person(r: &Reader<'_, '_>, v: usize, b: usize) -> Option<Source> {
    let g = &r.d.german;
    if !r.word(v).is_some_and(|w| g.quoting.is(w)) {
        return None;
    }
    let object = |s: &Source| {
        r.word(s.all.start)
            .is_some_and(|w| g.object_articles.is_folded(w))
    };
    let k = v + 1;
    // (`man`, not the article `das` of `zitiert das Blatt`.)
    if r.narrated(k)
        .is_some_and(|w| r.d.no_one.contains(w) && !r.d.determiners.contains(w))
    {
        let s = r.source_at(k + 1, b)?;
        let first = r.word(s.all.start)?;
        return (object(&s) || reader::starts_upper(first) && !r.d.determiners.contains(first))
            .then_some(s);
    }
    r.source_at(k, b).filter(object)
}

/// The subject at the start of sentence `a..` when a relative clause
/// stands between it and its verb at `head`: the source, a comma, an
/// article-like relative pronoun, and a comma right before the verb.
pub(super) fn relative_subject(r: &Reader<'_, '_>, a: usize, head: usize) -> Option<Source> {
    let s = r.source_at(a, head)?;
    let e = s.all.end;
    // The clause ends with its verb, in lower case (`…, die dafür
    // stimmten,`); an apposition (`Mai, dem Tag der Arbeit,`) does not.
    let relative = r.is_punct(e, ',')
        && r.narrated(e + 1)
            .is_some_and(|w| r.d.determiners.contains(w))
        && r.is_punct(head - 1, ',')
        && r.narrated(head - 2)
            .is_some_and(|w| !reader::starts_upper(w));
    relative.then_some(s)
}

/// Is the head of subject `s` a noun for an act or a state (`Die
/// vorbeugende Speicherung`, `Jegliche Mitverantwortung für …`), which
/// speaks no quotation? The head is the last capitalised word before the
/// first article, joiner or preposition after the subject's first word.
/// Bodies and utterances with such an ending speak (`Die Bewegung`,
/// `Die Ankündigung`). The subject's first word alone is read as a noun
/// only in a plural form: a name may end like one (`Hartung`, `Marion`).
pub(super) fn abstract_subject(r: &Reader<'_, '_>, s: &Source) -> bool {
    let g = &r.d.german;
    let mut head = None;
    for k in s.all.clone() {
        let Some(w) = r.word(k) else { break };
        let joins = r.d.determiners.contains(w) || g.joiners.is(w) || g.prepositions.is(w);
        if k > s.all.start && joins {
            break;
        }
        if reader::starts_upper(w) {
            head = Some((k, w));
        }
    }
    let Some((k, w)) = head else {
        return false;
    };
    let plural = ["ungen", "ionen", "heiten", "keiten", "täten"];
    let lower = w.to_lowercase();
    let noun = k > s.all.start || plural.iter().any(|p| lower.ends_with(p));
    noun && g.abstract_endings.ends(w, 0)
        && !g.abstract_speakers.ends(w, 0)
        && !g.organisation_endings.ends(w, 0)
        && !r.d.organisation.contains(w)
        && !r.d.utterances.contains(w)
        && !g.report_nouns.is(w)
        && !g.report_endings.ends(w, 0)
}
