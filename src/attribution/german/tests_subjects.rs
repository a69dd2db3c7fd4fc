//! Who a quotation with no cue verb of the lists belongs to: the subject
//! of its sentence, read through the shapes German puts before it.

use super::tests::sources;

#[test]
fn an_adjective_after_the_article_is_no_verb() {
    // `italienische` after `Der` is no verb: the subject runs to `zeigte`.
    let s = sources("Der spanische Verkehrsminister zeigte sich erleichtert: „Zum Glück wurde niemand verletzt.“");
    assert_eq!(s, vec![Some("Der spanische Verkehrsminister".to_string())]);
}

#[test]
fn a_name_and_an_adverb_before_a_colon_is_the_speaker() {
    let s = sources(
        "Die Abgeordnete Olga Brenner rügte den Etat. Brenner wörtlich: „Das ist ein Haushalt ohne jeden Plan.“",
    );
    assert_eq!(s.last().cloned().flatten().as_deref(), Some("Brenner"));
}

#[test]
fn a_focus_adverb_before_the_subject_is_left_out() {
    let s = sources("Auch die Sprecherin der Stadtwerke, Lina Horn, will „den Vorfall genau untersuchen lassen“.");
    assert_eq!(
        s,
        vec![Some("die Sprecherin der Stadtwerke, Lina Horn".to_string())]
    );
}

#[test]
fn a_fronted_object_leaves_the_subject_after_the_verb() {
    let s = sources(
        "Den Ärger der Fraktion brachte der Abgeordnete Kai Berger zum Ausdruck: „So können wir nicht weiterarbeiten.“",
    );
    assert_eq!(s, vec![Some("der Abgeordnete Kai Berger".to_string())]);
    // A pronoun that is only ever a subject, after the verb.
    let s = sources("Jede Schuld wies er von sich: „Ich habe davon nichts gewusst, gar nichts.“");
    assert_eq!(s, vec![Some("er".to_string())]);
}

#[test]
fn a_quoted_word_is_no_verb_of_the_narration() {
    // `statt` inside the motto is not the sentence's verb.
    let s = sources(
        "Unter dem Motto „Brot statt Böller“ zogen die Schüler durch die Stadt und riefen: „Wir wollen gehört werden!“",
    );
    assert_eq!(s.last().cloned().flatten().as_deref(), Some("die Schüler"));
}

#[test]
fn a_second_verb_after_a_subordinate_clause_takes_its_clause_subject() {
    let s = sources(
        "Als ein Kellner eingriff, beschimpfte der Gast die Bedienung und rief: „Lasst mich sofort in Ruhe!“",
    );
    assert_eq!(s, vec![Some("der Gast".to_string())]);
}

#[test]
fn an_attribute_between_article_and_noun_stays_in_the_source() {
    let s = sources(
        "„Das ist der schönste Abend meines Lebens“, schrieb die in Graz geborene Sängerin auf ihrer Seite.",
    );
    assert_eq!(s, vec![Some("die in Graz geborene Sängerin".to_string())]);
    // A relative clause is no attribute: it ends with its verb.
    let s = sources("Die Bürger, die für den Plan stimmten, sagten: „Wir sind zufrieden damit.“");
    assert_eq!(s.len(), 1);
}

#[test]
fn a_paper_named_in_quotation_marks_is_a_source() {
    let s = sources("„Der Markt ist in Bewegung geraten“, schreibt die „Wirtschaftspost“.");
    assert_eq!(s, vec![Some("die „Wirtschaftspost“".to_string())]);
}

#[test]
fn a_relative_clause_between_subject_and_verb_is_no_source_nor_content() {
    let r = super::tests::read(
        "Die Bürger, die für den Plan stimmten, sagten: „Wir sind damit sehr zufrieden.“",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Bürger"));
    // A word quoted in the relative clause is not the subject's words.
    let r = super::tests::read(
        "Rita Maus, die mit einem „Knallbonbon“ aufgefallen war, kritisierte den Plan des Rates.",
    );
    assert!(
        r.iter()
            .all(|a| a.0 == crate::attribution::AttributionKind::Indirect),
        "{r:?}"
    );
}

#[test]
fn a_quotation_in_reported_speech_that_goes_on_is_the_reporters() {
    // `Die Stadt` is the clause's subject, but the subjunctive says the
    // sentence still reports Kern's words.
    let r = super::tests::read(
        "Bürgermeisterin Ada Kern erklärte, man prüfe alle Wege. Die Stadt sei aber „nicht bereit, jeden Preis zu zahlen“.",
    );
    assert_eq!(
        r.last().and_then(|a| a.2.clone()).as_deref(),
        Some("Bürgermeisterin Ada Kern"),
        "{r:?}"
    );
}

#[test]
fn verbs_of_demanding_and_criticising_are_cues() {
    let r =
        super::tests::read("Der Verband warf der Regierung vor, sie habe die Bauern vergessen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Der Verband"));
    let r = super::tests::read("Die Gewerkschaft verlangte, dass die Löhne bald steigen.");
    assert_eq!(r[0].2.as_deref(), Some("Die Gewerkschaft"), "{r:?}");
}

