//! German constructions, each on an invented sentence.

use crate::attribution::{Attribution, AttributionKind, Data};
use crate::lang::Lang;
use crate::model::{Document, Format};

/// The headline every test article opens with: a headline's telegraphic
/// verbs are never read as cues.
const HEAD: &str = "Kopf\n\n";

/// The attributions of `HEAD` + `body`, with spans into `body`.
fn extract(body: &str) -> Vec<Attribution> {
    let lang = Lang::builtin("de").unwrap();
    let text = format!("{HEAD}{body}");
    let doc = Document::parse(&text, Format::Plain, &lang.text);
    let mut atts = crate::attribution::extract(&doc, &lang.attribution);
    let back = |s: crate::span::Span| {
        crate::span::Span::new(s.start as usize - HEAD.len(), s.end as usize - HEAD.len())
    };
    for a in &mut atts {
        a.cue = back(a.cue);
        a.source = a.source.map(back);
        a.content = a.content.map(back);
    }
    atts
}

/// `(kind, cue, source)` of each attribution, as text.
fn read(text: &str) -> Vec<(AttributionKind, String, Option<String>)> {
    extract(text)
        .into_iter()
        .map(|a| {
            let at = |s: crate::span::Span| text[s.start as usize..s.end as usize].to_string();
            (a.kind, at(a.cue), a.source.map(at))
        })
        .collect()
}

fn sources(text: &str) -> Vec<Option<String>> {
    read(text).into_iter().map(|r| r.2).collect()
}

#[test]
fn german_data_selects_the_german_constructions() {
    let d = Data::builtin("de").unwrap();
    assert_eq!(d.syntax, crate::attribution::data::Syntax::German);
}

#[test]
fn cue_after_the_quotation_inverts_verb_and_subject() {
    let r =
        read("„Wir sind zufrieden mit dem Ergebnis“, sagte der Sprecher der Stadtwerke am Montag.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Direct);
    assert_eq!(r[0].1, "sagte");
    assert_eq!(r[0].2.as_deref(), Some("der Sprecher der Stadtwerke"));
}

#[test]
fn cue_before_the_quotation_takes_the_subject_before_it() {
    for (text, want) in [
        (
            "Ministerin Jana Roth (SPD) sagte am Samstag: „Gegen den Plan gibt es keine Einwände.“",
            "Ministerin Jana Roth (SPD)",
        ),
        (
            "Einer der 13 Feuerwehrleute sagte: „Ich habe so einen Brand noch nie gesehen.“",
            "Einer der 13 Feuerwehrleute",
        ),
        (
            "Dazu erklärte die Bürgermeisterin: „Wir bauen die Brücke im Sommer wieder auf.“",
            "die Bürgermeisterin",
        ),
    ] {
        assert_eq!(sources(text), vec![Some(want.to_string())], "{text}");
    }
}

#[test]
fn separable_verbs_need_their_particle() {
    let said = read("Die Polizei teilte am Abend mit, dass zwei Männer festgenommen worden seien.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].2.as_deref(), Some("Die Polizei"));
    // `teilte … auf` is dividing, not saying.
    assert!(read("Die Gruppe teilte die Beute unter sich auf.").is_empty());
}

#[test]
fn phrases_name_a_source_without_a_verb() {
    for (text, cue, src) in [
        (
            "Laut Polizei wurden drei Menschen verletzt.",
            "Laut",
            "Polizei",
        ),
        (
            "Dem Bericht zufolge stieg die Zahl der Fälle deutlich.",
            "zufolge",
            "Dem Bericht",
        ),
        (
            "Nach Angaben der Feuerwehr brach das Feuer im Keller aus.",
            "Nach Angaben",
            "der Feuerwehr",
        ),
        ("Die Lage sei sehr ernst, so Müller.", "so", "Müller"),
        (
            "In dem Antrag heißt es: „Der Plan ist ein guter erster Schritt.“",
            "heißt es",
            "dem Antrag",
        ),
        (
            "Laut „Tagesblatt“ wurde der Vertrag gestern unterschrieben.",
            "Laut",
            "„Tagesblatt“",
        ),
        (
            "Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf einem Übungsflug.",
            "Nach einer Stellungnahme",
            "der Armee",
        ),
        (
            "Die Lage ist seiner Meinung nach ernst.",
            "seiner Meinung nach",
            "seiner Meinung",
        ),
        (
            "Auch einige kleinere Parteien haben angekündigt, vor Gericht zu ziehen.",
            "angekündigt",
            "einige kleinere Parteien",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(
            (r[0].1.as_str(), r[0].2.as_deref()),
            (cue, Some(src)),
            "{text}"
        );
    }
}

#[test]
fn subjunctive_sentences_are_carried_by_the_speaker_before_them() {
    let text = "Der Minister sagte, die Lage sei ernst. Die Vorräte seien fast aufgebraucht.\n\nDas Wetter war gut.";
    let atts = extract(text);
    assert_eq!(atts.len(), 2, "{atts:?}");
    assert!(!atts[0].inferred && atts[1].inferred);
    assert_eq!(atts[1].speaker, atts[0].speaker);
    let cue = atts[1].cue;
    assert_eq!(&text[cue.start as usize..cue.end as usize], "seien");
}

#[test]
fn passive_cues_name_no_one_and_wie_clauses_do() {
    assert!(read("Am Abend wurde mitgeteilt, dass die Straße gesperrt bleibt.").is_empty());
    let r = read("Wie die Polizei mitteilte, wurde niemand verletzt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("die Polizei"));
}

#[test]
fn quotations_without_a_cue_take_the_sentence_subject_or_the_last_speaker() {
    let text = "Die Ärztin sagte: „Wir arbeiten seit Tagen ohne Pause.“ „Die Betten reichen nicht mehr für alle Kranken.“";
    let r = read(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2, r[0].2);
    // A title of a few capitalised words is nobody's words.
    assert!(read("Das Buch „Die Früchte des Zorns“ liegt im Regal.").is_empty());
}

#[test]
fn a_headline_is_not_read_for_cues() {
    let lang = Lang::builtin("de").unwrap();
    let text = "Demonstranten fordern Neuwahlen\n\nDie Polizei sperrte den Platz.\n";
    let doc = Document::parse(text, Format::Plain, &lang.text);
    assert!(crate::attribution::extract(&doc, &lang.attribution).is_empty());
}

#[test]
fn demnach_carries_the_source_before_it() {
    let text =
        "Das Gericht sagte, der Staat habe versagt. Demnach ist die Regierung mitverantwortlich.";
    let atts = extract(text);
    assert_eq!(atts.len(), 2, "{atts:?}");
    assert!(atts[1].inferred);
    assert_eq!(atts[1].source, atts[0].source);
}

#[test]
fn a_cue_phrase_at_the_very_end_reads_no_further() {
    // Each ends where a construction looks one or two words ahead.
    for text in [
        "Die Zahl stieg, so",
        "Er sagte nach",
        "Laut",
        "Das heißt",
        "Nach Angaben",
    ] {
        for a in extract(text) {
            assert!(a.cue.end as usize <= text.len(), "{text}: {a:?}");
        }
    }
}
