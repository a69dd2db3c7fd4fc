//! Finding the articles to check and reading them safely.

use crate::error::Error;
use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Article extensions checked when walking a directory.
pub const DEFAULT_GLOBS: &[&str] = &["*.txt", "*.md", "*.markdown"];

/// One thing to check: a file path, or standard input (`-`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name shown in reports: the path as given or found, `<stdin>`.
    pub fn display(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.to_string_lossy().replace('\\', "/"),
        }
    }
}

/// Expands `paths` into sources: files as given, directories walked
/// recursively (honouring .gitignore), `-` for stdin. Errors for paths that
/// cannot be walked are returned beside the sources found.
pub fn collect(paths: &[String], extra_globs: &[String]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Err(e) => errors.push(Error::Io {
                path: path.to_path_buf(),
                source: e,
            }),
            Ok(m) if m.is_dir() => match walk(path, extra_globs) {
                Ok(found) if found.is_empty() => errors.push(Error::NoArticles {
                    path: path.to_path_buf(),
                }),
                Ok(found) => sources.extend(found.into_iter().map(Source::File)),
                Err(e) => errors.push(e),
            },
            Ok(_) => sources.push(Source::File(path.to_path_buf())),
        }
    }
    // The order of `Source`'s own `Ord` (stdin first, then paths compared
    // component by component), from keys built once: comparing `Path`s
    // re-parses their components at every comparison, which made sorting
    // a folder of thousands of articles a visible sequential step.
    sources.sort_by_cached_key(order_key);
    sources.dedup();
    (sources, errors)
}

/// A byte string that sorts as `Source` does. `Path` compares component
/// by component, kinds first (root before `.` before `..` before names),
/// so each component is its kind's tag and its bytes, and components are
/// joined by NUL, which no component holds and which sorts first, so that
/// a path sorts before its own extensions ("a" < "a/b" < "a-b").
fn order_key(s: &Source) -> Option<Vec<u8>> {
    use std::path::Component;
    match s {
        Source::Stdin => None,
        Source::File(p) => {
            let mut key = Vec::with_capacity(p.as_os_str().len() + 8);
            for (i, c) in p.components().enumerate() {
                if i > 0 {
                    key.push(0);
                }
                let tag = match c {
                    Component::Prefix(_) => 1,
                    Component::RootDir => 2,
                    Component::CurDir => 3,
                    Component::ParentDir => 4,
                    Component::Normal(_) => 5,
                };
                key.push(tag);
                key.extend_from_slice(c.as_os_str().as_encoded_bytes());
            }
            Some(key)
        }
    }
}

fn walk(root: &Path, extra_globs: &[String]) -> Result<Vec<PathBuf>, Error> {
    let mut ob = OverrideBuilder::new(root);
    for g in DEFAULT_GLOBS
        .iter()
        .copied()
        .chain(extra_globs.iter().map(String::as_str))
    {
        ob.add(g)
            .map_err(|e| Error::Usage(format!("bad --glob `{g}`: {e}")))?;
    }
    let overrides = ob.build().map_err(|e| Error::Usage(e.to_string()))?;
    let mut out = Vec::new();
    // A checkout's .gitignore applies even outside a git repository.
    let walker = WalkBuilder::new(root)
        .overrides(overrides)
        .require_git(false)
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| Error::Usage(format!("{}: {e}", root.display())))?;
        if entry.file_type().is_some_and(|t| t.is_file()) {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

/// Reads an article: UTF-8 text, no NUL bytes, under 4 GiB.
pub fn read(source: &Source) -> Result<String, Error> {
    let (bytes, path) = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::Io {
                    path: "<stdin>".into(),
                    source: e,
                })?;
            (buf, PathBuf::from("<stdin>"))
        }
        Source::File(p) => (
            read_file(p).map_err(|e| Error::Io {
                path: p.clone(),
                source: e,
            })?,
            p.clone(),
        ),
    };
    decode(bytes, path)
}

