//! Word sets looked up once per token: case-insensitive, no allocation and
//! one pass over the word per lookup.
//!
//! An open-addressing table of FNV-1a hashes of the lowercase words, with
//! the words kept beside them to confirm a hit. A bitmap keyed by each
//! member's length, first and last letter turns most words away before any
//! hashing: an article's words are mostly not cue words, and this lookup
//! runs once per word.

use crate::model::{Sig, Token};

/// Longest word a set can hold; longer words are never members.
const MAX: usize = 32;

#[derive(Debug, Clone)]
pub struct WordSet {
    /// Power-of-two table; `None` is an empty slot.
    slots: Vec<Option<(u64, Box<[u8]>)>>,
    len: usize,
    /// The shape of each member.
    shapes: Shapes,
}

/// The shapes (see [`shape`]) of some words: a bitmap that a token's
/// signature is tested against before any hashing.
#[derive(Debug, Clone)]
pub struct Shapes(Box<[u64; SHAPE_WORDS]>);

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes(Box::new([0; SHAPE_WORDS]))
    }
}

impl Shapes {
    /// Adds the shape of `word`, which is not empty.
    pub fn add(&mut self, word: &[u8]) {
        let s = shape(word);
        self.0[s / 64] |= 1 << (s % 64);
    }

    /// Adds every shape of `other`.
    pub fn add_all(&mut self, other: &Shapes) {
        for (a, b) in self.0.iter_mut().zip(other.0.iter()) {
            *a |= b;
        }
    }

    #[inline]
    fn has(&self, s: usize) -> bool {
        self.0[s / 64] >> (s % 64) & 1 != 0
    }

    /// Might a word with signature `s` have one of these shapes? Without
    /// a branch, and false for the empty signature of tokens other than
    /// words.
    #[inline]
    pub fn may_hold(&self, s: Sig) -> bool {
        self.has(sig_shape(s))
    }
}

/// 16 lengths × 32 first letters × 32 last letters.
const SHAPE_WORDS: usize = 16 * 32 * 32 / 64;

/// A word's length (capped at 15), last and first byte (low five bits):
/// a bit index into [`Shapes`]. Cheap, and different for most pairs of
/// words that differ. Must agree with [`sig_shape`].
#[inline]
fn shape(b: &[u8]) -> usize {
    // The low five bits of an ASCII letter are the same in both cases.
    let first = (b[0] & 31) as usize;
    let last = (b[b.len() - 1] & 31) as usize;
    (b.len().min(15) << 10) | (last << 5) | first
}

/// [`shape`] read from the signature the lexer stored in a token, where
/// the three parts lie in this order in the low bits.
#[inline]
fn sig_shape(s: Sig) -> usize {
    s.ends_and_len() as usize
}

impl Default for WordSet {
    fn default() -> WordSet {
        WordSet::new(std::iter::empty::<&str>())
    }
}

#[inline]
fn fold(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

#[inline]
fn hash(word: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word {
        h ^= fold(b) as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl WordSet {
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(words: I) -> WordSet {
        let mut list: Vec<Vec<u8>> = words
            .into_iter()
            .map(|w| w.as_ref().to_lowercase().into_bytes())
            .filter(|w| !w.is_empty() && w.len() <= MAX)
            .collect();
        list.sort();
        list.dedup();
        let cap = (list.len() * 2).next_power_of_two().max(8);
        let mut set = WordSet {
            slots: vec![None; cap],
            len: list.len(),
            shapes: Shapes::default(),
        };
        for w in list {
            set.shapes.add(&w);
            let h = hash(&w);
            let mask = cap - 1;
            let mut i = h as usize & mask;
            while set.slots[i].is_some() {
                i = (i + 1) & mask;
            }
            set.slots[i] = Some((h, w.into_boxed_slice()));
        }
        set
    }

    /// Is `word` (any case) in the set? Only ASCII letters are folded;
    /// other text must match as written in lowercase.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.slot_bytes(word.as_bytes()).is_some()
    }

    /// `contains` over the word's bytes: the per-token scan reads them
    /// straight from the text, with no `str` slicing checks.
    #[inline]
    pub fn contains_bytes(&self, b: &[u8]) -> bool {
        self.slot_bytes(b).is_some()
    }

    /// Is word token `t` of `text` in the set? Its signature turns most
    /// words away before the text is read.
    #[inline]
    pub fn contains_token(&self, t: Token, text: &[u8]) -> bool {
        if !t.is_word() || !self.may_hold(t.word_sig()) {
            return false;
        }
        self.contains_bytes(&text[t.span.start as usize..t.span.end as usize])
    }

    /// Might a word with signature `s` be a member? Without a branch, and
    /// false for the empty signature of tokens other than words.
    #[inline]
    pub fn may_hold(&self, s: Sig) -> bool {
        self.shapes.may_hold(s)
    }

    /// The shapes of the members.
    pub fn shapes(&self) -> &Shapes {
        &self.shapes
    }

    /// Where `word` (any case) sits in the table, if it is a member: a
    /// stable index below [`WordSet::slot_count`], so that a caller can
    /// keep a value per member in a plain vector and look it up with one
    /// probe.
    #[inline]
    pub fn slot(&self, word: &str) -> Option<usize> {
        self.slot_bytes(word.as_bytes())
    }

    /// Most words asked are turned away by their shape: that test is
    /// small enough to inline at every caller, the probe is not.
    #[inline]
    fn slot_bytes(&self, b: &[u8]) -> Option<usize> {
        if b.is_empty() || b.len() > MAX || !self.shapes.has(shape(b)) {
            return None;
        }
        self.probe(b)
    }

    #[inline(never)]
    fn probe(&self, b: &[u8]) -> Option<usize> {
        let h = hash(b);
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while let Some((sh, w)) = &self.slots[i] {
            if *sh == h && w.len() == b.len() && w.iter().zip(b).all(|(x, y)| *x == fold(*y)) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// One more than the largest [`WordSet::slot`].
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_ascii_case() {
        let s = WordSet::new(["said", "According", "told", "said"]);
        assert!(s.contains("Said"));
        assert!(s.contains("according"));
        assert!(s.contains("TOLD"));
        assert!(!s.contains("sai"));
        assert!(!s.contains("sand"));
        assert!(!s.contains(&"x".repeat(40)));
        assert!(!WordSet::default().contains("said"));
    }

    #[test]
    fn token_lookups_agree_with_word_lookups() {
        let s = WordSet::new(["said", "internationalised", "told"]);
        let text = "He SAID it, told them: internationalised, internationalized. Sad.";
        for t in crate::model::token::tokenize(text) {
            let w = t.text(text);
            let want = t.is_word() && s.contains(w);
            assert_eq!(s.contains_token(t, text.as_bytes()), want, "{w}");
        }
    }
}
