//! The attribution map `ascribe extract` writes: who said what in each
//! file, with spans, lines and source classes; as a table, JSON, YAML or a
//! Markdown sources list.

use super::FileError;
use crate::attribution::Attribution;
use crate::line_index::LineIndex;
use crate::span::Span;
use serde::Serialize;
use std::collections::BTreeMap;

/// A span of an attribution, with its text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MapSpan {
    pub start: u32,
    pub end: u32,
    pub text: String,
}

/// One attribution as the map shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MapItem {
    pub kind: &'static str,
    pub cue: MapSpan,
    pub source: Option<MapSpan>,
    pub content: Option<MapSpan>,
    pub speaker: Option<String>,
    pub class: &'static str,
    /// 1-based line of the cue.
    pub line: usize,
    /// No words in the article attribute the quotation: the speaker is
    /// carried from the attribution before it, or unknown.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// One file's attributions.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MapFile {
    pub path: String,
    pub attributions: Vec<MapItem>,
}

#[derive(Debug, Clone, Serialize, Default, PartialEq, Eq)]
pub struct MapSummary {
    pub files: usize,
    pub attributions: usize,
    pub errors: usize,
}

/// The attribution map of a run: every file's attributions, sorted by
/// path, and the files that could not be read.
#[derive(Debug, Clone, Serialize, Default, PartialEq, Eq)]
pub struct Map {
    pub files: Vec<MapFile>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FileError>,
    pub summary: MapSummary,
}

fn span_out(text: &str, s: Span) -> MapSpan {
    MapSpan {
        start: s.start,
        end: s.end,
        text: s.text(text).to_string(),
    }
}

impl MapFile {
    /// The map of one file's `text` and its attributions.
    pub fn new(path: String, text: &str, atts: &[Attribution]) -> MapFile {
        let lines = LineIndex::new(text);
        MapFile::build(
            path,
            atts,
            |s| span_out(text, s),
            |at| lines.line_of(at) + 1,
        )
    }

    /// The map of an HTML page from the attributions of its article text
    /// (spans of `page.text`): each quotes the decoded text and points at
    /// the page's bytes and lines.
    pub fn of_page(
        path: String,
        html: &str,
        page: &crate::model::html::Page,
        atts: &[Attribution],
    ) -> MapFile {
        let lines = LineIndex::new(html);
        let span = |s: Span| {
            let at = page.map.span(s);
            MapSpan {
                start: at.start,
                end: at.end,
                text: s.text(&page.text).to_string(),
            }
        };
        MapFile::build(path, atts, span, |at| lines.line_of(page.map.start(at)) + 1)
    }

    fn build(
        path: String,
        atts: &[Attribution],
        span: impl Fn(Span) -> MapSpan,
        line: impl Fn(u32) -> usize,
    ) -> MapFile {
        MapFile {
            path,
            attributions: atts
                .iter()
                .map(|a| MapItem {
                    kind: a.kind.as_str(),
                    cue: span(a.cue),
                    source: a.source.map(&span),
                    content: a.content.map(&span),
                    speaker: a.speaker.clone(),
                    class: a.class.as_str(),
                    line: line(a.cue.start),
                    inferred: a.inferred,
                })
                .collect(),
        }
    }
}

/// `extract`'s text table: per file, a line per attribution.
pub fn write_text(out: &Map) -> String {
    let mut s = String::new();
    for f in &out.files {
        s.push_str(&format!("{}\n", f.path));
        if f.attributions.is_empty() {
            s.push_str("  (no attributions)\n");
        }
        for a in &f.attributions {
            let who = a
                .speaker
                .clone()
                .or_else(|| a.source.as_ref().map(|x| x.text.clone()))
                .unwrap_or_else(|| "-".into());
            let content = a.content.as_ref().map_or(String::from("-"), |c| {
                crate::finding::excerpt(&c.text, 60, 59)
            });
            // An inferred attribution has no cue words: its cue is the
            // quotation's opening mark.
            let cue = if a.inferred {
                "(inferred)".to_string()
            } else {
                crate::finding::excerpt(&a.cue.text, 14, 13)
            };
            s.push_str(&format!(
                "  {:>4}  {:<24} {:<12} {:<8} {:<14} {}\n",
                a.line,
                crate::finding::excerpt(&who, 24, 23),
                a.class,
                a.kind,
                cue,
                content
            ));
        }
    }
    s
}

/// A statement's line, and whether its speaker is only inferred.
type Statement = (usize, bool);

/// One source of a file's sources list, with its statements in order.
pub struct Source<'m> {
    /// The source as first written ("Analysts"; a vague source written
    /// later in lower case is the same one).
    pub shown: String,
    pub class: &'static str,
    pub statements: Vec<&'m MapItem>,
}

