//! `ascribe names learn`: a names list from a newsroom's archive.
//!
//! Every capitalised spelling of the archive is counted, with how often it
//! stands mid-sentence (a name) and how often the same word is written in
//! lower case (an ordinary word). Spellings that look like names and occur
//! at least `min_count` times become entries with their frequency. A rare
//! spelling one slip from a frequent one ("Uhsakov" once, "Ushakov" forty
//! times) is not an entry: it is listed, commented out, as a suspected
//! variant of the frequent one, for a person to confirm.

use super::counts::Counts;
use super::fold::{deletion_keys, KeyMap};
use super::similar;
use super::Data;
use crate::model::Conventions;
use std::collections::HashMap;

#[path = "learn_yaml.rs"]
mod yaml;
pub use yaml::to_yaml;

/// What learning may be tuned with.
#[derive(Debug, Clone)]
pub struct LearnOptions {
    /// Fewest occurrences for a spelling to become an entry.
    pub min_count: u32,
    /// Fewest occurrences of a spelling whose rare neighbours are suspects.
    pub frequent: u32,
    /// A suspect occurs at most this often...
    pub rare: u32,
    /// ...and at most 1/`ratio` as often as the frequent spelling.
    pub ratio: u32,
}

impl Default for LearnOptions {
    fn default() -> Self {
        LearnOptions {
            min_count: 2,
            frequent: 5,
            rare: 2,
            ratio: 5,
        }
    }
}

/// What was learned.
#[derive(Debug, Default)]
pub struct Learned {
    pub articles: usize,
    /// Fewest uses for a spelling to be listed (`LearnOptions::min_count`).
    pub min_count: u32,
    /// The texts (by index) left out because reading them hit a bug.
    pub failed: Vec<usize>,
    /// (spelling, frequency), most frequent first.
    pub names: Vec<(String, u32)>,
    /// Suspected variants, by the frequent spelling's place in `names`.
    pub suspects: Vec<Suspect>,
}

/// A rare spelling one slip from a frequent one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspect {
    pub spelling: String,
    pub count: u32,
    /// Index into `Learned::names` of the frequent spelling.
    pub of: usize,
    pub evidence: Evidence,
}

/// How strongly the archive says a suspect is a slip, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// It stands beside a word the frequent spelling stands beside
    /// ("Hilary Clinton", "Hillary Clinton").
    SharedCompanion,
    /// The frequent spelling is written in an article that has the rare
    /// one: one article spelling one name two ways ("Vigurie", "Viguerie").
    SameArticle,
    /// A slip of the kind typing makes: two letters swapped, a letter
    /// doubled or undoubled, one vowel for another.
    TypingSlip,
    /// A letter dropped or added inside the word ("Politco").
    InnerLetter,
    /// A letter changed where a consonant is involved ("Roper", "Roger"),
    /// or a first or last letter dropped or added ("Mali", "Malik"): as
    /// often a different word as a slip.
    OtherSlip,
    /// It stands beside names the frequent spelling never stands beside
    /// ("Dick Dever", "Denver"): most likely someone else.
    OwnCompanions,
}

impl Evidence {
    /// Evidence that, read over an archive, more often points at two
    /// different names than at a slip ("Roper", "Roger"; "Dick Dever",
    /// "Denver"): listed apart, after the suspects.
    pub fn is_weak(self) -> bool {
        matches!(self, Evidence::OtherSlip | Evidence::OwnCompanions)
    }

    fn label(self) -> &'static str {
        match self {
            Evidence::SharedCompanion => "shares a neighbouring name",
            Evidence::SameArticle => "both spellings in one article",
            Evidence::TypingSlip => "typing slip",
            Evidence::InnerLetter => "a letter dropped or added",
            Evidence::OtherSlip => "one letter changed",
            Evidence::OwnCompanions => "stands beside other names",
        }
    }
}

