//! Arbitrary bytes as a rule file of a pack: compiling it must give a
//! rule, a warning or an error naming the file, never a panic; a rule
//! compiled must run over an article (the fuzzer's own bytes after a
//! blank line, or a fixed one) and find only spans inside it.
#![no_main]

use ascribe::packs::{run_all, Packs};
use ascribe::Format;
use libfuzzer_sys::fuzz_target;

const ARTICLE: &str = "Council Votes On Budget\n\nThe mayor said “we will utilize every cent” \
    and the the council agreed, reportedly. (See https://example.org/a_(b).)\n";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (rule, article) = match text.split_once("\n\n\n") {
        Some((r, a)) => (r, a),
        None => (&*text, ARTICLE),
    };
    let mut packs = Packs::default();
    match packs.add("Fuzz.Rule", "Fuzz/Rule.yml", rule) {
        Err(e) => assert!(e.to_string().starts_with("Fuzz/Rule.yml"), "{e}"),
        Ok(()) => {
            let lang = ascribe::lang::Lang::english();
            for format in [Format::Plain, Format::Markdown] {
                let parsed = ascribe::article::Article::parse(article, format, &lang);
                let rules: Vec<_> = packs.rules.iter().map(|r| (r, r.severity)).collect();
                let mut out = Vec::new();
                run_all(&rules, &parsed, &mut out);
                for f in &out {
                    assert!(f.span.start <= f.span.end && f.span.end as usize <= article.len());
                    assert!(article.is_char_boundary(f.span.start as usize));
                    assert!(article.is_char_boundary(f.span.end as usize));
                }
            }
            for r in &packs.rules {
                let _ = ascribe::packs::explain_body(r);
            }
        }
    }
});
