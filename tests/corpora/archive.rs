//! Issue 22's archive scenario: PolNeAR train in a temporary git
//! repository, baselined, then one article edited to add an unclosed
//! quotation. `--baseline` and `--diff-base HEAD` must each report that
//! one finding and nothing else.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::{TempDir, BIN, ROOT};

fn run(dir: &Path, prog: &str, args: &[&str]) -> Output {
    let out = Command::new(prog)
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap_or_else(|e| panic!("{prog}: {e}"));
    out
}

fn git(dir: &Path, args: &[&str]) {
    let out = run(dir, "git", args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn baseline_and_diff_report_only_the_new_finding() {
    let src = Path::new(ROOT).join("../shared/corpus/polnear/train/text");
    let dir = TempDir::new("archive");
    let mut names: Vec<_> = std::fs::read_dir(&src)
        .expect("PolNeAR train")
        .map(|e| e.expect("entry").file_name())
        .collect();
    names.sort();
    for n in &names {
        std::fs::copy(src.join(n), dir.0.join(n)).expect("copy");
    }
    git(&dir.0, &["init", "-q"]);
    git(&dir.0, &["config", "user.email", "ci@example.invalid"]);
    git(&dir.0, &["config", "user.name", "CI"]);
    git(&dir.0, &["add", "-A"]);
    git(&dir.0, &["commit", "-qm", "archive"]);
    let out = run(
        &dir.0,
        BIN,
        &["check", "--quiet", "--write-baseline", "../base.json", "."],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // One article gains a paragraph with a quotation left open: the first
    // from the middle of the archive that quotes in curly marks only, so
    // that the new mark changes no other finding (a minority style's
    // report points at its first mark).
    let (edited, text) = names[names.len() / 2..]
        .iter()
        .map(|n| n.to_string_lossy().into_owned())
        .find_map(|n| {
            let text = std::fs::read_to_string(dir.0.join(&n)).expect("article");
            (text.contains('“') && !text.contains('"')).then_some((n, text))
        })
        .expect("an article in curly marks");
    let path = dir.0.join(&edited);
    let mut paras: Vec<&str> = text.split("\n\n").collect();
    let at = paras.len().min(3);
    paras.insert(
        at,
        "The mayor said the plan was “a done deal and would not change.",
    );
    std::fs::write(&path, paras.join("\n\n")).expect("edit");

    for args in [
        &["check", "--no-snippets", "--baseline", "../base.json", "."][..],
        &["check", "--no-snippets", "--diff-base", "HEAD", "."][..],
    ] {
        let out = run(&dir.0, BIN, args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        // A finding a line; the place its quotation ran to follows as a
        // note.
        let lines: Vec<&str> = stdout
            .lines()
            .filter(|l| !l.starts_with("  note: "))
            .collect();
        assert_eq!(lines.len(), 1, "{args:?}: {stdout}");
        assert!(
            lines[0].starts_with(&format!("./{edited}:"))
                && lines[0].contains("warning quotes.unclosed: opening “ is never closed"),
            "{args:?}: {}",
            lines[0]
        );
        assert_eq!(out.status.code(), Some(1), "{args:?}");
    }
}
