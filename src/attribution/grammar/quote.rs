//! The words around a quotation mark: `“…,” X said`, `X said: “…`.

use super::after_cue::*;
use super::complement::*;
use super::prim::*;
use super::subject::*;
use super::{Cue, Source};
use crate::attribution::data::Data;
use crate::attribution::toks::{miss, Expected, PResult, Toks};
use crate::model::token::is_capitalised;
use nom::branch::alt;
use nom::combinator::{eof, opt};
use nom::sequence::preceded;
use nom::{Input, Parser};

/// A speech cue starting at relative index `k` of `i`: a speech verb, or a
/// two-word cue ("pointed out"). Yields the index of its last word.
pub(super) fn speech_cue(d: &Data, i: Toks<'_>, k: usize) -> Option<usize> {
    let w = i.word(k);
    if in_name(i, k) {
        return None;
    }
    if d.speech.contains(w) {
        return Some(k);
    }
    let n = i.toks.get(k + 1)?;
    (n.is_word() && d.is_phrasal(w, n.text(i.text))).then_some(k + 1)
}

/// Is the word at `k` of `i` a capitalised word that goes on a name
/// begun after a lower-case word ("the United States", "said the United
/// States “must …”"): part of the name, not a cue? In a title-case
/// headline ("Hillary Clinton Says …") no lower-case word stands before
/// the name, and the cue is read as one.
pub(super) fn in_name(i: Toks<'_>, k: usize) -> bool {
    k >= 2
        && i.toks[k].is_word()
        && i.toks[k - 1].is_word()
        && i.toks[k - 2].is_word()
        && is_capitalised(i.word(k))
        && is_capitalised(i.word(k - 1))
        && !is_capitalised(i.word(k - 2))
}

/// What stands after a closing quotation mark: `, X said` or `, said X`.
/// Yields the cue, the source and the index just after the attribution.
pub fn after_quote<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    after_quote_with(d, false)
}

/// `after_quote` for a quotation that opens a clause and hands on with
/// its own comma (`,”`, `?”`, `!”`): there the slot before the verb can
/// only hold the speaker, so a bare subject is read as one too.
pub fn after_quote_handed_on<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    after_quote_with(d, true)
}

pub(super) fn after_quote_with<'a>(
    d: &'a Data,
    loose: bool,
) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    // `, said X` or `, X said`: an optional comma or dash, then the verb
    // and its source in either order.
    move |input: Toks<'a>| {
        preceded(
            opt(alt((punct(','), punct('—')))),
            alt((verb_then_source(d), source_then_verb(d, loose))),
        )
        .parse(input)
    }
}

/// "said X", "says a report by X": the speech verb, then the source.
fn verb_then_source<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |rest: Toks<'a>| {
        let (after, c) = in_set(&d.speech, Expected::Cue)(rest)?;
        let (_, src) = inverted(d)(after)?;
        Ok((
            after.take_from(after.len()),
            (Cue { first: c, last: c }, src),
        ))
    }
}

/// "X said", "X, an analyst, said", "he told Reuters": the source, read
/// whole, then the speech verb (or a two-word cue).
fn source_then_verb<'a>(
    d: &'a Data,
    loose: bool,
) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |rest: Toks<'a>| {
        // "X said", "X, an analyst, said", "he told Reuters"
        let lim = rest.len().min(24);
        // "the official, who asked not to be named, said": a verb inside a
        // relative clause is not the cue.
        let in_relative = |k: usize| {
            (0..k)
                .rev()
                .find(|&j| rest.toks[j].is_punct(','))
                .is_some_and(|j| j + 1 < k && d.grammar.relatives.is(rest.word(j + 1)))
        };
        let Some(k) = (0..lim).find(|&k| {
            let t = rest.toks[k];
            t.is_word() && speech_cue(d, rest, k).is_some() && !in_relative(k)
                || is_mark_at(rest, k)
                || is_stop(t)
        }) else {
            return miss(rest, Expected::Cue);
        };
        if !rest.toks[k].is_word() || k == 0 {
            return miss(rest, Expected::Cue);
        }
        let last = speech_cue(d, rest, k).unwrap_or(k);
        // The subject must be read whole, up to the cue.
        let whole = subject(d)(rest.sub(0, k));
        let src = match whole {
            Ok((left, src)) => {
                eof(left)?;
                src
            }
            Err(e) => match before_aside(d, rest.sub(0, k)) {
                Some(src) => src,
                // Not in a title-case headline: "‘Time’ Just Announced".
                None if !loose || is_capitalised(rest.word(k)) => return Err(e),
                None => bare_subject(d, rest.sub(0, k)).ok_or(e)?,
            },
        };
        Ok((
            rest.take_from(last + 1),
            (
                Cue {
                    first: rest.at + k,
                    last: rest.at + last,
                },
                src,
            ),
        ))
    }
}

