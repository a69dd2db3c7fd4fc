//! Clauses between a subject and its verb: a relative clause before the
//! sentence's own verb, a clause spliced on with a comma, an adverb inside
//! a noun phrase, a quotation inside the clause.

use super::tests::{read, sources};

#[test]
fn a_relative_clause_after_a_fronted_phrase_leaves_the_subject_after_the_main_verb() {
    // `rechtfertigte` is no verb of saying: the quotations are the
    // subject's, read after the relative clause's `wurde`.
    let s = sources(
        "Vera Lind sagte, sie sei zufrieden. In einem Papier, das am Abend verteilt wurde, rechtfertigte die Behörde den Einsatz als „notwendig“: „Wir haben richtig gehandelt und werden das wieder tun.“",
    );
    assert_eq!(s.len(), 3, "{s:?}");
    assert_eq!(s[1].as_deref(), Some("die Behörde"));
    assert_eq!(s[2].as_deref(), Some("die Behörde"));
}

#[test]
fn a_relative_clause_after_the_subject_leaves_it_the_speaker() {
    let s = sources(
        "Der Ingenieur, der die Brücke geplant hatte, verteidigte den Bau ohne Pause: „Sie ist sicher, das zeigen alle Messungen.“",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("Der Ingenieur")
    );
}

#[test]
fn an_apposition_with_an_indefinite_article_opens_no_relative_clause() {
    // `, eine Koalition … verfolge,` is no relative clause: the sentence is
    // not cut before it (which read `Das Ziel, das die Regierung` as the
    // subject before a relative clause).
    let s = sources(
        "Tom Weber sagte, er sei enttäuscht. Das Ziel, das die Regierung, eine Koalition aus drei Parteien verfolge, unterstütze die Fraktion „ohne Einschränkung“.",
    );
    assert_ne!(
        s.last().cloned().flatten().as_deref(),
        Some("Das Ziel, das die Regierung")
    );
}

#[test]
fn heisst_es_finds_its_document_before_a_relative_clause() {
    let r = read(
        "Im zweiten Absatz des Briefes, der den Zeitungen zugespielt wurde, heißt es: „Niemand darf davon erfahren, bis alles geregelt ist.“",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "heißt es");
    assert_eq!(r[0].2.as_deref(), Some("Absatz des Briefes"));
}

#[test]
fn an_adverb_before_an_adjective_stays_in_the_subject() {
    let r = read("Die staatlich gelenkten Zeitungen berichteten, der Hafen sei wieder geöffnet.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die staatlich gelenkten Zeitungen"));
    // A quotation inside the clause leaves the subject before the
    // auxiliary.
    let s = sources(
        "Die staatlich gelenkten lokalen Zeitungen hatten gestern von einem „Angriff“ auf die Ordnung gesprochen.",
    );
    assert_eq!(
        s,
        vec![Some(
            "Die staatlich gelenkten lokalen Zeitungen".to_string()
        )]
    );
}

#[test]
fn a_clause_spliced_on_with_a_comma_has_its_own_subject() {
    let r = read(
        "Der Minister wies den Vorwurf zurück, die Sprecherin der Fraktion, Eva Roth (SPD), erklärte: „Das ist völlig haltlos und schadet uns allen.“",
    );
    let quoted = r
        .iter()
        .find(|x| x.1 == "erklärte")
        .expect("erklärte is a cue");
    assert_eq!(
        quoted.2.as_deref(),
        Some("die Sprecherin der Fraktion, Eva Roth (SPD)")
    );
}
