//! Checking many files at once: in parallel, in a stable order.

use crate::check::{CheckOptions, Checker};
use crate::config::Effective;
use crate::error::Error;
use crate::finding::Severity;
use crate::input::{self, Source};
use crate::report::{FileError, FileReport, Report, Summary};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

mod fixing;

pub use fixing::{fix_planned, FileFix, Fixing};

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
    guarded(&path, || {
        report_of(checker, path.clone(), &text, source_lines)
    })
    .map_err(|e| FileError {
        path: path.clone(),
        message: e.to_string(),
    })
}

/// The report of one file's text: model, rules, lines and columns.
fn report_of(checker: &Checker, path: String, text: &str, source_lines: bool) -> FileReport {
    let findings = checker.check(text, checker.format_of(&path));
    FileReport::build(path, text, findings, source_lines)
}

/// Runs `work` on the file at `path`; a panic in it (a bug in ascribe)
/// becomes an internal error for that file, so that one odd article never
/// takes down the check of the others.
pub fn guarded<T>(path: &str, work: impl FnOnce() -> T) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Error::Internal {
            path: path.to_string(),
            message,
        }
    })
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
    /// The packs the run's configurations loaded, each once: with the
    /// built-in rules, what a report's rule descriptors describe.
    pub packs: Vec<Arc<crate::packs::Packs>>,
}

/// A plan sorted out: one checker per distinct configuration, the files
/// each checks, and the errors that kept files from being checked.
struct Prepared {
    groups: Vec<(Arc<CheckOptions>, Result<Checker, Error>, usize)>,
    /// Error text → (path it names, files it stopped).
    stopped: BTreeMap<String, (String, usize)>,
    work: Vec<(usize, Severity, Source)>,
}

fn prepare(plan: Vec<(Source, Result<Effective, Error>)>) -> Prepared {
    let mut groups: Vec<(Arc<CheckOptions>, Result<Checker, Error>, usize)> = Vec::new();
    let mut stopped: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut work: Vec<(usize, Severity, Source)> = Vec::new();
    for (source, effective) in plan {
        let e = match effective {
            Ok(e) => e,
            Err(err) => {
                stopped.entry(err.to_string()).or_insert((err.path(), 0)).1 += 1;
                continue;
            }
        };
        // Files under one configuration share its options: the same
        // allocation, found without comparing the options' contents.
        let g = match groups
            .iter()
            .position(|(o, _, _)| Arc::ptr_eq(o, &e.options) || **o == *e.options)
        {
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
            stopped.entry(err.to_string()).or_insert((err.path(), 0)).1 += files;
        }
    }
    Prepared {
        groups,
        stopped,
        work,
    }
}

impl Prepared {
    /// The configuration errors, one per distinct error, naming how many
    /// files each kept from being checked.
    fn stopped_errors(&self) -> Vec<FileError> {
        self.stopped
            .iter()
            .map(|(message, (path, n))| {
                let files = if *n == 1 { "file" } else { "files" };
                FileError {
                    path: path.clone(),
                    message: format!("{message} ({n} {files} not checked)"),
                }
            })
            .collect()
    }

    fn packs(&self) -> Vec<Arc<crate::packs::Packs>> {
        let mut out: Vec<Arc<crate::packs::Packs>> = Vec::new();
        for c in self.groups.iter().filter_map(|(_, c, _)| c.as_ref().ok()) {
            if !out.iter().any(|p| Arc::ptr_eq(p, c.packs())) {
                out.push(c.packs().clone());
            }
        }
        out
    }

    fn warnings(&self) -> Vec<String> {
        let warnings: std::collections::BTreeSet<String> = self
            .groups
            .iter()
            .filter_map(|(_, c, _)| c.as_ref().ok())
            .flat_map(|c| c.pack_warnings().iter().map(|w| w.to_string()))
            .collect();
        warnings.into_iter().collect()
    }

    fn check(
        &self,
        (g, _, src): &(usize, Severity, Source),
        source_lines: bool,
    ) -> Option<Result<FileReport, FileError>> {
        match &self.groups[*g].1 {
            Ok(checker) => Some(check_one_with(checker, src, source_lines)),
            Err(_) => None,
        }
    }
}

/// Checks each source with its effective configuration. Files with equal
/// options share one `Checker`. A configuration that cannot be used (or a
/// checker that cannot be built from it) is reported once, naming how many
/// files it kept from being checked; every other file is still checked.
/// `source_lines: false` leaves the findings'
/// `source_line` empty, for reports that do not print snippets.
pub fn check_planned_with(
    plan: Vec<(Source, Result<Effective, Error>)>,
    source_lines: bool,
) -> Checked {
    check_planned_filtered(plan, source_lines, &|_| {})
}