/// Learns from the texts of an archive.
/// `lang`: the texts' conventions; `data`: the language's name lists.
pub fn learn(texts: &[String], lang: &Conventions, data: &Data, opts: &LearnOptions) -> Learned {
    let (counts, failed) = Counts::of_texts(texts, lang, data);
    let mut out = learned(&counts, data, opts);
    out.failed = failed;
    out
}

/// What the counts of an archive teach: [`learn`]'s list, from counts
/// made in one go or added up from parts.
pub fn learned(counts: &Counts, data: &Data, opts: &LearnOptions) -> Learned {
    // Name-like spellings: mostly capitalised, seen mid-sentence.
    let mut names: Vec<(u64, String, u32, bool)> = Vec::new();
    for (k, a) in &counts.forms {
        if a.spellings.is_empty() || data.is_prefix_word(*k) {
            continue;
        }
        let lower = counts.lower.get(k).copied().unwrap_or(0);
        let (spelling, _) = a
            .spellings
            .iter()
            .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
            .expect("non-empty");
        if !spelling.chars().any(char::is_alphabetic)
            || spelling.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        // A word written in lower case as often as a quarter of the time is
        // an ordinary word; one never seen mid-sentence is a sentence start.
        let namelike = a.mid >= 1 && lower * 4 <= a.count;
        names.push((*k, spelling.clone(), a.count, namelike));
    }
    names.sort_by(|a, b| b.2.cmp(&a.2).then(a.1.cmp(&b.1)));

    // Index the frequent spellings by deletion keys.
    let mut index: KeyMap<Vec<u32>> = KeyMap::default();
    let mut buf = Vec::new();
    for (i, (_, s, n, namelike)) in names.iter().enumerate() {
        if *n >= opts.frequent && *namelike {
            buf.clear();
            deletion_keys(s, &mut buf);
            for &k in &buf {
                index.entry(k).or_default().push(i as u32);
            }
        }
    }
    let mut suspect_of: HashMap<usize, usize> = HashMap::new();
    for (i, (form_key, s, n, _)) in names.iter().enumerate() {
        // A rare spelling seen in lower case is an ordinary word; one that
        // is a country's or a state's is that place.
        if *n > opts.rare
            || counts.lower.get(form_key).copied().unwrap_or(0) > 0
            || data.is_place(*form_key)
        {
            continue;
        }
        buf.clear();
        deletion_keys(s, &mut buf);
        let mut best: Option<(usize, u32)> = None;
        for k in &buf {
            for &j in index.get(k).map_or(&[][..], |v| v.as_slice()) {
                let (_, fs, fnum, _) = &names[j as usize];
                if *fnum < n * opts.ratio || best.is_some_and(|(_, bn)| bn >= *fnum) {
                    continue;
                }
                if similar::close(s, fs).is_some()
                    && similar::different_words(s, fs, &data.endings).is_none()
                    && similar::word_shaped(s)
                    && !s.contains('-')
                    && !two_names(counts, *form_key, names[j as usize].0)
                {
                    best = Some((j as usize, *fnum));
                }
            }
        }
        if let Some((j, _)) = best {
            suspect_of.insert(i, j);
        }
    }
    let mut out = Learned {
        articles: counts.articles,
        min_count: opts.min_count,
        ..Learned::default()
    };
    let mut new_index = HashMap::new();
    for (i, (_, s, n, namelike)) in names.iter().enumerate() {
        if *namelike && *n >= opts.min_count && !suspect_of.contains_key(&i) {
            new_index.insert(i, out.names.len());
            out.names.push((s.clone(), *n));
        }
    }
    let mut suspects: Vec<Suspect> = suspect_of
        .iter()
        .filter_map(|(&i, &j)| {
            let (rk, s, n, _) = &names[i];
            new_index.get(&j).map(|&nj| Suspect {
                spelling: s.clone(),
                count: *n,
                of: nj,
                evidence: {
                    let e = evidence(counts, *rk, names[j].0, s, &names[j].1);
                    let fk = names[j].0;
                    let shared = counts.forms.get(rk).is_some_and(|a| a.near.contains(&fk));
                    if shared && e > Evidence::SameArticle && e != Evidence::OwnCompanions {
                        Evidence::SameArticle
                    } else {
                        e
                    }
                },
            })
        })
        .collect();
    suspects.sort_by(|a, b| a.of.cmp(&b.of).then(a.spelling.cmp(&b.spelling)));
    out.suspects = suspects;
    out
}

