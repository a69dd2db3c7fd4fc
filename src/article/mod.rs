//! An article: the document model of one text and everything derived from
//! it — who said what, the names as written and their spellings, line
//! numbers — each built once, the first time a rule, a pack or a report
//! asks for it, and shared by all of them.
//!
//! The document model (`crate::model`) knows nothing of these analyses;
//! the analyses read the model and their own word lists; the article sits
//! above both, so that no analysis runs twice and none runs when nothing
//! reads it.

mod lower;

use crate::attribution::Attribution;
use crate::lang::Lang;
use crate::line_index::LineIndex;
use crate::model::html::OffsetMap;
use crate::model::{Document, Format};
use crate::names::forms::Forms;
use crate::names::Mention;
use std::sync::OnceLock;

/// One text, parsed, with its analyses built on demand.
///
/// The cells are `OnceLock`s: the rules of a very large article run on
/// several threads and share what the first of them asks for.
pub struct Article<'a, 't> {
    pub doc: Document<'t>,
    pub lang: &'a Lang,
    /// Lines of the file before this text: a later window of a very large
    /// file (see `crate::model::window`) counts on from them.
    line_base: usize,
    attributions: OnceLock<Vec<Attribution>>,
    mentions: OnceLock<Vec<Mention>>,
    forms: OnceLock<Forms<'t>>,
    lines: OnceLock<LineIndex>,
    lower_words: OnceLock<rustc_hash::FxHashSet<&'t str>>,
    quote_checks: OnceLock<Vec<crate::sources::QuoteCheck>>,
    /// For an HTML page's article text: the page, and where each byte of
    /// the text came from, so that lines named in messages are the page's.
    page: Option<(&'t str, &'t OffsetMap)>,
}

/// From this size up, the attributions and the name spellings are built
/// side by side when both are wanted.
const PARALLEL_BYTES: usize = 1 << 20;

impl<'a, 't> Article<'a, 't> {
    /// The article of `doc`, parsed under `lang`'s conventions.
    pub fn new(doc: Document<'t>, lang: &'a Lang) -> Self {
        Article {
            doc,
            lang,
            line_base: 0,
            attributions: OnceLock::new(),
            mentions: OnceLock::new(),
            forms: OnceLock::new(),
            lines: OnceLock::new(),
            lower_words: OnceLock::new(),
            quote_checks: OnceLock::new(),
            page: None,
        }
    }

    /// The article of an HTML page's text: lines are counted in `html`,
    /// through `map`.
    pub fn from_page(mut self, html: &'t str, map: &'t OffsetMap) -> Self {
        self.page = Some((html, map));
        self
    }

    /// Parses `text` as one article.
    pub fn parse(text: &'t str, format: Format, lang: &'a Lang) -> Self {
        Article::new(Document::parse(text, format, &lang.text), lang)
    }

    /// A window of a very large file that begins `lines` lines into it
    /// (`opening`: the window at the file's start, with its headline).
    pub fn part(
        text: &'t str,
        format: Format,
        lang: &'a Lang,
        opening: bool,
        lines: usize,
    ) -> Self {
        let mut a = Article::new(
            Document::parse_part(text, format, &lang.text, opening),
            lang,
        );
        a.line_base = lines;
        a
    }

    /// Builds the attributions and the name spellings now, side by side
    /// for a very large article (attribution search is partly sequential;
    /// the spellings are counted meanwhile on the other threads).
    pub fn prefetch(&self, attributions: bool, forms: bool) {
        if attributions && forms && self.doc.text.len() >= PARALLEL_BYTES {
            rayon::join(|| self.attributions(), || self.name_forms());
        }
    }

    /// Who said what, in order of their cues (see `crate::attribution`).
    pub fn attributions(&self) -> &[Attribution] {
        self.attributions
            .get_or_init(|| crate::attribution::extract(&self.doc, &self.lang.attribution))
    }

    /// The name mentions, in text order (see `crate::names`).
    pub fn mentions(&self) -> &[Mention] {
        self.mentions
            .get_or_init(|| crate::names::extract::mentions(&self.doc, &self.lang.names))
    }

