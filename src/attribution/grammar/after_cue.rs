//! A source after its cue: "according to X", "said X".

use super::complement::*;
use super::names::name_run;
use super::prim::*;
use super::{Cue, Source};
use crate::attribution::data::Data;
use crate::attribution::toks::{miss, Expected, PResult, Toks};
use crate::model::token::is_capitalised;
use nom::{Input, Parser};

/// "according to X": `input` starts at "according"; yields the cue and the
/// source (to the next comma or the end), or fails for "according to plan".
pub fn according<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |input: Toks<'a>| {
        let (rest, (a, b)) = (lit("according"), lit("to")).parse(input)?;
        // A source is at most 20 tokens: look no further than that, so a
        // sentence of thousands of words with "according to" in each
        // clause costs each cue 21 tokens, not the rest of the sentence.
        let probe = rest.len().min(21);
        let mut n = rest.toks[..probe]
            .iter()
            .position(|t| {
                t.is_punct(',') || is_stop(*t) || is_mark(*t) || t.is_punct('—') || t.is_punct(':')
            })
            .unwrap_or(rest.len());
        // The sentence's own full stop is not part of the source.
        if n == rest.len() && n > 0 && is_terminal(rest.toks[n - 1]) {
            n -= 1;
        }
        if n == 0 || n > 20 {
            return miss(rest, Expected::Source);
        }
        let np = rest.sub(0, n);
        let w0 = np.word(0);
        let ok = np.toks[0].is_word()
            && (is_capitalised(w0)
                || d.determiners.contains(w0)
                || d.vague.contains(w0)
                || d.organisation.contains(w0)
                || d.pronouns.contains(w0)
                || d.titles.contains(w0)
                || d.grammar.object_pronouns.is(w0)
                || np.toks.iter().any(|t| {
                    t.is_word()
                        && (d.vague.contains(t.text(np.text))
                            || d.organisation.contains(t.text(np.text)))
                }));
        if !ok {
            return miss(np, Expected::Source);
        }
        let name = name_run(d, np);
        Ok((
            rest.take_from(n),
            (
                Cue { first: a, last: b },
                Source {
                    all: np.at..np.end(),
                    name: name.0..name.1,
                },
            ),
        ))
    }
}

/// "…, said Smith, the group's director." — a source after its cue, to
/// the end of the sentence or a comma that an appositive does not explain.
pub fn inverted<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, Source> {
    move |input: Toks<'a>| {
        let body = sentence_body(input);
        let Some(t0) = body.first() else {
            return miss(body, Expected::Source);
        };
        let w0 = body.word(0);
        let described_name = body.toks[1..body.len().min(6)]
            .iter()
            .any(|t| t.is_word() && is_capitalised(t.text(body.text)));
        let starts = t0.is_word()
            && ((is_capitalised(w0) && !d.intro.contains(w0))
                || d.determiners.contains(w0)
                || d.titles.contains(w0)
                || d.vague.contains(w0)
                || described_name)
            && !d.pronouns.contains(w0)
            && !adjunct_start(d, w0);
        if !starts {
            return miss(body, Expected::Source);
        }
        let n = (0..body.len())
            .find(|&k| {
                let t = body.toks[k];
                is_mark_at(body, k)
                    || t.is_punct(':')
                    || (t.is_word()
                        && (t.text(body.text) == "that" || d.speech.contains(t.text(body.text))))
            })
            .unwrap_or(body.len());
        if n == 0 || opens_clause(d, body, n) {
            return miss(body, Expected::Source);
        }
        // A long relative clause after the name ("said Mr. Stevens, who took
        // direct aim at …"): the source stops at a comma within reach.
        let n = if n > 40 {
            match body.toks[..40].iter().rposition(|t| t.is_punct(',')) {
                Some(c) if c > 0 => c,
                _ => return miss(body, Expected::Source),
            }
        } else {
            n
        };
        // "wrote Smith on Twitter", "said Jones on Tuesday": an adjunct
        // right after the name is no part of the source. (After a lower-case
        // word it may be: "a source involved in the talks", "an official
        // who spoke on condition of anonymity"; "at" may name an employer.)
        let core_end = body.toks[..n]
            .iter()
            .position(|t| t.is_punct(','))
            .unwrap_or(n);
        let n_source = (1..core_end)
            .find(|&k| {
                let t = body.toks[k];
                let w = body.word(k);
                t.is_word()
                    && body.toks[k - 1].is_word()
                    && time_or_place(d, w)
                    && is_capitalised(body.word(k - 1))
            })
            .unwrap_or(n);
        // Up to the first comma is the core; an appositive may follow.
        let mut all_end = n_source;
        while all_end > 0 && body.toks[all_end - 1].is_punct(',') {
            all_end -= 1;
        }
        let first_comma = body.toks[..all_end]
            .iter()
            .position(|t| t.is_punct(','))
            .unwrap_or(all_end);
        let core = body.sub(0, first_comma);
        let name = name_run(d, core);
        Ok((
            body.take_from(n),
            Source {
                all: body.at..body.at + all_end,
                name: name.0..name.1,
            },
        ))
    }
}

/// Do the first `n` tokens of `body`, read after a cue, make a that-less
/// clause rather than a source: an auxiliary after the first word, before
/// any comma or relative word ("said the state would appeal", not "said a
/// neighbour who was there" or "said Lee, who had left")?
fn opens_clause(d: &Data, body: Toks<'_>, n: usize) -> bool {
    (1..n)
        .take_while(|&k| {
            let t = body.toks[k];
            let relative = t.is_word() && d.grammar.relative_subjects.is(body.word(k));
            !t.is_punct(',') && !relative
        })
        .any(|k| body.toks[k].is_word() && d.grammar.clause_auxiliaries.is(body.word(k)))
}
