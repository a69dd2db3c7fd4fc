//! Name mentions: capitalised sequences with titles stripped, linked to
//! the fuller form of the same name in the article.

use crate::lang::Lang;
use crate::model::Document;
use crate::span::Span;
use serde::Serialize;

/// One mention of a name in the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    /// The name as written, titles and possessives stripped.
    pub name: String,
}

/// The name-finding word lists of one language (titles, roles, words that
/// are capitalised but not names), from YAML under `rules/`.
#[derive(Debug, Clone, Default)]
pub struct Data {}

impl Data {
    /// The compiled-in data for language `lang` (`en`, `de`, …).
    pub fn builtin(_lang: &str) -> Result<Data, crate::Error> {
        Ok(Data {})
    }
}

/// Finds the name mentions of a parsed document.
pub fn mentions(_doc: &Document<'_>, _lang: &Lang) -> Vec<Mention> {
    Vec::new()
}
