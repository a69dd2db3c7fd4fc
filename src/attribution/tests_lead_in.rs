//! What stands before a colon that opens a quotation: a lead-in verb
//! ("Roe went further: “…”"), or a noun phrase that says nothing.

use super::tests::atts;

#[test]
fn a_noun_before_of_is_no_lead_in_verb() {
    let a = atts(
        "Ada Quill said that with patience, some sort of truce might be reached: \"Both sides want the harbour open. Neither can open it alone.\"",
    );
    assert!(a.iter().all(|r| r.1 != "sort"), "{a:?}");
    // The quotation is Ada Quill's, by the one cue "said".
    let quoted: Vec<_> = a.iter().filter(|r| r.3.contains("harbour")).collect();
    assert!(!quoted.is_empty(), "{a:?}");
    assert!(
        quoted.iter().all(|r| r.1 == "said" && r.2 == "Ada Quill"),
        "{a:?}"
    );
}

#[test]
fn a_lead_in_verb_still_quotes_its_subject() {
    let a = atts("On Friday, the harbour master, Ada Quill, went even further than her deputy: \"Nobody will be spared.\"");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].4.contains("Quill"), "{a:?}");
}

#[test]
fn a_short_clause_before_a_colon_is_no_headline_name() {
    // Seven tokens or fewer, opened by a capital: the headline shape
    // ("Ada Quill: “…”"); with a verb in it, its subject speaks.
    let a = atts("The mayor went even further: \"Nobody will be spared this winter.\"");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].1.as_str(), a[0].2.as_str()),
        ("went", "The mayor"),
        "{a:?}"
    );
    let a = atts("Quill delivered a sharp retort: \"No one is tearing this plan up.\"");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].1.as_str(), a[0].4.as_str()),
        ("delivered", "Quill"),
        "{a:?}"
    );
}

#[test]
fn a_headline_name_keeps_its_colon() {
    for (body, name) in [
        (
            "Ada Quill: \"We will win this fight in the end.\"",
            "Ada Quill",
        ),
        (
            "Secretary of State Ada Quill: \"We will win this fight.\"",
            "Ada Quill",
        ),
        // A passive names no speaker: the words before the colon stay whole.
        (
            "Tenants are obliged to answer: \"When did you move into this flat?\"",
            "Tenants",
        ),
        (
            "Ada Quill on the harbour: \"We will win this fight.\"",
            "Ada Quill",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].1, ":", "{body}: {a:?}");
        assert!(a[0].4.contains(name), "{body}: {a:?}");
    }
}

#[test]
fn an_article_and_lower_case_nouns_are_the_subject_of_a_lead_in() {
    // The subject runs over the nouns to the word that reads as a verb: a
    // past form, or one a particle or adverb follows.
    for (body, cue, source) in [
        (
            "The harbour master went even further: \"Nobody will be spared this winter.\"",
            "went",
            "The harbour master",
        ),
        (
            "A ferry captain struck back: \"The timetable was never ours to set.\"",
            "struck",
            "A ferry captain",
        ),
        (
            "Our union boss bristled: \"Nobody asked the drivers about any of it.\"",
            "bristled",
            "Our union boss",
        ),
        (
            "Quill's deputy went further: \"Nobody is safe from the cuts.\"",
            "went",
            "Quill's deputy",
        ),
        // A conjunction opening the sentence is no part of the subject.
        (
            "And Mr. Pell exulted: \"We told them so a year ago.\"",
            "exulted",
            "Mr. Pell",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(
            (a[0].1.as_str(), a[0].2.as_str()),
            (cue, source),
            "{body}: {a:?}"
        );
    }
}

#[test]
fn a_demonstrative_opens_no_subject_of_nouns() {
    // "that" opens a clause here: no lead-in verb "learned" with "that he"
    // for its speaker.
    let a = atts("Quill called it a \"costly blunder\" and that he has learned his lesson: \"They are ready for a long fight.\"");
    assert!(a.iter().all(|r| !r.2.starts_with("that")), "{a:?}");
}
