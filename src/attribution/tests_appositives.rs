//! The speaker of a direct quotation when the words around its name are
//! long: an appositive whose head is no known role word, a quoted title
//! inside an appositive, an "as" clause with an adjunct after its verb,
//! and a verb phrase with a name in it.

use super::tests::atts;

#[test]
fn an_appositive_with_an_unknown_head_keeps_the_name() {
    let a = atts("“Is anyone home?” Ortega, a retired welder from a steel mill, said softly.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert!(a[0].2.starts_with("Ortega, a retired welder"), "{a:?}");
    assert_eq!(a[0].4, "Ortega", "{a:?}");
}

#[test]
fn an_appositive_clause_after_a_name_is_not_joined() {
    // The piece after the name has a verb: it is no description, and the
    // name alone cannot be read past it.
    let a = atts("“We start at dawn,” Ortega, the crew was told, said.");
    assert!(
        a.iter().all(|r| r.4 != "Ortega" || !r.2.contains("told")),
        "{a:?}"
    );
}

#[test]
fn a_title_quoted_in_an_appositive_leaves_the_speaker() {
    let a = atts(
        "Mara Voss, professor of history at Leeds and author of “The Salt Roads,” \
         put it this way: “Trade made the towns, not the kings.”",
    );
    let q = a
        .iter()
        .find(|r| r.3.starts_with("“Trade"))
        .expect("the quotation");
    assert_eq!(q.2, "Mara Voss", "{a:?}");
}

#[test]
fn a_scare_quote_after_a_verb_gives_no_titled_subject() {
    // The mark before the cue closes a quotation the verb governs, not a
    // title in the subject's appositive: the lead-in's own reading stands.
    let a = atts("Voss dismissed the “plan,” saying: “It will never pass.”");
    let q = a
        .iter()
        .find(|r| r.3.starts_with("“It"))
        .expect("the quotation");
    assert_ne!(q.2, "Voss dismissed the", "{a:?}");
}

#[test]
fn an_as_clause_takes_its_own_verb_not_a_later_participle() {
    let a = atts(
        "As the firm’s founder, Lena Brandt, put it in a letter to staff explaining \
         the sale, “We are joining a larger family.”",
    );
    let q = a
        .iter()
        .find(|r| r.3.starts_with("“We"))
        .expect("the quotation");
    assert_eq!(q.1, "put it", "{a:?}");
    assert_eq!(q.4, "Lena Brandt", "{a:?}");
}

#[test]
fn a_verb_phrase_with_a_day_and_a_place_is_no_source() {
    let a = atts(
        "Brandt’s daughter, Ines, defended her mother Monday on Instagram, saying: \
         “She never hid anything.”",
    );
    let q = a
        .iter()
        .find(|r| r.3.starts_with("“She"))
        .expect("the quotation");
    assert!(!q.2.contains("defended"), "{a:?}");
}

#[test]
fn a_described_name_still_reads_as_the_source() {
    let a = atts("“The bridge is safe,” veteran engineer Paula Wirth said.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "veteran engineer Paula Wirth", "{a:?}");
}

#[test]
fn an_adverb_before_a_described_source_still_reads() {
    let a = atts(
        "After the vote, even a senior Labour strategist said the mayor must choose, \
         saying, “The pressure will only grow.”",
    );
    let q = a
        .iter()
        .find(|r| r.3.starts_with("“The"))
        .expect("the quotation");
    assert!(q.2.contains("Labour strategist"), "{a:?}");
}

#[test]
fn an_as_clause_before_a_main_clause_is_not_the_cue() {
    // The "as" clause closes at its comma; the quotation after the main
    // clause's colon is not read as what the paper reported.
    let a = atts(
        "As the Courier reported, even late on Friday, the agency was refusing to \
         comment on the fire: “We have nothing to add.”",
    );
    assert!(
        a.iter().all(|r| !(r.0 == "direct" && r.1 == "reported")),
        "{a:?}"
    );
}

#[test]
fn an_as_clause_with_a_titled_appositive_names_its_speaker() {
    let a = atts("As Mara Voss, author of ''The Salt Roads,'' put it, ''Trade made the towns.''");
    let q = a
        .iter()
        .find(|r| r.3.starts_with("''Trade"))
        .expect("the quotation");
    assert_eq!(q.2, "Mara Voss", "{a:?}");
}

/// The speaker of the attribution whose cue is "said" in `body`.
fn said_speaker(body: &str) -> String {
    let a = atts(body);
    let said = a.iter().find(|r| r.1 == "said");
    said.unwrap_or_else(|| panic!("{a:?}")).4.clone()
}

#[test]
fn a_name_before_several_appositives_is_the_source() {
    for (body, who) in [
        (
            "Mara Lind, chief executive of Cloudline, a Boston company, said the fix was ready.",
            "Mara Lind",
        ),
        (
            "Sen. Ann Roe, facing a hard race in Iowa, a swing state, said she would win.",
            "Ann Roe",
        ),
    ] {
        assert_eq!(said_speaker(body), who, "{body}");
    }
}

#[test]
fn a_name_or_a_clause_in_the_last_piece_is_no_appositive_chain() {
    for (body, who) in [
        // The last piece names the speaker.
        (
            "Former mayor Bo Hale, standing by her side, Ann Roe said the vote was close.",
            "Ann Roe",
        ),
        // A piece with a finite verb is a clause: the chain is no subject.
        (
            "Senators like Hale, chairman of the panel, are in trouble, Tess Ware said.",
            "Tess Ware",
        ),
    ] {
        assert_eq!(said_speaker(body), who, "{body}");
    }
}

#[test]
fn a_chain_ending_on_an_article_holds_no_source() {
    // "states" after "the" is a noun: no cue, and the chain before it
    // is no source.
    let a = atts(
        "“It is an overreach,” Tom Hale, the attorney general of Ohio, one of the states \
         suing the agency, said on Monday.",
    );
    assert!(a.iter().all(|r| r.1 != "states"), "{a:?}");
}
