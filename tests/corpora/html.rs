//! Issue 24's target for HTML input: every PolNeAR train article, wrapped
//! in a typical article page (header and navigation, scripts, its blocks
//! in their elements with quotation marks as references, a figure's
//! caption, an aside, a footer), gives the findings it gives as text:
//! the same rules, messages (line numbers aside) and text at each one.

use crate::pages::both_ways;
use crate::support::{sorted_paths, ROOT};
use ascribe::{CheckOptions, Checker};
use std::path::Path;

pub fn polnear_pages_give_their_text_findings() {
    let src = Path::new(ROOT).join("../shared/corpus/polnear/train/text");
    let names = sorted_paths(&src);
    let checker = Checker::new(&CheckOptions::default()).expect("checker");
    let (mut compared, mut articles) = (0, 0);
    let mut mismatches = Vec::new();
    for path in &names {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        articles += 1;
        let (want, got) = both_ways(&checker, &text);
        compared += want.len();
        if want != got {
            mismatches.push(format!(
                "{}:\n  text: {want:?}\n  html: {got:?}",
                path.display()
            ));
        }
    }
    assert!(articles > 500, "only {articles} articles read");
    assert!(compared > 1000, "only {compared} findings compared");
    assert!(
        mismatches.is_empty(),
        "{} of {articles} articles differ:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
    eprintln!("{articles} PolNeAR articles as pages: {compared} findings, all identical");
}
