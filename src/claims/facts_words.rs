//! The questions asked of one sentence's tokens against the facts lists:
//! is this signal an appointment, an event on the calendar, a life's
//! facts, a count the sentence spells out?

use super::Facts;
use crate::attribution::WordSet;
use crate::model::{Token, TokenKind};

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
