//! The document model: text → blocks → tokens → sentences → marks →
//! quotations, all with byte spans. Built once; rules only read it.

pub mod block;
pub mod brackets;
pub mod conventions;
pub mod debug;
pub mod directives;
mod document;
pub mod html;
pub mod markdown;
pub mod marks;
mod odd_marks;
pub mod quotes;
mod run_on;
mod run_on_tail;
pub mod sentence;
pub mod sig;
pub mod token;
pub mod window;

pub use block::BlockKind;
pub use brackets::BracketProblem;
pub use conventions::Conventions;
pub use directives::{Directive, DirectiveKind};
pub use document::{Block, Document, Format, Sentence};
pub use marks::{Mark, MarkRole};
pub use quotes::{Quotation, QuoteProblem, RanTo};
pub use sig::Sig;
pub use token::{Token, TokenKind};

/// The length of the byte-order mark `text` begins with (3), or 0. The
/// mark is not text: blocks begin after it and columns do not count it,
/// while every offset stays the file's.
pub fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') {
        3
    } else {
        0
    }
}
