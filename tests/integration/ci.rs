//! `check` in CI: baselines written and read by two runs of the binary,
//! and reports limited to the lines a change touched.

use crate::support::{ascribe, TempDir};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_baseline_of_the_golden_articles_leaves_nothing_to_report() {
    let tmp = TempDir::new("baseline-golden");
    let file = tmp.0.join("base.json");
    let file = file.to_str().expect("UTF-8 temp path");
    let first = ascribe(&[
        "check",
        "--quiet",
        "--write-baseline",
        file,
        "golden/articles",
    ]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let written = std::fs::read_to_string(file).expect("the baseline was written");
    // Many findings of many rules, so that the round trip means something.
    assert!(written.lines().count() > 40, "{written}");
    let second = ascribe(&[
        "check",
        "--no-snippets",
        "--baseline",
        file,
        "golden/articles",
    ]);
    let stderr = text(&second.stderr);
    assert_eq!(second.status.code(), Some(0), "{stderr}");
    assert_eq!(text(&second.stdout), "");
    assert!(stderr.contains(" 0 findings ("), "{stderr}");
    assert!(
        stderr.contains(" left out, 0 fixed since the baseline"),
        "{stderr}"
    );
    // Written again from the same run, it is the same file byte for byte.
    let again = ascribe(&[
        "check",
        "--quiet",
        "--write-baseline",
        file,
        "golden/articles",
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(file).unwrap(), written);
}

/// Runs git in `dir`, which must succeed.
fn git(dir: &std::path::Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
}

/// The binary run in `dir` with git's discovery stopped at the temp
/// folder, so that no repository above it is found by accident.
fn ascribe_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    crate::support::command()
        .current_dir(dir)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
        .args(args)
        .output()
        .expect("the ascribe binary runs")
}

const STORY: &str = "Council vote\n\nShe said “no and left.\n\nAll (fine.\n";
const EDITED: &str = "Council vote\n\nShe said “no and left.\n\nA late “addition.\n\nAll (fine.\n";

/// A repository holding `desk/story.txt` as STORY, committed, then
/// edited to EDITED in the working tree; its diff settings name paths
/// unlike git's defaults.
fn repository() -> TempDir {
    let tmp = TempDir::new("diff-base");
    tmp.write("desk/story.txt", STORY.as_bytes());
    git(&tmp.0, &["init", "--quiet"]);
    git(&tmp.0, &["config", "user.name", "Test Desk"]);
    git(&tmp.0, &["config", "user.email", "desk@example.com"]);
    // Settings that change how git diff names paths, which must not
    // change what ascribe reads.
    git(&tmp.0, &["config", "diff.mnemonicPrefix", "true"]);
    git(&tmp.0, &["config", "diff.relative", "true"]);
    git(&tmp.0, &["add", "."]);
    git(&tmp.0, &["commit", "--quiet", "-m", "first draft"]);
    tmp.write("desk/story.txt", EDITED.as_bytes());
    tmp
}

#[test]
fn diff_base_reports_only_the_finding_on_the_added_line() {
    let repo = repository();
    // Without it, the untouched lines' findings are there too.
    let all = ascribe_in(&repo.0, &["check", "--quiet", "--no-snippets", "desk"]);
    // A finding is a line; its related places follow as indented notes.
    assert_eq!(
        text(&all.stdout)
            .lines()
            .filter(|l| !l.starts_with("  note: "))
            .count(),
        3,
        "{}",
        text(&all.stdout)
    );
    let added = "opening “ is never closed: the quotation runs to the end of its paragraph (line 5) and the next paragraph does not reopen it\n";
    for (cwd, path, shown) in [
        (repo.0.clone(), "desk", "desk/story.txt"),
        (repo.0.join("desk"), "story.txt", "story.txt"),
    ] {
        let out = ascribe_in(
            &cwd,
            &[
                "check",
                "--quiet",
                "--no-snippets",
                "--diff-base",
                "HEAD",
                path,
            ],
        );
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert_eq!(
            text(&out.stdout),
            format!("{shown}:5:8: warning quotes.unclosed: {added}  note: {shown}:5:18: the quotation opened by “ runs to here\n")
        );
    }
    // The same diff made beforehand and read from a file, from the
    // subfolder: its root-relative paths still find the file.
    let diff = std::process::Command::new("git")
        .current_dir(&repo.0)
        .args(["diff", "--unified=0", "--no-color", "HEAD"])
        .args(["--src-prefix=a/", "--dst-prefix=b/", "--no-relative"])
        .output()
        .expect("git diff runs");
    std::fs::write(repo.0.join("change.diff"), &diff.stdout).unwrap();
    let out = ascribe_in(
        &repo.0.join("desk"),
        &[
            "check",
            "-q",
            "--no-snippets",
            "--diff-file",
            "../change.diff",
            ".",
        ],
    );
    assert_eq!(
        text(&out.stdout),
        format!("./story.txt:5:8: warning quotes.unclosed: {added}  note: ./story.txt:5:18: the quotation opened by “ runs to here\n")
    );
    // Against the edited text itself, nothing changed: nothing to report.
    git(&repo.0, &["commit", "--quiet", "-am", "second draft"]);
    let none = ascribe_in(
        &repo.0,
        &["check", "--quiet", "--diff-base", "HEAD", "desk"],
    );
    assert_eq!(none.status.code(), Some(0), "{}", text(&none.stderr));
    assert_eq!(text(&none.stdout), "");
}

#[test]
fn diff_base_names_an_unknown_revision() {
    let repo = repository();
    let out = ascribe_in(&repo.0, &["check", "--diff-base", "no-such-branch", "desk"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "ascribe: error: --diff-base: unknown revision `no-such-branch`\n"
    );
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn diff_base_outside_a_git_work_tree_is_an_error() {
    let tmp = TempDir::new("no-git");
    tmp.write("story.txt", EDITED.as_bytes());
    let out = ascribe_in(&tmp.0, &["check", "--diff-base", "HEAD", "story.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("ascribe: error: --diff-base: needs a git work tree ("),
        "{stderr}"
    );
    assert_eq!(text(&out.stdout), "");
}

/// The baseline's view of a run: (left out, fixed), from a JSON report.
fn baseline_counts(out: &std::process::Output) -> (u64, u64) {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let b = &v["summary"]["baseline"];
    (
        b["left_out"].as_u64().expect("left_out"),
        b["fixed"].as_u64().expect("fixed"),
    )
}

#[test]
fn every_recorded_finding_of_the_golden_articles_survives_a_paragraph_added_above() {
    let tmp = TempDir::new("baseline-shift");
    let dir = std::path::Path::new(crate::support::ROOT).join("golden/articles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("golden/articles")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt") || n.ends_with(".md"))
        .collect();
    names.sort();
    let mut tried = 0;
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        tmp.write(name, text.as_bytes());
        let base = format!("{name}.baseline.json");
        let write = ascribe_in(&tmp.0, &["check", "-q", "--write-baseline", &base, name]);
        assert_eq!(write.status.code(), Some(0), "{name}");
        let recorded = std::fs::read_to_string(tmp.0.join(&base)).unwrap();
        let recorded = recorded.matches("{\"path\":").count() as u64;
        // Every line of the article moves down two.
        let (head, body) = text.split_once('\n').expect("a headline");
        let shifted = format!("{head}\n\nThe meeting was held on Tuesday.\n{body}");
        tmp.write(name, shifted.as_bytes());
        let args = ["check", "-q", "--format", "json", "--baseline", &base, name];
        let out = ascribe_in(&tmp.0, &args);
        assert_eq!(baseline_counts(&out), (recorded, 0), "{name}");
        tried += u64::from(recorded > 0);
    }
    assert!(tried >= 20, "only {tried} articles had findings");
}
