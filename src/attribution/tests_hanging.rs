//! A participle phrase read as a source hands over to the subject of the
//! clause it hangs off.

use super::tests::atts;

#[test]
fn a_participle_phrase_is_no_source() {
    let body = "Ann Roe stood at the gate, jeering Mayor Pell and carrying a \
                banner saying, “Keep the harbour open.”";
    let a = atts(body);
    let row = a
        .iter()
        .find(|r| r.1 == "saying")
        .unwrap_or_else(|| panic!("{a:?}"));
    assert!(!row.2.starts_with("jeering"), "{a:?}");
    assert_eq!(row.2, "Ann Roe", "{a:?}");
}

#[test]
fn a_participle_with_a_subject_of_its_own_or_set_off_as_an_aside_is_kept() {
    // "including …" between commas before the cue: the noun phrase before
    // it is the source, and the participle reading must not replace it
    // with a clause subject further back.
    let a = atts("Four harbour unions, including the dockers' guild, said the pier was unsafe.");
    let row = a
        .iter()
        .find(|r| r.1 == "said")
        .unwrap_or_else(|| panic!("{a:?}"));
    assert!(
        row.2.contains("Four harbour unions") || row.2.contains("including"),
        "{a:?}"
    );
}
