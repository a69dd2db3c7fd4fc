//! Reading German sentences token by token: words outside quotations, cue
//! verbs, and the noun phrase that names a source before or after its verb.

use crate::attribution::data::Data;
use crate::model::Document;
use rustc_hash::FxHashSet;

#[path = "reader_source.rs"]
mod source;

/// The longest source read, in tokens: a name with its role and its
/// organisation fits; a runaway clause does not.
pub(super) const MAX_SOURCE: usize = 24;

pub(super) struct Reader<'a, 't> {
    pub doc: &'a Document<'t>,
    pub d: &'a Data,
    /// Per token: inside an outer quotation (its marks included).
    quoted: Vec<bool>,
    /// Words the article writes in lower case and capitalises only where
    /// any word is (first in a sentence, after a colon or a mark): an
    /// adverb (`Derzeit`, `Erstmals`), never a name.
    lower_only: FxHashSet<String>,
}

impl<'a, 't> Reader<'a, 't> {
    pub fn new(doc: &'a Document<'t>, d: &'a Data) -> Self {
        let mut quoted = vec![false; doc.tokens.len()];
        for q in doc.quotations.iter().filter(|q| q.depth == 0) {
            let from = doc.marks[q.open as usize].token as usize;
            let to = match q.close {
                Some(c) => doc.marks[c as usize].token as usize + 1,
                None => {
                    let b = &doc.blocks[q.last_block as usize];
                    b.tokens.end as usize
                }
            };
            for f in &mut quoted[from.min(doc.tokens.len())..to.min(doc.tokens.len())] {
                *f = true;
            }
        }
        Reader {
            doc,
            d,
            quoted,
            lower_only: lower_only(doc),
        }
    }

    /// Does the capitalised word `w` stand for one the article otherwise
    /// writes in lower case only?
    pub fn reads_lower(&self, w: &str) -> bool {
        !self.lower_only.is_empty() && self.lower_only.contains(&w.to_lowercase())
    }

    /// The word at `k`, if token `k` is one.
    pub fn word(&self, k: usize) -> Option<&'t str> {
        let t = self.doc.tokens.get(k)?;
        t.is_word().then(|| t.text(self.doc.text))
    }

    /// The word at `k` when it stands outside quotations.
    pub fn narrated(&self, k: usize) -> Option<&'t str> {
        // Past the last token is no word (callers look ahead freely).
        (self.quoted.get(k) == Some(&false))
            .then(|| self.word(k))
            .flatten()
    }

    pub fn is_punct(&self, k: usize, c: char) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.is_punct(c))
    }

    /// Is token `k` inside an outer quotation (its marks included)?
    pub fn is_quoted(&self, k: usize) -> bool {
        self.quoted.get(k) == Some(&true)
    }

    pub fn is_mark(&self, k: usize) -> bool {
        self.doc.tokens.get(k).is_some_and(|t| t.quote().is_some())
    }

    /// A verb of saying at `k`, or the first part of a separable one
    /// (`teilte … mit`): lower case (a capital is a noun, "Sagen"), except
    /// as the first word of its sentence.
    pub fn is_speech_verb(&self, k: usize, s_start: usize) -> bool {
        self.narrated(k).is_some_and(|w| {
            (self.d.speech.contains(w)
                || self.d.phrasal_verbs.contains(w)
                || self.d.cognition.contains(w))
                && (k == s_start || !starts_upper(w))
        })
    }

    /// A separable cue verb (`teilte`, listed only under `phrasal`) says
    /// something only with its particle (`mit`) at the end of its clause;
    /// a verb of saying needs nothing.
    pub fn has_particle(&self, v: usize, end: usize) -> bool {
        let Some(verb) = self.word(v) else {
            return false;
        };
        if self.d.speech.contains(verb) || !self.d.phrasal_verbs.contains(verb) {
            return true;
        }
        let mut k = v + 1;
        while k < end {
            // (`teilte der Sprecher, Jan Roth, mit`: past an apposition,
            // unless the particle ends the clause before it: `gab es an,
            // dem Sprecher, …`.)
            let particle = || self.word(k - 1).is_some_and(|p| self.d.is_phrasal(verb, p));
            if self.is_punct(k, ',') && !particle() {
                match self.apposition_end(k, end) {
                    Some(j) => {
                        k = j;
                        continue;
                    }
                    None => break,
                }
            }
            // (`wies den Plan als „Zumutung“ zurück`: a quotation that
            // names something, right after `als`, stands inside the
            // clause and is passed over. Others may be a name the clause
            // ends on, or its content.)
            if self.quoted[k]
                && self
                    .narrated(k - 1)
                    .is_some_and(|w| self.d.german.naming.is_folded(w))
            {
                while k < end && self.quoted[k] {
                    k += 1;
                }
                continue;
            }
            if self.quoted[k] || self.is_punct(k, ',') || self.is_punct(k, ':') {
                break;
            }
            k += 1;
        }
        // At the clause's end (`teilte … mit`), or reflexive, right after
        // the verb (`zeigte sich zufrieden`).
        let at_end = (v + 1..k).rev().find_map(|i| self.narrated(i));
        [at_end, self.word(v + 1)]
            .into_iter()
            .flatten()
            .any(|p| self.d.is_phrasal(verb, p))
    }

    /// Is the word at `k` one a source can begin with: an article, a
    /// pronoun, or a capitalised word that opens no adverbial?
    pub(super) fn opens_source(&self, k: usize) -> bool {
        let Some(w) = self.narrated(k) else {
            return false;
        };
        let g = &self.d.german;
        if g.fronted.is_folded(w) || g.subject_ends.is(w) {
            return false;
        }
        if self.d.determiners.contains(w) || self.d.pronouns.contains(w) {
            return true;
        }
        // (`zitiert ndr.de …`: a web address is a name in lower case.)
        starts_upper(w) && !self.reads_lower(w) || self.dotted(k)
    }
}

