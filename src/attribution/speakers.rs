//! Who the source is: the name it gives, later references resolved to the
//! earlier named source (surname, "the analyst", pronouns), and its class.

use super::data::Data;
use super::found::Found;
use super::gender::{gender_of, Gender, Surnames};
use super::grammar::Source;
use super::toks::Toks;
use super::SourceClass;
use crate::model::token::is_capitalised;
use crate::model::Document;

/// How many earlier sources a later reference may reach back to.
pub(super) const RECENT: usize = 64;

/// A named source met so far in the article.
struct Known {
    name: String,
    /// Where the last word of a name of two or more begins; 0 for one word.
    surname: usize,
    /// The tokens of the whole source (titles, appositive).
    all: std::ops::Range<usize>,
    class: SourceClass,
    gender: Gender,
    /// The gender was only guessed from a "he" or "she" resolved to this
    /// source, not shown by a name or a word of the source.
    guessed: bool,
    /// For a name of one word whose `gender` is unknown, the gender the
    /// article's first full mention of it shows ("Donald Trump … Trump
    /// said"): not enough to give it a pronoun, but a "she" is not his.
    shown: Gender,
    /// The sentence of the attribution that named the source.
    sentence: usize,
}

impl Known {
    /// A source first met, named `name` over tokens `all`, in `sentence`.
    fn new(
        name: &str,
        all: std::ops::Range<usize>,
        class: SourceClass,
        gender: Gender,
        shown: Gender,
        sentence: usize,
    ) -> Self {
        Known {
            surname: name.rfind(' ').map_or(0, |i| i + 1),
            name: name.to_string(),
            all,
            class,
            gender,
            guessed: false,
            shown,
            sentence,
        }
    }

    /// May a pronoun of gender `want` stand for this source, as far as
    /// its first full mention shows?
    fn may_be(&self, want: Gender) -> bool {
        self.shown == Gender::Unknown || self.shown == want
    }
}

fn words<'a, 't>(
    doc: &'a Document<'t>,
    r: std::ops::Range<usize>,
) -> impl Iterator<Item = &'t str> + 'a {
    let text = doc.text;
    doc.tokens[r]
        .iter()
        .filter(|t| t.is_word())
        .map(move |t| t.text(text))
}

/// A preposition that joins a source to where it works ("at", "of").
pub(super) fn is_preposition(d: &Data, w: &str) -> bool {
    d.grammar.source_prepositions.is(w)
}

fn name_text(doc: &Document<'_>, d: &Data, s: &Source) -> String {
    // The name's words and the spaces between them fit in the bytes its
    // tokens span: one allocation, no regrowth.
    let room = match (s.name.start, s.name.end.checked_sub(1)) {
        (a, Some(b)) if a <= b => (doc.tokens[b].span.end - doc.tokens[a].span.start) as usize,
        _ => 0,
    };
    let mut out = String::with_capacity(room);
    let mut prev_end = None;
    for k in s.name.clone() {
        let t = doc.tokens[k];
        let w = t.text(doc.text);
        // Titles are not part of the name: "Mr. Kerry" is Kerry.
        if out.is_empty() && (d.titles.contains(w) || t.is_punct('.')) && k + 1 < s.name.end {
            continue;
        }
        if let Some(e) = prev_end {
            if e != t.span.start {
                out.push(' ');
            }
        }
        out.push_str(w);
        prev_end = Some(t.span.end);
    }
    // As `trim_end_matches("'s")` then `trim_end_matches("’s")`, without
    // building a substring searcher for each.
    while out.ends_with("'s") {
        out.truncate(out.len() - "'s".len());
    }
    while out.ends_with("’s") {
        out.truncate(out.len() - "’s".len());
    }
    out
}

/// The source's words, read in place: resolving runs once per attribution
/// and must not allocate per word.
fn is_anonymous(d: &Data, lower: &[&str]) -> bool {
    if !lower.iter().any(|w| d.anonymous_first.contains(w)) {
        return false;
    }
    d.anonymous.iter().any(|p| {
        !p.is_empty()
            && lower
                .windows(p.len())
                .any(|w| w.iter().zip(p).all(|(a, b)| a.eq_ignore_ascii_case(b)))
    })
}

