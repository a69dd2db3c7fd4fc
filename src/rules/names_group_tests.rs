//! names.noncanonical and the starter list's words for peoples, parties and
//! faiths (kind `group`): a hand's slip is reported; names and words one
//! letter away are not.

use super::names_noncanonical::NamesNoncanonical;

fn found(text: &str) -> Vec<(String, String)> {
    crate::rules::run_rule_fixes(&NamesNoncanonical, text)
}

#[test]
fn slips_of_a_people_party_or_faith_are_reported() {
    let cases = [
        (
            "Head\n\nThe Isreali envoy flew home on Friday.\n",
            "Isreali",
            "Israeli",
        ),
        (
            "Head\n\nA Michigan Republacan chaired the panel.\n",
            "Republacan",
            "Republican",
        ),
        (
            "Head\n\nTurnout among Africon voters rose.\n",
            "Africon",
            "African",
        ),
        // Plurals are words of the list of their own.
        (
            "Head\n\nMost Republacans stayed away.\n",
            "Republacans",
            "Republicans",
        ),
        ("Head\n\nThe Muslmi community met.\n", "Muslmi", "Muslim"),
    ];
    for (text, written, right) in cases {
        assert_eq!(
            found(text),
            [(written.to_string(), right.to_string())],
            "{text}"
        );
    }
}

#[test]
fn names_and_words_beside_a_group_word_are_not_slips() {
    for text in [
        // Given names one letter from a faith's word.
        "Head\n\nChristina Vale chaired the hearing.\n",
        // A surname differing as two names differ, not as a hand slips.
        "Head\n\nThe pollster Ada Gelman said turnout fell.\n",
        "Head\n\nRep. Ted Morton voted no.\n",
        // Derived from a name the article writes.
        "Head\n\nBritish Columbia taxes carbon. Few British Columbians mind.\n",
        // A word of the dictionary.
        "Head\n\nShe taught Latin at the academy.\n",
        // The right spellings, singular, plural and possessive.
        "Head\n\nIsraeli and Palestinian envoys met Republicans and Democrats.\n",
        "Head\n\nThe Republican's plan and the Israelis' answer.\n",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn slips_inside_a_compound_of_capitals() {
    let text = "Head\n\nThe Israli-Palestinian talks and Mexican-Amercian judges.\n";
    assert_eq!(
        found(text),
        [
            ("Israli".to_string(), "Israeli".to_string()),
            ("Amercian".to_string(), "American".to_string())
        ]
    );
    // Right parts, and a compound name, stay quiet.
    for text in [
        "Head\n\nThe Israeli-Palestinian talks and African-American voters.\n",
        "Head\n\nJean-Marie Le Pen and Anglo-Iranian oil.\n",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}
