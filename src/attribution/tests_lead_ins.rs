//! Subjects of lead-ins the grammar once misread: a conjunction or adverb
//! before the subject with no comma, a possessive role with its name, a
//! party and state in brackets, a word of mood between commas, an adverb
//! of manner before the verb, and a clause before a participle's comma.

use super::tests::{all_atts, atts};

/// The row whose cue is `cue`.
fn cued(body: &str, cue: &str) -> super::tests::Row {
    let a = atts(body);
    a.iter()
        .find(|r| r.1 == cue)
        .cloned()
        .unwrap_or_else(|| panic!("no attribution cued {cue:?}: {a:?}"))
}

#[test]
fn a_conjunction_without_a_comma_stands_before_the_subject() {
    let r = cued(
        "And then Lopez went on the attack, saying, “Is the council ever going to \
         admit the plan failed?”",
        "saying",
    );
    assert_eq!(r.2, "Lopez", "{r:?}");
}

#[test]
fn an_adverb_opening_the_sentence_is_not_a_name() {
    let r = cued(
        "Even a veteran union organiser said Holt must choose, saying, “At some point \
         she has to come out and pick a side.”",
        "saying",
    );
    assert!(r.2.ends_with("union organiser"), "{r:?}");
    assert!(!r.2.contains("said"), "{r:?}");
    assert_ne!(r.2, "Even", "{r:?}");
}

#[test]
fn a_possessive_role_and_its_name_speak_before_a_participle() {
    let r = cued(
        "Pell's daughter, Mira, defended her mother on Tuesday in a post, saying: \
         “She has never once missed a council vote.”",
        "saying",
    );
    assert!(r.2.starts_with("Pell's daughter"), "{r:?}");
}

#[test]
fn a_party_and_state_in_brackets_belong_to_the_name() {
    let r = cued(
        "“We have nothing more to add,” the trust said. In a statement on Friday, \
         Rep. Ann Lee (D-Ore.) reacted to the sale, saying: “The rifle belongs in \
         an evidence locker.”",
        "saying",
    );
    assert!(r.2.contains("Ann Lee"), "{r:?}");
}

#[test]
fn a_word_of_mood_between_commas_and_an_adverb_keep_the_speaker() {
    let a = all_atts(
        "The panel pressed the minister for an hour. Holt, annoyed, sharply \
         responded: “What difference does any of this make to anyone at all?”",
        true,
    );
    let r = a
        .iter()
        .find(|r| r.1 == "responded")
        .expect("the cue is read");
    assert_eq!(r.2, "Holt", "{a:?}");
    assert!(a.iter().all(|r| r.1 != "“"), "not inferred: {a:?}");
}

#[test]
fn a_noun_ending_in_ly_is_no_adverb() {
    let r = cued(
        "Her family said, “We are grateful for every card and every letter.”",
        "said",
    );
    assert_eq!(r.2, "Her family", "{r:?}");
    let r = cued(
        "The Pell family said, “We are grateful for every card and every letter.”",
        "said",
    );
    assert_eq!(r.2, "The Pell family", "{r:?}");
}

#[test]
fn a_clause_before_a_participle_is_no_source() {
    let r = cued(
        "Gov. Ann Holt defended the plan on Monday. Kerr mocked the new rules, saying, \
         “A rule that nobody reads protects nobody at all.”",
        "saying",
    );
    assert_eq!(r.2, "Kerr", "{r:?}");
}
