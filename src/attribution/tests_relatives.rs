//! A relative word as the subject of a verb of saying ("Ruiz, who said
//! …"), the clause it reports ending before the main verb, and a poll's
//! respondents by their share ("about four in 10 said").

use super::tests::atts;

#[test]
fn a_relative_word_is_the_subject_of_a_verb_of_saying() {
    for (body, content) in [
        (
            "The mayor thanked Ana Ruiz, who said the ferry would run again in May.",
            "the ferry would run again in May",
        ),
        (
            "The board answered the Gazette, which reported that the dam had cracked.",
            "the dam had cracked",
        ),
    ] {
        let a = atts(body);
        let r = a.iter().find(|r| r.2 == "who" || r.2 == "which");
        let r = r.unwrap_or_else(|| panic!("{body}: {a:?}"));
        assert_eq!(r.3, content, "{body}: {a:?}");
    }
}

#[test]
fn the_relative_clause_ends_before_the_main_verb() {
    let a = atts("Park, who said he mostly backs the mayor, said the new levy is fair.");
    assert_eq!(a.len(), 2, "{a:?}");
    assert_eq!(a[0].3, "he mostly backs the mayor", "{a:?}");
    assert_eq!(a[1].2, "Park", "{a:?}");
    assert_eq!(a[1].3, "the new levy is fair", "{a:?}");
    let a = atts("The Courier, which reported that the mill would shut, was sold in June.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].3, "the mill would shut", "{a:?}");
}

#[test]
fn a_relative_word_that_asks_or_reports_a_deed_or_a_thought_is_no_source() {
    for body in [
        "Nobody at the depot knew who said it first.",
        // Without a comma, where the clause ends is unclear.
        "Renters who say the rent board failed them were split on the levy.",
        "The ruling cited Harlow v. Dent, which denied standing to the tenants.",
        "The rally drew Ana Ruiz, who has vowed to close the depot.",
        "The fire was set by teenagers, who believed the shed was empty.",
        "The levy, which was reported as settled, came back.",
    ] {
        let a = atts(body);
        assert!(
            a.iter().all(|r| r.2 != "who" && r.2 != "which"),
            "{body}: {a:?}"
        );
    }
}

#[test]
fn a_share_of_the_respondents_is_a_source() {
    for (body, source) in [
        (
            "About four in 10 said they feared a recession.",
            "About four in 10",
        ),
        (
            "Most backed the plan, while six in 10 said the mayor was honest.",
            "six in 10",
        ),
        (
            "Few trusted the council, and three-quarters said it had failed.",
            "three-quarters",
        ),
    ] {
        let a = atts(body);
        assert!(
            a.iter().any(|r| r.1 == "said" && r.2 == source),
            "{body}: {a:?}"
        );
    }
}

#[test]
fn a_relative_word_speaks_for_the_name_before_its_comma() {
    let speaker = |body: &str| {
        let a = atts(body);
        let r = a.iter().find(|r| r.2 == "who" || r.2 == "which");
        r.unwrap_or_else(|| panic!("{body}: {a:?}")).4.clone()
    };
    assert_eq!(
        speaker("The plan was backed by Sen. Ann Roe, who said the mill would close."),
        "Ann Roe"
    );
    assert_eq!(
        speaker("The board answered the Harbor Gazette, which reported that the dam had cracked."),
        "Harbor Gazette"
    );
    // A title inside the run: the name after it.
    assert_eq!(
        speaker("The bill was backed by Harbor County Sheriff Ann Roe, who said it would pass."),
        "Ann Roe"
    );
    // A sentence's stop is no title's: the name starts after it.
    assert_eq!(
        speaker("He grew up in Lake County. Mr. Osei, who said he would run, left."),
        "Osei"
    );
    // The object of a preposition is not who spoke ("lawmakers on Capitol
    // Hill, who said"), nor is a common noun anyone.
    assert_eq!(
        speaker("The plan angered lawmakers on Harbor Hill, who said it would fail."),
        ""
    );
    // Set off by another comma: a place after a town, not the speaker.
    assert_eq!(
        speaker("Ana Ruiz, a nurse from Salem, Oregon, who said she would vote, left."),
        ""
    );
    // No name before the comma: no speaker, rather than "which".
    assert_eq!(
        speaker("The board answered the paper, which reported that the dam had cracked."),
        ""
    );
}

#[test]
fn a_pronoun_after_a_relative_clause_means_its_named_antecedent() {
    // "Ann" says she is a woman: the later "she" is Ann Roe.
    let body = "The bill was backed by Sen. Ann Roe, who said it would pass.\n\n\
                “We will sign it,” she said.";
    let a = atts(body);
    let q = a
        .iter()
        .find(|r| r.0 == "direct")
        .expect("the quotation is attributed");
    assert_eq!(q.4, "Ann Roe", "{a:?}");
    // A group is no one a pronoun stands for.
    let body = "The plan angered Republicans, who said it would fail.\n\n\
                “It will pass,” she said.";
    let a = atts(body);
    let q = a
        .iter()
        .find(|r| r.0 == "direct")
        .expect("the quotation is attributed");
    assert_ne!(q.4, "Republicans", "{a:?}");
}

#[test]
fn a_thing_before_that_or_who_with_no_comma_is_the_speaker_not_the_relative_word() {
    let a = atts("The crowd waved a banner that read, “Keep the mill open.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].2.as_str(), a[0].4.as_str()),
        ("that", "a banner"),
        "{a:?}"
    );
    // No article or possessive before it: no speaker is guessed.
    let a = atts("Vendors sold mugs that said, “Keep the mill open.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "", "{a:?}");
}

#[test]
fn an_appositive_with_a_relative_clause_keeps_the_name_before_it() {
    // "as an outsider" inside the relative clause is no clause of its own.
    let a = atts("Ada Quill, a lawyer who is running as an outsider, said the port would reopen.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].4, "Ada Quill");
    assert!(a[0].2.starts_with("Ada Quill, a lawyer"), "{a:?}");
}

#[test]
fn a_clause_after_as_with_no_appositive_keeps_its_own_subject() {
    let a = atts("The vote went ahead as the mayor, worried about the storm, said it would.");
    assert!(a.iter().all(|r| !r.2.contains("vote")), "{a:?}");
}
