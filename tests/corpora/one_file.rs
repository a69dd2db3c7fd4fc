//! PolNeAR train as one file, the way an archive export or the bench's
//! `--one-file` layout hands it over: structures that one article never
//! holds (a transcript's turns, then a passive cue, in one document; the
//! windows a large file is checked in) must still check, with no file
//! left unchecked by an internal error.

use std::path::Path;
use std::process::Command;

use crate::support::{sorted_paths, TempDir, BIN, ROOT};

pub fn polnear_train_as_one_file_is_checked() {
    let src = Path::new(ROOT).join("../shared/corpus/polnear/train/text");
    let names = sorted_paths(&src);
    let articles: Vec<String> = names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("article"))
        .collect();
    let dir = TempDir::new("one-file");
    let path = dir.0.join("all.txt");
    std::fs::write(&path, articles.join("\n\n")).expect("write");
    let out = Command::new(BIN)
        .args(["check", "--no-config", "--format", "json"])
        .arg(&path)
        .output()
        .expect("run ascribe");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // 1: findings and no file in error (2 would say the file failed).
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let files = report["files"].as_array().expect("files");
    assert_eq!(files.len(), 1, "{report}");
    // Every article of train has quotations or names to report on; a
    // file this size with few findings would mean most of it was skipped.
    let findings = files[0]["findings"].as_array().expect("findings").len();
    assert!(findings > articles.len(), "{findings} findings");
}
