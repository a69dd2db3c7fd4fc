//! Names and spellings, end to end:
//! - golden articles under `golden/names/articles/` with the names and
//!   spelling findings expected of them in `golden/names/expected/`
//!   (`UPDATE_GOLDEN=1` rewrites them);
//! - `ascribe names learn` on the small archive in `golden/names/archive/`,
//!   loaded back with `check --names`, catches "Uhsakov".
//!
//! The evaluation on PolNeAR is in `tests/corpora`.

use crate::support::{ascribe, golden, TempDir, ROOT};
use std::path::{Path, PathBuf};

fn names_dir() -> PathBuf {
    Path::new(ROOT).join("golden").join("names")
}

fn run(args: &[&str]) -> (String, i32) {
    let out = ascribe(args);
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        out.status.code().expect("exited"),
    )
}

/// The names.* and spelling.* lines of a text report.
fn names_lines(report: &str) -> String {
    report
        .lines()
        .filter(|l| l.contains(" names.") || l.contains(" spelling."))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn golden_names_articles() {
    let mut names: Vec<String> = std::fs::read_dir(names_dir().join("articles"))
        .expect("golden/names/articles")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 5);
    let mut bad = Vec::new();
    for n in &names {
        let path = format!("golden/names/articles/{n}");
        let (out, code) = run(&[
            "check",
            "--format",
            "text",
            "--no-snippets",
            "--quiet",
            &path,
        ]);
        assert!(code == 0 || code == 1, "{n}: exit {code}");
        let got = names_lines(&out);
        if let Err(d) = golden(&format!("golden/names/expected/{n}"), &got) {
            bad.push(d);
        }
        if n.ends_with("-no-findings.txt") {
            assert!(got.is_empty(), "{n}: {got}");
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn seed_like_article_is_caught_by_the_starter_list_and_a_learned_list() {
    let article = "golden/names/articles/names-aide-misspelt-once.txt";
    let (out, _) = run(&["check", "--no-snippets", "--quiet", article]);
    let lines = names_lines(&out);
    assert_eq!(lines.lines().count(), 1, "{lines}");
    assert!(lines.contains("names.noncanonical: “Uhsakov”"), "{lines}");
    assert!(lines.contains("Yury Ushakov"), "{lines}");
    assert!(
        !lines.contains("NIKOLSKY") && !lines.contains("“Xi"),
        "{lines}"
    );

    let (learned, code) = run(&["names", "learn", "golden/names/archive"]);
    assert_eq!(code, 0);
    assert!(
        learned.contains("- canonical: Ushakov\n  frequency: 9"),
        "{learned}"
    );
    let dir = TempDir::new("names-learned");
    dir.write("learned.yaml", learned.as_bytes());
    let file = dir.0.join("learned.yaml");
    let (out, _) = run(&[
        "check",
        "--no-snippets",
        "--quiet",
        "--names",
        file.to_str().unwrap(),
        article,
    ]);
    let lines = names_lines(&out);
    // The learned list speaks over the starter list: no starter note.
    assert!(lines.contains("did you mean “Ushakov”?"), "{lines}");
}

#[test]
fn bad_names_file_is_an_error_naming_file_and_line() {
    let dir = TempDir::new("names-bad");
    dir.write("bad.yaml", b"names:\n- canonical: Kyiv\n  spelling: Kiev\n");
    let file = dir.0.join("bad.yaml");
    let out = ascribe(&[
        "check",
        "--names",
        file.to_str().unwrap(),
        "golden/names/archive",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.yaml:3"), "{err}");
}
