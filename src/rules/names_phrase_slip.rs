//! A slip of an ordinary word inside a name of several words ("Back Lives
//! Matter" where the article writes "Black Lives Matter", "Chef Justice"
//! where it writes "Chief Justice"). Alone, the slip is a word of the
//! language, perhaps written in lower case elsewhere, and names.inconsistent
//! leaves such words alone; beside the same capitalised neighbour as the
//! usual spelling, it is the name misspelt.

use super::Context;
use crate::names::fold::{fold, key, strip_possessive};
use crate::names::forms::Forms;
use crate::names::slip;

/// Shortest slip read this way: "Bak" beside "Bank" is as often an
/// abbreviation or another short word.
const MIN_LEN: u32 = 4;

/// Is form `min` a slip of form `maj` inside a name of several words:
/// one slip of the hand apart, and each use of `min` in running prose
/// beside a capitalised word that stands on the same side of a use of
/// `maj`? Only where common nouns are written in lower case: where every
/// noun is capitalised (German), a noun and its neighbour are no name.
pub(super) fn phrase_slip(cx: &Context<'_, '_>, forms: &Forms<'_>, min: u32, maj: u32) -> bool {
    if !cx.lang.names.noun_signs.is_empty() {
        return false;
    }
    let (m, g) = (&forms.forms[min as usize], &forms.forms[maj as usize]);
    if m.len < MIN_LEN || !slip::typed_slip(&fold(m.text), &fold(g.text)) {
        return false;
    }
    let mut usual = Vec::new();
    for o in forms.occurrences_of(maj).filter(|o| o.body) {
        usual.extend(neighbours(cx, o.token as usize));
    }
    let mut any = false;
    for o in forms.occurrences_of(min).filter(|o| o.body) {
        if !neighbours(cx, o.token as usize).any(|n| usual.contains(&n)) {
            return false;
        }
        any = true;
    }
    any
}

/// The capitalised words right before (`false`) and after (`true`) token
/// `ti`, with one space between, as (side, key). An abbreviated title
/// before it counts with its dot ("Ms. Tchen" and "Ms. Then").
fn neighbours<'a>(cx: &'a Context<'_, '_>, ti: usize) -> impl Iterator<Item = (bool, u64)> + 'a {
    let doc = cx.doc;
    let text = doc.text;
    let toks = &doc.tokens;
    let possessive = strip_possessive(toks[ti].text(text)).1;
    let titled = ti >= 2
        && toks[ti - 1].is_punct('.')
        && toks[ti - 2].span.end == toks[ti - 1].span.start
        && cx.lang.names.titles.contains(&key(toks[ti - 2].text(text)));
    let before = ti
        .checked_sub(if titled { 2 } else { 1 })
        .map(|p| (false, p, ti));
    let after = (!possessive && ti + 1 < toks.len()).then_some((true, ti + 1, ti + 1));
    before.into_iter().chain(after).filter_map(move |(side, w, right)| {
        let left = if side { ti } else { right - 1 };
        let gap = &text[toks[left].span.end as usize..toks[right].span.start as usize];
        let t = toks[w];
        let word = strip_possessive(t.text(text)).0;
        (gap == " " && t.is_word() && word.starts_with(char::is_uppercase))
            .then(|| (side, key(word)))
    })
}
