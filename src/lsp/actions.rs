//! Code actions for the findings in a range: a finding's own fix, where it
//! carries one, and "suppress on this line" for every rule.
//!
//! Kept apart from the rest of the server so that richer fixes (several
//! edits, "fix all of this rule") plug in here and nowhere else.

use super::diagnostics::diagnostic;
use super::text::{Encoding, Lines};
use crate::{Finding, Format};
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// What an action needs of the document.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub text: &'a str,
    pub format: Format,
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
        let (insert, comment) = suppression(t.text, line_start, &f.rule, t.format);
        let at = lines.position(insert, t.enc);
        let edit = TextEdit::new(lsp_types::Range::new(at, at), comment);
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

/// Where the line holding byte `at` starts (`at` may be its `\n`).
fn line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// The suppression of `rule` on the line starting at byte `start`: where
/// to insert it and what. A line of its own above, indented as that line
/// is: in plain text a marker line, in Markdown an HTML comment (see
/// README, Suppressions). But in Markdown a comment on a line of its own
/// inside a paragraph would end the paragraph (an HTML block interrupts
/// one) and change what is checked; there the comment goes at the end of
/// the line before, inside the paragraph, where it still means the next
/// line.
fn suppression(text: &str, start: usize, rule: &str, format: Format) -> (usize, String) {
    let comment = format!("<!-- ascribe-disable-next-line {rule} -->");
    if format == Format::Markdown && start > 0 {
        let prev_end = start - 1;
        let prev_start = line_start(text, prev_end);
        let prev = text[prev_start..prev_end].trim_end_matches('\r');
        if continues_paragraph(prev) {
            return (prev_start + prev.len(), format!(" {comment}"));
        }
    }
    let indent: String = text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    (start, format!("{indent}{comment}\n"))
}

/// Whether a Markdown line is paragraph text that the next line may
/// continue: not blank, and no heading, fence, HTML block, table row,
/// thematic break or setext underline.
fn continues_paragraph(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && !t.starts_with(['#', '<', '|'])
        && !t.starts_with("```")
        && !t.starts_with("~~~")
        && !t
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | ' ' | '\t'))
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
    use crate::{CheckOptions, Checker};
    use std::str::FromStr;

    /// `text` with the suppression of its first `rule` finding applied:
    /// that finding is gone and no other appears or goes.
    fn suppressed(text: &str, format: Format, rule: &str) -> String {
        let checker = Checker::new(&CheckOptions::default()).unwrap();
        let found = checker.check(text, format);
        let f = found.iter().find(|f| f.rule == rule).unwrap();
        let (at, comment) =
            suppression(text, line_start(text, f.span.start as usize), rule, format);
        let mut fixed = text.to_string();
        fixed.insert_str(at, &comment);
        let rules = |v: &[Finding]| v.iter().map(|f| f.rule.clone()).collect::<Vec<_>>();
        let mut want = rules(&found);
        let i = want.iter().position(|r| r == rule).unwrap();
        want.remove(i);
        assert_eq!(
            rules(&checker.check(&fixed, format)),
            want,
            "{format:?}\n{fixed}"
        );
        fixed
    }

    #[test]
    fn the_suppression_comment_suppresses_the_finding() {
        let text = "Head\n\nIntro line.\n\n  \u{201c}We won, said Ada Moss.\n";
        for format in [Format::Plain, Format::Markdown] {
            let fixed = suppressed(text, format, "quotes.unclosed");
            assert!(fixed
                .contains("\n  <!-- ascribe-disable-next-line quotes.unclosed -->\n  \u{201c}"));
            let uri = Uri::from_str("file:///a.txt").unwrap();
            let found = Checker::new(&CheckOptions::default())
                .unwrap()
                .check(text, format);
            let t = Target {
                uri: &uri,
                text,
                format,
                enc: Encoding::Utf16,
            };
            let at = text.find('\u{201c}').unwrap();
            let acts = actions(&t, &found, at, at);
            assert!(acts
                .iter()
                .any(|a| matches!(a, CodeActionOrCommand::CodeAction(a)
                if a.title == "Suppress quotes.unclosed on this line")));
        }
    }

    #[test]
    fn inside_a_markdown_paragraph_the_comment_ends_the_line_before() {
        let text = "Head\n\nThe mayor spoke on Monday.\r\n\u{201c}We won, said Ada Moss.\n";
        let fixed = suppressed(text, Format::Markdown, "quotes.unclosed");
        assert!(fixed.contains("Monday. <!-- ascribe-disable-next-line quotes.unclosed -->\r\n"));
        // After a heading the paragraph starts anew: a line of its own.
        let text = "# Head\n\u{201c}We won, said Ada Moss.\n";
        let fixed = suppressed(text, Format::Markdown, "quotes.unclosed");
        assert!(fixed.contains("# Head\n<!-- ascribe"));
    }
}
