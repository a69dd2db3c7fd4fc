//! The GitHub Action's check step (`.ci/action-run.sh`, which action.yml
//! runs) on a sample tree, as the action would run it on a runner.

use crate::support::{TempDir, BIN, ROOT};
use std::process::{Command, Output};

fn run_action(dir: &TempDir, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new("bash");
    c.arg(format!("{ROOT}/.ci/action-run.sh"))
        .current_dir(&dir.0)
        .env("ASCRIBE_BIN", BIN);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("bash runs the action script")
}

fn sample() -> TempDir {
    let dir = TempDir::new("action");
    dir.write(
        "news/good.txt",
        b"Good news\n\nThe council met on Monday.\n",
    );
    dir.write("news/bad.txt", b"Bad news\n\nIt ended (finally.\n");
    dir
}

#[test]
fn action_annotates_fails_and_writes_sarif() {
    let dir = sample();
    let out = run_action(
        &dir,
        &[("ASCRIBE_PATHS", "news"), ("ASCRIBE_SARIF", "true")],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert_eq!(
        stdout.trim_end(),
        "::warning file=news/bad.txt,line=3,col=10,endLine=3,endColumn=11,\
         title=brackets.unbalanced::opening ( is never closed in its paragraph"
    );
    let sarif: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.0.join("ascribe.sarif")).expect("SARIF written"))
            .expect("SARIF is JSON");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["ruleId"], "brackets.unbalanced");
}

#[test]
fn action_inputs_reach_the_check() {
    let dir = sample();
    // Above the findings' severity: the step passes, nothing written.
    let out = run_action(
        &dir,
        &[
            ("ASCRIBE_PATHS", "news/good.txt news/bad.txt"),
            ("ASCRIBE_FAIL_LEVEL", "error"),
            ("ASCRIBE_FORMAT", "text"),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("news/bad.txt:3:10: warning"));
    assert!(!dir.0.join("ascribe.sarif").exists());
    // A path that is not there is an error, not a pass.
    let out = run_action(&dir, &[("ASCRIBE_PATHS", "news/missing.txt")]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn action_baseline_input_leaves_out_known_findings() {
    let dir = sample();
    let base = dir.0.join("base.json");
    let out = std::process::Command::new(BIN)
        .args(["check", "--quiet", "--write-baseline"])
        .arg(&base)
        .arg("news")
        .current_dir(&dir.0)
        .output()
        .expect("ascribe runs");
    assert_eq!(out.status.code(), Some(0));
    let out = run_action(
        &dir,
        &[("ASCRIBE_PATHS", "news"), ("ASCRIBE_BASELINE", "base.json")],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}
