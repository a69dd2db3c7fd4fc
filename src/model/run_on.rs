//! When a quotation left open at a paragraph's end runs on into the next
//! paragraph (the news convention) and when its closing mark is missing.

use super::block::BlockKind;
use super::conventions::{Conventions, Level};
use super::marks::{Mark, MarkRole};
use super::quotes::{BlockView, Open, Quotation};
use super::token::{Token, TokenKind};

/// A quotation that starts a sentence or clause may run on over
/// paragraphs; one opened mid-clause (a partial quote, `her “50-state
/// strategy,`) only when its paragraph ends on a full sentence and the
/// next paragraph does not open a quotation of its own: one closed and
/// attributed in its first sentence (`“It was hard,” she said.`, `“Fine,”
/// the mayor shrugged.`).
pub(super) fn can_run_on(
    text: &str,
    block: &BlockView<'_>,
    next: &BlockView<'_>,
    q: &Quotation,
    marks: &[Mark],
    lang: &Conventions,
) -> bool {
    let last_open = q.reopened.last().copied().unwrap_or(q.open);
    let at = marks[last_open as usize].span.start as usize;
    let floor = (block.span.start as usize).min(at);
    let before = text[floor..at].trim_end();
    let starts_clause = match before.chars().next_back() {
        None => true,
        // After a comma, a quotation starts a clause only when an
        // attribution stands before it (`said Ruiz, “and then…`); after
        // any other comma it is a fragment (`the term, “radical…`).
        Some(',') => attribution_before(text, block, at, lang),
        Some(c) => ".!?:;—–…)\"”’'»".contains(c),
    };
    starts_clause
        || (block
            .tokens
            .last()
            .is_some_and(|t| matches!(t.kind(), TokenKind::Punct('.' | '!' | '?' | '…')))
            && !opens_attributed_quotation(text, next, marks, lang))
}

/// Is there a speech verb among the few words before the comma that
/// comes right before byte `at`, back to the last sentence end or mark?
fn attribution_before(text: &str, block: &BlockView<'_>, at: usize, lang: &Conventions) -> bool {
    let toks = block.tokens;
    let end = toks.partition_point(|t| (t.span.start as usize) < at);
    // The comma itself is the last token before the mark.
    toks[..end.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|t| {
            !matches!(
                t.kind(),
                TokenKind::Punct('.' | '!' | '?' | ',' | ';' | ':') | TokenKind::Quote(_)
            )
        })
        .take(8)
        .any(|t| t.is_word() && lang.speech_verbs.contains(&t.text(text).to_lowercase()))
}

/// Does token `k` of `toks` end a sentence: `.`, `!` or `?`, but not the
/// dot of an abbreviation (`Mr.`, `Ore.`) or of an initial (`S.`)?
pub(super) fn ends_sentence(text: &str, toks: &[Token], k: usize, lang: &Conventions) -> bool {
    match toks[k].kind() {
        TokenKind::Punct('!' | '?') => true,
        TokenKind::Punct('.') => !k.checked_sub(1).is_some_and(|p| {
            let prev = &toks[p];
            let w = prev.text(text);
            prev.span.end == toks[k].span.start
                && prev.is_word()
                && (lang.abbreviations.contains(w)
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase)))
        }),
        _ => false,
    }
}

/// Does the block open with a quotation that closes within its first
/// sentence and is attributed right after (`“…,” she said.`) or ends its
/// words with a comma, which only an attribution follows? One of several
/// sentences may well be the quotation before it running on.
fn opens_attributed_quotation(
    text: &str,
    block: &BlockView<'_>,
    marks: &[Mark],
    lang: &Conventions,
) -> bool {
    let ms = &marks[block.marks.clone()];
    let Some(open) = ms.first() else {
        return false;
    };
    // The first closer of the opening mark's level.
    let Some(close) = ms[1..]
        .iter()
        .find(|m| m.level == open.level && matches!(m.role, MarkRole::Close | MarkRole::Either))
    else {
        return false;
    };
    let (from, to) = (open.span.end, close.span.start);
    let toks = block.tokens;
    let inside =
        toks.partition_point(|t| t.span.start < from)..toks.partition_point(|t| t.span.end <= to);
    // Closed within the first sentence: no sentence end before the
    // punctuation that ends the quoted words.
    let mut ends = inside
        .clone()
        .filter(|&k| ends_sentence(text, toks, k, lang))
        .map(|k| toks[k].span.end);
    if ends.any(|e| text[e as usize..to as usize].trim().len() > 1) {
        return false;
    }
    let after = inside.end + 1;
    // Words ending in a comma and a short clause ending the sentence after
    // them (`“…,” the mayor shrugged.`): an attribution, whatever the verb.
    // A longer one may go on with the quotation's sentence (`“Mr.` /
    // `“Smith,” while Smith calls him “Bob.”`).
    if text[from as usize..to as usize].trim_end().ends_with(',') {
        let clause = (after..toks.len())
            .take_while(|&k| !ends_sentence(text, toks, k, lang))
            .take(7)
            .collect::<Vec<_>>();
        if clause.len() <= 6
            && clause.last().map_or(after, |&k| k + 1) < toks.len()
            && clause
                .iter()
                .all(|&k| !matches!(toks[k].kind(), TokenKind::Quote(_)))
        {
            return true;
        }
    }
    // A speech verb among the few words after it, before the sentence
    // ends (a title's or a state's dot does not end it).
    (after..toks.len())
        .take_while(|&k| !ends_sentence(text, toks, k, lang))
        .take(10)
        .any(|k| {
            toks[k].is_word()
                && lang
                    .speech_verbs
                    .contains(&toks[k].text(text).to_lowercase())
        })
}

/// May a quotation run on into or out of this block? Running prose may;
/// so may a short line that opens with a quotation mark inside a
/// transcript quoted paragraph by paragraph (`"(CROSSTALK.)`), which the
/// block reader takes for a heading.
pub(super) fn may_carry(block: &BlockView<'_>, marks: &[Mark]) -> bool {
    block.kind.is_body()
        || (block.kind == BlockKind::Heading && opens_with_outer_mark(block, marks))
}

pub(super) fn opens_with_outer_mark(block: &BlockView<'_>, marks: &[Mark]) -> bool {
    let Some(first_tok) = block.tokens.first() else {
        return false;
    };
    marks[block.marks.clone()].first().is_some_and(|m| {
        m.span == first_tok.span
            && m.level == Level::Outer
            && matches!(m.role, MarkRole::Open | MarkRole::Either)
    })
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
    let Some(o) = stack
        .iter()
        .rev()
        .find(|o| marks[o.mark as usize].level == Level::Outer)
    else {
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

/// Words after a quotation's last words, to its paragraph's end, at most:
/// an attribution with an apposition ("said Brad Bannon, a Democratic
/// pollster in the state").
const MAX_ATTRIBUTION_TAIL: usize = 12;

/// Are `tail`, the words after a comma or a question's mark, an
/// attribution of a third person ("he said", "said Smith, looking on")?
fn attribution_tail(text: &str, tail: &[&Token], lang: &Conventions) -> bool {
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
