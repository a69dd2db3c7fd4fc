//! The attribution grammar: nom parsers over runs of tokens.
//!
//! Each parser reads one piece of an attribution — the cue, the source
//! before or after it, the reported clause, the words around a quotation —
//! from a `Toks` slice the caller cuts out of a sentence. Parsers return
//! token indices into `Document::tokens`; they never re-read the text
//! except to compare words.
//!
//! By what it reads:
//! - [`prim`]: single tokens (a word, a mark, a cue verb);
//! - [`subject`]: the source before a cue;
//! - [`names`]: the name inside a source, and the last name in a clause;
//! - [`main_clause`]: the subject a clause opens with, and its verb;
//! - [`parted`]: a subject a relative or contact clause parts from its cue;
//! - [`complement`]: what follows a cue verb (a clause, a quotation, an
//!   object, an adjunct);
//! - [`after_cue`]: a source after its cue ("according to X", "said X");
//! - [`quote`]: the words after a closing quotation mark;
//! - [`before_quote`]: the words before an opening one.

mod after_cue;
mod before_quote;
mod chain;
mod colon_lead;
mod complement;
mod main_clause;
mod names;
mod parted;
mod prim;
mod quote;
mod subject;

pub use after_cue::{according, inverted};
pub use before_quote::{after_bare_intro, before_quote};
pub use complement::{audience_then_adjunct, complement};
pub use main_clause::{main_subject, subject_and_verb};
pub use names::last_name;
pub use parted::{contact_subject, thing_subject};
pub use prim::{cue, is_possessive};
pub use quote::{after_quote, after_quote_any_verb, after_quote_handed_on};
pub use subject::subject;

use std::ops::Range;

/// The attributing words: token indices, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub last: usize,
}

/// A source as parsed: all of it (titles and appositives included), and
/// the part that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub all: Range<usize>,
    pub name: Range<usize>,
}

/// What follows a cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Complement {
    /// A reported clause; `that` when "that" introduced it.
    Clause { range: Range<usize>, that: bool },
    /// A quotation opens here (token index of its mark), after `:` or `,`.
    Quote(usize),
    /// Nothing but adjuncts ("in a statement", "on Tuesday") to the end:
    /// the content stands before the source.
    End,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::data::Data;
    use crate::attribution::toks::Toks;
    use crate::model::token::tokenize;
    use crate::model::Token;

    fn data() -> Data {
        Data::builtin("en").unwrap()
    }

    fn words(text: &str, toks: &[Token], r: Range<usize>) -> String {
        text[toks[r.start].span.start as usize..toks[r.end - 1].span.end as usize].to_string()
    }

    #[test]
    fn subject_after_an_intro_without_comma() {
        let d = data();
        for (text, want) in [
            ("On Monday Trump", "Trump"),
            ("In the letter he", "he"),
            ("On Twitter she", "she"),
            ("In a statement Monday the campaign", "the campaign"),
            ("In a speech Sen. Ann Lee", "Sen. Ann Lee"),
        ] {
            let t = tokenize(text);
            let s = after_bare_intro(&d, Toks::new(text, &t, 0..t.len()));
            assert_eq!(
                s.map(|s| words(text, &t, s.all)).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // Only after an intro word, and not across a comma (the grammar
        // reads those phrases itself).
        for text in ["The bridge Trump", "On Monday, the mayor"] {
            let t = tokenize(text);
            assert!(
                after_bare_intro(&d, Toks::new(text, &t, 0..t.len())).is_none(),
                "{text}"
            );
        }
    }

    #[test]
    fn subject_skips_intro_and_keeps_appositives() {
        let d = data();
        let text = "In an email, the analyst";
        let t = tokenize(text);
        let (_, s) = subject(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.all), "the analyst");

        let text = "An analyst for China at consulting firm Eurasia Group, Neil Thomas,";
        let t = tokenize(text);
        let (_, s) = subject(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.all.clone()), &text[..text.len() - 1]);
        assert_eq!(words(text, &t, s.name), "Neil Thomas");

        let text = "Russian presidential aide Yury Ushakov also";
        let t = tokenize(text);
        let (_, s) = subject(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.name), "Yury Ushakov");
    }

    #[test]
    fn subject_rejects_determiners_and_prepositions() {
        let d = data();
        for text in [
            "the",
            "They signed the",
            "It was intended to",
            "There were 300",
        ] {
            let t = tokenize(text);
            assert!(
                subject(&d)(Toks::new(text, &t, 0..t.len())).is_err(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_capitalised_preposition_opening_an_adjunct_is_no_subject() {
        let d = data();
        for (text, want) in [
            ("Over the years, she said", Some("she")),
            ("Between the two votes, the mayor wrote", Some("the mayor")),
        ] {
            let t = tokenize(text);
            let s = main_subject(&d, Toks::new(text, &t, 0..t.len()));
            assert_eq!(s.map(|s| words(text, &t, s.all)).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn according_to_needs_a_source() {
        let d = data();
        let text = "according to plan";
        let t = tokenize(text);
        assert!(according(&d)(Toks::new(text, &t, 0..t.len())).is_err());
        let text = "according to the South China Morning Post.";
        let t = tokenize(text);
        let (_, (_, s)) = according(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.name), "South China Morning Post");
    }

    #[test]
    fn complements() {
        let d = data();
        let text = "Reuters on Tuesday that the talks failed.";
        let t = tokenize(text);
        let (_, c) = complement(&d, true)(Toks::new(text, &t, 0..t.len())).unwrap();
        match c {
            Complement::Clause { range, that } => {
                assert!(that);
                assert_eq!(words(text, &t, range), "the talks failed")
            }
            other => panic!("{other:?}"),
        }
        let text = "in a statement.";
        let t = tokenize(text);
        let (_, c) = complement(&d, false)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(c, Complement::End);
        let text = ": “We will win.”";
        let t = tokenize(text);
        let (_, c) = complement(&d, false)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(c, Complement::Quote(1));
    }
}