/// What the archive says for `rare` being a slip for `frequent`.
fn evidence(counts: &Counts, rk: u64, fk: u64, rare: &str, frequent: &str) -> Evidence {
    let companions = |k: u64| counts.forms.get(&k).map(|a| &a.companions);
    let (x, y) = (companions(rk), companions(fk));
    if let (Some(x), Some(y)) = (x, y) {
        if x.keys().any(|k| y.contains_key(k)) {
            return Evidence::SharedCompanion;
        }
    }
    if x.is_some_and(|x| !x.is_empty()) {
        return Evidence::OwnCompanions;
    }
    if typing_slip(rare, frequent) {
        Evidence::TypingSlip
    } else if inner_letter(rare, frequent) {
        Evidence::InnerLetter
    } else {
        Evidence::OtherSlip
    }
}

/// When `a` and `b` (folded) differ by one letter dropped or added: the
/// longer one's letters and where the extra letter stands in it.
fn extra_letter(a: &str, b: &str) -> Option<(Vec<char>, usize)> {
    let a: Vec<char> = super::fold::fold(a).chars().collect();
    let b: Vec<char> = super::fold::fold(b).chars().collect();
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return None;
    }
    let p = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    (long[p + 1..] == short[p..]).then_some((long, p))
}

/// Does `a` differ from `b` by one letter dropped or added, neither the
/// first nor the last?
fn inner_letter(a: &str, b: &str) -> bool {
    extra_letter(a, b).is_some_and(|(long, p)| p > 0 && p + 1 < long.len())
}

/// Is `a` one of the slips fingers make on `b`: adjacent letters swapped,
/// a letter doubled or undoubled, or one vowel written for another?
fn typing_slip(a: &str, b: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let (fa, fb): (Vec<char>, Vec<char>) = (
        super::fold::fold(a).chars().collect(),
        super::fold::fold(b).chars().collect(),
    );
    if fa.len() == fb.len() {
        let diff: Vec<usize> = (0..fa.len()).filter(|&i| fa[i] != fb[i]).collect();
        return match diff.as_slice() {
            [i] => vowel(fa[*i]) && vowel(fb[*i]),
            [i, j] => *j == i + 1 && fa[*i] == fb[*j] && fa[*j] == fb[*i],
            _ => false,
        };
    }
    // The extra letter repeats its neighbour ("Millenials", "Correy").
    extra_letter(a, b).is_some_and(|(long, p)| {
        (p > 0 && long[p - 1] == long[p]) || long.get(p + 1) == Some(&long[p])
    })
}

/// Do two spellings stand beside different names across the archive
/// ("Mike Rubino", "Marco Rubio"; "Thomas Barrack", "Barack Obama")?
fn two_names(counts: &Counts, a: u64, b: u64) -> bool {
    let (Some(x), Some(y)) = (counts.forms.get(&a), counts.forms.get(&b)) else {
        return false;
    };
    (0..2u64).any(|side| {
        let xs: Vec<u64> = x
            .companions
            .keys()
            .copied()
            .filter(|k| k & 1 == side)
            .collect();
        let ys: Vec<u64> = y
            .companions
            .keys()
            .copied()
            .filter(|k| k & 1 == side)
            .collect();
        !xs.is_empty() && !ys.is_empty() && !ys.iter().any(|k| xs.contains(k))
    })
}

#[cfg(test)]
#[path = "learn_tests.rs"]
mod tests;
