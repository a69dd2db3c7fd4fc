//! JSON Lines records in, a result line per record out: the stream shape
//! that Spark's `RDD.pipe`, Hadoop streaming and Beam hand a command.
//! `check` and `extract` each say what a record gives; reading the
//! records, keeping their order, the error lines and the fields passed
//! through are here, once.
//!
//! A record is `{"id": …, "text" | "markdown" | "html": …}`; its result
//! line is `{"id": …, <kept fields>, "<result>": …}`, or `{"line": N,
//! "id": …, <kept fields>, "error": …}` for a record that cannot be read.
//! Records are read and handled a batch at a time on all threads, so
//! memory holds one batch whatever the stream's length.

use super::exit_status;
use ascribe::input::Source;
use ascribe::{Error, Format};
use rayon::prelude::*;
use serde_json::Value;
use std::io::{BufRead, Write};
use std::time::Instant;

/// Records handled at once.
const BATCH: usize = 256;

/// The body fields a record may carry, and how each is read.
const BODIES: [(&str, Format); 3] = [
    ("text", Format::Plain),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
];

/// A record's body and its format: the first body field it holds.
fn body_of(object: &serde_json::Map<String, Value>) -> Result<(&str, Format), String> {
    let (body, format) = BODIES
        .iter()
        .find_map(|(k, f)| object.get(*k).and_then(|v| v.as_str()).map(|b| (b, *f)))
        .ok_or("no body: a record holds a \"text\", \"markdown\" or \"html\" string")?;
    if body.contains('\0') {
        return Err("the body holds a NUL character".into());
    }
    Ok((body, format))
}

/// Field names a result line writes itself: not to be passed through.
const OWN: [&str; 5] = ["id", "line", "error", "findings", "attributions"];

/// One readable record, as handed to a command's work.
pub struct Record<'a> {
    pub body: &'a str,
    pub format: Format,
}

/// What a command made of one record: its result as JSON, how many of
/// its items count against the exit status, how many items it has.
pub struct Made {
    pub json: String,
    pub failing: usize,
    pub items: usize,
}

/// How a run over records is named and written.
pub struct Run<'k> {
    /// The result's field: `findings` or `attributions`.
    pub field: &'static str,
    /// What the summary line calls a result item.
    pub item: &'static str,
    /// Fields copied from each record into its line, in this order.
    pub keep: &'k [String],
    pub quiet: bool,
    pub started: Instant,
}

/// Refuses kept fields a result line already writes.
pub fn check_keep(keep: &[String]) -> Result<(), String> {
    match keep.iter().find(|k| OWN.contains(&k.as_str())) {
        Some(k) => Err(format!(
            "--keep-fields {k}: a result line writes \"{k}\" itself"
        )),
        None => Ok(()),
    }
}

