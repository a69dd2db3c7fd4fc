//! A lower-case word after a subject of capitalised words is read as the
//! subject's verb; when an auxiliary or a relative follows it, it is a
//! noun of the subject instead ("Campaign donations are checked", "A
//! Maine fisherman who backs").

use super::tests::{atts, last_speaker};

#[test]
fn a_noun_before_an_auxiliary_or_relative_is_no_cue() {
    for (body, noun) in [
        (
            "A Maine fisherman who backs the tariff, Orrin Pell lost his boat when “a storm nobody forecast tore through the harbour.”",
            "fisherman",
        ),
        (
            "Campaign donations are checked to make sure they meet state limits, Pell said, but “we never ask what a giver earns in a year.”",
            "donations",
        ),
        (
            "The Portland outlets have been standing in the way, she said, by spreading a “false picture of the whole deal.”",
            "outlets",
        ),
    ] {
        let a = atts(body);
        assert!(a.iter().all(|r| r.1 != noun), "{body}: {a:?}");
        // No source is a fragment of the subject the noun heads.
        assert!(
            a.iter().all(|r| !["A Maine", "Campaign", "The Portland"].contains(&r.2.as_str())),
            "{body}: {a:?}"
        );
    }
}

#[test]
fn a_verb_of_saying_before_an_auxiliary_still_reports() {
    // "which Quill said was …": the clause a verb of saying reports may
    // open on its own verb.
    let a =
        atts("The Senate plan, which Ada Quill said was a gift to the big banks, failed in June.");
    assert!(
        a.iter().any(|r| r.1 == "said" && r.2 == "Ada Quill"),
        "{a:?}"
    );
}

#[test]
fn a_clause_subject_is_read_as_before_around_its_auxiliary() {
    // A common noun after an article heads no source of its own: the
    // participle's subject is still the main clause's.
    let a = atts("Lee argued that a ledger would keep the clerks honest, saying it was “all about good bookkeeping in the end.”");
    assert!(a.iter().any(|r| r.1 == "saying" && r.2 == "Lee"), "{a:?}");
    assert!(a.iter().all(|r| r.2 != "a ledger"), "{a:?}");
    // A modal is no noun: "The Harbour Board might" is no subject.
    let a = atts("The Harbour Board might have pressed harder, Roe argued, perhaps by insisting that the city pay its share.");
    assert!(a.iter().all(|r| !r.2.ends_with("might")), "{a:?}");
    // A past form before "who" is a verb asking a question.
    let a = atts("Ada Quill pondered who, without the mayor, might “stand up for the harbour in these hard times.”");
    assert!(a.iter().any(|r| r.4 == "Ada Quill"), "{a:?}");
}

#[test]
fn a_noun_after_a_possessor_heads_no_narrated_subject() {
    // "Quill's position was": the position is no person, and the "she"
    // after the paragraph is the senator who spoke for it.
    let body = "Quill has also said that the information in question was not marked at the time the emails were sent.\n\nQuill's position was supported Friday by Sen. Dianne Roe of Maine, the ranking Democrat on the Senate Harbour Committee, who said none of the emails in question originated with Quill.\n\n\"It has never made sense to me that Secretary Quill can be held responsible for email exchanges that originated with someone else,\" she said in a statement.";
    assert_eq!(last_speaker(body), "Dianne Roe");
}

#[test]
fn a_conjunction_is_no_noun_of_the_subject() {
    let a = atts("Quill and has aides have also had sharp words for the board, telling reporters that “nobody on that board has read the plan.”");
    assert!(
        a.iter().any(|r| r.1 == "telling" && r.2 == "Quill"),
        "{a:?}"
    );
}
