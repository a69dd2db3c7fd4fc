//! JSON Lines across batches: more records than one batch holds come out
//! one line each, in input order, every bad one in its place.

use crate::support::command;
use std::io::Write;
use std::process::Stdio;

#[test]
fn records_past_one_batch_come_out_in_input_order() {
    let n = 700;
    let mut input = String::new();
    for i in 0..n {
        if i % 97 == 5 {
            input.push_str("{\"id\": \"broken\n");
        } else {
            input.push_str(&format!(
                "{{\"id\": {i}, \"text\": \"Head {i}\\n\\nRain {}snow.\\n\"}}\n",
                if i % 2 == 0 { "(" } else { "" }
            ));
        }
    }
    let mut child = command()
        .args(["check", "--quiet", "--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), n);
    for (i, l) in lines.iter().enumerate() {
        if i % 97 == 5 {
            assert_eq!(l["line"], i + 1, "{l}");
            assert!(l["error"].as_str().unwrap().starts_with("invalid JSON"));
        } else {
            assert_eq!(l["id"], i, "{l}");
            let findings = l["findings"].as_array().unwrap().len();
            assert_eq!(findings, usize::from(i % 2 == 0), "{l}");
        }
    }
}

#[test]
fn extract_records_past_one_batch_keep_order_and_fields() {
    let n = 600;
    let mut input = String::new();
    for i in 0..n {
        if i % 50 == 7 {
            input.push_str(&format!("{{\"id\": {i}, \"desk\": \"d{i}\"}}\n"));
        } else {
            // Every third record has an attribution.
            let body = if i % 3 == 0 {
                format!("Head {i}\\n\\nThe mayor said the rain stops on day {i}.\\n")
            } else {
                format!("Head {i}\\n\\nRain on day {i}.\\n")
            };
            input.push_str(&format!(
                "{{\"id\": {i}, \"desk\": \"d{i}\", \"text\": \"{body}\"}}\n"
            ));
        }
    }
    let mut child = command()
        .args([
            "extract",
            "--quiet",
            "--input-format",
            "jsonl",
            "--keep-fields",
            "desk",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), n);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["desk"], format!("d{i}"), "{l}");
        if i % 50 == 7 {
            assert_eq!(l["line"], i + 1, "{l}");
            assert!(l["error"].as_str().unwrap().starts_with("no body"));
        } else {
            assert_eq!(l["id"], i, "{l}");
            let atts = l["attributions"].as_array().unwrap();
            assert_eq!(atts.len(), usize::from(i % 3 == 0), "{l}");
        }
    }
}
