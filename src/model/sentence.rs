//! Sentence boundaries inside one block, over its tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing marks and
//! brackets glued to it) when whitespace and a sentence-starting token
//! follow, unless the full stop belongs to an abbreviation ("Mr.", "Jan. 6",
//! "No. 10", "J.K.", "U.S.-led"), or — in languages that set
//! `run_together` — with no whitespace at all where two sentences were run
//! together (`Tag.Die`, see `run_together`). Headline, heading, label and caption
//! blocks also end a sentence at each line break.

use super::conventions::Conventions;
use super::token::{Token, TokenKind};
use std::ops::Range;

fn is_terminal(t: &Token) -> bool {
    // Whole-token comparisons, after one test that most tokens fail: no
    // decoding of the kind for every token.
    t.punct().is_some() && (t.is_punct('.') | t.is_punct('!') | t.is_punct('?') | t.is_punct('…'))
}

fn is_closer(t: &Token) -> bool {
    t.quote().is_some() || t.close().is_some()
}

/// Index ranges into `tokens`, one per sentence, covering every token.
pub fn split(
    text: &str,
    tokens: &[Token],
    lang: &Conventions,
    break_at_lines: bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_into(text, tokens, lang, break_at_lines, 0, &mut out);
    out
}

/// `split`, appending to `out` with `base` added to every index: the
/// model collects a whole article's sentences in one vector, with no
/// vector per block.
pub fn split_into(
    text: &str,
    tokens: &[Token],
    lang: &Conventions,
    break_at_lines: bool,
    base: usize,
    out: &mut Vec<Range<usize>>,
) {
    let n = tokens.len();
    let first = out.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        if break_at_lines && i + 1 < n && gap_has_newline(text, &tokens[i], &tokens[i + 1]) {
            out.push(base + start..base + i + 1);
            start = i + 1;
            i += 1;
            continue;
        }
        if !is_terminal(&tokens[i]) {
            if break_at_lines {
                i += 1;
            } else {
                // In body text only a terminal can end a sentence: jump to
                // the next one in a tight scan rather than a round of this
                // loop per token.
                i = tokens[i + 1..]
                    .iter()
                    .position(is_terminal)
                    .map_or(n, |p| i + 1 + p);
            }
            continue;
        }
        // Glue: "?!", "...", ".”", ".)" all end at the last glued token.
        let mut j = i;
        while j + 1 < n
            && touches(&tokens[j], &tokens[j + 1])
            && (is_terminal(&tokens[j + 1]) || is_closer(&tokens[j + 1]))
        {
            j += 1;
        }
        if j + 1 >= n {
            break;
        }
        let next = &tokens[j + 1];
        let glued =
            touches(&tokens[j], next) && !(lang.run_together && run_together(text, tokens, i, j));
        if glued || !starts_sentence(text, tokens, j + 1) {
            i = j + 1;
            continue;
        }
        if tokens[i].is_punct('.')
            && (is_abbreviation(text, tokens, i, lang) || is_ordinal(text, tokens, i, lang))
        {
            i = j + 1;
            continue;
        }
        out.push(base + start..base + j + 1);
        start = j + 1;
        i = j + 1;
    }
    if start < n {
        out.push(base + start..base + n);
    }
    cap_lengths(tokens, base, first, out);
}

/// The most tokens a sentence holds. The longest sentence of the 12,000
/// German and 34,000 English sentences of the shared corpora is about 200
/// tokens; a longer run with no sentence end (a page with its full stops
/// stripped, a list run into one line) is cut into pieces of at most this
/// many, so that an analysis that reads a sentence once per cue or claim
/// in it costs at most this much per word, never the square of the text.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Cuts the sentences from `out[first..]` (token indices offset by
/// `base`) that are longer than [`MAX_SENTENCE_TOKENS`]: after the last
/// comma, semicolon, colon or dash of the second half of each piece, else
/// at the limit.
fn cap_lengths(tokens: &[Token], base: usize, first: usize, out: &mut Vec<Range<usize>>) {
    if out[first..].iter().all(|r| r.len() <= MAX_SENTENCE_TOKENS) {
        return;
    }
    let long = out.split_off(first);
    for r in long {
        let mut start = r.start;
        while r.end - start > MAX_SENTENCE_TOKENS {
            let limit = start + MAX_SENTENCE_TOKENS;
            let half = start + MAX_SENTENCE_TOKENS / 2;
            let cut = (half..limit)
                .rev()
                .find(|&k| {
                    let t = &tokens[k - base];
                    t.is_punct(',')
                        || t.is_punct(';')
                        || t.is_punct(':')
                        || t.is_punct('—')
                        || t.is_punct('–')
                })
                .map_or(limit, |k| k + 1);
            out.push(start..cut);
            start = cut;
        }
        out.push(start..r.end);
    }
}

