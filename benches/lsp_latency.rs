//! Latency of `ascribe lsp`: from sending a `didChange` on a 5,000-word
//! article to receiving the diagnostics published for that version, with
//! every default rule on. The article is the golden articles, repeated.
//!
//! `cargo bench --bench lsp_latency` prints the median and the 99th
//! percentile of 200 edits (each one types a character into the middle
//! of the article, or deletes it). The target is a median of at
//! most 20 ms and a p99 of at most 50 ms; this prints, it does not judge,
//! as timings on a shared machine are no test.

#[allow(dead_code)]
#[path = "../tests/integration/lsp_client.rs"]
mod lsp_client;

use serde_json::json;
use std::time::{Duration, Instant};

const WORDS: usize = 5_000;
const EDITS: usize = 200;

/// The golden plain-text articles, repeated until `WORDS` words.
fn article() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/golden/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("golden/articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut text = String::from("Council Budget Vote\n\n");
    'fill: loop {
        for p in &paths {
            text.push_str(&std::fs::read_to_string(p).expect("an article"));
            text.push_str("\n\n");
            if text.split_whitespace().count() >= WORDS {
                break 'fill;
            }
        }
    }
    text
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let text = article();
    let dir = std::env::temp_dir();
    let mut c = lsp_client::Client::start(&dir);
    c.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    c.notify("initialized", json!({}));
    let uri = "untitled:latency.txt";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}),
    );
    c.diagnostics(uri, 1);
    // The middle line of the article, at its start.
    let line = text.lines().count() / 2;
    let at = json!({"line": line, "character": 0});
    let after = json!({"line": line, "character": 1});
    let mut times = Vec::with_capacity(EDITS);
    for i in 0..EDITS {
        let version = i as i64 + 2;
        let change = if i % 2 == 0 {
            json!({"range": {"start": at, "end": at}, "text": "x"})
        } else {
            json!({"range": {"start": at, "end": after}, "text": ""})
        };
        let started = Instant::now();
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
        );
        c.diagnostics(uri, version);
        times.push(started.elapsed());
    }
    c.request("shutdown", serde_json::Value::Null);
    c.notify("exit", serde_json::Value::Null);
    c.wait();
    times.sort();
    println!(
        "lsp didChange -> publishDiagnostics, {} words, {} bytes, {EDITS} edits: median {:.1} ms, p99 {:.1} ms",
        text.split_whitespace().count(),
        text.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
    );
}
