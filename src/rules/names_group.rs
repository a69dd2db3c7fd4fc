//! The starter list's words for peoples, parties and faiths (kind
//! `group`: "Israeli", "Republican", "Muslim") as names.noncanonical reads
//! them: only a hand's slip of one is a near miss, alone or as a part of a
//! compound ("Israli-Palestinian").

use super::Context;
use crate::names::fold::{fold, key, strip_possessive};
use crate::names::forms::Forms;
use crate::names::list::Kind;
use crate::names::{similar, slip, List};

/// Is `written`, a near miss of the group word `group`, a slip of it here:
/// a hand's slip, and no word derived from a name the article writes?
pub(super) fn slip_here(cx: &Context<'_, '_>, forms: &Forms<'_>, written: &str, group: &str) -> bool {
    let data = &cx.lang.names;
    group_slip(data, written, group) && !derived_here(forms, written, data)
}

/// Slips of group words among the parts of a compound written in capitals
/// ("Israli-Palestinian", "Mexican-Amercian"), which is one name form, so
/// its parts are looked up one by one: (byte offset in `compound`, length,
/// the list's word).
pub(super) fn compound_slips(
    cx: &Context<'_, '_>,
    list: &List,
    forms: &Forms<'_>,
    compound: &str,
    buf: &mut Vec<u64>,
) -> Vec<(usize, usize, String)> {
    let data = &cx.lang.names;
    let mut found = Vec::new();
    let mut at = 0;
    for part in compound.split('-') {
        let off = at;
        at += part.len() + 1;
        let k = key(part);
        if part.chars().count() < similar::MIN_LONGER
            || list.knows(k)
            || data.is_ordinary(k)
            || data.is_place(k)
        {
            continue;
        }
        let Some((ni, _)) = list.near_miss_unlisted(part, &data.endings, buf) else {
            continue;
        };
        let nw = &list.near_words[ni as usize];
        if list.entries[nw.entry as usize].kind == Some(Kind::Group)
            && slip_here(cx, forms, part, &nw.word)
            && !cx.occurs_lowercase(part)
        {
            found.push((off, part.len(), nw.word.clone()));
        }
    }
    found
}

/// Is `written` a hand's slip of the group word `group` ("Isreali" for
/// "Israeli", "Republacans" for "Republicans")? Names of people and places
/// sit one letter from these words as often as slips do ("Christina",
/// "Morton", "Latin"), so the word must be no word of the dictionary and
/// no given name, and differ as a hand slips (two letters swapped, one
/// dropped or doubled, a vowel for a vowel), not as two names differ
/// ("Gelman", "German"). Only where the language ships both lists.
pub(super) fn group_slip(words: &crate::names::Data, written: &str, group: &str) -> bool {
    if words.dictionary.is_none() || words.given.is_none() {
        return false;
    }
    let (bare, _) = strip_possessive(written);
    if words.in_dictionary(bare) || words.is_given(bare) {
        return false;
    }
    slip::typed_slip(&fold(bare), &fold(group))
}

/// Is `written` derived from another capitalised word of this article by
/// one of the language's endings ("British Columbians" where the article
/// writes "British Columbia")? Then it is that word's, not a slip of a
/// group word one vowel away ("Colombians").
fn derived_here(forms: &crate::names::forms::Forms<'_>, written: &str, words: &crate::names::Data) -> bool {
    let w = fold(written);
    forms.forms.iter().any(|g| {
        let stem = fold(g.text);
        stem.len() >= 4
            && stem.len() < w.len()
            && w.starts_with(stem.as_str())
            && words.endings.contains(&w[stem.len()..])
    })
}

