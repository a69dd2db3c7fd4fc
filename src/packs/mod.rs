//! Rule packs: folders of declarative rule files in Vale's YAML syntax
//! (`extends: existence`, `substitution`, ...), plus ascribe's own
//! `attribution-required`. A rule's id is `<Folder>.<FileStem>`, as in
//! Vale: `House/Utilize.yml` is `House.Utilize`.
//!
//! Rules are compiled once when loaded (one regex per rule, its tokens in
//! one alternation) and read the document model when run: prose blocks
//! and sentences for their scope, attributions for `attribution-required`.

mod builtin;
mod case;
mod compile;
pub mod file;
mod literals;
mod matcher;
mod prefilter;
mod regex;
mod repeat;
mod run;
mod runs;
mod view;

#[cfg(test)]
mod tests;

pub use builtin::builtin;
pub(crate) use builtin::{previews as builtin_previews, FILES as BUILTIN_FILES};
pub use file::{Example, Expect};
pub use run::run_all;

use crate::error::Error;
use crate::finding::Severity;
use std::path::Path;

/// The kinds of rule a pack may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Existence,
    Substitution,
    Consistency,
    Occurrence,
    Capitalization,
    Conditional,
    Repetition,
    AttributionRequired,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Existence => "existence",
            Kind::Substitution => "substitution",
            Kind::Consistency => "consistency",
            Kind::Occurrence => "occurrence",
            Kind::Capitalization => "capitalization",
            Kind::Conditional => "conditional",
            Kind::Repetition => "repetition",
            Kind::AttributionRequired => "attribution-required",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "existence" => Kind::Existence,
            "substitution" => Kind::Substitution,
            "consistency" => Kind::Consistency,
            "occurrence" => Kind::Occurrence,
            "capitalization" => Kind::Capitalization,
            "conditional" => Kind::Conditional,
            "repetition" => Kind::Repetition,
            "attribution-required" => Kind::AttributionRequired,
            _ => return None,
        })
    }
}

/// Vale's kinds that ascribe does not run: such a rule is skipped with a
/// warning.
pub const VALE_KINDS_UNSUPPORTED: &[&str] =
    &["spelling", "sequence", "metric", "script", "readability"];

/// The part of a document a rule reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every prose block.
    Text,
    /// Body paragraphs, list items and block quotes.
    Paragraph,
    Sentence,
    /// Headline and headings; `Some(n)` only level `n`.
    Heading(Option<u8>),
    List,
    BlockQuote,
    /// The file as written, markup included.
    Raw,
}

/// Something a pack rule file asks for that ascribe does not do; the rule
/// still loads (or is skipped, when it cannot run at all).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub rule: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.path, self.rule, self.message)
    }
}

/// One compiled pack rule.
#[derive(Debug)]
pub struct PackRule {
    pub id: String,
    /// Where it came from: the file's path, or `built-in (...)`.
    pub origin: String,
    pub kind: Kind,
    pub severity: Severity,
    /// Off unless enabled.
    pub preview: bool,
    pub message: String,
    pub description: Option<String>,
    pub link: Option<String>,
    pub examples: Vec<Example>,
    pub(crate) scope: Scope,
    pub(crate) matcher: matcher::Matcher,
}

/// Rules loaded from pack folders, with the warnings loading raised.
#[derive(Debug, Default)]
pub struct Packs {
    pub rules: Vec<PackRule>,
    pub warnings: Vec<Warning>,
    /// Accepted terms (Vale's vocabulary `accept.txt`, one regex a line),
    /// taken as exceptions by rules added afterwards unless they say
    /// `vocab: false`.
    pub vocab: Vec<String>,
}

impl Packs {
    /// Loads every `.yml`/`.yaml` file of each folder, sorted by path.
    pub fn load_dirs(dirs: &[std::path::PathBuf]) -> Result<Packs, Error> {
        let mut packs = Packs::default();
        for dir in dirs {
            packs.load_dir(dir)?;
        }
        Ok(packs)
    }

