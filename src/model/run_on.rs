//! When a quotation left open at a paragraph's end runs on into the next
//! paragraph (the news convention) and when its closing mark is missing.

use super::block::BlockKind;
use super::conventions::{Conventions, Level};
use super::marks::{Mark, MarkRole};
use super::quotes::{BlockView, Quotation};
use super::run_on_tail::{attribution_tail, MAX_ATTRIBUTION_TAIL};
use super::token::{Token, TokenKind};

/// A quotation that starts a sentence or clause may run on over
/// paragraphs; one opened mid-clause (a partial quote, `her “50-state
/// strategy,`) only when its paragraph ends on a full sentence and the
/// next paragraph does not open a quotation of its own: one closed and
/// attributed in its first sentence (`“It was hard,” she said.`, `“Fine,”
/// the mayor shrugged.`). A paragraph cut inside a name (`… and Dr.`)
/// did not end, so whatever is open in it goes on.
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
    if ends_on_title(text, block, lang) {
        return true;
    }
    if attributed_to_someone_else(text, block, next, marks, lang) {
        return false;
    }
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
            && !opens_attributed_quotation(text, next, marks, lang, FRAGMENT_REACH))
}

/// How many sentences into the next paragraph a quotation may close and
/// be attributed and still be a new quotation after a fragment left open
/// (`MSNBC’s “Morning Joe, suggested …` / `“It’s breathtaking. That is
/// disqualifying,” Lee said.`): a quotation opened mid-clause rarely runs
/// on, so a new one that opens the next paragraph and is attributed
/// within its first two sentences is that paragraph's own. Three or more
/// sentences before the attribution may well be the fragment running on
/// (`the plan is “a start and no more.` / `“We fix roads. We fix
/// bridges. That is the job,” she said.`). A quotation that starts a
/// sentence keeps the stricter test (one sentence), since running on is
/// its usual way.
const FRAGMENT_REACH: usize = 2;

/// How many words after a quotation's closing mark an attribution's
/// speech verb may stand (`,” the deputy mayor of the city said`).
const ATTRIBUTION_REACH: usize = 10;

/// Does the block end on an abbreviated title (`Gov.`), which stands
/// before a name and so never ends a paragraph?
fn ends_on_title(text: &str, block: &BlockView<'_>, lang: &Conventions) -> bool {
    match block.tokens {
        [.., word, dot] => {
            dot.is_punct('.')
                && word.span.end == dot.span.start
                && word.is_word()
                && lang.titles.contains(word.text(text))
        }
        _ => false,
    }
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
    sentences: usize,
) -> bool {
    opening_attribution(text, block, marks, lang, sentences).is_some()
}

/// The attribution after the block's opening quotation, when the
/// quotation closes within its first `sentences` sentences and is
/// attributed right after it: the range of its tokens, and the speech
/// verb among them if there is one. A first sentence that ends in an
/// attribution after a comma with no closing mark before it (`“We won,
/// said Ann Lee.`) is attributed too: the closer went missing.
fn opening_attribution(
    text: &str,
    block: &BlockView<'_>,
    marks: &[Mark],
    lang: &Conventions,
    sentences: usize,
) -> Option<(std::ops::Range<usize>, Option<usize>)> {
    let ms = &marks[block.marks.clone()];
    let open = ms.first()?;
    let toks = block.tokens;
    let from = open.span.end;
    let mut ends = (toks.partition_point(|t| t.span.start < from)..toks.len())
        .filter(|&k| ends_sentence(text, toks, k, lang));
    let first_end = ends.next();
    let last_end = match sentences {
        0 | 1 => first_end,
        n => first_end.and_then(|_| ends.nth(n - 2)),
    };
    // The first closer of the opening mark's level.
    let close = ms[1..]
        .iter()
        .find(|m| m.level == open.level && matches!(m.role, MarkRole::Close | MarkRole::Either));
    let closes_in_sentence = close.is_some_and(|c| {
        last_end.is_none_or(|e| {
            // Closed within the first sentence: no sentence end before the
            // punctuation that ends the quoted words.
            let e = toks[e].span.end as usize;
            e > c.span.start as usize || text[e..c.span.start as usize].trim().len() <= 1
        })
    });
    if !closes_in_sentence {
        return first_end.and_then(|e| missing_closer_attribution(text, toks, from, e, lang));
    }
    let to = close?.span.start;
    let inside =
        toks.partition_point(|t| t.span.start < from)..toks.partition_point(|t| t.span.end <= to);
    let after = inside.end + 1;
    // A speech verb among the few words after it, before the sentence
    // ends (a title's or a state's dot does not end it).
    let clause = (after..toks.len())
        .take_while(|&k| !ends_sentence(text, toks, k, lang))
        .take(ATTRIBUTION_REACH)
        .collect::<Vec<_>>();
    let verb = clause
        .iter()
        .copied()
        .find(|&k| is_speech_verb(text, &toks[k], lang));
    let range = after..clause.last().map_or(after, |&k| k + 1);
    if verb.is_some() {
        return Some((range, verb));
    }
    // Words ending in a comma and a short clause ending the sentence after
    // them (`“…,” the mayor shrugged.`): an attribution, whatever the verb.
    // A longer one may go on with the quotation's sentence (`“Mr.` /
    // `“Smith,” while Smith calls him “Bob.”`).
    (text[from as usize..to as usize].trim_end().ends_with(',')
        && clause.len() <= 6
        && range.end < toks.len()
        && clause
            .iter()
            .all(|&k| !matches!(toks[k].kind(), TokenKind::Quote(_))))
    .then_some((range, None))
}

