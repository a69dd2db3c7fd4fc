//! Where one rule's findings on one article go, with a cap on how many are
//! kept.
//!
//! A real paragraph has a handful of findings at most. A paragraph of
//! pasted garbage — ten thousand opening brackets, a wall of quotation
//! marks — would otherwise give one finding per character, and a report
//! hundreds of times the size of the input. So a rule keeps at most
//! [`PER_PARAGRAPH`] findings in one paragraph and [`per_file`] in one file;
//! the rest are counted and reported as one note each, at the first finding
//! left out. The cap never binds on real articles, and the report stays
//! deterministic: the findings kept are the first the rule gives.

use crate::finding::{Finding, Severity};
use crate::model::Block;
use crate::span::Span;

/// Findings of one rule kept in one paragraph.
pub const PER_PARAGRAPH: u32 = 32;

/// Findings of one rule kept in one file: one per 256 bytes of text, and
/// never fewer than 10,000 (an archive of real articles in one file gives
/// about one finding per kilobyte).
pub fn per_file(text_len: usize) -> usize {
    (text_len / 256).max(10_000)
}

/// Findings left out in one paragraph (or in the file, `bucket: None`).
#[derive(Debug, Clone, Copy)]
struct Over {
    bucket: Option<usize>,
    first: Span,
    count: usize,
}

/// One rule's findings on one article.
pub struct Sink<'d> {
    found: Vec<Finding>,
    blocks: &'d [Block],
    file_cap: usize,
    /// The paragraph (or the gap between two) last pushed to: its span,
    /// its index in `blocks` (gaps share the index of the block after
    /// them) and how many findings it has kept.
    cur: Option<(Span, usize, u32)>,
    over: Vec<Over>,
}

impl<'d> Sink<'d> {
    /// A sink for an article of `text_len` bytes in `blocks`.
    pub fn new(blocks: &'d [Block], text_len: usize) -> Sink<'d> {
        Sink {
            found: Vec::new(),
            blocks,
            file_cap: per_file(text_len),
            cur: None,
            over: Vec::new(),
        }
    }

    /// A sink with no cap that binds, for rules run outside an article.
    pub fn unbounded() -> Sink<'static> {
        Sink {
            found: Vec::new(),
            blocks: &[],
            file_cap: usize::MAX,
            cur: None,
            over: Vec::new(),
        }
    }

    /// The offsets that share a count with `at`: a paragraph and the gap
    /// before it (only the paragraph is capped), and the paragraph's index.
    fn bucket(&self, at: u32) -> (Span, usize) {
        let i = self.blocks.partition_point(|b| b.span.end <= at);
        let lo = if i == 0 {
            0
        } else {
            self.blocks[i - 1].span.end
        };
        let hi = self.blocks.get(i).map_or(u32::MAX, |b| b.span.end);
        (Span { start: lo, end: hi }, i)
    }

    /// Would one more finding at `span` be kept? When not, it is counted
    /// as left out: a rule asks before it builds a finding's message, and
    /// builds it only when the answer is yes.
    pub fn room(&mut self, span: Span) -> bool {
        let at = span.start;
        let in_cur = self
            .cur
            .is_some_and(|(s, _, _)| s.start <= at && at < s.end);
        if !in_cur {
            let (s, i) = self.bucket(at);
            self.cur = Some((s, i, 0));
        }
        let (_, bucket, kept) = self.cur.expect("set above");
        let (why, limit) = if self.found.len() >= self.file_cap {
            (None, true)
        } else {
            // Only paragraphs are capped: findings outside them (marker
            // lines, a pack rule over raw text) are few by nature.
            let in_block = self.blocks.get(bucket).is_some_and(|b| b.span.start <= at);
            (Some(bucket), in_block && kept >= PER_PARAGRAPH)
        };
        if !limit {
            return true;
        }
        match self.over.last_mut() {
            Some(o) if o.bucket == why => o.count += 1,
            _ => self.over.push(Over {
                bucket: why,
                first: span,
                count: 1,
            }),
        }
        false
    }

    /// Keeps `f` if there is room for it (see [`Sink::room`]).
    pub fn push(&mut self, f: Finding) {
        if self.room(f.span) {
            if let Some(c) = self.cur.as_mut() {
                c.2 += 1;
            }
            self.found.push(f);
        }
    }

    /// The findings kept, and one note per paragraph (and for the file)
    /// where some were left out, each of severity `severity`.
    pub fn finish(self, rule: &str, severity: Severity) -> Vec<Finding> {
        let mut out = self.found;
        for o in self.over {
            let (n, what) = (o.count, if o.count == 1 { "finding" } else { "findings" });
            let message = match o.bucket {
                Some(_) => format!(
                    "{n} more {rule} {what} in this paragraph not listed (at most {PER_PARAGRAPH} a paragraph)"
                ),
                None => format!(
                    "{n} more {rule} {what} in this file not listed (at most {} a file of this size)",
                    self.file_cap
                ),
            };
            out.push(Finding::new(rule, severity, o.first, message));
        }
        out
    }

    /// How many findings are kept so far.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::{Document, Format};

    fn finding(at: usize) -> Finding {
        Finding::new("x.y", Severity::Warning, Span::new(at, at + 1), "m")
    }

    #[test]
    fn a_paragraph_keeps_its_first_findings_and_counts_the_rest() {
        let text = format!("Head\n\n{}\n\nFine (one.\n", "(".repeat(100));
        let lang = Lang::english();
        let doc = Document::parse(&text, Format::Plain, &lang);
        let mut sink = Sink::new(&doc.blocks, text.len());
        for i in 0..100 {
            sink.push(finding(6 + i));
        }
        let last = text.rfind('(').unwrap();
        sink.push(finding(last));
        let out = sink.finish("x.y", Severity::Warning);
        // 32 of the first paragraph, the later paragraph's one, one note.
        assert_eq!(out.len(), PER_PARAGRAPH as usize + 2);
        let note = out.last().unwrap();
        assert_eq!(note.span.start as usize, 6 + PER_PARAGRAPH as usize);
        assert!(note
            .message
            .starts_with("68 more x.y findings in this paragraph"));
        assert!(out.iter().any(|f| f.span.start as usize == last));
    }

    #[test]
    fn a_file_keeps_at_most_its_cap() {
        let paras = per_file(0) + 5;
        let text = format!("Head\n\n{}", "(\n\n".repeat(paras));
        let lang = Lang::english();
        let doc = Document::parse(&text, Format::Plain, &lang);
        let mut sink = Sink::new(&doc.blocks, text.len());
        for b in &doc.blocks[1..] {
            sink.push(finding(b.span.start as usize));
        }
        let out = sink.finish("x.y", Severity::Info);
        assert_eq!(out.len(), per_file(text.len()) + 1);
        let note = out.last().unwrap();
        assert!(
            note.message.contains("more x.y findings in this file"),
            "{}",
            note.message
        );
    }

    #[test]
    fn room_says_no_without_keeping() {
        let mut sink = Sink::unbounded();
        assert!(sink.room(Span::new(0, 1)));
        assert!(sink.is_empty());
        sink.push(finding(0));
        assert_eq!(sink.len(), 1);
    }
}
