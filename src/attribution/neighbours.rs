//! Quotations that a neighbouring sentence or paragraph attributes: a
//! bare attribution after a quotation closed by its own mark (`“…?” Obama
//! asked.`), a signature under it (`— Bernie Sanders`), a clause before
//! its colon, the narration just before it, or reported speech closing
//! the paragraph before. Used by `direct`; `names_no_one` by `orphans` too.

use super::data::Data;
use super::found::{sentence_of, Found};
use super::grammar::{after_quote, is_possessive};
use super::toks::Toks;
use super::AttributionKind;
use crate::model::conventions::Level;
use crate::model::{Document, Token, TokenKind};

/// Does the sentence after the one closed at mark token `close` attribute
/// the quotation — one ending in its own `?`, `!` or `.` — and nothing
/// else: a speaker, a speech verb and at most its object and adjuncts
/// ("Obama asked Republican politicians.")? A full stop where a comma
/// belongs (`“We will win.” Ruiz said.`) is a common slip, and the bare
/// attribution after it can only be the quotation's — when the quotation
/// opens its sentence, so that no cue before it has taken it already
/// (`Ruiz said: “We will win.” Lopez agreed.`).
pub(super) fn signed_next(
    doc: &Document<'_>,
    d: &Data,
    open: usize,
    close: usize,
    s_close: usize,
) -> bool {
    let opens_sentence = doc.sentences[sentence_of(doc, open)].tokens.start as usize == open;
    let ok = match doc.tokens[close - 1].kind() {
        TokenKind::Punct('?' | '!') => true,
        TokenKind::Punct('.') => opens_sentence,
        _ => false,
    };
    if !ok {
        return false;
    }
    let Some(next) = doc.sentences.get(s_close + 1) else {
        return false;
    };
    if next.block != doc.sentences[s_close].block {
        return false;
    }
    let toks = Toks::new(
        doc.text,
        &doc.tokens,
        next.tokens.start as usize..next.tokens.end as usize,
    );
    let Ok((rest, (cue, _))) = after_quote(d)(toks) else {
        return false;
    };
    let verb = doc.tokens[cue.first].text(doc.text);
    let told = d.object_first.contains(verb);
    // A few words (whom it was asked of) or adjuncts only; no clause.
    if rest.len() <= 4 {
        return true;
    }
    match super::grammar::complement(d, told)(rest) {
        Ok((_, super::grammar::Complement::End)) => true,
        // "“…?” Trump told Britain’s ITV television station in an
        // interview aired on Monday when asked …": the audience and a long
        // adjunct, but no "that" and no clause of its own.
        // "“…?” Lichtman said about McCain's effort to …", "“…?” Clinton
        // asks as a guard walks in": a topic or a time clause.
        Ok((_, super::grammar::Complement::Clause { that: false, .. })) => {
            (told && super::grammar::audience_then_adjunct(d, rest))
                || rest.first().is_some_and(|t| t.is_word())
                    && d.grammar.topic_or_time.is_folded(rest.word(0))
        }
        _ => false,
    }
}

/// A quotation that fills its paragraph, signed in the next one with a
/// dash and the speaker: `“…”` ⏎ `— Bernie Sanders.` (pull quotes, fact
/// checks, "quotable" boxes). The source runs to the first comma: `-Barack
/// Obama, tweeting after the speech`. Signed on its own line instead
/// (`“…” — Dana Whitfield`), it is `credits`' to read.
pub(super) fn signature(doc: &Document<'_>, q: &crate::model::Quotation) -> Option<Found> {
    let close = doc.marks[q.close? as usize].token as usize;
    let open = doc.marks[q.open as usize].token as usize;
    let s_open = sentence_of(doc, open);
    let block = doc.sentences[s_open].block as usize;
    let b = &doc.blocks[block];
    let (b0, b1) = (b.tokens.start as usize, b.tokens.end as usize);
    if open != b0 || close >= b1 {
        return None;
    }
    let only_terminal = doc.tokens[close + 1..b1]
        .iter()
        .all(|t| matches!(t.kind(), TokenKind::Punct('.' | '!' | '?')));
    if !only_terminal {
        return super::credits::credit_after(doc, q, open, close, b1);
    }
    let next = doc.blocks.get(block + 1)?;
    let (n0, n1) = (next.tokens.start as usize, next.tokens.end as usize);
    let dash = doc.tokens.get(n0)?;
    if n0 >= n1 || !matches!(dash.kind(), TokenKind::Punct('-' | '—' | '–')) {
        return None;
    }
    let mut end = (n0 + 1..n1)
        .find(|&k| doc.tokens[k].is_punct(','))
        .unwrap_or(n1);
    while end > n0 + 1 && doc.tokens[end - 1].is_punct('.') {
        end -= 1;
    }
    let name = Toks::new(doc.text, &doc.tokens, n0 + 1..end);
    let fits = !name.is_empty()
        && name.len() <= 8
        && name.toks[0].is_word()
        && name.word(0).starts_with(|c: char| c.is_uppercase())
        && name
            .toks
            .iter()
            .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('-'));
    if !fits {
        return None;
    }
    let sentence = sentence_of(doc, n0);
    let source = super::grammar::Source {
        all: n0 + 1..end,
        name: n0 + 1..end,
    };
    Some(Found::one_word_cue(
        AttributionKind::Direct,
        n0,
        source,
        q.span,
        sentence,
        sentence,
    ))
}

