use super::Report;
use std::fmt::Write;

/// `path:line:col: severity rule-id: message`, one line per finding; with
/// `snippets`, the source line follows with the span underlined.
pub fn write_text(report: &Report, snippets: bool) -> String {
    let mut out = String::new();
    for file in &report.files {
        for item in &file.findings {
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {}: {}",
                file.path, item.line, item.column, item.severity, item.rule, item.message
            );
            if snippets {
                let _ = write!(out, "{}", underline(item));
            }
        }
    }
    out
}

/// The source line with `^` under the span (to the line's end when the span
/// runs on).
fn underline(item: &super::Item) -> String {
    let gutter = item.line.to_string();
    let pad = " ".repeat(gutter.len());
    let line: String = item
        .source_line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let width = line.chars().count() as u32;
    let start = item.column - 1;
    let end = if item.end_line == item.line {
        item.end_column - 1
    } else {
        width
    };
    let carets = (end.saturating_sub(start)).max(1) as usize;
    format!(
        "{pad} |\n{gutter} | {line}\n{pad} | {}{}\n",
        " ".repeat(start as usize),
        "^".repeat(carets)
    )
}
