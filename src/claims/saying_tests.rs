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
