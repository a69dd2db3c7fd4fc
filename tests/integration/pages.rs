//! Articles turned into HTML pages, and findings reduced to what must
//! match between a page and its text: shared by the golden test
//! (`html_equivalence.rs`) and the PolNeAR one (`tests/corpora/html.rs`).

use ascribe::model::{BlockKind, Document};
use ascribe::{Checker, Finding, Format};

/// `t` escaped for HTML text, its curly quotation marks and apostrophes
/// written as named and numeric references, so that every finding on
/// them has to be mapped back across a reference.
fn escape(t: &str) -> String {
    let mut out = String::with_capacity(t.len() * 2);
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{201c}' => out.push_str("&ldquo;"),
            '\u{201d}' => out.push_str("&#8221;"),
            '\u{2019}' => out.push_str("&rsquo;"),
            '\u{2018}' => out.push_str("&#x2018;"),
            c => out.push(c),
        }
    }
    out
}

/// The page of a plain-text article: each block in the element of its
/// kind, inside the furniture of a typical article page.
pub fn page_of(text: &str, lang: &Checker) -> String {
    let doc = Document::parse(text, Format::Plain, &lang.lang().text);
    let mut html = String::from(
        "<!doctype html>\n<html><head><title>The Paper</title>\n\
         <style>blockquote::before { content: \"\u{201c}\" }</style>\n\
         <script>var s = \"\u{201c}(\";</script></head>\n<body>\n\
         <header><a href=\"/\">The Paper</a><nav><ul><li>\u{201c}Home</li><li>World (all</li></ul></nav></header>\n\
         <article>\n",
    );
    for b in &doc.blocks {
        let t = escape(b.span.text(text));
        let element = match b.kind {
            BlockKind::Headline => format!("<h1 class=\"headline\">{t}</h1>"),
            BlockKind::Heading => format!("<h2>{t}</h2>"),
            BlockKind::Caption => {
                format!("<figure><img src=\"a.jpg\" alt=\"\u{201c}a (photo\"><figcaption>{t}</figcaption></figure>")
            }
            BlockKind::ListItem => format!("<ul><li>{t}</li></ul>"),
            BlockKind::BlockQuote => format!("<blockquote><p>{t}</p></blockquote>"),
            BlockKind::Paragraph | BlockKind::Label | BlockKind::Signature => {
                format!("<p>{t}</p>")
            }
        };
        html.push_str(&element);
        html.push('\n');
    }
    html.push_str(
        "</article>\n<aside>Most read: \u{201c}Other story</aside>\n\
         <footer>\u{a9} 2024 (The Paper</footer>\n<!-- a note for the desk -->\n</body></html>\n",
    );
    html
}

/// A page's text between two offsets as a reader sees it: tags left out,
/// references decoded, white space as single spaces.
fn shown(html: &str) -> String {
    let page =
        ascribe::model::html::Page::read(html, &ascribe::lang::Lang::builtin("en").unwrap().text);
    flat(&page.text)
}

fn flat(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A message with each run of digits (the lines it names) as one `#`.
fn masked(m: &str) -> String {
    let mut out = String::with_capacity(m.len());
    for c in m.chars() {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    out
}

/// What must match: rule, message with its line numbers masked, and
/// the text at the finding as a reader sees it.
pub fn view(t: &str, findings: &[Finding], page: bool) -> Vec<(String, String, String)> {
    findings
        .iter()
        .map(|f| {
            let at = f.span.text(t);
            let at = if page { shown(at) } else { flat(at) };
            (f.rule.clone(), masked(&f.message), at)
        })
        .collect()
}

/// The findings of `text` as plain text and as a page, viewed.
pub type Views = Vec<(String, String, String)>;

pub fn both_ways(checker: &Checker, text: &str) -> (Views, Views) {
    let html = page_of(text, checker);
    let as_text = checker.check(text, Format::Plain);
    let as_html = checker.check(&html, Format::Html);
    (view(text, &as_text, false), view(&html, &as_html, true))
}
