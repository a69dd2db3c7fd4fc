//! The writer's own words beside an attribution: a claim in a sentence
//! that holds a source, but outside what that source says. "Ruiz, whose
//! firm lost 30 percent of its value, said …", "Ruiz cut 400 jobs,
//! saying demand fell", "Ruiz was the top fundraiser, but she said …":
//! the figure, the act and the ranking are the writer's, and the claim
//! labels' guideline counts a sentence that mixes an attributed clause
//! with the writer's own claim as not attributed. The lists are
//! `rules/claims/<lang>.writer.yaml`.

use crate::attribution::{Attribution, WordSet};
use crate::model::Document;
use crate::span::Span;
use serde::Deserialize;

/// A `rules/claims/<lang>.writer.yaml` file, as read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WriterFile {
    /// Words that open a clause of their own right before a source.
    links: Vec<String>,
    /// The same, after a comma only ("…, but she said").
    after_comma: Vec<String>,
    /// How a participle ends ("ing").
    participle_endings: Vec<String>,
}

/// The lists of [`WriterFile`].
#[derive(Debug, Clone, Default)]
pub struct Writer {
    links: WordSet,
    after_comma: WordSet,
    endings: Vec<String>,
}

/// Where in an attributed sentence a claim stands in the writer's voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Set off by commas beside the source's name, before its verb: a
    /// relative clause or an apposition ("Ruiz, who lost 30 percent, said").
    BesideSource,
    /// In the main clause before a participle that reports ("Ruiz cut 400
    /// jobs, saying …"): the participle speaks for what follows it.
    BeforeParticiple,
    /// Before a clause that a link word opens in front of the source
    /// ("…, which Ruiz said …", "…, but she said …").
    BeforeClause,
}

impl Writer {
    pub fn from_yaml(path: &str, text: &str) -> Result<Writer, crate::error::Error> {
        let f: WriterFile =
            serde_yaml::from_str(text).map_err(|e| crate::error::Error::from_yaml(path, e))?;
        Ok(Writer {
            links: WordSet::new(&f.links),
            after_comma: WordSet::new(&f.after_comma),
            endings: f
                .participle_endings
                .iter()
                .map(|e| e.to_ascii_lowercase())
                .collect(),
        })
    }

    /// Where the claim `hit` stands in the writer's own words beside
    /// attribution `a` (whose content and cue it lies outside), if it
    /// does. `documents` are the words of a poll or report ("The poll,
    /// which surveyed 900 adults, found …" is the poll's own account).
    pub fn place(
        &self,
        doc: &Document<'_>,
        documents: &WordSet,
        a: &Attribution,
        hit: Span,
    ) -> Option<Place> {
        let src = a.source?;
        let text = doc.text;
        if self.endings.is_empty()
            || src
                .text(text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| documents.contains(w))
        {
            return None;
        }
        let between = |from: u32, to: u32| &text[from as usize..to as usize];
        // Beside the source, before its verb, set off by commas on both
        // sides: with no comma after it, the words may be the clause of
        // another verb that the grammar took the source for ("Harbor Daily
        // reported, citing aides, Vela tried to …, telling …").
        if src.start <= hit.start
            && hit.end <= a.cue.start
            && between(src.start, hit.start).contains(',')
            && between(hit.end, a.cue.start).contains(',')
        {
            return Some(Place::BesideSource);
        }
        // The main clause before a participle set off by a comma.
        if src.end <= hit.start
            && hit.end <= a.cue.start
            && between(hit.end, a.cue.start).contains(',')
        {
            let cue = a.cue.text(text);
            let head = cue
                .split_whitespace()
                .next()
                .unwrap_or(cue)
                .to_ascii_lowercase();
            if self
                .endings
                .iter()
                .any(|e| head.len() > e.len() + 2 && head.ends_with(e.as_str()))
            {
                return Some(Place::BeforeParticiple);
            }
        }
        // Before a clause opened in front of the source: not a closing
        // attribution, whose content comes before it.
        if hit.end <= src.start && a.content.is_none_or(|c| c.start >= a.cue.start) {
            let toks = &doc.tokens;
            let k = toks.partition_point(|t| t.span.start < src.start);
            let word = k.checked_sub(1).map(|j| (j, toks[j]))?;
            let w = word.1.span.text(text);
            let comma = word
                .0
                .checked_sub(1)
                .is_some_and(|j| toks[j].span.text(text) == ",");
            if word.1.is_word()
                && word.1.span.start >= hit.end
                && (self.links.contains(w) || (comma && self.after_comma.contains(w)))
            {
                return Some(Place::BeforeClause);
            }
        }
        None
    }
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
