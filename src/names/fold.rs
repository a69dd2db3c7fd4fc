//! Case- and accent-folded keys for words, computed without allocating.
//!
//! Every name comparison in this module goes through these keys: "Putin",
//! "PUTIN" and "putin" share one; so do "Erdoğan" and "Erdogan". A key is a
//! polynomial hash of the folded characters, which lets the keys of all
//! one-letter deletions of a word be had in linear time (see
//! [`deletion_keys`]), the index behind near-miss look-ups.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Lower case, common Latin diacritics removed, typographic apostrophes
/// made straight.
#[inline]
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let l = c.to_lowercase().next().unwrap_or(c);
    match l {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ě' | 'ę' => 'e',
        'ğ' => 'g',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ž' | 'ż' => 'z',
        '’' | '‘' | 'ʼ' => '\'',
        '\u{2011}' => '-',
        other => other,
    }
}

/// The folded form of `s`, for messages, YAML and string metrics.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

const BASE: u64 = 0x100_0000_01b3;
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn finish(h: u64, len: usize) -> u64 {
    let x = (h ^ (len as u64).wrapping_mul(MIX)).wrapping_mul(MIX);
    x ^ (x >> 29)
}

/// The folded key of a word.
#[inline]
pub fn key(s: &str) -> u64 {
    let mut h = 0u64;
    let mut n = 0;
    for b in s.bytes() {
        if b >= 0x80 {
            return key_slow(s);
        }
        h = h
            .wrapping_mul(BASE)
            .wrapping_add(b.to_ascii_lowercase() as u64);
        n += 1;
    }
    finish(h, n)
}

/// Per ASCII byte: its lower case (`fold_char`), and bits saying
/// whether it is a capital or a lower-case letter.
static ASCII_FOLD: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = c.to_ascii_lowercase() as u16
            | if c.is_ascii_uppercase() { CAPITAL } else { 0 }
            | if c.is_ascii_lowercase() { LOWER } else { 0 };
        i += 1;
    }
    t
};
const CAPITAL: u16 = 1 << 8;
const LOWER: u16 = 1 << 9;

/// `key(s)`, and whether `s` is a capitalised abbreviation or credit
/// (`s.len() > 1 && is_all_caps(s)`): forms ask both of every capitalised
/// word, and for ASCII one pass over the bytes, a table look-up each,
/// answers both.
#[inline]
pub fn key_and_caps(s: &str) -> (u64, bool) {
    let mut h = 0u64;
    let mut seen = 0u16;
    for &b in s.as_bytes() {
        let Some(&e) = ASCII_FOLD.get(b as usize) else {
            return (key_slow(s), s.len() > 1 && is_all_caps(s));
        };
        seen |= e;
        h = h.wrapping_mul(BASE).wrapping_add((e & 0xff) as u64);
    }
    let caps = s.len() > 1 && seen & CAPITAL != 0 && seen & LOWER == 0;
    (finish(h, s.len()), caps)
}

fn key_slow(s: &str) -> u64 {
    let mut h = 0u64;
    let mut n = 0;
    for c in s.chars().map(fold_char) {
        h = h.wrapping_mul(BASE).wrapping_add(c as u64);
        n += 1;
    }
    finish(h, n)
}

/// The key of `s` with the English possessive (`'s`, `’s`, or a bare
/// apostrophe after s) taken off, and whether there was one.
pub fn strip_possessive(s: &str) -> (&str, bool) {
    // Byte tests, not `strip_suffix`: this runs for every capitalised word.
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3 && (b[n - 1] | 0x20) == b's' {
        if b[n - 2] == b'\'' {
            return (&s[..n - 2], true);
        }
        if n >= 5 && &b[n - 4..n - 1] == "’".as_bytes() {
            return (&s[..n - 4], true);
        }
    }
    (s, false)
}

/// POW[i] = BASE^i, for [`deletion_keys`].
static POW: [u64; 49] = {
    let mut p = [1u64; 49];
    let mut i = 1;
    while i < 49 {
        p[i] = p[i - 1].wrapping_mul(BASE);
        i += 1;
    }
    p
};

/// Keys of `s` and of every string made by deleting one of its characters,
/// appended to `out` (the first is the key of `s` itself). Words longer
/// than 48 characters get only their own key.
pub fn deletion_keys(s: &str, out: &mut Vec<u64>) {
    // ASCII folds byte by byte; the fold of an ASCII character is its
    // lower case, as `fold_char` gives.
    if s.is_ascii() {
        deletion_keys_of(s, s.bytes().map(|b| b.to_ascii_lowercase() as u64), out)
    } else {
        deletion_keys_of(s, s.chars().map(|c| fold_char(c) as u64), out)
    }
}

/// [`deletion_keys`] of `s`, whose folded characters `chars` yields. Two
/// passes over the characters and no tables: the word's own hash first,
/// then each deletion's from the prefix hash and what is left of the
/// whole hash once the characters up to the deleted one are taken out.
fn deletion_keys_of(s: &str, chars: impl Iterator<Item = u64> + Clone, out: &mut Vec<u64>) {
    let mut whole = 0u64;
    let mut n = 0;
    for c in chars.clone() {
        if n == MAX_DELETION_CHARS {
            out.push(key(s));
            return;
        }
        whole = whole.wrapping_mul(BASE).wrapping_add(c);
        n += 1;
    }
    out.push(finish(whole, n));
    // `suf`: the hash of the characters after the one deleted, with the
    // exponents the full word gives them.
    let (mut pre, mut suf) = (0u64, whole);
    for (k, c) in chars.enumerate() {
        let p = POW[n - 1 - k];
        suf = suf.wrapping_sub(c.wrapping_mul(p));
        out.push(finish(pre.wrapping_mul(p).wrapping_add(suf), n - 1));
        pre = pre.wrapping_mul(BASE).wrapping_add(c);
    }
}

