//! The harness shared by the integration tests (and, by path, the corpora
//! tests): one way to run the binary, one golden compare-or-update, one
//! meaning of `UPDATE_GOLDEN`, temporary folders.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A folder under the system temp dir that is removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "ascribe-test-{tag}-{}-{nanos}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    /// Writes `bytes` to `rel` inside the folder, making parent folders.
    pub fn write(&self, rel: &str, bytes: &[u8]) {
        let path = self.0.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent folder");
        }
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The binary under test and the crate root.
/// Language prefixes of example article names (`de-…`, `en-GB-…`),
/// longest first: an article so named is checked with that `--lang`.
const LANG_PREFIXES: &[&str] = &["en-GB", "de-CH", "de", "fr", "ja"];

/// The language an example article's name says it is in, if any.
pub fn lang_of_name(name: &str) -> Option<&'static str> {
    LANG_PREFIXES
        .iter()
        .find(|l| name.starts_with(&format!("{l}-")))
        .copied()
}

pub const BIN: &str = env!("CARGO_BIN_EXE_ascribe");
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `UPDATE_GOLDEN=1`: golden files are rewritten, not compared. Any other
/// value, or none, compares.
pub fn updating() -> bool {
    std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1")
}

/// The binary, run from the crate root so that paths in reports stay
/// relative, with `UPDATE_GOLDEN` kept from it.
pub fn command() -> Command {
    let mut c = Command::new(BIN);
    c.current_dir(ROOT).env_remove("UPDATE_GOLDEN");
    c
}

/// Runs the binary with `args` (see [`command`]).
pub fn ascribe(args: &[&str]) -> Output {
    command()
        .args(args)
        .output()
        .expect("the ascribe binary runs")
}

/// `actual` against the golden file at `rel` (from the crate root): `Ok`
/// when they agree, or when `UPDATE_GOLDEN=1` rewrote the file (said on
/// standard output); else the diff, or why the file could not be read.
pub fn golden(rel: &str, actual: &str) -> Result<(), String> {
    let path = Path::new(ROOT).join(rel);
    if updating() {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(actual) {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("{rel}: {e}"))?;
            }
            ascribe::golden::write_atomic(&path, actual)
                .map_err(|e| format!("{rel}: cannot write: {e}"))?;
            println!("updated {rel}");
        }
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).map_err(|e| {
        format!("{rel}: cannot read ({e}); UPDATE_GOLDEN=1 cargo test --test integration writes it")
    })?;
    match ascribe::golden::diff(&expected, actual, rel) {
        None => Ok(()),
        Some(d) => Err(d),
    }
}

/// The paths in folder `dir`, sorted: the corpora tests read their
/// articles in one order on every machine.
pub fn sorted_paths(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
}
