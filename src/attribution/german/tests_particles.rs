//! A separable verb's particle after a quotation that names something
//! inside its clause (`wies den Plan als „Zumutung“ zurück`). Invented
//! sentences.

use super::tests::read;

#[test]
fn a_particle_after_a_quotation_inside_the_clause_completes_the_verb() {
    for (text, cue) in [
        (
            "Die Ministerin Eva Roth wies den Plan als „Zumutung“ zurück.",
            "wies",
        ),
        (
            "Der Verband forderte die Stadt zu „sofortigem Handeln“ auf.",
            "forderte",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1, cue, "{text}: {r:?}");
    }
}

#[test]
fn a_particle_before_the_quotation_still_counts() {
    let r = read("Die Polizei teilte mit: „Wir ermitteln in alle Richtungen.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Polizei"));
    // A word inside the quotation is no particle of the verb before it,
    // nor is one after a name in quotation marks.
    let r = read("Die Polizei teilte die Zahlen als „noch nicht vollständig mit“.");
    assert!(r.iter().all(|a| a.1 != "teilte"), "{r:?}");
    let r = read("Der Verlag kündigte den Film „Sonnenfeld“ für den Mai an.");
    assert!(r.iter().all(|a| a.1 != "kündigte"), "{r:?}");
}
