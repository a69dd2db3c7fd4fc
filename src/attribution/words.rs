//! Word sets looked up once per token: case-insensitive, no allocation and
//! one pass over the word per lookup.
//!
//! An open-addressing table keyed by the word itself packed into two
//! integers (see [`Key`]): a word of up to 16 bytes is found and confirmed
//! with a few loads and one multiplication, with no loop over its bytes. A bitmap keyed by each
//! member's length, first and last letter turns most words away before any
//! hashing: an article's words are mostly not cue words, and this lookup
//! runs once per word.

use crate::bytes::{load4, load8};
use crate::model::{Sig, Token};

mod union;

/// Longest word a set can hold; longer words are never members.
const MAX: usize = 32;

#[derive(Debug, Clone)]
pub struct WordSet {
    /// Power-of-two table; a key of length zero is an empty slot.
    slots: Vec<Key>,
    /// Beside each slot of a member longer than 16 bytes, its bytes, which
    /// its key does not hold in full.
    long: Vec<Box<[u8]>>,
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

/// A word of 1 to 32 bytes, lowercased (ASCII only), packed so that two
/// words of up to 16 bytes are equal exactly when their keys are: `lo`
/// and `hi` are its first and last eight bytes (which overlap or meet for
/// 8 to 16 bytes); a word of 4 to 7 bytes keeps its first and last four in
/// `lo`, and a shorter one its first, middle and last byte.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    len: u64,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// ASCII upper case to lower case in eight bytes at once; other bytes
/// (non-ASCII ones included) are left as they are.
#[inline]
fn fold8(x: u64) -> u64 {
    let low7 = x & !HIGHS;
    // A byte's high bit is set by the additions when it is at least `A`,
    // and when it is past `Z`; neither carries into the next byte.
    let from_a = low7.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let past_z = low7.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    let upper = from_a & !past_z & !x & HIGHS;
    x | upper >> 2
}

impl Key {
    /// The key of `b`, 1 to 32 bytes.
    #[inline]
    fn of(b: &[u8]) -> Key {
        let n = b.len();
        let (lo, hi) = if n >= 8 {
            (load8(b), load8(&b[n - 8..]))
        } else if n >= 4 {
            (load4(b) | load4(&b[n - 4..]) << 32, 0)
        } else {
            let three = u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16;
            (three, 0)
        };
        Key {
            lo: fold8(lo),
            hi: fold8(hi),
            len: n as u64,
        }
    }

    /// Where the key's probe starts in a table of `1 << bits` slots.
    #[inline]
    fn home(&self, bits: u32) -> usize {
        let h = (self.lo ^ self.hi.rotate_left(29) ^ self.len << 58)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - bits)) as usize
    }
}

