//! Start-up cost: loading every shipped rule (languages, attribution and
//! claim word lists, names starter list, consistency pairs, shipped packs)
//! and a newsroom names list of 5,000 entries. Shipped data is built once
//! per process, so the first checker pays for it and later ones share it.
//!
//! `cargo bench --bench load` prints the median of 15 runs of each; the
//! issue's target is under 20 ms for both together. A plain timing
//! harness: no bench framework is needed for two numbers.

use ascribe::{CheckOptions, Checker};
use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// A names list in the shape `ascribe names learn` writes, with
/// `n` made-up surnames.
fn names_yaml(n: usize) -> String {
    let mut y = String::from("names:\n");
    for i in 0..n {
        // Distinct, name-shaped words: consonant-vowel syllables from i.
        let mut w = String::new();
        let mut k = i + 7;
        for _ in 0..4 {
            w.push(b"bdfgklmnprstvz"[k % 14] as char);
            w.push(b"aeiou"[(k / 14) % 5] as char);
            k /= 5;
        }
        let mut c = w.chars();
        let first = c.next().unwrap().to_ascii_uppercase();
        y.push_str(&format!(
            "- canonical: {first}{}{i}\n  frequency: {}\n",
            c.as_str(),
            n - i
        ));
    }
    y
}

fn main() {
    let dir = std::env::temp_dir().join(format!("ascribe-load-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let names = dir.join("names.yaml");
    std::fs::write(&names, names_yaml(5000)).expect("write names list");

    // The first run also pays for the process's lazily built statics
    // (shipped lists are parsed once per process); both are shown.
    let mut first = None;
    let mut shipped = Vec::new();
    for _ in 0..15 {
        let t = Instant::now();
        let c = Checker::new(&CheckOptions::default()).expect("shipped rules load");
        let d = t.elapsed();
        std::hint::black_box(&c);
        first.get_or_insert(d);
        shipped.push(d);
    }
    // Shipped pack rules are all preview: a checker compiles them only when
    // one is enabled, so their one-off cost is timed on its own.
    let t = Instant::now();
    std::hint::black_box(ascribe::packs::builtin());
    let packs = t.elapsed();
    let mut with_names = Vec::new();
    for _ in 0..15 {
        let opts = CheckOptions {
            names: vec![names.clone()],
            ..CheckOptions::default()
        };
        let t = Instant::now();
        let c = Checker::new(&opts).expect("names list loads");
        with_names.push(t.elapsed());
        std::hint::black_box(&c);
    }
    std::fs::remove_dir_all(&dir).ok();
    println!(
        "load shipped rules: first {:.1} ms, median {:.1} ms",
        first.unwrap().as_secs_f64() * 1e3,
        median(shipped).as_secs_f64() * 1e3
    );
    println!(
        "compile the shipped packs (once, when one of their rules is enabled): {:.1} ms",
        packs.as_secs_f64() * 1e3
    );
    println!(
        "load shipped rules + 5,000-entry names list: median {:.1} ms",
        median(with_names).as_secs_f64() * 1e3
    );
}