    pub fn load_dir(&mut self, dir: &Path) -> Result<(), Error> {
        let io = |e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        };
        // A path that does not exist says so, as any unreadable file does;
        // only a folder with no name of its own ("/") is refused here.
        let folder = dir
            .canonicalize()
            .map_err(io)?
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| Error::Usage(format!("{}: not a pack folder", dir.display())))?;
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_rule_file(p))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Error::Usage(no_rule_files(dir)));
        }
        for p in files {
            let meta = std::fs::metadata(&p).map_err(|e| Error::Io {
                path: p.clone(),
                source: e,
            })?;
            let shown = p.display().to_string();
            if meta.len() > file::MAX_FILE_BYTES as u64 {
                return Err(file::config(
                    &shown,
                    None,
                    format!(
                        "rule file is {} bytes; the limit is {}",
                        meta.len(),
                        file::MAX_FILE_BYTES
                    ),
                ));
            }
            let text = std::fs::read_to_string(&p).map_err(|e| Error::Io {
                path: p.clone(),
                source: e,
            })?;
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            self.add(&format!("{folder}.{stem}"), &shown, &text)?;
        }
        Ok(())
    }

    /// Compiles one rule file's text under `id`; `origin` names it in
    /// errors and listings.
    pub fn add(&mut self, id: &str, origin: &str, text: &str) -> Result<(), Error> {
        if let Some(rule) = compile::compile(id, origin, text, &mut self.warnings, &self.vocab)? {
            // A later pack's rule of the same id replaces the earlier one,
            // so a newsroom can override a shipped rule.
            self.rules.retain(|r| r.id != rule.id);
            self.rules.push(rule);
        }
        Ok(())
    }

    pub fn find(&self, id: &str) -> Option<&PackRule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// A pack rule's documentation below its heading: message,
/// description, link and examples (Markdown).
/// A rule file of a pack: Vale's styles are `.yml`; `.yaml` is accepted too.
fn is_rule_file(p: &Path) -> bool {
    p.is_file() && p.extension().is_some_and(|x| x == "yml" || x == "yaml")
}

/// The error for a pack folder with no rule files of its own. A folder of
/// packs (Vale's `StylesPath`) is the usual slip: loading nothing from it
/// would run the check with none of the house rules and say nothing, so
/// the subfolders that are packs are named.
fn no_rule_files(dir: &Path) -> String {
    let mut packs: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_dir()
                && std::fs::read_dir(p)
                    .into_iter()
                    .flatten()
                    .any(|e| e.is_ok_and(|e| is_rule_file(&e.path())))
        })
        .map(|p| p.display().to_string())
        .collect();
    packs.sort();
    if packs.is_empty() {
        format!(
            "{}: no rule files (.yml or .yaml) in this pack folder",
            dir.display()
        )
    } else {
        format!(
            "{}: no rule files (.yml or .yaml) in this pack folder, but its subfolders are packs: pass each as its own pack ({})",
            dir.display(),
            packs.join(", ")
        )
    }
}

pub fn explain_body(r: &PackRule) -> String {
    let mut s = format!("Message: {}\n", r.message);
    if let Some(d) = &r.description {
        s.push_str(&format!("\n{}\n", d.trim_end()));
    }
    if let Some(l) = &r.link {
        s.push_str(&format!("\nMore: {l}\n"));
    }
    if !r.examples.is_empty() {
        s.push_str("\n## Examples\n");
        for ex in &r.examples {
            let expect = match &ex.expect {
                Expect::Count(0) => "no finding".to_string(),
                Expect::Count(n) => format!("{n} finding(s)"),
                Expect::Findings(f) => format!("reports {}", f.join(", ")),
            };
            s.push_str(&format!("\n{}\n→ {expect}\n", ex.text.trim_end()));
        }
    }
    s
}
