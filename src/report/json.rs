//! A file's entry in a JSON report, written straight into a buffer.
//!
//! With every rule on, an article has a dozen findings and printing them
//! through serde cost more than checking some rules: each key and value
//! went through the formatter's calls, and every string byte through the
//! escaper's table. The entry's shape is fixed, so its keys and layout are
//! written as they stand and strings are scanned eight bytes at a time.
//! The bytes are those serde_json's pretty printer writes (see the tests).

use super::{FileReport, Item};

impl FileReport {
    /// This file's entry in a JSON report's `files`, as
    /// [`super::json_file`] renders it.
    pub fn json_entry(&self) -> String {
        let size = 64 + self.path.len() + self.findings.len() * 512;
        let mut w = String::with_capacity(size);
        let never = |_: &mut String| Ok(());
        self.render_entry(&mut w, usize::MAX, never)
            .expect("writing to a string does not fail");
        w
    }

    /// [`FileReport::json_entry`], written to `out` a piece at a time: a
    /// file of a hundred thousand findings would otherwise be held twice,
    /// as findings and as their JSON (see `cli::stream`).
    pub fn write_json_entry<W: std::io::Write>(&self, out: &mut W) -> std::io::Result<()> {
        const PIECE: usize = 64 << 10;
        let mut w = String::with_capacity(PIECE + 4096);
        self.render_entry(&mut w, PIECE, |w| {
            out.write_all(w.as_bytes())?;
            w.clear();
            Ok(())
        })?;
        out.write_all(w.as_bytes())
    }

    /// Renders the entry into `w`, handing it to `flush` whenever it holds
    /// `piece` bytes or more; what is left at the end stays in `w`.
    fn render_entry(
        &self,
        w: &mut String,
        piece: usize,
        mut flush: impl FnMut(&mut String) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        w.push_str("{\n      \"path\": ");
        string(w, &self.path);
        if self.findings.is_empty() {
            w.push_str(",\n      \"findings\": []\n    }");
        } else {
            w.push_str(",\n      \"findings\": [");
            for (i, item) in self.findings.iter().enumerate() {
                w.push_str(if i == 0 { "\n" } else { ",\n" });
                finding(w, item);
                if w.len() >= piece {
                    flush(w)?;
                }
            }
            w.push_str("\n      ]\n    }");
        }
        Ok(())
    }
}

fn finding(w: &mut String, f: &Item) {
    w.push_str("        {\n          \"rule\": ");
    string(w, &f.rule);
    w.push_str(",\n          \"severity\": \"");
    w.push_str(f.severity.as_str());
    w.push_str("\",\n          \"start\": ");
    number(w, f.start);
    w.push_str(",\n          \"end\": ");
    number(w, f.end);
    w.push_str(",\n          \"line\": ");
    number(w, f.line);
    w.push_str(",\n          \"column\": ");
    number(w, f.column);
    w.push_str(",\n          \"end_line\": ");
    number(w, f.end_line);
    w.push_str(",\n          \"end_column\": ");
    number(w, f.end_column);
    w.push_str(",\n          \"message\": ");
    string(w, &f.message);
    w.push_str(",\n          \"text\": ");
    string(w, &f.text);
    if let Some(fix) = &f.fix {
        w.push_str(",\n          \"fix\": {\n            \"title\": ");
        string(w, &fix.title);
        w.push_str(",\n            \"applicability\": \"");
        w.push_str(fix.applicability.as_str());
        w.push_str("\",\n            \"edits\": [");
        for (i, e) in fix.edits.iter().enumerate() {
            w.push_str(if i == 0 { "\n" } else { ",\n" });
            w.push_str("              {\n                \"start\": ");
            number(w, e.start);
            w.push_str(",\n                \"end\": ");
            number(w, e.end);
            w.push_str(",\n                \"replacement\": ");
            string(w, &e.replacement);
            w.push_str("\n              }");
        }
        w.push_str(if fix.edits.is_empty() {
            "]"
        } else {
            "\n            ]"
        });
        w.push_str("\n          }");
    }
    if !f.related.is_empty() {
        w.push_str(",\n          \"related\": [");
        for (i, r) in f.related.iter().enumerate() {
            w.push_str(if i == 0 { "\n" } else { ",\n" });
            w.push_str("            {\n");
            if let Some(path) = &r.path {
                w.push_str("              \"path\": ");
                string(w, path);
                w.push_str(",\n");
            }
            w.push_str("              \"start\": ");
            number(w, r.start);
            w.push_str(",\n              \"end\": ");
            number(w, r.end);
            w.push_str(",\n              \"line\": ");
            number(w, r.line);
            if let Some(c) = r.column {
                w.push_str(",\n              \"column\": ");
                number(w, c);
            }
            w.push_str(",\n              \"message\": ");
            string(w, &r.message);
            w.push_str("\n            }");
        }
        w.push_str("\n          ]");
    }
    w.push_str("\n        }");
}

