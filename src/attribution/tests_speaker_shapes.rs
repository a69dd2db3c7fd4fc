//! Who speaks, in shapes copy editors meet often: a named officer of a
//! body, a body named with its place, a document as the source, a pronoun
//! or an unattributed quotation after narration names someone, a lead-in
//! ending in a colon, "was asked" / "was prompted to say", and a
//! "Name: “…”" line under a headline.

use super::tests::{all_atts, atts};

#[test]
fn an_officer_of_a_body_is_the_speaker_not_the_body() {
    let a = atts(
        "“The ferry will not sail before noon,” said Officer Dana Pell of the Bayside \
         Harbor Patrol.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Dana Pell", "{a:?}");
    assert!(a[0].2.starts_with("Officer Dana Pell"), "{a:?}");
}

#[test]
fn a_place_and_its_police_are_one_source() {
    let a = atts("Oakmont police said the two drivers were unhurt.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Oakmont police", "{a:?}");
}

#[test]
fn according_to_after_a_cited_phrase_names_the_document() {
    let a = atts(
        "The inspectors cited “a long record of missed checks.” According to the \
         audit, two cranes were never tested.",
    );
    let acc = a
        .iter()
        .find(|r| r.1 == "According to")
        .expect("the according-to attribution");
    assert_eq!(acc.2, "the audit", "{a:?}");
}

#[test]
fn a_document_that_says_is_the_source_not_the_phrase_before_it() {
    let a = atts("Near the end the memo says the council must vote again.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "the memo", "{a:?}");
}

#[test]
fn a_pronoun_takes_the_person_named_in_narration() {
    let a = atts(
        "Council member Rosa Ilves opened the hearing on Monday. “We will not wait \
         another year for the report,” she said.",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "she", "{a:?}");
    assert_eq!(a[0].4, "Rosa Ilves", "{a:?}");
}

#[test]
fn a_quotation_after_a_participle_opener_is_its_subjects() {
    let a = all_atts(
        "Pressed about the shortfall, Okafor smiled. “We will cover it out of the \
         reserve fund.”",
        true,
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Okafor", "{a:?}");
}

#[test]
fn a_lead_in_ending_in_a_colon_gives_the_next_paragraph_its_speaker() {
    let a = atts(
        "The chancellor closed the session with a warning for the trustees:\n\n\
         “If the levy fails, every campus will cut classes in the spring.”",
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "direct", "{a:?}");
    assert_eq!(a[0].2, "The chancellor", "{a:?}");
}

#[test]
fn was_prompted_to_say_quotes_its_subject_and_was_asked_no_one() {
    // Who is asked a question does not say it: the asker is unnamed.
    for (body, who) in [
        (
            "Ruiz was prompted to say, “I never signed the second contract.”",
            "Ruiz",
        ),
        (
            "Okonjo was asked, “Would you serve another term on the board?”",
            "",
        ),
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].0, "direct", "{body}: {a:?}");
        assert_eq!(a[0].2, who, "{body}: {a:?}");
    }
}

