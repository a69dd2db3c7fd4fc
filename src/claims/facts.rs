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

/// How many words after a verb of succession its post may stand: "will
/// become the Republican campaign's chief executive".
const POST_REACH: usize = 6;

/// How many words before "at" a life event may stand: "died Sunday at
/// his home at 82" is too far; "died Sunday at 82" is not.
const LIFE_REACH: usize = 3;

/// How many tokens before a tenure's count its verb may stand: "served
/// as chief justice for nearly nine years" (six); a longer stretch is
/// likely another clause.
const TENURE_REACH: usize = 6;

/// How many words after "fell in" the contest may stand: "fell in
/// open-seat races" (with its hyphen), "fell in the Democratic primary".
const CONTEST_REACH: usize = 5;

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
    /// Words after a number that make it a clock time ("9 p.m.").
    pub clock: &'a WordSet,
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
    /// ("two terms as mayor") and the years one held a post ("served as
    /// chief justice for nearly nine years"), or an age at an event of a
    /// life ("died Sunday at 82").
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
        kin_after || kin_before || age || self.tenure(i)
    }

    /// The count at `i` is the length of a post held: a unit of time right
    /// after it and a verb of holding a post a few words before ("served
    /// for nine years", "served as chief justice for nearly nine years").
    /// A record of office, like "two terms"; "spoke for 77 minutes" is
    /// not one.
    fn tenure(&self, i: usize) -> bool {
        let f = self.facts;
        self.word(i + 1).is_some_and(|w| f.tenure_spans.contains(w))
            && (i.saturating_sub(TENURE_REACH)..i)
                .filter_map(|k| self.word(k))
                .any(|w| f.tenure_verbs.contains(w))
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

    /// A verb of change at `i` that here tells a result of record: a
    /// defeat in a contest ("fell in open-seat races", "fell in the
    /// primary"), against "support fell in Iowa".
    pub fn defeated(&self, i: usize) -> bool {
        let f = self.facts;
        self.word(i).is_some_and(|w| f.defeats.contains(w))
            && self
                .word(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("in"))
            && (i + 2..i + 2 + CONTEST_REACH)
                .map_while(|k| {
                    self.word(k)
                        .or_else(|| self.toks.get(k).filter(|t| t.is_punct('-')).map(|_| "-"))
                })
                .any(|w| f.contests.contains(w))
    }

    /// "will remain" at `k` (the verb after the modal) ends its clause in
    /// a sentence that names a day or date: what is left on the calendar
    /// ("only the June 14 primary will remain"), not a forecast
    /// ("doubts will remain").
    pub fn left_on_the_calendar(&self, k: usize) -> bool {
        self.word(k)
            .is_some_and(|w| self.facts.remaining.contains(w))
            && self
                .toks
                .get(k + 1)
                .is_none_or(|t| matches!(t.kind(), TokenKind::Punct('.' | ',' | ';')))
            && self.dated(0)
    }

    /// Does the sentence tell a fact of a life's record or define a term
    /// ("was born in Seoul", "grew up in Ohio", "The board consists of
    /// five members")? Asked only of a sentence with no claim signal:
    /// a biography or a definition is background anyone can look up, not
    /// a claim that needs a source.
    pub fn of_record(&self) -> bool {
        let f = self.facts;
        let bytes = self.text.as_bytes();
        (0..self.toks.len()).any(|k| {
            f.record_heads.contains_token(self.toks[k], bytes)
                && f.records.iter().any(|e| {
                    e.iter()
                        .enumerate()
                        .all(|(j, w)| self.word(k + j).is_some_and(|x| x.eq_ignore_ascii_case(w)))
                })
        })
    }

    /// Does the sentence announce an event on the calendar: an event verb
    /// in the future or the scheduling present ("will begin", "is set
    /// for", "will be held", "opens", "takes place") with a day, date or
    /// clock time after it ("The hearing is set for Tuesday", "The debate
    /// will begin at 9 p.m.")? Asked only of a sentence with no claim
    /// signal: such a sentence sets a public, checkable scene, which the
    /// guideline never counts a claim, however assertive its words.
    pub fn scheduled(&self) -> bool {
        let f = self.facts;
        let n = self.toks.len();
        let bytes = self.text.as_bytes();
        (0..n).any(|k| {
            // By the token's signature: most words are turned away unread.
            if !f.event_heads.contains_token(self.toks[k], bytes) {
                return false;
            }
            let Some(len) = f.events.iter().find_map(|e| {
                let fits = e
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.word(k + j).is_some_and(|x| x.eq_ignore_ascii_case(w)));
                fits.then_some(e.len())
            }) else {
                return false;
            };
            // The word before, past "be" and "also": "will", "is", "are".
            let b = self.past_be_also(k);
            let auxiliary = b > 0
                && self
                    .word(b - 1)
                    .is_some_and(|w| f.event_auxiliaries.contains(w));
            // The scheduling present: "the session opens Monday", "New
            // Jersey also holds its primary Tuesday" (past "also" only:
            // "be" comes before no present).
            let present = (b..k)
                .all(|j| self.word(j).is_some_and(|w| w.eq_ignore_ascii_case("also")))
                && self
                    .word(k)
                    .is_some_and(|w| w.len() > 3 && w.ends_with('s'));
            let close = self.word(k).is_some_and(|w| f.close_dated.contains(w));
            (auxiliary || present)
                && if close {
                    self.dated_at(k + len)
                } else {
                    self.dated(k + len)
                }
        })
    }

    /// Is a day, date or time word at token `i`, or right after a
    /// preposition there ("in May", "on Tuesday", "by June 1")? After the
    /// preposition a capitalised "May" is the month, which the date list
    /// leaves out for the modal's sake.
    fn dated_at(&self, i: usize) -> bool {
        let date = |k: usize| {
            self.word(k)
                .is_some_and(|w| self.dates.contains(w) || self.time.contains(w))
        };
        let may = |k: usize| self.word(k) == Some("May");
        let preposition = self
            .word(i)
            .is_some_and(|w| ["in", "on", "by"].iter().any(|p| w.eq_ignore_ascii_case(p)));
        date(i) || (preposition && (date(i + 1) || may(i + 1)))
    }

    /// The index of a visible or audible act of a public event's scene
    /// in the sentence ("the crowd chanted", "a protester yelled", "the
    /// balloons cascaded"), if any: what a reporter in the hall saw or
    /// heard. Whether the sentence says more than that is the caller's
    /// question.
    pub fn scene_act(&self) -> Option<usize> {
        // By token: the signature turns most words away before their bytes
        // are read (this runs for every sentence with no claim signal).
        let bytes = self.text.as_bytes();
        self.toks
            .iter()
            .position(|t| self.facts.scene_acts.contains_token(*t, bytes))
    }

    /// The start of the run of "be" and "also" right before token `k`
    /// ("will also be interviewed"): the word before it is the auxiliary.
    fn past_be_also(&self, k: usize) -> usize {
        let mut b = k;
        while b > 0
            && self
                .word(b - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("be") || w.eq_ignore_ascii_case("also"))
        {
            b -= 1;
        }
        b
    }

    /// The tokens (first, last) of an announced appearance: a verb of
    /// `appearances` after "will" ("Ruiz will discuss the budget", "will
    /// also be interviewed") or after "is set to", "were expected to"
    /// ("The ministers are expected to meet the envoy"). A programme of
    /// interviews, talks and meetings is a public schedule, whatever its
    /// topic; whether the sentence says more is the caller's question.
    pub fn appearance(&self) -> Option<(usize, usize)> {
        let f = self.facts;
        let is = |k: usize, set: &WordSet| self.word(k).is_some_and(|w| set.contains(w));
        // By token signature first: this runs for every word of every
        // sentence.
        let bytes = self.text.as_bytes();
        (0..self.toks.len()).find_map(|k| {
            if !f.appearances.contains_token(self.toks[k], bytes) {
                return None;
            }
            let b = self.past_be_also(k).checked_sub(1)?;
            if is(b, &f.appearance_modals) {
                return Some((b, k));
            }
            // "is set to meet", "were expected to discuss".
            let to = self.word(b).is_some_and(|w| w.eq_ignore_ascii_case("to"));
            let plan = b.checked_sub(2)?;
            (to && is(plan + 1, &f.appearance_plans) && is(plan, &f.passive)).then_some((plan, k))
        })
    }

    /// A day, date or clock time at or after token `from`.
    fn dated(&self, from: usize) -> bool {
        (from..self.toks.len()).any(|k| {
            if let Some(w) = self.word(k) {
                return self.dates.contains(w) || self.time.contains(w);
            }
            self.toks[k].kind() == TokenKind::Number
                && self.joined(k + 1).is_some_and(|w| self.clock.contains(w))
        })
    }

    /// The words and full stops written together from token `k`, without
    /// the last stop: "p.m." is three tokens, one clock word.
    fn joined(&self, k: usize) -> Option<&'a str> {
        let first = self.toks.get(k).filter(|t| t.is_word())?;
        let mut end = first.span.end;
        for t in &self.toks[k + 1..] {
            if t.span.start != end || !(t.is_word() || t.is_punct('.')) {
                break;
            }
            end = t.span.end;
        }
        Some(self.text[first.span.start as usize..end as usize].trim_end_matches('.'))
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
