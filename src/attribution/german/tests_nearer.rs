//! Who speaks when the nearest mention is not the last cue's source: a
//! narrated subject opening with `Das`, a subject after a fronted phrase
//! holding a preposition, and names in quotation marks that nobody said.

use super::tests::{read, sources};
use crate::attribution::AttributionKind;

#[test]
fn a_narrated_subject_opening_with_das_speaks_the_next_quotation() {
    // `Das` alone names no one, but `Das Gericht` does: the quotation is
    // the court's, not the spokeswoman's from the paragraph before.
    let s = sources(
        "„Wir bleiben dabei“, sagte die Sprecherin Lea Sommer.\n\nDas Gericht wies die Klage am Montag ab. „Die Frist war längst verstrichen.“",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1].as_deref(), Some("Das Gericht"));
}

#[test]
fn a_lone_das_before_a_quotation_still_names_no_one() {
    let s = sources(
        "„Wir bleiben dabei“, sagte die Sprecherin Lea Sommer.\n\nDas war am Montag. „Die Frist war längst verstrichen.“",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("die Sprecherin Lea Sommer")
    );
}

#[test]
fn a_preposition_after_a_fronted_noun_is_no_verb() {
    // `um` after `Debatte` was read as the finite verb, which made `die
    // Praxis der Stadt` the subject after it.
    let s = sources(
        "Bei einer Debatte um die Praxis der Stadt blieb Jonas Weller hart: „Das ist doch absurd.“",
    );
    assert_eq!(s, vec![Some("Jonas Weller".to_string())]);
}

#[test]
fn beim_joins_a_role_to_where_it_is_held() {
    // `beim` is `bei dem`: the role, where it is held and the name are one
    // subject, whose quotation follows the colon.
    let s = sources(
        "Auch die Leiterin der Delegation beim Gipfel, Mara Lenz, zeigte sich zufrieden mit dem Text: „Wir haben viel erreicht.“",
    );
    assert_eq!(
        s,
        vec![Some(
            "die Leiterin der Delegation beim Gipfel, Mara Lenz".to_string()
        )]
    );
}

#[test]
fn an_english_title_in_quotation_marks_is_nobodys_words() {
    // A cue in the sentence took the journal's name as what was said.
    let r = read("Die Ärztin berichtete im Fachblatt „Journal of Rural Health“ über ihre Studie.");
    assert!(
        r.iter().all(|(k, _, _)| *k == AttributionKind::Indirect),
        "{r:?}"
    );
    // A sentence quoted in English is still someone's.
    let r = read("Die Ärztin sagte: „Get Out of the Way.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, AttributionKind::Direct);
    let r = read("„Thank you for coming“, sagte die Ärztin.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("die Ärztin"));
}

#[test]
fn reported_speech_after_narration_is_the_narrated_subjects() {
    // The chairwoman spoke two sentences ago; the mayor is named in the
    // narration right before the subjunctive, and it reports him.
    let s = sources(
        "„Wir sind enttäuscht“, sagte die Vorsitzende Pia Brandt. Sie verließ den Saal.\n\nAm Abend nahm auch der Bürgermeister Udo Kern zu der Frage Stellung. Jeder Bürger könne „das Angebot jetzt nutzen oder später“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("der Bürgermeister Udo Kern")
    );
}

#[test]
fn reported_speech_right_after_its_speaker_stays_his() {
    let s = sources(
        "Der Bürgermeister Udo Kern nahm zu der Frage Stellung. „Wir sind enttäuscht“, sagte die Vorsitzende Pia Brandt. Jeder Bürger könne „das Angebot jetzt nutzen oder später“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("die Vorsitzende Pia Brandt")
    );
}

#[test]
fn who_is_quoted_speaks_not_who_quotes() {
    // (Who quotes speaks it too: an attribution of its own, before the
    // one of who is quoted, which is carried on.)
    let s = sources("Die Zeitung zitiert den Anwalt mit den Worten: „Wir gehen in Berufung.“");
    assert_eq!(
        s,
        vec![
            Some("Die Zeitung".to_string()),
            Some("den Anwalt".to_string())
        ]
    );
    let s = sources("„Wir sind unerwünschte Zeugen“, zitierte man Eva Lind vom Sender Nordwelle.");
    assert_eq!(s, vec![Some("Eva Lind vom Sender Nordwelle".to_string())]);
    // With no object, the one who quotes is all the sentence names.
    let s = sources("Die Zeitung zitiert aus dem Brief: „Wir gehen in Berufung.“");
    assert_eq!(s, vec![Some("Die Zeitung".to_string())]);
}

#[test]
fn a_paper_named_between_subject_and_passive_quoting_verb_is_no_quotation() {
    // The auxiliary stands before the paper's name in quotation marks: the
    // passive's subject is quoted, and the name is nobody's words.
    let r = read(
        "Der Sprecher der Partei, Jan Roth, wird von der „Morgenpost“ mit den Worten zitiert: „Wir sind angeschlagen.“",
    );
    // (The paper, as the passive's agent, speaks it too.)
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("der „Morgenpost“"));
    assert_eq!(r[1].2.as_deref(), Some("Der Sprecher der Partei, Jan Roth"));
}

#[test]
fn a_paper_quoting_after_the_quotation_is_its_source() {
    // (And the person it quotes, in an attribution of its own.)
    let s = sources("„Wir gehen in Berufung“, zitiert das Blatt den Anwalt.");
    assert_eq!(
        s,
        vec![
            Some("den Anwalt".to_string()),
            Some("das Blatt".to_string())
        ]
    );
}

#[test]
fn a_participle_after_a_quoted_name_is_no_cue_of_the_auxiliary_before_it() {
    // Only the passive of quoting reaches its auxiliary across a name in
    // quotation marks; `hatten … der Zeitung „Nordblick“ mitgeteilt`
    // reports no content of its own.
    let r = read(
        "Die Ermittler hatten ihre Ergebnisse bereits im Mai der Zeitung „Nordblick“ mitgeteilt.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_participle_before_a_preposition_opens_an_adverbial() {
    let s = sources(
        "Passend zu dem Wetter warnte die Sprecherin des Senders: „Auf den Brücken wird es glatt.“",
    );
    assert_eq!(s, vec![Some("die Sprecherin des Senders".to_string())]);
    // A name ending the same way, joined to its place by `von`, stays the
    // subject.
    let s = sources("Heinisch von der Partei warnte: „Auf den Brücken wird es glatt.“");
    assert_eq!(s, vec![Some("Heinisch von der Partei".to_string())]);
}

#[test]
fn an_adverb_of_time_between_verb_and_subject_is_no_part_of_it() {
    // `jetzt`, `inzwischen` stand between a verb and the subject after it,
    // as `auch` does: the narration still names its subject.
    let s = sources(
        "„Wir sind enttäuscht“, sagte die Vorsitzende Pia Brandt. Sie verließ den Saal.\n\nAm Abend nahm jetzt der Bürgermeister Udo Kern zu der Frage Stellung. Jeder Bürger könne „das Angebot jetzt nutzen oder später“.",
    );
    assert_eq!(
        s.last().cloned().flatten().as_deref(),
        Some("der Bürgermeister Udo Kern")
    );
    let s = sources("„Der Damm hält“, resümierte inzwischen die Ingenieurin Rosa Lenz.");
    assert_eq!(s, vec![Some("die Ingenieurin Rosa Lenz".to_string())]);
}
