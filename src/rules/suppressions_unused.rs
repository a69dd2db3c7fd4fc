use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::model::{Directive, DirectiveKind};
use crate::span::Span;
use std::collections::BTreeMap;

pub struct SuppressionsUnused;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "suppressions.unused",
    severity: Severity::Warning,
    preview: false,
    options: &[],
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
    fn check(&self, _cx: &Context<'_, '_>, _out: &mut Sink<'_>) {}
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
pub(crate) fn apply(
    text: &str,
    directives: &[Directive],
    findings: &mut Vec<Finding>,
    known: &Known<'_>,
) {
    let mut problems: Vec<(Span, String)> = Vec::new();
    let mut offs: Vec<Off> = Vec::new();
    // The disables not yet ended: those of every rule, and those of one
    // rule by its id. An enable takes out only what it ends, so that each
    // disable is looked at once however many enables follow.
    let mut open_all: Vec<usize> = Vec::new();
    let mut open_one: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let show = |d: &Directive| d.keyword.text(text).to_string();
    for (i, d) in directives.iter().enumerate() {
        let mut ids = Vec::new();
        for r in &d.rules {
            let id = r.text(text);
            if d.kind != DirectiveKind::Unknown && !(known.is_rule)(id) {
                let near = crate::suggest::did_you_mean(
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
                    match rule {
                        None => open_all.push(offs.len()),
                        Some(r) => open_one.entry(r.text(text)).or_default().push(offs.len()),
                    }
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
                    // An enable of every rule ends every disable; an enable
                    // of one rule ends that rule's, not a disable of all.
                    let ended: Vec<usize> = match rule {
                        None => std::mem::take(&mut open_all)
                            .into_iter()
                            .chain(std::mem::take(&mut open_one).into_values().flatten())
                            .collect(),
                        Some(r) => open_one.remove(r.text(text)).unwrap_or_default(),
                    };
                    for &k in &ended {
                        offs[k].end = d.span.start;
                    }
                    if ended.is_empty() {
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
                let near = crate::suggest::did_you_mean(
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
    let keep = suppressed(text, findings, &mut offs);
    let mut k = keep.iter();
    findings.retain(|_| *k.next().expect("one flag a finding"));
    let Some(severity) = known.report else {
        return;
    };
    for o in offs.iter().filter(|o| !o.used) {
        let d = &directives[o.dir];
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

/// Which findings no suppression covers (`true`: keep), marking each
/// suppression that covers one as used. The nearest suppression above a
/// finding is the one that explains it. Findings are visited in text
/// order while the suppressions that have begun wait in a heap per rule,
/// latest start on top: a suppression that has ended is ended for every
/// later finding too, so it is dropped once. O((findings + suppressions)
/// log) however the ranges overlap.
fn suppressed(text: &str, findings: &[Finding], offs: &mut [Off]) -> Vec<bool> {
    use std::collections::BinaryHeap;
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| findings[i].span.start);
    let mut starts: Vec<usize> = (0..offs.len()).collect();
    starts.sort_by_key(|&k| offs[k].start);
    let mut next = 0;
    // (start, index) of begun suppressions: of every rule, and per rule.
    let mut all: BinaryHeap<(u32, usize)> = BinaryHeap::new();
    let mut one: BTreeMap<&str, BinaryHeap<(u32, usize)>> = BTreeMap::new();
    let mut keep = vec![true; findings.len()];
    for i in order {
        let f = &findings[i];
        if f.rule == META.id {
            continue;
        }
        let at = f.span.start;
        while next < starts.len() && offs[starts[next]].start <= at {
            let k = starts[next];
            match offs[k].rule {
                None => all.push((offs[k].start, k)),
                Some(r) => one
                    .entry(r.text(text))
                    .or_default()
                    .push((offs[k].start, k)),
            }
            next += 1;
        }
        let mut live = |heap: &mut BinaryHeap<(u32, usize)>| {
            while heap.peek().is_some_and(|&(_, k)| offs[k].end <= at) {
                heap.pop();
            }
            heap.peek().copied()
        };
        let a = live(&mut all);
        let b = one.get_mut(f.rule.as_str()).and_then(&mut live);
        if let Some((_, k)) = a.max(b) {
            offs[k].used = true;
            keep[i] = false;
        }
    }
    keep
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