/// `“…,” Blunt, after a long pause, said.`: a time or place adjunct set
/// off by commas between the speaker and the verb. `p` runs to the verb;
/// the subject is what stands before the aside, read whole.
fn before_aside(d: &Data, p: Toks<'_>) -> Option<Source> {
    let n = p.len();
    if n < 4 || !p.toks[n - 1].is_punct(',') {
        return None;
    }
    let j = (1..n - 2).rev().find(|&j| p.toks[j].is_punct(','))?;
    if !p.toks[j + 1].is_word() || !adjunct_start(d, p.word(j + 1)) || n - j > 10 {
        return None;
    }
    match subject(d)(p.sub(0, j)) {
        Ok((left, src)) if left.is_empty() => Some(src),
        _ => None,
    }
}

/// `“…,” she sniffed.`: after a quotation that ends in a comma (or `?`,
/// `!`), a short subject and any verb in the past or present tense that
/// closes the sentence, or is followed only by an adjunct, attribute it —
/// the verb need not be in the cue lists. The caller checks the mark.
pub fn after_quote_any_verb<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |input: Toks<'a>| {
        let mut end = input.len();
        while end > 0 && is_terminal(input.toks[end - 1]) {
            end -= 1;
        }
        let verbish = |w: &str| {
            w.len() > 3
                && !is_capitalised(w)
                && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !d.boundary.contains(w)
                && !d.between.contains(w)
                && !d.intro.contains(w)
                && !d.determiners.contains(w)
                && !d.vague.contains(w)
                && !d.titles.contains(w)
                && !d.organisation.contains(w)
        };
        for k in 1..end.min(6) {
            let t = input.toks[k];
            if !t.is_word() || !verbish(input.word(k)) {
                continue;
            }
            let after = input.sub(k + 1, end);
            let closes = after.is_empty()
                || after.toks[0].is_punct(',')
                || (after.toks[0].is_word() && adjunct_start(d, after.word(0)) && after.len() <= 8);
            if !closes {
                return miss(after, Expected::Cue);
            }
            let subj = input.sub(0, k);
            let src = match subject(d)(subj) {
                Ok((left, src)) if left.is_empty() => src,
                _ => return miss(subj, Expected::Source),
            };
            let cue = Cue {
                first: input.at + k,
                last: input.at + k,
            };
            return Ok((input.take_from(input.len()), (cue, src)));
        }
        miss(input, Expected::Cue)
    }
}

/// Between a closing mark and its speech verb the only thing that fits is
/// the speaker, so two shapes the general subject grammar turns down are
/// read as one there: a lone capitalised word that is also a function
/// word ("…,” Will wrote.", "…,” From said.") and a bare plural noun
/// phrase ("…,” federal prosecutors wrote.").
pub(super) fn bare_subject(d: &Data, p: Toks<'_>) -> Option<Source> {
    let n = p.len();
    let whole = Source {
        all: p.at..p.end(),
        name: p.at..p.end(),
    };
    let plain = |i: usize| {
        let w = p.word(i);
        p.toks[i].is_word()
            && !d.boundary.contains(w)
            && !d.determiners.contains(w)
            && !d.pronouns.contains(w)
            && !d.cues.contains(w)
    };
    if n == 1 && plain(0) && is_capitalised(p.word(0)) {
        return Some(whole);
    }
    let plural =
        |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    let lower_words = (0..n).all(|i| {
        let w = p.word(i);
        plain(i)
            && !is_capitalised(w)
            && !d.intro.contains(w)
            && !d.between.contains(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    (n <= 3 && lower_words && plural(p.word(n - 1))).then_some(whole)
}
