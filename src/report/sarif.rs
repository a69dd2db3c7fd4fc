//! SARIF 2.1.0, for code-scanning services and editors.
//!
//! The log is built from borrowed, derived structs so that the field order
//! (and so the bytes) is fixed: no timestamps, no absolute paths, no maps.

use super::{Item, Report};
use crate::catalogue::Catalogue;
use crate::finding::Severity;
use serde::Serialize;
use std::borrow::Cow;
use text::{plain_text, section, to_uri};

mod text;

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
mod tests;
