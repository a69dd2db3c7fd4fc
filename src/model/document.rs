use super::block::{classify_plain, split_plain, BlockKind, RawBlock};
use super::brackets::{self, BracketProblem};
use super::conventions::Conventions;
use super::marks::{self, Mark};
use super::quotes::{self, BlockView, Quotation, QuoteProblem};
use super::token::{tokenize_into, Picked, Token};
use super::{markdown, sentence};
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
    /// An HTML page (see `super::html`): read through a `Page`, whose
    /// article text is what the document holds.
    Html,
}

impl Format {
    /// `.md` and `.markdown` are Markdown, `.html` and `.htm` HTML;
    /// everything else is plain text.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            Format::Html
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
    /// Suppression comments, in text order (see `super::directives`).
    pub directives: Vec<super::directives::Directive>,
}

/// What blocks yield on their own, before quotations are paired.
#[derive(Default)]
struct BlockParse {
    tokens: Vec<Token>,
    sentences: Vec<Range<usize>>,
    marks: Vec<Mark>,
    brackets: Vec<BracketProblem>,
    /// Scratch: the block's marks and brackets (see [`Picked`]).
    picked: Vec<u32>,
}

/// Above this many blocks the per-block work is spread over threads, so
/// that one huge file costs no more per byte than many small ones.
const PARALLEL_BLOCKS: usize = 512;

/// Blocks one parallel task parses together.
const BLOCKS_PER_TASK: usize = 32;

/// A run of blocks parsed together, with where each block begins in it.
type Parsed = (BlockParse, Vec<(usize, usize, usize)>);

