//! Hostile inputs at 1, 4 and 16 MB: does any of them make `ascribe check`
//! slower than linear?
//!
//! `cargo bench --bench adversarial` writes each input to a temporary
//! folder, runs the release binary on it (`check --format json` with the
//! default rules; `--all` turns on every preview rule and shipped pack
//! rule too) and prints the
//! best of three wall-clock times at each size, the 16 MB / 1 MB ratio,
//! and a verdict against the robustness targets: time grows no faster
//! than size (16 MB within 20 times the 1 MB time) and every 16 MB input
//! is checked in under a second. It exits 1 when a target is missed.
//!
//! `cargo bench --bench adversarial -- NAME…` runs only the inputs named;
//! `--sizes 1,2` picks other sizes (in MB); `ASCRIBE_BIN=path` times
//! another build of the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

/// One hostile input: a name, the file extension, and how to make `n`
/// bytes of it (at least `n`; a little more is fine).
struct Input {
    name: &'static str,
    ext: &'static str,
    /// `--lang`: the German grammar reads sentences its own way.
    lang: &'static str,
    make: fn(usize) -> String,
}

/// `unit` repeated to at least `n` bytes, after a headline.
fn repeat(unit: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + unit.len() + 8);
    s.push_str("Head\n\n");
    while s.len() < n {
        s.push_str(unit);
    }
    s
}

const INPUTS: &[Input] = &[
    Input {
        name: "straight-double",
        ext: "txt",
        lang: "en",
        make: |n| repeat("\"", n),
    },
    Input {
        name: "curly-open",
        ext: "txt",
        lang: "en",
        make: |n| repeat("\u{201c}", n),
    },
    Input {
        name: "curly-close",
        ext: "txt",
        lang: "en",
        make: |n| repeat("\u{201d}", n),
    },
    Input {
        // Paragraphs full to the model's cap of marks: settling one
        // mark's role once read every mark before and after it.
        name: "curly-close-full-paragraphs",
        ext: "txt",
        lang: "en",
        make: |n| repeat(&format!("{}\n\n", "\u{201d}".repeat(256)), n),
    },
    Input {
        name: "parentheses",
        ext: "txt",
        lang: "en",
        make: |n| repeat("(", n),
    },
    Input {
        name: "crossed-brackets",
        ext: "txt",
        lang: "en",
        make: |n| {
            let mut s = repeat("[", n / 2);
            s.push_str(&")".repeat(n / 2));
            s
        },
    },
    Input {
        name: "straight-single",
        ext: "txt",
        lang: "en",
        make: |n| repeat("'", n),
    },
    Input {
        name: "mixed-marks",
        ext: "txt",
        lang: "en",
        make: |n| repeat("\u{201c}A \u{2018}b \u{201c}c \"d' \u{ab}e ", n),
    },
    Input {
        name: "quoted-words",
        ext: "txt",
        lang: "en",
        make: |n| repeat("\u{201c}We will win,\u{201d} she said \"and\" ", n),
    },
    Input {
        name: "one-line",
        ext: "txt",
        lang: "en",
        make: |n| {
            repeat(
                "The mayor said \"we will win\" and (he) left, according to police. ",
                n,
            )
        },
    },
    Input {
        name: "one-paragraph",
        ext: "txt",
        lang: "en",
        make: |n| {
            repeat(
                "Ruiz said \u{201c}we will win\u{201d} and left.\nPolice made 3,000 arrests, officials said.\n",
                n,
            )
        },
    },
    Input {
        name: "short-paragraphs",
        ext: "txt",
        lang: "en",
        make: |n| repeat("A \u{201c}short\u{201d} one.\n\n", n),
    },
    Input {
        name: "one-word",
        ext: "txt",
        lang: "en",
        make: |n| repeat("a", n),
    },
    Input {
        name: "capitalised-names",
        ext: "txt",
        lang: "en",
        make: |n| {
            let mut s = String::from("Head\n\n");
            let mut i = 0u64;
            while s.len() < n {
                // Many distinct name-shaped words, near-neighbours included.
                let k = i.wrapping_mul(2654435761) % 50_000;
                s.push_str(&format!("Ush{k}akov Uhs{k}akov said. "));
                i += 1;
            }
            s
        },
    },
    Input {
        name: "markdown-blockquotes",
        ext: "md",
        lang: "en",
        make: |n| {
            let mut s = repeat(">", n / 2);
            s.push_str(" text \u{201c}open\n");
            s
        },
    },
    Input {
        name: "markdown-lists",
        ext: "md",
        lang: "en",
        make: |n| {
            let mut s = String::from("Head\n\n");
            let mut depth = 0;
            while s.len() < n {
                s.push_str(&"  ".repeat(depth % 400));
                s.push_str("- item \u{201c}x\n");
                depth += 1;
            }
            s
        },
    },
    Input {
        name: "markdown-markers-one-line",
        ext: "md",
        lang: "en",
        make: |n| {
            let mut s = repeat("- 1. * ", n);
            s.push_str("item \u{201c}x\n");
            s
        },
    },
    Input {
        // Each cue once read its source up to the sentence's end.
        name: "according-chain",
        ext: "txt",
        lang: "en",
        make: |n| repeat("according to ", n),
    },
    Input {
        // One paragraph of sentences closed by a source: each claim once
        // walked the whole paragraph for the nearest and the other source.
        name: "closing-sources-one-paragraph",
        ext: "txt",
        lang: "en",
        make: |n| repeat("The mayor spoke, according to officials. ", n),
    },
    Input {
        // A run with no sentence end: the German grammar read the whole
        // run once per cue and per pronoun in it.
        name: "german-no-full-stop",
        ext: "txt",
        lang: "de",
        make: |n| {
            repeat(
                "Er sagte, dass die Zuschauer am Rand standen und forderten, ",
                n,
            )
        },
    },
    Input {
        name: "german-guillemets",
        ext: "txt",
        lang: "de",
        make: |n| repeat("\u{ab}\u{bb}\u{bb}", n),
    },
    Input {
        name: "comments",
        ext: "txt",
        lang: "en",
        make: |n| {
            repeat(
                "<!-- ascribe-disable quotes.unclosed -->\n\u{201c}x\n\n<!--->\n",
                n,
            )
        },
    },
];

