use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Applicability, Finding, Fix, Related, Severity};
use crate::names::fold::KeyMap;
use crate::names::forms::{Form, Forms};
use crate::names::list::{Kind, Role};
use crate::names::{similar, slip, List};

pub struct NamesInconsistent;

static META: RuleMeta = RuleMeta {
    id: "names.inconsistent",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "One name spelt two ways in one article.",
    doc: r#"## What it does
Compares the capitalised spellings of an article with each other and
reports a spelling that is one slip (two for long names) from a spelling
used more often: a letter swapped, dropped, doubled or changed. The finding
points at the rarer spelling, names the usual one and the line it is first
on, and carries the usual spelling as its fix. Two spellings that a names
list gives for one name (Gadhafi, Qaddafi) are reported too.

Close words that are different words are left alone: plurals and
possessives (Clinton, Clintons), demonyms and other derived words (America,
American; Latin, Latino; Methodism, Methodist), contractions (We've,
We're), short words (Iran, Iraq), words with different
first letters (Gennifer, Jennifer), two people who share a first name or a
surname (each spelling appears in full names with different companions),
ordinary words (the rarer spelling is also written in lower case), two
words of the dictionary where the article writes the usual one as a word
too (Slate beside State and "state"; the list is the Wordnik English word
list), a common English word beside a word (Statue beside State; the list
is SCOWL size 35) unless the two share a companion (Untied States) or the
usual spelling ends a person's name on the names list (Tramp for Trump),
two spellings of one listed name where the article glosses one with the
other (Burma, also known as Myanmar), two spellings each used several times, and spellings that a names
list knows as different names (Austria, Australia). A spelling that is no
word, one slip from one that is, is a misspelt word wherever it stands
(Nationla Mall beside National Guard), unless a name stands beside it
(Deval Patrick is no slip for Deal). Beside a name too, a slip of a
title, a day or a month (Prusident Obama, New Jersey Tuesdiy), and two
letters swapped or one doubled in a word, place or demonym (the ABC
Democratiic debate), are misspelt words, unless the spelling is a given
name (Vince beside Vice, Greta beside Great; the list is the 1990 US
census's first names). A given name beside a spelling makes it a name
beside a name even where the dictionary holds it as a word too (Gene
Sperling is no slip for Sterling). A spelling written once before a
capitalised word, one slip of a hand from a given name also written
before one, is a slip even beside another surname (Davd Marek beside
David Oyelaran), unless it is a given name itself. An ordinary word one
slip of a hand from the usual spelling is that name misspelt when each use
stands beside a capitalised word that stands on the same side of the
usual spelling: a name of several words (Back Lives Matter beside Black
Lives Matter, Chef Justice beside Chief Justice; not in German, whose
nouns are all capitalised).

## Why
A name spelt two ways makes the reader wonder which is right, and one of
them is wrong. Spell-checkers do not know names; this rule needs no list,
only the article's own majority.

## Example
```text
Russian presidential aide Yury Ushakov said ... Ushakov added ...
Uhsakov said the talks would go on.
```
Use instead:
```text
Ushakov said the talks would go on.
```
"#,
};

impl Rule for NamesInconsistent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let doc = cx.doc;
        let list = cx.settings.names_list();
        let forms = cx.name_forms();
        let fs = &forms.forms;
        // Slips keep the first letter: sorting by it, then by length, puts
        // every pair worth comparing in one short window. The index makes
        // the order total, so an unstable sort is deterministic.
        // Whether a form is word-shaped is asked only of the few that meet
        // a close partner: a form failing it never breaks a window (the
        // windows end on first letter and length alone), so leaving it in
        // the sorted list visits the same pairs in the same order.
        // Length and letter set ride along in the sorted list, so that the
        // scan of a window reads one array in order.
        let cands = crate::names::window::candidates(fs);
        // Each form's companions, found once: in one very large file a
        // frequent name meets many candidate slips.
        let mut near: Vec<Option<Vec<u64>>> = vec![None; fs.len()];
        // minority form -> (majority form, majority count)
        let mut verdicts: KeyMap<(u32, u32, bool)> = KeyMap::default();
        // Pairs judged in full, at most: see `JUDGED_PER_FORM`.
        let mut budget = JUDGED_PER_FORM * cands.len() + JUDGED_FLOOR;
        'forms: for (x, &(first_i, a_len, i, a_mask)) in cands.iter().enumerate() {
            let a = &fs[i as usize];
            let mut a_shaped = None;
            for &(first_j, b_len, j, b_mask) in cands[x + 1..].iter().take(WINDOW) {
                if first_j != first_i || b_len - a_len > 2 {
                    break;
                }
                // One edit changes at most two letters of the letter set;
                // slips keep the first letter; lengths further apart than
                // the edits allowed are never close.
                let edits = similar::max_edits(a_len as usize, b_len as usize) as u32;
                if edits == 0 || b_len - a_len > edits || (a_mask ^ b_mask).count_ones() > 2 * edits
                {
                    continue;
                }
                let b = &fs[j as usize];
                if !a.text.as_bytes()[0].eq_ignore_ascii_case(&b.text.as_bytes()[0])
                    || !*a_shaped.get_or_insert_with(|| similar::word_shaped(a.text))
                    || !similar::word_shaped(b.text)
                {
                    continue;
                }
                if budget == 0 {
                    break 'forms;
                }
                budget -= 1;
                if let Some((min, maj)) = judge(cx, list, forms, &mut near, i, j) {
                    let e = verdicts.entry(min as u64).or_insert((maj, 0, false));
                    if fs[maj as usize].count >= e.1 {
                        *e = (maj, fs[maj as usize].count, false);
                    }
                }
            }
        }
        // Two spellings a names list gives for one name.
        listed_pairs(cx, list, forms, &mut verdicts);
        let mut found: Vec<(u32, u32, bool)> = verdicts
            .iter()
            .map(|(&m, &(j, _, listed))| (m as u32, j, listed))
            .collect();
        found.sort_unstable();
        for (min, maj, listed) in found {
            let (mf, jf) = (&fs[min as usize], &fs[maj as usize]);
            let line = cx.line_of(jf.first.start);
            let times = match jf.count {
                1 => "once".to_string(),
                2 => "twice".to_string(),
                n => format!("{n} times"),
            };
            for o in forms.occurrences_of(min) {
                let written = o.span.text(doc.text);
                let replacement = similar::in_case_of(jf.text, written);
                let message = if listed {
                    format!(
                        "“{written}” and “{}” are two spellings of one name; this article writes “{}” {times} (first on line {line}): use one",
                        jf.text, jf.text
                    )
                } else {
                    format!(
                        "“{written}” looks like a misspelling of “{}”, written {times} in this article (first on line {line})",
                        jf.text
                    )
                };
                let mut f = Finding::new(META.id, META.severity, o.span, message).with_related(
                    Related::here(jf.first, format!("“{}” is first written here", jf.text)),
                );
                // The majority is a guess at the right spelling, and a
                // slip may be another person: a person should look.
                f.fix = Some(Fix::replace(o.span, replacement, Applicability::Suggested));
                out.push(f);
            }
            let _ = mf;
        }
    }
}

