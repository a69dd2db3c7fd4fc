//! What the scope answers: the reach an attribution is given, whether
//! a claim is covered and by what, and, when it is not, why not.

use crate::attribution::Attribution;
pub use crate::claims::writer::Place;
use crate::span::Span;

/// How far an attribution reaches: the option `scope` of
/// `claims.unattributed` (`--claims-scope`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClaimsScope {
    /// A paragraph whose last sentence closes with an attribution ("…,
    /// Reuters reported.") is covered by it.
    #[default]
    Paragraph,
    /// Every claim needs an attribution in its own sentence: the strict
    /// newsroom setting.
    Sentence,
}

impl ClaimsScope {
    /// The scope named `s`, as the option writes it; the default for any
    /// other word (the rule's declared values are checked before a run).
    pub fn named(s: &str) -> ClaimsScope {
        match s {
            "sentence" => ClaimsScope::Sentence,
            _ => ClaimsScope::Paragraph,
        }
    }
}

/// Why a nearby attribution does not cover a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why<'t> {
    /// Nothing in the paragraph attributes anything.
    Nothing,
    /// The sentence's only attribution is the claim itself.
    OwnAttribution { cue: &'t str },
    /// The nearest source is in another sentence of the paragraph.
    OtherSentence { source: String, at: u32 },
    /// The paragraph's closing source would cover it under scope: paragraph.
    SentenceScope { source: String, at: u32 },
    /// The closing sentence opens with a turn ("But") and speaks for itself.
    Contrast {
        source: String,
        at: u32,
        word: &'t str,
    },
    /// Another source speaks earlier in the paragraph.
    OtherSource {
        source: String,
        at: u32,
        other: String,
    },
    /// The closing sentence is a direct quotation: its speaker's own
    /// words, which vouch for nothing the writer said before them.
    Quotation { source: String, at: u32 },
    /// A headline needs an attribution of its own.
    Headline,
    /// The sentence's verb of saying comes after the claim and reports
    /// what follows it, not the claim.
    Later { verb: &'t str },
    /// The sentence's source speaks for another clause: the claim stands
    /// in the writer's own words beside it (`writer.rs`). `word` is the
    /// participle or the word that opens the source's clause, for those
    /// places.
    WritersOwn {
        source: String,
        at: u32,
        place: Place,
        word: &'t str,
    },
}

/// What the attributions near a sentence say about one claim in it: the
/// facts [`Scope::cover`] judges by, and the claims model weighs.
#[derive(Debug, Clone, Default)]
pub struct Coverage<'a> {
    /// An attribution in the sentence, other than the claim itself.
    pub sentence: Option<&'a Attribution>,
    /// The sentence's only attributions are the claim itself ("pledged to").
    pub own: Option<&'a Attribution>,
    /// An attribution in the sentence whose cue is a verb of thinking or
    /// wanting ("X believes", "X's team thinks"): X's view, as X holds it.
    pub cognition: bool,
    /// A verb of saying or reporting, or a document named ("In a poll …"),
    /// with no source the grammar found; or a source it does not mark (a
    /// name before a colon, a proposal's author carried on: `saying.rs`).
    pub says: bool,
    /// A verb of saying after the claim that reports only what follows it
    /// ("… angered party leaders, who have expressed concern about …").
    pub later: Option<Span>,
    /// The claim lies inside what a neighbouring sentence's attribution
    /// quotes or reports.
    pub content: bool,
    /// The sentence lies between two by the same speaker.
    pub between: bool,
    /// The claim stands outside what the sentence's attributions say, in
    /// the writer's own words beside one of them (`writer.rs`): that
    /// attribution and where. No attribution of the sentence covers it.
    pub writer: Option<(&'a Attribution, Place)>,
    /// The paragraph's last sentence closes with an attribution that
    /// covers the paragraph (see [`Closing`]).
    pub closing: Option<Closing<'a>>,
    /// The nearest attribution elsewhere in the paragraph, if any.
    pub near: Option<&'a Attribution>,
    /// The claim opens its paragraph and the next sentence gives the data
    /// for it from a poll or report: that source's words (`evidence.rs`).
    pub evidence: Option<Span>,
}

/// A paragraph's closing attribution ("…, Yahoo Finance reported.").
#[derive(Debug, Clone)]
pub struct Closing<'a> {
    pub attribution: &'a Attribution,
    /// Its sentence opens with a turn ("But …") and speaks for itself:
    /// that word.
    pub contrast: Option<Span>,
    /// Another source speaks earlier in the paragraph.
    pub other: Option<&'a Attribution>,
    /// It closes a direct quotation ("“It was offensive,” said Fleischer."):
    /// one person's words, given as an example, do not make the writer's
    /// general claim before them theirs (the claim labels' convention).
    pub quotation: bool,
}

impl Coverage<'_> {
    /// Does an attribution in the claim's own sentence cover it?
    pub fn in_sentence(&self) -> bool {
        self.sentence.is_some() || self.says || self.content
    }
}
