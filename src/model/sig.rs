//! A word's signature: what the lexer learns about a word while reading
//! it, kept in its token so that the word-list look-ups that run over
//! every word of an article (cue words, consistency pairs, capitalised
//! spellings) can turn most words away without going back to the text.
//!
//! Bits 0–4 and 5–9 hold the low five bits of the first and last byte
//! (the same for both ASCII cases), bits 10–13 the length in bytes capped
//! at 15, bits 14–18 the low five bits of the next-to-last byte, then two
//! flags. The shapes the word-list scans test lie in the low bits in this
//! order, so each is taken from a token with one mask.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sig(u32);

const CAPITAL: u32 = 1 << 19;
const HYPHEN: u32 = 1 << 20;
/// Above the bits a punctuation token packs its character into, so that
/// other tokens than words still read as having no flags.
const DIGIT: u32 = 1 << 27;

impl Sig {
    /// The raw bits: all below bit 21 but the digit flag, bit 27 (a token
    /// packs its kind above them).
    #[inline]
    pub(crate) fn bits(self) -> u32 {
        self.0
    }

    #[inline]
    pub(crate) fn from_bits(bits: u32) -> Sig {
        Sig(bits)
    }

    /// The signature of `word`; empty input has the empty signature.
    pub fn of(word: &[u8]) -> Sig {
        Sig::with_hyphen(word, memchr::memchr(b'-', word).is_some())
    }

    /// `of`, when the caller already knows whether the word holds a `-`.
    #[inline]
    pub(crate) fn with_hyphen(word: &[u8], hyphen: bool) -> Sig {
        let n = word.len();
        if n == 0 {
            return Sig(0);
        }
        let first = word[0];
        let prev = if n >= 2 { word[n - 2] } else { 0 };
        let mut s = (first & 31) as u32
            | ((word[n - 1] & 31) as u32) << 5
            | (n.min(15) as u32) << 10
            | ((prev & 31) as u32) << 14;
        // Any non-ASCII first byte may begin a capital ("Ö", "Ł").
        if first >= 0x80 || first.is_ascii_uppercase() {
            s |= CAPITAL;
        }
        if hyphen {
            s |= HYPHEN;
        }
        if first.is_ascii_digit() {
            s |= DIGIT;
        }
        Sig(s)
    }

    /// `with_hyphen` for a word whose first byte is an ASCII letter, from
    /// the parts the lexer has at hand (`prev` is 0 for a one-byte word):
    /// no slice to check, and no branch on the capital.
    #[inline]
    pub(crate) fn of_ascii_word(first: u8, prev: u8, last: u8, len: usize, hyphen: bool) -> Sig {
        debug_assert!(first.is_ascii_alphabetic() && len >= 1);
        Sig((first & 31) as u32
            | ((last & 31) as u32) << 5
            | (len.min(15) as u32) << 10
            | ((prev & 31) as u32) << 14
            | (u32::from(first.is_ascii_uppercase()) * CAPITAL)
            | (u32::from(hyphen) * HYPHEN))
    }

    #[inline]
    pub fn first(self) -> u32 {
        self.0 & 31
    }

    #[inline]
    pub fn last(self) -> u32 {
        (self.0 >> 5) & 31
    }

    #[inline]
    pub fn next_to_last(self) -> u32 {
        (self.0 >> 14) & 31
    }

    /// Length in bytes, capped at 15.
    #[inline]
    pub fn len(self) -> u32 {
        (self.0 >> 10) & 15
    }

    /// `first() | last() << 5 | len() << 10`.
    #[inline]
    pub fn ends_and_len(self) -> u32 {
        self.0 & 0x3fff
    }

