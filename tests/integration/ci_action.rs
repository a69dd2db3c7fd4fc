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

/// action.yml hands every input to the script the tests run, builds
/// ascribe from the action's own checkout, and uploads the file the
/// script writes.
#[test]
fn action_yml_wires_its_inputs_to_the_tested_script() {
    let text = std::fs::read_to_string(format!("{ROOT}/action.yml")).expect("action.yml");
    let action: serde_yaml::Value = serde_yaml::from_str(&text).expect("action.yml is YAML");
    let inputs: Vec<&str> = action["inputs"]
        .as_mapping()
        .expect("inputs")
        .keys()
        .filter_map(|k| k.as_str())
        .collect();
    assert_eq!(
        inputs,
        ["paths", "format", "fail-level", "baseline", "sarif"]
    );
    let steps = action["runs"]["steps"].as_sequence().expect("steps");
    let step = |name: &str| {
        steps
            .iter()
            .find(|s| s["name"].as_str() == Some(name))
            .unwrap_or_else(|| panic!("no step {name}"))
    };
    let install = step("Install ascribe")["run"].as_str().expect("run");
    assert!(install.contains("cargo install --locked --quiet --path \"$GITHUB_ACTION_PATH\""));
    let check = step("Check");
    assert_eq!(
        check["run"].as_str(),
        Some("bash \"$GITHUB_ACTION_PATH/.ci/action-run.sh\"")
    );
    for input in inputs {
        let var = format!("ASCRIBE_{}", input.to_uppercase().replace('-', "_"));
        assert_eq!(
            check["env"][var.as_str()].as_str(),
            Some(format!("${{{{ inputs.{input} }}}}").as_str()),
            "{var}"
        );
    }
    let upload = step("Upload SARIF");
    assert!(upload["if"]
        .as_str()
        .expect("if")
        .contains("inputs.sarif == 'true'"));
    assert_eq!(upload["with"]["sarif_file"].as_str(), Some("ascribe.sarif"));
}
