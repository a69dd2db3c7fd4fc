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
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Position, Range, Uri,
};
use std::str::FromStr;

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

/// A file a finding points to, as a `file:` URI: relative paths are taken
/// from the server's working folder; bytes a URI path may not hold are
/// percent-encoded.
fn file_uri(path: &str) -> Option<Uri> {
    let abs = std::path::absolute(path).ok()?;
    let mut s = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                s.push(b as char)
            }
            _ => s.push_str(&format!("%{b:02X}")),
        }
    }
    Uri::from_str(&s).ok()
}

/// The finding's related places as the protocol's related information: a
/// place in the document at its range, one in another file at its line.
fn related(
    f: &Finding,
    uri: &Uri,
    lines: &Lines<'_>,
    enc: Encoding,
) -> Vec<DiagnosticRelatedInformation> {
    f.related
        .iter()
        .filter_map(|r| {
            let (uri, range) = match &r.path {
                None => (
                    uri.clone(),
                    lines.range(r.span.start as usize, r.span.end as usize, enc),
                ),
                Some(path) => {
                    let line = r.line.unwrap_or(1).saturating_sub(1);
                    let at = Position::new(line, 0);
                    (file_uri(path)?, Range::new(at, at))
                }
            };
            Some(DiagnosticRelatedInformation {
                location: Location { uri, range },
                message: r.message.clone(),
            })
        })
        .collect()
}

pub fn diagnostic(f: &Finding, uri: &Uri, lines: &Lines<'_>, enc: Encoding) -> Diagnostic {
    let range = lines.range(f.span.start as usize, f.span.end as usize, enc);
    let related = related(f, uri, lines, enc);
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
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}

pub fn diagnostics(findings: &[Finding], uri: &Uri, text: &str, enc: Encoding) -> Vec<Diagnostic> {
    let lines = Lines::new(text);
    findings
        .iter()
        .map(|f| diagnostic(f, uri, &lines, enc))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Related;
    use crate::span::Span;

    #[test]
    fn related_places_become_related_information() {
        let text = "ab\ncd “ef\n";
        let uri = Uri::from_str("file:///desk/a.txt").unwrap();
        let f = Finding::new("quotes.unclosed", Severity::Warning, Span::new(6, 9), "x")
            .with_related(Related::here(Span::new(3, 5), "here"))
            .with_related(Related {
                path: Some("/t/debate one.txt".into()),
                span: Span::new(100, 120),
                line: Some(12),
                message: "there".into(),
            });
        let d = diagnostics(&[f], &uri, text, Encoding::Utf16);
        let info = d[0].related_information.as_ref().unwrap();
        assert_eq!(info.len(), 2);
        assert_eq!(info[0].location.uri, uri);
        assert_eq!(info[0].location.range.start, Position::new(1, 0));
        assert_eq!(info[0].message, "here");
        assert_eq!(info[1].location.uri.as_str(), "file:///t/debate%20one.txt");
        assert_eq!(info[1].location.range.start, Position::new(11, 0));
        let plain = Finding::new("quotes.unclosed", Severity::Warning, Span::new(6, 9), "x");
        let d = diagnostics(&[plain], &uri, text, Encoding::Utf16);
        assert!(d[0].related_information.is_none());
    }
}
