//! Attributions: who said what. Filled in from the document model once,
//! while the document is built; rules and `ascribe extract` only read them.
//!
//! - `grammar`: the nom parsers over token runs (cue, source, complement);
//! - `direct`: quotations and the attributions around them;
//! - `items`: quotations as list items under a lead-in;
//! - `joined`: the subject of a cue verb with none of its own;
//! - `neighbours`: quotations a sentence or paragraph beside them attributes;
//! - `credits`: a quotation credited after a dash on its own line;
//! - `reported`: reported speech and sentence-final cues;
//! - `according`: "according to X";
//! - `phrasal`: cues of several words before a clause ("pointed out that");
//! - `clauses`: where a cue's clause begins, subjects across relative clauses;
//! - `relatives`: a relative word as the subject of a cue ("…, who said");
//! - `questions`: a question put in the passive ("When asked whether …");
//! - `orphans`: quotations no construction attributed;
//! - `outcries`: quotations an outcry noun or a naming verb attributes;
//! - `senses`: cue verbs in a sense other than saying;
//! - `turns`: a transcript's `NAME: …` paragraphs, one attribution each;
//! - `german`: the German constructions, for `syntax: german`;
//! - `speakers`: later references resolved to the source they mean;
//! - `source_names`: a source's name and class, from its own words;
//! - `narrated`: the people narration names, whom a pronoun may mean;
//! - `gender`: whether a speaker is a man or a woman, as the text shows;
//! - `data`, `lists`, `words`: the word lists from `rules/attribution/*.yaml`.

mod according;
mod clauses;
mod credits;
mod data;
mod direct;
mod found;
mod gender;
mod german;
pub mod grammar;
mod items;
mod joined;
mod lists;
mod narrated;
mod neighbours;
mod orphans;
mod outcries;
mod parenthetical;
mod passive;
mod phrasal;
mod questions;
mod relatives;
mod reported;
mod senses;
mod source_names;
mod speakers;
mod titled;
pub mod toks;
mod turns;
mod words;

pub use data::Data;
pub use orphans::{is_title as quotes_a_title, MIN_WORDS as QUOTE_MIN_WORDS};
pub use words::{Shapes, WordSet};

use crate::model::Document;
use crate::span::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionKind {
    /// A direct quotation with its speaker.
    Direct,
    /// A quotation of a phrase inside reported speech ("called the deal “a disaster”").
    Mixed,
    /// Reported speech: "X said that …", "according to X".
    Indirect,
}

impl AttributionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Mixed => "mixed",
            AttributionKind::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceClass {
    Named,
    Organisation,
    Vague,
    Anonymous,
    Unknown,
}

impl SourceClass {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceClass::Named => "named",
            SourceClass::Organisation => "organisation",
            SourceClass::Vague => "vague",
            SourceClass::Anonymous => "anonymous",
            SourceClass::Unknown => "unknown",
        }
    }
}

/// One attribution, with byte spans into the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attribution {
    pub kind: AttributionKind,
    pub cue: Span,
    pub source: Option<Span>,
    pub content: Option<Span>,
    /// The source as resolved: "Thomas" and "the analyst" become "Neil Thomas".
    pub speaker: Option<String>,
    pub class: SourceClass,
    /// No words in the article attribute it: a quotation whose speaker is
    /// carried from the attribution before it, or unknown.
    pub inferred: bool,
}

impl Attribution {
    /// The attribution `by` bytes further on: from a window's offsets to
    /// its file's.
    pub fn shift(&mut self, by: u32) {
        self.cue = self.cue.shift(by);
        self.source = self.source.map(|s| s.shift(by));
        self.content = self.content.map(|s| s.shift(by));
    }
}

/// From this size up, reported speech is searched in parallel.
const PARALLEL_BYTES: usize = 1 << 20;

