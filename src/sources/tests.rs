use super::*;

const DEBATE: &str = "MODERATOR: Welcome to the harbour debate in Port Vell.\n\
MOSS: We will not raise the ferry fares this year, and we will build the new pier before the winter storms come.\n\
(APPLAUSE)\n\
HALE: The pier is a fantasy that the town cannot afford and the council knows it.\n\
MOSS: Then the council should read the budget I sent them in March, page by page.\n";

fn sources() -> Sources {
    Sources::from_texts([("t/debate.txt", DEBATE)], None).unwrap()
}

fn check(quote: &str, speaker: &str) -> QuoteCheck {
    let s = sources();
    let text = format!("“{quote}”");
    let inner = Span::new("“".len(), text.len() - "”".len());
    s.check(&text, inner, Some(speaker))
}

fn kinds(c: &QuoteCheck) -> Vec<DiffKind> {
    c.differences.iter().map(|d| d.kind).collect()
}

#[test]
fn a_verbatim_quotation_is_found_with_its_line_and_speaker() {
    let c = check("We will not raise the ferry fares this year", "Ada Moss");
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
    let p = c.passage.unwrap();
    assert_eq!(p.line, 2);
    assert_eq!(p.speaker.as_deref(), Some("MOSS"));
    assert_eq!(
        p.span.text(DEBATE),
        "We will not raise the ferry fares this year"
    );
}

#[test]
fn allowed_edits_are_no_differences() {
    for q in [
        "we WILL not raise the ferry fares … before the winter storms come.",
        "We will not raise the [town's] ferry fares this year",
        "The pier is a fantasy that the town cannot afford...",
    ] {
        let speaker = if q.starts_with("The pier") {
            "Ben Hale"
        } else {
            "Moss"
        };
        let c = check(q, speaker);
        assert_eq!(c.verdict, Verdict::Verbatim, "{q}: {c:?}");
    }
    let c = check("We will not raise the [censored] fares this year", "Moss");
    assert_eq!(c.verdict, Verdict::Edited);
    assert_eq!(kinds(&c), [DiffKind::Edited]);
    assert_eq!(c.differences[0].source, "ferry");
}

#[test]
fn a_word_changed_or_dropped_is_an_alteration() {
    let c = check("We won't raise the ferry fares this year", "Moss");
    assert_eq!(c.verdict, Verdict::Altered);
    assert_eq!(kinds(&c), [DiffKind::Changed]);
    assert_eq!(c.differences[0].source, "will not");
    let c = check("We will not raise the fares this year", "Moss");
    assert_eq!(kinds(&c), [DiffKind::Dropped]);
    assert_eq!(c.differences[0].source, "ferry");
}

#[test]
fn two_passages_joined_are_named_with_the_second_place() {
    let c = check(
        "We will not raise the ferry fares this year. The council should read the budget I sent them",
        "Moss",
    );
    assert_eq!(c.verdict, Verdict::Altered, "{c:?}");
    let joined = c.differences.iter().find(|d| d.kind == DiffKind::Joined);
    let (_, _, line) = joined.expect("a joined part").elsewhere.unwrap();
    let mut lines = [c.passage.unwrap().line, line];
    lines.sort();
    assert_eq!(
        lines,
        [2, 5],
        "one part is the passage, the other elsewhere"
    );
}

#[test]
fn another_speaker_is_a_misattribution() {
    let c = check(
        "The pier is a fantasy that the town cannot afford",
        "Ada Moss",
    );
    assert_eq!(c.verdict, Verdict::Misattributed);
    assert_eq!(c.passage.unwrap().speaker.as_deref(), Some("HALE"));
    // A speaker the sources do not know is not said to be wrong.
    let c = check(
        "The pier is a fantasy that the town cannot afford",
        "a resident",
    );
    assert_eq!(c.verdict, Verdict::Verbatim);
}

#[test]
fn words_found_nowhere_are_unsourced_only_for_a_known_speaker() {
    let c = check(
        "Nothing in this sentence was ever said at the debate",
        "Moss",
    );
    assert_eq!(c.verdict, Verdict::Unsourced);
    let c = check(
        "Nothing in this sentence was ever said at the debate",
        "Cy Roe",
    );
    assert_eq!(c.verdict, Verdict::NotFound);
    let s = sources();
    let short = s.check("“Too short here”", Span::new(3, 17), Some("Moss"));
    assert_eq!(short.verdict, Verdict::Short);
}

#[test]
fn speakers_are_matched_by_their_last_names() {
    assert!(same_person("Donald J. Trump", "TRUMP"));
    assert!(same_person("Mr. Trump", "TRUMP"));
    assert!(same_person("Warren", "SEN. ELIZABETH WARREN"));
    assert!(!same_person("Hillary Clinton", "TRUMP"));
    assert!(!same_person("", "TRUMP"));
}

#[test]
fn folders_and_globs_name_sorted_files() {
    let dir = std::env::temp_dir().join(format!("ascribe-sources-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("t/deep")).unwrap();
    for f in ["t/b.txt", "t/a.md", "t/deep/c.txt", "t/skip.json"] {
        std::fs::write(dir.join(f), "X: words\n").unwrap();
    }
    let names = |e: &str| -> Vec<String> {
        expand(e, &dir)
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect()
    };
    assert_eq!(names("t"), ["t/a.md", "t/b.txt", "t/deep/c.txt"]);
    assert_eq!(names("t/*.txt"), ["t/b.txt"]);
    assert_eq!(names("t/**/*.txt"), ["t/b.txt", "t/deep/c.txt"]);
    assert!(expand("t/*.pdf", &dir).is_err());
    assert!(expand("missing.txt", &dir).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_crowd_s_interjection_is_one_line_and_the_speaker_goes_on() {
    let t = "Thank you all for coming out tonight to the harbour.\n\
             AUDIENCE: Build the pier! Build the pier!\n\
             We will build the new pier before the winter storms come.\n\
             MOSS: And the ferry fares will stay where they are this year.\n\
             AUDIENCE: Moss! Moss!\n\
             The council should read the budget I sent them in March.\n";
    let s = Sources::from_texts([("speech.txt", t)], None).unwrap();
    let said = |q: &str| {
        let text = format!("“{q}”");
        let c = s.check(&text, Span::new(3, text.len() - 3), Some("Moss"));
        c.passage.and_then(|p| p.speaker)
    };
    assert_eq!(
        said("We will build the new pier before the winter storms come"),
        None
    );
    assert_eq!(
        said("The council should read the budget I sent them in March").as_deref(),
        Some("MOSS")
    );
}

#[test]
fn an_ellipsis_just_before_a_repeated_word_still_allows_the_drop() {
    let t = "MOSS: My partner in this campaign and the White House, to fix our harbour, and to make the town safe again.\n";
    let s = Sources::from_texts([("t.txt", t)], None).unwrap();
    let text = "“My partner in this campaign and the White House ... to make the town safe again”";
    let c = s.check(text, Span::new(3, text.len() - 3), Some("Moss"));
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
}
