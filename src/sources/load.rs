//! Reading the sources: files, folders and globs, each file's speaker
//! labels, and one index of them all, shared by every checker of a run
//! that names the same sources.

use super::index::{prepare, Index, Prepared};
use super::Sources;
use crate::error::Error;
use crate::span::Span;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A speaker label as transcripts write one: a name in capitals and a
/// colon at the start of a line (`TRUMP:`, `SEN. WARREN:`). The first
/// group is the name.
pub const DEFAULT_LABEL: &str = r"(?m)^[ \t]*([A-Z][A-Z.'’ -]{0,38}[A-Z.])[ \t]*:[ \t]";

/// Extensions read when a folder is named.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '[', '{'])
}

/// The files `entry` names, relative to `base`: a file, every text or
/// Markdown file under a folder, or the files a glob matches; sorted.
pub fn expand(entry: &str, base: &Path) -> Result<Vec<PathBuf>, Error> {
    let usage = |m: String| Error::Usage(m);
    if !has_glob(entry) {
        let path = base.join(entry);
        let shown = if Path::new(entry).is_absolute() || base == Path::new("") {
            PathBuf::from(entry)
        } else {
            path.clone()
        };
        return match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => {
                let mut out = walk(&path, &shown, |p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| EXTENSIONS.contains(&e))
                });
                out.sort();
                Ok(out)
            }
            Ok(_) => Ok(vec![shown]),
            Err(e) => Err(usage(format!("source `{entry}`: {e}"))),
        };
    }
    // The folders before the first glob character are walked; the rest
    // of the pattern is matched against the paths found.
    let glob = globset::GlobBuilder::new(entry)
        .literal_separator(true)
        .build()
        .map_err(|e| usage(format!("source `{entry}` is not a glob: {e}")))?
        .compile_matcher();
    let fixed: PathBuf = Path::new(entry)
        .components()
        .take_while(|c| !has_glob(&c.as_os_str().to_string_lossy()))
        .collect();
    let root = base.join(&fixed);
    let mut out: Vec<PathBuf> = walk(&root, &fixed, |p| glob.is_match(p))
        .into_iter()
        .map(|p| {
            if base == Path::new("") {
                p
            } else {
                base.join(p)
            }
        })
        .collect();
    out.sort();
    if out.is_empty() {
        return Err(usage(format!("source `{entry}` matches no file")));
    }
    Ok(out)
}

/// The files under `dir` that `keep` accepts, named from `shown`.
fn walk(dir: &Path, shown: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .build();
    for e in walker.flatten() {
        if !e.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
        let named = shown.join(rel);
        if keep(&named) {
            out.push(named);
        }
    }
    out
}

/// Windows-1252 bytes as text: Latin-1, with the printable characters
/// the encoding puts at 0x80–0x9F (curly quotes, dashes); its five
/// unassigned bytes become U+FFFD.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
        '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{FFFD}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Labels of a crowd's interjection, not a turn: the speaker before it
/// goes on after its line ("AUDIENCE: Build the wall!").
const INTERJECTIONS: &[&str] = &["AUDIENCE", "CROWD", "PROTESTER", "PROTESTERS", "APPLAUSE"];

/// Where each speaker's turn begins in `text`: the label's span and the
/// name it gives (empty: no one, as before the first label).
fn turns(text: &str, label: &regex::Regex) -> Vec<(Span, String)> {
    let mut out: Vec<(Span, String)> = Vec::new();
    let mut current = String::new();
    for c in label.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        let name = c
            .get(1)
            .map_or(all.as_str(), |m| m.as_str())
            .trim()
            .to_string();
        out.push((Span::new(all.start(), all.end()), name.clone()));
        if INTERJECTIONS.contains(&name.as_str()) {
            let end = text[all.end()..]
                .find('\n')
                .map_or(text.len(), |i| all.end() + i);
            out.push((Span::new(end, end), current.clone()));
        } else {
            current = name;
        }
    }
    out
}

#[test]
fn windows_1252_is_read_with_its_quotes_and_dashes() {
    assert_eq!(
        windows_1252(b"That\x92s \x96 \x93caf\xe9\x94"),
        "That’s – “café”"
    );
}

impl Sources {
    /// Reads and indexes `files` (paths as the user should see them),
    /// speaker labels found with `label` (a regular expression whose
    /// first group is the name; [`DEFAULT_LABEL`] when `None`).
    pub fn read(files: &[PathBuf], label: Option<&str>) -> Result<Sources, Error> {
        use rayon::prelude::*;
        let pattern = label.unwrap_or(DEFAULT_LABEL);
        let label = regex::Regex::new(pattern)
            .map_err(|e| Error::Usage(format!("speaker label `{pattern}`: {e}")))?;
        // Read and cut up on all threads; added in the order given.
        let prepared: Vec<Result<Prepared, Error>> = files
            .par_iter()
            .map(|path| {
                let bytes = std::fs::read(path).map_err(|e| Error::Io {
                    path: path.clone(),
                    source: e,
                })?;
                // Transcripts saved from older sites are often Windows-1252
                // ("That\x92s"): a file that is not UTF-8 is read as that.
                let text = match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(e) => windows_1252(e.as_bytes()),
                };
                let t = turns(&text, &label);
                Ok(prepare(path.display().to_string(), text, &t))
            })
            .collect();
        let mut index = Index::default();
        for p in prepared {
            index.add(p?);
        }
        index.seal();
        Ok(Sources { index })
    }

    /// From texts in memory (tests, benchmarks): (name, text) pairs.
    pub fn from_texts<'a>(
        texts: impl IntoIterator<Item = (&'a str, &'a str)>,
        label: Option<&str>,
    ) -> Result<Sources, Error> {
        let pattern = label.unwrap_or(DEFAULT_LABEL);
        let label = regex::Regex::new(pattern)
            .map_err(|e| Error::Usage(format!("speaker label `{pattern}`: {e}")))?;
        use rayon::prelude::*;
        let texts: Vec<(&str, &str)> = texts.into_iter().collect();
        let prepared: Vec<Prepared> = texts
            .par_iter()
            .map(|(name, text)| prepare(name.to_string(), text.to_string(), &turns(text, &label)))
            .collect();
        let mut index = Index::default();
        for p in prepared {
            index.add(p);
        }
        index.seal();
        Ok(Sources { index })
    }

    /// [`Sources::read`], once per process for the same files and label:
    /// checkers of one run that name the same sources share one index.
    pub fn shared(files: &[PathBuf], label: Option<&str>) -> Result<Arc<Sources>, Error> {
        type Key = (Vec<PathBuf>, Option<String>);
        static CACHE: Mutex<Vec<(Key, Arc<Sources>)>> = Mutex::new(Vec::new());
        let key = (files.to_vec(), label.map(str::to_string));
        if let Ok(cache) = CACHE.lock() {
            if let Some((_, s)) = cache.iter().find(|(k, _)| *k == key) {
                return Ok(s.clone());
            }
        }
        let s = Arc::new(Sources::read(files, label)?);
        if let Ok(mut cache) = CACHE.lock() {
            cache.push((key, s.clone()));
        }
        Ok(s)
    }
}
