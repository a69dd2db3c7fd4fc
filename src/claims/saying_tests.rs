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

#[test]
fn going_on_to_say_reports_what_follows() {
    none("Vela went on to criticize the port board for its $40 million overrun.");
    none("Vela was quick to point out that the levy would cost 40 percent more than planned.");
    none("Vela continued to portray the dock owners as corrupt.");
    none("Vela goes on to list reasons why the levy would fail.");
    // "to" after a word that forecasts or wants keeps the saying unsaid.
    flagged("Vela is expected to criticize the port board for its $40 million overrun.");
    // Without a frame, "list" is no verb of saying.
    flagged("The harbor staff list reasons why the levy would fail.");
}

#[test]
fn a_stance_named_as_someones_own_reports_what_follows() {
    none("Vela repeated her contention that the levy would cost 40 percent more than planned.");
    none("Ruiz reiterated Vela's warning that the levy would cost 40 percent more than planned.");
    // Named in passing, it is the writer's account of what was said.
    flagged("After her contention that the levy would cost 40 percent more than planned, the board met.");
    // A stance that is no one's names no source.
    flagged("The contention that the levy would cost 40 percent more than planned is new.");
}

#[test]
fn a_named_thinker_before_a_clause_holds_the_view() {
    none("Vela believes there is no way the levy passes with 40 percent of the vote.");
    none("Of the two plans, she thinks it will cost 40 percent more.");
    // An expletive subject is no one.
    flagged("It feels like the levy will cost 40 percent more.");
    // Hoping is the writer's claim about a mind.
    flagged("Vela hopes they will win 40 percent of the vote.");
    // A bare object is no view.
    flagged("Vela fears the 40 percent levy on every shipment.");
}

#[test]
fn a_named_office_identifying_someone_is_the_source() {
    none("The Harbor Office identified the injured worker as the pilot paid $400,000 a year.");
    flagged("The injured worker was the pilot paid $400,000 a year.");
}

#[test]
fn a_named_reckoning_or_memory_is_the_source() {
    none("The port authority calculates that 40,000 dock jobs pay less than $15 an hour.");
    none("Ada Vela, who coached him in 1990, remembers him as the most stubborn player she had.");
    // No "that" after the reckoning: still the writer's.
    flagged("The port authority calculated wages, and 40,000 dock jobs pay less than $15.");
}

#[test]
fn a_text_that_states_or_a_paper_that_finds_is_the_source() {
    none("The charter is short. It states that the council must meet 12 times a year.");
    none("The militants' video is crude. They state their goal is to seize the capital.");
    none("One 2014 Harbor University paper found that the levy cost 3,000 jobs.");
    // A capitalised "State" is a name's; a paper that does not speak is no source.
    flagged("Washington State University will lose 400 jobs under the levy.");
    flagged("Rust Belt states that lost 40,000 jobs will decide the race.");
    flagged("The paper cost the county $40,000, the most it ever spent on research.");
}

#[test]
fn say_set_off_by_commas_is_an_aside_not_a_report() {
    flagged("The levy is no better than, say, the ferry plan of Mayor Ruiz.");
    flagged("Fixing the depot is harder than, say, dredging the harbour.");
    // Said by someone, it still reports.
    none("The toll would raise $5 million a year, say port officials.");
}

#[test]
fn a_verb_of_saying_is_found_wherever_it_stands_in_a_long_sentence() {
    // The words that may be verbs of saying are listed 64 tokens at a
    // time: one past the first 64 is found as one within them.
    let lead = "On the quiet side of the harbor, past the mill, the bakery, the chapel, the school, the ferry landing, the boat sheds, the fish market, the old customs house, the rope works, the net lofts, the pilot station, the dry dock, the salt barns, the coal yard and the tram depot,";
    assert!(crate::model::token::tokenize(lead).len() > 64);
    let claim = "the port lost 40 percent of its cargo";
    none(&format!("{lead} the audit showed that {claim}."));
    none(&format!("The audit showed that {claim}."));
    flagged(&format!("{lead} {claim}."));
}

#[test]
fn a_verb_of_saying_in_one_paragraph_covers_nothing_in_the_next() {
    // The words `says` visits are listed afresh for each sentence asked:
    // a verb late in a long sentence before must not be found again.
    let before = "Forty percent of the docks along the northern wharf stood idle all winter, the port's own figures show.";
    let after = "The levy would cost 40 percent more.";
    none(before);
    flagged(after);
    let both = words(&format!("{before}\n\n{after}"));
    assert_eq!(both, words(after), "{both:?}");
}
