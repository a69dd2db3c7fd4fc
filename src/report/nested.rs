//! serde_json's pretty printing for a value that sits some levels deep in
//! a larger document.
//!
//! Rendering the value at the top and then indenting each line after it
//! (`replace('\n', "\n    ")`) went over every byte of a report twice and
//! copied it once more; starting the printer at the right depth writes
//! the same bytes in one pass.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::{self, Write};

/// Pretty JSON of `v` as it reads `depth` levels deep in a document
/// printed by `serde_json::to_string_pretty` (two spaces a level): what
/// that gives for `v` alone with every line after the first indented by
/// `depth` levels.
pub fn pretty_at<T: Serialize + ?Sized>(v: &T, depth: usize) -> String {
    let mut out = Vec::with_capacity(256);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Nested::at(depth));
    v.serialize(&mut ser).expect("report serialises");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// As serde_json's `PrettyFormatter` with a two-space indent, but starting
/// `depth` levels in, and writing each line break with its indent at once
/// (the printer writes the indent a level at a time).
struct Nested {
    depth: usize,
    has_value: bool,
}

/// A comma, a line break and the indent of the deepest levels a report
/// reaches; deeper indents are written in pieces.
const BREAK: &[u8] = b",\n                                ";

impl Nested {
    fn at(depth: usize) -> Nested {
        Nested {
            depth,
            has_value: false,
        }
    }

    /// A line break and the indent, after a comma when `comma`.
    fn line<W: ?Sized + Write>(&self, w: &mut W, comma: bool) -> io::Result<()> {
        let room = BREAK.len() - 2;
        let mut spaces = self.depth * 2;
        let first = spaces.min(room);
        w.write_all(&BREAK[usize::from(!comma)..2 + first])?;
        spaces -= first;
        while spaces > 0 {
            let n = spaces.min(room);
            w.write_all(&BREAK[2..2 + n])?;
            spaces -= n;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(w, false)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, !first)
    }
}

impl Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_as_the_pretty_printer_indented_after_the_first_line() {
        let deep = (0..24).fold(json!("x"), |v, i| json!({ format!("k{i}"): [v, []] }));
        let values = [
            json!(null),
            json!([]),
            json!({}),
            json!([[], {}, [[]], {"a": {}}]),
            json!({"s": "line\nbreak \"q\" \\ \u{1}", "n": [1, -2.5, true], "e": {}}),
            deep,
        ];
        for v in &values {
            for depth in [0, 1, 2, 5, 20] {
                let indent = "  ".repeat(depth);
                let want = serde_json::to_string_pretty(v)
                    .unwrap()
                    .replace('\n', &format!("\n{indent}"));
                assert_eq!(pretty_at(v, depth), want, "depth {depth}: {v}");
            }
        }
    }
}
