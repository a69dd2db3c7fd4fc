//! The walk over the page's tokens: which elements hold prose, which
//! block each run of text belongs to, and the article text written out.

use super::entity::{self, Decoded};
use super::Page;
use crate::model::block::{classify_one, is_list_label, BlockKind, RawBlock};
use crate::model::conventions::Conventions;
use crate::span::Span;
use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Tokenizer};

/// The tokenizer's emitter, less what the walk never reads: parse errors
/// (checking every byte for them was a tenth of a page's time) and
/// attribute names and values (attributes are never prose).
struct Lean<E>(E);

impl<E: Emitter> ForwardingEmitter for Lean<E> {
    type Token = E::Token;

    fn inner(&mut self) -> &mut impl Emitter<Token = Self::Token> {
        &mut self.0
    }

    #[inline]
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    #[inline]
    fn emit_error(&mut self, _: html5gum::Error) {}

    #[inline]
    fn push_attribute_name(&mut self, _: &[u8]) {}

    #[inline]
    fn push_attribute_value(&mut self, _: &[u8]) {}
}

/// The elements the walk tells apart; any other is inline (`<b>`, `<a>`,
/// `<span>`) and its text runs on in the block around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    /// Never prose: scripts, styles, navigation, asides, footers, code,
    /// form controls, embedded documents and drawings.
    Skip(u8),
    /// A page header: skipped outside `<article>`/`<main>` (the site's
    /// name and menu), read inside (the article's own header).
    Header,
    Heading(u8),
    Title,
    ListItem,
    Quote,
    Caption,
    /// `<article>` and `<main>`: a block boundary that also marks where
    /// the article is.
    Article,
    /// Any other element that starts and ends a block.
    Block,
    /// `<br>`: a line break inside the block.
    Break,
}

/// Kinds of tag counted in `Walk::open`, one slot each.
const SLOTS: usize = 32;

/// A page header outside the article, skipped as navigation is.
const HEADER_SKIPPED: Tag = Tag::Skip(19);

impl Tag {
    fn of(name: &[u8]) -> Option<Tag> {
        const SKIPPED: [&[u8]; 19] = [
            b"script",
            b"style",
            b"noscript",
            b"template",
            b"nav",
            b"aside",
            b"footer",
            b"svg",
            b"math",
            b"iframe",
            b"object",
            b"select",
            b"textarea",
            b"button",
            b"pre",
            b"code",
            b"xmp",
            b"noembed",
            b"noframes",
        ];
        if let Some(i) = SKIPPED.iter().position(|s| *s == name) {
            return Some(Tag::Skip(i as u8));
        }
        Some(match name {
            b"header" => Tag::Header,
            [b'h', d @ b'1'..=b'6'] => Tag::Heading(d - b'0'),
            b"title" => Tag::Title,
            b"li" => Tag::ListItem,
            b"blockquote" => Tag::Quote,
            b"figcaption" => Tag::Caption,
            b"article" | b"main" => Tag::Article,
            b"br" => Tag::Break,
            b"p" | b"div" | b"section" | b"figure" | b"ul" | b"ol" | b"dl" | b"dd" | b"dt"
            | b"table" | b"tr" | b"td" | b"th" | b"caption" | b"thead" | b"tbody" | b"tfoot"
            | b"body" | b"html" | b"head" | b"address" | b"details" | b"summary" | b"hgroup"
            | b"center" | b"fieldset" | b"legend" | b"form" | b"dialog" | b"menu" | b"hr"
            | b"option" => Tag::Block,
            _ => return None,
        })
    }

    /// This tag's slot among the counted ones.
    fn slot(self) -> usize {
        match self {
            Tag::Skip(i) => i as usize,
            Tag::Header => 20,
            Tag::Heading(l) => 20 + l as usize,
            Tag::Title => 27,
            Tag::ListItem => 28,
            Tag::Quote => 29,
            Tag::Caption => 30,
            Tag::Article | Tag::Block | Tag::Break => 31,
        }
    }
}

/// What decides a block's kind once the page is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Heading(u8),
    Title,
    Body(BlockKind),
}

/// A block being written: where its text (and the break before it) begin.
struct Open {
    from: usize,
    start: usize,
    role: Role,
    /// Inside `<article>` or `<main>`.
    in_article: bool,
}

struct Walk<'h> {
    html: &'h str,
    page: Page,
    /// Open elements that matter, innermost last: skipped ones and those
    /// that give text its kind.
    open: Vec<Tag>,
    /// How many of each are open, so that an end tag with none open is
    /// ignored without searching the stack.
    counts: [u32; SLOTS],
    /// Open skipped elements (a page header outside the article included).
    skipping: u32,
    /// Open `<article>` and `<main>` elements.
    articles: u32,
    current: Option<Open>,
    /// Each block's role, and whether it is inside the article.
    roles: Vec<(Role, bool)>,
    /// The start tag being read: its name and where it began.
    tag_name: Vec<u8>,
    tag_start: usize,
}