/// Finds the attributions of a parsed document, in order of their cues.
pub fn extract(doc: &Document<'_>, d: &Data) -> Vec<Attribution> {
    if d.cues.is_empty() {
        return Vec::new();
    }
    if d.syntax == data::Syntax::German {
        return german_attributions(doc, d);
    }
    let mut found = Vec::new();
    let handed = direct::find(doc, d, &mut found);
    if doc.text.len() >= PARALLEL_BYTES {
        // One very large file: its sentences are searched on all threads,
        // in slices whose results join in sentence order.
        let n = doc.sentences.len();
        let step = n.div_ceil(rayon::current_num_threads() * 8);
        let parts = crate::slices::par_ranges(n, step, |r| {
            let mut part = Vec::new();
            reported::find_in(doc, d, &found, r, &mut part);
            part
        });
        found.extend(parts.into_iter().flatten());
    } else {
        reported::find(doc, d, &mut found);
    }
    let orphaned = orphans::find(doc, &found);
    let sentences = orphans::fragments(doc, d, orphaned, &mut found);
    found.sort_by_key(|f| (f.cue.first, f.cue.last));
    found.dedup_by_key(|f| f.cue.first);
    found::drop_nested(doc, d, &mut found);
    found::fold_into_according(doc, &mut found);
    direct::hand_on(&mut found, &handed);
    let turns = turns::find(doc);
    let spoken: Vec<Span> = turns.iter().filter_map(|t| t.content).collect();
    // A speaker label in capitals is a person's name, not an acronym's
    // organisation ("RUIZ:", "JAKE TAPPER:"); the colons, in text order.
    let labels: Vec<usize> = turns.iter().map(|t| t.cue.first).collect();
    if !turns.is_empty() {
        turns::replace_nested(&mut found, turns, doc);
    }
    // Passive cues are indexed into `found` as it now stands: the turns
    // just replaced the attributions nested in them, so an index taken
    // before would name another attribution, or none.
    let passives = passive::agents(doc, d, &found);
    let mut who = speakers::resolve(doc, d, &found);
    for (i, agent) in passives {
        who[i] = passive::agent_speaker(doc, &agent);
        found[i].source = agent;
    }
    // "the final say", "time will tell": no verb of saying, dropped only
    // now, as the act still names who a later "she said" is.
    let no_verb: Vec<bool> = found.iter().map(|f| senses::no_verb(doc, d, f)).collect();
    let mut atts: Vec<Attribution> = found
        .into_iter()
        .zip(who)
        .map(|(f, (speaker, class))| {
            let class = if labels.binary_search(&f.cue.first).is_ok() {
                SourceClass::Named
            } else {
                class
            };
            f.attribution(doc, speaker, class, false)
        })
        .collect();
    let mut kept = no_verb.into_iter();
    atts.retain(|_| !kept.next().unwrap_or(false));
    orphans::carried(doc, d, sentences, &mut atts);
    // A quotation inside a transcript turn is the turn's speaker's.
    atts.retain(|a| !(a.inferred && turns::within(&spoken, a.cue)));
    // "Lee finally agreed.", "before he announced": with nothing said,
    // these verbs name an act, not an attribution. Dropped only now: the
    // act still names who a later "he said" is (`Bill Lee agreed with
    // the analysis. “…,” he said.`).
    atts.retain(|a| {
        !(a.kind == AttributionKind::Indirect
            && a.content.is_none()
            && d.grammar.bare_deeds.is_folded(a.cue.text(doc.text)))
    });
    atts
}

/// The German constructions' attributions: a carried one takes the
/// speaker its giver was resolved to.
fn german_attributions(doc: &Document<'_>, d: &Data) -> Vec<Attribution> {
    let (found, carried) = german::find(doc, d);
    let who = speakers::resolve(doc, d, &found);
    let mut atts: Vec<Attribution> = found
        .iter()
        .zip(&carried)
        .enumerate()
        .map(|(i, (f, c))| {
            let (speaker, class) = who[c.as_ref().map_or(i, |c| c.from)].clone();
            f.attribution(doc, speaker, class, c.is_some())
        })
        .collect();
    atts.sort_by_key(|a| (a.cue.start, a.cue.end));
    atts
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_appositives;
#[cfg(test)]
mod tests_asides;
#[cfg(test)]
mod tests_complement;
#[cfg(test)]
mod tests_credits;
#[cfg(test)]
mod tests_crowds;
#[cfg(test)]
mod tests_direct;
#[cfg(test)]
mod tests_handed;
#[cfg(test)]
mod tests_inferred;
#[cfg(test)]
mod tests_joined;
#[cfg(test)]
mod tests_lead_in;
#[cfg(test)]
mod tests_leading;
#[cfg(test)]
mod tests_noun_heads;
#[cfg(test)]
mod tests_passive;
#[cfg(test)]
mod tests_phrasal;
#[cfg(test)]
mod tests_precision;
#[cfg(test)]
mod tests_pronouns;
#[cfg(test)]
mod tests_relatives;
#[cfg(test)]
mod tests_senses;
#[cfg(test)]
mod tests_speaker_shapes;
#[cfg(test)]
mod tests_speakers;
#[cfg(test)]
mod tests_surnames;
#[cfg(test)]
mod tests_turns;
