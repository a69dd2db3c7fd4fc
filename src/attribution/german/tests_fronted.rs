//! Subjects after the verb when something else stands first: a phrase of
//! an article and an adverb (`Des Weiteren`), `da` as an adverb, and a
//! quotation fronted with `als`; and the pronominal adverb before `heißt
//! es` as the text that says it. Invented sentences.

use super::tests::{assert_one, read};

#[test]
fn des_weiteren_puts_the_subject_after_the_verb() {
    assert_one(
        "Der Verband tagte in Köln. Des Weiteren kritisierte die Vorsitzende Eva Lind, die Beiträge seien zu hoch.",
        "kritisierte",
        "die Vorsitzende Eva Lind",
    );
    assert_one(
        "Die Kammer prüfte den Fall. Des Weiteren sagte Tom Weber: „Wir warten ab.“",
        "sagte",
        "Tom Weber",
    );
}

#[test]
fn a_genitive_article_before_a_noun_still_opens_a_subject() {
    // (`Des Ministers Sprecher`: no adverb after the article.)
    let r = read("Des Ministers Sprecher sagte, die Frist laufe ab.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Des Ministers Sprecher"));
}

#[test]
fn da_as_an_adverb_puts_the_subject_after_the_verb() {
    assert_one(
        "Die Suche dauerte zwei Tage. Da teilte die Polizei mit, dass das Kind gefunden sei.",
        "teilte",
        "die Polizei",
    );
}

#[test]
fn da_as_a_conjunction_keeps_the_main_clause_subject() {
    let r = read("Da der Zug ausfiel, sagte die Sprecherin Eva Lind: „Wir bitten um Geduld.“");
    assert!(
        r.iter()
            .any(|x| x.2.as_deref() == Some("die Sprecherin Eva Lind")),
        "{r:?}"
    );
}

#[test]
fn a_quotation_fronted_with_als_has_its_subject_after_the_verb() {
    let r = read(
        "Der Rat stimmte ab. Als „schweren Fehler“ wertete der Oppositionsführer Jan Roth den Beschluss.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "wertete");
    assert_eq!(r[0].2.as_deref(), Some("der Oppositionsführer Jan Roth"));
}

#[test]
fn a_quotation_after_als_inside_the_sentence_is_not_fronted() {
    // (`als` not first: the sentence's own subject stands before.)
    let r = read("Der Rat stimmte ab. Die Opposition wertete den Beschluss als „schweren Fehler“.");
    assert!(r.iter().all(|x| x.1 != "Beschluss"), "{r:?}");
    assert!(
        r.iter().all(|x| x.2.as_deref() != Some("den Beschluss")),
        "{r:?}"
    );
}

#[test]
fn darin_heisst_es_takes_the_adverb_as_the_text() {
    assert_one(
        "Der Verein veröffentlichte am Montag einen offenen Brief. Darin heißt es: „Die Lage ist dramatisch.“",
        "heißt es",
        "Darin",
    );
    assert_one(
        "Die Stadt legte einen Plan vor. Dort heißt es, die Brücke werde im Mai saniert.",
        "heißt es",
        "Dort",
    );
}

#[test]
fn darin_soll_es_heissen_takes_the_adverb_too() {
    assert_one(
        "Die Firma verschickte ein Rundschreiben. Darin soll es heißen, die Preise würden steigen.",
        "soll es heißen",
        "Darin",
    );
}

#[test]
fn heisst_es_with_its_document_keeps_the_document() {
    assert_one(
        "Die Firma verschickte ein Rundschreiben. In dem Brief heißt es, die Preise würden steigen.",
        "heißt es",
        "dem Brief",
    );
}
