//! The subject of a main clause, read forward from the clause's start
//! ("Okafor, a spokeswoman, said …"): for a participle or joined verb that
//! hangs off it, and for narration before a quotation.

use super::names::name_run;
use super::subject::{piece, source_head, time_phrase_end, Piece};
use super::Source;
use crate::attribution::data::Data;
use crate::attribution::toks::Toks;
use crate::model::token::is_capitalised;
use crate::model::TokenKind;

/// The comma closing a participle phrase at `start` ("Pressed about the
/// shortfall, Okafor smiled."): a capitalised word in -ed or -ing whose
/// next word is lower-case, so that it opens a phrase rather than a name
/// ("Reed Hale", "Fielding, the mayor"). The intro word list holds the
/// common openers ("Asked", "Speaking"); this reads the rest by shape.
fn participle_opener_end(clause: Toks<'_>, start: usize) -> Option<usize> {
    let next = clause.toks.get(start + 1)?;
    if !clause.toks[start].is_word() || !next.is_word() {
        return None;
    }
    let w = clause.word(start);
    let shaped = w.len() >= 5
        && is_capitalised(w)
        && (w.ends_with("ed") || w.ends_with("ing"))
        && w.chars().skip(1).all(char::is_lowercase);
    if !shaped {
        return None;
    }
    if is_capitalised(clause.word(start + 1)) {
        return None;
    }
    // A short phrase: a comma much further on closes something else.
    (start + 2..clause.len().min(start + 14)).find(|&k| clause.toks[k].is_punct(','))
}

/// The comma closing a prepositional adjunct at `start` ("Over the
/// years, she said"): a capitalised preposition is no subject. Without a
/// comma near, the word may open a subject ("Past presidents said").
fn adjunct_end(d: &Data, clause: Toks<'_>, start: usize) -> Option<usize> {
    let t = clause.toks.get(start)?;
    let w = clause.word(start);
    if !t.is_word() || !is_capitalised(w) || !d.grammar.adjunct_prepositions.is_folded(w) {
        return None;
    }
    (start + 2..clause.len().min(start + 10)).find(|&k| clause.toks[k].is_punct(','))
}

/// Is `w` a capitalised sentence adverb ("Frankly", "Reluctantly")? A
/// word of six letters or more in -ly, lower-case after its capital. Some
/// names end so, but not after another "l" ("Kelly", "Connolly"), nor
/// among the given names of the gender lists ("Beverly").
pub(super) fn sentence_adverb(d: &Data, w: &str) -> bool {
    w.strip_suffix("ly").is_some_and(|stem| {
        w.len() >= 6
            && is_capitalised(w)
            && w.chars().skip(1).all(char::is_lowercase)
            && !stem.ends_with('l')
            && !d.male.contains(w)
            && !d.female.contains(w)
    })
}

/// The comma closing a sentence adverb at `start` ("Frankly, Okafor
/// …", "Shortly after the vote, Okafor …"): on its own before a comma, or
/// opening a phrase with an `intro` word ("after", "on").
fn adverb_opener_end(d: &Data, clause: Toks<'_>, start: usize) -> Option<usize> {
    let next = clause.toks.get(start + 1)?;
    if !clause.toks[start].is_word() || !sentence_adverb(d, clause.word(start)) {
        return None;
    }
    if next.is_punct(',') {
        return Some(start + 1);
    }
    let phrase = next.is_word() && {
        let n = clause.word(start + 1);
        !is_capitalised(n) && d.intro.contains(n)
    };
    if !phrase {
        return None;
    }
    (start + 3..clause.len().min(start + 10)).find(|&k| clause.toks[k].is_punct(','))
}

/// The subject of a main clause, for a participle that hangs off it:
/// "Trump attacked Cruz on Monday, saying …" and "Jones responded by
/// saying …" quote Trump and Jones, not Monday. `clause` runs from the
/// clause start to the comma or "by". The subject is the noun phrase the
/// clause opens with: a pronoun, or capitalised words, titles, vague and
/// organisation words and what joins them ("A spokesman for the
/// campaign"), up to the first other lower-case word, the verb.
pub fn main_subject(d: &Data, clause: Toks<'_>) -> Option<Source> {
    subject_and_verb(d, clause).map(|(s, _)| s)
}

