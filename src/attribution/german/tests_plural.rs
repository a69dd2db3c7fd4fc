//! German `sie` with a plural verb stands for several people, not for the
//! one speaker met before it. Each on invented sentences.

use super::tests::extract;

/// The speaker each attribution of `text` resolves to, by its source.
fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    extract(text)
        .into_iter()
        .filter_map(|a| {
            let s = a.source?;
            Some((
                text[s.start as usize..s.end as usize].to_string(),
                a.speaker,
            ))
        })
        .collect()
}

#[test]
fn a_plural_sie_is_not_the_speaker_before_it() {
    let text = "Ida Kern sagte am Montag, die Lage sei ernst. Die Pfleger streikten am \
                Montag. Sie sagten, die Schichten seien zu lang.";
    let s = speakers(text);
    let sie: Vec<_> = s.iter().filter(|x| x.0 == "Sie").collect();
    assert_eq!(sie.len(), 1, "{s:?}");
    assert_ne!(sie[0].1.as_deref(), Some("Ida Kern"), "{s:?}");
    // After the verb, in the subjunctive of a cue's clause, alike.
    let text = "Ida Kern sagte am Montag, die Lage sei ernst. Am Abend erklärten sie, \
                man brauche mehr Personal.";
    let s = speakers(text);
    let sie: Vec<_> = s.iter().filter(|x| x.0 == "sie").collect();
    assert_eq!(sie.len(), 1, "{s:?}");
    assert_ne!(sie[0].1.as_deref(), Some("Ida Kern"), "{s:?}");
}

#[test]
fn a_singular_sie_is_still_the_speaker_before_it() {
    let text = "Ida Kern sagte am Montag, die Lage sei ernst. Sie erklärte, man brauche \
                mehr Personal.";
    let s = speakers(text);
    let sie: Vec<_> = s.iter().filter(|x| x.0 == "Sie").collect();
    assert_eq!(sie.len(), 1, "{s:?}");
    assert_eq!(sie[0].1.as_deref(), Some("Ida Kern"), "{s:?}");
}
