use super::{Context, Rule, RuleMeta};
use crate::finding::{Finding, Severity};
use crate::model::{Directive, DirectiveKind, Document};
use crate::span::Span;

pub struct SuppressionsUnused;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "suppressions.unused",
    severity: Severity::Warning,
    preview: false,
    summary: "A suppression comment that suppresses nothing, or names no known rule.",
    doc: r#"## What it does
Reports an `<!-- ascribe-disable … -->`, `<!-- ascribe-enable … -->` or
`<!-- ascribe-disable-next-line … -->` comment that has no effect: no
finding of the rules it names falls where it applies, the rule id it names
is unknown, an `ascribe-enable` has no `ascribe-disable` to end, or the
keyword itself is misspelt.

This rule's own findings cannot be suppressed in the text; turn it off in
the configuration (`suppressions.unused: off`) if you must.

## Why
A suppression outlives the problem it was written for: the copy is edited,
the quotation mark is fixed, and the comment stays, ready to hide the next
real error in that paragraph. A misspelt rule id suppresses nothing while
looking as if it did.

## Example
```markdown
<!-- ascribe-disable-next-line quotes.unclosed -->
"We are ready," the mayor said.
```
The quotation is closed, so the comment suppresses nothing: delete it.
"#,
};

impl Rule for SuppressionsUnused {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// Nothing to do here: whether a suppression was used depends on the
    /// other rules' findings, so the `Checker` calls [`apply`] after them.
    fn check(&self, _cx: &Context<'_, '_>, _out: &mut Vec<Finding>) {}
}

/// One rule (or every rule, `rule: None`) switched off over `start..end`
/// by directive `dir`.
struct Off {
    rule: Option<Span>,
    dir: usize,
    start: u32,
    end: u32,
    used: bool,
}

/// What the Checker knows that the document does not.
pub(crate) struct Known<'a> {
    /// Whether `id` names a rule at all (built in or from a pack).
    pub is_rule: &'a dyn Fn(&str) -> bool,
    /// Whether `id` runs on this document.
    pub is_on: &'a dyn Fn(&str) -> bool,
    /// This rule's severity, if it runs.
    pub report: Option<Severity>,
}

/// Drops the findings that `doc.directives` suppress and, when this rule
/// runs, reports the directives that did nothing.
pub(crate) fn apply(doc: &Document<'_>, findings: &mut Vec<Finding>, known: &Known<'_>) {
    let text = doc.text;
    let mut problems: Vec<(Span, String)> = Vec::new();
    let mut offs: Vec<Off> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let show = |d: &Directive| d.keyword.text(text).to_string();
    for (i, d) in doc.directives.iter().enumerate() {
        let mut ids = Vec::new();
        for r in &d.rules {
            let id = r.text(text);
            if d.kind != DirectiveKind::Unknown && !(known.is_rule)(id) {
                let near = crate::config::did_you_mean(
                    id,
                    crate::rules::REGISTRY.iter().map(|r| r.meta().id),
                );
                problems.push((
                    *r,
                    format!("`{}` names an unknown rule `{id}`{near}", show(d)),
                ));
            } else {
                ids.push(Some(*r));
            }
        }
        if d.rules.is_empty() {
            ids.push(None);
        }
        match d.kind {
            DirectiveKind::Disable => {
                for rule in ids {
                    open.push(offs.len());
                    offs.push(Off {
                        rule,
                        dir: i,
                        start: d.span.end,
                        end: text.len() as u32,
                        used: false,
                    });
                }
            }
            DirectiveKind::Enable => {
                for rule in ids {
                    let same = |o: &Off| match (rule, o.rule) {
                        (None, _) => true,
                        (Some(a), Some(b)) => a.text(text) == b.text(text),
                        (Some(_), None) => false,
                    };
                    let before = open.len();
                    open.retain(|&k| {
                        if same(&offs[k]) {
                            offs[k].end = d.span.start;
                            false
                        } else {
                            true
                        }
                    });
                    if open.len() == before {
                        let what =
                            rule.map_or("any rule".to_string(), |r| r.text(text).to_string());
                        problems.push((
                            rule.unwrap_or(d.span),
                            format!("`ascribe-enable` ends no `ascribe-disable` of {what}"),
                        ));
                    }
                }
            }
            DirectiveKind::DisableNextLine => {
                let line = next_line(text, d.span.end as usize);
                for rule in ids {
                    offs.push(Off {
                        rule,
                        dir: i,
                        start: line.start,
                        end: line.end,
                        used: false,
                    });
                }
            }
            DirectiveKind::Unknown => {
                let word = show(d);
                let near = crate::config::did_you_mean(
                    &word,
                    [
                        "ascribe-disable",
                        "ascribe-enable",
                        "ascribe-disable-next-line",
                    ],
                );
                problems.push((d.keyword, format!("unknown directive `{word}`{near}")));
            }
        }
    }
    findings.retain(|f| {
        if f.rule == META.id {
            return true;
        }
        let at = f.span.start;
        let hit = offs
            .iter_mut()
            .filter(|o| {
                o.start <= at && at < o.end && o.rule.is_none_or(|r| r.text(text) == f.rule)
            })
            // The nearest suppression above a finding is the one that
            // explains it.
            .max_by_key(|o| o.start);
        match hit {
            Some(o) => {
                o.used = true;
                false
            }
            None => true,
        }
    });
    let Some(severity) = known.report else {
        return;
    };
    for o in offs.iter().filter(|o| !o.used) {
        let d = &doc.directives[o.dir];
        let (span, message) = match o.rule {
            Some(r) => {
                let id = r.text(text);
                let why = if (known.is_on)(id) {
                    format!("no {id} finding falls where it applies; remove it")
                } else {
                    format!("{id} is off for this file")
                };
                (
                    r,
                    format!("`{}` of {id} suppresses nothing: {why}", show(d)),
                )
            }
            None => (
                d.span,
                format!(
                    "`{}` suppresses nothing: no finding falls where it applies; remove it",
                    show(d)
                ),
            ),
        };
        problems.push((span, message));
    }
    for (span, message) in problems {
        findings.push(Finding::new(META.id, severity, span, message));
    }
}

/// The next line after the one holding `from` that is not blank, as a
/// span; empty at the end of the text.
fn next_line(text: &str, from: usize) -> Span {
    let bytes = text.as_bytes();
    let mut pos = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |i| from + i + 1);
    while pos < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        if !text[pos..end].trim().is_empty() {
            return Span::new(pos, end);
        }
        pos = end + 1;
    }
    Span::new(bytes.len(), bytes.len())
}
