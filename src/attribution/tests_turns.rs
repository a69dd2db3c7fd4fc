//! Transcript turns: `NAME: …` paragraphs of a dialogue.

use super::tests::{all_atts, atts};

const DIALOGUE: &str = "Partial transcript as follows:\n\n\
    MARA LOWE: Welcome back. Do you think the levy will pass?\n\n\
    PENN: I think it will, and voters say they want the new bridge.\n\n\
    LOWE: Thank you.";

#[test]
fn each_turn_of_a_dialogue_is_its_speakers_attribution() {
    let a = atts(DIALOGUE);
    let turns: Vec<_> = a.iter().filter(|r| r.1 == ":").collect();
    assert_eq!(turns.len(), 3, "{a:?}");
    assert_eq!(turns[0].2, "MARA LOWE");
    assert_eq!(turns[0].3, "Welcome back. Do you think the levy will pass?");
    assert_eq!(turns[1].2, "PENN");
    assert_eq!(
        turns[1].3,
        "I think it will, and voters say they want the new bridge."
    );
    assert_eq!(turns[2].2, "LOWE");
}

#[test]
fn the_verbs_of_saying_inside_a_turn_are_the_speakers_words() {
    // "I think", "voters say", "they want" are Penn's words, not the
    // article's attributions.
    let a = atts(DIALOGUE);
    assert!(a.iter().all(|r| r.1 == ":"), "{a:?}");
    // Nor is a quotation inside a turn given a speaker of its own.
    let body = "ROSS: It was, as the sign said, “closed until further notice for repairs.”\n\n\
        DIAZ: We saw it.\n\nROSS: Yes.";
    let a = all_atts(body, true);
    assert_eq!(a.len(), 3, "{a:?}");
    assert!(a.iter().all(|r| r.1 == ":"), "{a:?}");
}

#[test]
fn a_lone_label_is_a_section_label_not_a_speaker() {
    for body in [
        // A roundup: labels that never come back.
        "OHIO: Turnout rose, officials said.\n\nTEXAS: Turnout fell.\n\nMAINE: Turnout held.",
        "UPDATE: The council said on Friday that the vote was delayed.",
        "CORRECTION: An earlier version misstated the levy.\n\n\
         CORRECTION: The bridge opens in May, officials said.",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|r| r.1 != ":"), "{body}: {a:?}");
    }
    // The attributions in it stand.
    let a = atts("UPDATE: The council said on Friday that the vote was delayed.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, "said");
}

#[test]
fn question_and_answer_labels_and_mixed_case_are_not_turns() {
    for body in [
        "Q: Will the levy pass?\n\nA: Voters say they want the bridge.",
        "Mara Lowe: Welcome back.\n\nPenn: Thank you.",
    ] {
        let a = atts(body);
        assert!(a.iter().all(|r| r.1 != ":"), "{body}: {a:?}");
    }
    // Inside an answer, reported speech is still read.
    let a = atts("Q: Will the levy pass?\n\nA: Voters say they want the bridge.");
    assert!(a.iter().any(|r| r.1 == "say"), "{a:?}");
}

#[test]
fn a_span_is_within_the_turn_that_holds_it_and_no_other() {
    use super::turns::within;
    use crate::span::Span;
    let turns = [Span::new(10, 20), Span::new(30, 40), Span::new(50, 60)];
    assert!(within(&turns, Span::new(30, 40)));
    assert!(within(&turns, Span::new(52, 55)));
    assert!(within(&turns, Span::new(10, 11)));
    // Between turns, across two, or running past one's end.
    assert!(!within(&turns, Span::new(22, 25)));
    assert!(!within(&turns, Span::new(15, 35)));
    assert!(!within(&turns, Span::new(38, 41)));
    assert!(!within(&turns, Span::new(0, 5)));
    assert!(!within(&[], Span::new(0, 5)));
}

#[test]
fn a_speaker_label_in_capitals_names_a_person_not_an_organisation() {
    let text = format!("Headline\n\n{DIALOGUE}\n");
    let lang = crate::model::Conventions::english();
    let data = super::Data::builtin("en").unwrap();
    let doc = crate::model::Document::parse(&text, crate::model::Format::Plain, &lang);
    let turns: Vec<_> = super::extract(&doc, &data)
        .into_iter()
        .filter(|a| a.cue.text(&text) == ":")
        .collect();
    assert_eq!(turns.len(), 3);
    assert!(
        turns.iter().all(|a| a.class == super::SourceClass::Named),
        "{turns:?}"
    );
}
