//! A subject whose appositive quotes a title: `Ann Marsh, author of “The
//! Long Road,” put it this way: “…”`. The title's closing mark cuts the
//! clause before the quotation, so the cue after it reads as having no
//! subject; the subject is the name the sentence opens with.

use super::data::Data;
use super::grammar::{subject, Source};
use super::toks::Toks;
use crate::model::token::is_capitalised;
use crate::model::{Document, TokenKind};

/// The longest title read as one: a book, film or programme name.
const MAX_TITLE: usize = 12;

/// The source of a cue right after the closing mark at `after_mark - 1`,
/// when that mark closes a title inside an appositive: the title's
/// opening mark follows a lower-case word ("author of “", "host of “")
/// and opens on a capitalised word, and the sentence opens with a
/// subject set off by a comma before it. `None` otherwise.
pub fn titled_subject(
    doc: &Document<'_>,
    d: &Data,
    s_start: usize,
    after_mark: usize,
) -> Option<Source> {
    let close = after_mark.checked_sub(1)?;
    let is_mark = |k: usize| matches!(doc.tokens[k].kind(), TokenKind::Quote(_));
    // The title's opening mark: the nearest mark before, a few words back.
    let open = (close.saturating_sub(MAX_TITLE).max(s_start)..close)
        .rev()
        .find(|&k| is_mark(k))?;
    let word = |k: usize| {
        let t = doc.tokens[k];
        t.is_word().then(|| t.text(doc.text))
    };
    let glued = open > s_start && word(open - 1).is_some_and(|w| !is_capitalised(w));
    let titled = word(open + 1).is_some_and(is_capitalised);
    if !glued || !titled {
        return None;
    }
    // "As Ann Marsh, author of “…,” put it": the "as" (and a conjunction
    // before it) is no part of the subject.
    let mut start = s_start;
    while start + 1 < open
        && word(start).is_some_and(|w| {
            d.grammar.lead_conjunctions.is_folded(w) || w.eq_ignore_ascii_case("as")
        })
    {
        start += 1;
    }
    // The subject: what stands before the sentence's first comma, read
    // whole, with the title after that comma.
    let comma = (start..open).find(|&k| doc.tokens[k].is_punct(','))?;
    if comma == start || (start..comma).any(is_mark) {
        return None;
    }
    let (left, src) = subject(d)(Toks::new(doc.text, &doc.tokens, start..comma)).ok()?;
    left.is_empty().then_some(src)
}
