//! Quotations inside reported speech: the words of whoever the subjunctive
//! reports, not of the reported clause's own subject.

use super::tests::sources;

#[test]
fn a_participle_before_the_subjunctive_keeps_the_clause_reported() {
    // `gesammelte` reads as the first verb; `seien` still makes the clause
    // reported speech, and the act narrated in between speaks nothing.
    let s = sources(
        "Die Ministerin Eva Korn warnte am Montag vor den Folgen. Auch die Auswertung der Kameras eröffnet neue Wege. So gesammelte Bilder seien „besonders heikel“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("Die Ministerin Eva Korn"),
        "{s:?}"
    );
}

#[test]
fn reported_sentences_in_between_do_not_speak_the_quotation() {
    // The subject of the subjunctive sentence before the quotation goes on
    // the court's report; the quotation is the court's.
    let s = sources(
        "Das Gericht nutzte die Verhandlung für eine Erklärung. Der Vorwurf gehe an der Sache vorbei. Weiterhin bleibe „ein schiefes Bild im Raum stehen“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("Das Gericht"),
        "{s:?}"
    );
}

#[test]
fn a_wie_clause_with_ausdruecken_names_the_speaker() {
    let s = sources(
        "Der Plan verletze, wie sich der Abgeordnete Tim Roth ausdrückte, „jede Regel des Anstands“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("der Abgeordnete Tim Roth"),
        "{s:?}"
    );
}
