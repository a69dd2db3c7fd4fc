//! A sentence's first words that are no part of its subject (`Doch sie
//! sagte`), and subjects holding a dotted name (`der Gewerkschaft
//! ver.di`). Invented sentences.

use super::tests::read;
use crate::attribution::AttributionKind;

#[test]
fn doch_before_a_pronoun_subject_is_no_part_of_it() {
    let r = read("Die Ministerin Eva Roth besuchte die Werft. Doch sie sagte: „Wir bleiben hier.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Direct);
    assert_eq!(r[0].2.as_deref(), Some("sie"));
    let r = read("Der Trainer Max Huber kam spät. Doch er erklärte: „Wir gewinnen.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("er"));
}

#[test]
fn doch_before_a_named_subject_is_no_part_of_the_name() {
    let r = read("Die Werft bleibt. Doch Eva Roth sagte: „Wir ziehen um.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Eva Roth"));
}

#[test]
fn doch_as_an_adverb_puts_the_subject_after_the_verb() {
    let r = read("Die Ministerin Eva Roth kam spät. Doch sagte sie dann: „Wir bleiben hier.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("sie"));
}

#[test]
fn a_dotted_name_in_the_subject_is_a_noun_not_the_verb() {
    let r = read(
        "Der Chef der Gewerkschaft ver.di, Jan Roth, würdigte den Verstorbenen als „einen großen Kollegen“.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "würdigte");
    assert_eq!(
        r[0].2.as_deref(),
        Some("Der Chef der Gewerkschaft ver.di, Jan Roth")
    );
    // (With an apposition after it that has no article.)
    let r = read(
        "Die Chefin der Gewerkschaft ver.di, Nachfolgerin der ÖTV, Eva Roth, lobte den Plan als „mutig“.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(
        r[0].2
            .as_deref()
            .is_some_and(|s| s.starts_with("Die Chefin der Gewerkschaft ver.di")),
        "{r:?}"
    );
    let r = read("Die Redaktion von zeitung.de berichtete, der Markt sei geschlossen worden.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Redaktion von zeitung.de"));
}

#[test]
fn an_abbreviation_with_one_letter_pieces_is_no_dotted_name() {
    // `u.a.` stays an abbreviation: no noun runs on through it, and the
    // sentence still has its speaker.
    let r = read("Die Sprecherin Eva Roth nannte u.a. den Plan „verfehlt“.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Sprecherin Eva Roth"));
}
