//! German `sie` is `she` and `they`: the finite verb beside it says which
//! (`Sie sagte`, `sagten sie`, `Sie seien`). A plural one stands for
//! several people, never for the one speaker met last.

use crate::attribution::data::Data;
use crate::model::Document;

/// Does the pronoun at token `k` (`sie`, `Sie`) have a plural finite verb
/// right before or after it (`Sie hätten`, `glauben sie`, `Sie sind`)? A
/// verb in lower case ending in `-en` (`sagten`, `seien`, `würden`) or
/// `sind`; not an article, possessive or preposition (`sie den`, `sie
/// ihren`, `sie gegen`), nor a participle (`gesprochen`). `false` when
/// neither neighbour shows it (`dass sie … sagte`: the verb stands last).
pub(crate) fn plural_verb_beside(doc: &Document<'_>, d: &Data, k: usize) -> bool {
    let is_sie = doc
        .tokens
        .get(k)
        .is_some_and(|t| t.is_word() && t.text(doc.text).eq_ignore_ascii_case("sie"));
    if !is_sie {
        return false;
    }
    let plural = |i: usize| {
        let Some(t) = doc.tokens.get(i).filter(|t| t.is_word()) else {
            return false;
        };
        let w = t.text(doc.text);
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        let other = d.determiners.contains(w)
            || d.possessives.contains(w)
            || d.german.prepositions.is(w)
            || w.starts_with("ge");
        lower && !other && (w.ends_with("en") || w == "sind")
    };
    plural(k + 1) || k.checked_sub(1).is_some_and(plural)
}