/// Class of a source read on its own.
fn classify(
    doc: &Document<'_>,
    d: &Data,
    s: &Source,
    all: &[&str],
    media_cue: bool,
) -> SourceClass {
    if is_anonymous(d, all) {
        return SourceClass::Anonymous;
    }
    let mut name_buf = [""; 16];
    let mut n = 0;
    for w in words(doc, s.name.clone()) {
        if n == name_buf.len() {
            break;
        }
        name_buf[n] = w;
        n += 1;
    }
    let name = &name_buf[..n];
    // The head of the name: in "Neil Thomas, an analyst at Eurasia Group"
    // it is Thomas, not Group.
    let head = name.last().or(all.last()).copied().unwrap_or("");
    let capitalised = !name.is_empty()
        && name
            .iter()
            .all(|w| is_capitalised(w) || d.titles.contains(w));
    // "Officials at the Pentagon", "Analysts at Goldman Sachs": the words
    // before a preposition say who; the rest says where they work. (Not
    // when a name stands apart: "An analyst at Eurasia Group, Neil Thomas".)
    let pre = if capitalised {
        all
    } else {
        let cut = all.iter().position(|w| is_preposition(d, w));
        &all[..cut.unwrap_or(all.len())]
    };
    let title_case_vague = pre.iter().any(|w| d.vague.contains(w))
        && pre
            .iter()
            .all(|w| d.vague.contains(w) || d.determiners.contains(w));
    if title_case_vague || (!capitalised && d.vague.contains(head)) {
        return SourceClass::Vague;
    }
    let org_word = name.iter().any(|w| d.organisation.contains(w))
        || (d.organisation.contains(head) && !d.titles.contains(head))
        || name
            .iter()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&'))
        // A compound of an organisation's word (German `Stadtverwaltung`).
        || d.german.organisation_endings.ends(head, 1);
    if org_word || (media_cue && capitalised) {
        return SourceClass::Organisation;
    }
    if capitalised {
        return SourceClass::Named;
    }
    if d.vague.contains(head) {
        return SourceClass::Vague;
    }
    SourceClass::Unknown
}

/// Fills `speaker` and `class` for each attribution, in article order.
pub fn resolve<'t>(
    doc: &Document<'t>,
    d: &Data,
    found: &[Found],
) -> Vec<(Option<String>, SourceClass)> {
    if found.len() > CHUNK {
        return resolve_parallel(doc, d, found, CHUNK, MAX_REPLAY);
    }
    let surnames = Surnames::build(doc, d);
    let mut r = Resolver::new(&surnames);
    found.iter().map(|f| r.step(doc, d, f).0).collect()
}

/// Attributions are resolved in chunks of this many (a file of some
/// megabytes has more), in parallel. The chunks are fixed by the count,
/// not by the number of threads, so the result is the same on any machine.
const CHUNK: usize = 1 << 14;

/// How far back, in attributions, a chunk replays to rebuild the sources
/// in reach at its start.
const MAX_REPLAY: usize = 2048;

/// `resolve` in chunks of `step` attributions on all threads. Only the
/// last `RECENT` named sources are ever consulted, so a chunk that replays
/// the attributions before it until `RECENT` sources have been added holds
/// the state one pass would: every source it could reach was added, and
/// changed by a pronoun, within the replay (an older source a pronoun
/// reached in one pass is out of reach again by the chunk's start). The
/// replay stops at `max_replay` attributions even with fewer sources met:
/// a run of thousands of vague or unnamed sources ("according to
/// officials") would otherwise be replayed from the top of the file by
/// every chunk, time growing with the file's length times the chunks. So
/// in a file of more than `CHUNK` attributions, a reference just past a
/// chunk's start reaches a source at most `max_replay` attributions back.
fn resolve_parallel<'t>(
    doc: &Document<'t>,
    d: &Data,
    found: &[Found],
    step: usize,
    max_replay: usize,
) -> Vec<(Option<String>, SourceClass)> {
    let surnames = Surnames::build(doc, d);
    let parts = crate::slices::par_ranges(found.len(), step, |range| {
        let mut back = (4 * RECENT).min(max_replay).max(1);
        loop {
            let from = range.start.saturating_sub(back);
            let mut r = Resolver::new(&surnames);
            let mut added = 0;
            for f in &found[from..range.start] {
                added += r.step(doc, d, f).1 as usize;
            }
            if from == 0 || added >= RECENT || back >= max_replay {
                return found[range]
                    .iter()
                    .map(|f| r.step(doc, d, f).0)
                    .collect::<Vec<_>>();
            }
            back = (back * 2).min(max_replay);
        }
    });
    parts.into_iter().flatten().collect()
}

/// The named sources met so far.
struct Resolver<'t, 's> {
    known: Vec<Known>,
    /// The gender the article shows for each surname.
    surnames: &'s Surnames<'s, 't>,
    /// The source's words, a buffer reused for every attribution.
    lower: Vec<&'t str>,
    /// The last sentence searched for a named person and what was found:
    /// the pronouns of one sentence all look back at the same sentence
    /// before it, which is read once, not once per pronoun.
    named: Option<(std::ops::Range<usize>, Gender, Option<String>)>,
}

