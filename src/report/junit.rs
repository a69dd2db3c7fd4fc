//! JUnit XML, the test report GitLab (`artifacts:reports:junit`) and
//! Jenkins (the JUnit plugin) read.
//!
//! One suite named `ascribe`; one test case per checked file, failing with
//! one `<failure>` per finding; one test case per file that could not be
//! checked, with an `<error>`. As in the JUnit schema, `failures` and
//! `errors` count test cases, not findings, so they never exceed `tests`.

use super::{FileReport, Report};
use std::fmt::Write;

/// The report as a JUnit XML document: files in path order, then the
/// files that could not be checked; no timestamps or durations.
pub fn write_junit(report: &Report) -> String {
    let tests = report.files.len() + report.errors.len();
    let failures = report
        .files
        .iter()
        .filter(|f| !f.findings.is_empty())
        .count();
    let errors = report.errors.len();
    let counts = format!("tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\"");
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"ascribe\" {counts}>");
    let _ = writeln!(out, "  <testsuite name=\"ascribe\" {counts} skipped=\"0\">");
    for f in &report.files {
        test_case(&mut out, f);
    }
    for e in &report.errors {
        let name = if e.path.is_empty() {
            "ascribe"
        } else {
            &e.path
        };
        open_case(&mut out, name);
        out.push_str("      <error type=\"file-error\" message=\"");
        escape(&mut out, &e.message, true);
        out.push_str("\">");
        escape(&mut out, &e.message, false);
        out.push_str("</error>\n    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn open_case(out: &mut String, path: &str) {
    out.push_str("    <testcase classname=\"");
    escape(out, path, true);
    out.push_str("\" name=\"");
    escape(out, path, true);
    out.push_str("\">\n");
}

fn test_case(out: &mut String, f: &FileReport) {
    if f.findings.is_empty() {
        out.push_str("    <testcase classname=\"");
        escape(out, &f.path, true);
        out.push_str("\" name=\"");
        escape(out, &f.path, true);
        out.push_str("\"/>\n");
        return;
    }
    open_case(out, &f.path);
    for i in &f.findings {
        let severity = i.severity.as_str();
        out.push_str("      <failure type=\"");
        out.push_str(severity);
        out.push_str("\" message=\"");
        escape(out, &format!("{}: {}", i.rule, i.message), true);
        out.push_str("\">");
        let line = format!(
            "{}:{}:{}: {severity} {}: {}",
            f.path, i.line, i.column, i.rule, i.message
        );
        escape(out, &line, false);
        out.push_str("</failure>\n");
    }
    out.push_str("    </testcase>\n");
}

/// Writes `s` as XML character data, or as an attribute value in double
/// quotes when `attribute`. Markup characters become references; in
/// attributes so do tab and line ends, which a parser would otherwise turn
/// into spaces, and in text a carriage return, which it would drop.
/// Characters XML 1.0 cannot hold at all (most C0 controls, U+FFFE,
/// U+FFFF) become U+FFFD.
fn escape(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::report::{FileError, Item};

    fn item(rule: &str, severity: Severity, line: u32, message: &str) -> Item {
        Item {
            rule: rule.into(),
            severity,
            start: 0,
            end: 1,
            line,
            column: 4,
            end_line: line,
            end_column: 5,
            message: message.into(),
            text: "\"".into(),
            fix: None,
            related: Vec::new(),
            source_line: Box::default(),
        }
    }

    fn file(path: &str, findings: Vec<Item>) -> FileReport {
        FileReport {
            path: path.into(),
            findings,
            line_starts: Vec::new(),
        }
    }

    fn sample() -> Report {
        Report {
            files: vec![
                file(
                    "desk/a&b <1>.txt",
                    vec![
                        item(
                            "quotes.unclosed",
                            Severity::Warning,
                            3,
                            "opening “ is never closed",
                        ),
                        item(
                            "names.spelling",
                            Severity::Error,
                            9,
                            "\"Smyth\" or 'Smith'?\ttab\u{1}",
                        ),
                    ],
                ),
                file("desk/clean.md", vec![]),
                file(
                    "desk/z.txt",
                    vec![item(
                        "claims.unattributed",
                        Severity::Info,
                        1,
                        "says who? ]]> <x/>",
                    )],
                ),
            ],
            errors: vec![FileError {
                path: "gone.txt".into(),
                message: "gone.txt: cannot read: No such file & <dir>".into(),
            }],
            ..Report::default()
        }
        .finish()
    }

    fn attr<'a>(n: roxmltree::Node<'a, 'a>, name: &str) -> &'a str {
        n.attribute(name)
            .unwrap_or_else(|| panic!("{} has no {name}", n.tag_name().name()))
    }

    #[test]
    fn junit_parses_and_counts_test_cases() {
        let xml = write_junit(&sample());
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "testsuites");
        let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        assert_eq!(suites.len(), 1);
        let suite = suites[0];
        assert_eq!(suite.tag_name().name(), "testsuite");
        assert_eq!(attr(suite, "name"), "ascribe");
        for n in [root, suite] {
            assert_eq!(attr(n, "tests"), "4");
            assert_eq!(attr(n, "failures"), "2");
            assert_eq!(attr(n, "errors"), "1");
        }
        let cases: Vec<_> = suite.children().filter(|n| n.is_element()).collect();
        assert_eq!(cases.len(), 4);
        let names: Vec<&str> = cases.iter().map(|c| attr(*c, "name")).collect();
        assert_eq!(
            names,
            [
                "desk/a&b <1>.txt",
                "desk/clean.md",
                "desk/z.txt",
                "gone.txt"
            ]
        );
        for c in &cases {
            assert_eq!(c.tag_name().name(), "testcase");
            assert_eq!(attr(*c, "classname"), attr(*c, "name"));
        }
        let kids = |i: usize, tag: &str| {
            cases[i]
                .children()
                .filter(|n| n.is_element())
                .inspect(|n| assert_eq!(n.tag_name().name(), tag))
                .collect::<Vec<_>>()
        };
        let failures = kids(0, "failure");
        assert_eq!(failures.len(), 2);
        assert!(kids(1, "failure").is_empty());
        assert_eq!(kids(2, "failure").len(), 1);
        let errors = kids(3, "error");
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].text(),
            Some("gone.txt: cannot read: No such file & <dir>")
        );
        assert_eq!(attr(errors[0], "message"), errors[0].text().unwrap());
    }

    #[test]
    fn junit_failures_carry_rule_message_and_position() {
        let xml = write_junit(&sample());
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let failures: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .collect();
        assert_eq!(failures.len(), 3);
        let f = failures[0];
        assert_eq!(attr(f, "type"), "warning");
        assert_eq!(
            attr(f, "message"),
            "quotes.unclosed: opening “ is never closed"
        );
        assert_eq!(
            f.text(),
            Some("desk/a&b <1>.txt:3:4: warning quotes.unclosed: opening “ is never closed")
        );
        // Quotes, a tab and a control character survive (the last as
        // U+FFFD, which XML can hold) in the attribute and the text.
        let f = failures[1];
        assert_eq!(attr(f, "type"), "error");
        assert_eq!(
            attr(f, "message"),
            "names.spelling: \"Smyth\" or 'Smith'?\ttab\u{FFFD}"
        );
        assert!(f.text().unwrap().ends_with("'Smith'?\ttab\u{FFFD}"));
        let f = failures[2];
        assert_eq!(attr(f, "type"), "info");
        assert_eq!(
            f.text(),
            Some("desk/z.txt:1:4: info claims.unattributed: says who? ]]> <x/>")
        );
    }

    #[test]
    fn junit_of_nothing_is_an_empty_suite() {
        let xml = write_junit(&Report::default().finish());
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites name=\"ascribe\" tests=\"0\" failures=\"0\" errors=\"0\">\n  \
             <testsuite name=\"ascribe\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n  \
             </testsuite>\n</testsuites>\n"
        );
    }

    #[test]
    fn escaping_keeps_line_ends_in_attributes() {
        let mut s = String::new();
        escape(&mut s, "a\r\nb\t\"<&>'\u{FFFE}\u{0}", true);
        assert_eq!(s, "a&#13;&#10;b&#9;&quot;&lt;&amp;&gt;'\u{FFFD}\u{FFFD}");
        let mut s = String::new();
        escape(&mut s, "a\r\nb\t\"", false);
        assert_eq!(s, "a&#13;\nb\t\"");
    }
}
