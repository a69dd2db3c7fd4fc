//! When are two spellings one name written two ways?
//!
//! Closeness is edit distance with transpositions (optimal string
//! alignment) and Jaro-Winkler similarity, with thresholds that grow with
//! length: short words are too easily one letter apart (Iran/Iraq, Bush/
//! Rush), long ones may differ by two letters and still be one name.
//! Closeness is not enough: [`different_words`] rules out the classes of
//! close words that real text is full of — plurals, possessives, demonyms
//! and other derived words (America/American, Latin/Latino, Democrat/
//! Democratic), which differ only by an ending.

use super::fold::{char_len, fold};

/// Shortest word (in characters) compared at all.
pub const MIN_LEN: usize = 4;
/// The longer of two words compared must be at least this long.
pub const MIN_LONGER: usize = 5;
/// From this length (of the shorter word) two edits are allowed.
pub const TWO_EDITS_FROM: usize = 10;

/// How many edits two words of these lengths may be apart.
pub fn max_edits(shorter: usize, longer: usize) -> usize {
    if shorter < MIN_LEN || longer < MIN_LONGER {
        0
    } else if shorter < TWO_EDITS_FROM {
        1
    } else {
        2
    }
}

/// Lowest Jaro-Winkler similarity for a pair `edits` apart.
fn min_jaro_winkler(edits: usize) -> f64 {
    if edits <= 1 {
        0.85
    } else {
        0.92
    }
}

/// Are `a` and `b` (any case) close enough to be one name misspelt? Returns
/// the edit distance. Both must begin with the same letter: writers slip
/// inside words, and close words with different first letters are mostly
/// different names (Gennifer/Jennifer, Carson/Larson).
pub fn close(a: &str, b: &str) -> Option<usize> {
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    if ab.is_ascii() && bb.is_ascii() && ab.len() <= ASCII_MAX && bb.len() <= ASCII_MAX {
        // The fold of ASCII is its lower case: done on the stack, since
        // most pairs asked about are turned away before any distance.
        let (mut fa, mut fb) = ([0u8; ASCII_MAX], [0u8; ASCII_MAX]);
        let (fa, fb) = (&mut fa[..ab.len()], &mut fb[..bb.len()]);
        fa.copy_from_slice(ab);
        fb.copy_from_slice(bb);
        fa.make_ascii_lowercase();
        fb.make_ascii_lowercase();
        return close_folded(ascii(fa), ascii(fb), true);
    }
    close_folded(&fold(a), &fold(b), false)
}

/// Longest ASCII word [`close`] folds on the stack.
const ASCII_MAX: usize = 64;

/// [`close`] of two folded words; `ascii` when both are ASCII, so that a
/// byte is a character and one edit can be told without the distance
/// matrix.
fn close_folded(fa: &str, fb: &str, ascii: bool) -> Option<usize> {
    if fa == fb || fa.chars().next() != fb.chars().next() {
        return None;
    }
    let (la, lb) = (char_len(fa), char_len(fb));
    let allowed = max_edits(la.min(lb), la.max(lb));
    if allowed == 0 || la.abs_diff(lb) > allowed {
        return None;
    }
    let d = if ascii && allowed == 1 {
        if !one_edit(fa.as_bytes(), fb.as_bytes()) {
            return None;
        }
        1
    } else {
        strsim::osa_distance(fa, fb)
    };
    if d == 0 || d > allowed {
        return None;
    }
    // A vowel for a vowel ("Burack", "Barack") is the commonest slip;
    // Jaro-Winkler can score it low when the changed vowel matches
    // another one within its window and counts as a transposition.
    if d == 1 && vowel_for_vowel(fa, fb) {
        return Some(1);
    }
    (strsim::jaro_winkler(fa, fb) >= min_jaro_winkler(d)).then_some(d)
}

/// Do two folded words of equal length differ in one letter, a vowel in
/// each?
fn vowel_for_vowel(a: &str, b: &str) -> bool {
    let vowel = |c: char| "aeiou".contains(c);
    char_len(a) == char_len(b) && {
        let mut diff = a.chars().zip(b.chars()).filter(|(x, y)| x != y);
        matches!((diff.next(), diff.next()), (Some((x, y)), None) if vowel(x) && vowel(y))
    }
}

fn ascii(b: &[u8]) -> &str {
    std::str::from_utf8(b).expect("ASCII")
}

