use super::*;
use crate::report::{FileError, FileReport, ItemEdit, ItemFix};
use serde_json::Value;

fn item(rule: &str, severity: Severity, line_text: &str, needle: &str) -> Item {
    // One-line file, so byte offsets are offsets into the line.
    let start = line_text.find(needle).unwrap();
    let end = start + needle.len();
    let column = line_text[..start].chars().count() as u32 + 1;
    Item {
        rule: rule.into(),
        severity,
        start: start as u32,
        end: end as u32,
        line: 1,
        column,
        end_line: 1,
        end_column: column + needle.chars().count() as u32,
        message: format!("{rule} here"),
        text: needle.into(),
        fix: None,
        related: Vec::new(),
        source_line: line_text.into(),
    }
}

fn sample() -> Report {
    let line = "“Hi 😀,” she said. \"We won";
    let mut unclosed = item("quotes.unclosed", Severity::Warning, line, "\"");
    unclosed.fix = Some(Box::new(ItemFix {
        title: "Open with “".into(),
        applicability: crate::fix::Applicability::Safe,
        edits: vec![
            ItemEdit {
                start: unclosed.start,
                end: unclosed.end,
                replacement: "“".into(),
            },
            ItemEdit {
                start: unclosed.end + 6,
                end: unclosed.end + 6,
                replacement: "”".into(),
            },
        ],
    }));
    let mixed = item("quotes.mixed-style", Severity::Info, line, "\"We");
    let unknown = item("names.nobody", Severity::Error, "x y", "y");
    Report {
        files: vec![
            FileReport {
                path: "desk\\story one.txt".into(),
                findings: vec![unclosed, mixed],
                line_starts: Vec::new(),
            },
            FileReport {
                path: "b.md".into(),
                findings: vec![unknown],
                line_starts: Vec::new(),
            },
        ],
        errors: vec![FileError {
            path: "gone.txt".into(),
            message: "gone.txt: cannot read: not found".into(),
        }],
        ..Report::default()
    }
}

fn parse(s: &str) -> Value {
    assert!(s.ends_with("}\n"), "pretty JSON with a trailing newline");
    serde_json::from_str(s).expect("valid JSON")
}

