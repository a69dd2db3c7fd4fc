//! Configuration: `.ascribe.yaml` files, found by walking up from each
//! checked file, layered under command-line flags.
//!
//! Layers, lowest first: the shipped defaults, the configuration file, its
//! `overrides` blocks whose globs match the file (in the order written),
//! then flags. Paths inside a configuration file are relative to its
//! folder.

mod discover;
mod file;
mod layer;
pub mod rules;
mod show;
mod source_entry;

pub use crate::suggest::{did_you_mean, nearest};
pub use discover::{relative_to, Discovery, Resolver, CONFIG_NAME};
pub use file::{ConfigFile, MAX_CONFIG_BYTES};
pub use layer::{effective, Effective, Flags};
pub use show::render;

#[cfg(test)]
mod tests;
