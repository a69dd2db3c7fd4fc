//! Markdown input: only prose is checked. Code, HTML, URLs and link
//! targets are left out of the blocks' segments.

use super::block::{classify_one, BlockKind, RawBlock};
use super::conventions::Conventions;
use crate::span::Span;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Containers (block quotes, list items) opened on one line that the
/// Markdown parser is shown, at most. Real copy nests two or three deep;
/// a line of a million `>` would make the parser build a million nested
/// blocks, and memory and time grow with their depth.
pub const MAX_NESTING: usize = 32;

/// `text` with the container markers past [`MAX_NESTING`] at the start of
/// a line turned into `.`, one byte for one, so that offsets do not move;
/// `None` when no line nests that deep (almost always).
pub fn tame_nesting(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut excess: Vec<usize> = Vec::new();
    let mut line = 0;
    while line < b.len() {
        let mut i = line;
        let mut depth = 0;
        loop {
            while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
                i += 1;
            }
            let Some(&c) = b.get(i) else { break };
            let bullet =
                matches!(c, b'-' | b'*' | b'+') && matches!(b.get(i + 1), Some(b' ' | b'\t'));
            let marker = if c == b'>' || bullet {
                1
            } else {
                let digits = b[i..]
                    .iter()
                    .take(10)
                    .take_while(|d| d.is_ascii_digit())
                    .count();
                let ok = digits > 0
                    && matches!(b.get(i + digits), Some(b'.' | b')'))
                    && matches!(b.get(i + digits + 1), Some(b' ' | b'\t'));
                if ok {
                    digits + 1
                } else {
                    0
                }
            };
            if marker == 0 {
                break;
            }
            depth += 1;
            if depth > MAX_NESTING {
                excess.extend(i..i + marker);
            }
            i += marker;
        }
        line = memchr::memchr(b'\n', &b[i.min(b.len())..]).map_or(b.len(), |n| i + n + 1);
    }
    if excess.is_empty() {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    for k in excess {
        out[k] = b'.';
    }
    Some(String::from_utf8(out).expect("ASCII bytes for ASCII bytes"))
}

/// Blocks of a Markdown document with the byte ranges of their prose.
pub fn split_markdown(text: &str, lang: &Conventions) -> Vec<RawBlock> {
    split_markdown_with(text, lang, &mut Vec::new(), true)
}

/// `split_markdown`, also collecting suppression comments; `opening`: the
/// text begins the article, so its first heading is the headline.
pub fn split_markdown_with(
    text: &str,
    lang: &Conventions,
    directives: &mut Vec<super::directives::Directive>,
    opening: bool,
) -> Vec<RawBlock> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES;
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut current: Option<RawBlock> = None;
    let mut quote_depth = 0usize;
    let mut item_depth = 0usize;
    // Text inside these is not prose: code blocks, metadata, autolinks, images.
    let mut skip_depth = 0usize;
    let mut seen_heading = !opening;

    let flush = |current: &mut Option<RawBlock>, blocks: &mut Vec<RawBlock>| {
        if let Some(b) = current.take() {
            if !b.segments.is_empty() {
                blocks.push(b);
            }
        }
    };

    // The parser reads the text after a byte-order mark (it would take the
    // mark for a character of the first line); its offsets are moved on.
    let base = super::bom_len(text);
    let tamed = tame_nesting(&text[base..]);
    let input = tamed.as_deref().unwrap_or(&text[base..]);
    for (event, range) in Parser::new_ext(input, opts).into_offset_iter() {
        let range = range.start + base..range.end + base;
        if matches!(event, Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_)) {
            super::directives::scan_html(text, range.clone(), directives);
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::TableCell => {
                    flush(&mut current, &mut blocks);
                    let kind = if quote_depth > 0 {
                        BlockKind::BlockQuote
                    } else if item_depth > 0 {
                        BlockKind::ListItem
                    } else {
                        BlockKind::Paragraph
                    };
                    current = Some(open(range.start, range.end, kind));
                }
                Tag::Heading { .. } => {
                    flush(&mut current, &mut blocks);
                    let kind = if seen_heading {
                        BlockKind::Heading
                    } else {
                        BlockKind::Headline
                    };
                    seen_heading = true;
                    current = Some(open(range.start, range.end, kind));
                }
                Tag::BlockQuote(_) => {
                    flush(&mut current, &mut blocks);
                    quote_depth += 1;
                }
                Tag::Item => {
                    flush(&mut current, &mut blocks);
                    item_depth += 1;
                    current = Some(open(range.start, range.end, BlockKind::ListItem));
                }
                Tag::List(_) => flush(&mut current, &mut blocks),
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } | Tag::HtmlBlock => {
                    skip_depth += 1
                }
                Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                } => skip_depth += 1,
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph | TagEnd::TableCell | TagEnd::Heading(_) => {
                    flush(&mut current, &mut blocks)
                }
                TagEnd::BlockQuote(_) => {
                    flush(&mut current, &mut blocks);
                    quote_depth = quote_depth.saturating_sub(1);
                }
                TagEnd::Item => {
                    flush(&mut current, &mut blocks);
                    item_depth = item_depth.saturating_sub(1);
                }
                TagEnd::CodeBlock
                | TagEnd::MetadataBlock(_)
                | TagEnd::Image
                | TagEnd::HtmlBlock => skip_depth = skip_depth.saturating_sub(1),
                // Only autolinks raised the depth; ordinary link text is prose.
                TagEnd::Link if skip_depth > 0 && is_autolink(text, range.start) => skip_depth -= 1,
                _ => {}
            },
            Event::Text(_) if skip_depth == 0 => {
                // A tight list item's text arrives with no paragraph around it.
                let block = current.get_or_insert_with(|| {
                    open(
                        range.start,
                        range.end,
                        if item_depth > 0 {
                            BlockKind::ListItem
                        } else {
                            BlockKind::Paragraph
                        },
                    )
                });
                push_segment(block, Span::new(range.start, range.end));
            }
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    for b in &mut blocks {
        // Block spans are trimmed to the prose they hold, so that "paragraph"
        // ranges in reports start at text, not at list markers.
        let first = b.segments[0].start;
        let last = b.segments[b.segments.len() - 1].end;
        b.span = Span::new(first as usize, last as usize);
        if b.kind == BlockKind::Paragraph {
            let prose: String = b.segments.iter().map(|s| s.text(text)).collect();
            if let Some(k) = classify_one(&prose, lang, false) {
                b.kind = k;
            }
        }
    }
    blocks
}