#[test]
fn sarif_log_header_and_rules() {
    let catalogue = Catalogue::new(&Default::default());
    let v = parse(&write_sarif(&Report::default(), &catalogue));
    assert_eq!(v["$schema"], SCHEMA);
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"].as_array().unwrap().len(), 1);
    let run = &v["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "ascribe");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = catalogue.entries().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, expected);
    assert!(
        ids.contains(&"Ascribe.Repetition"),
        "pack rules are described too"
    );
    for (r, m) in rules.iter().zip(catalogue.entries()) {
        assert_eq!(r["shortDescription"]["text"], m.summary.as_str());
        assert_eq!(r["help"]["markdown"], m.doc.trim());
        let text = r["help"]["text"].as_str().unwrap();
        if m.origin == crate::catalogue::Origin::BuiltIn {
            assert!(text.starts_with("What it does\n"), "{text}");
        }
        assert!(!text.contains("## ") && !text.contains("```"), "{text}");
        assert!(!r["fullDescription"]["text"].as_str().unwrap().is_empty());
        let level = r["defaultConfiguration"]["level"].as_str().unwrap();
        assert_eq!(level, super::level(m.severity));
    }
    assert!(run["results"].as_array().unwrap().is_empty());
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    assert!(run["invocations"][0]
        .get("toolExecutionNotifications")
        .is_none());
}

#[test]
fn sarif_results_regions_and_fixes() {
    let v = parse(&write_sarif(
        &sample(),
        &Catalogue::new(&Default::default()),
    ));
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);

    let r = &results[0];
    assert_eq!(r["ruleId"], "quotes.unclosed");
    let index = Catalogue::new(&Default::default())
        .find("quotes.unclosed")
        .unwrap()
        .0;
    assert_eq!(r["ruleIndex"], index);
    assert_eq!(r["level"], "warning");
    assert_eq!(r["message"]["text"], "quotes.unclosed here");
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "desk/story%20one.txt");
    let region = &loc["region"];
    // “Hi 😀,” she said. "We won: the straight mark is the 19th scalar
    // and starts at byte 25 (“ and ” take three bytes, 😀 four).
    assert_eq!(region["startLine"], 1);
    assert_eq!(region["startColumn"], 19);
    assert_eq!(region["endLine"], 1);
    assert_eq!(region["endColumn"], 20);
    assert_eq!(region["byteOffset"], 25);
    assert_eq!(region["byteLength"], 1);
    assert_eq!(region["snippet"]["text"], "\"");
    let change = &r["fixes"][0]["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "desk/story%20one.txt");
    let rep = &change["replacements"][0];
    assert_eq!(rep["deletedRegion"]["byteOffset"], 25);
    assert_eq!(rep["deletedRegion"]["byteLength"], 1);
    assert_eq!(rep["insertedContent"]["text"], "“");
    assert_eq!(r["fixes"][0]["description"]["text"], "Open with “");
    assert_eq!(r["fixes"][0]["properties"]["applicability"], "safe");
    let second = &change["replacements"][1];
    assert_eq!(second["deletedRegion"]["byteOffset"], 32);
    assert_eq!(second["deletedRegion"]["byteLength"], 0);
    assert_eq!(second["insertedContent"]["text"], "”");

    let r = &results[1];
    assert_eq!(r["ruleId"], "quotes.mixed-style");
    assert_eq!(r["level"], "note");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["byteLength"],
        3
    );
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["endColumn"],
        22
    );
    assert!(r.get("fixes").is_none());

    // A rule the registry does not know has no index.
    let r = &results[2];
    assert_eq!(r["ruleId"], "names.nobody");
    assert_eq!(r["level"], "error");
    assert!(r.get("ruleIndex").is_none());
    assert_eq!(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "b.md"
    );
}

#[test]
fn sarif_unreadable_files_are_notifications() {
    let v = parse(&write_sarif(
        &sample(),
        &Catalogue::new(&Default::default()),
    ));
    let inv = &v["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let notes = inv["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["level"], "error");
    assert_eq!(
        notes[0]["message"]["text"],
        "gone.txt: cannot read: not found"
    );
    assert_eq!(
        notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "gone.txt"
    );
}

#[test]
fn sarif_is_deterministic() {
    let r = sample();
    let a = write_sarif(&r, &Catalogue::new(&Default::default()));
    let b = write_sarif(&r.clone(), &Catalogue::new(&Default::default()));
    assert_eq!(a.as_bytes(), b.as_bytes());
    // Fixed field order, not alphabetical.
    let schema = a.find("\"$schema\"").unwrap();
    let version = a.find("\"version\"").unwrap();
    let runs = a.find("\"runs\"").unwrap();
    assert!(schema < version && version < runs);
}

#[test]
fn uris_are_relative_and_escaped() {
    assert_eq!(to_uri("../corpus/a b.txt"), "../corpus/a%20b.txt");
    assert_eq!(to_uri("dir\\x#1?.md"), "dir/x%231%3F.md");
    assert_eq!(to_uri("a:b/é.txt"), "a%3Ab/%C3%A9.txt");
    assert_eq!(to_uri("100%.txt"), "100%25.txt");
}

#[test]
fn markdown_to_plain_text() {
    let md = "## What it does\nReports `x` and\n[links](https://e.org).\n\n## Example\n```text\nA \"b\n\nc\n```\nUse instead:\n- one\n- two\n";
    assert_eq!(
        plain_text(md),
        "What it does\nReports x and\nlinks (https://e.org).\n\nExample\n    A \"b\n\n    c\n\nUse instead:\n\n- one\n- two"
    );
    assert_eq!(
        section(md, "What it does"),
        Some("Reports `x` and\n[links](https://e.org).")
    );
    assert_eq!(section(md, "Why"), None);
}
