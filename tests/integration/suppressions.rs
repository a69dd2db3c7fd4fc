//! Suppression comments end to end: through the checker, over every rule,
//! in plain text and Markdown, whole files and windows.

use ascribe::Format;
use ascribe::{CheckOptions, Checker};

/// (line, rule, message) of every finding.
fn check_with(opts: &CheckOptions, text: &str, format: Format) -> Vec<(usize, String, String)> {
    let checker = Checker::new(opts).unwrap();
    checker
        .check(text, format)
        .into_iter()
        .map(|f| {
            let line = text[..f.span.start as usize].matches('\n').count() + 1;
            (line, f.rule, f.message)
        })
        .collect()
}

fn check(text: &str, format: Format) -> Vec<(usize, String)> {
    check_with(&CheckOptions::default(), text, format)
        .into_iter()
        .map(|(l, r, _)| (l, r))
        .collect()
}

fn rules_at(found: &[(usize, String)]) -> Vec<(usize, &str)> {
    found.iter().map(|(l, r)| (*l, r.as_str())).collect()
}

const B: &str = "brackets.unbalanced";
const U: &str = "suppressions.unused";

#[test]
fn a_range_suppresses_between_disable_and_enable() {
    let md = "# Head\n\nAda (a.\n\n<!-- ascribe-disable brackets.unbalanced -->\n\nBen (b.\n\n\
              Cy (c.\n\n<!-- ascribe-enable brackets.unbalanced -->\n\nDee (d.\n";
    assert_eq!(rules_at(&check(md, Format::Markdown)), [(3, B), (13, B)]);
    // Without an enable the range runs to the end.
    let open = md.replace("<!-- ascribe-enable brackets.unbalanced -->", "");
    assert_eq!(rules_at(&check(&open, Format::Markdown)), [(3, B)]);
}

#[test]
fn next_line_means_the_next_line_that_is_not_blank() {
    let md =
        "# Head\n\n<!-- ascribe-disable-next-line brackets.unbalanced -->\n\nAda (a.\nBen (b.\n";
    assert_eq!(rules_at(&check(md, Format::Markdown)), [(6, B)]);
    // No rule named: every rule.
    let all = md.replace(" brackets.unbalanced -->", " -->");
    assert_eq!(rules_at(&check(&all, Format::Markdown)), [(6, B)]);
}

#[test]
fn plain_text_marker_lines_work_and_are_not_prose() {
    let text = "Head\n\nAda (a.\n<!-- ascribe-disable-next-line brackets.unbalanced -->\nBen (b.\n\nCy (c.\n";
    assert_eq!(rules_at(&check(text, Format::Plain)), [(3, B), (7, B)]);
    // A quotation mark inside the marker line would be a finding if the
    // line were prose.
    let quoted = "Head\n\n<!-- ascribe-disable-next-line \" -->\nFine.\n";
    let found = check(quoted, Format::Plain);
    assert!(found.iter().all(|(_, r)| r == U), "{found:?}");
}

#[test]
fn suppressions_that_do_nothing_are_reported() {
    let md = "# Head\n\n<!-- ascribe-disable-next-line brackets.unbalanced, quotes.unclosed -->\nAda (a.\n";
    let found = check_with(&CheckOptions::default(), md, Format::Markdown);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, U);
    assert_eq!(
        found[0].2,
        "`ascribe-disable-next-line` of quotes.unclosed suppresses nothing: no quotes.unclosed finding falls where it applies; remove it"
    );
    // A rule that is off cannot be suppressed; the message says so.
    let mut opts = CheckOptions::default();
    opts.severities.insert("quotes.unclosed".into(), None);
    let found = check_with(&opts, md, Format::Markdown);
    assert!(
        found[0].2.ends_with("quotes.unclosed is off for this file"),
        "{found:?}"
    );
    // With this rule off, suppressions still apply but go unreported.
    opts.severities.insert(U.into(), None);
    assert!(check_with(&opts, md, Format::Markdown).is_empty());
}

#[test]
fn unknown_ids_keywords_and_lone_enables_are_reported() {
    let md = "# Head\n\n<!-- ascribe-disable quotes.unclosd -->\n\n<!-- ascribe-disabel x -->\n\n\
              <!-- ascribe-enable brackets.unbalanced -->\n";
    let found = check_with(&CheckOptions::default(), md, Format::Markdown);
    let messages: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
    assert_eq!(
        messages,
        [
            "`ascribe-disable` names an unknown rule `quotes.unclosd`; did you mean `quotes.unclosed`?",
            "unknown directive `ascribe-disabel`; did you mean `ascribe-disable`?",
            "`ascribe-enable` ends no `ascribe-disable` of brackets.unbalanced",
        ]
    );
    // Pack rule ids are rules: a shipped pack's rule is known.
    let md = "# Head\n\n<!-- ascribe-disable Ascribe.Repetition -->\n\nText.\n";
    let found = check_with(&CheckOptions::default(), md, Format::Markdown);
    assert!(found[0].2.contains("suppresses nothing"), "{found:?}");
    let md = "# Head\n\n<!-- ascribe-disable House.Utilize -->\n\nText.\n";
    let found = check_with(&CheckOptions::default(), md, Format::Markdown);
    assert!(found[0].2.contains("unknown rule"), "{found:?}");
}

#[test]
fn code_is_not_a_place_for_directives() {
    let md = "# Head\n\n```\n<!-- ascribe-disable -->\n```\n\nAda (a.\n";
    assert_eq!(rules_at(&check(md, Format::Markdown)), [(7, B)]);
}
