//! Where a figure or count found by the scanner starts and ends, and the
//! dates, times, ages, labels and list numbers whose digits are no figure.

use super::Scanner;
use crate::model::token::is_capitalised;
use crate::model::{Token, TokenKind};

fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
}

impl<'t> Scanner<'_, 't> {
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
    pub(super) fn figure_at(
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
    pub(super) fn count_at(
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
