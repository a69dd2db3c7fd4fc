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
