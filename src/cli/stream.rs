//! Reports written as the files are checked, a batch at a time, so that a
//! run over a large archive with every rule on holds one batch's findings
//! (or attributions), not all of them: JSON, and the formats that are one
//! file's lines after another (text, GitHub annotations).

use super::check::summary_line;
use ascribe::config::Effective;
use ascribe::input::Source;
use ascribe::report::{github_file, text_file, FileError, FileReport, JsonStream};
use serde::Serialize;
use std::io::{BufWriter, StdoutLock, Write};
use std::time::Instant;

/// A JSON report written to standard output piece by piece. A closed pipe
/// (`| head`) ends the output, not the run: its exit status still counts.
pub struct JsonOut(Option<JsonStream<BufWriter<StdoutLock<'static>>>>);

impl JsonOut {
    pub fn new() -> JsonOut {
        let out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        JsonOut(JsonStream::new(out).ok())
    }

    pub fn file(&mut self, rendered: &str) {
        if self.0.as_mut().is_some_and(|w| w.file(rendered).is_err()) {
            self.0 = None;
        }
    }

    /// A file's entry rendered as it is written (see [`Rendered::Later`]).
    fn report(&mut self, f: &FileReport) {
        if self.0.as_mut().is_some_and(|w| w.report(f).is_err()) {
            self.0 = None;
        }
    }

    pub fn finish<E: Serialize, S: Serialize>(self, errors: &[E], summary: &S) {
        if let Some(w) = self.0 {
            let _ = w.finish(errors, summary).and_then(|mut w| w.flush());
        }
    }
}

/// Text and GitHub reports: each file's part as it comes, nothing after.
struct PlainOut(Option<BufWriter<StdoutLock<'static>>>);

impl PlainOut {
    fn file(&mut self, rendered: &str) {
        if self
            .0
            .as_mut()
            .is_some_and(|w| w.write_all(rendered.as_bytes()).is_err())
        {
            self.0 = None;
        }
    }

    fn finish(self) {
        if let Some(mut w) = self.0 {
            let _ = w.flush();
        }
    }
}

/// The formats `check` can write while it runs.
#[derive(Clone, Copy)]
pub enum Streamable {
    Json,
    Text { snippets: bool },
    Github,
}

enum Out {
    Json(JsonOut),
    Plain(PlainOut),
}

/// A file's part of the report, as a worker thread hands it on.
enum Rendered {
    /// Rendered on the worker, in parallel with the other files.
    Now(String),
    /// A file with very many findings (one file holding an archive): its
    /// JSON, larger than the findings themselves, is written a piece at a
    /// time as it is emitted instead of being held whole beside them.
    Later(FileReport),
}

/// From this many findings a JSON entry is written as it is rendered.
const RENDER_LATER: usize = 4096;

pub fn check_streamed(
    format: Streamable,
    plan: Vec<(Source, Result<Effective, ascribe::Error>)>,
    walk_errors: &[ascribe::Error],
    quiet: bool,
    started: Instant,
) -> i32 {
    let mut out = match format {
        Streamable::Json => Out::Json(JsonOut::new()),
        _ => Out::Plain(PlainOut(Some(BufWriter::with_capacity(
            1 << 16,
            std::io::stdout().lock(),
        )))),
    };
    let snippets = matches!(format, Streamable::Text { snippets: true });
    let render = move |f: FileReport| match format {
        Streamable::Json if f.findings.len() >= RENDER_LATER => Rendered::Later(f),
        Streamable::Json => Rendered::Now(f.json_entry()),
        Streamable::Text { snippets } => Rendered::Now(text_file(&f, snippets)),
        Streamable::Github => Rendered::Now(github_file(&f)),
    };
    let streamed =
        ascribe::run::check_planned_streaming(plan, snippets, render, |r| match (&mut out, r) {
            (Out::Json(o), Rendered::Now(r)) => o.file(&r),
            (Out::Json(o), Rendered::Later(f)) => o.report(&f),
            (Out::Plain(o), Rendered::Now(r)) => o.file(&r),
            (Out::Plain(o), Rendered::Later(f)) => o.file(&text_file(&f, snippets)),
        });
    for w in &streamed.warnings {
        eprintln!("ascribe: warning: {w}");
    }
    let mut streamed = streamed;
    streamed
        .errors
        .extend(walk_errors.iter().map(|e| FileError {
            path: e.path(),
            message: e.to_string(),
        }));
    let streamed = streamed.finish();
    for e in &streamed.errors {
        eprintln!("ascribe: error: {}", e.message);
    }
    match out {
        Out::Json(o) => o.finish(&streamed.errors, &streamed.summary),
        Out::Plain(o) => o.finish(),
    }
    if !quiet {
        eprintln!("{}", summary_line(&streamed.summary, started));
    }
    super::exit_status(streamed.errors.len(), streamed.failing)
}
