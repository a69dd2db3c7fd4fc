//! The quote rules on German copy (`--lang de`, `--lang de-CH`): „…“ and
//! ‚…‘, guillemets either way round (de) or the Swiss way only (de-CH), a
//! wrong closing mark reported as one, same-mark nesting as nesting, and
//! elisions ('ne, 's) never taken for quotation marks.

use super::quotes_mixed_style::QuotesMixedStyle;
use super::quotes_nesting::QuotesNesting;
use super::quotes_unclosed::QuotesUnclosed;
use super::quotes_unopened::QuotesUnopened;
use super::{Context, Rule, Settings, Sink};
use crate::article::Article;
use crate::finding::Finding;
use crate::fix::Applicability;
use crate::lang::{Family, Lang};

const QUOTE_RULES: [&dyn Rule; 4] = [
    &QuotesMixedStyle,
    &QuotesNesting,
    &QuotesUnclosed,
    &QuotesUnopened,
];

/// The findings of every quote rule on `text` in language `lang`, in rule
/// order: (rule id, the text pointed at, message).
fn check_with(text: &str, lang: &str, settings: &Settings) -> Vec<(String, String, String)> {
    found(text, lang, settings)
        .iter()
        .map(|f| {
            (
                f.rule.to_string(),
                f.span.text(text).to_string(),
                f.message.clone(),
            )
        })
        .collect()
}

fn found(text: &str, lang: &str, settings: &Settings) -> Vec<Finding> {
    let lang = Lang::builtin(lang).unwrap();
    let article = Article::parse(text, crate::model::Format::Plain, &lang);
    let cx = Context::new(&article, settings);
    let mut all = Vec::new();
    for rule in QUOTE_RULES {
        let mut out = Sink::unbounded();
        rule.check(&cx, &mut out);
        all.extend(out.finish(rule.meta().id, rule.meta().severity));
    }
    all
}

fn check(text: &str, lang: &str) -> Vec<(String, String, String)> {
    check_with(text, lang, &Settings::default())
}

fn rules(text: &str, lang: &str) -> Vec<String> {
    check(text, lang).into_iter().map(|f| f.0).collect()
}

#[test]
fn low_marks_closed_the_german_way_are_clean() {
    let text = "Kopf\n\nEr sagte: „Wir kommen ‚bald‘ wieder“, und ging. „Gut“, sagte sie.\n";
    assert_eq!(check(text, "de"), []);
    assert_eq!(check(text, "de-CH"), []);
}

#[test]
fn a_low_mark_closed_by_a_straight_or_english_mark_is_a_wrong_closing_mark() {
    for (closer, body) in [
        ("\"", "Er sagte „wir kommen\" und ging.\n"),
        ("”", "Er sagte „wir kommen” und ging.\n"),
    ] {
        let text = format!("Kopf\n\n{body}");
        let f = check(&text, "de");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "quotes.mixed-style");
        assert_eq!(f[0].1, closer);
        assert_eq!(
            f[0].2,
            format!("closing {closer} does not match the opening „ (line 3): close with “")
        );
        // The fix is the German closer, and safe: the text pairs as before.
        let fs = found(&text, "de", &Settings::default());
        let fix = fs[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Safe);
        assert_eq!(fix.edits[0].replacement, "“");
    }
}

#[test]
fn a_wrong_closer_before_a_right_quotation_is_still_the_wrong_closer() {
    // „A" … „B“: the straight mark closes the first quotation (another
    // low quotation opens before any “), not nothing.
    for text in [
        "Kopf\n\nDie Rufe „Nein\" und „Weg damit“ waren laut.\n",
        "Kopf\n\nDie Rufe „Nein” und „Weg damit“ waren laut.\n",
    ] {
        assert_eq!(rules(text, "de"), ["quotes.mixed-style"], "{text}");
    }
    // The inner level alike: ‚…’ closes with ‘.
    let text = "Kopf\n\nEr sagte: „Das war ‚echt’ schwer“, und ging.\n";
    let f = check(text, "de");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].2.ends_with("close with ‘"), "{}", f[0].2);
}