impl WordSet {
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(words: I) -> WordSet {
        // Words in lower-case ASCII already (nearly all) are read where
        // they stand; others are lower-cased into a copy. A word met again
        // is found at its key in the table and not added twice, so the
        // list needs no sorting (where a member sits does not matter: a
        // slot is only ever found by probing).
        let words: Vec<S> = words.into_iter().collect();
        let cap = (words.len() * 2).next_power_of_two().max(8);
        let mask = cap - 1;
        let mut set = WordSet {
            slots: vec![Key::default(); cap],
            long: vec![Box::default(); cap],
            len: 0,
            shapes: Shapes::default(),
        };
        for w in &words {
            let w = w.as_ref();
            let w = if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                std::borrow::Cow::Borrowed(w.as_bytes())
            } else {
                std::borrow::Cow::Owned(w.to_lowercase().into_bytes())
            };
            if w.is_empty() || w.len() > MAX {
                continue;
            }
            let key = Key::of(&w);
            let mut i = key.home(cap.trailing_zeros());
            let mut known = false;
            while set.slots[i].len != 0 {
                if set.slots[i] == key && (w.len() <= 16 || *set.long[i] == *w) {
                    known = true;
                    break;
                }
                i = (i + 1) & mask;
            }
            if known {
                continue;
            }
            set.shapes.add(&w);
            set.slots[i] = key;
            set.len += 1;
            if w.len() > 16 {
                set.long[i] = w.into_owned().into_boxed_slice();
            }
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

    /// [`WordSet::slot`] of word token `t` of `text`: its signature stands
    /// in for the shape test, and the bytes go straight to the probe.
    #[inline]
    pub fn slot_token(&self, t: Token, text: &[u8]) -> Option<usize> {
        if !self.may_hold(t.sig()) {
            return None;
        }
        self.probe(&text[t.span.range()])
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
        let key = Key::of(b);
        let mask = self.slots.len() - 1;
        let mut i = key.home(self.slots.len().trailing_zeros());
        loop {
            let s = &self.slots[i];
            if s.len == 0 {
                return None;
            }
            if *s == key
                && (b.len() <= 16
                    || self.long[i]
                        .iter()
                        .zip(b)
                        .all(|(x, y)| *x == y.to_ascii_lowercase()))
            {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// One more than the largest [`WordSet::slot`].
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A word list of the attribution grammar (`grammar:` in
/// `rules/attribution/*.yaml`), asked either as written (`is`: "Then" is
/// not "then") or in any ASCII case (`is_folded`), as each construction
/// reads it.
#[derive(Debug, Clone, Default)]
pub struct Words {
    exact: rustc_hash::FxHashSet<Box<str>>,
    folded: WordSet,
}

impl Words {
    pub fn new(list: &[String]) -> Words {
        Words {
            exact: list.iter().map(|w| w.as_str().into()).collect(),
            folded: WordSet::new(list),
        }
    }

    /// Is `w`, exactly as written, in the list?
    pub fn is(&self, w: &str) -> bool {
        self.exact.contains(w)
    }

    /// Is `w`, in any ASCII case, in the list?
    pub fn is_folded(&self, w: &str) -> bool {
        self.folded.contains(w) || self.folded_initial(w)
    }

    /// A word whose capital is not ASCII (`Über`, `Äußerst`), lower-cased
    /// in full: the set folds only ASCII letters.
    fn folded_initial(&self, w: &str) -> bool {
        w.chars()
            .next()
            .is_some_and(|c| !c.is_ascii() && c.is_uppercase())
            && self.folded.contains(&w.to_lowercase())
    }

    /// Does `w`, lower-cased, end in one of the list's words, from byte
    /// `from` of it on (`0`: the whole word counts; `1`: only a word it is
    /// a compound of, `Stadtverwaltung` for `verwaltung`)?
    pub fn ends(&self, w: &str, from: usize) -> bool {
        if self.is_empty() {
            return false;
        }
        let lower = w.to_lowercase();
        (from..lower.len())
            .filter(|&i| lower.is_char_boundary(i))
            .any(|i| self.is(&lower[i..]))
    }

    /// `is_folded` of a word's bytes.
    pub fn is_folded_bytes(&self, b: &[u8]) -> bool {
        self.folded.contains_bytes(b)
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_in_any_case_and_script_are_kept_once_in_lower_case() {
        // Lower-case ASCII words are read in place, others lower-cased:
        // both kinds, duplicates across cases and a long word.
        let s = WordSet::new([
            "kettle",
            "Kettle",
            "ÉCLAIR",
            "éclair",
            "Teapot",
            "extraordinarily-long-spout",
            "EXTRAORDINARILY-long-spout",
        ]);
        assert_eq!(s.len, 4);
        for w in [
            "kettle",
            "KETTLE",
            "éclair",
            "teapot",
            "Extraordinarily-Long-Spout",
        ] {
            assert!(s.contains(w), "{w}");
        }
        assert!(
            !s.contains("ÉCLAIR"),
            "non-ASCII letters are not folded on look-up"
        );
        assert!(!s.contains("extraordinarily-long-spouts"));
        // Long words with the same first and last eight bytes and length
        // share a key: both are members, neither a repeat of the other.
        let s = WordSet::new(["saucepanredlidkettle", "saucepantanlidkettle"]);
        assert_eq!(s.len, 2);
        assert!(s.contains("SaucepanRedLidKettle") && s.contains("saucepantanlidkettle"));
        assert!(!s.contains("saucepanxyzlidkettle"));
    }

    #[test]
    fn eight_bytes_fold_as_one_by_one() {
        let bytes: Vec<u8> = (0..=255).collect();
        for w in bytes.chunks(8) {
            let x = load8(w);
            let one: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(fold8(x), load8(&one), "{w:?}");
        }
    }

    #[test]
    fn keys_are_equal_exactly_when_the_folded_words_are() {
        let words = [
            "a",
            "A",
            "ab",
            "ba",
            "abc",
            "acb",
            "abcd",
            "abce",
            "abcde",
            "abdce",
            "stated",
            "STATES",
            "abcdefgh",
            "abcdefgi",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefghXjklmnop",
            "Zürich",
            "zürich",
            "ZÜrich",
        ];
        for a in words {
            for b in words {
                let same = a.eq_ignore_ascii_case(b);
                assert_eq!(
                    Key::of(a.as_bytes()) == Key::of(b.as_bytes()),
                    same,
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn long_members_are_confirmed_byte_by_byte() {
        let s = WordSet::new(["internationalisations", "counterrevolutionaries"]);
        assert!(s.contains("Internationalisations"));
        assert!(s.contains("COUNTERREVOLUTIONARIES"));
        // Same length, first and last eight bytes as a member.
        assert!(!s.contains("internatXonalisations"));
    }

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