pub fn read(html: &str, lang: &Conventions) -> Page {
    let mut w = Walk {
        html,
        page: Page::default(),
        open: Vec::new(),
        counts: [0; SLOTS],
        skipping: 0,
        articles: 0,
        current: None,
        roles: Vec::new(),
        tag_name: Vec::new(),
        tag_start: 0,
    };
    // The walk starts after a byte-order mark: it is not text.
    let base = crate::model::bom_len(html);
    {
        let mut emitter =
            CallbackEmitter::new(|event: CallbackEvent<'_>, span: html5gum::Span<usize>| {
                w.event(event, span.start + base..span.end + base);
                None::<()>
            });
        // Script, style and the like hold raw text up to their end tag, as
        // a browser reads them, not markup.
        emitter.naively_switch_states(true);
        for _ in Tokenizer::new_with_emitter(&html[base..], Lean(emitter)) {}
    }
    w.flush();
    w.finish(lang)
}

impl Walk<'_> {
    fn event(&mut self, event: CallbackEvent<'_>, span: std::ops::Range<usize>) {
        // Spans come from the tokenizer; one out of the page (a bug there)
        // is dropped rather than trusted.
        if span.start > span.end || span.end > self.html.len() {
            return;
        }
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.tag_name.clear();
                self.tag_name.extend_from_slice(name);
                self.tag_start = span.start;
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                let name = std::mem::take(&mut self.tag_name);
                self.start_tag(&name, self_closing, self.tag_start..span.end);
                self.tag_name = name;
            }
            CallbackEvent::EndTag { name } => self.end_tag(name, span),
            CallbackEvent::String { .. } if self.skipping == 0 => self.text(span),
            CallbackEvent::Comment { .. } => {
                crate::model::directives::scan_html(self.html, span, &mut self.page.directives)
            }
            _ => {}
        }
    }

    /// A header is skipped outside the article and while skipping; one
    /// that is read is only a block boundary.
    fn tag_of(&self, name: &[u8], opening: bool) -> Option<Tag> {
        Some(match Tag::of(name)? {
            Tag::Header => {
                let skipped = if opening {
                    self.skipping > 0 || self.articles == 0
                } else {
                    self.counts[HEADER_SKIPPED.slot()] > 0
                };
                if skipped {
                    HEADER_SKIPPED
                } else {
                    Tag::Block
                }
            }
            t => t,
        })
    }

    fn start_tag(&mut self, name: &[u8], self_closing: bool, span: std::ops::Range<usize>) {
        let Some(tag) = self.tag_of(name, true) else {
            return;
        };
        match tag {
            // `<svg/>` and `<math/>` are closed where they open.
            Tag::Skip(_) if self_closing && matches!(name, b"svg" | b"math") => {}
            Tag::Break | Tag::Block | Tag::Article | Tag::Header if self.skipping > 0 => {}
            Tag::Break => self.line_break(span),
            Tag::Block | Tag::Header => self.flush(),
            Tag::Article => {
                self.flush();
                self.articles += 1;
            }
            // Pushed while skipping too, so that a menu's `</li>` closes
            // the menu's own item, not an item the menu sits in.
            _ => {
                if self.skipping == 0 {
                    self.flush();
                }
                if matches!(tag, Tag::Skip(_)) {
                    self.skipping += 1;
                }
                self.open.push(tag);
                self.counts[tag.slot()] += 1;
            }
        }
    }

    fn end_tag(&mut self, name: &[u8], span: std::ops::Range<usize>) {
        let Some(tag) = self.tag_of(name, false) else {
            return;
        };
        match tag {
            Tag::Break | Tag::Block | Tag::Article | Tag::Header if self.skipping > 0 => {}
            Tag::Break => self.line_break(span),
            Tag::Block | Tag::Header => self.flush(),
            Tag::Article => {
                self.flush();
                self.articles = self.articles.saturating_sub(1);
            }
            _ if self.counts[tag.slot()] == 0 => {}
            _ => {
                if self.skipping == 0 {
                    self.flush();
                }
                // Elements left open inside it close with it, as in a
                // browser; each was pushed once, so this is linear.
                while let Some(t) = self.open.pop() {
                    self.counts[t.slot()] -= 1;
                    if matches!(t, Tag::Skip(_)) {
                        self.skipping -= 1;
                    }
                    if t.slot() == tag.slot() {
                        break;
                    }
                }
            }
        }
    }

    /// The kind of a block opened now, from the elements around it.
    fn role(&self) -> Role {
        let mut quoted = false;
        for t in self.open.iter().rev() {
            match t {
                Tag::Heading(l) => return Role::Heading(*l),
                Tag::Title => return Role::Title,
                Tag::Caption => return Role::Body(BlockKind::Caption),
                Tag::Quote => quoted = true,
                Tag::ListItem if !quoted => return Role::Body(BlockKind::ListItem),
                _ => {}
            }
        }
        Role::Body(if quoted {
            BlockKind::BlockQuote
        } else {
            BlockKind::Paragraph
        })
    }

    fn open_block(&mut self, src: usize) {
        let from = self.page.text.len();
        if from > 0 {
            // Blocks a blank line apart, as paragraphs are in text.
            self.page.text.push_str("\n\n");
            self.page.map.push(from, src, 2, 0, false);
        }
        self.current = Some(Open {
            from,
            start: self.page.text.len(),
            role: self.role(),
            in_article: self.articles > 0,
        });
    }

    /// Ends the block being written, if any; one left empty is taken back.
    fn flush(&mut self) {
        let Some(open) = self.current.take() else {
            return;
        };
        let text = &self.page.text;
        let end = open.start + text[open.start..].trim_end().len();
        if end == open.start {
            self.page.text.truncate(open.from);
            self.page.map.truncate(open.from);
            return;
        }
        self.page.text.truncate(end);
        self.page.map.truncate(end);
        let span = Span::new(open.start, end);
        self.page.blocks.push(RawBlock {
            span,
            segments: vec![span],
            kind: BlockKind::Paragraph,
        });
        self.roles.push((open.role, open.in_article));
    }

    fn line_break(&mut self, tag: std::ops::Range<usize>) {
        if self.current.is_none() || self.page.text.ends_with('\n') {
            return;
        }
        let at = self.page.text.len();
        self.page.text.push('\n');
        self.page.map.push(at, tag.start, 1, tag.len(), false);
    }

    /// A run of text: copied, with references decoded and a blank line
    /// inside it (which would end a paragraph in text) made one break.
    fn text(&mut self, span: std::ops::Range<usize>) {
        let html = self.html;
        let s = &html[span.clone()];
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if self.current.is_none() {
                i += b[i..].iter().take_while(|c| is_space(**c)).count();
                if i == b.len() {
                    return;
                }
                self.open_block(span.start + i);
            }
            let Some(j) = memchr::memchr2(b'&', b'\n', &b[i..]) else {
                self.copy(span.start + i, span.end);
                return;
            };
            self.copy(span.start + i, span.start + i + j);
            i += j;
            if b[i] == b'&' {
                match entity::at(&s[i..]) {
                    Some((n, decoded)) => {
                        let at = self.page.text.len();
                        match decoded {
                            Decoded::Str(t) => self.page.text.push_str(t),
                            Decoded::Char(c) => self.page.text.push(c),
                        }
                        let len = self.page.text.len() - at;
                        self.page.map.push(at, span.start + i, len, n, false);
                        i += n;
                    }
                    None => {
                        self.copy(span.start + i, span.start + i + 1);
                        i += 1;
                    }
                }
            } else {
                let run = b[i..].iter().take_while(|c| is_space(**c)).count();
                let newlines = memchr::memchr_iter(b'\n', &b[i..i + run]).count();
                if self.page.text.ends_with('\n') {
                    // After a `<br>`: the break is written already.
                } else if newlines > 1 {
                    let at = self.page.text.len();
                    self.page.text.push('\n');
                    self.page.map.push(at, span.start + i, 1, run, false);
                } else {
                    self.copy(span.start + i, span.start + i + run);
                }
                i += run;
            }
        }
    }

    fn copy(&mut self, from: usize, to: usize) {
        if from < to {
            let at = self.page.text.len();
            self.page.text.push_str(&self.html[from..to]);
            self.page.map.push(at, from, to - from, to - from, true);
        }
    }

    /// Gives the blocks their kinds: the headline is the first `<h1>` in
    /// the article (a site's logo may be an `<h1>` too), else the first
    /// `<h1>`, else the title, else the first heading; paragraphs that are
    /// captions or page furniture by their words are so, as in text.
    fn finish(mut self, lang: &Conventions) -> Page {
        let first = |want: &dyn Fn(&(Role, bool)) -> bool| self.roles.iter().position(want);
        let headline = first(&|r| *r == (Role::Heading(1), true))
            .or_else(|| first(&|r| r.0 == Role::Heading(1)))
            .or_else(|| first(&|r| r.0 == Role::Title))
            .or_else(|| first(&|r| matches!(r.0, Role::Heading(_))));
        let text = &self.page.text;
        let mut after_list_label = false;
        let mut kept = Vec::with_capacity(self.page.blocks.len());
        for (i, (mut b, (role, _))) in self.page.blocks.drain(..).zip(&self.roles).enumerate() {
            b.kind = match role {
                _ if Some(i) == headline => BlockKind::Headline,
                Role::Title => continue,
                Role::Heading(_) => BlockKind::Heading,
                Role::Body(BlockKind::Paragraph) => {
                    classify_one(b.span.text(text), lang, after_list_label)
                        .unwrap_or(BlockKind::Paragraph)
                }
                Role::Body(k) => *k,
            };
            after_list_label = b.kind == BlockKind::Label && is_list_label(b.span.text(text));
            kept.push(b);
        }
        self.page.blocks = kept;
        self.page
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}
