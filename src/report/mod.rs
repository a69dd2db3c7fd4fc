//! Reports: findings resolved to lines and columns, and their writers.
//!
//! Everything here is deterministic: files sorted by path, findings by
//! position, no timestamps and no paths but those the user gave.

use crate::finding::{Finding, Severity};
use crate::line_index::LineIndex;
use serde::Serialize;

mod github;
mod sarif;
mod text;

pub use github::write_github;
pub use sarif::write_sarif;
pub use text::write_text;

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
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<ItemFix>,
    /// The source line the finding starts on, for snippets.
    #[serde(skip)]
    pub source_line: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ItemFix {
    pub start: u32,
    pub end: u32,
    pub replacement: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FileReport {
    pub path: String,
    pub findings: Vec<Item>,
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
        let index = LineIndex::new(text);
        let findings = findings
            .iter()
            .map(|f| {
                let a = index.position(text, f.span.start);
                let b = index.position(text, f.span.end);
                Item {
                    rule: f.rule.clone(),
                    severity: f.severity,
                    start: f.span.start,
                    end: f.span.end,
                    line: a.line,
                    column: a.column,
                    end_line: b.line,
                    end_column: b.column,
                    message: f.message.clone(),
                    text: text[f.span.range()].to_string(),
                    fix: f.fix.as_ref().map(|x| ItemFix {
                        start: x.span.start,
                        end: x.span.end,
                        replacement: x.replacement.clone(),
                    }),
                    source_line: index.line_text(text, a.line as usize - 1).to_string(),
                }
            })
            .collect();
        FileReport { path, findings }
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

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("report serialises");
        s.push('\n');
        s
    }

    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).expect("report serialises")
    }
}