/// `sagte der Minister.Die Bank …`: two sentences run together with no
/// space, as scraped copy sometimes has them (in the languages whose
/// conventions say so). Only a full stop alone
/// (`j == i`) between a word ending in a lower-case letter and a
/// capitalised word of two letters or more: initials and initialisms
/// (`U.S.`, `Ph.D.`) put a capital or a single letter on one side, and
/// web addresses (`ndr.de`) a lower-case word after the dot.
fn run_together(text: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    if i != j || !tokens[i].is_punct('.') || i == 0 {
        return false;
    }
    let (prev, next) = (&tokens[i - 1], &tokens[i + 1]);
    if !prev.is_word() || !next.is_word() || !touches(prev, &tokens[i]) {
        return false;
    }
    let mut after = next.text(text).chars();
    prev.text(text)
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_alphabetic)
}

fn touches(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

fn gap_has_newline(text: &str, a: &Token, b: &Token) -> bool {
    text[a.span.end as usize..b.span.start as usize].contains('\n')
}

fn starts_sentence(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    match t.kind() {
        TokenKind::Word => t.text(text).starts_with(|c: char| c.is_uppercase()),
        TokenKind::Number => true,
        TokenKind::Quote(_) | TokenKind::Open(_) => tokens
            .get(k + 1)
            .is_some_and(|n| touches(t, n) && starts_sentence(text, tokens, k + 1)),
        TokenKind::Punct(c) => matches!(c, '—' | '–' | '$' | '£' | '€' | '¿' | '¡'),
        _ => false,
    }
}

/// The first word after the break at token `k`'s sentence end.
fn next_word<'t>(text: &'t str, tokens: &[Token], mut k: usize) -> Option<&'t str> {
    while k < tokens.len() {
        if tokens[k].is_word() {
            return Some(tokens[k].text(text));
        }
        if !matches!(
            tokens[k].kind(),
            TokenKind::Quote(_) | TokenKind::Open(_) | TokenKind::Punct(_) | TokenKind::Close(_)
        ) {
            return None;
        }
        k += 1;
    }
    None
}

/// Does the full stop at `dot` make the number before it an ordinal, as
/// German writes them (`am 4. Mai`, `4. Juli 2009`, `in der 90. Minute`)?
/// A month after it always does; an article or preposition before the
/// number does unless a word that opens sentences follows. Languages
/// whose data lists no such words (English) never ask.
pub(super) fn is_ordinal(text: &str, tokens: &[Token], dot: usize, lang: &Conventions) -> bool {
    if lang.ordinal_nouns.is_empty() && lang.ordinal_determiners.is_empty() {
        return false;
    }
    let Some(num) = dot.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let digits = num.text(text);
    if num.kind() != TokenKind::Number
        || !touches(num, &tokens[dot])
        || digits.len() > 3
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let next = tokens
        .get(dot + 1)
        .filter(|t| t.is_word())
        .map(|t| t.text(text));
    if next.is_some_and(|w| lang.ordinal_nouns.contains(w)) {
        return true;
    }
    let before = dot
        .checked_sub(2)
        .map(|p| &tokens[p])
        .filter(|t| t.is_word())
        .map(|t| t.text(text).to_lowercase());
    before.is_some_and(|w| lang.ordinal_determiners.contains(&w))
        && !next.is_some_and(|w| lang.sentence_starters.contains(w))
}

