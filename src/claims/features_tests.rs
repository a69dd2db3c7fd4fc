//! What the features read of a sentence's words, through the same walk
//! the rule and the model script use (English lists).

use super::candidates;
use crate::model::Document;

/// The names of the features of the one sentence judged in `body`.
fn names_of(body: &str) -> Vec<String> {
    let lang = crate::lang::Lang::english();
    let text = format!("Head\n\n{body}\n");
    let doc = Document::parse(&text, crate::model::Format::Plain, &lang);
    let atts = crate::attribution::extract(&doc, &lang.attribution);
    let mut out = Vec::new();
    candidates(&doc, &atts, &lang.claims, &lang.attribution, |c| {
        out.extend(c.features().names(&doc, &lang.claims));
    });
    out
}

#[test]
fn a_negation_is_read_from_either_apostrophe_and_a_capital_from_any_letter() {
    let has = |body: &str, name: &str| names_of(body).iter().any(|n| n == name);
    assert!(has(
        "The giant plant won\u{2019}t open this winter.",
        "gram:negation"
    ));
    assert!(has(
        "The giant plant won't open this winter.",
        "gram:negation"
    ));
    assert!(!has(
        "The giant plant will open at the port.",
        "gram:negation"
    ));
    // A name after the first word, whether its capital is ASCII or not.
    assert!(has("The board met Ruiz at the port.", "names:1-2"));
    assert!(has("The board met \u{c9}lodie at the port.", "names:1-2"));
    assert!(has("The board met \u{e9}lodie at the port.", "names:0"));
}

#[test]
fn a_word_of_a_feature_list_sets_its_feature_wherever_it_stands() {
    // The list flags are read from the classes gathered over the walk:
    // each must still come from a word of its own list, in any place.
    let has = |body: &str, name: &str| names_of(body).iter().any(|n| n == name);
    for (with, without, name) in [
        (
            "The giant plant might open at the port.",
            "The giant plant opens at the port.",
            "gram:modal",
        ),
        (
            "The giant plant smelled awful that morning.",
            "The giant plant smelled awful.",
            "gram:time",
        ),
        (
            "The giant plant is open at the port.",
            "The giant plant opened at the port.",
            "gram:present",
        ),
        (
            "The giant plant was open at the port.",
            "The giant plant opens at the port.",
            "gram:past",
        ),
        (
            "The giant plant never opens at the port.",
            "The giant plant opens at the port.",
            "gram:negation",
        ),
        (
            "The giant plant opens at the better port.",
            "The giant plant opens at the port.",
            "gram:comparative",
        ),
    ] {
        assert!(has(with, name), "{with}: {name}");
        assert!(!has(without, name), "{without}: {name}");
    }
    // A quoted word is not the sentence's own: no flag from it.
    assert!(!has(
        "The giant plant opens at the \"better\" port.",
        "gram:comparative"
    ));
}
