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
        for (i, p) in patterns.iter().enumerate() {
            let form = &p.forms[p.side as usize];
            let mut words = form.split_whitespace();
            let first = words.next().expect("a form has a word");
            if words.next().is_none() {
                single.insert(key(form), i as u32);
            } else {
                multi.entry(key(first)).or_default().push(i as u32);
            }
            let sh = shape(first.as_bytes());
            shapes[sh / 64] |= 1 << (sh % 64);
        }
        Ok(Consistency {
            groups,
            patterns,
            single,
            multi,
            shapes,
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
mod tests {
    use super::*;
    use crate::model::Conventions;
    use crate::model::Format;

    #[test]
    fn a_form_listed_twice_in_any_case_belongs_to_its_first_group() {
        // "Flan" in the second pair is "flan" of the first: the first wins,
        // and a pair's multi-word form is found from its first word.
        let c = Consistency::from_yaml(
            "c.yaml",
            "pairs:\n- {forms: [flan, flann]}\n- {forms: [Flan, custard tart]}\n",
        )
        .unwrap();
        let got = uses(&c, "A flan and a custard tart and a FLANN.");
        assert_eq!(
            got,
            [
                (0, 0, "flan".to_string()),
                (1, 1, "custard tart".to_string()),
                (0, 1, "FLANN".to_string())
            ]
        );
    }

    fn uses(c: &Consistency, text: &str) -> Vec<(u32, u32, String)> {
        let lang = Conventions::english();
        let doc = Document::parse(text, Format::Plain, &lang);
        c.uses(&doc)
            .into_iter()
            .map(|u| (u.group, u.side, u.span.text(text).to_string()))
            .collect()
    }

    #[test]
    fn shipped_file_loads_and_finds_forms() {
        let c = Consistency::builtin();
        let got = uses(
            c,
            "Head\n\nThey organised it by e-mail; the organization paid in roubles.\n",
        );
        let words: Vec<&str> = got.iter().map(|g| g.2.as_str()).collect();
        assert_eq!(words, ["organised", "e-mail", "organization", "roubles"]);
        assert_eq!(got[0].0, got[2].0);
        assert_ne!(got[0].1, got[2].1);
    }

    #[test]
    fn parallel_slices_find_the_same_uses_in_order() {
        let c = Consistency::builtin();
        let text = "Head\n\nThey organised it by e-mail; the organization paid in roubles.\n\n\
                    A colour film, the Labour Party, an e mail and a realize moment.\n\n"
            .repeat(20);
        let lang = Conventions::english();
        let doc = Document::parse(&text, Format::Plain, &lang);
        let key = |u: &Use| (u.group, u.side, u.span);
        let whole: Vec<_> = c.uses_chunked(&doc, usize::MAX).iter().map(key).collect();
        assert!(whole.len() > 40, "{}", whole.len());
        for chunk in [4, 7, 64] {
            let sliced: Vec<_> = c.uses_chunked(&doc, chunk).iter().map(key).collect();
            assert_eq!(sliced, whole, "chunk {chunk}");
        }
    }

    #[test]
    fn proper_nouns_keep_their_spelling_in_families() {
        let c = Consistency::builtin();
        let got = uses(
            c,
            "Head\n\nThe Labour Party met at Pearl Harbor. Labor costs rose.\n",
        );
        let words: Vec<&str> = got.iter().map(|g| g.2.as_str()).collect();
        assert_eq!(words, ["Labor"]);
    }

    #[test]
    fn bad_files_name_the_line() {
        let e =
            Consistency::from_yaml("c.yaml", "pairs:\n- {forms: [a, b], prefer: c}\n").unwrap_err();
        assert!(e.to_string().starts_with("c.yaml:2"), "{e}");
        let e =
            Consistency::from_yaml("c.yaml", "pairs:\n- {forms: [a, b], colour: c}\n").unwrap_err();
        assert!(e.to_string().starts_with("c.yaml:2"), "{e}");
    }
}
