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
///
/// One pass each way, so that a block's cost is linear in its marks (a
/// block holds up to `MAX_MARKS_PER_BLOCK` of them, and asking the marks
/// before and after each one anew made a page of such blocks seven times
/// slower): what lies ahead of each mark is read first, from the end, and
/// what the marks before it leave open is carried along. A mark's new role
/// changes only what the marks after it see as open, never what lies ahead
/// of the ones before it, so both readings are those of a fresh search.
pub(super) fn settle(text: &str, floor: usize, lang: &Conventions, ms: &mut [Mark]) {
    let odd = |m: &Mark| {
        !m.in_markup
            && matches!(
                (m.glyph, m.role),
                (Glyph::CurlyDoubleRight, MarkRole::Close)
                    | (Glyph::CurlySingleLeft, MarkRole::Open)
            )
    };
    if !ms.iter().any(odd) {
        return;
    }
    let opens_with_curly = lang
        .mark(Glyph::CurlyDoubleLeft)
        .is_some_and(|m| m.role == Role::Open);
    let ahead = ahead(text, floor, ms);
    let mut open = [0usize; 2];
    for i in 0..ms.len() {
        let m = ms[i];
        let depth = open[m.level as usize];
        if odd(&m) {
            if opens_with_curly
                && is_closer_opening(
                    text,
                    floor,
                    lang,
                    &m,
                    open[Level::Outer as usize],
                    ahead[i].next,
                )
            {
                ms[i].forwards = true;
            } else if is_word_final_apostrophe(text, floor, lang, &m, depth, ahead[i].closer) {
                ms[i].role = MarkRole::Apostrophe;
                ms[i].backwards = false;
            }
        }
        open[m.level as usize] = after(depth, &ms[i]);
    }
}

/// What the marks after one mark hold for it, as classified.
#[derive(Clone, Copy, Default)]
struct Ahead {
    /// The next mark of the outer level that is a quotation mark (not an
    /// apostrophe or a prime).
    next: Option<Mark>,
    /// Whether a mark of its own level that could close it comes before
    /// the next one of that level that opens.
    closer: bool,
}

fn ahead(text: &str, floor: usize, ms: &[Mark]) -> Vec<Ahead> {
    let mut out = vec![Ahead::default(); ms.len()];
    let mut next = None;
    let mut closer = [false; 2];
    for (i, n) in ms.iter().enumerate().rev() {
        out[i] = Ahead {
            next,
            closer: closer[n.level as usize],
        };
        if n.level == Level::Outer && !matches!(n.role, MarkRole::Apostrophe | MarkRole::Prime) {
            next = Some(*n);
        }
        let c = &mut closer[n.level as usize];
        *c = match n.role {
            MarkRole::Open if !n.backwards => false,
            MarkRole::Either => true,
            // A weak ’ after an "s" may be a plural possessive (the
            // players’ union), which closes nothing.
            MarkRole::Close => {
                *c || !n.weak || !text[floor..n.span.start as usize].ends_with(['s', 'S'])
            }
            _ => *c,
        };
    }
    out
}

/// A ” that nothing before it in the paragraph opened (`open` is what the
/// marks before it leave open at the outer level), standing where a
/// quotation begins (the paragraph's start, after a space or an opening
/// bracket, or after "says," as in `says,” there …`), with a closing mark
/// of its style next: it opens the quotation that mark closes. Only the
/// place and the closer together say so: a ” alone after a comma is a
/// closer whose opener is missing (`We won,” he said.`).
fn is_closer_opening(
    text: &str,
    floor: usize,
    lang: &Conventions,
    m: &Mark,
    open: usize,
    next: Option<Mark>,
) -> bool {
    if m.glyph != Glyph::CurlyDoubleRight || m.role != MarkRole::Close || m.forwards || m.weak {
        return false;
    }
    if open > 0 {
        return false;
    }
    let closes = next.is_some_and(|n| {
        n.style() == m.style()
            && !n.weak
            && (n.role == MarkRole::Close || (n.role == MarkRole::Open && n.backwards))
    });
    closes && opening_place(text, floor, m.span.start as usize, lang)
}

/// A ‘ right after a letter or digit, with no quotation of its level open
/// (`open`) and no mark after it in the paragraph that could close it
/// before the next one opens (`closer_ahead`): an apostrophe typed with
/// the wrong glyph (`CBS‘ news`, `the players‘ union`), not a quotation
/// running to the paragraph's end.
fn is_word_final_apostrophe(
    text: &str,
    floor: usize,
    lang: &Conventions,
    m: &Mark,
    open: usize,
    closer_ahead: bool,
) -> bool {
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
    after_word && open == 0 && !closer_ahead
}

/// How many quotations of its level are open after mark `n`, when `depth`
/// were open before it, reading each mark as the pairing will (a closer
/// with nothing open closes nothing; a wrong opener opens only when
/// nothing is open).
fn after(depth: usize, n: &Mark) -> usize {
    match n.role {
        MarkRole::Open if !n.backwards => depth + 1,
        MarkRole::Close if n.forwards && depth == 0 => 1,
        MarkRole::Open | MarkRole::Close | MarkRole::Either if depth > 0 => depth - 1,
        MarkRole::Open | MarkRole::Either => 1,
        _ => depth,
    }
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
