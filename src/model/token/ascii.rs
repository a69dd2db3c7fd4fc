//! The lexer's fast path over ASCII: byte classes, and the ends of runs
//! of letters and digits found eight bytes at a time.

/// Byte classes for the lexer's fast path. A letter's class holds the
/// ALNUM bit too, so that one comparison finds a word's first letter and
/// one bit test any letter or digit.
pub(super) const SPACE: u8 = 1;
pub(super) const ALNUM: u8 = 2;
pub(super) const ALPHA: u8 = ALNUM | 4;

pub(super) static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] = ALPHA;
        } else if c.is_ascii_digit() {
            t[b] = ALNUM;
        } else if matches!(c, b' ' | b'\n' | b'\t' | b'\r') {
            t[b] = SPACE;
        }
        b += 1;
    }
    t
};

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter or digit.
/// Eight bytes are tested at once, so that finding a word's end costs one
/// count of trailing zeros instead of a hard-to-predict branch per letter.
#[inline]
fn alnum_bytes(x: u64) -> u64 {
    // Range tests on seven-bit bytes: adding 0x80 - a sets a byte's high
    // bit exactly when the byte is at least a, and no sum carries over.
    let x7 = x & !HI;
    let at_least = |v: u64, a: u64| v.wrapping_add(LO * (0x80 - a));
    let lower = x7 | (LO * 0x20);
    let letter = at_least(lower, 0x61) & !at_least(lower, 0x7b);
    let digit = at_least(x7, 0x30) & !at_least(x7, 0x3a);
    (letter | digit) & !x & HI
}

/// End of the run of ASCII letters and digits from `i`.
#[inline]
pub(super) fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    let n = bytes.len();
    while i + 8 <= n {
        let chunk: [u8; 8] = bytes[i..i + 8].try_into().expect("eight bytes");
        let stop = !alnum_bytes(u64::from_le_bytes(chunk)) & HI;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < n && CLASS[bytes[i] as usize] & ALNUM != 0 {
        i += 1;
    }
    i
}

/// End of a word of ASCII letters and digits starting at `i`, if the word
/// is plain ASCII letters and digits joined by single `'`, `-` or `’`
/// (U+2011 too) and is followed by a byte that cannot continue it, and
/// whether it holds a hyphen; `None` sends the caller to the full parser.
/// A General Punctuation character (E2 80 xx) ends the word here rather
/// than there: words run up against curly quotes and dashes all the time.
#[inline]
pub(super) fn ascii_word_end(bytes: &[u8], mut i: usize) -> Option<(usize, bool)> {
    let mut hyphen = false;
    loop {
        i = ascii_alnum_end(bytes, i);
        let Some(&b) = bytes.get(i) else {
            return Some((i, hyphen));
        };
        let joiner = match b {
            b'\'' | b'-' => 1,
            // U+2000–U+203F hold no letter or digit; of them only ’
            // (E2 80 99) and the non-breaking hyphen (E2 80 91) join.
            0xe2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x99 | 0x91) => 3,
                _ => return Some((i, hyphen)),
            },
            0x80.. => return None,
            _ => return Some((i, hyphen)),
        };
        // A joiner counts only before a letter or digit.
        match bytes.get(i + joiner) {
            Some(&c) if CLASS[c as usize] & ALNUM != 0 => {
                hyphen |= b == b'-';
                i += joiner + 1;
            }
            // A non-ASCII letter after a joiner needs the full parser.
            Some(0x80..) => return None,
            _ => return Some((i, hyphen)),
        }
    }
}

/// Does a web address start here? (What `url` accepts, tested on bytes so
/// that "he", "was" and "who" keep the fast path.)
#[inline]
pub(super) fn looks_like_url(b: &[u8]) -> bool {
    b.starts_with(b"http://") || b.starts_with(b"https://") || b.starts_with(b"www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_byte_alnum_test_agrees_with_the_byte_table() {
        for b in 0..=255u8 {
            for fill in [0u8, b' ', b'z', 0x7f, 0x80, 0xff] {
                for pos in 0..8 {
                    let mut chunk = [fill; 8];
                    chunk[pos] = b;
                    let m = alnum_bytes(u64::from_le_bytes(chunk));
                    for (k, &c) in chunk.iter().enumerate() {
                        let set = m & (0x80 << (8 * k)) != 0;
                        assert_eq!(set, c.is_ascii_alphanumeric(), "{chunk:?} at {k}");
                    }
                }
            }
        }
    }
}
