use super::{FileReport, Item, Report};
use crate::finding::Severity;
use annotate_snippets::renderer::DEFAULT_TERM_WIDTH;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::fmt::Write;
use std::ops::Range;

/// `path:line:col: severity rule-id: message`, one line per finding; with
/// `snippets`, the source line follows with the span underlined.
pub fn write_text(report: &Report, snippets: bool) -> String {
    report
        .files
        .iter()
        .map(|f| text_file(f, snippets))
        .collect()
}

/// One file's part of [`write_text`]: the text report is the files' parts
/// one after another, so it can be written as the files are checked.
pub fn text_file(file: &FileReport, snippets: bool) -> String {
    let mut out = String::new();
    for item in &file.findings {
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {}: {}",
            file.path, item.line, item.column, item.severity, item.rule, item.message
        );
        for r in &item.related {
            let path = r.path.as_deref().unwrap_or(&file.path);
            let _ = match r.column {
                Some(c) => writeln!(out, "  note: {path}:{}:{c}: {}", r.line, r.message),
                None => writeln!(out, "  note: {path}:{}: {}", r.line, r.message),
            };
        }
        if snippets {
            out.push_str(&snippet(item));
            out.push('\n');
        }
    }
    out
}

/// The source line with `^` under the span (to the line's end when the span
/// runs on), labelled `rule-id: message`, or only the rule id when that would
/// not fit in the renderer's width. Plain: no colour, fixed width, so the
/// same report always renders to the same bytes.
fn snippet(item: &Item) -> String {
    let line = &*item.source_line;
    let start = byte_at(line, item.column.saturating_sub(1));
    let end = if item.end_line == item.line {
        byte_at(line, item.end_column.saturating_sub(1)).max(start)
    } else {
        line.len()
    };
    let full = format!("{}: {}", item.rule, item.message);
    let out = render(item, start..end, &full);
    // The label goes on the caret line, which comes last.
    let fits = out
        .lines()
        .last()
        .is_none_or(|l| l.chars().count() <= DEFAULT_TERM_WIDTH);
    if fits {
        out
    } else {
        render(item, start..end, &item.rule)
    }
}

fn render(item: &Item, span: Range<usize>, label: &str) -> String {
    let level = match item.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let report = [Group::with_level(level).element(
        Snippet::source(&*item.source_line)
            .line_start(item.line as usize)
            .annotation(AnnotationKind::Primary.span(span).label(label)),
    )];
    Renderer::plain().render(&report)
}

/// Byte offset of the `n`th (0-based) scalar of `line`, or its length.
fn byte_at(line: &str, n: u32) -> usize {
    line.char_indices()
        .nth(n as usize)
        .map_or(line.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::FileReport;

    /// A finding on line 7 covering the first `needle` of `line`, or from
    /// there on `past` the line's end.
    fn item(line: &str, needle: &str, past: bool) -> Item {
        let start = line.find(needle).unwrap();
        let column = line[..start].chars().count() as u32 + 1;
        let (end_line, end_column) = if past {
            (8, 1)
        } else {
            (7, column + needle.chars().count() as u32)
        };
        Item {
            rule: "quotes.unclosed".into(),
            severity: Severity::Warning,
            start: 100 + start as u32,
            end: 100 + (start + needle.len()) as u32,
            line: 7,
            column,
            end_line,
            end_column,
            message: "never closed".into(),
            text: needle.into(),
            fix: None,
            related: Vec::new(),
            source_line: line.into(),
        }
    }

    fn report(items: Vec<Item>) -> Report {
        Report {
            files: vec![FileReport {
                path: "desk/a.txt".into(),
                findings: items,
                line_starts: Vec::new(),
            }],
            ..Report::default()
        }
    }

    #[test]
    fn text_without_snippets_is_one_line_per_finding() {
        let a = item("He said “hi” and \"left", "\"", true);
        let mut b = item("He said “hi” and \"left", "hi", false);
        b.severity = Severity::Info;
        b.rule = "quotes.nesting".into();
        assert_eq!(
            write_text(&report(vec![a, b]), false),
            "desk/a.txt:7:18: warning quotes.unclosed: never closed\n\
             desk/a.txt:7:10: info quotes.nesting: never closed\n"
        );
    }

    #[test]
    fn related_places_are_indented_note_lines_after_their_finding() {
        let mut a = item("He said “hi” and \"left", "\"", true);
        a.related = vec![
            crate::report::ItemRelated {
                path: None,
                start: 3,
                end: 4,
                line: 2,
                column: Some(5),
                message: "opened here".into(),
            },
            crate::report::ItemRelated {
                path: Some("t/debate.txt".into()),
                start: 900,
                end: 950,
                line: 41,
                column: None,
                message: "the transcript's passage".into(),
            },
        ];
        assert_eq!(
            write_text(&report(vec![a]), false),
            "desk/a.txt:7:18: warning quotes.unclosed: never closed\n\
             \x20 note: desk/a.txt:2:5: opened here\n\
             \x20 note: t/debate.txt:41: the transcript's passage\n"
        );
    }

    #[test]
    fn snippet_underlines_after_multibyte_characters() {
        // “ is one column wide and three bytes; 😀 two columns and four bytes.
        let line = "“Hi 😀,” she said. \"We won";
        let out = write_text(&report(vec![item(line, "\"We", false)]), true);
        assert_eq!(
            out,
            "desk/a.txt:7:19: warning quotes.unclosed: never closed\n\
             \x20 |\n\
             7 | “Hi 😀,” she said. \"We won\n\
             \x20 |                    ^^^ quotes.unclosed: never closed\n"
        );
        assert!(!out.contains('\x1b'), "no colour codes");
    }

    #[test]
    fn snippet_of_empty_span_shows_one_caret() {
        let mut i = item("ab“cd", "c", false);
        i.end = i.start;
        i.end_column = i.column;
        let out = write_text(&report(vec![i]), true);
        assert_eq!(
            out.lines().nth(3),
            Some("  |    ^ quotes.unclosed: never closed")
        );
    }

    #[test]
    fn snippet_runs_to_line_end() {
        let out = write_text(&report(vec![item("say \"more", "\"", true)]), true);
        assert_eq!(
            out.lines().nth(3),
            Some("  |     ^^^^^ quotes.unclosed: never closed")
        );
    }

    #[test]
    fn snippet_tabs_do_not_misalign() {
        let line = "\tTab\t“quoted";
        let out = write_text(&report(vec![item(line, "“", true)]), true);
        let lines: Vec<&str> = out.lines().collect();
        let source = lines[2].strip_prefix("7 | ").unwrap();
        let carets = lines[3].strip_prefix("  | ").unwrap();
        assert!(!source.contains('\t'));
        let at = carets.find('^').unwrap();
        assert_eq!(source.chars().nth(at), Some('“'));
        assert!(carets[at..].starts_with("^^^^^^^ quotes.unclosed"));
    }

    #[test]
    fn long_labels_fall_back_to_the_rule_id() {
        let line = format!("{}\"end", "word ".repeat(40));
        let mut i = item(&line, "\"", true);
        i.message = "a message far too long to sit beside the caret ".repeat(3);
        let out = write_text(&report(vec![i]), true);
        let last = out.lines().last().unwrap();
        assert!(last.ends_with("^^^^ quotes.unclosed"), "{last}");
        assert!(last.chars().count() <= DEFAULT_TERM_WIDTH);
    }
}
