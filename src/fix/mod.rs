//! Fixes: the edits that would correct a finding, and how a run applies
//! them.
//!
//! A [`Fix`] is one or more byte-span replacements with a title and an
//! [`Applicability`]. Rules attach at most one fix to a finding
//! ([`crate::Finding::fix`]); a "suppress on this line" edit is made on
//! demand by [`suppress`], never attached, so that `--fix` cannot apply it.
//!
//! An editor (the language server) offers a finding's fix as a code
//! action (its edits are byte spans into the text as checked), "fix all
//! of this rule" as [`all_of_rule`], and "suppress on this line" as
//! [`suppress`] over the document [`crate::Checker::parse`] gives. The
//! command line (`check --fix`) runs [`select`], [`edits`] and [`apply`]
//! over every finding of a file; `crate::run::fix_planned` does that for
//! a whole run.

mod names_entry;
mod suppress;

pub use names_entry::add_to_names_list;
pub use suppress::suppress;

use crate::finding::Finding;
use crate::span::Span;
use serde::Serialize;

/// Whether a fix may be applied without a person reading it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The edit says what the article already says elsewhere or what the
    /// house has decided (a names list's spelling, the house quotation
    /// marks): `check --fix` applies it.
    Safe,
    /// A likely correction that may be wrong (a spelling one slip from
    /// another may be another name): shown, applied only with
    /// `--unsafe-fixes` or by a person in an editor.
    Suggested,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Suggested => "suggested",
        }
    }
}

/// Replace the bytes of `span` with `replacement` (an empty span inserts).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// What would correct a finding: its edits, sorted by position and never
/// overlapping one another.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Fix {
    /// What the fix does, for a menu: "Replace with “Ushakov”".
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix of one edit: `span` becomes `replacement`.
    pub fn replace(
        span: Span,
        replacement: impl Into<String>,
        applicability: Applicability,
    ) -> Fix {
        let replacement = replacement.into();
        Fix {
            title: format!("Replace with “{replacement}”"),
            applicability,
            edits: vec![Edit { span, replacement }],
        }
    }

    /// A fix of several edits, sorted here; `None` when there are none,
    /// or when two of them overlap (a rule's mistake, never applied).
    pub fn of_edits(
        title: impl Into<String>,
        applicability: Applicability,
        mut edits: Vec<Edit>,
    ) -> Option<Fix> {
        edits.sort();
        edits.dedup();
        if edits.is_empty() || edits.windows(2).any(|w| overlap(w[0].span, w[1].span)) {
            return None;
        }
        Some(Fix {
            title: title.into(),
            applicability,
            edits,
        })
    }

    /// From the start of the first edit to the end of the last.
    pub fn span(&self) -> Span {
        let first = self.edits.first().map_or(Span::default(), |e| e.span);
        self.edits.iter().fold(first, |s, e| s.cover(e.span))
    }

    /// The fix `by` bytes further on: from a window's offsets to its file's.
    pub fn shift(&mut self, by: u32) {
        for e in &mut self.edits {
            e.span = e.span.shift(by);
        }
    }

    /// Does any edit of `self` touch an edit of `other`?
    pub fn overlaps(&self, other: &Fix) -> bool {
        self.edits
            .iter()
            .any(|a| other.edits.iter().any(|b| overlap(a.span, b.span)))
    }
}

/// Two edits conflict when their spans share a byte, or when both start
/// at one offset (two insertions there have no order), or when one is an
/// insertion strictly inside the other's span.
fn overlap(a: Span, b: Span) -> bool {
    (a.start < b.end && b.start < a.end)
        || a.start == b.start
        || (a.is_empty() && b.start < a.start && a.start < b.end)
        || (b.is_empty() && a.start < b.start && b.start < a.end)
}

/// Which findings' fixes one run applies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Indices into the findings, in the order of their fixes' positions.
    pub applied: Vec<usize>,
    /// Findings whose fix overlapped one applied before it (by position):
    /// left for another run, when the text has changed under them.
    pub overlapping: Vec<usize>,
    /// Findings whose fix is [`Applicability::Suggested`] and was not
    /// asked for.
    pub suggested: Vec<usize>,
}

/// Chooses the fixes to apply to one text: every safe fix, and suggested
/// ones too when `suggested` is set. Fixes are taken by the position of
/// their first edit; one that overlaps a fix already taken is left out
/// (see [`Selection::overlapping`]), so that the edits of one run never
/// overlap. Findings of one fix (the same edits, from two rules) are
/// applied once, and both count as applied.
pub fn select(findings: &[Finding], suggested: bool) -> Selection {
    let mut out = Selection::default();
    let mut order: Vec<(usize, &Fix)> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        let Some(fix) = &f.fix else { continue };
        if fix.applicability == Applicability::Suggested && !suggested {
            out.suggested.push(i);
        } else {
            order.push((i, fix));
        }
    }
    order.sort_by_key(|&(i, fix)| (fix.span().start, fix.span().end, i));
    let mut taken: Vec<&Fix> = Vec::new();
    for (i, fix) in order {
        if taken.iter().any(|t| t.edits == fix.edits) {
            out.applied.push(i);
        } else if taken.iter().any(|t| t.overlaps(fix)) {
            out.overlapping.push(i);
        } else {
            taken.push(fix);
            out.applied.push(i);
        }
    }
    out
}

/// The edits of the selected findings' fixes, each once, sorted.
pub fn edits(findings: &[Finding], selection: &Selection) -> Vec<Edit> {
    let mut out: Vec<Edit> = selection
        .applied
        .iter()
        .filter_map(|&i| findings[i].fix.as_ref())
        .flat_map(|f| f.edits.iter().cloned())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The edits of "fix all of `rule` in this file", as an editor offers it:
/// the fixes of that rule's findings, suggested ones included (a person
/// chose the action), without overlap.
pub fn all_of_rule(findings: &[Finding], rule: &str) -> Vec<Edit> {
    let mine: Vec<Finding> = findings
        .iter()
        .filter(|f| f.rule == rule)
        .cloned()
        .collect();
    edits(&mine, &select(&mine, true))
}

/// `text` with `edits` made. The edits must be sorted and must not
/// overlap (what [`edits`] gives); spans are byte offsets into `text`.
/// Works on bytes, so that it applies to a file as it is on disk (whose
/// lone carriage returns the checked text reads as line feeds, one byte
/// for one).
pub fn apply(text: &[u8], edits: &[Edit]) -> Vec<u8> {
    let grow: usize = edits.iter().map(|e| e.replacement.len()).sum();
    let mut out = Vec::with_capacity(text.len() + grow);
    let mut at = 0;
    for e in edits {
        let (s, end) = (e.span.start as usize, e.span.end as usize);
        debug_assert!(
            at <= s && s <= end && end <= text.len(),
            "edits sorted, apart"
        );
        out.extend_from_slice(&text[at..s]);
        out.extend_from_slice(e.replacement.as_bytes());
        at = end;
    }
    out.extend_from_slice(&text[at..]);
    out
}

/// As [`apply`], on a string.
pub fn apply_str(text: &str, edits: &[Edit]) -> String {
    String::from_utf8(apply(text.as_bytes(), edits)).expect("edits at character boundaries")
}

#[cfg(test)]
mod tests;