/// Reads every source's records; each source comes with what its
/// records are handled with (a checker, a language), or why it has
/// none. Returns the exit status.
pub fn run<S: Sync>(
    plan: Vec<(Source, Result<S, Error>)>,
    walk_errors: &[Error],
    how: &Run,
    work: impl Fn(&S, &Record) -> Result<Made, Error> + Sync,
) -> i32 {
    let mut errors = walk_errors.len();
    for e in walk_errors {
        eprintln!("ascribe: error: {e}");
    }
    let (mut records, mut failing, mut items, mut bad) = (0, 0, 0, 0);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    for (source, with) in plan {
        let done = with.and_then(|s| {
            read(&source, |batch| {
                let done: Vec<Done> = batch
                    .par_iter()
                    .map(|(n, line)| record(&s, how.keep, *n, line, how.field, &work))
                    .collect();
                for d in done {
                    records += 1;
                    failing += d.failing;
                    items += d.items;
                    bad += usize::from(d.bad);
                    let _ = out.write_all(d.line.as_bytes());
                }
            })
        });
        if let Err(e) = done {
            eprintln!("ascribe: error: {e}");
            errors += 1;
        }
    }
    let _ = out.flush();
    if !how.quiet {
        eprintln!(
            "ascribe: read {records} record{} in {:.2}s: {items} {}{}, {bad} bad record{}{}",
            plural(records),
            how.started.elapsed().as_secs_f64(),
            how.item,
            plural(items),
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

/// A record's output line (newline included) and its counts.
struct Done {
    line: String,
    failing: usize,
    items: usize,
    bad: bool,
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
    let mut reader: Box<dyn BufRead> = match source {
        Source::Stdin => Box::new(std::io::stdin().lock()),
        Source::File(p) => Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(p).map_err(io)?,
        )),
    };
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

/// `,"name":value` for each kept field the record holds.
fn kept(object: Option<&serde_json::Map<String, Value>>, keep: &[String]) -> String {
    let mut s = String::new();
    for k in keep {
        if let Some(v) = object.and_then(|o| o.get(k)) {
            s.push(',');
            s.push_str(&serde_json::to_string(k).unwrap_or_default());
            s.push(':');
            s.push_str(&serde_json::to_string(v).unwrap_or_default());
        }
    }
    s
}

/// One record handled, or the error line that stands for it.
fn record<S>(
    with: &S,
    keep: &[String],
    n: usize,
    line: &Result<String, String>,
    field: &str,
    work: &impl Fn(&S, &Record) -> Result<Made, Error>,
) -> Done {
    let error = |object: Option<&serde_json::Map<String, Value>>, message: String| {
        let id = match object.and_then(|o| o.get("id")) {
            Some(id) => format!(",\"id\":{}", serde_json::to_string(id).unwrap_or_default()),
            None => String::new(),
        };
        let message = serde_json::to_string(&message).unwrap_or_default();
        Done {
            line: format!(
                "{{\"line\":{n}{id}{},\"error\":{message}}}\n",
                kept(object, keep)
            ),
            failing: 0,
            items: 0,
            bad: true,
        }
    };
    let line = match line {
        Ok(l) => l,
        Err(e) => return error(None, e.clone()),
    };
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(None, format!("invalid JSON: {e}")),
    };
    let Some(object) = value.as_object() else {
        return error(None, "a record is a JSON object".into());
    };
    let (body, format) = match body_of(object) {
        Ok(b) => b,
        Err(e) => return error(Some(object), e),
    };
    let made = ascribe::run::guarded("record", || work(with, &Record { body, format }));
    match made.and_then(|m| m) {
        Ok(m) => {
            let id = object.get("id").unwrap_or(&Value::Null);
            Done {
                line: format!(
                    "{{\"id\":{}{},\"{field}\":{}}}\n",
                    serde_json::to_string(id).unwrap_or_default(),
                    kept(Some(object), keep),
                    m.json
                ),
                failing: m.failing,
                items: m.items,
                bad: false,
            }
        }
        Err(e) => error(Some(object), e.to_string()),
    }
}

/// A record's body and format, or why it has none (with its line
/// number): what `names learn` reads from a stream of records.
pub type Body = Result<(String, Format), (usize, String)>;

/// Hands the bodies of the source's records to `each`, a batch at a time
/// in input order, parsed on all threads.
pub fn bodies(source: &Source, mut each: impl FnMut(Vec<Body>)) -> Result<(), Error> {
    read(source, |batch| {
        each(
            batch
                .par_iter()
                .map(|(n, line)| {
                    let line = line.as_ref().map_err(|e| (*n, e.clone()))?;
                    let value: Value = serde_json::from_str(line)
                        .map_err(|e| (*n, format!("invalid JSON: {e}")))?;
                    let object = value
                        .as_object()
                        .ok_or_else(|| (*n, "a record is a JSON object".to_string()))?;
                    body_of(object)
                        .map(|(b, f)| (b.to_string(), f))
                        .map_err(|e| (*n, e))
                })
                .collect(),
        )
    })
}
