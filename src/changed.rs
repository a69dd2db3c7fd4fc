//! The lines a change touched, read from a unified diff: what
//! `check --diff-base` and `--diff-file` limit a report to, so that a
//! pull request is held to account for its own lines only.
//!
//! Only the new side of each hunk header (`@@ -a,b +c,d @@`) matters: the
//! lines a change added or rewrote. A hunk that only deletes lines touches
//! none of the new file's lines, so a finding a deletion causes on a line
//! left as it was (a closing mark deleted) is not reported.

use crate::error::Error;
use crate::report::FileReport;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::Command;

/// New-side line ranges (1-based, end exclusive) per path as the diff
/// names it.
pub type Lines = BTreeMap<String, Vec<Range<u32>>>;

/// The changed lines of a diff, and where its paths start from.
#[derive(Debug, Clone)]
pub struct Changed {
    /// The folder the diff's paths are relative to (a repository's root),
    /// with symbolic links resolved.
    root: PathBuf,
    /// The folder the report's relative paths are relative to.
    cwd: PathBuf,
    lines: Lines,
}

/// `+c,d` or `+c` of a hunk header as a range of lines.
fn new_side(header: &str) -> Option<Range<u32>> {
    let rest = header.strip_prefix("@@ -")?;
    let (_, rest) = rest.split_once(" +")?;
    let (side, _) = rest.split_once(" @@")?;
    let (start, count) = match side.split_once(',') {
        Some((s, c)) => (s.parse().ok()?, c.parse().ok()?),
        None => (side.parse().ok()?, 1),
    };
    Some(start..start + count)
}

/// `a,b` of a hunk header: the old side's line count.
fn old_count(header: &str) -> Option<u32> {
    let side = header.strip_prefix("@@ -")?.split(' ').next()?;
    match side.split_once(',') {
        Some((_, c)) => c.parse().ok(),
        None => Some(1),
    }
}

/// The path of a `+++ ` line: `b/` and a tab-separated timestamp (as
/// `diff -u` writes) taken off; `None` for a deleted file.
fn new_path(rest: &str) -> Option<String> {
    let rest = rest.split('\t').next().unwrap_or(rest);
    let rest = rest
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(rest);
    if rest == "/dev/null" {
        return None;
    }
    Some(rest.strip_prefix("b/").unwrap_or(rest).to_string())
}

