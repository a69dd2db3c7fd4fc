//! claims.unattributed on real articles:
//! - precision and recall against the labelled PolNeAR train articles in
//!   `tests/claims/labels.yaml` (must stay at or above 80% / 70%) and the
//!   held-out `tests/claims/holdout.yaml` (printed, the overfitting check);
//! - the seed article's claims, per its notes.
//!
//! A finding is right when it overlaps a labelled sentence; a label is found
//! when some finding overlaps it. `CLAIMS_EVAL_VERBOSE=1` prints the misses
//! and false alarms (to the terminal only: article text never enters the
//! repository).

use ascribe::rules::ClaimsScope;
use ascribe::{CheckOptions, Checker, Finding, Format};
use serde::Deserialize;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const RULE: &str = "claims.unattributed";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    articles: Vec<Article>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Article {
    file: String,
    bytes: usize,
    claims: Vec<(u32, u32)>,
}

fn shared() -> PathBuf {
    Path::new(ROOT).join("../shared/corpus")
}

fn checker(scope: ClaimsScope) -> Checker {
    let opts = CheckOptions {
        claims_scope: scope,
        enabled: [RULE.to_string()].into_iter().collect(),
        ..CheckOptions::default()
    };
    Checker::new(&opts).expect("checker")
}

fn claims(checker: &Checker, text: &str) -> Vec<Finding> {
    checker
        .check(text, Format::Plain)
        .into_iter()
        .filter(|f| f.rule == RULE)
        .collect()
}

fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// (findings, findings right, labels, labels found) over one label file.
fn score(corpus: &Path, labels: &str) -> Option<(usize, usize, usize, usize)> {
    let path = Path::new(ROOT).join("tests/claims").join(labels);
    let text = std::fs::read_to_string(&path).ok()?;
    let file: LabelFile =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let verbose = std::env::var_os("CLAIMS_EVAL_VERBOSE").is_some();
    let checker = checker(ClaimsScope::Paragraph);
    let (mut found, mut right, mut total, mut hit) = (0, 0, 0, 0);
    for a in &file.articles {
        let p = corpus.join("polnear/train/text").join(&a.file);
        let article =
            std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        assert_eq!(
            article.len(),
            a.bytes,
            "{}: the shared article changed since it was labelled",
            a.file
        );
        let fs = claims(&checker, &article);
        let spans: Vec<(u32, u32)> = fs.iter().map(|f| (f.span.start, f.span.end)).collect();
        found += fs.len();
        total += a.claims.len();
        for (f, s) in fs.iter().zip(&spans) {
            if a.claims.iter().any(|l| overlaps(*l, *s)) {
                right += 1;
            } else if verbose {
                let from = article[..f.span.start as usize]
                    .rfind(['.', '\n'])
                    .map_or(0, |i| i + 1);
                let to = article[f.span.end as usize..]
                    .find(['.', '\n'])
                    .map_or(article.len(), |i| f.span.end as usize + i);
                eprintln!(
                    "FALSE ALARM {}: {}\n    | {}",
                    a.file,
                    f.message,
                    article[from..to].trim()
                );
            }
        }
        for l in &a.claims {
            if spans.iter().any(|s| overlaps(*l, *s)) {
                hit += 1;
            } else if verbose {
                eprintln!(
                    "MISSED ({}) {}: {}",
                    why_missed(&article, *l),
                    a.file,
                    &article[l.0 as usize..l.1 as usize]
                );
            }
        }
    }
    Some((found, right, total, hit))
}

/// For the verbose listing: did the rule see no signal in a missed
/// sentence, or judge the claim covered?
fn why_missed(article: &str, label: (u32, u32)) -> String {
    use ascribe::claims::scan::Scanner;
    use ascribe::claims::scope::Scope;
    let lang = ascribe::lang::Lang::english();
    let doc = ascribe::Document::parse(article, Format::Plain, &lang);
    let mut scanner = Scanner::new(&doc, &lang.claims);
    let scope = Scope::new(&doc, &lang.claims, &lang.attribution);
    let mut hits = Vec::new();
    let mut out = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let headline = doc.blocks[s.block as usize].kind == ascribe::model::BlockKind::Headline;
        scanner.scan(s, headline, &mut hits);
        if !overlaps((s.span.start, s.span.end), label) {
            continue;
        }
        match hits.first() {
            None => out.push("no signal".to_string()),
            Some(h) => out.push(format!(
                "covered: {} “{}”",
                lang.claims.signals[h.signal as usize].name,
                h.span.text(article)
            )),
        }
        let _ = (&scope, si);
    }
    out.join("; ")
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

pub fn claims_precision_and_recall_on_labelled_articles() {
    let corpus = shared();
    let (found, right, total, hit) = score(&corpus, "labels.yaml").expect("labels.yaml");
    let (p, r) = (pct(right, found), pct(hit, total));
    println!(
        "claims.unattributed labels.yaml: precision {p:.1}% ({right}/{found}), recall {r:.1}% ({hit}/{total})"
    );
    if let Some((found, right, total, hit)) = score(&corpus, "holdout.yaml") {
        println!(
            "claims.unattributed holdout.yaml: precision {:.1}% ({right}/{found}), recall {:.1}% ({hit}/{total})",
            pct(right, found),
            pct(hit, total)
        );
    }
    assert!(p >= 80.0, "precision {p:.1}% is below 80%");
    assert!(r >= 70.0, "recall {r:.1}% is below 70%");
}

/// The 1-based lines of `text` holding each finding, with its message.
fn by_line(text: &str, fs: &[Finding]) -> Vec<(usize, String)> {
    fs.iter()
        .map(|f| {
            let line = text[..f.span.start as usize].matches('\n').count() + 1;
            (line, f.message.clone())
        })
        .collect()
}

pub fn seed_article_claims() {
    let corpus = shared();
    let text = std::fs::read_to_string(corpus.join("seed/putin-xi-summit.txt")).expect("seed");
    let para = by_line(&text, &claims(&checker(ClaimsScope::Paragraph), &text));
    let strict = by_line(&text, &claims(&checker(ClaimsScope::Sentence), &text));
    let has = |fs: &[(usize, String)], line: usize, signal: &str| {
        fs.iter()
            .any(|(l, m)| *l == line && m.starts_with(&format!("{signal} “")))
    };
    for (line, signal) in [
        (10, "charge"),
        (20, "hedge"),
        (24, "intention"),
        (26, "state of mind"),
        (28, "intention"),
    ] {
        assert!(has(&para, line, signal), "line {line} {signal}: {para:?}");
        assert!(
            has(&strict, line, signal),
            "line {line} {signal}: {strict:?}"
        );
    }
    assert!(!para.iter().any(|(l, _)| *l == 14), "{para:?}");
    assert!(has(&strict, 14, "figure"), "{strict:?}");
    assert!(
        strict.iter().any(|(l, m)| *l == 14
            && m.contains("Yahoo Finance (line 14)")
            && m.contains("scope: paragraph")),
        "{strict:?}"
    );
    for fs in [&para, &strict] {
        assert!(
            fs.iter()
                .all(|(l, _)| !(1..=6).contains(l) && !(31..=37).contains(l)),
            "{fs:?}"
        );
    }
}
