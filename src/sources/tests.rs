use super::*;
use crate::sources::Reading;

const DEBATE: &str = "MODERATOR: Welcome to the harbour debate in Port Vell.\n\
MOSS: We will not raise the ferry fares this year, and we will build the new pier before the winter storms come.\n\
(APPLAUSE)\n\
HALE: The pier is a fantasy that the town cannot afford and the council knows it.\n\
MOSS: Then the council should read the budget I sent them in March, page by page.\n";

fn sources() -> Sources {
    Sources::from_texts([("t/debate.txt", DEBATE)], &Default::default()).unwrap()
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
    // A speech given to "Donald Trump" as a whole: his son is not him.
    assert!(same_person("Donald J. Trump", "Donald Trump"));
    assert!(same_person("Sen. Elizabeth Warren", "Elizabeth Warren"));
    assert!(!same_person("Eric Trump", "Donald Trump"));
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
    let s = Sources::from_texts([("speech.txt", t)], &Default::default()).unwrap();
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
    let s = Sources::from_texts([("t.txt", t)], &Default::default()).unwrap();
    let text = "“My partner in this campaign and the White House ... to make the town safe again”";
    let c = s.check(text, Span::new(3, text.len() - 3), Some("Moss"));
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
}

fn check_in(s: &Sources, quote: &str, speaker: &str) -> QuoteCheck {
    let text = format!("“{quote}”");
    s.check(&text, Span::new(3, text.len() - 3), Some(speaker))
}

#[test]
fn a_short_quotation_with_a_word_changed_is_found_in_its_speaker_s_turns() {
    let s = sources();
    // Said by Moss; one word changed in seven.
    let c = check("the budget I mailed them in March", "Ada Moss");
    assert_eq!(c.verdict, Verdict::Altered, "{c:?}");
    assert!(c.near);
    assert_eq!(kinds(&c), [DiffKind::Changed]);
    assert_eq!(c.differences[0].source, "sent");
    // Credited to Hale, who never said it: his turns hold no such words.
    let c = check_in(&s, "the budget I mailed them in March", "Ben Hale");
    assert_eq!(c.verdict, Verdict::Unsourced, "{c:?}");
    // Credited to no one the sources know: matched only whole.
    let c = check_in(&s, "the budget I mailed them in March", "Cy Roe");
    assert_eq!(c.verdict, Verdict::NotFound);
    // Whole, it is verbatim, not near.
    let c = check("the budget I sent them in March", "Moss");
    assert_eq!((c.verdict, c.near), (Verdict::Verbatim, false));
}

#[test]
fn a_short_quotation_is_not_matched_near_on_loose_terms() {
    let s = sources();
    // The first word changed: nothing as said before it.
    assert_eq!(
        check_in(&s, "this budget I sent them in March", "Moss").verdict,
        Verdict::Unsourced
    );
    // Two differences in six words.
    assert_eq!(
        check_in(&s, "the budget you sent us in March", "Moss").verdict,
        Verdict::Unsourced
    );
    // Two lines of Moss's fit as well, in different words: neither is
    // taken.
    let t = "MOSS: We will fix the harbour wall this year.\n\
             MOSS: We will fix the harbour road next year.\n";
    let s = Sources::from_texts([("t.txt", t)], &Reading::default()).unwrap();
    let c = check_in(&s, "We will fix the harbour gate", "Moss");
    assert_eq!(c.verdict, Verdict::Unsourced, "{c:?}");
    // The same line said twice is one fit.
    let t = "MOSS: We will fix the harbour wall this year.\n\
             MOSS: Again: we will fix the harbour wall this year.\n";
    let s = Sources::from_texts([("t.txt", t)], &Reading::default()).unwrap();
    let c = check_in(&s, "We will mend the harbour wall", "Moss");
    assert_eq!((c.verdict, c.near), (Verdict::Altered, true), "{c:?}");
}

#[test]
fn a_speech_given_a_speaker_can_be_misattributed() {
    let speech = "Thank you all. The harbour will stay open to every boat that needs it.\n";
    let q = "The harbour will stay open to every boat that needs it";
    // Hale speaks in the sources, so a quotation credited to him is
    // judged.
    let debate = ("t/hale.txt", "HALE: The pier is a fantasy.\n");
    // Without a speaker, the speech's words are no one's.
    let s = Sources::from_texts([("s/moss.txt", speech), debate], &Reading::default()).unwrap();
    assert_eq!(check_in(&s, q, "Ben Hale").verdict, Verdict::Verbatim);
    // Given to Moss in the configuration.
    let reading = Reading {
        speakers: vec![("s/moss.txt".into(), "Ada Moss".into())],
        ..Reading::default()
    };
    let s = Sources::from_texts([("s/moss.txt", speech), debate], &reading).unwrap();
    let c = check_in(&s, q, "Ben Hale");
    assert_eq!(c.verdict, Verdict::Misattributed, "{c:?}");
    assert_eq!(c.passage.unwrap().speaker.as_deref(), Some("Ada Moss"));
    assert_eq!(check_in(&s, q, "Mrs. Moss").verdict, Verdict::Verbatim);
    // Or by the file's own first line, which beats the configuration;
    // the header's words are nobody's, and a label still starts a turn.
    let headed = format!("Speaker: Ben Hale\n{speech}AUDIENCE: Open it!\nAnd the pier will wait for a better budget next spring.\n");
    let s = Sources::from_texts([("s/moss.txt", headed.as_str())], &reading).unwrap();
    let c = check_in(&s, q, "Ada Moss");
    assert_eq!(c.verdict, Verdict::Misattributed, "{c:?}");
    assert_eq!(c.passage.unwrap().speaker.as_deref(), Some("Ben Hale"));
    let c = check_in(&s, "And the pier will wait for a better budget", "Hale");
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
    assert!(
        !s.index.files[0].labelled,
        "a header is no transcript's label"
    );
    let c = check_in(&s, "Speaker Ben Hale Thank you all", "Hale");
    assert_ne!(c.verdict, Verdict::Verbatim, "the header is not words said");
}

