//! Runs of non-white-space characters (Vale's usual repetition token,
//! `[^\s]+`): read off the model's tokens where a view is one stretch of
//! the article, scanned from the text where it is not.

use super::repeat::Pair;
use crate::model::Token;

/// The neighbouring runs of a view that is one stretch of the article
/// starting at article offset `base` (`text`), as view offsets, read off
/// the view's tokens, and paired (see [`Pair`]) where they may be the same
/// word: where their first bytes are not two ASCII bytes that differ but
/// for case. The lexer keeps no white space and leaves none of the rest
/// out, so tokens that touch make one run and a gap between two is white
/// space: the same runs as [`space_runs`] finds, at a fraction of the
/// cost, since the text was already read once to make the tokens. Most
/// neighbouring words differ in their first letter, and this loop runs
/// over every token of an article, so it passes them over itself.
pub(super) fn run_pairs<'a>(text: &'a str, tokens: &'a [Token], base: u32) -> RunPairs<'a> {
    // Where each run starts: a token that does not touch the one before.
    // Every index is written and the end moved on only at a start, with
    // no branch: tokens touch (a word and its comma) at random.
    let mut starts = vec![0u32; tokens.len() + 1];
    let mut n = 0;
    // No token starts at u32::MAX: the first one starts a run.
    let mut prev_end = u32::MAX;
    for (i, t) in tokens.iter().enumerate() {
        starts[n] = i as u32;
        n += usize::from(t.span.start != prev_end);
        prev_end = t.span.end;
    }
    starts[n] = tokens.len() as u32;
    starts.truncate(n + 1);
    RunPairs {
        bytes: text.as_bytes(),
        tokens,
        starts,
        r: 0,
        base,
        prev: (base, base),
        prev_key: 0,
        follows: true,
    }
}

pub(super) struct RunPairs<'a> {
    bytes: &'a [u8],
    tokens: &'a [Token],
    /// The first token of each run, then the number of tokens.
    starts: Vec<u32>,
    /// The next run to read.
    r: usize,
    base: u32,
    /// The last run read, as article offsets (empty before the first),
    /// and the [`FOLD`] of its first byte.
    prev: (u32, u32),
    prev_key: u8,
    /// Whether no run was passed over since the last pair.
    follows: bool,
}

/// A byte's ASCII lower case, and 0xFF for every byte beyond ASCII: two
/// runs whose first bytes fold to different values, neither 0xFF, are not
/// the same ignoring case (see [`may_be_same`]). One load a run.
static FOLD: [u8; 256] = {
    let mut t = [0xFF; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    t
};

impl Iterator for RunPairs<'_> {
    type Item = Pair;

    #[inline]
    fn next(&mut self) -> Option<Pair> {
        let (tokens, base) = (self.tokens, self.base);
        let (mut ps, mut pe, mut pk) = (self.prev.0, self.prev.1, self.prev_key);
        let mut follows = self.follows;
        while self.r + 1 < self.starts.len() {
            let first = self.starts[self.r] as usize;
            let next = self.starts[self.r + 1] as usize;
            self.r += 1;
            let start = tokens[first].span.start;
            let end = tokens[next - 1].span.end;
            let k = FOLD[usize::from(self.bytes[(start - base) as usize])];
            if k == pk || (k | pk) >= 0x80 {
                let at = |o: u32| (o - base) as usize;
                let pair = Pair {
                    prev: (at(ps), at(pe)),
                    start: at(start),
                    end: at(end),
                    raw_end: at(end),
                    follows,
                };
                (self.prev, self.prev_key, self.follows) = ((start, end), k, true);
                return Some(pair);
            }
            (ps, pe, pk, follows) = (start, end, k, false);
        }
        None
    }
}

/// Byte ranges of the runs of non-white-space characters of `text`
/// (white space as `char::is_whitespace` and the regex `\s` mean it).
pub(super) fn space_runs(text: &str) -> SpaceRuns<'_> {
    SpaceRuns { text, i: 0 }
}

pub(super) struct SpaceRuns<'a> {
    text: &'a str,
    i: usize,
}

