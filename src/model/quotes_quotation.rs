//! What pairing gives: quotations, and the marks it could not pair with
//! why.

use crate::model::conventions::Level;
use crate::span::Span;
use serde::Serialize;

/// A quotation: from its opening mark to its closing mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// Opening mark to closing mark inclusive (to the end of the last block
    /// for an unclosed quotation).
    pub span: Span,
    /// The quoted text between the marks.
    pub inner: Span,
    /// Index of the opening mark in `Document::marks`.
    pub open: u32,
    /// Index of the closing mark, if it has one.
    pub close: Option<u32>,
    pub level: Level,
    /// How many quotations enclose this one.
    pub depth: u32,
    /// First and last block it lies in; they differ for a running quotation.
    pub first_block: u32,
    pub last_block: u32,
    /// Marks that reopen it at the start of each continuing paragraph.
    pub reopened: Vec<u32>,
}

/// Why an opening mark counts as never closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RanTo {
    /// The paragraph ended and the next does not reopen the quotation.
    ParagraphEnd,
    /// The paragraph ends with an attribution ("…, he said."), so the
    /// quotation was meant to close before it.
    Attribution,
    /// An attribution ends the quotation's first sentence, with more of
    /// the paragraph after it ("…, he said. He then left."): the closing
    /// mark belongs before it.
    AttributionInside,
    /// Another quotation opened while this one was open.
    NextQuotation,
    /// The paragraph ended and the next opens a quotation of its own
    /// rather than continuing this one.
    NewQuotation,
    /// The enclosing quotation closed first.
    OuterClosed,
    /// It was closed with an opening mark (`“rapists“`): `end` is that
    /// mark's end.
    WrongMark,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum QuoteProblem {
    Unclosed {
        open: u32,
        ran_to: RanTo,
        end: u32,
    },
    Unopened {
        close: u32,
    },
    /// A quotation inside a quotation using the same level of mark.
    Nesting {
        open: u32,
        outer: u32,
    },
}