/// Words that may stand inside a source between its nouns: articles,
/// `von`, `und`, adjectives (`der frühere Gouverneur`).
pub(super) fn joins(d: &Data, w: &str) -> bool {
    d.german.joiners.is(w)
        || d.determiners.contains(w)
        || (w.chars().count() > 3
            && (w.ends_with('e')
                || w.ends_with("en")
                || w.ends_with("er")
                || w.ends_with("es")
                || w.ends_with("em")))
}

/// Does `w` read as a participle used as an adjective: a present one
/// (`einsetzende`, `regierenden`), or with `past`, a past one
/// (`gewählte`, `bestätigten`)? Inflected forms only: an adjective before
/// its noun always has an ending. (A past participle without `ge-`, as
/// `bestätigte`, is also a finite verb; callers ask only where no finite
/// verb can stand.)
pub(super) fn participle(w: &str, past: bool) -> bool {
    let stem = ["e", "en", "er", "es", "em"]
        .iter()
        .filter_map(|e| w.strip_suffix(e))
        .find(|s| s.chars().count() >= 4);
    stem.is_some_and(|s| {
        s.ends_with("end") || past && (s.ends_with('t') || s.starts_with("ge") && s.ends_with("en"))
    })
}

/// Is `w` a compound whose last part, after a hyphen, is capitalised
/// (`documenta-Homepage`, `iPhone-App`)?
pub(super) fn compound_noun(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, last)| starts_upper(last))
}

pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The words `doc` writes in lower case and never capitalises inside a
/// sentence (after its first word, a colon or a quotation mark).
fn lower_only(doc: &Document<'_>) -> FxHashSet<String> {
    let mut lower: FxHashSet<&str> = FxHashSet::default();
    let mut capital: FxHashSet<String> = FxHashSet::default();
    for s in &doc.sentences {
        let mut first = true;
        for t in &doc.tokens[s.tokens.start as usize..s.tokens.end as usize] {
            if !t.is_word() {
                first |= t.is_punct(':') || t.quote().is_some();
                continue;
            }
            let w = t.text(doc.text);
            if !starts_upper(w) {
                lower.insert(w);
            } else if !first {
                capital.insert(w.to_lowercase());
            }
            first = false;
        }
    }
    lower
        .into_iter()
        .filter(|w| !capital.contains(*w))
        .map(str::to_string)
        .collect()
}
