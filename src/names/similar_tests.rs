//! Tests of `similar`.

use super::*;

/// English's endings, from its word file.
fn en() -> Endings {
    crate::names::Data::builtin("en").unwrap().endings
}

#[test]
fn slips_are_close() {
    for (a, b) in [
        ("Ushakov", "Uhsakov"),
        ("Zelensky", "Zelenskyy"),
        ("Hillary", "Hilary"),
        ("Mohamed", "Mohammed"),
        ("Obama", "Obma"),
        ("Trump", "Trupm"),
        // Jaro-Winkler alone scores this 0.84: the changed vowel
        // matches the other "a" and counts as a transposition.
        ("Barack", "Burack"),
    ] {
        assert_eq!(close(a, b), Some(1), "{a}/{b}");
    }
    assert_eq!(close("Schwarzenegger", "Schwarzeneger"), Some(1));
    assert_eq!(close("Schwarzenegger", "Shwarzeneger"), Some(2));
}

#[test]
fn ascii_closeness_agrees_with_the_distance() {
    let words = [
        "Ushakov",
        "Uhsakov",
        "Ushakova",
        "Ushkov",
        "Ushakvo",
        "ushakov",
        "USHAKOV",
        "Usahkov",
        "Ushakoff",
        "Hillary",
        "Hilary",
        "Hillery",
        "Obama",
        "Obma",
        "Obamas",
        "Oabma",
        "Trump",
        "Trupm",
        "Schwarzenegger",
        "Schwarzeneger",
        "Shwarzeneger",
        "Schwarzenegge",
        "Sanders",
        "Sandars",
        "Sandres",
        "Snaders",
        "Sanderss",
        "Clinton",
        "Clintno",
        "Barack",
        "Burack",
        "Barock",
    ];
    for a in words {
        for b in words {
            let slow = {
                let (fa, fb) = (fold(a), fold(b));
                let (la, lb) = (char_len(&fa), char_len(&fb));
                let allowed = max_edits(la.min(lb), la.max(lb));
                let d = strsim::osa_distance(&fa, &fb);
                (fa != fb
                    && fa.chars().next() == fb.chars().next()
                    && allowed > 0
                    && d > 0
                    && d <= allowed
                    && (strsim::jaro_winkler(&fa, &fb) >= min_jaro_winkler(d)
                        || (d == 1 && vowel_for_vowel(&fa, &fb))))
                .then_some(d)
            };
            assert_eq!(close(a, b), slow, "{a}/{b}");
            if a.len() == b.len() || a.len().abs_diff(b.len()) == 1 {
                let (fa, fb) = (fold(a), fold(b));
                assert_eq!(
                    one_edit(fa.as_bytes(), fb.as_bytes()),
                    strsim::osa_distance(&fa, &fb) == 1,
                    "{a}/{b}"
                );
            }
        }
    }
}

#[test]
fn short_or_far_words_are_not_close() {
    for (a, b) in [
        ("Iran", "Iraq"),
        ("Austria", "Australia"),
        ("Gennifer", "Jennifer"),
        ("Xi", "Xu"),
        ("Putin", "PUTIN"),
    ] {
        assert_eq!(close(a, b), None, "{a}/{b}");
    }
}

#[test]
fn derived_words_are_different_words() {
    for (a, b) in [
        ("America", "American"),
        ("Latin", "Latino"),
        ("Latino", "Latina"),
        ("Clinton", "Clintons"),
        ("Democrat", "Democrats"),
        ("Russia", "Russian"),
        ("Israel", "Israeli"),
    ] {
        assert!(different_words(a, b, &en()).is_some(), "{a}/{b}");
    }
    // Endings that begin alike: the stem is shorter than the letters
    // shared.
    for (a, b) in [
        ("Methodism", "Methodist"),
        ("Islamist", "Islamic"),
        ("Islamophobia", "Islamophobic"),
    ] {
        assert!(different_words(a, b, &en()).is_some(), "{a}/{b}");
    }
    for (a, b) in [
        ("Ushakov", "Uhsakov"),
        ("Clinton", "Clintno"),
        ("Sanders", "Sandars"),
        // A letter dropped from an ending is no ending of its own.
        ("Islamic", "Islamc"),
        // A vowel changed is a slip, even where it makes an ending.
        ("Coleman", "Colemen"),
        ("Philadelphia", "Philadelpha"),
    ] {
        assert!(different_words(a, b, &en()).is_none(), "{a}/{b}");
    }
}

#[test]
fn a_language_s_endings_make_different_words() {
    let de = crate::names::Data::builtin("de").unwrap().endings;
    for (a, b) in [
        // Plural and dative, an umlaut folded away.
        ("Handelskammer", "Handelskammern"),
        ("Zollamt", "Zollämtern"),
        // Inhabitants and their town or country.
        ("Wendlingen", "Wendlinger"),
        ("Kalorien", "Kalorer"),
        // Feminine forms and derived words.
        ("Ansagerin", "Ansager"),
        ("Rektorin", "Rektorinnen"),
        ("Prokurator", "Prokuratur"),
    ] {
        assert!(different_words(a, b, &de).is_some(), "{a}/{b}");
    }
    // English alone knows none of them.
    assert!(different_words("Prokurator", "Prokuratur", &en()).is_none());
    // Slips stay slips: letters swapped, or a letter dropped inside.
    for (a, b) in [("Bergmann", "Bregmann"), ("Hollerbach", "Holerbach")] {
        assert!(different_words(a, b, &de).is_none(), "{a}/{b}");
    }
}

#[test]
fn endings_are_the_language_s_data() {
    // A language that lists no endings has no derived words: only
    // its word file makes "Russian" another word than "Russia".
    let none = Endings::default();
    assert!(different_words("Russia", "Russian", &none).is_none());
    assert!(different_words("Russia", "Russian", &en()).is_some());
    let some = Endings::new(&["", "N"]);
    assert!(different_words("Russia", "Russian", &some).is_some());
    assert!(different_words("Russia", "Russias", &some).is_none());
    // Equal lists share an id (and so remembered answers); German's,
    // which adds to English's, does not.
    assert_eq!(Endings::new(&["n", "", "n"]).id(), some.id());
    let de = crate::names::Data::builtin("de").unwrap().endings;
    assert_ne!(de.id(), en().id());
}

#[test]
fn contractions_are_no_names() {
    for w in [
        "We’ve", "We're", "They'll", "She’d", "I'm", "Don't", "WON’T",
    ] {
        assert!(!word_shaped(w), "{w}");
    }
    for w in ["O'Brien", "D’Amato", "N'Diaye", "Putin"] {
        assert!(word_shaped(w), "{w}");
    }
}

#[test]
fn capitals_are_kept() {
    assert_eq!(in_case_of("Ushakov", "UHSAKOV"), "USHAKOV");
    assert_eq!(in_case_of("Ushakov", "Uhsakov"), "Ushakov");
}
