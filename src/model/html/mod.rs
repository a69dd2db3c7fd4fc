//! HTML input: an article page read as a browser shows it. The page is
//! tokenized by `html5gum` (a WHATWG tokenizer that gives each token's
//! byte span); the text of its prose elements is written out as one
//! article text, block after block, with character references decoded,
//! and an [`OffsetMap`] records where each byte of it came from, so that
//! a finding on the text is reported at the page's own bytes.
//!
//! What is read as what: `<h1>` is the headline (else `<title>`, else the
//! first heading), other headings are headings, `<p>` and loose text are
//! paragraphs, `<li>` list items, text in `<blockquote>` a quotation
//! block, `<figcaption>` a caption. Scripts, styles, navigation, asides,
//! footers, a page header outside `<article>`, code, comments and
//! attributes are never prose; comments still carry suppressions.

mod entity;
mod offsets;
#[cfg(test)]
mod tests;
mod walk;

pub use offsets::OffsetMap;

use super::block::RawBlock;
use super::conventions::Conventions;
use super::directives::Directive;
use super::document::{Document, Format};

/// An HTML page read for checking.
#[derive(Debug, Default)]
pub struct Page {
    /// The article's text: its blocks, in page order, a blank line apart.
    pub text: String,
    /// The blocks, as spans of `text`.
    pub blocks: Vec<RawBlock>,
    /// From `text` back to the page.
    pub map: OffsetMap,
    /// Suppression comments, with the page's offsets.
    pub directives: Vec<Directive>,
}

impl Page {
    /// Reads `html` under a language's conventions (captions and page
    /// furniture among paragraphs are known by their words, as in text).
    pub fn read(html: &str, lang: &Conventions) -> Page {
        walk::read(html, lang)
    }

    /// The document model of the page's article text.
    pub fn document<'p>(&'p self, lang: &Conventions) -> Document<'p> {
        Document::from_blocks(&self.text, Format::Html, self.blocks.clone(), lang)
    }
}
