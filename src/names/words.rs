//! The word lists that tell names from the capitalised words around them:
//! titles and roles, modifiers, sentence openers, particles, suffixes.
//! YAML under `rules/names/words/`, compiled into the binary.

use super::fold::{key, KeyMap, KeySet};
use crate::error::Error;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    titles: Vec<String>,
    modifiers: Vec<String>,
    not_names: Vec<String>,
    common_words: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    particles: Vec<String>,
    suffixes: Vec<String>,
    #[serde(default)]
    dictionary: Option<Dictionary>,
    #[serde(default)]
    glosses: Vec<String>,
    #[serde(default)]
    common: Option<Common>,
    #[serde(default)]
    given: Option<Given>,
    #[serde(default)]
    endings: Vec<String>,
    #[serde(default)]
    noun_signs: Vec<String>,
}

/// A list of the language's common words, shipped in the binary: a rarer
/// spelling that is one ("Statue", "Voice") is a word in its own right,
/// where a dictionary of every word would excuse slips too ("Tump").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub enum Common {
    /// SCOWL size 35 (Debian's wamerican-small), lower-case words of four
    /// letters or more: `rules/names/words/common-en.txt`.
    #[serde(rename = "scowl-35-en")]
    Scowl35En,
}

const COMMON_EN: &str = include_str!("../../rules/names/words/common-en.txt");

/// The words of `COMMON_EN`: the file's text after its header. The file is
/// sorted (byte order), so a word is found by binary search over the text
/// itself: cutting 40,000 lines into a table at the first look-up cost a
/// run more than all the article's look-ups together.
fn common_en() -> &'static str {
    static BODY: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    BODY.get_or_init(|| body(COMMON_EN))
}

/// A shipped word file without its header: the `#` lines and blank lines
/// at its top. Below the header every line is an entry, in byte order.
fn body(text: &'static str) -> &'static str {
    let mut rest = text;
    while rest.starts_with('#') || rest.starts_with('\n') {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    rest
}

/// Is `word`, in ASCII lower case, a line of `body` (lines in byte order)?
/// Halves the byte range, reading the line that holds its middle; both
/// ends of the range stay at line starts.
fn in_sorted(body: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return false;
    }
    let b = body.as_bytes();
    let wanted = || word.bytes().map(|c| c.to_ascii_lowercase());
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = memchr::memrchr(b'\n', &b[lo..mid]).map_or(lo, |p| lo + p + 1);
        let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |p| start + p);
        match b[start..end].iter().copied().cmp(wanted()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// A list of the language's given names, shipped in the binary: a rarer
/// spelling that is one ("Greta") is somebody's name, not a slip of the
/// word one letter from it ("Great").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub enum Given {
    /// The 1990 US census's first names: `rules/names/words/given-en.txt`.
    #[serde(rename = "census-1990-en")]
    Census1990En,
}

const GIVEN_EN: &str = include_str!("../../rules/names/words/given-en.txt");

/// The names of `GIVEN_EN`, sorted: the file's text after its header.
fn given_en() -> &'static str {
    static BODY: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    BODY.get_or_init(|| body(GIVEN_EN))
}

/// A dictionary of the language's ordinary words, shipped in the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub enum Dictionary {
    /// The Wordnik word list of English (some 200,000 lower-case words,
    /// MIT licence), from the `wordnik_list` crate.
    #[serde(rename = "wordnik-en")]
    WordnikEn,
}

/// The name-finding word lists of one language, as folded keys.
#[derive(Debug, Clone, Default)]
pub struct Data {
    pub titles: KeySet,
    pub modifiers: KeySet,
    pub not_names: KeySet,
    /// Ordinary words that begin sentences and headlines.
    pub common_words: KeySet,
    /// Countries and states: right spellings of places, never slips.
    pub places: KeySet,
    pub particles: KeySet,
    pub suffixes: KeySet,
    /// The lists above as bits per key ([`TITLE`], ...): one look-up per
    /// word where name finding asks several questions of it.
    classes: KeyMap<u8>,
    /// The language's dictionary, if one is shipped: a spelling that is a
    /// word of the language ("Slate", "Statue") is no slip for a name.
    pub dictionary: Option<Dictionary>,
    /// Words that gloss a name with another ("also known as"), lower case.
    pub glosses: Vec<String>,
    /// The language's common words, if a list is shipped.
    pub common: Option<Common>,
    /// The language's given names, if a list is shipped.
    pub given: Option<Given>,
    /// Word endings that make a different word of a stem: English plurals
    /// and demonyms ("Russia", "Russian"); German adds its inflections
    /// ("Gewerkschaft", "Gewerkschaften"; "Bremen", "Bremer").
    pub endings: super::similar::Endings,
    /// Words that stand right before a noun and seldom before a person's
    /// name (German articles and determiners: "der Saison"): a spelling
    /// written after one is a noun, not a name.
    pub noun_signs: KeySet,
}

pub const TITLE: u8 = 1;
pub const MODIFIER: u8 = 2;
pub const NOT_NAME: u8 = 4;
pub const PARTICLE: u8 = 8;
pub const SUFFIX: u8 = 16;

const EN: &str = include_str!("../../rules/names/words/en.yaml");
const DE: &str = include_str!("../../rules/names/words/de.yaml");
const EN_FILE: (&str, &str) = ("rules/names/words/en.yaml", EN);
const DE_FILE: (&str, &str) = ("rules/names/words/de.yaml", DE);

