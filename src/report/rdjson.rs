//! reviewdog's Diagnostic Format: `rdjson`, one `DiagnosticResult` object,
//! and `rdjsonl`, one `Diagnostic` per line.
//!
//! reviewdog counts columns in UTF-8 bytes and ends ranges exclusively, so
//! positions here come from the findings' byte offsets and the file's line
//! starts, not from the scalar-value columns the other formats print.

use super::{FileReport, Item, Report};
use crate::finding::Severity;
use serde::Serialize;

const SOURCE: Source = Source { name: "ascribe" };

/// The report as one `DiagnosticResult`: the source, then every finding in
/// report order. Files that could not be checked are left to standard
/// error and the exit status: a diagnostic needs a place in a file.
pub fn write_rdjson(report: &Report) -> String {
    let result = DiagnosticResult {
        source: SOURCE,
        diagnostics: report
            .files
            .iter()
            .flat_map(|f| f.findings.iter().map(move |i| diagnostic(f, i, None)))
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&result).expect("diagnostics serialise");
    s.push('\n');
    s
}

/// The report as JSON Lines, one `Diagnostic` per finding, each naming
/// its source since no enclosing object does.
pub fn write_rdjsonl(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.files {
        for i in &f.findings {
            let d = diagnostic(f, i, Some(SOURCE));
            out.push_str(&serde_json::to_string(&d).expect("a diagnostic serialises"));
            out.push('\n');
        }
    }
    out
}

fn diagnostic<'a>(f: &'a FileReport, i: &'a Item, source: Option<Source>) -> Diagnostic<'a> {
    Diagnostic {
        message: &i.message,
        location: Location {
            path: &f.path,
            range: range(f, i.start, i.end),
        },
        severity: match i.severity {
            Severity::Error => "ERROR",
            Severity::Warning => "WARNING",
            Severity::Info => "INFO",
        },
        source,
        code: Code { value: &i.rule },
        // Every edit of the fix, each a suggestion over its own range.
        suggestions: i
            .fix
            .iter()
            .flat_map(|x| &x.edits)
            .map(|e| Suggestion {
                range: range(f, e.start, e.end),
                text: &e.replacement,
            })
            .collect(),
        related_locations: i
            .related
            .iter()
            .map(|r| RelatedLocation {
                message: &r.message,
                location: match &r.path {
                    None => Location {
                        path: &f.path,
                        range: range(f, r.start, r.end),
                    },
                    Some(path) => {
                        let at = || Position {
                            line: r.line,
                            column: None,
                        };
                        Location {
                            path,
                            range: Range {
                                start: at(),
                                end: at(),
                            },
                        }
                    }
                },
            })
            .collect(),
    }
}

fn range(f: &FileReport, start: u32, end: u32) -> Range {
    let at = |offset| {
        let (line, column) = f.byte_position(offset);
        Position {
            line,
            column: Some(column),
        }
    };
    Range {
        start: at(start),
        end: at(end),
    }
}

#[derive(Serialize)]
struct DiagnosticResult<'a> {
    source: Source,
    diagnostics: Vec<Diagnostic<'a>>,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: &'a str,
    location: Location<'a>,
    severity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<Source>,
    code: Code<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<Suggestion<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation<'a>>,
}

/// A place that bears on a diagnostic (reviewdog's `related_locations`).
#[derive(Serialize)]
struct RelatedLocation<'a> {
    message: &'a str,
    location: Location<'a>,
}

#[derive(Serialize, Clone, Copy)]
struct Source {
    name: &'static str,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    range: Range,
}

#[derive(Serialize)]
struct Range {
    start: Position,
    end: Position,
}

#[derive(Serialize)]
struct Position {
    line: u32,
    /// Known in the finding's own file; a place in another file has its
    /// line only.
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u32>,
}

#[derive(Serialize)]
struct Code<'a> {
    value: &'a str,
}

