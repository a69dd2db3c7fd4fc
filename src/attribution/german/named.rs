//! Names standing beside the noun they name, which the clause holds: one
//! in quotation marks (`die Tageszeitung „The Guardian“`, `ein Sprecher
//! der Agentur „Reuters“`), part of that noun's phrase, not the clause's
//! end nor anyone's words; and an apposition between commas (`teilte der
//! Sprecher, Jan Roth, mit`), which ends no clause.

use super::reader::{starts_upper, Reader};
use crate::model::TokenKind;

/// How many words may stand between an article and the noun a quoted
/// name follows (`die linke britische Tageszeitung`).
const ADJECTIVES: usize = 2;

/// The most tokens an apposition between commas holds (`der Direktor der
/// nationalen Behörde für Katastrophenschutz, Jan Roth,`).
const APPOSITION: usize = 12;

impl Reader<'_, '_> {
    /// The opening mark of a name in quotation marks closing at `close`
    /// right after a noun, the noun after its article and any adjectives
    /// (`der Agentur „Reuters“`, `die britische Zeitung „The Times“`): one
    /// to four words, the first capitalised, nothing else but hyphens and
    /// stops. (`den Plan „gut“`: a word in lower case is a judgement.)
    pub fn name_after_noun(&self, a: usize, close: usize) -> Option<usize> {
        if !self.is_mark(close) || !self.is_quoted(close) {
            return None;
        }
        let open = (a..close).rev().find(|&j| self.is_mark(j))?;
        let noun = open.checked_sub(1).filter(|&k| k > a)?;
        let is_article = |w: &str| self.d.determiners.contains(&w.to_lowercase());
        if !self
            .narrated(noun)
            .is_some_and(|w| starts_upper(w) && !is_article(w))
        {
            return None;
        }
        // Back from the noun over adjectives in lower case to its article.
        let mut k = noun;
        let article = loop {
            if k == a || k + ADJECTIVES + 1 < noun {
                break false;
            }
            k -= 1;
            match self.narrated(k) {
                Some(w) if is_article(w) => break true,
                Some(w) if !starts_upper(w) => {}
                _ => break false,
            }
        };
        let words: Vec<&str> = (open + 1..close).filter_map(|k| self.word(k)).collect();
        let plain = (open + 1..close).all(|k| {
            self.word(k).is_some()
                || matches!(self.doc.tokens[k].kind(), TokenKind::Punct('-' | '.'))
        });
        let named = words.first().is_some_and(|w| starts_upper(w));
        (article && plain && named && (1..=4).contains(&words.len())).then_some(open)
    }

    /// The token after the closing comma of an apposition opening at `k`
    /// (`der Sprecher der Bahn, Jan Roth, mit`): a few words up to the
    /// next comma, opening with a capital or an article and ending with a
    /// capitalised word or a bracket (`Roth (SPD),`). A clause between
    /// commas ends with its verb in lower case (`…, die das prüft,`), or
    /// holds an auxiliary (`…, die Stadt habe Pläne,`).
    pub fn apposition_end(&self, k: usize, end: usize) -> Option<usize> {
        let is_article = |w: &str| self.d.determiners.contains(&w.to_lowercase());
        let opens = self
            .narrated(k + 1)
            .is_some_and(|w| starts_upper(w) || is_article(w));
        if !opens {
            return None;
        }
        let close = (k + 2..end.min(k + 2 + APPOSITION)).find(|&j| {
            self.is_punct(j, ',')
                || self.is_punct(j, ':')
                || self.is_punct(j, ';')
                || self.is_mark(j)
        })?;
        // (`…, die Stadt habe Pläne, …` holds a verb: a clause.)
        let g = &self.d.german;
        let verb = (k + 1..close).any(|i| {
            self.narrated(i)
                .is_some_and(|w| g.auxiliaries.is(w) || g.subjunctives.is(w) || g.hearsay.is(w))
        });
        if verb {
            return None;
        }
        let last = self.doc.tokens[close - 1];
        let ends = last.close().is_some() || self.narrated(close - 1).is_some_and(starts_upper);
        (self.is_punct(close, ',') && ends).then_some(close + 1)
    }
}
