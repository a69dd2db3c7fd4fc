//! Issue 23's targets for German quotation marks, on the 850 German
//! Wikinews articles (train and dev) as they are: no quote finding on an
//! elision or apostrophe, and every paragraph that closes „ with a
//! straight " or an English ” reported.

use crate::support::ROOT;
use ascribe::{CheckOptions, Checker, Format};
use std::path::Path;

/// Words a German mark stands before as an apostrophe ('ne, 's, 'nen).
const ELIDED: &[&str] = &["s", "n", "ne", "nen", "nem", "ner", "nes"];

/// Is the single mark at `at` an apostrophe by its letters: inside or
/// after a word (geht's, Lenz'), or before an elided word ('ne)?
fn on_elision(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let word: String = text[end..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    before.is_some_and(char::is_alphabetic) || ELIDED.contains(&word.to_lowercase().as_str())
}

/// Does `para` close a „ with " or ” before any “?
fn wrong_closer(para: &str) -> bool {
    para.split('„').skip(1).any(|after| {
        let stop = after.find(['“', '"', '”']);
        stop.is_some_and(|i| !after[i..].starts_with('“'))
    })
}

pub fn german_wikinews_quote_targets() {
    let checker = Checker::new(&CheckOptions {
        lang: Some("de".into()),
        ..CheckOptions::default()
    })
    .expect("checker");
    let (mut articles, mut wrong, mut reported) = (0, 0, 0);
    let mut problems = Vec::new();
    for split in ["train", "dev"] {
        let dir = Path::new(ROOT).join(format!("../shared/corpus/gerquote/{split}/text"));
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("gerquote text")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("UTF-8 article");
            articles += 1;
            let found: Vec<_> = checker
                .check(&text, Format::Plain)
                .into_iter()
                .filter(|f| f.rule.starts_with("quotes."))
                .collect();
            for f in &found {
                let (s, e) = (f.span.start as usize, f.span.end as usize);
                if matches!(&text[s..e], "'" | "’" | "‘") && on_elision(&text, s, e) {
                    problems.push(format!(
                        "{}: {} on an apostrophe: {:?}",
                        path.display(),
                        f.rule,
                        &text[s.saturating_sub(20)..(e + 20).min(text.len())]
                    ));
                }
            }
            let mut at = 0;
            for para in text.split('\n') {
                let (from, to) = (at, at + para.len());
                at = to + 1;
                if !wrong_closer(para) {
                    continue;
                }
                wrong += 1;
                if found
                    .iter()
                    .any(|f| (from..=to).contains(&(f.span.start as usize)))
                {
                    reported += 1;
                } else {
                    problems.push(format!("{}: not reported: {para:?}", path.display()));
                }
            }
        }
    }
    assert!(articles >= 800, "only {articles} articles read");
    assert!(wrong >= 5, "only {wrong} paragraphs with „…\" or „…”");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!(
        "{articles} German Wikinews articles: {reported} of {wrong} paragraphs with „…\" or „…” reported, no finding on an apostrophe"
    );
}
