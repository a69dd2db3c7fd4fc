//! The report as JSON: the whole at once, each file rendered on its own
//! thread, or one file at a time as the files are checked.

use super::{nested, FileReport, Stats};
use serde::Serialize;

/// A report of the shape `{"files": [...], "errors": [...], "summary": ...}`
/// (`errors` left out when empty) as pretty-printed JSON: byte for byte
/// what serde_json's pretty printer writes for the whole, but with each
/// file rendered on its own thread (for a folder of thousands of articles
/// this was the last sequential step of a run).
pub fn pretty_json<F, E, S>(files: &[F], errors: &[E], summary: &S) -> String
where
    F: Serialize + Sync,
    E: Serialize,
    S: Serialize,
{
    pretty_json_with(files, json_file, errors, summary, None)
}

/// As [`pretty_json`], each file rendered by `entry` (which must write
/// what [`json_file`] does).
pub(super) fn pretty_json_with<F, E, S>(
    files: &[F],
    entry: impl Fn(&F) -> String + Sync + Send,
    errors: &[E],
    summary: &S,
    stats: Option<&Stats>,
) -> String
where
    F: Sync,
    E: Serialize,
    S: Serialize,
{
    use rayon::prelude::*;
    let files: Vec<String> = files.par_iter().map(entry).collect();
    let size = files.iter().map(|f| f.len() + 6).sum::<usize>() + 256;
    let mut w = JsonStream::new(Vec::with_capacity(size)).expect("writes to memory");
    for f in &files {
        w.file(f).expect("writes to memory");
    }
    let bytes = w
        .finish_with(errors, summary, stats)
        .expect("writes to memory");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// One entry of a JSON report's `files`, as [`JsonStream::file`] takes it.
pub fn json_file<F: Serialize>(f: &F) -> String {
    nested::pretty_at(f, 2)
}

/// Writes the JSON report [`pretty_json`] makes, one file at a time, so
/// that a run need not hold every file's findings until the end.
pub struct JsonStream<W: std::io::Write> {
    out: W,
    files: usize,
}

impl<W: std::io::Write> JsonStream<W> {
    pub fn new(mut out: W) -> std::io::Result<Self> {
        out.write_all(b"{\n  \"files\": [")?;
        Ok(JsonStream { out, files: 0 })
    }

    /// Writes a file's entry, made by [`json_file`].
    pub fn file(&mut self, rendered: &str) -> std::io::Result<()> {
        self.next_entry()?;
        self.out.write_all(rendered.as_bytes())
    }

    /// Writes a file's entry straight to the output, in pieces (see
    /// [`FileReport::write_json_entry`]): the same bytes as [`JsonStream::file`]
    /// with the entry rendered first.
    pub fn report(&mut self, f: &FileReport) -> std::io::Result<()> {
        self.next_entry()?;
        f.write_json_entry(&mut self.out)
    }

    /// What stands before a file's entry in `files`.
    fn next_entry(&mut self) -> std::io::Result<()> {
        let sep: &[u8] = if self.files == 0 {
            b"\n    "
        } else {
            b",\n    "
        };
        self.files += 1;
        self.out.write_all(sep)
    }

    /// Closes `files` and writes `errors` (when there are any) and the
    /// summary; returns the writer.
    pub fn finish<E: Serialize, S: Serialize>(
        self,
        errors: &[E],
        summary: &S,
    ) -> std::io::Result<W> {
        self.finish_with(errors, summary, None)
    }

    /// As [`JsonStream::finish`], with per-rule counts after the summary
    /// when `stats` is given (`check --stats`).
    pub fn finish_with<E: Serialize, S: Serialize>(
        mut self,
        errors: &[E],
        summary: &S,
        stats: Option<&Stats>,
    ) -> std::io::Result<W> {
        let mut s = String::new();
        s.push_str(if self.files == 0 { "]" } else { "\n  ]" });
        if !errors.is_empty() {
            s.push_str(",\n  \"errors\": ");
            s.push_str(&nested::pretty_at(errors, 1));
        }
        s.push_str(",\n  \"summary\": ");
        s.push_str(&nested::pretty_at(summary, 1));
        if let Some(stats) = stats {
            s.push_str(",\n  \"stats\": ");
            s.push_str(&nested::pretty_at(stats, 1));
        }
        s.push_str("\n}\n");
        self.out.write_all(s.as_bytes())?;
        Ok(self.out)
    }
}
