//! What a cue verb takes after it: a clause that holds a second cue ("said
//! she expected that …") is one attribution, not two; an adverb after the
//! verb ("said pleasantly into the phone", "said repeatedly they …") is
//! neither the reported clause nor all of it.

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
