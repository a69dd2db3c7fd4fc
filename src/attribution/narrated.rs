//! The people a sentence of narration names, whom a "he" or "she" in the
//! attribution after it may mean before any older source.

use super::clauses::leading_clause;
use super::data::Data;
use super::found::Found;
use super::gender::{gender_of, Gender, Surnames};
use super::grammar::Source;
use super::source_names::{classify, name_text, words};
use super::speakers::{Known, RECENT};
use super::toks::Toks;
use super::SourceClass;
use crate::model::token::is_capitalised;
use crate::model::Document;

/// The person named as the subject of the sentence of narration right
/// before attribution `f`'s first sentence, if that sentence comes after
/// the source a pronoun would otherwise reach (`newest`: where it begins,
/// a token index, and its gender) or names it in a clause leading the
/// sentence, and the person may be `want`: the name a pronoun in `f`
/// refers to. A surname of a known source gives that source's full name.
pub(super) fn narrated_subject(
    doc: &Document<'_>,
    d: &Data,
    f: &Found,
    known: &[Known],
    want: Gender,
    newest: Option<(usize, Gender)>,
    mut lookup: NamedLookup<'_, '_, '_>,
) -> Option<String> {
    let mut first = f.sentence;
    if let Some(c) = f.content {
        first = first.min(doc.sentences.partition_point(|s| s.span.end <= c.start));
    }
    let prev = &doc.sentences[first.checked_sub(1)?];
    let r = prev.tokens.start as usize..prev.tokens.end as usize;
    // The source is in that sentence: only its main clause's subject, when
    // the source is in a clause leading it, goes before it ("When Lee
    // said that …, Ann Roe seized on it. “…,” she said.").
    let inside = newest.filter(|&(p, _)| p >= r.start);
    if inside.is_some() && leading_clause(doc, d, r.start).is_none() {
        return None;
    }
    // Narration only: a sentence with a quotation mark is someone's words.
    let marks = &doc.marks;
    let m = marks.partition_point(|m| m.span.start < prev.span.start);
    if marks.get(m).is_some_and(|m| m.span.start < prev.span.end) {
        return None;
    }
    let main = super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, r.clone()));
    if let Some((p, g)) = inside {
        // The subject after the leading clause, of the pronoun's gender
        // where the source's own is the pronoun's.
        let subj = main.as_ref().filter(|s| p < s.all.start)?;
        let name = leading_subject(doc, d, subj, known, lookup.surnames, want)?;
        let sg = name.1;
        let fits = sg == want || sg == Gender::Unknown && g != want;
        return fits.then_some(name.0);
    }
    let Some(subj) = main else {
        return lookup.find(doc, d, r, want);
    };
    let lower: Vec<&str> = words(doc, subj.all.clone()).collect();
    // A name, not a description ("The former leader") or a word that
    // opens a sentence ("One", "Oh"): no determiner first.
    if lower
        .first()
        .is_none_or(|w| d.determiners.contains(w) || d.pronouns.contains(w))
        || classify(doc, d, &subj, &lower, false) != SourceClass::Named
    {
        // No one named as the subject ("It has become an issue, with
        // Hillary Clinton lambasting the plan."): the one person the
        // sentence names whose given name fits, if no source met so far
        // is known to.
        return lookup.find(doc, d, r, want);
    }
    let name = name_text(doc, d, &subj);
    if !name.contains(' ') {
        // A surname: the known source it belongs to, if that one fits.
        let k = known.iter().rev().take(RECENT).find(|k| {
            k.class == SourceClass::Named && k.surname > 0 && k.name[k.surname..] == *name
        });
        if let Some(k) = k {
            let fits = k.gender == want || k.gender == Gender::Unknown && k.may_be(want);
            return fits.then(|| k.name.clone());
        }
        // "Asked about the cuts, Brown shrugged.": a sentence opening with
        // a participle narrates a person, whose surname is all the
        // article gives when it never writes one before it.
        if participle_opens(doc, r.start, subj.all.start) && !lookup.surnames.knows(&name) {
            let g = gender_of(d, &name, &lower);
            return (g == want || g == Gender::Unknown).then_some(name);
        }
    }
    // Otherwise a full name, first and last.
    let full = name.split(' ').count() >= 2 && name.split(' ').all(is_capitalised);
    let g = gender_of(d, &name, &lower);
    (full && (g == want || g == Gender::Unknown)).then_some(name)
}

/// "Col. Ann Roe began the quarrel when she raised …": a "he" or "she"
/// (the source of `f`) opening a subordinate clause of a sentence whose
/// main clause opens with a person's name as its subject means that
/// person, when the name shows
/// the pronoun's gender or is a source already met.
pub(super) fn sentence_subject(
    doc: &Document<'_>,
    d: &Data,
    f: &Found,
    known: &[Known],
    want: Gender,
    surnames: &Surnames<'_, '_>,
) -> Option<String> {
    let p = f.source.as_ref()?.all.start;
    let si = doc
        .sentences
        .partition_point(|s| s.tokens.end as usize <= p);
    let st = doc.sentences.get(si)?.tokens.start as usize;
    // Right after a subordinating word ("when he", "as she"), with no
    // quotation before it in the sentence.
    let opener = doc.tokens[p.checked_sub(1)?];
    let w = opener.text(doc.text);
    let subordinate = opener.is_word()
        && (d.grammar.clause_subordinators.is_folded(w) || w.eq_ignore_ascii_case("as"));
    let marks = &doc.marks;
    let m = marks.partition_point(|m| m.span.start < doc.tokens[st].span.start);
    let quoted = marks.get(m).is_some_and(|m| (m.token as usize) < p)
        || super::found::quotation_at(doc, doc.tokens[p].span.start).is_some();
    if p < st + 3 || !subordinate || quoted {
        return None;
    }
    let subj = super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, st..p))?;
    let (name, g) = leading_subject(doc, d, &subj, known, surnames, want)?;
    let met = || known.iter().rev().take(RECENT).any(|k| k.name == name);
    (g == want || g == Gender::Unknown && met()).then_some(name)
}