#[test]
fn a_name_and_colon_under_a_headline_is_the_speaker() {
    let a = atts("Tomas Varga: “We cannot reopen a school whose roof leaks in every storm.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "direct", "{a:?}");
    assert_eq!(a[0].2, "Tomas Varga", "{a:?}");
}

#[test]
fn a_participle_opening_the_sentence_is_no_cue_before_its_clause() {
    let a = atts(
        "Asked which county he liked best, Ruiz demurred: “Whichever one I am in \
         at the moment, of course.”",
    );
    // The question put to Ruiz is reported speech of its own (see
    // `questions`); the quotation is Ruiz's answer.
    let direct: Vec<_> = a.iter().filter(|r| r.0 == "direct").collect();
    assert_eq!(direct.len(), 1, "{a:?}");
    assert_eq!(direct[0].2, "Ruiz", "{a:?}");
    assert!(a.iter().all(|r| r.0 == "direct" || r.1 == "Asked"), "{a:?}");
}

/// The speaker of a direct quotation whose cue is `cue`.
fn speaker_of(body: &str, cue: &str) -> String {
    let a = atts(body);
    a.iter()
        .find(|r| r.0 == "direct" && r.1 == cue)
        .unwrap_or_else(|| panic!("no direct quotation cued by {cue}: {a:?}"))
        .2
        .clone()
}

#[test]
fn a_conjunction_and_then_before_the_subject_of_a_participle() {
    let body = "And then Mayor Ilves went on the offensive, saying, “Will the board \
                finally admit the pier is unsafe? If not it should step down!”";
    assert_eq!(speaker_of(body, "saying"), "Mayor Ilves");
    // Without the conjunction the subject was always read.
    let body = "Then Ilves went on the offensive, saying, “The pier is unsafe.”";
    assert_eq!(speaker_of(body, "saying"), "Ilves");
}

#[test]
fn a_bracket_and_a_participle_aside_between_subject_and_cue() {
    let body = "But Rep. Tomas Vell (D-Ore.), pointing to the size of the crowd, said, \
                “They have a long list of volunteers, and that gives us a better chance.”";
    assert_eq!(speaker_of(body, "said"), "Rep. Tomas Vell");
    let body = "Residents of Elm Street, reacting to the delay in clearing the road, \
                shouted, “Open the gate now!”";
    assert_eq!(speaker_of(body, "shouted"), "Residents of Elm Street");
}

#[test]
fn a_role_then_the_name_in_apposition_speaks_for_a_participle() {
    // The role's lower-case words end a forward reading of the subject;
    // the name set off by commas after it is the same person.
    for body in [
        "On Friday, Lark’s Ohio field director, Nia Osei, phoned the board, writing later: “We need the list today.”",
        "The union’s senior adviser, Tom Brandt, left the room, saying: “We are finished here.”",
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{a:?}");
        assert!(a[0].4 == "Nia Osei" || a[0].4 == "Tom Brandt", "{a:?}");
        assert!(a[0].2.ends_with(&a[0].4), "{a:?}");
    }
}

#[test]
fn a_sentence_adverb_before_the_subject_is_no_part_of_it() {
    // A participle hanging off a clause that opens with an -ly adverb.
    let a = atts("Frankly, Dana Whitlock attacked the levy on Monday, saying it would fail.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Dana Whitlock", "{a:?}");
    // A pronoun after narration whose subject follows such an adverb, or
    // an adverb opening a phrase.
    for lead in ["Unsurprisingly,", "Shortly after the count,"] {
        let a = atts(&format!(
            "{lead} Dana Whitlock rejected the offer. “It is a bad deal,” she said."
        ));
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].4, "Dana Whitlock", "{lead} {a:?}");
    }
}

#[test]
fn a_sentence_adverb_before_the_source_is_not_its_name() {
    let a = atts("Reluctantly, Brafman said the case against him was weak.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Brafman", "{a:?}");
    let a = atts("Privately, some council members think the mayor will lose.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "some council members", "{a:?}");
}

#[test]
fn a_name_in_ly_before_a_comma_stays_the_subject() {
    // "Kelly" ends like an adverb, but after an "l": a name.
    let a = atts("Kelly, a spokeswoman for the port, criticized the plan, saying it would fail.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].2.starts_with("Kelly"), "{a:?}");
    let a = atts("Kelly, the port's spokeswoman, said the plan would fail.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].2.starts_with("Kelly"), "{a:?}");
}

#[test]
fn a_day_after_the_name_is_not_the_speaker() {
    let a = atts("Council Speaker Dana Whitlock on Thursday said the vote would fail.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Dana Whitlock", "{a:?}");
    let a = atts("A county survey released Friday found that most roads need repair.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_ne!(a[0].4, "Friday", "{a:?}");
    // A month before a surname is a given name.
    let a = atts("April Whitlock, a spokeswoman for the council, said the vote would fail.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "April Whitlock", "{a:?}");
}
