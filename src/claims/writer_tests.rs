//! The writer's own words beside an attribution, through the whole rule
//! (English lists), so that a list or hook gone missing fails.

use crate::claims::{flagged_words as words, rule_findings};

/// The rule's messages on `body`.
fn messages(body: &str) -> Vec<String> {
    let (_, found) = rule_findings(body);
    found.iter().map(|f| f.message.clone()).collect()
}

fn flagged_with(body: &str, claim: &str, why: &str) {
    let found = words(body);
    assert!(found.iter().any(|w| w.contains(claim)), "{body}: {found:?}");
    let said = messages(body);
    assert!(said.iter().any(|m| m.contains(why)), "{body}: {said:?}");
}

fn none(body: &str) {
    let found = words(body);
    assert!(found.is_empty(), "{body}: {found:?}");
}

#[test]
fn words_set_off_beside_the_source_are_the_writers() {
    flagged_with(
        "Mayor Ada Vela, whose shipping firm lost 30 percent of its value last year, said the port would reopen.",
        "30 percent",
        "set off beside the name",
    );
    // Said by her, the figure is hers.
    none("Mayor Ada Vela said her shipping firm lost 30 percent of its value last year.");
    // With no comma closing them before the verb, the words may be another
    // verb's clause that the grammar gave the wrong source.
    none("Harbor Daily reported, citing aides, Mayor Ada Vela tried to punish the dockers by telling them their strike was a betrayal.");
}

#[test]
fn the_main_clause_before_a_reporting_participle_is_the_writers() {
    flagged_with(
        "Mayor Ada Vela has tried to punish the dockers, saying their strike was a betrayal of the city.",
        "tried to",
        "the clause before it is the writer's own account",
    );
    none("Mayor Ada Vela said she has tried to punish the dockers.");
    // Without the comma, the participle is no clause of its own.
    none("Mayor Ada Vela has tried to punish the dockers saying their strike was a betrayal of the city.");
}

#[test]
fn a_clause_that_what_opens_is_the_main_clauses_own() {
    // "what she said" completes the main clause: her words, not beside it.
    none("Maybe the best answer is what Mayor Ada Vela said last year.");
}

#[test]
fn a_clause_before_the_one_a_source_speaks_in_is_the_writers() {
    flagged_with(
        "The levy will cost the port $40 million a year, but Mayor Ada Vela said the money is well spent.",
        "$40 million",
        "speaks only in the clause “but” opens",
    );
    // In what the first source says, a later clause does not take it back.
    none("Mayor Ada Vela said the levy will cost the port $40 million a year, but she said the money is well spent.");
    // Nor does a source at the end of the sentence leave it.
    none("The levy will cost the port $40 million a year, Mayor Ada Vela said.");
}

#[test]
fn a_polls_account_of_itself_beside_it_is_the_polls() {
    none("The Harbor Institute poll, which reached 1,000 adults, found that Mayor Ada Vela said nothing.");
}
