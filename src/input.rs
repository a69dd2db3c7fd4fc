//! Finding the articles to check and reading them safely.

use crate::error::Error;
use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Article extensions checked when walking a directory.
pub const DEFAULT_GLOBS: &[&str] = &["*.txt", "*.md", "*.markdown", "*.html", "*.htm"];

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
                Ok((found, unread)) => {
                    if found.is_empty() && unread.is_empty() {
                        errors.push(Error::NoArticles {
                            path: path.to_path_buf(),
                        });
                    }
                    sources.extend(found.into_iter().map(Source::File));
                    errors.extend(unread);
                }
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

/// The articles under `root`, and an error for each entry that could not
/// be read (an unreadable folder, a path too long): those are left out,
/// the rest of the walk goes on.
fn walk(root: &Path, extra_globs: &[String]) -> Result<(Vec<PathBuf>, Vec<Error>), Error> {
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
    let mut unread = Vec::new();
    // A checkout's .gitignore applies even outside a git repository.
    let walker = WalkBuilder::new(root)
        .overrides(overrides)
        .require_git(false)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                out.push(entry.into_path());
            }
            Ok(_) => {}
            Err(e) => unread.push(walk_error(root, &e)),
        }
    }
    Ok((out, unread))
}

/// A walk error as an error about the entry it names (or the root).
fn walk_error(root: &Path, e: &ignore::Error) -> Error {
    fn path_of(e: &ignore::Error) -> Option<&Path> {
        match e {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::Loop { child, .. } => Some(child),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                path_of(err)
            }
            ignore::Error::Partial(errs) => errs.iter().find_map(path_of),
            _ => None,
        }
    }
    fn message(e: &ignore::Error) -> String {
        match e {
            ignore::Error::WithPath { err, .. }
            | ignore::Error::WithDepth { err, .. }
            | ignore::Error::WithLineNumber { err, .. } => message(err),
            other => other.to_string(),
        }
    }
    let path = path_of(e).unwrap_or(root).to_path_buf();
    // The walker's I/O errors repeat the path the report already leads
    // with ("IO error for operation on P: File name too long").
    let mut text = message(e);
    let prefix = format!("IO error for operation on {}: ", path.display());
    if let Some(rest) = text.strip_prefix(&prefix) {
        text = rest.to_string();
    }
    Error::Walk {
        path,
        message: format!("{text} (left out of the walk)"),
    }
}

/// Reads an article: UTF-8 text, no NUL bytes, under 4 GiB.
pub fn read(source: &Source) -> Result<String, Error> {
    let path = match source {
        Source::Stdin => PathBuf::from("<stdin>"),
        Source::File(p) => p.clone(),
    };
    decode(read_bytes(source)?, path)
}

/// The bytes of a file or of standard input, as they are (for `--fix`,
/// which edits them and must keep what decoding would change).
pub fn read_bytes(source: &Source) -> Result<Vec<u8>, Error> {
    match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::Io {
                    path: "<stdin>".into(),
                    source: e,
                })?;
            Ok(buf)
        }
        Source::File(p) => read_file(p).map_err(|e| Error::Io {
            path: p.clone(),
            source: e,
        }),
    }
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
        return Err(match utf16(&bytes) {
            Some(endian) => Error::Utf16 { path, endian },
            None => Error::Binary { path },
        });
    }
    // A byte-order mark stays: offsets are the file's. The model starts
    // after it (`crate::model::bom_len`) and columns do not count it.
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let (line, column) = line_and_column(bytes, offset);
        Error::InvalidUtf8 {
            path,
            offset,
            line,
            column,
            byte: bytes[offset],
        }
    })?;
    lone_returns_to_newlines(&mut text);
    Ok(text)
}

/// The 1-based line and column (in characters) of byte `offset`, all of
/// whose bytes before it are valid UTF-8.
fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let line = 1 + memchr::memchr_iter(b'\n', before).count();
    // Continuation bytes (0b10xx_xxxx) start no character.
    let chars = before[line_start..]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count();
    (line, chars + 1)
}

/// Old Mac files end their lines with a carriage return alone. Each such
/// `\r` becomes `\n`, one byte for one, so that lines and paragraphs are
/// found and every offset is still the file's; `\r\n` is left as it is.
fn lone_returns_to_newlines(text: &mut String) {
    let bytes = text.as_bytes();
    let lone: Vec<usize> = memchr::memchr_iter(b'\r', bytes)
        .filter(|&i| bytes.get(i + 1) != Some(&b'\n'))
        .collect();
    if lone.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for i in lone {
        bytes[i] = b'\n';
    }
    *text = String::from_utf8(bytes).expect("one ASCII byte for another");
}

