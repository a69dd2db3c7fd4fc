//! Which sentences the claims rule judges at all (English lists), through
//! the same walk the rule and the model script use.

use crate::claims::scope::Why;
use crate::claims::ClaimsScope;

/// The text of every sentence judged in `text`, in order.
fn judged(text: &str) -> Vec<String> {
    let lang = crate::lang::Lang::english();
    let doc = crate::model::Document::parse(text, crate::model::Format::Plain, &lang);
    let atts = crate::attribution::extract(&doc, &lang.attribution);
    let mut out = Vec::new();
    super::candidates(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        out.push(doc.sentences[c.sentence].span.text(text).to_string());
    });
    out
}

#[test]
fn a_scene_of_a_public_event_is_not_judged() {
    // What anyone in the hall saw or heard.
    assert!(judged("Head\n\nThe delegate yelled and waved a flag at the stage.\n").is_empty());
    assert!(judged("Head\n\nConfetti cascaded onto the delegates below.\n").is_empty());
    // The same act with a judgement, an attitude or a signal is judged.
    for s in [
        "The delegates cheered his bold and risky plan.",
        "The delegates cheered because they trust the mayor.",
        "The delegates cheered the mayor for the first time.",
    ] {
        assert_eq!(judged(&format!("Head\n\n{s}\n")), [s], "{s}");
    }
    // A plain sentence with no act of the scene is still judged.
    let s = "The mayor changed the city's budget rules.";
    assert_eq!(judged(&format!("Head\n\n{s}\n")), [s]);
}

#[test]
fn an_event_held_on_a_day_is_on_the_calendar() {
    assert!(judged("Head\n\nVermont also holds its caucus on Saturday.\n").is_empty());
    let s = "Vermont also holds the key to the race.";
    assert_eq!(judged(&format!("Head\n\n{s}\n")), [s]);
}

#[test]
fn a_paragraph_introduced_by_a_source_and_a_colon_is_its_words() {
    let text = "Head\n\nThe Daily Ledger reports:\n\n…the board moved its funds offshore to hide the losses.\n\nThe board meets again in May to vote on the budget plan.\n";
    let got = judged(text);
    // The introducer itself may be judged; the quoted paragraph is not,
    // and the writer speaks again in the paragraph after it.
    assert!(!got.iter().any(|s| s.contains("offshore")), "{got:?}");
    assert!(got.iter().any(|s| s.contains("meets again")), "{got:?}");
    // A colon with no source and no verb of saying introduces the
    // writer's own list.
    let text = "Head\n\nWhat we learned this week:\n\nThe board moved its funds offshore to hide the losses.\n";
    assert!(judged(text).iter().any(|s| s.contains("offshore")));
}

#[test]
fn an_announced_appearance_is_a_schedule_not_a_claim() {
    for s in [
        "Host Dana Reyes will interview the harbor commissioner about the dredging fight.",
        "The port director will also be interviewed about the new cargo fees.",
        "The mayor is set to meet with the union leaders at the depot.",
        "The ministers were expected to discuss the river treaty and fishing quotas.",
    ] {
        assert!(judged(&format!("Head\n\n{s}\n")).is_empty(), "{s}");
    }
    // A forecast, a signal outside the announcement, or a relative clause
    // about the subject is still judged.
    for s in [
        "The mayor is expected to win the vote by a wide margin.",
        "The mayor will meet the union leaders because she fears a strike.",
        "The director, who ran the port into debt, will speak at the depot.",
        "The director will come under pressure to resign.",
    ] {
        assert_eq!(judged(&format!("Head\n\n{s}\n")), [s], "{s}");
    }
}

#[test]
fn a_refusal_to_say_more_is_the_writers_account() {
    for s in [
        "The commissioner declined to say whether she would run again.",
        "The mayor declined to elaborate on what the new plan would cost.",
    ] {
        assert!(judged(&format!("Head\n\n{s}\n")).is_empty(), "{s}");
    }
    // Without the refusal the same clause is judged.
    let s = "The new plan would cost the city far more than the old one.";
    assert_eq!(judged(&format!("Head\n\n{s}\n")), [s]);
}

#[test]
fn an_appearance_verb_near_the_start_of_a_sentence_is_read_safely() {
    // The verb as the first or second word leaves nothing or too little
    // before it for "is set to"; the sentence is judged as any other.
    for s in [
        "Meet the new port director.",
        "To meet the budget, the city cut 40 jobs.",
    ] {
        assert_eq!(judged(&format!("Head\n\n{s}\n")), [s], "{s}");
    }
}

#[test]
fn the_writers_we_after_an_opening_phrase_is_the_writers_own_account() {
    for s in [
        "Now, with the budget fight in full swing, we've gathered the council's worst votes.",
        "If the levy fails, we'll be back at the harbor next spring.",
        "Finally, with the mayor in attendance, we decided to seat the unions up front.",
    ] {
        assert!(judged(&format!("Head\n\n{s}\n")).is_empty(), "{s}");
    }
    // A speaker's "we" inside quotation marks, a "we" after a long clause
    // with its own subject, and the writer's "I" after an opening are judged.
    for s in [
        "\u{201c}Side by side, we will rescue the port from ruin,\u{201d} the mayor said.",
        "The council, which has cut the harbor budget three years in a row and lost every appeal, we are told, is bankrupt.",
        "For those still unsure, I know you want lower rents.",
    ] {
        assert_eq!(judged(&format!("Head\n\n{s}\n")), [s], "{s}");
    }
}

