//! One quotation attributed by a cue before it and a cue after it.

use super::tests::atts;

#[test]
fn a_second_source_after_the_quotation_frames_the_report() {
    let a = atts("On Monday, Ada Quill said: \"Nobody will be spared,\" the Ledger reported.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, "reported");
    assert_eq!(a[0].2, "the Ledger");
    assert_eq!(a[0].0, "mixed");
    assert_eq!(a[0].3, "Ada Quill said: \"Nobody will be spared,\"");
}

#[test]
fn a_speaker_named_again_after_the_quotation_keeps_the_first_cue() {
    let a = atts(
        "Ada Quill spoke on Friday. She warned, \"The river will rise before winter,\" Quill told the radio station.",
    );
    let quoted: Vec<_> = a.iter().filter(|r| r.3.contains("river")).collect();
    assert_eq!(quoted.len(), 1, "{a:?}");
    assert_eq!(quoted[0].1, "warned");
    assert_eq!(quoted[0].0, "direct");
}

#[test]
fn two_quotations_each_with_its_own_cue_stay_apart() {
    let a = atts("Ada Quill said: \"The river will rise.\" \"We are ready,\" the mayor replied.");
    let cues: Vec<_> = a.iter().map(|r| r.1.as_str()).collect();
    assert!(cues.contains(&"said") && cues.contains(&"replied"), "{a:?}");
}

#[test]
fn a_fragment_inside_a_clause_keeps_both_cues() {
    let a = atts(
        "Ada Quill opened the meeting saying \"beyond doubt\" the dam was sound -- having suggested otherwise a week ago.",
    );
    let cues: Vec<_> = a.iter().map(|r| r.1.as_str()).collect();
    assert!(!cues.is_empty(), "{a:?}");
    assert!(
        a.iter().all(|r| r.0 != "mixed" || !r.3.contains("opened")),
        "{a:?}"
    );
}
