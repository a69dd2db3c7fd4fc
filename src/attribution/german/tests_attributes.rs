//! Subjects with a participle's phrase between article and noun, fronted
//! times, and clauses opened by a coordinator: each on an invented sentence.

use super::reader::participle;
use super::tests::{read, sources};

#[test]
fn a_participle_phrase_with_its_object_stays_in_the_subject() {
    let s = sources(
        "Die den Sturm überlebende Fischerin Mara Kunz schilderte den Abend: „Das Wasser stieg schneller als je zuvor.“",
    );
    assert_eq!(
        s,
        vec![Some(
            "Die den Sturm überlebende Fischerin Mara Kunz".to_string()
        )]
    );
}

#[test]
fn a_reflexive_participle_phrase_with_a_comparison_stays_in_the_subject() {
    let s = sources(
        "Der sich seit Jahren als Anwalt der Pendler verstehende Verbandschef Otto Brandl sagte: „Wir geben nicht auf, bis die Bahn fährt.“",
    );
    assert_eq!(
        s,
        vec![Some(
            "Der sich seit Jahren als Anwalt der Pendler verstehende Verbandschef Otto Brandl"
                .to_string()
        )]
    );
}

#[test]
fn a_participle_of_saying_before_its_noun_is_no_cue() {
    // `bestätigte` is the adjective of `Landrätin`; `sagte` is the cue.
    let r = read(
        "Die im Amt bestätigte Landrätin Uta Wendel sagte: „Wir haben in den nächsten Jahren viel vor.“",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "sagte");
    assert_eq!(
        r[0].2.as_deref(),
        Some("Die im Amt bestätigte Landrätin Uta Wendel")
    );
}

#[test]
fn participles_are_told_by_their_endings() {
    assert!(participle("einsetzende", false));
    assert!(participle("regierenden", false));
    assert!(!participle("gewählten", false));
    assert!(participle("gewählten", true));
    assert!(participle("geschriebene", true));
    // A finite verb in the past and a plain adjective are no present
    // participles.
    assert!(!participle("leitete", false));
    assert!(!participle("große", true));
}

#[test]
fn a_fronted_time_leaves_the_subject_after_the_verb() {
    let s = sources("Um 9 Uhr meldete der Sender Radio Nord: „Die Straße ist wieder frei, der Stau löst sich auf.“");
    assert_eq!(s, vec![Some("der Sender Radio Nord".to_string())]);
    let s =
        sources("Ende März verkündete der Verein: „Das Fest findet wie geplant im Juni statt.“");
    assert_eq!(s, vec![Some("der Verein".to_string())]);
}

#[test]
fn a_lower_case_compound_name_ends_no_subject() {
    let s = sources(
        "Der Sender al-Manar hatte am Morgen berichtet, die Grenze sei seit der Nacht geschlossen.",
    );
    assert_eq!(s, vec![Some("Der Sender al-Manar".to_string())]);
}

#[test]
fn a_clause_opened_by_a_coordinator_has_its_subject_after_it() {
    let s = sources(
        "Die Menge rief „Weg mit ihm!“ und der Wortführer Jan Holm rief: „Wir gehen heute nicht nach Hause!“",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("der Wortführer Jan Holm")
    );
}

#[test]
fn nach_with_a_noun_of_announcing_or_judging_names_its_source() {
    for (text, cue, src) in [
        (
            "Nach Ankündigung der Ministerin wird die Frist um zwei Jahre verlängert.",
            "Nach Ankündigung",
            "der Ministerin",
        ),
        (
            "Nach Bewertung der Behörde bestand keine Gefahr für die Anwohner.",
            "Nach Bewertung",
            "der Behörde",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1, cue, "{text}");
        assert_eq!(r[0].2.as_deref(), Some(src), "{text}");
    }
}
