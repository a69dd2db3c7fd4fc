//! Markdown input: only prose is checked. Code, HTML, URLs and link
//! targets are left out of the blocks' segments.

use super::block::{classify_one, BlockKind, RawBlock};
use crate::lang::Lang;
use crate::span::Span;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Blocks of a Markdown document with the byte ranges of their prose.
pub fn split_markdown(text: &str, lang: &Lang) -> Vec<RawBlock> {
    split_markdown_with(text, lang, &mut Vec::new())
}

/// `split_markdown`, also collecting suppression comments.
pub fn split_markdown_with(
    text: &str,
    lang: &Lang,
    directives: &mut Vec<super::directives::Directive>,
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
    let mut seen_heading = false;

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
    for (event, range) in Parser::new_ext(&text[base..], opts).into_offset_iter() {
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

    fn prose(text: &str) -> Vec<(BlockKind, String)> {
        split_markdown(text, &Lang::english())
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
