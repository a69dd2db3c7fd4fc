//! Shared by the fuzz targets: parse and check one input, then assert the
//! model's cheap invariants so that the fuzzer finds wrong spans as well as
//! panics.

use ascribe::lang::Lang;
use ascribe::model::{Document, Format};
use ascribe::{CheckOptions, Checker, Span};
use std::sync::OnceLock;

/// One checker per built-in language, with every rule on (preview rules
/// and the shipped packs' rules too), built once per fuzzing process.
fn checkers() -> &'static [Checker] {
    static CHECKERS: OnceLock<Vec<Checker>> = OnceLock::new();
    CHECKERS.get_or_init(|| {
        let every: std::collections::BTreeSet<String> =
            ascribe::catalogue::Catalogue::new(&Default::default())
                .entries()
                .iter()
                .map(|e| e.id.clone())
                .collect();
        Lang::builtin_names()
            .into_iter()
            .map(|name| {
                let opts = CheckOptions {
                    lang: Some(name.to_string()),
                    enabled: every.clone(),
                    ..CheckOptions::default()
                };
                Checker::new(&opts).expect("built-in language loads")
            })
            .collect()
    })
}

fn assert_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end,
        "{what}: {}..{} is reversed",
        s.start,
        s.end
    );
    assert!(
        s.end as usize <= text.len(),
        "{what}: {}..{} runs past the text ({} bytes)",
        s.start,
        s.end,
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize),
        "{what}: {}..{} splits a character",
        s.start,
        s.end
    );
}

/// The first byte picks the language; the rest, read as UTF-8 with invalid
/// sequences replaced, is the article.
// Each target uses `run` or `run_html`, not both.
#[allow(dead_code)]
pub fn run(data: &[u8], format: Format) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let all = checkers();
    let checker = &all[pick as usize % all.len()];
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;

    let article = checker.parse(text, format);
    let doc: &Document<'_> = &article.doc;
    let mut last_block_end = 0;
    for b in &doc.blocks {
        assert_span(text, b.span, "block");
        assert!(
            b.span.start >= last_block_end,
            "blocks overlap or are out of order"
        );
        last_block_end = b.span.end;
    }
    let mut last_token_end = 0;
    for t in &doc.tokens {
        assert_span(text, t.span, "token");
        assert!(
            t.span.start >= last_token_end,
            "tokens overlap or are out of order"
        );
        last_token_end = t.span.end;
    }
    for s in &doc.segments {
        assert_span(text, *s, "segment");
    }
    for s in &doc.sentences {
        assert_span(text, s.span, "sentence");
    }
    for m in &doc.marks {
        assert_span(text, m.span, "mark");
        assert_eq!(
            doc.tokens[m.token as usize].span, m.span,
            "mark is not its token"
        );
    }
    for q in &doc.quotations {
        assert_span(text, q.span, "quotation");
        assert_span(text, q.inner, "quotation inner");
    }
    for p in &doc.bracket_problems {
        assert_span(text, p.span(), "bracket problem");
    }

    let findings = checker.check_article(&article);
    for w in findings.windows(2) {
        let key = |f: &ascribe::Finding| (f.span.start, f.span.end, f.rule.clone());
        assert!(key(&w[0]) <= key(&w[1]), "findings are not sorted");
    }
    for f in &findings {
        assert_span(text, f.span, "finding");
        if let Some(fix) = &f.fix {
            for e in &fix.edits {
                assert_span(text, e.span, "fix");
            }
        }
    }
    // Every fix at once, suggested ones too: the edits never overlap and
    // the fixed text is text that checks.
    let edits = ascribe::fix::edits(&findings, &ascribe::fix::select(&findings, true));
    for w in edits.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "edits of one run overlap");
    }
    let fixed = ascribe::fix::apply_str(text, &edits);
    let _ = checker.check(&fixed, format);
    for a in article.attributions() {
        assert_span(text, a.cue, "attribution cue");
        for s in a.source.iter().chain(&a.content) {
            assert_span(text, *s, "attribution span");
        }
    }

    // The same text read in small windows, as a very large file is: every
    // span still inside the text.
    for f in checker.check_in_windows(text, format, 64) {
        assert_span(text, f.span, "windowed finding");
    }

    // Every report writer, over the findings.
    let report = ascribe::report::Report {
        files: vec![ascribe::report::FileReport::new(
            "a.txt".into(),
            text,
            &findings,
        )],
        ..Default::default()
    }
    .finish();
    let catalogue = ascribe::catalogue::Catalogue::new(&Default::default());
    let lines = |s: &str| s.lines().count();
    let n = findings.len();
    // One line per finding in text, and an indented `note:` line per
    // related location under it.
    let notes: usize = findings.iter().map(|f| f.related.len()).sum();
    assert!(lines(&ascribe::report::write_text(&report, false)) == n + notes);
    assert!(lines(&ascribe::report::write_github(&report)) == n);
    let _ = ascribe::report::write_text(&report, true);
    for out in [
        report.to_json(),
        report.to_yaml(),
        ascribe::report::write_sarif(&report, &catalogue),
    ] {
        assert!(!out.is_empty());
    }
}

/// The first byte picks the language; the rest, read as UTF-8 with invalid
/// sequences replaced, is an HTML page: its article text's blocks must lie
/// in that text, map back into the page in order and on character
/// boundaries, and every finding must lie in the page.
// Each target uses `run` or `run_html`, not both.
#[allow(dead_code)]
pub fn run_html(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let all = checkers();
    let checker = &all[pick as usize % all.len()];
    let html = String::from_utf8_lossy(rest);
    let html: &str = &html;

    let page = ascribe::model::html::Page::read(html, &checker.lang().text);
    let mut last_end = 0;
    for b in &page.blocks {
        assert_span(&page.text, b.span, "page block");
        let on_page = page.map.span(b.span);
        assert_span(html, on_page, "page block on the page");
        assert!(on_page.start >= last_end, "page blocks out of order");
        last_end = on_page.end;
    }
    for d in &page.directives {
        assert_span(html, d.span, "directive");
    }
    let findings = checker.check(html, Format::Html);
    for f in &findings {
        assert_span(html, f.span, "finding");
        if let Some(fix) = &f.fix {
            for e in &fix.edits {
                assert_span(html, e.span, "fix");
            }
        }
    }
}
