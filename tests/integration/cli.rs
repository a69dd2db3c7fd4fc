//! CLI tests written as case files, in the manner of trycmd: each
//! `tests/cases/*.yaml` runs the built binary once in a fresh temporary
//! folder and states what it must print and how it must exit.
//!
//! ```yaml
//! about: what the case checks, in one line
//! args: [check, --no-snippets, a.txt]   # after the binary name
//! stdin: "text piped in"                  # optional; else stdin is empty
//! files:                                  # optional: created before the run
//!   a.txt: "Headline\n\nBody.\n"
//! raw_files:                              # optional: \xHH escapes become bytes
//!   bad.txt: 'ok \xff'
//! dirs: [empty]                           # optional: empty folders
//! status: 1                               # expected exit code
//! stdout: "..."                           # optional: exact
//! stdout_contains: ["..."]                # optional: each must appear
//! stderr: "..."                           # optional: exact
//! stderr_contains: ["..."]
//! files_after:                            # optional: contents after the run
//!   out.txt: "..."
//! ```
//!
//! In `stdout` and `stderr`, `[..]` matches any text within one line (a
//! timing, an OS error message). The JSON contract is tested in Rust below.

use crate::support::TempDir;
use crate::support::ROOT;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    about: String,
    args: Vec<String>,
    #[serde(default)]
    stdin: Option<String>,
    #[serde(default)]
    files: BTreeMap<String, String>,
    #[serde(default)]
    raw_files: BTreeMap<String, String>,
    #[serde(default)]
    dirs: Vec<String>,
    status: i32,
    #[serde(default)]
    stdout: Option<String>,
    #[serde(default)]
    stdout_contains: Vec<String>,
    #[serde(default)]
    stderr: Option<String>,
    #[serde(default)]
    stderr_contains: Vec<String>,
    #[serde(default)]
    files_after: BTreeMap<String, String>,
}