/// The changed lines of a unified diff, per file. The lines of each hunk
/// are counted off, so an added line that itself begins `++ ` or `@@` is
/// not read as a header.
pub fn parse(diff: &str) -> Result<Lines, String> {
    let mut out = Lines::new();
    let mut file: Option<String> = None;
    // Lines of the current hunk still to come: old side, new side.
    let (mut old, mut new) = (0u32, 0u32);
    for (n, line) in diff.lines().enumerate() {
        if old > 0 || new > 0 {
            match line.as_bytes().first() {
                Some(b' ') => {
                    old = old.saturating_sub(1);
                    new = new.saturating_sub(1);
                }
                Some(b'-') => old = old.saturating_sub(1),
                Some(b'+') => new = new.saturating_sub(1),
                Some(b'\\') => {}
                _ => return Err(format!("line {}: the hunk ends early", n + 1)),
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("+++ ") {
            file = new_path(rest);
            if let Some(f) = &file {
                out.entry(f.clone()).or_default();
            }
        } else if line.starts_with("@@ ") {
            let bad = || format!("line {}: malformed hunk header `{line}`", n + 1);
            let range = new_side(line).ok_or_else(bad)?;
            old = old_count(line).ok_or_else(bad)?;
            new = range.end - range.start;
            if let Some(f) = &file {
                if !range.is_empty() {
                    out.entry(f.clone()).or_default().push(range);
                }
            }
        } else if line.starts_with("diff ") {
            // A new file's section: until its `+++` line, hunks are no one's.
            file = None;
        }
    }
    if old > 0 || new > 0 {
        return Err("the diff ends inside a hunk".to_string());
    }
    Ok(out)
}

/// Runs git in `cwd`; its standard output, or its complaint.
fn git(cwd: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .current_dir(cwd)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        String::from_utf8(out.stdout).map_err(|_| "git wrote a path that is not UTF-8".to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// The root of the git work tree `cwd` is in.
fn work_tree_root(cwd: &Path) -> Result<PathBuf, String> {
    let top = git(cwd, &["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(top.trim_end_matches(['\n', '\r']));
    Ok(top.canonicalize().unwrap_or(top))
}

fn current_dir() -> Result<PathBuf, Error> {
    std::env::current_dir().map_err(|source| Error::Io {
        path: ".".into(),
        source,
    })
}

impl Changed {
    /// The lines changed since `base` in the working tree, under `paths`
    /// (`-`, standard input, left out), from `git diff --unified=0`.
    pub fn since(base: &str, paths: &[String]) -> Result<Changed, Error> {
        let cwd = current_dir()?;
        let usage = |m: String| Error::Usage(format!("--diff-base: {m}"));
        let root =
            work_tree_root(&cwd).map_err(|e| usage(format!("needs a git work tree ({e})")))?;
        // Resolved first, so that an unknown name is said so, and so that
        // what git diff gets is a commit, never something read as an option.
        let commit = git(
            &cwd,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &format!("{base}^{{commit}}"),
            ],
        )
        .map_err(|_| usage(format!("unknown revision `{base}`")))?;
        let mut args = vec![
            "-c",
            "core.quotePath=false",
            "diff",
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            // The paths as parse() reads them, whatever the user's diff
            // settings (noprefix, mnemonicPrefix, relative) say.
            "--src-prefix=a/",
            "--dst-prefix=b/",
            "--no-relative",
            commit.trim(),
            "--",
        ];
        args.extend(paths.iter().filter(|p| *p != "-").map(String::as_str));
        let diff = git(&cwd, &args).map_err(usage)?;
        let lines = parse(&diff).map_err(|e| usage(format!("git diff: {e}")))?;
        Ok(Changed { root, cwd, lines })
    }

    /// The lines a unified diff in `file` changes. Its paths are taken as
    /// relative to the root of the git work tree the current folder is in,
    /// or, outside one, to the current folder.
    pub fn from_file(file: &Path) -> Result<Changed, Error> {
        let name = file.to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(file).map_err(|e| Error::Config {
            path: name.clone(),
            line: None,
            column: None,
            message: format!("cannot read diff: {e}"),
        })?;
        let lines = parse(&text).map_err(|message| Error::Config {
            path: name,
            line: None,
            column: None,
            message,
        })?;
        let cwd = current_dir()?;
        let root =
            work_tree_root(&cwd).unwrap_or_else(|_| cwd.canonicalize().unwrap_or(cwd.clone()));
        Ok(Changed { root, cwd, lines })
    }

    /// A report path as the diff names it, if the file is under the root.
    fn diff_path(&self, path: &str) -> Option<String> {
        let p = self.cwd.join(path);
        let p = p.canonicalize().unwrap_or(p);
        let rel = p.strip_prefix(&self.root).ok()?;
        Some(rel.to_string_lossy().replace('\\', "/"))
    }

    /// Takes out of `file` every finding on no changed line.
    pub fn filter(&self, file: &mut FileReport) {
        let ranges = self
            .diff_path(&file.path)
            .and_then(|p| self.lines.get(&p))
            .map_or(&[][..], Vec::as_slice);
        file.findings.retain(|item| {
            ranges
                .iter()
                .any(|r| r.start <= item.end_line && item.line < r.end)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIFF: &str = "diff --git a/desk/a.txt b/desk/a.txt
index 1..2 100644
--- a/desk/a.txt
+++ b/desk/a.txt
@@ -2,0 +3,2 @@ Head
+A new “line.
++++ an added line that looks like a header
@@ -9 +11 @@
-old
+new
@@ -20,3 +21,0 @@
-gone
-gone
-gone
diff --git a/old.txt b/old.txt
deleted file mode 100644
--- a/old.txt
+++ /dev/null
@@ -1 +0,0 @@
-bye
";

    #[test]
    fn hunk_headers_give_the_new_sides_lines() {
        let lines = parse(DIFF).unwrap();
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(lines["desk/a.txt"], [3..5, 11..12]);
    }

    #[test]
    fn a_plain_diff_u_file_header_and_bad_hunks() {
        let plain = "--- a.txt\t2026-01-01\n+++ a.txt\t2026-01-02\n@@ -1 +1,2 @@\n-x\n+y\n+z\n";
        let got = &parse(plain).unwrap()["a.txt"];
        assert_eq!((got.len(), &got[0]), (1, &(1..3)));
        let e = parse("+++ b/a.txt\n@@ -1 +x @@\n").unwrap_err();
        assert!(e.contains("line 2: malformed hunk header"), "{e}");
        let e = parse("+++ b/a.txt\n@@ -1 +1,2 @@\n+y\n").unwrap_err();
        assert!(e.contains("ends inside a hunk"), "{e}");
        let e = parse("+++ b/a.txt\n@@ -1 +1,2 @@\n+y\nplain\n").unwrap_err();
        assert!(e.contains("line 4: the hunk ends early"), "{e}");
    }

    #[test]
    fn only_findings_on_changed_lines_are_kept() {
        use crate::finding::{Finding, Severity};
        use crate::span::Span;
        let text = "Head\n\none\n\ntwo\nthree\n";
        let f = |at: usize| Finding::new("r", Severity::Warning, Span::new(at, at + 1), "m");
        let mut report = FileReport::new("a.txt".into(), text, &[f(6), f(11), f(15)]);
        let cwd = std::env::temp_dir();
        let changed = Changed {
            root: cwd.canonicalize().unwrap(),
            cwd,
            lines: parse("+++ b/a.txt\n@@ -3 +5,1 @@\n-x\n+two\n").unwrap(),
        };
        changed.filter(&mut report);
        let lines: Vec<u32> = report.findings.iter().map(|i| i.line).collect();
        assert_eq!(lines, [5]);
    }
}
