//! Reported speech by its verb: a subjunctive or hearsay verb (`sei`,
//! `soll … haben`) or a word that says the sentence reports (`demnach`)
//! marks a sentence as someone's words with no cue of its own.

use super::reader::Reader;

/// A subjunctive or hearsay verb outside quotations in `a..b`.
pub(super) fn subjunctive(r: &Reader<'_, '_>, a: usize, b: usize) -> Option<usize> {
    let g = &r.d.german;
    // `Ich habe …`: the first person tells what the writer did (`habe` and
    // `werde` are its indicative too).
    if (a..b).any(|k| r.narrated(k).is_some_and(|w| g.first_person.is_folded(w))) {
        return None;
    }
    // `soll … haben`: hearsay of a past deed; `soll … werden` is a plan.
    let perfect = || (a..b).any(|k| r.narrated(k).is_some_and(|w| g.perfect.is(w)));
    // `Demnach ist …`, `Er wird demnach …`: the sentence says it reports
    // the source before it.
    if let Some(k) = (a..b).find(|&k| r.narrated(k).is_some_and(|w| g.carriers.is_folded(w))) {
        return Some(k);
    }
    (a..b).find(|&k| {
        r.narrated(k).is_some_and(|w| {
            g.subjunctives.is(w) && !g.conditionals.is(w) || g.hearsay.is(w) && perfect()
        })
    })
}

/// The subjunctive that makes `a..open` reported speech: its first verb,
/// or one in its main clause (`So gewonnene Daten seien`, where the
/// participle reads as the first verb).
pub(super) fn reported_clause(r: &Reader<'_, '_>, a: usize, open: usize) -> Option<usize> {
    let v = r.first_verb(a, open)?;
    subjunctive(r, v, v + 1).or_else(|| main_subjunctive(r, a, open))
}

/// A subjunctive verb in the main clause of `a..open`: before any comma,
/// colon or semicolon (`Die Daten seien „…“`, not `X zeigte sich besorgt,
/// dass … würden: „…“`).
fn main_subjunctive(r: &Reader<'_, '_>, a: usize, open: usize) -> Option<usize> {
    let end = (a..open)
        .find(|&k| r.is_punct(k, ',') || r.is_punct(k, ':') || r.is_punct(k, ';'))
        .unwrap_or(open);
    subjunctive(r, a, end)
}
