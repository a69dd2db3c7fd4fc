//! Attributions, end to end:
//! every `golden/extract/articles/*.txt` is run through `ascribe extract
//! --format json` (with `--lang de` for a name that begins `de-`, as for
//! the golden articles) and
//! compared with `golden/extract/expected/<article>.json`
//! (`UPDATE_GOLDEN=1` rewrites them; read every rewritten file before
//! committing it). The scores on real articles are in `tests/corpora`.

use crate::support::{ascribe, golden, ROOT};
use std::path::{Path, PathBuf};

fn articles() -> Vec<PathBuf> {
    let dir = Path::new(ROOT)
        .join("golden")
        .join("extract")
        .join("articles");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

#[test]
fn golden_extract_articles() {
    let mut bad = Vec::new();
    for path in articles() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let rel = format!("golden/extract/articles/{name}");
        // An article named `de-…` is German (`--lang de`).
        let lang = crate::support::lang_of_name(&name).map_or_else(Vec::new, |l| vec!["--lang", l]);
        let out = ascribe(&[&["extract", "--format", "json"], &lang[..], &[rel.as_str()]].concat());
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let actual = String::from_utf8(out.stdout).expect("UTF-8 output");
        if let Err(d) = golden(&format!("golden/extract/expected/{name}.json"), &actual) {
            eprintln!("{d}");
            bad.push(name);
        }
    }
    assert!(
        bad.is_empty(),
        "extract output differs for {bad:?} (UPDATE_GOLDEN=1 rewrites)"
    );
}