/// The person named as `subj`, the subject of a main clause after a
/// leading clause, and the gender the text shows for them: a name of two
/// words or more, a known source's surname, or a surname the article
/// writes after a given name elsewhere. None for a known source that its
/// first full mention shows not to be `want`.
fn leading_subject(
    doc: &Document<'_>,
    d: &Data,
    subj: &Source,
    known: &[Known],
    surnames: &Surnames<'_, '_>,
    want: Gender,
) -> Option<(String, Gender)> {
    let lower: Vec<&str> = words(doc, subj.all.clone()).collect();
    // "Mrs. Roe's vote, which she …": a thing of the person's, not her.
    let owned = lower.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"));
    if owned
        || lower
            .first()
            .is_none_or(|w| d.determiners.contains(w) || d.pronouns.contains(w))
        || classify(doc, d, subj, &lower, false) != SourceClass::Named
    {
        return None;
    }
    let name = name_text(doc, d, subj);
    if name.contains(' ') {
        let full = name.split(' ').all(is_capitalised);
        let g = gender_of(d, &name, &lower);
        return full.then_some((name, g));
    }
    let k =
        known.iter().rev().take(RECENT).find(|k| {
            k.class == SourceClass::Named && k.surname > 0 && k.name[k.surname..] == *name
        });
    match k {
        Some(k) => k.may_be(want).then(|| (k.name.clone(), k.gender)),
        None if surnames.knows(&name) => {
            let g = surnames.of(&name);
            Some((name, g))
        }
        None => None,
    }
}

/// Does the sentence at token `st` open with a participle phrase set off
/// by a comma before its subject at `subj` ("Asked about the vote,",
/// "Smiling broadly,"): a capitalised word in -ed or -ing, then a word
/// in lower case?
fn participle_opens(doc: &Document<'_>, st: usize, subj: usize) -> bool {
    let (toks, text) = (&doc.tokens, doc.text);
    let Some(w) = toks.get(st).filter(|t| t.is_word()).map(|t| t.text(text)) else {
        return false;
    };
    let shaped = w.len() >= 5
        && is_capitalised(w)
        && w.chars().skip(1).all(char::is_lowercase)
        && (w.ends_with("ed") || w.ends_with("ing"));
    let next_lower = toks
        .get(st + 1)
        .is_some_and(|t| t.is_word() && !is_capitalised(t.text(text)));
    shaped && next_lower && subj > st + 2 && toks[subj - 1].is_punct(',')
}

/// Whether a pronoun may reach any person named in the sentence before
/// ([`named_in`]): only when no source met so far is known to fit
/// (`any`); read through the resolver's memo of the last sentence read.
pub(super) struct NamedLookup<'m, 's, 't> {
    pub(super) any: bool,
    /// Which one-word names the article writes after a given name or
    /// title somewhere.
    pub(super) surnames: &'m Surnames<'s, 't>,
    pub(super) memo: &'m mut Option<(std::ops::Range<usize>, Gender, Option<String>)>,
}

impl NamedLookup<'_, '_, '_> {
    fn find(
        &mut self,
        doc: &Document<'_>,
        d: &Data,
        r: std::ops::Range<usize>,
        want: Gender,
    ) -> Option<String> {
        if !self.any {
            return None;
        }
        if let Some((seen, g, name)) = self.memo.as_ref() {
            if *seen == r && *g == want {
                return name.clone();
            }
        }
        let name = named_in(doc, d, r.clone(), want);
        *self.memo = Some((r, want, name.clone()));
        name
    }
}

/// The one full name in tokens `r` (a narration sentence) whose given
/// name is of gender `want`: a capitalised given name from the gender
/// lists and one or more capitalised words after it. None when there is
/// no such name, or two different ones.
fn named_in(
    doc: &Document<'_>,
    d: &Data,
    r: std::ops::Range<usize>,
    want: Gender,
) -> Option<String> {
    if want == Gender::Unknown {
        return None;
    }
    let toks = &doc.tokens[r];
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
            .filter(|w| is_capitalised(w))
    };
    let mut found: Option<String> = None;
    let mut k = 0;
    while k < toks.len() {
        let Some(given) = word(k) else {
            k += 1;
            continue;
        };
        let fits = match want {
            Gender::Male => d.male.contains(given),
            Gender::Female => d.female.contains(given),
            Gender::Unknown => false,
        };
        let end = (k + 1..toks.len())
            .find(|&j| word(j).is_none())
            .unwrap_or(toks.len());
        // A given name alone ("Paul") may be a surname; titles ("Mrs")
        // are in the lists too, but name no one by themselves.
        // ("Virginia Gov. Ann Lewis": a place before a title is no name.)
        let names_someone = (k..end).all(|j| word(j).is_some_and(|w| !d.titles.contains(w)))
            && !d.pronouns.contains(given)
            && !d.possessives.contains(given);
        if fits && end - k >= 2 && names_someone {
            let mut name = (k..end).filter_map(word).collect::<Vec<_>>().join(" ");
            // "Hillary Clinton’s plan": the name, not its possessive.
            for s in ["’s", "'s"] {
                if let Some(n) = name.strip_suffix(s) {
                    name = n.to_string();
                }
            }
            if found.as_ref().is_some_and(|f| *f != name) {
                return None;
            }
            found = Some(name);
        }
        k = end.max(k + 1);
    }
    found
}