impl<'t> Document<'t> {
    /// `text` read under a language's conventions (a `Conventions`, or
    /// anything that holds one, such as a `crate::lang::Lang`).
    pub fn parse<C: AsRef<Conventions> + ?Sized>(
        text: &'t str,
        format: Format,
        lang: &C,
    ) -> Document<'t> {
        Document::parse_with(text, format, lang.as_ref(), PARALLEL_BLOCKS, true)
    }

    /// A part of an article read on its own: a later window of a very
    /// large file (see `super::window`), which has no headline.
    pub fn parse_part<C: AsRef<Conventions> + ?Sized>(
        text: &'t str,
        format: Format,
        lang: &C,
        opening: bool,
    ) -> Document<'t> {
        Document::parse_with(text, format, lang.as_ref(), PARALLEL_BLOCKS, opening)
    }

    /// `parse`, with blocks parsed in parallel chunks of `chunk` blocks once
    /// there are that many (tests force both paths).
    fn parse_with(
        text: &'t str,
        format: Format,
        lang: &Conventions,
        chunk: usize,
        opening: bool,
    ) -> Document<'t> {
        let mut directives = Vec::new();
        let raw = raw_blocks(text, format, lang, opening, &mut directives);
        Document::build(text, format, raw, directives, lang, chunk)
    }

    /// The quotations and unpaired marks `Document::parse` would find in
    /// `text`, without the sentences, brackets and document it also
    /// builds, which the pairing does not read: what a fix that changes
    /// quotation marks is checked against, on the paragraphs it edits.
    pub fn pair_marks<C: AsRef<Conventions> + ?Sized>(
        text: &str,
        format: Format,
        lang: &C,
    ) -> (Vec<Quotation>, Vec<QuoteProblem>) {
        let lang = lang.as_ref();
        let raw = raw_blocks(text, format, lang, true, &mut Vec::new());
        let mut tokens = Vec::new();
        let mut marks = Vec::new();
        let mut ranges = Vec::with_capacity(raw.len());
        let mut picked = Vec::new();
        for (i, rb) in raw.iter().enumerate() {
            let (t0, m0) = (tokens.len(), marks.len());
            for seg in &rb.segments {
                tokenize_into(text, *seg, &mut tokens);
            }
            let toks = Picked::marks_and_brackets(&tokens[t0..], &mut picked);
            marks::classify(text, toks, rb.span, i as u32, t0 as u32, lang, &mut marks);
            ranges.push((t0..tokens.len(), m0..marks.len()));
        }
        let views: Vec<BlockView<'_>> = raw
            .iter()
            .zip(ranges)
            .map(|(rb, (t, m))| BlockView {
                kind: rb.kind,
                span: rb.span,
                marks: m,
                tokens: &tokens[t],
            })
            .collect();
        quotes::pair(text, &marks, &views, lang)
    }

    /// The document of blocks found already (an HTML page's).
    pub fn from_blocks(
        text: &'t str,
        format: Format,
        raw: Vec<RawBlock>,
        lang: &Conventions,
    ) -> Document<'t> {
        Document::build(text, format, raw, Vec::new(), lang, PARALLEL_BLOCKS)
    }

    fn build(
        text: &'t str,
        format: Format,
        raw: Vec<RawBlock>,
        directives: Vec<super::directives::Directive>,
        lang: &Conventions,
        chunk: usize,
    ) -> Document<'t> {
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
            directives,
        };
        if raw.len() < chunk {
            // One pass straight into the document's own vectors: no
            // per-block allocations for the common, article-sized file.
            let mut acc = BlockParse {
                tokens: std::mem::take(&mut doc.tokens),
                sentences: Vec::new(),
                marks: Vec::new(),
                brackets: Vec::new(),
                picked: Vec::new(),
            };
            let mut ranges = Vec::with_capacity(raw.len());
            for (i, rb) in raw.iter().enumerate() {
                let before = (acc.tokens.len(), acc.sentences.len(), acc.marks.len());
                parse_block_into(text, i as u32, rb, lang, &mut acc);
                ranges.push(before);
            }
            doc.append_parsed(0, &raw, acc, &ranges);
        } else {
            // Blocks are parsed a chunk at a time, in parallel, and moved
            // into the document while the next chunk is parsed, so memory
            // holds two chunks' scratch vectors, not a second copy of the
            // file's, and the copying overlaps the parsing.
            // A task parses a run of blocks into one set of vectors: a set
            // per block cost a dozen allocations a paragraph, freed on
            // another thread than the one that made them.
            let parse_part = |first: usize, part: &[RawBlock]| -> Vec<Parsed> {
                part.par_chunks(BLOCKS_PER_TASK)
                    .enumerate()
                    .map(|(c, run)| {
                        let mut p = BlockParse::default();
                        let mut ranges = Vec::with_capacity(run.len());
                        for (k, rb) in run.iter().enumerate() {
                            ranges.push((p.tokens.len(), p.sentences.len(), p.marks.len()));
                            let index = first + c * BLOCKS_PER_TASK + k;
                            parse_block_into(text, index as u32, rb, lang, &mut p);
                        }
                        (p, ranges)
                    })
                    .collect()
            };
            // News text has a token per five or six bytes. Room for one per
            // four, taken at once, spares the doubling growth its copies
            // (each one held the old and the new vector at once); pages
            // never written are never made resident.
            doc.tokens.reserve(text.len() / 4);
            let parts: Vec<&[RawBlock]> = raw.chunks(chunk).collect();
            let mut pending = parse_part(0, parts[0]);
            let mut first = 0;
            for (n, part) in parts.iter().enumerate() {
                let next_first = first + part.len();
                let next = parts.get(n + 1);
                let doc_ref = &mut doc;
                let (_, parsed) = rayon::join(
                    move || {
                        let runs = part.chunks(BLOCKS_PER_TASK);
                        for (c, (run, (p, ranges))) in runs.zip(pending).enumerate() {
                            doc_ref.append_parsed(first + c * BLOCKS_PER_TASK, run, p, &ranges);
                        }
                    },
                    || next.map(|p| parse_part(next_first, p)),
                );
                pending = parsed.unwrap_or_default();
                first = next_first;
            }
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
        doc
    }

    /// Appends blocks `raw`, numbered from `first`, parsed into `p`;
    /// `ranges` holds, per block, where its tokens, sentences and marks
    /// begin in `p`. The first parse of a document is taken over whole
    /// rather than copied.
    fn append_parsed(
        &mut self,
        first: usize,
        raw: &[RawBlock],
        p: BlockParse,
        ranges: &[(usize, usize, usize)],
    ) {
        let (tok0, sent0, mark0) = (self.tokens.len(), self.sentences.len(), self.marks.len());
        let ends = |i: usize| {
            ranges
                .get(i + 1)
                .copied()
                .unwrap_or((p.tokens.len(), p.sentences.len(), p.marks.len()))
        };
        self.sentences.reserve(p.sentences.len());
        for (i, rb) in raw.iter().enumerate() {
            let (t0, s0, m0) = ranges[i];
            let (t1, s1, m1) = ends(i);
            let seg0 = self.segments.len() as u32;
            self.segments.extend_from_slice(&rb.segments);
            for r in &p.sentences[s0..s1] {
                let span = p.tokens[r.start].span.cover(p.tokens[r.end - 1].span);
                self.sentences.push(Sentence {
                    span,
                    block: (first + i) as u32,
                    tokens: (tok0 + r.start) as u32..(tok0 + r.end) as u32,
                });
            }
            self.blocks.push(Block {
                span: rb.span,
                kind: rb.kind,
                segments: seg0..self.segments.len() as u32,
                tokens: (tok0 + t0) as u32..(tok0 + t1) as u32,
                sentences: (sent0 + s0) as u32..(sent0 + s1) as u32,
                marks: (mark0 + m0) as u32..(mark0 + m1) as u32,
            });
        }
        if self.tokens.capacity() == 0 {
            self.tokens = p.tokens;
        } else {
            self.tokens.extend_from_slice(&p.tokens);
        }
        if tok0 == 0 && self.marks.is_empty() {
            self.marks = p.marks;
        } else {
            self.marks.extend(p.marks.into_iter().map(|mut m| {
                m.token += tok0 as u32;
                m
            }));
        }
        if self.bracket_problems.is_empty() {
            self.bracket_problems = p.brackets;
        } else {
            self.bracket_problems.extend(p.brackets);
        }
    }

    pub fn block_tokens(&self, b: &Block) -> &[Token] {
        &self.tokens[b.tokens.start as usize..b.tokens.end as usize]
    }

    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.start as usize..s.tokens.end as usize]
    }

    /// The spans of the top-level quotations, by start.
    pub fn outer_quotation_spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = self
            .quotations
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.span)
            .collect();
        spans.sort_by_key(|s| s.start);
        spans
    }

    /// The block holding byte `offset`, if any.
    pub fn block_at(&self, offset: u32) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end < offset);
        (i < self.blocks.len() && self.blocks[i].span.start <= offset).then_some(i)
    }
}

