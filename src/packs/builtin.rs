//! The packs shipped inside the binary, from `rules/packs/`.

use super::Packs;
use std::sync::OnceLock;

/// (id, path under `rules/`, text) of every shipped rule file.
pub static FILES: &[(&str, &str, &str)] = &[
    (
        "Ascribe.AttributionRequired",
        "rules/packs/Ascribe/AttributionRequired.yml",
        include_str!("../../rules/packs/Ascribe/AttributionRequired.yml"),
    ),
    (
        "Ascribe.Redundancy",
        "rules/packs/Ascribe/Redundancy.yml",
        include_str!("../../rules/packs/Ascribe/Redundancy.yml"),
    ),
    (
        "Ascribe.Repetition",
        "rules/packs/Ascribe/Repetition.yml",
        include_str!("../../rules/packs/Ascribe/Repetition.yml"),
    ),
];

/// The shipped packs, compiled once.
pub fn builtin() -> &'static Packs {
    static BUILTIN: OnceLock<Packs> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let mut packs = Packs::default();
        for (id, path, text) in FILES {
            packs
                .add(id, &format!("built-in ({path})"), text)
                .expect("the shipped rule packs are valid");
        }
        packs
    })
}

/// Whether each shipped rule (in `FILES` order) is a preview rule, read
/// from its file without compiling its regexes: a check that runs none of
/// the shipped pack rules (the default; they are all preview) need not
/// pay for compiling them at start-up.
pub fn previews() -> &'static [bool] {
    static PREVIEWS: OnceLock<Vec<bool>> = OnceLock::new();
    PREVIEWS.get_or_init(|| {
        FILES
            .iter()
            .map(|(_, path, text)| {
                super::file::parse(path, text)
                    .expect("the shipped rule packs are valid")
                    .0
                    .preview
            })
            .collect()
    })
}
