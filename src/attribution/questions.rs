//! A question put to someone, told in the passive with no subject: "When
//! asked whether the plant would close, Lee said …", "Asked by a reporter
//! about the vote, she …". The question is reported speech; its asker is
//! the agent after "by", or unnamed.

use super::data::Data;
use super::found::{token_span, Found};
use super::grammar::{Cue, Source};
use super::AttributionKind;
use crate::model::{Document, TokenKind};

/// How far after the participle the question may open ("asked by a host
/// on a morning show whether …").
const REACH: usize = 12;

/// Does the cue at token `k`, in sentence `si` (tokens `st..en`), put a
/// question in the passive ("Asked whether …", "when asked about …")?
/// Yields its attribution: the asker after "by", if any, and the question.
pub fn asked(
    doc: &Document<'_>,
    d: &Data,
    (st, en, si): (usize, usize, usize),
    k: usize,
) -> Option<Found> {
    let g = &d.grammar;
    let word = |j: usize| {
        let t = doc.tokens[j];
        t.is_word().then(|| t.text(doc.text))
    };
    if !word(k).is_some_and(|w| g.passive_questions.is_folded(w)) {
        return None;
    }
    // At the start of the sentence or its clause, or after "when",
    // "after" and their like: no subject stands before it.
    let opens = k == st
        || doc.tokens[k - 1].is_punct(',')
        || word(k - 1).is_some_and(|w| g.question_openers.is_folded(w));
    if !opens {
        return None;
    }
    // Nothing but a question word, "by", an adjunct or an adverb right
    // after it: "asked her what she did" has an object, and a subject
    // before it somewhere.
    let next_ok = word(k + 1).is_some_and(|w| {
        g.question_words.is_folded(w)
            || w.eq_ignore_ascii_case("by")
            || g.time_or_place.is_folded(w)
            || g.adjunct_starts.is_folded(w)
            || w.ends_with("ly")
    });
    if !next_ok {
        return None;
    }
    let stop = |j: usize| {
        let t = doc.tokens[j];
        t.is_punct(',') || t.is_punct(';') || matches!(t.kind(), TokenKind::Quote(_))
    };
    let lim = en.min(k + 1 + REACH);
    let open = (k + 1..lim)
        .take_while(|&j| !stop(j))
        .find(|&j| word(j).is_some_and(|w| g.question_words.is_folded(w)))?;
    // "about the vote": the topic after "about" is what was asked.
    let from = if word(open).is_some_and(|w| w.eq_ignore_ascii_case("about")) {
        open + 1
    } else {
        open
    };
    // The question runs to the comma that ends the opening phrase (a
    // closing mark right after it belongs to the question), or the
    // sentence's end.
    let mut to = (from..en)
        .find(|&j| doc.tokens[j].is_punct(','))
        .unwrap_or(en);
    if to < en
        && doc
            .tokens
            .get(to + 1)
            .is_some_and(|t| matches!(t.kind(), TokenKind::Quote(_)))
    {
        to += 2;
    }
    while to > from
        && matches!(
            doc.tokens[to - 1].kind(),
            TokenKind::Punct('.' | '?' | '!' | ',')
        )
    {
        to -= 1;
    }
    if to <= from {
        return None;
    }
    // "Asked by Ann Roe whether …": the asker stands between "by" and
    // the question.
    let asker =
        (word(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("by")) && open > k + 2).then(|| {
            Source {
                all: k + 2..open,
                name: k + 2..open,
            }
        });
    Some(Found {
        kind: AttributionKind::Indirect,
        cue: Cue { first: k, last: k },
        source: asker,
        content: Some(token_span(doc, from..to)),
        sentence: si,
        last_sentence: si,
    })
}
