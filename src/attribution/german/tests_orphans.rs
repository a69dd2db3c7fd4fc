//! Quotations no cue attributes, whose speaker a clause of their own or
//! a name nearer to them gives. Invented sentences.

use super::tests::{read, sources};

#[test]
fn a_relative_clause_speaks_for_its_noun() {
    // Not the council that passed the motion: the motion says it.
    let s = sources(
        "Am Montag beschloss der Stadtrat einstimmig eine Erklärung, welche die Pläne \
         des Landes mit „großer Sorge“ zur Kenntnis nimmt.",
    );
    assert_eq!(s, vec![Some("Erklärung".to_string())]);
}

#[test]
fn a_clause_after_weil_speaks_for_its_own_subject() {
    let s = sources(
        "Das Gutachten ist heikel, weil die Ministerin das Projekt im Mai als „reine \
         Verschwendung“ bezeichnet hat.",
    );
    assert_eq!(s, vec![Some("die Ministerin".to_string())]);
}

#[test]
fn a_dass_clause_stays_with_the_sentence() {
    // `dass` opens what the subject thinks: the poll's respondents' words.
    let s = sources(
        "Viele Befragte sind der Meinung, dass die Verwaltung in der Stadt „eher \
         schlecht“ arbeitet.",
    );
    assert!(
        !s.contains(&Some("die Verwaltung in der Stadt".to_string())),
        "{s:?}"
    );
}

#[test]
fn a_passive_relative_clause_names_no_speaker() {
    let r = read("Die Wolken, die als „dicht und bedrohlich“ beschrieben wurden, zogen ab.");
    assert!(
        r.iter().all(|r| r.2.as_deref() != Some("Die Wolken")),
        "{r:?}"
    );
}

#[test]
fn a_carried_speaker_named_again_is_read_at_the_nearer_name() {
    let r = read(
        "Die Abgeordnete Jana Roth sagte, der Plan sei nicht rechtens. Die Speicherung \
         der Daten, wie sich Roth ausdrückte, „auf Vorrat und ohne jeden Anlass“ sei \
         nicht erlaubt.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Abgeordnete Jana Roth"));
    // The quotation's own sentence names her: that mention, not the first.
    assert_eq!(r[1].2.as_deref(), Some("Roth"), "{r:?}");
}
