//! Quotations a word other than a verb of saying attributes: an outcry
//! noun (`chants of “…”`) and a naming verb (`called the deal “…”`).
//! Split from `direct.rs`, which finds the direct quotations and calls
//! these for the ones no speech verb attributes.

use super::data::Data;
use super::found::{sentence_of, Found};
use super::toks::Toks;
use super::AttributionKind;
use crate::model::{Document, TokenKind};
use crate::span::Span;

/// `their chants of “Ted! Ted!”`: words called out, quoted after an
/// outcry noun and "of". The speaker is the possessive before the noun
/// ("their", "the crowd's") when there is one; otherwise no one is named.
pub(super) fn outcry(
    doc: &Document<'_>,
    d: &Data,
    s_start: usize,
    open: usize,
    span: Span,
) -> Option<Found> {
    if open < s_start + 2 {
        return None;
    }
    let (of, noun) = (doc.tokens[open - 1], doc.tokens[open - 2]);
    if !of.is_word()
        || !of.text(doc.text).eq_ignore_ascii_case("of")
        || !noun.is_word()
        || !d.outcries.contains(noun.text(doc.text))
    {
        return None;
    }
    let v = open - 2;
    let source = (v > s_start)
        .then(|| {
            let p = v - 1;
            let w = doc.tokens[p];
            let possessive = w.is_word() && d.possessives.contains(w.text(doc.text));
            possessive.then_some(super::grammar::Source {
                all: p..p + 1,
                name: p..p + 1,
            })
        })
        .flatten()
        .or_else(|| outcry_subject(doc, d, s_start, v));
    let sentence = sentence_of(doc, v);
    Some(Found {
        kind: AttributionKind::Mixed,
        cue: super::grammar::Cue {
            first: v,
            last: open - 1,
        },
        source,
        content: Some(span),
        sentence,
        last_sentence: sentence,
    })
}

/// `Fans answered with loud chants of “…”`: an outcry after "with" (and
/// at most one adjective) is the clause subject's own, as the verb before
/// "with" is what the subject did. `noun` is the outcry noun's index.
fn outcry_subject(
    doc: &Document<'_>,
    d: &Data,
    s_start: usize,
    noun: usize,
) -> Option<super::grammar::Source> {
    let word = |k: usize| {
        let t = doc.tokens[k];
        t.is_word().then(|| t.text(doc.text))
    };
    let mut k = noun;
    if k > s_start + 1
        && word(k - 1).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase()) && w != "with" && !d.determiners.contains(w)
        })
    {
        k -= 1;
    }
    if k < s_start + 2 || word(k - 1) != Some("with") {
        return None;
    }
    super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, s_start..k - 1))
}

/// `X called the deal “a disaster”`: a naming verb shortly before the
/// quotation, with a subject before it.
pub(super) fn naming(
    doc: &Document<'_>,
    d: &Data,
    s_start: usize,
    open: usize,
    span: crate::span::Span,
) -> Option<Found> {
    let lo = open.saturating_sub(14).max(s_start);
    let find = |set: &super::WordSet| {
        (lo..open).rev().find(|&k| {
            let t = doc.tokens[k];
            t.is_word() && set.contains(t.text(doc.text))
        })
    };
    // `referred to him as “…”`: "as" right before the mark.
    let as_before = open > s_start && doc.tokens[open - 1].is_word() && {
        let w = doc.tokens[open - 1].text(doc.text);
        w.eq_ignore_ascii_case("as")
    };
    // `titled “…”`, `entitled, “…”`: the mark right after the verb.
    let next = (open > s_start + 1)
        .then(|| open - 1 - usize::from(doc.tokens[open - 1].is_punct(',')))
        .filter(|&k| {
            let t = doc.tokens[k];
            k > s_start && t.is_word() && d.naming_next.contains(t.text(doc.text))
        });
    let v = next
        .or_else(|| find(&d.naming))
        .or_else(|| as_before.then(|| find(&d.naming_as)).flatten())?;
    // A bare form after a singular noun or a determiner is a noun itself
    // ("a conference call", "the brand"); after a plural, a quantifier, a
    // pronoun, an auxiliary or "to" it is the verb ("critics call", "some
    // call", "they call", "would call", "to call").
    let w = doc.tokens[v].text(doc.text);
    if !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with('s')) && v > s_start {
        let p = doc.tokens[v - 1];
        let pw = p.text(doc.text);
        let verb_before = !p.is_word()
            || pw.starts_with(|c: char| c.is_uppercase())
            || d.pronouns.contains(pw)
            || d.between.contains(pw)
            || (pw.ends_with('s') && !pw.ends_with("ss") && !d.determiners.contains(pw))
            || d.grammar.verb_markers.is(pw);
        if !verb_before {
            return None;
        }
    }
    if doc.tokens[v + 1..open].iter().any(|t| {
        matches!(
            t.kind(),
            TokenKind::Quote(_) | TokenKind::Punct('.' | ';' | ':' | '!' | '?')
        )
    }) || super::senses::names_a_thing(doc, d, s_start, v, open)
    {
        return None;
    }
    let from = (s_start..v)
        .rev()
        .find(|&k| {
            let t = doc.tokens[k];
            matches!(t.kind(), TokenKind::Quote(_) | TokenKind::Punct(';' | ':'))
                || (t.is_word() && d.boundary.contains(t.text(doc.text)))
        })
        .map_or(s_start, |k| k + 1);
    if from >= v {
        return None;
    }
    // "Trump fired back at Clinton, calling her “crooked”": the subject of
    // the clause the participle hangs off.
    // So too "Mook released a memo titled “…”": the title hangs off the
    // thing titled, and Mook gave it.
    let hangs = v > from + 1
        && (doc.tokens[v].text(doc.text).ends_with("ing") && doc.tokens[v - 1].is_punct(',')
            || next == Some(v));
    let main_end = if doc.tokens[v - 1].is_punct(',') {
        v - 1
    } else {
        v
    };
    let src = match hangs
        .then(|| super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, from..main_end)))
        .flatten()
    {
        Some(src) => src,
        None => {
            super::grammar::subject(d)(Toks::new(doc.text, &doc.tokens, from..v))
                .ok()?
                .1
        }
    };
    let sentence = sentence_of(doc, v);
    Some(Found::one_word_cue(
        AttributionKind::Mixed,
        v,
        src,
        span,
        sentence,
        sentence,
    ))
}
