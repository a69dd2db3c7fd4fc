//! The names rules on German copy (`--lang de`), where every noun is
//! capitalised: forms of one noun, two nouns one letter apart and German
//! place names are no slips; a surname misspelt still is. Invented copy.

use super::names_inconsistent::NamesInconsistent;
use super::names_noncanonical::NamesNoncanonical;
use super::{Context, Rule, Settings, Sink};
use crate::article::Article;
use crate::lang::Lang;

/// The words `rule` reports in German `text`, in order.
fn found(rule: &dyn Rule, text: &str) -> Vec<String> {
    let lang = Lang::builtin("de").unwrap();
    let article = Article::parse(text, crate::model::Format::Plain, &lang);
    let settings = Settings::default();
    let cx = Context::new(&article, &settings);
    let mut out = Sink::unbounded();
    rule.check(&cx, &mut out);
    out.finish(rule.meta().id, rule.meta().severity)
        .iter()
        .map(|f| f.span.text(text).to_string())
        .collect()
}

#[test]
fn forms_of_one_noun_are_no_slips() {
    for text in [
        // Plural and singular.
        "Kopf\n\nDie Handelskammer tagte. Die Handelskammer lud ein. Drei Handelskammern kamen.\n",
        // Dative plural with an umlaut.
        "Kopf\n\nDas Zollamt schloss. Das Zollamt prüfte. Mit zwei Zollämtern sprach sie.\n",
        // A town and its people.
        "Kopf\n\nIn Wendlingen regnete es. Wendlingen lag still. Wendlinger Bürger klagten.\n",
        // A feminine form.
        "Kopf\n\nDer Ansager sprach. Der Ansager ging. Die Ansagerin kam.\n",
    ] {
        assert!(
            found(&NamesInconsistent, text).is_empty(),
            "{text}: {:?}",
            found(&NamesInconsistent, text)
        );
    }
}

#[test]
fn two_nouns_one_letter_apart_are_two_words() {
    // The rarer follows an article: a noun.
    let text = "Kopf\n\nDer Wald brannte. Der Wald rauchte. Im Wald war es heiß.\n\nDie Feuerwehr kam in der Welt an.\n";
    assert!(found(&NamesInconsistent, text).is_empty());
    // An adverb opening sentences, written in lower case elsewhere.
    let text =
        "Kopf\n\nDaher blieb sie. Daher ging er. Er kam daher nicht.\n\nDie Dauer war lang.\n";
    assert!(found(&NamesInconsistent, text).is_empty());
}

#[test]
fn a_long_noun_misspelt_is_still_a_slip() {
    let text = "Kopf\n\nDie Landesbehörde prüfte. Die Landesbehörde schwieg. Der Landesbehörde lag nichts vor.\n\nDie Landesbhörde blieb dabei.\n";
    assert_eq!(found(&NamesInconsistent, text), ["Landesbhörde"]);
}

#[test]
fn a_misspelt_surname_is_still_a_slip() {
    let text = "Kopf\n\nMinisterin Ulla Brenzke sprach. Brenzke sagte, sie bleibe. Später ging Brenzke.\n\nIm Ausschuss widersprach Bernzke dem Antrag.\n";
    assert_eq!(found(&NamesInconsistent, text), ["Bernzke"]);
    // Also after a relative pronoun, which is no article.
    let text = "Kopf\n\nMinisterin Ulla Brenzke sprach. Brenzke sagte, sie bleibe. Später ging Brenzke.\n\nDie Idee, die Bernzke nannte, war alt.\n";
    assert_eq!(found(&NamesInconsistent, text), ["Bernzke"]);
}

#[test]
fn german_place_names_are_no_variants_or_slips() {
    // The shipped names list spells these "Tehran" and "Mexico".
    let text = "Kopf\n\nIn Teheran demonstrierten Tausende. Mexiko schickte Hilfe.\n";
    assert!(
        found(&NamesNoncanonical, text).is_empty(),
        "{:?}",
        found(&NamesNoncanonical, text)
    );
    // A noun after an article is no near miss of a listed name.
    let text = "Kopf\n\nIn der neuen Saison spielte er wieder.\n";
    assert!(
        found(&NamesNoncanonical, text).is_empty(),
        "{:?}",
        found(&NamesNoncanonical, text)
    );
}
