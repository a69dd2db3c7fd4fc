//! The words before a quotation mark: `X said: “`, `X told Reuters, “`,
//! and the subjects such lead-ins hold (after an intro with no comma, before
//! a verb chain, a signed name, a passive's agent).

use super::after_cue::*;
use super::colon_lead::{lead_in, reads_as_clause, signed_name};
use super::main_clause::{main_subject, subject_and_verb};
use super::names::name_run;
use super::prim::*;
use super::quote::in_name;
use super::subject::*;
use super::{Cue, Source};
use crate::attribution::data::Data;
use crate::attribution::toks::{miss, Expected, PResult, Toks};
use crate::model::token::is_capitalised;
use nom::Input;

/// Days and months, which open an adjunct ("On Monday") rather than a name.
pub(super) fn is_date_word(d: &Data, w: &str) -> bool {
    d.grammar.dates.is(w)
}

/// The subject after an introductory phrase with no comma: "On Monday
/// Trump (said)", "In the letter he (wrote)", "In a statement the campaign
/// (said)". `input` runs to the verb and opens with an intro word; the
/// subject is the shortest tail that reads as one, widened over the
/// determiners and names before it (not over a day or month).
pub fn after_bare_intro(d: &Data, input: Toks<'_>) -> Option<Source> {
    let n = input.len();
    if n < 2 || !input.toks[0].is_word() || !d.intro.contains(input.word(0)) {
        return None;
    }
    if input.toks.iter().any(|t| t.is_punct(',')) {
        return None;
    }
    let j = (1..n)
        .rev()
        .find(|&j| subject(d)(input.sub(j, n)).is_ok())?;
    let mut j = j;
    // A pronoun is the whole subject: "On Twitter she (wrote)".
    while j > 1 && !d.pronouns.contains(input.word(j)) {
        // "Sen." is a title and its full stop.
        if input.toks[j - 1].is_punct('.') && j > 2 && d.titles.contains(input.word(j - 2)) {
            j -= 2;
            continue;
        }
        if !input.toks[j - 1].is_word() {
            break;
        }
        let w = input.word(j - 1);
        let widen = d.determiners.contains(w)
            || d.titles.contains(w)
            || (is_capitalised(w) && !is_date_word(d, w) && !d.intro.contains(w));
        if !widen {
            break;
        }
        j -= 1;
    }
    subject(d)(input.sub(j, n)).ok().map(|(_, s)| s)
}

/// The subject before a verb chain ending in "to": "The email goes on to
/// (say)", "Mr. Trump was prompted to (say)", or a relative pronoun ("a
/// message that (said)", "Lynch, who (told)"). `input` runs to the verb.
pub(super) fn chained_subject(d: &Data, input: Toks<'_>) -> Option<Source> {
    let n = input.len();
    let mut end = n;
    while end > 0 && input.toks[end - 1].is_word() && d.between.contains(input.word(end - 1)) {
        end -= 1;
    }
    if end > 0 && d.grammar.relative_subjects.is(input.word(end - 1)) {
        let k = input.at + end - 1;
        return Some(Source {
            all: k..k + 1,
            name: k..k + 1,
        });
    }
    if n < 2 || !input.word(n - 1).eq_ignore_ascii_case("to") {
        return None;
    }
    // The chain: lowercase words back from "to", at most six.
    let mut j0 = n - 1;
    while j0 > 0
        && n - j0 < 6
        && input.toks[j0 - 1].is_word()
        && !is_capitalised(input.word(j0 - 1))
    {
        j0 -= 1;
    }
    (j0.max(1)..n - 1).find_map(|j| subject(d)(input.sub(0, j)).ok().map(|(_, s)| s))
}

