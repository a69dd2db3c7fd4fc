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
