//! A learned names list written as YAML: the entries by frequency, the
//! suspected variants commented out beside the spelling they may be.

use super::{Learned, Suspect};
use std::fmt::Write;

/// The learned list as YAML that `check --names` loads back.
pub fn to_yaml(l: &Learned) -> String {
    let mut y = String::new();
    let _ = writeln!(
        y,
        "# Names learned by `ascribe names learn` from {} article{}: {} spelling{}\n\
         # seen {}, most frequent first, with their frequency.\n\
         #\n\
         # Suspected variants: rare spellings one slip from a frequent one. They\n\
         # are not entries; each is listed in a comment under the spelling it\n\
         # resembles. Review them: to have a confirmed one reported, move it into\n\
         # that entry's `variants`.",
        l.articles,
        if l.articles == 1 { "" } else { "s" },
        l.names.len(),
        if l.names.len() == 1 { "" } else { "s" },
        match l.min_count {
            0 | 1 => "at least once".to_string(),
            2 => "at least twice".to_string(),
            n => format!("at least {n} times"),
        }
    );
    // Strongest evidence first, then the most used spellings: the top of
    // the list is what a reviewer should read first.
    let mut ranked: Vec<&Suspect> = l.suspects.iter().collect();
    ranked.sort_by(|a, b| {
        (a.evidence, std::cmp::Reverse(l.names[a.of].1), &a.spelling).cmp(&(
            b.evidence,
            std::cmp::Reverse(l.names[b.of].1),
            &b.spelling,
        ))
    });
    let weak_from = ranked.partition_point(|s| !s.evidence.is_weak());
    for (part, heading) in [
        (
            &ranked[..weak_from],
            "suspected variants (rare <- frequent)",
        ),
        (
            &ranked[weak_from..],
            "weaker pairs, more often two different names than a slip",
        ),
    ] {
        if part.is_empty() {
            continue;
        }
        let _ = writeln!(y, "#\n# {} {heading}:", part.len());
        for sp in part {
            let (fs, fnum) = &l.names[sp.of];
            let _ = writeln!(
                y,
                "#   {} ({}) <- {fs} ({fnum}): {}",
                sp.spelling,
                sp.count,
                sp.evidence.label()
            );
        }
    }
    y.push_str("names:\n");
    let mut si = 0;
    for (i, (s, n)) in l.names.iter().enumerate() {
        let _ = writeln!(y, "- canonical: {}\n  frequency: {n}", yaml_scalar(s));
        let from = si;
        while si < l.suspects.len() && l.suspects[si].of == i {
            si += 1;
        }
        let here = &l.suspects[from..si];
        let counts = |weak: bool| -> Vec<String> {
            here.iter()
                .filter(|sp| sp.evidence.is_weak() == weak)
                .map(|sp| format!("{} ({})", sp.spelling, sp.count))
                .collect()
        };
        let (strong, weak) = (counts(false), counts(true));
        if !strong.is_empty() {
            let list: Vec<String> = here
                .iter()
                .filter(|sp| !sp.evidence.is_weak())
                .map(|sp| yaml_scalar(&sp.spelling))
                .collect();
            let _ = writeln!(y, "  # suspected: {}", strong.join(", "));
            let _ = writeln!(y, "  # variants: [{}]", list.join(", "));
        }
        if !weak.is_empty() {
            let _ = writeln!(y, "  # less likely: {}", weak.join(", "));
        }
    }
    y
}

/// A YAML plain scalar when safe, else a double-quoted one.
pub(super) fn yaml_scalar(s: &str) -> String {
    let plain = s
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '\'' | '’'))
        && !s.starts_with(['-', '.', '\''])
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "yes" | "no" | "true" | "false" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        s.to_string()
    } else {
        format!("{:?}", s)
    }
}
