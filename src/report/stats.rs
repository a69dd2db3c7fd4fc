//! Counts per rule: which rules an archive trips most, for deciding what
//! to fix first or what to turn off.

use super::Report;
use crate::finding::Severity;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// One rule at one severity (a rule such as claims.unattributed gives
/// findings of more than one, and each is its own row).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RuleCount {
    pub rule: String,
    pub severity: Severity,
    /// Findings reported.
    pub count: usize,
    /// Files with at least one of them.
    pub files: usize,
}

/// Per-rule counts, sorted by rule id, then severity (most serious first).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub rules: Vec<RuleCount>,
}

impl Stats {
    /// The counts of what `report` reports.
    pub fn of(report: &Report) -> Stats {
        // Keyed so that the most serious severity of a rule comes first.
        type Key<'r> = (&'r str, std::cmp::Reverse<Severity>);
        let mut rows: BTreeMap<Key, (usize, BTreeSet<&str>)> = BTreeMap::new();
        for f in &report.files {
            for item in &f.findings {
                let row = rows
                    .entry((item.rule.as_str(), std::cmp::Reverse(item.severity)))
                    .or_default();
                row.0 += 1;
                row.1.insert(f.path.as_str());
            }
        }
        let rules = rows
            .into_iter()
            .map(|((rule, severity), (count, files))| RuleCount {
                rule: rule.to_string(),
                severity: severity.0,
                count,
                files: files.len(),
            })
            .collect();
        Stats { rules }
    }

    /// A table with a header row, columns as wide as their widest cell.
    pub fn text(&self) -> String {
        let wide = |head: &str, cells: Vec<usize>| cells.into_iter().fold(head.len(), usize::max);
        let rule_w = wide("rule", self.rules.iter().map(|r| r.rule.len()).collect());
        let count_w = wide(
            "count",
            self.rules.iter().map(|r| digits(r.count)).collect(),
        );
        let files_w = wide(
            "files",
            self.rules.iter().map(|r| digits(r.files)).collect(),
        );
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:rule_w$}  {:8}  {:>count_w$}  {:>files_w$}",
            "rule", "severity", "count", "files"
        );
        for r in &self.rules {
            let _ = writeln!(
                out,
                "{:rule_w$}  {:8}  {:>count_w$}  {:>files_w$}",
                r.rule,
                r.severity.as_str(),
                r.count,
                r.files
            );
        }
        out
    }
}

fn digits(n: usize) -> usize {
    n.to_string().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Finding;
    use crate::report::FileReport;
    use crate::span::Span;

    #[test]
    fn counts_findings_and_files_per_rule_and_severity_sorted_by_rule() {
        let text = "Head\n\nBody text here.\n";
        let f = |rule: &str, severity| Finding::new(rule, severity, Span::new(6, 10), "m");
        let mut r = Report::default();
        r.files.push(FileReport::new(
            "b.txt".into(),
            text,
            &[
                f("quotes.unclosed", Severity::Warning),
                f("claims.unattributed", Severity::Info),
                f("claims.unattributed", Severity::Warning),
            ],
        ));
        r.files.push(FileReport::new(
            "a.txt".into(),
            text,
            &[f("quotes.unclosed", Severity::Warning)],
        ));
        let s = Stats::of(&r);
        let rows: Vec<(&str, Severity, usize, usize)> = s
            .rules
            .iter()
            .map(|r| (r.rule.as_str(), r.severity, r.count, r.files))
            .collect();
        assert_eq!(
            rows,
            [
                ("claims.unattributed", Severity::Warning, 1, 1),
                ("claims.unattributed", Severity::Info, 1, 1),
                ("quotes.unclosed", Severity::Warning, 2, 2),
            ]
        );
        assert_eq!(
            s.text(),
            "rule                 severity  count  files\n\
             claims.unattributed  warning       1      1\n\
             claims.unattributed  info          1      1\n\
             quotes.unclosed      warning       2      2\n"
        );
    }
}