/// A file's sources, each once, in order of first use: what `extract
/// --format markdown` lists, and the editor's outline.
pub fn sources(f: &MapFile) -> Vec<Source<'_>> {
    let mut out: Vec<Source<'_>> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for a in &f.attributions {
        let who = a
            .speaker
            .clone()
            .or_else(|| a.source.as_ref().map(|x| x.text.clone()))
            .unwrap_or_else(|| "(no source)".into());
        // "Analysts" heading the article and "analysts" in its body are
        // one vague source.
        let key = if a.class == "vague" {
            who.to_lowercase()
        } else {
            who.clone()
        };
        let i = *index.entry(key).or_insert_with(|| {
            out.push(Source {
                shown: who,
                class: a.class,
                statements: Vec::new(),
            });
            out.len() - 1
        });
        out[i].statements.push(a);
    }
    out
}

/// `extract --format markdown`: a sources list to paste into a
/// fact-check, each source once with its class, statements and lines.
pub fn write_markdown(out: &Map) -> String {
    let mut s = String::new();
    for f in &out.files {
        s.push_str(&format!("## {}\n\n", f.path));
        let order = sources(f);
        if order.is_empty() {
            s.push_str("No attributions.\n\n");
            continue;
        }
        let mut any_inferred = false;
        for source in &order {
            let lines: Vec<Statement> = source
                .statements
                .iter()
                .map(|a| (a.line, a.inferred))
                .collect();
            let n = lines.len();
            // Each line once: two statements on one line are one place to
            // look. A line whose only statements have an inferred speaker
            // is starred.
            let mut distinct: Vec<(usize, bool)> = Vec::new();
            for &(line, inferred) in &lines {
                match distinct.last_mut() {
                    Some(last) if last.0 == line => last.1 &= inferred,
                    _ => distinct.push((line, inferred)),
                }
            }
            let ls: Vec<String> = distinct
                .iter()
                .map(|&(l, inferred)| {
                    if inferred {
                        format!("{l}*")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            any_inferred |= distinct.iter().any(|&(_, i)| i);
            s.push_str(&format!(
                "- **{}** ({}): {} statement{}, line{} {}\n",
                source.shown.replace('*', "\\*"),
                source.class,
                n,
                if n == 1 { "" } else { "s" },
                if distinct.len() == 1 { "" } else { "s" },
                ls.join(", ")
            ));
        }
        if any_inferred {
            s.push_str(
                "\n\\* speaker inferred: no words in the article attribute the quotation; \
                 its speaker is the source of the attribution just before it, or none.\n",
            );
        }
        s.push('\n');
    }
    s
}

impl Map {
    /// The map of a run from each file's result and the errors met
    /// walking folders: files and errors sorted, the summary counted.
    pub fn assemble(results: Vec<Result<MapFile, FileError>>, walk_errors: Vec<FileError>) -> Map {
        let mut out = Map::default();
        for r in results {
            match r {
                Ok(f) => out.files.push(f),
                Err(e) => out.errors.push(e),
            }
        }
        out.errors.extend(walk_errors);
        out.files.sort_by(|a, b| a.path.cmp(&b.path));
        out.errors
            .sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
        out.summary = MapSummary {
            files: out.files.len(),
            attributions: out.files.iter().map(|f| f.attributions.len()).sum(),
            errors: out.errors.len(),
        };
        out
    }

    pub fn to_json(&self) -> String {
        super::pretty_json(&self.files, &self.errors, &self.summary)
    }

    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).expect("plain data serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_sorts_files_and_errors_and_counts() {
        let lang = crate::lang::Lang::english();
        let text = "Head\n\n\u{201c}We won,\u{201d} said Ada Moss.\n";
        let atts = crate::article::attributions_of_text(text, crate::model::Format::Plain, &lang);
        let b = MapFile::new("b.txt".into(), text, &atts);
        let a = MapFile::new("a.txt".into(), "Head\n\nNothing said.\n", &[]);
        let err = |p: &str| FileError {
            path: p.into(),
            message: format!("{p}: unreadable"),
        };
        let map = Map::assemble(vec![Ok(b), Err(err("z.txt")), Ok(a)], vec![err("c.txt")]);
        let paths: Vec<&str> = map.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["a.txt", "b.txt"]);
        let errors: Vec<&str> = map.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(errors, ["c.txt", "z.txt"]);
        assert_eq!(
            map.summary,
            MapSummary {
                files: 2,
                attributions: 1,
                errors: 2
            }
        );
        let item = &map.files[1].attributions[0];
        assert_eq!((item.line, item.cue.text.as_str()), (3, "said"));
        assert!(write_text(&map).contains("(no attributions)"));
        assert!(write_markdown(&map).contains("- **Ada Moss** (named): 1 statement, line 3"));
    }
}