    /// The capitalised spellings, counted once for the names rules.
    pub fn name_forms(&self) -> &Forms<'t> {
        self.forms.get_or_init(|| Forms::of(&self.doc))
    }

    /// The article's quotations checked against `sources` (see
    /// `crate::sources`): looked up once, whichever rule asks first. An
    /// article is checked against one run's sources only.
    pub fn quote_checks(&self, sources: &crate::sources::Sources) -> &[crate::sources::QuoteCheck] {
        self.quote_checks
            .get_or_init(|| crate::sources::check_article(self, sources))
    }

    /// 1-based line of `offset`, counted from the file's start.
    pub fn line_of(&self, offset: u32) -> usize {
        let (text, offset) = match self.page {
            Some((html, map)) => (html, map.start(offset)),
            None => (self.doc.text, offset),
        };
        self.lines
            .get_or_init(|| LineIndex::new(text))
            .line_of(offset)
            + 1
            + self.line_base
    }

    /// Is `word` also written in lower case somewhere in the article, as a
    /// whole word (see [`crate::names::forms::occurs_lowercase`])?
    pub fn occurs_lowercase(&self, word: &str) -> bool {
        let text = self.doc.text;
        let plain = |c: char| c.is_alphanumeric() || c == '-';
        if text.len() < lower::LOWER_INDEX_FROM || !word.chars().all(plain) {
            return crate::names::forms::occurs_lowercase(text, word);
        }
        let lower = word.to_lowercase();
        if lower == word || lower.is_empty() {
            return false;
        }
        // The index holds runs of four bytes or more led by a letter.
        let lb = lower.as_bytes();
        if lb.len() < 4 || !(lb[0].is_ascii_lowercase() || lb[0] >= 0x80) {
            return crate::names::forms::occurs_lowercase(text, word);
        }
        // A whole-word match of a word made of letters, digits and hyphens
        // is exactly one maximal run of such characters.
        self.lower_words
            .get_or_init(|| lower::lower_runs(text))
            .contains(lower.as_str())
    }
}

/// The attributions of a whole text, in order of their cues; a very large
/// text is read a window at a time (see `crate::model::window`).
pub fn attributions_of_text(text: &str, format: Format, lang: &Lang) -> Vec<Attribution> {
    use rayon::prelude::*;
    let ranges = crate::model::window::windows(text, format);
    let of = |doc: &Document<'_>| crate::attribution::extract(doc, &lang.attribution);
    if format == Format::Html {
        // Found in the page's article text, reported at the page's bytes.
        let page = crate::model::html::Page::read(text, &lang.text);
        let mut atts = of(&page.document(&lang.text));
        for a in &mut atts {
            a.cue = page.map.span(a.cue);
            a.source = a.source.map(|s| page.map.span(s));
            a.content = a.content.map(|s| page.map.span(s));
        }
        return atts;
    }
    if ranges.len() == 1 {
        return of(&Document::parse(text, format, &lang.text));
    }
    let parts: Vec<Vec<Attribution>> = ranges
        .par_iter()
        .map(|r| {
            let doc = Document::parse_part(&text[r.clone()], format, &lang.text, r.start == 0);
            let mut atts = of(&doc);
            for a in &mut atts {
                a.shift(r.start as u32);
            }
            atts
        })
        .collect();
    parts.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_look_up_of_a_large_file_agrees_with_the_search() {
        let para = "The state’s élan, Obama’s aide and the well-known state-owned firm \
                    met Élysée staff; obama-era rules, naïve ÉLAN, ‘stateless’ voters.\n\n";
        let mut text = String::from("Head\n\n");
        while text.len() < lower::LOWER_INDEX_FROM + 1024 {
            text.push_str(para);
        }
        let lang = Lang::english();
        let article = Article::parse(&text, Format::Plain, &lang);
        for w in [
            "State",
            "Élan",
            "Obama",
            "Well-known",
            "Firm",
            "Élysée",
            "Staff",
            "Naïve",
            "Stateless",
            "Voters",
            "Known",
            "Owned",
            "Obama-era",
            "Rules",
            "Aide",
            "Trump",
            "Sta",
            "The",
            "Met",
        ] {
            assert_eq!(
                article.occurs_lowercase(w),
                crate::names::forms::occurs_lowercase(&text, w),
                "{w}"
            );
        }
        assert!(article.occurs_lowercase("Élan") && !article.occurs_lowercase("Élysée"));
    }

    #[test]
    fn analyses_are_built_when_asked_and_once() {
        let lang = Lang::english();
        let text = "Head\n\n\u{201c}We won,\u{201d} said Ada Moss. Ben Hale left.\n";
        let article = Article::parse(text, Format::Plain, &lang);
        assert!(article.attributions.get().is_none());
        let first = article.attributions().as_ptr();
        assert_eq!(article.attributions().len(), 1);
        assert_eq!(article.attributions().as_ptr(), first);
        assert!(article
            .mentions()
            .iter()
            .any(|m| m.name(text) == "Ada Moss"));
        assert_eq!(article.line_of(8), 3);
    }
}
