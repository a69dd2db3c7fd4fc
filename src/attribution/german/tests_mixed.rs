//! A quotation inside a reported clause gives the quoted words and the
//! clause that reports them; a quotation that is the verb's object gives
//! the words alone. Each on an invented sentence.

use super::tests::{extract, read};
use crate::attribution::AttributionKind;

/// The kinds of the attributions `text` makes, in order.
fn kinds(text: &str) -> Vec<AttributionKind> {
    read(text).into_iter().map(|r| r.0).collect()
}

#[test]
fn a_quotation_in_a_clause_after_the_comma_is_also_a_report() {
    let text = "Die Ministerin sagte, die Vorräte seien „knapp bemessen“.";
    let a = extract(text);
    assert_eq!(
        a.iter().map(|a| a.kind).collect::<Vec<_>>(),
        [AttributionKind::Indirect, AttributionKind::Mixed],
        "{a:?}"
    );
    let at = |s: crate::span::Span| &text[s.start as usize..s.end as usize];
    // Both the same speaker's; the report holds the clause, the mixed
    // attribution the quoted words.
    assert_eq!(a[0].source.map(at), Some("Die Ministerin"));
    assert_eq!(a[1].source.map(at), Some("Die Ministerin"));
    assert!(at(a[0].content.expect("clause")).contains("die Vorräte seien"));
    assert_eq!(at(a[1].content.expect("words")), "knapp bemessen");
}

#[test]
fn a_clause_before_a_cue_after_its_comma_is_also_a_report() {
    let k = kinds("Der Hafen sei „auf Jahre hinaus ausgelastet“, sagte der Betreiber.");
    assert_eq!(k, [AttributionKind::Indirect, AttributionKind::Mixed]);
}

#[test]
fn a_quotation_that_is_the_object_is_the_words_alone() {
    // No comma between the verb and the quotation: no clause is reported.
    let k = kinds("Der Bürgermeister nannte den Entwurf „wenig durchdacht“.");
    assert_eq!(k, [AttributionKind::Mixed]);
    let k = kinds("Die Gewerkschaft sprach von einer „gezielten Provokation“.");
    assert_eq!(k, [AttributionKind::Mixed]);
}

#[test]
fn a_clause_with_several_quotations_is_reported_once() {
    let k = kinds("Der Trainer sagte, die Abwehr sei „zu langsam“ und „zu alt“ gewesen.");
    let reports = k
        .iter()
        .filter(|k| **k == AttributionKind::Indirect)
        .count();
    assert_eq!(reports, 1, "{k:?}");
}

#[test]
fn a_quoted_name_with_words_in_lower_case_before_the_cue_is_nobody_s_words() {
    // The name stands as the subject of the verb of saying: not a
    // quotation, whatever its words in lower case.
    let r = read("Wie die „Hilfe für alle“ heute mitteilte, werden Zelte gebraucht.");
    assert!(r.iter().all(|x| x.0 != AttributionKind::Mixed), "{r:?}");
    let r = read("Die „Liga für freie Presse“ berichtete von drei Festnahmen.");
    assert!(r.iter().all(|x| x.0 != AttributionKind::Mixed), "{r:?}");
    // The same words as the verb's object, after it, are someone's.
    let r = read("Die Ministerin forderte die „Hilfe für alle“ am Montag.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Mixed);
}

#[test]
fn a_quotation_in_a_clause_of_a_source_phrase_is_also_a_report() {
    // No comma: the phrase has no object, the quotation stands in the
    // clause it reports.
    let k = kinds("Nach Angaben des Verbands ist die Ernte „so schlecht wie nie“ ausgefallen.");
    assert_eq!(k, [AttributionKind::Indirect, AttributionKind::Mixed]);
    let k = kinds("Die Brücke sei laut Gutachter Tom Weil „nicht mehr zu retten“ gewesen.");
    assert_eq!(k, [AttributionKind::Indirect, AttributionKind::Mixed]);
}
