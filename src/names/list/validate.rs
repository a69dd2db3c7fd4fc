//! Checks of a names list's entries as loaded, each error naming the
//! file and line.

use super::Entry;
use crate::error::Error;
use crate::names::fold::key;

pub(super) fn validate(path: &str, text: &str, e: &Entry) -> Result<(), Error> {
    let err = |msg: String, needle: &str| Error::Config {
        path: path.to_string(),
        line: line_of(text, needle),
        column: None,
        message: msg,
    };
    for s in std::iter::once(&e.canonical)
        .chain(&e.accepted)
        .chain(&e.variants)
        .chain(&e.except)
    {
        if s.split_whitespace().next().is_none() {
            return Err(err(
                format!("empty spelling in the entry for `{}`", e.canonical),
                &e.canonical,
            ));
        }
    }
    for v in &e.variants {
        if key_words(v) == key_words(&e.canonical)
            || e.accepted.iter().any(|a| key_words(a) == key_words(v))
        {
            return Err(err(
                format!(
                    "`{v}` is listed as a variant of `{}` but is also one of its right spellings",
                    e.canonical
                ),
                v,
            ));
        }
    }
    Ok(())
}

fn key_words(s: &str) -> Vec<u64> {
    s.split_whitespace().map(key).collect()
}

/// 1-based line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}
