use super::block::{classify_plain, split_plain, BlockKind, RawBlock};
use super::brackets::{self, BracketProblem};
use super::marks::{self, Mark};
use super::quotes::{self, BlockView, Quotation, QuoteProblem};
use super::token::{tokenize_into, Token};
use super::{markdown, sentence};
use crate::lang::Lang;
use crate::span::Span;
use rayon::prelude::*;
use serde::Serialize;
use std::ops::Range;

/// How the text is to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Paragraphs split by blank lines; the first line is the headline.
    Plain,
    /// CommonMark; code, HTML and URLs are not prose.
    Markdown,
}

impl Format {
    /// `.md` and `.markdown` are Markdown; everything else is plain text.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
    /// The prose runs inside the block (into `Document::segments`).
    pub segments: Range<u32>,
    pub tokens: Range<u32>,
    pub sentences: Range<u32>,
    pub marks: Range<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub block: u32,
    pub tokens: Range<u32>,
}

/// An article, parsed once. Every span is a byte range into `text`.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub format: Format,
    pub blocks: Vec<Block>,
    pub segments: Vec<Span>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub marks: Vec<Mark>,
    pub quotations: Vec<Quotation>,
    pub quote_problems: Vec<QuoteProblem>,
    pub bracket_problems: Vec<BracketProblem>,
    /// Who said what (see `crate::attribution`).
    pub attributions: Vec<crate::attribution::Attribution>,
    /// Names as written (see `crate::names`).
    pub mentions: Vec<crate::names::Mention>,
}

/// What one block yields on its own, before quotations are paired.
struct BlockParse {
    tokens: Vec<Token>,
    sentences: Vec<Range<usize>>,
    marks: Vec<Mark>,
    brackets: Vec<BracketProblem>,
}

/// Above this many blocks the per-block work is spread over threads, so
/// that one huge file costs no more per byte than many small ones.
const PARALLEL_BLOCKS: usize = 512;

impl<'t> Document<'t> {
    pub fn parse(text: &'t str, format: Format, lang: &Lang) -> Document<'t> {
        let raw = match format {
            Format::Plain => {
                let mut b = split_plain(text);
                classify_plain(text, &mut b, lang);
                b
            }
            Format::Markdown => markdown::split_markdown(text, lang),
        };
        let mut doc = Document {
            text,
            format,
            blocks: Vec::with_capacity(raw.len()),
            segments: Vec::with_capacity(raw.len()),
            // Roughly one token per five bytes of news prose; reserving
            // ahead spares a very large file repeated copies, and pages
            // reserved but never touched cost no memory.
            tokens: Vec::with_capacity(text.len() / 4),
            sentences: Vec::with_capacity(text.len() / 64),
            marks: Vec::new(),
            quotations: Vec::new(),
            quote_problems: Vec::new(),
            bracket_problems: Vec::new(),
            attributions: Vec::new(),
            mentions: Vec::new(),
        };
        let parse_one = |(i, rb): (usize, &RawBlock)| parse_block(text, i as u32, rb, lang);
        // Blocks are parsed a chunk at a time (in parallel for large files)
        // and moved into the document before the next chunk, so memory
        // holds one chunk's scratch vectors, not a second copy of the file's.
        let mut first = 0;
        for chunk in raw.chunks(PARALLEL_BLOCKS) {
            let parsed: Vec<BlockParse> = if raw.len() >= PARALLEL_BLOCKS {
                chunk
                    .par_iter()
                    .enumerate()
                    .map(|(k, rb)| parse_one((first + k, rb)))
                    .collect()
            } else {
                chunk
                    .iter()
                    .enumerate()
                    .map(|(k, rb)| parse_one((first + k, rb)))
                    .collect()
            };
            for (k, (rb, p)) in chunk.iter().zip(parsed).enumerate() {
                doc.append_block(first + k, rb, p);
            }
            first += chunk.len();
        }
        let views: Vec<BlockView<'_>> = doc
            .blocks
            .iter()
            .map(|b| BlockView {
                kind: b.kind,
                span: b.span,
                marks: b.marks.start as usize..b.marks.end as usize,
                tokens: &doc.tokens[b.tokens.start as usize..b.tokens.end as usize],
            })
            .collect();
        let (quotations, problems) = quotes::pair(text, &doc.marks, &views, lang);
        drop(views);
        doc.quotations = quotations;
        doc.quote_problems = problems;
        doc.attributions = crate::attribution::extract(&doc, lang);
        doc.mentions = crate::names::mentions(&doc, lang);
        doc
    }

    fn append_block(&mut self, i: usize, rb: &RawBlock, p: BlockParse) {
        let tok0 = self.tokens.len() as u32;
        let seg0 = self.segments.len() as u32;
        let sent0 = self.sentences.len() as u32;
        let mark0 = self.marks.len() as u32;
        self.segments.extend_from_slice(&rb.segments);
        for r in p.sentences {
            let tokens = tok0 + r.start as u32..tok0 + r.end as u32;
            let span = p.tokens[r.start].span.cover(p.tokens[r.end - 1].span);
            self.sentences.push(Sentence {
                span,
                block: i as u32,
                tokens,
            });
        }
        self.tokens.extend(p.tokens);
        self.marks.extend(p.marks.into_iter().map(|mut m| {
            m.token += tok0;
            m
        }));
        self.bracket_problems.extend(p.brackets);
        self.blocks.push(Block {
            span: rb.span,
            kind: rb.kind,
            segments: seg0..self.segments.len() as u32,
            tokens: tok0..self.tokens.len() as u32,
            sentences: sent0..self.sentences.len() as u32,
            marks: mark0..self.marks.len() as u32,
        });
    }

    pub fn block_tokens(&self, b: &Block) -> &[Token] {
        &self.tokens[b.tokens.start as usize..b.tokens.end as usize]
    }

    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.start as usize..s.tokens.end as usize]
    }

    /// The block holding byte `offset`, if any.
    pub fn block_at(&self, offset: u32) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end < offset);
        (i < self.blocks.len() && self.blocks[i].span.start <= offset).then_some(i)
    }
}

fn parse_block(text: &str, index: u32, rb: &RawBlock, lang: &Lang) -> BlockParse {
    let mut tokens = Vec::new();
    for seg in &rb.segments {
        tokenize_into(text, *seg, &mut tokens);
    }
    let sentences = sentence::split(text, &tokens, lang, !rb.kind.is_body());
    let mut ms = Vec::new();
    marks::classify(text, &tokens, rb.span, index, 0, lang, &mut ms);
    let mut br = Vec::new();
    brackets::check(text, &tokens, rb.span, &mut br);
    BlockParse {
        tokens,
        sentences,
        marks: ms,
        brackets: br,
    }
}
