//! Whose words a sentence is, before anyone asks whether it is a claim:
//! someone's own words printed as such (a signed reader's comment, an
//! interview's answers, an embedded post), the writer speaking of
//! themselves, or a question. None of these is a claim the writer makes
//! on someone else's behalf, so the claims rule does not judge them.

use super::data::Data;
use crate::attribution::Attribution;
use crate::model::{Block, BlockKind, Document, Sentence, TokenKind};

/// Paragraphs printed as someone's own words: those above a signature
/// line (a reader's comment above "Ken White."), back to the heading,
/// label or signature before them and at most three; the answers of an
/// interview printed as questions and answers ("Q: …" / "A: …"), with the
/// unlabelled paragraphs an answer runs on into; the turns of a printed
/// transcript ("TAPPER: …", "FALLIN: …"); and a post embedded in the
/// article (`<tweet author="@x">…</tweet>`), which prints its author's
/// words under their name as a signed comment does. Also an editor's note
/// on the article itself ("UPDATE: …"): page furniture, no one's claim.
pub fn own_words_blocks(doc: &Document<'_>, data: &Data, atts: &[Attribution]) -> Vec<bool> {
    let mut signed = vec![false; doc.blocks.len()];
    let text = |b: &Block| b.span.text(doc.text);
    let turns = transcript_turns(doc, atts);
    let (mut asked, mut answering) = (false, false);
    for (i, b) in doc.blocks.iter().enumerate() {
        let t = text(b);
        let question = opens(t, &data.interview_questions);
        asked |= question;
        // An answer runs on over the body paragraphs below it, up to the
        // next question or anything that is not running prose.
        if question || !b.kind.is_body() {
            answering = false;
        } else if asked && opens(t, &data.interview_answers) {
            answering = true;
        }
        if answering || turns[i] || embeds(t, data) || editors_note(t, data) {
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

/// How many words a paragraph that introduces a block quotation may have:
/// "Fox News reports:", "Reporter Jane Roe of the Tribune says:".
const INTRODUCER_WORDS: usize = 8;

/// How many words before its colon the verb of an introducer may stand:
/// "Cruz continued:", "Ward stated in the filing:".
const INTRODUCER_REACH: usize = 3;

/// The paragraphs introduced as someone's words by the paragraph before
/// them: a short one-sentence paragraph that names a source and ends with
/// a verb of saying and a colon ("Fox News reports:", "Cruz continued:").
/// What follows is that source's text set as a block quotation without
/// quotation marks, often opening mid-sentence ("…at least four …"); the
/// guideline's convention for a quotation holds for it. Only the next
/// paragraph: the writer may speak again after it.
pub fn introduced_blocks(
    doc: &Document<'_>,
    data: &Data,
    attr: &crate::attribution::Data,
) -> Vec<bool> {
    let mut out = vec![false; doc.blocks.len()];
    let bytes = doc.text.as_bytes();
    for (i, pair) in doc.blocks.windows(2).enumerate() {
        let (intro, next) = (&pair[0], &pair[1]);
        // A short line ending with a colon is often taken for a label.
        if !matches!(intro.kind, BlockKind::Paragraph | BlockKind::Label)
            || !next.kind.is_body()
            || intro.sentences.len() != 1
        {
            continue;
        }
        let s = &doc.sentences[intro.sentences.start as usize];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        if !toks.last().is_some_and(|t| t.is_punct(':')) {
            continue;
        }
        let words: Vec<_> = toks.iter().filter(|t| t.is_word()).collect();
        if words.len() < 2 || words.len() > INTRODUCER_WORDS {
            continue;
        }
        let says = |t: &&crate::model::Token| {
            attr.strong.contains_token(**t, bytes) || data.reporting.contains_token(**t, bytes)
        };
        let Some(v) = words.iter().rev().take(INTRODUCER_REACH).position(says) else {
            continue;
        };
        let verb = words.len() - 1 - v;
        // A source: a name anywhere but the verb ("Stated Stone:").
        let named = words
            .iter()
            .enumerate()
            .any(|(k, t)| k != verb && t.text(doc.text).starts_with(char::is_uppercase));
        out[i + 1] = named;
    }
    out
}

/// Does `text` open with one of `labels` as an interview's label: followed
/// by a colon or a full stop ("Q: …", "Q. …"), or set straight against a
/// capitalised word, as a bold "Q" loses its space when a page is turned
/// into text ("QWhy …")? That shape is also a word ("QAnon …"), but a
/// question label matters only where answers are labelled too.
fn opens(text: &str, labels: &[String]) -> bool {
    labels.iter().any(|label| {
        let Some(rest) = text.strip_prefix(label.as_str()) else {
            return false;
        };
        let mut c = rest.chars();
        match (c.next(), c.next()) {
            (Some(':' | '.'), _) => true,
            (Some(a), Some(b)) => a.is_uppercase() && b.is_lowercase(),
            _ => false,
        }
    })
}

/// The blocks of a printed transcript ("TAPPER: …", "JAKE TAPPER: …"),
/// as the attribution grammar reads them (`attribution::turns`): each
/// turn is one attribution whose source is the label opening its block
/// and whose cue is the colon right after it, a name in capitals.
/// (Labels only count in a dialogue there: "UPDATE:" alone, or a
/// roundup's "OHIO: …", "TEXAS: …", are no turns.)
fn transcript_turns(doc: &Document<'_>, atts: &[Attribution]) -> Vec<bool> {
    let mut turns = vec![false; doc.blocks.len()];
    for a in atts {
        let Some(source) = a.source else {
            continue;
        };
        // The label and its colon, nothing between: other colon cues
        // ("Sanders delivered a retort: …") introduce one quotation, and
        // the writer may speak again after it in the same block.
        let label = source.text(doc.text);
        if a.cue.text(doc.text) != ":"
            || source.end != a.cue.start
            || label.chars().any(char::is_lowercase)
        {
            continue;
        }
        if let Some(b) = doc.block_at(source.start) {
            turns[b] |= doc.blocks[b].span.start == source.start;
        }
    }
    turns
}

/// Does `text` open with an editor's note label and a colon ("UPDATE:",
/// "Editor's note:")? Matched without regard to case, as pages print them
/// in capitals or not; the label must end at the colon ("Updates to the
/// law:" is no note).
fn editors_note(text: &str, data: &Data) -> bool {
    let Some(colon) = text.as_bytes()[..text.len().min(24)]
        .iter()
        .position(|&b| b == b':')
    else {
        return false;
    };
    let label = text[..colon].trim_end().to_lowercase();
    data.editor_notes.contains(&label)
}

/// Does `text` hold a tag of an embedded post (`<tweet …>`, `<tweet/>`)?
fn embeds(text: &str, data: &Data) -> bool {
    if data.embeds.is_empty() {
        return false;
    }
    // Searched for with the SIMD byte search: every block is.
    memchr::memchr_iter(b'<', text.as_bytes()).any(|at| {
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

/// How many words the opening phrase before the writer's "we" may hold:
/// "Now, with the general election in full swing, we've …" has nine. A
/// longer stretch before a comma is a clause with a subject of its own.
const OPENING_WORDS: usize = 12;

/// The writer's "we" as the subject right after an opening phrase and its
/// comma ("Finally, with the mayor in attendance, we decided …", "If the
/// deal fails, we'll be back next year"): the writer with their paper, as
/// a "We" opening the sentence is, telling what the paper did or will do.
/// Its span, so that the caller can leave out a "we" inside quotation
/// marks (the speaker's); `None` past a quotation mark or a long opening.
pub fn writer_after_opening(
    doc: &Document<'_>,
    data: &Data,
    s: &Sentence,
) -> Option<crate::span::Span> {
    let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
    let bytes = doc.text.as_bytes();
    let mut words = 0;
    for (k, t) in toks.iter().enumerate() {
        if matches!(t.kind(), TokenKind::Quote(_)) {
            return None;
        }
        if t.is_word() {
            words += 1;
            if words > OPENING_WORDS {
                return None;
            }
        } else if t.is_punct(',') {
            let next = toks.get(k + 1)?;
            if data.writer_after_opening.contains_token(*next, bytes) {
                return Some(next.span);
            }
        }
    }
    None
}

/// Does sentence `s` tell how the reporter sought comment ("Aides could
/// not be reached for comment Saturday", "The campaign did not respond to
/// emailed questions")? That is the writer's account of their own
/// reporting, on their own authority: such a sentence is not judged.
/// A phrase is read only where its last word (as written, in lower case)
/// stands in the sentence, with its other words right before it. Asked of
/// the few sentences the rule would report (see
/// `super::candidates::Candidate::set_aside`), not of the whole document.
pub fn asks_for_comment(doc: &Document<'_>, data: &Data, s: &Sentence) -> bool {
    let text = doc.text;
    let is = |k: usize, w: &str| {
        let t = doc.tokens[k];
        t.is_word() && t.text(text).eq_ignore_ascii_case(w)
    };
    (s.tokens.start as usize..s.tokens.end as usize).any(|k| {
        let t = &doc.tokens[k];
        if !data.comment_last_words.contains_token(*t, text.as_bytes()) {
            return false;
        }
        let word = t.text(text);
        data.comment_requests.iter().any(|phrase| {
            let (last, before) = phrase.split_last().expect("phrases are not empty");
            *last == word
                && k >= before.len()
                && before
                    .iter()
                    .enumerate()
                    .all(|(j, w)| is(k - before.len() + j, w))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interview_label_is_followed_by_a_stop_or_a_capitalised_word() {
        let q = ["Q".to_string()];
        assert!(opens("Q: Why?", &q));
        assert!(opens("Q. Why?", &q));
        assert!(opens("QWhy stay?", &q));
        // A word that merely begins with the letter is no label.
        assert!(!opens("Quite so.", &q));
        assert!(!opens("QE2 sailed.", &q));
        assert!(!opens("Q", &q));
    }

    #[test]
    fn an_editors_note_is_its_label_and_a_colon_opening_the_paragraph() {
        let lang = crate::lang::Lang::english();
        let data = &lang.claims;
        assert!(editors_note("UPDATE: 3/4 — The shop has closed.", data));
        assert!(editors_note(
            "Correction: An earlier version misspelt it.",
            data
        ));
        assert!(editors_note(
            "EDITOR’S NOTE: This story has been changed.",
            data
        ));
        // The word in prose, a longer label, or no colon, is no note.
        assert!(!editors_note(
            "Updates to the zoning law: three changes.",
            data
        ));
        assert!(!editors_note("An update came on Monday: it failed.", data));
        assert!(!editors_note("UPDATE 3/4 The shop has closed.", data));
    }

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
        // A bare "<" before the tag is passed over; none is a tag alone.
        assert!(embeds("If a < b, then <tweet/> follows.", data));
        assert!(!embeds("a < b and c <<", data));
    }

    #[test]
    fn a_request_for_comment_is_found_in_its_own_sentence_only() {
        let lang = crate::lang::Lang::english();
        let filler = "word ".repeat(70);
        let text = format!(
            "Head\n\nThe mayor could not be reached for comment. Then {filler}\n\n\
             The clerk declined to comment. Nobody would say comment here.\n"
        );
        let doc = crate::model::Document::parse(&text, crate::model::Format::Plain, &lang);
        let asks: Vec<bool> = doc
            .sentences
            .iter()
            .map(|s| asks_for_comment(&doc, &lang.claims, s))
            .collect();
        let of = |words: &str| {
            let si = doc
                .sentences
                .iter()
                .position(|s| s.span.text(&text).contains(words))
                .unwrap();
            asks[si]
        };
        assert!(of("reached for comment") && of("declined to comment"));
        // "comment" with the wrong words before it, and filler, ask nothing.
        assert!(!of("say comment") && !of("word word"));
    }
}