    /// `ends_and_len()` with the low four bits of `next_to_last()` above.
    #[inline]
    pub fn ends_len_and_next(self) -> u32 {
        self.0 & 0x3_ffff
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Might the word begin with a capital? (ASCII lower case and digits
    /// say no; a non-ASCII first letter needs decoding to know.)
    #[inline]
    pub fn may_be_capitalised(self) -> bool {
        self.0 & CAPITAL != 0
    }

    /// Does the word open with an ASCII digit ("37th", "1990s")? The
    /// first letter's five bits cannot tell: `0`–`9` share them with
    /// `p`–`y`.
    #[inline]
    pub fn starts_with_digit(self) -> bool {
        self.0 & DIGIT != 0
    }

    /// Does the word hold an ASCII hyphen?
    #[inline]
    pub fn has_hyphen(self) -> bool {
        self.0 & HYPHEN != 0
    }
}

/// Appends to `out` the indices (counted from `base`) of the tokens whose
/// signature `keep` accepts. The scans over every word of an article keep
/// one word in ten or fewer, scattered at random: a branch per token is
/// mispredicted at every kept word, so the verdicts of 64 tokens are
/// shifted into a bit mask without a branch (the first token ends in the
/// highest bit, so no shift count is kept per token), and only the kept
/// ones are visited. `keep` should be branch-free too (bit tests and
/// comparisons combined with `&` and `|`, not `&&`). Other tokens than
/// words read as signatures of length zero with no flags, which `keep`
/// must turn away.
#[inline]
pub fn select(
    tokens: &[super::Token],
    base: usize,
    keep: impl Fn(Sig) -> bool,
    out: &mut Vec<u32>,
) {
    // Room for one token in eight, taken once: growing from empty cost
    // the callers' vectors half a dozen doublings an article.
    out.reserve(tokens.len() / 8);
    for (c, chunk) in tokens.chunks(64).enumerate() {
        let mut bits = 0u64;
        for t in chunk {
            bits = (bits << 1) | u64::from(keep(t.word_sig()));
        }
        // Token j of the chunk is bit `chunk.len() - 1 - j`.
        let last = base + c * 64 + chunk.len() - 1;
        while bits != 0 {
            let p = 63 - bits.leading_zeros() as usize;
            out.push((last - p) as u32);
            bits ^= 1 << p;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_read_back() {
        let s = Sig::of(b"Kremlin-backed");
        assert_eq!(s.first(), (b'K' & 31) as u32);
        assert_eq!(s.last(), (b'd' & 31) as u32);
        assert_eq!(s.next_to_last(), (b'e' & 31) as u32);
        assert_eq!(s.len(), 14);
        assert!(s.may_be_capitalised() && s.has_hyphen());
        assert_eq!(s.ends_and_len(), s.first() | s.last() << 5 | s.len() << 10);
        assert_eq!(
            s.ends_len_and_next(),
            s.ends_and_len() | (s.next_to_last() & 15) << 14
        );
        let s = Sig::of(b"internationalisation");
        assert_eq!(s.len(), 15);
        assert!(!s.may_be_capitalised() && !s.has_hyphen());
        assert!(Sig::of("Łukasz".as_bytes()).may_be_capitalised());
        assert!(Sig::of(b"").is_empty());
    }

    #[test]
    fn select_keeps_exactly_the_accepted_tokens() {
        let text = "Mr. Smith met the well-known Élan team, said Jones.";
        let toks = crate::model::token::tokenize(text);
        let mut out = vec![7];
        select(
            &toks,
            100,
            |s| s.may_be_capitalised() | s.has_hyphen(),
            &mut out,
        );
        let got: Vec<&str> = out[1..]
            .iter()
            .map(|&i| toks[i as usize - 100].text(text))
            .collect();
        assert_eq!(out[0], 7);
        assert_eq!(got, ["Mr", "Smith", "well-known", "Élan", "Jones"]);
        let mut none = Vec::new();
        select(&toks, 0, |_| false, &mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn case_does_not_change_the_shape() {
        let (a, b) = (Sig::of(b"SAID"), Sig::of(b"said"));
        assert_eq!(
            (a.first(), a.last(), a.next_to_last(), a.len()),
            (b.first(), b.last(), b.next_to_last(), b.len())
        );
    }
}
