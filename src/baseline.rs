//! Baselines: the findings an archive already had when a newsroom began
//! to run `ascribe check` in CI, recorded so that only new ones fail it.
//!
//! A finding is known by a fingerprint that survives edits elsewhere in
//! its file: rule id, path, the finding's own text, the few words either
//! side of it on its line, and which of the findings with those same four
//! it is, counted from the top of the file. Line and column numbers are
//! left out on purpose: a paragraph added above would shift them all.
//!
//! The file is JSON, one finding to a line, sorted, so that a change to
//! the baseline reads as a short diff in review.

use crate::error::Error;
use crate::report::{FileReport, Item, Report};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The version of the file format this build writes and reads.
pub const VERSION: u32 = 1;

/// Words of context kept on each side of a finding: enough to tell two
/// unclosed marks on one line apart, few enough that an edit a sentence
/// away does not make an old finding look new.
const CONTEXT_WORDS: usize = 3;

/// One finding's fingerprint. Field order is sort order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    /// The finding's text, runs of white space made one space.
    pub text: String,
    /// Up to [`CONTEXT_WORDS`] words before the finding on its line.
    pub before: String,
    /// Up to [`CONTEXT_WORDS`] words after it on its line (none when the
    /// finding runs on to another line).
    pub after: String,
    /// Among findings with the same other fields, which one this is (0 is
    /// the first in the file).
    pub occurrence: u32,
}

/// The file as written: a version to refuse files of another format by,
/// and the fingerprints.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// A recorded set of findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: BTreeSet<Entry>,
    /// How many entries each path has: what is fixed is the rest of them.
    per_path: BTreeMap<String, usize>,
}

/// `s` with runs of white space made one space, trimmed.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A report path as a key: `./a.txt` and `a.txt` are the same file.
fn path_key(path: &str) -> String {
    let mut p = path;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    p.to_string()
}

/// The words before and after `item` on its source line.
fn context(item: &Item) -> (String, String) {
    let line = &*item.source_line;
    let at = |column: u32| {
        line.char_indices()
            .nth(column.saturating_sub(1) as usize)
            .map_or(line.len(), |(i, _)| i)
    };
    let start = at(item.column);
    let before: Vec<&str> = line[..start].split_whitespace().collect();
    let before = before[before.len().saturating_sub(CONTEXT_WORDS)..].join(" ");
    let after = if item.end_line == item.line {
        let end = at(item.end_column).max(start);
        line[end..]
            .split_whitespace()
            .take(CONTEXT_WORDS)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        String::new()
    };
    (before, after)
}

/// The fingerprints of a file's findings, in the file's order. The
/// report must have been built with source lines (they give the context).
pub fn entries(file: &FileReport) -> Vec<Entry> {
    let path = path_key(&file.path);
    let mut seen: BTreeMap<(String, String, String, String), u32> = BTreeMap::new();
    file.findings
        .iter()
        .map(|item| {
            let (before, after) = context(item);
            let key = (item.rule.clone(), normalise(&item.text), before, after);
            let n = seen.entry(key.clone()).or_insert(0);
            let occurrence = *n;
            *n += 1;
            let (rule, text, before, after) = key;
            Entry {
                path: path.clone(),
                rule,
                text,
                before,
                after,
                occurrence,
            }
        })
        .collect()
}

impl Baseline {
    fn from_entries(entries: impl IntoIterator<Item = Entry>) -> Baseline {
        let entries: BTreeSet<Entry> = entries.into_iter().collect();
        let mut per_path = BTreeMap::new();
        for e in &entries {
            *per_path.entry(e.path.clone()).or_insert(0) += 1;
        }
        Baseline { entries, per_path }
    }

