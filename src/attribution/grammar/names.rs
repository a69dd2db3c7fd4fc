//! The names in a run of words: the name inside a source ("Russian
//! presidential aide Yury Ushakov"), and the last name in a clause that
//! offers no subject.

use super::Source;
use crate::attribution::data::Data;
use crate::attribution::toks::Toks;
use crate::model::token::is_capitalised;
use crate::model::TokenKind;

/// The last run of capitalised words in `p` that is not a title: the name
/// inside "Russian presidential aide Yury Ushakov". The whole of `p` when
/// it has none.
pub(super) fn name_run(d: &Data, p: Toks<'_>) -> (usize, usize) {
    name_in(d, p).unwrap_or((p.at, p.end()))
}

/// The name inside `p`, if it holds one.
pub(super) fn name_in(d: &Data, p: Toks<'_>) -> Option<(usize, usize)> {
    // "Officials at the Pentagon": a vague source with its employer names
    // no one.
    let prep = (0..p.len()).find(|&k| {
        p.toks[k].is_word() && crate::attribution::source_names::is_preposition(d, p.word(k))
    });
    if let Some(j) = prep.filter(|&j| j > 0) {
        let pre = p.toks[..j]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text));
        let (mut vague, mut all_fit) = (false, true);
        for w in pre {
            vague |= d.vague.contains(w);
            all_fit &= d.vague.contains(w) || d.determiners.contains(w);
        }
        if vague && all_fit {
            return None;
        }
    }
    // "Gov. Jane Smith (D-Ohio)": what the brackets hold says more about
    // the person; the name stands before them.
    if let Some(j) = p
        .toks
        .iter()
        .position(|t| matches!(t.kind(), TokenKind::Open(_)))
        .filter(|&j| j > 0)
    {
        if let Some(r) = last_name_run(d, p.sub(0, j)) {
            return Some(r);
        }
    }
    // "Richmond police", "the Obama administration": a name that only
    // qualifies the body that speaks is named with it.
    let (a, b) = last_name_run(d, p)?;
    let body = b + 1 == p.end()
        && p.toks[b - p.at].is_word()
        && d.organisation.contains(p.word(b - p.at))
        && !is_capitalised(p.word(b - p.at));
    Some((a, if body { b + 1 } else { b }))
}

/// The last name in a clause that has no subject to offer ("The timing
/// does not surprise pollster Dan Reed"): its last run of capitalised
/// words, not counting an introductory word that opens the clause.
pub fn last_name(d: &Data, clause: Toks<'_>) -> Option<Source> {
    let skip = usize::from(
        clause.first().is_some_and(|t| t.is_word())
            && (d.intro.contains(clause.word(0)) || d.boundary.contains(clause.word(0))),
    );
    let (a, b) = last_name_run(d, clause.sub(skip, clause.len()))?;
    Some(Source {
        all: a..b,
        name: a..b,
    })
}

pub(super) fn last_name_run(d: &Data, p: Toks<'_>) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut k = 0;
    while k < p.len() {
        let given_name = |k: usize| {
            p.toks.get(k + 1).is_some_and(|t| {
                let w = t.text(p.text);
                t.is_word() && is_capitalised(w) && !d.grammar.dates.is(w)
            })
        };
        let is_name = |k: usize| {
            let t = p.toks[k];
            t.is_word()
                && is_capitalised(p.word(k))
                && !d.titles.contains(p.word(k))
                && !d.determiners.contains(p.word(k))
                // "Ann Lee on Thursday", "a poll released Friday": a
                // day or month is when, not who; before a surname it is
                // a given name ("April Ruiz").
                && (!d.grammar.dates.is(p.word(k)) || given_name(k))
        };
        // "Steve King": a title that is also a surname, after a given name.
        let surname = |k: usize| {
            k > 0
                && p.toks[k].is_word()
                && p.toks[k - 1].is_word()
                && is_capitalised(p.word(k))
                && d.grammar.surname_titles.is_folded(p.word(k))
                && {
                    let given = p.word(k - 1);
                    is_capitalised(given)
                        && (d.male.contains(given) || d.female.contains(given))
                        && !d.titles.contains(given)
                }
        };
        if is_name(k) {
            let s = k;
            while k < p.len() && (is_name(k) || (k > s && (p.toks[k].is_punct('.') || surname(k))))
            {
                k += 1;
            }
            // "the Moscow leader", "a Kremlin aide": a name before a
            // lower-case role noun says whose; the source is the role.
            let modifier = k < p.len()
                && p.toks[k].is_word()
                && d.titles.contains(p.word(k))
                && !is_capitalised(p.word(k))
                && p.toks[k + 1..]
                    .iter()
                    .all(|t| !(t.is_word() && is_capitalised(t.text(p.text))));
            if modifier {
                best = None;
                continue;
            }
            best = Some((p.at + s, p.at + k));
            // "Ann Lee of the Institute", "Yury Ushakov at the Kremlin": a
            // full name before a preposition is the person, and what
            // follows says where they work. (One word before it, as in
            // "Bank of America", names nothing alone.)
            let words = p.toks[s..k].iter().filter(|t| t.is_word()).count();
            if words >= 2 && k < p.len() && d.grammar.workplaces.is(p.word(k)) {
                break;
            }
        } else {
            k += 1;
        }
    }
    best
}
