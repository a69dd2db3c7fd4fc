//! `ascribe config PATH`: the effective configuration, as YAML.

use super::layer::Effective;
use crate::finding::Severity;
use crate::lang::Family;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Shown<'a> {
    path: &'a str,
    /// The configuration file that applied, or null.
    config: Option<&'a str>,
    /// Globs of the override blocks that matched.
    overrides: &'a [String],
    lang: &'a str,
    quote_style: Option<Family>,
    fail_level: Severity,
    packs: Vec<String>,
    names: Vec<String>,
    rules: BTreeMap<&'a str, ShownRule<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ShownRule<'a> {
    Severity(&'static str),
    WithOptions {
        severity: &'static str,
        #[serde(flatten)]
        options: &'a BTreeMap<String, String>,
    },
}

fn slash(p: &std::path::Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// The effective configuration of `path` as YAML: every rule with its
/// severity (`off` when it does not run) and options, sorted by id.
pub fn render(path: &str, e: &Effective) -> String {
    let o = &e.options;
    let mut rules = BTreeMap::new();
    let builtin = crate::rules::REGISTRY.iter().map(|r| r.meta());
    let mut severity = |id: &'static str, s: Option<Severity>| {
        let severity = s.map_or("off", Severity::as_str);
        let shown = match o.rule_options.get(id) {
            Some(options) => ShownRule::WithOptions { severity, options },
            None => ShownRule::Severity(severity),
        };
        rules.insert(id, shown);
    };
    for m in builtin {
        let s = match o.severities.get(m.id) {
            Some(s) => *s,
            None if m.preview && !o.enabled.contains(m.id) => None,
            None => Some(m.severity),
        };
        severity(m.id, s);
    }
    // Rules from packs that the configuration names.
    let mut pack_rules: BTreeMap<&str, ShownRule<'_>> = BTreeMap::new();
    for (id, s) in &o.severities {
        if crate::rules::find(id).is_none() {
            let sev = s.map_or("off", Severity::as_str);
            let shown = match o.rule_options.get(id) {
                Some(options) => ShownRule::WithOptions {
                    severity: sev,
                    options,
                },
                None => ShownRule::Severity(sev),
            };
            pack_rules.insert(id.as_str(), shown);
        }
    }
    rules.extend(pack_rules);
    let shown = Shown {
        path,
        config: e.config.as_deref(),
        overrides: &e.overrides,
        lang: o.lang.as_deref().unwrap_or("en"),
        quote_style: o.quote_style,
        fail_level: e.fail_level,
        packs: o.packs.iter().map(|p| slash(p)).collect(),
        names: o.names.iter().map(|p| slash(p)).collect(),
        rules,
    };
    serde_yaml::to_string(&shown).expect("plain data serialises")
}
