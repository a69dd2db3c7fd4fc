//! Quotations checked against sources: how the cost grows with the size
//! of the sources. Transcripts and articles are generated (invented words
//! of a skewed vocabulary, speaker-labelled turns), so the benchmark needs
//! nothing outside the repository.
//!
//! `cargo bench --bench sources` prints, for sources of 1 to 64 MB:
//! the time to read and index them, and the time to look up 10,000
//! quotations (half of them altered) in them; then, for 1,000 articles
//! against 1,000 transcripts, the time of `check` with and without the
//! sources. A look-up's cost should not grow with the sources: the index
//! is of word trigrams, and a trigram found in more than a few hundred
//! places is not used as a seed.

use ascribe::sources::Sources;
use ascribe::{CheckOptions, Checker, Format, Span};
use std::time::{Duration, Instant};

#[path = "support/lcg.rs"]
mod lcg;
use lcg::Lcg;

/// Invented words: consonant-vowel syllables.
fn vocabulary(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let mut w = String::new();
            let mut k = i + 11;
            for _ in 0..(2 + i % 3) {
                w.push(b"bdfgklmnprstvz"[k % 14] as char);
                w.push(b"aeiou"[(k / 14) % 5] as char);
                k /= 7;
            }
            w
        })
        .collect()
}

/// A word drawn with a skew towards the first of the vocabulary, as real
/// words are ("the", "to", "we" are most of a transcript).
fn word<'v>(rng: &mut Lcg, vocab: &'v [String]) -> &'v str {
    let u = rng.below(1 << 20) as f64 / f64::from(1 << 20);
    &vocab[((u * u * u) * vocab.len() as f64) as usize]
}

fn sentence(rng: &mut Lcg, vocab: &[String]) -> String {
    let n = 8 + rng.below(18);
    let words: Vec<&str> = (0..n).map(|_| word(rng, vocab)).collect();
    let mut s = words.join(" ");
    s[..1].make_ascii_uppercase();
    s.push('.');
    s
}

const SPEAKERS: &[&str] = &["MOSS", "HALE", "VOSS", "KERR", "MODERATOR"];

/// A transcript of about `bytes` bytes.
fn transcript(rng: &mut Lcg, vocab: &[String], bytes: usize) -> String {
    let mut t = String::new();
    while t.len() < bytes {
        t.push_str(SPEAKERS[rng.below(SPEAKERS.len())]);
        t.push(':');
        for _ in 0..1 + rng.below(5) {
            t.push(' ');
            t.push_str(&sentence(rng, vocab));
        }
        t.push('\n');
    }
    t
}

/// A sentence of one of `texts`, maybe with a word changed.
fn quotation(rng: &mut Lcg, texts: &[String], alter: bool) -> String {
    let t = &texts[rng.below(texts.len())];
    let at = rng.below(t.len().saturating_sub(400).max(1));
    let start = t[at..].find(". ").map_or(0, |i| at + i + 2);
    let end = t[start..].find('.').map_or(t.len(), |i| start + i);
    let mut q = t[start..end].to_string();
    if alter {
        if let Some(i) = q.find(' ') {
            q.insert_str(i, " zzyzx");
        }
    }
    q
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn main() {
    let vocab = vocabulary(20_000);
    println!("sources  files  index     look-ups (10,000)  per look-up");
    for mb in [1usize, 4, 16, 64] {
        let mut rng = Lcg(mb as u64);
        let files = (mb * 4).max(4);
        let texts: Vec<String> = (0..files)
            .map(|_| transcript(&mut rng, &vocab, mb * (1 << 20) / files))
            .collect();
        let named: Vec<(String, &str)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("t{i}.txt"), t.as_str()))
            .collect();
        let t = Instant::now();
        let sources = Sources::from_texts(
            named.iter().map(|(n, t)| (n.as_str(), *t)),
            &Default::default(),
        )
        .expect("generated sources index");
        let built = t.elapsed();
        let quotes: Vec<String> = (0..10_000)
            .map(|i| quotation(&mut rng, &texts, i % 2 == 1))
            .collect();
        let t = Instant::now();
        let mut found = 0;
        for q in &quotes {
            let c = sources.check(q, Span::new(0, q.len()), Some("Moss"));
            found += usize::from(c.passage.is_some());
        }
        let looked = t.elapsed();
        std::hint::black_box(found);
        println!(
            "{mb:>4} MB  {files:>5}  {:>6.2} s  {:>8.3} s          {:>6.1} µs",
            secs(built),
            secs(looked),
            secs(looked) * 1e6 / quotes.len() as f64
        );
    }

    // 1,000 articles of five quotations each against 1,000 transcripts.
    let mut rng = Lcg(7);
    let dir = std::env::temp_dir().join(format!("ascribe-sources-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let texts: Vec<String> = (0..1000)
        .map(|_| transcript(&mut rng, &vocab, 16 * 1024))
        .collect();
    let mut paths = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let p = dir.join(format!("t{i:04}.txt"));
        std::fs::write(&p, t).expect("write transcript");
        paths.push(p);
    }
    let articles: Vec<String> = (0..1000)
        .map(|i| {
            let mut a = String::from("Harbour talks\n\n");
            for k in 0..5 {
                let q = quotation(&mut rng, &texts, (i + k) % 3 == 0);
                a.push_str(&format!(
                    "“{q},” Ada Moss said. {}\n\n",
                    sentence(&mut rng, &vocab)
                ));
            }
            a
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let plain = Checker::new(&CheckOptions::default()).expect("checker");
    let t = Instant::now();
    let with = Checker::new(&CheckOptions {
        sources: paths,
        ..CheckOptions::default()
    })
    .expect("checker with sources");
    let load = t.elapsed();
    let run = |c: &Checker| {
        let t = Instant::now();
        let n: usize = articles
            .iter()
            .map(|a| c.check(a, Format::Plain).len())
            .sum();
        std::hint::black_box(n);
        t.elapsed()
    };
    let (without, against) = (run(&plain), run(&with));
    println!(
        "1,000 articles against 1,000 transcripts ({:.1} MB): sources read and indexed in {:.2} s; \
         check without sources {:.2} s, with {:.2} s",
        bytes as f64 / f64::from(1 << 20),
        secs(load),
        secs(without),
        secs(against)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
