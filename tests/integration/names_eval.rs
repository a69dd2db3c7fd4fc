//! Names and spellings, end to end:
//! - golden articles under `golden/names/articles/` with the names and
//!   spelling findings expected of them in `golden/names/expected/`
//!   (`UPDATE_GOLDEN=1` rewrites them);
//! - `ascribe names learn` on the small archive in `golden/names/archive/`,
//!   loaded back with `check --names`, catches "Uhsakov".
//!
//! The evaluation on PolNeAR is in `tests/corpora`.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_ascribe");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn names_dir() -> PathBuf {
    Path::new(ROOT).join("golden").join("names")
}

fn run(args: &[&str]) -> (String, i32) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("the ascribe binary runs");
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
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
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
        let exp_path = names_dir().join("expected").join(n);
        if update {
            std::fs::write(&exp_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&exp_path).unwrap_or_default();
        if got != want {
            bad.push(format!("{n}:\n--- expected\n{want}+++ actual\n{got}"));
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
    let dir = std::env::temp_dir().join(format!("ascribe-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("learned.yaml");
    std::fs::write(&file, &learned).unwrap();
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
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_names_file_is_an_error_naming_file_and_line() {
    let dir = std::env::temp_dir().join(format!("ascribe-names-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.yaml");
    std::fs::write(&file, "names:\n- canonical: Kyiv\n  spelling: Kiev\n").unwrap();
    let out = Command::new(BIN)
        .args([
            "check",
            "--names",
            file.to_str().unwrap(),
            "golden/names/archive",
        ])
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.yaml:3"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
