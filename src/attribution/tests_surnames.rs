//! Titles that are also surnames ("Steve King", "Patty Judge").

use super::tests::atts;

#[test]
fn a_title_after_a_given_name_is_the_surname() {
    let a = atts("\"The port will reopen,\" Matthew Prince said.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Matthew Prince");
    let a = atts("Patty Judge, a farmer, said the harvest was late.");
    assert_eq!(a[0].4, "Patty Judge", "{a:?}");
}

#[test]
fn a_title_before_a_name_or_after_a_body_stays_a_title() {
    let a = atts("Prince Edmund said the harvest was late.");
    assert_eq!(a[0].4, "Edmund", "{a:?}");
    let a = atts("\"The port will reopen,\" District Judge Ann Roe said.");
    assert_eq!(a[0].4, "Ann Roe", "{a:?}");
}
