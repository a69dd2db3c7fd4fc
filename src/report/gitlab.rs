//! GitLab Code Quality: a JSON array of issues in the Code Climate shape,
//! read from a job's `artifacts:reports:codequality`.
//!
//! GitLab compares the issues of a merge request with those of its target
//! branch by `fingerprint`, so a fingerprint leaves out the line: an edit
//! above a finding must not make it look fixed and found anew. It hashes
//! the rule, the path, the text the finding points at and how many
//! findings of that rule on that same text came before it in the file.

use super::{FileReport, Report};
use crate::finding::Severity;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// The issues of the report, files in path order and findings in file
/// order. Files that could not be checked have no issue (they have no
/// line to point at): they are on standard error and in the exit status.
pub fn write_gitlab(report: &Report) -> String {
    let issues: Vec<Issue> = report.files.iter().flat_map(issues).collect();
    let mut s = serde_json::to_string_pretty(&issues).expect("issues serialise");
    s.push('\n');
    s
}

fn issues(f: &FileReport) -> Vec<Issue<'_>> {
    let path = repo_path(&f.path);
    let mut seen: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    f.findings
        .iter()
        .map(|i| {
            let n = seen.entry((&i.rule, &i.text)).or_insert(0);
            let occurrence = *n;
            *n += 1;
            Issue {
                kind: "issue",
                check_name: &i.rule,
                description: &i.message,
                categories: ["Style"],
                fingerprint: fingerprint(&i.rule, &path, &i.text, occurrence),
                severity: severity(i.severity),
                location: Location {
                    path: path.clone(),
                    positions: Positions {
                        begin: LineColumn {
                            line: i.line,
                            column: i.column,
                        },
                        end: LineColumn {
                            line: i.end_line,
                            column: i.end_column,
                        },
                    },
                },
            }
        })
        .collect()
}

/// GitLab's scale runs info, minor, major, critical, blocker. A copy error
/// is worth fixing before publication but is no outage: it stops at major.
fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "minor",
        Severity::Error => "major",
    }
}

/// The path relative to the repository, as GitLab links it: forward
/// slashes, no leading `./`.
fn repo_path(path: &str) -> String {
    let p = path.replace('\\', "/");
    let mut rest = p.as_str();
    while let Some(r) = rest.strip_prefix("./") {
        rest = r;
    }
    rest.to_string()
}

/// 32 hex digits of the 128-bit FNV-1a hash of the parts, each ended by a
/// zero byte (which none of them holds) so that no two lists of parts run
/// together into the same bytes. FNV-1a is fixed by its constants alone,
/// so the fingerprint is the same on every platform and release.
fn fingerprint(rule: &str, path: &str, text: &str, occurrence: u32) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut h = OFFSET;
    let n = occurrence.to_string();
    for part in [rule, path, text, &n] {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            h ^= u128::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    format!("{h:032x}")
}

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: &'a str,
    description: &'a str,
    categories: [&'static str; 1],
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    positions: Positions,
}

#[derive(Serialize)]
struct Positions {
    begin: LineColumn,
    end: LineColumn,
}

#[derive(Serialize)]
struct LineColumn {
    line: u32,
    column: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{FileError, Item};
    use serde_json::Value;

    fn item(rule: &str, severity: Severity, line: u32, text: &str) -> Item {
        Item {
            rule: rule.into(),
            severity,
            start: 0,
            end: 1,
            line,
            column: 2,
            end_line: line + 1,
            end_column: 3,
            message: format!("{rule} on {text}"),
            text: text.into(),
            fix: None,
            related: Vec::new(),
            source_line: Box::default(),
        }
    }

    fn report(first_line: u32) -> Report {
        let l = first_line;
        Report {
            files: vec![
                FileReport {
                    path: "./desk\\a.txt".into(),
                    findings: vec![
                        item("quotes.unclosed", Severity::Warning, l, "\""),
                        item("quotes.unclosed", Severity::Warning, l + 4, "\""),
                        item("names.spelling", Severity::Error, l + 5, "\""),
                        item("claims.unattributed", Severity::Info, l + 9, "It rose."),
                    ],
                    line_starts: Vec::new(),
                },
                FileReport {
                    path: "b.md".into(),
                    findings: vec![item("quotes.unclosed", Severity::Warning, 1, "\"")],
                    line_starts: Vec::new(),
                },
            ],
            errors: vec![FileError {
                path: "gone.txt".into(),
                message: "gone".into(),
            }],
            ..Report::default()
        }
    }

    fn issues_of(r: &Report) -> Vec<Value> {
        let s = write_gitlab(r);
        assert!(s.ends_with("]\n"));
        match serde_json::from_str(&s).expect("valid JSON") {
            Value::Array(a) => a,
            v => panic!("not an array: {v}"),
        }
    }

    #[test]
    fn gitlab_issues_have_the_documented_fields() {
        let issues = issues_of(&report(3));
        assert_eq!(issues.len(), 5, "one per finding, none for the error");
        let i = &issues[0];
        assert_eq!(i["type"], "issue");
        assert_eq!(i["check_name"], "quotes.unclosed");
        assert_eq!(i["description"], "quotes.unclosed on \"");
        assert_eq!(i["categories"], serde_json::json!(["Style"]));
        assert_eq!(i["severity"], "minor");
        assert_eq!(i["location"]["path"], "desk/a.txt");
        assert_eq!(i["location"]["positions"]["begin"]["line"], 3);
        assert_eq!(i["location"]["positions"]["begin"]["column"], 2);
        assert_eq!(i["location"]["positions"]["end"]["line"], 4);
        assert_eq!(i["location"]["positions"]["end"]["column"], 3);
        let severities: Vec<&str> = issues
            .iter()
            .map(|i| i["severity"].as_str().unwrap())
            .collect();
        assert_eq!(severities, ["minor", "minor", "major", "info", "minor"]);
        assert_eq!(issues[4]["location"]["path"], "b.md");
    }

    #[test]
    fn gitlab_fingerprints_are_unique_and_ignore_lines() {
        let a = issues_of(&report(3));
        let b = issues_of(&report(40));
        let prints = |v: &[Value]| -> Vec<String> {
            v.iter()
                .map(|i| i["fingerprint"].as_str().unwrap().to_string())
                .collect()
        };
        let (pa, pb) = (prints(&a), prints(&b));
        assert_eq!(pa, pb, "moving findings down does not change them");
        let mut unique = pa.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), pa.len(), "{pa:?}");
        for p in &pa {
            assert_eq!(p.len(), 32);
            assert!(p.bytes().all(|b| b.is_ascii_hexdigit()));
        }
    }

    #[test]
    fn fingerprint_is_fnv1a_128() {
        // FNV-1a of no bytes is the offset basis; of "a", a known value.
        let one = |bytes: &[u8]| {
            let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
            for &b in bytes {
                h ^= u128::from(b);
                h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
            }
            h
        };
        assert_eq!(one(b"a"), 0xd228cb696f1a8caf78912b704e4a8964);
        assert_eq!(
            fingerprint("r", "p", "t", 0),
            format!("{:032x}", one(b"r\0p\0t\x000\0"))
        );
        assert_ne!(fingerprint("r", "p", "t", 0), fingerprint("r", "p", "t", 1));
        assert_ne!(fingerprint("r", "pt", "", 0), fingerprint("r", "p", "t", 0));
    }
}
