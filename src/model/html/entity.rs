//! Character references (`&amp;`, `&#8220;`, `&#x201D;`, `&rdquo;`) in
//! HTML text, decoded one at a time so that each keeps the bytes it was
//! written with. The rules are the WHATWG tokenizer's for text content;
//! the names come from the WHATWG list as the `entities` crate holds it.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The longest name in the list ("&CounterClockwiseContourIntegral;").
const LONGEST: usize = 33;

/// Every named reference, with and without its `;` where the list has
/// both, keyed by the whole reference ("&amp;", "&amp").
fn names() -> &'static HashMap<&'static str, &'static str> {
    static NAMES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|e| (e.entity, e.characters))
            .collect()
    })
}

/// What a reference stands for: a name's characters, or one code point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoded {
    Str(&'static str),
    Char(char),
}

/// The reference `s` begins with (`s` starts at a `&`): how many bytes it
/// takes and what it stands for; `None` when the `&` is a plain ampersand
/// ("AT&T", "&nonsense;"), which browsers show as written.
pub fn at(s: &str) -> Option<(usize, Decoded)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    if b.get(1) == Some(&b'#') {
        return numeric(b);
    }
    named(s)
}

/// `&name;`, or the longest name without `;` that the list allows so
/// (`&copy`, `&not` in "&notit;").
fn named(s: &str) -> Option<(usize, Decoded)> {
    let b = s.as_bytes();
    let run = b[1..]
        .iter()
        .take(LONGEST)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if run == 0 {
        return None;
    }
    let names = names();
    if b.get(1 + run) == Some(&b';') {
        if let Some(c) = names.get(&s[..run + 2]) {
            return Some((run + 2, Decoded::Str(c)));
        }
    }
    // Names without `;` are a few short legacy ones: the longest prefix
    // that is one of them wins, as in the tokenizer.
    (1..=run.min(6))
        .rev()
        .find_map(|n| names.get(&s[..n + 1]).map(|c| (n + 1, Decoded::Str(c))))
}

/// `&#123;` or `&#x7B;`, the `;` optional; out-of-range and forbidden
/// numbers become U+FFFD and 0x80–0x9F the Windows-1252 characters, as
/// browsers read them.
fn numeric(b: &[u8]) -> Option<(usize, Decoded)> {
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let digits_at = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let mut value: u32 = 0;
    let mut n = 0;
    while let Some(d) = b
        .get(digits_at + n)
        .and_then(|&c| (c as char).to_digit(radix))
    {
        // Saturates: any number past U+10FFFF is the replacement character.
        value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000);
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let mut len = digits_at + n;
    if b.get(len) == Some(&b';') {
        len += 1;
    }
    Some((len, Decoded::Char(code_point(value))))
}

fn code_point(v: u32) -> char {
    if let Some(c) = windows_1252(v) {
        return c;
    }
    match v {
        0 | 0xD800..=0xDFFF | 0x11_0000.. => '\u{FFFD}',
        _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

/// The characters pages meant by 0x80–0x9F (the spec's table); the
/// numbers with none there stand for themselves.
fn windows_1252(v: u32) -> Option<char> {
    const TABLE: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    (0x80..=0x9F)
        .contains(&v)
        .then(|| TABLE[(v - 0x80) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Option<(usize, String)> {
        at(s).map(|(n, d)| {
            (
                n,
                match d {
                    Decoded::Str(s) => s.to_string(),
                    Decoded::Char(c) => c.to_string(),
                },
            )
        })
    }

    #[test]
    fn named_numeric_and_legacy_references() {
        assert_eq!(dec("&amp; more"), Some((5, "&".into())));
        assert_eq!(dec("&rdquo;x"), Some((7, "\u{201d}".into())));
        assert_eq!(dec("&#8220;"), Some((7, "\u{201c}".into())));
        assert_eq!(dec("&#x201D;"), Some((8, "\u{201d}".into())));
        assert_eq!(dec("&#X201d"), Some((7, "\u{201d}".into())));
        assert_eq!(dec("&#147;"), Some((6, "\u{201c}".into())));
        assert_eq!(dec("&#0;"), Some((4, "\u{fffd}".into())));
        assert_eq!(dec("&#99999999999999;"), Some((17, "\u{fffd}".into())));
        assert_eq!(dec("&copy 2024"), Some((5, "©".into())));
        assert_eq!(dec("&notit;"), Some((4, "¬".into())));
        assert_eq!(dec("&notin;"), Some((7, "∉".into())));
    }

    #[test]
    fn plain_ampersands_are_text() {
        assert_eq!(dec("&T said"), None);
        assert_eq!(dec("& co"), None);
        assert_eq!(dec("&#;"), None);
        assert_eq!(dec("&#x;"), None);
        assert_eq!(dec("&nonsense;"), None);
        assert_eq!(dec("&"), None);
    }
}
