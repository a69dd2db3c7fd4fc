//! A quotation credited on its own line: `“…” — Dana Whitfield` or
//! `“…”― Omar Castillo, 34, a teacher` (vox pops, readers' letters, pull
//! quotes, testimonials). The dash after the closing mark stands for "said"
//! and the name after it is the speaker; nothing else in the paragraph
//! may follow, so a dash that goes on with the writer's own sentence
//! (`“Yes.” — The crowd roared.`) credits no one.

use super::found::{sentence_of, Found};
use super::grammar::Source;
use super::toks::Toks;
use super::AttributionKind;
use crate::model::{Document, Quotation, TokenKind};

/// The most tokens a credited name runs to ("Edwin G. Monroy", "Maria de
/// la Cruz Ortega"); more is a clause, not a name.
const MAX_NAME_TOKENS: usize = 8;

/// Is token `k` a dash that can stand for a credit: an em or en dash, a
/// hyphen (typed for a dash in plain text, one or two of them)?
fn is_dash(doc: &Document<'_>, k: usize) -> bool {
    matches!(doc.tokens[k].kind(), TokenKind::Punct('-' | '—' | '–'))
}

/// The credit after the quotation `q`, which opens its paragraph at token
/// `open` and closes at token `close` before the paragraph's end `b1`: a
/// dash right after the closing mark (a full stop or comma between them
/// allowed), a name, and then the paragraph's end or a comma opening a
/// description (age, job, town), which is not part of the source.
pub(super) fn credit_after(
    doc: &Document<'_>,
    q: &Quotation,
    open: usize,
    close: usize,
    b1: usize,
) -> Option<Found> {
    let mut k = close + 1;
    if k < b1 && matches!(doc.tokens[k].kind(), TokenKind::Punct('.' | ',')) {
        k += 1;
    }
    let dash = k;
    if k >= b1 || !is_dash(doc, k) {
        return None;
    }
    // "--" typed for a dash.
    while k < b1 && is_dash(doc, k) {
        k += 1;
    }
    let mut end = (k..b1).find(|&j| doc.tokens[j].is_punct(',')).unwrap_or(b1);
    while end > k && doc.tokens[end - 1].is_punct('.') {
        end -= 1;
    }
    let name = Toks::new(doc.text, &doc.tokens, k..end);
    if !is_name(&name) {
        return None;
    }
    let sentence = sentence_of(doc, open);
    let source = Source {
        all: k..end,
        name: k..end,
    };
    Some(Found::one_word_cue(
        AttributionKind::Direct,
        dash,
        source,
        q.span,
        sentence,
        sentence_of(doc, dash),
    ))
}

/// Does `name` read as a person's or a body's name: a few words, the first
/// capitalised and the others capitalised too or short particles ("de",
/// "van", "bin"), initials with their full stops, hyphens inside names?
/// A lower-case word of four letters or more ("The crowd roared") makes it
/// a clause.
fn is_name(name: &Toks<'_>) -> bool {
    if name.is_empty() || name.len() > MAX_NAME_TOKENS || !name.toks[0].is_word() {
        return false;
    }
    (0..name.len()).all(|i| {
        let t = name.toks[i];
        if t.is_punct('.') || t.is_punct('-') {
            return i > 0;
        }
        if !t.is_word() {
            return false;
        }
        let w = name.word(i);
        let upper = w.starts_with(|c: char| c.is_uppercase());
        if i == 0 {
            upper
        } else {
            upper || w.chars().count() <= 3
        }
    })
}
