//! A second look at one block's marks once each has its role from its
//! neighbours: roles that only the marks after it can tell. Wire and
//! retyped copy opens quotations with the closing glyph (”…” or ”…“),
//! and writes ‘ for an apostrophe after a word (CBS‘ show); read by
//! neighbours alone, the first is two closers of nothing and the second a
//! quotation that swallows the rest of its paragraph.

use super::conventions::{Conventions, Glyph, Level, Role};
use super::marks::{Mark, MarkRole};

/// Settles the roles of `ms`, the marks of the block that starts at byte
/// `floor` of `text`, in text order.
pub(super) fn settle(text: &str, floor: usize, lang: &Conventions, ms: &mut [Mark]) {
    let opens_with_curly = lang
        .mark(Glyph::CurlyDoubleLeft)
        .is_some_and(|m| m.role == Role::Open);
    for i in 0..ms.len() {
        let m = ms[i];
        if m.in_markup {
            continue;
        }
        if opens_with_curly && is_closer_opening(text, floor, lang, ms, i) {
            ms[i].forwards = true;
        } else if is_word_final_apostrophe(text, floor, lang, ms, i) {
            ms[i].role = MarkRole::Apostrophe;
            ms[i].backwards = false;
        }
    }
}

/// A ” that nothing before it in the paragraph opened, standing where a
/// quotation begins (the paragraph's start, after a space or an opening
/// bracket, or after "says," as in `says,” there …`), with a closing
/// mark of its style next: it opens the quotation that mark closes. Only
/// the place and the closer together say so: a ” alone after a comma is
/// a closer whose opener is missing (`We won,” he said.`).
fn is_closer_opening(text: &str, floor: usize, lang: &Conventions, ms: &[Mark], i: usize) -> bool {
    let m = &ms[i];
    if m.glyph != Glyph::CurlyDoubleRight || m.role != MarkRole::Close || m.forwards || m.weak {
        return false;
    }
    if open_before(ms, i, Level::Outer) > 0 {
        return false;
    }
    let next = ms[i + 1..].iter().find(|n| {
        n.level == Level::Outer && !matches!(n.role, MarkRole::Apostrophe | MarkRole::Prime)
    });
    let closes = next.is_some_and(|n| {
        n.style() == m.style()
            && !n.weak
            && (n.role == MarkRole::Close || (n.role == MarkRole::Open && n.backwards))
    });
    closes && opening_place(text, floor, m.span.start as usize, lang)
}

/// A ‘ right after a letter or digit, with no quotation of its level open
/// and no mark after it in the paragraph that could close it before the
/// next one opens: an apostrophe typed with the wrong glyph (`CBS‘ news`,
/// `the players‘ union`), not a quotation running to the paragraph's end.
fn is_word_final_apostrophe(
    text: &str,
    floor: usize,
    lang: &Conventions,
    ms: &[Mark],
    i: usize,
) -> bool {
    let m = &ms[i];
    if m.glyph != Glyph::CurlySingleLeft
        || m.role != MarkRole::Open
        || !m.backwards
        || !lang.is_apostrophe(m.glyph)
    {
        return false;
    }
    let start = m.span.start as usize;
    let after_word = text[floor..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if !after_word || open_before(ms, i, m.level) > 0 {
        return false;
    }
    let closer_ahead = ms[i + 1..]
        .iter()
        .filter(|n| n.level == m.level)
        .take_while(|n| n.role != MarkRole::Open || n.backwards)
        .any(|n| match n.role {
            MarkRole::Either => true,
            // A weak ’ after an "s" may be a plural possessive (the
            // players’ union), which closes nothing.
            MarkRole::Close => !n.weak || !text[floor..n.span.start as usize].ends_with(['s', 'S']),
            _ => false,
        });
    !closer_ahead
}

/// How many quotations of `level` the marks before the `i`th leave open,
/// reading each mark as the pairing will (a closer with nothing open
/// closes nothing; a wrong opener opens only when nothing is open).
fn open_before(ms: &[Mark], i: usize, level: Level) -> usize {
    let mut depth = 0usize;
    for n in ms[..i].iter().filter(|n| n.level == level) {
        depth = match n.role {
            MarkRole::Open if !n.backwards => depth + 1,
            MarkRole::Close if n.forwards && depth == 0 => 1,
            MarkRole::Open | MarkRole::Close | MarkRole::Either if depth > 0 => depth - 1,
            MarkRole::Open | MarkRole::Either => 1,
            _ => depth,
        };
    }
    depth
}

/// Where a quotation can begin: the paragraph's start, after a space or
/// opening punctuation, or after a verb of saying and its comma or colon.
/// Invisible format characters (direction marks pasted from the web) are
/// not there for the reader and are passed over.
fn opening_place(text: &str, floor: usize, at: usize, lang: &Conventions) -> bool {
    let before = text[floor..at].trim_end_matches(is_format);
    let Some(c) = before.chars().next_back() else {
        return true;
    };
    if c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | ':') {
        return true;
    }
    c == ',' && verb_before(&before[..before.len() - 1], lang)
}

