//! Words as quotations are compared: both a source's text and a quotation
//! are cut into the same words, so that what may differ between them
//! (case, punctuation, straight or curly apostrophes) is gone before
//! they are compared.

use crate::span::Span;

/// A word of a text, with where it stands and what the comparison sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// Lower case, apostrophes straight, thousands separators gone.
    pub norm: String,
    /// An ellipsis stands just before it: words may have been left out
    /// there.
    pub gap_before: bool,
    /// Inside square brackets: the writer's words, not the speaker's.
    pub bracket: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Where an ellipsis written as `...` or `. . .` ends, if one starts at
/// byte `i` of `text`.
fn dots_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(i..i + 3) == Some(b"...") {
        let mut end = i + 3;
        while b.get(end) == Some(&b'.') {
            end += 1;
        }
        return Some(end);
    }
    if b.get(i..i + 5) == Some(b". . .") {
        return Some(i + 5);
    }
    None
}

/// What to skip as not the speaker's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A quotation: brackets are kept (as the writer's), ellipses marked.
    Quotation,
    /// A source: bracketed notes (`[laughter]`) and parenthesised stage
    /// directions in capitals (`(APPLAUSE)`) are left out.
    Source,
}

/// The words of `text`, spans counted from `base`.
pub fn words(text: &str, base: u32, mode: Mode) -> Vec<Word> {
    let mut out = Vec::new();
    let mut gap = false;
    let mut bracket = false;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '…' {
            gap = true;
            continue;
        }
        if c == '.' {
            if let Some(end) = dots_at(text, i) {
                gap = true;
                while it.peek().is_some_and(|&(j, _)| j < end) {
                    it.next();
                }
            }
            continue;
        }
        match (c, mode) {
            ('[', Mode::Quotation) => bracket = true,
            (']', Mode::Quotation) => bracket = false,
            ('[', Mode::Source) | ('(', Mode::Source) => {
                let close = if c == '[' { ']' } else { ')' };
                // A note runs to its closing mark on the same line; a
                // parenthesis is skipped only when nothing in it is lower
                // case (a stage direction, not the speaker's aside).
                let rest = &text[i + 1..];
                let line_end = rest.find('\n').unwrap_or(rest.len());
                if let Some(k) = rest[..line_end].find(close) {
                    let inner = &rest[..k];
                    if c == '[' || !inner.chars().any(char::is_lowercase) {
                        let end = i + 1 + k + 1;
                        while it.peek().is_some_and(|&(j, _)| j < end) {
                            it.next();
                        }
                    }
                }
            }
            _ => {}
        }
        if !c.is_alphanumeric() {
            continue;
        }
        // A word: letters and digits, with apostrophes inside it ("won't")
        // and commas or points between digits ("30,000", "3.5").
        let mut end = i + c.len_utf8();
        let mut norm = String::new();
        push_lower(&mut norm, c);
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                push_lower(&mut norm, d);
                end = j + d.len_utf8();
                it.next();
                continue;
            }
            let next = text[j + d.len_utf8()..].chars().next();
            let digits = matches!(d, ',' | '.')
                && norm.chars().last().is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            // "e-mails" and "emails", "non-negotiable" and "nonnegotiable"
            // are one word spelt two ways: after such a prefix the hyphen
            // is dropped. Elsewhere it parts two words, as a space would
            // ("carefully-crafted", "one-hundred").
            let hyphen = d == '-'
                && next.is_some_and(char::is_alphabetic)
                && HYPHEN_PREFIXES.contains(&norm.as_str());
            if hyphen {
                it.next();
                continue;
            }
            if is_apostrophe(d) && next.is_some_and(char::is_alphanumeric) || digits {
                if is_apostrophe(d) {
                    norm.push('\'');
                } else if d == '.' {
                    norm.push('.');
                }
                it.next();
                continue;
            }
            break;
        }
        out.push(Word {
            span: Span::new(base as usize + i, base as usize + end),
            norm,
            gap_before: std::mem::take(&mut gap),
            bracket,
        });
    }
    // An ellipsis at the very end: words may be left out after the last.
    if gap {
        out.push(Word {
            span: Span::new(base as usize + text.len(), base as usize + text.len()),
            norm: String::new(),
            gap_before: true,
            bracket: false,
        });
    }
    out
}

/// Prefixes written with or without a hyphen.
const HYPHEN_PREFIXES: &[&str] = &["e", "non", "co", "re", "pre", "anti", "un"];

fn push_lower(s: &mut String, c: char) {
    if c.is_ascii() {
        s.push(c.to_ascii_lowercase());
    } else {
        s.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str, mode: Mode) -> Vec<String> {
        words(text, 0, mode).into_iter().map(|w| w.norm).collect()
    }

    #[test]
    fn case_marks_and_separators_are_not_differences() {
        assert_eq!(
            norms(
                "We WON’T pay $30,000 — or 3.5% in e-mails - no.",
                Mode::Quotation
            ),
            ["we", "won't", "pay", "30000", "or", "3.5", "in", "emails", "no"]
        );
        assert_eq!(
            norms("'Tis 'the' end.", Mode::Quotation),
            ["tis", "the", "end"]
        );
    }

    #[test]
    fn ellipses_and_brackets_are_marked() {
        let w = words(
            "we will … not [the president] go... on . . . now",
            0,
            Mode::Quotation,
        );
        let flags: Vec<(&str, bool, bool)> = w
            .iter()
            .map(|w| (w.norm.as_str(), w.gap_before, w.bracket))
            .collect();
        assert_eq!(
            flags,
            [
                ("we", false, false),
                ("will", false, false),
                ("not", true, false),
                ("the", false, true),
                ("president", false, true),
                ("go", false, false),
                ("on", true, false),
                ("now", true, false),
            ]
        );
        let tail = words("and so…", 0, Mode::Quotation);
        assert!(tail.last().unwrap().gap_before && tail.last().unwrap().norm.is_empty());
    }

    #[test]
    fn sources_leave_out_notes_and_stage_directions() {
        assert_eq!(
            norms(
                "Thank you. [laughter] (APPLAUSE) We (and they) won",
                Mode::Source
            ),
            ["thank", "you", "we", "and", "they", "won"]
        );
        assert_eq!(words("x (UNCLOSED", 0, Mode::Source).len(), 2);
    }
}
