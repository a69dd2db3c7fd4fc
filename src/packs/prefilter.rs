//! A quick test that a view cannot hold a match of a rule's regex: none
//! of the strings every match holds (see [`super::literals`]) occurs in
//! it. Most of a pack's rules look for a few words seldom used, and on
//! most paragraphs the regex engine would read every byte to find none;
//! its own search for their openings ("al", "re", "it") stops all the
//! time.
//!
//! The search skips: it tests the three bytes at the end of a window as
//! long as the shortest string and moves the window by as much as those
//! three allow (Wu and Manber's method), so a paragraph that holds none
//! of the strings is passed over reading about one triple of bytes in
//! six. Pairs of bytes were tried first: the commonest pairs of English
//! ("e ", "ed", "re") are in the strings too, and let the window move by
//! less than half as much.

use super::literals::required;
use regex_syntax::hir::Hir;

/// Strings shorter than this give too little to skip by.
const MIN_LEN: usize = 3;

pub(crate) struct Prefilter {
    /// The length of the shortest string (the window), at most 255.
    window: usize,
    /// For each triple of bytes (by [`slot`]), how far the window may move
    /// when it ends with that triple; 0 where some string may end there.
    shift: Box<[u8; SLOTS]>,
    /// The strings, ASCII letters in lower case, by the pair that ends
    /// their first `window` bytes...
    strings: Vec<Vec<u8>>,
    /// ...which is this, for each: a window ending with a pair of shift 0
    /// is checked against the strings it may end, not all of them.
    ends: Vec<usize>,
}

impl std::fmt::Debug for Prefilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prefilter")
            .field("strings", &self.strings)
            .finish()
    }
}

static FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).to_ascii_lowercase();
        i += 1;
    }
    t
};

/// Triples of bytes share a shift slot by the low five bits of each: the
/// same for both cases of a letter, so the table needs no entry per case,
/// and 32 KiB. Triples that share a slot get the smaller of their shifts,
/// so the search never jumps over a string.
const SLOTS: usize = 1 << 15;

#[inline]
fn slot(a: u8, b: u8, c: u8) -> usize {
    ((a & 31) as usize) << 10 | ((b & 31) as usize) << 5 | (c & 31) as usize
}

#[inline]
fn pair(a: u8, b: u8) -> usize {
    (FOLD[a as usize] as usize) << 8 | FOLD[b as usize] as usize
}

impl Prefilter {
    /// The prefilter of a regex whose syntax tree is `hir`, if every match
    /// holds one of a few strings long enough to skip by.
    pub fn new(hir: &Hir) -> Option<Prefilter> {
        Prefilter::of(required(hir, MIN_LEN)?)
    }

    fn of(mut strings: Vec<Vec<u8>>) -> Option<Prefilter> {
        let window = strings.iter().map(Vec::len).min()?.min(255);
        if window < MIN_LEN {
            return None;
        }
        let end = |s: &Vec<u8>| pair(s[window - 2], s[window - 1]);
        strings.sort_by_key(end);
        let ends = strings.iter().map(end).collect();
        let mut shift = Box::new([(window - 2) as u8; SLOTS]);
        for s in &strings {
            // A triple ending at j of the window moves it by what is left.
            // The low five bits of a byte are those of its ASCII lower
            // case, so the text's bytes are read as they are.
            for j in 2..window {
                let k = slot(s[j - 2], s[j - 1], s[j]);
                shift[k] = shift[k].min((window - 1 - j) as u8);
            }
        }
        Some(Prefilter {
            window,
            shift,
            strings,
            ends,
        })
    }

    /// False when `text` holds none of the strings (ASCII case aside), so
    /// that no match can be in it.
    ///
    /// Each step of the search waits on the one before (the bytes to read
    /// depend on the shift just read), so a long text is searched as two
    /// halves at once: the windows of strings starting in the first half,
    /// and those of strings starting in the second, two chains of steps
    /// that the processor runs side by side.
    pub fn may_match(&self, text: &str) -> bool {
        let t = text.as_bytes();
        let w = self.window;
        // A string starting at p is seen at the window ending at p + w - 1.
        let first = w - 1;
        if t.len() < HALVES {
            return self.search(t, first, t.len()).is_none();
        }
        // A window longer than half the text puts `mid` past its end.
        let mid = (first + t.len() / 2).min(t.len());
        let (mut a, mut b) = (first, mid);
        while a < mid && b < t.len() {
            let (x, y) = (self.shift_at(t, a), self.shift_at(t, b));
            if x > 0 && y > 0 {
                a += x;
                b += y;
                continue;
            }
            match (self.step(t, a), self.step(t, b)) {
                (Some(x), Some(y)) => {
                    a += x;
                    b += y;
                }
                _ => return true,
            }
        }
        self.search(t, a, mid).is_none() || self.search(t, b, t.len()).is_none()
    }

    /// Searches the windows ending from `end` up to (not including)
    /// `limit`: `None` at a hit, else where the search stopped.
    fn search(&self, t: &[u8], mut end: usize, limit: usize) -> Option<usize> {
        while end < limit {
            end += self.step(t, end)?;
        }
        Some(end)
    }

