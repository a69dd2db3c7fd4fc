//! "Suppress on this line": the `ascribe-disable-next-line` comment that
//! turns one rule off on a finding's line (see README, Suppressions).

use super::{Applicability, Edit, Fix};
use crate::model::{Document, Format};
use crate::span::Span;

const KEYWORD: &str = "ascribe-disable-next-line";

/// The edit that suppresses rule `rule` on the line where `at` (a
/// finding's start) stands, in `doc` (the article as checked).
///
/// A disable-next-line comment on the line before gains the rule. Else,
/// in plain text, a marker line (the comment alone) goes before the line,
/// indented as it is. In Markdown a comment on a line of its own would
/// end a paragraph and change the article's structure, so when the line
/// before belongs to the same block the comment goes at that line's end,
/// as inline HTML; before a block's first line it stands on its own line.
///
/// The fix is [`Applicability::Suggested`], and no rule attaches it to a
/// finding: it is offered in an editor, never applied by `--fix`.
pub fn suppress(doc: &Document<'_>, rule: &str, at: u32) -> Fix {
    let text = doc.text;
    let at = (at as usize).min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let title = format!("Suppress {rule} on this line");
    let edit = extend_previous(text, line_start, rule).unwrap_or_else(|| {
        let inline = doc.format == Format::Markdown && line_start > 0 && {
            let prev_start = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
            doc.blocks
                .iter()
                .any(|b| (b.span.start as usize) <= prev_start && line_start < b.span.end as usize)
        };
        if inline {
            // The end of the line before, ahead of any trailing white
            // space (two spaces there are a hard line break).
            let prev = &text[..line_start - 1];
            let prev = prev.strip_suffix('\r').unwrap_or(prev);
            let end = prev.trim_end().len();
            Edit {
                span: Span::new(end, end),
                replacement: format!(" <!-- {KEYWORD} {rule} -->"),
            }
        } else {
            let line = &text[line_start..];
            let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
            let eol_at = line.find('\n').unwrap_or(line.len());
            let eol = if line[..eol_at].ends_with('\r') {
                "\r\n"
            } else {
                "\n"
            };
            Edit {
                span: Span::new(line_start, line_start),
                replacement: format!("{indent}<!-- {KEYWORD} {rule} -->{eol}"),
            }
        }
    });
    Fix {
        title,
        applicability: Applicability::Suggested,
        edits: vec![edit],
    }
}

/// When the line before `line_start` is a disable-next-line comment alone,
/// the edit that adds `rule` to its list.
fn extend_previous(text: &str, line_start: usize, rule: &str) -> Option<Edit> {
    let prev_end = line_start.checked_sub(1)?;
    let prev_start = text[..prev_end].rfind('\n').map_or(0, |i| i + 1);
    let prev = text[prev_start..prev_end].trim_end();
    let body = prev
        .trim_start()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?;
    let words = body.trim().strip_prefix(KEYWORD)?;
    // Without rule ids the comment covers every rule already.
    if words.trim().is_empty() || body.contains("-->") {
        return None;
    }
    let close = prev_start + prev.len() - "-->".len();
    let end = text[..close].trim_end().len();
    Some(Edit {
        span: Span::new(end, end),
        replacement: format!(", {rule}"),
    })
}
