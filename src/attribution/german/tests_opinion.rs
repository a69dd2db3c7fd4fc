//! `für X` as whose view a quotation gives, past a sentence's start: each
//! on an invented sentence.

use super::tests::{read, sources};

#[test]
fn fuer_someone_in_a_was_clause_gives_their_view() {
    let s = sources(
        "Der Stadtrat hat die Gebühren für Vereine verdoppelt. \
         Was für den Kämmerer eine „notwendige Korrektur“ ist, empört die Sportvereine.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("den Kämmerer"),
        "{s:?}"
    );
}

#[test]
fn fuer_someone_after_the_copula_gives_their_view() {
    // Each quotation goes to its own `für X`.
    let r = read(
        "Was für die Senatorin ein „kluger Kompromiss“ ist, war für die Elternvertreter \
         „ein fauler Handel“.",
    );
    let s: Vec<_> = r.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(
        s,
        [Some("die Senatorin"), Some("die Elternvertreter")],
        "{r:?}"
    );
}

#[test]
fn was_fuer_ein_asks_what_kind_and_names_no_one() {
    let r = read("Was für ein „Erfolg“ das war, zeigte sich erst im Winter.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("ein")), "{r:?}");
    assert!(r.iter().all(|x| x.1 != "für"), "{r:?}");
}

#[test]
fn fuer_someone_after_the_copula_without_a_quotation_reports_nothing() {
    let r = read("Der neue Spielplatz war für die Kinder der Gemeinde gedacht.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn fuer_someone_with_a_place_after_the_copula_gives_their_view() {
    let r = read(
        "Die Reform gilt ab Mai. Sie war für die Gewerkschaften in Sachsen \
         „ein Schlag ins Gesicht“.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    let s = r[0].2.as_deref().unwrap_or_default();
    assert!(s.starts_with("die Gewerkschaften"), "{r:?}");
}
