//! The noun phrase that names a source: read from where it opens, or back
//! from its verb, with its name picked out of its article, role and
//! attributes.

use super::{compound_noun, joins, participle, starts_upper, Reader, MAX_SOURCE};
use crate::attribution::grammar::Source;
use crate::model::TokenKind;
use std::ops::Range;

impl Reader<'_, '_> {
    /// The source that opens at `k` and ends before `end` (exclusive): a
    /// pronoun alone, or an article, adjectives, nouns and names, joined by
    /// `von`, `der`, `des`, `und`, with an aside in parentheses.
    pub fn source_at(&self, k: usize, end: usize) -> Option<Source> {
        if k >= end || !self.opens_source(k) {
            return None;
        }
        let w = self.word(k)?;
        if self.d.pronouns.contains(w) {
            let one = k..k + 1;
            return Some(Source {
                all: one.clone(),
                name: one,
            });
        }
        let mut last = None;
        let mut i = k;
        let mut depth = 0usize;
        let mut after_noun = false;
        while i < end && i < k + MAX_SOURCE {
            let t = self.doc.tokens[i];
            if self.quoted[i] {
                // `die „Computerwoche“`: a paper's name in quotation marks
                // after its article or its noun.
                match self.quoted_name(i).filter(|_| after_noun || last.is_none()) {
                    Some(close) => {
                        last = Some(close);
                        after_noun = true;
                        i = close + 1;
                        continue;
                    }
                    None => break,
                }
            }
            // `die in New York geborene Sängerin`, `einer gestern
            // verbreiteten Erklärung`: between an article and its noun, a
            // phrase ending in an adjective.
            if last.is_none()
                && i > k
                && self
                    .word(i - 1)
                    .is_some_and(|w| self.d.determiners.contains(w))
            {
                if let Some(adj) = self.attribute_end(i, end) {
                    i = adj;
                    continue;
                }
            }
            if t.open().is_some() {
                depth += 1;
            } else if t.close().is_some() {
                if depth == 0 {
                    break;
                }
                depth -= 1;
                last = Some(i);
            } else if depth > 0 {
                // An aside: "(SPD)", "(National Environment Agency, NEMA)".
            } else if t.is_number() {
                // `Einer der 13 Feuerwehrleute`: a number is part of it.
            } else if self.slash_joined(i) || self.dotted(i) {
                // `Bündnis 90/Die Grünen`: the word after a slash with no
                // space is the same name's, whatever its case; so is each
                // piece of a dotted name (`der Gewerkschaft ver.di`).
                last = Some(i);
                after_noun = true;
                // (`laut ndr.de. Nach …`: a stop after an address's last
                // piece that glues to nothing ends the sentence.)
                if self.dotted(i) && self.is_punct(i + 1, '.') && !self.dotted(i + 2) {
                    break;
                }
            } else if let Some(w) = self.word(i) {
                let g = &self.d.german;
                if i > k
                    && (g.subject_ends.is(w)
                        || self.d.speech.contains(w) && !starts_upper(w)
                        || g.subjunctives.is(w)
                        || g.auxiliaries.is(w)
                        || g.complementizers.is(w))
                {
                    break;
                }
                // `Mindermann das Mädchen`: an article after a noun opens the
                // object, unless it is a genitive's (`der Sprecher der
                // Polizei`).
                if after_noun && self.d.determiners.contains(w) && !self.d.german.genitives.is(w) {
                    break;
                }
                // `der documenta-Homepage`, `die taz-Redaktion`: a compound
                // in lower case up to its hyphen is a noun all the same.
                let noun = starts_upper(w) || compound_noun(w);
                // German adjectives stand before their noun: after one, a
                // word in lower case that joins no names is the verb
                // (`Laut Ministerin Eva Roth erfolgte die Prüfung …`).
                let stray = !noun && after_noun && !g.joiners.is(w);
                after_noun = noun;
                if noun {
                    last = Some(i);
                } else if stray || !joins(self.d, w) {
                    break;
                }
            } else if t.is_punct('/') && self.slash_joined(i + 1) {
                // The slash of `90/Die`.
            } else if !matches!(t.kind(), TokenKind::Punct('-' | '.' | '\'' | '’')) {
                break;
            }
            i += 1;
        }
        let last = last?;
        let all = k..last + 1;
        Some(Source {
            name: self.name_in(all.clone()),
            all,
        })
    }

