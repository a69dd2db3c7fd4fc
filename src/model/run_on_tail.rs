//! Attributions that end a quotation whose closing mark went missing,
//! inside its paragraph: `“We won, said Ann Lee.` or `“We won, she
//! said. She left.` The closer belongs before them, so the quotation does
//! not run on.

use super::conventions::{Conventions, Level};
use super::marks::Mark;
use super::quotes::{BlockView, Open};
use super::run_on::{ends_sentence, is_speech_verb};
use super::token::{Token, TokenKind};

/// The innermost quotation still open at the outer level, if any.
fn outer_open<'s>(marks: &[Mark], stack: &'s [Open]) -> Option<&'s Open> {
    stack
        .iter()
        .rev()
        .find(|o| marks[o.mark as usize].level == Level::Outer)
}

/// Does the open quotation's paragraph end in ", he said." or "said Smith."?
/// Then the closing mark went missing before the attribution; it is not a
/// quotation running on into the next paragraph.
pub(super) fn ends_with_attribution(
    text: &str,
    block: &BlockView<'_>,
    marks: &[Mark],
    stack: &[Open],
    lang: &Conventions,
) -> bool {
    let Some(o) = outer_open(marks, stack) else {
        return false;
    };
    let open_at = marks[o.mark as usize].span.end;
    let toks: Vec<&Token> = block
        .tokens
        .iter()
        .filter(|t| t.span.start >= open_at)
        .collect();
    // The attribution follows the last comma ("…, he said."), or an
    // earlier mark when words follow it ("…? Lane said, looking out at
    // the crowd."): each is tried, from the end, while its tail is short.
    let cuts = toks
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, t)| matches!(t.kind(), TokenKind::Punct(',' | '?' | '!' | '—')))
        .map(|(k, _)| k)
        .take_while(|&k| toks.len() - k - 1 <= MAX_ATTRIBUTION_TAIL);
    let last = block.tokens.len() - 1;
    for cut in cuts {
        let tail = &toks[cut + 1..];
        // "…, it says no. Never." : a sentence follows, so the words after
        // the comma are still the quotation's, not an attribution closing it.
        let first = last + 1 - tail.len();
        if (first..last).any(|k| ends_sentence(text, block.tokens, k, lang)) {
            return false;
        }
        if attribution_tail(text, tail, lang) {
            return true;
        }
    }
    false
}

/// Does the open quotation's first sentence in this block end in a bare
/// attribution, more sentences following it (see
/// `first_sentence_attributed`)?
pub(super) fn attributed_mid_paragraph(
    text: &str,
    block: &BlockView<'_>,
    marks: &[Mark],
    stack: &[Open],
    lang: &Conventions,
) -> bool {
    outer_open(marks, stack).is_some_and(|o| {
        let from = marks[o.mark as usize].span.end.max(block.span.start);
        first_sentence_attributed(text, block.tokens, from, lang)
    })
}

/// Does the quotation's first sentence, from byte `from`, end in a bare
/// attribution after a comma, with more sentences after it in the
/// paragraph (`“We will build it, Ruiz added. She then took questions.`)?
/// Its closing mark went missing before the attribution. Only a bare one
/// counts — a name, or he or she, and the verb, nothing else — since a
/// quotation's own words may hold a verb of saying (`…, it says stop.`).
fn first_sentence_attributed(text: &str, toks: &[Token], from: u32, lang: &Conventions) -> bool {
    let start = toks.partition_point(|t| t.span.start < from);
    let Some(end) = (start..toks.len()).find(|&k| ends_sentence(text, toks, k, lang)) else {
        return false;
    };
    let Some(comma) = (start..end).rev().find(|&k| toks[k].is_punct(',')) else {
        return false;
    };
    let tail = &toks[comma + 1..end];
    let Some(verb) = tail.iter().position(|t| is_speech_verb(text, t, lang)) else {
        return false;
    };
    let name_part = |t: &Token| {
        (t.is_word() && t.text(text).chars().next().is_some_and(char::is_uppercase))
            || t.is_punct('.')
    };
    let (before, after) = (&tail[..verb], &tail[verb + 1..]);
    let pronoun = matches!(before, [p] if lang.speaker_pronouns.contains(p.text(text)));
    let named = before.len() + after.len() <= 5
        && before.iter().chain(after).any(|t| t.is_word())
        && before.iter().chain(after).all(name_part)
        && !before.iter().chain(after).any(|t| {
            lang.narrator_pronouns.contains(t.text(text))
                || lang.calendar_words.contains(t.text(text))
        });
    (pronoun && after.is_empty() || named) && end + 1 < toks.len()
}

/// Words after a quotation's last words, to its paragraph's end, at most:
/// an attribution with an apposition ("said Ana Ruiz, a Democratic
/// pollster in the state").
pub(super) const MAX_ATTRIBUTION_TAIL: usize = 16;

/// Are `tail`, the words after a comma or a question's mark, an
/// attribution of a third person ("he said", "said Smith, looking on")?
pub(super) fn attribution_tail(text: &str, tail: &[&Token], lang: &Conventions) -> bool {
    let Some(verb) = tail
        .iter()
        .position(|t| t.is_word() && lang.speech_verbs.contains(&t.text(text).to_lowercase()))
    else {
        return false;
    };
    // "… the rights of the states." : a noun, not a verb.
    if verb > 0
        && lang
            .noun_markers
            .contains(&tail[verb - 1].text(text).to_lowercase())
    {
        return false;
    }
    // "…, Kerry said that …" is reported speech inside the quotation.
    if tail.get(verb + 1).is_some_and(|t| t.text(text) == "that") {
        return false;
    }
    // "…, we said no." is still the speaker talking; an attribution names a
    // third person.
    !tail[..verb]
        .iter()
        .any(|t| lang.narrator_pronouns.contains(t.text(text)))
}
