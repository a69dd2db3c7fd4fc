//! `names.inconsistent` on spellings that are right as written: a common
//! English word beside another word, and a name glossed with its other
//! name. Invented copy.

use super::names_inconsistent::NamesInconsistent;
use super::{run_rule, Settings};

/// The words `names.inconsistent` reports in `text`, in order (shared by
/// the rule's test files).
pub(super) fn found(text: &str) -> Vec<String> {
    run_rule(&NamesInconsistent, text, &Settings::default())
        .iter()
        .map(|f| f.span.text(text).to_string())
        .collect()
}

#[test]
fn a_common_word_beside_another_word_is_no_slip() {
    // No lower-case "state" or "vice" here: the common-word list decides.
    let t = "Tour\n\nThe State Department planned the tour. The State budget paid. A State senator came.\n\nThey saw the Statue of Liberty first.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
    let t = "Radio\n\nThe Vice President spoke. The Vice chair agreed. Vice News filmed it.\n\nThe Voice of the Harbour aired it.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn slips_that_are_no_common_word_or_share_a_companion_are_kept() {
    let t = "Talks\n\nYury Ushakov said the talks went well. Ushakov added more. Ushakov left.\n\nLater Uhsakov spoke again.\n";
    assert_eq!(found(t), ["Uhsakov"]);
    // "Untied" is a common word, but it stands where "United" does.
    let t = "Trade\n\nThe United States grew. The United States sold more. United States ports were busy.\n\nThe Untied States bought less.\n";
    assert_eq!(found(t), ["Untied"]);
}

#[test]
fn a_name_glossed_with_its_other_name_is_used_on_purpose() {
    let t = "Rangoon\n\nVoters in Burma went to the polls. Burma has changed, and the country, also known as Myanmar, is opening up.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
    // Without the gloss the two spellings are one name written two ways.
    let t = "Rangoon\n\nVoters in Burma went to the polls. Burma has changed, and Myanmar is opening up.\n";
    assert_eq!(found(t), ["Myanmar"]);
}

#[test]
fn a_contraction_is_no_name() {
    let t = "Vote\n\nThe crowd said We’re ready, and the mayor said We’re not.\n\nWe’ve won, she said.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn words_derived_with_endings_that_begin_alike_are_two_words() {
    let t = "Faith\n\nThe Methodist church met. A Methodist pastor spoke.\n\nHe had studied Methodism for years.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn a_given_name_beside_a_surname_is_a_name() {
    // "Gene" is a word of the dictionary, but a given name: "Sperling"
    // stands beside a name, not where "Sterling" would.
    let t = "Pound\n\nShops in Sterling Heights shut. Sterling Heights voters met.\n\nGene Sperling spoke.\n";
    assert!(found(t).is_empty(), "{:?}", found(t));
}

#[test]
fn a_given_name_is_no_slip_of_a_title_or_a_word() {
    for t in [
        "Office\n\nThe Vice President spoke. Later the Vice President left.\n\nVince Tolland, a farmer, disagreed.\n",
        "Lakes\n\nThe Great Lakes froze. Great Lakes towns shut.\n\nGreta Lindqvist, a sailor, said so.\n",
    ] {
        assert!(found(t).is_empty(), "{t}: {:?}", found(t));
    }
}