impl<'t, 's> Resolver<'t, 's> {
    fn new(surnames: &'s Surnames<'s, 't>) -> Self {
        Resolver {
            known: Vec::new(),
            surnames,
            lower: Vec::new(),
            named: None,
        }
    }

    /// Resolves one attribution; also says whether its source became one
    /// that later references may reach.
    fn step(
        &mut self,
        doc: &Document<'t>,
        d: &Data,
        f: &Found,
    ) -> ((Option<String>, SourceClass), bool) {
        let Some(s) = &f.source else {
            return ((None, SourceClass::Unknown), false);
        };
        // "Lee, who said": the speaker is the name the relative word
        // stands for, whatever the annotated source span. Added to the
        // sources a later "he" or "she" may mean only when its given name
        // says which: a group ("Republicans, who said") or a name of
        // unknown gender drew pronouns from the people they meant.
        match super::relatives::antecedent(doc, d, s) {
            None => {}
            Some(Some(a)) => {
                let name = name_text(doc, d, &a);
                let lower: Vec<&str> = words(doc, a.all.clone()).collect();
                let class = classify(doc, d, &a, &lower, false);
                let gender = gender_of(d, &name, &lower);
                let added = class == SourceClass::Named && gender != Gender::Unknown;
                if added {
                    let k = Known::new(&name, a.all.clone(), class, gender, gender, f.sentence);
                    self.known.push(k);
                }
                return ((Some(name).filter(|n| !n.is_empty()), class), added);
            }
            Some(None) => return ((None, SourceClass::Unknown), false),
        }
        self.lower.clear();
        self.lower.extend(words(doc, s.all.clone()));
        let lower = &self.lower[..];
        let known = &mut self.known;
        let media_cue =
            f.cue.first == f.cue.last && d.media.contains(doc.tokens[f.cue.first].text(doc.text));
        // Pronouns: the nearest compatible named speaker.
        if lower.len() == 1 && d.pronouns.contains(lower[0]) {
            let is = |w: &str| lower[0].eq_ignore_ascii_case(w);
            // The pronouns that are also words of a gender ("he", "er").
            let (he, she) = (d.male.contains(lower[0]), d.female.contains(lower[0]));
            let want = if he {
                Gender::Male
            } else if she {
                Gender::Female
            } else {
                Gender::Unknown
            };
            // "he" and "she": the nearest named source known to fit, else
            // the nearest whose gender is unknown. (A woman introduced by
            // her full name is likelier meant than "Trump" just before.)
            let fits = |k: &Known, g: Gender| {
                k.class == SourceClass::Named && k.gender == g && k.may_be(want)
            };
            let at = if he || she {
                known
                    .iter()
                    .rev()
                    .take(RECENT)
                    .position(|k| fits(k, want))
                    .or_else(|| {
                        known
                            .iter()
                            .rev()
                            .take(RECENT)
                            .position(|k| fits(k, Gender::Unknown))
                    })
            } else if is("it") {
                known
                    .iter()
                    .rev()
                    .take(RECENT)
                    .position(|k| k.class == SourceClass::Organisation)
            } else {
                None
            };
            let at = if he || she {
                at.map(|i| nearer_subject(doc, known, f, i, want).unwrap_or(i))
            } else {
                at
            };
            // "Lena Ostrova opened the meeting. “…,” she said.": a person
            // the narration has just named is meant before an older source.
            if he || she {
                let newest = at.map(|i| known[known.len() - 1 - i].all.start);
                // A name anywhere in that narration only when no source
                // met so far is known to fit: the speaker of the story
                // goes on over passers-by named in the narration.
                let fitting = known.iter().rev().take(RECENT).any(|k| fits(k, want));
                let lookup = NamedLookup {
                    any: !fitting,
                    memo: &mut self.named,
                };
                if let Some(name) = narrated_subject(doc, d, f, known, want, newest, lookup) {
                    return ((Some(name), SourceClass::Named), false);
                }
            }
            let len = known.len();
            let hit = at.map(|i| &mut known[len - 1 - i]);
            return match hit {
                Some(k) => {
                    if k.gender == Gender::Unknown {
                        k.gender = want;
                        k.guessed = true;
                    }
                    ((Some(k.name.clone()), k.class), false)
                }
                None => ((None, SourceClass::Unknown), false),
            };
        }
        let name = name_text(doc, d, s);
        let class = classify(doc, d, s, lower, media_cue);
        // A description: "the analyst" → the person introduced as one.
        let described = !name.split_whitespace().any(is_capitalised) || class == SourceClass::Vague;
        if described
            && lower.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && lower.len() <= 4
        {
            let role = lower.last().copied().unwrap_or_default();
            if let Some(k) = known.iter().rev().take(RECENT).find(|k| {
                k.class == SourceClass::Named
                    && words(doc, k.all.clone()).any(|w| w.eq_ignore_ascii_case(role))
            }) {
                return ((Some(k.name.clone()), k.class), false);
            }
        }
        // A surname: "Thomas" → "Neil Thomas".
        if class == SourceClass::Named && !name.contains(' ') {
            if let Some(k) = known.iter().rev().take(RECENT).find(|k| {
                k.class == SourceClass::Named && k.surname > 0 && k.name[k.surname..] == *name
            }) {
                return ((Some(k.name.clone()), k.class), false);
            }
        }
        let added = matches!(class, SourceClass::Named | SourceClass::Organisation);
        if added {
            // Only a named person is ever "he" or "she".
            let gender = if class == SourceClass::Named {
                gender_of(d, &name, lower)
            } else {
                Gender::Unknown
            };
            let shown = match gender {
                Gender::Unknown if !name.contains(' ') => self.surnames.of(&name),
                g => g,
            };
            known.push(Known::new(
                &name,
                s.all.clone(),
                class,
                gender,
                shown,
                f.sentence,
            ));
        }
        let speaker = if name.is_empty() { None } else { Some(name) };
        ((speaker, class), added)
    }
}