#[test]
fn a_house_style_reports_the_wrong_closer_too() {
    let s = Settings {
        quote_style: Some(Family::Low),
        ..Settings::default()
    };
    let text = "Kopf\n\nEr sagte „wir kommen\" und ging.\n";
    let f = check_with(text, "de", &s);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].1, "\"");
}

#[test]
fn same_mark_nesting_is_nesting_not_unclosed_and_unopened() {
    let text = "Kopf\n\n„Wir haben „Kunden“ überall“, sagte sie.\n";
    let f = check(text, "de");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "quotes.nesting");
    assert_eq!(
        f[0].1,
        "„",
        "at the inner opening mark: {:?}",
        found(text, "de", &Settings::default())[0].span
    );
    let at = found(text, "de", &Settings::default())[0].span.start as usize;
    assert_eq!(at, text.rfind('„').unwrap());
    // Inner marks inside are the style, not nesting.
    let text = "Kopf\n\n„Wir haben ‚Kunden‘ überall“, sagte sie.\n";
    assert_eq!(check(text, "de"), []);
}

#[test]
fn german_elisions_are_not_quotation_marks() {
    for text in [
        "Kopf\n\nEs gibt 'ne Menge davon, sagte er.\n",
        "Kopf\n\nEr hat ’ne Villa und 'nen Garten.\n",
        "Kopf\n\n's war einmal ein König.\n",
        "Kopf\n\nWie geht's? Gibt's was Neues? Wie's läuft, weiß keiner. So'n Ding.\n",
        "Kopf\n\nDer Streit um Lenz' Betriebsrat und Grass’ Roman geht 'rein und 'raus.\n",
        "Kopf\n\n„Da gibt's 'ne Menge“, sagte sie, „und ’s reicht.“\n",
    ] {
        assert_eq!(check(text, "de"), [], "{text}");
        assert_eq!(check(text, "de-CH"), [], "{text}");
    }
}

#[test]
fn the_german_elisions_leave_english_as_it_was() {
    // In English a straight mark before a lone "s" opens a quotation
    // ('s' is a letter quoted); in German it is the elided "es".
    let text = "Head\n\nPress the 's' key twice.\n";
    let quotations = |lang: &str| {
        let lang = Lang::builtin(lang).unwrap();
        let doc = crate::model::Document::parse(text, crate::model::Format::Plain, &lang);
        doc.quotations.len()
    };
    assert_eq!(quotations("en"), 1);
    assert_eq!(quotations("de"), 0);
    let en = Lang::english();
    assert!(!en.text.elisions.contains("ne"));
}

#[test]
fn german_takes_guillemets_either_way_round() {
    for text in [
        "Kopf\n\nDas Lokal »Zur Hütte« brannte. Er sagte: »Es war ›nie‹ so.«\n",
        "Kopf\n\nDas Lokal «Zur Hütte» brannte. Er sagte: «Es war ‹nie› so.»\n",
    ] {
        assert_eq!(check(text, "de"), [], "{text}");
    }
    // But not closed with the mark it opened with.
    let text = "Kopf\n\nDas Lokal »Zur Hütte» brannte.\n";
    let f = check(text, "de");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].2,
        "closing » does not match the opening » (line 3): close with «"
    );
    // Low marks and guillemets in one article are two styles.
    let text = "Kopf\n\n„Ja“, sagte er. „Nein“, sagte sie. »Vielleicht«, sagte es.\n";
    assert_eq!(rules(text, "de"), ["quotes.mixed-style"]);
}

#[test]
fn swiss_german_takes_guillemets_the_swiss_way_only() {
    let text = "Kopf\n\nDas Lokal «Zur Hütte» brannte. Er sagte: «Es war ‹nie› so.»\n";
    assert_eq!(check(text, "de-CH"), []);
    // »…« is the German-German order: an unopened » and an unclosed «.
    let text = "Kopf\n\nDas Lokal »Zur Hütte« brannte.\n";
    assert_eq!(rules(text, "de-CH"), ["quotes.unclosed", "quotes.unopened"]);
    // „…“ beside «…» is another style.
    let text = "Kopf\n\n«Ja», sagte er. «Nein», sagte sie. „Vielleicht“, sagte es.\n";
    let f = check(text, "de-CH");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].1, "„");
    assert!(f[0].2.contains("guillemet"), "{}", f[0].2);
}

