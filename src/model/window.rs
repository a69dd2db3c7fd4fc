//! Very large files, read a window at a time.
//!
//! An archive saved as one file (tens of megabytes of articles) would make
//! one document model several times its size. Instead it is cut between
//! paragraphs into windows of about [`WINDOW_BYTES`], each read as an
//! article of its own, so that memory holds a window's model per thread
//! rather than the whole file's. What is compared across an article —
//! names and spellings, the majority quotation style — is compared within
//! a window; a window of real copy holds hundreds of articles.
//!
//! A cut is made only where nothing runs across it: at a blank line whose
//! next paragraph does not open with a quotation mark (a quotation running
//! on over paragraphs reopens that way), and in Markdown only between
//! top-level blocks (never inside a list, a quotation block or code).

use super::conventions::Glyph;
use super::Format;
use std::ops::Range;

/// Files up to this size are read whole: an article, however long, is
/// one article.
pub const WHOLE_UP_TO: usize = 1 << 20;

/// The size a window of a larger file is cut at, once past it: small
/// enough that comparing names within a window stays cheap (that work
/// grows faster than the window), large enough to hold dozens of articles.
pub const WINDOW_BYTES: usize = 128 << 10;

/// The byte ranges of `text`'s windows, in order, covering it.
pub fn windows(text: &str, format: Format) -> Vec<Range<usize>> {
    cut(text, format, WHOLE_UP_TO, WINDOW_BYTES)
}

/// [`windows`] with other sizes: one range for a text of up to `whole`
/// bytes (or one that offers no safe cut), else windows of about
/// `target` bytes.
pub fn cut(text: &str, format: Format, whole: usize, target: usize) -> Vec<Range<usize>> {
    // An HTML page is read whole: its blocks are known only once the
    // tokenizer has walked it (see `super::html`).
    if text.len() <= whole || format == Format::Html {
        return std::iter::once(0..text.len()).collect();
    }
    let cuts = match format {
        Format::Plain | Format::Html => plain_cuts(text, target),
        Format::Markdown => markdown_cuts(text, target),
    };
    let cuts = forced(text, cuts, target * FORCE_AFTER);
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for c in cuts {
        if c > start && c < text.len() {
            out.push(start..c);
            start = c;
        }
    }
    out.push(start..text.len());
    out
}

/// A stretch with no safe cut (one paragraph, or paragraphs that all
/// open with a quotation mark) longer than this many windows is cut
/// anyway: no copy has such a paragraph, and reading it whole would make
/// a model many times its size (16 MB of brackets took 1 GB).
const FORCE_AFTER: usize = 8;

/// `cuts`, with a cut added wherever `limit` bytes pass without one: at
/// the next line start, else after the next space, else at the next
/// character.
fn forced(text: &str, cuts: Vec<usize>, limit: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(cuts.len());
    let mut last = 0;
    for c in cuts.into_iter().chain(std::iter::once(text.len())) {
        while c - last > limit {
            let from = last + limit;
            let slack = (c - from).min(limit);
            let window = &bytes[from..from + slack];
            let at = memchr::memchr(b'\n', window)
                .or_else(|| window.iter().position(u8::is_ascii_whitespace))
                .map(|i| from + i + 1)
                .unwrap_or_else(|| (from..c).find(|&i| text.is_char_boundary(i)).unwrap_or(c));
            if at >= c {
                break;
            }
            out.push(at);
            last = at;
        }
        if c < text.len() {
            out.push(c);
            last = c;
        }
    }
    out
}

/// Does a paragraph beginning at `at` open with a quotation mark?
fn opens_with_mark(text: &str, at: usize) -> bool {
    let first = text[at..].chars().find(|c| !c.is_whitespace());
    first.is_some_and(|c| Glyph::from_char(c).is_some() || c == '`' || c == '\'')
}

/// Plain text: the start of the first paragraph at or after each multiple
/// of `target` that follows a blank line and opens with no quotation mark.
fn plain_cuts(text: &str, target: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut cuts = Vec::new();
    let mut from = target;
    while from < bytes.len() {
        let mut at = from;
        let cut = loop {
            let Some(i) = memchr::memmem::find(&bytes[at..], b"\n\n") else {
                break None;
            };
            // The next line that holds something.
            let mut next = at + i + 2;
            while next < bytes.len() && bytes[next].is_ascii_whitespace() {
                next += 1;
            }
            let line = memchr::memrchr(b'\n', &bytes[..next]).map_or(0, |n| n + 1);
            if next < bytes.len() && !opens_with_mark(text, line) {
                break Some(line);
            }
            at = next.max(at + i + 2);
        };
        match cut {
            Some(c) => {
                cuts.push(c);
                from = c + target;
            }
            None => break,
        }
    }
    cuts
}

