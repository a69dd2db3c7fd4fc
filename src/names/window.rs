//! The order in which `names.inconsistent` compares an article's
//! spellings: by first letter, then length, so that every pair worth
//! comparing (a slip keeps the first letter and changes the length by at
//! most two) stands in one short window of the sorted list.

use super::forms::Form;
use super::similar;

/// One spelling in window order: (first letter in ASCII lower case,
/// length in characters, index of the form, letter set).
pub type Candidate = (u8, u32, u32, u32);

/// The forms worth comparing (not only ever in capitals, `MIN_LEN`
/// characters or more), sorted as their [`Candidate`] tuples. The index
/// makes the order total, so the sort is deterministic.
///
/// Each tuple is packed into one number (its fields from the top bits
/// down, each in bits as wide as its type) that sorts as the tuple does:
/// two word compares instead of up to four field compares.
pub fn candidates(fs: &[Form<'_>]) -> Vec<Candidate> {
    let mut packed: Vec<u128> = fs
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.caps_only && f.len as usize >= similar::MIN_LEN)
        .map(|(i, f)| {
            let first = f.text.as_bytes()[0].to_ascii_lowercase();
            (first as u128) << 96 | (f.len as u128) << 64 | (i as u128) << 32 | f.mask as u128
        })
        .collect();
    packed.sort_unstable();
    packed
        .iter()
        .map(|&p| {
            (
                (p >> 96) as u8,
                (p >> 64) as u32,
                (p >> 32) as u32,
                p as u32,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn form(text: &str, len: u32, mask: u32, caps_only: bool) -> Form<'_> {
        Form {
            text,
            key: 0,
            count: 1,
            mid: 0,
            first: Span::new(0, 0),
            len,
            mask,
            caps_only,
        }
    }

    #[test]
    fn candidates_sort_as_their_tuples() {
        // Lengths and letter sets past 16 bits, first letters in either
        // case, a short form and a form only in capitals left out.
        let fs = [
            form("Zorro", 5, 0xffff_fff0, false),
            form("abel", 4, 7, false),
            form("Abbey", 70_000, 1, false),
            form("Abe", 3, 2, false),
            form("ABEL", 4, 9, true),
            form("zed's", 5, 0x8000_0000, false),
            form("Able", 4, 0xffff_ffff, false),
            form("Mabel", 1 << 31, 3, false),
        ];
        let mut want: Vec<Candidate> = fs
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.caps_only && f.len >= 4)
            .map(|(i, f)| {
                (
                    f.text.as_bytes()[0].to_ascii_lowercase(),
                    f.len,
                    i as u32,
                    f.mask,
                )
            })
            .collect();
        want.sort_unstable();
        assert_eq!(candidates(&fs), want);
        assert_eq!(want.len(), 6);
        assert_eq!(want[0], (b'a', 4, 1, 7));
    }
}
