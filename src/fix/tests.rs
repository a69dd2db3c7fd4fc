use super::*;
use crate::finding::Severity;
use crate::lang::Lang;
use crate::model::{Document, Format};

fn finding(rule: &str, fix: Option<Fix>) -> Finding {
    let mut f = Finding::new(rule, Severity::Warning, Span::new(0, 1), "m");
    f.fix = fix;
    f
}

fn safe(start: usize, end: usize, with: &str) -> Option<Fix> {
    Some(Fix::replace(
        Span::new(start, end),
        with,
        Applicability::Safe,
    ))
}

#[test]
fn edits_apply_in_order_and_keep_the_rest() {
    let text = "Kiev and Uhsakov.";
    let edits = [
        Edit {
            span: Span::new(0, 4),
            replacement: "Kyiv".into(),
        },
        Edit {
            span: Span::new(9, 16),
            replacement: "Ushakov".into(),
        },
        Edit {
            span: Span::new(17, 17),
            replacement: "\n".into(),
        },
    ];
    assert_eq!(apply_str(text, &edits), "Kyiv and Ushakov.\n");
    assert_eq!(apply_str(text, &[]), text);
}

#[test]
fn of_two_overlapping_fixes_the_first_by_position_is_kept() {
    let findings = vec![
        finding("b.late", safe(4, 9, "x")),
        finding("a.early", safe(2, 5, "y")),
        finding("c.apart", safe(9, 10, "z")),
        finding("d.none", None),
    ];
    let s = select(&findings, false);
    assert_eq!(s.applied, [1, 2]);
    assert_eq!(s.overlapping, [0]);
    assert!(s.suggested.is_empty());
    let e = edits(&findings, &s);
    assert_eq!(e.len(), 2);
    assert_eq!(apply_str("0123456789", &e), "01y5678z");
}

#[test]
fn two_insertions_at_one_place_overlap_and_touching_edits_do_not() {
    let at = |a: usize, b: usize| Span::new(a, b);
    assert!(overlap(at(3, 3), at(3, 3)));
    assert!(overlap(at(3, 3), at(2, 5)));
    assert!(overlap(at(3, 3), at(3, 5)));
    assert!(!overlap(at(5, 5), at(3, 5)));
    assert!(!overlap(at(0, 3), at(3, 5)));
    assert!(overlap(at(0, 4), at(3, 5)));
}

#[test]
fn suggested_fixes_wait_for_unsafe_fixes() {
    let mut maybe = finding("names.inconsistent", safe(0, 1, "x"));
    maybe.fix.as_mut().unwrap().applicability = Applicability::Suggested;
    let findings = vec![maybe, finding("spelling.inconsistent", safe(2, 3, "y"))];
    let s = select(&findings, false);
    assert_eq!(
        (s.applied.as_slice(), s.suggested.as_slice()),
        (&[1][..], &[0][..])
    );
    let s = select(&findings, true);
    assert_eq!(s.applied, [0, 1]);
}

#[test]
fn one_fix_from_two_rules_is_applied_once() {
    let findings = vec![
        finding("names.inconsistent", safe(0, 4, "Kyiv")),
        finding("names.noncanonical", safe(0, 4, "Kyiv")),
    ];
    let s = select(&findings, false);
    assert_eq!(s.applied, [0, 1]);
    assert_eq!(edits(&findings, &s).len(), 1);
}

#[test]
fn a_fix_with_overlapping_edits_is_no_fix() {
    let e = |a: usize, b: usize| Edit {
        span: Span::new(a, b),
        replacement: String::new(),
    };
    assert!(Fix::of_edits("t", Applicability::Safe, vec![e(0, 3), e(2, 4)]).is_none());
    assert!(Fix::of_edits("t", Applicability::Safe, vec![]).is_none());
    let f = Fix::of_edits("t", Applicability::Safe, vec![e(5, 6), e(0, 1)]).unwrap();
    assert_eq!(f.span(), Span::new(0, 6));
}

fn suppressed(text: &str, format: Format, needle: &str, rule: &str) -> String {
    let lang = Lang::english();
    let doc = Document::parse(text, format, &lang);
    let at = text.find(needle).unwrap() as u32;
    let fix = suppress(&doc, rule, at);
    assert_eq!(fix.applicability, Applicability::Suggested);
    assert_eq!(fix.title, format!("Suppress {rule} on this line"));
    apply_str(text, &fix.edits)
}

#[test]
fn plain_text_gets_a_marker_line_indented_as_the_line() {
    let text = "Head\n\nOne line\n  Uhsakov said.\n";
    assert_eq!(
        suppressed(text, Format::Plain, "Uhsakov", "names.inconsistent"),
        "Head\n\nOne line\n  <!-- ascribe-disable-next-line names.inconsistent -->\n  Uhsakov said.\n"
    );
    let crlf = "Head\r\n\r\nUhsakov said.\r\n";
    assert_eq!(
        suppressed(crlf, Format::Plain, "Uhsakov", "a.b"),
        "Head\r\n\r\n<!-- ascribe-disable-next-line a.b -->\r\nUhsakov said.\r\n"
    );
}

#[test]
fn markdown_inside_a_paragraph_gets_an_inline_comment_on_the_line_before() {
    let text = "# Head\n\nOne line  \nUhsakov said.\n\nNext (para.\n";
    assert_eq!(
        suppressed(text, Format::Markdown, "Uhsakov", "a.b"),
        "# Head\n\nOne line <!-- ascribe-disable-next-line a.b -->  \nUhsakov said.\n\nNext (para.\n"
    );
    assert_eq!(
        suppressed(text, Format::Markdown, "Next", "a.b"),
        "# Head\n\nOne line  \nUhsakov said.\n\n<!-- ascribe-disable-next-line a.b -->\nNext (para.\n"
    );
}

#[test]
fn an_existing_comment_on_the_line_before_gains_the_rule() {
    let text = "Head\n\n<!-- ascribe-disable-next-line a.b -->\nUhsakov said.\n";
    assert_eq!(
        suppressed(text, Format::Plain, "Uhsakov", "c.d"),
        "Head\n\n<!-- ascribe-disable-next-line a.b, c.d -->\nUhsakov said.\n"
    );
}

#[test]
fn fix_all_of_a_rule_takes_its_suggested_fixes_and_no_other_rules() {
    let mut maybe = finding("names.inconsistent", safe(0, 1, "x"));
    maybe.fix.as_mut().unwrap().applicability = Applicability::Suggested;
    let findings = vec![
        maybe,
        finding("names.inconsistent", safe(4, 5, "y")),
        finding("spelling.inconsistent", safe(2, 3, "z")),
    ];
    let e = all_of_rule(&findings, "names.inconsistent");
    assert_eq!(apply_str("abcdef", &e), "xbcdyf");
}
