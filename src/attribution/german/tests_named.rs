//! A name in quotation marks after the noun it names (`die Zeitung
//! „Kurier“`) stands in its subject; an apposition between commas stands
//! in the subject of a `wie` clause. Invented sentences.

use super::tests::{extract, read};
use crate::attribution::AttributionKind;

#[test]
fn a_quoted_name_after_its_noun_stays_in_the_subject() {
    let r = read("Die regionale Tageszeitung „Nordblick“ berichtete, der Hafen sei gesperrt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Indirect);
    assert_eq!(
        r[0].2.as_deref(),
        Some("Die regionale Tageszeitung „Nordblick“")
    );
    let r = read("Ein Sprecher der Agentur „Weltdienst“ sagte: „Wir prüfen das noch.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Direct);
    assert_eq!(
        r[0].2.as_deref(),
        Some("Ein Sprecher der Agentur „Weltdienst“")
    );
}

#[test]
fn a_quoted_name_after_its_noun_does_not_open_the_clause() {
    let r = read("Wie das Magazin „Hafenblatt“ berichtete, wurde der Kapitän entlassen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("das Magazin „Hafenblatt“"));
}

#[test]
fn a_judgement_after_a_noun_is_no_name() {
    // A word in lower case in the marks is what the plan was called: the
    // subject before the verb is not read across it.
    let r = read("Der Entwurf „unzumutbar“ nannte die Gewerkschaft am Montag.");
    assert!(
        r.iter()
            .all(|x| x.2.as_deref() != Some("Der Entwurf „unzumutbar“")),
        "{r:?}"
    );
}

#[test]
fn an_apposition_stands_in_the_subject_of_a_wie_clause() {
    let r = read("Wie die Sprecherin der Werft, Ida Lorenz, erklärte, sei der Auftrag sicher.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "erklärte");
    assert_eq!(
        r[0].2.as_deref(),
        Some("die Sprecherin der Werft, Ida Lorenz")
    );
}

#[test]
fn a_relative_clause_is_no_apposition_of_a_wie_clause() {
    // `…, die ermittelt,` ends in its verb: the `wie` clause's subject is
    // not read across it as an apposition.
    let r = read("Wie die Behörde, die den Fall prüft, mitteilte, sei der Auftrag sicher.");
    assert!(
        r.iter()
            .all(|x| x.2.as_deref() != Some("die Behörde, die den Fall prüft")),
        "{r:?}"
    );
}

#[test]
fn an_aside_in_brackets_opens_a_clause_of_its_own() {
    // The aside's verb has the aside's subject, not the sentence's.
    let r = read(
        "Während die Polizei von 300 Gästen sprach (die Zeitung „Nordblick“ hatte 500 angegeben), blieb die Stadt still.",
    );
    let aside: Vec<_> = r.iter().filter(|x| x.1 == "angegeben").collect();
    assert_eq!(aside.len(), 1, "{r:?}");
    assert_eq!(aside[0].2.as_deref(), Some("die Zeitung „Nordblick“"));
    // A closed aside stays in its clause.
    let r = read("Der Abgeordnete Jan Roth (SPD) sagte: „Wir stimmen nicht zu.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Der Abgeordnete Jan Roth (SPD)"));
}

#[test]
fn a_separable_verb_finds_its_particle_past_an_apposition() {
    let r = read("„Wir gehen vor Gericht“, kündigte der Anwalt der Familie, Tom Klee, an.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Direct);
    assert_eq!(r[0].1, "kündigte");
    assert_eq!(r[0].2.as_deref(), Some("der Anwalt der Familie"));
    // (A particle before the comma ends the clause there: what follows
    // is what was said, not an apposition.)
    let r = read("Die Stadt gab am Montag an, der Bürgermeister, Jan Roth, sei krank.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "gab");
    assert_eq!(r[0].2.as_deref(), Some("Die Stadt"));
}

#[test]
fn an_apposition_after_the_source_is_no_content() {
    // `Das teilte X, Y, mit.` points back to the sentence before: the
    // apposition and the particle are not what was said.
    let text =
        "Die Brücke bleibt bis Mai gesperrt. Das teilte der Sprecher der Stadt, Jan Roth, mit.";
    let a = extract(text);
    assert_eq!(a.len(), 1, "{a:?}");
    let c = a[0].content.expect("content");
    assert_eq!(
        &text[c.start as usize..c.end as usize],
        "Die Brücke bleibt bis Mai gesperrt"
    );
}
