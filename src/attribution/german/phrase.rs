//! The phrases that name a source with no verb of saying: `laut X`, `X
//! zufolge`, `nach Angaben von X`, `seiner Meinung nach`, `heißt es in …`,
//! `Für X ist …` and `…, so X`.

use super::cue::{clause_start, Cue, Place};
use super::reader::{self, Reader};
use crate::attribution::grammar::Source;

/// A name in quotation marks opening at `k` (`„Tagesspiegel“`): its
/// words, marks included.
fn quoted_name(r: &Reader<'_, '_>, k: usize) -> Option<Source> {
    if !r.is_mark(k) {
        return None;
    }
    let close = (k + 1..(k + 8).min(r.doc.tokens.len())).find(|&i| r.is_mark(i))?;
    (close > k + 1).then(|| Source {
        all: k..close + 1,
        name: k + 1..close,
    })
}

/// After `laut`, a source the noun-phrase reader does not take: a web
/// address (`laut kiel.de`), or a noun after words in lower case
/// (`laut israelischen Medien`, `laut einer dpa-Meldung`, `laut
/// ai-Bericht`): `laut` is followed by its source and nothing else.
fn loose_source(r: &Reader<'_, '_>, i: usize, b: usize) -> Option<Source> {
    let t = &r.doc.tokens;
    let glued = |x: usize| t[x].span.end == t[x + 1].span.start;
    let address = i + 2 < b
        && r.word(i).is_some()
        && r.is_punct(i + 1, '.')
        && r.word(i + 2).is_some()
        && glued(i)
        && glued(i + 1);
    if address {
        return Some(Source {
            all: i..i + 3,
            name: i..i + 3,
        });
    }
    for j in i..(i + 4).min(b) {
        let w = r.narrated(j)?;
        if reader::starts_upper(w) || w.contains('-') {
            return Some(Source {
                all: i..j + 1,
                name: j + 1..j + 1,
            });
        }
        if r.d.boundary.contains(w) || r.d.pronouns.contains(w) {
            return None;
        }
    }
    None
}

/// The document `heißt es` quotes, opening at `k` after its preposition:
/// past adjectives after a preposition with its article in it (`im
/// letzten Absatz des Briefes`).
fn document_at(r: &Reader<'_, '_>, k: usize, end: usize) -> Option<Source> {
    let mut from = k;
    while from + 1 < end
        && r.narrated(from).is_some_and(|w| {
            !reader::starts_upper(w)
                && !r.d.determiners.contains(w)
                && !r.d.german.joiners.is(w)
                && reader::joins(r.d, w)
        })
    {
        from += 1;
    }
    r.source_at(from, end)
}

/// `Berichte, wonach …`, `Studien, nach denen …`: after a comma, the
/// noun before it says what the relative clause holds. Its content is that
/// clause, so the cue covers the sentence up to it.
fn relative_report(r: &Reader<'_, '_>, a: usize, k: usize) -> Option<Cue> {
    let g = &r.d.german;
    let w = r.narrated(k)?;
    // (`nach denen`, `nach welchem`: a relative pronoun that is no article;
    // `die Pause, nach der …` is a time.)
    let relative = |p: &str| g.relatives.is(p) && !r.d.determiners.contains(p);
    let last = if g.relative_reports.is_folded(w) {
        k
    } else if g.report_openers.is(w) && r.narrated(k + 1).is_some_and(relative) {
        k + 1
    } else {
        return None;
    };
    if k < a + 2 || !r.is_punct(k - 1, ',') {
        return None;
    }
    let comma = k - 1;
    // (A source is a few words: looking further back costs a scan per word.)
    let from = clause_start(r, a, comma).max(comma.saturating_sub(12));
    let s = (from..comma)
        .find_map(|i| r.source_before(i, comma))
        .unwrap_or(Source {
            all: comma - 1..comma,
            name: comma - 1..comma,
        });
    Some(Cue {
        first: k,
        last,
        covers: a..last + 1,
        source: Some(s),
        place: Place::Inside,
        quote_only: false,
    })
}