#[test]
fn a_lifes_record_or_a_definition_is_background() {
    for s in [
        "Ms. Varga was born in Szeged but moved to Toronto as a child and became a citizen.",
        "The harbor board consists of the mayor, the aldermen and a pilot.",
        // A post held and a marriage are a life's record too.
        "Ms. Varga is president of the Szeged Rowing Club in Toronto.",
        "Dan Okoye, a lawyer in Lagos, is a member of the Tribune's board of contributors.",
        "He married a nurse he met in Halifax, and the two settled in Leeds.",
    ] {
        assert!(judged(&format!("Head\n\n{s}\n")).is_empty(), "{s}");
    }
    // A word that judges, or a claim signal, keeps it judged; so does a
    // sentence with no record phrase.
    for s in [
        "Ms. Varga was born in Szeged and is widely admired there.",
        "The harbor board consists of the mayor and 40 percent of the aldermen.",
        "Ms. Varga moved to Toronto as a child and became a citizen.",
        "Ms. Varga is president of a club that is widely admired there.",
        "Ms. Varga was elected to the council in 2014 and doesn't trust the mayor.",
    ] {
        assert_eq!(judged(&format!("Head\n\n{s}\n")), [s], "{s}");
    }
}

/// Paragraphs of every kind of coverage: a source in the sentence, the
/// claim that is its own attribution, a paragraph closed by a source, one
/// closed after a turn, and none at all.
const COVERED_AND_NOT: &str = "Head\n\nThe harbor lost $3 million last year, the auditor said. The vote comes as the two towns have pledged to merge their ports.\n\nThe ferry fares rose by 40% in May. The mayor will most likely resign. The union wants a strike, the Tide Gazette reported.\n\nThe depot is the largest in the state. But the board disputes it, Ruiz said.\n\nThe levy is a disaster for the fishermen. Fuel will cost more than ever.\n";

#[test]
fn the_verdict_is_the_judgement_of_the_whole_coverage() {
    // `verdict` settles a claim with a source in its sentence before the
    // rest of the coverage is gathered: it must say what `judge` says.
    let lang = crate::lang::Lang::english();
    let text = COVERED_AND_NOT;
    let doc = crate::model::Document::parse(text, crate::model::Format::Plain, &lang);
    let atts = crate::attribution::extract(&doc, &lang.attribution);
    let (mut ok, mut err, mut own) = (0, 0, 0);
    super::candidates(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        for scope in [ClaimsScope::Paragraph, ClaimsScope::Sentence] {
            let v = c.verdict(scope);
            assert_eq!(v, c.scope.judge(c.coverage(), scope), "{}", c.sentence);
            match v {
                Ok(()) => ok += 1,
                Err(Why::OwnAttribution { .. }) => own += 1,
                Err(_) => err += 1,
            }
        }
    });
    // Every way, so that the early answer is tested: a source in the
    // sentence answers at once, one that is the claim itself does not.
    assert!(ok >= 2 && err >= 4 && own >= 1, "{ok} {err} {own}");
}

#[test]
fn the_sentences_set_aside_are_those_candidates_leaves_out() {
    let lang = crate::lang::Lang::english();
    let text = "Head\n\nThe delegate yelled and waved a flag at the stage. The plan is a disaster for the port.\n\nSubscribe to our newsletter for more stories like this one. Vermont holds its caucus on Saturday.\n\nThe mayor will speak about the budget at the hall. Fares rose by 40% in May.\n";
    let doc = crate::model::Document::parse(text, crate::model::Format::Plain, &lang);
    let atts = crate::attribution::extract(&doc, &lang.attribution);
    let mut all = Vec::new();
    super::candidates(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        all.push(c.sentence)
    });
    let (mut kept, mut aside) = (Vec::new(), Vec::new());
    super::sifted(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        if c.set_aside() {
            aside.push(c.sentence);
        } else {
            kept.push(c.sentence);
        }
    });
    assert_eq!(kept, all);
    // The scene, the page's own call and the calendar are set aside; the
    // judgement and the figure are not.
    let words = |v: &[usize]| -> Vec<&str> {
        v.iter()
            .map(|&si| doc.sentences[si].span.text(text))
            .collect()
    };
    assert!(
        words(&aside).iter().any(|s| s.contains("yelled")),
        "{:?}",
        words(&aside)
    );
    assert!(
        words(&aside).iter().any(|s| s.contains("caucus")),
        "{:?}",
        words(&aside)
    );
    assert!(words(&kept).iter().any(|s| s.contains("disaster")));
    assert!(words(&kept).iter().any(|s| s.contains("40%")));
}
