use super::Page;
use crate::model::block::BlockKind;
use crate::model::conventions::Conventions;

/// The blocks of `html`: kind and text.
fn blocks(html: &str) -> Vec<(BlockKind, String)> {
    let page = Page::read(html, &Conventions::english());
    page.blocks
        .iter()
        .map(|b| (b.kind, b.span.text(&page.text).to_string()))
        .collect()
}

/// The page bytes that the first occurrence of `needle` in the article
/// text maps back to.
fn source_of<'h>(html: &'h str, needle: &str) -> &'h str {
    let page = Page::read(html, &Conventions::english());
    let at = page.text.find(needle).expect("in the text");
    let span = page.map.span(crate::span::Span::new(at, at + needle.len()));
    span.text(html)
}

use BlockKind::*;

#[test]
fn elements_are_read_as_their_blocks() {
    let html = "<html><head><title>Site title</title></head><body>\
        <h1>The headline</h1><h2>A crosshead</h2><p>One paragraph.</p>\
        <ul><li>An item.</li></ul><blockquote><p>Quoted words.</p></blockquote>\
        <figure><img src=a.jpg alt=\"not prose\"><figcaption>A caption.</figcaption></figure>\
        <div>Loose text.</div></body></html>";
    assert_eq!(
        blocks(html),
        [
            (Headline, "The headline".into()),
            (Heading, "A crosshead".into()),
            (Paragraph, "One paragraph.".into()),
            (ListItem, "An item.".into()),
            (BlockQuote, "Quoted words.".into()),
            (Caption, "A caption.".into()),
            (Paragraph, "Loose text.".into()),
        ]
    );
}

#[test]
fn the_title_is_the_headline_only_without_an_h1() {
    let got = blocks("<title>From the title</title><h2>Sub</h2><p>Body.</p>");
    assert_eq!(got[0], (Headline, "From the title".into()));
    assert_eq!(got[1], (Heading, "Sub".into()));
    // A logo in an `<h1>` before the article is not its headline.
    let got = blocks("<div><h1>Logo</h1></div><main><h1>The story</h1><p>Body.</p></main>");
    assert_eq!(got[0], (Heading, "Logo".into()));
    assert_eq!(got[1], (Headline, "The story".into()));
    let got = blocks("<h3>First heading</h3><p>Body.</p><h3>Second</h3>");
    assert_eq!(got[0], (Headline, "First heading".into()));
    assert_eq!(got[2], (Heading, "Second".into()));
}

#[test]
fn scripts_styles_navigation_and_comments_are_not_prose() {
    let html = "<header><h1>Site name</h1><ul><li>Menu</li></ul></header>\
        <script>var q = \"“\";</script><style>p::before { content: '“' }</style>\
        <nav><ul><li>Home</li><li>“News</li></ul><p>Still nav.</p></nav>\
        <article><header><h1>Real headline</h1></header><p>Body <!-- “note --> text.</p>\
        <aside>Side “box</aside><noscript>Enable scripts</noscript></article>\
        <footer>© 2024 “Paper</footer>";
    assert_eq!(
        blocks(html),
        [
            (Headline, "Real headline".into()),
            (Paragraph, "Body  text.".into()),
        ]
    );
}

#[test]
fn references_are_decoded_and_map_to_their_bytes() {
    let html = "<p>AT&amp;T said &ldquo;yes&#8221; and &#x2019;no&rsquo; &copy 2024 &bogus; &</p>";
    let got = blocks(html);
    assert_eq!(
        got[0].1,
        "AT&T said \u{201c}yes\u{201d} and \u{2019}no\u{2019} © 2024 &bogus; &"
    );
    assert_eq!(source_of(html, "\u{201c}"), "&ldquo;");
    assert_eq!(source_of(html, "\u{201d}"), "&#8221;");
    assert_eq!(source_of(html, "AT&T"), "AT&amp;T");
    assert_eq!(source_of(html, "\u{201c}yes\u{201d}"), "&ldquo;yes&#8221;");
    assert_eq!(source_of(html, "©"), "&copy");
    assert_eq!(source_of(html, "&bogus;"), "&bogus;");
}

#[test]
fn text_across_inline_tags_is_one_run_mapped_piecewise() {
    let html = "<p>The <b>mayor</b> said <a href=\"/x\">“no</a>.</p>";
    assert_eq!(blocks(html)[0].1, "The mayor said “no.");
    assert_eq!(source_of(html, "mayor said"), "mayor</b> said");
    assert_eq!(source_of(html, "“no"), "“no");
}

#[test]
fn malformed_pages_are_read_as_browsers_read_them() {
    // Unclosed paragraphs end at the next block; a stray end tag is
    // nothing; an unclosed inline element runs on.
    let got = blocks("<p>One<p>Two</p></p><p>Three <b>bold<p>Four</div></span>");
    assert_eq!(
        got,
        [
            (Paragraph, "One".into()),
            (Paragraph, "Two".into()),
            (Paragraph, "Three bold".into()),
            (Paragraph, "Four".into()),
        ]
    );
    // A menu's own items close inside it; the page after it is read.
    let got = blocks("<li>Outer <nav><ul><li>Home</li></ul>Menu</nav> after</li><p>Body.</p>");
    assert_eq!(got.last().unwrap(), &(Paragraph, "Body.".into()));
    assert!(got
        .iter()
        .all(|(_, t)| !t.contains("Home") && !t.contains("Menu")));
    // Unterminated constructs end the page without a panic.
    for html in [
        "<p>Open",
        "<p a=\"",
        "<!--",
        "<script>x",
        "&#",
        "&#x",
        "&",
        "<",
        "</",
        "<p>&amp",
        "<svg/><p>After</p>",
        "\u{feff}<p>Mark</p>",
    ] {
        let _ = blocks(html);
    }
    assert_eq!(blocks("<svg/><p>After</p>"), [(Paragraph, "After".into())]);
    // Tag names in any case; an image inside a paragraph does not end it.
    assert_eq!(
        blocks("<P>Upper <IMG SRC=x.png>case</P><SCRIPT>x</SCRIPT>"),
        [(Paragraph, "Upper case".into())]
    );
}

#[test]
fn breaks_and_blank_lines_stay_inside_their_block() {
    let got = blocks("<p>Line one<br>line two<br><br>\n\n\n   three\n  four</p>");
    assert_eq!(
        got,
        [(Paragraph, "Line one\nline two\nthree\n  four".into())]
    );
}

#[test]
fn suppression_comments_are_kept_with_page_offsets() {
    let html = "<p>A.</p>\n<!-- ascribe-disable quotes.unclosed -->\n<p>B.</p>";
    let page = Page::read(html, &Conventions::english());
    assert_eq!(page.directives.len(), 1);
    let d = &page.directives[0];
    assert_eq!(
        d.span.text(html),
        "<!-- ascribe-disable quotes.unclosed -->"
    );
}
