//! Positions as the editor counts them, and the edits it sends.
//!
//! LSP counts a column in UTF-16 code units unless client and server agree
//! on another encoding; ascribe's spans are byte offsets. Both directions
//! are here, so that no other part of the server counts columns.

use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// How the client counts columns: negotiated once, at `initialize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Bytes of UTF-8: offered by some clients, and free to compute.
    Utf8,
    /// UTF-16 code units: the protocol's default.
    Utf16,
}

/// One text with its line starts, for converting between byte offsets and
/// positions. Only `\n` ends a line (a `\r` before it is part of no
/// column anyone can reach: positions past a line's end are clamped).
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<u32>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Lines<'t> {
        let starts = crate::line_index::LineIndex::new(text).into_starts();
        Lines { text, starts }
    }

    /// The 0-based line holding byte `offset` (clamped to the text).
    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The bytes of 0-based `line`, without its `\n` or `\r\n`.
    fn line_bounds(&self, line: usize) -> (usize, usize) {
        let start = self.starts[line] as usize;
        let end = match self.starts.get(line + 1) {
            Some(&next) => next as usize - 1,
            None => self.text.len(),
        };
        let end = if self.text.as_bytes()[start..end].last() == Some(&b'\r') {
            end - 1
        } else {
            end
        };
        (start, end)
    }

    /// The position of byte `offset`; an offset inside a character counts
    /// as that character's start.
    pub fn position(&self, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line] as usize;
        let prefix = &self.text[start..offset];
        let character = match enc {
            Encoding::Utf8 => prefix.len(),
            Encoding::Utf16 => prefix.chars().map(char::len_utf16).sum(),
        };
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, start: usize, end: usize, enc: Encoding) -> Range {
        Range::new(self.position(start, enc), self.position(end, enc))
    }

    /// The byte offset of `pos`. As the protocol asks, a column past the
    /// line's end means the line's end, and a line past the text's end
    /// means the text's end; a column inside a character (half of a
    /// surrogate pair, or a UTF-8 continuation byte) means its start.
    pub fn offset(&self, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        if line >= self.starts.len() {
            return self.text.len();
        }
        let (start, end) = self.line_bounds(line);
        let want = pos.character as usize;
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            let width = match enc {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units + width > want {
                return start + i;
            }
            units += width;
        }
        end
    }
}

/// Applies the client's changes, in the order sent, to `text`. A change
/// with no range replaces the whole text; a range with its ends swapped
/// is taken in order rather than refused.
pub fn apply_changes(
    text: &mut String,
    changes: Vec<TextDocumentContentChangeEvent>,
    enc: Encoding,
) {
    for change in changes {
        match change.range {
            None => *text = change.text,
            Some(range) => {
                let lines = Lines::new(text);
                let a = lines.offset(range.start, enc);
                let b = lines.offset(range.end, enc);
                let (a, b) = (a.min(b), a.max(b));
                text.replace_range(a..b, &change.text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_round_trip_in_both_encodings() {
        let text = "ab\r\n“x” 😀y\nlast";
        let lines = Lines::new(text);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for (at, c) in text.char_indices() {
                let p = lines.position(at, enc);
                // The `\n` of a `\r\n` is no column of its own.
                if c != '\n' {
                    assert_eq!(lines.offset(p, enc), at, "{enc:?} {at}");
                }
            }
        }
        let y = text.find('y').unwrap();
        assert_eq!(lines.position(y, Encoding::Utf16), Position::new(1, 6));
        assert_eq!(lines.position(y, Encoding::Utf8), Position::new(1, 12));
    }

    #[test]
    fn positions_out_of_bounds_are_clamped() {
        let text = "ab\r\n😀\n";
        let lines = Lines::new(text);
        let enc = Encoding::Utf16;
        assert_eq!(lines.offset(Position::new(0, 99), enc), 2);
        assert_eq!(lines.offset(Position::new(9, 0), enc), text.len());
        // Between the two halves of the surrogate pair: the emoji's start.
        assert_eq!(lines.offset(Position::new(1, 1), enc), 4);
        assert_eq!(lines.offset(Position::new(1, 2), enc), 8);
        assert_eq!(lines.position(5, enc), Position::new(1, 0));
    }

    #[test]
    fn incremental_changes_apply_in_order() {
        let mut text = String::from("“We won, said Ada.\nNext");
        let at = |l, c| Some(Range::new(Position::new(l, c), Position::new(l, c)));
        let changes = vec![
            TextDocumentContentChangeEvent {
                range: at(0, 8),
                range_length: None,
                text: "”".into(),
            },
            TextDocumentContentChangeEvent {
                range: Some(Range::new(Position::new(1, 0), Position::new(1, 4))),
                range_length: None,
                text: "Then".into(),
            },
        ];
        apply_changes(&mut text, changes, Encoding::Utf16);
        assert_eq!(text, "“We won,” said Ada.\nThen");
    }
}