/// The binary under test: this build's, or `ASCRIBE_BIN` (to compare
/// two builds in one run).
fn binary() -> PathBuf {
    std::env::var_os("ASCRIBE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ascribe")))
}

/// Every preview rule and shipped pack rule, so that nothing is skipped.
fn enable_all() -> Vec<String> {
    let out = Command::new(binary())
        .args(["rules"])
        .output()
        .expect("run `ascribe rules`");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|id| id.contains('.'))
        .flat_map(|id| ["--enable".to_string(), id.to_string()])
        .collect()
}

/// A run longer than this is stopped: the input is off target anyway.
const GIVE_UP: Duration = Duration::from_secs(30);

/// The wall-clock time of one check of `path`, and whether it ended
/// with a result (exit 0 or 1) in time.
fn time_once(path: &Path, lang: &str, enable: &[String]) -> (Duration, bool) {
    let t = Instant::now();
    let mut child = Command::new(binary())
        .args(["check", "--quiet", "--format", "json", "--lang", lang])
        .args(enable)
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run ascribe");
    loop {
        if let Some(status) = child.try_wait().expect("wait for ascribe") {
            // 0 and 1 are results; 2 would be an error, anything else a crash.
            return (t.elapsed(), matches!(status.code(), Some(0 | 1)));
        }
        if t.elapsed() > GIVE_UP {
            child.kill().ok();
            child.wait().ok();
            return (t.elapsed(), false);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn main() {
    let mut names: Vec<String> = Vec::new();
    let mut sizes = vec![1usize, 4, 16];
    let mut all = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--bench" => {}
            "--all" => all = true,
            "--sizes" => {
                let v = args.next().expect("--sizes needs a list");
                sizes = v.split(',').map(|s| s.parse().expect("a size")).collect();
            }
            _ => names.push(a),
        }
    }
    let dir = std::env::temp_dir().join(format!("ascribe-adversarial-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let enable = if all { enable_all() } else { Vec::new() };
    let mut failed = Vec::new();
    let head: Vec<String> = sizes.iter().map(|s| format!("{s:>3} MB")).collect();
    println!("{:<22} {}  ratio  verdict", "input", head.join("    "));
    for input in INPUTS {
        if !names.is_empty() && !names.iter().any(|n| n == input.name) {
            continue;
        }
        let mut times = Vec::new();
        let mut ok = true;
        for &s in &sizes {
            let path = dir.join(format!("{}-{s}.{}", input.name, input.ext));
            std::fs::write(&path, (input.make)(s * MB)).expect("write input");
            // Best of three, or of one when a run takes seconds.
            let mut best = Duration::MAX;
            for _ in 0..3 {
                let (d, good) = time_once(&path, input.lang, &enable);
                ok &= good;
                best = best.min(d);
                if !good || d > Duration::from_secs(2) {
                    break;
                }
            }
            std::fs::remove_file(&path).ok();
            times.push(best);
        }
        let first = times[0].as_secs_f64();
        let last = times[times.len() - 1].as_secs_f64();
        let ratio = last / first.max(1e-3);
        let grow = sizes[sizes.len() - 1] as f64 / sizes[0] as f64;
        let linear = ratio <= grow * 1.25;
        let fast = last < 1.0;
        let verdict = match (ok, linear, fast) {
            (false, ..) => "CRASH OR TIMEOUT",
            (true, true, true) => "ok",
            (true, false, _) => "SUPERLINEAR",
            (true, true, false) => "SLOW",
        };
        if verdict != "ok" {
            failed.push(input.name);
        }
        let cols: Vec<String> = times
            .iter()
            .map(|t| format!("{:>6.3}s", t.as_secs_f64()))
            .collect();
        println!(
            "{:<22} {}  {:>5.1}  {verdict}",
            input.name,
            cols.join(" "),
            ratio
        );
    }
    std::fs::remove_dir_all(&dir).ok();
    if failed.is_empty() {
        println!("figure: every input linear and under 1 s at the largest size");
    } else {
        println!(
            "figure: {} input(s) off target: {}",
            failed.len(),
            failed.join(", ")
        );
        std::process::exit(1);
    }
}