/// The spellings after a form in its window (same first letter, length
/// at most two more) that it is compared with. An article (or a 128 KiB
/// window of a large file) holds a few dozen: the findings on PolNeAR
/// train and on it as one 64 MB file are the same with 64 as with 256.
/// The cap keeps a file of nothing but distinct capitalised words from
/// costing the square of their number; every forced window of such a
/// paragraph pays it again, so it is kept low.
const WINDOW: usize = 64;

/// Pairs judged in full (edit distance, companions, lower-case uses) per
/// spelling compared, over the whole article, plus `JUDGED_FLOOR`. Real
/// articles judge well under one pair per spelling; text made of
/// near-identical names would otherwise judge hundreds each. Once spent,
/// the remaining pairs are not compared.
const JUDGED_PER_FORM: usize = 8;
const JUDGED_FLOOR: usize = 4096;

/// Is the word ending at `end` marked as written so: "Correy’s [sic]"?
fn sic_after(text: &str, end: usize) -> bool {
    let mut to = text.len().min(end + 12);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = &text[end..to];
    let rest = rest.trim_start_matches(|c: char| c.is_alphabetic() || c == '\'' || c == '’');
    let rest = rest.trim_start();
    rest.starts_with("[sic]") || rest.starts_with("(sic)")
}

/// If forms `i` and `j` are one name spelt two ways, (minority, majority).
fn judge(
    cx: &Context<'_, '_>,
    list: &List,
    forms: &Forms<'_>,
    near: &mut [Option<Vec<u64>>],
    i: u32,
    j: u32,
) -> Option<(u32, u32)> {
    judge_(cx, list, forms, near, i, j).ok()
}