/// As [`check_planned_with`], with `keep` taking out of each file's report
/// the findings not to report (those of a baseline, those outside a
/// change) before they are counted: what is left decides the exit status.
pub fn check_planned_filtered(
    plan: Vec<(Source, Result<Effective, Error>)>,
    source_lines: bool,
    keep: &(dyn Fn(&mut FileReport) + Sync),
) -> Checked {
    let p = prepare(plan);
    let results: Vec<(Severity, Result<FileReport, FileError>)> = p
        .work
        .par_iter()
        .filter_map(|w| {
            p.check(w, source_lines).map(|r| {
                let r = r.map(|mut f| {
                    keep(&mut f);
                    f
                });
                (w.1, r)
            })
        })
        .collect();
    let failing = results
        .iter()
        .filter_map(|(level, r)| r.as_ref().ok().map(|f| failing_in(f, *level)))
        .sum();
    let report = Report {
        errors: p.stopped_errors(),
        ..Report::default()
    };
    Checked {
        report: collect(results.into_iter().map(|(_, r)| r).collect(), report),
        failing,
        warnings: p.warnings(),
        packs: p.packs(),
    }
}

fn failing_in(f: &FileReport, level: Severity) -> usize {
    f.findings.iter().filter(|i| i.severity >= level).count()
}

/// Files handled at once by a streamed run: enough to keep every thread
/// busy, few enough that their results take little memory.
pub const BATCH: usize = 256;

/// Runs `work` on every item, on all threads, `batch` items at a time,
/// and hands the results to `emit` in the items' order: what a streamed
/// report needs, since only one batch's results are held at once.
pub fn in_batches<I: Sync, T: Send>(
    items: &[I],
    batch: usize,
    work: impl Fn(&I) -> T + Sync,
    mut emit: impl FnMut(T),
) {
    for chunk in items.chunks(batch.max(1)) {
        let done: Vec<T> = chunk.par_iter().map(&work).collect();
        done.into_iter().for_each(&mut emit);
    }
}

/// What a streamed run returns once every file was handed on.
pub struct Streamed {
    /// Files that could not be checked, and configurations that kept
    /// files from being checked (not sorted: see [`Streamed::finish`]).
    pub errors: Vec<FileError>,
    pub summary: Summary,
    /// Findings at or above the fail level of the file they are in.
    pub failing: usize,
    /// As [`Checked::warnings`].
    pub warnings: Vec<String>,
}

impl Streamed {
    /// Sorts the errors as [`Report::finish`] does and counts them.
    pub fn finish(mut self) -> Streamed {
        self.errors
            .sort_by(|a, b| a.path.cmp(&b.path).then(a.message.cmp(&b.message)));
        self.summary.errors = self.errors.len();
        self
    }
}

/// Checks the plan a batch of files at a time, in the order of their
/// paths (the order [`Report::finish`] gives), and hands each checked
/// file, turned into a `T` by `render` on the checking thread, to `emit`
/// in that order. Only one batch's findings are held at once, so memory
/// does not grow with the number of files: a run over an archive with
/// every rule on can write its report as it goes.
pub fn check_planned_streaming<T: Send>(
    plan: Vec<(Source, Result<Effective, Error>)>,
    source_lines: bool,
    render: impl Fn(FileReport) -> T + Sync,
    emit: impl FnMut(T),
) -> Streamed {
    streaming_in_batches(plan, source_lines, render, emit, BATCH)
}

fn streaming_in_batches<T: Send>(
    plan: Vec<(Source, Result<Effective, Error>)>,
    source_lines: bool,
    render: impl Fn(FileReport) -> T + Sync,
    mut emit: impl FnMut(T),
    batch_size: usize,
) -> Streamed {
    let mut p = prepare(plan);
    let mut work = std::mem::take(&mut p.work);
    work.sort_by_cached_key(|w| w.2.display());
    let mut out = Streamed {
        errors: p.stopped_errors(),
        summary: Summary::default(),
        failing: 0,
        warnings: p.warnings(),
    };
    let check = |w: &(usize, Severity, Source)| {
        p.check(w, source_lines).map(|r| {
            r.map(|f| {
                let counts = FileCounts::of(&f, w.1);
                (render(f), counts)
            })
        })
    };
    in_batches(&work, batch_size, check, |r| match r {
        // A file whose configuration could not be used: counted above.
        None => {}
        Some(Ok((t, c))) => {
            out.summary.files += 1;
            out.summary.findings += c.error + c.warning + c.info;
            out.summary.error += c.error;
            out.summary.warning += c.warning;
            out.summary.info += c.info;
            out.failing += c.failing;
            emit(t);
        }
        Some(Err(e)) => out.errors.push(e),
    });
    out
}

