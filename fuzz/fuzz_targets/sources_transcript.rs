//! Arbitrary bytes as a source (a transcript, a speech) and an article,
//! split at the first blank line pair (`\n\n\n`): reading the source must
//! never panic, and every quotation of the article looked up in it must
//! give spans inside the article and a passage inside the source, on
//! character boundaries, and a listing in every format.
#![no_main]

use ascribe::model::{Document, Format};
use ascribe::sources::listing::{self, FileQuotes};
use ascribe::sources::{Reading, Sources};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let (source, article) = text.split_once("\n\n\n").unwrap_or((&text, ""));
    // The first byte's bits: numbers spelt either way, a named label,
    // German marks, and the speaker the article's quotations are given.
    let reading = Reading {
        spelt_numbers: flags & 1 != 0,
        names: if flags & 2 != 0 {
            vec![("MOSS".into(), "Ada Moss".into())]
        } else {
            Vec::new()
        },
        lang: if flags & 4 != 0 { "de" } else { "en" }.into(),
        ..Reading::default()
    };
    let Ok(sources) = Sources::from_texts([("s.txt", source)], &reading) else {
        return;
    };
    let speaker = if flags & 8 != 0 {
        Some("Ada Moss")
    } else {
        None
    };
    let conv = ascribe::model::Conventions::builtin(&reading.lang).unwrap();
    let doc = Document::parse(article, Format::Plain, &conv);
    let mut checks = Vec::new();
    for q in doc.quotations.iter().filter(|q| q.close.is_some()) {
        let c = sources.check(article, q.inner, speaker);
        for d in &c.differences {
            assert!(article.get(d.article.range()).is_some(), "{d:?}");
        }
        if let Some(p) = &c.passage {
            let file = sources.file(p);
            assert!(file.text.get(p.span.range()).is_some(), "{p:?}");
            assert!(p.line >= 1);
        }
        checks.push(c);
    }
    let f = FileQuotes::new("a.txt".into(), article, &checks, &sources);
    let shown = listing::write_text(std::slice::from_ref(&f));
    assert_eq!(
        shown.lines().filter(|l| l.starts_with("a.txt:")).count(),
        checks.len()
    );
    let _ = listing::write_markdown(std::slice::from_ref(&f));
});
