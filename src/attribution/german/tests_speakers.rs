//! Who speaks, where the stretch around the speaker holds more than words:
//! a slash in a party's name, a relative clause before the verb, words
//! after `so X`, and sentences run together with no space.

use super::tests::{read, sources};
use crate::attribution::AttributionKind;

#[test]
fn a_slash_in_a_name_keeps_the_apposition_whole() {
    // `Gärten 90/Die Nachbarn` is one name: the subject runs to the verb,
    // and the object after it is nobody's voice.
    let s = sources(
        "Die Sprecherin des Vereins Gärten 90/Die Nachbarn, Hanna Vogt, kritisierte die Entscheidung des Rates als übereilt.",
    );
    assert_eq!(
        s,
        vec![Some(
            "Die Sprecherin des Vereins Gärten 90/Die Nachbarn, Hanna Vogt".to_string()
        )]
    );
}

#[test]
fn a_relative_clause_before_the_verb_leaves_the_object_after_it() {
    // `seinen Rückzug` follows the verb, but the subject is the one the
    // relative clause describes.
    let s =
        sources("Tom Reuter, der im Sommer gewählt wurde, nannte seinen Rückzug „unvermeidlich“.");
    assert_eq!(s, vec![Some("Tom Reuter".to_string())]);
}

#[test]
fn so_with_an_adverb_or_a_phrase_after_the_source_is_still_a_cue() {
    let r = read("Die Lage sei ernst, so Vera Lind weiter: „Wir brauchen jetzt jede Hilfe.“");
    assert!(
        r.iter()
            .any(|(_, cue, s)| cue == "so" && s.as_deref() == Some("Vera Lind")),
        "{r:?}"
    );
    let r = read("Der Plan sei gescheitert, so Vera Lind in einem Interview.");
    assert!(
        r.iter()
            .any(|(_, cue, s)| cue == "so" && s.as_deref() == Some("Vera Lind")),
        "{r:?}"
    );
    // A long phrase between commas in the middle of the sentence: where
    // and when it was said.
    let r = read(
        "Doch sei es, so die Autorin Vera Lind in einem langen Gastbeitrag auf der Seite der Zeitung aus Hamburg, ein Fehler gewesen.",
    );
    assert!(
        r.iter()
            .any(|(_, cue, s)| cue == "so" && s.as_deref() == Some("die Autorin Vera Lind")),
        "{r:?}"
    );
    // A verb of its own after the name makes it a clause, not a cue.
    let r = read("Der Plan sei gescheitert, so Vera Lind habe es gesehen.");
    assert!(!r.iter().any(|(_, cue, _)| cue == "so"), "{r:?}");
}

#[test]
fn a_sentence_run_on_with_no_space_has_its_own_speaker() {
    // Without the split, the quotation after `Bank.Die` went to the
    // speaker of the sentence before.
    let s = sources(
        "„Wir sind zufrieden“, sagte der Direktor der Bank.Die Sprecherin der Kasse, Eva Roth, blieb skeptisch: „Das wird nicht reichen.“",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0].as_deref(), Some("der Direktor der Bank"));
    assert_eq!(s[1].as_deref(), Some("Die Sprecherin der Kasse, Eva Roth"));
}

#[test]
fn an_article_after_the_verb_still_inverts_after_a_relative_clause() {
    // The phrase before the relative clause is the object here: the
    // subject follows the verb.
    let s = sources(
        "Die Fans, die sich vor dem Stadion versammelt hatten, beschrieb die Polizei als „friedlich“.",
    );
    assert_eq!(s, vec![Some("die Polizei".to_string())]);
}

#[test]
fn hearsay_before_the_subject_inverts_like_an_auxiliary() {
    // `soll` stands second, the subject after it, the participle last.
    let s =
        sources("Wie die Zeitung schrieb, soll Nora Kessel zu ihm gesagt haben: „Geh nach Hause.“");
    assert_eq!(s.last().cloned().flatten().as_deref(), Some("Nora Kessel"));
}

#[test]
fn a_report_phrase_with_no_source_after_it_still_reports() {
    // `eigenen`: the clause's subject speaks of itself.
    let r = read("Die Wehr hat nach eigenen Angaben die halbe Halle abgesucht.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "nach eigenen Angaben");
    assert_eq!(r[0].2.as_deref(), Some("Die Wehr"));
    // A compound names its source in its first part; the phrase stands
    // for it.
    let r = read("Die Saison hat nach Polizeiangaben einen Toten gefordert.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Polizeiangaben"));
    // `nach` with no report noun is time or place, not a source.
    let r = read("Nach dem Spiel fuhren die Fans mit dem Zug nach Hause.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn laut_takes_a_source_in_lower_case() {
    for (text, source) in [
        (
            "Laut israelischen Medien gab es zwei Verletzte.",
            "israelischen Medien",
        ),
        ("Laut kiel.de blieb die Brücke gesperrt.", "kiel.de"),
        (
            "Die Zahl stieg laut einer dpa-Meldung weiter.",
            "einer dpa-Meldung",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn demnach_reports_with_no_speaker_before_it() {
    // The sentence before names no speaker by a cue; its subject is the
    // source of what `demnach` reports.
    let r = read(
        "Der Gerichtshof fällte am Montag sein Urteil. Demnach muss der Verein die Halle räumen.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "Demnach");
    assert_eq!(r[0].2.as_deref(), Some("Der Gerichtshof"));
    // Further into the sentence, in lower case, too.
    let r = read(
        "Der Gerichtshof fällte am Montag sein Urteil. Der Verein muss demnach die Halle räumen.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "demnach");
}

#[test]
fn a_source_phrase_inside_the_verbs_clause_leaves_the_quotation_the_verbs() {
    // `einigen Gästen zufolge` tells where the report comes from; the
    // quotation is the mayor's, as the verb says.
    let r = read(
        "Im Rathaus sagte die Bürgermeisterin einigen Gästen zufolge: „Wir bauen die Brücke neu.“",
    );
    let direct: Vec<_> = r
        .iter()
        .filter(|(k, _, _)| *k == AttributionKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{r:?}");
    assert_eq!(direct[0].1, "sagte");
    assert_eq!(direct[0].2.as_deref(), Some("die Bürgermeisterin"));
    // In a clause of its own after a comma the phrase keeps it.
    let r = read("Lars Kern verlangte eine Prüfung des Falls, bei dem es sich seiner Ansicht nach um einen „groben Fehler der Behörde“ handle.");
    assert!(
        r.iter()
            .any(|(k, cue, _)| *k == AttributionKind::Mixed && cue == "seiner Ansicht nach"),
        "{r:?}"
    );
}

#[test]
fn a_subject_never_ends_in_und_nor_holds_a_capitalised_adverb() {
    // `standen` reads like an adjective; the `und` right before the cue
    // says a second verb follows.
    let s = sources(
        "Anwohner standen am Rand der Straße und forderten, die Brücke sei sofort zu sperren.",
    );
    assert_eq!(s, vec![Some("Anwohner".to_string())]);
    // A subhead run into its paragraph: `Bereits` opens the sentence.
    let s = sources(
        "Neue Pläne Bereits im Mai hatte Bürgermeisterin Jana Roth erklärt: „Wir bauen neu.“",
    );
    assert_eq!(s, vec![Some("Bürgermeisterin Jana Roth".to_string())]);
}
