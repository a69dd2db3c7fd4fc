//! A relative word as the subject of reported speech: "Lee, who said the
//! mill would close", "the Post, which reported that …". The relative word is the source, as annotators mark
//! it; the grammar reading the clause before it would find no subject.

use super::data::Data;
use super::grammar::Source;
use crate::model::Document;

/// The relative word standing, with at most a few adverbs or auxiliaries
/// between ("who has long said", "who also told"), right before the cue at
/// token `k` of the sentence starting at token `st`.
pub fn relative_cue_subject(doc: &Document<'_>, d: &Data, st: usize, k: usize) -> Option<Source> {
    let word = |j: usize| {
        let t = doc.tokens[j];
        t.is_word().then(|| t.text(doc.text))
    };
    let mut j = k;
    let mut passive = false;
    while j > st && word(j - 1).is_some_and(|w| d.between.contains(w)) && k - j < 3 {
        passive |= word(j - 1).is_some_and(|w| d.grammar.passive_auxiliaries.is_folded(w));
        j -= 1;
    }
    // "which was being stated as fact", "who is expected to": the relative
    // word is what is said or expected, not who says it.
    if passive && !doc.tokens[k].text(doc.text).ends_with("ing") {
        return None;
    }
    // A relative word opening a sentence asks ("Who said that?").
    if j < st + 2 || !word(j - 1).is_some_and(|w| d.grammar.cue_relatives.is_folded(w)) {
        return None;
    }
    let r = j - 1;
    // Only a clause set off by a comma, about someone named before it
    // ("Ruiz, who said"): "voters who say the law failed were split"
    // leaves the clause's end, and whether anyone spoke, unclear.
    let named = doc.tokens[r - 1].is_punct(',');
    named.then_some(Source {
        all: r..r + 1,
        name: r..r + 1,
    })
}

/// Where the clause reported after a relative word set off by a comma
/// ends, within tokens `range`: "Lee, who said the mill would close, said
/// …" and "The Post, which reported that …, was sold" go on with the main
/// clause's verb after a comma. Cut there; otherwise the whole range.
pub fn relative_clause_end(doc: &Document<'_>, d: &Data, range: std::ops::Range<usize>) -> usize {
    let word = |j: usize| {
        doc.tokens
            .get(j)
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
    };
    for c in range.clone() {
        if !doc.tokens[c].is_punct(',') {
            continue;
        }
        // The main verb, maybe after an adverb: a verb of saying or an
        // auxiliary, in lower case ("…, said", "…, later told", "…, was
        // sold"), not a name or a new clause's subject.
        for j in c + 1..(c + 3).min(range.end) {
            let Some(w) = word(j) else { break };
            let lower = w.starts_with(|ch: char| ch.is_lowercase());
            // A past tense right after the comma is the main verb too
            // ("Lee, who said …, issued a statement").
            let past = j == c + 1 && w.len() > 4 && w.ends_with("ed");
            if lower && (d.cues.contains(w) || d.grammar.auxiliaries.is(w) || past) {
                if c > range.start {
                    return c;
                }
                break;
            }
            if !d.between.contains(w) {
                break;
            }
        }
    }
    range.end
}

/// May the that-less clause `range` after a cue with a relative subject be
/// what was said? It must read as a clause: opened by a pronoun or a name
/// ("who said she would run", "who said Wall Street helps"), or holding a
/// finite verb within its first words ("who said the economy was"). An
/// object ("which denied class-action status", "who thinks the same
/// way") or an infinitive ("who has pledged to ban") tells of a deed or a
/// plan, which readers of a relative clause seldom take for a statement.
pub fn relative_clause_ok(doc: &Document<'_>, d: &Data, range: std::ops::Range<usize>) -> bool {
    let Some(first) = doc.tokens.get(range.start).filter(|t| t.is_word()) else {
        return false;
    };
    let w = first.text(doc.text);
    // "who has vowed to ban", "who asked not to be named".
    let to = |j: usize| {
        doc.tokens
            .get(j)
            .filter(|t| j < range.end && t.is_word())
            .is_some_and(|t| t.text(doc.text).eq_ignore_ascii_case("to"))
    };
    if to(range.start) || to(range.start + 1) {
        return false;
    }
    if d.pronouns.contains(w) || w.starts_with(|c: char| c.is_uppercase()) {
        return true;
    }
    doc.tokens[range.start..range.end.min(range.start + 6)]
        .iter()
        .any(|t| t.is_word() && d.grammar.finite_markers.is_folded(t.text(doc.text)))
}

