//! Code actions for the findings in a range: a finding's own fix, where it
//! carries one, "fix all of this rule" and "suppress on this line" for
//! every rule, and "add to the names list" for a name the list does not
//! know as spelt, all made by the library's `fix` module: the editor
//! applies exactly what `--fix` and `--diff` would.

use super::diagnostics::diagnostic;
use super::text::{Encoding, Lines};
use crate::fix::Edit;
use crate::model::Document;
use crate::Finding;
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// What an action needs of the document: its parse, for where a
/// suppression comment may go.
pub struct Target<'a, 't> {
    pub uri: &'a Uri,
    pub doc: &'a Document<'t>,
    pub enc: Encoding,
    /// The newsroom's names-list file a new entry goes to, and its text.
    pub names_file: Option<(Uri, String)>,
}

/// Rules whose finding is a spelling a person may know to be right.
const NAME_RULES: [&str; 2] = ["names.noncanonical", "names.inconsistent"];

/// The actions for the findings that touch bytes `start..end`.
pub fn actions(
    t: &Target<'_, '_>,
    findings: &[Finding],
    start: usize,
    end: usize,
) -> Vec<CodeActionOrCommand> {
    let text = t.doc.text;
    let lines = Lines::new(text);
    let mut out = Vec::new();
    let mut suppressed: Vec<(usize, &str)> = Vec::new();
    let mut fixed_all: Vec<&str> = Vec::new();
    let touching = findings
        .iter()
        .filter(|f| f.span.start as usize <= end && start <= f.span.end as usize);
    for f in touching {
        let diag = diagnostic(f, t.uri, &lines, t.enc);
        if let Some(fix) = &f.fix {
            out.push(action(
                t.uri,
                fix.title.clone(),
                text_edits(&fix.edits, &lines, t.enc),
                diag.clone(),
                true,
            ));
            if !fixed_all.contains(&f.rule.as_str()) {
                fixed_all.push(&f.rule);
                let fixable = findings
                    .iter()
                    .filter(|g| g.rule == f.rule && g.fix.is_some())
                    .count();
                if fixable > 1 {
                    let edits = crate::fix::all_of_rule(findings, &f.rule);
                    out.push(action(
                        t.uri,
                        format!("Fix all {} in the file", f.rule),
                        text_edits(&edits, &lines, t.enc),
                        diag.clone(),
                        false,
                    ));
                }
            }
        }
        // "Uhsakova" is a name in its own right: the editor says so once,
        // in the names list, and no article reports it again.
        if let Some((list_uri, list)) = &t.names_file {
            let name = f.span.text(text);
            let add = NAME_RULES
                .contains(&f.rule.as_str())
                .then(|| crate::fix::add_to_names_list(list, name));
            if let Some(fix) = add.flatten() {
                let list_lines = Lines::new(list);
                out.push(action(
                    list_uri,
                    fix.title.clone(),
                    text_edits(&fix.edits, &list_lines, t.enc),
                    diag.clone(),
                    false,
                ));
            }
        }
        // The unused-suppression finding is about a suppression comment:
        // suppressing it would only add another.
        if f.rule == crate::rules::suppressions_unused::META.id {
            continue;
        }
        let line_start = line_start(text, f.span.start as usize);
        if suppressed.contains(&(line_start, f.rule.as_str())) {
            continue;
        }
        suppressed.push((line_start, &f.rule));
        let fix = crate::fix::suppress(t.doc, &f.rule, f.span.start);
        out.push(action(
            t.uri,
            fix.title.clone(),
            text_edits(&fix.edits, &lines, t.enc),
            diag,
            false,
        ));
    }
    out
}

/// Byte-span edits as the protocol's, in the client's column encoding.
fn text_edits(edits: &[Edit], lines: &Lines<'_>, enc: Encoding) -> Vec<TextEdit> {
    edits
        .iter()
        .map(|e| {
            let range = lines.range(e.span.start as usize, e.span.end as usize, enc);
            TextEdit::new(range, e.replacement.clone())
        })
        .collect()
}