/// Are two different strings one substitution, insertion, deletion or
/// swap of adjacent letters apart (optimal string alignment distance 1)?
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let i = long.iter().zip(short).take_while(|(x, y)| x == y).count();
    if long.len() != short.len() {
        return long.len() == short.len() + 1 && long[i + 1..] == short[i..];
    }
    if i == long.len() {
        return false;
    }
    long[i + 1..] == short[i + 1..]
        || (i + 1 < long.len()
            && long[i] == short[i + 1]
            && long[i + 1] == short[i]
            && long[i + 2..] == short[i + 2..])
}

/// The endings that make a different word from the same stem in one
/// language (plural, possessive, demonym, adjective, agent in English;
/// German adds its inflections): two words that share a stem and differ
/// only in two of these (one may be empty) are different words. The
/// words are data, `endings` in `rules/names/words/*.yaml`.
#[derive(Debug, Clone, Default)]
pub struct Endings {
    /// Folded, sorted, without duplicates.
    words: Vec<String>,
    /// A hash of `words`: which endings a memo of answers was made with.
    id: u64,
}

impl Endings {
    /// The endings `words` (any case).
    pub fn new<S: AsRef<str>>(words: &[S]) -> Endings {
        let mut words: Vec<String> = words.iter().map(|w| fold(w.as_ref())).collect();
        words.sort_unstable();
        words.dedup();
        let id = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            words.hash(&mut h);
            h.finish()
        };
        Endings { words, id }
    }

    /// Is the folded `t` one of the endings? By binary search: asked for
    /// every split of every close pair.
    pub fn contains(&self, t: &str) -> bool {
        self.words.binary_search_by(|e| e.as_str().cmp(t)).is_ok()
    }

    /// Equal for equal lists of endings.
    pub fn id(&self) -> u64 {
        self.id
    }
}

/// Why two close words are nonetheless different words in a language whose
/// words take `endings`, if they are ("Russia", "Russian"; in German
/// "Gewerkschaft", "Gewerkschaften").
pub fn different_words(a: &str, b: &str, endings: &Endings) -> Option<&'static str> {
    let (fa, fb) = (fold(a), fold(b));
    let common = fa
        .char_indices()
        .zip(fb.chars())
        .take_while(|((_, x), y)| x == y)
        .last()
        .map_or(0, |((i, c), _)| i + c.len_utf8());
    let (ta, tb) = (&fa[common..], &fb[common..]);
    // A swap of two letters or a doubled letter is a typing slip, never
    // a derived word; so is one letter dropped inside a long ending
    // ("Russans" for "Russians").
    if slip_shaped(&fa, &fb) || (ta.len() >= 2 && tb.len() >= 2 && one_deletion(ta, tb)) {
        return None;
    }
    // Two endings may begin alike ("-ism", "-ist"): the stem is then
    // shorter than the letters the words share ("Methodism", "Methodist").
    // Not where the words first differ in a vowel for a vowel, the
    // commonest slip: "Colemen" is no plural of "Coleman".
    let vowels = |t: &str| t.starts_with(['a', 'e', 'i', 'o', 'u']);
    let lo = if vowels(ta) && vowels(tb) { common } else { 3 };
    let stem = (lo.max(3)..=common)
        .rev()
        .filter(|&c| fa.is_char_boundary(c) && fb.is_char_boundary(c))
        .find(|&c| {
            // "-ia" only where the words part before it ("Islamophobia",
            // "Islamophobic"): where they part at its "a" it is a letter
            // dropped ("Philadelpha").
            let ending = |t: &str| endings.contains(t) || (c < common && t == "ia");
            ending(&fa[c..]) && ending(&fb[c..])
        });
    if let Some(c) = stem {
        let (ta, tb) = (&fa[c..], &fb[c..]);
        return Some(if ta.is_empty() || tb.is_empty() {
            if ["s", "es", "'", "'s"].contains(&ta) || ["s", "es", "'", "'s"].contains(&tb) {
                "a plural or possessive"
            } else {
                "a derived word (demonym, adjective)"
            }
        } else {
            "two words derived from one stem"
        });
    }
    None
}

