//! `--format sarif` is valid against the SARIF 2.1.0 schema itself
//! (tests/data/sarif-schema-2.1.0.json; where it came from is in
//! tests/data/README.md), for a report with findings, a fix, a pack rule
//! and a file that could not be read.

use crate::support::{TempDir, BIN, ROOT};
use serde_json::Value;
use std::process::Command;

fn validator() -> jsonschema::Validator {
    let path = std::path::Path::new(ROOT).join("tests/data/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path).expect("the SARIF schema is in tests/data");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

fn errors(v: &jsonschema::Validator, log: &Value) -> Vec<String> {
    v.iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

const STORY: &str = "Rouble Slides\n\n“Salaries are paid in roubles,” she said. The council will utilize (a new formula.\n\nThen the ruble fell. “Again,” he said. \"It will fall,\" they said.\n\n“It never closes, she said.\n";

/// The SARIF log of a run over a story with findings of built-in and pack
/// rules, a fix, a path that needs escaping, and a missing file.
fn sarif_log() -> Value {
    let tmp = TempDir::new("sarif-schema");
    tmp.write(".ascribe.yaml", b"packs: [styles/House]\n");
    tmp.write(
        "styles/House/Utilize.yml",
        b"extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\ndescription: Plain words read faster.\nlevel: error\nswap:\n  utilize: use\n",
    );
    tmp.write("desk/story one.txt", STORY.as_bytes());
    let out = Command::new(BIN)
        .current_dir(&tmp.0)
        .args(["check", "--quiet", "--format", "sarif"])
        .args(["desk/story one.txt", "missing.txt"])
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(2), "a file could not be read");
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn sarif_report_is_valid_against_the_sarif_2_1_0_schema() {
    let log = sarif_log();
    let run = &log["runs"][0];
    let rules: Vec<&str> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    // What the log must hold for the validation to mean something.
    for rule in [
        "House.Utilize",
        "spelling.inconsistent",
        "brackets.unbalanced",
    ] {
        assert!(rules.contains(&rule), "{rule} in {rules:?}");
    }
    assert!(
        run["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r.get("fixes").is_some()),
        "a result with a fix"
    );
    assert!(
        run["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["relatedLocations"][0]["message"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("runs to here"))),
        "an unclosed quotation's related location"
    );
    // A fix of several replacements (a quotation's two marks), with its
    // description and, in the property bag, its applicability.
    let multi = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r.get("fixes"))
        .map(|f| &f[0])
        .find(|f| {
            f["artifactChanges"][0]["replacements"]
                .as_array()
                .unwrap()
                .len()
                == 2
        })
        .expect("a fix with two replacements");
    assert_eq!(
        multi["description"]["text"],
        "Use curly (“ ”) marks in 1 quotation"
    );
    assert_eq!(multi["properties"]["applicability"], "safe");
    let notes = &run["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes.as_array().map(Vec::len), Some(1), "{notes}");

    let v = validator();
    assert_eq!(errors(&v, &log), Vec::<String>::new());
}

#[test]
fn sarif_columns_are_unicode_code_points_as_declared() {
    let log = sarif_log();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    // Each region's startColumn counts the characters before byteOffset on
    // its line: curly quotation marks are one column and three bytes.
    let mut checked = 0;
    for r in run["results"].as_array().unwrap() {
        let region = &r["locations"][0]["physicalLocation"]["region"];
        let offset = region["byteOffset"].as_u64().unwrap() as usize;
        let line_start = STORY[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = STORY[..line_start].matches('\n').count() + 1;
        let column = STORY[line_start..offset].chars().count() + 1;
        assert_eq!(region["startLine"].as_u64(), Some(line as u64), "{r}");
        assert_eq!(region["startColumn"].as_u64(), Some(column as u64), "{r}");
        if STORY[line_start..offset].len() != column - 1 {
            checked += 1;
        }
    }
    assert!(checked > 0, "some result sits after a multi-byte character");
}

#[test]
fn the_schema_rejects_what_sarif_does_not_allow() {
    // The validator is not a rubber stamp: logs the schema forbids fail.
    let v = validator();
    let log = sarif_log();
    let mut bad = log.clone();
    bad["runs"][0]["columnKind"] = "bytes".into();
    assert!(!errors(&v, &bad).is_empty(), "an unknown columnKind");
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "warn".into();
    assert!(!errors(&v, &bad).is_empty(), "an unknown level");
    let mut bad = log.clone();
    let with_fix = bad["runs"][0]["results"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r.get("fixes").is_some())
        .unwrap();
    with_fix["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]["byteOffset"] =
        (-2).into();
    assert!(
        !errors(&v, &bad).is_empty(),
        "a negative byte offset in a fix"
    );
    let mut bad = log;
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(!errors(&v, &bad).is_empty(), "line 0");
}
