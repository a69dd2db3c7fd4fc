//! The strings a regex cannot match without: read from its syntax tree,
//! so that a view holding none of them is passed over without running the
//! regex (see [`super::prefilter`]).
//!
//! Strings are kept with ASCII letters in lower case: a class such as
//! `[Aa]`, which `(?i)` makes of every letter, is then one string, not
//! two, and the search folds the text's ASCII letters the same way. Other
//! characters stand as written (`(?i)k` is `k` or the Kelvin sign).

use regex_syntax::hir::{Class, Hir, HirKind};

/// At most this many strings in a set; a larger one is given up.
const MAX_SET: usize = 128;
/// A class of more characters than this is no literal.
const MAX_CLASS: usize = 8;
/// Strings longer than this are not grown further.
const MAX_LEN: usize = 64;

type Set = Vec<Vec<u8>>;

/// What a part of a regex says about the text it matches.
enum Req {
    /// Every match, folded, is one of these strings.
    Exact(Set),
    /// Every match holds one of these non-empty strings, folded.
    Within(Set),
    /// Nothing useful.
    Unknown,
}

/// Strings (ASCII letters lower-cased) one of which every match of `hir`
/// holds, each of at least `min_len` bytes; `None` when no such set is
/// known.
pub fn required(hir: &Hir, min_len: usize) -> Option<Set> {
    let set = match req(hir) {
        Req::Exact(s) | Req::Within(s) => s,
        Req::Unknown => return None,
    };
    (!set.is_empty() && set.iter().all(|s| s.len() >= min_len)).then_some(set)
}

fn fold(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

fn trivial(s: &Set) -> bool {
    s.iter().any(|x| x.is_empty())
}

fn union(mut a: Set, b: Set) -> Option<Set> {
    for x in b {
        if !a.contains(&x) {
            a.push(x);
        }
    }
    (a.len() <= MAX_SET).then_some(a)
}

/// Every string of `a` followed by every string of `b`, unless too many
/// or too long.
fn cross(a: &Set, b: &Set) -> Option<Set> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    let mut out = Set::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            if x.len() + y.len() > MAX_LEN {
                return None;
            }
            let s = [x.as_slice(), y.as_slice()].concat();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    Some(out)
}

/// The better of two required sets: the one whose shortest string is the
/// longest (fewer chance hits), then the smaller.
fn better(a: Option<Set>, b: Set) -> Option<Set> {
    let key = |s: &Set| {
        (
            s.iter().map(Vec::len).min().unwrap_or(0),
            std::cmp::Reverse(s.len()),
        )
    };
    match a {
        Some(a) if key(&a) >= key(&b) => Some(a),
        _ => Some(b),
    }
}