/// Whether bytes holding NUL are UTF-16 text, and which byte order: a
/// byte-order mark says so, or NUL bytes standing in every other place
/// (ASCII text in UTF-16).
fn utf16(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("little-endian"),
        [0xFE, 0xFF, ..] => return Some("big-endian"),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let nul_at = |k: usize| head.chunks_exact(2).filter(|p| p[k] == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    // Mostly ASCII: one byte of each pair NUL, the other almost never.
    if odd * 10 >= pairs * 7 && even * 20 <= pairs {
        Some("little-endian")
    } else if even * 10 >= pairs * 7 && odd * 20 <= pairs {
        Some("big-endian")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_walk_error_names_its_path_once() {
        let e = ignore::Error::WithPath {
            path: "/a/b".into(),
            err: Box::new(ignore::Error::Io(std::io::Error::other(
                "IO error for operation on /a/b: File name too long",
            ))),
        };
        let got = super::walk_error(std::path::Path::new("/a"), &e).to_string();
        assert_eq!(got, "/a/b: File name too long (left out of the walk)");
    }

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
    fn a_path_too_long_is_reported_and_the_rest_walked() {
        let dir = std::env::temp_dir().join(format!("ascribe-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), "Head\n\nBody.\n").unwrap();
        // Folders nested past PATH_MAX, which no one system call can name:
        // GNU `mkdir -p` and `rm -rf` make and delete them a step at a time
        // (in the folder given, not the tests' working folder).
        let step = "d".repeat(250);
        let deep = format!("{step}/").repeat(20);
        let made = std::process::Command::new("mkdir")
            .args(["-p", &deep])
            .current_dir(&dir)
            .status()
            .unwrap();
        assert!(made.success());
        let (sources, errors) = collect(&[dir.display().to_string()], &[]);
        std::process::Command::new("rm")
            .args(["-rf", &step])
            .current_dir(&dir)
            .status()
            .unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(sources, [Source::File(dir.join("a.txt"))]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        let e = &errors[0];
        assert!(matches!(e, Error::Walk { .. }), "{e:?}");
        assert!(e.path().starts_with(&dir.display().to_string()) && e.path().len() > 4000);
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
            "a.txt:1:4: not valid UTF-8 (byte 0xFF at offset 3); if it is Windows-1252 text, \
             save it as UTF-8 (`iconv -f WINDOWS-1252 -t UTF-8`)"
        );
        // Line and column count lines and characters, not bytes: "é" is
        // two bytes, one column.
        let e = decode("a\nxé ".bytes().chain([0x93]).collect(), "b.txt".into()).unwrap_err();
        assert!(matches!(
            e,
            Error::InvalidUtf8 {
                offset: 6,
                line: 2,
                column: 4,
                byte: 0x93,
                ..
            }
        ));
        let e = decode(b"a\0b".to_vec(), "b.txt".into()).unwrap_err();
        assert!(matches!(e, Error::Binary { .. }));
    }

    #[test]
    fn utf16_is_named_not_called_binary() {
        let le: Vec<u8> = "Head\n\nBody.\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let be: Vec<u8> = "Head\n\nBody.\n"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let with_bom: Vec<u8> = [0xFF, 0xFE].iter().copied().chain(le.clone()).collect();
        for (bytes, endian) in [(le, "little"), (be, "big"), (with_bom, "little")] {
            let e = decode(bytes, "u.txt".into()).unwrap_err().to_string();
            assert!(e.contains("UTF-16") && e.contains(endian), "{e}");
        }
        let e = decode(b"\x00\x01\x02\x03binary".to_vec(), "b".into()).unwrap_err();
        assert!(matches!(e, Error::Binary { .. }));
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let t = decode(b"Head\r\rOne.\rTwo.\r\nThree.\r".to_vec(), "m.txt".into()).unwrap();
        assert_eq!(t, "Head\n\nOne.\nTwo.\r\nThree.\n");
    }

    #[test]
    fn bom_keeps_offsets() {
        let t = decode("\u{feff}Hi".as_bytes().to_vec(), "c.txt".into()).unwrap();
        assert_eq!(t.len(), 5);
        assert_eq!(crate::model::bom_len(&t), 3);
    }
}
