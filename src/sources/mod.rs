//! Quotations checked against their sources: transcripts, releases,
//! earlier versions of a story.
//!
//! The sources are read and indexed once per run ([`Sources::load`]);
//! each article's direct quotations — every part of a quotation split by
//! narration on its own — are then looked up in the index once, when a
//! rule first asks ([`crate::article::Article::quote_checks`]). The rules
//! `quotes.altered`, `quotes.misattributed` and `quotes.unsourced` and
//! `ascribe quotes` only read the verdicts.
//!
//! - `words`: the words both sides are cut into;
//! - `index`: the sources' words, turns and trigram index;
//! - `compare`: a quotation's best passage and its differences;
//! - `load`: reading files, folders and globs, and speaker labels.

mod align;
mod compare;
mod describe;
mod index;
mod join;
pub mod listing;
mod load;
mod near;
pub mod numbers;
mod read_out;
pub mod words;

pub use compare::{DiffKind, Difference, Passage};
pub use describe::{describe, kind_of};
pub use index::{Index, SourceFile};
pub use load::{expand, Reading, DEFAULT_LABEL};

use crate::article::Article;
use crate::span::Span;
use serde::Serialize;

/// Quotations of fewer words than this are phrases ("a disaster"), found
/// in too many places to say where they come from; they are not checked.
pub const MIN_WORDS: usize = 5;

/// The sources of a run, indexed.
#[derive(Debug, Default)]
pub struct Sources {
    pub index: Index,
    /// Numbers were read as one word each: quotations must be too.
    spelt_numbers: bool,
}

/// What a quotation was found to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Word for word as the source has it (allowed edits aside).
    Verbatim,
    /// As the source has it, with bracketed words standing for some of it.
    Edited,
    /// Its passage differs in words.
    Altered,
    /// Found verbatim, but the source gives it to someone else.
    Misattributed,
    /// Its speaker is in the sources, but it is found nowhere in them.
    Unsourced,
    /// Not found, and its speaker is not in the sources (or unknown).
    NotFound,
    /// Fewer than [`MIN_WORDS`] words: a phrase, not looked up.
    Short,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Edited => "edited",
            Verdict::Altered => "altered",
            Verdict::Misattributed => "misattributed",
            Verdict::Unsourced => "unsourced",
            Verdict::NotFound => "not-found",
            Verdict::Short => "short",
        }
    }
}

/// One quotation part of an article, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteCheck {
    /// The quoted words, between the marks.
    pub quote: Span,
    /// Who the article says said it.
    pub speaker: Option<String>,
    pub verdict: Verdict,
    pub passage: Option<Passage>,
    pub differences: Vec<Difference>,
    /// A short quotation found only near, in its speaker's own turns: the
    /// speaker may have said it so on another occasion too, so the
    /// difference is weaker evidence (reported at info).
    pub near: bool,
}

/// Does the speaker label `label` ("TRUMP", "SEN. SMITH", "Donald
/// Trump") name the article's speaker `speaker` ("Donald Trump", "Mr.
/// Trump")? Their last words are compared, each against all the other's
/// words; when both give a first name after any title, it must agree too
/// ("Eric Trump" is not "Donald Trump").
pub fn same_person(speaker: &str, label: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| w.chars().count() >= 2)
            .map(|w| w.to_lowercase())
            .collect()
    };
    let (a, b) = (words(speaker), words(label));
    let named = match (a.last(), b.last()) {
        (Some(la), Some(lb)) => b.contains(la) || a.contains(lb),
        _ => false,
    };
    let first = |w: &[String]| -> Option<String> {
        let rest: Vec<&String> = w
            .iter()
            .skip_while(|x| TITLES.contains(&x.as_str()))
            .collect();
        (rest.len() >= 2).then(|| rest[0].clone())
    };
    match (first(&a), first(&b)) {
        (Some(fa), Some(fb)) => named && fa == fb,
        _ => named,
    }
}

/// Words before a name that are not a first name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "secretary",
    "mayor",
    "judge",
    "gen",
    "general",
    "rev",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
];

impl Sources {
    /// The files' paths, in the order they were read.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.index.files.iter().map(|f| f.path.as_str())
    }

    /// Is `speaker` someone a source gives turns to?
    pub fn knows(&self, speaker: &str) -> bool {
        self.index.speakers.iter().any(|l| same_person(speaker, l))
    }

    /// The file a passage is in.
    pub fn file(&self, p: &Passage) -> &SourceFile {
        &self.index.files[p.file as usize]
    }

    /// Checks the words quoted at `quote` in `text`, said by `speaker`.
    pub fn check(&self, text: &str, quote: Span, speaker: Option<&str>) -> QuoteCheck {
        let quoted = &text[quote.range()];
        let q = words::words(quoted, quote.start, words::Mode::Quotation);
        let q = if self.spelt_numbers {
            numbers::merge(q, quoted, quote.start)
        } else {
            q
        };
        let spoken = q
            .iter()
            .filter(|w| !w.bracket && !w.norm.is_empty())
            .count();
        if spoken < MIN_WORDS {
            return QuoteCheck {
                quote,
                speaker: speaker.map(str::to_string),
                verdict: Verdict::Short,
                passage: None,
                differences: Vec::new(),
                near: false,
            };
        }
        let prefer = |label: Option<&str>| match (speaker, label) {
            (Some(s), Some(l)) => same_person(s, l),
            _ => false,
        };
        let known = speaker.is_some_and(|s| self.knows(s));
        let mut near = false;
        let found = compare::best(&self.index, &q, prefer).or_else(|| {
            // A short quotation not found whole: perhaps a word changed in
            // something its speaker said.
            let s = speaker.filter(|_| known)?;
            let m = near::near(&self.index, &q, |l| same_person(s, l));
            near = m.is_some();
            m
        });
        let (verdict, passage, differences) = match found {
            None if known => (Verdict::Unsourced, None, Vec::new()),
            None => (Verdict::NotFound, None, Vec::new()),
            Some(m) => {
                let altered = m.differences.iter().any(|d| d.kind != DiffKind::Edited);
                let other = known
                    && m.passage
                        .speaker
                        .as_deref()
                        .is_some_and(|l| !same_person(speaker.unwrap_or(""), l));
                let verdict = if altered {
                    Verdict::Altered
                } else if other {
                    Verdict::Misattributed
                } else if m.differences.is_empty() {
                    Verdict::Verbatim
                } else {
                    Verdict::Edited
                };
                (verdict, Some(m.passage), m.differences)
            }
        };
        QuoteCheck {
            quote,
            speaker: speaker.map(str::to_string),
            verdict,
            passage,
            differences,
            near,
        }
    }
}

/// The direct quotations of `article`, each part on its own, with their
/// speakers, checked against `sources`, in text order.
pub fn check_article(article: &Article<'_, '_>, sources: &Sources) -> Vec<QuoteCheck> {
    if sources.index.is_empty() {
        return Vec::new();
    }
    let doc = &article.doc;
    let atts = article.attributions();
    doc.quotations
        .iter()
        .filter(|q| q.depth == 0 && q.close.is_some())
        .map(|q| {
            let speaker = atts
                .iter()
                .filter(|a| a.content.is_some_and(|c| c.contains(q.inner)))
                .find_map(|a| a.speaker.as_deref());
            sources.check(doc.text, q.inner, speaker)
        })
        .collect()
}

#[cfg(test)]
mod tests;
