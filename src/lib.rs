//! ascribe: claim and source-attribution checks for news copy.
pub mod article;
pub mod attribution;
pub mod builtin;
pub mod catalogue;
pub mod check;
pub mod claims;
pub mod config;
pub mod error;
pub mod finding;
pub mod input;
pub mod lang;
pub mod line_index;
pub mod model;
pub mod names;
pub mod packs;
pub mod report;
pub mod rules;
mod slices;
pub mod span;
pub mod suggest;

pub use check::{CheckOptions, Checker};
pub use error::Error;
pub use finding::{Finding, Severity};
pub use model::{Document, Format};
pub use span::Span;
pub mod golden;
pub mod run;
