//! Tests of `data`: the built-in lists load, and bad lists are refused.

use super::*;

#[test]
fn english_loads_with_its_signals() {
    let d = Data::builtin("en-GB").unwrap();
    let names: Vec<&str> = d.signals.iter().map(|s| s.name.as_str()).collect();
    for n in [
        "figure",
        "record",
        "intention",
        "prediction",
        "charge",
        "comparison",
    ] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
    let fig = d.number_signal.unwrap() as usize;
    assert_eq!(d.signals[fig].name, "figure");
    assert_eq!(d.signals[fig].severity, Severity::Warning);
    assert!(d.entries("Percent").iter().any(|e| e.rest.is_empty()));
    assert!(d.entries("held").is_empty(), "scene-setting is no signal");
    assert!(Data::builtin("ja").unwrap().is_empty());
}

#[test]
fn every_token_that_starts_a_signal_is_kept() {
    // The shipped lists through the start filter: a number, a word
    // with a leading digit, and the first word of an entry whose next
    // word fits are all kept.
    let d = Data::builtin("en").unwrap();
    let text = "In 1990s 37th 3D 9/11 the Record-breaking $100 billion, 48% more than \
                Nine voters ALLEGED yy pq 0x 1,000.5 y2k aggression reportedly \
                in order to the first time is expected to.";
    let toks = crate::model::token::tokenize(text);
    let mut kept = Vec::new();
    d.starts.select(&toks, &mut kept);
    for (k, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let next = toks.get(k + 1).map(|n| n.text(text));
        let opens = d.entries(w).iter().any(|e| match e.rest.first() {
            None => true,
            Some(second) => next.is_some_and(|n| n.eq_ignore_ascii_case(second)),
        });
        let starts = t.is_number() || (t.is_word() && (w.as_bytes()[0].is_ascii_digit() || opens));
        assert!(!starts || kept.contains(&(k as u32)), "{w}");
    }
}

#[test]
fn longest_phrase_and_scene_come_first() {
    let d = Data::builtin("en").unwrap();
    let most = d.entries("most");
    assert_eq!(most[0].what, What::Scene, "“most recently” hides “most”");
    assert!(most.iter().any(|e| e.rest.is_empty()));
}

#[test]
fn a_word_both_signal_and_scene_is_rejected() {
    let bad = "name: x\nsignals:\n  - {name: a, severity: info, words: [held]}\nnot_claims: {dates: [], times: [], durations: [], number_labels: [], ordinal_names: [], scene: [held], scene_phrases: [], duration_after: [], age_words: [], first_person: [], modals: [], schedule: [], determiners: []}\nheadline_labels: []\ncontrast: []\nreporting: []\nnot_reporting_after: []\ndocument_sources: []\ndocument_verbs: []\nagentive: []\n";
    let e = Data::from_yaml("x.yaml", bad).unwrap_err().to_string();
    assert!(e.contains("held"), "{e}");
}

#[test]
fn unknown_keys_are_rejected() {
    let bad = "name: x\nsignals: []\nnot_claims: {}\nheadline_labels: []\ncontrast: []\nextra: 1\n";
    assert!(Data::from_yaml("x.yaml", bad).is_err());
}