/// Does the full stop at `dot` belong to an abbreviation or initial?
fn is_abbreviation(text: &str, tokens: &[Token], dot: usize, lang: &Conventions) -> bool {
    let Some(prev) = dot.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    if !prev.is_word() || !touches(prev, &tokens[dot]) {
        return false;
    }
    let word = prev.text(text);
    let mut after = dot + 1;
    while after < tokens.len()
        && touches(&tokens[after - 1], &tokens[after])
        && is_closer(&tokens[after])
    {
        after += 1;
    }
    let following = tokens.get(after);
    // Asked only where the answer depends on it: most full stops follow
    // an ordinary word, and the set look-up costs as much as the rest.
    let starter =
        || next_word(text, tokens, after).is_some_and(|w| lang.sentence_starters.contains(w));
    if lang.numeric_abbreviations.contains(word) {
        return following.is_some_and(|t| t.kind() == TokenKind::Number);
    }
    if lang.final_abbreviations.contains(word) {
        return !starter();
    }
    if lang.abbreviations.contains(word) {
        return true;
    }
    // Initials and initialisms: "J.", "U.S.", "a.m." — a sentence may still
    // end on one, which the next word usually shows.
    let mut chars = word.chars();
    let single = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    let dotted = dot >= 2 && tokens[dot - 2].is_punct('.') && touches(&tokens[dot - 2], prev);
    if single || (dotted && word.chars().count() <= 2) {
        return !starter();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::token::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        split_as(text, &Conventions::english())
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sentences("Mr. Smith met Sen. Jones on Jan. 6 at No. 10 Downing St. in the U.S.-led talks. J.K. Rowling wrote. It cost 3.5 million.");
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].ends_with("talks."));
    }

    #[test]
    fn a_run_with_no_sentence_end_is_cut_into_pieces_after_a_comma() {
        // 300 clauses of four words and a comma, no full stop: 1,500
        // tokens in one "sentence".
        let text = "the council voted again, ".repeat(300);
        let toks = tokenize(&text);
        let r = split(&text, &toks, &Conventions::english(), false);
        assert!(r.len() >= 4, "{} pieces", r.len());
        assert!(r.iter().all(|p| p.len() <= MAX_SENTENCE_TOKENS));
        // Every token in one piece, in order; each cut after a comma.
        assert_eq!(r[0].start, 0);
        assert_eq!(r.last().unwrap().end, toks.len());
        for w in r.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(toks[w[0].end - 1].is_punct(','));
        }
        // With no comma to cut after, at the limit.
        let text = "word ".repeat(1000);
        let toks = tokenize(&text);
        let r = split(&text, &toks, &Conventions::english(), false);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0], 0..MAX_SENTENCE_TOKENS);
        // A sentence of ordinary length is never cut.
        let s = sentences(&format!("{}end.", "a long clause, ".repeat(60)));
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn quotes_and_ellipses() {
        let s = sentences("“Why?” he asked. “Because.” She left... and then? The end… Really.");
        assert_eq!(
            s,
            [
                "“Why?” he asked.",
                "“Because.”",
                "She left... and then?",
                "The end…",
                "Really."
            ]
        );
    }

    #[test]
    fn initialisms_can_end_a_sentence() {
        let s = sentences("He lives in the U.S. The rest is history. Plan B. It worked.");
        assert_eq!(s.len(), 4, "{s:?}");
        let s = sentences("It was No. He left.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    fn split_as(text: &str, lang: &Conventions) -> Vec<String> {
        let toks = tokenize(text);
        split(text, &toks, lang, false)
            .into_iter()
            .map(|r| {
                text[toks[r.start].span.start as usize..toks[r.end - 1].span.end as usize]
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn sentences_run_together_split_at_a_lower_upper_full_stop() {
        // Scraped German copy drops the space after a full stop; the next
        // sentence's words must not be read with the one before.
        let de = Conventions::builtin("de").unwrap();
        let s = split_as("Es regnete den ganzen Tag.Die Bauern freuten sich.", &de);
        assert_eq!(
            s,
            ["Es regnete den ganzen Tag.", "Die Bauern freuten sich."]
        );
        // English keeps its measured behaviour: no split without a space.
        let s = sentences("The vote was close.Nobody expected it.");
        assert_eq!(s.len(), 1, "{s:?}");
    }

    #[test]
    fn glued_full_stops_that_are_no_sentence_end_stay() {
        // A web address, an initialism, a degree, a single capital after
        // the dot and a decimal keep their sentence whole.
        let de = Conventions::builtin("de").unwrap();
        for text in [
            "Mehr steht auf kiel.de im Netz.",
            "Sie zog zur U.S.Army nach Bayern.",
            "Er ist Ph.D in Botanik.",
            "Der Plan war gut.A bleibt offen.",
            "Es stieg um 3.5 Punkte.",
        ] {
            let s = split_as(text, &de);
            assert_eq!(s.len(), 1, "{text}: {s:?}");
        }
    }

    #[test]
    fn german_ordinals_keep_their_sentence() {
        // A date's day or a counted noun's ordinal ends in a full stop that
        // ends no sentence; a month read as the next sentence's subject
        // was taken for a speaker.
        let de = Conventions::builtin("de").unwrap();
        for text in [
            "Die Wahl findet am 4. Mai statt, sagte sie.",
            "Bis zum 12. Dezember bleibt das Amt geschlossen.",
            "Der Vertrag wurde in Rom unterzeichnet, 4. Juli 2009 war das Datum.",
            "In der 90. Minute fiel das Tor.",
            "Er feierte seinen 100. Geburtstag im Garten.",
        ] {
            let s = split_as(text, &de);
            assert_eq!(s.len(), 1, "{text}: {s:?}");
        }
        // A sentence may still end on a number: a year after a noun, or
        // a number after an article when a sentence starter follows.
        for text in [
            "Das Werk schloss im Jahr 2009. Mai und Juni waren ruhig.",
            "Gewonnen hat die 7. Die Zuschauer jubelten.",
        ] {
            let s = split_as(text, &de);
            assert_eq!(s.len(), 2, "{text}: {s:?}");
        }
        // English lists no ordinal words: its splitting is unchanged.
        let s = sentences("The count stood at 4. May brought more.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn lines_break_headlines() {
        let text = "Jobs report gives Democrats a lift;\nSolid upturn could blunt claims.";
        let toks = tokenize(text);
        assert_eq!(split(text, &toks, &Conventions::english(), true).len(), 2);
        assert_eq!(split(text, &toks, &Conventions::english(), false).len(), 1);
    }
}
