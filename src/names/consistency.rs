//! Consistency pairs: ordinary words spelt two ways (rouble/ruble,
//! e-mail/email) and classes of spellings (-ise/-ize, -our/-or), from
//! `rules/consistency.yaml`. One pass over the words of an article (a
//! last-letter test, then a hash look-up) finds every form; the rule
//! compares which sides an article uses.

use super::fold::{key, KeyMap};
use crate::error::Error;
use crate::model::Document;
use crate::span::Span;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PairFile {
    forms: Vec<String>,
    #[serde(default)]
    inflections: Vec<String>,
    #[serde(default)]
    prefer: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyFile {
    name: String,
    sides: Vec<String>,
    endings: Vec<Vec<String>>,
    stems: Vec<String>,
    #[serde(default)]
    prefer: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConsistencyFile {
    #[serde(default)]
    pairs: Vec<PairFile>,
    #[serde(default)]
    families: Vec<FamilyFile>,
}

/// A set of spellings an article should not mix.
#[derive(Debug, Clone)]
pub struct Group {
    /// "rouble/ruble" or the family's name ("-ise/-ize").
    pub name: String,
    /// How each side is named in messages.
    pub sides: Vec<String>,
    pub prefer: Option<usize>,
    /// Families leave capitalised words inside a sentence alone.
    pub family: bool,
}

/// One pattern: a word form on one side of a group, with the same word on
/// every side (for fixes).
#[derive(Debug, Clone)]
struct Pattern {
    group: u32,
    side: u32,
    forms: std::sync::Arc<[String]>,
}

#[derive(Debug)]
pub struct Consistency {
    pub groups: Vec<Group>,
    patterns: Vec<Pattern>,
    /// One-word forms by folded key.
    single: KeyMap<u32>,
    /// Forms of several words, by the key of their first word.
    multi: KeyMap<Vec<u32>>,
    /// (first letter, last letter, length) of the forms: a cheap first
    /// test per word.
    /// A bit set (32 KiB, so it stays near the first-level cache), of a
    /// fixed size so that the per-token test needs no bounds check.
    shapes: Box<[u64; SHAPES / 64]>,
    /// The low bits of every key in `single` and `multi`, as a bit set
    /// (8 KiB): most words that pass the shape test are no listed form,
    /// and one bit turns them away before two hash-map probes.
    keys: Box<[u64; KEY_BITS / 64]>,
}

/// One occurrence of a form.
#[derive(Debug, Clone)]
pub struct Use {
    pub group: u32,
    pub side: u32,
    pub span: Span,
    /// The same word on the other sides (index = side); shared, so that a
    /// use costs no allocation.
    pub forms: std::sync::Arc<[String]>,
}

const PATH: &str = "rules/consistency.yaml";

impl Consistency {
    /// The shipped pairs and families.
    pub fn builtin() -> &'static Consistency {
        static C: OnceLock<Consistency> = OnceLock::new();
        C.get_or_init(|| {
            Consistency::from_yaml(PATH, include_str!("../../rules/consistency.yaml"))
                .expect("shipped rules/consistency.yaml is valid")
        })
    }

    pub fn from_yaml(path: &str, text: &str) -> Result<Consistency, Error> {
        let f: ConsistencyFile =
            serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
        let bad = |msg: String, needle: &str| Error::Config {
            path: path.to_string(),
            line: text.lines().position(|l| l.contains(needle)).map(|i| i + 1),
            column: None,
            message: msg,
        };
        let mut groups = Vec::new();
        let mut patterns = Vec::new();
        for p in &f.pairs {
            if p.forms.len() < 2 {
                return Err(bad(
                    "a pair needs at least two forms".into(),
                    p.forms.first().map_or("forms", |s| s.as_str()),
                ));
            }
            let prefer = match &p.prefer {
                None => None,
                Some(x) => Some(
                    p.forms
                        .iter()
                        .position(|f| f == x)
                        .ok_or_else(|| bad(format!("prefer `{x}` is not one of the forms"), x))?,
                ),
            };
            let g = groups.len() as u32;
            groups.push(Group {
                name: p.forms.join("/"),
                sides: p.forms.clone(),
                prefer,
                family: false,
            });
            let infl: Vec<&str> = if p.inflections.is_empty() {
                vec![""]
            } else {
                p.inflections.iter().map(|s| s.as_str()).collect()
            };
            for i in infl {
                let forms: std::sync::Arc<[String]> =
                    p.forms.iter().map(|f| format!("{f}{i}")).collect();
                for side in 0..forms.len() {
                    patterns.push(Pattern {
                        group: g,
                        side: side as u32,
                        forms: forms.clone(),
                    });
                }
            }
        }
        for fam in &f.families {
            if fam.sides.len() < 2 || fam.endings.iter().any(|e| e.len() != fam.sides.len()) {
                return Err(bad(
                    format!(
                        "family `{}`: every endings row needs one ending per side",
                        fam.name
                    ),
                    &fam.name,
                ));
            }
            let prefer = match &fam.prefer {
                None => None,
                Some(x) => Some(
                    fam.sides
                        .iter()
                        .position(|f| f == x)
                        .ok_or_else(|| bad(format!("prefer `{x}` is not one of the sides"), x))?,
                ),
            };
            let g = groups.len() as u32;
            groups.push(Group {
                name: fam.name.clone(),
                sides: fam.sides.clone(),
                prefer,
                family: true,
            });
            let mut stems = fam.stems.clone();
            stems.sort();
            stems.dedup();
            for stem in &stems {
                for row in &fam.endings {
                    let forms: std::sync::Arc<[String]> = row
                        .iter()
                        .map(|e| {
                            let mut f = String::with_capacity(stem.len() + e.len());
                            f.push_str(stem);
                            f.push_str(e);
                            f
                        })
                        .collect();
                    for side in 0..forms.len() {
                        patterns.push(Pattern {
                            group: g,
                            side: side as u32,
                            forms: forms.clone(),
                        });
                    }
                }
            }
        }
        // One pattern per distinct form: the first group that lists it wins.
        // Forms already in lower-case ASCII (nearly all) are compared as
        // they stand, without a lower-cased copy each.
        let keep: Vec<bool> = {
            let mut seen: rustc_hash::FxHashSet<std::borrow::Cow<'_, str>> =
                rustc_hash::FxHashSet::default();
            seen.reserve(patterns.len());
            patterns
                .iter()
                .map(|p| {
                    let form = p.forms[p.side as usize].as_str();
                    let lower = form
                        .bytes()
                        .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
                    seen.insert(if lower {
                        std::borrow::Cow::Borrowed(form)
                    } else {
                        std::borrow::Cow::Owned(form.to_lowercase())
                    })
                })
                .collect()
        };
        let mut keep = keep.into_iter();
        patterns.retain(|_| keep.next().unwrap_or(false));
        let mut single = KeyMap::default();
        single.reserve(patterns.len());
        let mut multi: KeyMap<Vec<u32>> = KeyMap::default();
        let mut shapes = Box::new([0u64; SHAPES / 64]);
        let mut keys = Box::new([0u64; KEY_BITS / 64]);
        for (i, p) in patterns.iter().enumerate() {
            let form = &p.forms[p.side as usize];
            let mut words = form.split_whitespace();
            let first = words.next().expect("a form has a word");
            let k = if words.next().is_none() {
                let k = key(form);
                single.insert(k, i as u32);
                k
            } else {
                let k = key(first);
                multi.entry(k).or_default().push(i as u32);
                k
            };
            keys[key_bit(k) / 64] |= 1 << (key_bit(k) % 64);
            let sh = shape(first.as_bytes());
            shapes[sh / 64] |= 1 << (sh % 64);
        }
        Ok(Consistency {
            groups,
            patterns,
            single,
            multi,
            shapes,
            keys,
        })
    }

    /// Every use of a listed form in the prose of `doc`, in text order.
    pub fn uses(&self, doc: &Document<'_>) -> Vec<Use> {
        self.uses_chunked(doc, PARALLEL_TOKENS)
    }

    /// `uses`, in parallel slices once the document has `chunk` tokens or
    /// more (tests force both paths).
    fn uses_chunked(&self, doc: &Document<'_>, chunk: usize) -> Vec<Use> {
        let n = doc.tokens.len();
        if n < chunk {
            return self.uses_in(doc, 0..n);
        }
        // One very large file: slices of tokens on all threads, joined in
        // text order (a use never starts in one slice and is found in
        // another: each is found at its first token).
        crate::slices::par_ranges(n, chunk / 4, |r| self.uses_in(doc, r)).concat()
    }

    /// The uses that start at tokens `range`.
    fn uses_in(&self, doc: &Document<'_>, range: std::ops::Range<usize>) -> Vec<Use> {
        let text = doc.text;
        let mut out = Vec::new();
        let toks = &doc.tokens;
        // Words whose shape no listed form has are dropped without a
        // branch each (other tokens have the empty shape, never listed).
        let mut cands = Vec::new();
        crate::model::sig::select(
            &toks[range.clone()],
            range.start,
            |s| {
                let sh = sig_shape(s);
                self.shapes[sh / 64] >> (sh % 64) & 1 != 0
            },
            &mut cands,
        );
        for i in cands {
            let i = i as usize;
            let t = toks[i];
            let w = t.text(text);
            let k = key(w);
            if self.keys[key_bit(k) / 64] >> (key_bit(k) % 64) & 1 == 0 {
                continue;
            }
            let mut hit = self.single.get(&k).map(|&p| (p, t.span));
            if let Some(ms) = self.multi.get(&k) {
                for &p in ms {
                    let form =
                        &self.patterns[p as usize].forms[self.patterns[p as usize].side as usize];
                    let words: Vec<&str> = form.split_whitespace().collect();
                    let ok = words.iter().enumerate().all(|(j, fw)| {
                        toks.get(i + j)
                            .is_some_and(|tj| tj.is_word() && key(tj.text(text)) == key(fw))
                    });
                    if ok {
                        let end = toks[i + words.len() - 1].span.end as usize;
                        hit = Some((p, Span::new(t.span.start as usize, end)));
                    }
                }
            }
            let Some((p, span)) = hit else {
                continue;
            };
            let p = &self.patterns[p as usize];
            let g = &self.groups[p.group as usize];
            if g.family
                && w.starts_with(char::is_uppercase)
                && !sentence_start(text, t.span.start as usize)
            {
                continue;
            }
            out.push(Use {
                group: p.group,
                side: p.side,
                span,
                forms: p.forms.clone(),
            });
        }
        out
    }
}

const SHAPES: usize = 1 << 18;

/// Bits in the set of listed keys: a few thousand forms leave it mostly
/// empty, so that a word not listed seldom finds its bit set.
const KEY_BITS: usize = 1 << 16;

/// The bit of key `k` in the set of listed keys (keys are well mixed, so
/// their low bits serve).
#[inline]
fn key_bit(k: u64) -> usize {
    k as usize & (KEY_BITS - 1)
}

/// From this many tokens up (a file of some megabytes), uses are found in
/// parallel slices.
const PARALLEL_TOKENS: usize = 1 << 20;

/// A word's shape for the first test: its first and last bytes (ASCII
/// case folded, 5 bits each), its length (4 bits) and its next-to-last
/// byte (4 bits), in the order of the lexer's signature.
/// Two end letters tell most words apart from the listed forms ("-ise",
/// "-ize", "-our" stems), so few words get as far as the hash look-up.
#[inline]
fn shape(b: &[u8]) -> usize {
    let n = b.len();
    let f = (b[0].to_ascii_lowercase() & 31) as usize;
    let l = (b[n - 1].to_ascii_lowercase() & 31) as usize;
    let l2 = if n >= 2 {
        (b[n - 2].to_ascii_lowercase() & 15) as usize
    } else {
        0
    };
    f | l << 5 | n.min(15) << 10 | l2 << 14
}

/// [`shape`] read from the signature the lexer stored in a word token.
#[inline]
fn sig_shape(s: crate::model::Sig) -> usize {
    s.ends_len_and_next() as usize
}

/// Does a sentence (or block) begin at byte `at`?
fn sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| {
        c == ' ' || c == '\t' || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
#[path = "consistency_tests.rs"]
mod tests;
