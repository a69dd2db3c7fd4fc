//! Repeated words for pack rules of kind `repetition`: neighbouring
//! tokens paired and compared without copies. Split from `run.rs`.

use super::run::excepted;
use regex::Regex;

/// A token that may repeat the one before it: byte ranges of both and of
/// the token's white-space-trimmed body, `start..end`, and its raw end.
/// `follows` says whether the pair before it in the sequence ended at the
/// previous token, that is, no token was passed over in between (a token
/// passed over repeats nothing, which breaks a run of repeats).
pub(super) struct Pair {
    pub prev: (usize, usize),
    pub start: usize,
    pub end: usize,
    pub raw_end: usize,
    pub follows: bool,
}

/// Each token but the first, paired with the one before it.
pub(super) fn every_pair(
    tokens: impl Iterator<Item = (usize, usize, usize)>,
) -> impl Iterator<Item = Pair> {
    let mut prev = None;
    tokens.filter_map(move |(start, end, raw_end)| {
        prev.replace((start, end)).map(|prev| Pair {
            prev,
            start,
            end,
            raw_end,
            follows: true,
        })
    })
}

/// The repeated tokens of a repetition rule, from `pairs` of neighbouring
/// tokens (see [`Pair`]) that hold every repeat; `same(prev, curr)` says
/// whether a token repeats the one before, and may hold only for words
/// whose first bytes, when both are ASCII, are the same but for case.
/// Calls `found(start, end, word)` for each run of more than `max`
/// repeats, spanning from the previous token's body to the token's raw
/// end.
pub(super) fn repeats<'a>(
    text: &'a str,
    pairs: impl Iterator<Item = Pair>,
    same: impl Fn(&str, &str) -> bool,
    max: usize,
    mut found: impl FnMut(usize, usize, &'a str),
) {
    let bytes = text.as_bytes();
    let mut count = 0usize;
    for Pair {
        prev: (ps, pe),
        start,
        end,
        raw_end,
        follows,
    } in pairs
    {
        if !follows {
            count = 0;
        }
        let hit = start < end && ps < pe && {
            // Most neighbouring words differ in their first letter: that
            // settles it without slicing either word.
            let differ = !may_be_same(bytes[ps], bytes[start]);
            !differ && same(&text[ps..pe], &text[start..end])
        };
        if hit {
            count += 1;
            if count > max {
                found(ps, raw_end, &text[start..end]);
                count = 0;
            }
        } else {
            count = 0;
        }
    }
}

/// Whether words starting with bytes `x` and `y` may be the same ignoring
/// case: not when both are ASCII and differ but for case.
#[inline]
pub(super) fn may_be_same(x: u8, y: u8) -> bool {
    !(x | y).is_ascii() || x.eq_ignore_ascii_case(&y)
}

/// Equal when lower-cased, without building lower-case copies: this runs
/// for every word of an article.
#[inline]
pub(super) fn same_ignoring_case(a: &str, b: &str) -> bool {
    // An ASCII character lower-cases to one ASCII character, so while both
    // words are ASCII the bytes can be compared in place: a difference
    // settles it, and so does one word running out first (every character
    // lower-cases to at least one). Most neighbouring words differ in
    // their first letter.
    for (x, y) in a.bytes().zip(b.bytes()) {
        if !(x.is_ascii() && y.is_ascii()) {
            return same_lower_case(a, b);
        }
        if !x.eq_ignore_ascii_case(&y) {
            return false;
        }
    }
    a.len() == b.len()
}

/// Whether a repeated word counts. Out of line: it runs only on repeats,
/// and kept apart it leaves the test run on every word small enough to
/// inline.
#[inline(never)]
pub(super) fn repeat_counts(word: &str, alpha: bool, except: &Option<Regex>) -> bool {
    (!alpha || word.chars().all(char::is_alphabetic)) && !excepted(except, word)
}

#[cold]
fn same_lower_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::same_ignoring_case;

    #[test]
    fn case_is_compared_as_by_lower_casing_every_character() {
        let words = [
            "", "a", "A", "ab", "AB", "abé", "ABÉ", "k", "K", "\u{212a}", "İ", "i̇", "i", "ß", "SS",
            "ss", "Σ", "σ", "ς", "the", "The", "then", "x1", "X1",
        ];
        for a in words {
            for b in words {
                let want = a
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(b.chars().flat_map(char::to_lowercase));
                assert_eq!(same_ignoring_case(a, b), want, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn case_is_ignored_without_copies() {
        assert!(same_ignoring_case("The", "the"));
        assert!(same_ignoring_case("ÉTÉ", "été"));
        assert!(!same_ignoring_case("the", "then"));
        assert!(!same_ignoring_case("été", "ete"));
        assert!(!same_ignoring_case("a", "b"));
        assert!(same_ignoring_case("K", "k"));
        // The Kelvin sign lower-cases to an ASCII "k".
        assert!(same_ignoring_case("k", "\u{212a}"));
        assert!(same_ignoring_case("ok\u{212a}", "OKk"));
        assert!(!same_ignoring_case("ab", "abé"));
        assert!(!same_ignoring_case("abé", "ab"));
        assert!(same_ignoring_case("", ""));
        assert!(!same_ignoring_case("", "a"));
    }
}
