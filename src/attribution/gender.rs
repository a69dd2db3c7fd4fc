//! Whether a speaker is a man or a woman, as far as the article shows
//! it, and which earlier speaker a "he" or "she" stands for.

use super::data::Data;
use super::speakers::RECENT;
use super::SourceClass;
use crate::model::Document;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Unknown,
    Male,
    Female,
}

/// How many attributions back a speaker's gender is looked for in the
/// sources resolved to them ("Mrs. Clinton", "the spokeswoman").
const GENDER_SCAN: usize = 256;

/// A source's gender, from the given name in its name ("Hillary Clinton")
/// or else any word of the source ("Mrs. Clinton", "a spokeswoman").
pub(super) fn gender_of(d: &Data, name: &str, all: &[&str]) -> Gender {
    // A given name only before a surname: "Paul" alone is Rand Paul.
    let mut parts = name.split_whitespace();
    let given = match (parts.next(), parts.next()) {
        (Some(g), Some(_)) => g,
        _ => "",
    };
    let words = std::iter::once(given).chain(all.iter().copied());
    for w in words {
        if d.male.contains(w) {
            return Gender::Male;
        }
        if d.female.contains(w) {
            return Gender::Female;
        }
    }
    Gender::Unknown
}

/// The gender a pronoun asks for: "he" male, "she" female, others none.
fn pronoun_gender(d: &Data, pronoun: &str) -> Gender {
    if !d.pronouns.contains(pronoun) {
        Gender::Unknown
    } else if d.male.contains(pronoun) {
        Gender::Male
    } else if d.female.contains(pronoun) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// The speaker among the resolved attributions `before` (in article
/// order) that the pronoun `pronoun` ("he", "she") stands for: the
/// nearest named speaker the text shows to be of its gender, else the
/// nearest whose gender the text does not show. The text shows it by a
/// given name ("Hillary Clinton"), a gendered title or role in a source
/// ("Mrs. Clinton", "the spokeswoman"; "Sen." says nothing), or a "he" or
/// "she" an earlier attribution resolved to that speaker. None for other
/// pronouns, or when every speaker near is of the other gender.
pub(super) fn pronoun_speaker<'a>(
    doc: &Document<'_>,
    d: &Data,
    pronoun: &str,
    before: &'a [super::Attribution],
) -> Option<&'a super::Attribution> {
    let want = pronoun_gender(d, pronoun);
    if want == Gender::Unknown {
        return None;
    }
    let gender = |name: &str| {
        let given = gender_of(d, name, &[]);
        if given != Gender::Unknown {
            return given;
        }
        // Any source the article resolved to this speaker lately: the
        // scan is capped, so that an article of many such quotations
        // costs time linear in its length.
        let recent = before.iter().rev().take(GENDER_SCAN);
        for a in recent.filter(|a| a.speaker.as_deref() == Some(name)) {
            let Some(src) = a.source else { continue };
            let text = &doc.text[src.start as usize..src.end as usize];
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let g = gender_of(d, "", &words);
            if g != Gender::Unknown {
                return g;
            }
        }
        Gender::Unknown
    };
    let named = || {
        before
            .iter()
            .rev()
            .filter(|a| a.class == SourceClass::Named && a.speaker.is_some())
            .take(RECENT)
    };
    named()
        .find(|a| gender(a.speaker.as_deref().unwrap_or_default()) == want)
        .or_else(|| {
            named().find(|a| gender(a.speaker.as_deref().unwrap_or_default()) == Gender::Unknown)
        })
}

/// The gender of each surname as the article first writes it with a
/// given name or title ("Donald Trump", "Mrs. Clinton"): a surname that
/// names a source alone ("Trump said") is likely the person the article
/// introduced under it, so a pronoun of the other gender is not theirs.
/// Only the first full mention counts: a later namesake ("Anne Murphy"
/// after "Chris Murphy") is someone else, and a given name the lists do
/// not hold ("Chris") shows nothing.
///
/// Nothing is read until asked: most articles ask about no surname or a
/// few. The first few are each found by a search of the tokens for that
/// word, a few instructions a token; after that the whole article is read
/// once into a table, some tens of instructions a token, so that an
/// article asking about thousands of surnames still costs time linear
/// in its length. Both give the same answer.
pub(super) struct Surnames<'a, 't> {
    doc: &'a Document<'t>,
    d: &'a Data,
    /// How many surnames have been asked about.
    asked: std::sync::atomic::AtomicUsize,
    /// A lock, not a cell: the chunks of a long file are resolved on
    /// several threads that share one table.
    first: std::sync::OnceLock<rustc_hash::FxHashMap<&'t str, Gender>>,
}

/// Surnames found by a search each before the table is built.
const SEARCHES: usize = 24;

