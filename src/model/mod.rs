//! The document model: text → blocks → tokens → sentences → marks →
//! quotations, all with byte spans. Built once; rules only read it.

pub mod block;
pub mod brackets;
pub mod debug;
pub mod directives;
mod document;
pub mod markdown;
pub mod marks;
pub mod quotes;
pub mod sentence;
pub mod sig;
pub mod token;

pub use block::BlockKind;
pub use brackets::BracketProblem;
pub use directives::{Directive, DirectiveKind};
pub use document::{Block, Document, Format, Sentence};
pub use marks::{Mark, MarkRole};
pub use quotes::{Quotation, QuoteProblem, RanTo};
pub use sig::Sig;
pub use token::{Token, TokenKind};
