//! Blocks: the paragraphs, headlines and page furniture of an article.

use super::conventions::Conventions;
use crate::span::Span;
use serde::Serialize;

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

/// Splits plain text into blocks at blank lines; a single newline inside a
/// block is a line wrap.
pub fn split_plain(text: &str) -> Vec<RawBlock> {
    split_plain_with(text, PARALLEL_BYTES)
}

/// `split_plain`, in parallel slices from `parallel` bytes up (tests force
/// both paths).
fn split_plain_with(text: &str, parallel: usize) -> Vec<RawBlock> {
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
const PARALLEL_BYTES: usize = 1 << 20;

/// The blocks of `text[range]`, which begins at the start of a line.
fn split_plain_in(text: &str, range: std::ops::Range<usize>, blocks: &mut Vec<RawBlock>) {
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = range.start.max(super::bom_len(text));
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
mod tests {
    use super::*;

    #[test]
    fn a_sentence_quoted_in_any_language_style_ends_a_sentence() {
        for t in [
            "„Das Geld ist da.“",
            "«Das Geld ist da.»",
            "»Das Geld ist da.«",
            "“Done.”",
        ] {
            assert!(ends_sentence(t), "{t}");
        }
        assert!(!ends_sentence("„Das Geld ist da“"));
    }

    #[test]
    fn scraped_style_sheets_are_code_and_prose_is_not() {
        assert!(is_code_like(
            ".bio-text, .twitter-bio {\ntext-align: center;\n}."
        ));
        assert!(is_code_like("}."));
        assert!(is_code_like(
            "@media screen and (max-width: 600px) {\n.gmobile {\nheight: 275px !important;\n}."
        ));
        // Prose with a brace, or with semicolons, is prose.
        assert!(!is_code_like("The {redacted} memo was read aloud."));
        assert!(!is_code_like(
            "He paused;\nthen he said it: {sic}\nand left the room."
        ));
        assert!(!is_code_like("The vote was close; the count went on."));
    }

    #[test]
    fn blank_lines_split_blocks_and_wraps_do_not() {
        let text = "Head line\n\nOne line\nwrapped.\n  \n\nTwo.\n";
        let b = split_plain(text);
        let got: Vec<&str> = b.iter().map(|b| b.span.text(text)).collect();
        assert_eq!(got, ["Head line", "One line\nwrapped.", "Two."]);
    }

    #[test]
    fn page_furniture_at_the_end() {
        let text = "Head line\n\nBody text here.\n\nRelated Article:\n\nOther Story Headline Goes Here\n\nTags\nRussia, China\nReal Time Analytics\n";
        let mut b = split_plain(text);
        classify_plain(text, &mut b, &Conventions::english(), true);
        let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(kinds, [Headline, Paragraph, Label, Label, Label]);
    }

    #[test]
    fn slices_split_and_classify_as_one_pass_does() {
        let mut text = String::from("Head line\n\n");
        for k in 0..40 {
            text.push_str(&format!(
                "Para {k} line\nwrapped.\n  \n\n\nTags\n\nOne, Two\n\n{}\n\n",
                "long ".repeat(k * 3)
            ));
        }
        let lang = Conventions::english();
        let kinds = |parallel: usize| {
            let mut b = split_plain_with(&text, parallel);
            classify_plain_with(&text, &mut b, &lang, parallel, true);
            b.iter().map(|b| (b.span, b.kind)).collect::<Vec<_>>()
        };
        let one = kinds(usize::MAX);
        assert!(one.len() > 150, "{}", one.len());
        assert!(one
            .iter()
            .any(|&(s, k)| k == BlockKind::Label && s.text(&text) == "One, Two"));
        assert_eq!(kinds(0), one);
    }

    #[test]
    fn long_lines_are_paragraphs_of_their_own() {
        let long = "word ".repeat(30);
        let text = format!("{long}one.\n{long}two.\n");
        assert_eq!(split_plain(&text).len(), 2);
        // Short one-sentence paragraphs between long ones, scraped alike.
        let text = format!("{long}one.\nShort one.\n{long}two.\nLast.\n");
        assert_eq!(split_plain(&text).len(), 4);
    }

    #[test]
    fn a_wrapped_paragraph_with_one_long_line_is_one_paragraph() {
        // A quotation across the long line's break once read as an
        // unclosed and an unopened mark in two paragraphs.
        let text = "Head\n\nThe council met on Tuesday and the mayor said\n\
                    \u{201c}we will publish the whole report at https://example.org/reports/2026/council/budget-review-final-version.pdf\n\
                    before the vote,\u{201d} and left.\n";
        let b = split_plain(text);
        assert_eq!(b.len(), 2, "{b:?}");
        assert!(b[1].span.text(text).ends_with("and left."));
    }

    #[test]
    fn furniture_headline_and_body_are_told_apart() {
        let text =
            "Politics\n\nPutin, Xi Feign Solidarity, Analysts Say\n\nRUSSIA-CHINA-DIPLOMACY\n\
                    \nPutin holds a meeting. Photo by Alexey NIKOLSKY / AFP\n\nXi said it.\n\n\
                    Independent Trade Network\n\nTags\n\nRussia, China\n";
        let mut b = split_plain(text);
        classify_plain(text, &mut b, &Conventions::english(), true);
        let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [Label, Headline, Label, Caption, Paragraph, Heading, Label, Label]
        );
    }
}