impl<'a, 't> Surnames<'a, 't> {
    /// Nothing is read until [`Surnames::of`] is first asked.
    pub(super) fn build(doc: &'a Document<'t>, d: &'a Data) -> Self {
        Surnames {
            doc,
            d,
            asked: std::sync::atomic::AtomicUsize::new(0),
            first: std::sync::OnceLock::new(),
        }
    }

    /// Does the article write `word` after a given name or title
    /// somewhere ("Ann Lee", "Mr. Lee"), as a surname?
    pub(super) fn knows(&self, word: &str) -> bool {
        self.first_mention(word).is_some()
    }

    /// The gender the article's first full mention of `surname` shows.
    pub(super) fn of(&self, surname: &str) -> Gender {
        self.first_mention(surname).unwrap_or(Gender::Unknown)
    }

    /// The gender the first full mention of `surname` shows (unknown when
    /// its given name is in no list), or `None` when the article never
    /// writes it after a given name or title.
    fn first_mention(&self, surname: &str) -> Option<Gender> {
        use std::sync::atomic::Ordering;
        if self.first.get().is_none() && self.asked.fetch_add(1, Ordering::Relaxed) < SEARCHES {
            return self.search(surname);
        }
        let first = self.first.get_or_init(|| self.read());
        first.get(surname).copied()
    }

    /// [`Surnames::of`] by a search for the word's first full mention:
    /// the text is searched for its bytes (a SIMD scan), and each place
    /// found that is a whole token is tested. Every place is visited, one
    /// byte on from the last, so none is hidden inside an overlapping one.
    fn search(&self, surname: &str) -> Option<Gender> {
        let (text, toks) = (self.doc.text.as_bytes(), &self.doc.tokens);
        if surname.is_empty() {
            return None;
        }
        let finder = memchr::memmem::Finder::new(surname.as_bytes());
        let mut from = 0;
        while let Some(i) = finder.find(&text[from..]) {
            let at = from + i;
            let mut k = toks.partition_point(|t| (t.span.start as usize) < at);
            while let Some(t) = toks.get(k).filter(|t| t.span.start as usize == at) {
                let whole = t.span.len() == surname.len() && t.is_word();
                if let Some(g) = (whole && k > 0).then(|| self.given(k)).flatten() {
                    return Some(gender_of(self.d, "", &[g]));
                }
                k += 1;
            }
            from = at + 1;
        }
        None
    }

    /// Every surname's first full mention, in one pass over the tokens.
    fn read(&self) -> rustc_hash::FxHashMap<&'t str, Gender> {
        let (text, toks) = (self.doc.text, &self.doc.tokens);
        let mut first = rustc_hash::FxHashMap::default();
        for (k, t) in toks.iter().enumerate().skip(1) {
            // Most tokens: the lexer's capital bit, read here, not in a call.
            if !t.sig().may_be_capitalised() {
                continue;
            }
            if let Some(g) = self.given(k) {
                let w = t.text(text);
                first
                    .entry(w)
                    .or_insert_with(|| gender_of(self.d, "", &[g]));
            }
        }
        first
    }

    /// When token `k` is a capitalised word after a given name or title
    /// (a full mention of a surname), that name or title.
    #[inline]
    fn given(&self, k: usize) -> Option<&'t str> {
        let (text, toks, d) = (self.doc.text, &self.doc.tokens, self.d);
        // Asked of every token of the article by `read`: the cheap tests
        // (the lexer's capital bit, the word before) go first.
        let t = toks[k];
        if !t.is_word() || !t.sig().may_be_capitalised() {
            return None;
        }
        // The word before, past a title's full stop and a middle
        // initial ("Donald J. Trump", "Mr. Trump").
        let mut j = k - 1;
        while j > 0 && k - j <= 3 {
            let p = toks[j];
            let initial = p.is_word() && p.span.len() <= 4 && p.text(text).chars().count() == 1;
            if !(p.is_punct('.') || initial) {
                break;
            }
            j -= 1;
        }
        let p = toks[j];
        if !p.is_word() || !p.sig().may_be_capitalised() {
            return None;
        }
        if !crate::model::token::is_capitalised(t.text(text)) {
            return None;
        }
        let g = p.text(text).trim_end_matches('.');
        if !crate::model::token::is_capitalised(g) {
            return None;
        }
        // A given name or title is capitalised and no word of the
        // sentence's grammar ("In Trump's view", "Said Trump").
        let grammar = d.pronouns.contains(g)
            || d.possessives.contains(g)
            || d.determiners.contains(g)
            || d.intro.contains(g)
            || d.boundary.contains(g)
            || d.cues.contains(g);
        (!grammar).then_some(g)
    }
}

#[cfg(test)]
#[path = "gender_tests.rs"]
mod tests;
