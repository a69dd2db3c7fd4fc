//! `names learn --counts` on parts of an archive, `names merge` of the
//! parts: the same list, byte for byte, as `names learn` on the whole
//! archive, however the archive is split and whichever way each part is
//! read (files, or JSON Lines records on standard input).

use crate::support::{command, TempDir};
use std::io::Write;
use std::process::Stdio;

/// The golden articles, sorted: an archive with names, slips and
/// Markdown.
fn archive() -> Vec<String> {
    let mut files = Vec::new();
    for dir in [
        "golden/articles",
        "golden/names/archive",
        "golden/names/articles",
    ] {
        let mut here: Vec<String> = std::fs::read_dir(format!("{}/{dir}", crate::support::ROOT))
            .expect(dir)
            .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
        here.sort();
        files.extend(here);
    }
    files
}

fn run(args: &[&str], stdin: &str) -> String {
    let mut child = command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_string();
    let writer = std::thread::spawn(move || input.write_all(stdin.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The files as JSON Lines records, each body under the field its
/// extension names.
fn records(files: &[String]) -> String {
    let mut s = String::new();
    for f in files {
        let text = std::fs::read_to_string(format!("{}/{f}", crate::support::ROOT)).unwrap();
        let field = if f.ends_with(".md") {
            "markdown"
        } else {
            "text"
        };
        let record = serde_json::json!({ "id": f, field: text });
        s.push_str(&format!("{record}\n"));
    }
    s
}

#[test]
fn merged_parts_learn_the_whole_archives_list() {
    let files = archive();
    assert!(files.len() > 30);
    let mut whole_args = vec!["names", "learn", "--min-count", "1"];
    whole_args.extend(files.iter().map(String::as_str));
    let whole = run(&whole_args, "");
    assert!(whole.contains("# suspected:"), "{whole}");
    assert!(whole.contains("canonical: Ushakov"), "{whole}");

    let dir = TempDir::new("names-counts");
    for parts in [2, 3] {
        let mut written = Vec::new();
        for p in 0..parts {
            let part: Vec<String> = files
                .iter()
                .enumerate()
                .filter(|(i, _)| i % parts == p)
                .map(|(_, f)| f.clone())
                .collect();
            // The first part from records on standard input, the others
            // from files.
            let counts = if p == 0 {
                run(
                    &["names", "learn", "--counts", "--input-format", "jsonl", "-"],
                    &records(&part),
                )
            } else {
                let mut args = vec!["names", "learn", "--counts"];
                args.extend(part.iter().map(String::as_str));
                run(&args, "")
            };
            let path = dir.0.join(format!("part-{parts}-{p}.jsonl"));
            std::fs::write(&path, counts).unwrap();
            written.push(path.to_string_lossy().into_owned());
        }
        let mut merge = vec!["names", "merge", "--min-count", "1"];
        merge.extend(written.iter().rev().map(String::as_str));
        assert_eq!(run(&merge, ""), whole, "{parts} parts");
        // A reduce in stages: two parts summed into partial counts, then
        // summed with the rest on standard input.
        let staged = run(
            &["names", "merge", "--counts", &written[0], &written[1]],
            "",
        );
        let mut rest = vec!["names", "merge", "--min-count", "1", "-"];
        rest.extend(written[2..].iter().map(String::as_str));
        assert_eq!(run(&rest, &staged), whole, "{parts} parts, staged");
    }
}

#[test]
fn an_empty_part_adds_nothing_and_bad_counts_are_refused() {
    let empty = run(
        &["names", "learn", "--counts", "--input-format", "jsonl", "-"],
        "",
    );
    assert!(empty.starts_with("{\"articles\":0,"), "{empty}");
    let out = command()
        .args(["names", "merge", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-: no partial counts"));
}
