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
