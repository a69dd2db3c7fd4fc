//! `für X` as whose view a quotation gives: `Für die Forscherin ist die
//! Lage „ernst“`, and the same phrase further in its sentence, in a clause
//! of its own (`Was für die Ministerin eine „…“ ist`) or after the copula
//! (`…, war für die Verbände „…“`).

use super::cue::{Cue, Place};
use super::reader::Reader;

/// The cue of `für` at `k` in sentence `a..b` when it names whose view a
/// quotation is: for a quotation only (`Für die Kinder ist ein Spielplatz
/// geplant` reports nothing).
pub(super) fn opinion_cue(r: &Reader<'_, '_>, a: usize, b: usize, k: usize) -> Option<Cue> {
    let g = &r.d.german;
    if !r
        .narrated(k)
        .is_some_and(|w| g.opinion_openers.is_folded(w))
    {
        return None;
    }
    // (Further in, the source ends before a quotation: `war für die
    // Verbände „Wortbruch“` holds no paper's name.)
    let stop = if k == a {
        b
    } else {
        (k + 1..b).find(|&i| r.is_mark(i)).unwrap_or(b)
    };
    let s = r.source_at(k + 1, stop)?;
    let end = s.all.end;
    let copula = |i: usize| r.narrated(i).is_some_and(|w| g.copulas.is(w));
    let ok = if k == a {
        // `Für X ist …`: the copula right after the source.
        copula(end)
    } else if copula(k - 1) {
        // `…, war für die Verbände „…“`: the view follows the source, with
        // at most a place or an article before its quotation (`für die
        // Verbände im Land „…“`, `für die Verbände ein „…“`).
        (end..(end + 4).min(b))
            .find(|&i| r.is_mark(i))
            .is_some_and(|m| r.is_quoted(m + 1) && (end..m).all(|i| r.word(i).is_some()))
    } else if r
        .narrated(k - 1)
        .is_some_and(|w| g.opinion_clause_openers.is_folded(w))
        && (k - 1 == a || r.is_punct(k - 2, ','))
    {
        // `Was für X eine „…“ ist`: a copula closes the clause, and no
        // indefinite article follows `für` (`Was für ein Unsinn`).
        let indefinite = r
            .word(k + 1)
            .is_some_and(|w| w.to_lowercase().starts_with("ein"));
        let close = (end..b)
            .find(|&i| r.is_punct(i, ',') || r.is_punct(i, ';'))
            .unwrap_or(b);
        !indefinite && (end..close).any(copula)
    } else {
        false
    };
    ok.then_some(Cue {
        first: k,
        last: k,
        covers: k..end,
        source: Some(s),
        place: Place::Inside,
        quote_only: true,
    })
}
