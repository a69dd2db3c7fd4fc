//! Which tokens of a sentence may start a signal, chosen without a branch
//! per token and mostly without reading the text.
//!
//! The entries' first words include the commonest words of English ("the
//! first", "a record", "in order to", "is expected to"): a fifth of an
//! article's words are first words, and almost every one of them is
//! followed by a word that continues no entry. So a first word whose
//! entries all have more words is kept only when the pair of its shape and
//! the next word's first letter and length is one the entries hold.
//! Numbers, words that open with a digit, and first words with a one-word
//! entry are always kept. A kept token may still start nothing; a token
//! turned away starts nothing for sure.

use crate::model::{Sig, Token};

/// Words of the pair filter: 64 Ki bits, 8 KiB.
const PAIR_WORDS: usize = (1 << 16) / 64;

/// A word's shape: its length (capped at 15), last and first letter, as
/// [`Sig::ends_and_len`] packs them; 16 Ki shapes.
const SHAPES: usize = 1 << 14;

/// Flags of a shape: some first word of that shape has an entry of one
/// word, or of several.
const LONE: u8 = 1;
const MULTI: u8 = 2;

#[derive(Debug, Clone)]
pub struct Starts {
    /// Per shape, [`LONE`] and [`MULTI`]: one load tells both.
    shapes: Box<[u8; SHAPES]>,
    /// [`pair`] of each several-word entry's first two words.
    pairs: Box<[u64; PAIR_WORDS]>,
}

impl Default for Starts {
    fn default() -> Starts {
        Starts {
            shapes: Box::new([0; SHAPES]),
            pairs: Box::new([0; PAIR_WORDS]),
        }
    }
}

#[inline]
fn shape(s: Sig) -> usize {
    s.ends_and_len() as usize
}

/// A first word's shape with the next word's first letter and length,
/// hashed to a bit of the pair filter. Must agree for a word and its text
/// in any ASCII case, which the signature's parts do.
#[inline]
fn pair(first: Sig, next: Sig) -> usize {
    let key = first.ends_and_len() << 9 | next.first() | next.len() << 5;
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl Starts {
    /// Adds an entry: its first word and, if it has more, its second.
    pub fn add(&mut self, first: &str, second: Option<&str>) {
        let sig = Sig::of(first.as_bytes());
        match second {
            None => self.shapes[shape(sig)] |= LONE,
            Some(next) => {
                self.shapes[shape(sig)] |= MULTI;
                let p = pair(sig, Sig::of(next.as_bytes()));
                self.pairs[p / 64] |= 1 << (p % 64);
            }
        }
    }

    #[inline]
    fn has_pair(&self, p: usize) -> bool {
        self.pairs[p / 64] >> (p % 64) & 1 != 0
    }

    /// May `t`, followed by `next` (a token of another kind than a word,
    /// or none, reads as the empty signature), start a signal?
    #[inline]
    fn keep(&self, t: Token, next: Sig) -> bool {
        let sig = t.sig();
        let digit = sig.starts_with_digit();
        // A full stop ("No. 1") or a number after the first word: kept,
        // and the entries are read.
        let pair = next.is_empty() | self.has_pair(pair(sig, next));
        let flags = self.shapes[shape(sig)];
        t.is_number() | digit | (flags & LONE != 0) | (flags & MULTI != 0) & pair
    }

    /// Appends to `out` the indices into `toks` of the tokens that may
    /// start a signal, in order. The verdicts of 64 tokens are gathered in
    /// a mask first: a branch on each would be mispredicted at random.
    pub fn select(&self, toks: &[Token], out: &mut Vec<u32>) {
        out.clear();
        let n = toks.len();
        let mut base = 0;
        while base < n {
            let end = (base + 64).min(n);
            let mut bits = 0u64;
            for k in base..end {
                let next = toks.get(k + 1).map_or(Sig::default(), |t| t.sig());
                bits |= u64::from(self.keep(toks[k], next)) << (k - base);
            }
            flush(bits, base, out);
            base = end;
        }
    }
}

/// Appends the indices of the set bits of `bits` (bit `j` is token
/// `base + j`).
#[inline]
fn flush(mut bits: u64, base: usize, out: &mut Vec<u32>) {
    while bits != 0 {
        out.push((base + bits.trailing_zeros() as usize) as u32);
        bits &= bits - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::token::tokenize;

    fn kept(s: &Starts, text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        s.select(&toks, &mut out);
        out.iter()
            .map(|&i| toks[i as usize].text(text).to_string())
            .collect()
    }

    #[test]
    fn a_first_word_needs_its_second() {
        let mut s = Starts::default();
        s.add("the", Some("first"));
        s.add("record", None);
        assert_eq!(
            kept(&s, "The first time the cat broke THE FIRST record"),
            ["The", "THE", "record"]
        );
    }

    #[test]
    fn numbers_digits_and_full_stops_are_kept() {
        let mut s = Starts::default();
        s.add("no", Some("1"));
        assert_eq!(
            kept(&s, "He is No. 1 of 37th, no way, 12 no"),
            ["No", "1", "37th", "12", "no"]
        );
    }

    #[test]
    fn nothing_is_kept_by_an_empty_filter_but_numbers() {
        let s = Starts::default();
        assert_eq!(kept(&s, "words only, then 3 and 4th"), ["3", "4th"]);
    }
}
