use super::*;

/// English's endings, as English copy is checked with.
fn en() -> Endings {
    crate::names::Data::builtin("en").unwrap().endings
}

fn list(yaml: &str) -> Result<List, Error> {
    List::from_texts(&[("t.yaml".to_string(), yaml.to_string())])
}

#[test]
fn starter_list_loads_and_knows_the_kremlin_aide() {
    let l = List::starter();
    assert!(l.entries.len() > 100);
    let mut buf = Vec::new();
    let (ni, d) = l
        .near_miss("Uhsakov", &en(), &mut buf)
        .expect("near Ushakov");
    assert_eq!(l.near_words[ni as usize].word, "Ushakov");
    assert_eq!(d, 1);
    assert!(l.near_miss("Ushakov", &en(), &mut buf).is_none());
    assert!(l.near_miss("Nikolsky", &en(), &mut buf).is_none());
}

#[test]
fn unknown_fields_and_bad_entries_name_file_and_line() {
    let e = list("names:\n  - canonical: A B\n    colour: red\n").unwrap_err();
    assert!(e.to_string().starts_with("t.yaml:3"), "{e}");
    let e = list("names:\n  - canonical: Kyiv\n    variants: [Kiev, KYIV]\n").unwrap_err();
    assert!(e.to_string().starts_with("t.yaml:3"), "{e}");
}

#[test]
fn remembered_answers_belong_to_their_list() {
    let a = list("names:\n- canonical: Ushakov\n").unwrap();
    let b = list("names:\n- canonical: Lavrov\n").unwrap();
    let mut buf = Vec::new();
    for _ in 0..2 {
        assert!(a.near_miss("Uhsakov", &en(), &mut buf).is_some());
        assert!(b.near_miss("Uhsakov", &en(), &mut buf).is_none());
        assert!(b.near_miss("Lavorv", &en(), &mut buf).is_some());
    }
}

#[test]
fn remembered_answers_belong_to_their_language_s_endings() {
    // "Lavrovs" is a plural in a language with the ending "s" and a
    // slip in one without: the answer for one is not the other's.
    let l = list("names:\n- canonical: Lavrov\n").unwrap();
    let none = Endings::default();
    let mut buf = Vec::new();
    for _ in 0..2 {
        assert!(l.near_miss("Lavrovs", &en(), &mut buf).is_none());
        assert!(l.near_miss("Lavrovs", &none, &mut buf).is_some());
    }
}

#[test]
fn bucketed_sort_matches_a_comparison_sort() {
    for n in [0usize, 5, 1023, 1024, 5000, 70_001] {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut v: Vec<(u64, u32)> = (0..n)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // Some repeated hashes and pairs, as deletion keys give.
                (if i % 7 == 0 { 42 } else { x }, (i % 100) as u32)
            })
            .collect();
        let mut want = v.clone();
        want.sort_unstable();
        sort_by_hash(&mut v);
        assert_eq!(v, want, "n = {n}");
    }
}

#[test]
fn learned_lists_load() {
    let l = list("names:\n- canonical: Ushakov\n  frequency: 12\n").unwrap();
    let mut buf = Vec::new();
    assert!(l.near_miss("Uhsakov", &en(), &mut buf).is_some());
}