#[test]
fn numbers_spelt_two_ways_are_equal_only_when_asked() {
    let t = "MOSS: We will hire thirty thousand teachers and cut fares by ten percent.\n";
    let q = "We will hire 30,000 teachers and cut fares by 10%";
    let plain = Sources::from_texts([("t.txt", t)], &Reading::default()).unwrap();
    let c = check_in(&plain, q, "Moss");
    assert_eq!(c.verdict, Verdict::Altered, "{c:?}");
    let reading = Reading {
        spelt_numbers: true,
        ..Reading::default()
    };
    let spelt = Sources::from_texts([("t.txt", t)], &reading).unwrap();
    let c = check_in(&spelt, q, "Moss");
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
    // A different number is still a difference, named as written.
    let c = check_in(
        &spelt,
        "We will hire 3,000 teachers and cut fares by 10%",
        "Moss",
    );
    assert_eq!(c.verdict, Verdict::Altered);
    assert_eq!(c.differences[0].source, "thirty thousand");
}

/// A moderator who reads out a candidate's earlier words ("you wrote
/// this. “…”") does not make them the moderator's: the article that
/// credits them to the candidate is right, and one that credits the
/// moderator's own question to the candidate is still wrong.
#[test]
fn words_read_out_from_a_quotation_are_not_the_readers() {
    let t = "HALE: Councillor, in March you wrote this. “The harbour pier will be finished before the first winter storm.” Was that a promise?\n\
MOSS: It was a plan, and the plan has not changed since then.\n";
    let s = Sources::from_texts([("t.txt", t)], &Reading::default()).unwrap();
    let ask = |quote: &str, who: &str| {
        let text = format!("“{quote}”");
        s.check(
            &text,
            Span::new("“".len(), text.len() - "”".len()),
            Some(who),
        )
    };
    let c = ask(
        "The harbour pier will be finished before the first winter storm",
        "Ada Moss",
    );
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
    let p = c.passage.unwrap();
    assert_eq!((p.speaker, p.read_by.as_deref()), (None, Some("HALE")));
    // Credited to the reader, it is not found among his own words either
    // way: the transcript gives it to no one.
    let c = ask(
        "The harbour pier will be finished before the first winter storm",
        "Tom Hale",
    );
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
    let c = ask("Councillor, in March you wrote this", "Ada Moss");
    assert_eq!(c.verdict, Verdict::Misattributed, "{c:?}");
    // The listing says who read it out.
    let article = "“The harbour pier will be finished before the first winter storm,” Moss wrote.";
    let quote = Span::new("“".len(), article.find(",”").unwrap());
    let c = s.check(article, quote, Some("Ada Moss"));
    let f = super::listing::FileQuotes::new("a.txt".into(), article, &[c], &s);
    let listed = super::listing::write_text(&[f]);
    assert!(listed.contains("t.txt:1 (read out by HALE)"), "{listed}");
}

/// A label that gives a surname alone ("MOSS:") is anyone of that surname,
/// until the configuration names it: then a quotation credited to another
/// Moss is not taken for the labelled speaker's.
#[test]
fn a_named_label_is_one_person() {
    let t = "MOSS: We will not raise the ferry fares this year, whatever the council says.\n";
    let quote = "We will not raise the ferry fares this year";
    let ask = |s: &Sources, who: &str| {
        let text = format!("“{quote}”");
        s.check(
            &text,
            Span::new("“".len(), text.len() - "”".len()),
            Some(who),
        )
    };
    let plain = Sources::from_texts([("t.txt", t)], &Reading::default()).unwrap();
    assert!(plain.knows("Ben Moss"));
    let named = Reading {
        names: vec![("MOSS".into(), "Ada Moss".into())],
        ..Reading::default()
    };
    let named = Sources::from_texts([("t.txt", t)], &named).unwrap();
    assert!(!named.knows("Ben Moss"));
    let c = ask(&named, "Ada Moss");
    assert_eq!(c.verdict, Verdict::Verbatim, "{c:?}");
    assert_eq!(c.passage.unwrap().speaker.as_deref(), Some("Ada Moss"));
    assert_eq!(ask(&named, "Ms. Moss").verdict, Verdict::Verbatim);
    // Found, but said by Ada: Ben Moss is not a speaker of the sources,
    // so he is not said to be wrong; the passage names Ada.
    let c = ask(&named, "Ben Moss");
    assert_eq!(c.passage.unwrap().speaker.as_deref(), Some("Ada Moss"));
}
