//! What stands before a colon that opens a quotation: a signed name
//! (`- Philip Bump: “`), or a short clause whose verb leads in (`The mayor
//! went even further: “`) rather than a name in the headline shape.

use super::subject::*;
use super::{Cue, Source};
use crate::attribution::data::Data;
use crate::attribution::toks::Toks;
use crate::model::token::is_capitalised;
use crate::model::TokenKind;

/// The name before a colon that opens a quotation, when nothing but a dash
/// or the start of the sentence stands before it and at most a
/// parenthetical aside after it: `- Philip Bump`, `Rep. Trey Gowdy
/// (R-S.C.)`. `p` runs to the colon.
pub(super) fn signed_name(p: Toks<'_>) -> Option<Toks<'_>> {
    let mut e = p.len();
    if e > 0 && matches!(p.toks[e - 1].kind(), TokenKind::Close(_)) {
        let open = (e.saturating_sub(8)..e - 1)
            .rev()
            .find(|&k| matches!(p.toks[k].kind(), TokenKind::Open(_)))?;
        e = open;
    }
    let mut s = e;
    while s > 0
        && e - s < 7
        && ((p.toks[s - 1].is_word() && is_capitalised(p.word(s - 1)))
            || (p.toks[s - 1].is_punct('.') && s >= 2 && p.toks[s - 2].is_word()))
    {
        s -= 1;
    }
    let signed = s == 0 || matches!(p.toks[s - 1].kind(), TokenKind::Punct('-' | '—' | '–'));
    (s < e && p.toks[s].is_word() && signed && (s > 0 || e < p.len())).then(|| p.sub(s, e))
}

/// Does `p`, the words before a colon in the headline shape, hold a
/// lower-case word that is no title or joining word ("The mayor went even
/// further", not "Rep. Ann Roe" or "Secretary of State Ann Roe"), and no
/// dash, after which a signed name would stand ("Pollsters agree - Ann
/// Roe")?
pub(super) fn reads_as_clause(d: &Data, p: Toks<'_>) -> bool {
    let lower = (0..p.len()).any(|k| {
        p.toks[k].is_word() && {
            let w = p.word(k);
            !is_capitalised(w) && !d.titles.contains(w) && !d.grammar.name_joiners.is(w)
        }
    });
    lower && !p.toks.iter().any(|t| t.is_punct('-'))
}

/// `X went even further: “…”`: the first word after a subject, before the
/// colon that ends `input`; the subject of the last clause first
/// ("Immediately after the attacks, Trump issued a statement, “…”"), then
/// of the whole. A subject of an article or a possessive and lower-case
/// nouns ("The harbour master", "Lee's deputy") runs on to a word that
/// reads as a verb (`verb_like`), not to its first noun.
pub(super) fn lead_in(d: &Data, input: Toks<'_>) -> Option<(Cue, Source)> {
    let n = input.len();
    let last_clause = (0..n - 1).rev().find(|&j| input.toks[j].is_punct(','));
    for from in last_clause.map(|j| j + 1).into_iter().chain([0]) {
        // "And Lee gloated:": a conjunction opening the sentence stands
        // before the subject.
        let from = if from + 2 < n
            && input.toks[from].is_word()
            && d.grammar.lead_conjunctions.is_folded(input.word(from))
        {
            from + 1
        } else {
            from
        };
        if from + 1 >= n {
            continue;
        }
        let opener = input.toks[from].is_word()
            && (d.grammar.lead_in_openers.is_folded(input.word(from))
                || possessive_word(input.word(from)));
        // Lower-case nouns read into the subject so far.
        let mut nouns = 0;
        for v in from + 1..(n - 1).min(from + 20) {
            let t = input.toks[v];
            let w = input.word(v);
            // "Republican presidential nominee Donald Trump issued": titles
            // belong to the subject.
            if !t.is_word() || is_capitalised(w) || d.between.contains(w) || d.titles.contains(w) {
                continue;
            }
            // "some kind of deal might be possible:": a noun heading the
            // subject, no verb.
            if v + 1 < n
                && input.toks[v + 1].is_word()
                && d.grammar.noun_links.is_folded(input.word(v + 1))
            {
                break;
            }
            let verb = verb_like(d, input, v);
            if nouns == 0 || verb {
                if let Ok((_, src)) = subject(d)(input.sub(from, v)) {
                    let cue = Cue {
                        first: input.at + v,
                        last: input.at + v,
                    };
                    return Some((cue, src));
                }
            }
            // "The harbour master": a noun after the article, or after
            // the nouns before it, when it is no verb.
            if !opener || verb || nouns == 3 || d.determiners.contains(w) {
                break;
            }
            nouns += 1;
        }
    }
    None
}

/// Does the word at `v` read as a lead-in verb: a cue, a past form ("The
/// ferry captain lashed"), or a word an adverb or particle follows ("went
/// even further", "hit back")?
fn verb_like(d: &Data, input: Toks<'_>, v: usize) -> bool {
    let w = input.word(v);
    if !input.toks[v].is_word() || is_capitalised(w) {
        return false;
    }
    let past = w.len() > 4 && w.ends_with("ed");
    let particle = input
        .toks
        .get(v + 1)
        .is_some_and(|t| t.is_word() && d.grammar.lead_in_particles.is_folded(input.word(v + 1)));
    d.cues.contains(w) || past || particle
}

/// "Lee's", "the port's": a possessive opening a subject.
fn possessive_word(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}
