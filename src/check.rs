//! Running the rules over one text.

use crate::error::Error;
use crate::finding::{Finding, Severity};
use crate::lang::{Family, Lang};
use crate::model::{Document, Format};
use crate::rules::{Context, Rule, Settings, REGISTRY};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// From this size up, one document's rules run in parallel.
const PARALLEL_RULES_BYTES: usize = 1 << 20;

/// What the caller may choose about a run.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// A built-in language (`en` when `None`).
    pub lang: Option<String>,
    /// The house style for quotation marks, if any.
    pub quote_style: Option<Family>,
    /// Per-rule severities; `None` turns a rule off, `Some` turns it on
    /// (preview rules included).
    pub severities: BTreeMap<String, Option<Severity>>,
    /// Names lists (YAML) loaded on top of the shipped starter list.
    pub names: Vec<std::path::PathBuf>,
}

/// Checks texts with a fixed set of rules and settings; cheap to share
/// between threads.
pub struct Checker {
    lang: Lang,
    settings: Settings,
    rules: Vec<(&'static dyn Rule, Severity)>,
}

impl Checker {
    pub fn new(opts: &CheckOptions) -> Result<Checker, Error> {
        let lang = Lang::builtin(opts.lang.as_deref().unwrap_or("en"))?;
        for id in opts.severities.keys() {
            if crate::rules::find(id).is_none() {
                return Err(Error::Usage(format!(
                    "unknown rule `{id}` (see `ascribe rules`)"
                )));
            }
        }
        let rules = REGISTRY
            .iter()
            .filter_map(|r| {
                let id = r.meta().id;
                match opts.severities.get(id) {
                    Some(None) => None,
                    Some(Some(s)) => Some((*r, *s)),
                    None if r.meta().preview => None,
                    None => Some((*r, r.meta().severity)),
                }
            })
            .collect();
        Ok(Checker {
            lang,
            settings: Settings {
                quote_style: opts.quote_style,
                names: if opts.names.is_empty() {
                    None
                } else {
                    Some(std::sync::Arc::new(crate::names::List::starter_and(
                        &opts.names,
                    )?))
                },
            },
            rules,
        })
    }

    pub fn lang(&self) -> &Lang {
        &self.lang
    }

    /// The rules this checker runs, with their effective severities.
    pub fn rules(&self) -> &[(&'static dyn Rule, Severity)] {
        &self.rules
    }

    pub fn parse<'t>(&self, text: &'t str, format: Format) -> Document<'t> {
        Document::parse(text, format, &self.lang)
    }

    /// Findings on `text`, sorted by position, then rule id.
    pub fn check(&self, text: &str, format: Format) -> Vec<Finding> {
        let doc = self.parse(text, format);
        self.check_document(&doc)
    }

    pub fn check_document(&self, doc: &Document<'_>) -> Vec<Finding> {
        let cx = Context::new(doc, &self.lang, &self.settings);
        let run = |(rule, severity): &(&'static dyn Rule, Severity)| {
            let mut found = Vec::new();
            rule.check(&cx, &mut found);
            for f in &mut found {
                f.severity = *severity;
            }
            found
        };
        // Rules are independent: on one very large file they share the
        // machine, as the files of a folder do.
        let mut out: Vec<Finding> = if doc.text.len() >= PARALLEL_RULES_BYTES {
            self.rules.par_iter().flat_map_iter(run).collect()
        } else {
            self.rules.iter().flat_map(run).collect()
        };
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup();
        out
    }
}