/// As [`judge`], with the reason a pair is not reported (for tests).
fn judge_(
    cx: &Context<'_, '_>,
    list: &List,
    forms: &Forms<'_>,
    near: &mut [Option<Vec<u64>>],
    i: u32,
    j: u32,
) -> Result<(u32, u32), &'static str> {
    let doc = cx.doc;
    let fs = &forms.forms;
    let (a, b) = (&fs[i as usize], &fs[j as usize]);
    similar::close(a.text, b.text).ok_or("far")?;
    if similar::different_words(a.text, b.text, &cx.lang.names.endings).is_some() {
        return Err("different");
    }
    // Which is the minority? Fewer uses; on a tie, the one a names list
    // does not know, then the later: a name is most carefully written
    // where it is introduced.
    let rank = |f: &Form<'_>| (f.count, list.knows(f.key) as u32, u32::MAX - f.first.start);
    let (min, maj) = if rank(a) < rank(b) { (i, j) } else { (j, i) };
    let (m, g) = (&fs[min as usize], &fs[maj as usize]);
    // Frequency: a slip is rare against a spelling used as often or more.
    if m.count > 2 || (m.count == 2 && g.count < 4) {
        return Err("freq");
    }
    // The name must look like one: capitalised mid-sentence somewhere.
    if g.mid + m.mid == 0 && !list.knows(g.key) {
        return Err("maj-not-name");
    }
    // A spelling a names list knows is somebody's right spelling, as is a
    // country's or a state's; an opener, title or common word is an
    // ordinary word.
    let words = &cx.lang.names;
    // A word slipped inside a name of several words ("Back Lives Matter"):
    // ordinary alone, the name misspelt beside the usual spelling's
    // neighbour.
    let phrase = phrase::phrase_slip(cx, forms, min, maj);
    if list.knows(m.key) || (words.is_ordinary(m.key) && !phrase) || words.is_place(m.key) {
        return Err("min-known-or-ordinary");
    }
    // Where every noun is capitalised (German), a spelling written after
    // an article is a noun: two short nouns one letter apart ("Staat",
    // "Stadt"; "Nacht", "Nach") are two words. The rarer after one
    // article, or the usual after articles at least half the time;
    // people's names take none. Long nouns one slip apart are one noun
    // misspelt ("Pressekonfernz"), which the reader wants to hear of.
    if m.len.max(g.len) < NOUN_SLIP_MIN
        && (nouns_here(cx, forms, min) > 0 || 2 * nouns_here(cx, forms, maj) >= g.count as usize)
    {
        return Err("nouns");
    }
    // There, too, a word written in lower case anywhere is no noun and no
    // name: an adverb or preposition capitalised where it opens a sentence
    // ("Daher" beside "Dauer", "Nach" beside "Nacht").
    if !words.noun_signs.is_empty() && cx.occurs_lowercase(g.text) {
        return Err("lowercase");
    }
    // Two names: each spelling stands beside its own capitalised words
    // ("Deval Patrick", "New Deal"; "Gennifer Flowers", "Jennifer Lopez").
    let data = &cx.lang.names;
    for f in [min, maj] {
        if near[f as usize].is_none() {
            near[f as usize] = Some(companions(cx, forms, f));
        }
    }
    let (cm, cg) = (
        near[min as usize].as_deref().unwrap_or_default(),
        near[maj as usize].as_deref().unwrap_or_default(),
    );
    let shared = cm.iter().any(|k| cg.binary_search(k).is_ok());
    let named = |c: &[u64]| c.iter().any(|k| !data.is_ordinary(*k));
    // A name beside a name is no slip for a common word ("Deval Patrick",
    // "New Deal"); two names beside their own names are two people.
    // A spelling that is no word, a letter from one that is, is a misspelt
    // word whatever words stand beside it ("Nationla Mall", "Senaator
    // Jones"), unless one beside it is a name too ("Deval Patrick").
    let misspelt_word = !words.in_dictionary(m.text) && misspelt_word(cx, forms, min, m, g);
    if !misspelt_word
        && !lone_slip(words, m, g)
        && !given::given_slip(cx, forms, min, maj)
        && !shared
        && named(cm)
        && (named(cg) || data.is_ordinary(g.key))
    {
        return Err("companions");
    }
    // Two words of the language are two words, not a name and its slip:
    // "Slate" beside "State" in an article that also writes "state",
    // "Plant" beside "Plan". A name that is also a word but is not used
    // as one here keeps its slips ("Tump" beside "Trump").
    if !phrase
        && words.in_dictionary(m.text)
        && words.in_dictionary(g.text)
        && cx.occurs_lowercase(g.text)
    {
        return Err("two-words");
    }
    // A common word beside another word is another word, even where the
    // article writes neither in lower case ("Statue of Liberty" beside
    // "State Department", "Voice" beside "Vice"), unless the two share a
    // companion ("Untied States" is a slip for "United States") or the
    // usual spelling ends a person's name in a names list ("Tramp" for
    // "Trump").
    let a_surname = list.spellings_ending(g.key).iter().any(|&si| {
        let e = list.spellings[si as usize].entry as usize;
        list.entries[e].kind == Some(Kind::Person)
    });
    if !phrase && words.is_common(m.text) && words.in_dictionary(g.text) && !shared && !a_surname {
        return Err("common-word");
    }
    // A spelling marked "[sic]" is kept on purpose: the pair is known.
    if [min, maj].iter().any(|&f| {
        forms
            .occurrences_of(f)
            .any(|o| sic_after(doc.text, o.span.end as usize))
    }) {
        return Err("sic");
    }
    // An ordinary word, also written in lower case.
    if !phrase && cx.occurs_lowercase(m.text) {
        return Err("lowercase");
    }
    Ok((min, maj))
}

