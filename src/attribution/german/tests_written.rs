//! Quotations that stand written somewhere (`steht im Entwurf`, `war
//! darauf zu lesen`): the text they stand in speaks them. Invented
//! sentences.

use super::tests::{read, sources};

#[test]
fn the_document_a_passage_stands_in_speaks_it() {
    // The mayor before is not who wrote the statute.
    let r = read(
        "Bürgermeisterin Vera Lind lobte den Plan. Bislang steht in der Satzung des \
         Vereins noch der Satz: „Die Mitglieder wählen den Vorstand jedes Jahr neu.“",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("der Satzung des Vereins"));
}

#[test]
fn a_pronominal_adverb_stands_for_the_text() {
    let s = sources(
        "Der Verein hängte ein Banner auf. Darauf waren die Worte zu lesen: „Wir bleiben \
         hier und wir geben nicht auf.“",
    );
    assert_eq!(s, vec![Some("Darauf".to_string())]);
}

#[test]
fn a_relative_clause_names_the_text_before_its_comma() {
    let s = sources(
        "Am Tor hing ein Schild, auf dem geschrieben stand: „Betreten der Baustelle \
         verboten, Eltern haften für ihre Kinder.“",
    );
    assert_eq!(s, vec![Some("ein Schild".to_string())]);
}

#[test]
fn a_pronoun_subject_keeps_the_quotation() {
    // `steht in der Kritik`: he is criticised; the words are still his.
    let r = read(
        "Der Minister Karl Ost verteidigte sich. Er steht in der Kritik: „Ich habe \
         nichts falsch gemacht und ich trete nicht zurück.“",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_ne!(r[0].2.as_deref(), Some("der Kritik"), "{r:?}");
}

#[test]
fn words_standing_in_another_clause_are_no_place() {
    // The verb after a comma, or after the quotation, is another clause's:
    // the night is no text, nor is the hall.
    let r = read(
        "Schon in der Nacht wurde Alarm gegeben, etwa „zwei volle Stunden früher“ als \
         geplant, im Kreis steht das Wasser hoch.",
    );
    assert!(
        r.iter().all(|r| r.2.as_deref() != Some("der Nacht")),
        "{r:?}"
    );
    let r = read(
        "In der Halle waren viele Themen zu finden, darunter „Die Stadt am Fluss und \
         ihre Brücken im Wandel“.",
    );
    assert!(
        r.iter().all(|r| r.2.as_deref() != Some("der Halle")),
        "{r:?}"
    );
}

#[test]
fn the_text_something_is_mentioned_in_speaks_the_quotation() {
    // `war von „…“ die Rede`: the letter mentions it; the head teacher
    // before wrote to someone else.
    let s = sources(
        "Die Direktorin Eva Roth schrieb an die Eltern. In einem Schreiben an die \
         Lehrer war von einem „schwierigen Jahr“ die Rede.",
    );
    assert_eq!(
        s.last(),
        Some(&Some("einem Schreiben".to_string())),
        "{s:?}"
    );
}

#[test]
fn a_mention_that_names_no_text_is_left_to_the_speaker() {
    let s = sources(
        "Die Direktorin Eva Roth schrieb an die Eltern. Zunächst war von einem \
         „schwierigen Jahr“ die Rede.",
    );
    assert_eq!(
        s.last(),
        Some(&Some("Die Direktorin Eva Roth".to_string())),
        "{s:?}"
    );
    // A speaker who speaks of it keeps it.
    let s = sources("Die Direktorin Eva Roth sprach in ihrer Rede von einem „schwierigen Jahr“.");
    assert_eq!(s, vec![Some("Die Direktorin Eva Roth".to_string())]);
}
