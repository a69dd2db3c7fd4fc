//! Crowds as sources: a count of people opening the clause, an outcry
//! after "with" that is the subject's.

use super::tests::atts;

#[test]
fn a_count_of_people_is_the_subject_of_a_participle() {
    let a = atts(
        "Outside the hall, about 300 farmers gathered in two groups, waving flags and \
         chanting “Save our fields.”",
    );
    let q = a.iter().find(|r| r.1 == "chanting").expect("{a:?}");
    assert_eq!(q.2, "about 300 farmers", "{a:?}");
}

#[test]
fn a_number_before_a_word_for_things_is_no_subject() {
    let a = atts(
        "Outside the hall, about 300 tractors stood in two rows, with drivers chanting \
         “Save our fields.”",
    );
    assert!(a.iter().all(|r| !r.2.contains("tractors")), "{a:?}");
}

#[test]
fn an_outcry_after_with_is_the_subjects() {
    let a = atts("Their supporters answered with loud chants of “Not one more acre” until noon.");
    let q = a.iter().find(|r| r.1 == "chants of").expect("{a:?}");
    assert_eq!(q.2, "Their supporters", "{a:?}");
}

#[test]
fn an_outcry_without_with_names_no_one() {
    let a = atts("The band walked on to loud chants of “Not one more acre” at noon.");
    let q = a.iter().find(|r| r.1 == "chants of").expect("{a:?}");
    assert_eq!(q.2, "", "{a:?}");
}