/// Longest word (in characters) whose deletions get keys.
const MAX_DELETION_CHARS: usize = 48;

/// A 32-bit set of the letters in `s`: a cheap lower bound on edit
/// distance (two words one edit apart differ in at most two bits).
pub fn letter_mask(s: &str) -> u32 {
    let mut m = 0u32;
    for &b in s.as_bytes() {
        match ASCII_LETTER_BIT.get(b as usize) {
            Some(&bit) => m |= bit,
            None => return letter_mask_chars(s),
        }
    }
    m
}

/// The bit of `c` (folded) in a letter mask.
const fn letter_bit(c: char) -> u32 {
    1 << if c.is_ascii_lowercase() {
        c as u32 - 'a' as u32
    } else {
        26 + (c as u32 % 6)
    }
}

/// [`letter_bit`] of each ASCII byte, whose fold is its lower case: every
/// new form of an article gets a mask.
static ASCII_LETTER_BIT: [u32; 128] = {
    let mut t = [0u32; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = letter_bit((i as u8).to_ascii_lowercase() as char);
        i += 1;
    }
    t
};

fn letter_mask_chars(s: &str) -> u32 {
    s.chars().map(fold_char).fold(0, |m, c| m | letter_bit(c))
}

/// Number of characters.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Keys are already well mixed: hash maps over them hash nothing again.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;
pub type KeySet = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// A first test for "may this word be capitalised?" on its first byte
/// alone: ASCII lower case and digits say no without decoding.
#[inline]
pub fn may_be_capitalised(first: u8) -> bool {
    first >= 0x80 || first.is_ascii_uppercase()
}

/// Is every letter of `s` a capital (an acronym or a credit in capitals)?
pub fn is_all_caps(s: &str) -> bool {
    // One pass over bytes while they are ASCII; chars only after that.
    let mut upper = false;
    for (i, &c) in s.as_bytes().iter().enumerate() {
        if c >= 0x80 {
            return is_all_caps_chars(&s[i..], upper);
        }
        if c.is_ascii_lowercase() {
            return false;
        }
        upper |= c.is_ascii_uppercase();
    }
    upper
}

fn is_all_caps_chars(s: &str, seen_letter: bool) -> bool {
    let mut letters = usize::from(seen_letter);
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_share_a_key() {
        assert_eq!(key("Putin"), key("PUTIN"));
        assert_eq!(key("Erdoğan"), key("erdogan"));
        assert_ne!(key("Ushakov"), key("Uhsakov"));
    }

    #[test]
    fn deletion_keys_are_the_keys_of_the_deletions() {
        for w in [
            "Ushakov",
            "Erdoğan",
            "ÉLYSÉE’s",
            "x",
            "",
            &"ab".repeat(24),
            &"ab".repeat(25),
        ] {
            let mut got = Vec::new();
            deletion_keys(w, &mut got);
            let chars: Vec<char> = w.chars().collect();
            let mut want = vec![key(w)];
            if chars.len() <= MAX_DELETION_CHARS {
                for k in 0..chars.len() {
                    let d: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
                    want.push(key(&d));
                }
            }
            assert_eq!(got, want, "{w}");
        }
    }

    #[test]
    fn deletion_keys_meet_for_one_edit() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        deletion_keys("Ushakov", &mut a);
        deletion_keys("Uhsakov", &mut b);
        assert_eq!(a[0], key("ushakov"));
        assert_eq!(a[2], key("uhakov"));
        assert!(a.iter().any(|k| b.contains(k)));
        let mut c = Vec::new();
        deletion_keys("Lavrov", &mut c);
        assert!(!a.iter().any(|k| c.contains(k)));
    }

    #[test]
    fn key_and_caps_agree_with_key_and_is_all_caps() {
        for w in [
            "Putin", "PUTIN", "P", "A1", "12", "O'NEILL", "ERDOĞAN", "Erdoğan", "É", "ÉLYSÉE",
            "McCain", "",
        ] {
            assert_eq!(
                key_and_caps(w),
                (key(w), w.len() > 1 && is_all_caps(w)),
                "{w}"
            );
        }
    }

    #[test]
    fn letter_mask_of_ascii_folds_like_chars() {
        let slow = |s: &str| {
            s.chars().map(fold_char).fold(0u32, |m, c| {
                m | 1
                    << if c.is_ascii_lowercase() {
                        c as u32 - 'a' as u32
                    } else {
                        26 + (c as u32 % 6)
                    }
            })
        };
        for w in ["Ushakov", "O'Neill-Smith", "A1B2", "ZZ top", "Erdoğan"] {
            assert_eq!(letter_mask(w), slow(w), "{w}");
        }
    }

    #[test]
    fn all_caps_on_bytes_and_chars() {
        assert!(is_all_caps("NIKOLSKY"));
        assert!(is_all_caps("ERDOĞAN"));
        assert!(is_all_caps("ÉLYSÉE-2"));
        assert!(!is_all_caps("Erdoğan"));
        assert!(!is_all_caps("ERDOĞan"));
        assert!(!is_all_caps("123-45"));
        assert!(!is_all_caps(""));
    }

    #[test]
    fn possessives_come_off() {
        assert_eq!(strip_possessive("Putin's"), ("Putin", true));
        assert_eq!(strip_possessive("Xi’s"), ("Xi", true));
        assert_eq!(strip_possessive("Paris"), ("Paris", false));
    }
}