    /// How far the window ending at `end` (below `t.len()`) may move; 0
    /// where a string may end.
    #[inline]
    fn shift_at(&self, t: &[u8], end: usize) -> usize {
        self.shift[slot(t[end - 2], t[end - 1], t[end])] as usize
    }

    /// How far to move on from the window ending at `end` (below
    /// `t.len()`); `None` when a string is there.
    #[inline]
    fn step(&self, t: &[u8], end: usize) -> Option<usize> {
        let s = self.shift_at(t, end);
        if s > 0 {
            return Some(s);
        }
        let at = end + 1 - self.window;
        let k = pair(t[end - 1], t[end]);
        let from = self.ends.partition_point(|&e| e < k);
        let hit = self.ends[from..]
            .iter()
            .take_while(|&&e| e == k)
            .zip(&self.strings[from..])
            .any(|(_, s)| {
                t.get(at..at + s.len())
                    .is_some_and(|w| w.iter().zip(s).all(|(&a, &b)| FOLD[a as usize] == b))
            });
        (!hit).then_some(1)
    }
}

/// Texts shorter than this are searched in one piece.
const HALVES: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    fn pre(words: &[&str]) -> Prefilter {
        Prefilter::of(words.iter().map(|w| w.as_bytes().to_vec()).collect()).unwrap()
    }

    #[test]
    fn finds_each_string_anywhere_in_any_ascii_case() {
        let p = pre(&["allegedly", "it is believed", "und\u{212a}"]);
        for text in [
            "allegedly",
            "He ALLEGEDLY took it.",
            "x It Is Believed",
            "und\u{212a}",
            "Ünd\u{212a} und\u{212a}!",
        ] {
            assert!(p.may_match(text), "{text:?}");
        }
        for text in ["", "alleged", "it is belief", "und k", "allegedl y", "UNDK"] {
            assert!(!p.may_match(text), "{text:?}");
        }
    }

    #[test]
    fn agrees_with_a_plain_search() {
        let words = ["past history", "end result", "ſo", "free gift"];
        let p = pre(&words);
        // Long enough that most slices are searched as two halves, with
        // strings on either side of and across the middle.
        let text = "The END RESULT, a free gift: past  history, ſo ſO, end-result, \
                    past history. freegift. ſo. Nothing here for a long while, then \
                    a FREE gift and the end result of it all, past hi story, ſo.";
        for from in 0..text.len() {
            for to in from..=text.len() {
                let (Some(hay), true) = (text.get(from..to), text.is_char_boundary(to)) else {
                    continue;
                };
                let want = words
                    .iter()
                    .any(|w| hay.to_ascii_lowercase().contains(&w.to_ascii_lowercase()));
                assert_eq!(p.may_match(hay), want, "{hay:?}");
            }
        }
    }

    #[test]
    fn a_string_longer_than_half_the_text() {
        // The fuzzer's case: a window of 83 bytes over 120 bytes of text
        // put the middle of the two-half search past the text's end.
        let long =
            "a phrase of stock redundancy that runs well past the width of most windows in use";
        let p = pre(&[long]);
        // Near-misses keep the steps short, so the search walks on to the
        // end of the text: the string's words, each one letter short.
        let near: String = long
            .split(' ')
            .map(|w| &w[..w.len() - 1])
            .collect::<Vec<_>>()
            .join(" ");
        for n in super::HALVES..=near.len() {
            assert!(!p.may_match(&near[..n]), "{n}");
        }
        let text = "x".repeat(120);
        assert!(!p.may_match(&text));
        let with = format!("{long}{}", "y".repeat(120 - long.len()));
        assert!(p.may_match(&with));
        let tail = format!("{}{long}", "y".repeat(120 - long.len()));
        assert!(p.may_match(&tail));
    }

    const PATTERNS: &[&str] = &[
        r"\b(?:allegedly|reportedly|it is (?:widely )?believed|it is understood)\b",
        r"\b(?:(past history)|(end result)|(completely (destroyed|finished)))\b",
        r"\bask(?:ed)?\b",
        r"und(?:er)+stood",
    ];

    const PIECES: &[&str] = &[
        "it",
        " is ",
        "IS",
        "i\u{17f}",
        "believed",
        "Believed",
        "widely ",
        "allegedly",
        "end",
        " result",
        "RESULT",
        "\u{212a}",
        "k",
        "as",
        " ",
        "\n",
        "past",
        " hi\u{17f}tory",
        "history",
        "completely ",
        "destroyed",
        "under",
        "er",
        "stood",
        "ed",
        "x",
        "é",
    ];

    proptest::proptest! {
        /// Whatever a regex finds, the prefilter lets through.
        #[test]
        fn never_hides_a_match(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..14),
            ic in proptest::bool::ANY,
        ) {
            let text = pieces.concat();
            for pattern in PATTERNS {
                let re = crate::packs::regex::build(pattern, ic).ok().unwrap();
                let pre = crate::packs::regex::prefilter(pattern, ic).unwrap();
                if re.is_match(&text) {
                    proptest::prop_assert!(pre.may_match(&text), "{pattern} {text:?}");
                }
            }
        }
    }
}
