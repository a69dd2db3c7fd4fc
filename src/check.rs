//! Running the rules over one text.

use crate::error::Error;
use crate::finding::{Finding, Severity};
use crate::lang::{Family, Lang};
use crate::model::{Document, Format};
use crate::rules::{Context, Rule, Settings, REGISTRY};
use std::collections::BTreeMap;

/// What the caller may choose about a run.
/// Two files whose options are equal share one `Checker`.
#[derive(Debug, Clone, Default, PartialEq)]
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
    /// Folders of rule files (rule packs).
    pub packs: Vec<std::path::PathBuf>,
    /// Per-rule options beyond severity, as written in the configuration
    /// (`claims.unattributed: {scope: sentence}`).
    pub rule_options: BTreeMap<String, BTreeMap<String, String>>,
}

/// Checks texts with a fixed set of rules and settings; cheap to share
/// between threads.
pub struct Checker {
    lang: Lang,
    settings: Settings,
    rules: Vec<(&'static dyn Rule, Severity)>,
    /// Whether rule packs are in force (ids outside the built-in
    /// families are then rules, not typos).
    packs: bool,
}

/// Whether `id` names a rule: a built-in one, or, with packs, one a pack
/// may define. The packs loader narrows the second to the ids it loaded.
fn is_rule(id: &str, packs: bool) -> bool {
    crate::rules::find(id).is_some() || (packs && crate::config::rules::may_be_pack_rule(id))
}

impl Checker {
    pub fn new(opts: &CheckOptions) -> Result<Checker, Error> {
        let lang = Lang::builtin(opts.lang.as_deref().unwrap_or("en"))?;
        for id in opts.severities.keys().chain(opts.rule_options.keys()) {
            if !is_rule(id, !opts.packs.is_empty()) {
                return Err(Error::Usage(format!(
                    "unknown rule `{id}` (see `ascribe rules`)"
                )));
            }
        }
        for (id, options) in &opts.rule_options {
            if crate::rules::find(id).is_some() {
                crate::config::rules::check_options(id, options).map_err(Error::Usage)?;
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
            packs: !opts.packs.is_empty(),
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
        let mut out = Vec::new();
        for (rule, severity) in &self.rules {
            let from = out.len();
            rule.check(&cx, &mut out);
            for f in &mut out[from..] {
                f.severity = *severity;
            }
        }
        if !doc.directives.is_empty() {
            self.suppress(doc, &mut out);
        }
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup();
        out
    }

    /// Applies the document's suppression comments to `out`.
    fn suppress(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        use crate::rules::suppressions_unused::{apply, Known, META};
        let is_on = |id: &str| self.rules.iter().any(|(r, _)| r.meta().id == id);
        let is_rule = |id: &str| is_rule(id, self.packs);
        let report = self
            .rules
            .iter()
            .find(|(r, _)| r.meta().id == META.id)
            .map(|(_, s)| *s);
        apply(
            doc,
            out,
            &Known {
                is_rule: &is_rule,
                is_on: &is_on,
                report,
            },
        );
    }
}
