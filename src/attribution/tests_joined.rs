//! Verbs of saying joined to the verb before them ("praised the crews and
//! said …"), and what an inverted cue may take as its source.

use super::tests::{atts, Row};

fn cue<'a>(a: &'a [Row], verb: &str) -> &'a Row {
    a.iter()
        .find(|r| r.1 == verb)
        .unwrap_or_else(|| panic!("no attribution cued by {verb}: {a:?}"))
}

#[test]
fn a_verb_of_saying_after_and_or_but_shares_the_subject_before_it() {
    for (body, src) in [
        (
            "The mayor praised the road crews and said the bridge would reopen in May.",
            "The mayor",
        ),
        (
            "Okafor declined to name the buyer but told reporters the sale was nearly done.",
            "Okafor",
        ),
        (
            "The ministry rejected the figures, and later said the count had been rushed.",
            "The ministry",
        ),
    ] {
        let a = atts(body);
        let r = cue(
            &a,
            if body.contains("told") {
                "told"
            } else {
                "said"
            },
        );
        assert_eq!(r.0, "indirect", "{body}: {a:?}");
        assert_eq!(r.2, src, "{body}: {a:?}");
    }
}

#[test]
fn a_joined_verb_of_saying_ends_the_content_before_it() {
    let body = "Ruiz admitted that the first count was wrong, but said the second one would stand.";
    let a = atts(body);
    let admitted = cue(&a, "admitted");
    assert_eq!(admitted.3, "the first count was wrong", "{a:?}");
    let said = cue(&a, "said");
    assert_eq!(said.2, "Ruiz", "{a:?}");
    assert_eq!(said.3, "the second one would stand", "{a:?}");
}

