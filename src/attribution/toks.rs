//! The grammar's input: a slice of the document's tokens, read as nom
//! input, and the grammar's own error type.

use crate::model::Token;
use crate::span::Span;
use nom::error::{ErrorKind, ParseError};
use nom::{Input, Needed};

/// A run of tokens with the text they point into; `at` is the index of
/// the first token in `Document::tokens`.
#[derive(Clone, Copy, Debug)]
pub struct Toks<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub at: usize,
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str, all: &'a [Token], range: std::ops::Range<usize>) -> Toks<'a> {
        Toks {
            text,
            toks: &all[range.start..range.end],
            at: range.start,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Document index one past the last token.
    pub fn end(&self) -> usize {
        self.at + self.toks.len()
    }

    pub fn first(&self) -> Option<Token> {
        self.toks.first().copied()
    }

    pub fn last(&self) -> Option<Token> {
        self.toks.last().copied()
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// The byte span from the first token to the last; `None` if empty.
    pub fn span(&self) -> Option<Span> {
        Some(self.first()?.span.cover(self.last()?.span))
    }

    /// Tokens `from..to` (relative indices).
    pub fn sub(&self, from: usize, to: usize) -> Toks<'a> {
        Toks {
            text: self.text,
            toks: &self.toks[from..to],
            at: self.at + from,
        }
    }
}

impl<'a> Input for Toks<'a> {
    type Item = Token;
    type Iter = std::iter::Copied<std::slice::Iter<'a, Token>>;
    type IterIndices = std::iter::Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.toks.len()
    }

    fn take(&self, index: usize) -> Self {
        self.sub(0, index)
    }

    fn take_from(&self, index: usize) -> Self {
        self.sub(index, self.toks.len())
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.toks.iter().position(|t| predicate(*t))
    }

    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter().copied()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.toks.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.toks.len()))
        }
    }
}

/// What the grammar expected and did not find.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Cue,
    Source,
    Content,
    Word,
    Punct,
    End,
    /// A nom combinator failed.
    Nom(ErrorKind),
}

/// Why a construction did not match, and at which token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Miss {
    /// Index into `Document::tokens`.
    pub at: usize,
    pub expected: Expected,
}

impl<'a> ParseError<Toks<'a>> for Miss {
    fn from_error_kind(input: Toks<'a>, kind: ErrorKind) -> Self {
        Miss {
            at: input.at,
            expected: Expected::Nom(kind),
        }
    }

    fn append(_: Toks<'a>, _: ErrorKind, other: Self) -> Self {
        other
    }
}

pub type PResult<'a, O> = nom::IResult<Toks<'a>, O, Miss>;

pub fn miss<'a, O>(input: Toks<'a>, expected: Expected) -> PResult<'a, O> {
    Err(nom::Err::Error(Miss {
        at: input.at,
        expected,
    }))
}
