//! Direct quotations: each quotation in the article, with the attribution
//! after it (`“…,” X said`), before it (`X said: “…”`), around it (a quote
//! split by its attribution), or carried on from the sentence before.

use super::data::Data;
use super::found::{sentence_of, Found};
use super::grammar::{
    after_quote, after_quote_any_verb, after_quote_handed_on, before_quote, is_possessive,
};
use super::items::{before_item, ends_item, opens_item};
use super::neighbours::{after_colon, after_narration, after_paragraph, signature, signed_next};
use super::outcries::{naming, outcry};
use super::toks::Toks;
use super::AttributionKind;
use crate::model::conventions::Level;
use crate::model::{Document, TokenKind};

/// Does the quotation opening at token `open` start a clause (direct
/// speech) rather than sit inside one (a scare quote, a mixed quote)?
fn starts_clause(doc: &Document<'_>, d: &Data, open: usize, sentence_start: usize) -> bool {
    if open <= sentence_start {
        return true;
    }
    let t = doc.tokens[open - 1];
    match t.kind() {
        TokenKind::Punct(':' | ',' | '—' | '–' | '-' | '(') | TokenKind::Open(_) => true,
        TokenKind::Word => {
            let w = t.text(doc.text);
            d.speech.contains(w) || w.eq_ignore_ascii_case("that")
        }
        _ => false,
    }
}

/// The quotation whose opening mark is token `tok`, if any.
fn quotation_opening_at(doc: &Document<'_>, tok: usize) -> Option<usize> {
    let at = doc.tokens.get(tok)?.span.start;
    let i = doc.quotations.partition_point(|q| q.span.start < at);
    (i < doc.quotations.len() && doc.quotations[i].span.start == at && doc.quotations[i].depth == 0)
        .then_some(i)
}

/// Is `q`, inside `outer`, a quotation of its own that a stray mark of
/// another style wraps: `"Trump laughed it off, interjecting, “Only Rosie.”`
/// (text pasted with its paragraph in straight marks)? A real quotation
/// inside a quotation takes the inner marks, so double marks of two
/// styles nested one level deep are two layers of copy, not of speech.
fn in_stray_wrapper(
    doc: &Document<'_>,
    outer: &crate::model::Quotation,
    q: &crate::model::Quotation,
) -> bool {
    q.depth == 1
        && q.level == Level::Outer
        && outer.level == Level::Outer
        && doc.marks[outer.open as usize].glyph != doc.marks[q.open as usize].glyph
}

