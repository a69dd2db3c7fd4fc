//! Words read out: a quotation inside a source ("Mr. Trump, in December,
//! you said this. “…”", a speech that reads out a paper's headlines) is
//! someone else's words, not those of the turn it stands in. The
//! transcript gives such words to no one, so an article that credits them
//! to their author is not contradicted by the reader's label.
//!
//! The quotations are found by the document model, with the run's
//! language's marks, a window at a time so that a very large source never
//! makes one model of itself.

use crate::model::{window, Conventions, Document, Format};
use crate::span::Span;

/// The inner spans of `text`'s closed outermost quotations, in order.
pub(super) fn quoted(text: &str, conv: &Conventions) -> Vec<Span> {
    let mut out = Vec::new();
    for w in window::windows(text, Format::Plain) {
        let at = w.start as u32;
        let doc = Document::parse_part(&text[w.clone()], Format::Plain, conv, w.start == 0);
        out.extend(
            doc.quotations
                .iter()
                .filter(|q| q.depth == 0 && q.close.is_some())
                .map(|q| Span {
                    start: q.inner.start + at,
                    end: q.inner.end + at,
                }),
        );
    }
    out
}

/// Which of `words` (byte spans, in reading order) lie inside one of
/// `quoted` (sorted): a flag per word. Called once per turn with the
/// whole file's quotations, so the walk starts where the turn does: a
/// transcript of many turns and many quotations stays linear.
pub(super) fn mark(words: &[Span], quoted: &[Span]) -> Vec<bool> {
    let Some(first) = words.first() else {
        return Vec::new();
    };
    let mut q = quoted.partition_point(|s| s.end < first.end);
    words
        .iter()
        .map(|w| {
            while q < quoted.len() && quoted[q].end < w.end {
                q += 1;
            }
            quoted
                .get(q)
                .is_some_and(|s| s.start <= w.start && w.end <= s.end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv() -> Conventions {
        Conventions::builtin("en").unwrap()
    }

    #[test]
    fn a_quotation_read_out_in_a_turn_is_found() {
        let t = "HALE: Mayor, last spring you wrote this. “The ferry will run all winter.” Do you stand by it?\n\nMOSS: I do.\n";
        let q = quoted(t, &conv());
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text(t), "The ferry will run all winter.");
    }

    #[test]
    fn apostrophes_and_unclosed_marks_read_nothing_out() {
        let t = "MOSS: It's the council's ferry, and we won't sell it.\n\nHALE: You called it “a burden.\n";
        assert!(quoted(t, &conv()).is_empty());
    }

    #[test]
    fn words_are_marked_inside_and_outside() {
        let quoted = [Span::new(10, 20), Span::new(30, 40)];
        let words = [
            Span::new(0, 5),
            Span::new(10, 14),
            Span::new(15, 20),
            Span::new(21, 25),
            Span::new(31, 35),
            Span::new(41, 45),
        ];
        assert_eq!(
            mark(&words, &quoted),
            [false, true, true, false, true, false]
        );
        // A later turn's words alone, as `Index::add` asks.
        assert_eq!(mark(&words[4..], &quoted), [true, false]);
        assert!(mark(&[], &quoted).is_empty());
    }
}
