//! What stands beside a spelling: the capitalised words around its uses
//! and the noun signs before them. Split from `names_inconsistent.rs`.

use crate::model::token::is_capitalised;
use crate::names::fold::{key, strip_possessive};
use crate::names::forms::Forms;
use crate::names::nouns;
use crate::rules::Context;

/// From this length (characters, the longer spelling) two nouns one slip
/// apart are one noun misspelt: German's long compounds seldom stand one
/// letter from another word, its short nouns often do (Staat, Stadt).
pub(super) const NOUN_SLIP_MIN: u32 = 9;

/// How many uses of `form` follow a noun sign of the language ("der").
pub(super) fn nouns_here(cx: &Context<'_, '_>, forms: &Forms<'_>, form: u32) -> usize {
    let data = &cx.lang.names;
    if data.noun_signs.is_empty() {
        return 0;
    }
    forms
        .occurrences_of(form)
        .filter(|o| nouns::after_noun_sign(cx.doc, data, o.token as usize))
        .count()
}

/// The capitalised words right before and after each use of a form in
/// running prose, in the same line (across a particle: "Osama bin Laden"),
/// titles and openers left out; sorted, each once.
pub(super) fn companions(cx: &Context<'_, '_>, forms: &Forms<'_>, form: u32) -> Vec<u64> {
    let mut out = Vec::new();
    each_companion(cx, forms, form, |_, k| out.push(k));
    // Sorted, so that shared companions are found by binary search.
    out.sort_unstable();
    out.dedup();
    out
}

/// Does a use of `form` stand beside a capitalised word that is neither an
/// ordinary word nor a word of the dictionary, or that is a given name: a
/// name ("Deval Patrick", "Gene Sperling")? The dictionary holds many
/// given names as words too ("gene", "ken"), and "Gene Sperling" beside
/// "Sterling" is a name beside a name.
pub(super) fn beside_a_name(cx: &Context<'_, '_>, forms: &Forms<'_>, form: u32) -> bool {
    let data = &cx.lang.names;
    let mut found = false;
    each_companion(cx, forms, form, |w, k| {
        found |= !data.is_ordinary(k) && (!data.in_dictionary(w) || data.is_given(w));
    });
    found
}

/// Calls `f` with each capitalised word (and its key) right before or
/// after a use of `form`, as [`companions`] describes.
fn each_companion(
    cx: &Context<'_, '_>,
    forms: &Forms<'_>,
    form: u32,
    mut f: impl FnMut(&str, u64),
) {
    let doc = cx.doc;
    let data = &cx.lang.names;
    let text = doc.text;
    let n = doc.tokens.len();
    let next_to = |a: usize, b: usize| {
        let (x, y) = (doc.tokens[a].span, doc.tokens[b].span);
        !text[x.end as usize..y.start as usize].contains('\n')
    };
    let word = |i: usize| {
        let t = doc.tokens[i];
        t.is_word().then(|| strip_possessive(t.text(text)).0)
    };
    for o in forms.occurrences_of(form).filter(|o| o.body) {
        let ti = o.token as usize;
        let mut near = Vec::with_capacity(2);
        if ti > 0 && next_to(ti - 1, ti) {
            let mut p = ti - 1;
            if word(p).is_some_and(|w| data.particles.contains(&key(w)))
                && p > 0
                && next_to(p - 1, p)
            {
                p -= 1;
            }
            near.push(p);
        }
        let possessive = strip_possessive(doc.tokens[ti].text(text)).1;
        if !possessive && ti + 1 < n && next_to(ti, ti + 1) {
            let mut q = ti + 1;
            if word(q).is_some_and(|w| data.particles.contains(&key(w)))
                && q + 1 < n
                && next_to(q, q + 1)
            {
                q += 1;
            }
            near.push(q);
        }
        for i in near {
            if let Some(w) = word(i) {
                let k = key(w);
                if is_capitalised(w) && !data.titles.contains(&k) && !data.not_names.contains(&k) {
                    f(w, k);
                }
            }
        }
    }
}
