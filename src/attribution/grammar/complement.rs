//! What follows a cue verb: a reported clause, a quotation, the person
//! spoken to, an adjunct ("said in a statement").

use super::prim::*;
use super::Complement;
use crate::attribution::data::Data;
use crate::attribution::toks::{miss, Expected, PResult, Toks};
use crate::model::token::is_capitalised;
use crate::model::TokenKind;
use nom::branch::alt;
use nom::combinator::opt;
use nom::{Input, Parser};

/// A word that begins a time or place adjunct ("in a statement", "on
/// Tuesday"); not "at", which may name an employer.
pub(super) fn time_or_place(d: &Data, w: &str) -> bool {
    d.grammar.time_or_place.is_folded(w)
}

/// A word that begins an adjunct after a cue ("said in a statement").
pub(super) fn adjunct_start(d: &Data, w: &str) -> bool {
    time_or_place(d, w) || d.grammar.adjunct_starts.is_folded(w)
}

/// What follows the cue verb at `cue` in `input` (cue excluded, to the end
/// of the sentence). `object_first` verbs take the person told first.
pub fn complement<'a>(
    d: &'a Data,
    object_first: bool,
) -> impl Fn(Toks<'a>) -> PResult<'a, Complement> {
    move |input: Toks<'a>| {
        let body = sentence_body(input);
        if body.is_empty() {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        // "that" within a few tokens, before any comma or mark.
        let stop = body
            .toks
            .iter()
            .position(|t| t.is_punct(',') || is_mark(*t) || t.is_punct(':') || t.is_punct('—'))
            .unwrap_or(body.len());
        // Not past another cue: "said she expected that …" reports her
        // expectation, the whole clause from "she" on.
        let that = body.toks[..stop.min(10)]
            .iter()
            .position(|t| t.is_word() && t.text(body.text).eq_ignore_ascii_case("that"))
            .filter(|&k| {
                !body.toks[..k]
                    .iter()
                    .any(|t| t.is_word() && d.cues.contains(t.text(body.text)))
            });
        if let Some(k) = that {
            if k + 1 < body.len() {
                let r = clause_end(d, body, k + 1);
                return Ok((
                    input.take_from(input.len()),
                    Complement::Clause {
                        range: body.at + k + 1..body.at + r,
                        that: true,
                    },
                ));
            }
        }
        // ": “…" or ", “…": a quotation follows.
        let (after_punct, _) = opt(alt((punct(':'), punct(','), punct('—')))).parse(body)?;
        if let Some(t) = after_punct.first() {
            if is_mark(t) {
                return Ok((
                    input.take_from(input.len()),
                    Complement::Quote(after_punct.at),
                ));
            }
        }
        // Only adjuncts to the end (or to a comma): "said in a statement."
        let mut k = 0;
        if object_first {
            // "told Reuters", "told reporters", "told the Associated Press".
            let (rest, n) = object(d)(body)?;
            k = body.len() - rest.len();
            let _ = n;
        }
        let w = |k: usize| body.word(k);
        let to_person = |k: usize| {
            k + 1 < body.len() && {
                let n = body.word(k + 1);
                is_capitalised(n) || d.determiners.contains(n) || d.grammar.addressees.is(n)
            }
        };
        let adjunct =
            |k: usize| adjunct_start(d, w(k)) && (!w(k).eq_ignore_ascii_case("to") || to_person(k));
        // An adverb ("said pleasantly into the phone", "asked
        // rhetorically.", "said repeatedly they …"): skipped when an
        // adjunct, a comma, a pronoun or the end follows it, so that it is
        // neither read as a reported clause nor as all of the complement.
        if k + 1 < body.len()
            && body.toks[k].is_word()
            && w(k).len() > 4
            && w(k).ends_with("ly")
            && !is_capitalised(w(k))
            && (body.toks[k + 1].is_punct(',')
                || body.toks[k + 1].is_word() && (adjunct(k + 1) || d.pronouns.contains(w(k + 1))))
        {
            k += 1;
        } else if k + 1 == body.len()
            && body.toks[k].is_word()
            && w(k).len() > 4
            && w(k).ends_with("ly")
        {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        if k < body.len() && body.toks[k].is_word() && adjunct(k) {
            let upto = body.toks[k..]
                .iter()
                .position(|t| t.is_punct(','))
                .map_or(body.len(), |p| k + p);
            if (upto == body.len() && upto <= k + 8) || upto <= k + 6 {
                // ", “…" after the adjunct is a quotation; else the adjunct ends it.
                if upto < body.len() {
                    if let Some(t) = body.toks.get(upto + 1) {
                        if is_mark(*t) {
                            return Ok((
                                input.take_from(input.len()),
                                Complement::Quote(body.at + upto + 1),
                            ));
                        }
                    }
                    return Ok((input.take_from(input.len()), Complement::End));
                }
                return Ok((input.take_from(input.len()), Complement::End));
            }
        }
        if k >= body.len() {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        if body.toks[k].is_punct(',') {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        if is_mark(body.toks[k]) {
            return Ok((input.take_from(input.len()), Complement::Quote(body.at + k)));
        }
        let r = clause_end(d, body, k);
        if r <= k + 1 {
            return miss(body.sub(k, body.len()), Expected::Content);
        }
        Ok((
            input.take_from(input.len()),
            Complement::Clause {
                range: body.at + k..body.at + r,
                that: false,
            },
        ))
    }
}

/// The person spoken to after "told": a pronoun, a capitalised run, or a
/// short noun phrase; empty when none is there.
pub(super) fn object<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    move |i: Toks<'a>| {
        let Some(t) = i.first() else {
            return Ok((i, 0));
        };
        let w = i.word(0);
        if !t.is_word() {
            return Ok((i, 0));
        }
        let g = &d.grammar;
        if g.audiences.is_folded(w) || is_capitalised(w) {
            let mut k = 1;
            let article = g.articles.is_folded(w);
            if article || is_capitalised(w) {
                while k < i.len().min(6)
                    && i.toks[k].is_word()
                    && (is_capitalised(i.word(k)) || (article && k == 1))
                {
                    k += 1;
                }
                // "asked the Cleveland crowd “…”": the object's head noun
                // before a quotation mark, colon or comma.
                if article
                    && k >= 2
                    && k < i.len()
                    && i.toks[k].is_word()
                    && !d.cues.contains(i.word(k))
                    && i.toks.get(k + 1).is_some_and(|t| {
                        matches!(t.kind(), TokenKind::Quote(_) | TokenKind::Punct(':' | ','))
                    })
                {
                    k += 1;
                }
            }
            return Ok((i.take_from(k), k));
        }
        Ok((i, 0))
    }
}

/// After an `object_first` cue and before the end of its sentence: the
/// audience told, then an adjunct ("told Britain’s ITV television station
/// in an interview aired on Monday when asked …", "told the cheering crowd
/// at a rally"). The words say to whom and where it was said and report
/// nothing, however long the adjunct runs. The audience is a name, an
/// audience word or an article, then capitalised words, possessives and at
/// most three lower-case nouns (its head: "television station"); a verb
/// or a pronoun before the adjunct makes it a reported clause instead
/// ("told reporters the plan is dead in Ohio").
pub fn audience_then_adjunct(d: &Data, i: Toks<'_>) -> bool {
    let g = &d.grammar;
    let starts = i.first().is_some_and(|t| t.is_word()) && {
        let w = i.word(0);
        is_capitalised(w) || g.audiences.is_folded(w) || g.articles.is_folded(w)
    };
    if !starts {
        return false;
    }
    let mut lower = 0;
    for k in 1..i.len().min(12) {
        let t = i.toks[k];
        // "the voters’ group": a plural possessive's apostrophe.
        if matches!(t.kind(), TokenKind::Quote(_)) && is_possessive(i.text, i.toks, k) {
            continue;
        }
        if !t.is_word() {
            return false;
        }
        let w = i.word(k);
        if adjunct_start(d, w) {
            return true;
        }
        if is_capitalised(w) {
            continue;
        }
        let noun = lower < 3
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !d.determiners.contains(w)
            && !d.pronouns.contains(w)
            && !d.cues.contains(w)
            && !d.between.contains(w)
            && !d.boundary.contains(w)
            && !w.eq_ignore_ascii_case("that");
        if !noun {
            return false;
        }
        lower += 1;
    }
    false
}

/// Where a reported clause starting at `from` ends (relative index): at
/// the sentence end, or before ", adding …" / ", according to …".
pub(super) fn clause_end(d: &Data, body: Toks<'_>, from: usize) -> usize {
    let mut k = from;
    while k < body.len() {
        let t = body.toks[k];
        // "said the bill was “dead,” and the governor warned that …": a
        // new subject with its own speech verb after ", and" starts an
        // attribution of its own, not more of this one's content.
        if let Some(end) = joined_attribution(d, body, k) {
            return end;
        }
        if t.is_punct(',') || t.is_punct('—') {
            if let Some(n) = body.toks.get(k + 1) {
                let w = n.text(body.text);
                if n.is_word()
                    && ((d.cues.contains(w) && w.ends_with("ing"))
                        || w.eq_ignore_ascii_case("according"))
                {
                    return k;
                }
                // ", he said." closes the reported clause as well.
                if n.is_word() && d.pronouns.contains(w) {
                    if let Some(m) = body.toks.get(k + 2) {
                        if m.is_word() && d.speech.contains(m.text(body.text)) {
                            return k;
                        }
                    }
                }
            }
        }
        k += 1;
    }
    body.len()
}

/// Does ", and" (or ",” and") at `k` begin a new clause whose own short
/// subject speaks ("and the governor warned", "but Lee said")? Yields
/// where the content before it ends: before the comma, or after the
/// closing mark that follows the comma.
fn joined_attribution(d: &Data, body: Toks<'_>, k: usize) -> Option<usize> {
    let t = body.toks[k];
    let (end, conj) = if t.is_punct(',') {
        (k, k + 1)
    } else if is_mark(t) && k > 0 && body.toks[k - 1].is_punct(',') {
        (k + 1, k + 1)
    } else {
        return None;
    };
    let c = body.toks.get(conj)?;
    if !c.is_word() || !matches!(body.word(conj), "and" | "but") {
        return None;
    }
    let first = body.toks.get(conj + 1)?;
    let w0 = body.word(conj + 1);
    // ", but said …", ", and later told …": a verb of saying joined to the
    // verb before the content, with the same subject; it reports again.
    let verb = |j: usize| {
        body.toks.get(j).is_some_and(|t| t.is_word())
            && d.strong.contains(body.word(j))
            && !body.word(j).ends_with("ing")
    };
    let adverb = first.is_word() && (d.sequence.contains(w0) || w0.len() > 4 && w0.ends_with("ly"));
    if verb(conj + 1) || adverb && verb(conj + 2) {
        return Some(end);
    }
    let opens_subject = first.is_word()
        && (is_capitalised(w0) || d.determiners.contains(w0) || d.pronouns.contains(w0));
    if !opens_subject {
        return None;
    }
    // A finite verb of saying within a few words, with only words before
    // it: a subject of up to four words. (Not "but he did remember
    // telling": a participle is no verb of the new clause.)
    (conj + 2..body.len().min(conj + 6))
        .take_while(|&j| body.toks[j].is_word())
        .find(|&j| d.strong.contains(body.word(j)) && !body.word(j).ends_with("ing"))
        .map(|_| end)
}
