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
