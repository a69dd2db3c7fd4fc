//! Reports: findings resolved to lines and columns, and their writers.
//!
//! Everything here is deterministic: files sorted by path, findings by
//! position, no timestamps and no paths but those the user gave.

use crate::finding::{Finding, Severity};
use crate::line_index::{LineIndex, Position};
use serde::Serialize;

mod github;
mod gitlab;
mod json;
mod junit;
pub mod map;
mod nested;
mod pretty;
mod rdjson;
mod sarif;
mod stats;
mod text;

pub use github::{github_file, write_github};
pub use gitlab::write_gitlab;
pub use junit::write_junit;
use pretty::pretty_json_with;
pub use pretty::{json_file, pretty_json, JsonStream};
pub use rdjson::{write_rdjson, write_rdjsonl};
pub use sarif::write_sarif;
pub use stats::{RuleCount, Stats};
pub use text::{text_file, write_text};

/// One finding, ready to print.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Item {
    pub rule: String,
    pub severity: Severity,
    /// UTF-8 byte offsets into the file, end exclusive.
    pub start: u32,
    pub end: u32,
    /// 1-based; columns count Unicode scalar values.
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub message: String,
    /// The text the finding points at.
    pub text: Box<str>,
    /// Boxed, as `source_line` and `text` are, to keep an item no larger
    /// than a [`crate::Finding`]: the report's items are then built in
    /// the findings' own memory (see `size_of_an_item`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Box<ItemFix>>,
    /// Other places that bear on the finding (see
    /// [`crate::finding::Related`]); left out of JSON when there are none,
    /// so that reports without them keep their shape.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<ItemRelated>,
    /// The source line the finding starts on, for snippets.
    #[serde(skip)]
    pub source_line: Box<str>,
}

/// A finding's fix in a report (see [`crate::fix::Fix`]).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ItemFix {
    pub title: String,
    pub applicability: crate::fix::Applicability,
    /// Sorted, never overlapping.
    pub edits: Vec<ItemEdit>,
}

/// A related place in a report: in another file (`path`) or in the
/// finding's own.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ItemRelated {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub start: u32,
    pub end: u32,
    /// 1-based.
    pub line: u32,
    /// 1-based, in Unicode scalar values; known in the finding's own file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    pub message: String,
}

/// Bytes `start..end` of the file (UTF-8 offsets, end exclusive) become
/// `replacement`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ItemEdit {
    pub start: u32,
    pub end: u32,
    pub replacement: String,
}

