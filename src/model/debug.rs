//! A readable dump of the model, for `ascribe model FILE`.

use super::Document;
use std::fmt::Write;

/// `s` with line breaks shown (⏎), cut at `max` characters: the dump
/// shows where lines break, which a message's excerpt hides.
fn shown(s: &str, max: usize) -> String {
    let flat: String = s.chars().map(|c| if c == '\n' { '⏎' } else { c }).collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let head: String = flat.chars().take(max).collect();
        format!("{head}…")
    }
}

pub fn dump(doc: &Document<'_>) -> String {
    let mut out = String::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let _ = writeln!(
            out,
            "block {i} {:?} {}..{}: {}",
            b.kind,
            b.span.start,
            b.span.end,
            shown(b.span.text(doc.text), 60)
        );
        for s in &doc.sentences[b.sentences.start as usize..b.sentences.end as usize] {
            let _ = writeln!(
                out,
                "  sentence {}..{}: {}",
                s.span.start,
                s.span.end,
                shown(s.span.text(doc.text), 60)
            );
        }
        for m in &doc.marks[b.marks.start as usize..b.marks.end as usize] {
            let _ = writeln!(
                out,
                "  mark {} {:?} {:?} {:?}{}{}",
                m.span.start,
                m.glyph.as_str(),
                m.level,
                m.role,
                if m.weak { " weak" } else { "" },
                if m.in_markup { " in-markup" } else { "" }
            );
        }
    }
    for q in &doc.quotations {
        let _ = writeln!(
            out,
            "quotation {}..{} {:?} depth {} blocks {}..={} {}: {}",
            q.span.start,
            q.span.end,
            q.level,
            q.depth,
            q.first_block,
            q.last_block,
            if q.close.is_some() {
                "closed"
            } else {
                "unclosed"
            },
            shown(q.inner.text(doc.text), 50)
        );
    }
    for p in &doc.quote_problems {
        let _ = writeln!(out, "problem {p:?}");
    }
    for p in &doc.bracket_problems {
        let _ = writeln!(out, "problem {p:?}");
    }
    out
}