/// Forms that are one-word spellings of the same list entry.
fn listed_pairs(
    cx: &Context<'_, '_>,
    list: &List,
    forms: &Forms<'_>,
    verdicts: &mut KeyMap<(u32, u32, bool)>,
) {
    let mut by_entry: KeyMap<Vec<u32>> = KeyMap::default();
    for (i, f) in forms.forms.iter().enumerate() {
        if f.caps_only {
            continue;
        }
        for &si in list.spellings_ending(f.key) {
            let sp = &list.spellings[si as usize];
            if sp.words.len() == 1 && sp.role != Role::Variant {
                let v = by_entry.entry(sp.entry as u64).or_default();
                if !v.contains(&(i as u32)) {
                    v.push(i as u32);
                }
            }
        }
    }
    for v in by_entry.values().filter(|v| v.len() >= 2) {
        let fs = &forms.forms;
        let maj = *v
            .iter()
            .max_by_key(|&&i| (fs[i as usize].count, u32::MAX - fs[i as usize].first.start))
            .expect("two or more");
        // "Burma, also known as Myanmar": a name glossed with the other
        // is both used on purpose.
        let text = cx.doc.text;
        let glossed = |i: u32| {
            forms
                .occurrences_of(i)
                .any(|o| cx.lang.names.glossed(&text[..o.span.start as usize]))
        };
        if v.iter().any(|&i| glossed(i)) {
            continue;
        }
        for &i in v.iter().filter(|&&i| i != maj) {
            verdicts
                .entry(i as u64)
                .or_insert((maj, fs[maj as usize].count, true));
        }
    }
}

#[path = "names_given_slip.rs"]
mod given;

#[path = "names_neighbours.rs"]
mod neighbours;
use neighbours::{companions, nouns_here, NOUN_SLIP_MIN};

#[path = "names_word_slip.rs"]
mod word_slip;
use word_slip::{lone_slip, misspelt_word};

#[path = "names_phrase_slip.rs"]
mod phrase;

#[cfg(test)]
#[path = "names_inconsistent_tests.rs"]
mod tests;
