//! Line and column lookup, computed only when a report is rendered.

/// From this size up, lines are found in parallel ranges.
const PARALLEL_BYTES: usize = 1 << 21;

/// Line starts of one text, for turning byte offsets into positions.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

/// A 1-based position. `column` counts Unicode scalar values; `column_utf16`
/// counts UTF-16 code units, as editors speaking LSP expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub column_utf16: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0u32];
        if bytes.len() < PARALLEL_BYTES {
            starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i as u32 + 1));
        } else {
            // A file of tens of megabytes has a million lines or more; its
            // report waits for them, so they are found on all threads.
            let parts = crate::slices::par_ranges(bytes.len(), PARALLEL_BYTES, |r| {
                let at = r.start as u32 + 1;
                memchr::memchr_iter(b'\n', &bytes[r])
                    .map(|i| i as u32 + at)
                    .collect::<Vec<u32>>()
            });
            starts.reserve(parts.iter().map(Vec::len).sum());
            for p in parts {
                starts.extend_from_slice(&p);
            }
        }
        LineIndex { starts }
    }

    /// 0-based line number holding `offset`.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The byte offset each line starts at, line 1's first.
    pub fn into_starts(self) -> Vec<u32> {
        self.starts
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line] as usize
    }

    /// The text of 0-based `line`, without its line terminator.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let start = self.line_origin(text, line);
        let end = self
            .starts
            .get(line + 1)
            .map(|&s| s as usize - 1)
            .unwrap_or(text.len());
        text[start..end].trim_end_matches('\r')
    }

    pub fn position(&self, text: &str, offset: u32) -> Position {
        let offset = (offset as usize).min(text.len());
        let line = self.line_of(offset as u32);
        let start = self.line_origin(text, line).min(offset);
        self.position_from(text, start, line, 1, 1, offset)
    }

    /// Where column 1 of 0-based `line` is: its start, or after the
    /// byte-order mark the text begins with, which is no character of
    /// the line (editors do not show it).
    fn line_origin(&self, text: &str, line: usize) -> usize {
        let start = self.starts[line] as usize;
        if line == 0 {
            crate::model::bom_len(text)
        } else {
            start
        }
    }

    /// [`position`](Self::position) of `offset`, given `at`, the position
    /// of an earlier offset `from`: a span's end counted on from its
    /// start, not again from the start of a line that may be a whole
    /// paragraph.
    pub fn position_after(&self, text: &str, from: u32, at: Position, offset: u32) -> Position {
        let offset = (offset as usize).min(text.len());
        let line = self.line_of(offset as u32);
        let from = from as usize;
        if line + 1 != at.line as usize || from > offset || !text.is_char_boundary(from) {
            return self.position(text, offset as u32);
        }
        self.position_from(text, from, line, at.column, at.column_utf16, offset)
    }

    /// The position of `offset` on line `line`, counting on from byte
    /// `start` of that line, whose columns are `column` and `column_utf16`.
    fn position_from(
        &self,
        text: &str,
        start: usize,
        line: usize,
        column: u32,
        column_utf16: u32,
        offset: usize,
    ) -> Position {
        // A span may end just past a line's `\n`; clamp onto a char boundary.
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Every byte but a continuation byte (0x80..0xC0) starts a
        // character. One beyond the Basic Multilingual Plane takes two
        // UTF-16 units, and only its lead byte is 0xF0 or above. Both are
        // byte counts, taken in one pass that vectorises, where decoding
        // would go char by char over what may be a whole paragraph.
        let (chars, astral) = text.as_bytes()[start..end]
            .iter()
            .fold((0u32, 0u32), |(c, a), &b| {
                (c + u32::from((b as i8) >= -0x40), a + u32::from(b >= 0xF0))
            });
        let (chars, astral) = (chars as usize, astral as usize);
        Position {
            line: line as u32 + 1,
            column: chars as u32 + column,
            column_utf16: (chars + astral) as u32 + column_utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_text_has_the_same_lines_found_in_parallel() {
        let mut text = String::new();
        let mut n = 0usize;
        while text.len() < 3 * PARALLEL_BYTES + 17 {
            // Lines of varied length, some empty, some ending on a range's edge.
            text.push_str(&"x".repeat(n % 97));
            text.push('\n');
            n += 1;
        }
        text.push_str("last line, no newline");
        let want: Vec<u32> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i as u32 + 1))
            .collect();
        assert_eq!(LineIndex::new(&text).starts, want);
    }

    #[test]
    fn positions_count_scalars_and_utf16_units() {
        let text = "ab\n“x” 😀y\n";
        let idx = LineIndex::new(text);
        let y = text.find('y').unwrap() as u32;
        let p = idx.position(text, y);
        assert_eq!((p.line, p.column, p.column_utf16), (2, 6, 7));
        assert_eq!(idx.line_text(text, 1), "“x” 😀y");
        assert_eq!(idx.position(text, 0).line, 1);
        let text = "a\u{7ff}\u{ffff}\u{10000}\u{10ffff}é😀\nx";
        let idx = LineIndex::new(text);
        for (at, _) in text.char_indices().take_while(|&(_, c)| c != '\n') {
            let prefix = &text[..at];
            let p = idx.position(text, at as u32);
            assert_eq!(p.column_utf16 as usize, prefix.encode_utf16().count() + 1);
        }
    }

    #[test]
    fn a_byte_order_mark_is_no_column() {
        let text = "\u{feff}Head (x\nB";
        let idx = LineIndex::new(text);
        let p = idx.position(text, 3);
        assert_eq!((p.line, p.column, p.column_utf16), (1, 1, 1));
        let paren = text.find('(').unwrap() as u32;
        assert_eq!(idx.position(text, paren).column, 6);
        assert_eq!(idx.line_text(text, 0), "Head (x");
        assert_eq!(idx.position(text, text.len() as u32 - 1).column, 1);
    }

    #[test]
    fn counting_on_from_a_start_agrees_with_counting_from_the_line() {
        let text = "ab “x” 😀y\n\nsé — z\u{10ffff}q\nlast";
        let idx = LineIndex::new(text);
        // Every byte offset, boundaries or not, past the end too.
        for from in 0..=text.len() + 2 {
            let at = idx.position(text, from as u32);
            for to in from..=text.len() + 2 {
                assert_eq!(
                    idx.position_after(text, from as u32, at, to as u32),
                    idx.position(text, to as u32),
                    "{from}..{to}"
                );
            }
        }
    }
}