/// A source nearer than the `i`-th from the end of `known` that a "he" or
/// "she" in `f` means rather than it, when that one's gender was only
/// guessed from an earlier pronoun: a named source of unknown gender in
/// the pronoun's sentence or the one before it, in its paragraph. Readers
/// take such a pronoun for the person just named as a subject ("Osk
/// pledged support. He also spoke …"), not for one an earlier "he" was
/// read as.
fn nearer_subject(
    doc: &Document<'_>,
    known: &[Known],
    f: &Found,
    i: usize,
    want: Gender,
) -> Option<usize> {
    if !known[known.len() - 1 - i].guessed {
        return None;
    }
    let block = doc.sentences[f.sentence].block;
    known.iter().rev().take(i).position(|k| {
        k.class == SourceClass::Named
            && k.gender == Gender::Unknown
            && k.may_be(want)
            && k.sentence <= f.sentence
            && k.sentence + 1 >= f.sentence
            && doc.sentences[k.sentence].block == block
    })
}

/// The name and class of source `s` as it is written, unresolved.
pub(super) fn describe(doc: &Document<'_>, d: &Data, s: &Source) -> (String, SourceClass) {
    let lower: Vec<&str> = words(doc, s.all.clone()).collect();
    (name_text(doc, d, s), classify(doc, d, s, &lower, false))
}

/// The person named as the subject of the sentence of narration right
/// before attribution `f`'s first sentence, if that sentence comes after
/// the source a pronoun would otherwise reach (`newest`, a token index)
/// and the person may be `want`: the name a pronoun in `f` refers to. A
/// surname of a known source gives that source's full name.
fn narrated_subject(
    doc: &Document<'_>,
    d: &Data,
    f: &Found,
    known: &[Known],
    want: Gender,
    newest: Option<usize>,
    mut lookup: NamedLookup<'_>,
) -> Option<String> {
    let mut first = f.sentence;
    if let Some(c) = f.content {
        first = first.min(doc.sentences.partition_point(|s| s.span.end <= c.start));
    }
    let prev = &doc.sentences[first.checked_sub(1)?];
    let r = prev.tokens.start as usize..prev.tokens.end as usize;
    if newest.is_some_and(|p| p >= r.start) {
        return None;
    }
    // Narration only: a sentence with a quotation mark is someone's words.
    let marks = &doc.marks;
    let m = marks.partition_point(|m| m.span.start < prev.span.start);
    if marks.get(m).is_some_and(|m| m.span.start < prev.span.end) {
        return None;
    }
    let Some(subj) = super::grammar::main_subject(d, Toks::new(doc.text, &doc.tokens, r.clone()))
    else {
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
    }
    // Otherwise a full name, first and last.
    let full = name.split(' ').count() >= 2 && name.split(' ').all(is_capitalised);
    let g = gender_of(d, &name, &lower);
    (full && (g == want || g == Gender::Unknown)).then_some(name)
}

/// Whether a pronoun may reach any person named in the sentence before
/// ([`named_in`]): only when no source met so far is known to fit
/// (`any`); read through the resolver's memo of the last sentence read.
struct NamedLookup<'m> {
    any: bool,
    memo: &'m mut Option<(std::ops::Range<usize>, Gender, Option<String>)>,
}

impl NamedLookup<'_> {
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

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