/// `laut X`, `X zufolge`, `nach Angaben von X`, `…, so X`.
pub(super) fn phrase_cue(r: &Reader<'_, '_>, a: usize, b: usize, k: usize) -> Option<Cue> {
    if let Some(c) = relative_report(r, a, k) {
        return Some(c);
    }
    let w = r.narrated(k)?;
    let g = &r.d.german;
    let inside = |first: usize, last: usize, s: Option<Source>| {
        let end = s.as_ref().map_or(last + 1, |s| s.all.end.max(last + 1));
        Some(Cue {
            first,
            last,
            covers: first..end,
            source: s,
            place: Place::Inside,
            quote_only: false,
        })
    };
    if g.according.is_folded(w) {
        // `laut Polizei`, `laut einem Bericht`, `laut „Tagesspiegel“` (a
        // paper's name in quotation marks is its source).
        let s = r
            .source_at(k + 1, b)
            .or_else(|| quoted_name(r, k + 1))
            .or_else(|| loose_source(r, k + 1, b));
        return inside(k, k, Some(s?));
    }
    if g.report_openers.is(w) || (k == a && g.report_openers.is_folded(w)) {
        // `nach Angaben der Polizei`, `nach Angaben von Zeugen`, `nach
        // einer Stellungnahme der Armee`, `nach ihrer Auffassung`, `nach
        // eigenen Angaben` (whose source is the clause's subject).
        // (`nach Polizeiangaben`, `nach Zeugenaussagen`: a compound of
        // one names its source in its first part.)
        let noun = (k + 1..(k + 4).min(b)).find(|&i| {
            r.narrated(i)
                .is_some_and(|n| g.report_nouns.is(n) || g.report_endings.ends(n, 1))
        })?;
        // `Nach Grupps Meinung`: a name in the genitive right before the
        // noun is whose.
        let genitive = (noun > k + 1).then(|| noun - 1).filter(|&i| {
            r.narrated(i).is_some_and(|w| {
                reader::starts_upper(w) && w.ends_with('s') && !r.d.determiners.contains(w)
            })
        });
        let between_ok = (k + 1..noun).all(|i| {
            Some(i) == genitive
                || r.narrated(i).is_some_and(|w| {
                    !reader::starts_upper(w) && (r.d.determiners.contains(w) || w.len() > 3)
                })
        });
        if !between_ok {
            return None;
        }
        let mut from = noun + 1;
        if r.narrated(from).is_some_and(|w| g.of.is(w)) {
            from += 1;
        }
        // With no source after it, the phrase still reports: `nach
        // eigenen Angaben` the clause's subject, `nach ersten
        // Informationen`, `nach Polizeiangaben` the phrase itself.
        // `nach eigenen Angaben` is the clause's subject's, whatever
        // follows (`hat nach eigenen Angaben die Halle abgesucht`).
        let own = (k + 1..noun).any(|i| r.narrated(i).is_some_and(|w| g.own.is(w)));
        let subject = || {
            let clause = clause_start(r, a, k);
            r.sentence_subject(clause, b)
                .filter(|s| s.all.end <= k || s.all.start > noun)
        };
        let phrase = Source {
            all: k + 1..noun + 1,
            name: noun + 1..noun + 1,
        };
        // A compound names its source itself (`nach Polizeiangaben`): what
        // follows it is the clause's (`… einen Toten gefordert`).
        let compound = r.narrated(noun).is_some_and(|n| !g.report_nouns.is(n));
        let s = if let Some(i) = genitive {
            Some(Source {
                all: i..i + 1,
                name: i..i + 1,
            })
        } else if own {
            subject().or(Some(phrase))
        } else if compound {
            Some(phrase)
        } else {
            r.source_at(from, b).or(Some(phrase))
        };
        return inside(k, noun, s);
    }
    if g.report_nouns.is(w) && r.narrated(k + 1).is_some_and(|n| g.report_openers.is(n)) && k > a {
        // `seiner Meinung nach`: the possessive before the noun says whose.
        r.narrated(k - 1).filter(|p| r.d.possessives.contains(p))?;
        let s = Source {
            all: k - 1..k + 1,
            name: k - 1..k - 1,
        };
        return inside(k - 1, k + 1, Some(s));
    }
    if g.postpositions.is_folded(w) && k > a {
        // `der Polizei zufolge`: the source runs back to the clause start.
        let c0 = clause_start(r, a, k);
        let s = (c0..k).find_map(|i| r.source_before(i, k));
        return s.map(|s| Cue {
            first: k,
            last: k,
            covers: s.all.start..k + 1,
            source: Some(s),
            place: Place::Inside,
            quote_only: false,
        });
    }
    let es_after = r
        .narrated(k + 1)
        .is_some_and(|e| g.impersonal_subjects.is(e));
    // `hatte es geheißen`, `soll es heißen`: an auxiliary before `es`, the
    // verb of saying right after it.
    let late = (g.auxiliaries.is_folded(w) || g.hearsay.is_folded(w))
        && r.narrated(k + 2)
            .is_some_and(|v| g.impersonal_late.is_folded(v));
    if es_after && (g.impersonal.is_folded(w) || late) {
        let last = if late { k + 2 } else { k + 1 };
        // `…“, heißt es in einer Erklärung der Partei.`: the document after
        // the preposition, if one is named.
        let place_word = |i: usize| {
            r.narrated(i)
                .is_some_and(|p| g.document_prepositions.is_folded(p))
        };
        // The document after the cue (`heißt es in dem Antrag`), or before
        // it (`In dem Antrag heißt es`).
        // (`heißt es dazu in …`: an adverb may come first; `In der
        // Mitteilung von heute heißt es`: the document's name may end
        // before the adverbs that close the phrase.)
        let mut p = last + 1;
        while r.narrated(p).is_some_and(|w| r.d.between.contains(w)) {
            p += 1;
        }
        let s = place_word(p)
            .then(|| document_at(r, p + 1, b))
            .flatten()
            .or_else(|| {
                // (`Im Schreiben, das … zuging, heißt es`: a relative
                // clause between the document and the cue.)
                let mut end = k;
                let mut c0 = clause_start(r, a, k);
                if let Some(o) = (c0 > a && r.is_punct(c0 - 1, ','))
                    .then(|| r.relative_opening(a, c0 - 1))
                    .flatten()
                {
                    end = o;
                    c0 = clause_start(r, a, o);
                }
                (place_word(c0) && c0 + 1 < end)
                    .then(|| document_at(r, c0 + 1, end))
                    .flatten()
            })
            // `Darin heißt es`: an adverb for the text.
            .or_else(|| super::written::adverb_before(r, a, k));
        let end = s.as_ref().map_or(last + 1, |s| s.all.end);
        let after = k > a && (r.is_punct(k - 1, ',') || r.is_mark(k - 1));
        return Some(Cue {
            first: k,
            last,
            covers: k..end,
            source: s,
            place: if after { Place::After } else { Place::Inside },
            quote_only: false,
        });
    }
    if let Some(c) = super::opinion::opinion_cue(r, a, b, k) {
        return Some(c);
    }
    // (`„…“ so das Fazit der Betreiber.`: a closing mark may stand for
    // the comma.)
    let closed = k > a + 1 && r.is_mark(k - 1) && r.is_quoted(k - 2);
    if g.source_openers.is(w) && k > a && (r.is_punct(k - 1, ',') || closed) {
        // `…, so Müller.`: a source and nothing else to the clause's end.
        // (`…, so dieser.`: a demonstrative alone stands for a person.)
        let s = r
            .source_at(k + 1, b)
            .or_else(|| r.demonstrative_at(k + 1))?;
        // `…, so Müller weiter:`, `…, so Müller in einem Interview.`: an
        // adverb or a phrase in lower case may follow the source, but no
        // verb of a clause of its own. (The phrase may be long: `so X in
        // einem Beitrag auf der Seite der Zeitung aus Y, …`.)
        let tail = (s.all.end..b)
            .find(|&i| r.word(i).is_none() && !r.doc.tokens[i].is_number())
            .unwrap_or(b);
        let modifier = tail - s.all.end <= 14
            && r.narrated(s.all.end)
                .is_some_and(|w| g.subject_ends.is(w) && !g.according.is_folded(w))
            && (s.all.end..tail).all(|i| {
                r.narrated(i).is_none_or(|w| {
                    !(g.subjunctives.is(w) || g.auxiliaries.is(w) || g.complementizers.is(w))
                })
            });
        let end = if modifier { tail } else { s.all.end };
        let closes = end >= b
            || r.is_punct(end, '.')
            || r.is_punct(end, ',')
            || r.is_punct(end, ';')
            || r.is_punct(end, ':')
            || r.is_mark(end);
        return closes.then_some(Cue {
            first: k,
            last: k,
            covers: k..end,
            source: Some(s),
            place: Place::After,
            quote_only: false,
        });
    }
    None
}
