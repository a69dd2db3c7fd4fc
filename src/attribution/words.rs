//! Word sets looked up once per token: case-insensitive, no allocation and
//! one pass over the word per lookup.
//!
//! An open-addressing table of FNV-1a hashes of the lowercase words, with
//! the words kept beside them to confirm a hit. Two bit masks — the lengths
//! and the first letters of the members — turn most words away before any
//! hashing.

/// Longest word a set can hold; longer words are never members.
const MAX: usize = 32;

#[derive(Debug, Clone)]
pub struct WordSet {
    /// Power-of-two table; `None` is an empty slot.
    slots: Vec<Option<(u64, Box<[u8]>)>>,
    len: usize,
    /// Bit `n` is set when some member is `n` bytes long.
    lens: u64,
    /// Bit `b & 127` is set when some member begins with ASCII byte `b`
    /// (a non-ASCII first byte sets bit 127).
    firsts: u128,
    /// A one-hash Bloom filter over the top bits of the members' hashes.
    bloom: [u64; BLOOM_WORDS],
}

const BLOOM_WORDS: usize = 32;

#[inline]
fn bloom_bit(h: u64) -> (usize, u64) {
    let bit = (h >> 53) as usize & (BLOOM_WORDS * 64 - 1);
    (bit / 64, 1 << (bit % 64))
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

fn first_bit(b: u8) -> u32 {
    if b < 127 {
        b as u32
    } else {
        127
    }
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
            lens: 0,
            firsts: 0,
            bloom: [0; BLOOM_WORDS],
        };
        for w in list {
            set.lens |= 1 << w.len();
            set.firsts |= 1 << first_bit(w[0]);
            let h = hash(&w);
            let (word, bit) = bloom_bit(h);
            set.bloom[word] |= bit;
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
        self.slot(word).is_some()
    }

    /// Where `word` (any case) sits in the table, if it is a member: a
    /// stable index below [`WordSet::slot_count`], so that a caller can
    /// keep a value per member in a plain vector and look it up with one
    /// probe.
    #[inline]
    pub fn slot(&self, word: &str) -> Option<usize> {
        let b = word.as_bytes();
        if b.is_empty()
            || b.len() > MAX
            || self.lens & (1 << b.len()) == 0
            || self.firsts & (1 << first_bit(fold(b[0]))) == 0
        {
            return None;
        }
        let h = hash(b);
        let (word, bit) = bloom_bit(h);
        if self.bloom[word] & bit == 0 {
            return None;
        }
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
}
