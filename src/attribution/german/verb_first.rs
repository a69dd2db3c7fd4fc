//! A clause that opens with its finite verb: a condition without `wenn`
//! (`Kämen sie dem nicht nach, …`) or a question (`Sollte er …?`). German
//! puts the finite verb second after anything else that stands first, so
//! a capitalised first word right before a personal pronoun is that verb
//! (or a conjunction, which the lists name), never a name: its subject is
//! the pronoun.

use super::reader::{starts_upper, Reader};

impl Reader<'_, '_> {
    /// Does the clause from `a` open with its finite verb, a personal
    /// pronoun (`er`, `sie`, `es`, `man`; not a demonstrative, which may
    /// stand as an article: `Alle diese`) right after it?
    pub fn opens_with_verb(&self, a: usize) -> bool {
        let g = &self.d.german;
        let (Some(first), Some(next)) = (self.narrated(a), self.narrated(a + 1)) else {
            return false;
        };
        let personal = self.d.pronouns.contains(next) && !g.demonstratives.is_folded(next);
        // The words that may stand before a subject pronoun without being
        // a verb: articles and determiners, prepositions, conjunctions and
        // the adverbs that open a sentence before its subject.
        let opens_phrase = self.d.pronouns.contains(first)
            || self.d.determiners.contains(first)
            || self.d.boundary.contains(first)
            || g.prepositions.is_folded(first)
            || g.complementizers.is_folded(first)
            || g.coordinators.is_folded(first)
            || g.focus.is_folded(first)
            || g.fronted.is_folded(first);
        starts_upper(first) && personal && !opens_phrase
    }
}
