//! Who the source is: later references resolved to the earlier named
//! source (surname, "the analyst", pronouns). How a source's own words
//! name and class it is `source_names`; the people narration names, whom
//! a pronoun may mean, `narrated`.

use super::data::{Data, Syntax};
use super::found::Found;
use super::gender::{gender_of, Gender, Surnames};
use super::narrated::{narrated_subject, sentence_subject, NamedLookup};
use super::source_names::{classify, name_text, words};
use super::SourceClass;
use crate::model::token::is_capitalised;
use crate::model::Document;

/// How many earlier sources a later reference may reach back to.
pub(super) const RECENT: usize = 64;

/// A named source met so far in the article.
pub(super) struct Known {
    pub(super) name: String,
    /// Where the last word of a name of two or more begins; 0 for one word.
    pub(super) surname: usize,
    /// The tokens of the whole source (titles, appositive).
    all: std::ops::Range<usize>,
    pub(super) class: SourceClass,
    pub(super) gender: Gender,
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
    pub(super) fn may_be(&self, want: Gender) -> bool {
        self.shown == Gender::Unknown || self.shown == want
    }
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
                // "said Harvey, who": the source met as "Ann Harvey".
                if class == SourceClass::Named {
                    if let Some(k) = by_surname(&self.known, &name) {
                        return ((Some(k.name.clone()), k.class), false);
                    }
                }
                let (gender, _) = genders(d, self.surnames, &name, &lower);
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
            // German `sie` with a plural verb (`Sie seien`) is several
            // people: none of the speakers met one by one.
            if d.syntax == Syntax::German
                && super::german::plural::plural_verb_beside(doc, d, s.all.start)
            {
                return ((None, SourceClass::Unknown), false);
            }
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
            // "he" and "she": the nearest named source that may be meant
            // (of the pronoun's gender, or of none the text shows), when
            // the text named it in the pronoun's paragraph or the one
            // before: readers take the person just named. Further back,
            // the nearest named source known to fit, else the nearest
            // whose gender is unknown. (A woman introduced by her full
            // name is likelier meant than "Trump" some paragraphs on.)
            let fits = |k: &Known, g: Gender| {
                k.class == SourceClass::Named && k.gender == g && k.may_be(want)
            };
            let block = doc.sentences[f.sentence].block;
            let near = |k: &Known| doc.sentences[k.sentence].block + 1 >= block;
            // A name of a person's form: two words or more, or one the
            // article writes after a given name or title elsewhere ("Ann
            // Tarar … Tarar said"); not a word of a description ("The
            // Vermont senator") or an organisation read as a name. Asked
            // last: the surname table is read only if some name needs it.
            let surnames = self.surnames;
            let person =
                |k: &Known| k.gender == want || k.name.contains(' ') || surnames.knows(&k.name);
            let at = if he || she {
                known
                    .iter()
                    .rev()
                    .take(RECENT)
                    .position(|k| fits(k, want) || fits(k, Gender::Unknown) && person(k))
                    .filter(|&i| near(&known[known.len() - 1 - i]))
                    .or_else(|| known.iter().rev().take(RECENT).position(|k| fits(k, want)))
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
                if let Some(name) = sentence_subject(doc, d, f, known, want, surnames) {
                    return ((Some(name), SourceClass::Named), false);
                }
                let newest = at.map(|i| {
                    let k = &known[known.len() - 1 - i];
                    (k.all.start, k.gender)
                });
                // A name anywhere in that narration only when no source
                // met so far is known to fit: the speaker of the story
                // goes on over passers-by named in the narration.
                let fitting = known.iter().rev().take(RECENT).any(|k| fits(k, want));
                let lookup = NamedLookup {
                    any: !fitting,
                    surnames,
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
        if class == SourceClass::Named {
            if let Some(k) = by_surname(known, &name) {
                return ((Some(k.name.clone()), k.class), false);
            }
        }
        let added = matches!(class, SourceClass::Named | SourceClass::Organisation);
        if added {
            // Only a named person is ever "he" or "she".
            let (gender, shown) = if class == SourceClass::Named {
                genders(d, self.surnames, &name, lower)
            } else {
                (Gender::Unknown, Gender::Unknown)
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

/// The named source met lately that `name`, one word, is the surname of
/// ("Thomas" → "Neil Thomas").
fn by_surname<'k>(known: &'k [Known], name: &str) -> Option<&'k Known> {
    if name.contains(' ') {
        return None;
    }
    known
        .iter()
        .rev()
        .take(RECENT)
        .find(|k| k.class == SourceClass::Named && k.surname > 0 && k.name[k.surname..] == *name)
}

/// The gender a named source shows by its words `lower` (`Known::gender`)
/// and the one a pronoun may take it for (`Known::shown`). A name of one
/// word that the article's first full mention shows to be a surname of
/// the other gender ("Rebecca Bradley … Bradley said") says nothing by
/// itself, though the lists hold it as a given name too; the source's
/// other words ("Justice Bradley") still may.
fn genders(d: &Data, surnames: &Surnames<'_, '_>, name: &str, lower: &[&str]) -> (Gender, Gender) {
    let first = if name.contains(' ') {
        Gender::Unknown
    } else {
        surnames.of(name)
    };
    if first == Gender::Unknown {
        let g = gender_of(d, name, lower);
        return (g, if g == Gender::Unknown { first } else { g });
    }
    let is_name = |w: &str| {
        w.strip_prefix(name)
            .is_some_and(|rest| rest.is_empty() || rest == "'s" || rest == "’s")
    };
    let rest: Vec<&str> = lower.iter().copied().filter(|w| !is_name(w)).collect();
    match gender_of(d, "", &rest) {
        Gender::Unknown => (Gender::Unknown, first),
        g => (g, g),
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

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
