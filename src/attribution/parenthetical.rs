//! A speaker set off by commas inside the clause they report: "The ferry
//! captain, Ann Roe said, has created a mess." The subject reader takes
//! "The ferry captain, Ann Roe" for one source (a description and a
//! name); with no comma between the name and its cue and a comma after the
//! cue that the clause goes on from, the name and cue are an aside, and
//! the clause around them is what was said.

use super::data::Data;
use super::grammar::{subject, Source};
use super::toks::Toks;
use crate::model::{token::is_capitalised, Document};

/// The speaker of an aside `…, NAME said, …`: `src` as read before the cue
/// at `k..=last`, cut to the piece after its last comma. None when `src`
/// holds no comma, when a comma or other words stand between it and the
/// cue, or when no lower-case word goes on after a comma past the cue.
pub(super) fn aside_speaker(
    doc: &Document<'_>,
    d: &Data,
    src: &Source,
    k: usize,
    last: usize,
) -> Option<Source> {
    let word = |j: usize| doc.tokens.get(j).filter(|t| t.is_word());
    // "has created", "that": the clause goes on after the aside; not a
    // participle hanging off the cue ("Lee agreed, praising …").
    let goes_on = doc.tokens.get(last + 1).is_some_and(|t| t.is_punct(','))
        && word(last + 2).is_some_and(|t| {
            let w = t.text(doc.text);
            !is_capitalised(w) && !w.ends_with("ing")
        });
    // Only adverbs and auxiliaries between the name and the cue.
    let close =
        (src.all.end..k).all(|j| word(j).is_some_and(|t| d.between.contains(t.text(doc.text))));
    if !goes_on || !close || src.all.end > k {
        return None;
    }
    let comma = (src.all.start..src.all.end)
        .rev()
        .find(|&j| doc.tokens[j].is_punct(','))?;
    if comma + 1 >= src.all.end {
        return None;
    }
    let (_, name) = subject(d)(Toks::new(doc.text, &doc.tokens, comma + 1..k)).ok()?;
    Some(name)
}
