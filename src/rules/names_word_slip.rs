//! Is a spelling a slip of a word or of an established name, whatever
//! names stand beside it? Split from `names_inconsistent.rs` to keep it
//! readable.

use super::neighbours::beside_a_name;
use crate::names::fold::fold;
use crate::names::forms::{Form, Forms};
use crate::names::{similar, slip};
use crate::rules::Context;

/// How often the usual form must be written before a one-off form beside
/// other names is read as its slip.
const LONE_SLIP_MIN_USUAL: u32 = 3;

/// Is `m` a one-off slip of `g` whatever names stand beside each ("Bill
/// Clintn" beside "Hillary Clinton", "Georeg Bush" beside "George
/// Washington")? Written once, no given name and no word of the
/// dictionary, and `g` typed with one slip of a hand. A second person
/// who shares a surname has a given name of their own ("Mike Kelly",
/// "Mark Kelly"); one whose surname is a letter from another's differs
/// in a way a hand seldom slips ("Carlson", "Carson"). The usual form
/// must be established, written `LONE_SLIP_MIN_USUAL` times or more: two
/// people each named once ("Dana Kohn", "Eli Kohen"; "Ann Larsen", "Bo
/// Larson") look exactly like a slip, and only the count tells them
/// apart. Only where the language ships both lists: without them every
/// spelling looks unknown.
pub(super) fn lone_slip(words: &crate::names::Data, m: &Form<'_>, g: &Form<'_>) -> bool {
    m.count == 1
        && g.count >= LONE_SLIP_MIN_USUAL
        && words.given.is_some()
        && words.dictionary.is_some()
        && !words.is_given(m.text)
        && !words.in_dictionary(m.text)
        && slip::typed_slip(&fold(m.text), &fold(g.text))
}

/// Is form `min`, which is no word of the dictionary, a slip for the word
/// `g` rather than a name of its own? Then the words beside it do not
/// matter: "Prusident Obama" is the title misspelt, not a new name.
pub(super) fn misspelt_word(
    cx: &Context<'_, '_>,
    forms: &Forms<'_>,
    min: u32,
    m: &Form<'_>,
    g: &Form<'_>,
) -> bool {
    let words = &cx.lang.names;
    // Titles, days and months are words that names seldom sit one slip
    // from ("Prusident", "Tuesdiy", "Secertary"); short openers do
    // ("Abou" is no slip for "About"), so those need six letters.
    // A given name is a name of its own, not a title misspelt ("Vince",
    // "Vice") nor two letters of a word swapped ("Greta", "Great").
    let given = words.is_given(m.text);
    if (words.titles.contains(&g.key) && !given)
        || (words.not_names.contains(&g.key) && g.len >= 6)
    {
        return true;
    }
    let wordlike = words.in_dictionary(g.text)
        || words.is_place(g.key)
        || words.modifiers.contains(&g.key);
    // Two letters swapped or one doubled is a typing slip, never another
    // word ("Democratiic", "Germna"), whatever stands beside it.
    if wordlike
        && !given
        && similar::slip_shaped(&fold(m.text), &fold(g.text))
    {
        return true;
    }
    // A word, a place or a demonym, misspelt where no name stands beside
    // it ("Nationla Mall", "North Floida"); beside a name the spelling
    // may be a name of its own ("Deval Patrick" and "New Deal", "Nigel
    // Farage" and "Niger").
    wordlike && !beside_a_name(cx, forms, min)
}
