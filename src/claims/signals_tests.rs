//! The English claim signals for purpose, feelings, loaded names and
//! events out of public view, through the whole rule, so that a list
//! entry gone missing fails.

use crate::claims::flagged_words as words;

fn flagged(sentence: &str, at: &str) {
    let found = words(sentence);
    assert!(found.iter().any(|w| w == at), "{sentence}: {found:?}");
}

fn none(sentence: &str) {
    let found = words(sentence);
    assert!(found.is_empty(), "{sentence}: {found:?}");
}

#[test]
fn a_purpose_the_writer_gives_is_an_intention() {
    flagged(
        "Mayor Quill closed the depots in an effort to calm the council.",
        "in an effort to",
    );
    flagged(
        "Senator Vale attempted to stall the vote on the harbour bill.",
        "attempted to",
    );
}

#[test]
fn a_feeling_no_one_can_see_is_a_state_of_mind() {
    flagged(
        "The speech left the delegates amused but not impressed.",
        "amused",
    );
    flagged(
        "Council members, fearing a walkout, delayed the budget.",
        "fearing",
    );
    flagged("Dock workers remain wary of the new owners.", "wary");
}

#[test]
fn a_loaded_name_or_a_falsehood_is_a_charge() {
    flagged(
        "The mayor is a demagogue who incites his crowds against the press.",
        "demagogue",
    );
    flagged(
        "Renn gave a dishonest account of the depot's books.",
        "dishonest",
    );
    // Said by someone, it is their charge.
    none("Quill called Renn a demagogue, the mayor's office said.");
}

#[test]
fn what_was_said_out_of_public_view_is_unwitnessed() {
    flagged(
        "Vale met the donors in a closed-door session on Tuesday.",
        "closed-door",
    );
    flagged(
        "The governor held a private meeting with the union leaders.",
        "private meeting",
    );
}

fn not_at(sentence: &str, at: &str) {
    let found = words(sentence);
    assert!(!found.iter().any(|w| w == at), "{sentence}: {found:?}");
}

#[test]
fn a_candidate_called_a_hopeful_is_no_feeling() {
    not_at(
        "White House hopeful Dana Ruiz toured the shipyard in Norfolk.",
        "hopeful",
    );
    not_at(
        "The mill was visited by a Republican presidential hopeful.",
        "hopeful",
    );
    flagged("Dock workers are hopeful about the new owners.", "hopeful");
}

#[test]
fn idioms_of_persisting_and_joining_are_no_change_in_a_quantity() {
    not_at(
        "Senator Vale doubled down on her attacks on the port board.",
        "doubled",
    );
    not_at("Mayor Quill jumped into the race for governor.", "jumped");
    flagged("Ticket sales at the harbour museum doubled.", "doubled");
    flagged("Port fees jumped sharply under the new board.", "jumped");
}

#[test]
fn results_announced_on_a_day_are_the_calendar() {
    not_at(
        "The results of the straw poll will be announced on Saturday.",
        "will",
    );
}

#[test]
fn likely_voters_are_a_population_not_a_forecast() {
    not_at(
        "Lee leads among likely voters in the harbour wards.",
        "likely",
    );
    flagged("Lee is likely to win the harbour wards.", "likely");
}

#[test]
fn idioms_of_order_and_degree_are_no_records() {
    not_at(
        "Ruiz never explained why she had backed the levy in the first place.",
        "the first",
    );
    not_at(
        "For the most part, the council kept to its harbour agenda.",
        "most",
    );
    flagged("Ruiz was the first mayor to back the levy.", "the first");
}

#[test]
fn a_charge_named_as_an_accusation_or_a_topic_is_not_the_writers() {
    not_at(
        "The fraud allegations against the port board were aired at the hearing.",
        "fraud",
    );
    not_at(
        "Renn answered plagiarism accusations over her harbour report.",
        "plagiarism",
    );
    not_at(
        "Quill has spoken about voter fraud at every harbour rally.",
        "fraud",
    );
    // The writer's own charge still is one.
    flagged("The port board's accounts were a fraud.", "fraud");
    flagged(
        "Renn's fraud cost the dock workers their pensions.",
        "fraud",
    );
}
