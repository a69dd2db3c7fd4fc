//! Code actions for the findings in a range: a finding's own fix, where it
//! carries one, and "suppress on this line" for every rule.
//!
//! Kept apart from the rest of the server so that richer fixes (several
//! edits, "fix all of this rule") plug in here and nowhere else.

use super::diagnostics::diagnostic;
use super::text::{Encoding, Lines};
use crate::Finding;
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// What an action needs of the document.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub text: &'a str,
    pub enc: Encoding,
}

/// The actions for the findings that touch bytes `start..end`.
pub fn actions(
    t: &Target<'_>,
    findings: &[Finding],
    start: usize,
    end: usize,
) -> Vec<CodeActionOrCommand> {
    let lines = Lines::new(t.text);
    let mut out = Vec::new();
    let mut suppressed: Vec<(usize, &str)> = Vec::new();
    let mut fixed_all: Vec<&str> = Vec::new();
    let touching = findings
        .iter()
        .filter(|f| f.span.start as usize <= end && start <= f.span.end as usize);
    for f in touching {
        let diag = diagnostic(f, &lines, t.enc);
        if let Some(fix) = &f.fix {
            let range = lines.range(fix.span.start as usize, fix.span.end as usize, t.enc);
            let was = crate::finding::excerpt(fix.span.text(t.text), 30, 29);
            out.push(action(
                t.uri,
                format!("Replace “{was}” with “{}”", fix.replacement),
                vec![TextEdit::new(range, fix.replacement.clone())],
                diag.clone(),
                true,
            ));
            if !fixed_all.contains(&f.rule.as_str()) {
                fixed_all.push(&f.rule);
                if let Some(edits) = fix_all(findings, &f.rule, &lines, t.enc) {
                    out.push(action(
                        t.uri,
                        format!("Fix all {} in the file", f.rule),
                        edits,
                        diag.clone(),
                        false,
                    ));
                }
            }
        }
        // The unused-suppression finding is about a suppression comment:
        // suppressing it would only add another.
        if f.rule == crate::rules::suppressions_unused::META.id {
            continue;
        }
        let line_start = line_start(t.text, f.span.start as usize);
        if suppressed.contains(&(line_start, f.rule.as_str())) {
            continue;
        }
        suppressed.push((line_start, &f.rule));
        let at = lines.position(line_start, t.enc);
        let edit = TextEdit::new(
            lsp_types::Range::new(at, at),
            suppression(t.text, line_start, &f.rule),
        );
        out.push(action(
            t.uri,
            format!("Suppress {} on this line", f.rule),
            vec![edit],
            diag,
            false,
        ));
    }
    out
}

/// The fixes of every finding of `rule`, as one set of edits, when there
/// are two or more; an edit overlapping one before it is left out, as the
/// protocol forbids overlapping edits in one change.
fn fix_all(
    findings: &[Finding],
    rule: &str,
    lines: &Lines<'_>,
    enc: Encoding,
) -> Option<Vec<TextEdit>> {
    let mut fixes: Vec<&crate::finding::Fix> = findings
        .iter()
        .filter(|f| f.rule == rule)
        .filter_map(|f| f.fix.as_ref())
        .collect();
    fixes.sort_by_key(|x| (x.span.start, x.span.end));
    let mut edits = Vec::new();
    let mut reached = 0;
    for x in fixes {
        if x.span.start < reached {
            continue;
        }
        reached = x.span.end;
        let range = lines.range(x.span.start as usize, x.span.end as usize, enc);
        edits.push(TextEdit::new(range, x.replacement.clone()));
    }
    (edits.len() > 1).then_some(edits)
}

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// The comment line that suppresses `rule` on the line starting at
/// `line_start`, indented as that line is: a line of its own, which in
/// plain text is a marker line and in Markdown an HTML comment (see
/// README, Suppressions): the same text in both.
fn suppression(text: &str, line_start: usize, rule: &str) -> String {
    let indent: String = text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    format!("{indent}<!-- ascribe-disable-next-line {rule} -->\n")
}

// `WorkspaceEdit::changes` is keyed by `Uri`, whose cached parts make
// clippy call it mutable; they never change its hash.
#[allow(clippy::mutable_key_type)]
fn action(
    uri: &Uri,
    title: String,
    edits: Vec<TextEdit>,
    diag: lsp_types::Diagnostic,
    preferred: bool,
) -> CodeActionOrCommand {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), edits);
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diag]),
        edit: Some(WorkspaceEdit {
            changes: Some(changes),
            ..WorkspaceEdit::default()
        }),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CheckOptions, Checker, Format};
    use std::str::FromStr;

    #[test]
    fn the_suppression_comment_suppresses_the_finding() {
        let checker = Checker::new(&CheckOptions::default()).unwrap();
        for format in [Format::Plain, Format::Markdown] {
            let text = "Head\n\nIntro line.\n\n  \u{201c}We won, said Ada Moss.\n";
            let found = checker.check(text, format);
            let f = found.iter().find(|f| f.rule == "quotes.unclosed").unwrap();
            let at = line_start(text, f.span.start as usize);
            let mut fixed = text.to_string();
            fixed.insert_str(at, &suppression(text, at, &f.rule));
            assert!(fixed
                .contains("\n  <!-- ascribe-disable-next-line quotes.unclosed -->\n  \u{201c}"));
            let after = checker.check(&fixed, format);
            assert!(
                after.iter().all(|g| g.rule != "quotes.unclosed"),
                "{format:?}: {after:?}"
            );
            let uri = Uri::from_str("file:///a.txt").unwrap();
            let t = Target {
                uri: &uri,
                text,
                enc: Encoding::Utf16,
            };
            let acts = actions(&t, &found, f.span.start as usize, f.span.start as usize);
            assert!(acts
                .iter()
                .any(|a| matches!(a, CodeActionOrCommand::CodeAction(a)
                if a.title == "Suppress quotes.unclosed on this line")));
        }
    }
}
