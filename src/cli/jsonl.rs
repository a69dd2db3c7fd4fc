//! `check --input-format jsonl`: a stream of records, one JSON object a
//! line (`{"id": …, "text" | "markdown" | "html": …}`), checked into a
//! stream of results, one line per record in input order:
//! `{"id": …, "findings": [...]}`, or `{"line": N, "error": …}` for a
//! record that cannot be read. Records are read and checked a batch at a
//! time on all threads, so memory holds a batch, whatever the stream's
//! length: what Spark's `RDD.pipe` and Hadoop streaming hand a command.

use super::exit_status;
use ascribe::config::Effective;
use ascribe::input::Source;
use ascribe::report::FileReport;
use ascribe::{Checker, Error, Format, Severity};
use rayon::prelude::*;
use std::io::{BufRead, Write};
use std::time::Instant;

/// Records checked at once.
const BATCH: usize = 256;

/// The body fields a record may carry, and how each is read.
const BODIES: [(&str, Format); 3] = [
    ("text", Format::Plain),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
];

/// A record's result line, its id first.
#[derive(serde::Serialize)]
struct Checked<'a> {
    id: &'a serde_json::Value,
    findings: &'a [ascribe::report::Item],
}

/// The line that stands for a record that cannot be read.
#[derive(serde::Serialize)]
struct Bad<'a> {
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    error: String,
}

/// What one record gave: its output line, its findings at or above the
/// fail level, all its findings, whether it was bad.
struct Done {
    line: String,
    failing: usize,
    findings: usize,
    bad: bool,
}

pub fn check(
    plan: Vec<(Source, Result<Effective, Error>)>,
    walk_errors: &[Error],
    quiet: bool,
    started: Instant,
) -> i32 {
    let mut errors = walk_errors.len();
    for e in walk_errors {
        eprintln!("ascribe: error: {e}");
    }
    let (mut records, mut failing, mut findings, mut bad) = (0, 0, 0, 0);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (source, effective) in plan {
        let checked = effective
            .and_then(|e| Ok((Checker::new(&e.options)?, e.fail_level)))
            .and_then(|(c, level)| {
                read(&source, |batch| {
                    let done: Vec<Done> = batch
                        .par_iter()
                        .map(|(n, line)| record(&c, level, *n, line))
                        .collect();
                    for d in done {
                        records += 1;
                        failing += d.failing;
                        findings += d.findings;
                        bad += usize::from(d.bad);
                        let _ = writeln!(out, "{}", d.line);
                    }
                })
            });
        if let Err(e) = checked {
            eprintln!("ascribe: error: {e}");
            errors += 1;
        }
    }
    let _ = out.flush();
    if !quiet {
        eprintln!(
            "ascribe: checked {records} record{} in {:.2}s: {findings} finding{}, {bad} bad record{}{}",
            plural(records),
            started.elapsed().as_secs_f64(),
            plural(findings),
            plural(bad),
            if errors > 0 {
                format!("; {errors} input{} could not be read", plural(errors))
            } else {
                String::new()
            },
        );
    }
    exit_status(errors + bad, failing)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Hands the source's non-blank lines to `each`, a batch at a time, with
/// their 1-based line numbers; a line that is not UTF-8 is handed on as
/// an error to report in its place.
fn read(
    source: &Source,
    mut each: impl FnMut(&[(usize, Result<String, String>)]),
) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Io {
        path: source.display().into(),
        source: e,
    };
    let reader: Box<dyn BufRead> = match source {
        Source::Stdin => Box::new(std::io::stdin().lock()),
        Source::File(p) => Box::new(std::io::BufReader::new(std::fs::File::open(p).map_err(io)?)),
    };
    let mut reader = reader;
    let mut batch = Vec::with_capacity(BATCH);
    let mut n = 0;
    loop {
        let mut bytes = Vec::new();
        if reader.read_until(b'\n', &mut bytes).map_err(io)? == 0 {
            break;
        }
        n += 1;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = String::from_utf8(bytes).map_err(|e| {
            format!(
                "not valid UTF-8 (first bad byte at column {})",
                e.utf8_error().valid_up_to() + 1
            )
        });
        batch.push((n, line));
        if batch.len() == BATCH {
            each(&batch);
            batch.clear();
        }
    }
    if !batch.is_empty() {
        each(&batch);
    }
    Ok(())
}

/// One record checked, or the error line that stands for it.
fn record(checker: &Checker, level: Severity, n: usize, line: &Result<String, String>) -> Done {
    let error = |id: Option<&serde_json::Value>, message: String| {
        let e = Bad {
            line: n,
            id,
            error: message,
        };
        Done {
            line: serde_json::to_string(&e).unwrap_or_default(),
            failing: 0,
            findings: 0,
            bad: true,
        }
    };
    let line = match line {
        Ok(l) => l,
        Err(e) => return error(None, e.clone()),
    };
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(None, format!("invalid JSON: {e}")),
    };
    let Some(object) = value.as_object() else {
        return error(None, "a record is a JSON object".into());
    };
    let id = object.get("id");
    let Some((body, format)) = BODIES
        .iter()
        .find_map(|(k, f)| object.get(*k).and_then(|v| v.as_str()).map(|b| (b, *f)))
    else {
        return error(
            id,
            "no body: a record holds a \"text\", \"markdown\" or \"html\" string".into(),
        );
    };
    if body.contains('\0') {
        return error(id, "the body holds a NUL character".into());
    }
    let found = ascribe::run::guarded("record", || checker.check(body, format));
    let found = match found {
        Ok(f) => f,
        Err(e) => return error(id, e.to_string()),
    };
    let report = FileReport::build(String::new(), body, found, false);
    let failing = report
        .findings
        .iter()
        .filter(|f| f.severity >= level)
        .count();
    let findings = report.findings.len();
    let out = Checked {
        id: id.unwrap_or(&serde_json::Value::Null),
        findings: &report.findings,
    };
    Done {
        line: serde_json::to_string(&out).unwrap_or_default(),
        failing,
        findings,
        bad: false,
    }
}
