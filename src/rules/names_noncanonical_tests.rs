//! Tests of `names_noncanonical`.

use super::*;
use crate::rules::{run_rule, Settings};
use std::sync::Arc;

fn found(text: &str) -> Vec<(String, String)> {
    crate::rules::run_rule_fixes(&NamesNoncanonical, text)
}

#[test]
fn near_miss_of_the_kremlin_aide() {
    let text = "Head\n\nRussian presidential aide Yury Uhsakov added that it was so.\n";
    assert_eq!(
        found(text),
        [("Uhsakov".to_string(), "Ushakov".to_string())]
    );
}

#[test]
fn a_lone_long_surname_and_a_short_one_with_its_first_name() {
    let text = "Head\n\nThe aide Uhsakov added that it was so.\n";
    assert_eq!(found(text), [("Uhsakov".into(), "Ushakov".into())]);
    let text = "Head\n\nPresident Emmanuel Macon spoke in Paris.\n";
    assert_eq!(found(text), [("Macon".into(), "Macron".into())]);
}

#[test]
fn known_variants_with_the_canonical_fix() {
    let text = "Head\n\nIn Kiev, Volodymyr Zelensky met aides. Zelensky said no.\n";
    let got = found(text);
    assert_eq!(
        got,
        [
            ("Kiev".to_string(), "Kyiv".to_string()),
            (
                "Volodymyr Zelensky".to_string(),
                "Volodymyr Zelenskyy".to_string()
            ),
            ("Zelensky".to_string(), "Zelenskyy".to_string()),
        ]
    );
}

#[test]
fn except_phrases_and_accepted_spellings_are_quiet() {
    for text in [
        "Head\n\nShe cooked Chicken Kiev at Peking University.\n",
        "Head\n\nYuri Ushakov and Sergey Lavrov met in Turkey.\n",
        "Head\n\nAlexey NIKOLSKY and ALEXEY NIKOLSKY took the photos.\n",
        "Head\n\nChinese President Xi Jinping met Xi's aides.\n",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn other_people_and_ordinary_words_are_not_near_misses() {
    for text in [
        // A different first name: another person.
        "Head\n\nRobert Rubin said so. Rubin left.\n",
        // Used often: a deliberate spelling.
        "Head\n\nLavrova said. Lavrova left. Lavrova came.\n",
        // Short, and never with a first name: a place, another person.
        "Head\n\nAt a rally that night in Macon, the crowd sang.\n",
        "Head\n\nHis children are Eric, Tiffany and Barron.\n",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn a_learned_list_catches_what_the_archive_spells() {
    let list = List::from_texts(&[(
        "learned.yaml".into(),
        "names:\n- canonical: Smithereen\n  frequency: 9\n".into(),
    )])
    .unwrap();
    let settings = Settings {
        names: Some(Arc::new(list)),
        ..Settings::default()
    };
    let text = "Head\n\nThe envoy Anna Smitheren said so.\n";
    let f = run_rule(&NamesNoncanonical, text, &settings);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].fix.as_ref().unwrap().edits[0].replacement, "Smithereen");
}

#[test]
fn a_listed_variant_is_a_safe_fix_and_a_near_miss_a_suggestion() {
    use crate::fix::Applicability::{Safe, Suggested};
    let text = "Head\n\nIn Kiev the aide Yury Uhsakov spoke.\n";
    let f = run_rule(&NamesNoncanonical, text, &Settings::default());
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.span.text(text), f.fix.as_ref().unwrap().applicability))
        .collect();
    assert_eq!(got, [("Kiev", Safe), ("Uhsakov", Suggested)]);
}