#[test]
fn swiss_german_is_german_but_for_its_marks() {
    let ch = Lang::builtin("de-CH").unwrap();
    let de = Lang::builtin("de").unwrap();
    assert_eq!(ch.name, "de-CH");
    assert_eq!(ch.text.abbreviations, de.text.abbreviations);
    assert_eq!(ch.text.elisions, de.text.elisions);
    assert_eq!(ch.text.speech_verbs, de.text.speech_verbs);
}

#[test]
fn the_german_example_of_explain_is_reported_and_its_correction_is_not() {
    // `ascribe explain quotes.mixed-style` shows a German wrong closer and
    // its correction: both as the rule reads them.
    let doc = QuotesMixedStyle.meta().doc;
    let german = &doc[doc.find("In German:").expect("a German example")..];
    let blocks: Vec<&str> = german
        .split("```text\n")
        .skip(1)
        .map(|b| &b[..b.find("```").unwrap()])
        .collect();
    assert_eq!(blocks.len(), 2, "{german}");
    let as_article = |body: &str| format!("Kopf\n\n{body}");
    assert_eq!(rules(&as_article(blocks[0]), "de"), ["quotes.mixed-style"]);
    assert_eq!(check(&as_article(blocks[1]), "de"), []);
}

#[test]
fn a_german_closing_single_mark_with_nothing_open_is_an_apostrophe() {
    // Autocorrect's ‘ before an elision or a transliterated name.
    for text in [
        "Kopf\n\nDer Anschlag ereignete sich in ‘Adi, östlich der Stadt.\n",
        "Kopf\n\nEr hat ‘ne Villa gekauft.\n",
    ] {
        assert_eq!(check(text, "de"), [], "{text}");
    }
    // It still closes ‚ when one is open.
    let text = "Kopf\n\n„Ein bisschen ‚echten‘ Winter“, sagte er.\n";
    assert_eq!(check(text, "de"), []);
}

#[test]
fn a_wrong_closer_that_is_the_house_closer_is_left_to_the_restyle() {
    // Under a straight house style „…" becomes "…" by the style's fix;
    // the closer's own fix (“) would undo that, so it has none.
    let s = Settings {
        quote_style: Some(Family::Straight),
        ..Settings::default()
    };
    let text = "Kopf\n\nEr sagte „wir kommen\" und ging.\n";
    let f = found(text, "de", &s);
    assert_eq!(f.len(), 2, "{f:?}");
    let closer = f.iter().find(|f| f.span.text(text) == "\"").unwrap();
    assert!(closer.fix.is_none(), "{closer:?}");
    let sel = crate::fix::select(&f, true);
    let fixed = crate::fix::apply_str(text, &crate::fix::edits(&f, &sel));
    assert_eq!(fixed, "Kopf\n\nEr sagte \"wir kommen\" und ging.\n");
}

#[test]
fn an_english_opening_mark_closed_the_german_way_is_a_wrong_opening_mark() {
    for text in [
        "Kopf\n\nUnterstützung für “Die Fünf“ kam aus New York.\n",
        "Kopf\n\n„Ja“, sagte er. Sie forderten “Freiheit für alle“ und gingen.\n",
    ] {
        let f = found(text, "de", &Settings::default());
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(f[0].rule, "quotes.mixed-style");
        // The mark opening a word, not the German closer.
        assert_eq!(f[0].span.start as usize, text.find(" “").unwrap() + 1);
        assert_eq!(
            f[0].message,
            "opening “ does not match the closing “ (line 3): open with „"
        );
        let fix = f[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Safe);
        assert_eq!(fix.edits[0].replacement, "„");
    }
    // “…” is English style, another style than „…“ in German copy.
    let text = "Kopf\n\n„Ja“, sagte er. „Nein“, sagte sie. “Doch”, sagte es.\n";
    let f = check(text, "de");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].2.starts_with("1 quotation in curly"), "{}", f[0].2);
    // A ‘ before a word stays what it was: no quotation opens there.
    let text = "Kopf\n\nDer Vorfall ereignete sich in ‘Adi am Montag.\n";
    assert_eq!(check(text, "de"), []);
}
