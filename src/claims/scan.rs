//! Finding the claim signals of one sentence: a single pass over its
//! tokens, one set lookup per word, quoted words skipped.

use super::data::{Data, What};
use super::facts::Words;
use crate::model::token::is_capitalised;
use crate::model::{Document, Sentence, Token, TokenKind};
use crate::span::Span;

#[path = "scan_figures.rs"]
mod figures;

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
}