    /// Every finding of `report` (built with source lines).
    pub fn of(report: &Report) -> Baseline {
        Baseline::from_entries(report.files.iter().flat_map(entries))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The file's text: the version, then one entry to a line, sorted.
    pub fn render(&self) -> String {
        let mut out = format!("{{\n  \"version\": {VERSION},\n  \"findings\": [");
        for (i, e) in self.entries.iter().enumerate() {
            out.push_str(if i == 0 { "\n    " } else { ",\n    " });
            out.push_str(&serde_json::to_string(e).expect("an entry serialises"));
        }
        out.push_str(if self.entries.is_empty() {
            "]\n}\n"
        } else {
            "\n  ]\n}\n"
        });
        out
    }

    /// Reads a baseline from `text`; `name` is the file, for errors.
    pub fn parse(text: &str, name: &str) -> Result<Baseline, Error> {
        let bad = |line: Option<usize>, column: Option<usize>, message: String| Error::Config {
            path: name.to_string(),
            line,
            column,
            message,
        };
        // The version first, so that a file of another version is named
        // as such, not as a field this build does not know.
        #[derive(Deserialize)]
        struct Versioned {
            version: Option<serde_json::Value>,
        }
        let v: Versioned = serde_json::from_str(text).map_err(|e| {
            bad(
                Some(e.line()),
                Some(e.column()),
                format!("malformed baseline: {e}"),
            )
        })?;
        match v.version.as_ref().and_then(|v| v.as_u64()) {
            Some(n) if n == u64::from(VERSION) => {}
            Some(n) => {
                return Err(bad(
                    None,
                    None,
                    format!(
                        "baseline version {n}; this ascribe reads version {VERSION} \
                         (write it again with --write-baseline)"
                    ),
                ))
            }
            None => {
                return Err(bad(
                    None,
                    None,
                    "not a baseline file: no `version` number".to_string(),
                ))
            }
        }
        let file: File = serde_json::from_str(text).map_err(|e| {
            bad(
                Some(e.line()),
                Some(e.column()),
                format!("malformed baseline: {e}"),
            )
        })?;
        Ok(Baseline::from_entries(file.findings))
    }

    pub fn load(path: &Path) -> Result<Baseline, Error> {
        let name = path.to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(path).map_err(|e| Error::Config {
            path: name.clone(),
            line: None,
            column: None,
            message: format!("cannot read baseline: {e}"),
        })?;
        Baseline::parse(&text, &name)
    }

    /// Writes the baseline to `path` through a temporary file beside it.
    pub fn write(&self, path: &Path) -> Result<(), Error> {
        crate::golden::write_atomic(path, &self.render()).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Takes the findings this baseline holds out of `file`, leaving the
    /// new ones; returns how many of the file's recorded findings are no
    /// longer found (fixed, or edited beyond recognition).
    pub fn filter(&self, file: &mut FileReport) -> usize {
        let known: Vec<bool> = entries(file)
            .iter()
            .map(|k| self.entries.contains(k))
            .collect();
        let matched = known.iter().filter(|&&k| k).count();
        let mut known = known.into_iter();
        file.findings.retain(|_| !known.next().unwrap_or(false));
        let recorded = self.per_path.get(&path_key(&file.path)).copied();
        recorded.unwrap_or(0).saturating_sub(matched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Finding, Severity};
    use crate::span::Span;

    /// A report of `text` with an unclosed-quotation finding at each `“`
    /// that has no `”` after it on its line.
    fn report(text: &str) -> FileReport {
        let mut findings = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            for (i, _) in line.match_indices('“') {
                if !line[i..].contains('”') {
                    let at = offset + i;
                    findings.push(Finding::new(
                        "quotes.unclosed",
                        Severity::Warning,
                        Span::new(at, at + 3),
                        "never closed",
                    ));
                }
            }
            offset += line.len();
        }
        FileReport::new("./desk/a.txt".into(), text, &findings)
    }

    const BEFORE: &str = "Head\n\nShe said “no and left.\n\nHe said “yes and stayed.\n";

    #[test]
    fn a_baseline_survives_lines_added_above_and_reports_the_new_finding() {
        let old = report(BEFORE);
        let mut r = Report::default();
        r.files.push(old.clone());
        let b = Baseline::parse(&Baseline::of(&r).render(), "b.json").unwrap();
        assert_eq!(b.len(), 2);
        let mut same = old;
        assert_eq!(b.filter(&mut same), 0);
        assert!(same.findings.is_empty());
        let edited = format!("Head\n\nA new “opening.\n\nAnd more.\n{}", &BEFORE[6..]);
        let mut new = report(&edited);
        assert_eq!(new.findings.len(), 3);
        assert_eq!(b.filter(&mut new), 0);
        assert_eq!(new.findings.len(), 1);
        assert_eq!(new.findings[0].line, 3);
    }

    #[test]
    fn a_fixed_finding_is_counted_and_equal_findings_are_told_apart() {
        let text = "Head\n\nA “x\n\nA “x\n";
        let mut r = Report::default();
        r.files.push(report(text));
        let b = Baseline::of(&r);
        let occurrences: Vec<u32> = b.entries.iter().map(|e| e.occurrence).collect();
        assert_eq!(occurrences, [0, 1]);
        let mut fixed = report("Head\n\nA “x\n\nA “x”\n");
        assert_eq!(b.filter(&mut fixed), 1);
        assert!(fixed.findings.is_empty());
    }

    #[test]
    fn the_file_is_sorted_one_entry_a_line_and_round_trips() {
        let mut r = Report::default();
        r.files.push(report(BEFORE));
        let text = Baseline::of(&r).render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "  \"version\": 1,");
        // Sorted by their fields, not by place in the file.
        assert!(lines[3].contains("\"before\":\"He said\""), "{text}");
        assert!(lines[4].contains("\"before\":\"She said\""), "{text}");
        assert!(lines[3].contains("\"path\":\"desk/a.txt\""), "{text}");
        assert_eq!(Baseline::parse(&text, "b").unwrap(), Baseline::of(&r));
        assert_eq!(
            Baseline::default().render(),
            "{\n  \"version\": 1,\n  \"findings\": []\n}\n"
        );
    }

    #[test]
    fn malformed_and_other_versions_are_errors_naming_the_file() {
        for (text, says) in [
            ("{\"version\": 1, \"findings\": [", "b.json:1:"),
            ("[]", "malformed"),
            ("{\"findings\": []}", "no `version`"),
            ("{\"version\": 2, \"findings\": []}", "version 2"),
            (
                "{\"version\": 1, \"findings\": [{\"rule\": 3}]}",
                "malformed",
            ),
        ] {
            let e = Baseline::parse(text, "b.json").unwrap_err().to_string();
            assert!(e.starts_with("b.json") && e.contains(says), "{text}: {e}");
        }
    }
}
