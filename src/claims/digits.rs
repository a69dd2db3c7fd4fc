//! Whether a word holds an ASCII digit, eight bytes at a time: the claims
//! features ask it of nearly every word of their own a sentence keeps, and
//! a byte-by-byte loop over each cost more than the rest of the word's
//! tests together.

use crate::bytes::{load4, load8};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// Does any of the eight bytes packed in `x` hold an ASCII digit?
#[inline]
fn digit_in(x: u64) -> bool {
    // `0`–`9` become 0 to 9; every other byte, 10 or more in its low
    // seven bits or with its high bit set.
    let t = x ^ (ONES * b'0' as u64);
    // Adding 0x76 to the low seven bits sets a byte's high bit exactly
    // when they are 10 or more, and never carries into the next byte.
    let ten_or_more = (t & !HIGHS) + ONES * 0x76;
    !(ten_or_more | t) & HIGHS != 0
}

/// Does `b` hold an ASCII digit? Short words are packed into one integer
/// (overlapping loads, or their three bytes; a zero byte is no digit),
/// long ones read eight bytes at a time.
#[inline]
pub fn has_ascii_digit(b: &[u8]) -> bool {
    let n = b.len();
    match n {
        0 => false,
        1..=3 => digit_in(u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16),
        4..=7 => digit_in(load4(b) | load4(&b[n - 4..]) << 32),
        _ => b.chunks_exact(8).any(|c| digit_in(load8(c))) || digit_in(load8(&b[n - 8..])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_in_every_place_agrees_with_the_plain_test() {
        // Each byte value at each place of words of 1 to 19 bytes, the
        // rest letters: the packed test must say what the loop says.
        for n in 1..20 {
            for at in 0..n {
                for x in 0..=255u8 {
                    let mut w = vec![b'k'; n];
                    w[at] = x;
                    assert_eq!(
                        has_ascii_digit(&w),
                        w.iter().any(u8::is_ascii_digit),
                        "{w:?}"
                    );
                }
            }
        }
        assert!(!has_ascii_digit(b""));
        assert!(has_ascii_digit("G7".as_bytes()) && has_ascii_digit("covid19".as_bytes()));
        assert!(!has_ascii_digit("Zürich:/".as_bytes()));
    }
}
