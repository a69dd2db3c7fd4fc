//! Cue verbs in their other senses: a verb of saying that, by the words
//! after it, says nothing ("Clinton maintains a commanding lead", "the
//! ruling added to the confusion", "Ruiz reported from Lagos", "Lee
//! responded by closing the office"). Read
//! before reported speech is taken. Cue words that are no verb by the
//! words around them ("the final say", "a telling sign", "time will
//! tell") are dropped only after speakers are resolved (`no_verb`).

use super::data::Data;
use super::found::Found;
use crate::model::Document;

/// Does the cue at token `k` (sentence ending before token `en`) read in
/// a sense other than saying, by the word or two right after it?
pub fn other_sense(doc: &Document<'_>, d: &Data, k: usize, en: usize) -> bool {
    let word = |j: usize| {
        (j < en)
            .then(|| doc.tokens[j])
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
    };
    let (Some(w), Some(next)) = (word(k), word(k + 1)) else {
        return false;
    };
    let g = &d.grammar;
    // "added to the confusion", "reported from Cairo". The pair is looked
    // up as one phrase; it is short, and this runs only on cue words.
    if w.len() + next.len() < 31 && g.other_senses.is_folded(&format!("{w} {next}")) {
        return true;
    }
    if g.as_it_stands.is_folded(w) && next.eq_ignore_ascii_case("it") && after_as_pronoun(doc, d, k)
    {
        return true;
    }
    // "responded by blocking the vote": a deed, unless the deed is saying
    // ("responded by saying"). Only for verbs of response: "concluded by
    // warning" and its like report how someone spoke. An adverb may stand
    // on either side of "by" ("responded swiftly by closing", "responded
    // by quietly closing").
    if g.deed_verbs.is_folded(w) {
        let adverb = |j: usize| word(j).is_some_and(manner_adverb);
        let by = if adverb(k + 1) { k + 2 } else { k + 1 };
        if word(by).is_some_and(|b| b.eq_ignore_ascii_case("by")) {
            let at = if adverb(by + 1) { by + 2 } else { by + 1 };
            if let Some(deed) = word(at) {
                return deed.ends_with("ing") && !d.cues.contains(deed);
            }
        }
    }
    false
}

/// Is the cue at token `k` right after "as" and a personal pronoun, with
/// at most one lower-case word between the pronoun and the cue ("as we
/// know", "as we now know")? Tokens before `k` may lie in the sentence
/// before: its last token is a mark, which no word test passes.
fn after_as_pronoun(doc: &Document<'_>, d: &Data, k: usize) -> bool {
    let word = |j: usize| {
        Some(doc.tokens[j])
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
    };
    let pronoun_then_as = |p: usize| {
        p >= 1
            && word(p).is_some_and(|w| d.pronouns.contains(w))
            && word(p - 1).is_some_and(|w| w.eq_ignore_ascii_case("as"))
    };
    let adverb = k
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    (k >= 2 && pronoun_then_as(k - 1)) || (adverb && k >= 3 && pronoun_then_as(k - 2))
}

/// A lower-case adverb of manner in -ly ("swiftly", "abruptly"): five
/// letters or more, so not "only" or "fly".
fn manner_adverb(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ly") && w.chars().all(|c| c.is_ascii_lowercase())
}

/// Is the cue at token `k` no verb of saying by the words around it: a
/// noun ("have a say", "the final say"), an adjective ("a telling sign",
/// "most telling", "is telling in itself"), or "tell" as to know ("time
/// will tell", "you can't tell whether")?
fn not_a_verb(doc: &Document<'_>, d: &Data, st: usize, k: usize, en: usize) -> bool {
    let word = |j: usize| {
        (j >= st && j < en)
            .then(|| doc.tokens[j])
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
    };
    let Some(w) = word(k) else {
        return false;
    };
    let g = &d.grammar;
    if in_idiom(doc, d, st, k, en) {
        return true;
    }
    let before = k.checked_sub(1).and_then(word);
    let after = word(k + 1);
    // Nothing said after the word: the sentence or clause ends, or a
    // preposition follows ("is telling in its own right").
    let ends = after.is_none_or(|a| g.adjective_tails.is_folded(a));
    if g.noun_cues.is_folded(w) {
        return before.is_some_and(|b| g.noun_markers.is_folded(b));
    }
    if g.adjective_cues.is_folded(w) {
        let graded = before.is_some_and(|b| g.degree_words.is_folded(b));
        let be = before.is_some_and(|b| g.passive_auxiliaries.is_folded(b));
        return graded || be && ends || after.is_some_and(|a| g.adjective_heads.is_folded(a));
    }
    if g.discern_cues.is_folded(w) {
        // "Only time will tell": time is no speaker.
        let by_time = before.is_some_and(|b| g.auxiliaries.is_folded(b))
            && k.checked_sub(2)
                .and_then(word)
                .is_some_and(|t| t.eq_ignore_ascii_case("time"));
        // "if you can't already tell.", "I couldn't tell whether …": no
        // one told, nothing after it or a question.
        let mut m = k.checked_sub(1).and_then(word);
        if m.is_some_and(|a| g.ability_adverbs.is_folded(a)) {
            m = k.checked_sub(2).and_then(word);
        }
        let can = m.is_some_and(|a| g.ability_modals.is_folded(a));
        let asks = after.is_none_or(|a| g.question_words.is(a) && !a.eq_ignore_ascii_case("to"));
        return by_time || can && asks;
    }
    false
}

/// The most words an entry of `idioms` holds.
const IDIOM_WORDS: usize = 4;

