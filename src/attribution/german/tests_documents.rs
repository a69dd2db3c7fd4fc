//! Documents and places that speak a quotation (`heißt es`, passives with
//! `von`, `lässt … erklären`): each on an invented sentence.

use super::tests::read;

#[test]
fn an_auxiliary_before_es_keeps_heissen_a_cue() {
    // The perfect and the hearsay `soll` put `heißen` at the clause's end:
    // the document before still speaks.
    let r = read(
        "Die Gespräche wurden vertagt. In einer Mitteilung des Stadtrats hatte es \
         geheißen: „Wir brauchen mehr Zeit für eine gute Lösung.“",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "hatte es geheißen");
    assert_eq!(r[0].2.as_deref(), Some("einer Mitteilung des Stadtrats"));
    let r = read("Im Brief des Vereins soll es heißen: „Die Halle bleibt bis Mai geschlossen.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "soll es heißen");
    assert_eq!(r[0].2.as_deref(), Some("Brief des Vereins"));
}

#[test]
fn an_auxiliary_before_es_with_another_verb_is_no_cue() {
    // `hatte es gegeben` reports nothing: only the verb of saying counts.
    let r = read("In der Halle hatte es gebrannt, und die Feuerwehr löschte den Brand.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_compound_in_lower_case_up_to_its_hyphen_is_a_noun() {
    let r =
        read("Auf der festival-Homepage heißt es dazu: „Alle Konzerte finden wie geplant statt.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("der festival-Homepage"));
}

#[test]
fn a_passive_names_its_speaker_after_von() {
    let r = read(
        "Es wurde von ihrem Bruder die Vermutung geäußert, die Firma habe „längst \
         alles gewusst“.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("ihrem Bruder"));
    let r = read("Seine Bilder werden von Sammlern als „kühn und rätselhaft“ bezeichnet.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Sammlern"));
}

#[test]
fn a_passive_whose_von_opens_its_object_names_no_one() {
    // `sprechen von`: what was spoken of, not who spoke.
    let r = read("Am Abend wurde von einem großen Erfolg gesprochen, dass alle kamen.");
    assert!(r.iter().all(|r| r.2.is_none()), "{r:?}");
}

#[test]
fn a_passive_agent_speaks_only_a_quotation() {
    // `wurde von Nachbarn gemeldet`: who reported a fire, not a report.
    assert!(read("Der Brand wurde von Nachbarn gemeldet, die Feuerwehr kam sofort.").is_empty());
}

#[test]
fn a_demonstrative_alone_after_the_verb_is_the_subject() {
    // It stands for the person named before it, not for the document.
    let s = super::tests::sources(
        "In einem Gespräch mit dem Trainer Jan Roth sagte dieser, dass die \
         Mannschaft „noch nicht so weit“ sei.",
    );
    // (The quoted words and the `dass` clause they stand in.)
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|s| s.as_deref() == Some("dieser")), "{s:?}");
    let s = super::tests::sources("Die Pläne kommen zu spät, so diese.");
    assert_eq!(s, vec![Some("diese".to_string())]);
    // With its noun, the demonstrative is that noun's article, no
    // subject alone.
    let s = super::tests::sources("Am Abend sagte dieser Zeuge: „Ich habe nichts gesehen.“");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_ne!(s[0].as_deref(), Some("dieser"));
}

#[test]
fn the_subject_of_lassen_has_the_infinitive_said() {
    let s = super::tests::sources(
        "Dazu lässt die Sängerin durch ihren Anwalt erklären: „Ich habe nichts verschwiegen.“",
    );
    assert_eq!(s, vec![Some("die Sängerin".to_string())]);
    let s = super::tests::sources("Der Verein ließ über seine Anwälte erklären, man prüfe alles.");
    assert_eq!(s, vec![Some("Der Verein".to_string())]);
}

#[test]
fn lassen_with_a_pronoun_after_it_or_a_reflexive() {
    // A pronoun right after `lassen` is its subject; `ließ sich …
    // erklären` (could be explained) reports nothing.
    let s = super::tests::sources("Aktuell lässt sie dort erklären: „Alles ist geklärt.“");
    assert_eq!(s, vec![Some("sie".to_string())]);
    let r = super::tests::read("Anders ließen sich die Fehler nicht erklären.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_reflexive_lassen_before_a_second_verb_keeps_the_cue() {
    let s = super::tests::sources(
        "Der Trainer ließ sich nicht beirren und sagte: „Wir spielen weiter.“",
    );
    assert_eq!(s, vec![Some("Der Trainer".to_string())]);
}