/// The name word files of each language, read in order, each adding to
/// the lists of those before it. German, French and Japanese copy write
/// names as English copy does (titles and particles aside, which the lists
/// only strip from a name's edges), so they read the English lists by name
/// here rather than by accident; German adds the words that tell its
/// capitalised nouns from names.
const BUILTIN: &[(&str, &[(&str, &str)])] = &[
    ("en", &[EN_FILE]),
    ("de", &[EN_FILE, DE_FILE]),
    ("fr", &[EN_FILE]),
    ("ja", &[EN_FILE]),
];

impl Data {
    /// The compiled-in data for language `lang`.
    pub fn builtin(lang: &str) -> Result<Data, Error> {
        match crate::builtin::pick(BUILTIN, lang) {
            Some((_, files)) => Data::from_yamls(files),
            None => Ok(Data::default()),
        }
    }

    pub fn from_yaml(path: &str, text: &str) -> Result<Data, Error> {
        Data::from_yamls(&[(path, text)])
    }

    /// The lists of several word files (path, text), each adding to the
    /// lists of those before it; a later file's `dictionary`, `common` and
    /// `given` replace an earlier one's.
    pub fn from_yamls(files: &[(&str, &str)]) -> Result<Data, Error> {
        let mut f: Option<WordsFile> = None;
        for (path, text) in files {
            let g: WordsFile = serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
            f = Some(match f {
                None => g,
                Some(mut f) => {
                    f.titles.extend(g.titles);
                    f.modifiers.extend(g.modifiers);
                    f.not_names.extend(g.not_names);
                    f.common_words.extend(g.common_words);
                    f.places.extend(g.places);
                    f.particles.extend(g.particles);
                    f.suffixes.extend(g.suffixes);
                    f.glosses.extend(g.glosses);
                    f.endings.extend(g.endings);
                    f.noun_signs.extend(g.noun_signs);
                    f.dictionary = g.dictionary.or(f.dictionary);
                    f.common = g.common.or(f.common);
                    f.given = g.given.or(f.given);
                    f
                }
            });
        }
        let Some(f) = f else {
            return Ok(Data::default());
        };
        let set = |v: &[String]| v.iter().map(|w| key(w)).collect::<KeySet>();
        let mut classes: KeyMap<u8> = KeyMap::default();
        for (list, bit) in [
            (&f.titles, TITLE),
            (&f.modifiers, MODIFIER),
            (&f.not_names, NOT_NAME),
            (&f.particles, PARTICLE),
            (&f.suffixes, SUFFIX),
        ] {
            for w in list {
                *classes.entry(key(w)).or_default() |= bit;
            }
        }
        Ok(Data {
            titles: set(&f.titles),
            modifiers: set(&f.modifiers),
            not_names: set(&f.not_names),
            common_words: set(&f.common_words),
            places: set(&f.places),
            particles: set(&f.particles),
            suffixes: set(&f.suffixes),
            classes,
            dictionary: f.dictionary,
            glosses: f.glosses.iter().map(|g| g.to_lowercase()).collect(),
            common: f.common,
            given: f.given,
            endings: super::similar::Endings::new(&f.endings),
            noun_signs: set(&f.noun_signs),
        })
    }

    /// The lists the word with key `k` is on, as bits.
    #[inline]
    pub fn class(&self, k: u64) -> u8 {
        if self.classes.is_empty() {
            return 0;
        }
        self.classes.get(&k).copied().unwrap_or(0)
    }

    /// Does the text before a name (`before`) end with a gloss: "Burma,
    /// also known as" before "Myanmar"?
    pub fn glossed(&self, before: &str) -> bool {
        let tail = before.trim_end_matches(|c: char| c.is_whitespace() || "(,—–-".contains(c));
        let cut = tail.len().saturating_sub(40);
        let cut = (cut..=tail.len())
            .find(|&i| tail.is_char_boundary(i))
            .unwrap_or(tail.len());
        let tail = tail[cut..].to_lowercase();
        self.glosses.iter().any(|g| {
            tail.strip_suffix(g.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
            })
        })
    }

    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(&key(word))
    }

    /// Is `word` (as written; its ASCII lower case is looked up) a word of
    /// the language's dictionary?
    pub fn in_dictionary(&self, word: &str) -> bool {
        match self.dictionary {
            None => false,
            Some(Dictionary::WordnikEn) => {
                word.is_ascii() && wordnik_list::word_exists(&word.to_ascii_lowercase())
            }
        }
    }

    /// Is `word` (its ASCII lower case) a common word of the language?
    pub fn is_common(&self, word: &str) -> bool {
        match self.common {
            None => false,
            Some(Common::Scowl35En) => in_sorted(common_en(), word),
        }
    }

    /// Is `word` (its ASCII lower case) a given name of the language?
    pub fn is_given(&self, word: &str) -> bool {
        match self.given {
            None => false,
            Some(Given::Census1990En) => in_sorted(given_en(), word),
        }
    }

    /// An ordinary word, never a slip for a name: an opener, title,
    /// modifier or common word.
    pub fn is_ordinary(&self, k: u64) -> bool {
        self.is_prefix_word(k) || self.common_words.contains(&k)
    }

    /// A place's own spelling (a country, a US state), never a slip for
    /// a name one letter away.
    pub fn is_place(&self, k: u64) -> bool {
        self.places.contains(&k)
    }

    /// A word stripped from the front of a name: title, modifier or opener.
    /// One look-up of the word's classes, not one per list: the names
    /// rules ask this of most spellings of every article.
    pub fn is_prefix_word(&self, k: u64) -> bool {
        self.class(k) & (TITLE | MODIFIER | NOT_NAME) != 0
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
