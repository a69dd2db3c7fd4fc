//! Tests of `learn`: names and suspected slips from invented articles, and the YAML written.

use super::yaml::yaml_scalar;
use super::*;

#[test]
fn a_slip_beside_its_spelling_in_one_article_ranks_high() {
    let mut texts: Vec<String> = (0..6)
        .map(|i| format!("Head {i}\n\nRichard Viguerie wrote on day {i}. Later Viguerie left.\n"))
        .collect();
    // The slip shares no neighbour, but its article spells it right too.
    texts.push("Head\n\nViguerie, then 29, led YAF. For years, Vigurie has served.\n".into());
    // Another word one letter away, in an article of its own.
    for i in 0..6 {
        texts.push(format!(
            "Head {i}\n\nThey wrote to Roger on day {i}. Roger agreed.\n"
        ));
    }
    texts.push("Head\n\nThe letter reached Roper in March.\n".into());
    // A place one letter from a frequent name is that place.
    for i in 0..6 {
        texts.push(format!(
            "Head {i}\n\nThey wrote to Cameron on day {i}. Cameron agreed.\n"
        ));
    }
    texts.push("Head\n\nThe letter reached Cameroon in March.\n".into());
    let l = learn(
        &texts,
        &crate::model::Conventions::english(),
        &crate::names::Data::builtin("en").unwrap(),
        &LearnOptions::default(),
    );
    let ev = |w: &str| {
        l.suspects
            .iter()
            .find(|s| s.spelling == w)
            .map(|s| s.evidence)
    };
    assert_eq!(ev("Vigurie"), Some(Evidence::SameArticle));
    assert_eq!(ev("Roper"), Some(Evidence::OtherSlip));
    assert_eq!(ev("Cameroon"), None);
    let y = to_yaml(&l);
    let (v, weak, m) = (
        y.find("#   Vigurie").unwrap(),
        y.find("weaker pairs").unwrap(),
        y.find("#   Roper").unwrap(),
    );
    assert!(v < weak && weak < m, "{y}");
    assert!(y.contains("  # less likely: Roper (1)\n"), "{y}");
    assert!(!y.contains("variants: [Roper]"), "{y}");
}

#[test]
fn learns_names_and_suspects_rare_neighbours() {
    let mut texts: Vec<String> = (0..6)
        .map(|i| format!("Head {i}\n\nThe aide Yury Ushakov said on day {i} that Moscow agreed. Later Ushakov left.\n"))
        .collect();
    texts.push("Head\n\nThe aide Yury Uhsakov spoke in Moscow.\n".to_string());
    let l = learn(
        &texts,
        &crate::model::Conventions::english(),
        &crate::names::Data::builtin("en").unwrap(),
        &LearnOptions::default(),
    );
    assert!(l.names.iter().any(|(s, n)| s == "Ushakov" && *n == 12));
    assert!(!l.names.iter().any(|(s, _)| s == "Uhsakov"));
    assert_eq!(l.suspects.len(), 1);
    let y = to_yaml(&l);
    assert!(
        y.contains("#   Uhsakov (1) <- Ushakov (12): shares a neighbouring name"),
        "{y}"
    );
    let list = crate::names::List::from_texts(&[("l.yaml".into(), y)]).unwrap();
    assert!(list
        .near_miss("Uhsakov", &Default::default(), &mut Vec::new())
        .is_some());
}

#[test]
fn typing_slips_are_told_from_other_changes() {
    for (a, b) in [
        ("Hilary", "Hillary"),
        ("Millenials", "Millennials"),
        ("Correy", "Corey"),
        ("Emanual", "Emanuel"),
        ("Ushakov", "Uhsakov"),
    ] {
        assert!(typing_slip(a, b), "{a} {b}");
    }
    for (a, b) in [
        ("Roper", "Roger"),
        ("Goodman", "Goldman"),
        ("Mali", "Malik"),
        ("Colvin", "Colin"),
    ] {
        assert!(!typing_slip(a, b), "{a} {b}");
    }
    assert!(inner_letter("Politco", "Politico"));
    assert!(inner_letter("Sharption", "Sharpton"));
    assert!(!inner_letter("Mali", "Malik"));
    assert!(!inner_letter("Roper", "Roger"));
}

#[test]
fn yaml_scalars_are_quoted_when_needed() {
    assert_eq!(yaml_scalar("O'Rourke"), "O'Rourke");
    assert_eq!(yaml_scalar("No"), "\"No\"");
    assert_eq!(yaml_scalar("A: B"), "\"A: B\"");
}
