//! Cues of several words before a clause (`phrasal`).

use super::tests::atts;

/// (cue, source, content) of the attributions.
fn rows(body: &str) -> Vec<(String, String, String)> {
    atts(body).into_iter().map(|a| (a.1, a.2, a.3)).collect()
}

#[test]
fn pointed_out_reports_its_clause() {
    let a = rows("Lee pointed out that the fund had lost $40 million.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "pointed out");
    assert_eq!(a[0].1, "Lee");
    assert_eq!(a[0].2, "the fund had lost $40 million");
    let a = rows("Critics point out that the road was never finished.");
    assert_eq!(a[0].0, "point out", "{a:?}");
}

#[test]
fn made_clear_with_and_without_it() {
    let a = rows("The mayor made clear that the bridge would stay shut.");
    assert_eq!(
        (a[0].0.as_str(), a[0].1.as_str()),
        ("made clear", "The mayor"),
        "{a:?}"
    );
    let a = rows("Officials have made it clear they will not pay the contractor.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "made it clear");
    assert!(
        a[0].2.ends_with("they will not pay the contractor"),
        "{a:?}"
    );
}

#[test]
fn the_first_word_alone_is_no_cue() {
    assert!(rows("She pointed at the map and made a clear choice.").is_empty());
    assert!(rows("The guide pointed the way and made the path clear.").is_empty());
}
