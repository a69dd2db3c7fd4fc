//! Names written with a full stop inside them: a union's short name
//! (`ver.di`), a web address (`zeitung.de`, `www.amt.de`). The tokenizer
//! cuts them at their stops; the German reader reads the pieces as one
//! noun, so a lower-case piece is neither a verb nor the end of a
//! source.

use super::Reader;

impl Reader<'_, '_> {
    /// Is token `i` a piece of a dotted name: a word of two letters or
    /// more glued by a full stop to another such word, the one after the
    /// stop in lower case (`ver.di`, `kiel.de`)? Not an abbreviation
    /// (`u.a.`, `d.h.`: one letter a piece), nor two sentences run
    /// together (`Merkel.Als`: a capital after the stop).
    pub(in crate::attribution::german) fn dotted(&self, i: usize) -> bool {
        self.dot_glues(i, i + 2) || i >= 2 && self.dot_glues(i - 2, i)
    }

    /// Are tokens `a` and `b` two words of two letters or more with only a
    /// full stop between them, no space on either side, `b` in lower case?
    fn dot_glues(&self, a: usize, b: usize) -> bool {
        let t = &self.doc.tokens;
        let piece = |k: usize| self.word(k).is_some_and(|w| w.chars().count() >= 2);
        b < t.len()
            && b == a + 2
            && piece(a)
            && piece(b)
            && t[a + 1].is_punct('.')
            && t[a].span.end == t[a + 1].span.start
            && t[a + 1].span.end == t[b].span.start
            && self
                .word(b)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase)
    }
}
