//! Suppression comments in the text: `<!-- ascribe-disable RULE -->`,
//! `<!-- ascribe-enable RULE -->`, `<!-- ascribe-disable-next-line RULE -->`.
//!
//! Markdown carries them as HTML comments anywhere HTML may stand. Plain
//! text carries them as marker lines: a line holding nothing but such a
//! comment. Marker lines are cut out of the blocks, so they are never
//! prose. Only comments whose first word begins `ascribe-` are directives.

use super::block::RawBlock;
use crate::span::Span;
use serde::Serialize;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DirectiveKind {
    /// Rules named are off from here to a matching `ascribe-enable`.
    Disable,
    Enable,
    /// Rules named are off on the next line that is not blank.
    DisableNextLine,
    /// `ascribe-…` with a keyword ascribe does not know (a typo).
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// The whole comment, `<!--` to `-->`.
    pub span: Span,
    /// The keyword, `ascribe-disable`.
    pub keyword: Span,
    /// The rule ids named; none means every rule.
    pub rules: Vec<Span>,
}

impl Directive {
    /// The directive `by` bytes further on: from a window's offsets to
    /// its file's.
    pub fn shifted(&self, by: u32) -> Directive {
        Directive {
            kind: self.kind,
            span: self.span.shift(by),
            keyword: self.keyword.shift(by),
            rules: self.rules.iter().map(|r| r.shift(by)).collect(),
        }
    }
}

const OPEN: &str = "<!--";
const CLOSE: &str = "-->";
const PREFIX: &str = "ascribe-";

/// Directives in `text[range]`, raw HTML that may hold comments (a
/// Markdown HTML block or inline HTML).
pub fn scan_html(text: &str, range: Range<usize>, out: &mut Vec<Directive>) {
    let mut at = range.start;
    while let Some(i) = text[at..range.end].find(OPEN) {
        let start = at + i;
        let Some(j) = text[start + OPEN.len()..range.end].find(CLOSE) else {
            return;
        };
        let end = start + OPEN.len() + j + CLOSE.len();
        out.extend(parse_comment(text, start, end));
        at = end;
    }
}

/// Reads one comment `text[start..end]`; `None` unless it is ours.
fn parse_comment(text: &str, start: usize, end: usize) -> Option<Directive> {
    let inner_start = start + OPEN.len();
    let inner = text.get(inner_start..end.checked_sub(CLOSE.len())?)?;
    let lead = inner.len() - inner.trim_start().len();
    let body = &inner[lead..];
    if !body.starts_with(PREFIX) {
        return None;
    }
    let base = inner_start + lead;
    let mut words = Vec::new();
    let mut word: Option<usize> = None;
    for (i, c) in body.char_indices() {
        let sep = c.is_whitespace() || c == ',';
        match (sep, word) {
            (true, Some(w)) => {
                words.push(Span::new(base + w, base + i));
                word = None;
            }
            (false, None) => word = Some(i),
            _ => {}
        }
    }
    if let Some(w) = word {
        words.push(Span::new(base + w, base + body.len()));
    }
    let mut words = words.into_iter();
    let keyword = words.next()?;
    let kind = match keyword.text(text) {
        "ascribe-disable" => DirectiveKind::Disable,
        "ascribe-enable" => DirectiveKind::Enable,
        "ascribe-disable-next-line" => DirectiveKind::DisableNextLine,
        _ => DirectiveKind::Unknown,
    };
    Some(Directive {
        kind,
        span: Span::new(start, end),
        keyword,
        rules: words.collect(),
    })
}