/// A checked file's findings by severity, and those at or above its fail
/// level.
struct FileCounts {
    error: usize,
    warning: usize,
    info: usize,
    failing: usize,
}

impl FileCounts {
    fn of(f: &FileReport, level: Severity) -> FileCounts {
        let n = |s: Severity| f.findings.iter().filter(|i| i.severity == s).count();
        FileCounts {
            error: n(Severity::Error),
            warning: n(Severity::Warning),
            info: n(Severity::Info),
            failing: failing_in(f, level),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_naming_the_file() {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let got = guarded("desk/a.txt", || -> u32 { panic!("slice out of range") });
        let text = guarded("b.txt", || format!("{}", 1 + 1));
        std::panic::set_hook(quiet);
        let e = got.unwrap_err().to_string();
        assert!(e.starts_with("desk/a.txt: internal error"), "{e}");
        assert!(e.contains("slice out of range"), "{e}");
        assert_eq!(text.unwrap(), "2");
    }
    use crate::config::{effective, Flags};
    use crate::report::JsonStream;

    /// Articles under a fresh folder: some with findings, one not UTF-8,
    /// names that sort differently by path component and by string.
    fn plan(dir: &std::path::Path) -> Vec<(Source, Result<Effective, Error>)> {
        let _ = std::fs::remove_dir_all(dir);
        for (name, body) in [
            ("a/one.txt", "Head\n\n“Unclosed, she said.\n".as_bytes()),
            ("a-b.txt", "Head\n\nAll (fine.\n".as_bytes()),
            ("a/two.txt", "Head\n\nNothing wrong here.\n".as_bytes()),
            ("bad.txt", b"Head\n\n\xff\n"),
            (
                "c.txt",
                "Head\n\nA ]stray bracket and “a quote.\n".as_bytes(),
            ),
        ] {
            let p = dir.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, body).unwrap();
        }
        let (sources, errors) = input::collect(&[dir.display().to_string()], &[]);
        assert!(errors.is_empty());
        let e = effective(None, None, &Flags::default()).unwrap();
        sources.into_iter().map(|s| (s, Ok(e.clone()))).collect()
    }

    #[test]
    fn streaming_writes_the_report_the_whole_run_gives() {
        let dir = std::env::temp_dir().join(format!("ascribe-run-{}", std::process::id()));
        let whole = check_planned_with(plan(&dir), false);
        let want = whole.report.to_json();
        for batch in [1, 2, 3, 100] {
            let mut w = JsonStream::new(Vec::new()).unwrap();
            let s = streaming_in_batches(
                plan(&dir),
                false,
                |f: FileReport| f.json_entry(),
                |f| w.file(&f).unwrap(),
                batch,
            )
            .finish();
            let got = String::from_utf8(w.finish(&s.errors, &s.summary).unwrap()).unwrap();
            assert_eq!(got, want, "batch {batch}");
            assert_eq!(s.failing, whole.failing);
            assert!(s.failing > 0 && s.errors.len() == 1);
            // Each file's entry written as it is rendered, the way a file
            // of very many findings is: the same report.
            let mut w = JsonStream::new(Vec::new()).unwrap();
            let s =
                streaming_in_batches(plan(&dir), false, |f| f, |f| w.report(&f).unwrap(), batch)
                    .finish();
            let got = String::from_utf8(w.finish(&s.errors, &s.summary).unwrap()).unwrap();
            assert_eq!(got, want, "batch {batch}, written as rendered");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn streamed_text_and_annotations_are_the_whole_run_reports() {
        use crate::report::{github_file, text_file, write_github, write_text};
        let dir = std::env::temp_dir().join(format!("ascribe-run-text-{}", std::process::id()));
        let whole = check_planned_with(plan(&dir), true).report.finish();
        let want = [write_text(&whole, true), write_github(&whole)];
        assert!(want[0].contains("^") && want[1].contains("::warning"));
        for batch in [1, 2, 100] {
            let mut got = [String::new(), String::new()];
            let r = |f: FileReport| [text_file(&f, true), github_file(&f)];
            streaming_in_batches(
                plan(&dir),
                true,
                r,
                |[t, g]| {
                    got[0].push_str(&t);
                    got[1].push_str(&g);
                },
                batch,
            );
            assert_eq!(got, want, "batch {batch}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