fn is_autolink(text: &str, start: usize) -> bool {
    text[start..].starts_with('<')
}

fn open(start: usize, end: usize, kind: BlockKind) -> RawBlock {
    RawBlock {
        span: Span::new(start, end),
        segments: Vec::new(),
        kind,
    }
}

/// Adds a text run, merging it with the previous one when they touch.
fn push_segment(block: &mut RawBlock, seg: Span) {
    if seg.is_empty() {
        return;
    }
    if let Some(last) = block.segments.last_mut() {
        if last.end == seg.start {
            last.end = seg.end;
            return;
        }
    }
    block.segments.push(seg);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_past_the_limit_is_read_as_text() {
        assert!(tame_nesting("# Head\n\n> > quoted\n- item\n  1. sub\n").is_none());
        let deep = format!("{} text\n", "> ".repeat(MAX_NESTING + 5));
        let tamed = tame_nesting(&deep).unwrap();
        assert_eq!(tamed.len(), deep.len());
        assert_eq!(tamed.matches('>').count(), MAX_NESTING);
        assert_eq!(tamed.matches('.').count(), 5);
        // The prose is still found, at the offsets of the text.
        let doc = format!("# Head\n\n{}\u{201c}open\n", ">".repeat(10_000));
        let blocks = split_markdown(&doc, &Conventions::english());
        let last = blocks.last().unwrap();
        assert!(last
            .segments
            .last()
            .unwrap()
            .text(&doc)
            .ends_with("\u{201c}open"));
    }

    fn prose(text: &str) -> Vec<(BlockKind, String)> {
        split_markdown(text, &Conventions::english())
            .into_iter()
            .map(|b| {
                (
                    b.kind,
                    b.segments
                        .iter()
                        .map(|s| s.text(text))
                        .collect::<Vec<_>>()
                        .join("|"),
                )
            })
            .collect()
    }

    #[test]
    fn code_html_and_urls_are_not_prose() {
        let md = "# Head \"q\"\n\nSay `\"x` and <b>\"</b> see <https://a.b/\"> or [the \"site\"](https://c.d/\").\n\n```\n\"open\n```\n\n> Quoted \"text\".\n\n- item (a\n- two\n";
        let got = prose(md);
        assert_eq!(got[0], (BlockKind::Headline, "Head \"q\"".into()));
        assert_eq!(got[1].0, BlockKind::Paragraph);
        assert!(!got[1].1.contains("\"x"), "{:?}", got[1]);
        assert!(!got[1].1.contains("https"), "{:?}", got[1]);
        assert!(got[1].1.contains("the \"site\""), "{:?}", got[1]);
        assert_eq!(got[2], (BlockKind::BlockQuote, "Quoted \"text\".".into()));
        assert_eq!(got[3], (BlockKind::ListItem, "item (a".into()));
        assert_eq!(got.len(), 5);
    }
}