/// Does `before` end with a verb of saying ("He says")?
fn verb_before(before: &str, lang: &Conventions) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !word.is_empty() && lang.speech_verbs.contains(&word.to_lowercase())
}

/// Unicode format characters news pages carry invisibly: zero-width
/// spaces and joiners, direction marks and embeddings, the word joiner
/// and a stray byte-order mark.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use crate::model::{Conventions, Document, Format};

    /// Each quotation's inner text, and how many marks were left unpaired.
    fn quoted(text: &str) -> (Vec<String>, usize) {
        let d = Document::parse(text, Format::Plain, &Conventions::english());
        let q = d
            .quotations
            .iter()
            .map(|q| text[q.inner.range()].to_string())
            .collect();
        (q, d.quote_problems.len())
    }

    #[test]
    fn a_closing_glyph_that_opens_pairs_with_the_next_closer() {
        // At the paragraph's start, after a direction mark, and after
        // "says," with a space: each ” opens what the next one closes.
        for (text, inner) in [
            (
                "Hed\n\n” … and then we left,” the letter read.\n",
                " … and then we left,",
            ),
            (
                "Hed\n\n\u{202A}”Well done, Ada!” wrote a reader.\n",
                "Well done, Ada!",
            ),
            (
                "Hed\n\nHe says,” there is no plan.”\n",
                " there is no plan.",
            ),
        ] {
            assert_eq!(quoted(text), (vec![inner.to_string()], 0), "{text}");
        }
        // Closed with the opening glyph: one quotation, its closer wrong.
        let text = "Hed\n\nShe wrote: ” Never again.“\n";
        assert_eq!(quoted(text), (vec![" Never again.".to_string()], 1));
    }

    #[test]
    fn a_closer_missing_its_opener_is_not_turned_into_one() {
        // After a comma with no verb of saying before it, or with an
        // opening mark next, ” closes a quotation whose opener is missing.
        let (q, problems) = quoted("Hed\n\nWe won,” he said. Then it rained,” she said.\n");
        assert!(q.is_empty(), "{q:?}");
        assert_eq!(problems, 2);
        let (q, problems) = quoted("Hed\n\n” he said. “We lost.”\n");
        assert_eq!(q, ["We lost."]);
        assert_eq!(problems, 1);
        // A quotation already open is closed by it, as before.
        assert_eq!(
            quoted("Hed\n\n“We won, ” he said.\n"),
            (vec!["We won, ".to_string()], 0)
        );
    }

    #[test]
    fn a_left_single_mark_after_a_word_with_no_closer_is_an_apostrophe() {
        let text = "Hed\n\nOn CBS‘ show he said, “We will win.”\n";
        assert_eq!(quoted(text), (vec!["We will win.".to_string()], 0));
        // The players‘ union: a plural possessive ahead does not close it.
        let text = "Hed\n\nThe players‘ union said “the owners’ offer is late.”\n";
        assert_eq!(quoted(text).1, 0);
        // A closer ahead makes it a quotation with a space lost after it.
        let text = "Hed\n\nHe called it‘ a disgrace’ on air.\n";
        assert_eq!(quoted(text), (vec![" a disgrace".to_string()], 0));
        // A quotation of its level open: it closes that one, as a wrong mark.
        let text = "Hed\n\n“She said ‘not on my watch‘, and left.”\n";
        let (q, problems) = quoted(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(problems, 1);
    }
}