/// Finds the direct and mixed attributions into `out`, and returns the
/// cue tokens of those whose verb has no subject of its own ("…, adding:
/// “…”", "and added, “…”"): `hand_on` gives them the source of the
/// attribution before them in their sentence once reported speech is found.
pub fn find(doc: &Document<'_>, d: &Data, out: &mut Vec<Found>) -> Vec<usize> {
    let mut handed = Vec::new();
    let mut merged = vec![false; doc.quotations.len()];
    // Per sentence, the index of its last word (or its start when it has
    // none), found once when first asked: whether a clause goes on after a
    // closing mark is then one comparison, where a search to the
    // sentence's end made a sentence of nothing but marks quadratic.
    let mut last_words: Vec<u32> = Vec::new();
    let mut last_word = |si: usize| {
        if last_words.is_empty() {
            last_words = vec![u32::MAX; doc.sentences.len()];
        }
        if last_words[si] == u32::MAX {
            let s = &doc.sentences[si];
            let (a, b) = (s.tokens.start as usize, s.tokens.end as usize);
            last_words[si] = doc.tokens[a..b]
                .iter()
                .rposition(|t| t.is_word())
                .map_or(s.tokens.start, |k| (a + k) as u32);
        }
        last_words[si] as usize
    };
    let mut outer = 0;
    for (qi, q) in doc.quotations.iter().enumerate() {
        if q.depth == 0 {
            outer = qi;
        }
        // Single marks quote at the top level too (headlines, en-GB), when closed.
        if merged[qi]
            || (q.depth > 0 && !in_stray_wrapper(doc, &doc.quotations[outer], q))
            || (q.level != Level::Outer && q.close.is_none())
        {
            continue;
        }
        let om = &doc.marks[q.open as usize];
        if om.in_markup {
            continue;
        }
        let open = om.token as usize;
        let s_open = sentence_of(doc, open);
        let sent = &doc.sentences[s_open];
        let s_start = sent.tokens.start as usize;
        let clause = starts_clause(doc, d, open, s_start);

        // A quotation the model could not close because its closing mark is
        // of another glyph (`“…," she said`, `“…,“ he said`): the next mark in
        // the paragraph closes it when an attribution follows.
        let close_mark = q.close.map(|c| c as usize).or_else(|| {
            let m = q.open as usize + 1;
            let mk = doc.marks.get(m)?;
            (mk.block == om.block && !mk.in_markup && mk.level == Level::Outer).then_some(m)
        });
        // After: `“…,” X said.` / `“…,” said X.`
        if let Some(c) = close_mark {
            let repaired = q.close.is_none();
            let close = doc.marks[c].token as usize;
            let mut s_close = sentence_of(doc, close);
            let mut end = doc.sentences[s_close].tokens.end as usize;
            // `“Why are you still endorsing him?” Obama asked.`: a question or
            // exclamation ends the sentence at its closing mark, and the
            // speaker stands in the next sentence of the paragraph.
            if close + 1 >= end && close > 0 && signed_next(doc, d, open, close, s_close) {
                s_close += 1;
                end = doc.sentences[s_close].tokens.end as usize;
            }
            if close + 1 < end {
                let rest = Toks::new(doc.text, &doc.tokens, close + 1..end);
                // The quotation's own last mark: `,”` / `?”` / `!”`.
                let handed_on = clause
                    && close > 0
                    && matches!(
                        doc.tokens[close - 1].kind(),
                        TokenKind::Punct(',' | '?' | '!')
                    );
                let parsed = if handed_on {
                    after_quote_handed_on(d)(rest).or_else(|_| after_quote_any_verb(d)(rest))
                } else {
                    after_quote(d)(rest)
                };
                if let Ok((_, (cue, src))) = parsed {
                    let mut content = q.span;
                    if repaired {
                        content = q.span.cover(doc.marks[c].span);
                        content.end = doc.marks[c].span.end;
                        // The mark does not open a quotation of its own.
                        if let Some(q1) = quotation_opening_at(doc, close) {
                            merged[q1] = true;
                        }
                    }
                    let mut last_sentence = s_close;
                    // A quotation split by its attribution: `“…,” X said, “…”`.
                    // An adjunct or participle may stand between the two
                    // parts when the first ends in its comma: `“This,” Smith
                    // said, pointing to the map, “is where we win.”`
                    let mut phrase_end = cue.last.max(src.all.end.saturating_sub(1)) + 1;
                    if handed_on && doc.tokens[close - 1].is_punct(',') {
                        let limit = (phrase_end + 16).min(end);
                        if let Some(j) = (phrase_end..limit)
                            .take_while(|&j| {
                                let t = doc.tokens[j];
                                !is_terminal_or_mark(t)
                            })
                            .filter(|&j| doc.tokens[j].is_punct(','))
                            .find(|&j| quotation_opening_at(doc, j + 1).is_some())
                        {
                            phrase_end = j;
                        }
                    }
                    if let Some(t) = doc.tokens.get(phrase_end) {
                        if t.is_punct(',') || t.is_punct(':') {
                            if let Some(q2) = quotation_opening_at(doc, phrase_end + 1) {
                                content = content.cover(doc.quotations[q2].span);
                                merged[q2] = true;
                                let c2 = doc.quotations[q2].span.end;
                                last_sentence = sentence_of(
                                    doc,
                                    doc.tokens.partition_point(|t| t.span.end < c2),
                                );
                            }
                        }
                    }
                    let kind = if clause {
                        AttributionKind::Direct
                    } else {
                        content = doc.tokens[s_start].span.cover(content);
                        AttributionKind::Mixed
                    };
                    out.push(Found {
                        kind,
                        cue,
                        source: Some(src),
                        content: Some(content),
                        sentence: sentence_of(doc, cue.first),
                        last_sentence,
                    });
                    continue;
                }
            }
        }

        // Before: `X said: “…”`, or `X said:` closing the paragraph before.
        // Mixed: `X called the deal “a disaster”`.
        if !clause && q.close.is_some() {
            if let Some(f) = naming(doc, d, s_start, open, q.span)
                .or_else(|| outcry(doc, d, s_start, open, q.span))
            {
                out.push(f);
                continue;
            }
        }
        let mut before = None;
        // The token after the closing mark the clause before the quotation
        // is read from, when one cuts it.
        let mut after_mark = None;
        // `X added that “third countries” will not …`: a quotation that does
        // not finish the clause it opens in is part of reported speech.
        let glued_to_word = open > s_start && doc.tokens[open - 1].is_word();
        let clause_goes_on = q.close.is_some_and(|c| {
            let close = doc.marks[c as usize].token as usize;
            last_word(sentence_of(doc, close)) > close
        });
        // But a speech verb right before a whole utterance quotes it: "he
        // yelled “You lie!” at the president".
        let verb_object = glued_to_word
            && d.speech.contains(doc.tokens[open - 1].text(doc.text))
            && doc.tokens.get(open + 1).is_some_and(|t| {
                t.is_word() && t.text(doc.text).starts_with(|c: char| c.is_uppercase())
            });
        if glued_to_word && clause_goes_on && !verb_object {
            continue;
        }
        // After a list marker, only a quotation that is the whole item:
        // a quoted headline with its byline after it is no speech.
        let item = open == s_start
            || opens_item(doc, s_start, open)
                && q.close
                    .is_some_and(|c| ends_item(doc, doc.marks[c as usize].token as usize));
        if !item && clause {
            // From the last closing mark in the sentence, if any.
            let from = (s_start..open)
                .rev()
                .find(|&k| {
                    matches!(doc.tokens[k].kind(), TokenKind::Quote(_))
                        && !is_possessive(doc.text, &doc.tokens, k)
                })
                .map_or(s_start, |k| k + 1);
            if from < open {
                before = before_quote(d)(Toks::new(doc.text, &doc.tokens, from..open)).ok();
                after_mark = (from > s_start).then_some(from);
            }
        } else if let Some(p) = (item && open <= s_start + 2)
            .then(|| before_item(doc, s_open))
            .flatten()
        {
            let prev = &doc.sentences[p];
            let pe = prev.tokens.end as usize;
            if doc.tokens[pe - 1].is_punct(':') {
                let lead = Toks::new(doc.text, &doc.tokens, prev.tokens.start as usize..pe);
                before = before_quote(d)(lead).ok();
            }
        }
        if let Some((_, (cue, src))) = before {
            let sentence = sentence_of(doc, cue.first);
            // A participle right after an attribution ("…, Lee said,
            // adding", "called it “a farce,” adding") hangs off that
            // attribution, not off the sentence's first noun.
            let word_at = |k: usize| doc.tokens[k].text(doc.text);
            let after_attribution = cue.first > 1
                && word_at(cue.first).ends_with("ing")
                && match doc.tokens[cue.first - 1].kind() {
                    TokenKind::Quote(_) => true,
                    TokenKind::Punct(',') => d.speech.contains(word_at(cue.first - 2)),
                    _ => false,
                };
            // "He turned to the crowd and said, “…”", "Fans booed, shouting
            // “…”": the subject of the first of the joined verbs.
            let src = src.or_else(|| super::joined::quote_speaker(doc, d, sentence, cue.first));
            // "Continued Stone: “…”": the speaker after a cue that opens
            // the sentence.
            let src = src.or_else(|| {
                let st = doc.sentences[sentence].tokens.start as usize;
                let colon = (cue.last + 1..open)
                    .find(|&k| doc.tokens[k].is_punct(':') || doc.tokens[k].is_punct(','))?;
                (cue.first == st && colon > cue.last + 1)
                    .then(|| {
                        let name = Toks::new(doc.text, &doc.tokens, cue.last + 1..colon);
                        super::grammar::inverted(d)(name).ok().map(|(_, s)| s)
                    })
                    .flatten()
            });
            let src = src.or_else(|| {
                after_mark
                    .filter(|&m| {
                        cue.first == m || cue.first == m + 1 && doc.tokens[m].is_punct(',')
                    })
                    .and_then(|m| super::titled::titled_subject(doc, d, s_start, m))
            });
            // Still no subject ("Lee said the fund was empty but added,
            // “…”"): the attribution before it in the sentence gives one,
            // once reported speech is found.
            if src.is_none() || after_attribution {
                handed.push(cue.first);
            }
            // "…, adding: “…”": the speaker of the attribution before, in
            // its sentence only. A sentence or two back the reader takes
            // whoever the narration made the subject since, not the last
            // quoted speaker (on PolNeAR train each such borrowing was
            // wrong).
            let src = src.or_else(|| {
                out.iter()
                    .rev()
                    .take_while(|f| f.sentence == sentence)
                    .find(|f| f.source.is_some())
                    .and_then(|f| f.source.clone())
            });
            out.push(Found {
                kind: AttributionKind::Direct,
                cue,
                source: src,
                content: Some(q.span),
                sentence,
                last_sentence: sentence_of(
                    doc,
                    doc.tokens.partition_point(|t| t.span.end < q.span.end),
                ),
            });
            continue;
        }

        if let Some(f) = signature(doc, q) {
            out.push(f);
            continue;
        }
        if let Some(f) = after_colon(doc, d, q, s_start, open) {
            out.push(f);
            continue;
        }

        // Carried on: `“…,” he said. “…”` — the next sentence or paragraph
        // goes on quoting the same speaker.
        if item {
            let carried = out
                .last()
                .is_some_and(|l| l.last_sentence + 1 == s_open || l.last_sentence == s_open);
            if !carried {
                if let Some(f) = after_narration(doc, d, q, s_open) {
                    out.push(f);
                    continue;
                }
                if let Some(f) = after_paragraph(doc, d, q, s_open) {
                    out.push(f);
                    continue;
                }
            }
            let before = before_item(doc, s_open);
            if let Some(last) = out.last_mut() {
                let prev_block_ok = last.last_sentence + 1 == s_open
                    || last.last_sentence == s_open
                    || before == Some(last.last_sentence);
                // A mixed quotation too: `Golf is “a thin business,” Reed
                // said. “Few clubs make money.”` quotes Reed again.
                if last.kind != AttributionKind::Indirect && prev_block_ok {
                    if let Some(c) = last.content.as_mut() {
                        *c = c.cover(q.span);
                        last.last_sentence = sentence_of(
                            doc,
                            doc.tokens.partition_point(|t| t.span.end < q.span.end),
                        );
                    }
                }
            }
        }
    }
    handed.sort_unstable();
    handed
}

/// Gives each attribution whose cue is in `handed` (sorted) the source of
/// the nearest attribution before it in its sentence: "Lee said the fund
/// was empty and added, “…”" quotes Lee, whom only reported speech names.
/// `found` is in cue order.
pub fn hand_on(found: &mut [Found], handed: &[usize]) {
    for i in 1..found.len() {
        let f = &found[i];
        if handed.binary_search(&f.cue.first).is_err() {
            continue;
        }
        let giver = found[..i]
            .iter()
            .rev()
            .take_while(|g| g.sentence == f.sentence)
            .find(|g| g.cue.last < f.cue.first && g.source.is_some())
            .and_then(|g| g.source.clone());
        if giver.is_some() {
            found[i].source = giver;
        }
    }
}

/// Ends a sentence or clause, or is a quotation mark: no split quotation
/// reaches across it.
fn is_terminal_or_mark(t: crate::model::Token) -> bool {
    matches!(
        t.kind(),
        TokenKind::Punct('.' | '?' | '!' | ';' | ':') | TokenKind::Quote(_)
    )
}
