//! German constructions, each on an invented sentence.

use crate::attribution::{Attribution, AttributionKind, Data};
use crate::lang::Lang;
use crate::model::{Document, Format};

/// The headline every test article opens with: a headline's telegraphic
/// verbs are never read as cues.
const HEAD: &str = "Kopf\n\n";

/// The attributions of `HEAD` + `body`, with spans into `body`.
pub(super) fn extract(body: &str) -> Vec<Attribution> {
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
pub(super) fn read(text: &str) -> Vec<(AttributionKind, String, Option<String>)> {
    extract(text)
        .into_iter()
        .map(|a| {
            let at = |s: crate::span::Span| text[s.start as usize..s.end as usize].to_string();
            (a.kind, at(a.cue), a.source.map(at))
        })
        .collect()
}

/// `text` makes exactly one attribution, cued by `cue`, its source `src`.
pub(super) fn assert_one(text: &str, cue: &str, src: &str) {
    let r = read(text);
    assert_eq!(r.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        (cue, Some(src)),
        "{text}"
    );
}

pub(super) fn sources(text: &str) -> Vec<Option<String>> {
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
        assert_one(text, cue, src);
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
fn subjunctive_sentences_in_a_row_are_one_carried_report() {
    // The corpus marks a run of reported sentences as one statement; a new
    // paragraph starts a new one.
    let text = "Der Minister sagte, die Lage sei ernst. Die Vorräte seien fast aufgebraucht. \
                Die nächste Lieferung sei erst im Mai fällig.\n\nDie Bauern seien schon unruhig.";
    let atts = extract(text);
    assert_eq!(atts.len(), 3, "{atts:?}");
    let content = |i: usize| {
        atts[i]
            .content
            .map(|c| &text[c.start as usize..c.end as usize])
    };
    assert_eq!(
        content(1),
        Some("Die Vorräte seien fast aufgebraucht. Die nächste Lieferung sei erst im Mai fällig")
    );
    assert_eq!(content(2), Some("Die Bauern seien schon unruhig"));
    assert!(atts[1].inferred && atts[2].inferred);
    assert_eq!(atts[2].speaker, atts[0].speaker);
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

#[test]
fn a_quotation_of_several_sentences_keeps_the_cue_of_its_first_or_last() {
    // The cue before the first sentence, then after the last.
    for text in [
        "Die Trainerin sagte: „Wir haben gut gespielt. Das Team war stark. Ich bin stolz.“",
        "„Wir haben gut gespielt. Das Team war stark. Ich bin stolz“, sagte die Trainerin.",
    ] {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, AttributionKind::Direct, "{text}");
        let want = if text.starts_with("Die") {
            "Die Trainerin"
        } else {
            "die Trainerin"
        };
        assert_eq!(r[0].2.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn each_quotation_of_one_cue_is_its_own_attribution() {
    let text = "Der Verband kritisierte den „überstürzten Beschluss“ und die „fehlende Beteiligung der Eltern“.";
    let atts = extract(text);
    assert_eq!(atts.len(), 2, "{atts:?}");
    let at = |s: crate::span::Span| &text[s.start as usize..s.end as usize];
    assert_eq!(at(atts[0].content.unwrap()), "überstürzten Beschluss");
    assert_eq!(
        at(atts[1].content.unwrap()),
        "fehlende Beteiligung der Eltern"
    );
    assert!(atts.iter().all(|a| a.source.map(at) == Some("Der Verband")));
}

#[test]
fn a_fronted_phrase_is_no_subject_even_with_an_umlaut_or_als() {
    for (text, want) in [
        (
            "Über den Neubau sagte die Architektin: „Wir liegen gut im Plan.“",
            "die Architektin",
        ),
        (
            "Als Begründung nannte ein Sprecher: „Die Kosten sind zu hoch gestiegen.“",
            "ein Sprecher",
        ),
        (
            "Als Antwort sagte der Bürgermeister: „Die Schule bleibt offen.“",
            "der Bürgermeister",
        ),
    ] {
        assert_eq!(sources(text), vec![Some(want.to_string())], "{text}");
    }
}

#[test]
fn a_capitalised_adverb_opening_a_sentence_is_no_speaker() {
    // `Erstmals` is written in lower case elsewhere, `Derzeit` is a listed
    // adverb: neither speaks the fragment.
    let text = "Die Werft baut erstmals ein Schiff aus Holz. Erstmals gibt es dafür „einen Plan des Landes“.";
    assert!(
        sources(text)
            .iter()
            .all(|s| s.as_deref() != Some("Erstmals")),
        "{:?}",
        read(text)
    );
    let text = "Derzeit steht in dem Entwurf noch „eine Frist von drei Jahren“.";
    assert!(
        sources(text)
            .iter()
            .all(|s| s.as_deref() != Some("Derzeit")),
        "{:?}",
        read(text)
    );
}

#[test]
fn any_verb_after_a_quotation_and_its_comma_inverts() {
    // `resümiert` is in no list of cues: the word order makes it one.
    let r = read("„Das Verfahren hat viel zu lange gedauert“, resümiert der Anwalt des Klägers.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "resümiert");
    assert_eq!(r[0].2.as_deref(), Some("der Anwalt des Klägers"));
    // A relative clause after the comma is no cue.
    assert!(read("„Die Nacht der Lichter“, die jedes Jahr stattfindet, fällt aus.").is_empty());
}

#[test]
fn a_quotation_after_narration_about_someone_is_theirs() {
    // The last speaker is the mayor; the paragraph has moved on to the
    // engineer, who is named nearest to the quotation.
    let text = "Die Bürgermeisterin sagte, die Brücke werde gebaut.\n\n\
                Der Ingenieur Tom Weber prüfte die Pfeiler im Fluss. \
                „Die Fundamente halten noch viele Jahre.“";
    let r = read(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("Der Ingenieur Tom Weber"));
    // Straight after the speaker's own sentence, the speaker keeps it.
    let r = read("Die Ärztin sagte, es gebe Hoffnung. „Wir arbeiten ohne Pause.“");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2, r[0].2);
}

#[test]
fn a_second_verb_of_one_subject_keeps_the_subject() {
    let r = read("Der Fahrgast schlug gegen die Tür und rief: „Lasst mich sofort hinaus!“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "rief");
    assert_eq!(r[0].2.as_deref(), Some("Der Fahrgast"));
}

#[test]
fn subordinate_clauses_with_the_verb_last_name_their_subject() {
    let r = read("Das Urteil fiel mild aus, zumal Verteidigerin Eva Lang stets betont hatte, der Mann sei „kein Gewalttäter“.");
    let cued: Vec<_> = r.iter().filter(|x| x.1 == "betont").collect();
    // (The quoted words and the clause they stand in, both hers.)
    assert_eq!(cued.len(), 2, "{r:?}");
    assert!(cued
        .iter()
        .all(|x| x.2.as_deref() == Some("Verteidigerin Eva Lang")));
}

#[test]
fn present_tense_separable_cues_and_conditionals() {
    let r = read("Der Bericht führt aus, dass die Zahl der Unfälle gestiegen sei.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Der Bericht"));
    // A conditional after a speaker is the writer's, not carried speech;
    // a subjunctive I sentence is.
    let text = "Der Minister sagte, das Geld reiche. Die Preise könnten im Winter steigen.";
    assert_eq!(extract(text).len(), 1, "{:?}", read(text));
    let text = "Der Minister sagte, das Geld reiche. Die Preise seien stabil.";
    assert_eq!(extract(text).len(), 2, "{:?}", read(text));
}

#[test]
fn a_one_word_quotation_is_speech_only_where_someone_is_reported() {
    // The writer's scare quotes: nobody's words.
    let r = read("Der Trainer musste die Mannschaft im zweiten Spiel „umbauen“.");
    assert!(r.is_empty(), "{r:?}");
    // Reported speech, and what someone called something, are someone's.
    let r = read("Die Ministerin äußerte sich am Abend. Die Lage sei „ernst“.");
    assert!(r.iter().any(|(_, cue, _)| cue == "„"), "{r:?}");
    // (`wies … zurück` is a cue across its quotation.)
    let r = read("Die Firma wies den Bericht als „falsch“ zurück.");
    assert!(
        r.iter().any(|(_, _, s)| s.as_deref() == Some("Die Firma")),
        "{r:?}"
    );
    // A web address in quotation marks is a name.
    let r = read("Die Seite „gartenhilfe.de“ war am Montag nicht erreichbar.");
    assert!(r.is_empty(), "{r:?}");
}