    /// A demonstrative standing alone as a subject at `k` (`sagte dieser,
    /// dass …`, `so diese.`): followed by punctuation, not by its noun
    /// (`sagte dieser Zeuge`).
    pub fn demonstrative_at(&self, k: usize) -> Option<Source> {
        let w = self.narrated(k)?;
        let alone = self
            .doc
            .tokens
            .get(k + 1)
            .is_none_or(|t| !t.is_word() && !t.is_number() && !self.is_quoted(k + 1));
        (self.d.german.demonstratives.is(w) && alone).then(|| Source {
            all: k..k + 1,
            name: k..k + 1,
        })
    }

    /// Is token `i` a word glued to a slash glued to the token before it
    /// (`90/Die`, `Grüne/EFA`)?
    pub(in crate::attribution::german) fn slash_joined(&self, i: usize) -> bool {
        let t = &self.doc.tokens;
        i >= 2
            && i < t.len()
            && t[i].is_word()
            && t[i - 1].is_punct('/')
            && t[i - 2].span.end == t[i - 1].span.start
            && t[i - 1].span.end == t[i].span.start
    }

    /// The closing mark of a short name in quotation marks opening at `k`
    /// (`„Computerwoche“`, `„Jungle World“`): a capital first, a few words,
    /// no sentence inside.
    fn quoted_name(&self, k: usize) -> Option<usize> {
        if !self.is_mark(k) || !self.word(k + 1).is_some_and(starts_upper) {
            return None;
        }
        let close = (k + 1..(k + 7).min(self.doc.tokens.len())).find(|&i| self.is_mark(i))?;
        let plain = (k + 1..close).all(|i| {
            self.word(i).is_some()
                || matches!(self.doc.tokens[i].kind(), TokenKind::Punct('-' | '.'))
        });
        plain.then_some(close)
    }

    /// The opening mark of a name in quotation marks closing at `close`
    /// right after a definite article (`wie die „Morgenpost“ berichtete`):
    /// one to three capitalised words, nothing else but hyphens and stops.
    /// The name belongs to the clause around it, which it does not end.
    pub fn name_after_article(&self, a: usize, close: usize) -> Option<usize> {
        if !self.is_mark(close) || !self.is_quoted(close) {
            return None;
        }
        let open = (a..close).rev().find(|&j| self.is_mark(j))?;
        let article = open
            .checked_sub(1)
            .and_then(|k| self.narrated(k))
            .is_some_and(|w| self.d.german.definite_articles.is_folded(w));
        let words: Vec<&str> = (open + 1..close).filter_map(|k| self.word(k)).collect();
        let plain = (open + 1..close).all(|k| {
            self.word(k).is_some_and(starts_upper)
                || matches!(self.doc.tokens[k].kind(), TokenKind::Punct('-' | '.'))
        });
        (article && plain && (1..=3).contains(&words.len())).then_some(open)
    }

