//! What a reported cue says when its sentence holds no clause of its own
//! (`Das bestätigte die Sprecherin.`), and where a source after `laut`
//! ends: each on an invented sentence.

use super::tests::{extract, read};
use crate::attribution::AttributionKind;

#[test]
fn a_pronoun_object_takes_the_sentence_before_as_what_was_said() {
    let text = "Die Brücke bleibt bis Juni gesperrt. Das bestätigte die Sprecherin der Stadt.";
    let a = extract(text);
    assert_eq!(a.len(), 1, "{a:?}");
    let c = a[0].content.expect("content");
    assert_eq!(
        &text[c.start as usize..c.end as usize],
        "Die Brücke bleibt bis Juni gesperrt"
    );
    let r = read("Die Brücke bleibt bis Juni gesperrt. Der Stadtrat bestätigte dies am Abend.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Indirect);
}

#[test]
fn an_object_before_the_participle_is_no_pointer_to_the_sentence_before() {
    // The perfect puts the object between the auxiliary and the cue: the
    // sentence names what was criticised, and the sentence before is no
    // one's words.
    let r = read(
        "Die Brücke bleibt bis Juni gesperrt. Der Verband hatte die Sperrung schon im \
         Winter kritisiert.",
    );
    assert!(r.is_empty(), "{r:?}");
    let r = read("Der Zug fiel aus. Als Grund wurde ein Schaden am Stellwerk angegeben.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_source_after_laut_ends_before_the_verb() {
    // `erfolgte` reads like an adjective by its ending, but an adjective
    // stands before its noun, never after it.
    let r = read("Laut Ministerin Eva Roth erfolgte die Prüfung ohne jede Auflage.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "Laut");
    assert_eq!(r[0].2.as_deref(), Some("Ministerin Eva Roth"));
}
