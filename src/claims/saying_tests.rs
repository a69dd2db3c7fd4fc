//! Sources the attribution grammar does not mark, through the whole rule
//! (English lists), so that a list or hook gone missing fails.

use crate::claims::flagged_words as words;

fn none(body: &str) {
    let found = words(body);
    assert!(found.is_empty(), "{body}: {found:?}");
}

fn flagged(body: &str) {
    let found = words(body);
    assert!(!found.is_empty(), "{body}: nothing found");
}

#[test]
fn a_name_before_a_colon_introduces_that_persons_words() {
    none("Of all the reasons the board could give, Vela settled on: the levy would cost 40 percent more than planned.");
    // With no one before it, the colon is the writer's own.
    flagged("Here goes: the levy would cost 40 percent more than planned.");
    flagged("It is simple: the levy would cost 40 percent more than planned.");
    // A name with an object before the colon lists, it does not speak.
    flagged("Vela won three wards last spring: the levy would cost 40 percent more than planned.");
}

#[test]
fn a_proposal_goes_on_in_the_next_sentences_would() {
    none("Senator Ada Vela has proposed a tax on shipping fuel. She would use the proceeds to give every port worker a $900 annual credit.");
    // No proposal before it: the figure is the writer's.
    flagged("Senator Ada Vela toured the docks on Monday. She would use the proceeds to give every port worker a $900 annual credit.");
    // Nor does a proposal carry into another paragraph.
    flagged("Senator Ada Vela has proposed a tax on shipping fuel.\n\nShe would use the proceeds to give every port worker a $900 annual credit.");
}

#[test]
fn a_courts_order_is_the_source_of_what_it_orders() {
    none("Judge Ada Vela ordered that the 2,000 pages of records be released by Friday.");
    none("The appeals court ruled that the 2,000 pages of records be released by Friday.");
    // An agentless passive names no court.
    flagged("It was ordered that the 2,000 pages of records be released by Friday.");
}

#[test]
fn a_showing_after_a_determiner_or_a_grade_is_a_performance_not_a_report() {
    flagged("A strong showing from Vela in the north could push two rivals out of the race.");
    flagged("Vela's showing on Tuesday will decide who stays in the race.");
    flagged("It was her best showing with farmers in 40 years.");
    // After a comma it still reports what the figures show.
    none("The port's figures came out on Monday, showing that 40 percent of the docks are idle.");
}

#[test]
fn said_to_be_is_an_agentless_passive() {
    flagged("Mayor Ada Vela was said to be furious with the council.");
    none("Mayor Ada Vela said she was furious with the council.");
}

#[test]
fn a_verb_of_saying_after_the_claim_covers_it_only_closing_the_sentence() {
    // The figures close the sentence as its source.
    none("More than 40 percent of the port's trade arrived in March alone, new customs figures show.");
    // A relative clause's verb reports only what follows it: the anger
    // before it is the writer's.
    flagged("The levy has angered the port's biggest shippers, who have openly expressed concern about keeping their routes in light of the fees.");
    // So does a verb with a reported clause after it.
    flagged("When the mayor raised the levy, her rivals hysterically denounced her, rushing to the studios to say she did not speak for the city.");
}

#[test]
fn a_verb_after_the_claim_reports_back_to_it_from_the_claims_own_subject() {
    // The figure is in the subject of "have accused": the lawsuits' charge.
    none("Two lawsuits filed in Dover last spring have accused the port of hiding its fees.");
}

#[test]
fn the_finding_names_the_verb_that_reports_only_what_follows() {
    use crate::rules::{run_rule, Settings, REGISTRY};
    let rule = REGISTRY
        .iter()
        .find(|r| r.meta().id == "claims.unattributed")
        .expect("the claims rule is registered");
    let text = "Head\n\nThe levy has angered the port's biggest shippers, who have openly expressed concern about keeping their routes in light of the fees.\n";
    let found = run_rule(*rule, text, &Settings::default());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("“expressed” comes after it"),
        "{}",
        found[0].message
    );
}
