//! A clause that opens with its finite verb (`Kämen sie …`): the
//! capitalised verb is no name, and a condition's subject is not the
//! sentence's. Invented sentences.

use super::tests::{read, sources};

#[test]
fn a_condition_opened_by_its_verb_leaves_the_quotation_to_the_speaker_before() {
    let s = sources(
        "Die Ministerin forderte alle Bauern zur Abgabe der Listen auf. Täten sie das \
         nicht, so „drohe ihnen eine Strafe“.",
    );
    assert_eq!(s.last(), Some(&Some("Die Ministerin".to_string())), "{s:?}");
}

#[test]
fn a_capitalised_verb_before_a_pronoun_is_never_the_source() {
    for text in [
        "Hätte sie ihn gekannt, wäre der Plan „sofort gestoppt“ worden.",
        "Wollte er bleiben, müsse er „bessere Gründe“ nennen.",
    ] {
        let r = read(text);
        let first = text.split(' ').next().unwrap();
        assert!(
            r.iter().all(|a| a.2.as_deref() != Some(first)),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_conjunction_before_a_pronoun_keeps_the_pronoun_as_subject() {
    let r = read("Aber er erklärte: „Wir bleiben hier.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("er"));
}
