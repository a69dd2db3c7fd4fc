//! Tests of the report: its JSON, and positions counted in bytes.

use super::*;
use crate::span::Span;

fn report(files: usize, errors: usize) -> Report {
    let text = "Head\n\n“Quote \"x\"\tand a line\nwrap.\n";
    let mut r = Report::default();
    for i in 0..files {
        let mut f = Finding::new(
            "quotes.unclosed",
            Severity::Warning,
            Span::new(6, 9),
            "ran “to” the end\n",
        );
        f.fix = (i % 2 == 0).then(|| {
            let mut fix = crate::finding::Fix::replace(
                Span::new(6, 9),
                "\"",
                crate::fix::Applicability::Safe,
            );
            fix.edits.push(crate::fix::Edit {
                span: Span::new(12, 12),
                replacement: "\t\n".into(),
            });
            fix
        });
        let findings = if i == 1 { vec![] } else { vec![f.clone(), f] };
        r.files
            .push(FileReport::new(format!("a/{i}.txt"), text, &findings));
    }
    for i in 0..errors {
        r.errors.push(FileError {
            path: format!("b/{i}"),
            message: "not UTF-8 at byte 3".into(),
        });
    }
    r.finish()
}

#[test]
fn json_is_what_the_pretty_printer_writes_for_the_whole_report() {
    for (files, errors) in [(0, 0), (1, 0), (3, 0), (0, 2), (4, 1)] {
        let r = report(files, errors);
        let want = serde_json::to_string_pretty(&r).unwrap() + "\n";
        assert_eq!(r.to_json(), want, "{files} files, {errors} errors");
    }
}
#[test]
fn byte_positions_count_utf8_bytes_from_the_line_start() {
    let text = "“A”\nb 😀c\n";
    let r = FileReport::new("a.txt".into(), text, &[]);
    assert_eq!(r.line_starts, [0, 8, 16]);
    assert_eq!(r.byte_position(0), (1, 1));
    assert_eq!(r.byte_position(3), (1, 4), "after a three-byte mark");
    assert_eq!(r.byte_position(8), (2, 1));
    assert_eq!(r.byte_position(14), (2, 7), "after a four-byte emoji");
    assert_eq!(r.byte_position(16), (3, 1), "past the last line end");
}
