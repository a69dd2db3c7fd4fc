//! Passive cues: "Rubio was asked whether …", "Trump is expected to …",
//! "the plan was announced". The subject of a passive verb of saying is
//! who was asked, told or talked about, not who spoke: the speaker is the
//! agent after "by" when there is one, else no one the sentence names.

use super::found::Found;
use super::grammar::Source;
use super::{Data, SourceClass};
use crate::model::token::is_capitalised;
use crate::model::Document;

/// How many adverbs may stand between the auxiliary and the cue ("was
/// later asked", "has also been told").
const MAX_ADVERBS: usize = 2;
/// The longest agent phrase read after "by".
const MAX_AGENT: usize = 10;

/// The attributions in `found` whose cue is passive with its subject
/// as source, each with the source it has instead: the "by" agent or
/// none. The caller applies them after speakers are resolved, so that
/// the subject stays a referent for a later "she said" ("Roe was asked
/// about the pier. “…,” she said.").
pub fn agents(doc: &Document<'_>, d: &Data, found: &[Found]) -> Vec<(usize, Option<Source>)> {
    let mut out = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let Some(src) = &f.source else { continue };
        if src.all.end > f.cue.first || !passive(doc, d, f.cue.first, f.cue.last) {
            continue;
        }
        out.push((i, agent(doc, d, f.cue.last + 1)));
    }
    out
}

/// The speaker and class an agent from `agents` is reported with: its
/// own words, named when it has a capitalised word; no one without one.
pub fn agent_speaker(doc: &Document<'_>, agent: &Option<Source>) -> (Option<String>, SourceClass) {
    let Some(a) = agent else {
        return (None, SourceClass::Unknown);
    };
    let (from, to) = (doc.tokens[a.all.start].span, doc.tokens[a.all.end - 1].span);
    let text = &doc.text[from.start as usize..to.end as usize];
    let named = (a.all.clone()).any(|k| is_capitalised(doc.tokens[k].text(doc.text)));
    let class = if named {
        SourceClass::Named
    } else {
        SourceClass::Unknown
    };
    (Some(text.to_string()), class)
}

/// Is the cue at `first..=last` a passive participle after "is", "was",
/// "been" (an adverb or two between)? A state the subject is in ("was
/// worried that", "is assured of winning", "was quoted as saying") keeps
/// its subject: those say what the subject thinks or said.
fn passive(doc: &Document<'_>, d: &Data, first: usize, last: usize) -> bool {
    let word = |k: usize| doc.tokens[k].text(doc.text);
    let cue = word(first);
    if !doc.tokens[first].is_word() || cue.ends_with("ing") || is_capitalised(cue) {
        return false;
    }
    let next = (last + 1 < doc.tokens.len() && doc.tokens[last + 1].is_word())
        .then(|| word(last + 1).to_ascii_lowercase());
    let next = next.as_deref();
    // A raising passive ("is thought to", "is expected to") has no
    // thinker in its sentence; a thinking verb otherwise reads as the
    // subject's state of mind.
    if d.cognition.contains(cue) && next != Some("to") {
        return false;
    }
    if next == Some("of") || next == Some("as") {
        return false;
    }
    let mut k = first;
    let mut adverbs = 0;
    while k > 0 && doc.tokens[k - 1].is_word() {
        let w = word(k - 1);
        if d.grammar.passive_auxiliaries.is_folded(w) {
            return true;
        }
        if adverbs == MAX_ADVERBS || !(d.between.contains(w) || w.ends_with("ly")) {
            return false;
        }
        adverbs += 1;
        k -= 1;
    }
    false
}

/// The agent after a passive cue: "by host Ann Roe" up to a comma, a
/// clause word ("whether", "that") or a topic word ("about"). Only a
/// phrase that names someone or opens with an article or a determiner
/// ("by the committee") is an agent: "by phone" and "by 10 points" are not.
fn agent(doc: &Document<'_>, d: &Data, by: usize) -> Option<Source> {
    let toks = &doc.tokens;
    let word = |k: usize| toks[k].text(doc.text);
    if !toks.get(by).is_some_and(|t| t.is_word()) || !word(by).eq_ignore_ascii_case("by") {
        return None;
    }
    let start = by + 1;
    let mut end = start;
    while end < toks.len() && end - start < MAX_AGENT && toks[end].is_word() {
        let w = word(end);
        if d.boundary.contains(w)
            || d.grammar.topic_or_time.is(w)
            || d.grammar.verb_adjuncts.is(w) && end > start
        {
            break;
        }
        end += 1;
    }
    if end == start || end - start >= MAX_AGENT {
        return None;
    }
    let first = word(start);
    let named = (start..end).any(|k| is_capitalised(word(k)));
    if !(named || d.determiners.contains(first)) {
        return None;
    }
    Some(Source {
        all: start..end,
        name: start..end,
    })
}
