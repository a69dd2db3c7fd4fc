//! Precision: cue verbs in other senses, and quotations that belong to an
//! attribution next to them rather than standing alone.

use super::tests::{all_atts, atts};

#[test]
fn a_cue_verb_with_a_particle_of_another_sense_attributes_nothing() {
    for body in [
        "The second ruling only added to the confusion at the port.",
        "Hillary Mott won the primary in Vermont, adding to her lead in the count.",
        "The two stakes add up to more than a million dollars.",
        "Pell reported from Lagos. Ann Roe contributed reporting.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
}

#[test]
fn a_verb_of_saying_with_a_plain_object_attributes_nothing() {
    for body in [
        "Among likely voters, Mott maintains a comfortable lead over her rival.",
        "The old firm boasted a client list of three hundred names.",
        "The mill town has added another shift to its weekly roster.",
        "Over the summer the state added 14,000 jobs in retail alone.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // With a clause after them they report speech.
    for body in [
        "Mott maintained that the count was wrong.",
        "Mott maintained the count was wrong.",
        "Mott added the count was wrong.",
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
        assert_eq!(a[0].2, "Mott", "{body}: {a:?}");
    }
}

#[test]
fn a_bare_attribution_after_a_quotation_closed_by_a_full_stop_is_its() {
    let a = all_atts("“We will reopen the pier in May.” Okafor said.", true);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "direct", "{a:?}");
    assert_eq!(a[0].2, "Okafor", "{a:?}");
    assert_eq!(a[0].3, "“We will reopen the pier in May.”", "{a:?}");
}

#[test]
fn a_quotation_attributed_before_it_keeps_its_speaker() {
    let a = all_atts(
        "Ruiz said: “We will win the vote next week.” Lopez agreed.",
        true,
    );
    let q = a
        .iter()
        .find(|r| r.3.contains("We will win"))
        .expect("the quotation is attributed");
    assert_eq!(q.2, "Ruiz", "{a:?}");
}

#[test]
fn a_time_phrase_between_speaker_and_verb_is_set_aside() {
    let a = all_atts(
        "“He had a lot of friends in the county,” Blunt, after a long pause, said.",
        true,
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].0, "direct", "{a:?}");
    assert_eq!(a[0].2, "Blunt", "{a:?}");
}

#[test]
fn a_quotation_right_after_a_paraphrase_continues_it() {
    let a = all_atts(
        "Greer said the repair fund was empty by March. “We spent every cent on \
         the roof and the boilers.”",
        true,
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Greer", "{a:?}");
    assert!(a[0].3.starts_with("the repair fund"), "{a:?}");
    assert!(a[0].3.ends_with("boilers.”"), "{a:?}");
}

#[test]
fn a_quotation_after_another_speakers_paragraph_is_not_continued() {
    let a = all_atts(
        "Greer said the repair fund was empty by March.\n\n\
         Later that week the board met again. “We spent every cent on the roof.”",
        true,
    );
    let q = a
        .iter()
        .find(|r| r.3.contains("every cent"))
        .expect("the quotation is listed");
    assert!(!q.3.contains("repair fund"), "{a:?}");
}

#[test]
fn a_cue_word_inside_a_name_is_no_cue() {
    let a = atts("Ruiz said the United States “must stop treating the island like a colony.”");
    assert!(a.iter().all(|r| r.1 != "States"), "{a:?}");
    assert!(a.iter().any(|r| r.2 == "Ruiz"), "{a:?}");
    let a = atts("“We will honour every treaty we signed,” the United States said.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].1.as_str(), a[0].2.as_str()),
        ("said", "the United States"),
        "{a:?}"
    );
}

#[test]
fn a_response_in_deeds_is_no_attribution() {
    let a = atts("The council responded by closing the pier for the summer.");
    assert!(a.is_empty(), "{a:?}");
    // An adverb on either side of "by" changes nothing.
    for body in [
        "The council responded swiftly by closing the pier and the beach road for the \
         rest of the long summer season.",
        "The council responded by abruptly closing the pier for the summer, a blow to \
         the town.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // Saying is still saying.
    let a = atts("The council responded quickly by saying that the pier would reopen.");
    assert_eq!(a.len(), 1, "{a:?}");
}

#[test]
fn a_response_by_saying_is_still_an_attribution() {
    let a = atts("The council responded by saying that the pier would reopen in June.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "The council", "{a:?}");
}

#[test]
fn a_statement_reported_through_according_to_is_one_attribution() {
    // The outer source is the one the reporter vouches for; the inner
    // quotation and cue are its content.
    let body =
        "“The dam will hold,” Vera Lusk said at the hearing, according to the Ridge Courier.";
    let a = atts(body);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].1, "according to", "{a:?}");
    assert_eq!(a[0].2, "the Ridge Courier", "{a:?}");
    assert!(
        a[0].3.starts_with("“The dam will hold,”") && a[0].3.contains("Vera Lusk said"),
        "{a:?}"
    );
    let a = atts("The warden told her that the gate stays shut, according to two guards.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "two guards", "{a:?}");
    assert_eq!(
        a[0].3, "The warden told her that the gate stays shut",
        "{a:?}"
    );
}

#[test]
fn according_to_inside_a_report_leaves_the_speaker_alone() {
    // Here "according to" is inside Lusk's words, not around them.
    let a = atts("Vera Lusk said that, according to the survey, the dam will hold.");
    assert!(
        a.iter().any(|r| r.1 == "said" && r.2 == "Vera Lusk"),
        "{a:?}"
    );
}

#[test]
fn a_cue_word_as_a_noun_or_an_adjective_attributes_nothing() {
    for body in [
        "Under the new charter the towns have a larger say than the county board.",
        "The treasurer still has the final say on whether the levy goes ahead.",
        "Farmers had no say in how the water was shared out.",
        "Her silence on the dam is telling in its own right.",
        "In a telling sign, the firm now answers every letter within a day.",
        "The figures give telling insight into how the fund was run.",
        "Perhaps most telling, the board never met in the spring.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // As verbs they still report.
    for body in [
        "The mayor is telling voters that the levy will pass.",
        "Farmers say the water was shared out badly.",
    ] {
        let a = atts(body);
        assert_eq!(a.len(), 1, "{body}: {a:?}");
    }
}

#[test]
fn tell_as_to_know_attributes_nothing() {
    for body in [
        "Only time will tell if the new ferry keeps to its timetable.",
        "I was furious, if you can't already tell.",
        "Even now the inspectors cannot tell whether the leak was old.",
    ] {
        let a = atts(body);
        assert!(a.is_empty(), "{body}: {a:?}");
    }
    // Someone told is someone spoken to.
    let a = atts("I can tell you that the ferry will run on time.");
    assert_eq!(a.len(), 1, "{a:?}");
}

#[test]
fn the_one_quoted_as_saying_is_the_source() {
    let a = atts("The senator was quoted as saying, “The bill is dead on arrival.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].0.as_str(), a[0].2.as_str()),
        ("direct", "The senator")
    );
    // Active: the one who quotes.
    let a = atts("The agency quoted the minister as saying “We will not resign.”");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "The agency", "{a:?}");
    let a = atts("“We lost the vote,” Okafor was quoted as saying.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "Okafor", "{a:?}");
}

#[test]
fn a_cue_word_that_is_no_verb_still_names_who_a_pronoun_means() {
    let a =
        atts("Ann Pell still has the final say on the budget, and she has said she will sign it.");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(
        (a[0].1.as_str(), a[0].4.as_str()),
        ("said", "Ann Pell"),
        "{a:?}"
    );
}
