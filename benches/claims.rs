//! The cost of `claims.unattributed`: the default check of generated
//! news-like articles, with the rule on and off, and what the rule adds.
//!
//! `cargo bench --bench claims` prints the median of 9 runs of each over
//! 4 MB of articles of about 4 KB (the shape of the PolNeAR bench of
//! `../shared/eval/bench.py`, without needing it). The articles are made
//! of invented sentences that hold what the rule reads: figures, charges,
//! predictions, attributions closing a paragraph or inside a sentence,
//! quotations, and plain scene-setting.
//!
//! A plain timing harness, as the other benches: one thread, so that the
//! figure is the work itself and not the machine's other load.

use ascribe::{CheckOptions, Checker, Format};
use std::time::{Duration, Instant};

#[path = "support/lcg.rs"]
mod lcg;
use lcg::Lcg;

const NAMES: &[&str] = &["Dora Pelk", "Tomas Ardwin", "Mira Zell", "Ivo Brankel"];
const BODIES: &[&str] = &[
    "The council approved 214 new permits last spring",
    "Spending on the harbour rose by 12% in two years",
    "The mayor will most likely delay the vote again",
    "It was the largest turnout the district has seen",
    "Officials privately doubted the plan would pass",
    "The committee met on Tuesday in the old library",
    "Residents want the bridge rebuilt before winter",
    "The budget of $40 million was cut by a third",
    "Critics called the deal a reckless giveaway",
    "Three of the nine members voted against it",
];
const CLOSERS: &[&str] = &[
    ", {name} said.",
    ", according to {name}.",
    ".",
    ".",
    ", {name} told reporters.",
];

/// An article of about `bytes` bytes: a headline, then paragraphs of two
/// to four sentences, some closing with an attribution, some quoting.
fn article(rng: &mut Lcg, bytes: usize) -> String {
    let mut t = String::from("Harbour Plan Stalls Again\n\n");
    while t.len() < bytes {
        let n = 2 + rng.next() % 3;
        for k in 0..n {
            if k > 0 {
                t.push(' ');
            }
            t.push_str(rng.pick(BODIES));
            let closer = if k + 1 == n { rng.pick(CLOSERS) } else { "." };
            t.push_str(&closer.replace("{name}", rng.pick(NAMES)));
        }
        if rng.next().is_multiple_of(4) {
            t.push_str(" “We will not wait another year,” ");
            t.push_str(rng.pick(NAMES));
            t.push_str(" said.");
        }
        t.push_str("\n\n");
    }
    t
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// The median time to check every article with `checker`.
fn time(checker: &Checker, articles: &[String]) -> Duration {
    let runs = (0..9)
        .map(|_| {
            let t = Instant::now();
            for a in articles {
                std::hint::black_box(checker.check(a, Format::Plain));
            }
            t.elapsed()
        })
        .collect();
    median(runs)
}

fn main() {
    let mut rng = Lcg(18);
    let articles: Vec<String> = (0..1000).map(|_| article(&mut rng, 4000)).collect();
    let mb = articles.iter().map(String::len).sum::<usize>() as f64 / (1 << 20) as f64;
    let on = Checker::new(&CheckOptions::default()).expect("shipped rules load");
    let mut opts = CheckOptions::default();
    opts.severities.insert("claims.unattributed".into(), None);
    let off = Checker::new(&opts).expect("shipped rules load");
    let (t_on, t_off) = (time(&on, &articles), time(&off, &articles));
    let rate = |d: Duration| mb / d.as_secs_f64();
    println!("{mb:.1} MB of articles, one thread, median of 9 runs");
    println!(
        "default rules            {:8.1} ms  {:6.1} MB/s",
        t_on.as_secs_f64() * 1e3,
        rate(t_on)
    );
    println!(
        "without claims           {:8.1} ms  {:6.1} MB/s",
        t_off.as_secs_f64() * 1e3,
        rate(t_off)
    );
    println!(
        "claims.unattributed adds {:8.1} ms  ({:.0}% of the check)",
        (t_on.as_secs_f64() - t_off.as_secs_f64()) * 1e3,
        100.0 * (1.0 - t_off.as_secs_f64() / t_on.as_secs_f64())
    );
}
