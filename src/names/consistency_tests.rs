//! Tests of `consistency`: the pairs and families found in text.
use super::*;
use crate::model::Conventions;
use crate::model::Format;

#[test]
fn a_form_listed_twice_in_any_case_belongs_to_its_first_group() {
    // "Flan" in the second pair is "flan" of the first: the first wins,
    // and a pair's multi-word form is found from its first word.
    let c = Consistency::from_yaml(
        "c.yaml",
        "pairs:\n- {forms: [flan, flann]}\n- {forms: [Flan, custard tart]}\n",
    )
    .unwrap();
    let got = uses(&c, "A flan and a custard tart and a FLANN.");
    assert_eq!(
        got,
        [
            (0, 0, "flan".to_string()),
            (1, 1, "custard tart".to_string()),
            (0, 1, "FLANN".to_string())
        ]
    );
}

fn uses(c: &Consistency, text: &str) -> Vec<(u32, u32, String)> {
    let lang = Conventions::english();
    let doc = Document::parse(text, Format::Plain, &lang);
    c.uses(&doc)
        .into_iter()
        .map(|u| (u.group, u.side, u.span.text(text).to_string()))
        .collect()
}

#[test]
fn shipped_file_loads_and_finds_forms() {
    let c = Consistency::builtin();
    let got = uses(
        c,
        "Head\n\nThey organised it by e-mail; the organization paid in roubles.\n",
    );
    let words: Vec<&str> = got.iter().map(|g| g.2.as_str()).collect();
    assert_eq!(words, ["organised", "e-mail", "organization", "roubles"]);
    assert_eq!(got[0].0, got[2].0);
    assert_ne!(got[0].1, got[2].1);
}

#[test]
fn parallel_slices_find_the_same_uses_in_order() {
    let c = Consistency::builtin();
    let text = "Head\n\nThey organised it by e-mail; the organization paid in roubles.\n\n\
                A colour film, the Labour Party, an e mail and a realize moment.\n\n"
        .repeat(20);
    let lang = Conventions::english();
    let doc = Document::parse(&text, Format::Plain, &lang);
    let key = |u: &Use| (u.group, u.side, u.span);
    let whole: Vec<_> = c.uses_chunked(&doc, usize::MAX).iter().map(key).collect();
    assert!(whole.len() > 40, "{}", whole.len());
    for chunk in [4, 7, 64] {
        let sliced: Vec<_> = c.uses_chunked(&doc, chunk).iter().map(key).collect();
        assert_eq!(sliced, whole, "chunk {chunk}");
    }
}

#[test]
fn proper_nouns_keep_their_spelling_in_families() {
    let c = Consistency::builtin();
    let got = uses(
        c,
        "Head\n\nThe Labour Party met at Pearl Harbor. Labor costs rose.\n",
    );
    let words: Vec<&str> = got.iter().map(|g| g.2.as_str()).collect();
    assert_eq!(words, ["Labor"]);
}

#[test]
fn every_listed_key_has_its_bit() {
    // The bit set turns words away before the maps are asked: a form
    // missing from it, one word or the first of several, would never
    // be found.
    let c = Consistency::from_yaml(
        "c.yaml",
        "pairs:\n- {forms: [grey, gray]}\n- {forms: [tea towel, dish cloth]}\n",
    )
    .unwrap();
    let listed: Vec<u64> = c.single.keys().chain(c.multi.keys()).copied().collect();
    assert_eq!(listed.len(), 4);
    for k in listed {
        assert!(c.keys[key_bit(k) / 64] >> (key_bit(k) % 64) & 1 == 1);
    }
    let set: u32 = c.keys.iter().map(|w| w.count_ones()).sum();
    assert!(set <= 4);
    assert_eq!(
        uses(&c, "A GREY tea towel, a gray dish cloth, grey tea."),
        [
            (0, 0, "GREY".to_string()),
            (1, 0, "tea towel".to_string()),
            (0, 1, "gray".to_string()),
            (1, 1, "dish cloth".to_string()),
            (0, 0, "grey".to_string())
        ]
    );
}

#[test]
fn bad_files_name_the_line() {
    let e = Consistency::from_yaml("c.yaml", "pairs:\n- {forms: [a, b], prefer: c}\n").unwrap_err();
    assert!(e.to_string().starts_with("c.yaml:2"), "{e}");
    let e = Consistency::from_yaml("c.yaml", "pairs:\n- {forms: [a, b], colour: c}\n").unwrap_err();
    assert!(e.to_string().starts_with("c.yaml:2"), "{e}");
}
