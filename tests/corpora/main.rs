//! Tests on real text, which lives outside the repository in `../shared`
//! (PolNeAR, the claim labels, the seed article, German Wikinews, Vale's
//! rule tests): real articles are other people's text and are never
//! copied in.
//!
//! A fresh clone has no `../shared`, so these tests are listed as ignored
//! there, with a line saying why, and never pass without checking
//! anything. CI has `../shared` and runs them. `cargo test --test corpora
//! -- --include-ignored` runs them anyway and fails each one that lacks
//! its data, naming what is missing.

mod archive;
mod attribution;
mod claims;
mod german_attribution;
mod german_quotes;
mod html;
mod names;
mod one_file;
mod sources;
mod vale;

// The integration tests' harness: one way to run the binary.
#[path = "../integration/support.rs"]
mod support;

// Articles as HTML pages, shared with the golden HTML test.
#[path = "../integration/pages.rs"]
mod pages;

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

use support::ROOT;

/// One test, the files and commands it needs (under `../shared`), and the
/// function that runs it.
struct Needs {
    name: &'static str,
    paths: &'static [&'static str],
    python: bool,
    run: fn(),
}

const TESTS: &[Needs] = &[
    Needs {
        name: "archive::baseline_and_diff_report_only_the_new_finding",
        paths: &["corpus/polnear/train/text"],
        python: false,
        run: archive::baseline_and_diff_report_only_the_new_finding,
    },
    Needs {
        name: "attribution::seed_article_attributions",
        paths: &["corpus/seed/putin-xi-summit.txt"],
        python: false,
        run: attribution::seed_article_attributions,
    },
    Needs {
        name: "attribution::polnear_dev_score",
        paths: &["corpus/polnear/dev", "eval/attribution_score.py"],
        python: true,
        run: attribution::polnear_dev_score,
    },
    Needs {
        name: "claims::shared_labels_train",
        paths: &[
            "corpus/claims/train.jsonl",
            "corpus/polnear/train/text",
            "eval/claims_score.py",
        ],
        python: true,
        run: claims::shared_labels_train,
    },
    Needs {
        name: "claims::shared_labels_dev",
        paths: &[
            "corpus/claims/dev.jsonl",
            "corpus/polnear/train/text",
            "eval/claims_score.py",
        ],
        python: true,
        run: claims::shared_labels_dev,
    },
    Needs {
        name: "claims::seed_article_claims",
        paths: &["corpus/seed/putin-xi-summit.txt"],
        python: false,
        run: claims::seed_article_claims,
    },
    Needs {
        name: "german_attribution::gerquote_dev_score",
        paths: &["corpus/gerquote/dev", "eval/gerquote_score.py"],
        python: true,
        run: german_attribution::gerquote_dev_score,
    },
    Needs {
        name: "german_quotes::german_wikinews_quote_targets",
        paths: &["corpus/gerquote/train/text", "corpus/gerquote/dev/text"],
        python: false,
        run: german_quotes::german_wikinews_quote_targets,
    },
    Needs {
        name: "html::polnear_pages_give_their_text_findings",
        paths: &["corpus/polnear/train/text"],
        python: false,
        run: html::polnear_pages_give_their_text_findings,
    },
    Needs {
        name: "names::polnear_name_slips_are_caught_and_clean_articles_stay_quiet",
        paths: &["corpus/polnear/train/text"],
        python: false,
        run: names::polnear_name_slips_are_caught_and_clean_articles_stay_quiet,
    },
    Needs {
        name: "one_file::polnear_train_as_one_file_is_checked",
        paths: &["corpus/polnear/train/text"],
        python: false,
        run: one_file::polnear_train_as_one_file_is_checked,
    },
    Needs {
        name: "sources::planted_alterations_in_transcript_sentences",
        paths: &["corpus/transcripts/debates", "corpus/transcripts/speeches"],
        python: false,
        run: sources::planted_alterations_in_transcript_sentences,
    },
    Needs {
        name: "sources::planted_alterations_in_polnear_train_quotations",
        paths: &["corpus/transcripts/debates", "corpus/polnear/train/text"],
        python: false,
        run: sources::planted_alterations_in_polnear_train_quotations,
    },
    Needs {
        name: "sources::planted_alterations_in_polnear_dev_quotations",
        paths: &["corpus/transcripts/debates", "corpus/polnear/dev/text"],
        python: false,
        run: sources::planted_alterations_in_polnear_dev_quotations,
    },
    Needs {
        name: "vale::vale_fixtures_reproduced",
        paths: &["peers/vale/testdata/features"],
        python: false,
        run: vale::vale_fixtures_reproduced,
    },
];

/// What a test needs that is not here, if anything.
fn missing(n: &Needs) -> Option<String> {
    let shared = Path::new(ROOT).join("../shared");
    if let Some(p) = n.paths.iter().find(|p| !shared.join(p).exists()) {
        return Some(format!("../shared/{p} is absent"));
    }
    let python = || {
        std::process::Command::new("python3")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    (n.python && !python()).then(|| "python3 is not available".to_string())
}

fn main() {
    let args = Arguments::from_args();
    let mut absent = Vec::new();
    let trials = TESTS
        .iter()
        .map(|n| {
            let why = missing(n);
            if let Some(w) = &why {
                absent.push(format!("{}: {w}", n.name));
            }
            let ignored = why.is_some();
            let run = n.run;
            Trial::test(n.name, move || match why {
                // Asked to run anyway (--include-ignored): say what is missing.
                Some(w) => Err(Failed::from(format!("cannot run: {w}"))),
                None => {
                    run();
                    Ok(())
                }
            })
            .with_ignored_flag(ignored)
        })
        .collect();
    if !absent.is_empty() {
        eprintln!(
            "note: {} test(s) on real text are ignored, their data is not here (CI has it):",
            absent.len()
        );
        for a in &absent {
            eprintln!("  {a}");
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
