//! Splitting plain text into blocks: at blank lines, a single newline
//! being a line wrap, unless every line is a paragraph of its own; in
//! parallel slices for a very large file.

use super::{ends_sentence, BlockKind, RawBlock};
use crate::span::Span;

/// Splits plain text into blocks at blank lines; a single newline inside a
/// block is a line wrap.
pub fn split_plain(text: &str) -> Vec<RawBlock> {
    split_plain_with(text, PARALLEL_BYTES)
}

/// `split_plain`, in parallel slices from `parallel` bytes up (tests force
/// both paths).
pub(super) fn split_plain_with(text: &str, parallel: usize) -> Vec<RawBlock> {
    if text.len() < parallel {
        let mut blocks = Vec::new();
        split_plain_in(text, 0..text.len(), &mut blocks);
        return blocks;
    }
    // One very large file: cut at empty lines into slices split on all
    // threads. An empty line ends any block, so each slice starts and ends
    // between blocks and the slices' blocks join to one pass's.
    let n = rayon::current_num_threads() * 4;
    let mut cuts = vec![0];
    for k in 1..n {
        let want = (text.len() * k / n).max(*cuts.last().expect("starts at 0"));
        if let Some(i) = memchr::memmem::find(&text.as_bytes()[want..], b"\n\n") {
            cuts.push(want + i + 1);
        }
    }
    cuts.push(text.len());
    cuts.dedup();
    let parts = crate::slices::par_ranges(cuts.len() - 1, 1, |r| {
        let mut blocks = Vec::new();
        split_plain_in(text, cuts[r.start]..cuts[r.start + 1], &mut blocks);
        blocks
    });
    parts.into_iter().flatten().collect()
}

/// From this size up, plain text is split and classified in parallel.
pub(super) const PARALLEL_BYTES: usize = 1 << 20;

/// The blocks of `text[range]`, which begins at the start of a line.
fn split_plain_in(text: &str, range: std::ops::Range<usize>, blocks: &mut Vec<RawBlock>) {
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = range.start.max(crate::model::bom_len(text));
    let bytes = &text.as_bytes()[..range.end];
    while pos < bytes.len() {
        let nl = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let line = &text[pos..nl];
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                push_block(text, s, end, blocks);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + line.trim_end().len();
        }
        pos = nl + 1;
    }
    if let Some(s) = start {
        push_block(text, s, end, blocks);
    }
}

/// Lines longer than this are not hard-wrapped prose.
const WRAP_WIDTH: usize = 100;

/// Is this block of several lines an article scraped one paragraph to a
/// line (no blank lines between), rather than one paragraph hard-wrapped?
/// Scraped paragraphs run past any wrap width, and end their lines where
/// sentences end; a hard-wrapped paragraph breaks its lines mid-sentence,
/// and one line in it past the width (a long web address, a careless
/// wrap) does not make it scraped. With two long lines the block is
/// scraped; with one, when most lines end a sentence, or, for a block of
/// two lines, unless the second goes on with the first one's sentence (a
/// lower-case word).
fn one_paragraph_a_line(body: &str) -> bool {
    // Most blocks are one line: a byte search says so without splitting.
    let Some(last_nl) = memchr::memrchr(b'\n', body.as_bytes()) else {
        return false;
    };
    let (mut lines, mut long, mut ends) = (0, 0, 0);
    for l in body[..last_nl].split('\n') {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        lines += 1;
        long += usize::from(l.len() > WRAP_WIDTH && l.chars().count() > WRAP_WIDTH);
        ends += usize::from(ends_sentence(l) || l.ends_with([':', ']', ')']));
    }
    match long {
        0 => false,
        1 if lines == 1 => {
            let next = body[last_nl + 1..].trim_start().chars().next();
            ends == 1 || !next.is_some_and(char::is_lowercase)
        }
        1 => ends * 2 > lines,
        _ => true,
    }
}

fn push_block(text: &str, start: usize, end: usize, blocks: &mut Vec<RawBlock>) {
    let body = &text[start..end];
    let unwrapped = one_paragraph_a_line(body);
    if !unwrapped {
        blocks.push(raw(start, end));
        return;
    }
    let mut pos = start;
    for line in body.split('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            blocks.push(raw(pos + lead, pos + lead + trimmed.len()));
        }
        pos += line.len() + 1;
    }
}

fn raw(start: usize, end: usize) -> RawBlock {
    let span = Span::new(start, end);
    RawBlock {
        span,
        segments: vec![span],
        kind: BlockKind::Paragraph,
    }
}
