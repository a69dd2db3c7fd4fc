//! Golden files: every article under `golden/articles/` is checked by the
//! built binary and its report compared with `golden/expected/<article>.txt`
//! (`--format text --no-snippets`) and `golden/expected/<article>.yaml`
//! (`--format yaml`). A mismatch prints a unified diff; the test fails after
//! listing every mismatching file.
//!
//! `UPDATE_GOLDEN=1 cargo test --test integration golden` rewrites the
//! expected files instead. Read every rewritten file before committing it.
//!
//! An article whose name begins with a language code and a dash (`de-`,
//! `de-CH-`, `en-GB-`, `fr-`, `ja-`) is checked with that `--lang`.

use crate::support::{ascribe, TempDir, ROOT};
use std::path::{Path, PathBuf};
use std::process::Output;

/// The expected files kept for each article: extension and arguments.
const FORMATS: &[(&str, &[&str])] = &[
    ("txt", &["--format", "text", "--no-snippets", "--quiet"]),
    ("yaml", &["--format", "yaml", "--quiet"]),
];

fn articles_dir() -> PathBuf {
    Path::new(ROOT).join("golden").join("articles")
}

fn expected_dir() -> PathBuf {
    Path::new(ROOT).join("golden").join("expected")
}

/// Article file names, sorted.
fn articles() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(articles_dir())
        .expect("golden/articles exists")
        .map(|e| e.expect("readable entry").file_name())
        .map(|n| n.into_string().expect("UTF-8 file name"))
        .filter(|n| n.ends_with(".txt") || n.ends_with(".md") || n.ends_with(".markdown"))
        .collect();
    names.sort();
    names
}

/// `--lang` arguments for an article, from its name.
fn lang_args(name: &str) -> Vec<&'static str> {
    crate::support::lang_of_name(name).map_or_else(Vec::new, |l| vec!["--lang", l])
}

/// Articles named `preview-…` are checked with every preview rule on,
/// so that rules off by default have golden coverage too.
fn preview_args(name: &str) -> Vec<String> {
    if !name.starts_with("preview-") {
        return Vec::new();
    }
    stdout(&ascribe(&["rules"]))
        .lines()
        .filter(|l| l.contains("(preview"))
        .filter_map(|l| l.split_whitespace().next())
        .flat_map(|id| ["--enable".to_string(), id.to_string()])
        .collect()
}