/// A cue word (or "according"), whose clause attributes by itself.
fn is_cue_word(doc: &Document<'_>, d: &Data, t: Token) -> bool {
    t.is_word() && {
        let w = t.text(doc.text);
        d.cues.contains(w) || w.eq_ignore_ascii_case("according")
    }
}

/// A whole sentence quoted after a colon that closes a clause with no
/// cue of its own: `NBC News has proof: “Should there be a database?”`,
/// `The rally had one message: “Stop the tax.”`. The quotation opens with
/// a capital and ends its sentence; the speaker is the clause's subject
/// when it opens with one ("NBC News"), else the last name in the clause
/// ("The result does not surprise pollster Dan Reed: “…”"); with neither
/// ("Then, the laugh line: “…”") the quotation is not attributed here.
pub(super) fn after_colon(
    doc: &Document<'_>,
    d: &Data,
    q: &crate::model::Quotation,
    s_start: usize,
    open: usize,
) -> Option<Found> {
    if open < s_start + 3 || !doc.tokens[open - 1].is_punct(':') {
        return None;
    }
    let close = doc.marks[q.close? as usize].token as usize;
    let first = doc.tokens.get(open + 1)?;
    if close <= open + 1
        || !first.is_word()
        || !first.text(doc.text).starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let s_close = sentence_of(doc, close);
    let end = doc.sentences[s_close].tokens.end as usize;
    if doc.tokens[close + 1..end]
        .iter()
        .any(|t| !matches!(t.kind(), TokenKind::Punct('.' | '!' | '?')))
    {
        return None;
    }
    // The clause before the colon: from the last mark, semicolon or colon.
    let from = (s_start..open - 1)
        .rev()
        .find(|&k| {
            let t = doc.tokens[k];
            (matches!(t.kind(), TokenKind::Quote(_)) && !is_possessive(doc.text, &doc.tokens, k))
                || matches!(t.kind(), TokenKind::Punct(';' | ':'))
        })
        .map_or(s_start, |k| k + 1);
    if from + 2 > open - 1 {
        return None;
    }
    let clause = Toks::new(doc.text, &doc.tokens, from..open - 1);
    // A cue before the colon ("She said the lesson was simple: “…”") is
    // reported speech's to attribute; not one opening a participle phrase
    // before the clause ("Asked which county he liked, Ruiz demurred: “…”").
    let opener = clause.toks.iter().skip(1).any(|t| t.is_punct(','))
        && clause.first().is_some_and(|t| {
            t.is_word() && t.text(doc.text).starts_with(|c: char| c.is_uppercase())
        });
    if clause.toks[usize::from(opener)..]
        .iter()
        .any(|&t| is_cue_word(doc, d, t))
    {
        return None;
    }
    // With no one to name, the quotation is left alone: on train-A three
    // in four such speakers stood elsewhere ("a threat many people make").
    let source =
        super::grammar::main_subject(d, clause).or_else(|| super::grammar::last_name(d, clause))?;
    Some(Found::one_word_cue(
        AttributionKind::Direct,
        open - 1,
        source,
        q.span,
        sentence_of(doc, open),
        s_close,
    ))
}

/// Does the quotation from mark token `open` to `close` read as a whole
/// sentence: a capitalised first word and a terminal mark before the close?
fn quotes_a_sentence(doc: &Document<'_>, open: usize, close: usize) -> bool {
    let first = doc.tokens[open + 1];
    first.is_word()
        && first.text(doc.text).starts_with(|c: char| c.is_uppercase())
        && matches!(
            doc.tokens[close - 1].kind(),
            TokenKind::Punct('.' | '?' | '!')
        )
}