#[test]
fn and_between_two_subjects_joins_no_verb() {
    // "and" here joins two names: the verb has its own subject.
    let a = atts("Ruiz and Okafor said the count was wrong.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Ruiz and Okafor", "{a:?}");
    // A verb that is no verb of saying hands nothing on.
    let a = atts("Lee locked the office and went home early.");
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn a_clause_after_an_inverted_cue_is_not_its_source() {
    let body = "Ms. Reyes, calling the ruling “a gift to polluters,” said the state would appeal.";
    let a = atts(body);
    assert!(a.iter().all(|r| !r.2.contains("would")), "{body}: {a:?}");
    // A name, or a description with a relative clause, still is.
    let a = atts("“We will appeal,” said Will Grant, who had argued the case.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].2.starts_with("Will Grant"), "{a:?}");
    let a = atts("“The water rose overnight,” said a neighbour who was there.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].2.starts_with("a neighbour"), "{a:?}");
}

#[test]
fn a_participle_after_a_subordinate_clause_is_the_main_subjects() {
    // The clause right before the comma is a relative one; the speaker is
    // the sentence's subject.
    let body =
        "Okafor has criticised donors who fund attack ads, saying the money would be better spent on schools.";
    let a = atts(body);
    let r = cue(&a, "saying");
    assert_eq!(r.2, "Okafor", "{a:?}");
    assert_eq!(r.3, "the money would be better spent on schools", "{a:?}");
}

#[test]
fn a_subject_parted_from_its_verb_by_an_appositive_speaks() {
    let body =
        "Ana Ruiz, a former engineer at the port who retired in 2019, said the cranes were unsafe.";
    let a = atts(body);
    let r = cue(&a, "said");
    assert!(r.2.starts_with("Ana Ruiz"), "{a:?}");
    assert_eq!(r.3, "the cranes were unsafe", "{a:?}");
}

#[test]
fn a_verb_joined_inside_a_subordinate_clause_is_that_clauses_subjects() {
    let body = "The crowd cheered when Okafor waved and said the plant would stay open.";
    let a = atts(body);
    assert_eq!(cue(&a, "said").2, "Okafor", "{a:?}");
}

#[test]
fn a_question_put_in_the_passive_is_reported_speech() {
    let a = atts("Asked whether the plant would close, Ruiz said the talks were going well.");
    let q = cue(&a, "Asked");
    assert_eq!(q.0, "indirect", "{a:?}");
    assert_eq!(q.2, "", "{a:?}");
    assert_eq!(q.3, "whether the plant would close", "{a:?}");
    assert_eq!(cue(&a, "said").2, "Ruiz", "{a:?}");

    let a = atts("When asked by a local reporter about the new tolls, the mayor shrugged.");
    let q = cue(&a, "asked");
    assert_eq!(q.2, "a local reporter", "{a:?}");
    assert_eq!(q.3, "the new tolls", "{a:?}");
}

#[test]
fn asked_with_a_subject_or_a_quotation_is_no_passive_question() {
    // A subject before it: the ordinary reading, whose source is Lee.
    let a = atts("Lee asked whether the plant would close.");
    assert_eq!(cue(&a, "asked").2, "Lee", "{a:?}");
    // "asked" with no question word after it reports nothing of its own.
    let a = atts("When asked, the mayor shrugged and walked away.");
    assert!(a.iter().all(|r| r.1 != "asked"), "{a:?}");
}

#[test]
fn a_deed_verb_with_nothing_said_attributes_nothing() {
    for body in [
        "After weeks of talks the union finally agreed to a pay freeze.",
        "The count resumed once the hearings had concluded.",
        "The board met twice before the merger was announced.",
        "One of the drivers was named in local news reports as Ana Ruiz.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // With words reported they still attribute.
    let a = atts("The union agreed that the freeze would end in May.");
    assert_eq!(cue(&a, "agreed").2, "The union", "{a:?}");
}

#[test]
fn a_deed_verb_still_names_who_a_later_pronoun_is() {
    // The act is no attribution, but its subject is the "he" of the
    // quotation after the question put to him.
    let body = "Nell Okafor ran the count. Former mayor Tom Brandt agreed with the analysis. \
                Asked what had gone wrong, he was blunt. “The count was rushed,” he said.";
    let a = atts(body);
    assert!(a.iter().all(|r| r.1 != "agreed"), "{a:?}");
    let r = a
        .iter()
        .find(|r| r.0 == "direct")
        .unwrap_or_else(|| panic!("{a:?}"));
    assert_eq!(r.4, "Tom Brandt", "{a:?}");
}

#[test]
fn asked_with_an_object_is_no_passive_question() {
    let a = atts("The aide who met her at the door, Okafor recalled, asked her what she did.");
    assert!(
        a.iter().all(|r| !(r.1 == "asked" && r.2.is_empty())),
        "{a:?}"
    );
}

#[test]
fn a_verb_joined_inside_a_relative_clause_is_not_the_sentence_subjects() {
    let body = "Lee is courting younger voters such as Ruiz, who admire his plan and feel that the old policies failed them.";
    let a = atts(body);
    assert!(a.iter().all(|r| !(r.1 == "feel" && r.2 == "Lee")), "{a:?}");
}

#[test]
fn a_verb_joined_in_a_later_clause_is_its_subjects() {
    for (body, src) in [
        (
            "Col. Ivo Marsh began the quarrel when he raised the old case and later said, \
             “It is not one group.”",
            "he",
        ),
        (
            "When Ivo Marsh, the aide, was asked at a lunch if the mayor would speak, he \
             laughed and said, “We will see.”",
            "he",
        ),
        (
            "Ms. Pell drew cheers as she thanked the crowd and then boomed, “You did it.”",
            "she",
        ),
        // No clause of its own before the joint: the sentence's subject.
        (
            "Ms. Pell thanked the crowd and then boomed, “You did it.”",
            "Ms. Pell",
        ),
    ] {
        let a = atts(body);
        let r = a.iter().find(|r| r.0 == "direct").expect("direct");
        assert_eq!(r.2, src, "{body}: {a:?}");
    }
}
