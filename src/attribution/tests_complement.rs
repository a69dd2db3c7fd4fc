//! What a cue verb takes after it: a clause that holds a second cue ("said
//! she expected that …") is one attribution, not two; an adverb after the
//! verb ("said pleasantly into the phone", "said repeatedly they …") is
//! neither the reported clause nor all of it; a cue read inside another
//! attribution's report, its source running over the outer cue, goes.

use super::tests::atts;

#[test]
fn a_thought_reported_by_its_thinker_is_one_attribution() {
    for (body, content) in [
        (
            "Mayor Ana Lind said she expected that voters would reject the levy.",
            "she expected that voters would reject the levy",
        ),
        (
            "The inspectors said they think that the crack was older than reported.",
            "they think that the crack was older than reported",
        ),
        (
            "Varga also said he believed that most of the crew backed the strike.",
            "he believed that most of the crew backed the strike",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].1, "said", "{body}: {a:?}");
        assert_eq!(a[0].3, content, "{body}: {a:?}");
    }
}

#[test]
fn that_after_an_object_still_opens_the_reported_clause() {
    // No second cue before "that": the clause after it is what was said.
    let a = atts("Ruiz told the council on Monday that the bridge would close.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].3, "the bridge would close", "{a:?}");
}

#[test]
fn an_adverb_after_the_cue_leaves_the_clause_after_it() {
    let a = atts("The founders have said repeatedly they will not sell the firm.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "The founders", "{a:?}");
    assert_eq!(a[0].3, "they will not sell the firm", "{a:?}");
}

#[test]
fn a_question_signed_with_an_adverb_and_an_adjunct_is_attributed() {
    // The cue stands in the sentence after the question mark, with a
    // manner adverb and a place after it: no reported clause there.
    let a = atts("“How are you this morning?” Miller said pleasantly into the phone.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "direct", "{a:?}");
    assert_eq!(a[0].2, "Miller", "{a:?}");
    assert_eq!(a[0].3, "“How are you this morning?”", "{a:?}");
}

#[test]
fn a_cue_inside_anothers_report_is_no_attribution_of_its_own() {
    // The inner cue's subject runs back over the outer cue: one statement.
    for (body, cue) in [
        (
            "The coach said the owners were calling “every ten minutes.”",
            "said",
        ),
        (
            "“We will fix the roof by May,” Mr. Lund recalled the mayor telling him.",
            "recalled",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].1, cue, "{body}: {a:?}");
    }
}

#[test]
fn a_cue_after_and_keeps_its_own_attribution() {
    // "and" starts a clause of its own: two statements.
    let a = atts("A fan asked for a photo and Holm said, “Only if you vote on Tuesday.”");
    assert!(
        a.iter()
            .any(|r| r.0 == "direct" && r.1 == "said" && r.4 == "Holm"),
        "{a:?}"
    );
}

#[test]
fn reported_speech_stops_where_a_new_speaker_takes_over() {
    let a = atts(
        "The senator said the levy was “dead on arrival,” and the treasurer warned \
         that no one would sign it.",
    );
    let first = a.iter().find(|r| r.1 == "said").expect("the senator's");
    assert_eq!(first.3, "the levy was “dead on arrival,”", "{a:?}");
    assert!(
        a.iter().any(|r| r.1 == "warned" && r.2 == "the treasurer"),
        "{a:?}"
    );
}

#[test]
fn a_participle_after_but_does_not_end_reported_speech() {
    let a = atts(
        "Her aide said the minister could not recall the call, but she did remember \
         telling the board about it.",
    );
    let first = a.iter().find(|r| r.1 == "said").expect("the aide's");
    assert!(first.3.contains("she did remember"), "{a:?}");
}

#[test]
fn a_verb_of_thinking_takes_a_bare_noun_whose_verb_follows() {
    // "thought compromise was likely": the noun opens the clause, as a
    // pronoun would.
    let a = atts("Most planners thought compromise was likely by spring.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].1.as_str(), a[0].2.as_str()),
        ("thought", "Most planners"),
        "{a:?}"
    );
    assert_eq!(a[0].3, "compromise was likely by spring", "{a:?}");
    // A noun with no verb after it is an object, not a clause.
    assert!(atts("The crew thought hard about the offer.").is_empty());
}

#[test]
fn a_subject_parted_from_its_cue_is_the_source() {
    // A contact clause and a thing's relative clause stand between the
    // source and its verb; neither clause's own subject is the source.
    for (body, source) in [
        (
            "None of the engineers I interviewed thought the span would hold.",
            "None of the engineers",
        ),
        (
            "The ferry logs, which the port released Monday, show that crossings fell.",
            "The ferry logs",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].2, source, "{body}: {a:?}");
    }
}
