//! Checking many files at once: in parallel, in a stable order.

use crate::check::{CheckOptions, Checker};
use crate::config::Effective;
use crate::error::Error;
use crate::finding::Severity;
use crate::input::{self, Source};
use crate::model::Format;
use crate::report::{FileError, FileReport, Report};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Checks every source. A file that cannot be read becomes an entry in
/// `Report::errors`; the other files are still checked.
pub fn check_sources(checker: &Checker, sources: &[Source]) -> Report {
    let results: Vec<Result<FileReport, FileError>> = sources
        .par_iter()
        .map(|src| check_one(checker, src))
        .collect();
    collect(results, Report::default())
}

fn check_one(checker: &Checker, src: &Source) -> Result<FileReport, FileError> {
    check_one_with(checker, src, true)
}

fn check_one_with(
    checker: &Checker,
    src: &Source,
    source_lines: bool,
) -> Result<FileReport, FileError> {
    let path = src.display();
    let text = input::read(src).map_err(|e| FileError {
        path: path.clone(),
        message: e.to_string(),
    })?;
    let findings = checker.check(&text, Format::from_path(&path));
    Ok(FileReport::build(path, &text, &findings, source_lines))
}

fn collect(results: Vec<Result<FileReport, FileError>>, mut report: Report) -> Report {
    for r in results {
        match r {
            Ok(f) => report.files.push(f),
            Err(e) => report.errors.push(e),
        }
    }
    report.finish()
}

/// A run over files that may each have their own configuration.
pub struct Checked {
    pub report: Report,
    /// Findings at or above the fail level of the file they are in.
    pub failing: usize,
    /// What loading rule packs warned about (unsupported Vale kinds and
    /// options), each once, sorted.
    pub warnings: Vec<String>,
}

/// Checks each source with its effective configuration. Files with equal
/// options share one `Checker`. A configuration that cannot be used (or a
/// checker that cannot be built from it) is reported once, naming how many
/// files it kept from being checked; every other file is still checked.
pub fn check_planned(plan: Vec<(Source, Result<Effective, Error>)>) -> Checked {
    check_planned_with(plan, true)
}

/// As [`check_planned`]; `source_lines: false` leaves the findings'
/// `source_line` empty, for reports that do not print snippets.
pub fn check_planned_with(
    plan: Vec<(Source, Result<Effective, Error>)>,
    source_lines: bool,
) -> Checked {
    let mut groups: Vec<(CheckOptions, Result<Checker, Error>, usize)> = Vec::new();
    // Error text → (path it names, files it stopped).
    let mut stopped: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut work: Vec<(usize, Severity, Source)> = Vec::new();
    for (source, effective) in plan {
        let e = match effective {
            Ok(e) => e,
            Err(err) => {
                stopped
                    .entry(err.to_string())
                    .or_insert((error_path(&err), 0))
                    .1 += 1;
                continue;
            }
        };
        let g = match groups.iter().position(|(o, _, _)| *o == e.options) {
            Some(g) => g,
            None => {
                let checker = Checker::new(&e.options);
                groups.push((e.options, checker, 0));
                groups.len() - 1
            }
        };
        groups[g].2 += 1;
        work.push((g, e.fail_level, source));
    }
    for (_, checker, files) in &groups {
        if let Err(err) = checker {
            stopped
                .entry(err.to_string())
                .or_insert((error_path(err), 0))
                .1 += files;
        }
    }
    let results: Vec<(Severity, Result<FileReport, FileError>)> = work
        .par_iter()
        .filter_map(|(g, level, src)| match &groups[*g].1 {
            Ok(checker) => Some((*level, check_one_with(checker, src, source_lines))),
            Err(_) => None,
        })
        .collect();
    let mut failing = 0;
    for (level, r) in &results {
        if let Ok(f) = r {
            failing += f.findings.iter().filter(|i| i.severity >= *level).count();
        }
    }
    let mut report = Report::default();
    for (message, (path, n)) in stopped {
        let files = if n == 1 { "file" } else { "files" };
        report.errors.push(FileError {
            path,
            message: format!("{message} ({n} {files} not checked)"),
        });
    }
    let warnings: std::collections::BTreeSet<String> = groups
        .iter()
        .filter_map(|(_, c, _)| c.as_ref().ok())
        .flat_map(|c| c.pack_warnings().iter().map(|w| w.to_string()))
        .collect();
    Checked {
        report: collect(results.into_iter().map(|(_, r)| r).collect(), report),
        failing,
        warnings: warnings.into_iter().collect(),
    }
}

fn error_path(e: &Error) -> String {
    match e {
        Error::Config { path, .. } => path.clone(),
        Error::Io { path, .. } | Error::NoArticles { path } => path.display().to_string(),
        _ => String::new(),
    }
}