/// Is the cue at token `k` part of a set phrase that closes its clause
/// ("Enough said.", "Having said that, …", "well told.", "their smiles
/// said a lot.")? The phrase's words run on with no mark between, and no
/// word follows them: "having said that he would resign" and "said a lot
/// of voters" still report.
fn in_idiom(doc: &Document<'_>, d: &Data, st: usize, k: usize, en: usize) -> bool {
    let g = &d.grammar;
    if g.idioms.is_empty() {
        return false;
    }
    let is_word = |j: usize| j >= st && j < en && doc.tokens[j].is_word();
    if !is_word(k) {
        return false;
    }
    // A phrase counts only where its words end, so it ends at the last
    // word of the run that holds the cue; most cues ("said the plan …")
    // have more words after them than a phrase holds, and no phrase is
    // built for them. (Called for every cue: no text is put together
    // until then.)
    let Some(last) = (k..k + IDIOM_WORDS).find(|&e| !is_word(e + 1)) else {
        return false;
    };
    let first = (last + 1 - IDIOM_WORDS.min(last + 1)..=k)
        .find(|&s| (s..=k).all(is_word))
        .unwrap_or(k);
    let mut phrase = String::new();
    (first..=k).any(|s| {
        phrase.clear();
        for e in s..=last {
            if e > s {
                phrase.push(' ');
            }
            phrase.push_str(doc.tokens[e].text(doc.text));
        }
        g.idioms.is_folded(&phrase)
    })
}

/// Is attribution `f`'s cue no verb of saying ([`not_a_verb`])? Asked
/// once speakers are resolved: "Lee has the final say, and she said …"
/// still names who "she" is.
pub fn no_verb(doc: &Document<'_>, d: &Data, f: &Found) -> bool {
    let s = &doc.sentences[f.sentence];
    let (st, en) = (s.tokens.start as usize, s.tokens.end as usize);
    f.cue.first == f.cue.last && not_a_verb(doc, d, st, f.cue.first, en) || compared(doc, st, f)
}

/// How many words may stand between either "as" of "as … as" and the
/// word after it: the compared words, then the speaker and auxiliaries.
const COMPARED_REACH: usize = 6;

/// Does attribution `f` say nothing but end a comparison, "as … as" a
/// speaker and the cue ("not as bad as she said", "nearly as much money
/// as he has promised")? The act is a yardstick; what was said is not
/// given. Not "As Lee noted, …", whose content follows.
fn compared(doc: &Document<'_>, st: usize, f: &Found) -> bool {
    if f.content.is_some() {
        return false;
    }
    let is_as = |j: usize| doc.tokens[j].is_word() && doc.tokens[j].text(doc.text) == "as";
    // The nearest "as" before `to`, with only words between.
    let as_before = |to: usize| {
        (to.saturating_sub(COMPARED_REACH + 1).max(st)..to)
            .rev()
            .take_while(|&j| doc.tokens[j].is_word())
            .find(|&j| is_as(j))
    };
    as_before(f.cue.first)
        .filter(|&second| second + 1 < f.cue.first && second > st)
        .and_then(|second| as_before(second - 1))
        .is_some()
}

/// Is the that-less clause `from..to` after the cue at token `k` the plain
/// object of an `object_verbs` verb ("maintains a commanding lead",
/// "claimed his third victory"): a noun phrase opening, and no finite
/// verb before the clause ends?
pub fn plain_object(doc: &Document<'_>, d: &Data, k: usize, from: usize, to: usize) -> bool {
    let g = &d.grammar;
    if !g.object_verbs.is_folded(doc.tokens[k].text(doc.text)) {
        return false;
    }
    let opens = doc.tokens.get(from).is_some_and(|t| {
        // A figure opens a noun phrase too ("added 292,000 jobs").
        t.is_number() || t.is_word() && g.object_openers.is_folded(t.text(doc.text))
    });
    // The object's clause ends at its first comma: a verb after it is
    // another clause's ("maintains a wide lead, but the vote has yet to
    // …", "Though Ruiz maintains a lead, a loss would hurt").
    let to = doc.tokens[from..to]
        .iter()
        .position(|t| t.is_punct(','))
        .map_or(to, |p| from + p);
    opens
        && !doc.tokens[from..to]
            .iter()
            .any(|t| t.is_word() && g.finite_markers.is_folded(t.text(doc.text)))
}

/// `a play called “Sons of Trump”`, `a blog, called the “Feed”`: a
/// participle right after a common noun, with at most an article before
/// the mark, gives a thing its name; nobody is quoted. A verb with a
/// subject has its object there ("Lee called the plan “a gift”") or a
/// subject right before it ("what he called “…”", "Trump later called").
pub fn names_a_thing(doc: &Document<'_>, d: &Data, s_start: usize, v: usize, open: usize) -> bool {
    let w = doc.tokens[v].text(doc.text);
    if !d.grammar.thing_namers.is_folded(w) || v <= s_start {
        return false;
    }
    let gap = &doc.tokens[v + 1..open];
    let bare = gap.is_empty()
        || gap.len() == 1
            && gap[0].is_word()
            && d.grammar.articles.is_folded(gap[0].text(doc.text));
    let mut p = v - 1;
    if doc.tokens[p].is_punct(',') && p > s_start {
        p -= 1;
    }
    let t = doc.tokens[p];
    let pw = t.text(doc.text);
    let noun = t.is_word()
        && pw.starts_with(|c: char| c.is_lowercase())
        && !d.pronouns.contains(pw)
        && !d.between.contains(pw)
        && !d.grammar.object_pronouns.is(pw)
        && !d.boundary.contains(pw)
        && !d.determiners.contains(pw);
    bare && noun
}