fn class(c: &Class) -> Req {
    let mut out = Set::new();
    match c {
        Class::Unicode(u) => {
            for r in u.ranges() {
                for ch in r.start()..=r.end() {
                    if out.len() > MAX_CLASS {
                        return Req::Unknown;
                    }
                    let s = fold(ch.encode_utf8(&mut [0; 4]).as_bytes());
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
            }
        }
        Class::Bytes(b) => {
            for r in b.ranges() {
                for byte in r.start()..=r.end() {
                    if out.len() > MAX_CLASS {
                        return Req::Unknown;
                    }
                    let s = vec![byte.to_ascii_lowercase()];
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
            }
        }
    }
    // An empty class matches nothing, and so requires nothing useful.
    if out.is_empty() {
        Req::Unknown
    } else {
        Req::Exact(out)
    }
}

fn req(hir: &Hir) -> Req {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Req::Exact(vec![Vec::new()]),
        HirKind::Literal(l) => Req::Exact(vec![fold(&l.0)]),
        HirKind::Class(c) => class(c),
        HirKind::Capture(c) => req(&c.sub),
        HirKind::Repetition(r) => match (r.min, r.max, req(&r.sub)) {
            (1, Some(1), inner) => inner,
            // An optional part: "(?:widely )?believed".
            (0, Some(1), Req::Exact(s)) => match union(s, vec![Vec::new()]) {
                Some(s) => Req::Exact(s),
                None => Req::Unknown,
            },
            (0, ..) => Req::Unknown,
            // One or more: each match holds at least one of the part's.
            (_, _, Req::Exact(s) | Req::Within(s)) if !trivial(&s) => Req::Within(s),
            _ => Req::Unknown,
        },
        HirKind::Concat(parts) => concat(parts),
        HirKind::Alternation(alts) => {
            let mut all_exact = true;
            let mut acc = Set::new();
            for a in alts {
                let s = match req(a) {
                    Req::Exact(s) => s,
                    Req::Within(s) => {
                        all_exact = false;
                        s
                    }
                    Req::Unknown => return Req::Unknown,
                };
                match union(acc, s) {
                    Some(u) => acc = u,
                    None => return Req::Unknown,
                }
            }
            if all_exact {
                Req::Exact(acc)
            } else if trivial(&acc) {
                Req::Unknown
            } else {
                Req::Within(acc)
            }
        }
    }
}

/// Adjacent exact parts are joined ("it is " and "believed" into "it is
/// believed"); the best run or part required inside is kept.
fn concat(parts: &[Hir]) -> Req {
    let mut run: Set = vec![Vec::new()];
    let mut exact = true;
    let mut best: Option<Set> = None;
    let close = |run: Set, best: &mut Option<Set>| {
        if !trivial(&run) {
            *best = better(best.take(), run);
        }
    };
    for p in parts {
        match req(p) {
            Req::Exact(s) => match cross(&run, &s) {
                Some(joined) => run = joined,
                None => {
                    exact = false;
                    close(std::mem::replace(&mut run, s), &mut best);
                }
            },
            Req::Within(s) => {
                exact = false;
                close(std::mem::replace(&mut run, vec![Vec::new()]), &mut best);
                close(s, &mut best);
            }
            Req::Unknown => {
                exact = false;
                close(std::mem::replace(&mut run, vec![Vec::new()]), &mut best);
            }
        }
    }
    if exact {
        return Req::Exact(run);
    }
    close(run, &mut best);
    match best {
        Some(s) => Req::Within(s),
        None => Req::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(pattern: &str, ic: bool) -> Option<Vec<String>> {
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(ic)
            .build()
            .parse(pattern)
            .unwrap();
        let mut v: Vec<String> = required(&hir, 1)?
            .into_iter()
            .map(|s| String::from_utf8(s).unwrap())
            .collect();
        v.sort();
        Some(v)
    }

    #[test]
    fn alternatives_and_optional_parts_are_spelt_out() {
        assert_eq!(
            strings(
                r"(?-u:\b)(?:allegedly|it is (?:widely )?believed)(?-u:\b)",
                false
            )
            .unwrap(),
            ["allegedly", "it is believed", "it is widely believed"]
        );
        assert_eq!(
            strings(
                r"\b(?:(end result)|(completely (destroyed|eliminated)))\b",
                false
            )
            .unwrap(),
            [
                "completely destroyed",
                "completely eliminated",
                "end result"
            ]
        );
    }

    #[test]
    fn case_folding_keeps_non_ascii_variants() {
        // (?i)k also matches the Kelvin sign, and (?i)s the long s.
        assert_eq!(
            strings("ask", true).unwrap(),
            ["ask", "a\u{17f}k", "as\u{212a}", "a\u{17f}\u{212a}"]
                .iter()
                .map(|s| s.to_string())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_best_required_part_is_kept() {
        assert_eq!(strings(r"\w+ said \d+", false).unwrap(), [" said "]);
        assert_eq!(strings(r"(?:fo)+bar", false).unwrap(), ["bar"]);
        assert_eq!(strings(r"x+", false).unwrap(), ["x"]);
    }

    #[test]
    fn patterns_that_can_match_anything_have_none() {
        assert_eq!(strings(r"[^\s]+", false), None);
        assert_eq!(strings(r"a*", false), None);
        assert_eq!(strings(r"foo|\w+", false), None);
        assert_eq!(strings(r"(?:foo)?", false), None);
    }
}
