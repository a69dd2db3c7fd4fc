//! Running the rules over one text.

use crate::error::Error;
use crate::finding::{Finding, Severity};
use crate::lang::{Family, Lang};
use crate::model::{Document, Format};
use crate::rules::{Context, Rule, Settings, REGISTRY};
use std::collections::BTreeMap;

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
    /// Rule pack folders loaded on top of the shipped packs; their rules
    /// run after the built-in rules.
    pub packs: Vec<std::path::PathBuf>,
}

/// Checks texts with a fixed set of rules and settings; cheap to share
/// between threads.
pub struct Checker {
    lang: Lang,
    settings: Settings,
    rules: Vec<(&'static dyn Rule, Severity)>,
    /// Rules from the newsroom's packs (the shipped packs are static).
    packs: crate::packs::Packs,
    /// Pack rules in force: (shipped?, index, severity).
    pack_rules: Vec<(bool, usize, Severity)>,
}

impl Checker {
    pub fn new(opts: &CheckOptions) -> Result<Checker, Error> {
        let lang = Lang::builtin(opts.lang.as_deref().unwrap_or("en"))?;
        let packs = crate::packs::Packs::load_dirs(&opts.packs)?;
        let shipped = crate::packs::builtin();
        for id in opts.severities.keys() {
            if crate::rules::find(id).is_none()
                && packs.find(id).is_none()
                && shipped.find(id).is_none()
            {
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
        // A newsroom rule of the same id as a shipped one replaces it.
        let pack_rules = shipped
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| packs.find(&r.id).is_none())
            .map(|(i, r)| (true, i, r))
            .chain(packs.rules.iter().enumerate().map(|(i, r)| (false, i, r)))
            .filter_map(|(b, i, r)| match opts.severities.get(&r.id) {
                Some(None) => None,
                Some(Some(s)) => Some((b, i, *s)),
                None if r.preview => None,
                None => Some((b, i, r.severity)),
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
            packs,
            pack_rules,
        })
    }

    /// What loading the packs warned about (unsupported Vale kinds and
    /// options), for the caller to show.
    pub fn pack_warnings(&self) -> &[crate::packs::Warning] {
        &self.packs.warnings
    }

    /// The pack rules this checker runs, with their effective severities.
    pub fn pack_rules(&self) -> Vec<(&crate::packs::PackRule, Severity)> {
        let shipped = crate::packs::builtin();
        self.pack_rules
            .iter()
            .map(|&(b, i, s)| {
                let r = if b {
                    &shipped.rules[i]
                } else {
                    &self.packs.rules[i]
                };
                (r, s)
            })
            .collect()
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
        let mut out = Vec::new();
        for (rule, severity) in &self.rules {
            let from = out.len();
            rule.check(&cx, &mut out);
            for f in &mut out[from..] {
                f.severity = *severity;
            }
        }
        if !self.pack_rules.is_empty() {
            crate::packs::run_all(&self.pack_rules(), doc, &mut out);
        }
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup();
        out
    }
}
