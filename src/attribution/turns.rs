//! Transcript turns: a broadcast transcript quoted in an article gives each
//! speaker's words as a paragraph under a label in capitals (`TAPPER: Do
//! you think …`, `FALLIN: Well, I think …`). The label is the source, its
//! colon the cue and the rest of the paragraph the content: one
//! attribution per turn, as the corpus of record marks them. The verbs of
//! saying inside a turn ("I think", "they want") are the speaker's own
//! words, not the article's attributions, and go.
//!
//! Labels are read as speakers only in a dialogue, as the claims rule
//! reads them: three turns or more, under two names or more, one of which
//! speaks twice (by its last word: "JAKE TAPPER", then "TAPPER"). A lone
//! `UPDATE:` is a section label, and labels that never come back head a
//! roundup's paragraphs (`OHIO: …`, `TEXAS: …`). One-letter labels (`Q:`,
//! `A:`) are left alone:
//! interviews written that way are marked either turn by turn or claim by
//! claim, and neither reading is the more common.

use super::found::{sentence_of, token_span, Found};
use super::grammar::{Cue, Source};
use super::AttributionKind;
use crate::model::{Document, TokenKind};
use crate::span::Span;

/// Label words before the colon, at most.
const MAX_LABEL_WORDS: usize = 3;

/// The transcript turns of `doc`, in text order; none unless they form a
/// dialogue.
pub fn find(doc: &Document<'_>) -> Vec<Found> {
    let mut turns = Vec::new();
    let mut labels: Vec<&str> = Vec::new();
    for b in doc.blocks.iter().filter(|b| b.kind.is_body()) {
        let (t0, t1) = (b.tokens.start as usize, b.tokens.end as usize);
        let Some(colon) = label_end(doc, t0, t1) else {
            continue;
        };
        // The last word names the speaker: "JAKE TAPPER" and "TAPPER" are
        // one speaker.
        labels.push(doc.tokens[colon - 1].text(doc.text));
        let content = token_span(doc, colon + 1..t1);
        turns.push(Found {
            kind: AttributionKind::Indirect,
            cue: Cue {
                first: colon,
                last: colon,
            },
            source: Some(Source {
                all: t0..colon,
                name: t0..colon,
            }),
            content: Some(content),
            sentence: sentence_of(doc, colon),
            last_sentence: sentence_of(doc, t1 - 1),
        });
    }
    labels.sort_unstable();
    let repeats = labels.windows(2).any(|w| w[0] == w[1]);
    labels.dedup();
    if turns.len() < 3 || labels.len() < 2 || !repeats {
        turns.clear();
    }
    turns
}

/// The colon ending a speaker label that opens the paragraph of tokens
/// `t0..t1`: one to three words in capitals (two letters or more in all),
/// then `:` with the turn's words on the same line.
fn label_end(doc: &Document<'_>, t0: usize, t1: usize) -> Option<usize> {
    let mut words = 0;
    let mut letters = 0;
    let mut k = t0;
    while k < t1 && words <= MAX_LABEL_WORDS {
        let t = doc.tokens[k];
        match t.kind() {
            TokenKind::Word => {
                let w = t.text(doc.text);
                if w.chars().any(|c| c.is_lowercase()) || !w.chars().any(char::is_alphabetic) {
                    return None;
                }
                letters += w.chars().filter(|c| c.is_alphabetic()).count();
                words += 1;
            }
            // "SEN. KAINE", "O'MALLEY" split by the tokenizer.
            TokenKind::Punct('.' | '\'' | '’' | '-') if words > 0 => {}
            TokenKind::Punct(':') if words > 0 => break,
            _ => return None,
        }
        k += 1;
    }
    let colon = k;
    let said = colon + 1 < t1
        && doc.tokens[colon].is_punct(':')
        && words <= MAX_LABEL_WORDS
        && letters >= 2
        && doc.tokens[colon - 1].is_word()
        && !doc.text
            [doc.tokens[colon].span.end as usize..doc.tokens[colon + 1].span.start as usize]
            .contains('\n');
    said.then_some(colon)
}

/// Replaces the attributions inside the turns' words with the turns:
/// `found` ends in cue order.
pub fn replace_nested(found: &mut Vec<Found>, turns: Vec<Found>, doc: &Document<'_>) {
    let spans: Vec<Span> = turns.iter().filter_map(|t| t.content).collect();
    found.retain(|f| {
        let cue = doc.tokens[f.cue.first].span;
        !within(&spans, cue)
    });
    found.extend(turns);
    found.sort_by_key(|f| (f.cue.first, f.cue.last));
}

/// Does `span` lie inside one of `spans`? They are the turns' words, in
/// text order and apart, so one binary search finds the only candidate:
/// a transcript of thousands of turns asks this once per attribution.
pub fn within(spans: &[Span], span: Span) -> bool {
    let k = spans.partition_point(|s| s.start <= span.start);
    k > 0 && span.end <= spans[k - 1].end
}