/// Markdown: the start of the line of the first top-level block that
/// begins at or after each multiple of `target`.
fn markdown_cuts(text: &str, target: usize) -> Vec<usize> {
    use pulldown_cmark::{Event, Options, Parser};
    let base = super::bom_len(text);
    let mut cuts = Vec::new();
    let mut next = target;
    let mut depth = 0usize;
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES;
    let tamed = super::markdown::tame_nesting(&text[base..]);
    let input = tamed.as_deref().unwrap_or(&text[base..]);
    for (event, range) in Parser::new_ext(input, opts).into_offset_iter() {
        let start = range.start + base;
        match event {
            Event::Start(_) => {
                if depth == 0 && start >= next {
                    let line =
                        memchr::memrchr(b'\n', &text.as_bytes()[..start]).map_or(0, |n| n + 1);
                    if line > *cuts.last().unwrap_or(&0) && !opens_with_mark(text, line) {
                        cuts.push(line);
                        next = line + target;
                    }
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_text_is_one_window() {
        assert_eq!(cut("Head\n\nBody.\n", Format::Plain, 0, 100), vec![(0..12)]);
        assert_eq!(windows("Head\n\nBody.\n", Format::Plain), vec![(0..12)]);
    }

    #[test]
    fn plain_windows_end_between_paragraphs_and_never_before_a_running_quote() {
        let para = "A paragraph of about forty bytes here.\n\n";
        let running = "\u{201c}It runs on\n\n\u{201c}and on.\u{201d}\n\n";
        let text = format!("Head\n\n{}{running}{}", para.repeat(3), para.repeat(3));
        let w = cut(&text, Format::Plain, 0, 100);
        assert!(w.len() > 1, "{w:?}");
        assert_eq!(w.first().unwrap().start, 0);
        assert_eq!(w.last().unwrap().end, text.len());
        for pair in w.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            let cut = pair[1].start;
            assert!(text[..cut].ends_with("\n\n"), "{cut}");
            assert!(!text[cut..].starts_with('\u{201c}'), "{cut}");
        }
    }

    #[test]
    fn a_paragraph_of_many_windows_is_cut_anyway() {
        // One paragraph of brackets, then one of words on one line.
        let text = format!("Head\n\n{}\n\n{}", "(".repeat(5000), "word ".repeat(1000));
        let w = cut(&text, Format::Plain, 0, 100);
        assert_eq!(w.first().unwrap().start, 0);
        assert_eq!(w.last().unwrap().end, text.len());
        for pair in w.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        // No window is longer than the forced limit and a line.
        assert!(w.iter().all(|r| r.len() <= 100 * FORCE_AFTER * 2), "{w:?}");
        // Among words, a forced cut follows a space.
        for r in &w {
            if r.start > 5010 {
                assert!(text[..r.start].ends_with(' '), "{r:?}");
            }
        }
        let md = cut(&text, Format::Markdown, 0, 100);
        assert!(
            md.iter().all(|r| r.len() <= 100 * FORCE_AFTER * 2),
            "{md:?}"
        );
        let multi = format!("Head\n\n{}", "\u{201c}é".repeat(4000));
        let w = cut(&multi, Format::Plain, 0, 100);
        assert!(w.len() > 1);
        assert!(w.iter().all(|r| multi.is_char_boundary(r.start)));
    }

    #[test]
    fn markdown_windows_end_between_top_level_blocks() {
        let item = "- one item of a list that runs long enough\n";
        let text = format!(
            "# Head\n\n{}\n> quoted\n> more quoted text here\n\n```\ncode\n\ncode\n```\n\nLast paragraph.\n",
            item.repeat(6)
        );
        let w = cut(&text, Format::Markdown, 0, 60);
        assert!(w.len() > 1, "{w:?}");
        for pair in w.windows(2) {
            let cut = pair[1].start;
            let rest = &text[cut..];
            // Never inside the list, the block quote or the code.
            assert!(!rest.starts_with("- ") || cut == 8, "{cut}: {rest:?}");
            assert!(!rest.starts_with("code"), "{cut}: {rest:?}");
            assert!(!rest.starts_with("> more"), "{cut}: {rest:?}");
        }
    }
}
