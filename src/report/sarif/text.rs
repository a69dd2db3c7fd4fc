//! Text as SARIF wants it: a path as a URI reference, and a rule's
//! Markdown doc as plain text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The path as a relative URI reference: forward slashes, and bytes that
/// may not stand in a URI path (spaces, `%`, `#`, `?`, `:`, non-ASCII…)
/// percent-encoded. `:` is encoded so that `a:b.txt` is not read as a scheme.
pub(super) fn to_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'\\' => out.push('/'),
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The body of the `## {title}` section of a rule's doc, if it has one.
pub(super) fn section<'d>(doc: &'d str, title: &str) -> Option<&'d str> {
    let heading = format!("## {title}\n");
    let start = doc.find(&heading)? + heading.len();
    let rest = &doc[start..];
    let end = rest.find("\n## ").map(|i| i + 1).unwrap_or(rest.len());
    Some(rest[..end].trim()).filter(|s| !s.is_empty())
}

/// Markdown as plain text: headings on a line of their own, blocks separated
/// by blank lines, code blocks indented by four spaces, markup dropped.
pub(super) fn plain_text(md: &str) -> String {
    let mut out = String::new();
    // What to write before the next block's first text.
    let mut sep = "";
    let mut in_code = false;
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut links: Vec<String> = Vec::new();
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::BlockQuote(_))
                if lists.is_empty() =>
            {
                out.push_str(sep);
                sep = "";
            }
            Event::Start(Tag::CodeBlock(_)) => {
                out.push_str(sep);
                sep = "";
                in_code = true;
            }
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() {
                    out.push_str(sep);
                    sep = "";
                }
                lists.push(first);
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("- "),
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(url) = links.pop() {
                    out.push_str(&format!(" ({url})"));
                }
            }
            Event::End(TagEnd::Heading(_)) => sep = "\n",
            Event::End(TagEnd::Paragraph | TagEnd::BlockQuote(_)) if lists.is_empty() => {
                sep = "\n\n"
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                sep = "\n";
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    sep = "\n\n";
                }
            }
            Event::Text(t) if in_code => {
                for line in t.split_inclusive('\n') {
                    if line.trim().is_empty() {
                        out.push_str(line.trim_start_matches([' ', '\t']));
                    } else {
                        out.push_str("    ");
                        out.push_str(line);
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Rule => {
                out.push_str(sep);
                out.push_str("----");
                sep = "\n\n";
            }
            _ => {}
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}