/// The agent of a passive cue at `k..=kl` in `input` (which ends in the
/// glue before a quotation): "was asked by host Ann Roe," gives "host Ann
/// Roe", up to the first comma.
fn passive_agent(d: &Data, input: Toks<'_>, k: usize, kl: usize) -> Option<Source> {
    let mut b = k;
    while b > 0 && input.toks[b - 1].is_word() && d.between.contains(input.word(b - 1)) {
        if d.grammar.passive_auxiliaries.is_folded(input.word(b - 1)) {
            break;
        }
        b -= 1;
    }
    let passive = b > 0
        && input.toks[b - 1].is_word()
        && d.grammar.passive_auxiliaries.is_folded(input.word(b - 1));
    let by = kl + 1;
    if !passive
        || !input.toks.get(by).is_some_and(|t| t.is_word())
        || !input.word(by).eq_ignore_ascii_case("by")
    {
        return None;
    }
    let n = input.len();
    let end = (by + 1..n)
        .find(|&j| input.toks[j].is_punct(','))
        .unwrap_or(n - 1);
    (end > by + 1)
        .then(|| inverted(d)(input.sub(by + 1, end)).ok())
        .flatten()
        .map(|(_, s)| s)
}

/// What stands before an opening quotation mark: `X said: “`, `X told
/// Reuters, “`, `X said “`, `X went further: “`. `input` runs from the
/// clause start to the mark. A cue with no subject of its own ("…, adding:
/// “", "and said, “") yields no source: the caller takes the speaker
/// from the attribution before.
pub fn before_quote<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Option<Source>)> {
    move |input: Toks<'a>| {
        let n = input.len();
        let Some(last) = input.last() else {
            return miss(input, Expected::Cue);
        };
        let lw = input.word(n - 1);
        let colon = last.is_punct(':');
        let glue = colon
            || last.is_punct(',')
            || last.is_punct('—')
            || (last.is_word()
                && ((d.speech.contains(lw) && !in_name(input, n - 1))
                    || lw.eq_ignore_ascii_case("that")));
        if !glue {
            return miss(input.sub(n - 1, n), Expected::Punct);
        }
        let done = input.take_from(n);
        // "As X put it, “…”", "Or, as X said: “…”": the "as" is no part of
        // the source.
        let mut start = 0;
        while start < 3
            && start + 1 < n
            && (input.toks[start].is_punct(',')
                || d.grammar.lead_conjunctions.is_folded(input.word(start)))
        {
            start += 1;
        }
        if input.toks[start].is_word() && input.word(start).eq_ignore_ascii_case("as") {
            start += 1;
        } else {
            start = 0;
        }
        // "Said Ann Lee, who grew up on the street, “…”": a sentence that
        // opens with its speech verb names the speaker after it, however
        // long the description.
        if start == 0
            && n >= 3
            && last.is_punct(',')
            && input.toks[0].is_word()
            && is_capitalised(input.word(0))
            && d.strong.contains(input.word(0))
        {
            if let Ok((_, src)) = inverted(d)(input.sub(1, n - 1)) {
                let cue = Cue {
                    first: input.at,
                    last: input.at,
                };
                return Ok((done, (cue, Some(src))));
            }
        }
        // The cue: the last speech verb (or two-word cue) within a few
        // tokens of the mark.
        let lo = n.saturating_sub(12).max(start);
        let cue_at = |lo: usize, k: usize| {
            if !input.toks[k].is_word() {
                return None;
            }
            if d.speech.contains(input.word(k)) && !in_name(input, k) {
                return Some((k, k));
            }
            (k > lo
                && input.toks[k - 1].is_word()
                && d.is_phrasal(input.word(k - 1), input.word(k)))
            .then(|| (k - 1, k))
        };
        // "As the chief executive, Jo Reed, put it in a memo explaining the
        // deal, “…”": an "as" clause is the attribution; its own verb, the
        // first after the subject, is the cue, not a participle in the
        // adjunct after it.
        // Only when the "as" clause runs to the mark: in "As the paper
        // reported, the agency was refusing to comment:" a main clause
        // follows its comma, and the quotation is that clause's.
        let as_verb = (start > 0)
            .then(|| {
                (start + 1..n.min(start + 24)).find_map(|k| {
                    cue_at(start, k).filter(|&(a, _)| {
                        !input.toks[a].is_word() || !input.word(a).ends_with("ing")
                    })
                })
            })
            .flatten()
            .filter(|&(_, kl)| !input.toks[kl + 1..n - 1].iter().any(|t| t.is_punct(',')));
        let verb = as_verb.or_else(|| (lo..n).rev().find_map(|k| cue_at(lo, k)));
        // "X said in an interview on Tuesday with the editor of the local
        // paper, “…”": a longer adjunct between the verb and the mark,
        // when it opens with a preposition right after the verb.
        let verb = verb.or_else(|| {
            let far = n.saturating_sub(28).max(start);
            (far..lo).rev().find_map(|k| {
                let prep = input.toks.get(k + 1).is_some_and(|t| t.is_word())
                    && d.grammar.verb_adjuncts.is_folded(input.word(k + 1));
                (input.toks[k].is_word() && d.speech.contains(input.word(k)) && prep)
                    .then_some((k, k))
            })
        });
        if let Some((k, kl)) = verb {
            if input.toks[kl + 1..n]
                .iter()
                .any(|t| is_stop(*t) || is_mark(*t))
            {
                return miss(input, Expected::Cue);
            }
            // "Asked which county he liked best, Ruiz demurred: “…”": a
            // participle opening the sentence, with a clause after its
            // comma, is no cue; the clause's subject speaks (`after_colon`).
            let opener = k == 0
                && is_capitalised(input.word(0))
                && (1..n - 1).any(|j| input.toks[j].is_punct(',') && input.toks[j + 1].is_word());
            if opener {
                return miss(input, Expected::Cue);
            }
            let cue = Cue {
                first: input.at + k,
                last: input.at + kl,
            };
            // "Lee was asked by host Ann Roe, “…”": a passive cue with its
            // agent quotes the agent, not the one asked or told.
            if let Some(src) = passive_agent(d, input, k, kl) {
                return Ok((done, (cue, Some(src))));
            }
            // "X did Y, saying: “…”", "X responded by saying “…”", "X
            // deflected questions before saying", "X issued a statement
            // Tuesday saying": the participle's subject is the main
            // clause's, not the day or the statement before it.
            let linked = |j: usize| {
                let t = input.toks[j];
                let w = input.word(j);
                t.is_punct(',')
                    || t.is_word()
                        && (w == "by"
                            // "Lee was quoted as saying “…”", "the agency
                            // quoted the minister as saying “…”"
                            || w == "as" && quoted_before(d, input, j)
                            || d.grammar.subject_handers.is(w)
                            || d.utterances.contains(w)
                            || is_date_word(d, w))
            };
            // "And then Lee went on the attack, saying": a conjunction
            // and a sequence adverb opening the sentence stand before
            // its subject, not in it.
            let mut open = start;
            if open + 1 < k
                && input.toks[open].is_word()
                && d.grammar.lead_conjunctions.is_folded(input.word(open))
            {
                open += 1;
            }
            if open + 1 < k && input.toks[open].is_word() && d.sequence.contains(input.word(open)) {
                open += 1;
            }
            if k > open + 1 && input.word(k).ends_with("ing") && linked(k - 1) {
                if let Some(src) = main_subject(d, input.sub(open, k - 1)) {
                    return Ok((done, (cue, Some(src))));
                }
            }
            if k > start {
                if let Ok((_, src)) = subject(d)(input.sub(start, k)) {
                    return Ok((done, (cue, Some(src))));
                }
                // "But Sen. Ann Roe (D-Ill.), noting the crowd, said": the
                // clause's own subject, past a bracket and a phrase set
                // off by commas, whose verb is the cue itself.
                if let Some((src, _)) =
                    subject_and_verb(d, input.sub(open, k + 1)).filter(|&(_, v)| v == input.at + k)
                {
                    return Ok((done, (cue, Some(src))));
                }
                if let Some(src) = chained_subject(d, input.sub(start, k)) {
                    return Ok((done, (cue, Some(src))));
                }
                // The last clause only: "…, to which O'Malley interjected:",
                // "Then she added warily:".
                let from = (start..k).rev().find(|&j| {
                    let t = input.toks[j];
                    t.is_punct(',')
                        || t.is_punct('—')
                        || t.is_word()
                            && (d.boundary.contains(input.word(j))
                                || d.grammar.clause_turns.is(input.word(j)))
                });
                if let Some(j) = from.filter(|&j| j + 1 < k) {
                    if let Ok((_, src)) = subject(d)(input.sub(j + 1, k)) {
                        return Ok((done, (cue, Some(src))));
                    }
                    // "…so subdued that Mr. Lane was prompted to say":
                    // the last clause's subject, before its verb chain.
                    if let Some(src) = chained_subject(d, input.sub(j + 1, k)) {
                        return Ok((done, (cue, Some(src))));
                    }
                }
                // Not a capitalised cue inside a name ("the United States").
                if let Some(src) = (!is_capitalised(input.word(k)))
                    .then(|| after_bare_intro(d, input.sub(start, k)))
                    .flatten()
                {
                    return Ok((done, (cue, Some(src))));
                }
            }
            // "… and later said, “…”": the verb's subject is the one before.
            let mut b = k;
            while b > 0 && input.toks[b - 1].is_word() && d.between.contains(input.word(b - 1)) {
                b -= 1;
            }
            // A comma, or a word that hands the subject back ("and").
            let handed = b > 0
                && (input.toks[b - 1].is_punct(',')
                    || d.grammar.subject_handers.is_folded(input.word(b - 1)));
            let bare = k == 0 || input.word(k).ends_with("ing") || handed;
            if bare {
                return Ok((done, (cue, None)));
            }
            return miss(input, Expected::Source);
        }
        // `Trump issued a statement, “…”`: a comma after an utterance.
        let utterance = last.is_punct(',')
            && n >= 2
            && input.toks[n.saturating_sub(5)..n - 1]
                .iter()
                .any(|t| t.is_word() && d.utterances.contains(t.text(input.text)));
        if !(colon || utterance) || n < 2 {
            return miss(input, Expected::Cue);
        }
        // Headline shape: `Trump: “…”`; in running text also after a dash
        // (`… - Pew Research: “…”`) and with a party and state (`Rep. Trey
        // Gowdy (R-S.C.): “…”`).
        let whole = input.sub(0, n - 1);
        let headline = colon
            && n <= 7
            && whole
                .toks
                .iter()
                .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('-'))
            && is_capitalised(whole.word(0));
        // "The mayor went even further: “…”": a short clause, not a name,
        // whose verb leads in; read so before the headline shape.
        if headline && reads_as_clause(d, whole) {
            // Not a passive ("Respondents are obliged to disclose:"),
            // which names no speaker, nor a preposition ("Ann Roe on the
            // port:").
            if let Some(found) = lead_in(d, input).filter(|(cue, _)| {
                let k = cue.first - input.at;
                let w = input.word(k);
                let passive = k > 0
                    && input.toks[k - 1].is_word()
                    && d.grammar.passive_auxiliaries.is_folded(input.word(k - 1));
                !passive
                    && !d.intro.contains(w)
                    && !d.boundary.contains(w)
                    && !d.determiners.contains(w)
                    && !crate::attribution::source_names::is_preposition(d, w)
            }) {
                return Ok((done, (found.0, Some(found.1))));
            }
        }
        let np = if headline {
            Some(whole)
        } else if colon {
            signed_name(whole)
        } else {
            None
        };
        if let Some(np) = np {
            let name = name_run(d, np);
            let cue = Cue {
                first: input.at + n - 1,
                last: input.at + n - 1,
            };
            return Ok((
                done,
                (
                    cue,
                    Some(Source {
                        all: np.at..np.end(),
                        name: name.0..name.1,
                    }),
                ),
            ));
        }
        match lead_in(d, input) {
            Some((cue, src)) => Ok((done, (cue, Some(src)))),
            None => miss(input, Expected::Source),
        }
    }
}

/// Is one of the four words before token `j` ("as") a `quoted_as` verb,
/// with no punctuation between: "was quoted as", "quoted the minister as"?
fn quoted_before(d: &Data, input: Toks<'_>, j: usize) -> bool {
    (j.saturating_sub(4)..j)
        .rev()
        .take_while(|&i| input.toks[i].is_word())
        .any(|i| d.grammar.quoted_as.is_folded(input.word(i)))
}
