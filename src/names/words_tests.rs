//! Tests of `words`.

use super::*;

#[test]
fn shipped_lists_load() {
    let d = Data::builtin("en").unwrap();
    assert!(d.is_title("President"));
    assert!(d.not_names.contains(&key("However")));
    assert!(Data::builtin("de").is_ok());
}

#[test]
fn the_common_words_are_sorted_for_their_binary_search() {
    let w: Vec<&str> = common_en().lines().collect();
    assert!(w.len() > 30_000);
    assert!(
        w.windows(2).all(|p| p[0] < p[1]),
        "common-en.txt is not sorted"
    );
    assert!(w.iter().all(|l| !l.is_empty() && !l.starts_with('#')));
    // Every entry is found where it stands, first and last too.
    assert!(w.iter().all(|l| in_sorted(common_en(), l)));
    let d = Data::builtin("en").unwrap();
    assert!(d.is_common("Statue") && d.is_common("voice") && !d.is_common("Uhsakov"));
}

#[test]
fn the_given_names_are_sorted_and_known() {
    let w: Vec<&str> = given_en().lines().collect();
    assert!(w.len() > 4_000);
    assert!(
        w.windows(2).all(|p| p[0] < p[1]),
        "given-en.txt is not sorted"
    );
    assert!(w.iter().all(|l| !l.is_empty() && !l.starts_with('#')));
    assert!(w.iter().all(|l| in_sorted(given_en(), l)));
    let d = Data::builtin("en").unwrap();
    assert!(d.is_given("Greta") && d.is_given("GENE") && d.is_given("Vince"));
    // Common words only a few people bear are left out.
    assert!(!d.is_given("Numbers") && !d.is_given("Great") && !d.is_given("Uhsakov"));
}

#[test]
fn prefix_words_are_the_titles_modifiers_and_openers() {
    let d = Data::from_yaml(
        "w.yaml",
        "titles: [Senator]\nmodifiers: [Former]\nnot_names: [However]\n\
         common_words: [Today]\nparticles: [bin]\nsuffixes: [Jr]\n",
    )
    .unwrap();
    for w in ["Senator", "FORMER", "however"] {
        assert!(d.is_prefix_word(key(w)) && d.is_ordinary(key(w)), "{w}");
    }
    // Particles and suffixes share the class table but strip nothing
    // from a name's front; a common word is ordinary only.
    for w in ["bin", "Jr", "Today", "Ushakov"] {
        assert!(!d.is_prefix_word(key(w)), "{w}");
    }
    assert!(d.is_ordinary(key("Today")) && !d.is_ordinary(key("Ushakov")));
    assert!(!Data::default().is_prefix_word(key("Senator")));
}

#[test]
fn sorted_text_is_searched_line_by_line() {
    let text = "# a header\n# more of it\n\napple\nbanana\ncherry\ndamson";
    let b = body(text);
    assert!(b.starts_with("apple\n"));
    for w in ["apple", "Banana", "CHERRY", "damson"] {
        assert!(in_sorted(b, w), "{w}");
    }
    // Before the first, after the last, between two, a line's prefix
    // or extension, a header line, and a word that is not ASCII.
    for w in [
        "aardvark",
        "zebra",
        "bilberry",
        "ban",
        "bananas",
        "# a header",
        "",
        "bánana",
    ] {
        assert!(!in_sorted(b, w), "{w}");
    }
    assert!(!in_sorted("", "apple"));
    assert!(in_sorted("apple\n", "apple"));
}

#[test]
fn unknown_keys_are_errors_with_a_line() {
    let e = Data::from_yaml("x.yaml", "titles: []\nbogus: 1\n").unwrap_err();
    assert!(e.to_string().starts_with("x.yaml:2"), "{e}");
}
