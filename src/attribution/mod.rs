//! Attributions: who said what. Filled in from the document model once,
//! while the document is built; rules and `ascribe extract` only read them.

use crate::lang::Lang;
use crate::model::Document;
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionKind {
    /// A direct quotation with its speaker.
    Direct,
    /// A quotation of a phrase inside reported speech ("called the deal “a disaster”").
    Mixed,
    /// Reported speech: "X said that …", "according to X".
    Indirect,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceClass {
    Named,
    Organisation,
    Vague,
    Anonymous,
    Unknown,
}

/// One attribution, with byte spans into the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attribution {
    pub kind: AttributionKind,
    pub cue: Span,
    pub source: Option<Span>,
    pub content: Option<Span>,
    /// The source as resolved: "Thomas" and "the analyst" become "Neil Thomas".
    pub speaker: Option<String>,
    pub class: SourceClass,
}

/// The attribution word lists of one language (cue verbs, source classes,
/// titles), from YAML under `rules/`.
#[derive(Debug, Clone, Default)]
pub struct Data {}

impl Data {
    /// The compiled-in data for language `lang` (`en`, `de`, …).
    pub fn builtin(_lang: &str) -> Result<Data, crate::Error> {
        Ok(Data {})
    }
}

/// Finds the attributions of a parsed document.
pub fn extract(_doc: &Document<'_>, _lang: &Lang) -> Vec<Attribution> {
    Vec::new()
}