/// Is one of two words the other with two adjacent letters swapped, or
/// with one letter doubled?
pub fn slip_shaped(a: &str, b: &str) -> bool {
    // Compared in place, without a character vector per word: this runs
    // for every pair of spellings judged.
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na == nb {
        // Exactly two positions differ, next to each other, swapped.
        let mut diff = [(0usize, ' ', ' '); 2];
        let mut n = 0;
        for (i, (x, y)) in a.chars().zip(b.chars()).enumerate() {
            if x != y {
                if n == 2 {
                    return false;
                }
                diff[n] = (i, x, y);
                n += 1;
            }
        }
        let [(i0, x0, y0), (i1, x1, y1)] = diff;
        return n == 2 && i1 == i0 + 1 && x0 == y1 && x1 == y0;
    }
    let (long, short, nl, ns) = if na > nb {
        (a, b, na, nb)
    } else {
        (b, a, nb, na)
    };
    if nl != ns + 1 {
        return false;
    }
    // A doubled letter: dropping its second copy gives the shorter word.
    let mut prev = None;
    long.char_indices().any(|(i, c)| {
        let doubled = prev == Some(c);
        prev = Some(c);
        doubled && deletes_to(long, i, c, short)
    })
}

/// Is one string the other with one character deleted?
fn one_deletion(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1
        && long
            .char_indices()
            .any(|(i, c)| deletes_to(long, i, c, short))
}

/// Is `short` `long` without its character `c` at byte `i`? The halves are
/// compared in place rather than joined into a new string: `short` must
/// begin with what comes before the character and end with what follows.
fn deletes_to(long: &str, i: usize, c: char, short: &str) -> bool {
    short.len() + c.len_utf8() == long.len()
        && short.get(..i) == Some(&long[..i])
        && short.get(i..) == Some(&long[i + c.len_utf8()..])
}

/// Shaped like a word a writer typed: no digits, at most one capital
/// inside ("McCain", not "FlagShareLikeReply"), not overlong, and no
/// contraction ("We've" beside "We're" is two words, not a name).
pub fn word_shaped(s: &str) -> bool {
    let b = s.as_bytes();
    let ascii = s.is_ascii();
    // An ASCII word without an apostrophe is no contraction: one byte
    // search, where the search for either apostrophe decodes characters.
    if (!ascii || b.contains(&b'\'')) && contraction(s) {
        return false;
    }
    if ascii {
        // The same test on bytes, for the common case.
        let mut inner_caps = 0;
        let mut prev_lower = false;
        for &c in b {
            if c.is_ascii_digit() {
                return false;
            }
            if c.is_ascii_uppercase() && prev_lower {
                inner_caps += 1;
            }
            prev_lower = c.is_ascii_lowercase();
        }
        let n = b.len();
        let cut_short = n >= 2 && b[n - 1].is_ascii_uppercase() && b[n - 2].is_ascii_lowercase();
        return inner_caps <= 1 && n <= 40 && !cut_short;
    }
    let mut inner_caps = 0;
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            return false;
        }
        if c.is_uppercase() && prev_lower {
            inner_caps += 1;
        }
        prev_lower = c.is_lowercase();
    }
    // "LibA", "GarcA": a word cut short where a mis-decoded letter stood.
    let cut_short = prev_lower_before_last(s);
    inner_caps <= 1 && s.len() <= 40 && !cut_short
}

/// Does `s` end in an English contraction ("We’ve", "They'll", "Don't")?
/// Names with an apostrophe put it near the front ("O'Brien", "D'Amato").
fn contraction(s: &str) -> bool {
    let Some(at) = s.rfind(['\'', '’']) else {
        return false;
    };
    let (head, tail) = (
        &s[..at],
        &s[at + s[at..].chars().next().map_or(1, char::len_utf8)..],
    );
    let tail = tail.to_ascii_lowercase();
    ["ve", "re", "ll", "d", "m"].contains(&tail.as_str())
        || (tail == "t" && head.ends_with(['n', 'N']))
}

/// Does `s` end in a capital right after a lower-case letter?
fn prev_lower_before_last(s: &str) -> bool {
    let mut it = s.chars().rev();
    matches!((it.next(), it.next()), (Some(l), Some(p)) if l.is_uppercase() && p.is_lowercase())
}

/// `replacement` written in the capitalisation of `like`: all capitals
/// stay all capitals ("USHAKOV"), otherwise as the replacement is written.
pub fn in_case_of(replacement: &str, like: &str) -> String {
    if like.chars().filter(|c| c.is_alphabetic()).count() > 1 && super::fold::is_all_caps(like) {
        replacement.to_uppercase()
    } else {
        replacement.to_string()
    }
}

#[cfg(test)]
#[path = "similar_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "similar_slip_tests.rs"]
mod slip_tests;
