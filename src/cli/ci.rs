//! What `check` does for CI: leave out the findings a baseline records
//! and those on lines a change did not touch, record a baseline, count
//! findings per rule. The work is the library's
//! (`ascribe::baseline`, `ascribe::changed`, `ascribe::report::Stats`); this holds the flags'
//! state across a run.

use super::args::{CheckArgs, OutputFormat};
use ascribe::baseline::Baseline;
use ascribe::changed::Changed;
use ascribe::report::{self, FileReport};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Ci {
    baseline: Option<Baseline>,
    changed: Option<Changed>,
    /// Findings left out because the baseline holds them.
    known: AtomicUsize,
    /// Recorded findings of the checked files that were not found.
    fixed: AtomicUsize,
    /// Whether the run needs every file's report before writing any.
    whole: bool,
}

impl Ci {
    /// Reads the baseline, if one is given, and checks that the flags go
    /// together.
    pub fn new(a: &CheckArgs) -> Result<Ci, ascribe::Error> {
        if a.stats && !matches!(a.format, OutputFormat::Text | OutputFormat::Json) {
            return Err(ascribe::Error::Usage(
                "--stats needs --format text or json".to_string(),
            ));
        }
        let baseline = match &a.baseline {
            Some(path) => Some(Baseline::load(std::path::Path::new(path))?),
            None => None,
        };
        let changed = match (&a.diff_base, &a.diff_file) {
            (Some(base), _) => Some(Changed::since(base, &a.paths)?),
            (None, Some(file)) => Some(Changed::from_file(std::path::Path::new(file))?),
            (None, None) => None,
        };
        Ok(Ci {
            changed,
            baseline,
            known: AtomicUsize::new(0),
            fixed: AtomicUsize::new(0),
            // Counts and baselines are made from the whole report; a
            // filtered run is not streamed so that its summary counts what
            // it reports.
            whole: a.stats
                || a.baseline.is_some()
                || a.write_baseline.is_some()
                || a.diff_base.is_some()
                || a.diff_file.is_some(),
        })
    }

    /// Whether the report must be held whole (not streamed).
    pub fn whole_run(&self) -> bool {
        self.whole
    }

    /// Whether findings need their source lines: a fingerprint holds the
    /// words beside the finding on its line.
    pub fn source_lines(&self, a: &CheckArgs) -> bool {
        self.baseline.is_some() || a.write_baseline.is_some()
    }

    /// Takes out of `f` the findings not to report.
    pub fn keep(&self, f: &mut FileReport) {
        if let Some(b) = &self.baseline {
            let before = f.findings.len();
            let fixed = b.filter(f);
            self.known
                .fetch_add(before - f.findings.len(), Ordering::Relaxed);
            self.fixed.fetch_add(fixed, Ordering::Relaxed);
        }
        // After the baseline, which counts what is fixed over whole files.
        if let Some(c) = &self.changed {
            c.filter(f);
        }
    }

    /// How the run stood to the baseline, when there is one.
    pub fn counts(&self) -> Option<report::BaselineCounts> {
        self.baseline.as_ref().map(|_| report::BaselineCounts {
            left_out: self.known.load(Ordering::Relaxed),
            fixed: self.fixed.load(Ordering::Relaxed),
        })
    }
}