/// `main_subject` and the token index of its verb, which an aside or a
/// bracket may part from the subject ("Gov. Ann Roe (D), a …, said").
pub fn subject_and_verb(d: &Data, clause: Toks<'_>) -> Option<(Source, usize)> {
    // Introductory phrases ("In a statement Monday,", "Minutes later,")
    // come first.
    let mut start = 0;
    loop {
        if start < clause.len()
            && clause.toks[start].is_word()
            && d.intro.contains(clause.word(start))
        {
            let comma = (start..clause.len()).find(|&k| clause.toks[k].is_punct(','))?;
            start = comma + 1;
        } else if let Some(comma) = adjunct_end(d, clause, start) {
            start = comma + 1;
        } else if let Some(k) = time_phrase_end(d, clause.sub(start, clause.len())) {
            start += k;
        } else if let Some(comma) = participle_opener_end(clause, start) {
            start = comma + 1;
        } else if let Some(comma) = adverb_opener_end(d, clause, start) {
            start = comma + 1;
        } else {
            break;
        }
    }
    // "About 200 protesters gathered …": a count of people, perhaps
    // approximate, opens the subject; the plural noun after it is its head.
    if let Some(end) = counted_people(d, clause, start) {
        return finish(d, clause, start, end, false);
    }
    if let Some(found) = role_then_name(d, clause, start) {
        return Some(found);
    }
    let w0 = clause.toks.get(start)?;
    if !w0.is_word() {
        return None;
    }
    let first = clause.word(start);
    let pronoun = d.pronouns.contains(first);
    let mut end = start + 1;
    if !pronoun {
        if !(is_capitalised(first) || d.determiners.contains(first) || d.vague.contains(first)) {
            return None;
        }
        while end < clause.len() {
            let t = clause.toks[end];
            let w = clause.word(end);
            let joins = t.is_punct('.') && clause.toks[end - 1].is_word()
                || t.is_word()
                    && (is_capitalised(w)
                        || d.titles.contains(w)
                        || d.vague.contains(w)
                        || d.organisation.contains(w)
                        || d.grammar.name_joiners.is(w));
            if !joins {
                break;
            }
            end += 1;
        }
        // "A spokesman for the" before the verb: the joining words belong
        // to a phrase the verb cut short.
        while end > start + 1
            && clause.toks[end - 1].is_word()
            && d.grammar.name_joiners.is(clause.word(end - 1))
        {
            end -= 1;
        }
    }
    finish(d, clause, start, end, pronoun)
}

/// "Trump's state director, Mike Rubino, reached out …": a role, the
/// name it belongs to set off by commas, then the verb. Read forward, the
/// role's lower-case words end the subject before the name; the two are
/// one source, named by the name. The role ends in a lower-case title
/// ("director"), which the piece reader may take for part of a name when
/// every word before it is capitalised or a title ("Trump's Virginia
/// state director").
fn role_then_name(d: &Data, clause: Toks<'_>, start: usize) -> Option<(Source, usize)> {
    let c1 = (start + 2..clause.len().min(start + 10)).find(|&k| clause.toks[k].is_punct(','))?;
    let role = clause.sub(start, c1);
    let head = role.word(role.len() - 1);
    let first = role.word(0);
    if !role.toks[0].is_word()
        || d.pronouns.contains(first)
        || !(is_capitalised(first) || d.determiners.contains(first))
        || !(d.titles.contains(head) || d.vague.contains(head))
        || is_capitalised(head)
        || !matches!(piece(d, role), Piece::Description | Piece::Name)
    {
        return None;
    }
    let c2 = (c1 + 2..clause.len().min(c1 + 8)).find(|&k| clause.toks[k].is_punct(','))?;
    let name = clause.sub(c1 + 1, c2);
    if piece(d, name) != Piece::Name
        || !source_head(d, name.word(name.len() - 1), name.toks[name.len() - 1])
    {
        return None;
    }
    let verb = clause.toks.get(c2 + 1)?;
    let vw = clause.word(c2 + 1);
    if !verb.is_word() || is_capitalised(vw) || d.grammar.relatives.is(vw) {
        return None;
    }
    let (a, b) = name_run(d, name);
    Some((
        Source {
            all: role.at..name.end(),
            name: a..b,
        },
        clause.at + c2 + 1,
    ))
}

/// Where "about 200 protesters" that opens `clause` at `start` ends: an
/// optional approximator, a number and a word for people (`vague`).
fn counted_people(d: &Data, clause: Toks<'_>, start: usize) -> Option<usize> {
    let mut k = start;
    if clause.toks.get(k)?.is_word() && d.grammar.approximators.is_folded(clause.word(k)) {
        k += 1;
    }
    if clause.toks.get(k)?.kind() != TokenKind::Number {
        return None;
    }
    let noun = clause.toks.get(k + 1)?;
    (noun.is_word() && d.vague.contains(clause.word(k + 1))).then_some(k + 2)
}

/// What follows a lower-case word read as the verb when it is the noun
/// that heads the subject instead.
enum NounHead {
    /// A finite auxiliary: "Campaign donations are vetted", "The Boston
    /// outlets have been": the auxiliary is the verb.
    BeforeVerb,
    /// A relative: "A Texas voter who backs the bill, Lee …": the clause
    /// hangs off the noun, and its verb is not the subject's.
    BeforeRelative,
}

