//! Blocks: the paragraphs, headlines and page furniture of an article.

use super::conventions::Conventions;
use crate::span::Span;
use serde::Serialize;

#[path = "block_split.rs"]
mod split;
pub use split::split_plain;
use split::PARALLEL_BYTES;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The article's headline: the first line of a plain-text article, or
    /// its first Markdown heading.
    Headline,
    /// A later heading or crosshead.
    Heading,
    Paragraph,
    ListItem,
    BlockQuote,
    /// Page furniture: "Tags", "Related Article:", section slugs.
    Label,
    /// A photo caption or credit line.
    Caption,
    /// A line that names who wrote the paragraphs above it: a reader's
    /// name or handle under a comment ("Ken White.", "@hotflesh.").
    Signature,
}

impl BlockKind {
    /// Headlines, headings, labels and captions are not running prose:
    /// quotations never run across them.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::ListItem | BlockKind::BlockQuote
        )
    }
}

/// A block before tokenising: its span, the prose pieces inside it (one for
/// plain text; the text runs between Markdown syntax otherwise), its kind.
#[derive(Clone, Debug)]
pub struct RawBlock {
    pub span: Span,
    pub segments: Vec<Span>,
    pub kind: BlockKind,
}

/// Gives plain-text blocks their kinds from their shape and the language's
/// furniture lists.
/// `opening`: the text begins the article, so its first headline-shaped
/// block may be the headline (a later window of a large file has none).
pub fn classify_plain(text: &str, blocks: &mut [RawBlock], lang: &Conventions, opening: bool) {
    classify_plain_with(text, blocks, lang, PARALLEL_BYTES, opening)
}

fn classify_plain_with(
    text: &str,
    blocks: &mut [RawBlock],
    lang: &Conventions,
    parallel: usize,
    opening: bool,
) {
    // Each block's kind by content is found on its own (in parallel for a
    // very large file); only a block after a list label needs asking again.
    let alone: Vec<Option<BlockKind>> = if text.len() >= parallel {
        use rayon::prelude::*;
        blocks
            .par_iter()
            .map(|b| classify_one(b.span.text(text), lang, false))
            .collect()
    } else {
        blocks
            .iter()
            .map(|b| classify_one(b.span.text(text), lang, false))
            .collect()
    };
    let mut seen_headline = !opening;
    let mut seen_body = false;
    let mut prev_label_lists = false;
    for (block, alone) in blocks.iter_mut().zip(alone) {
        let t = block.span.text(text);
        let kind = if prev_label_lists {
            classify_one(t, lang, true)
        } else {
            alone
        };
        prev_label_lists = kind == Some(BlockKind::Label) && is_list_label(t);
        block.kind = match kind {
            Some(k) => k,
            None if !seen_headline && !seen_body && is_headline_shaped(t) => {
                seen_headline = true;
                BlockKind::Headline
            }
            None if is_heading_shaped(t) => BlockKind::Heading,
            None => {
                seen_body = true;
                BlockKind::Paragraph
            }
        };
    }
}

/// Is this plain-text block style sheet or script scraped along with the
/// article (`.bio-text {` ⏎ `text-align: center;` ⏎ `}`)? Such blocks are
/// not prose: their braces and quotation marks are never checked. At least
/// one line opens or closes a brace block, and at least half the lines
/// look like code.
pub fn is_code_like(t: &str) -> bool {
    // Almost every block has no brace at all: a byte scan rules it out.
    if memchr::memchr2(b'{', b'}', t.as_bytes()).is_none() {
        return false;
    }
    let (mut lines, mut code, mut brace) = (0, 0, false);
    for line in t.lines() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        lines += 1;
        let bare = l.trim_end_matches('.');
        let opens = bare.ends_with('{');
        let closes = bare.starts_with('}') && bare.len() <= 3;
        brace |= opens || closes;
        code += usize::from(opens || closes || bare.ends_with(';'));
    }
    brace && code * 2 >= lines
}

