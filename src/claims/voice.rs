//! Whose words a sentence is, before anyone asks whether it is a claim:
//! someone's own words printed as such (a signed reader's comment, an
//! interview's answers, an embedded post), the writer speaking of
//! themselves, or a question. None of these is a claim the writer makes
//! on someone else's behalf, so the claims rule does not judge them.

use super::data::Data;
use crate::model::{Block, BlockKind, Document, Sentence, TokenKind};

/// Paragraphs printed as someone's own words: those above a signature
/// line (a reader's comment above "Ken White."), back to the heading,
/// label or signature before them and at most three; the answers of an
/// interview printed as questions and answers ("Q: …" / "A: …"); and a
/// post embedded in the article (`<tweet author="@x">…</tweet>`), which
/// prints its author's words under their name as a signed comment does.
pub fn own_words_blocks(doc: &Document<'_>, data: &Data) -> Vec<bool> {
    let mut signed = vec![false; doc.blocks.len()];
    // A block that opens with one of `labels` and a colon ("Q: …").
    let opens = |b: &Block, labels: &[String]| {
        let t = b.span.text(doc.text);
        labels.iter().any(|label| {
            t.strip_prefix(label.as_str())
                .is_some_and(|rest| rest.starts_with(':'))
        })
    };
    let mut asked = false;
    for (i, b) in doc.blocks.iter().enumerate() {
        asked |= opens(b, &data.interview_questions);
        if asked && opens(b, &data.interview_answers) || embeds(b.span.text(doc.text), data) {
            signed[i] = true;
        }
        if b.kind != BlockKind::Signature {
            continue;
        }
        for k in (i.saturating_sub(3)..i).rev() {
            if !doc.blocks[k].kind.is_body() {
                break;
            }
            signed[k] = true;
        }
    }
    signed
}

/// Does `text` hold a tag of an embedded post (`<tweet …>`, `<tweet/>`)?
fn embeds(text: &str, data: &Data) -> bool {
    if data.embeds.is_empty() {
        return false;
    }
    text.match_indices('<').any(|(at, _)| {
        let rest = &text[at + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        data.embeds.iter().any(|name| {
            rest.strip_prefix(name.as_str())
                .is_some_and(|r| r.starts_with([' ', '>', '/']))
        })
    })
}

/// A question asks; it does not claim.
pub fn question(doc: &Document<'_>, s: &Sentence) -> bool {
    doc.tokens[s.tokens.start as usize..s.tokens.end as usize]
        .iter()
        .rev()
        .find(|t| !matches!(t.kind(), TokenKind::Quote(_) | TokenKind::Close(_)))
        .is_some_and(|t| t.is_punct('?'))
}

/// A sentence whose subject is the writer ("I had to pay …", "(I’d love to
/// have been there.)"): the writer's own experience or view, which the
/// writer vouches for by saying "I".
pub fn writers_own(doc: &Document<'_>, data: &Data, s: &Sentence) -> bool {
    doc.tokens[s.tokens.start as usize..s.tokens.end as usize]
        .iter()
        .find(|t| !matches!(t.kind(), TokenKind::Open(_)))
        .is_some_and(|t| t.is_word() && data.writer_subjects.contains(t.text(doc.text)))
}

/// Where the document tells how the reporter sought comment ("Aides could
/// not be reached for comment Saturday", "The campaign did not respond to
/// emailed questions"): the writer's account of their own reporting, on
/// their own authority. The byte offsets of each phrase's last word, in
/// order; a sentence holding one is not judged.
pub fn comment_requests(doc: &Document<'_>, data: &Data) -> Vec<u32> {
    let is = |k: usize, w: &str| {
        let t = doc.tokens[k];
        t.is_word() && t.text(doc.text).eq_ignore_ascii_case(w)
    };
    // Found in the text by a byte search, then read as words: a match must
    // be a whole token, with the phrase's other words right before it.
    let mut out = Vec::new();
    for (phrase, finder) in data.comment_requests.iter().zip(&data.comment_finders) {
        let before = &phrase[..phrase.len() - 1];
        for at in finder.find_iter(doc.text.as_bytes()) {
            let k = doc.tokens.partition_point(|t| (t.span.start as usize) < at);
            let whole = doc.tokens.get(k).is_some_and(|t| {
                t.span.start as usize == at
                    && (t.span.end - t.span.start) as usize == finder.needle().len()
            });
            if whole
                && k >= before.len()
                && before
                    .iter()
                    .enumerate()
                    .all(|(j, w)| is(k - before.len() + j, w))
            {
                out.push(at as u32);
            }
        }
    }
    // Each phrase's matches are in order; together they are sorted once.
    out.sort_unstable();
    out
}

/// Does the sentence spanning `span` hold one of `requests` (as
/// [`comment_requests`] gives them)?
pub fn holds_request(requests: &[u32], span: crate::span::Span) -> bool {
    let i = requests.partition_point(|&o| o < span.start);
    requests.get(i).is_some_and(|&o| o < span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_is_its_tag_opened_closed_or_empty_and_no_other() {
        let lang = crate::lang::Lang::english();
        let data = &lang.claims;
        assert!(embeds("<tweet id=\"1\">Text</tweet>.", data));
        assert!(embeds("Text<tweet/>.", data));
        assert!(embeds("“Text.”</tweet>", data));
        // Another tag, or a longer name, or the word in prose, is not one.
        assert!(!embeds("<b>Text</b>", data));
        assert!(!embeds("<tweets>Text", data));
        assert!(!embeds("In a tweet, she said so.", data));
    }
}