/// Where the line holding byte `at` starts (`at` may be its `\n`).
fn line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
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

    /// The action titled `title` for the finding of `rule` in `text`,
    /// applied: that finding is gone and no other appears or goes.
    fn applied(text: &str, format: Format, rule: &str) -> String {
        let checker = Checker::new(&CheckOptions::default()).unwrap();
        let found = checker.check(text, format);
        let f = found.iter().find(|f| f.rule == rule).unwrap();
        let article = checker.parse(text, format);
        let uri = Uri::from_str("file:///a.txt").unwrap();
        let t = Target {
            uri: &uri,
            doc: &article.doc,
            enc: Encoding::Utf8,
            names_file: None,
        };
        let acts = actions(&t, &found, f.span.start as usize, f.span.start as usize);
        let title = format!("Suppress {rule} on this line");
        let edits = acts
            .iter()
            .find_map(|a| match a {
                CodeActionOrCommand::CodeAction(a) if a.title == title => a.edit.clone(),
                _ => None,
            })
            .and_then(|e| e.changes)
            .and_then(|c| c.into_values().next())
            .expect("the suppress action");
        assert_eq!(edits.len(), 1);
        let lines = Lines::new(text);
        let at = lines.offset(edits[0].range.start, Encoding::Utf8);
        let mut fixed = text.to_string();
        fixed.insert_str(at, &edits[0].new_text);
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
    fn adding_a_name_to_the_list_silences_it() {
        let dir = std::env::temp_dir().join(format!("ascribe-names-action-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let list_path = dir.join("desk.yaml");
        let list = "names:\n  - canonical: Jana Kowalczyk\n";
        std::fs::write(&list_path, list).unwrap();
        let opts = CheckOptions {
            names: vec![list_path.clone()],
            ..CheckOptions::default()
        };
        let text = "Head\n\nThe mayor met Jana Kowalczyk on Monday. Later Jana Kowalcyzk spoke.\n";
        let checker = Checker::new(&opts).unwrap();
        let found = checker.check(text, Format::Plain);
        let f = found
            .iter()
            .find(|f| NAME_RULES.contains(&f.rule.as_str()))
            .expect("a names finding");
        let article = checker.parse(text, Format::Plain);
        let uri = Uri::from_str("file:///a.txt").unwrap();
        let list_uri = super::super::docs::file_uri(&list_path).unwrap();
        let t = Target {
            uri: &uri,
            doc: &article.doc,
            enc: Encoding::Utf8,
            names_file: Some((list_uri.clone(), list.to_string())),
        };
        let acts = actions(&t, &found, f.span.start as usize, f.span.start as usize);
        let edit = acts
            .iter()
            .find_map(|a| match a {
                CodeActionOrCommand::CodeAction(a) if a.title.starts_with("Add “") => {
                    a.edit.clone()
                }
                _ => None,
            })
            .and_then(|e| e.changes)
            .and_then(|mut c| c.remove(&list_uri))
            .expect("an edit of the names list");
        let lines = Lines::new(list);
        let at = lines.offset(edit[0].range.start, Encoding::Utf8);
        let mut new_list = list.to_string();
        new_list.insert_str(at, &edit[0].new_text);
        std::fs::write(&list_path, &new_list).unwrap();
        let again = Checker::new(&opts).unwrap().check(text, Format::Plain);
        assert!(
            !again.iter().any(|g| g.rule == f.rule && g.span == f.span),
            "{new_list}\n{again:?}"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn the_suppress_action_suppresses_the_finding() {
        let text = "Head\n\nIntro line.\n\n  \u{201c}We won, said Ada Moss.\n";
        for format in [Format::Plain, Format::Markdown] {
            let fixed = applied(text, format, "quotes.unclosed");
            assert!(fixed
                .contains("\n  <!-- ascribe-disable-next-line quotes.unclosed -->\n  \u{201c}"));
        }
    }

    #[test]
    fn inside_a_markdown_paragraph_the_comment_ends_the_line_before() {
        let text = "Head\n\nThe mayor spoke on Monday.\r\n\u{201c}We won, said Ada Moss.\n";
        let fixed = applied(text, Format::Markdown, "quotes.unclosed");
        assert!(fixed.contains("Monday. <!-- ascribe-disable-next-line quotes.unclosed -->\r\n"));
    }
}
