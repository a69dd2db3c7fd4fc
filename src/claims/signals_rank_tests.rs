//! The English claim signals for ranks and comparisons against the past
//! or the norm, and for what was said or done inside a circle or an
//! agency, through the whole rule: a list entry gone missing fails.

use crate::claims::flagged_words as words;

fn flagged(sentence: &str, at: &str) {
    let found = words(sentence);
    assert!(found.iter().any(|w| w == at), "{sentence}: {found:?}");
}

fn not_at(sentence: &str, at: &str) {
    let found = words(sentence);
    assert!(!found.iter().any(|w| w == at), "{sentence}: {found:?}");
}

#[test]
fn a_measure_against_all_before_is_a_record() {
    flagged(
        "Harbour unions have organised as never before.",
        "never before",
    );
    flagged(
        "More dock workers joined the strike than ever before.",
        "than ever",
    );
    flagged(
        "Mayor Quill signed the levy at the height of her popularity.",
        "at the height of",
    );
    flagged(
        "The port has not seen such a strike in decades.",
        "in decades",
    );
    // Time still to come is no record.
    not_at(
        "The port board set out a plan for the ferries in decades to come.",
        "in decades",
    );
}

#[test]
fn a_rank_in_one_hyphenated_word_is_a_record() {
    flagged(
        "The levy vote drew the second-highest turnout in the port's history.",
        "second-highest",
    );
    flagged(
        "The harbour debate was the most-watched broadcast of the week.",
        "most-watched",
    );
    // A city's size or an office is common knowledge, not a rank to source.
    not_at(
        "Ruiz is mayor of the third-largest port city on the coast.",
        "third-largest",
    );
}

#[test]
fn a_level_set_against_the_norm_is_a_comparison() {
    flagged(
        "The depot kept above-average costs for its repairs.",
        "above-average",
    );
    flagged(
        "In contrast to the ferries, the depot lost money.",
        "In contrast to",
    );
    // A level alone is as often an idiom as a claim.
    not_at("Ruiz said the matter was up to a higher power.", "higher");
}

#[test]
fn talk_inside_a_circle_or_an_agency_is_unwitnessed() {
    flagged(
        "The mayor dropped the levy after telling her aides she would keep it.",
        "telling her aides",
    );
    flagged(
        "The harbour police are investigating the missing ledgers.",
        "are investigating",
    );
    flagged(
        "The audit office is expanding the scope of its probe into the depot's accounts.",
        "its probe",
    );
    flagged(
        "The port board is considering an appeal of the ruling.",
        "is considering",
    );
    flagged(
        "Vale held behind-the-scenes talks with the dock owners.",
        "behind-the-scenes",
    );
}
