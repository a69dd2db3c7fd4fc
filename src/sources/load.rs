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

/// How the sources are read: what makes a turn, who speaks where no
/// label says, and how numbers are spelt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// A regular expression whose first group is a speaker's name
    /// ([`DEFAULT_LABEL`] when `None`).
    pub label: Option<String>,
    /// Files whose words outside labelled turns are one person's, and
    /// that person: a speech, a statement.
    pub speakers: Vec<(PathBuf, String)>,
    /// Speaker labels and the full names they stand for (`TRUMP`,
    /// `Donald Trump`): a turn so labelled is that person's.
    pub names: Vec<(String, String)>,
    /// Numbers in figures and in words are the same words
    /// (see [`super::numbers`]).
    pub spelt_numbers: bool,
    /// The language whose quotation marks show words read out (see
    /// [`super::read_out`]); empty: English.
    pub lang: String,
}

impl Reading {
    fn regex(&self) -> Result<regex::Regex, Error> {
        let pattern = self.label.as_deref().unwrap_or(DEFAULT_LABEL);
        regex::Regex::new(pattern)
            .map_err(|e| Error::Usage(format!("speaker label `{pattern}`: {e}")))
    }

    /// The quotation marks the sources are read with.
    fn conventions(&self) -> Result<crate::model::Conventions, Error> {
        let name = if self.lang.is_empty() {
            "en"
        } else {
            &self.lang
        };
        crate::model::Conventions::builtin(name)
    }

    /// Who speaks in `path` where no label says.
    fn speaker_of(&self, path: &Path) -> &str {
        self.speakers
            .iter()
            .find(|(p, _)| p == path)
            .map_or("", |(_, who)| who.as_str())
    }
}

/// A file's own word on whose words it holds: a first line `Speaker:
/// NAME` (any case). Its span and the name.
fn header(text: &str) -> Option<(Span, String)> {
    let body = text.trim_start_matches('\u{feff}');
    let skip = text.len() - body.len();
    let start = skip + (body.len() - body.trim_start().len());
    let line = text[start..].lines().next()?;
    let (key, name) = line.split_once(':')?;
    let name = name.trim();
    let ok = key.trim().eq_ignore_ascii_case("speaker")
        && !name.is_empty()
        && name.chars().count() <= 60;
    ok.then(|| (Span::new(start, start + line.len()), name.to_string()))
}

/// Labels of a crowd's interjection, not a turn: the speaker before it
/// goes on after its line ("AUDIENCE: Build the wall!").
const INTERJECTIONS: &[&str] = &["AUDIENCE", "CROWD", "PROTESTER", "PROTESTERS", "APPLAUSE"];

/// Where each speaker's turn begins in `text`: the label's span and the
/// name it gives (empty: no one). `first` speaks before the first label
/// (empty: no one), unless a `Speaker:` header names someone else. And
/// whether any label was found (a transcript's).
fn turns(
    text: &str,
    label: &regex::Regex,
    first: &str,
    names: &[(String, String)],
) -> (Vec<(Span, String)>, bool) {
    let mut out: Vec<(Span, String)> = Vec::new();
    let mut current = first.to_string();
    let mut labelled = false;
    let head = header(text);
    if let Some((span, name)) = &head {
        out.push((*span, name.clone()));
        current = name.clone();
    }
    for c in label.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        // The header in capitals ("SPEAKER: …") is no turn of a
        // "SPEAKER".
        if head
            .as_ref()
            .is_some_and(|(s, _)| (all.start() as u32) < s.end)
        {
            continue;
        }
        let name = c.get(1).map_or(all.as_str(), |m| m.as_str()).trim();
        let name = names
            .iter()
            .find(|(l, _)| l == name)
            .map_or(name, |(_, full)| full.as_str())
            .to_string();
        out.push((Span::new(all.start(), all.end()), name.clone()));
        if INTERJECTIONS.contains(&name.as_str()) {
            let end = text[all.end()..]
                .find('\n')
                .map_or(text.len(), |i| all.end() + i);
            out.push((Span::new(end, end), current.clone()));
        } else {
            current = name;
            labelled = true;
        }
    }
    (out, labelled)
}

#[test]
fn windows_1252_is_read_with_its_quotes_and_dashes() {
    assert_eq!(
        windows_1252(b"That\x92s \x96 \x93caf\xe9\x94"),
        "That’s – “café”"
    );
}

impl Sources {
    /// Reads and indexes `files` (paths as the user should see them) as
    /// `reading` says.
    pub fn read(files: &[PathBuf], reading: &Reading) -> Result<Sources, Error> {
        use rayon::prelude::*;
        let label = reading.regex()?;
        let conv = reading.conventions()?;
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
                let first = reading.speaker_of(path);
                let (t, labelled) = turns(&text, &label, first, &reading.names);
                let name = path.display().to_string();
                let numbers = reading.spelt_numbers;
                Ok(prepare(name, text, &t, first, labelled, numbers, &conv))
            })
            .collect();
        let mut index = Index::default();
        for p in prepared {
            index.add(p?);
        }
        index.seal();
        Ok(Sources {
            index,
            spelt_numbers: reading.spelt_numbers,
        })
    }

    /// From texts in memory (tests, benchmarks): (name, text) pairs.
    /// The names are matched against `reading`'s speakers as paths.
    pub fn from_texts<'a>(
        texts: impl IntoIterator<Item = (&'a str, &'a str)>,
        reading: &Reading,
    ) -> Result<Sources, Error> {
        let label = reading.regex()?;
        let conv = reading.conventions()?;
        use rayon::prelude::*;
        let texts: Vec<(&str, &str)> = texts.into_iter().collect();
        let prepared: Vec<Prepared> = texts
            .par_iter()
            .map(|(name, text)| {
                let first = reading.speaker_of(Path::new(name));
                let (t, labelled) = turns(text, &label, first, &reading.names);
                prepare(
                    name.to_string(),
                    text.to_string(),
                    &t,
                    first,
                    labelled,
                    reading.spelt_numbers,
                    &conv,
                )
            })
            .collect();
        let mut index = Index::default();
        for p in prepared {
            index.add(p);
        }
        index.seal();
        Ok(Sources {
            index,
            spelt_numbers: reading.spelt_numbers,
        })
    }

    /// [`Sources::read`], once per process for the same files and
    /// reading: checkers of one run that name the same sources share one
    /// index.
    pub fn shared(files: &[PathBuf], reading: &Reading) -> Result<Arc<Sources>, Error> {
        type Key = (Vec<PathBuf>, Reading);
        static CACHE: Mutex<Vec<(Key, Arc<Sources>)>> = Mutex::new(Vec::new());
        let key = (files.to_vec(), reading.clone());
        if let Ok(cache) = CACHE.lock() {
            if let Some((_, s)) = cache.iter().find(|(k, _)| *k == key) {
                return Ok(s.clone());
            }
        }
        let s = Arc::new(Sources::read(files, reading)?);
        if let Ok(mut cache) = CACHE.lock() {
            cache.push((key, s.clone()));
        }
        Ok(s)
    }
}
