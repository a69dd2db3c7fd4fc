//! Speakers named outside a verb of saying, and words that look like cues
//! but report nothing: each on an invented sentence.

use super::tests::{read, sources};
use crate::attribution::AttributionKind;

#[test]
fn an_apposition_with_its_own_article_stays_in_the_subject() {
    // `Name, die Rolle der Partei, kritisierte:` — the article after the
    // comma opens the apposition, not an object.
    let s = sources(
        "Lena Faber, die verkehrspolitische Sprecherin der Partei, kritisierte: \
         „Die Pläne kommen zu spät und kosten zu viel.“",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    let s = s[0].as_deref().unwrap_or_default();
    assert!(s.starts_with("Lena Faber"), "{s}");
}

#[test]
fn fuer_someone_with_a_copula_gives_whose_view_a_quotation_is() {
    let r = read(
        "Die Werte stiegen im Sommer deutlich an. \
         Für den Biologen Tom Reiter ist die Entwicklung „äußerst bedenklich“.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("den Biologen Tom Reiter"));
}

#[test]
fn fuer_someone_without_a_quotation_reports_nothing() {
    // A purpose or a beneficiary, not a view: no attribution.
    let r = read("Für die Kinder der Gemeinde ist ein neuer Spielplatz geplant.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_document_with_an_article_speaks_its_quotation() {
    // `Das` alone names no one, but `Das Ergebnis der Prüfung` is what
    // says the quotation, not the speaker of the paragraph before.
    let s = sources(
        "Der Senator sagte, die Prüfung laufe noch.\n\n\
         Das Ergebnis der Prüfung lautete: „Die Anlage ist sicher und darf weiter laufen.“",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1].as_deref(), Some("Das Ergebnis der Prüfung"));
}

#[test]
fn aeussern_without_a_quotation_reports_nothing() {
    // `äußerte sich zu …` tells that someone spoke, not what.
    let r = read("Die Bürgermeisterin äußerte sich am Abend zu dem Brand in der Halle.");
    assert!(r.is_empty(), "{r:?}");
    let r = read("Die Bürgermeisterin äußerte sich knapp: „Wir prüfen alles ganz genau.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Bürgermeisterin"));
}

#[test]
fn a_cross_reference_in_parentheses_is_no_attribution() {
    let r = read("Die Firma hatte im Mai Klage eingereicht (Lokalblatt berichtete).");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_title_after_the_noun_it_names_is_nobody_s_words() {
    let r =
        read("Der Sänger stellte am Abend sein Debütalbum „schöne neue Tage im alten Haus“ vor.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn an_adverb_alone_before_the_verb_leaves_the_subject_after_it() {
    let s = sources("Beschwichtigend fügte die Ärztin hinzu: „Niemand muss sich jetzt sorgen.“");
    assert_eq!(s, [Some("die Ärztin".to_string())]);
}

#[test]
fn a_name_or_translation_alone_in_brackets_is_nobody_s_words() {
    use super::tests::read;
    let r = read(
        "Die Ministerin Ada Lenz sprach lange. Die Partei Lepra („Liga für ein neues Land“) wuchs, wie die Operation „Blue Sky“ („Blauer Himmel“) zeigte. Sie nannte Ziele („Wohnungen“, „Schulen für alle“).",
    );
    assert!(r.is_empty(), "{r:?}");
    // A sentence in brackets keeps its stop, and is someone's.
    let r = read(
        "Die Ministerin Ada Lenz sagte: „Wir prüfen das.“ Dann wurde sie deutlicher („Wir bleiben bei unserem Plan.“).",
    );
    assert_eq!(r.len(), 2, "{r:?}");
}

#[test]
fn a_verb_of_saying_used_reflexively_reports_nothing() {
    // `sprach sich für … aus` (came out for), `bestätigt sich` (proved
    // true), `verspricht sich` (expects): the corpus counts none.
    for text in [
        "Der Landrat sprach sich am Montag für eine neue Umgehungsstraße aus.",
        "Überraschend sprachen sich beide Fraktionen gegen den Plan der Stadt aus.",
        "Damit bestätigt sich die Sorge, dass der Pegel weiter steigt.",
        "Von der neuen Halle verspricht sich der Verein mehr Zuschauer.",
    ] {
        let r = read(text);
        assert!(r.is_empty(), "{text}: {r:?}");
    }
    // Not reflexive, the same verbs still report.
    let r = read("Der Landrat sprach von einem großen Erfolg für die ganze Region.");
    assert_eq!(r.len(), 1, "{r:?}");
    let r = read("Die Sprecherin bestätigte, dass die Halle am Freitag schließt.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn informieren_reports_only_a_quotation() {
    // `informierte die Kunden über …` tells that someone was told, not what.
    let r = read("Der Verkehrsverbund informierte die Fahrgäste über die Sperrung der Strecke.");
    assert!(r.is_empty(), "{r:?}");
    let r =
        read("Der Verkehrsverbund informierte knapp: „Die Strecke bleibt bis Montag gesperrt.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Der Verkehrsverbund"));
}

#[test]
fn a_name_s_short_form_after_kurz_is_nobody_s_words() {
    let r = read(
        "Der Verlag Nordlicht brachte das Spiel „Kalte Straßen“, kurz „KS“, heraus. Die Notenbank (kurz: „Fed“) schwieg.",
    );
    assert!(r.is_empty(), "{r:?}");
    // `kurz` as an adverb of the verb introduces someone's words.
    let r = read("Die Ministerin Ada Lenz antwortete kurz: „Nein.“");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_name_glossed_in_brackets_is_nobody_s_words() {
    let r = read(
        "Der Verein Ostwind eröffnete die „Woche des freien Radios“ (Free Radio Week) in Kiel.",
    );
    assert!(r.is_empty(), "{r:?}");
    // A fragment in lower case, or an aside that cites with a number, is
    // someone's words all the same.
    let r = read(
        "Die Sprecherin Ada Lenz sagte, die Stadt werde „die Regeln der Kammer“ (Satzung 12) achten.",
    );
    // (The clause it stands in is reported too.)
    let quoted: Vec<_> = r.iter().filter(|x| x.0 == AttributionKind::Mixed).collect();
    assert_eq!(quoted.len(), 1, "{r:?}");
    let r = read("Die Ministerin Ada Lenz sagte: „Wir halten Wort“ (Rede vom 3. Mai).");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_name_after_an_article_and_an_adjective_is_nobody_s_words() {
    let r = read(
        "Die Wahl war knapp, allerdings schrieb zum Beispiel die liberale „El Diario“ Lenz den Sieg zu.",
    );
    assert!(r.is_empty(), "{r:?}");
    // After an indefinite article the quoted word is someone's.
    let r = read("Die Ministerin Ada Lenz warnte vor einem größeren „Flächenbrand“.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn capitalised_words_after_a_preposition_are_a_name() {
    let r = read(
        "Die Lage sei ernst, so der Sprecher der Firma Lenz gegenüber „Abend Zeitung“. Laut einem Artikel von „Radio Nord“ sinken die Preise.",
    );
    let indirect = crate::attribution::AttributionKind::Indirect;
    assert!(r.iter().all(|a| a.0 == indirect), "{r:?}");
    // One word alone after a preposition is someone's.
    let r = read("Die Ministerin Ada Lenz warnte vor „Panik“.");
    assert_eq!(r.len(), 1, "{r:?}");
}
