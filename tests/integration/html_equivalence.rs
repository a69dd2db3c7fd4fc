//! An article read from an HTML page gives the report it gives as text,
//! positions aside. Every golden plain-text article is turned into a page
//! (site header, navigation, scripts, the article's blocks in the elements
//! of their kinds with its quotation marks written as references, a
//! footer), both are checked, and the rules, messages (line numbers
//! masked) and the text at each finding are compared.

use crate::pages::both_ways;
use crate::support::ROOT;
use ascribe::{CheckOptions, Checker};
use std::path::Path;

#[test]
fn golden_articles_as_pages_give_the_findings_they_give_as_text() {
    let dir = Path::new(ROOT).join("golden").join("articles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() > 20, "{names:?}");
    let mut compared = 0;
    let mut mismatches = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let checker = Checker::new(&CheckOptions {
            lang: crate::support::lang_of_name(name).map(str::to_string),
            ..CheckOptions::default()
        })
        .unwrap();
        let (want, got) = both_ways(&checker, &text);
        compared += want.len();
        if want != got {
            mismatches.push(format!("{name}:\n  text: {want:#?}\n  html: {got:#?}"));
        }
    }
    assert!(compared > 30, "only {compared} findings compared");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
