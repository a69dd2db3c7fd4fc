//! Sources that the sentence names with a verb of saying the word lists
//! once missed, or with a verb of thinking before "that".

use super::*;
use crate::rules::{run_rule, Settings};

fn claims(sentence: &str) -> Vec<Finding> {
    let text = format!("Head\n\n{sentence}\n");
    run_rule(&ClaimsUnattributed, &text, &Settings::default())
}

fn covered(sentence: &str) {
    let f = claims(sentence);
    assert!(f.is_empty(), "{sentence}: {f:?}");
}

fn reported(sentence: &str) {
    let f = claims(sentence);
    assert_eq!(f.len(), 1, "{sentence}: {f:?}");
}

#[test]
fn present_forms_of_verbs_of_saying_name_a_source() {
    covered("Harbor Trust analysts emphasize that the port lost 40 percent of its trade.");
    covered("Dock owners concede that the levy could cost them the busiest season.");
    covered("The late surge was likely due to the new ferry line, Ruiz surmised.");
}

#[test]
fn noun_like_forms_name_a_source_only_before_that() {
    covered("The port authority estimates that 19,000 workers lost their jobs.");
    covered("Lee notes that the council cut 40 percent of the budget.");
    covered("Shipping analysts predict that the levy will drive trade away.");
    // A noun, not a verb of saying: the figure is still the writer's.
    reported("Early estimates put the damage at $40 million.");
    reported("Lee took notes as the council cut 40 percent of the budget.");
}

#[test]
fn a_view_before_that_is_its_holders_whatever_the_verb_after() {
    // The clause's verb is on no list; "that" alone says it is a clause.
    covered("Her uncle, Tom Ruiz, worried that too many drivers ignore the signs.");
    // A bare object is no clause: the worry is the writer's claim.
    reported("Her uncle, Tom Ruiz, worried about the new levy all winter.");
}

#[test]
fn a_that_further_on_reports_no_view() {
    // A relative "that", or the "that" of "so much … that": no clause of
    // the verb's own.
    reported("The agency worries so much about leaks that staff must lock up 40 phones.");
}

#[test]
fn a_that_after_a_subject_naming_no_one_reports_no_view() {
    reported("It is hard not to think that the mayor sees the port as the best prize of all.");
}