/// From this size up, a file is read in two halves at once.
const PARALLEL_READ_BYTES: u64 = 1 << 23;

/// `std::fs::read`, but a file of tens of megabytes is read in two halves
/// on two threads: the copy out of the page cache and the faults on the
/// fresh buffer are most of the time, and nothing else can start before
/// the text is in.
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?;
    let len = file.metadata()?.len();
    #[cfg(unix)]
    if (PARALLEL_READ_BYTES..=u32::MAX as u64).contains(&len) {
        return read_halves(path, file, len);
    }
    let mut buf = Vec::with_capacity(len.min(u32::MAX as u64) as usize);
    // Through `Take`: `File::read_to_end` asks the size and the position
    // again (two more system calls an article) to size a buffer that is
    // sized already.
    (&mut file).take(u64::MAX).read_to_end(&mut buf)?;
    Ok(buf)
}

#[cfg(unix)]
fn read_halves(path: &Path, mut file: std::fs::File, len: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Seek, SeekFrom};
    use std::os::unix::fs::FileExt;
    let mut buf = vec![0u8; len as usize];
    let half = buf.len() / 2;
    let (a, b) = buf.split_at_mut(half);
    let (ra, rb) = rayon::join(
        || file.read_exact_at(a, 0),
        || file.read_exact_at(b, half as u64),
    );
    match ra.and(rb) {
        Ok(()) => {
            // A file that grew meanwhile is read to its new end.
            file.seek(SeekFrom::Start(len))?;
            file.read_to_end(&mut buf)?;
            Ok(buf)
        }
        // It shrank meanwhile: read it again, as it is now.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => std::fs::read(path),
        Err(e) => Err(e),
    }
}

pub fn decode(bytes: Vec<u8>, path: PathBuf) -> Result<String, Error> {
    if bytes.len() as u64 > u32::MAX as u64 {
        return Err(Error::TooLarge {
            path,
            size: bytes.len() as u64,
        });
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err(Error::Binary { path });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path,
        offset: e.utf8_error().valid_up_to(),
    })?;
    // A byte-order mark is not text; blank it rather than shift every offset.
    if text.starts_with('\u{feff}') {
        text.replace_range(..3, "   ");
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_order_sources_as_their_own_ord_does() {
        let paths = [
            "a", "a/b", "a-b", "a/b/c", "a.b", "ab", "a/b-c", "a/b/", "./a", "/x/y", "/x", "b/a",
            "a//b", "A", "é/a", "a b", "-", "../a", "..", ".", "/", "./a/./b",
        ];
        let mut by_ord: Vec<Source> = paths
            .iter()
            .map(|p| Source::File(PathBuf::from(p)))
            .chain([Source::Stdin])
            .collect();
        let mut by_key = by_ord.clone();
        by_ord.sort();
        by_key.sort_by_cached_key(order_key);
        assert_eq!(by_key, by_ord);
    }

    #[test]
    fn a_large_file_read_in_halves_is_read_whole() {
        let path = std::env::temp_dir().join(format!("ascribe-read-{}.txt", std::process::id()));
        let len = PARALLEL_READ_BYTES as usize + 12_345;
        let bytes: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let got = read_file(&path);
        std::fs::remove_file(&path).unwrap();
        assert!(got.unwrap() == bytes, "bytes differ");
    }

    #[test]
    fn bad_bytes_are_named() {
        let e = decode(b"ok \xff".to_vec(), "a.txt".into()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt: not valid UTF-8 (first bad byte at offset 3)"
        );
        let e = decode(b"a\0b".to_vec(), "b.txt".into()).unwrap_err();
        assert!(matches!(e, Error::Binary { .. }));
    }

    #[test]
    fn bom_keeps_offsets() {
        let t = decode("\u{feff}Hi".as_bytes().to_vec(), "c.txt".into()).unwrap();
        assert_eq!(t.len(), 5);
        assert!(t.ends_with("Hi"));
    }
}
