//! Facts of public record that hold a claim signal's words: an announced
//! appointment ("will become the campaign's chief executive"), an event on
//! the calendar ("a vote is expected Thursday"), a charge dropped, a count
//! the sentence itself spells out ("Four casinos — A, B, C and D —"), and
//! the facts of a life (children, the age one died at). The guideline
//! counts these as scene-setting of public, checkable events, not claims;
//! the lists are `public_record` in `rules/claims/*.yaml`.

use crate::attribution::WordSet;
use crate::model::{Token, TokenKind};
use serde::Deserialize;

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
}

/// How many words after a verb of succession its post may stand: "will
/// become the Republican campaign's chief executive".
const POST_REACH: usize = 6;

/// How many words before "at" a life event may stand: "died Sunday at
/// his home at 82" is too far; "died Sunday at 82" is not.
const LIFE_REACH: usize = 3;

impl Facts {
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
        }
    }
}

/// The tokens of one sentence with the text they index, and the facts
/// lists: what every question below reads.
pub struct Words<'a> {
    pub toks: &'a [Token],
    pub text: &'a str,
    pub facts: &'a Facts,
    /// Months and weekdays, and words of time ("tomorrow"): `not_claims`'
    /// dates and `features`' time.
    pub dates: &'a WordSet,
    pub time: &'a WordSet,
}

impl<'a> Words<'a> {
    fn word(&self, k: usize) -> Option<&'a str> {
        self.toks
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.text(self.text))
    }

    /// The modal at `i` and its verb at `k` announce a succession: a
    /// modal of certainty ("will", not "may"), a verb of taking or keeping
    /// a post ("become", "retain", "succeed") and a post one is appointed
    /// to among the next few words ("will retain his title", "will become
    /// the campaign's chief executive"). An office won by vote ("will
    /// become president") is not listed: until the vote it is a forecast.
    pub fn succession(&self, i: usize, k: usize) -> bool {
        let f = self.facts;
        if !self.word(i).is_some_and(|w| f.announcing.contains(w))
            || !self.word(k).is_some_and(|w| f.successions.contains(w))
        {
            return false;
        }
        self.toks[k + 1..]
            .iter()
            .take(POST_REACH)
            .take_while(|t| t.is_word() || t.is_punct('-'))
            .any(|t| f.posts.contains(t.text(self.text)))
    }

    /// "expected" at `i` names a date, not a forecast: "a ruling is
    /// expected Thursday", "the vote is expected on Oct. 9", "expected
    /// later this month".
    pub fn on_the_calendar(&self, i: usize) -> bool {
        let f = self.facts;
        if !self.word(i).is_some_and(|w| f.calendar.contains(w)) {
            return false;
        }
        let is_date = |k: usize| {
            self.word(k)
                .is_some_and(|w| self.dates.contains(w) || self.time.contains(w))
        };
        if is_date(i + 1) {
            return true;
        }
        self.word(i + 1)
            .is_some_and(|w| f.calendar_before.contains(w))
            && (is_date(i + 2) || is_date(i + 3))
    }

    /// A verb of change at `i` that here tells an act, not a change: in
    /// the passive ("the case was dropped") or before its object
    /// ("dropped the charges").
    pub fn discarded(&self, i: usize) -> bool {
        let f = self.facts;
        if !self.word(i).is_some_and(|w| f.discards.contains(w)) {
            return false;
        }
        let passive = i > 0 && self.word(i - 1).is_some_and(|w| f.passive.contains(w));
        passive || self.word(i + 1).is_some_and(|w| f.objects.contains(w))
    }

    /// The count at `i` is a fact of a life: children and kin ("three
    /// sons", "two adult children", "a father of four"), terms in office
    /// ("two terms as mayor"), or an age at an event of a life ("died
    /// Sunday at 82").
    pub fn of_a_life(&self, i: usize) -> bool {
        let f = self.facts;
        // One word may stand between: "two grown daughters".
        let kin_after = (i + 1..i + 3)
            .map_while(|k| self.word(k))
            .any(|w| f.kin.contains(w) || f.tenures.contains(w));
        let kin_before = i >= 2
            && self
                .word(i - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("of"))
            && self.word(i - 2).is_some_and(|w| f.kin.contains(w));
        let age = i >= 2
            && self
                .word(i - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("at"))
            && self.toks[i].kind() == TokenKind::Number
            && self.toks[i]
                .text(self.text)
                .parse::<u8>()
                .is_ok_and(|n| n <= 120)
            && (i.saturating_sub(2 + LIFE_REACH)..i - 1)
                .filter_map(|k| self.word(k))
                .any(|w| f.life_events.contains(w));
        kin_after || kin_before || age
    }

    /// The count at `i` (ending at `end`) is spelt out by the names right
    /// after it: "Four casinos — Atlantic Club, Showboat, Revel and Trump
    /// Plaza — closed" counts what anyone can count.
    pub fn enumerated(&self, i: usize, end: usize) -> bool {
        let Some(n) = self.value(i) else {
            return false;
        };
        // The counted noun, then a dash, colon or comma.
        let mut k = end + 1;
        let mut nouns = 0;
        while self.word(k).is_some() && nouns < 3 {
            k += 1;
            nouns += 1;
        }
        let opens = self
            .toks
            .get(k)
            .is_some_and(|t| matches!(t.kind(), TokenKind::Punct('—' | '–' | ':' | ',' | '-')));
        if nouns == 0 || !opens {
            return false;
        }
        k += 1;
        let mut items = 0;
        let mut in_item = false;
        while let Some(t) = self.toks.get(k) {
            let w = self.word(k);
            match w {
                Some(w) if w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or") => {
                    in_item = false
                }
                Some(w) if w.starts_with(|c: char| c.is_uppercase()) => {
                    if !in_item {
                        items += 1;
                        in_item = true;
                    }
                }
                // "Nevada's", "de" inside a name.
                Some(_) if in_item => {}
                _ if t.is_punct(',') => in_item = false,
                _ if t.is_punct('.') && in_item => {}
                _ => break,
            }
            k += 1;
        }
        items >= 2 && items == n
    }

    /// The value of a count at `i`: digits, or a number word of
    /// `small_numbers` (its place in the list is its value).
    fn value(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        let text = t.text(self.text);
        if t.kind() == TokenKind::Number {
            return text.parse().ok();
        }
        let lower = text.to_lowercase();
        self.facts.small_numbers.iter().position(|w| *w == lower)
    }
}

#[cfg(test)]
#[path = "facts_tests.rs"]
mod tests;
