//! Single tokens: a word, a mark, a cue verb, the punctuation that stops a
//! phrase; the primitives the other parsers are made of.

use super::Cue;
use crate::attribution::data::Data;
use crate::attribution::toks::{miss, Expected, PResult, Toks};
use crate::model::conventions::Glyph;
use crate::model::{Token, TokenKind};
use nom::branch::alt;
use nom::Parser;

pub(super) fn is_mark(t: Token) -> bool {
    matches!(t.kind(), TokenKind::Quote(_))
}

/// Token `k` of `toks` is a quotation mark that quotes nothing: the
/// apostrophe of a plural possessive, glued to a word ending in "s" and
/// followed by a space ("Sanders’ campaign manager", "the Smiths' lawyer").
pub fn is_possessive(text: &str, toks: &[Token], k: usize) -> bool {
    let t = toks[k];
    if k == 0
        || !matches!(
            t.kind(),
            TokenKind::Quote(Glyph::CurlySingleRight | Glyph::StraightSingle)
        )
    {
        return false;
    }
    let p = toks[k - 1];
    p.is_word()
        && p.span.end == t.span.start
        && p.text(text).ends_with(['s', 'S'])
        && text[t.span.end as usize..].starts_with(' ')
}

/// A quotation mark that is not a plural possessive's apostrophe.
pub(super) fn is_mark_at(i: Toks<'_>, k: usize) -> bool {
    is_mark(i.toks[k]) && !is_possessive(i.text, i.toks, k)
}

/// Sentence-final punctuation, for trimming a sentence's end.
pub(super) fn is_terminal(t: Token) -> bool {
    matches!(t.kind(), TokenKind::Punct('.' | '!' | '?' | '…' | ';'))
}

/// `input` without the sentence's end: its terminal punctuation and
/// closing brackets.
pub(super) fn sentence_body(input: Toks<'_>) -> Toks<'_> {
    let mut end = input.len();
    while end > 0
        && (is_terminal(input.toks[end - 1])
            || matches!(input.toks[end - 1].kind(), TokenKind::Close(_)))
    {
        end -= 1;
    }
    input.sub(0, end)
}

/// Punctuation that stops a phrase inside a sentence. A full stop does
/// not: inside a sentence it ends an abbreviation ("Mr.", "U.S.").
pub(super) fn is_stop(t: Token) -> bool {
    matches!(t.kind(), TokenKind::Punct('!' | '?' | '…' | ';'))
}

/// One token that satisfies `pred`; yields its document index.
pub(super) fn one<'a>(
    pred: impl Fn(&'a str, Token) -> bool,
    expected: Expected,
) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    move |i: Toks<'a>| match i.first() {
        Some(t) if pred(t.text(i.text), t) => Ok((i.take_from_1(), i.at)),
        _ => miss(i, expected),
    }
}

impl<'a> Toks<'a> {
    fn take_from_1(&self) -> Toks<'a> {
        self.sub(1, self.len())
    }
}

pub(super) fn punct<'a>(c: char) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    one(move |_, t| t.is_punct(c), Expected::Punct)
}

pub(super) fn lit<'a>(word: &'static str) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    one(move |w, _| w.eq_ignore_ascii_case(word), Expected::Word)
}

pub(super) fn in_set<'a>(
    set: &'a crate::attribution::words::WordSet,
    e: Expected,
) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    one(move |w, t| t.is_word() && set.contains(w), e)
}

/// A cue verb, or "according to".
pub fn cue<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, Cue> {
    move |i: Toks<'a>| {
        alt((
            (lit("according"), lit("to")).map(|(a, b)| Cue { first: a, last: b }),
            in_set(&d.cues, Expected::Cue).map(|a| Cue { first: a, last: a }),
        ))
        .parse(i)
    }
}
