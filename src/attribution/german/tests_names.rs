//! Names and titles in quotation marks next to a cue (`wie die
//! „Morgenpost“ berichtete`): the name is nobody's words, and as the cue's
//! subject it is the source of what the clause reports. Invented sentences.

use super::tests::{extract, read};
use crate::attribution::AttributionKind;

#[test]
fn a_name_after_a_definite_article_is_no_quotation() {
    // One capitalised word after `dem`, `der`: a paper, a club, a title.
    let r = read("Der Minister sagte im Interview mit dem „Abendecho“, die Lage sei ernst.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Indirect);
    assert_eq!(r[0].2.as_deref(), Some("Der Minister"));
    let r = read("Die Fans feierten den Sieg vor dem Stadion des „Sportklub“ bis in die Nacht.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn one_word_after_an_indefinite_article_is_still_what_someone_called_it() {
    let text = "Die Ministerin nannte den Entwurf eine „Frechheit“.";
    let a = extract(text);
    assert_eq!(a.len(), 1, "{a:?}");
    let c = a[0].content.expect("content");
    assert_eq!(&text[c.start as usize..c.end as usize], "Frechheit");
}

#[test]
fn a_quoted_name_before_its_verb_is_the_source_of_the_report() {
    let r = read("Wie die „Morgenpost“ berichtete, wurde der Vertrag gestern gekündigt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Indirect);
    assert_eq!(r[0].2.as_deref(), Some("die „Morgenpost“"));
    // (After a conjunction before `wie`, too.)
    let r = read("Denn wie die „Morgenpost“ berichtete, wurde der Vertrag gestern gekündigt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("die „Morgenpost“"));
    let r = read("Die „Morgenpost“ berichtete, der Vertrag sei gestern gekündigt worden.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "berichtete");
    assert_eq!(r[0].2.as_deref(), Some("Die „Morgenpost“"));
}

#[test]
fn a_sentence_in_quotation_marks_after_an_article_still_ends_the_subject() {
    // A quotation with a word in lower case is someone's words, not a name:
    // the clause before the verb holds no subject.
    let r = read("Die „Lage ist ernst“ sagte der Sprecher am Abend.");
    assert!(
        r.iter()
            .all(|x| x.2.as_deref() != Some("Die „Lage ist ernst“")),
        "{r:?}"
    );
}