/// The attribution inside the first sentence of a quotation whose closer
/// is missing: the words between a comma and the next comma or the
/// sentence's end at token `end`, when they attribute to a third person
/// (`“We won, added Rep. Ann Lee (D-Ore.), the whip.`).
fn missing_closer_attribution(
    text: &str,
    toks: &[Token],
    from: u32,
    end: usize,
    lang: &Conventions,
) -> Option<(std::ops::Range<usize>, Option<usize>)> {
    let start = toks.partition_point(|t| t.span.start < from);
    let commas: Vec<usize> = (start..end).filter(|&k| toks[k].is_punct(',')).collect();
    commas.iter().enumerate().find_map(|(i, &c)| {
        let stop = commas.get(i + 1).copied().unwrap_or(end);
        let words: Vec<&Token> = toks[c + 1..stop].iter().collect();
        let verb = (c + 1..stop).find(|&k| is_speech_verb(text, &toks[k], lang))?;
        // The verb opens the words or follows a short subject (`, Lee
        // said,`): further in, they are the quotation's own clause.
        (verb - c <= 4
            && words.len() <= MAX_ATTRIBUTION_TAIL
            && attribution_tail(text, &words, lang))
        .then_some((c + 1..stop, Some(verb)))
    })
}

pub(super) fn is_speech_verb(text: &str, t: &Token, lang: &Conventions) -> bool {
    t.is_word() && lang.speech_verbs.contains(&t.text(text).to_lowercase())
}

/// Is the next block's opening quotation attributed, in its first
/// sentence, to someone the open quotation's own paragraph, which has an
/// attribution of its own, never names (`“…,” Rep. Moore said. “If we …`
/// then `“…,” added Rep. Clyburn.`)? A quotation runs on in one speaker's
/// words; another speaker's means the closing mark before is missing.
/// Pronouns and descriptions (`she said`, `the mayor said`) name no one and
/// may be the same speaker: they leave the quotation running.
fn attributed_to_someone_else(
    text: &str,
    block: &BlockView<'_>,
    next: &BlockView<'_>,
    marks: &[Mark],
    lang: &Conventions,
) -> bool {
    let Some((range, Some(verb))) = opening_attribution(text, next, marks, lang, 1) else {
        return false;
    };
    // `“… anguish.” This sort of post, CNN said, …`: the quoted words
    // ended their sentence, and the speech verb after them belongs to the
    // writer's next one.
    if range.start >= 2
        && matches!(next.tokens[range.start - 1].kind(), TokenKind::Quote(_))
        && next.tokens[range.start - 2].is_punct('.')
    {
        return false;
    }
    // `added a New Hampshire Democrat`: an indefinite source is someone
    // new.
    if next.tokens[verb + 1..]
        .first()
        .is_some_and(|t| lang.indefinite_articles.contains(t.text(text)))
    {
        return true;
    }
    let Some(name) = speaker_name(text, next.tokens, verb, lang) else {
        return false;
    };
    let toks = block.tokens;
    // One pass over tokens and marks together: a paragraph full of
    // verbs and marks costs no more than its length.
    let outer: Vec<u32> = marks[block.marks.clone()]
        .iter()
        .filter(|m| m.level == Level::Outer)
        .filter(|m| !matches!(m.role, MarkRole::Apostrophe | MarkRole::Prime))
        .map(|m| m.span.end)
        .collect();
    let mut before = 0;
    let own_verb = toks.iter().position(|t| {
        while before < outer.len() && outer[before] <= t.span.start {
            before += 1;
        }
        // An even count of marks before it: outside any quotation.
        before % 2 == 0 && is_speech_verb(text, t, lang)
    });
    let Some(own_verb) = own_verb else {
        return false;
    };
    // The paragraph's own speaker named (`Lee asked Ruiz`): another name
    // is another speaker, though the paragraph mention them. Else (`he
    // asked`) any mention of the name may be the same speaker.
    match speaker_name(text, toks, own_verb, lang) {
        Some(own) => own != name,
        None => !toks.iter().any(|t| t.is_word() && t.text(text) == name),
    }
}

/// The last word of the capitalised name right before the speech verb at
/// `verb` (`Smith said`), else right after it (`said Rep. Ann Smith`), not
/// counting a day or month (`said Tuesday`).
fn speaker_name<'t>(
    text: &'t str,
    toks: &[Token],
    verb: usize,
    lang: &Conventions,
) -> Option<&'t str> {
    let is_name = |t: &Token| {
        let w = t.text(text);
        t.is_word()
            && w.chars().next().is_some_and(char::is_uppercase)
            && !lang.calendar_words.contains(w)
            && !lang.narrator_pronouns.contains(w)
    };
    let before = toks[..verb]
        .iter()
        .rev()
        .skip_while(|t| t.is_punct('.'))
        .take_while(|t| is_name(t) || t.is_punct('.'))
        .find(|t| is_name(t));
    let after = || {
        toks[verb + 1..]
            .iter()
            .take_while(|t| is_name(t) || t.is_punct('.'))
            .filter(|t| is_name(t))
            .last()
    };
    before.or_else(after).map(|t| t.text(text))
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
