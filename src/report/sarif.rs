//! SARIF 2.1.0, for code-scanning services and editors.
//!
//! The log is built from borrowed, derived structs so that the field order
//! (and so the bytes) is fixed: no timestamps, no absolute paths, no maps.

use super::{Item, Report};
use crate::catalogue::Catalogue;
use crate::finding::Severity;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;
use std::borrow::Cow;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF 2.1.0 log of the report: one run, every registered rule, one result
/// per finding in report order, unreadable files as tool notifications.
pub fn write_sarif(report: &Report, catalogue: &Catalogue) -> String {
    let rules: Vec<ReportingDescriptor> = catalogue
        .entries()
        .iter()
        .map(|m| {
            let what = section(&m.doc, "What it does");
            ReportingDescriptor {
                id: &m.id,
                short_description: Text {
                    text: Cow::Borrowed(&m.summary),
                },
                full_description: match what {
                    Some(md) => MultiformatMessage {
                        text: Cow::Owned(plain_text(md)),
                        markdown: Some(Cow::Borrowed(md.trim())),
                    },
                    None => MultiformatMessage {
                        text: Cow::Borrowed(&m.summary),
                        markdown: None,
                    },
                },
                help: MultiformatMessage {
                    text: Cow::Owned(plain_text(&m.doc)),
                    markdown: Some(Cow::Borrowed(m.doc.trim())),
                },
                default_configuration: Configuration {
                    level: level(m.severity),
                },
            }
        })
        .collect();

    let results: Vec<SarifResult> = report
        .files
        .iter()
        .flat_map(|f| {
            let uri = to_uri(&f.path);
            f.findings
                .iter()
                .map(move |i| result(i, uri.clone(), catalogue))
        })
        .collect();

    let notifications: Vec<Notification> = report
        .errors
        .iter()
        .map(|e| Notification {
            level: "error",
            message: Text {
                text: Cow::Borrowed(&e.message),
            },
            locations: if e.path.is_empty() {
                Vec::new()
            } else {
                vec![Location {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: to_uri(&e.path),
                        },
                        region: None,
                    },
                }]
            },
        })
        .collect();

    let log = SarifLog {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "ascribe",
                    version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            invocations: [Invocation {
                execution_successful: notifications.is_empty(),
                tool_execution_notifications: notifications,
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut s = serde_json::to_string_pretty(&log).expect("SARIF log serialises");
    s.push('\n');
    s
}

fn result<'a>(i: &'a Item, uri: String, catalogue: &Catalogue) -> SarifResult<'a> {
    // SARIF 2.1.0 §3.55 (fix): a description and the changes to each
    // artifact; deleted regions in bytes, as the finding's own region.
    let fixes = match &i.fix {
        Some(fix) => vec![Fix {
            description: Text {
                text: Cow::Borrowed(&fix.title),
            },
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation { uri: uri.clone() },
                replacements: fix
                    .edits
                    .iter()
                    .map(|e| Replacement {
                        deleted_region: ByteRegion {
                            byte_offset: e.start,
                            byte_length: e.end.saturating_sub(e.start),
                        },
                        inserted_content: Text {
                            text: Cow::Borrowed(&e.replacement),
                        },
                    })
                    .collect(),
            }],
            properties: Properties {
                applicability: fix.applicability.as_str(),
            },
        }],
        None => Vec::new(),
    };
    SarifResult {
        rule_id: &i.rule,
        rule_index: catalogue.find(&i.rule).map(|(k, _)| k),
        level: level(i.severity),
        message: Text {
            text: Cow::Borrowed(&i.message),
        },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri: uri.clone() },
                region: Some(Region {
                    start_line: i.line,
                    start_column: i.column,
                    end_line: i.end_line,
                    end_column: i.end_column,
                    byte_offset: i.start,
                    byte_length: i.end.saturating_sub(i.start),
                    snippet: Text {
                        text: Cow::Borrowed(&i.text),
                    },
                }),
            },
        }],
        related_locations: i
            .related
            .iter()
            .enumerate()
            .map(|(k, r)| RelatedLocation {
                id: k,
                physical_location: RelatedPhysical {
                    artifact_location: ArtifactLocation {
                        uri: match &r.path {
                            Some(p) => to_uri(p),
                            None => uri.clone(),
                        },
                    },
                    region: RelatedRegion {
                        start_line: r.line,
                        start_column: r.column,
                        byte_offset: r.start,
                        byte_length: r.end.saturating_sub(r.start),
                    },
                },
                message: Text {
                    text: Cow::Borrowed(&r.message),
                },
            })
            .collect(),
        fixes,
    }
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The path as a relative URI reference: forward slashes, and bytes that
/// may not stand in a URI path (spaces, `%`, `#`, `?`, `:`, non-ASCII…)
/// percent-encoded. `:` is encoded so that `a:b.txt` is not read as a scheme.
fn to_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'\\' => out.push('/'),
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The body of the `## {title}` section of a rule's doc, if it has one.
fn section<'d>(doc: &'d str, title: &str) -> Option<&'d str> {
    let heading = format!("## {title}\n");
    let start = doc.find(&heading)? + heading.len();
    let rest = &doc[start..];
    let end = rest.find("\n## ").map(|i| i + 1).unwrap_or(rest.len());
    Some(rest[..end].trim()).filter(|s| !s.is_empty())
}

