//! What a rule reports.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Severity, String> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(format!("`{s}` is not a severity (error, warning, info)")),
        }
    }
}

pub use crate::fix::{Applicability, Edit, Fix};

/// One problem found in one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    /// What would correct it, if a rule knows (see [`crate::fix`]).
    pub fix: Option<Fix>,
    /// Other places that bear on it (the transcript passage a quotation
    /// differs from, the other spelling of a name), in report order.
    pub related: Vec<Related>,
}

/// A place a finding points to besides its own span: elsewhere in the
/// same file, or in another file (a transcript the article quotes).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Related {
    /// Another file, as the user named it; `None` is the finding's file.
    pub path: Option<String>,
    /// Byte span in that file.
    pub span: Span,
    /// The 1-based line of `span.start` in another file, which the report
    /// writers cannot read; `None` in the finding's own file, whose lines
    /// are counted when the report is rendered.
    pub line: Option<u32>,
    /// What is there, in a few words: "the transcript's wording".
    pub message: String,
}

impl Related {
    /// A place in the finding's own file.
    pub fn here(span: Span, message: impl Into<String>) -> Related {
        Related {
            path: None,
            span,
            line: None,
            message: message.into(),
        }
    }
}

impl Finding {
    /// A finding; a line break in `message` (a source or match quoted
    /// across a wrapped line) becomes a space, so that every report
    /// format keeps one finding to a line.
    pub fn new(rule: &str, severity: Severity, span: Span, message: impl Into<String>) -> Finding {
        let mut message = message.into();
        if memchr::memchr2(b'\n', b'\r', message.as_bytes()).is_some() {
            message = message
                .split(['\n', '\r'])
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        Finding {
            rule: rule.to_string(),
            severity,
            span,
            message,
            fix: None,
            related: Vec::new(),
        }
    }

    /// The finding with a related place added.
    pub fn with_related(mut self, related: Related) -> Finding {
        self.related.push(related);
        self
    }

    /// Moves the finding (and its fix) `by` bytes on: from a window's
    /// offsets to its file's.
    pub fn shift(&mut self, by: u32) {
        self.span = self.span.shift(by);
        if let Some(fix) = &mut self.fix {
            fix.shift(by);
        }
        for r in self.related.iter_mut().filter(|r| r.path.is_none()) {
            r.span = r.span.shift(by);
        }
    }

    /// Moves the spans in this file (the finding's, its fix's, its related
    /// places') through `map`: from an HTML page's text to the page.
    pub fn map_spans(&mut self, map: impl Fn(Span) -> Span) {
        self.span = map(self.span);
        if let Some(fix) = &mut self.fix {
            for e in &mut fix.edits {
                e.span = map(e.span);
            }
        }
        for r in self.related.iter_mut().filter(|r| r.path.is_none()) {
            r.span = map(r.span);
        }
    }

    /// Report order: by position, then rule id, then message.
    pub fn sort_key(&self) -> (u32, u32, &str, &str) {
        (self.span.start, self.span.end, &self.rule, &self.message)
    }
}

/// `s` on one line (runs of white space as one space), for a message or a
/// listing that quotes it: whole when it has at most `max` characters,
/// else its first `keep` characters and "…".
pub fn excerpt(s: &str, max: usize, keep: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(keep).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_one_line() {
        let f = Finding::new(
            "sources.anonymous",
            Severity::Info,
            Span::new(0, 1),
            "“St. Agnes Hosp\nA person familiar\r\nwith it” is anonymous",
        );
        assert_eq!(
            f.message,
            "“St. Agnes Hosp A person familiar with it” is anonymous"
        );
    }
}
