//! Quotations whose cue has no subject of its own ("and added, “…”",
//! "…, Lee said, adding, “…”") take the speaker of the attribution before
//! them in their sentence, reported speech included; and a passive cue
//! with an agent ("was asked by host Ann Roe, “…”") quotes the agent.

use super::tests::{atts, Row};

/// The direct attribution among `a`.
fn direct(a: &[Row]) -> &Row {
    a.iter()
        .find(|r| r.0 == "direct")
        .unwrap_or_else(|| panic!("no direct attribution: {a:?}"))
}

#[test]
fn a_joined_verb_after_reported_speech_quotes_its_speaker() {
    // The sentence opens with a phrase holding commas, so the subject of
    // the first verb is not found by reading the clause from its start.
    for (body, who) in [
        (
            "In a short, cheerful call with the reporter Ivo Marsh last week, Brandt said \
             he accepted the ruling and added, “I will not appeal it.”",
            "Brandt",
        ),
        // "but" hands the subject on as "and" does.
        (
            "Ortega said she would not run for the seat again but added, “You all know \
             the reason.”",
            "Ortega",
        ),
    ] {
        let a = atts(body);
        assert_eq!(direct(&a).2, who, "{body}: {a:?}");
    }
}

#[test]
fn a_participle_after_a_closing_mark_quotes_the_reported_speaker() {
    let a = atts(
        "The treasurer told the board that the budget was “a wreck,” adding, “Nobody \
         checked the sums before the vote.”",
    );
    assert_eq!(direct(&a).2, "The treasurer", "{a:?}");
}

#[test]
fn a_participle_after_a_sentence_final_cue_quotes_that_cue_s_source() {
    // Not the subject of the reported clause, which opens the sentence.
    let a = atts(
        "Mills and Grant will meet again next month, Dorsey said, adding, “They have a \
         lot to settle.”",
    );
    assert_eq!(direct(&a).2, "Dorsey", "{a:?}");
}

#[test]
fn a_participle_with_no_attribution_before_it_keeps_the_main_subject() {
    let a = atts("Nova went on the attack, saying, “Will the mayor resign over this?”");
    assert_eq!(direct(&a).2, "Nova", "{a:?}");
}

#[test]
fn a_joined_verb_with_its_own_clause_subject_keeps_it() {
    // "he" is the subject of the verbs joined to "said"; the question put
    // to him earlier in the sentence is no giver.
    let a = atts(
        "When I asked the senator about the vote, he frowned and said, “I will never back \
         that bill.”",
    );
    assert_eq!(direct(&a).2, "he", "{a:?}");
}

#[test]
fn a_passive_cue_with_an_agent_quotes_the_agent() {
    for (body, who) in [
        (
            "Harlan was asked by host Peter Vance, “Do you regret the vote on the bridge?”",
            "Peter Vance",
        ),
        (
            "The crew was told by Captain Ines Ruud, “Nobody leaves the ship tonight.”",
            "Ines Ruud",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].4, who, "{body}: {a:?}");
    }
}

#[test]
fn a_participle_takes_the_subject_of_the_clause_nearest_it() {
    // The sentence's own subject ("The trouble") names no speaker; the
    // clause after "when" does.
    let a = atts(
        "The trouble came during a rally at the port, when Lena Orr and her pickets \
         blocked the gate, shouting “No contract, no ships!”",
    );
    assert_eq!(direct(&a).4, "Lena Orr", "{a:?}");
}

#[test]
fn a_participle_after_with_quotes_the_phrase_before_it() {
    let a = atts(
        "Fans poured onto the pitch, with Coach Ilse Brandt reportedly yelling: \
         “Get off the grass!”",
    );
    assert_eq!(direct(&a).2, "Coach Ilse Brandt", "{a:?}");
    // No "with": the participle has no subject of its own to find here.
    let a = atts("The gates opened at nine, yelling: “Get off the grass!”");
    assert!(a.iter().all(|r| r.2 != "The gates"), "{a:?}");
}

#[test]
fn no_subject_is_taken_from_inside_a_quotation_for_a_joined_verb() {
    let a = atts(
        "“It is the plan that Vera Lind drew up,” he said on Sunday, and then \
         predicted: “We will win the county.”",
    );
    assert!(a.iter().all(|r| r.2 != "Vera Lind"), "{a:?}");
}

#[test]
fn but_joins_a_cue_to_the_verb_before_it() {
    // No reported speech before "but" to hand a source on: the subject
    // of the first verb says it.
    let a = atts(
        "Wendt did not name his rivals at the fair, but told the crowd, “Our town \
         deserves better roads.”",
    );
    assert_eq!(direct(&a).2, "Wendt", "{a:?}");
}

#[test]
fn a_gerund_after_a_preposition_quotes_the_clause_subject() {
    for body in [
        "Marta Ilves drew loud boos upon saying, “The club must admit everyone.”",
        // A reflexive appositive sits between the subject and its verb.
        "Marta Ilves, herself a longtime member, drew loud boos upon saying, “The club \
         must admit everyone.”",
    ] {
        let a = atts(body);
        assert_eq!(direct(&a).4, "Marta Ilves", "{body}: {a:?}");
    }
}

#[test]
fn a_cue_with_no_subject_borrows_no_speaker_from_an_earlier_sentence() {
    // The marchers chant, not the man quoted a sentence before; the
    // grammar cannot name them, so no one is better than the wrong one.
    let a = atts(
        "“We will win the vote,” Rolf Amsel said. Outside the hall, about 300 marchers \
         gathered in the rain, chanting “Save our park!”",
    );
    let chant = a.iter().find(|r| r.1 == "chanting").expect("chanting");
    assert!(chant.4.is_empty(), "{a:?}");
    assert_eq!(a[0].4, "Rolf Amsel", "{a:?}");
}

#[test]
fn a_party_in_brackets_or_a_participle_aside_keeps_the_subject() {
    for (body, who) in [
        (
            "Gov. Tessa Marlow (D), a critic of the plan, later relented, saying, “We will \
             sign it this week.”",
            "Tessa Marlow",
        ),
        (
            "Tessa Marlow, angered by the long delay, stood up and said, “Open the doors \
             now.”",
            "Tessa Marlow",
        ),
    ] {
        let a = atts(body);
        assert_eq!(direct(&a).4, who, "{body}: {a:?}");
    }
    // The fragment's cue is the verb after the aside, not the comma.
    let a = atts(
        "Sen. Oren Vasko (R-Utah), hoping to win the rural vote, called the plan “a gift \
         to the cities and nobody else.”",
    );
    let m = a.iter().find(|r| r.0 == "mixed").expect("mixed");
    assert_eq!(
        (m.1.as_str(), m.4.as_str()),
        ("called", "Oren Vasko"),
        "{a:?}"
    );
}
