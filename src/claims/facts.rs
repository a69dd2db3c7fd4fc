//! Facts of public record that hold a claim signal's words: an announced
//! appointment ("will become the campaign's chief executive"), an event on
//! the calendar ("a vote is expected Thursday"), a charge dropped, a count
//! the sentence itself spells out ("Four casinos — A, B, C and D —"), and
//! the facts of a life (children, the age one died at). The guideline
//! counts these as scene-setting of public, checkable events, not claims;
//! the lists are `public_record` in `rules/claims/*.yaml`.

use crate::attribution::WordSet;
use serde::Deserialize;

#[path = "facts_words.rs"]
mod words;
pub use words::Words;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    #[serde(default)]
    announcing: Vec<String>,
    #[serde(default)]
    successions: Vec<String>,
    #[serde(default)]
    posts: Vec<String>,
    #[serde(default)]
    discards: Vec<String>,
    #[serde(default)]
    passive: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default)]
    calendar: Vec<String>,
    #[serde(default)]
    calendar_before: Vec<String>,
    #[serde(default)]
    small_numbers: Vec<String>,
    #[serde(default)]
    kin: Vec<String>,
    #[serde(default)]
    life_events: Vec<String>,
    #[serde(default)]
    tenures: Vec<String>,
    #[serde(default)]
    records: Vec<String>,
    #[serde(default)]
    tenure_verbs: Vec<String>,
    #[serde(default)]
    tenure_spans: Vec<String>,
    #[serde(default)]
    events: Vec<String>,
    #[serde(default)]
    event_auxiliaries: Vec<String>,
    /// Events whose date must follow at once, past one preposition at
    /// most ("due in May"; "due to the storm in May" gives a cause).
    #[serde(default)]
    close_dated: Vec<String>,
    #[serde(default)]
    defeats: Vec<String>,
    #[serde(default)]
    contests: Vec<String>,
    #[serde(default)]
    remaining: Vec<String>,
    #[serde(default)]
    scene_acts: Vec<String>,
    #[serde(default)]
    appearances: Vec<String>,
    #[serde(default)]
    appearance_modals: Vec<String>,
    #[serde(default)]
    appearance_plans: Vec<String>,
}

/// The lists of [`FactsFile`], as sets (see `rules/claims/en.yaml`).
#[derive(Debug, Clone, Default)]
pub struct Facts {
    announcing: WordSet,
    successions: WordSet,
    posts: WordSet,
    discards: WordSet,
    passive: WordSet,
    objects: WordSet,
    calendar: WordSet,
    calendar_before: WordSet,
    small_numbers: Vec<String>,
    kin: WordSet,
    life_events: WordSet,
    tenures: WordSet,
    /// Phrases of a life's record or a definition ("was born", "consists
    /// of"), each as its words, and their first words.
    records: Vec<Vec<String>>,
    record_heads: WordSet,
    /// Verbs of holding a post ("served") and the units of its length
    /// ("years"): "served as chief justice for nearly nine years".
    tenure_verbs: WordSet,
    tenure_spans: WordSet,
    /// Verbs of an event on the calendar, each as its words ("begin",
    /// "take place").
    events: Vec<Vec<String>>,
    /// The first words of `events`: most tokens are turned away by one
    /// probe here rather than a comparison with every phrase.
    event_heads: WordSet,
    event_auxiliaries: WordSet,
    close_dated: WordSet,
    defeats: WordSet,
    contests: WordSet,
    remaining: WordSet,
    scene_acts: WordSet,
    appearances: WordSet,
    appearance_modals: WordSet,
    appearance_plans: WordSet,
}

impl Facts {
    /// Is `word` one of `small_numbers` ("three", any case)?
    pub fn number_word(&self, word: &str) -> bool {
        self.small_numbers
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    }

    pub fn new(f: &FactsFile) -> Facts {
        Facts {
            announcing: WordSet::new(&f.announcing),
            successions: WordSet::new(&f.successions),
            posts: WordSet::new(&f.posts),
            discards: WordSet::new(&f.discards),
            passive: WordSet::new(&f.passive),
            objects: WordSet::new(&f.objects),
            calendar: WordSet::new(&f.calendar),
            calendar_before: WordSet::new(&f.calendar_before),
            small_numbers: f.small_numbers.iter().map(|w| w.to_lowercase()).collect(),
            kin: WordSet::new(&f.kin),
            life_events: WordSet::new(&f.life_events),
            tenures: WordSet::new(&f.tenures),
            records: f
                .records
                .iter()
                .map(|e| e.split_whitespace().map(str::to_lowercase).collect())
                .filter(|e: &Vec<String>| !e.is_empty())
                .collect(),
            record_heads: WordSet::new(
                f.records.iter().filter_map(|e| e.split_whitespace().next()),
            ),
            tenure_verbs: WordSet::new(&f.tenure_verbs),
            tenure_spans: WordSet::new(&f.tenure_spans),
            events: f
                .events
                .iter()
                .map(|e| e.split_whitespace().map(str::to_lowercase).collect())
                .filter(|e: &Vec<String>| !e.is_empty())
                .collect(),
            event_heads: WordSet::new(f.events.iter().filter_map(|e| e.split_whitespace().next())),
            event_auxiliaries: WordSet::new(&f.event_auxiliaries),
            close_dated: WordSet::new(&f.close_dated),
            defeats: WordSet::new(&f.defeats),
            contests: WordSet::new(&f.contests),
            remaining: WordSet::new(&f.remaining),
            scene_acts: WordSet::new(&f.scene_acts),
            appearances: WordSet::new(&f.appearances),
            appearance_modals: WordSet::new(&f.appearance_modals),
            appearance_plans: WordSet::new(&f.appearance_plans),
        }
    }
}

#[cfg(test)]
#[path = "facts_tests.rs"]
mod tests;
