//! Findings as the editor shows them.
//!
//! The protocol's `codeDescription` must be a URL, and a rule's
//! documentation has none: it is built into the binary (`ascribe explain
//! RULE`). So each diagnostic carries the rule's one-line summary, and the
//! command that prints the whole page, in `data`; hovering a finding shows
//! them (see `hover`). Nothing is added to the message: it stays the one
//! `ascribe check` prints.

use super::text::{Encoding, Lines};
use crate::{Finding, Severity};
use lsp_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range};

/// Shown as the diagnostics' source.
pub const SOURCE: &str = "ascribe";

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The one-line summary of a built-in rule (a pack rule's message is its
/// own summary).
pub fn summary(rule: &str) -> Option<&'static str> {
    crate::rules::find(rule).map(|r| r.meta().summary)
}

pub fn diagnostic(f: &Finding, lines: &Lines<'_>, enc: Encoding) -> Diagnostic {
    let range = lines.range(f.span.start as usize, f.span.end as usize, enc);
    let data = serde_json::json!({
        "rule": f.rule,
        "summary": summary(&f.rule),
        "explain": format!("ascribe explain {}", f.rule),
    });
    Diagnostic {
        range,
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.clone())),
        source: Some(SOURCE.into()),
        message: f.message.clone(),
        data: Some(data),
        ..Diagnostic::default()
    }
}

pub fn diagnostics(findings: &[Finding], text: &str, enc: Encoding) -> Vec<Diagnostic> {
    let lines = Lines::new(text);
    findings
        .iter()
        .map(|f| diagnostic(f, &lines, enc))
        .collect()
}

/// A configuration that cannot be used, shown where the user will see it:
/// at the top of the document, which is then not checked (as `ascribe
/// check` checks nothing under a broken configuration).
pub fn config_error(message: &str) -> Diagnostic {
    Diagnostic {
        range: Range::new(Position::new(0, 0), Position::new(0, 0)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("configuration".into())),
        source: Some(SOURCE.into()),
        message: message.to_string(),
        ..Diagnostic::default()
    }
}
