//! Attributions on real articles: the seed article's map, and the PolNeAR
//! dev score, which must stay at or above the figures reached.

use std::path::Path;
use std::process::Command;

use crate::support::BIN;
use crate::support::ROOT;

pub fn seed_article_attributions() {
    let seed = Path::new(ROOT).join("../shared/corpus/seed/putin-xi-summit.txt");
    let out = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(&seed)
        .output()
        .expect("run ascribe");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let atts = v["files"][0]["attributions"]
        .as_array()
        .expect("attributions");
    let find = |line: u64, cue: &str| {
        atts.iter()
            .filter(|a| a["line"] == line && a["cue"]["text"] == cue)
            .collect::<Vec<_>>()
    };
    // Headline and body vague sources.
    assert_eq!(find(3, "Say")[0]["class"], "vague");
    assert_eq!(find(16, "said")[0]["class"], "vague");
    // The appositive source, its surname and "the analyst".
    let thomas: Vec<_> = atts
        .iter()
        .filter(|a| a["speaker"] == "Neil Thomas")
        .collect();
    assert_eq!(thomas.len(), 3, "{atts:?}");
    assert!(find(18, "said")
        .iter()
        .all(|a| a["speaker"] == "Neil Thomas"));
    // Media and the other named sources.
    assert_eq!(find(14, "reported")[0]["source"]["text"], "Yahoo Finance");
    assert_eq!(find(20, "reported")[0]["source"]["text"], "CNBC");
    assert_eq!(
        find(28, "reported")[0]["source"]["text"],
        "the South China Morning Post"
    );
    assert_eq!(find(26, "added")[0]["speaker"], "Yury Uhsakov");
    assert_eq!(find(28, "said")[0]["speaker"], "Xi");
    assert_eq!(find(10, "proposed")[0]["speaker"], "Xi");

    let out = Command::new(BIN)
        .args([
            "check",
            "--format",
            "json",
            "--quiet",
            "--enable",
            "quotes.no-speaker",
        ])
        .arg(&seed)
        .output()
        .expect("run ascribe");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let no_speaker: Vec<u64> = v["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "quotes.no-speaker")
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(no_speaker, [24]);
}

/// The figures `attribution_score.py --split dev` must reach: a little
/// under those reached last (speech F1 90.6, direct recall 91.4, direct
/// source accuracy 94.3, precision 93.4). Targets: speech F1 ≥ 80, direct
/// recall ≥ 90 with source accuracy ≥ 90, precision ≥ 90. Listing the
/// quotations no construction attributes (with an inferred speaker) traded
/// some source accuracy and precision for direct recall.
const MIN_SPEECH_F1: f64 = 90.2;
const MIN_DIRECT_SOURCE: f64 = 93.8;
const MIN_PRECISION: f64 = 92.9;
const MIN_DIRECT_RECALL: f64 = 90.9;

pub fn polnear_dev_score() {
    let script = Path::new(ROOT).join("../shared/eval/attribution_score.py");
    let json = std::env::temp_dir().join(format!("ascribe-dev-score-{}.json", std::process::id()));
    let run = Command::new("python3")
        .arg(&script)
        .args(["--split", "dev", "--bin", BIN, "--json"])
        .arg(&json)
        .current_dir(ROOT)
        .output()
        .expect("run python3");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("score JSON")).expect("JSON");
    let _ = std::fs::remove_file(&json);
    let f = |k: &[&str]| {
        let mut x = &v;
        for p in k {
            x = &x[*p];
        }
        x.as_f64().unwrap_or(0.0)
    };
    let table = String::from_utf8_lossy(&run.stdout);
    assert!(f(&["precision"]) >= MIN_PRECISION, "{table}");
    assert!(f(&["subsets", "speech", "f1"]) >= MIN_SPEECH_F1, "{table}");
    assert!(
        f(&["subsets", "direct", "recall"]) >= MIN_DIRECT_RECALL,
        "{table}"
    );
    assert!(
        f(&["subsets", "direct", "source_accuracy"]) >= MIN_DIRECT_SOURCE,
        "{table}"
    );
}