/// Finds the marker lines of a plain-text article and cuts them out of
/// `blocks`. One substring search over the text; nothing more unless a
/// comment opens somewhere.
pub fn carve_plain(text: &str, blocks: &mut Vec<RawBlock>, out: &mut Vec<Directive>) {
    let bytes = text.as_bytes();
    let mut lines: Vec<Span> = Vec::new();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&bytes[from..], OPEN.as_bytes()) {
        let hit = from + i;
        let line_start =
            memchr::memrchr(b'\n', &bytes[..hit]).map_or(super::bom_len(text), |n| n + 1);
        let line_end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |n| hit + n);
        from = line_end;
        let line = &text[line_start..line_end];
        let trimmed = line.trim();
        let lead = line.len() - line.trim_start().len();
        // `<!--->` ends with `-->` only by sharing its dashes with the
        // opening: a comment needs room for both.
        if line_start + lead != hit
            || !trimmed.ends_with(CLOSE)
            || trimmed.len() < OPEN.len() + CLOSE.len()
        {
            continue;
        }
        let end = line_start + lead + trimmed.len();
        if let Some(d) = parse_comment(text, hit, end) {
            out.push(d);
            lines.push(Span::new(line_start, line_end));
        }
    }
    if lines.is_empty() {
        return;
    }
    let mut kept = Vec::with_capacity(blocks.len());
    // Blocks and marker lines are both in text order: one merge, not a
    // search of every line for every block.
    let mut first = 0;
    for mut b in blocks.drain(..) {
        while first < lines.len() && lines[first].end <= b.span.start {
            first += 1;
        }
        let inside: Vec<Span> = lines[first..]
            .iter()
            .copied()
            .take_while(|l| l.start < b.span.end)
            .filter(|l| l.end > b.span.start)
            .collect();
        if inside.is_empty() {
            kept.push(b);
            continue;
        }
        let mut pieces = Vec::new();
        let mut cur = b.span.start as usize;
        for l in inside
            .iter()
            .map(|l| l.start as usize..l.end as usize)
            .chain(std::iter::once(b.span.end as usize..b.span.end as usize))
        {
            if l.start > cur {
                let piece = &text[cur..l.start];
                let lead = piece.len() - piece.trim_start().len();
                let t = piece.trim();
                if !t.is_empty() {
                    pieces.push(Span::new(cur + lead, cur + lead + t.len()));
                }
            }
            cur = cur.max(l.end);
        }
        if let (Some(first), Some(last)) = (pieces.first(), pieces.last()) {
            b.span = Span::new(first.start as usize, last.end as usize);
            b.segments = pieces;
            kept.push(b);
        }
    }
    *blocks = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::block::split_plain;

    fn html(text: &str) -> Vec<(DirectiveKind, Vec<&str>)> {
        let mut out = Vec::new();
        scan_html(text, 0..text.len(), &mut out);
        out.iter()
            .map(|d| (d.kind, d.rules.iter().map(|r| r.text(text)).collect()))
            .collect()
    }

    #[test]
    fn comments_name_their_rules() {
        use DirectiveKind::*;
        assert_eq!(
            html("<!-- ascribe-disable quotes.unclosed, names.inconsistent -->"),
            [(Disable, vec!["quotes.unclosed", "names.inconsistent"])]
        );
        assert_eq!(html("<!--ascribe-enable-->"), [(Enable, vec![])]);
        assert_eq!(
            html("<p><!-- ascribe-disable-next-line a.b --><!-- ascribe-disabel x --></p>"),
            [(DisableNextLine, vec!["a.b"]), (Unknown, vec!["x"])]
        );
        assert!(html("<!-- a note for the desk --> <!-- ascribe-disable").is_empty());
        assert!(html("<!---> <!----> <!-->").is_empty());
    }

    #[test]
    fn a_comment_whose_dashes_overlap_is_no_marker_line() {
        // `<!--->` opens and "closes" on the same dashes; it once sliced
        // the text backwards and took down the whole run.
        for text in [
            "Head\n\n<!--->\n",
            "Head\n\n<!---->\n",
            "<!-->",
            "Head\n\n  <!--->  \n\nBody.\n",
        ] {
            let mut blocks = split_plain(text);
            let mut found = Vec::new();
            carve_plain(text, &mut blocks, &mut found);
            assert!(found.is_empty(), "{text:?}");
        }
        let text = "Head\n\n<!--ascribe-enable-->\n";
        let mut blocks = split_plain(text);
        let mut found = Vec::new();
        carve_plain(text, &mut blocks, &mut found);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn marker_lines_are_cut_out_of_plain_blocks() {
        let text = "Head\n\n<!-- ascribe-disable-next-line quotes.unclosed -->\nShe said \"no.\n\
                    Next <!-- ascribe-disable x --> inline.\n<!-- ascribe-enable -->\n\n<!-- ascribe-enable x -->\n";
        let mut blocks = split_plain(text);
        let mut found = Vec::new();
        carve_plain(text, &mut blocks, &mut found);
        let kinds: Vec<DirectiveKind> = found.iter().map(|d| d.kind).collect();
        use DirectiveKind::*;
        // A comment inside a line of prose is not a marker line.
        assert_eq!(kinds, [DisableNextLine, Enable, Enable]);
        let got: Vec<Vec<&str>> = blocks
            .iter()
            .map(|b| b.segments.iter().map(|s| s.text(text)).collect())
            .collect();
        assert_eq!(
            got,
            [
                vec!["Head"],
                vec!["She said \"no.\nNext <!-- ascribe-disable x --> inline."]
            ]
        );
        assert_eq!(blocks[1].span.text(text), got[1][0]);
    }
}