#[derive(Serialize)]
struct Suggestion<'a> {
    range: Range,
    text: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Finding, Fix};
    use crate::report::FileError;
    use crate::span::Span;
    use serde_json::{json, Value};

    /// Two files: one with a curly quotation (three bytes a mark) and a
    /// straight mark to fix on line 3, one with a finding across lines.
    fn sample() -> Report {
        let a = "Head\n\n“Hi,” she said. \"We won\n";
        let at = a.find('"').unwrap();
        let mut unclosed = Finding::new(
            "quotes.unclosed",
            Severity::Warning,
            Span::new(at, at + 1),
            "never closed",
        );
        unclosed.fix = Some(Fix::replace(
            Span::new(at, at + 1),
            "“",
            crate::fix::Applicability::Safe,
        ));
        let curly = a.find('“').unwrap();
        let info = Finding::new(
            "quotes.style",
            Severity::Info,
            Span::new(curly, curly + 3),
            "curly",
        );
        let b = "One\ntwo (three\nfour.\n";
        let open = b.find('(').unwrap();
        let across = Finding::new(
            "brackets.unbalanced",
            Severity::Error,
            Span::new(open, open + 12),
            "across",
        )
        .with_related(crate::finding::Related::here(Span::new(0, 3), "first"))
        .with_related(crate::finding::Related {
            path: Some("t/debate.txt".into()),
            span: Span::new(50, 60),
            line: Some(7),
            message: "there".into(),
        });
        Report {
            files: vec![
                FileReport::new("a.txt".into(), a, &[info, unclosed]),
                FileReport::new("b.txt".into(), b, &[across]),
            ],
            errors: vec![FileError {
                path: "gone.txt".into(),
                message: "gone".into(),
            }],
            ..Report::default()
        }
        .finish()
    }

    #[test]
    fn rdjson_is_a_diagnostic_result_with_byte_columns() {
        let s = write_rdjson(&sample());
        assert!(s.ends_with("}\n"));
        let v: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["source"], json!({"name": "ascribe"}));
        let d = v["diagnostics"].as_array().unwrap();
        assert_eq!(d.len(), 3, "one per finding, none for the error");

        assert_eq!(d[0]["message"], "curly");
        assert_eq!(d[0]["severity"], "INFO");
        assert_eq!(d[0]["code"], json!({"value": "quotes.style"}));
        assert_eq!(
            d[0]["location"],
            json!({"path": "a.txt", "range": {
                "start": {"line": 3, "column": 1},
                "end": {"line": 3, "column": 4}}})
        );
        assert!(d[0].get("suggestions").is_none());
        assert!(d[0].get("source").is_none());

        // “Hi,” she said. "We: the straight mark is the 17th character and
        // byte 21 of its line, after two three-byte curly marks.
        assert_eq!(d[1]["severity"], "WARNING");
        let range = json!({"start": {"line": 3, "column": 21}, "end": {"line": 3, "column": 22}});
        assert_eq!(d[1]["location"]["range"], range);
        assert_eq!(d[1]["suggestions"], json!([{"range": range, "text": "“"}]));

        assert_eq!(d[2]["severity"], "ERROR");
        assert_eq!(
            d[2]["location"]["range"],
            json!({"start": {"line": 2, "column": 5}, "end": {"line": 3, "column": 6}})
        );
        assert!(d[0].get("related_locations").is_none());
        assert_eq!(
            d[2]["related_locations"],
            json!([
                {"message": "first", "location": {"path": "b.txt", "range": {
                    "start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 4}}}},
                {"message": "there", "location": {"path": "t/debate.txt", "range": {
                    "start": {"line": 7}, "end": {"line": 7}}}}
            ])
        );
    }

    #[test]
    fn rdjsonl_is_one_self_contained_diagnostic_a_line() {
        let r = sample();
        let s = write_rdjsonl(&r);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(s.ends_with('\n'));
        let whole: Value = serde_json::from_str(&write_rdjson(&r)).unwrap();
        for (line, mut want) in lines
            .iter()
            .zip(whole["diagnostics"].as_array().unwrap().clone())
        {
            let d: Value = serde_json::from_str(line).unwrap();
            want["source"] = json!({"name": "ascribe"});
            assert_eq!(d, want);
        }
        assert_eq!(write_rdjsonl(&Report::default()), "");
    }
}
