//! German attribution on the German Wikinews quotations: the dev figures of
//! `gerquote_score.py` must stay at or above a little under those reached
//! (direct recall 91.2, speaker accuracy 78.2, all-type recall 58.0,
//! precision 81.3 on branch german-speakers2). Targets (issue 23): direct recall and
//! speaker accuracy ≥ 90, all-type recall ≥ 60 at precision ≥ 85.

use std::path::Path;
use std::process::Command;

use crate::support::{BIN, ROOT};

const MIN_DIRECT_RECALL: f64 = 90.5;
const MIN_SPEAKER: f64 = 77.5;
const MIN_RECALL: f64 = 57.5;
const MIN_PRECISION: f64 = 80.5;

/// The numbers of the script's `figure:` line, in order.
fn figures(out: &str) -> Vec<f64> {
    let line = out
        .lines()
        .find(|l| l.starts_with("figure:"))
        .unwrap_or_else(|| panic!("no figure line in:\n{out}"));
    line.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|w| w.trim_matches('.').parse().ok())
        .collect()
}

pub fn gerquote_dev_score() {
    let script = Path::new(ROOT).join("../shared/eval/gerquote_score.py");
    let run = Command::new("python3")
        .arg(&script)
        .args(["--bin", BIN])
        .current_dir(ROOT)
        .output()
        .expect("run python3");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let f = figures(&out);
    assert_eq!(f.len(), 4, "{out}");
    let (direct, speaker, recall, precision) = (f[0], f[1], f[2], f[3]);
    assert!(direct >= MIN_DIRECT_RECALL, "{out}");
    assert!(speaker >= MIN_SPEAKER, "{out}");
    assert!(recall >= MIN_RECALL, "{out}");
    assert!(precision >= MIN_PRECISION, "{out}");
}
