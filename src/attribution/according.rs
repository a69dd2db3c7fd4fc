//! "According to X": the phrase that attributes the clause around it, or
//! the quotation right before it (`“…,” according to X.`). Read by the
//! reported-speech scan when it meets "according".

use super::clauses::clause_start;
use super::data::Data;
use super::found::{quotation_at, Found};
use super::grammar::according;
use super::reported::{content_before, trimmed};
use super::toks::Toks;
use super::AttributionKind;
use crate::model::{Document, TokenKind};

/// The attribution of the "according to" at token `k` of sentence `si`
/// (tokens `st..en`), and the token after its source; `None` when no
/// source follows.
pub(super) fn according_at(
    doc: &Document<'_>,
    d: &Data,
    (st, en, si): (usize, usize, usize),
    k: usize,
) -> Option<(Found, usize)> {
    let (_, (cue, src)) = according(d)(Toks::new(doc.text, &doc.tokens, k..en)).ok()?;
    let end = src.all.end;
    // "“…,” according to X.": the quotation just before.
    let quoted = (k > st && matches!(doc.tokens[k - 1].kind(), TokenKind::Quote(_)))
        .then(|| quotation_at(doc, doc.tokens[k - 1].span.start))
        .flatten()
        .filter(|&q| doc.quotations[q].span.end == doc.tokens[k - 1].span.end);
    if let Some(q) = quoted {
        let f = Found {
            kind: AttributionKind::Direct,
            cue,
            source: Some(src),
            content: Some(doc.quotations[q].span),
            sentence: si,
            last_sentence: si,
        };
        return Some((f, end));
    }
    let cs = clause_start(doc, d, st, k);
    let content = if cs == k
        || (k > st
            && doc.tokens[k - 1].is_word()
            && d.intro.contains(doc.tokens[k - 1].text(doc.text))
            && k - 1 == cs)
    {
        // "According to X, …": the rest of the sentence.
        let mut a = src.all.end;
        if a < en && doc.tokens[a].is_punct(',') {
            a += 1;
        }
        trimmed(doc, a, en)
    } else {
        content_before(doc, cs, k)
    };
    let f = Found {
        kind: AttributionKind::Indirect,
        cue,
        source: Some(src),
        content,
        sentence: si,
        last_sentence: si,
    };
    Some((f, end))
}
