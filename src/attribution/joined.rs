//! The subject of a cue verb with none of its own: a verb joined to the
//! verbs before it ("shook her head and then said", "but told"), a
//! participle after a comma ("interrupted her speech, shouting “…”") or a
//! preposition ("upon saying “…”"), and a participle in an
//! absolute phrase ("with Trump reportedly yelling: “…”").

use super::data::Data;
use super::grammar::{main_subject, subject_and_verb, Source};
use super::neighbours::names_no_one;
use super::toks::Toks;
use crate::model::{Document, TokenKind};

/// The subject of the cue at `cue` in sentence `s`, joined to the verbs
/// before it by "and" or, for a participle, by a comma; or the noun
/// phrase after "with" right before a participle. An adverb may stand
/// before the cue.
pub fn joined_subject(doc: &Document<'_>, d: &Data, s: usize, cue: usize) -> Option<Source> {
    let st = doc.sentences[s].tokens.start as usize;
    let word = |k: usize| {
        let t = doc.tokens[k];
        t.is_word().then(|| t.text(doc.text))
    };
    let participle = word(cue).is_some_and(|w| w.ends_with("ing"));
    let mut j = cue.checked_sub(1)?;
    if j > st && word(j).is_some_and(|w| w.ends_with("ly") || d.sequence.contains(w)) {
        j -= 1;
    }
    // "drew boos upon saying", "began by saying": the gerund is the
    // clause's own deed, so the clause's subject says it.
    let joint = word(j).is_some_and(|w| d.grammar.verb_joints.is_folded(w))
        || participle && word(j).is_some_and(|w| d.grammar.gerund_openers.is_folded(w))
        || doc.tokens[j].is_punct(',') && participle;
    if !joint {
        return participle
            .then(|| absolute_subject(doc, d, st, j))
            .flatten();
    }
    if j < st + 2 {
        return None;
    }
    let src = main_subject(d, Toks::new(doc.text, &doc.tokens, st..j)).or_else(|| {
        // "The row began when protesters interrupted her, shouting":
        // the clause nearest the participle, when the sentence's own
        // subject is none.
        // Not a clause inside a quotation the sentence holds.
        let floor = (st..j)
            .rev()
            .find(|&k| matches!(doc.tokens[k].kind(), TokenKind::Quote(_)))
            .map_or(st, |q| q + 1);
        (floor + 1..j)
            .rev()
            .filter(|&k| {
                let t = doc.tokens[k - 1];
                t.is_word() && d.boundary.contains(t.text(doc.text))
            })
            .take(2)
            .find_map(|k| main_subject(d, Toks::new(doc.text, &doc.tokens, k..j)))
    })?;
    (!names_no_one(doc, d, &src)).then_some(src)
}

/// "…, with Trump reportedly yelling: “…”", "with many marchers
/// chanting “…”": the noun phrase between "with" and the participle
/// (ending at `last`) is its subject.
fn absolute_subject(doc: &Document<'_>, d: &Data, st: usize, last: usize) -> Option<Source> {
    let with = (st..last)
        .rev()
        .take(8)
        .take_while(|&k| !doc.tokens[k].is_punct(','))
        .find(|&k| {
            let t = doc.tokens[k];
            t.is_word() && t.text(doc.text).eq_ignore_ascii_case("with")
        })?;
    // The phrase ends at the word before the participle (or its adverb);
    // `main_subject` wants a verb after it, which that word stands for.
    let src = main_subject(d, Toks::new(doc.text, &doc.tokens, with + 1..last + 2))?;
    (src.all.end <= last + 1 && !names_no_one(doc, d, &src)).then_some(src)
}

/// The speaker of a verb of saying joined by "and" or "but" to the verb
/// before it ("Lee thanked the crews and said …"): the subject of the
/// nearest clause a subordinating word opens before the joint ("The crowd
/// cheered when Lee waved and said …": Lee), else `joined_subject`'s.
pub fn joined_speaker(doc: &Document<'_>, d: &Data, s: usize, cue: usize) -> Option<Source> {
    let outer = joined_subject(doc, d, s, cue)?;
    if let Some(inner) = inner_subject(doc, d, &outer, cue) {
        return Some(inner);
    }
    let word = |k: usize| {
        let t = doc.tokens[k];
        t.is_word().then(|| t.text(doc.text))
    };
    let j = joint_before(doc, d, cue);
    // "… voters such as Ruiz, who back his plan and feel that …": the
    // verb is the relative clause's, and its subject the noun the clause
    // hangs on, not the sentence's; no speaker rather than the wrong one.
    let relative =
        (outer.all.end..j).any(|k| word(k).is_some_and(|w| d.grammar.relatives.is_folded(w)));
    (!relative).then_some(outer)
}

