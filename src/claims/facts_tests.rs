//! Facts of public record against the claims they resemble, through the
//! whole rule (English lists), so that a list or hook gone missing fails.

use crate::finding::Finding;
use crate::rules::{run_rule, Settings, REGISTRY};

fn claims(sentence: &str) -> Vec<Finding> {
    let rule = REGISTRY
        .iter()
        .find(|r| r.meta().id == "claims.unattributed")
        .expect("the claims rule is registered");
    run_rule(
        *rule,
        &format!("Head\n\n{sentence}\n"),
        &Settings::default(),
    )
}

/// The words each finding points at.
fn words(sentence: &str) -> Vec<String> {
    let text = format!("Head\n\n{sentence}\n");
    claims(sentence)
        .iter()
        .map(|f| f.span.text(&text).to_string())
        .collect()
}

fn none(sentence: &str) {
    let found = words(sentence);
    assert!(found.is_empty(), "{sentence}: {found:?}");
}

fn flagged(sentence: &str, at: &str) {
    let found = words(sentence);
    assert!(found.iter().any(|w| w == at), "{sentence}: {found:?}");
}

#[test]
fn an_announced_appointment_is_no_prediction_but_a_forecast_is() {
    none("Ada Quill will become the paper's managing editor, and Bo Renn will retain his title.");
    none("Cy Vance would remain in his role as deputy director.");
    // An office won by vote is forecast until the vote; a guess is a guess.
    flagged("Quill will become president of the republic.", "will");
    flagged("Renn may stay on as chief executive of the mill.", "may");
    flagged("The town will become the region's biggest port.", "biggest");
}

#[test]
fn a_date_on_the_calendar_is_no_forecast() {
    none("A ruling on the permit is expected Thursday.");
    none("The vote is expected on Oct. 9 in the hall.");
    flagged(
        "The vote is expected to fail in the hall.",
        "is expected to",
    );
    none("The two mayors will debate on Friday in the library.");
}

#[test]
fn a_charge_dropped_is_an_act_not_a_change() {
    none("The case against the driver was dropped in March.");
    none("Prosecutors dropped the charges after the hearing.");
    none("Yet the pastor still fell short.");
    flagged(
        "Support for the levy dropped sharply in the spring.",
        "dropped",
    );
}

#[test]
fn a_count_spelt_out_by_its_names_is_no_figure() {
    none("Three mills — Ashby, Corran and Dunmore Works — shut last year.");
    none("Two officers, Ada Quill and Bo Renn, testified on Monday.");
    // A count the names after it do not make up is still a figure.
    flagged(
        "Five mills — Ashby and Corran among them — shut last year.",
        "Five",
    );
}

#[test]
fn the_facts_of_a_life_are_no_figures() {
    none("He is survived by his wife, three sons and nine grandchildren.");
    none("She was a mother of four and lived in Akron.");
    none("Renn died Sunday at 91 in the town where he was born.");
    none("He served two terms as mayor of the town.");
    none("Later she served as harbor master for nearly six years.");
    none("He served 11 years in the state senate.");
    // A length of time that is no post held is still a figure.
    flagged("The mayor spoke for 40 minutes to a half-empty hall.", "40");
    flagged(
        "Rents rose for six years while the mill was served notice.",
        "six",
    );
    flagged("The mill employed 300 people at its peak.", "300");
}

#[test]
fn a_named_sources_verb_carries_its_claim() {
    none("The mayor blames the council for the 40 percent rise in rents.");
    none("Quill points to a 12 percent drop in thefts since May.");
    none("Renn credits the levy for a $3 million surplus.");
    none("The audit cites a 20 percent rise in complaints.");
    none("Quill credited volunteers with signing up 4,000 voters.");
}

#[test]
fn the_same_words_as_nouns_or_passives_name_no_one() {
    flagged("The plan gives $500 in tax credits to each family.", "$500");
    flagged("The mayor leads by 10 points in the city.", "10");
    flagged(
        "The mayor was blamed for the 30 percent rise in fares.",
        "30 percent",
    );
    flagged("He is credited with creating 4,000 jobs.", "4,000");
}

#[test]
fn an_event_on_the_calendar_sets_a_scene() {
    // No claim signal, and each read as a plain assertion by the model
    // alone: the future or scheduling present of an event verb with a day
    // or clock time is a public, checkable fact.
    none("The county board's budget hearing will begin at 7 p.m. in the old armory.");
    none("The appeal is set for Tuesday before a panel of judges.");
    none("A memorial service for the retired coach will be held at Lakeside Chapel on Saturday.");
    none("Early voting opens Monday at every branch library in the county.");
}

#[test]
fn an_event_verb_without_a_date_or_with_a_forecast_is_no_schedule() {
    let d = crate::claims::Data::builtin("en").unwrap();
    let scheduled = |s: &str| {
        let toks = crate::model::token::tokenize(s);
        crate::claims::facts::Words {
            toks: &toks,
            text: s,
            facts: &d.facts,
            dates: &d.dates,
            time: &d.time,
            clock: &d.times,
        }
        .scheduled()
    };
    assert!(scheduled("The hearing is set for Tuesday."));
    assert!(scheduled("The debate will begin at 9 p.m."));
    assert!(scheduled("Voting closes at 8 p.m. Eastern."));
    // A base form may be an infinitive: "to close at 8 p.m." plans.
    assert!(!scheduled("They want to close at 8 p.m. Eastern."));
    // No day or time: nothing on the calendar.
    assert!(!scheduled("The hearing will begin soon enough."));
    // Past: scene-setting already; "set to" forecasts.
    assert!(!scheduled("The hearing began on Tuesday."));
    assert!(!scheduled("She is set to win the primary in June."));
    // A number that is no clock time.
    assert!(!scheduled("The program will start with 9 schools."));
    // "due" with a date is on the calendar; "due to" gives a cause.
    assert!(scheduled("The audit is due in March."));
    assert!(scheduled("The audit is due in May."));
    assert!(!scheduled("The delay is due to the storm in March."));
    // The event word is found in any case, and not inside a longer word
    // or after a non-word token.
    assert!(scheduled("The debate will BEGIN at 9 p.m."));
    assert!(!scheduled("The debate will beginning at 9 p.m."));
    assert!(scheduled("The vote (will begin) at 9 p.m."));
}

#[test]
fn a_defeat_in_a_race_is_no_change_in_a_figure() {
    none("Reform candidates won their primaries, while others fell in open-seat races.");
    flagged(
        "Turnout fell in the northern counties after the storm.",
        "fell",
    );
}

#[test]
fn what_is_left_on_the_calendar_is_no_forecast() {
    none("After Saturday, only the territory's June 7 caucus will remain.");
    // No day or date: a forecast, as before.
    flagged("Whoever wins, doubts about the count will remain.", "will");
}

#[test]
fn a_night_incomplete_without_something_is_a_figure_of_speech() {
    none("The rally wouldn't be complete without a heckler, and one duly appeared.");
}
