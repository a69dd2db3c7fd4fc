//! `check --fix` and `check --diff`: the fixes of a run, written to the
//! files or shown as a unified diff.

use super::args::CheckArgs;
use super::check::{render, summary_line};
use super::{exit_status, fail};
use ascribe::config::Effective;
use ascribe::input::Source;
use ascribe::report::{FileError, Report};
use ascribe::run::{fix_planned, FileFix};
use similar::TextDiff;
use std::io::Write;
use std::time::Instant;

pub(super) fn run(
    a: &CheckArgs,
    plan: Vec<(Source, Result<Effective, ascribe::Error>)>,
    walk_errors: Vec<ascribe::Error>,
    snippets: bool,
    source_lines: bool,
    started: Instant,
) -> i32 {
    // Standard input has no file to write back to; a diff of it can still
    // be shown.
    if a.fix && plan.iter().any(|(s, _)| matches!(s, Source::Stdin)) {
        return fail("--fix cannot write to standard input; --diff shows what it would change");
    }
    let fixing = fix_planned(plan, a.unsafe_fixes, source_lines);
    for w in &fixing.warnings {
        eprintln!("ascribe: warning: {w}");
    }
    let mut errors = fixing.errors;
    errors.extend(walk_errors.iter().map(|e| FileError {
        path: e.path(),
        message: e.to_string(),
    }));
    let files = fixing.files;
    // What each file holds once the run is done: as found for --diff and
    // for a file that could not be written, else as fixed.
    let mut unwritten: Vec<&str> = Vec::new();
    if a.fix {
        for f in files.iter().filter(|f| f.changed()) {
            if let Err(e) = write_back(f) {
                unwritten.push(&f.path);
                errors.push(e);
            }
        }
    }
    let stands = |f: &FileFix| a.diff || unwritten.contains(&f.path.as_str());
    let failing: usize = files
        .iter()
        .map(|f| {
            if stands(f) {
                f.failing_before
            } else {
                f.failing_after
            }
        })
        .sum();
    let report = Report {
        files: files
            .iter()
            .map(|f| {
                if stands(f) {
                    f.found.clone()
                } else {
                    f.remaining.clone()
                }
            })
            .collect(),
        errors: errors.clone(),
        ..Report::default()
    }
    .finish();
    let code = exit_status(errors.len(), failing);
    let out = if a.diff {
        diff(&files)
    } else {
        if !a.quiet {
            let written: Vec<&FileFix> =
                files.iter().filter(|f| f.changed() && !stands(f)).collect();
            let n: usize = written.iter().map(|f| f.applied).sum();
            eprintln!(
                "ascribe: fixed {} in {}",
                plural(n, "finding", "findings"),
                plural(written.len(), "file", "files")
            );
        }
        render(a, &report, &fixing.packs, snippets)
    };
    for e in &report.errors {
        eprintln!("ascribe: error: {}", e.message);
    }
    if !a.quiet {
        notes(a, &files);
    }
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        return code;
    }
    if !a.quiet {
        eprintln!("{}", summary_line(&report.summary, started));
    }
    code
}

/// What was left undone and why, on stderr.
fn notes(a: &CheckArgs, files: &[FileFix]) {
    let verb = if a.diff { "would fix" } else { "fixed" };
    if a.diff {
        let changed: Vec<&FileFix> = files.iter().filter(|f| f.changed()).collect();
        let n: usize = changed.iter().map(|f| f.applied).sum();
        eprintln!(
            "ascribe: {verb} {} in {}",
            plural(n, "finding", "findings"),
            plural(changed.len(), "file", "files")
        );
    }
    let overlapping: usize = files.iter().map(|f| f.overlapping).sum();
    if overlapping > 0 {
        eprintln!(
            "ascribe: {} overlapped an earlier fix and {} left out of this run; run --fix again for {}",
            plural(overlapping, "fix", "fixes"),
            if overlapping == 1 { "was" } else { "were" },
            if overlapping == 1 { "it" } else { "them" },
        );
    }
    let suggested: usize = files.iter().map(|f| f.suggested).sum();
    if suggested > 0 {
        eprintln!(
            "ascribe: {} not applied (--unsafe-fixes applies {})",
            plural(suggested, "suggested fix", "suggested fixes"),
            if suggested == 1 { "it" } else { "them" },
        );
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The unified diff of every changed file, in path order, with `a/` and
/// `b/` before the paths as git writes them (so `git apply` takes it).
fn diff(files: &[FileFix]) -> String {
    let mut out = String::new();
    for f in files.iter().filter(|f| f.changed()) {
        let d = TextDiff::from_lines(&f.before, &f.after);
        let text = d
            .unified_diff()
            .context_radius(3)
            .header(&format!("a/{}", f.path), &format!("b/{}", f.path))
            .to_string();
        out.push_str(&text);
    }
    out
}

/// Writes a fixed file back, unless it changed on disk since it was read.
fn write_back(f: &FileFix) -> Result<(), FileError> {
    let Source::File(path) = &f.source else {
        unreachable!("standard input is refused before fixing");
    };
    let err = |message: String| FileError {
        path: f.path.clone(),
        message: format!("{}: not fixed: {message}", f.path),
    };
    match std::fs::read(path) {
        Ok(now) if now == f.bytes => {}
        Ok(_) => return Err(err("it changed while it was being checked".into())),
        Err(e) => return Err(err(e.to_string())),
    }
    ascribe::atomic::write(path, &f.fixed).map_err(|e| err(e.to_string()))
}
