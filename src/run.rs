//! Checking many files at once: in parallel, in a stable order.

use crate::check::Checker;
use crate::input::{self, Source};
use crate::model::Format;
use crate::report::{FileError, FileReport, Report};
use rayon::prelude::*;

/// Checks every source. A file that cannot be read becomes an entry in
/// `Report::errors`; the other files are still checked.
pub fn check_sources(checker: &Checker, sources: &[Source]) -> Report {
    let results: Vec<Result<FileReport, FileError>> = sources
        .par_iter()
        .map(|src| {
            let path = src.display();
            let text = input::read(src).map_err(|e| FileError {
                path: path.clone(),
                message: e.to_string(),
            })?;
            let findings = checker.check(&text, Format::from_path(&path));
            Ok(FileReport::new(path, &text, &findings))
        })
        .collect();
    let mut report = Report::default();
    for r in results {
        match r {
            Ok(f) => report.files.push(f),
            Err(e) => report.errors.push(e),
        }
    }
    report.finish()
}