/// The blocks of `text`, classified; suppression comments carved out
/// into `directives`.
fn raw_blocks(
    text: &str,
    format: Format,
    lang: &Conventions,
    opening: bool,
    directives: &mut Vec<super::directives::Directive>,
) -> Vec<RawBlock> {
    match format {
        Format::Plain => {
            let mut b = split_plain(text);
            b.retain(|rb| !super::block::is_code_like(rb.span.text(text)));
            super::directives::carve_plain(text, &mut b, directives);
            classify_plain(text, &mut b, lang, opening);
            b
        }
        Format::Markdown => markdown::split_markdown_with(text, lang, directives, opening),
        // A page's blocks are found by `super::html::Page`, which
        // calls `from_blocks`; text handed here is its article text,
        // read as plain text.
        Format::Html => {
            let mut b = split_plain(text);
            classify_plain(text, &mut b, lang, opening);
            b
        }
    }
}

/// Parses one block, appending to `out`: sentence ranges and mark token
/// indexes are relative to `out.tokens`.
fn parse_block_into(
    text: &str,
    index: u32,
    rb: &RawBlock,
    lang: &Conventions,
    out: &mut BlockParse,
) {
    let t0 = out.tokens.len();
    for seg in &rb.segments {
        tokenize_into(text, *seg, &mut out.tokens);
    }
    let toks = &out.tokens[t0..];
    sentence::split_into(text, toks, lang, !rb.kind.is_body(), t0, &mut out.sentences);
    let picked = Picked::marks_and_brackets(toks, &mut out.picked);
    marks::classify(
        text,
        picked,
        rb.span,
        index,
        t0 as u32,
        lang,
        &mut out.marks,
    );
    brackets::check(text, picked, rb.span, &mut out.brackets);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_and_sequential_parses_agree() {
        let para = "“We won,” she said (twice). He left. \"It's over\" and “then\n\n“more.”\n\n";
        let text = format!("Head\n\n{}", para.repeat(40));
        let lang = Conventions::english();
        let a = Document::parse_with(&text, Format::Plain, &lang, usize::MAX, true);
        let b = Document::parse_with(&text, Format::Plain, &lang, 7, true);
        assert_eq!(a.tokens, b.tokens);
        assert_eq!(a.sentences, b.sentences);
        assert_eq!(a.marks, b.marks);
        assert_eq!(a.quotations, b.quotations);
        assert_eq!(a.quote_problems, b.quote_problems);
        assert_eq!(a.bracket_problems, b.bracket_problems);
        let spans = |d: &Document<'_>| {
            d.blocks
                .iter()
                .map(|b| {
                    (
                        b.span,
                        b.tokens.clone(),
                        b.sentences.clone(),
                        b.marks.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&a), spans(&b));
    }

    /// `pair_marks` stands in for a full parse when a fix's marks are
    /// checked: it must pair exactly as the document does, unclosed,
    /// nested, running-on and unopened marks included, in each format.
    #[test]
    fn pair_marks_pairs_as_the_document_does() {
        let lang = Conventions::english();
        let texts = [
            (
                "Head\n\n“We won,” she said. He left. \"It's 'over'\" and “then\n\n“more.”\n\nShe said no.” Then ‘a “b” c’ and \"x\n",
                Format::Plain,
            ),
            (
                "# Title\n\n“One ‘two’ three,” he said.\n\n> “Quoted block”\n\n`“code”` and “open\n\n“again.”\n",
                Format::Markdown,
            ),
            ("A “b” c\n\nd ”e“ f\n", Format::Html),
        ];
        let mut unpaired = 0;
        for (text, format) in texts {
            let d = Document::parse(text, format, &lang);
            unpaired += d.quote_problems.len();
            let (quotations, problems) = Document::pair_marks(text, format, &lang);
            assert!(!d.quotations.is_empty(), "{text}");
            assert_eq!(quotations, d.quotations, "{text}");
            assert_eq!(problems, d.quote_problems, "{text}");
        }
        // The texts hold unpaired marks, so the problems were compared too.
        assert!(unpaired > 0);
    }
}