impl From<crate::fix::Fix> for ItemFix {
    fn from(f: crate::fix::Fix) -> ItemFix {
        ItemFix {
            title: f.title,
            applicability: f.applicability,
            edits: f
                .edits
                .into_iter()
                .map(|e| ItemEdit {
                    start: e.span.start,
                    end: e.span.end,
                    replacement: e.replacement,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FileReport {
    pub path: String,
    pub findings: Vec<Item>,
    /// The byte offset each line of the file starts at, for formats that
    /// count columns in bytes (reviewdog's). Empty when the report was not
    /// built from the text: offsets are then taken as on one line.
    #[serde(skip)]
    pub line_starts: Vec<u32>,
}

/// A file that could not be checked.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FileError {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub findings: usize,
    pub error: usize,
    pub warning: usize,
    pub info: usize,
    /// How the run stood to its baseline (`check --baseline`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineCounts>,
}

/// A run checked against a baseline: what it left out, and what it no
/// longer found.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct BaselineCounts {
    /// Findings the baseline holds, not reported.
    pub left_out: usize,
    /// Findings the baseline holds for the checked files that this run
    /// did not find: fixed, or edited past recognition.
    pub fixed: usize,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Report {
    pub files: Vec<FileReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FileError>,
    pub summary: Summary,
}

impl FileReport {
    /// Resolves byte spans to lines and columns, once, at render time.
    pub fn new(path: String, text: &str, findings: &[Finding]) -> FileReport {
        FileReport::build(path, text, findings.to_vec(), true)
    }

    /// As [`FileReport::new`], taking the findings' strings over; without
    /// `source_lines` each finding's `source_line` is left empty. Only
    /// text snippets print it, and a run with many findings would
    /// otherwise hold a copy of a whole paragraph per finding.
    pub fn build(
        path: String,
        text: &str,
        findings: Vec<Finding>,
        source_lines: bool,
    ) -> FileReport {
        let index = LineIndex::new(text);
        // Findings come sorted by start, several to a paragraph: each
        // start is counted on from the one before when they share a line.
        let mut last: Option<(u32, Position)> = None;
        let findings = findings
            .into_iter()
            .map(|f| {
                let a = match last {
                    Some((from, at)) => index.position_after(text, from, at, f.span.start),
                    None => index.position(text, f.span.start),
                };
                last = Some((f.span.start, a));
                let b = index.position_after(text, f.span.start, a, f.span.end);
                let related = f
                    .related
                    .into_iter()
                    .map(|r| {
                        let (line, column) = match r.line {
                            Some(line) => (line, None),
                            None => {
                                // Counted on from the finding's own start,
                                // as the findings are: on a line of
                                // megabytes, counting each from the line's
                                // start made the report quadratic.
                                let start = r.span.start.min(text.len() as u32);
                                let p = index.position_after(text, f.span.start, a, start);
                                (p.line, Some(p.column))
                            }
                        };
                        ItemRelated {
                            path: r.path,
                            start: r.span.start,
                            end: r.span.end,
                            line,
                            column,
                            message: r.message,
                        }
                    })
                    .collect();
                Item {
                    rule: f.rule,
                    severity: f.severity,
                    start: f.span.start,
                    end: f.span.end,
                    line: a.line,
                    column: a.column,
                    end_line: b.line,
                    end_column: b.column,
                    message: f.message,
                    text: text[f.span.range()].into(),
                    fix: f.fix.map(|f| Box::new(ItemFix::from(f))),
                    related,
                    source_line: if source_lines {
                        index.line_text(text, a.line as usize - 1).into()
                    } else {
                        Box::default()
                    },
                }
            })
            .collect();
        FileReport {
            path,
            findings,
            line_starts: index.into_starts(),
        }
    }

    /// The 1-based line of byte `offset` and its 1-based column counted in
    /// UTF-8 bytes from the line's start.
    pub fn byte_position(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        (line as u32 + 1, offset - start + 1)
    }
}

impl Report {
    /// Sorts files and errors by path and fills in the summary.
    pub fn finish(mut self) -> Report {
        self.files.sort_by(|a, b| a.path.cmp(&b.path));
        self.errors
            .sort_by(|a, b| a.path.cmp(&b.path).then(a.message.cmp(&b.message)));
        let mut s = Summary {
            files: self.files.len(),
            errors: self.errors.len(),
            ..Summary::default()
        };
        for item in self.files.iter().flat_map(|f| &f.findings) {
            s.findings += 1;
            match item.severity {
                Severity::Error => s.error += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        self.summary = s;
        self
    }

    /// Findings at or above `level`.
    pub fn count_at_least(&self, level: Severity) -> usize {
        self.files
            .iter()
            .flat_map(|f| &f.findings)
            .filter(|i| i.severity >= level)
            .count()
    }

    /// The report as pretty-printed JSON (see [`pretty_json`]).
    pub fn to_json(&self) -> String {
        self.to_json_with(None)
    }

    /// As [`Report::to_json`], with a `stats` object after the summary
    /// when `stats` is given.
    pub fn to_json_with(&self, stats: Option<&Stats>) -> String {
        pretty_json_with(
            &self.files,
            FileReport::json_entry,
            &self.errors,
            &self.summary,
            stats,
        )
    }

    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).expect("report serialises")
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod size_of_an_item {
    /// `FileReport::build` turns a file's findings into items with
    /// `into_iter().map(…).collect()`, which reuses the findings' memory
    /// when an item is no larger than a finding. With a hundred thousand
    /// findings in one file that saves a second array of them; a field
    /// that makes an item larger loses it (box what is seldom there).
    #[test]
    fn an_item_fits_where_its_finding_was() {
        let (item, finding) = (size_of::<super::Item>(), size_of::<crate::Finding>());
        assert!(item <= finding, "Item is {item} bytes, Finding {finding}");
        assert_eq!(align_of::<super::Item>(), align_of::<crate::Finding>());
    }
}