    /// The adjective that ends an attribute opening at `i` right after an
    /// article (`in New York geborene`, `gestern verbreiteten`), when a
    /// noun follows it: a preposition or an adverb first, words only, a
    /// few of them, an article only after a preposition, the last an
    /// adjective by its ending. (`die für den Plan stimmten` is a relative
    /// clause: its last word is a verb, and no noun follows.) A reflexive
    /// or an object's article may open one that ends in a participle
    /// (`der sich für die Bauern einsetzende`, `die das Unglück
    /// überlebende`): a participle takes objects as a verb does.
    pub(in crate::attribution::german) fn attribute_end(
        &self,
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let g = &self.d.german;
        let first = self.narrated(i)?;
        let takes_object = g.reflexives.is(first) || self.d.determiners.contains(first);
        // (`die staatlich gelenkten Medien`: an adverb before the
        // adjective.)
        if starts_upper(first)
            || !(takes_object
                || g.prepositions.is(first)
                || g.subject_ends.is(first)
                || self.modifies(i))
        {
            return None;
        }
        for j in i + 1..end.min(i + 10) {
            let w = self.narrated(j)?;
            if self.d.determiners.contains(w) {
                // (A participle's object may have a genitive: `der sich
                // als Anwalt der Pendler verstehende`.)
                let genitive =
                    takes_object && g.genitives.is(w) && self.word(j - 1).is_some_and(starts_upper);
                if !genitive && !self.word(j - 1).is_some_and(|p| g.prepositions.is(p)) {
                    return None;
                }
                continue;
            }
            let adjective = !starts_upper(w) && joins(self.d, w) && !g.joiners.is(w);
            let ends = adjective && self.narrated(j + 1).is_some_and(starts_upper);
            // `die im Amt bestätigte Bürgermeisterin`: a verb of saying's
            // participle before a noun is an adjective, not the verb.
            if ends && participle(w, true) {
                return Some(j);
            }
            // (`der als Favorit geltende`: `als` inside a participle's
            // phrase compares, it opens no clause.)
            let compares = takes_object && g.naming.is(w);
            if g.auxiliaries.is(w)
                || g.complementizers.is(w)
                || g.subjunctives.is(w)
                || self.d.boundary.contains(w) && !compares && !g.prepositions.is(w)
                || self.d.speech.contains(w)
            {
                return None;
            }
            if ends {
                return (!takes_object || participle(w, false)).then_some(j);
            }
        }
        None
    }

    /// Is the word at `k` an adverb in lower case before an adjective
    /// (`staatlich gelenkten`, `politisch motivierte`): its ending says
    /// adverb, and the next word is one a noun phrase holds in lower case?
    pub(in crate::attribution::german) fn modifies(&self, k: usize) -> bool {
        let Some(w) = self.narrated(k) else {
            return false;
        };
        !starts_upper(w)
            && w.chars().count() >= 7
            && self.d.german.adverb_endings.ends(w, 1)
            && self.narrated(k + 1).is_some_and(|n| {
                !starts_upper(n)
                    && joins(self.d, n)
                    && !self.d.determiners.contains(n)
                    && !self.d.german.joiners.is(n)
            })
    }

    /// The part of a source that names someone: the capitalised words
    /// after its last role noun ("Bundeskanzlerin Angela Merkel" → "Angela
    /// Merkel"), or its first run of capitalised words when it opens with
    /// one that is no role ("Patrick Kamanda von der Behörde"). A source
    /// that is only an article and nouns ("der Sprecher der Polizei")
    /// names no one; its words still say what it is.
    fn name_in(&self, all: Range<usize>) -> Range<usize> {
        // A role noun, or a compound of one (`Regierungssprecher`).
        let is_role = |w: &str| self.d.titles.contains(w) || self.d.german.title_endings.ends(w, 0);
        let first_word = self.word(all.start).unwrap_or_default();
        let mut start = all.start;
        // Skip an article and its adjectives, then role nouns.
        let mut i = all.start;
        if self.d.determiners.contains(first_word) {
            i += 1;
            if let Some(adj) = self.attribute_end(i, all.end) {
                i = adj + 1;
            }
            while i < all.end && self.word(i).is_some_and(|w| !starts_upper(w)) {
                i += 1;
            }
            start = i;
            if i < all.end && self.word(i).is_some_and(|w| !is_role(w)) {
                // "der Bundestag", "die Polizei": an organisation or a
                // common noun, not a person's name.
                return all.start..all.start;
            }
        }
        while i < all.end && self.word(i).is_some_and(is_role) {
            i += 1;
            start = i;
        }
        let mut end = start;
        while end < all.end && self.word(end).is_some_and(starts_upper) {
            end += 1;
        }
        start..end
    }

    /// The source that ends right before `end`, opening at `from`: the
    /// whole stretch must read as one.
    pub fn source_before(&self, from: usize, end: usize) -> Option<Source> {
        let s = self.source_at(from, end)?;
        (s.all.end == end).then_some(s)
    }
}
