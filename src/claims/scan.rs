//! Finding the claim signals of one sentence: a single pass over its
//! tokens, one set lookup per word, quoted words skipped.

use super::data::{Data, What};
use super::facts::Words;
use crate::model::token::is_capitalised;
use crate::model::{Document, Sentence, Token, TokenKind};
use crate::span::Span;

/// A signal found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub signal: u16,
    /// The words that matched ("37th time since 2013").
    pub span: Span,
}

/// Walks the sentences of a document in order, remembering where it is in
/// the list of quotations so that each token is tested once.
pub struct Scanner<'a, 't> {
    doc: &'a Document<'t>,
    data: &'a Data,
    /// Outermost quotations, by start (the caller's, shared with the
    /// feature extractor so that they are gathered once per document).
    quoted: &'a [Span],
    next_quote: usize,
    /// The tokens of the sentence at hand that may start a signal.
    starts: Vec<u32>,
    /// Find every signal, not only up to the first warning.
    every: bool,
}

/// How many words back a first-person subject still owns a signal: "I had
/// to pay a $30,000 fine".
const FIRST_PERSON_REACH: usize = 5;

/// How many words before a negatable signal a negation may stand.
const NEGATION_REACH: usize = 2;

fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
}

impl<'a, 't> Scanner<'a, 't> {
    /// A scanner of `doc`, whose outermost quotations are `quoted` (as
    /// [`Document::outer_quotation_spans`] gives them).
    pub fn new(doc: &'a Document<'t>, data: &'a Data, quoted: &'a [Span]) -> Self {
        Scanner {
            doc,
            data,
            quoted,
            next_quote: 0,
            starts: Vec::new(),
            every: false,
        }
    }

    /// A scanner that finds every signal of a sentence (the claims model
    /// weighs them all), not only up to its first warning.
    pub fn every_signal(mut self) -> Self {
        self.every = true;
        self
    }

    /// Is the token at `at` inside a quotation? Calls must come in
    /// increasing order of `at`.
    fn in_quote(&mut self, at: u32) -> bool {
        while self.next_quote < self.quoted.len() && self.quoted[self.next_quote].end <= at {
            self.next_quote += 1;
        }
        self.quoted
            .get(self.next_quote)
            .is_some_and(|q| q.start <= at)
    }

