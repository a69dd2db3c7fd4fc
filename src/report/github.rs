use super::{FileReport, Report};
use crate::finding::Severity;
use std::fmt::Write;

/// GitHub Actions workflow commands, one per finding, so that findings show
/// as annotations on the pull request.
pub fn write_github(report: &Report) -> String {
    report.files.iter().map(github_file).collect()
}

/// One file's part of [`write_github`], which is the files' parts in order.
pub fn github_file(file: &FileReport) -> String {
    let mut out = String::new();
    for i in &file.findings {
        let level = match i.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&file.path),
            i.line,
            i.column,
            i.end_line,
            i.end_column,
            escape_property(&i.rule),
            escape_data(&i.message)
        );
    }
    out
}

// The workflow-command syntax reserves `%`, CR and LF everywhere, and `:`
// and `,` inside properties.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{FileReport, Item};

    #[test]
    fn properties_are_escaped() {
        let item = Item {
            rule: "quotes.unclosed".into(),
            severity: Severity::Info,
            start: 0,
            end: 1,
            line: 2,
            column: 3,
            end_line: 2,
            end_column: 4,
            message: "100% sure\nreally".into(),
            text: "\"".into(),
            fix: None,
            related: Vec::new(),
            source_line: Box::default(),
        };
        let r = Report {
            files: vec![FileReport {
                path: "a,b:c.txt".into(),
                findings: vec![item],
                line_starts: Vec::new(),
            }],
            ..Report::default()
        };
        assert_eq!(
            write_github(&r),
            "::notice file=a%2Cb%3Ac.txt,line=2,col=3,endLine=2,endColumn=4,title=quotes.unclosed::100%25 sure%0Areally\n"
        );
    }
}