/// A byte that is not white space and starts none.
const WORD: u8 = 0;
/// ASCII white space: `' '` and `\t` to `\r`.
const SPACE: u8 = 1;
/// The lead byte of a character that may be white space (see [`wide_space`]).
const MAYBE: u8 = 2;

/// Each byte's class, so that the scan over every byte of an article takes
/// one load and one test a byte.
static CLASS: [u8; 256] = {
    let mut t = [WORD; 256];
    t[b' ' as usize] = SPACE;
    let mut c = b'\t';
    while c <= b'\r' {
        t[c as usize] = SPACE;
        c += 1;
    }
    t[0xC2] = MAYBE;
    t[0xE1] = MAYBE;
    t[0xE2] = MAYBE;
    t[0xE3] = MAYBE;
    t
};

/// The length of the white-space character at byte `i` (a [`MAYBE`] lead
/// byte), or 0 if it is none. Unicode's white space beyond ASCII is U+0085,
/// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and
/// U+3000; curly quotes and dashes share the lead byte E2 and are common in
/// news copy, so the bytes are matched rather than the character decoded.
#[inline]
fn wide_space(b: &[u8], i: usize) -> usize {
    match b[i..] {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// The high bit set in each byte of `x` (little-endian) that is below `!`
/// or not ASCII: every byte not of class `WORD`, and some that are. Only
/// the lowest flag is exact (a borrow may flag the bytes above it).
#[inline]
fn stops(x: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    ((x.wrapping_sub(ONES * b'!' as u64) & !x) | x) & HIGH
}

impl Iterator for SpaceRuns<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let b = self.text.as_bytes();
        let mut i = self.i;
        // Skip white space...
        loop {
            let Some(&c) = b.get(i) else {
                self.i = i;
                return None;
            };
            match CLASS[c as usize] {
                WORD => break,
                SPACE => i += 1,
                _ => match wide_space(b, i) {
                    0 => break,
                    n => i += n,
                },
            }
        }
        // ...then take the run up to the next, eight bytes at a time up to
        // the first byte that might end it. Bytes after a lead byte are
        // continuation bytes, all of class `WORD`.
        let start = i;
        i += 1;
        loop {
            if let Some(chunk) = b.get(i..i + 8) {
                let m = stops(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
                if m == 0 {
                    i += 8;
                    continue;
                }
                i += (m.trailing_zeros() / 8) as usize;
            }
            let Some(&c) = b.get(i) else { break };
            match CLASS[c as usize] {
                WORD => i += 1,
                SPACE => break,
                _ if wide_space(b, i) > 0 => break,
                _ => i += 1,
            }
        }
        self.i = i;
        Some((start, i))
    }
}

#[cfg(test)]
mod tests {
    use super::{run_pairs, space_runs, stops, wide_space, CLASS, FOLD, MAYBE, SPACE, WORD};
    use crate::lang::Lang;
    use crate::model::{Document, Format};
    use crate::packs::repeat::may_be_same;

    #[test]
    fn space_runs_are_what_the_regex_finds() {
        let re = regex::Regex::new(r"[^\s]+").unwrap();
        for text in [
            "",
            "  ",
            "a",
            " the  the\tvote\u{a0}was\u{2003}close. ",
            "é è\n\nx",
            "a\u{85}b\u{1680}c\u{2000}d\u{200a}e\u{200b}f\u{2028}g\u{202f}h\u{205f}i\u{3000}j",
            "“don’t” — Ü\u{a0}\u{a0}x\u{1f}y",
            "\u{3000}",
            "internationalisation\u{2003}of\u{2019}everything at   once\tand\u{a0}more",
            "a-long-hyphenated-word-that-goes-on\u{85}and-on",
        ] {
            let want: Vec<(usize, usize)> =
                re.find_iter(text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(space_runs(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn the_lowest_stop_is_the_first_byte_that_may_end_a_run() {
        for bytes in [
            *b"abcdefgh",
            *b"abc defg",
            *b"\x7f~!a\x00 \xff\x80",
            *b"ab\xe2\x80\x99s x",
        ] {
            let want = bytes.iter().position(|&c| !(b'!'..0x80).contains(&c));
            let m = stops(u64::from_le_bytes(bytes));
            let got = (m != 0).then(|| (m.trailing_zeros() / 8) as usize);
            assert_eq!(got, want, "{bytes:?}");
        }
        for c in 0..=255u8 {
            let flagged = stops(u64::from(c)) & 0x80 != 0;
            assert_eq!(flagged, !(b'!'..0x80).contains(&c), "{c}");
            assert!(flagged || CLASS[c as usize] == WORD, "{c}");
        }
    }

    #[test]
    fn folds_tell_first_bytes_apart_as_may_be_same_does() {
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let (a, b) = (FOLD[x as usize], FOLD[y as usize]);
                assert_eq!(a == b || (a | b) >= 0x80, may_be_same(x, y), "{x} {y}");
            }
        }
    }

    #[test]
    fn byte_classes_agree_with_char_is_whitespace() {
        for c in char::MIN..=char::MAX {
            let mut buf = [0; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let len = match CLASS[b[0] as usize] {
                WORD => 0,
                SPACE => 1,
                MAYBE => wide_space(b, 0),
                _ => unreachable!(),
            };
            let want = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(len, want, "{:?}", c);
        }
    }

    /// Every block of `text` that is one stretch of it: the pairs read off
    /// its tokens are the neighbouring runs scanned from its text whose
    /// first bytes may be the same, each marked as following the pair
    /// before when no run came between.
    fn tokens_agree_with_scanning(text: &str, format: Format) {
        let doc = Document::parse(text, format, &Lang::english());
        for b in &doc.blocks {
            let segs: Vec<_> = doc.segments[b.segments.start as usize..b.segments.end as usize]
                .iter()
                .filter(|s| !s.is_empty())
                .collect();
            let [seg] = segs[..] else { continue };
            let seg_text = seg.text(text);
            let bytes = seg_text.as_bytes();
            let runs: Vec<(usize, usize)> = space_runs(seg_text).collect();
            let mut want = Vec::new();
            let mut follows = true;
            for w in runs.windows(2) {
                if may_be_same(bytes[w[0].0], bytes[w[1].0]) {
                    want.push((w[0], w[1], follows));
                    follows = true;
                } else {
                    follows = false;
                }
            }
            // The first pair's `follows` means nothing: no repeat is
            // counted before it.
            if let Some(p) = want.first_mut() {
                p.2 = true;
            }
            let mut got: Vec<_> = run_pairs(seg_text, doc.block_tokens(b), seg.start)
                .filter(|p| p.prev.0 < p.prev.1)
                .map(|p| {
                    assert_eq!(p.raw_end, p.end);
                    (p.prev, (p.start, p.end), p.follows)
                })
                .collect();
            if let Some(p) = got.first_mut() {
                p.2 = true;
            }
            assert_eq!(got, want, "{seg_text:?}");
        }
    }

    #[test]
    fn token_pairs_are_space_run_pairs() {
        for text in [
            "Head\n\nShe said the the vote was close.\n",
            "Head\n\n“Don’t,” he said — twice… (really) :) http://x.org/a. 1,000.5 U.S.-led\n",
            "Head\n\na\u{85}b\u{a0}c\u{1680}d\u{2000}e\u{200b}f\u{2028}g\u{202f}h\u{205f}i\u{3000}j\x0bk\x0cl\n",
            "Head\n\n''Twin'' ``quotes'' '''nested''' <b>tag</b> 3rd 1990s 9/11 x-\u{2011}y\n",
            "Head\n\nÉté ÉTÉ été, \u{212a}ilo kilo; İstanbul i̇stanbul.\n\nMore:\ttabs\r\nand\r\nlines\n",
        ] {
            tokens_agree_with_scanning(text, Format::Plain);
            tokens_agree_with_scanning(text, Format::Markdown);
        }
    }

    proptest::proptest! {
        #[test]
        fn token_pairs_are_space_run_pairs_on_any_text(
            text in "[a-zA-Z0-9 .,:;'\"()\\[\\]\n\t\u{a0}\u{2003}\u{2019}\u{201c}\u{201d}\u{2014}é\u{212a}:)#*_`<>/-]{0,80}"
        ) {
            tokens_agree_with_scanning(&text, Format::Plain);
            tokens_agree_with_scanning(&text, Format::Markdown);
        }
    }
}
