//! The text a pack rule reads: one view per block or sentence, made of the
//! block's prose runs (Markdown syntax, code and HTML left out), with a map
//! back to byte offsets in the article.

use crate::model::{BlockKind, Document, Token, TokenKind};
use crate::span::Span;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

pub struct View<'t> {
    pub text: Cow<'t, str>,
    /// (offset in `text`, offset in the article) where each run begins.
    map: Vec<(u32, u32)>,
    pub block: u32,
    /// The tokens of the view, when it is one stretch of the article.
    tokens: Option<Range<u32>>,
}

impl View<'_> {
    /// The model's tokens of the view, if it is one stretch of the article
    /// (so that they cover its text but for white space).
    pub fn tokens<'d>(&self, doc: &'d Document<'_>) -> Option<&'d [Token]> {
        let r = self.tokens.as_ref()?;
        Some(&doc.tokens[r.start as usize..r.end as usize])
    }

    /// Gives the view the tokens `tokens` if it is one stretch of the
    /// article.
    fn with_tokens(mut self, tokens: &Range<u32>) -> Self {
        if self.map.len() == 1 {
            self.tokens = Some(tokens.clone());
        }
        self
    }

    /// The article offset of view offset `off`.
    pub fn source(&self, off: usize) -> u32 {
        let i = self.map.partition_point(|(v, _)| *v as usize <= off) - 1;
        let (v, s) = self.map[i];
        s + (off as u32 - v)
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        let s = self.source(start);
        // The end belongs to the run of its last byte.
        let e = if end > start {
            self.source(end - 1) + 1
        } else {
            s
        };
        Span {
            start: s,
            end: e.max(s),
        }
    }
}

/// Joins runs; runs parted by white space (a soft line break) are joined
/// with one space so that words stay apart.
fn view<'t>(text: &'t str, runs: &[Span], block: u32) -> Option<View<'t>> {
    let runs: Vec<Span> = runs.iter().copied().filter(|r| !r.is_empty()).collect();
    match runs.len() {
        0 => None,
        1 => Some(View {
            text: Cow::Borrowed(runs[0].text(text)),
            map: vec![(0, runs[0].start)],
            block,
            tokens: None,
        }),
        _ => {
            let mut s = String::new();
            let mut map = Vec::with_capacity(runs.len() * 2);
            for (i, r) in runs.iter().enumerate() {
                if i > 0 {
                    let gap = &text[runs[i - 1].end as usize..r.start as usize];
                    let spaced = s.ends_with(char::is_whitespace)
                        || r.text(text).starts_with(char::is_whitespace);
                    if !spaced && gap.contains(char::is_whitespace) {
                        map.push((s.len() as u32, runs[i - 1].end));
                        s.push(' ');
                    }
                }
                map.push((s.len() as u32, r.start));
                s.push_str(r.text(text));
            }
            Some(View {
                text: Cow::Owned(s),
                map,
                block,
                tokens: None,
            })
        }
    }
}

/// Views of one document, built on first use and shared by all rules.
pub struct Views<'d, 't> {
    pub doc: &'d Document<'t>,
    blocks: OnceCell<Vec<View<'t>>>,
    sentences: OnceCell<Vec<View<'t>>>,
    raw: OnceCell<View<'t>>,
}

impl<'d, 't> Views<'d, 't> {
    pub fn new(doc: &'d Document<'t>) -> Self {
        Views {
            doc,
            blocks: OnceCell::new(),
            sentences: OnceCell::new(),
            raw: OnceCell::new(),
        }
    }

    pub fn blocks(&self) -> &[View<'t>] {
        self.blocks.get_or_init(|| {
            let d = self.doc;
            d.blocks
                .iter()
                .enumerate()
                .filter_map(|(i, b)| {
                    let runs = &d.segments[b.segments.start as usize..b.segments.end as usize];
                    view(d.text, runs, i as u32).map(|v| v.with_tokens(&b.tokens))
                })
                .collect()
        })
    }

    pub fn sentences(&self) -> &[View<'t>] {
        self.sentences.get_or_init(|| {
            let d = self.doc;
            let mut out = Vec::with_capacity(d.sentences.len());
            let mut runs = Vec::new();
            for s in &d.sentences {
                let b = &d.blocks[s.block as usize];
                runs.clear();
                for seg in &d.segments[b.segments.start as usize..b.segments.end as usize] {
                    let start = seg.start.max(s.span.start);
                    let end = seg.end.min(s.span.end);
                    if start < end {
                        runs.push(Span { start, end });
                    }
                }
                out.extend(view(d.text, &runs, s.block).map(|v| v.with_tokens(&s.tokens)));
            }
            out
        })
    }

    /// The whole file as written, markup included (Vale's `raw` scope).
    pub fn raw(&self) -> &View<'t> {
        self.raw.get_or_init(|| View {
            text: Cow::Borrowed(self.doc.text),
            map: vec![(0, 0)],
            block: u32::MAX,
            tokens: None,
        })
    }

    pub fn kind(&self, v: &View<'_>) -> Option<BlockKind> {
        self.doc.blocks.get(v.block as usize).map(|b| b.kind)
    }

    /// A heading's level: the `#`s of a Markdown heading; 1 for the
    /// headline and 2 for other headings otherwise.
    pub fn heading_level(&self, v: &View<'_>) -> u8 {
        let Some(b) = self.doc.blocks.get(v.block as usize) else {
            return 0;
        };
        let text = self.doc.text;
        let line_start = text[..b.span.start as usize]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let hashes = text[line_start..b.span.start as usize]
            .trim_start()
            .bytes()
            .take_while(|&c| c == b'#')
            .count();
        match (hashes, b.kind) {
            (1..=6, _) => hashes as u8,
            (_, BlockKind::Headline) => 1,
            _ => 2,
        }
    }

    /// Whether a Markdown block's line opens with inline code before its
    /// first prose run.
    pub fn opens_with_code(&self, v: &View<'_>) -> bool {
        let text = self.doc.text;
        let start = v.source(0) as usize;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        text[line_start..start]
            .trim_start_matches(|c: char| c == '#' || c.is_whitespace())
            .starts_with('`')
    }

    /// Whether `span` touches a web address in its block: addresses are
    /// never prose.
    pub fn in_url(&self, block: u32, span: Span) -> bool {
        let Some(b) = self.doc.blocks.get(block as usize) else {
            return false;
        };
        let toks = self.doc.block_tokens(b);
        let i = toks.partition_point(|t| t.span.end <= span.start);
        toks[i..]
            .iter()
            .take_while(|t| t.span.start < span.end)
            .any(|t| t.kind() == TokenKind::Url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::Format;

    #[test]
    fn markdown_runs_join_and_map_back() {
        let text = "# Head\n\nSay *very*\nunique `code` thing.\n";
        let lang = Lang::english();
        let doc = Document::parse(text, Format::Markdown, &lang);
        let views = Views::new(&doc);
        let v = &views.blocks()[1];
        assert_eq!(v.text, "Say very unique  thing.");
        let at = v.text.find("unique").unwrap();
        let span = v.span(at, at + 6);
        assert_eq!(span.text(text), "unique");
        let at = v.text.find("thing").unwrap();
        assert_eq!(v.span(at, at + 5).text(text), "thing");
    }
}