/// Does `np` hold a capitalised word other than a determiner ("The
/// Murdoch", "Campaign", not "The" or "That")? Only then may a noun after
/// it head it: "a database would" and "the episode should" stay no
/// subjects.
fn named(d: &Data, np: Toks<'_>) -> bool {
    // "Clinton's position was …": the noun after a possessor is a thing
    // of the possessor's, and a pronoun after it may mean either.
    let last = np.len() - 1;
    let w = np.word(last);
    let possessor = w.ends_with("'s")
        || w.ends_with("\u{2019}s")
        || w == "s" && last > 0 && super::prim::is_possessive(np.text, np.toks, last - 1);
    !possessor
        && (0..np.len()).any(|k| {
            np.toks[k].is_word()
                && is_capitalised(np.word(k))
                && !d.determiners.contains(np.word(k))
        })
}

/// Is the lower-case word at `k`, right after a subject of capitalised
/// words, a noun of that subject rather than its verb: no cue word (a verb
/// of saying is followed by a clause that may open on its verb: "which
/// Lee said was a mistake"), no auxiliary or adverb ("might", "will",
/// "also"), no past form in -ed ("Roe wondered who …"), with a finite
/// auxiliary or a relative right after it? No verb is followed by either.
fn noun_after_subject(d: &Data, clause: Toks<'_>, k: usize) -> Option<NounHead> {
    let next = clause.toks.get(k + 1)?;
    let w = clause.word(k);
    // A noun is no function word: "Lee and has aides have" joins two
    // subjects, "Lee but" opens another clause.
    let function_word = d.boundary.contains(w)
        || d.grammar.verb_joints.is(w)
        || d.determiners.contains(w)
        || d.intro.contains(w)
        || crate::attribution::source_names::is_preposition(d, w);
    if !next.is_word()
        || function_word
        || d.cues.contains(w)
        || d.between.contains(w)
        || d.grammar.clause_auxiliaries.is(w)
        || w.ends_with("ed")
    {
        return None;
    }
    let nw = clause.word(k + 1);
    if d.grammar.clause_auxiliaries.is(nw) {
        Some(NounHead::BeforeVerb)
    } else if d.grammar.relatives.is(nw) {
        Some(NounHead::BeforeRelative)
    } else {
        None
    }
}

/// The subject `start..end` and the verb after it, past an aside or a
/// bracket that belongs to the subject.
fn finish(
    d: &Data,
    clause: Toks<'_>,
    start: usize,
    end: usize,
    pronoun: bool,
) -> Option<(Source, usize)> {
    // "Ann Roe, a spokeswoman for the campaign, emailed …": an
    // appositive or a relative clause set off by commas belongs to the
    // subject; the verb comes after it.
    let mut verb_at = end;
    // "Gov. Ann Roe (D), a …, said": a party or state in brackets right
    // after the name belongs to it.
    if !pronoun && clause.toks.get(end).is_some_and(|t| t.open().is_some()) {
        if let Some(c) =
            (end + 1..clause.len().min(end + 8)).find(|&k| clause.toks[k].close().is_some())
        {
            verb_at = c + 1;
        }
    }
    if !pronoun && clause.toks.get(verb_at).is_some_and(|t| t.is_punct(',')) {
        let after = verb_at;
        let close =
            (after + 1..clause.len().min(after + 26)).find(|&k| clause.toks[k].is_punct(','));
        if let Some(c) = close.filter(|&c| c > after + 1) {
            let p = clause.sub(after + 1, c);
            // "Others, reacting to the news, shouted": a participle
            // phrase set off by commas is about the subject too, as is
            // one opened by a reflexive ("Roe, herself a member, said").
            let participle = p.toks[0].is_word() && {
                let w = p.word(0);
                !is_capitalised(w)
                    && w.len() >= 5
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && !d.grammar.not_participles.is(w)
            };
            let described = matches!(piece(d, p), Piece::Description | Piece::Aside)
                || d.grammar.relatives.is(p.word(0))
                || d.grammar.reflexives.is_folded(p.word(0))
                || participle;
            if described {
                verb_at = c + 1;
            }
        }
    }
    // The verb: a lower-case word right after the subject.
    let verb = clause.toks.get(verb_at)?;
    let vw = clause.word(verb_at);
    if !verb.is_word() || is_capitalised(vw) {
        return None;
    }
    let mut end = end;
    if !pronoun && verb_at == end && named(d, clause.sub(start, end)) {
        match noun_after_subject(d, clause, verb_at) {
            Some(NounHead::BeforeVerb) => {
                end = verb_at + 1;
                verb_at += 1;
            }
            Some(NounHead::BeforeRelative) => return None,
            None => {}
        }
    }
    let np = clause.sub(start, end);
    if !source_head(d, np.word(np.len() - 1), np.toks[np.len() - 1]) {
        return None;
    }
    let name = if pronoun {
        (np.at, np.end())
    } else {
        name_run(d, np)
    };
    Some((
        Source {
            all: np.at..np.end(),
            name: name.0..name.1,
        },
        clause.at + verb_at,
    ))
}
