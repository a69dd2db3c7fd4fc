//! The README's example report is the report the binary writes: a change
//! of output that forgets the user guide fails here, not in a reader's
//! hands.

use crate::support::{ascribe, ROOT};

const EXAMPLE: &str = "golden/articles/seed-like-caption-bracket-and-unclosed-quote.txt";

/// The first ```text block after `heading` in `doc`.
fn text_block_after<'a>(doc: &'a str, heading: &str) -> &'a str {
    let from = doc.find(heading).expect("the heading is in the document");
    let rest = &doc[from..];
    let open = rest.find("```text\n").expect("a text block follows") + "```text\n".len();
    let len = rest[open..].find("```").expect("the text block is closed");
    &rest[open..open + len]
}

#[test]
fn readme_and_output_formats_show_the_real_text_report() {
    let out = ascribe(&["check", "--no-config", "--no-snippets", EXAMPLE]);
    assert_eq!(out.status.code(), Some(1), "the example has warnings");
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.lines().count() >= 4, "{report}");
    for doc in ["README.md", "docs/output-formats.md"] {
        let text = std::fs::read_to_string(std::path::Path::new(ROOT).join(doc)).unwrap();
        let block = text_block_after(&text, "**text** (the default)");
        assert_eq!(block, report, "{doc}'s example report is stale");
    }
}
