//! Precision: cue words in senses other than saying, read by the words
//! around them (see `senses.rs`).

use super::tests::atts;

#[test]
fn reports_to_and_reporting_live_attribute_nothing() {
    for body in [
        "The candidates must file their quarterly finance reports to the election board by Friday.",
        "The site relies on reader reports to flag fake accounts.",
        "Channel 9 reported live on the flood through the night.",
        "Every morning the clerk reports to the harbor master.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // A report of what was found still attributes.
    let a = atts("The Tribune reports that the mill will close in June.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "The Tribune", "{a:?}");
}

#[test]
fn as_we_know_it_attributes_nothing() {
    for body in [
        "Local radio as we know it is finished.",
        "The party as we now know it may not survive the year.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // Knowing a clause is still someone's belief.
    let a = atts("Mott knows it is over for the mill.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Mott", "{a:?}");
}

#[test]
fn an_estimated_figure_and_pledged_delegates_attribute_nothing() {
    let a = atts("Roe sold the stake at an estimated loss of $40 million.");
    assert!(a.is_empty(), "{a:?}");
    // "Pledged delegates" are a kind of delegate, not a promise.
    for body in [
        "Mott holds a large pledged delegate lead over Roe.",
        "Roe needs 300 more pledged delegates to win.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    let a = atts("Officials estimated that the loss would top $40 million.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Officials", "{a:?}");
}

#[test]
fn a_plain_object_ends_at_its_comma() {
    for body in [
        "Mott maintains a wide lead in endorsements, but the backing has yet to turn into wins.",
        "Though Mott maintains a large lead over Roe, a narrow win would raise doubts.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // A clause after the verb is still reported speech.
    let a = atts("Mott maintained the count was wrong, and Roe agreed.");
    assert!(a.iter().any(|r| r.2 == "Mott"), "{a:?}");
}

#[test]
fn a_comparison_with_what_was_said_attributes_nothing() {
    for body in [
        "The storm was not as bad as the forecasters said.",
        "The cuts would not raise nearly as much money as Mott has promised.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // "As Lee noted, …" still gives what was noted.
    let a = atts("As Roe noted, the vote was close.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Roe", "{a:?}");
}

#[test]
fn set_phrases_that_close_a_clause_attribute_nothing() {
    for body in [
        "The council voted the levy down a third time. Enough said.",
        "The levy failed. Having said that, the council will meet again in May.",
        "The newcomers spoke little English, but their faces said a lot.",
        "Her memoir of the flood is vivid and well told.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
}

#[test]
fn the_same_words_running_on_into_a_clause_still_report() {
    // "having said that" before a clause, "said a lot of" before a
    // subject: what was said follows.
    let a = atts("Having said that he would resign, Mott left the hall.");
    assert!(a.iter().any(|r| r.1 == "said"), "{a:?}");
    let a = atts("Mott said a lot of farmers would vote against the levy.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Mott", "{a:?}");
}
