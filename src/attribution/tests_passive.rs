//! Passive cues: the subject of "was asked", "is expected to" or "was
//! announced" is not who spoke.

use super::tests::{all_atts, atts};

#[test]
fn the_subject_of_a_passive_cue_is_no_source() {
    for (body, cue) in [
        ("Ostrova was asked whether the depot would close.", "asked"),
        (
            "Mayor Ostrova is expected to sign the harbour bill.",
            "expected",
        ),
    ] {
        let a = atts(body);
        let row = a
            .iter()
            .find(|r| r.1 == cue)
            .unwrap_or_else(|| panic!("{body}: {a:?}"));
        assert_eq!(row.2, "", "{body}: {a:?}");
    }
}

#[test]
fn a_passive_cue_with_a_by_phrase_gives_the_agent() {
    let a = atts("Ostrova was asked by moderator Lena Pell whether the depot would close.");
    let row = a.iter().find(|r| r.1 == "asked").expect("an attribution");
    assert_eq!(row.2, "moderator Lena Pell", "{a:?}");
    // "by" with no one named is a manner, not an agent.
    let a = atts("Ostrova was asked by phone whether the depot would close.");
    let row = a.iter().find(|r| r.1 == "asked").expect("an attribution");
    assert_eq!(row.2, "", "{a:?}");
}

#[test]
fn a_passive_question_before_a_quotation_has_no_speaker() {
    let a = all_atts(
        "Ostrova was asked, “Will the depot close before the winter?”",
        false,
    );
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].2, "", "{a:?}");
}

#[test]
fn a_state_of_mind_or_an_active_cue_keeps_its_subject() {
    for (body, cue) in [
        ("Ostrova was worried that the depot would close.", "worried"),
        (
            "Ostrova was quoted as saying the depot would close.",
            "quoted",
        ),
        ("Ostrova asked whether the depot would close.", "asked"),
        (
            "Ostrova was asking whether the depot would close.",
            "asking",
        ),
    ] {
        let a = atts(body);
        if let Some(row) = a.iter().find(|r| r.1 == cue) {
            assert_eq!(row.2, "Ostrova", "{body}: {a:?}");
        }
    }
    // The active cue must be read at all, or the test above proves nothing.
    let a = atts("Ostrova asked whether the depot would close.");
    assert!(
        a.iter().any(|r| r.1 == "asked" && r.2 == "Ostrova"),
        "{a:?}"
    );
}

#[test]
fn the_subject_of_a_passive_cue_is_still_who_a_later_pronoun_means() {
    let a = atts("Lena Ostrova was asked to release the harbour report. “We will publish all of it,” she said.");
    let asked = a.iter().find(|r| r.1 == "asked").expect("the passive cue");
    assert_eq!(asked.2, "", "{a:?}");
    assert_eq!(asked.4, "", "{a:?}");
    let said = a.iter().find(|r| r.1 == "said").expect("the quotation");
    assert_eq!(said.4, "Lena Ostrova", "{a:?}");
}

/// A transcript's turns replace the attributions nested in them, which
/// renumbers the rest: a passive cue after them must still get its own
/// agent, and hand it to no turn. (Read through the old numbering, one
/// turn took the agent for its source, and where more attributions went
/// than turns came, the numbering ran past the end and the file was not
/// checked at all.)
#[test]
fn a_passive_agent_after_transcript_turns_goes_to_its_own_cue() {
    let turns_then_passive = [
        // As many turns as attributions nested in them: the numbering shifts.
        "RUIZ: Lee said the plan would work.\n\n\
         TAPPER: Kim said it would not.\n\n\
         RUIZ: Roe said nothing at all.\n\n\
         TAPPER: Ann said yes, and Bo said no.\n\n",
        // Three nested attributions to a turn: the numbering shrinks.
        "RUIZ: Lee said it works. Kim said it fails. Pat said so.\n\n\
         TAPPER: Ann said yes. Bo said no. Cy said maybe.\n\n\
         RUIZ: Roe said nothing. Di said all. Ed said some.\n\n",
    ];
    for turns in turns_then_passive {
        let body = format!(
            "{turns}Ostrova was asked by moderator Lena Pell whether the depot would close."
        );
        let a = atts(&body);
        let asked = a.iter().find(|r| r.1 == "asked").expect("the passive cue");
        assert_eq!(asked.2, "moderator Lena Pell", "{a:?}");
        for turn in a.iter().filter(|r| r.1 == ":") {
            assert!(["RUIZ", "TAPPER"].contains(&turn.2.as_str()), "{a:?}");
        }
    }
}
