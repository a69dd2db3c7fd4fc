//! Words inside a source or between a verb and its subject that German
//! grammar allows there: a foreign name's particles, and the adverbs of
//! the middle field. Each on an invented sentence.

use super::tests::sources;

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
