//! A verb of quoting names two speakers of one quotation: who quotes and
//! who is quoted, each with an attribution of its own. Invented
//! sentences.

use super::tests::sources;

fn both(text: &str, one: &str, other: &str) {
    let mut s = sources(text);
    s.sort();
    let mut want = vec![Some(one.to_string()), Some(other.to_string())];
    want.sort();
    assert_eq!(s, want, "{text}");
}

#[test]
fn the_paper_and_the_person_it_quotes_both_speak() {
    both(
        "Die Morgenpost zitiert den Anwalt mit den Worten: „Wir legen Berufung ein.“",
        "Die Morgenpost",
        "den Anwalt",
    );
    both(
        "„Wir legen Berufung ein“, zitiert die „Morgenpost“ den Anwalt.",
        "die „Morgenpost“",
        "den Anwalt",
    );
    both(
        "Ein Radiosender zitierte Lindner mit den Worten: „Ich bleibe im Amt.“",
        "Ein Radiosender",
        "Lindner",
    );
}

#[test]
fn a_passive_names_the_paper_by_its_agent_or_the_text_it_is_in() {
    both(
        "Der Vorsitzende der Fraktion, Jan Berg, wird von der „Abendpost“ mit den Worten \
         zitiert: „Das war ein Fehler.“",
        "Der Vorsitzende der Fraktion, Jan Berg",
        "der „Abendpost“",
    );
    both(
        "„Das war ein Fehler“ wird der Trainer im italienischen Fachblatt „Il Foglio“ zitiert.",
        "der Trainer",
        "Fachblatt „Il Foglio“",
    );
    both(
        "In der Mitteilung auf der Seite des Vereins wird Berg wie folgt zitiert: „Das war \
         ein Fehler.“",
        "Berg",
        "der Mitteilung",
    );
}

#[test]
fn one_party_named_gives_one_attribution() {
    for (text, who) in [
        ("„Das war ein Fehler“, wird Berg zitiert.", "Berg"),
        ("„Das war ein Fehler“, zitierte man Jan Berg.", "Jan Berg"),
        (
            "„Das war ein Fehler“, zitiert die Abendpost.",
            "die Abendpost",
        ),
        (
            "Die Trainerin sagte der Abendpost: „Das war ein Fehler.“",
            "Die Trainerin",
        ),
    ] {
        assert_eq!(sources(text), vec![Some(who.to_string())], "{text}");
    }
}

#[test]
fn the_quoted_person_still_carries_the_reported_speech_after() {
    // `Er soll …`: the next sentence's report is the person's, not the
    // paper's.
    let r = super::tests::read(
        "Die Morgenpost zitiert den Anwalt mit den Worten: „Wir legen Berufung ein.“ Er \
         habe neue Beweise.",
    );
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(r[2].2.as_deref(), Some("den Anwalt"), "{r:?}");
}

#[test]
fn a_name_right_after_a_papers_quoted_name_is_the_person_quoted() {
    both(
        "Die Frist lief ab. „Das wird das größte Update“, zitiert die „Morgenpost“ Lind in ihrer Ausgabe.",
        "die „Morgenpost“",
        "Lind",
    );
    // (The person quoted first, as the corpus lists the two.)
    let s = sources("Die Frist lief ab. „Das wird teuer“, zitiert die „Morgenpost“ Jan Roth.");
    assert_eq!(
        s,
        vec![
            Some("Jan Roth".to_string()),
            Some("die „Morgenpost“".to_string())
        ]
    );
}

#[test]
fn a_web_address_after_a_verb_of_quoting_is_the_paper() {
    both(
        "Die Frist lief ab. „Das ist eine große Zahl“, zitiert ndr.de Polizeisprecher Jan Roth.",
        "ndr.de",
        "Polizeisprecher Jan Roth",
    );
}

#[test]
fn a_paper_named_with_its_noun_keeps_the_name_in_apposition() {
    // (`die Zeitung „Kurier“`: the quoted name follows its noun; nothing
    // with a capital follows it.)
    let s =
        sources("Die Frist lief ab. „Das wird teuer“, zitiert die Zeitung „Kurier“ den Anwalt.");
    assert!(s.contains(&Some("den Anwalt".to_string())), "{s:?}");
    assert!(s.iter().all(|x| x.as_deref() != Some("Kurier")), "{s:?}");
}

#[test]
fn a_web_address_ends_its_source_at_a_stop_after_it() {
    // (The sentence splitter may run on past `….de.`.)
    let s = sources("Die Lage bleibt ruhig, so laut ndr.de. Nach dem Spiel zogen die Fans ab.");
    assert!(
        s.iter()
            .all(|x| x.as_deref().is_none_or(|x| !x.contains("Nach"))),
        "{s:?}"
    );
}
