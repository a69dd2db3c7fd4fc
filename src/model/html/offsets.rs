//! Where each byte of an HTML page's article text came from. The text
//! the rules read is made of runs copied from the page, characters that
//! stand for a reference (`&rdquo;`), white space taken in, and the
//! breaks written between blocks; each is a piece, and a span of the text
//! maps back to the page through the pieces it starts and ends in.

use crate::span::Span;

/// A run of the text and the bytes of the page it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    /// Start in the text.
    out: u32,
    /// Start in the page.
    src: u32,
    /// Length in the text.
    out_len: u32,
    /// Length in the page.
    src_len: u32,
    /// Copied byte for byte: an offset inside maps to the same offset
    /// inside its page bytes. Otherwise the piece maps as a whole.
    copied: bool,
}

/// Pieces in text order, which is also page order.
#[derive(Clone, Debug, Default)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// Records `out_len` bytes written at `out` for the page's bytes
    /// `src..src + src_len`.
    pub fn push(&mut self, out: usize, src: usize, out_len: usize, src_len: usize, copied: bool) {
        if out_len == 0 {
            return;
        }
        // A copied run straight after another, in both, extends it.
        if let Some(last) = self.pieces.last_mut() {
            if copied
                && last.copied
                && (last.out + last.out_len) as usize == out
                && (last.src + last.src_len) as usize == src
            {
                last.out_len += out_len as u32;
                last.src_len += src_len as u32;
                return;
            }
        }
        self.pieces.push(Piece {
            out: out as u32,
            src: src as u32,
            out_len: out_len as u32,
            src_len: src_len as u32,
            copied,
        });
    }

    /// Forgets what was written from text offset `len` on (trailing white
    /// space cut from a block, a block left empty).
    pub fn truncate(&mut self, len: usize) {
        let len = len as u32;
        while let Some(last) = self.pieces.last_mut() {
            if last.out >= len {
                self.pieces.pop();
                continue;
            }
            let keep = len - last.out;
            if keep < last.out_len {
                if last.copied {
                    last.src_len = keep;
                }
                last.out_len = keep;
            }
            break;
        }
    }

    /// The page offset where text offset `at` begins: the start of what
    /// the character there was written with.
    pub fn start(&self, at: u32) -> u32 {
        let i = self.pieces.partition_point(|p| p.out <= at);
        let Some(p) = i.checked_sub(1).map(|i| self.pieces[i]) else {
            return self.pieces.first().map_or(0, |p| p.src);
        };
        if at >= p.out + p.out_len {
            // Past the piece (between blocks): where it ended.
            p.src + p.src_len
        } else if p.copied {
            p.src + (at - p.out)
        } else {
            p.src
        }
    }

    /// The page offset where text ending at `at` ends: the end of what
    /// the character before it was written with.
    pub fn end(&self, at: u32) -> u32 {
        let i = self.pieces.partition_point(|p| p.out < at);
        let Some(p) = i.checked_sub(1).map(|i| self.pieces[i]) else {
            return self.pieces.first().map_or(0, |p| p.src);
        };
        if p.copied && at < p.out + p.out_len {
            p.src + (at - p.out)
        } else {
            p.src + p.src_len
        }
    }

    /// `span` of the text as a span of the page.
    pub fn span(&self, span: Span) -> Span {
        let start = self.start(span.start);
        if span.is_empty() {
            return Span { start, end: start };
        }
        let end = self.end(span.end).max(start);
        Span { start, end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_runs_map_inside_and_references_as_a_whole() {
        // Page: `<p>AT&amp;T</p>`; text: "AT&T".
        let mut m = OffsetMap::default();
        m.push(0, 3, 2, 2, true);
        m.push(2, 5, 1, 5, false);
        m.push(3, 10, 1, 1, true);
        assert_eq!(m.span(Span::new(0, 4)), Span::new(3, 11));
        assert_eq!(m.span(Span::new(2, 3)), Span::new(5, 10));
        assert_eq!(m.span(Span::new(1, 2)), Span::new(4, 5));
        assert_eq!(m.span(Span::new(3, 4)), Span::new(10, 11));
        // An end at a tag between two runs is the first run's end.
        let mut m = OffsetMap::default();
        m.push(0, 0, 4, 4, true);
        m.push(4, 8, 5, 5, true);
        assert_eq!(m.span(Span::new(0, 4)), Span::new(0, 4));
        assert_eq!(m.span(Span::new(4, 9)), Span::new(8, 13));
    }

    #[test]
    fn truncating_cuts_the_last_pieces() {
        let mut m = OffsetMap::default();
        m.push(0, 0, 4, 4, true);
        m.push(4, 9, 1, 6, false);
        m.truncate(3);
        assert_eq!(m.pieces.len(), 1);
        assert_eq!(m.end(3), 3);
    }
}
