//! Names: mentions in the document model, spellings compared within an
//! article, names lists (shipped, or learned from an archive), and the
//! consistency pairs of ordinary words.
//!
//! - [`extract`]: mentions, titles stripped, short forms linked to full names.
//! - [`forms`]: the capitalised spellings of one article, counted.
//! - [`similar`]: when two spellings are one name written two ways.
//! - [`slip`]: the typing slips of a hand, told from two names one letter apart.
//! - [`list`]: names lists (`rules/names/*.yaml`, `--names FILE`).
//! - [`counts`]: an archive's counts, made in parts and added up.
//! - [`learn`]: a names list from an archive (`ascribe names learn`).
//! - [`nouns`]: what tells a capitalised noun from a name (German).
//! - [`consistency`]: rouble/ruble, -ise/-ize (`rules/consistency.yaml`).

pub mod consistency;
pub mod counts;
pub mod extract;
pub mod fold;
pub mod forms;
pub mod learn;
pub mod list;
pub mod nouns;
pub mod similar;
pub mod slip;
pub mod window;
pub mod words;

use crate::model::{Document, Token};
use crate::span::Span;
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

pub use list::List;
pub use words::Data;

/// One mention of a name in the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The name as written, titles and possessive excluded.
    pub span: Span,
    /// Its tokens in `Document::tokens` (words, particles, initials' dots).
    pub tokens: Range<u32>,
    /// How many capitalised words and particles it has.
    pub words: u32,
    /// For a one-word mention, the fuller mention of the same name in the
    /// article ("Thomas" → "Neil Thomas"), as an index into `mentions`.
    pub full: Option<u32>,
    /// Inside a quotation.
    pub quoted: bool,
    /// Was written with a possessive ("Putin's").
    pub possessive: bool,
    /// Begins its sentence, so its capital says nothing.
    pub initial: bool,
    /// In running prose (not a headline, heading, label or caption).
    pub body: bool,
}

impl Mention {
    /// The name as written, titles and possessives stripped, and a line
    /// break inside it read as a space. Taken from the text when asked
    /// for, not kept: a long file has a mention every fifty bytes.
    pub fn name<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let raw = self.span.text(text);
        if raw.contains(['\n', '\r']) {
            Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
        } else {
            Cow::Borrowed(raw)
        }
    }

    /// The mention's word tokens (with particles and initials' dots).
    pub fn word_tokens<'d>(&self, doc: &'d Document<'_>) -> &'d [Token] {
        &doc.tokens[self.tokens.start as usize..self.tokens.end as usize]
    }
}