/// Does `source` name no one: a subject such as "It" or "There", or a
/// determiner among them standing alone ("These booed", but not "those who
/// marched")?
pub(super) fn names_no_one(doc: &Document<'_>, d: &Data, source: &super::grammar::Source) -> bool {
    let head = doc.tokens[source.all.start].text(doc.text);
    d.no_one.contains(head) && (source.all.len() == 1 || !d.determiners.contains(head))
}

/// A whole sentence quoted right after a sentence of narration in its
/// paragraph, with no cue of its own: `The judge turned to the jury. “Is
/// that your verdict?”` The speaker is the narrated sentence's subject,
/// its verb the cue. The narration must quote nothing and hold no cue (a
/// cue there is reported speech's), and its subject must be a person or
/// body the grammar reads as a source (not "It" or "There").
pub(super) fn after_narration(
    doc: &Document<'_>,
    d: &Data,
    q: &crate::model::Quotation,
    s_open: usize,
) -> Option<Found> {
    if s_open == 0 {
        return None;
    }
    let open = doc.marks[q.open as usize].token as usize;
    let close = doc.marks[q.close? as usize].token as usize;
    let prev = &doc.sentences[s_open - 1];
    if prev.block != doc.sentences[s_open].block || close < open + 3 {
        return None;
    }
    // A whole sentence: capital first, terminal mark last, nothing after.
    let s_close = sentence_of(doc, close);
    if !quotes_a_sentence(doc, open, close)
        || close + 1 != doc.sentences[s_close].tokens.end as usize
    {
        return None;
    }
    let range = prev.tokens.start as usize..prev.tokens.end as usize;
    if doc.tokens[range.clone()]
        .iter()
        .any(|&t| t.quote().is_some() || is_cue_word(doc, d, t))
    {
        return None;
    }
    let clause = Toks::new(doc.text, &doc.tokens, range);
    let (source, verb) = super::grammar::subject_and_verb(d, clause)?;
    if names_no_one(doc, d, &source) {
        return None;
    }
    Some(Found::one_word_cue(
        AttributionKind::Direct,
        verb,
        source,
        q.span,
        s_open - 1,
        s_close,
    ))
}

/// A quotation that fills its paragraph, with no cue of its own, right
/// after a paragraph whose last sentence reports someone's words: `Kerry
/// said 100,000 would be accepted.` ⏎ `“That adds up to 185,000.”` News
/// copy moves from paraphrase to quotation this way, and the speaker is
/// the subject of that last sentence. The cue is the opening mark, since the
/// sentence's own verb attributes its reported speech.
pub(super) fn after_paragraph(
    doc: &Document<'_>,
    d: &Data,
    q: &crate::model::Quotation,
    s_open: usize,
) -> Option<Found> {
    if s_open == 0 {
        return None;
    }
    let open = doc.marks[q.open as usize].token as usize;
    let close = doc.marks[q.close? as usize].token as usize;
    let sent = &doc.sentences[s_open];
    let prev = &doc.sentences[s_open - 1];
    let b = &doc.blocks[sent.block as usize];
    // Single marks opening a paragraph are mostly headings ('A change
    // warrior.'), not speech.
    if q.level != Level::Outer
        || prev.block + 1 != sent.block
        || open != b.tokens.start as usize
        || close < open + 3
        || close >= b.tokens.end as usize
    {
        return None;
    }
    let fills = doc.tokens[close + 1..b.tokens.end as usize]
        .iter()
        .all(|t| matches!(t.kind(), TokenKind::Punct('.' | '!' | '?')));
    if !fills || !quotes_a_sentence(doc, open, close) {
        return None;
    }
    // Narration alone ("The mayor faced the council.") may close a scene
    // before a quotation from anyone; reported speech hands on its speaker.
    let range = prev.tokens.start as usize..prev.tokens.end as usize;
    if !doc.tokens[range.clone()]
        .iter()
        .any(|&t| is_cue_word(doc, d, t))
    {
        return None;
    }
    let source = super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, range))?;
    if names_no_one(doc, d, &source) {
        return None;
    }
    let s_close = sentence_of(doc, close);
    Some(Found::one_word_cue(
        AttributionKind::Direct,
        open,
        source,
        q.span,
        s_open,
        s_close,
    ))
}
