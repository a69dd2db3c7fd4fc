//! `ascribe quotes`: every quotation of an article with its speaker, its
//! best source passage and the verdict — the list a fact-checker works
//! through — as text, JSON or Markdown.

use super::{describe, QuoteCheck, Sources, Verdict};
use crate::finding::excerpt;
use crate::line_index::LineIndex;
use serde::Serialize;

/// One quotation in the listing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Row {
    /// Byte span of the quoted words in the article, end exclusive.
    pub start: u32,
    pub end: u32,
    /// 1-based line and column (in characters) of `start`.
    pub line: u32,
    pub column: u32,
    pub quote: String,
    pub speaker: Option<String>,
    pub verdict: Verdict,
    pub passage: Option<RowPassage>,
    /// The differences, in words, as quotes.altered gives them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub differences: Option<String>,
}

/// The source passage of a row.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RowPassage {
    pub path: String,
    pub line: u32,
    pub start: u32,
    pub end: u32,
    pub speaker: Option<String>,
    /// Who reads the passage out, when the source quotes it in their turn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_by: Option<String>,
    pub text: String,
}

impl RowPassage {
    /// Whose words the passage is, as a listing says it: "MOSS", or
    /// "read out by HALE".
    fn whose(&self) -> Option<String> {
        match (&self.speaker, &self.read_by) {
            (Some(s), _) => Some(s.clone()),
            (None, Some(r)) => Some(format!("read out by {r}")),
            (None, None) => None,
        }
    }
}

/// One article's listing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FileQuotes {
    pub path: String,
    pub quotations: Vec<Row>,
}

impl FileQuotes {
    /// The rows of `checks`, made on the article `text` at `path`.
    pub fn new(path: String, text: &str, checks: &[QuoteCheck], sources: &Sources) -> FileQuotes {
        let lines = LineIndex::new(text);
        let quotations = checks
            .iter()
            .map(|c| (c, lines.position(text, c.quote.start)))
            .map(|(c, at)| Row {
                start: c.quote.start,
                end: c.quote.end,
                line: at.line,
                column: at.column,
                quote: c.quote.text(text).to_string(),
                speaker: c.speaker.clone(),
                verdict: c.verdict,
                passage: c.passage.as_ref().map(|p| {
                    let file = sources.file(p);
                    RowPassage {
                        path: file.path.clone(),
                        line: p.line,
                        start: p.span.start,
                        end: p.span.end,
                        speaker: p.speaker.clone(),
                        read_by: p.read_by.clone(),
                        text: p.span.text(&file.text).to_string(),
                    }
                }),
                differences: matches!(c.verdict, Verdict::Altered | Verdict::Edited)
                    .then(|| describe(c, text, sources))
                    .flatten(),
            })
            .collect();
        FileQuotes { path, quotations }
    }
}

/// `path:line: verdict speaker: “quote”`, then the passage and its
/// differences on indented lines.
pub fn write_text(files: &[FileQuotes]) -> String {
    let mut out = String::new();
    for f in files {
        for r in &f.quotations {
            let who = r.speaker.as_deref().unwrap_or("(no speaker)");
            out.push_str(&format!(
                "{}:{}:{}: {} {who}: “{}”\n",
                f.path,
                r.line,
                r.column,
                r.verdict.as_str(),
                excerpt(&r.quote, 100, 90)
            ));
            if let Some(p) = &r.passage {
                let said = p.whose().map_or(String::new(), |s| format!(" ({s})"));
                out.push_str(&format!(
                    "  source: {}:{}{said}: “{}”\n",
                    p.path,
                    p.line,
                    excerpt(&p.text, 100, 90)
                ));
            }
            if let Some(d) = &r.differences {
                out.push_str(&format!("  {d}\n"));
            }
        }
    }
    out
}

/// A checklist: one section per article, one item per quotation.
pub fn write_markdown(files: &[FileQuotes]) -> String {
    let mut out = String::from("# Quotations and their sources\n");
    for f in files {
        out.push_str(&format!("\n## {}\n\n", f.path));
        if f.quotations.is_empty() {
            out.push_str("No quotations.\n");
        }
        for r in &f.quotations {
            let done = if matches!(r.verdict, Verdict::Verbatim | Verdict::Edited) {
                "x"
            } else {
                " "
            };
            let who = r.speaker.as_deref().unwrap_or("no speaker");
            out.push_str(&format!(
                "- [{done}] **{}** (line {}, {who}): “{}”\n",
                r.verdict.as_str(),
                r.line,
                excerpt(&r.quote, 200, 190)
            ));
            if let Some(p) = &r.passage {
                let said = p.whose().map_or(String::new(), |s| format!(", {s}"));
                out.push_str(&format!(
                    "  - source: `{}` line {}{said}: “{}”\n",
                    p.path,
                    p.line,
                    excerpt(&p.text, 200, 190)
                ));
            }
            if let Some(d) = &r.differences {
                out.push_str(&format!("  - {d}\n"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::lang::Lang;

    #[test]
    fn every_quotation_is_listed_with_its_verdict_and_passage() {
        let t = "MOSS: We will not raise the ferry fares this year.\n";
        let sources = Sources::from_texts([("t/d.txt", t)], &Default::default()).unwrap();
        let text = "Fares\n\n“We won't raise the ferry fares this year,” Ada Moss said. \
                    “Soon,” she added.\n";
        let lang = Lang::english();
        let article = Article::parse(text, crate::Format::Plain, &lang);
        let f = FileQuotes::new(
            "a.txt".into(),
            text,
            article.quote_checks(&sources),
            &sources,
        );
        let verdicts: Vec<Verdict> = f.quotations.iter().map(|r| r.verdict).collect();
        assert_eq!(verdicts, [Verdict::Altered, Verdict::Short]);
        assert_eq!(f.quotations[0].line, 3);
        let listed = write_text(std::slice::from_ref(&f));
        assert!(
            listed.starts_with("a.txt:3:2: altered Ada Moss: “We won't raise"),
            "{listed}"
        );
        assert!(
            listed.contains("  source: t/d.txt:1 (MOSS): “We will not raise"),
            "{listed}"
        );
        assert!(
            listed.contains("transcript: “will not” — article: “won't”"),
            "{listed}"
        );
        let md = write_markdown(&[f]);
        assert!(md.contains("- [ ] **altered** (line 3, Ada Moss)"), "{md}");
    }
}