#[test]
fn a_document_after_heisst_es_and_an_adverb_is_the_source() {
    let r = super::tests::read(
        "„Wir bedauern den Ausfall sehr und bitten um Verständnis“, heißt es dazu in einer Mitteilung des Vereins.",
    );
    assert_eq!(
        r[0].2.as_deref(),
        Some("einer Mitteilung des Vereins"),
        "{r:?}"
    );
}

#[test]
fn a_name_in_quotation_marks_is_nobodys_words() {
    let r =
        super::tests::read("Der Minister sagte der „Nordstadt Rundschau“, dass er bleiben wolle.");
    assert!(
        r.iter()
            .all(|a| a.0 == crate::attribution::AttributionKind::Indirect),
        "{r:?}"
    );
    // One quoted noun after an article is a quoted word.
    let r = super::tests::read("Der Minister nannte den Vorschlag eine „Zumutung“.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_verb_with_its_idiom_says_nothing() {
    // `sprach für`: was in favour of; `forderte … an`: requested.
    assert!(super::tests::read("Vieles sprach für den neuen Standort am Hafen.").is_empty());
    assert!(
        super::tests::read("Der Landrat forderte weitere Helfer aus dem Nachbarkreis an.")
            .is_empty()
    );
}

#[test]
fn an_idiom_word_far_from_the_verb_leaves_it_a_cue() {
    let r = super::tests::read(
        "Der Kanzler sprach von einem großen Erfolg für die ganze Partei und ihre Mitglieder.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    // `Zitat von X:` is a noun joined to a name, not a fronted phrase.
    let s = super::tests::sources("Zitat von Olaf Rinne: „Wir haben heute etwas Großes erreicht.“");
    assert_eq!(s, vec![Some("Zitat von Olaf Rinne".to_string())]);
}

#[test]
fn a_subjunctive_under_the_main_verb_leaves_the_quotation_to_its_subject() {
    let r = super::tests::read(
        "Bürgermeisterin Ada Kern erklärte, man prüfe alle Wege. Der Kämmerer zeigte sich besorgt, dass die Kosten steigen würden: „Das können wir kaum noch bezahlen.“",
    );
    assert_eq!(
        r.last().and_then(|a| a.2.clone()).as_deref(),
        Some("Der Kämmerer"),
        "{r:?}"
    );
}

#[test]
fn a_passive_after_the_quotation_leaves_the_subject_its_speaker() {
    let s = super::tests::sources(
        "Der Sprecher der Fraktion, Timo Wald, will „in den kommenden Wochen alles genau prüfen“, ob ein Verbot beantragt werden solle.",
    );
    assert_eq!(
        s,
        vec![Some("Der Sprecher der Fraktion, Timo Wald".to_string())]
    );
}

#[test]
fn a_role_after_the_verb_is_the_subject_of_a_fronted_object() {
    // No cue verb: the quotation is the subject's, and the subject is the
    // role after the verb, not the object before it.
    let s = sources(
        "Die geplante Kürzung der Zuschüsse stellte der Kreisvorsitzende Lars Voss offen in Frage: „So geht das nicht weiter.“",
    );
    assert_eq!(s, vec![Some("der Kreisvorsitzende Lars Voss".to_string())]);
    // With a cue verb too.
    let s = sources(
        "Die Pläne der Verwaltung kritisierte ein Sprecher des Vereins deutlich: „Das trifft die Falschen.“",
    );
    assert_eq!(s, vec![Some("ein Sprecher des Vereins".to_string())]);
    // A feminine role after `der` is a dative: the subject stays first.
    let s = sources(
        "Der Stadtrat stellte der Bürgermeisterin ein Ultimatum: „Bis Freitag muss ein Plan vorliegen.“",
    );
    assert_eq!(s, vec![Some("Der Stadtrat".to_string())]);
}

#[test]
fn a_figure_in_a_fronted_phrase_is_no_verb() {
    // `2027` has no case: the verb is `vertritt`, and `er` its subject.
    let s = sources(
        "Der Autor Timo Vogt ging nach Kiel. Seit Oktober 2027 vertritt er die These, dass die Reform „im Ansatz verfehlt“ sei.",
    );
    assert_eq!(s.last().cloned().flatten().as_deref(), Some("er"));
}

#[test]
fn a_clause_between_commas_hides_no_pronoun_subject() {
    let s = sources(
        "Den Vorschlag, alle Busse kostenlos fahren zu lassen, lehnt er dagegen ab: „Das kann die Stadt nicht bezahlen.“",
    );
    assert_eq!(s, vec![Some("er".to_string())]);
    // `dass` after the comma opens a clause: no verb there.
    let s = sources(
        "Die Bürgermeisterin Ina Kraft erklärte, dass er zurücktrete: „Das ist bedauerlich für uns alle.“",
    );
    assert_eq!(s, vec![Some("Die Bürgermeisterin Ina Kraft".to_string())]);
}

#[test]
fn a_verb_after_und_keeps_the_subject_and_takes_an_object() {
    // What follows `nannte` is its object, though nothing in its case
    // says so: the verb after `und` shares the subject of the clause
    // before it.
    let s = sources(
        "Die Ministerin Eva Roth lobte den Entwurf und nannte die Reform der Kommission „mutig und längst überfällig“.",
    );
    assert_eq!(s, vec![Some("Die Ministerin Eva Roth".to_string())]);
    let s = sources("Vor der Presse befand Kai Berg den Plan für gut und nannte Lindners Vorschlag „schnell und entschieden“.");
    assert_eq!(s, vec![Some("Kai Berg".to_string())]);
    // A fronted adverbial still inverts: the subject follows the verb.
    let s = sources("Dazu nannte der Minister den Vorschlag „mutig und längst überfällig“.");
    assert_eq!(s, vec![Some("der Minister".to_string())]);
}

#[test]
fn an_act_as_the_subject_speaks_no_quotation() {
    // `Speicherung` names an act: the quotation goes on with the speaker
    // before it.
    let s = sources(
        "Der Abgeordnete Jörg Tamm sagte, er lehne den Entwurf ab. Die vorbeugende Speicherung aller Daten bleibt „ein schwerer Eingriff in die Grundrechte“.",
    );
    assert_eq!(
        s,
        vec![
            Some("Der Abgeordnete Jörg Tamm".to_string()),
            Some("Der Abgeordnete Jörg Tamm".to_string())
        ]
    );
    // A body with the same ending speaks.
    let s = sources(
        "Die Bürgerbewegung zeigte sich enttäuscht: „Das ist ein schwarzer Tag für die ganze Stadt.“",
    );
    assert_eq!(s, vec![Some("Die Bürgerbewegung".to_string())]);
    // So does a name with such an ending, alone before a colon.
    let s = sources("Hartung knapp: „Das ist ein schwarzer Tag für die ganze Stadt.“");
    assert_eq!(s, vec![Some("Hartung".to_string())]);
}

#[test]
fn a_relative_pronoun_that_is_the_subject_speaks_for_the_noun_before_it() {
    let s = sources(
        "Am Abend zogen Tausende durch die Altstadt, darunter viele Fans, die immer wieder riefen: „Wir holen uns den Pokal zurück!“",
    );
    let got = s.last().cloned().flatten().unwrap_or_default();
    assert!(got.contains("Fans") && got.ends_with("die"), "{got:?}");
    // A pronoun only an object takes is no subject: the noun before it
    // does not speak.
    let s = sources(
        "Der Wirt begrüßte die Gäste, denen ein Kellner zurief: „Willkommen in unserem Haus!“",
    );
    let got = s.last().cloned().flatten().unwrap_or_default();
    assert!(!got.contains("Gäste"), "{got:?}");
}

#[test]
fn so_after_a_closing_mark_with_no_comma_names_the_source() {
    let s = sources(
        "Der Verein zog sich aus dem Projekt zurück. „Das Angebot ist für uns einfach zu teuer.“ so das Urteil der Vorsitzenden.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("das Urteil der Vorsitzenden")
    );
}
