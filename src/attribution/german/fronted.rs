//! Adverbial phrases of more than one word that open a sentence before
//! its verb without being its subject (`Des Weiteren sagte X`): the
//! subject then follows the verb, as after a single word of `fronted`.

use super::reader::{starts_upper, Reader};

impl Reader<'_, '_> {
    /// Does an adverbial phrase open at `from` that a genitive article
    /// starts (`Des Weiteren`, `Des Öfteren`): the article, then a
    /// capitalised word of `fronted`? Read alone, the article would open
    /// a subject.
    pub(in crate::attribution::german) fn fronted_phrase(&self, from: usize) -> bool {
        let g = &self.d.german;
        self.narrated(from)
            .is_some_and(|w| g.genitives.is_folded(w))
            && self
                .narrated(from + 1)
                .is_some_and(|w| starts_upper(w) && g.fronted.is_folded(w))
    }
}
