//! What a cue with an object alone reports, and the source phrases a
//! relative clause or a plan opens: each on an invented sentence.

use super::tests::{assert_one, read};
use crate::attribution::AttributionKind;

#[test]
fn a_judgement_of_an_object_alone_reports_nothing() {
    for text in [
        "Die Opposition kritisierte am Dienstag den Haushaltsplan der Stadt.",
        "Der Angeklagte bestritt vor Gericht jede Beteiligung an dem Überfall.",
        "Der Verein wies die Vorwürfe des Verbands entschieden zurück.",
    ] {
        let r = read(text);
        assert!(r.is_empty(), "{text}: {r:?}");
    }
}

#[test]
fn a_judgement_with_a_clause_or_a_naming_still_reports() {
    for (text, cue) in [
        (
            "Die Opposition kritisierte, dass der Plan zu spät komme.",
            "kritisierte",
        ),
        (
            "Die Opposition kritisierte den Plan als völlig überteuert.",
            "kritisierte",
        ),
        (
            "Die Opposition kritisierte den Plan: Er komme viel zu spät.",
            "kritisierte",
        ),
        // Thinking and demanding are no judgement: what is demanded is
        // what was said, and a vague source expecting something is worth
        // its finding.
        (
            "Die Opposition rechnet mit einer neuen Abstimmung.",
            "rechnet",
        ),
        (
            "Die Opposition forderte am Dienstag eine neue Abstimmung.",
            "forderte",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1, cue, "{text}");
        assert_eq!(r[0].2.as_deref(), Some("Die Opposition"), "{text}");
    }
}

#[test]
fn a_judgement_keeps_a_quotation_next_to_it() {
    let r = read("Die Opposition kritisierte den „völlig überhasteten Alleingang“ der Stadt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Mixed);
}

#[test]
fn wonach_and_nach_denen_report_what_the_noun_before_them_says() {
    for (text, cue, src) in [
        (
            "Es gab Gerüchte, wonach der Trainer den Verein verlassen wolle.",
            "wonach",
            "Gerüchte",
        ),
        (
            "Es gibt neue Umfragen, nach denen die meisten Mieter zufrieden sind.",
            "nach denen",
            "Umfragen",
        ),
    ] {
        assert_one(text, cue, src);
    }
}

#[test]
fn nach_with_a_relative_article_is_a_time() {
    // `die Pause, nach der …`: `der` is also an article, and after a comma
    // the clause it opens tells when.
    let r = read("Das Spiel ging in die Pause, nach der die Gäste stärker wurden.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn nach_a_plan_a_law_or_a_name_in_the_genitive_reports() {
    for (text, cue, src) in [
        (
            "Nach Planungen der Behörde soll die Brücke im Mai fertig sein.",
            "Nach Planungen",
            "der Behörde",
        ),
        (
            "Nach dem Grundgesetz ist der Präsident an die Verfassung gebunden.",
            "Nach dem Grundgesetz",
            "dem Grundgesetz",
        ),
        (
            "Nach Bergers Meinung werden zu viele Fehler gemacht.",
            "Nach Bergers Meinung",
            "Bergers",
        ),
    ] {
        assert_one(text, cue, src);
    }
}
