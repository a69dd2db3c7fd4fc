//! Names lists: canonical spellings with their known variants, from YAML
//! (the starter list under `rules/names/`, compiled in; files given with
//! `check --names`; lists written by `ascribe names learn`).
//!
//! ```yaml
//! names:
//!   - canonical: Yury Ushakov
//!     accepted: [Yuri Ushakov]        # also right; never reported
//!     variants: [Yuriy Ushakov]       # reported, with the canonical as fix
//!     kind: person                    # person, place, organisation or group
//!     note: Kremlin foreign-policy aide
//!     except: [Chicken Kiev]          # phrases where a variant is right
//!     frequency: 12                   # learned lists: times seen
//! ```

use super::fold::{deletion_keys, fold, key, KeyMap, KeySet};
use super::similar::{self, Endings};
use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

mod buckets;
mod quick;
mod validate;
use buckets::{buckets, sort_by_hash};
use validate::validate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Place,
    #[serde(alias = "organization")]
    Organisation,
    /// A people, party or faith ("Israeli", "Republican", "Muslim"):
    /// capitalised like a name, but a word of the language, so only a
    /// hand's slip of it is a near miss.
    Group,
}

/// One name, as a list file states it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub canonical: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListFile {
    names: Vec<Entry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Canonical,
    Accepted,
    Variant,
}

/// One spelling of one entry, as folded word keys.
#[derive(Debug, Clone)]
pub struct Spelling {
    pub entry: u32,
    pub role: Role,
    pub words: Vec<u64>,
}

/// A word that near misses are looked for around: a surname or a
/// one-word name.
#[derive(Debug, Clone)]
pub struct NearWord {
    pub entry: u32,
    /// As the list writes it.
    pub word: String,
}

/// Shortest listed word near misses are looked for around: one edit from
/// a five-letter name is too often another word (Sudan/Susan, India/Indra).
pub const MIN_NEAR: usize = 6;

/// The compiled-in starter list, one file per kind.
const STARTER: &[(&str, &str)] = &[
    (
        "rules/names/people.yaml",
        include_str!("../../rules/names/people.yaml"),
    ),
    (
        "rules/names/places.yaml",
        include_str!("../../rules/names/places.yaml"),
    ),
    (
        "rules/names/organisations.yaml",
        include_str!("../../rules/names/organisations.yaml"),
    ),
    (
        "rules/names/peoples.yaml",
        include_str!("../../rules/names/peoples.yaml"),
    ),
];

/// Names lists, merged and indexed.
#[derive(Debug, Default)]
pub struct List {
    pub entries: Vec<Entry>,
    pub spellings: Vec<Spelling>,
    /// Last word of a spelling → spellings.
    by_last: KeyMap<Vec<u32>>,
    /// Every word of every spelling.
    known: KeySet,
    /// Deletion keys of near words → near words.
    /// (deletion key, near word), sorted: one flat vector rather than a
    /// map of small vectors, so that a 5,000-name list builds without an
    /// allocation per key.
    near: Vec<(u64, u32)>,
    /// Where the pairs of `near` whose keys have top bits `b` begin, at
    /// `b`, and end, at `b + 1` (about one pair a bucket): a near-miss
    /// look-up probes a dozen deletion keys, and most find an empty
    /// bucket at once where a binary search took a dozen steps.
    near_starts: Vec<u32>,
    near_shift: u32,
    pub near_words: Vec<NearWord>,
    /// Per entry: the folded given names of its person spellings.
    given: Vec<Vec<String>>,
    /// Per entry: except phrases as word keys.
    except: Vec<Vec<Vec<u64>>>,
    /// Unique per list built in this process: whose answers a memo holds.
    id: u64,
}

/// A near word's index and distance.
type NearMiss = Option<(u32, usize)>;

/// The owning list's id and the id of the endings asked with, and answers
/// by the exact word's hash.
type Memo = ((u64, u64), KeyMap<(Box<str>, NearMiss)>);

/// Answers remembered per thread by `near_miss`.
const MEMO_MAX: usize = 1 << 14;

/// A hash of the exact bytes of `w` (case and accents kept: the answer
/// may depend on them).
fn exact_hash(w: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    w.hash(&mut h);
    h.finish()
}

