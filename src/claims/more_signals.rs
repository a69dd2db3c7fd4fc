//! More words for a language's claim signals, kept in a file of their own
//! (`rules/claims/<lang>.signals.yaml`) so that the main list stays
//! readable: each entry names a signal of the main file and adds words and
//! phrases to it, matched as that signal's own.

use crate::claims::file::DataFile;
use crate::error::Error;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MoreFile {
    signals: Vec<MoreSignal>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MoreSignal {
    name: String,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
}

/// Adds the words and phrases of the file at `path` to the signals of
/// `f` they name. A signal the main file lacks, or a word or phrase it
/// already lists for that signal, is an error: the two files must not
/// drift into saying one thing twice.
pub(super) fn merge(f: &mut DataFile, path: &str, text: &str) -> Result<(), Error> {
    let more: MoreFile = serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
    let invalid = |message: String| Error::Config {
        path: path.to_string(),
        line: None,
        column: None,
        message,
    };
    for m in more.signals {
        let Some(s) = f.signals.iter_mut().find(|s| s.name == m.name) else {
            return Err(invalid(format!("no signal `{}` to add words to", m.name)));
        };
        for (have, add) in [(&mut s.words, m.words), (&mut s.phrases, m.phrases)] {
            for w in add {
                if have.iter().any(|h| h.eq_ignore_ascii_case(&w)) {
                    return Err(invalid(format!("`{w}` is already a `{}` signal", m.name)));
                }
                have.push(w);
            }
        }
    }
    Ok(())
}
