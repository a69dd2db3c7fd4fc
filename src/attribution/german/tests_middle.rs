//! Words inside a source or between a verb and its subject that German
//! grammar allows there: a foreign name's particles, and the adverbs of
//! the middle field. Each on an invented sentence.

use super::tests::{read, sources};

#[test]
fn a_foreign_particle_stays_inside_an_apposition() {
    // `du`, `of`, `van` join the words of a name as `von` does.
    let s = sources(
        "Jean Moreau, der Sekretär der Confédération Générale du Travail (CGT) sagte \
         gegenüber der Agentur: „Wir streiken weiter, bis die Regierung nachgibt.“",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    let s = s[0].as_deref().unwrap_or_default();
    assert!(s.starts_with("Jean Moreau"), "{s}");
}
#[test]
fn a_middle_field_adverb_stands_between_verb_and_subject() {
    // `etwa`, `dagegen` before the subject after the finite verb.
    let r = read("„Das reicht bei weitem nicht aus“, sagte dagegen der Vorsitzende.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("der Vorsitzende"), "{r:?}");
    let s = sources(
        "So hat sich etwa die Vorsitzende des Verbandes gegen den Plan ausgesprochen \
         und behauptet, er sei nur „Flickwerk“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("die Vorsitzende des Verbandes"),
        "{s:?}"
    );
}

#[test]
fn aber_before_an_object_opens_no_subject() {
    // `…, fordern aber die Nennung …`: a verb after a comma with no subject
    // of its own; what follows `aber` is its object.
    let s = sources(
        "Die Demonstranten begrüßten den Vorschlag der Regierung, fordern aber \
         die Nennung eines „verbindlichen Datums“.",
    );
    assert!(
        s.iter().all(|s| s.as_deref() != Some("die Nennung")),
        "{s:?}"
    );
}
