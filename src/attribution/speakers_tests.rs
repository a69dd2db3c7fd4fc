//! One pass and chunked resolution of sources agree, within the replay
//! bound.

use super::*;
use crate::model::Conventions;
use crate::model::Format;

/// A name made of syllables, one per digit of `k`.
fn name(k: usize) -> String {
    const SYL: [&str; 10] = ["ba", "ke", "li", "mo", "nu", "ra", "se", "ti", "vo", "zu"];
    let mut s: String = k
        .to_string()
        .bytes()
        .map(|b| SYL[(b - b'0') as usize])
        .collect();
    s[..1].make_ascii_uppercase();
    s
}

#[test]
fn slices_resolve_as_one_pass_does() {
    // Many named speakers, then surnames, descriptions and pronouns
    // that reach back to them, some beyond `RECENT` sources.
    let mut text = String::from("Headline\n\n");
    for k in 0..300 {
        let (title, pronoun) = if k % 3 == 0 {
            ("Ms.", "she")
        } else {
            ("Mr.", "he")
        };
        let n = name(k + 10);
        text.push_str(&format!(
            "\u{201c}Point {k} stands,\u{201d} said {title} Quil {n}, the analyst.\n\n\
             \u{201c}Then more,\u{201d} {pronoun} said.\n\n"
        ));
        if k % 7 == 0 {
            let back = name(k / 2 + 10);
            text.push_str(&format!(
                "\u{201c}Later,\u{201d} {back} said. \u{201c}Yes,\u{201d} the analyst said. \u{201c}No,\u{201d} it said.\n\n"
            ));
        }
    }
    let lang = Conventions::english();
    let doc = Document::parse(&text, Format::Plain, &lang);
    let d = &crate::attribution::Data::builtin("en").unwrap();
    let found = found_in(&doc, d);
    assert!(found.len() > 600, "{}", found.len());
    let surnames = Surnames::build(&doc, d);
    let mut r = Resolver::new(&surnames);
    let one: Vec<_> = found.iter().map(|f| r.step(&doc, d, f).0).collect();
    assert!(one.iter().filter(|(s, _)| s.is_some()).count() > 600);
    for step in [5, 37, 100] {
        assert_eq!(
            resolve_parallel(&doc, d, &found, step, found.len()),
            one,
            "{step}"
        );
    }
}

/// Attributions of `text` in article order, as `extract` finds them.
fn found_in(doc: &Document<'_>, d: &Data) -> Vec<Found> {
    let mut found = Vec::new();
    super::super::direct::find(doc, d, &mut found);
    super::super::reported::find(doc, d, &mut found);
    found.sort_by_key(|f| (f.cue.first, f.cue.last));
    found.dedup_by_key(|f| f.cue.first);
    found
}

#[test]
fn a_chunk_replays_a_bounded_run_of_unnamed_sources() {
    // One named speaker, forty quotations from vague sources that add
    // no one a pronoun could reach, then "she".
    let mut text = String::from("Headline\n\n\u{201c}We begin,\u{201d} said Ms. Quil Bamo.\n\n");
    for k in 0..40 {
        text.push_str(&format!(
            "\u{201c}Point {k} stands,\u{201d} officials said.\n\n"
        ));
    }
    text.push_str("\u{201c}We end,\u{201d} she said.\n\n");
    let lang = Conventions::english();
    let doc = Document::parse(&text, Format::Plain, &lang);
    let d = &crate::attribution::Data::builtin("en").unwrap();
    let found = found_in(&doc, d);
    assert_eq!(found.len(), 42);
    let surnames = Surnames::build(&doc, d);
    let mut r = Resolver::new(&surnames);
    let one: Vec<_> = found.iter().map(|f| r.step(&doc, d, f).0).collect();
    let she = |v: &[(Option<String>, SourceClass)]| v[41].0.clone();
    assert_eq!(she(&one).as_deref(), Some("Quil Bamo"));
    // A chunk starting at "she" that may replay 64 attributions finds
    // the speaker; one held to 8 does not look past the vague run,
    // rather than replaying it to the top of the file.
    assert_eq!(resolve_parallel(&doc, d, &found, 41, 64), one);
    let short = resolve_parallel(&doc, d, &found, 41, 8);
    assert_eq!(she(&short), None);
    assert_eq!(short[..41], one[..41]);
}