/// For a source that is a relative word after a comma ("Lee, who said"),
/// the name it stands for: the run of capitalised words (titles with their
/// stops, initials) that ends at the comma, from after its last title
/// ("Maryland Gov. Ann Roe" is Ann Roe), with a determiner before it kept
/// in `all` ("the Post, which reported"). `None` for any other source;
/// `Some(None)` for a relative word whose antecedent names no one ("the
/// campaign, which said"), is the object of a preposition ("lawmakers on
/// Capitol Hill, who said": the speakers are the lawmakers) or follows
/// another comma ("from Englewood, New Jersey, who said"): a reader learns
/// the speaker from the words, not from "who". A relative word right
/// after a word, with no comma, stands for the noun phrase before it
/// ([`thing_before`]).
pub fn antecedent(doc: &Document<'_>, d: &Data, s: &Source) -> Option<Option<Source>> {
    let toks = &doc.tokens;
    let text = doc.text;
    if s.all.len() != 1 || s.all.start < 2 {
        return None;
    }
    let r = s.all.start;
    if !toks[r].is_word() {
        return None;
    }
    // Right after a word: "a sign that read", "mugs that said".
    if toks[r - 1].is_word() && d.grammar.relative_subjects.is_folded(toks[r].text(text)) {
        return Some(thing_before(doc, d, r));
    }
    if !d.grammar.cue_relatives.is_folded(toks[r].text(text)) {
        return None;
    }
    let comma = r - 1;
    if !toks[comma].is_punct(',') {
        return None;
    }
    let word = |k: usize| toks[k].is_word().then(|| toks[k].text(text));
    let capital = |k: usize| word(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    // A stop inside a name follows a title or an initial ("Gov.", "J."),
    // not a sentence's last word.
    let name_stop = |k: usize| {
        toks[k].is_punct('.')
            && k > 0
            && word(k - 1).is_some_and(|w| d.titles.contains(w) || w.chars().count() == 1)
    };
    let mut start = comma;
    while start > 0 && (capital(start - 1) || name_stop(start - 1)) {
        start -= 1;
    }
    // A run may open its sentence with a word of grammar ("But Lee, who
    // said"): the name begins after it.
    while start < comma
        && (!capital(start)
            || word(start).is_some_and(|w| d.intro.contains(w) || d.boundary.contains(w)))
    {
        start += 1;
    }
    if start == comma {
        return Some(None);
    }
    // After a preposition the run names a place or body ("lawmakers on
    // Capitol Hill, who"); after a comma it is set off from another noun
    // ("a doctor from Englewood, New Jersey, who"): not who spoke.
    if start > 0
        && (toks[start - 1].is_punct(',')
            || word(start - 1).is_some_and(|w| d.grammar.antecedent_prepositions.is_folded(w)))
    {
        return Some(None);
    }
    let all = match start.checked_sub(1) {
        Some(k) if word(k).is_some_and(|w| d.determiners.contains(w)) => k,
        _ => start,
    };
    // The name proper begins after the run's last title and its stop.
    let name = (start..comma)
        .rev()
        .find(|&k| word(k).is_some_and(|w| d.titles.contains(w)))
        .map_or(start, |t| if name_stop(t + 1) { t + 2 } else { t + 1 });
    if name >= comma {
        return Some(None);
    }
    Some(Some(Source {
        all: all..comma,
        name: name..comma,
    }))
}

/// "a sign that read “…”", "a playwright who wrote": the noun phrase right
/// before a relative word with no comma, when it opens with an article or
/// a possessive and holds up to three lower-case words after it. The
/// speaker is that phrase, never "that"; none when there is no such
/// phrase ("mugs that said").
fn thing_before(doc: &Document<'_>, d: &Data, r: usize) -> Option<Source> {
    let toks = &doc.tokens;
    let word = |k: usize| toks[k].is_word().then(|| toks[k].text(doc.text));
    let mut k = r;
    while k > 0 && r - k < 4 {
        let w = word(k - 1)?;
        if d.grammar.part_owners.is_folded(w) || d.grammar.articles.is_folded(w) {
            return (k < r).then(|| Source {
                all: k - 1..r,
                name: k - 1..r,
            });
        }
        if !w.starts_with(|c: char| c.is_lowercase()) || d.determiners.contains(w) {
            return None;
        }
        k -= 1;
    }
    None
}