fn number(w: &mut String, n: u32) {
    w.push_str(itoa::Buffer::new().format(n));
}

/// `s` quoted and escaped as serde_json escapes it: `"` and `\`, and
/// control characters as `\b \t \n \f \r` or `\u00XX`; nothing else.
fn string(w: &mut String, s: &str) {
    w.push('"');
    let bytes = s.as_bytes();
    let mut done = 0;
    // Escaped bytes are ASCII, so the cuts fall on character boundaries.
    while let Some(at) = next_escape(bytes, done) {
        w.push_str(&s[done..at]);
        escape(w, bytes[at]);
        done = at + 1;
    }
    w.push_str(&s[done..]);
    w.push('"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte at or after `from` that must be escaped.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        // Each test sets a byte's high bit where it may hold a byte to
        // escape (a byte of 0x80 or above can set it too); the bytes of
        // a flagged word are then looked at one by one.
        let low = x.wrapping_sub(ONES * 0x20);
        let quote = (x ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
        let slash = (x ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
        if (low | quote | slash) & !x & HIGHS != 0 {
            if let Some(j) = bytes[i..i + 8].iter().position(|&b| needs_escape(b)) {
                return Some(i + j);
            }
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| needs_escape(b))
        .map(|j| i + j)
}

fn escape(w: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => w.push_str("\\\""),
        b'\\' => w.push_str("\\\\"),
        b'\x08' => w.push_str("\\b"),
        b'\t' => w.push_str("\\t"),
        b'\n' => w.push_str("\\n"),
        b'\x0c' => w.push_str("\\f"),
        b'\r' => w.push_str("\\r"),
        _ => {
            w.push_str("\\u00");
            w.push(char::from(HEX[usize::from(b >> 4)]));
            w.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{json_file, ItemEdit, ItemFix};
    use super::*;
    use crate::finding::Severity;

    fn item(s: &str, n: u32, fix: bool) -> Item {
        Item {
            rule: format!("rule.{s}"),
            severity: [Severity::Info, Severity::Warning, Severity::Error][n as usize % 3],
            start: n,
            end: n.wrapping_mul(7919),
            line: u32::MAX - n,
            column: 10,
            end_line: 9,
            end_column: 1_000_000_000,
            message: format!("“{s}” {s}{s}"),
            text: s.into(),
            fix: fix.then(|| {
                Box::new(ItemFix {
                    title: format!("Replace “{s}”"),
                    applicability: crate::fix::Applicability::Suggested,
                    edits: (0..n % 3)
                        .map(|k| ItemEdit {
                            start: k,
                            end: n,
                            replacement: s.repeat(3),
                        })
                        .collect(),
                })
            }),
            related: (0..n % 3)
                .map(|k| super::super::ItemRelated {
                    path: (k == 1).then(|| format!("t/{s}.txt")),
                    start: k,
                    end: n,
                    line: k + 1,
                    column: (k != 1).then_some(n),
                    message: format!("the “{s}” {k}"),
                })
                .collect(),
            source_line: "not printed".into(),
        }
    }

    #[test]
    fn entries_are_what_serde_json_prints() {
        let strings = [
            "",
            "plain words in a row",
            "\"quoted\" and \\back\\slashed\\",
            "\u{0}\u{1}\u{8}\t\n\u{b}\u{c}\r\u{1f} \u{7f}",
            "naïve “curly” ‘quotes’ — 😀 \u{80}\u{ffff}",
            "eight by\"eight by\\eight by\neight b\u{1f}",
            "ÿÿÿÿÿÿÿÿ\"ÿÿÿÿ\u{9c}\u{a2}\u{dc}",
        ];
        let mut reports = vec![FileReport {
            path: "no/findings.txt".into(),
            findings: vec![],
            line_starts: Vec::new(),
        }];
        for (n, s) in strings.iter().enumerate() {
            let findings = (0..=n as u32).map(|i| item(s, i, i % 2 == 1)).collect();
            reports.push(FileReport {
                path: format!("dir/{s}.txt"),
                findings,
                line_starts: Vec::new(),
            });
        }
        for r in &reports {
            assert_eq!(r.json_entry(), json_file(r), "{}", r.path);
        }
        // Written in pieces, the same bytes: a report of many findings,
        // several pieces long.
        let many = FileReport {
            path: "big.txt".into(),
            findings: (0..2000)
                .map(|i| item(strings[i as usize % 4], i, i % 3 == 0))
                .collect(),
            line_starts: Vec::new(),
        };
        for r in reports.iter().chain([&many]) {
            let mut out = Vec::new();
            r.write_json_entry(&mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                r.json_entry(),
                "{}",
                r.path
            );
        }
        assert!(many.json_entry().len() > 2 * (64 << 10));
        for b in 0..=0x7fu8 {
            let s = format!("abcdefg{}hijklmnopq", b as char);
            let mut w = String::new();
            string(&mut w, &s);
            assert_eq!(w, serde_json::to_string(&s).unwrap(), "byte {b:#x}");
        }
    }
}