/// The joint ("and", "but") before the cue at `cue`: the word right
/// before it, or the one before its adverb ("and later said").
fn joint_before(doc: &Document<'_>, d: &Data, cue: usize) -> usize {
    let t = doc.tokens[cue - 1];
    let joint = t.is_word() && d.grammar.verb_joints.is_folded(t.text(doc.text));
    if joint {
        cue - 1
    } else {
        cue - 2
    }
}

/// The subject of the clause between `outer`, the subject of the
/// sentence, and the joint before the cue at `cue`, when a clause opens
/// there (`joined_speaker`).
fn inner_subject(doc: &Document<'_>, d: &Data, outer: &Source, cue: usize) -> Option<Source> {
    let word = |k: usize| {
        let t = doc.tokens[k];
        t.is_word().then(|| t.text(doc.text))
    };
    let j = joint_before(doc, d, cue);
    let subordinate = |k: usize| {
        word(k).is_some_and(|w| {
            d.grammar.clause_subordinators.is_folded(w)
                || w.eq_ignore_ascii_case("as") && super::clauses::opens_clause(doc, d, k + 1)
        })
    };
    // "…, he laughed and said", "as she thanked the crowd and then
    // boomed": the nearest clause before the joint, when a subject opens
    // it right after its comma or its subordinating word; else the
    // nearest clause a subordinating word opens.
    let nearest = (outer.all.end..j)
        .rev()
        .find(|&k| doc.tokens[k].is_punct(',') || subordinate(k))
        .and_then(|k| {
            main_subject(d, Toks::new(doc.text, &doc.tokens, k + 1..j))
                .filter(|src| src.all.start == k + 1)
        });
    nearest
        .or_else(|| {
            (outer.all.end..j)
                .rev()
                .find(|&k| word(k).is_some_and(|w| d.grammar.clause_subordinators.is_folded(w)))
                .and_then(|k| main_subject(d, Toks::new(doc.text, &doc.tokens, k + 1..j)))
        })
        .filter(|src| !names_no_one(doc, d, src))
}

/// The speaker of a cue before a quotation with no subject of its own:
/// a participle's is `joined_subject`'s; a verb joined by "and" to one in
/// a subordinate clause is that clause's subject's ("… when he rose and
/// said, “…”"), as `joined_speaker` reads it.
pub fn quote_speaker(doc: &Document<'_>, d: &Data, s: usize, cue: usize) -> Option<Source> {
    let outer = joined_subject(doc, d, s, cue)?;
    if doc.tokens[cue].text(doc.text).ends_with("ing") {
        return Some(outer);
    }
    Some(inner_subject(doc, d, &outer, cue).unwrap_or(outer))
}

/// "Mike Roe, a veteran of the agency who retired in May, said …": the
/// subject of the sentence `st..en`, parted from the cue at token `k` by
/// an appositive or a relative clause, when the cue is its main verb.
pub fn parted_subject(
    doc: &Document<'_>,
    d: &Data,
    st: usize,
    en: usize,
    k: usize,
) -> Option<Source> {
    if k < st + 3 || !doc.tokens[k - 1].is_punct(',') {
        return None;
    }
    let (src, verb) = subject_and_verb(d, Toks::new(doc.text, &doc.tokens, st..en))?;
    (verb == k && !names_no_one(doc, d, &src)).then_some(src)
}

/// The subject of the main clause of the sentence starting at token `st`,
/// for a participle at token `k` after a comma with no other speaker: the
/// clause right before the comma may be a subordinate one ("… donors
/// who fund attack ads, saying …").
pub fn sentence_subject(doc: &Document<'_>, d: &Data, st: usize, k: usize) -> Option<Source> {
    (k > st + 2)
        .then(|| main_subject(d, Toks::new(doc.text, &doc.tokens, st..k - 1)))
        .flatten()
}