/// Markdown as plain text: headings on a line of their own, blocks separated
/// by blank lines, code blocks indented by four spaces, markup dropped.
fn plain_text(md: &str) -> String {
    let mut out = String::new();
    // What to write before the next block's first text.
    let mut sep = "";
    let mut in_code = false;
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut links: Vec<String> = Vec::new();
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_))
                if lists.is_empty() =>
            {
                out.push_str(sep);
                sep = "";
            }
            Event::Start(Tag::CodeBlock(_)) => {
                out.push_str(sep);
                sep = "";
                in_code = true;
            }
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() {
                    out.push_str(sep);
                    sep = "";
                }
                lists.push(first);
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop() {
                    out.push_str(&format!(" ({url})"));
                }
            }
            Event::End(TagEnd::Heading(_)) => sep = "\n",
            Event::End(TagEnd::Paragraph | TagEnd::BlockQuote(_)) if lists.is_empty() => {
                sep = "\n\n"
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                sep = "\n";
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    sep = "\n\n";
                }
            }
            Event::Text(t) if in_code => {
                for line in t.split_inclusive('\n') {
                    if line.trim().is_empty() {
                        out.push_str(line.trim_start_matches([' ', '\t']));
                    } else {
                        out.push_str("    ");
                        out.push_str(line);
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Rule => {
                out.push_str(sep);
                out.push_str("----");
                sep = "\n\n";
            }
            _ => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

#[derive(Serialize)]
struct SarifLog<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: [Invocation<'a>; 1],
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    rules: Vec<ReportingDescriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor<'a> {
    id: &'a str,
    short_description: Text<'a>,
    full_description: MultiformatMessage<'a>,
    help: MultiformatMessage<'a>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct MultiformatMessage<'a> {
    text: Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<Cow<'a, str>>,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification<'a>>,
}

#[derive(Serialize)]
struct Notification<'a> {
    level: &'static str,
    message: Text<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix<'a>>,
}

/// SARIF 2.1.0 §3.27.22: a place that bears on a result, with an id
/// unique within the result and a message of its own.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation<'a> {
    id: usize,
    physical_location: RelatedPhysical,
    message: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedPhysical {
    artifact_location: ArtifactLocation,
    region: RelatedRegion,
}

/// A related region: its column is known only in the result's own file.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedRegion {
    start_line: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<u32>,
    byte_offset: u32,
    byte_length: u32,
}

#[derive(Serialize)]
struct Text<'a> {
    text: Cow<'a, str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region<'a>>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
    byte_offset: u32,
    byte_length: u32,
    snippet: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix<'a> {
    description: Text<'a>,
    artifact_changes: [ArtifactChange<'a>; 1],
    properties: Properties,
}

/// Whether `check --fix` applies the fix without `--unsafe-fixes`: SARIF
/// has no field for it, so it goes in the property bag.
#[derive(Serialize)]
struct Properties {
    applicability: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: ByteRegion,
    inserted_content: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ByteRegion {
    byte_offset: u32,
    byte_length: u32,
}

#[cfg(test)]
mod tests {
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
}
