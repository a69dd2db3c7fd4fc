//! A given name slipped beside another person's given name ("Davd Marek"
//! beside "David Oyelaran"): kept apart so that the rule file stays small.

use super::{slip, Context, Forms};
use crate::model::token::is_capitalised;
use crate::names::fold::{fold, strip_possessive};

/// Is `min`, written once before a capitalised word, a slip of the given
/// name `maj`, also written before one ("Davd Marek" beside "David
/// Oyelaran", "Rachard Quint" beside "Richard Roe")? Two people who share a
/// given name each have a surname of their own, so the companions tell
/// nothing here, and the usual spelling is often written only once more.
/// The census list of given names tells them apart: the usual spelling is
/// on it, the rarer is not, is no word, and is the usual one typed with
/// one slip of a hand. Standing before a capitalised word, both are used
/// as given names; a surname one slip from a given name ("Larsen",
/// "Larson") stands before "said", and is left to the counts.
pub(super) fn given_slip(cx: &Context<'_, '_>, forms: &Forms<'_>, min: u32, maj: u32) -> bool {
    let words = &cx.lang.names;
    let (m, g) = (&forms.forms[min as usize], &forms.forms[maj as usize]);
    m.count == 1
        && words.dictionary.is_some()
        && words.is_given(g.text)
        && !words.is_given(m.text)
        && !words.in_dictionary(m.text)
        && slip::typed_slip(&fold(m.text), &fold(g.text))
        && before_a_capital(cx, forms, min)
        && before_a_capital(cx, forms, maj)
}

/// Does a use of `form` in running prose stand right before a capitalised
/// word on the same line ("David Oyelaran", "Mikhail E. Smith"), as a given
/// name stands before its surname or initial?
fn before_a_capital(cx: &Context<'_, '_>, forms: &Forms<'_>, form: u32) -> bool {
    let doc = cx.doc;
    let text = doc.text;
    forms.occurrences_of(form).filter(|o| o.body).any(|o| {
        let ti = o.token as usize;
        let (Some(t), Some(n)) = (doc.tokens.get(ti), doc.tokens.get(ti + 1)) else {
            return false;
        };
        let possessive = strip_possessive(t.text(text)).1;
        !possessive
            && n.is_word()
            && is_capitalised(n.text(text))
            && text[t.span.end as usize..n.span.start as usize] == *" "
    })
}