/// Articles with a folder of their own invented transcripts under
/// `golden/transcripts/` are checked against it (`--sources`).
fn sources_args(name: &str) -> Vec<String> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let dir = Path::new("golden").join("transcripts").join(stem);
    if Path::new(ROOT).join(&dir).is_dir() {
        vec!["--sources".into(), dir.to_string_lossy().into_owned()]
    } else {
        Vec::new()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// The report on one article in one format, and the exit code.
fn report(name: &str, format_args: &[&str]) -> (String, i32) {
    let path = format!("golden/articles/{name}");
    let mut args = vec!["check"];
    args.extend_from_slice(format_args);
    args.extend(lang_args(name));
    let preview = preview_args(name);
    args.extend(preview.iter().map(String::as_str));
    let sources = sources_args(name);
    args.extend(sources.iter().map(String::as_str));
    args.push(&path);
    let out = ascribe(&args);
    let code = out.status.code().expect("exited normally");
    (stdout(&out), code)
}

#[test]
fn golden_reports_match_expected_files() {
    let names = articles();
    assert!(
        names.len() >= 15,
        "golden/articles holds {} articles",
        names.len()
    );
    let update = super::support::updating();
    let mut mismatches = Vec::new();
    let mut wanted = Vec::new();
    for name in &names {
        let mut text_report_empty = None;
        for (ext, args) in FORMATS {
            let (actual, code) = report(name, args);
            let expected_name = format!("{name}.{ext}");
            wanted.push(expected_name.clone());
            let shown = format!("golden/expected/{expected_name}");

            // The exit code must agree with the report: 1 with findings at
            // or above the default fail level (warning), 0 otherwise, never
            // an error.
            if *ext == "txt" {
                text_report_empty = Some(
                    !actual
                        .lines()
                        .any(|l| l.contains(": warning ") || l.contains(": error ")),
                );
            }
            let want_code = if text_report_empty == Some(true) {
                0
            } else {
                1
            };
            if code != want_code {
                mismatches.push(format!("{shown}: exit code {code}, expected {want_code}"));
            }

            if let Err(d) = super::support::golden(&shown, &actual) {
                println!("{d}");
                mismatches.push(shown);
            }
        }
    }

    // An expected file whose article is gone is stale.
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(expected_dir()).expect("golden/expected exists") {
        let name = entry.expect("readable entry").file_name();
        let name = name.to_string_lossy().into_owned();
        if !name.starts_with('.') && !wanted.contains(&name) {
            stale.push(name);
        }
    }
    stale.sort();
    for name in stale {
        if update {
            let _ = std::fs::remove_file(expected_dir().join(&name));
            println!("removed golden/expected/{name}");
        } else {
            mismatches.push(format!("golden/expected/{name}: no article of that name"));
        }
    }

    assert!(
        mismatches.is_empty(),
        "{} golden file(s) differ (diffs above; UPDATE_GOLDEN=1 rewrites them):\n  {}",
        mismatches.len(),
        mismatches.join("\n  ")
    );
}

#[test]
fn golden_articles_cover_every_rule() {
    if crate::support::updating() {
        return; // the expected files are being rewritten
    }
    let mut seen = std::collections::BTreeSet::new();
    for name in articles() {
        let text =
            std::fs::read_to_string(expected_dir().join(format!("{name}.txt"))).unwrap_or_default();
        for line in text.lines() {
            // path:line:col: severity rule: message
            if let Some(rule) = line.split(": ").nth(1).and_then(|s| s.split(' ').nth(1)) {
                seen.insert(rule.to_string());
            }
        }
    }
    let listed = ascribe(&["rules"]);
    for line in stdout(&listed).lines() {
        let id = line.split_whitespace().next().expect("a rule id");
        assert!(seen.contains(id), "no golden article exercises {id}");
    }
}

#[test]
fn reports_are_byte_identical_across_runs_and_thread_counts() {
    for format in ["text", "json", "yaml", "sarif", "github"] {
        let base = ["check", "--quiet", "--format", format, "golden/articles"];
        let first = ascribe(&base);
        let second = ascribe(&base);
        let mut one = base.to_vec();
        one.extend(["--threads", "1"]);
        let single = ascribe(&one);
        assert_eq!(first.status.code(), Some(1), "{format}: findings exit 1");
        assert!(!first.stdout.is_empty(), "{format}: empty report");
        assert!(first.stdout == second.stdout, "{format}: two runs differ");
        assert!(
            first.stdout == single.stdout,
            "{format}: --threads 1 gives another report"
        );
    }
    // Snippets too, since their bytes end up in users' golden files.
    let args = ["check", "--quiet", "--snippets", "golden/articles"];
    assert!(ascribe(&args).stdout == ascribe(&args).stdout);
}

const SEED_LIKE: &str = "seed-like-caption-bracket-and-unclosed-quote.txt";

#[test]
fn golden_flag_exits_0_on_a_match() {
    if crate::support::updating() {
        return; // the expected files are being rewritten
    }
    let article = format!("golden/articles/{SEED_LIKE}");
    for (ext, args) in FORMATS {
        let expected = format!("golden/expected/{SEED_LIKE}.{ext}");
        let mut a = vec!["check", "--golden", &expected];
        a.extend_from_slice(args);
        a.push(&article);
        let out = ascribe(&a);
        // The article has findings, but they are the expected ones.
        assert_eq!(out.status.code(), Some(0), "{ext}: {}", stdout(&out));
        assert!(out.stdout.is_empty(), "{ext}: {}", stdout(&out));
    }
}

#[test]
fn golden_flag_prints_a_diff_and_exits_1_on_a_mismatch() {
    if crate::support::updating() {
        return; // the expected files are being rewritten
    }
    let tmp = TempDir::new("mismatch");
    let expected =
        std::fs::read_to_string(expected_dir().join(format!("{SEED_LIKE}.txt"))).unwrap();
    // Doctor the copy: a finding moved to another column, one removed.
    let mut lines: Vec<&str> = expected.lines().collect();
    assert!(
        lines.len() >= 3,
        "the seed-like article has several findings"
    );
    let moved = lines[0].replacen(":3:34:", ":3:35:", 1);
    assert_ne!(moved, lines[0], "first finding is at 3:34");
    lines[0] = &moved;
    let removed = lines.pop().unwrap().to_string();
    let doctored = tmp.0.join("doctored.txt");
    std::fs::write(&doctored, lines.join("\n") + "\n").unwrap();

    let article = format!("golden/articles/{SEED_LIKE}");
    let doctored_arg = doctored.to_string_lossy().into_owned();
    let out = ascribe(&[
        "check",
        "--no-snippets",
        "--quiet",
        "--golden",
        &doctored_arg,
        &article,
    ]);
    let diff = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{diff}");
    assert!(
        diff.contains("(expected)") && diff.contains("(actual)"),
        "{diff}"
    );
    assert!(diff.contains(&format!("\n-{moved}\n")), "{diff}");
    assert!(
        diff.contains(&format!("\n+{}\n", expected.lines().next().unwrap())),
        "{diff}"
    );
    assert!(diff.contains(&format!("\n+{removed}\n")), "{diff}");
    assert!(diff.contains("@@"), "{diff}");
}

#[test]
fn bless_writes_the_golden_file() {
    if crate::support::updating() {
        return; // the expected files are being rewritten
    }
    let tmp = TempDir::new("bless");
    let target = tmp.0.join("blessed.yaml");
    let target_arg = target.to_string_lossy().into_owned();
    let article = format!("golden/articles/{SEED_LIKE}");
    let out = ascribe(&[
        "check",
        "--format",
        "yaml",
        "--quiet",
        "--golden",
        &target_arg,
        "--bless",
        &article,
    ]);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    let written = std::fs::read_to_string(&target).expect("--bless wrote the file");
    let committed =
        std::fs::read_to_string(expected_dir().join(format!("{SEED_LIKE}.yaml"))).unwrap();
    assert_eq!(written, committed);

    // Blessed once, the same run now matches.
    let again = ascribe(&[
        "check",
        "--format",
        "yaml",
        "--quiet",
        "--golden",
        &target_arg,
        &article,
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    // No temporary file is left beside it.
    let left: Vec<_> = std::fs::read_dir(&tmp.0)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, [std::ffi::OsString::from("blessed.yaml")]);
}
