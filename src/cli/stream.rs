//! `check --format json` without a golden file: the report is written as
//! the files are checked, a batch at a time, so that a run over a large
//! archive with every rule on holds one batch's findings, not all of them.

use super::{error_path, summary_line, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use ascribe::config::Effective;
use ascribe::input::Source;
use ascribe::report::{json_file, FileError, JsonStream};
use std::io::Write;
use std::time::Instant;

pub fn check_json(
    plan: Vec<(Source, Result<Effective, ascribe::Error>)>,
    walk_errors: &[ascribe::Error],
    quiet: bool,
    started: Instant,
) -> i32 {
    let stdout = std::io::stdout();
    let mut out = JsonStream::new(std::io::BufWriter::with_capacity(1 << 16, stdout.lock())).ok();
    let streamed = ascribe::run::check_planned_streaming(plan, false, json_file, |rendered| {
        // A closed pipe (`| head`) ends the output, not the run's exit code.
        if let Some(w) = out.as_mut() {
            if w.file(&rendered).is_err() {
                out = None;
            }
        }
    });
    for w in &streamed.warnings {
        eprintln!("ascribe: warning: {w}");
    }
    let mut streamed = streamed;
    streamed
        .errors
        .extend(walk_errors.iter().map(|e| FileError {
            path: error_path(e),
            message: e.to_string(),
        }));
    let streamed = streamed.finish();
    for e in &streamed.errors {
        eprintln!("ascribe: error: {}", e.message);
    }
    if let Some(w) = out {
        let _ = w
            .finish(&streamed.errors, &streamed.summary)
            .and_then(|mut w| w.flush());
    }
    if !quiet {
        eprintln!("{}", summary_line(&streamed.summary, started));
    }
    if !streamed.errors.is_empty() {
        EXIT_ERROR
    } else if streamed.failing > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}