/// Caption or label, by content; `None` for anything else.
pub fn classify_one(t: &str, lang: &Conventions, after_list_label: bool) -> Option<BlockKind> {
    // Captions are short; a long paragraph that mentions "Getty Images"
    // is still body text.
    // A credit ends a caption ("… AP Photo/Jane Doe", "… via Getty
    // Images"), so a block ending on a full stop is only searched at its
    // start ("Photo: …").
    if t.len() <= MAX_CAPTION
        && (lang.is_caption(edge(t, 0, 24))
            || (!ends_in_full_stop(t)
                && lang.is_caption(edge(t, t.len().saturating_sub(160), t.len()))))
    {
        return Some(BlockKind::Caption);
    }
    // Furniture is a few words; most blocks are ruled out by length alone.
    // "Tags" with its list below it, in one block.
    if let Some(first) = memchr::memchr(b'\n', t.as_bytes()).map(|i| &t[..i]) {
        let key = first.trim().trim_end_matches(':').trim().to_lowercase();
        return lang.labels.contains(&key).then_some(BlockKind::Label);
    }
    if t.len() <= MAX_FURNITURE {
        // Compared in place: every short block is tested, and lower-casing
        // each cost more than the test.
        let head = t.trim_start().as_bytes();
        if lang.furniture.iter().any(|f| {
            head.get(..f.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(f.as_bytes()))
        }) {
            return Some(BlockKind::Label);
        }
    }
    if t.len() > MAX_LABEL || (t.len() > 60 && !after_list_label) {
        return None;
    }
    if is_signature(t) {
        return Some(BlockKind::Signature);
    }
    let key = t.trim().trim_end_matches(['.', ':']).trim().to_lowercase();
    let words = t.split_whitespace().count();
    if lang.labels.contains(&key) {
        return Some(BlockKind::Label);
    }
    if t.trim_end().ends_with(':') && words <= 5 {
        return Some(BlockKind::Label);
    }
    // Wire slugs: RUSSIA-CHINA-DIPLOMACY-POLITICS.
    if words == 1 && t.len() > 3 && !t.chars().any(char::is_lowercase) && t.contains(['-', '_']) {
        return Some(BlockKind::Label);
    }
    // The list after "Tags": comma-separated, no sentence punctuation.
    if after_list_label && !ends_sentence(t) {
        return Some(BlockKind::Label);
    }
    None
}

/// A reader's name or handle alone, as printed under a comment: "@name."
/// or two to four capitalised words with a full stop ("Noemi Acevedo
/// Garcia.").
fn is_signature(t: &str) -> bool {
    let Some(body) = t.trim().strip_suffix('.') else {
        return false;
    };
    let words: Vec<&str> = body.split_whitespace().collect();
    match words.as_slice() {
        [one] => {
            one.len() > 1
                && one.starts_with('@')
                && one[1..].chars().all(|c| c.is_alphanumeric() || c == '_')
        }
        _ => {
            (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    let mut cs = w.chars();
                    cs.next().is_some_and(char::is_uppercase)
                        && cs.all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'')
                        && w.chars().any(char::is_lowercase)
                })
        }
    }
}

/// `t[from..to]`, widened to char boundaries. Credits stand at a caption's
/// start ("Photo: …") or end ("… AP Photo/Jane Doe"), so only the edges
/// are searched.
fn edge(t: &str, mut from: usize, mut to: usize) -> &str {
    to = to.min(t.len());
    while !t.is_char_boundary(to) {
        to += 1;
    }
    while !t.is_char_boundary(from) {
        from -= 1;
    }
    &t[from..to.max(from)]
}

/// Longest block, in bytes, that can be a photo caption or credit.
const MAX_CAPTION: usize = 600;
/// Longest line, in bytes, that can be page furniture.
const MAX_LABEL: usize = 200;
/// Longest block that a furniture opening ("This article has been
/// updated …") makes furniture.
const MAX_FURNITURE: usize = 300;

/// Labels whose following lines are lists or links, not article text.
pub(crate) fn is_list_label(t: &str) -> bool {
    let key = t.trim().trim_end_matches(':').trim().to_lowercase();
    matches!(
        key.as_str(),
        "tags"
            | "topics"
            | "filed under"
            | "related"
            | "keywords"
            | "related article"
            | "related articles"
            | "related stories"
            | "read more"
            | "see also"
            | "recommended"
    )
}

fn ends_in_full_stop(t: &str) -> bool {
    let t = t.trim_end().trim_end_matches(['"', '”', '’', '\'']);
    t.ends_with(['.', '!', '?', '…']) && !t.ends_with(".)")
}

fn ends_sentence(t: &str) -> bool {
    // Closing marks of every language's style: German closes with “ and ‘,
    // Swiss and French with », German books with «.
    let t = t.trim_end().trim_end_matches([
        '"', '”', '’', '\'', ')', '“', '‘', '»', '«', '›', '‹', '」', '』',
    ]);
    t.ends_with(['.', '!', '?', '…'])
}

fn is_headline_shaped(t: &str) -> bool {
    t.len() <= 400 && t.lines().count() <= 2 && t.split_whitespace().count() <= 40
}

fn is_heading_shaped(t: &str) -> bool {
    let trimmed = t.trim_end();
    // A crosshead in capitals keeps its full stop ("GOING BROKE FOR RUBIO.").
    // (The byte test first: almost every block has a lower-case letter.)
    if trimmed.len() <= MAX_LABEL
        && !trimmed.bytes().any(|b| b.is_ascii_lowercase())
        && !trimmed.chars().any(char::is_lowercase)
        && trimmed.split_whitespace().count() <= 8
        && trimmed.chars().filter(|c| c.is_alphabetic()).count() >= 4
    {
        return true;
    }
    t.len() <= MAX_LABEL
        && !ends_sentence(t)
        && !t.contains('\n')
        && t.split_whitespace().count() <= 12
        && !trimmed.ends_with([',', ';', ':'])
}

#[cfg(test)]
#[path = "block_tests.rs"]
mod tests;
