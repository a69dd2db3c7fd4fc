//! The outline: the article's sources list, each source once with its
//! statements as children, as `ascribe extract --format markdown` lists
//! them (both are built by `report::map::sources`).

use super::text::{Encoding, Lines};
use crate::attribution::Attribution;
use crate::report::map::{sources, MapFile, MapItem};
use lsp_types::{DocumentSymbol, SymbolKind};

pub fn document_symbols(text: &str, atts: &[Attribution], enc: Encoding) -> Vec<DocumentSymbol> {
    let file = MapFile::new(String::new(), text, atts);
    let lines = Lines::new(text);
    sources(&file)
        .into_iter()
        .map(|source| {
            let children: Vec<DocumentSymbol> = source
                .statements
                .iter()
                .map(|item| statement(item, &lines, enc))
                .collect();
            let n = children.len();
            // A source's range runs from its first statement to its last, so
            // that it holds its children; its statements may lie far apart.
            let (start, end) = source
                .statements
                .iter()
                .map(|i| extent(i))
                .fold((u32::MAX, 0), |(a, b), (s, e)| (a.min(s), b.max(e)));
            let first = source.statements[0];
            let (ss, se) = first
                .source
                .as_ref()
                .map_or(extent(first), |s| (s.start, s.end));
            #[allow(deprecated)] // `deprecated` must be given, though deprecated.
            DocumentSymbol {
                name: source.shown,
                detail: Some(format!(
                    "{}, {n} statement{}",
                    source.class,
                    if n == 1 { "" } else { "s" }
                )),
                kind: SymbolKind::OBJECT,
                tags: None,
                deprecated: None,
                range: lines.range(start as usize, end as usize, enc),
                selection_range: lines.range(ss as usize, se as usize, enc),
                children: Some(children),
            }
        })
        .collect()
}

/// The bytes one attribution covers: its cue, source and statement.
fn extent(i: &MapItem) -> (u32, u32) {
    [Some(&i.cue), i.source.as_ref(), i.content.as_ref()]
        .into_iter()
        .flatten()
        .fold((u32::MAX, 0), |(a, b), s| (a.min(s.start), b.max(s.end)))
}

fn statement(item: &MapItem, lines: &Lines<'_>, enc: Encoding) -> DocumentSymbol {
    let (start, end) = extent(item);
    let (name, (ss, se)) = match &item.content {
        Some(c) => (crate::finding::excerpt(&c.text, 60, 59), (c.start, c.end)),
        None => (item.cue.text.clone(), (item.cue.start, item.cue.end)),
    };
    let cue = if item.inferred {
        "inferred".to_string()
    } else {
        crate::finding::excerpt(&item.cue.text, 30, 29)
    };
    #[allow(deprecated)]
    DocumentSymbol {
        // An editor shows an empty name as nothing to click.
        name: if name.is_empty() {
            "(empty)".into()
        } else {
            name
        },
        detail: Some(format!("line {}, {} — {cue}", item.line, item.kind)),
        kind: SymbolKind::STRING,
        tags: None,
        deprecated: None,
        range: lines.range(start as usize, end as usize, enc),
        selection_range: lines.range(ss as usize, se as usize, enc),
        children: None,
    }
}
