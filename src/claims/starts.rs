//! Which tokens of a sentence may start a signal, chosen without a branch
//! per token and mostly without reading the text.
//!
//! The entries' first words include the commonest words of English ("the
//! first", "a record", "in order to", "is expected to"): a fifth of an
//! article's words are first words, and almost every one of them is
//! followed by a word that continues no entry. So a first word whose
//! entries all have more words is kept only when the next word's first
//! letter is one that a second word of an entry of that shape has.
//! Numbers, words that open with a digit, and first words with a one-word
//! entry are always kept. A kept token may still start nothing; a token
//! turned away starts nothing for sure.

use crate::model::{Sig, Token};

/// A word's shape: its length (capped at 15), last and first letter, as
/// [`Sig::ends_and_len`] packs them; 16 Ki shapes.
const SHAPES: usize = 1 << 14;

/// In a shape's byte: some first word of that shape has an entry of one
/// word. The other seven bits number the shape's mask of second letters
/// (0: no entry of several words).
const LONE: u8 = 1;

/// Masks of second letters; the last one, all letters, is shared by the
/// shapes that come after the others are taken.
const MASKS: usize = 128;

#[derive(Debug, Clone)]
pub struct Starts {
    /// Per shape, [`LONE`] and the number of its mask: one load.
    shapes: Box<[u8; SHAPES]>,
    /// Per mask number, the first letters (low five bits, as in
    /// [`Sig::first`]) of the second words of the entries.
    masks: Box<[u32; MASKS]>,
    /// Mask numbers given out so far.
    used: usize,
}

impl Default for Starts {
    fn default() -> Starts {
        let mut masks = Box::new([0; MASKS]);
        masks[MASKS - 1] = u32::MAX;
        Starts {
            shapes: Box::new([0; SHAPES]),
            masks,
            used: 1,
        }
    }
}

#[inline]
fn shape(s: Sig) -> usize {
    s.ends_and_len() as usize
}

impl Starts {
    /// Adds an entry: its first word and, if it has more, its second.
    pub fn add(&mut self, first: &str, second: Option<&str>) {
        let s = shape(Sig::of(first.as_bytes()));
        let Some(next) = second else {
            self.shapes[s] |= LONE;
            return;
        };
        let mut m = (self.shapes[s] >> 1) as usize;
        if m == 0 {
            m = self.used.min(MASKS - 1);
            self.used += 1;
            self.shapes[s] |= (m as u8) << 1;
        }
        self.masks[m] |= 1 << Sig::of(next.as_bytes()).first();
    }

    /// May `t`, followed by `next` (a token of another kind than a word,
    /// or none, reads as the empty signature), start a signal?
    #[inline]
    fn keep(&self, t: Token, next: Sig) -> bool {
        let sig = t.sig();
        let byte = self.shapes[shape(sig)];
        // A full stop ("No. 1") or a number after the first word: kept,
        // and the entries are read. Mask 0 is empty.
        let mask = self.masks[(byte >> 1) as usize];
        let second = (next.is_empty() & (byte > 1)) | (mask >> next.first() & 1 != 0);
        t.is_number() | sig.starts_with_digit() | (byte & LONE != 0) | second
    }

    /// Writes to `out` the indices into `toks` of the tokens that may
    /// start a signal, in order: each index is written, and the end moved
    /// on past it only if it is kept, with no branch that would be
    /// mispredicted at random.
    pub fn select(&self, toks: &[Token], out: &mut Vec<u32>) {
        let n = toks.len();
        out.clear();
        out.resize(n, 0);
        let mut len = 0;
        for k in 0..n {
            let next = toks.get(k + 1).map_or(Sig::default(), |t| t.sig());
            out[len] = k as u32;
            len += usize::from(self.keep(toks[k], next));
        }
        out.truncate(len);
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
    fn shapes_past_the_last_mask_keep_every_second_word() {
        let mut s = Starts::default();
        // More first words of several-word entries than there are masks:
        // the last ones share the mask that lets every second word by.
        // Two hundred shapes: lengths 2 to 15 and last letters a to z.
        let words: Vec<String> = (0..200)
            .map(|i| format!("w{}{}", "a".repeat(i % 14), (b'a' + (i / 14) as u8) as char))
            .collect();
        for w in &words {
            s.add(w, Some("zebra"));
        }
        let text = format!("{} apple {} apple {} zebra", words[199], words[0], words[1]);
        assert_eq!(kept(&s, &text), [words[199].as_str(), words[1].as_str()]);
    }

    #[test]
    fn nothing_is_kept_by_an_empty_filter_but_numbers() {
        let s = Starts::default();
        assert_eq!(kept(&s, "words only, then 3 and 4th"), ["3", "4th"]);
    }
}
