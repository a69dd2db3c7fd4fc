//! Quotations no words attribute: carried to the speaker before them,
//! taken by the subject of their clause, or nobody's (titles, phrases).

use super::tests::{all_atts, atts, one, Row};

/// The inferred attributions alone.
fn inferred(body: &str) -> Vec<Row> {
    let all = all_atts(body, true);
    let said = atts(body);
    all.into_iter().filter(|a| !said.contains(a)).collect()
}

#[test]
fn a_quotation_nothing_attributes_continues_the_speaker_before_it() {
    // After narration following reported speech in its paragraph: that
    // speaker, cued by the mark. (Right after the reported speech, it
    // goes on with it: see tests_precision.)
    let a = inferred(
        "Lena Ostrova said the board would vote. The room went quiet. “We owe the parents an answer.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].0.as_str(), a[0].1.as_str(), a[0].2.as_str()),
        ("direct", "“", "Lena Ostrova")
    );
    assert_eq!(a[0].3, "“We owe the parents an answer.”");
    // Or in the paragraph before.
    let a = inferred(
        "Lena Ostrova said the board would vote. The room went quiet.\n\n“We owe the parents an answer.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Lena Ostrova");
    // Two paragraphs back is too far: no one.
    let a = inferred(
        "Lena Ostrova said the board would vote.\n\nThe hall was full.\n\n“We owe the parents an answer.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].2.as_str(), a[0].5.as_str()), ("", "unknown"));
}

#[test]
fn quotations_nothing_attributes_in_a_run_are_one_statement() {
    let a = inferred("“The vote can wait a week.”\n\n“The children cannot wait a year.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(
        a[0].3.starts_with("“The vote") && a[0].3.ends_with("a year.”"),
        "{a:?}"
    );
}

#[test]
fn titles_and_short_phrases_are_no_ones_words() {
    for body in [
        "Copies of “The Art of the Deal” sold out.",
        "The rally ended. “Make America Great Again”",
        "The plan was “a mess.”",
    ] {
        assert!(
            all_atts(body, true).is_empty(),
            "{body}: {:?}",
            all_atts(body, true)
        );
    }
}

#[test]
fn a_fragment_quoted_in_a_clause_is_its_subjects() {
    // Any verb: the quotation is the subject's words.
    let a = one("In March, Senator Ana Ruiz blasted the agency for its “slow and careless handling of claims.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("mixed", "blasted", "Senator Ana Ruiz")
    );
    // One surname the article writes mid-sentence too; a pronoun.
    let a = atts("Critics rounded on Ruiz. Ruiz blamed the budget for the “slow and careless handling of claims.”");
    assert!(a.iter().any(|x| x.1 == "blamed" && x.2 == "Ruiz"), "{a:?}");
    let a = one("She blamed the budget for the “slow and careless handling of claims.”");
    assert_eq!((a.1.as_str(), a.2.as_str()), ("blamed", "She"));
    // Not a subject that names no one, nor a capital that only opens the
    // sentence, nor two fragments of one sentence apart.
    for body in [
        "It blamed the budget for the “slow and careless handling of claims.”",
        "You can blame the budget for the “slow and careless handling of claims.”",
        "Delays followed the “slow and careless handling of claims.”",
    ] {
        assert!(atts(body).is_empty(), "{body}: {:?}", atts(body));
    }
    let a = one("Senator Ana Ruiz praised “the quick work of the crews” and “the patience of every family.”");
    assert!(
        a.3.starts_with("“the quick") && a.3.ends_with("family.”"),
        "{a:?}"
    );
}

#[test]
fn a_sentence_quoted_after_a_clause_is_its_subjects_or_carried() {
    let a = one("Senator Ana Ruiz closed with a warning, “The river will rise again this spring.”");
    assert_eq!(
        (a.0.as_str(), a.1.as_str(), a.2.as_str()),
        ("direct", "closed", "Senator Ana Ruiz")
    );
    // No one in the clause: the speaker before, inferred.
    let a = inferred(
        "Senator Ana Ruiz closed with a warning, “The river will rise again this spring.”\n\nThen, the laugh line: “I would build the bridge myself.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!((a[0].1.as_str(), a[0].4.as_str()), ("“", "Ana Ruiz"));
}

#[test]
fn an_unattributed_quotation_takes_the_person_the_narration_names() {
    // The sentence before names who speaks, not the last speaker.
    let a = inferred(
        "“We will cut nothing,” Mayor Ann Lee said.\n\nAsked about the deficit, Brown shrugged. “It is not my problem.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Brown");
    // A surname takes the full name an attribution gave before.
    let a = inferred(
        "“We will cut nothing,” said Tom Brown.\n\nAnn Lee disagreed.\n\nAsked again, Brown shrugged. “It is not my problem.”",
    );
    assert_eq!(a.last().map(|x| x.4.as_str()), Some("Tom Brown"), "{a:?}");
    // A sentence that names no one leaves the last speaker.
    let a = inferred(
        "“We will cut nothing,” Mayor Ann Lee said.\n\nThe budget passed on Monday. “It is a good day.”",
    );
    assert_eq!(a[0].4, "Ann Lee", "{a:?}");
}

#[test]
fn a_pronoun_in_the_narration_before_a_paragraph_is_its_source() {
    // The narration's "He" is the source (it goes back to Moll), not the
    // earlier attribution's words; "It" stands for no one and gives none.
    let a = inferred(
        "“We will finish the bridge,” Ivo Moll added. He then had a question for the \
         crowd.\n\n“Who is going to pay for the whole of it?”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].2.as_str(), a[0].4.as_str()),
        ("He", "Ivo Moll"),
        "{a:?}"
    );
    let a = inferred(
        "“We will finish the bridge,” Ivo Moll added. It rained on the crowd.\n\n“Who is \
         going to pay for the whole of it?”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Ivo Moll", "{a:?}");
}

#[test]
fn a_pronoun_in_the_narration_skips_a_speaker_of_the_other_gender() {
    // A woman and a man quoted, the man last: "She" is the woman, whom
    // her given name shows to be one.
    let a = inferred(
        "“The dam will hold,” said Mara Quill, the governor.\n\n“It will flood the valley,” \
         Tom Brack said. She then turned to the crowd.\n\n“Who will pay for the dam, then?”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].2.as_str(), a[0].4.as_str()),
        ("She", "Mara Quill"),
        "{a:?}"
    );
    // No given name in the lists: a "she" that spoke for Quill before
    // shows it; a title such as "Sen." shows nothing.
    let a = inferred(
        "“The dam will hold,” said Sen. Orla Quill.\n\n“It is safe,” she said.\n\n“It will \
         flood the valley,” said Sen. Tam Brack. She then turned to the crowd.\n\n“Who will \
         pay for the dam, then?”",
    );
    assert_eq!(a.last().map(|r| r.4.as_str()), Some("Orla Quill"), "{a:?}");
    // Only a man quoted before: "She" is not him.
    let a = inferred(
        "“It will flood the valley,” Tom Brack said. She then turned to the crowd.\n\n“Who \
         will pay for the dam, then?”",
    );
    assert_ne!(a.last().map(|r| r.4.as_str()), Some("Tom Brack"), "{a:?}");
}

#[test]
fn a_fragments_cue_runs_from_its_auxiliary_to_the_main_verb() {
    // The verb after the subject is an auxiliary or an adverb: the cue
    // runs on to the verb the clause turns on.
    for (body, cue) in [
        ("Senator Ana Ruiz has also praised the crews for their “tireless and careful work on the bridge.”", "has also praised"),
        ("Senator Ana Ruiz then blamed the budget for the “slow and careless handling of claims.”", "then blamed"),
        ("Senator Ana Ruiz is faulting the agency for its “slow and careless handling of claims.”", "is faulting"),
    ] {
        let a = atts(body);
        assert!(a.iter().any(|x| x.0 == "mixed" && x.1 == cue && x.2.ends_with("Ruiz")), "{body}: {a:?}");
    }
    // A word that opens a phrase is no verb: the cue stays where it was.
    let a = one("Senator Ana Ruiz has instead faulted the agency for its “slow and careless handling of claims.”");
    assert_eq!(a.1, "has");
    // A cue word right after the subject stays the cue alone.
    let a = one(
        "Senator Ana Ruiz praised the crews for their “tireless and careful work on the bridge.”",
    );
    assert_eq!(a.1, "praised");
}