/// `\xHH` escapes to bytes; everything else as written.
fn unescape(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'x') && i + 4 <= b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 2..i + 4], 16) {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Runs the binary in `dir` with `args` and `stdin`.
fn run_in(dir: &Path, args: &[String], stdin: Option<&str>) -> Output {
    let mut child = crate::support::command()
        .args(args)
        .current_dir(dir)
        .env_remove("COLUMNS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the ascribe binary runs");
    {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // The binary may exit before reading (bad arguments); ignore EPIPE.
        let _ = pipe.write_all(stdin.unwrap_or("").as_bytes());
    }
    child.wait_with_output().expect("the binary finishes")
}

/// `actual` matches `expected` line by line, `[..]` standing for any text
/// within a line.
fn matches(expected: &str, actual: &str) -> bool {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    e.len() == a.len() && e.iter().zip(&a).all(|(e, a)| line_matches(e, a))
}

fn line_matches(expected: &str, actual: &str) -> bool {
    let mut parts = expected.split("[..]");
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = actual.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for p in middle {
        match rest.find(p) {
            Some(i) => rest = &rest[i + p.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// Runs one case; returns what went wrong, if anything.
fn run_case(name: &str, case: &Case) -> Vec<String> {
    let tmp = TempDir::new(name.trim_end_matches(".yaml"));
    for d in &case.dirs {
        std::fs::create_dir_all(tmp.0.join(d)).expect("case folder");
    }
    for (rel, text) in &case.files {
        tmp.write(rel, text.as_bytes());
    }
    for (rel, text) in &case.raw_files {
        tmp.write(rel, &unescape(text));
    }
    let out = run_in(&tmp.0, &case.args, case.stdin.as_deref());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);

    let mut problems = Vec::new();
    if out.status.code() != Some(case.status) {
        problems.push(format!(
            "exit status {:?}, expected {}",
            out.status.code(),
            case.status
        ));
    }
    for (stream, actual, exact, contains) in [
        ("stdout", &stdout, &case.stdout, &case.stdout_contains),
        ("stderr", &stderr, &case.stderr, &case.stderr_contains),
    ] {
        if let Some(expected) = exact {
            if !matches(expected, actual) {
                let d = ascribe::golden::diff(expected, actual, stream)
                    .unwrap_or_else(|| format!("{stream} differs"));
                problems.push(format!("{stream} differs:\n{d}"));
            }
        }
        for needle in contains {
            if !actual.contains(needle.as_str()) {
                problems.push(format!("{stream} lacks {needle:?}; it was:\n{actual}"));
            }
        }
    }
    for (rel, expected) in &case.files_after {
        match std::fs::read_to_string(tmp.0.join(rel)) {
            Ok(actual) if &actual == expected => {}
            Ok(actual) => problems.push(format!(
                "{rel} after the run:\n{}",
                ascribe::golden::diff(expected, &actual, rel).unwrap_or_default()
            )),
            Err(e) => problems.push(format!("{rel} after the run: {e}")),
        }
    }
    if !problems.is_empty() {
        problems.insert(
            0,
            format!(
                "{}\n  args: {:?}\n  stdout: {stdout:?}\n  stderr: {stderr:?}",
                case.about, case.args
            ),
        );
    }
    problems
}

fn case_files() -> Vec<PathBuf> {
    let dir = Path::new(ROOT).join("tests").join("cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cases exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn cli_cases() {
    let files = case_files();
    assert!(files.len() >= 20, "only {} case files", files.len());
    let mut failed = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap();
        let case: Case = match serde_yaml::from_str(&text) {
            Ok(c) => c,
            Err(e) => {
                println!("--- {name}: not a valid case file: {e}");
                failed.push(name);
                continue;
            }
        };
        let problems = run_case(&name, &case);
        if !problems.is_empty() {
            println!("--- {name}: {}\n", problems.join("\n"));
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} CLI case(s) failed (details above):\n  {}",
        failed.len(),
        files.len(),
        failed.join("\n  ")
    );
}

#[test]
fn matcher_wildcards_stay_within_a_line() {
    assert!(matches("a [..] c\n", "a bbb c\n"));
    assert!(matches("[..]", "anything"));
    assert!(matches("x[..]y[..]z", "x1y2z"));
    assert!(!matches("a [..] c\n", "a b\nb c\n"));
    assert!(!matches("abc", "abcd"));
    assert!(!matches("a[..]bc", "abc\n"));
    assert_eq!(unescape(r"a\xffb\x00"), b"a\xffb\x00");
}

/// `--format json` follows the contract in ../shared/README.md: one object,
/// `files[].path` and `files[].findings[]` with rule, severity, byte offsets
/// into the file, 1-based lines and columns, and a message.
#[test]
fn json_report_obeys_the_contract() {
    let tmp = TempDir::new("json");
    let article = "Port talks end\n\nPhoto by A / Wire) (Credit\n\nCafé owner said the deal would \"help everyone.\n\nThe talks ended on Friday.\n";
    tmp.write("story.txt", article.as_bytes());
    tmp.write("clean.txt", b"Headline\n\n\"Fine,\" she said.\n");
    let args: Vec<String> = ["check", "--format", "json", "story.txt", "clean.txt"]
        .map(String::from)
        .to_vec();
    let out = run_in(&tmp.0, &args, None);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let files = v["files"].as_array().expect("files is an array");
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["clean.txt", "story.txt"], "sorted by path");
    assert_eq!(files[0]["findings"].as_array().map(Vec::len), Some(0));

    let findings = files[1]["findings"].as_array().expect("findings array");
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "brackets.unbalanced",
            "brackets.unbalanced",
            "quotes.unclosed"
        ]
    );
    let lines: Vec<&str> = article.split('\n').collect();
    for f in findings {
        for key in ["start", "end", "line", "column", "end_line", "end_column"] {
            assert!(f[key].is_u64(), "{key} is a number in {f}");
        }
        assert_eq!(f["severity"], "warning");
        assert!(!f["message"].as_str().unwrap().is_empty());
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert!(start < end && end <= article.len(), "{f}");
        // Byte offsets into the file, end exclusive; `text` is that slice.
        assert_eq!(f["text"], article[start..end], "{f}");
        // Line and column (in characters) point at the same place.
        let line = lines[f["line"].as_u64().unwrap() as usize - 1];
        let col = f["column"].as_u64().unwrap() as usize;
        let at: String = line.chars().skip(col - 1).take(end - start).collect();
        assert_eq!(at, article[start..end], "{f}");
    }
    // The unclosed quotation sits after the multi-byte "é": byte offset and
    // character column differ.
    let q = &findings[2];
    assert_eq!(q["start"].as_u64(), Some(article.find('"').unwrap() as u64));
    assert_eq!(q["line"].as_u64(), Some(5));
    assert_eq!(q["column"].as_u64(), Some(32));

    let summary = &v["summary"];
    assert_eq!(summary["files"], 2);
    assert_eq!(summary["findings"], 3);
    assert_eq!(summary["warning"], 3);
}

/// `--format yaml` holds the same content as JSON.
#[test]
fn yaml_report_matches_json() {
    let tmp = TempDir::new("yaml");
    tmp.write("a.txt", "Head\n\nIt was “fine (mostly.\n".as_bytes());
    let run = |format: &str| {
        let args: Vec<String> = ["check", "--format", format, "a.txt"]
            .map(String::from)
            .to_vec();
        run_in(&tmp.0, &args, None).stdout
    };
    let from_json: serde_json::Value = serde_json::from_slice(&run("json")).unwrap();
    let from_yaml: serde_json::Value = serde_yaml::from_slice(&run("yaml")).unwrap();
    assert_eq!(from_json, from_yaml);
    assert_eq!(from_json["summary"]["findings"], 2);
}
