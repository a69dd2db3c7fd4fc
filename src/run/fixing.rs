//! A run that fixes: each file checked, its fixes chosen and made in
//! memory, and the result checked again. Nothing is written here; the
//! caller writes (`check --fix`) or prints a diff (`check --diff`).

use super::{failing_in, guarded, prepare};
use crate::config::Effective;
use crate::error::Error;
use crate::finding::Severity;
use crate::input::Source;
use crate::model::Format;
use crate::report::{FileError, FileReport};
use rayon::prelude::*;
use std::sync::Arc;

/// One file, fixed in memory.
pub struct FileFix {
    pub source: Source,
    /// The name reports give the file.
    pub path: String,
    /// The file's bytes as read.
    pub bytes: Vec<u8>,
    /// The bytes with the chosen fixes made (equal to `bytes` when none).
    pub fixed: Vec<u8>,
    /// The text as checked, before and after the fixes (lone carriage
    /// returns read as line feeds, as every check reads them).
    pub before: String,
    pub after: String,
    /// Findings whose fixes were made.
    pub applied: usize,
    /// Findings whose fixes overlapped one made before them: left for
    /// another run.
    pub overlapping: usize,
    /// Findings with a suggested fix not asked for (`--unsafe-fixes`).
    pub suggested: usize,
    /// What the check of the file as it stands found, and how many of
    /// those findings are at or above the file's fail level.
    pub found: FileReport,
    pub failing_before: usize,
    /// What a check of the fixed text reports, and how many of those
    /// findings are at or above the fail level.
    pub remaining: FileReport,
    pub failing_after: usize,
}

impl FileFix {
    pub fn changed(&self) -> bool {
        self.fixed != self.bytes
    }
}

/// What [`fix_planned`] returns.
pub struct Fixing {
    /// Sorted by path.
    pub files: Vec<FileFix>,
    /// Files that could not be read or checked, and configurations that
    /// kept files from being checked.
    pub errors: Vec<FileError>,
    /// As [`super::Checked::warnings`].
    pub warnings: Vec<String>,
    /// As [`super::Checked::packs`].
    pub packs: Vec<Arc<crate::packs::Packs>>,
}

/// Checks each file of the plan, makes its safe fixes (and suggested ones
/// when `suggested`) without overlap ([`crate::fix::select`]), and checks
/// the result again. `source_lines` as for [`super::check_planned_with`].
pub fn fix_planned(
    plan: Vec<(Source, Result<Effective, Error>)>,
    suggested: bool,
    source_lines: bool,
) -> Fixing {
    let mut p = prepare(plan);
    let work = std::mem::take(&mut p.work);
    let results: Vec<Result<FileFix, FileError>> = work
        .into_par_iter()
        .filter_map(|(g, level, source)| {
            let checker = p.groups[g].1.as_ref().ok()?;
            let path = source.display();
            let done = guarded(&path, || {
                fix_one(checker, source, level, suggested, source_lines)
            });
            Some(match done {
                Ok(r) => r,
                Err(e) => Err(FileError {
                    path,
                    message: e.to_string(),
                }),
            })
        })
        .collect();
    let mut out = Fixing {
        files: Vec::new(),
        errors: p.stopped_errors(),
        warnings: p.warnings(),
        packs: p.packs(),
    };
    for r in results {
        match r {
            Ok(f) => out.files.push(f),
            Err(e) => out.errors.push(e),
        }
    }
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out.errors
        .sort_by(|a, b| a.path.cmp(&b.path).then(a.message.cmp(&b.message)));
    out
}

fn fix_one(
    checker: &crate::check::Checker,
    source: Source,
    level: Severity,
    suggested: bool,
    source_lines: bool,
) -> Result<FileFix, FileError> {
    let path = source.display();
    let err = |e: Error| FileError {
        path: path.clone(),
        message: e.to_string(),
    };
    let bytes = crate::input::read_bytes(&source).map_err(err)?;
    let before = crate::input::decode(bytes.clone(), path.clone().into()).map_err(err)?;
    let format = Format::from_path(&path);
    let findings = checker.check(&before, format);
    let failing_before = findings.iter().filter(|f| f.severity >= level).count();
    let selection = crate::fix::select(&findings, suggested);
    let edits = crate::fix::edits(&findings, &selection);
    let found = FileReport::build(path.clone(), &before, findings, false);
    let fixed = crate::fix::apply(&bytes, &edits);
    let after = crate::fix::apply_str(&before, &edits);
    let remaining = FileReport::build(
        path.clone(),
        &after,
        checker.check(&after, format),
        source_lines,
    );
    let failing_after = failing_in(&remaining, level);
    Ok(FileFix {
        source,
        path,
        bytes,
        fixed,
        before,
        after,
        found,
        applied: selection.applied.len(),
        overlapping: selection.overlapping.len(),
        suggested: selection.suggested.len(),
        failing_before,
        remaining,
        failing_after,
    })
}