    fn text(&self, t: &Token) -> &'t str {
        t.text(self.doc.text)
    }

    /// The signals of `s`, most serious first (then in reading order);
    /// the scan stops at the first warning, which then leads the list.
    /// In a headline every word may be capitalised; elsewhere a capitalised
    /// word after the first is a name, not a signal.
    pub fn scan(&mut self, s: &Sentence, headline: bool, out: &mut Vec<Hit>) {
        out.clear();
        // A sentence wholly inside a quotation (quoted speech, a sentence
        // of a quoted paragraph) holds no signal of the writer's: every
        // token of it would be passed over as quoted.
        if self.in_quote(s.span.start) && self.quoted[self.next_quote].end >= s.span.end {
            return;
        }
        // Most tokens start nothing this rule knows: they are passed over
        // on their kind and signature (and the next word's) before
        // anything else.
        let mut starts = std::mem::take(&mut self.starts);
        let toks = &self.doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        self.data.starts.select(toks, &mut starts);
        self.scan_tokens(s, headline, &starts, out);
        self.starts = starts;
        let data = self.data;
        // Stable: reading order among equals.
        out.sort_by_key(|h| std::cmp::Reverse(data.signals[h.signal as usize].severity));
    }

    fn scan_tokens(&mut self, s: &Sentence, headline: bool, starts: &[u32], out: &mut Vec<Hit>) {
        let warning = |out: &Vec<Hit>, data: &Data| {
            out.last().is_some_and(|h| {
                data.signals[h.signal as usize].severity >= crate::finding::Severity::Warning
            })
        };
        let toks = &self.doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let first_word = toks.iter().position(|t| t.is_word());
        let mut hidden_until = 0usize;
        let mut i = 0;
        for &c in starts {
            if (c as usize) < i {
                continue;
            }
            i = c as usize;
            let t = toks[i];
            if !self.every && warning(out, self.data) {
                return;
            }
            if i < hidden_until || self.in_quote(t.span.start) {
                i += 1;
                continue;
            }
            let first = self.doc.text.as_bytes()[t.span.start as usize];
            let starts_digit = first.is_ascii_digit();
            if starts_digit && matches!(t.kind(), TokenKind::Number | TokenKind::Word) {
                if let Some(sig) = self.data.number_signal {
                    // A number opening a headline counts its list ("10 Things
                    // to Know").
                    let listicle = headline && i == 0;
                    if let Some((a, b)) = self.figure_at(toks, i, first_word).filter(|_| !listicle)
                    {
                        if !self.first_person_before(toks, a) {
                            out.push(Hit {
                                signal: sig,
                                span: toks[a].span.cover(toks[b].span),
                            });
                        }
                        i = b + 1;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            if !t.is_word() {
                i += 1;
                continue;
            }
            // The signature turns away lower-case words, and most words
            // that start no entry, without reading the text.
            let named = !headline
                && !self.data.nouns_capitalised
                && Some(i) != first_word
                && t.sig().may_be_capitalised()
                && (first.is_ascii_uppercase() || (first >= 0x80 && is_capitalised(self.text(&t))));
            // A name is no signal and starts no phrase this rule knows:
            // skip the lookup.
            if named {
                i += 1;
                continue;
            }
            let entries = self.data.entries_of(t, self.doc.text);
            if entries.is_empty() {
                i += 1;
                continue;
            }
            if entries[0].what == What::Count {
                // "nine voters" counts; "the two nations" refers back.
                let refers = i > 0
                    && self
                        .word(toks, i - 1)
                        .is_some_and(|p| self.data.determiners.contains(p));
                let count = match self.data.number_signal {
                    Some(sig) if !refers => self.count_at(toks, i, first_word).map(|c| (sig, c)),
                    _ => None,
                };
                match count {
                    Some((sig, (a, b))) => {
                        if !self.first_person_before(toks, a) {
                            out.push(Hit {
                                signal: sig,
                                span: toks[a].span.cover(toks[b].span),
                            });
                        }
                        i = b + 1;
                    }
                    None => i += 1,
                }
                continue;
            }
            // The shape of the next word (past full stops), when it is a
            // word: a number may still be a phrase's "1".
            let next = toks[i + 1..]
                .iter()
                .find(|n| !n.is_punct('.'))
                .filter(|n| n.is_word())
                .map(|n| n.sig().ends_and_len());
            let mut matched = None;
            for e in entries {
                if next.is_some() && e.second.is_some_and(|s| Some(s) != next) {
                    continue;
                }
                if let Some(end) = self.phrase_end(toks, i, &e.rest) {
                    matched = Some((e.what, end));
                    break;
                }
            }
            match matched {
                Some((What::Count, _)) => i += 1,
                Some((What::Scene, end)) => {
                    hidden_until = end + 1;
                    i += 1;
                }
                Some((What::Signal(sig), end)) => {
                    if !(self.first_person_before(toks, i)
                        || (end == i && self.schedules(toks, i))
                        || (end == i && self.facts(toks).on_the_calendar(i))
                        || (end == i && self.facts(toks).discarded(i))
                        || (end == i && self.facts(toks).defeated(i))
                        || self.than_a_stretch_of_time(toks, end)
                        || (self.data.signals[sig as usize].allegeable
                            && self
                                .word(toks, end + 1)
                                .is_some_and(|w| self.data.allegations.contains(w)))
                        || (self.data.signals[sig as usize].negatable
                            && self.negated_before(toks, i)))
                    {
                        out.push(Hit {
                            signal: sig,
                            span: t.span.cover(toks[end].span),
                        });
                    }
                    i = end + 1;
                }
                None => i += 1,
            }
        }
    }

    /// Where the phrase `rest` ends, if it follows the word at `i`; full
    /// stops between its words are skipped ("No. 1").
    fn phrase_end(&self, toks: &[Token], i: usize, rest: &[Box<str>]) -> Option<usize> {
        let mut j = i;
        for w in rest {
            j += 1;
            while j < toks.len() && toks[j].is_punct('.') {
                j += 1;
            }
            let t = toks.get(j)?;
            if !matches!(t.kind(), TokenKind::Word | TokenKind::Number)
                || !self.text(t).eq_ignore_ascii_case(w)
            {
                return None;
            }
        }
        Some(j)
    }

    /// A modal before a scheduled event sets a scene: "Biden will speak",
    /// "will also be interviewed".
    fn schedules(&self, toks: &[Token], i: usize) -> bool {
        let d = self.data;
        if !d.modals.contains(self.text(&toks[i])) {
            return false;
        }
        let mut k = i + 1;
        while self
            .word(toks, k)
            .is_some_and(|w| w.eq_ignore_ascii_case("be") || w.eq_ignore_ascii_case("also"))
        {
            k += 1;
        }
        self.word(toks, k).is_some_and(|w| d.schedule.contains(w))
            || self.facts(toks).succession(i, k)
            || self.facts(toks).left_on_the_calendar(k)
    }

    /// The facts-of-record questions over a sentence's tokens.
    fn facts<'x>(&'x self, toks: &'x [Token]) -> Words<'x> {
        Words {
            toks,
            text: self.doc.text,
            facts: &self.data.facts,
            dates: &self.data.dates,
            time: &self.data.time,
            clock: &self.data.times,
        }
    }

    /// Does the comparison ending at `end` compare a stretch of time
    /// ("spoke for more than a minute", "less than two hours later")?
    /// Stretches of time are never claims, and neither is their "than".
    fn than_a_stretch_of_time(&self, toks: &[Token], end: usize) -> bool {
        if !self.text(&toks[end]).eq_ignore_ascii_case("than") {
            return false;
        }
        let counts = toks.get(end + 1).is_some_and(|t| {
            t.kind() == TokenKind::Number
                || (t.is_word()
                    && (matches!(self.text(t).to_ascii_lowercase().as_str(), "a" | "an")
                        || self
                            .data
                            .entries_of(*t, self.doc.text)
                            .first()
                            .is_some_and(|e| e.what == What::Count)))
        });
        counts
            && self
                .word(toks, end + 2)
                .is_some_and(|w| self.data.durations.contains(w))
    }

    /// Is the signal at `i` the writer's own experience: a first-person
    /// word ("I", "my") among the few words before it, in the same clause?
    fn first_person_before(&self, toks: &[Token], i: usize) -> bool {
        let fp = &self.data.first_person;
        toks[i.saturating_sub(FIRST_PERSON_REACH)..i]
            .iter()
            .rev()
            .take_while(|t| t.is_word() || t.kind() == TokenKind::Number)
            .any(|t| fp.contains(self.text(t)))
    }

    /// Is the signal at `i` negated: a negation among the two words before
    /// it ("wasn't the only", "not Andy's best")? A record denied is no
    /// record; the words must run on, with no punctuation between.
    fn negated_before(&self, toks: &[Token], i: usize) -> bool {
        toks[i.saturating_sub(NEGATION_REACH)..i]
            .iter()
            .rev()
            .take_while(|t| t.is_word())
            .any(|t| self.data.negations.contains(self.text(t)))
    }

    fn word(&self, toks: &[Token], k: usize) -> Option<&'t str> {
        toks.get(k).filter(|t| t.is_word()).map(|t| self.text(t))
    }

    /// The previous token that is not a full stop ("No. 10" → "No").
    fn prev_word(&self, toks: &[Token], i: usize) -> Option<&'t str> {
        let mut k = i;
        while k > 0 {
            k -= 1;
            if !toks[k].is_punct('.') {
                return self.word(toks, k);
            }
        }
        None
    }

    /// A month or weekday just before the number, or right after it.
    fn is_date(&self, toks: &[Token], i: usize) -> bool {
        let d = &self.data.dates;
        toks[i.saturating_sub(4)..i]
            .iter()
            .any(|t| t.is_word() && d.contains(self.text(t)))
            || self.word(toks, i + 1).is_some_and(|w| d.contains(w))
    }

    /// The run of touching tokens from `k` ("a.m."), without its last full stop.
    fn run_text(&self, toks: &[Token], k: usize) -> Option<&'t str> {
        let first = toks.get(k)?;
        let mut end = first.span.end;
        let mut j = k + 1;
        while j < toks.len()
            && toks[j].span.start == end
            && (toks[j].is_word() || toks[j].is_punct('.'))
        {
            end = toks[j].span.end;
            j += 1;
        }
        let s = &self.doc.text[first.span.start as usize..end as usize];
        Some(s.trim_end_matches('.'))
    }

    /// The token span of a figure starting at the digit token `i`, or
    /// `None` when the digits are a date, time, age, label or list number.
    fn figure_at(
        &self,
        toks: &[Token],
        i: usize,
        first_word: Option<usize>,
    ) -> Option<(usize, usize)> {
        let d = self.data;
        let t = toks[i];
        let text = self.text(&t);
        let next_word = self.word(toks, i + 1);
        if t.is_word() {
            // Ordinals are ranks ("37th time"); other digit-words
            // ("1990s", "3D") are not counted.
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            if !is_ordinal_suffix(&text[digits..])
                || self.is_date(toks, i)
                || next_word.is_some_and(|w| d.ordinal_names.contains(w) || is_capitalised(w))
            {
                return None;
            }
            return Some((i, self.extend(toks, i)));
        }
        let prev = i.checked_sub(1).map(|k| toks[k]);
        let money = prev.is_some_and(|p| {
            matches!(p.kind(), TokenKind::Punct('$' | '£' | '€')) && p.span.end == t.span.start
        });
        let year = text.len() == 4
            && text
                .parse::<u16>()
                .is_ok_and(|y| (1800..=2099).contains(&y));
        // A date written with slashes: "5/12", "3/7/2016".
        let touching = |a: usize, b: usize| toks[a].span.end == toks[b].span.start;
        let slash_date = (i + 2 < toks.len()
            && toks[i + 1].is_punct('/')
            && touching(i, i + 1)
            && touching(i + 1, i + 2)
            && toks[i + 2].kind() == TokenKind::Number)
            || (i >= 2
                && toks[i - 1].is_punct('/')
                && touching(i - 1, i)
                && touching(i - 2, i - 1)
                && toks[i - 2].kind() == TokenKind::Number);
        if text.contains(':') || (year && !money) || slash_date {
            return None;
        }
        let (_, end) = self.count_at(toks, i, first_word)?;
        let start = if money { i - 1 } else { i };
        Some((start, end))
    }

    /// The token span of a count (digits or a number word) at `i`, or
    /// `None` when it is a date, time, age, label or list number.
    fn count_at(
        &self,
        toks: &[Token],
        i: usize,
        first_word: Option<usize>,
    ) -> Option<(usize, usize)> {
        let d = self.data;
        let t = toks[i];
        let next_word = self.word(toks, i + 1);
        let prev = i.checked_sub(1).map(|k| toks[k]);
        if self.is_date(toks, i) {
            return None;
        }
        if let Some(w) = next_word {
            let after = self.word(toks, i + 2);
            let before = self.prev_word(toks, i);
            if self
                .run_text(toks, i + 1)
                .is_some_and(|r| d.times.contains(r))
                || (d.durations.contains(w)
                    && (after.is_some_and(|a| d.duration_after.contains(a))
                        || before.is_some_and(|b| d.duration_before.contains(b))))
                || (w.eq_ignore_ascii_case("years")
                    && after.is_some_and(|a| a.eq_ignore_ascii_case("old")))
            {
                return None;
            }
        }
        // "82-year-old"
        if toks
            .get(i + 1)
            .is_some_and(|h| h.is_punct('-') && h.span.start == t.span.end)
            && self
                .word(toks, i + 2)
                .is_some_and(|w| w.get(..4).is_some_and(|y| y.eq_ignore_ascii_case("year")))
        {
            return None;
        }
        let prev_word = self.prev_word(toks, i);
        // The end of a range of times: "noon to five", "midnight until 6".
        if i >= 2
            && prev_word.is_some_and(|w| d.range_words.contains(w))
            && self
                .prev_word(toks, i - 1)
                .is_some_and(|w| d.times.contains(w))
        {
            return None;
        }
        if prev_word.is_some_and(|w| d.age_words.contains(w) || d.number_labels.contains(w))
            || prev.is_some_and(|p| p.is_punct('#'))
            || self.facts(toks).of_a_life(i)
            || d.thresholds
                .holds(prev_word, next_word, self.word(toks, i + 2))
        {
            return None;
        }
        // An age in apposition: "Clinton, 35, the daughter of …", "The
        // mayor, 58, visited …".
        if i >= 2
            && toks[i - 1].is_punct(',')
            && self.word(toks, i - 2).is_some()
            && toks.get(i + 1).is_some_and(|n| n.is_punct(','))
            && self.text(&t).parse::<u8>().is_ok_and(|n| n <= 120)
        {
            return None;
        }
        // A list number: "1." or "1)" opening a sentence, a line, or an
        // item after ";" or ":".
        let item_opens = i == 0
            || prev.is_some_and(|p| {
                p.is_punct(';')
                    || p.is_punct(':')
                    || self.doc.text[p.span.end as usize..t.span.start as usize].contains('\n')
            });
        if item_opens
            && toks.get(i + 1).is_none_or(|n| {
                n.is_punct('.') || matches!(n.kind(), TokenKind::Close(_)) || n.is_punct(')')
            })
        {
            return None;
        }
        // Part of a name: "Super Bowl 50", "Windows 10".
        if let Some(p) = prev {
            let pw = self.text(&p);
            if p.is_word()
                && Some(i - 1) != first_word
                && is_capitalised(pw)
                && t.span.start == p.span.end + 1
                && !pw.ends_with("'s")
                && !pw.ends_with("’s")
                && !next_word.is_some_and(|w| d.figure_words.contains(w))
            {
                return None;
            }
        }
        let end = self.extend(toks, i);
        if self.facts(toks).enumerated(i, end) {
            return None;
        }
        Some((i, end))
    }

    /// A figure runs on over its unit words: "$100 billion", "48%", "37th
    /// time since 2013".
    fn extend(&self, toks: &[Token], i: usize) -> usize {
        let d = self.data;
        let mut end = i;
        loop {
            match toks.get(end + 1) {
                Some(n) if n.is_punct('%') && n.span.start == toks[end].span.end => end += 1,
                Some(n) if n.is_word() && d.figure_words.contains(self.text(n)) => end += 1,
                _ => break,
            }
        }
        if self
            .word(toks, end + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("time") || w.eq_ignore_ascii_case("times"))
        {
            end += 1;
            if self
                .word(toks, end + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("since"))
                && toks
                    .get(end + 2)
                    .is_some_and(|n| self.text(n).as_bytes()[0].is_ascii_digit())
            {
                end += 2;
            }
        }
        end
    }
}