impl List {
    /// The shipped starter list.
    pub fn starter() -> &'static List {
        static STARTER_LIST: OnceLock<List> = OnceLock::new();
        STARTER_LIST.get_or_init(|| {
            let files: Vec<(String, String)> = STARTER
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect();
            List::from_texts(&files).expect("the shipped names lists are valid")
        })
    }

    /// The starter list and the list files at `paths`.
    /// The starter list's entries come from the process-wide parse of it.
    pub fn starter_and(paths: &[std::path::PathBuf]) -> Result<List, Error> {
        let mut files = Vec::with_capacity(paths.len());
        for p in paths {
            let text = std::fs::read_to_string(p).map_err(|e| Error::Io {
                path: p.clone(),
                source: e,
            })?;
            files.push((p.display().to_string(), text));
        }
        let mut entries = List::starter().entries.clone();
        entries.extend(List::parse_texts(&files)?);
        Ok(List::index(entries))
    }

    /// Parses and merges list files given as (path, text).
    pub fn from_texts(files: &[(String, String)]) -> Result<List, Error> {
        Ok(List::index(List::parse_texts(files)?))
    }

    /// The validated entries of list files given as (path, text), in order.
    fn parse_texts(files: &[(String, String)]) -> Result<Vec<Entry>, Error> {
        let mut entries = Vec::new();
        for (path, text) in files {
            let names = match quick::parse(text) {
                Some(names) => names,
                None => {
                    serde_yaml::from_str::<ListFile>(text)
                        .map_err(|e| Error::from_yaml(path, e))?
                        .names
                }
            };
            for e in names {
                validate(path, text, &e)?;
                entries.push(e);
            }
        }
        Ok(entries)
    }

    fn index(entries: Vec<Entry>) -> List {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut list = List {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            entries: Vec::new(),
            ..List::default()
        };
        let mut keys = Vec::new();
        // About one near word an entry, each with a few dozen deletion
        // keys: reserving once saves regrowing a vector of ~10^5 pairs.
        list.near.reserve(entries.len() * 48);
        list.spellings.reserve(entries.len());
        for (ei, e) in entries.iter().enumerate() {
            let ei = ei as u32;
            let mut given = Vec::new();
            let all = std::iter::once((&e.canonical, Role::Canonical))
                .chain(e.accepted.iter().map(|s| (s, Role::Accepted)))
                .chain(e.variants.iter().map(|s| (s, Role::Variant)));
            for (s, role) in all {
                let words: Vec<&str> = s.split_whitespace().collect();
                let wkeys: Vec<u64> = words.iter().map(|w| key(w)).collect();
                list.known.extend(wkeys.iter().copied());
                // Hyphenated names are also known part by part.
                for w in words.iter().filter(|w| w.contains('-')) {
                    list.known
                        .extend(w.split('-').filter(|p| !p.is_empty()).map(key));
                }
                let si = list.spellings.len() as u32;
                list.by_last
                    .entry(*wkeys.last().expect("validated"))
                    .or_default()
                    .push(si);
                list.spellings.push(Spelling {
                    entry: ei,
                    role,
                    words: wkeys,
                });
                if role == Role::Variant {
                    continue;
                }
                if e.kind == Some(Kind::Person) && words.len() >= 2 {
                    given.extend(words[..words.len() - 1].iter().map(|w| fold(w)));
                }
                // Near misses are looked for around surnames and one-word
                // names only: "Organisation" is no slip for "Organization".
                let last = *words.last().expect("validated");
                let near = words.len() == 1 || e.kind == Some(Kind::Person);
                if near
                    && super::fold::char_len(last) >= MIN_NEAR
                    && !super::fold::is_all_caps(last)
                {
                    let ni = list.near_words.len() as u32;
                    list.near_words.push(NearWord {
                        entry: ei,
                        word: last.to_string(),
                    });
                    keys.clear();
                    deletion_keys(last, &mut keys);
                    list.near.extend(keys.iter().map(|&k| (k, ni)));
                }
            }
            list.given.push(given);
            list.except.push(
                e.except
                    .iter()
                    .map(|p| p.split_whitespace().map(key).collect())
                    .collect(),
            );
        }
        sort_by_hash(&mut list.near);
        list.near.dedup();
        (list.near_starts, list.near_shift) = buckets(&list.near);
        list.entries = entries;
        list
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Is this word part of any spelling in the list?
    pub fn knows(&self, word_key: u64) -> bool {
        self.known.contains(&word_key)
    }

    /// Spellings ending in the word with this key.
    pub fn spellings_ending(&self, word_key: u64) -> &[u32] {
        self.by_last.get(&word_key).map_or(&[], |v| v.as_slice())
    }

    /// The entries of which this one word is a whole spelling or the last
    /// word of a canonical or accepted spelling.
    pub fn entries_of_word(&self, word_key: u64) -> impl Iterator<Item = (u32, Role)> + '_ {
        self.spellings_ending(word_key).iter().map(|&s| {
            let sp = &self.spellings[s as usize];
            (sp.entry, sp.role)
        })
    }

    /// The near word `word` is one or two slips from, if any (not a word
    /// of the list itself). Returns the near word's index and the distance.
    /// A near word that `word` is only another form of, by the language's
    /// `endings` ("Russians" of "Russia"), is none.
    pub fn near_miss(
        &self,
        word: &str,
        endings: &Endings,
        buf: &mut Vec<u64>,
    ) -> Option<(u32, usize)> {
        if self.known.contains(&key(word)) {
            return None;
        }
        self.near_miss_unlisted(word, endings, buf)
    }

    /// [`List::near_miss`] of a word the caller knows is not listed (it
    /// asked [`List::knows`] with the key it had): the names rule asks for
    /// every rare spelling of every article, and folding the word again
    /// only to learn the same thing was a tenth of its cost.
    pub fn near_miss_unlisted(
        &self,
        word: &str,
        endings: &Endings,
        buf: &mut Vec<u64>,
    ) -> Option<(u32, usize)> {
        if self.near.is_empty() {
            return None;
        }
        // The same capitalised words come back article after article
        // ("Republicans", "Brexit"), so each thread remembers its answers
        // for the list and language at hand, up to a bound.
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> =
                std::cell::RefCell::new(((0, 0), KeyMap::default()));
        }
        let me = (self.id, endings.id());
        let h = exact_hash(word);
        let hit = MEMO.with_borrow(|(owner, memo)| {
            if *owner != me {
                return None;
            }
            memo.get(&h).filter(|(w, _)| &**w == word).map(|(_, r)| *r)
        });
        if let Some(r) = hit {
            return r;
        }
        let r = self.near_miss_uncached(word, endings, buf);
        MEMO.with_borrow_mut(|(owner, memo)| {
            if *owner != me || memo.len() >= MEMO_MAX {
                *owner = me;
                memo.clear();
            }
            memo.insert(h, (word.into(), r));
        });
        r
    }

    fn near_miss_uncached(
        &self,
        word: &str,
        endings: &Endings,
        buf: &mut Vec<u64>,
    ) -> Option<(u32, usize)> {
        buf.clear();
        deletion_keys(word, buf);
        let mut best: Option<(u32, usize)> = None;
        for &k in buf.iter() {
            let b = (k >> self.near_shift) as usize;
            let bucket = &self.near[self.near_starts[b] as usize..self.near_starts[b + 1] as usize];
            // Sorted, so the pairs of key `k` are together, in index order.
            let cands = bucket
                .iter()
                .skip_while(|&&(x, _)| x < k)
                .take_while(|&&(x, _)| x == k)
                .map(|&(_, ni)| ni);
            for ni in cands {
                if best.is_some_and(|(b, _)| b == ni) {
                    continue;
                }
                let nw = &self.near_words[ni as usize];
                if let Some(d) = similar::close(word, &nw.word) {
                    if similar::different_words(word, &nw.word, endings).is_none()
                        // On a tie the later list wins: a newsroom's own list
                        // speaks over the starter list.
                        && best.is_none_or(|(bi, bd)| d < bd || (d == bd && ni > bi))
                    {
                        best = Some((ni, d));
                    }
                }
            }
        }
        best
    }

    /// Folded given names of a person entry ("yury" for Yury Ushakov).
    pub fn given_names(&self, entry: u32) -> &[String] {
        &self.given[entry as usize]
    }

    /// Except phrases of an entry, as word keys.
    pub fn except_phrases(&self, entry: u32) -> &[Vec<u64>] {
        &self.except[entry as usize]
    }

    /// The canonical spelling of an entry.
    pub fn canonical(&self, entry: u32) -> &str {
        &self.entries[entry as usize].canonical
    }
}

#[cfg(test)]
mod tests;
